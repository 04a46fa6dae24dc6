"""Clean stage: word tokens with their exact spans, normalised for comparison.

Normalisation: NFKC, case-fold, apostrophes and hyphens inside words dropped (so UK's = UK’s and
co-ordinated = coordinated), every other punctuation mark dropped, which also unifies curly and
straight quotes and dashes. "Nato" and "NATO" compare equal.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import islice

# A word character, combining marks included: decomposed (NFD) "é" is e + U+0301, and the
# mark must stay inside its word. (The ASCII word characters are named although ``\w`` holds
# them: so named, the class compiles to a table of its ranges, tested before the ``\w``
# category, and most characters are found in it without a Unicode category look-up: word
# searches are 15% faster.)
_CHAR = r"[a-zA-Z0-9_\w\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
# A word: word characters, possibly joined by apostrophes or hyphens (Britain’s, Zelenskyy‘s,
# full-scale). Quote marks around words are not part of them. (Possessive: what follows a run of
# word characters is never one, so the regex engine need not give any back to try; the words
# are the same, found a tenth faster.)
_TOKEN = re.compile(rf"{_CHAR}++(?:['’‘`´\-‐‑]{_CHAR}++)*+")
_JOINERS = re.compile(r"['’‘`´\-‐‑]")
_WORD_CHAR = re.compile(_CHAR)
# punctuation and white space, none of it a word character (``_CHAR``)
_NEVER_IN_WORDS = ".,;:!?…\"'“”‘’«»()[]{}–—-*/ \t\r\n\u00a0"


def normalise_token(token: str) -> str:
    """The comparison form of one word. Never empty and never holding white space (NFKC
    expands a few ligatures into several words), so a sentence's words joined by single spaces
    split back into them."""
    return _NORMALISED[token]


def _normalised(token: str) -> str:
    folded = _JOINERS.sub("", unicodedata.normalize("NFKC", token).casefold())
    return "".join(folded.split()) or token


class _Memo(dict[str, str]):
    """Each word's comparison form, worked out once (a corpus repeats its words endlessly):
    a plain dictionary, looked up from C, is several times cheaper per word than
    ``functools.lru_cache``; emptied when it reaches ``MEMO_WORDS`` words."""

    def __missing__(self, token: str) -> str:
        if len(self) >= MEMO_WORDS:
            self.clear()
        found = self[token] = _normalised(token)
        return found


MEMO_WORDS = 1 << 18
_NORMALISED = _Memo()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """(normalised token, start, end) for every word in ``text[start:end]``."""
    stop = len(text) if end is None else end
    return [
        (_NORMALISED[m.group()], m.start(), m.end()) for m in _TOKEN.finditer(text, start, stop)
    ]


def token_columns(
    text: str, start: int = 0, end: int | None = None
) -> tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...]]:
    """``tokenize`` as three columns: the normalised tokens, their starts and their ends (made
    by C-level maps over the matches, not a tuple per word)."""
    stop = len(text) if end is None else end
    found = list(_TOKEN.finditer(text, start, stop))
    return (
        tuple(map(_NORMALISED.__getitem__, map(_GROUP, found))),
        tuple(map(_START, found)),
        tuple(map(_END, found)),
    )


_GROUP, _START, _END = re.Match.group, re.Match.start, re.Match.end


def words(text: str, start: int = 0, end: int | None = None) -> tuple[str, ...]:
    """The normalised tokens of ``text[start:end]``, without their spans (the fast path: every
    sentence of a corpus needs its words, few need their spans)."""
    stop = len(text) if end is None else end
    return tuple(map(_NORMALISED.__getitem__, _TOKEN.findall(text, start, stop)))


def word_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of every word in ``text[start:end]``, without normalising them."""
    stop = len(text) if end is None else end
    return [m.span() for m in _TOKEN.finditer(text, start, stop)]


def count_words(text: str, start: int = 0, end: int | None = None) -> int:
    """How many words ``text[start:end]`` holds: ``len(word_spans(text, start, end))``,
    without a span (or a match object) per word."""
    stop = len(text) if end is None else end
    return len(_TOKEN.findall(text, start, stop))


def splits_word(text: str, at: int, start: int, end: int) -> bool:
    """Whether one word of ``text[start:end]`` (as ``word_spans`` finds them) runs across
    position ``at`` (``start < at < end``), so that the words of ``text[start:at]`` and
    ``text[at:end]`` together are not those of ``text[start:end]``. Told from the characters
    either side: two word characters, or a joiner (an apostrophe, a hyphen) with a word
    character on each side, are inside one word."""
    before, after = text[at - 1], text[at]
    if before.isspace() or after.isspace():  # the usual case: no word holds white space
        return False
    if _WORD_CHAR.match(before):
        if _WORD_CHAR.match(after):
            return True
        return (
            _JOINERS.match(after) is not None
            and at + 1 < end
            and _WORD_CHAR.match(text, at + 1) is not None
        )
    return (
        _JOINERS.match(before) is not None
        and at - 2 >= start
        and _WORD_CHAR.match(after) is not None
        and _WORD_CHAR.match(text, at - 2) is not None
    )


def first_word_char(text: str, start: int, end: int) -> int:
    """Where the first word character of ``text[start:end]`` (which has one) is."""
    found = _WORD_CHAR.search(text, start, end)
    assert found is not None
    return found.start()


def last_word_end(text: str, start: int, end: int) -> int:
    """Just after the last word character of ``text[start:end]`` (which has one)."""
    # the usual ending (a full stop, a closing quote mark) stripped at once, then one step at
    # a time past anything rarer
    last = start + len(text[start:end].rstrip(_NEVER_IN_WORDS))
    while not _WORD_CHAR.match(text, last - 1, last):
        last -= 1
    return last


def is_attached(char: str) -> bool:
    """Punctuation written against a word, such as quote marks and full stops: neither white
    space nor a letter or digit."""
    return not char.isspace() and not char.isalnum()


def opens_on_word(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]``'s first word, with the punctuation written
    against it, starts the sentence, told from two characters: a letter or digit first, or a
    mark against one ("“We", "(2)"). False is no answer: the word is then looked for."""
    if end - start < 2:
        return False
    head, second = text[start], text[start + 1]
    return head.isalnum() or (second.isalnum() and not head.isspace())


def closes_on_word(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]``'s last word, with the punctuation written
    against it, ends the sentence, told from two characters: a letter or digit last, or a
    mark against one ("said.", "go”"). False is no answer: the word is then looked for."""
    if end - start < 2:
        return False
    before, last = text[end - 2], text[end - 1]
    return last.isalnum() or (before.isalnum() and not last.isspace())


def word_span(
    text: str, start: int, end: int, first: int, stop: int, count: int
) -> tuple[int, int]:
    """From the start of word ``first`` to the end of word ``stop - 1`` of ``text[start:end]``,
    which holds ``count`` words. All of them (the usual case for a matched sentence) is found
    without tokenising: words start and end with a word character, so the first word starts at
    the first one and the last word ends after the last one."""
    if first == 0 and stop == count and count:
        return first_word_char(text, start, end), last_word_end(text, start, end)
    found_words = list(islice(_TOKEN.finditer(text, start, end), stop))
    return found_words[first].start(), found_words[stop - 1].end()


def normalise(text: str) -> str:
    """The comparison form of a span of text: its normalised tokens joined by spaces."""
    return " ".join(words(text))
