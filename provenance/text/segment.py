"""Segment stage: paragraphs and sentences, with exact offsets.

A newline ends a paragraph, except in hard-wrapped text (plain-text archives, OCR, e-mailed press
releases, legal codes), whose lines are broken at a fixed width: there a line joins the next one
unless the layout says the paragraph ends (see ``paragraphs``).

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
# (Spelt to open with a class, not a repeat: the regex engine then skips to the next mark
# without trying a match at every character, and finds the ends in half the time.)
_END = re.compile(r"[.!?…][.!?…]*[\"'”’»)\]]*(?=\s)")
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


# Hard wrapping. A document is hard-wrapped when its lines run to a common width, the wrap width
# (the longest line, but for a tenth of them that may overrun it: a web address cannot be broken),
# of MIN_WRAP_WIDTH to MAX_WRAP_WIDTH columns (a news file with one paragraph per line has longer
# lines), and when the lines that reach near it are mostly broken mid-sentence: at least
# WRAP_EVIDENCE of them, and 40% or more, end with a comma or hyphen or go on with a lower-case
# word. Then a line joins the next one unless the next word would have fit on it (WRAP_SLACK),
# or a blank line, a list item, a heading in capitals, a table row or a change of indentation
# comes between them.
MIN_WRAP_WIDTH = 24
MAX_WRAP_WIDTH = 160
WRAP_EVIDENCE = 3
# How far short of the wrap width a line may end, in parts of the width, before the line ends its
# paragraph: a line ending a sentence must reach almost to the width; one that ends mid-sentence
# may stop short (wrappers that even out the right edge, OCR of proportional type, justified
# columns).
WRAP_SLACK = 12
WRAP_SLACK_MID_SENTENCE = 4
# A line's text, trimmed of white space (a line is what lies between newlines).
_LINE = re.compile(r"\S(?:[^\n]*\S)?")
_FIRST_WORD = re.compile(r"\S+")
# A list item, a heading (# Title), a table row or a quoted e-mail begins a paragraph: a line
# that opens with a bullet or a marker in brackets ((a), (12), (iv)), or with a bare number or
# letter (1. 2) a. iv.) after a line that does not go on mid-sentence ("rose by\n15. The" is one
# sentence). Found in one pass over the text: the position after the indentation of a line (not
# the first), and whether the marker is bare.
_ITEM = re.compile(
    r"\n[^\S\n]*(?=[-*•·‣◦▪●■–—#|>](?!\S)|\((?:\d{1,3}|[A-Za-z]{1,2}|[ivxlcIVXLC]{1,6})\)(?!\S)"
    r"|((?:\d{1,3}|[a-z]|[ivx]{1,5})[.)](?!\S)))"
)
_CLOSING_MARKS = "\"'”’»)]"
_SENTENCE_END = ".!?…:"


def paragraphs(text: str, start: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each paragraph from ``start``, trimmed of surrounding white space: each
    non-blank line, or in hard-wrapped text, each run of lines the layout joins (the newlines
    inside stay in the text, where sentences and words take them for white space)."""
    lines = [match.span() for match in _LINE.finditer(text, start)]
    if len(lines) <= WRAP_EVIDENCE:
        return lines
    layout = _Layout.measure(text, lines, start)
    return lines if layout is None else layout.paragraphs()


