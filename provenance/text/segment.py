"""Segment stage: paragraphs (a newline ends one) and sentences, with exact offsets.

A regular expression proposes sentence ends (terminal punctuation, possibly followed by closing
quotes or brackets, then white space); a few rules veto the ones news text does not mean:
titles (Mr, Sir, Dr), initials (U.S.), ``No. 10``, and a lower-case continuation
(“Stop,” he said). A paragraph without final punctuation is one sentence to its end.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from provenance.model import Document, Sentence
from provenance.text.normalise import word_spans, words

# Longer runs of words without a full stop are not sentences (a list, a table, a page of text
# pasted without punctuation): they are matched in pieces of this many words.
MAX_SENTENCE_WORDS = 400
_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)")
# Initials and dotted abbreviations: U.S, J, a.m (the final full stop is the candidate end);
# not decimals (£3.5m) or web addresses (example.com), which end sentences like any word.
_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")
# Titles: a full stop after them never ends a sentence (Dr. Jones, Gen. Smith).
TITLES = frozenset(
    """mr mrs ms mx dr sir prof rev fr st mt gen lt col capt cpt sgt maj adm cmdr gov sen rep
    pres supt insp det hon rt messrs mme mlle vs""".split()
)
# Abbreviations that may end a sentence too (10 a.m. / Acme Inc. / the U.S.): the sentence ends
# there only when the next word is one that usually opens a sentence.
AMBIGUOUS = frozenset(
    """am pm inc ltd corp co plc jr sr jan feb mar apr jun jul aug sep sept oct nov dec approx
    est dept govt etc""".split()
)
SENTENCE_OPENERS = frozenset(
    """the a an it he she they we i you his her its their our this that these those there
    but and so yet however meanwhile after before when while in on at for mr mrs ms dr sir
    police officials critics some many one two three""".split()
)


def paragraphs(text: str, start: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line from ``start``, trimmed of surrounding white space."""
    spans = []
    for match in re.finditer(r"[^\n]+", text[start:]):
        s, e = match.start() + start, match.end() + start
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))
    return spans


def sentence_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentences of the paragraph ``text[start:end]``, trimmed of white space."""
    begin = start
    for match in _END.finditer(text, start, end):
        if _is_boundary(text, begin, match.start(), match.end(), end):
            yield begin, match.end()
            begin = match.end()
            while begin < end and text[begin].isspace():
                begin += 1
    if begin < end:
        yield begin, end


def _is_boundary(text: str, begin: int, mark: int, after: int, end: int) -> bool:
    nxt = after
    while nxt < end and text[nxt].isspace():
        nxt += 1
    if nxt >= end:
        return False  # the paragraph end closes the sentence anyway
    following = text[nxt]
    if following.islower() or following in ",;:":
        return False
    if text[mark] != "." or (after - mark > 1 and text[mark + 1] == "."):
        return True
    word = _word_before(text, begin, mark).lower()
    last = word.rsplit(".", 1)[-1]
    if last in {"no", "nos"}:
        return not following.isdigit()
    if last in TITLES:
        return False
    if _INITIALS.fullmatch(word) or last in AMBIGUOUS:
        # initials (U.S., J. K.) and abbreviations: end only before a typical sentence opener
        return _next_word(text, nxt, end).lower() in SENTENCE_OPENERS
    return True


def _word_before(text: str, begin: int, mark: int) -> str:
    """The letters and full stops right before ``mark`` (U.S, a.m, Mr), scanning backwards."""
    i = mark
    while i > begin and (text[i - 1].isalnum() or text[i - 1] == "."):
        i -= 1
    return text[i:mark]


def _next_word(text: str, start: int, end: int) -> str:
    i = start
    while i < end and not text[i].isalnum():
        i += 1
    j = i
    while j < end and text[j].isalpha():
        j += 1
    return text[i:j]


def segment_document(
    doc: Document, doc_index: int, spans: Sequence[tuple[int, int]] | None = None
) -> list[Sentence]:
    """Every sentence of the document's body, with its normalised tokens (``spans``: the body's
    paragraphs, when the caller has them already)."""
    sentences: list[Sentence] = []
    spans = paragraphs(doc.text, doc.body_start) if spans is None else spans
    for number, (p_start, p_end) in enumerate(spans):
        for s, e in sentence_spans(doc.text, p_start, p_end):
            tokens = words(doc.text, s, e)
            if len(tokens) > MAX_SENTENCE_WORDS:
                for a, b in _pieces(doc.text, s, e):
                    sentences.append(
                        Sentence(doc_index, len(sentences), number, a, b, words(doc.text, a, b))
                    )
                continue
            sentences.append(Sentence(doc_index, len(sentences), number, s, e, tokens))
    return sentences


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """A run-on "sentence" (a page of text with no full stop) cut every
    ``MAX_SENTENCE_WORDS`` words, so its sketch and alignment stay the size of a sentence's."""
    found = word_spans(text, start, end)
    for k in range(0, len(found), MAX_SENTENCE_WORDS):
        chunk = found[k : k + MAX_SENTENCE_WORDS]
        yield chunk[0][0], chunk[-1][1]