class _Layout:
    """The columns of a hard-wrapped document's lines."""

    def __init__(
        self, text: str, lines: list[tuple[int, int]], ends: list[int], indents: list[int]
    ) -> None:
        self.text = text
        self.lines = lines
        self.ends = ends  # the column where each line's text ends
        self.indents = indents
        self.width = 0

    @classmethod
    def measure(cls, text: str, lines: list[tuple[int, int]], start: int) -> _Layout | None:
        """The layout of a hard-wrapped document (None when its lines are not wrapped)."""
        allowed = len(lines) // 10  # lines longer than the wrap width
        ends: list[int] = []
        indents: list[int] = []
        too_long = 0
        previous = start
        for s, e in lines:
            line_start = text.rfind("\n", previous, s) + 1
            if line_start == 0:  # the first line: it may begin before ``start``
                line_start = text.rfind("\n", 0, s) + 1
            if line_start >= start:
                indent = s - line_start
                if indent and text.find("\t", line_start, s) >= 0:
                    indent = len(text[line_start:s].expandtabs())
                end = indent + e - s
            else:  # a body that starts inside its first line (after a date): not indented
                indent, end = 0, e - line_start
            if end > MAX_WRAP_WIDTH:
                too_long += 1
                if too_long > allowed:
                    return None  # the usual case: a news file with a paragraph per line
            ends.append(end)
            indents.append(indent)
            previous = e
        layout = cls(text, lines, ends, indents)
        layout.width = sorted(ends)[-1 - allowed]
        return layout if layout.width >= MIN_WRAP_WIDTH and layout.is_wrapped() else None

    def is_wrapped(self) -> bool:
        """Whether most lines that reach near the width break mid-sentence."""
        text, lines = self.text, self.lines
        near = self.width - self.width // 5
        reaching = broken = 0
        for i in range(len(lines) - 1):
            (_, e), (s, _) = lines[i], lines[i + 1]
            if self.ends[i] >= near and text.count("\n", e, s) == 1:
                reaching += 1
                broken += text[s].islower() or text[e - 1] in ",-‐"
        return broken >= WRAP_EVIDENCE and 5 * broken >= 2 * reaching

    def paragraphs(self) -> list[tuple[int, int]]:
        """The lines joined into paragraphs."""
        text, lines, ends, indents = self.text, self.lines, self.ends, self.indents
        # where a line must end for the next word not to have fitted on it, give or take slack
        full = self.width - self.width // WRAP_SLACK
        full_mid_sentence = self.width - self.width // WRAP_SLACK_MID_SENTENCE
        begin = lines[0][0]
        items = {match.end(): match.group(1) is not None for match in _ITEM.finditer(text, begin)}
        # no table rows in most texts: they are looked for line by line only when one may be
        rows = text.find("\t", begin) >= 0 or text.find("   ", begin) >= 0
        row = rows and _is_row(text, *lines[0])
        capitals = text[lines[0][0] : lines[0][1]].isupper()
        found: list[tuple[int, int]] = []
        first = 0
        for i in range(len(lines) - 1):
            (s1, e1), (s2, e2) = lines[i], lines[i + 1]
            next_row = rows and _is_row(text, s2, e2)
            next_capitals = text[s2:e2].isupper()
            last = e1 - 1
            while last > s1 and text[last] in _CLOSING_MARKS:
                last -= 1
            word = _FIRST_WORD.match(text, s2, e2)
            assert word is not None
            bare = items.get(s2)
            joins = (
                ends[i] + 1 + word.end() - s2
                > (full if text[last] in _SENTENCE_END else full_mid_sentence)
                and text.count("\n", e1, s2) == 1
                # the indentation changes only after a paragraph's first line (indented or
                # hanging)
                and (indents[i] == indents[i + 1] or first == i)
                and not (row or next_row)
                and (bare is None or (bare and not _leads_a_list(text, s1, e1)))
                and not (capitals and not next_capitals)  # a heading in capitals
            )
            if not joins:
                found.append((lines[first][0], e1))
                first = i + 1
            row, capitals = next_row, next_capitals
        found.append((lines[first][0], lines[-1][1]))
        return found


def _is_row(text: str, start: int, end: int) -> bool:
    """A table row or other aligned text: a tab or a run of spaces inside the line."""
    return text.find("\t", start, end) >= 0 or text.find("   ", start, end) >= 0


def _leads_a_list(text: str, start: int, end: int) -> bool:
    """Whether a line may be followed by a numbered item (1. 2) a.): it does not end
    mid-sentence, but with punctuation (The disclosure shall state: / ...; / a sentence.) or
    with "and" or "or" (...the interest; and)."""
    if not (text[end - 1].isalnum() or text[end - 1] in ",-"):
        return True
    tail = text[max(start, end - 4) : end]
    return tail.endswith((" or", " and")) or tail in {"or", "and"}


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
            # (tuple.__new__: a sentence a call, without the named tuple's Python constructor)
            sentences.append(_new(Sentence, (doc_index, len(sentences), number, s, e, tokens)))
    return sentences


_new = tuple.__new__


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """A run-on "sentence" (a page of text with no full stop) cut every
    ``MAX_SENTENCE_WORDS`` words, so its sketch and alignment stay the size of a sentence's."""
    found = word_spans(text, start, end)
    for k in range(0, len(found), MAX_SENTENCE_WORDS):
        chunk = found[k : k + MAX_SENTENCE_WORDS]
        yield chunk[0][0], chunk[-1][1]
