"""Where quotation marks enclose text, following news conventions, and the quotes they make.

Paragraph rules: an opening mark without a closing one runs to the end of its paragraph, and the
quote goes on into the next paragraph when that one opens with a quote mark (each paragraph of a
long quote reopens with “ and only the last closes, or none does). A paragraph with a closing mark
but no opening one (scrapers often drop it) is quoted from its start to the mark, or, when an
earlier quote in the paragraph has closed, from the start of the sentence holding the mark.
Apostrophes (Britain’s, it's, Zelenskyy‘s) are not quote marks. Nested quotes stay inside the
outer one. Regions exclude the marks themselves.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from provenance.model import QuoteKind

# Each opening mark and the marks that close it. ‘ and ' also serve as apostrophes, and » opens
# a quote in German (»Ja«) but closes one in French («Oui»).
_CLOSERS = {
    "“": '”"',  # mixed marks: "…” and “…" (a scraper or an editor changed one of the two)
    "„": "“”",
    "«": "»",
    "»": "«",
    '"': '"”',
    "‘": "’",
    "'": "'",
}
_SINGLE = "‘'"
_ALWAYS_OPEN = "“„«"  # never apostrophes or closers when no quote is open; « may stand spaced
_UNPAIRED_CLOSERS = "”"  # a closing mark scrapers often keep after dropping the opening one


# How far back a sentence start is looked for before a closing mark whose opening was lost.
LOST_OPENING_REACH = 2000
# Words that begin with an apostrophe: an elision, not an opening quote mark.
_ELISION = re.compile(r"(?:em|tis|twas|\d\ds?)\b|n['’](?=\s)", re.IGNORECASE)
# Every character the rules above act on: nothing else needs looking at.
_MARKS = re.compile(
    "[" + re.escape("".join(sorted({*_CLOSERS, *"".join(_CLOSERS.values())}))) + "]"
)
# A sentence end before a lost opening mark: terminal punctuation, closing marks, white space.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s+")


# Quotation kinds (``quote_kind``): a word of script or markup; a title-case word.
_CODE = re.compile(
    r"[{}<>=]|\b[a-z]+_[a-z]+(?:_[a-z]+)*\b|\w\(\)|\bfunction\s*\(|\b(?:var|const|let) \w+ ="
)
# what every _CODE match holds: one of these characters, or a declaration (looked for only when
# its keyword is there: a search for the characters alone is several times faster)
_CODE_CHARS = re.compile(r"[{}<>=_(]")
_DECLARATION = re.compile(r"\b(?:var|const|let) ")
_WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
TERM_WORDS = 2  # a quote of this many words or fewer is a term, not a quotation
TITLE_WORDS = 10  # a title is at most this many words
# words a title leaves in lower case
_TITLE_SMALL = frozenset("a an and as at but by for from in into of on or the to vs with".split())


def quote_kind(text: str) -> QuoteKind:
    """What the words between a pair of quotation marks are: ``code`` (markup or script left
    in a page), a ``term`` of one or two words (a scare quote: 'foe', 'witch hunt'), a
    ``title`` (two to ten words, each capitalised but the small ones, or in capitals, with no
    question or exclamation: a programme, a book, a slogan), else a ``quotation``."""
    if _has_code_chars(text) and _CODE.search(text):  # the cheap test first
        return QuoteKind.CODE
    words = _WORDS.findall(text)
    if len(words) <= TERM_WORDS:
        return QuoteKind.TERM
    stripped = text.rstrip(" ,.;:'’\"”")
    if len(words) <= TITLE_WORDS and not stripped.endswith(("?", "!")):
        big = [w for w in words if w.lower() not in _TITLE_SMALL or w.isupper()]
        if big and words[0][0].isupper() and all(w[0].isupper() or w[0].isdigit() for w in big):
            return QuoteKind.TITLE
    return QuoteKind.QUOTATION


def _has_code_chars(text: str) -> bool:
    return _CODE_CHARS.search(text) is not None or (
        ("var " in text or "const " in text or "let " in text)
        and _DECLARATION.search(text) is not None
    )


@dataclass(frozen=True)
class QuoteSpans:
    """One direct quote: its quoted words in each paragraph it runs through (marks excluded)."""

    parts: tuple[tuple[int, int], ...]

    def __reduce__(self) -> tuple[type[QuoteSpans], tuple[tuple[tuple[int, int], ...]]]:
        # by its fields: compiled (provenance/native.py), a frozen dataclass cannot be given
        # its state back field by field, as pickle would
        return QuoteSpans, (self.parts,)


def quote_regions(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quoted regions (start, end) in order, found paragraph by paragraph."""
    return [part for quote in quotes(text, paragraphs) for part in quote.parts]


def quotes(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[QuoteSpans]:
    """Every quote in order; a quote left open at a paragraph's end continues into the next
    paragraph when that paragraph opens with a quote mark."""
    found: list[list[tuple[int, int]]] = []
    left_open = False
    for start, end in paragraphs:
        regions, still_open = _paragraph_regions(text, start, end)
        # (a paragraph of bare marks, ““, leaves a quote open with no region to continue)
        continues = left_open and bool(found) and bool(regions) and regions[0][0] == start + 1
        for k, region in enumerate(regions):
            if k == 0 and continues:
                found[-1].append(region)
            else:
                found.append([region])
        left_open = still_open
    return [QuoteSpans(tuple(parts)) for parts in found]


def quote_id(doc_id: str, start: int) -> str:
    """Stable across runs: derived from the document and the offset where the quote starts."""
    digest = hashlib.blake2b(f"{doc_id}\x00{start}".encode(), digest_size=6)
    return "q" + digest.hexdigest()


def _paragraph_regions(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], bool]:
    """The paragraph's quoted regions, and whether the last one was left open at its end."""
    regions: list[tuple[int, int]] = []
    opener = ""
    open_at = start
    for mark in _MARKS.finditer(text, start, end):
        i = mark.start()
        c = text[i]
        if not opener:
            if c in _CLOSERS and _opens(text, i, start, end):
                opener, open_at = c, i + 1
            elif c in _UNPAIRED_CLOSERS and i > start and not text[i - 1].isdigit():  # 55” TV
                lost = _lost_opening(text, start, i, regions)  # the opening mark was dropped
                if lost is not None:
                    regions.append((lost, i))
        elif (
            c in _CLOSERS[opener]
            and (opener not in _SINGLE or _closes_single(text, i, end))
            and (c == _CLOSERS[opener][0] or _mixed_close(text, i, end, opener))
        ):
            if open_at < i:
                regions.append((open_at, i))
            opener = ""
    left_open = bool(opener) and open_at < end
    if left_open:
        regions.append((open_at, end))
    trimmed = [_trimmed(text, a, b) for a, b in regions]
    return [(a, b) for a, b in trimmed if b > a], left_open


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A quoted region without white space at its edges, nor a stray mark: the second of a
    doubled single mark (‘‘…’’), or a mark whose partner is not inside the region."""
    while True:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end and _stray(text, start, end, text[start], first=True):
            start += 1
        elif end > start and _stray(text, start, end, text[end - 1], first=False):
            end -= 1
        else:
            return start, end


def _stray(text: str, start: int, end: int, mark: str, first: bool) -> bool:
    inside = text[start:end]
    if mark in "'\"":
        return inside.count(mark) % 2 == 1 and (
            first or not (end - start > 1 and text[end - 2].isalpha() and mark == "'")
        )  # a trailing ' after a letter is an apostrophe (the workers')
    if first and mark in "‘“":
        return inside.count(mark) > inside.count(_CLOSERS[mark][0])
    if not first and mark == "”":
        return inside.count("”") > inside.count("“")
    return False


def _mixed_close(text: str, i: int, end: int, opener: str) -> bool:
    """Whether a double mark of the other style closes the quote: it stands against the word
    before it, and the marks of the quote's own style left in the paragraph pair among
    themselves (“He said "yes" today,” she said: the straight marks are a quote inside the
    quote; "One,” he said. "Two.": the straight marks left are a quote of their own)."""
    if opener not in '“"':
        return True
    if text[i - 1].isspace():
        return False
    rest = text[i + 1 : end]
    if opener == '"':
        return rest.count('"') % 2 == 0
    return rest.count("”") <= rest.count("“")


def _lost_opening(
    text: str, start: int, mark: int, regions: Sequence[tuple[int, int]]
) -> int | None:
    """Where a quote whose opening mark was dropped begins: the paragraph's start, or after an
    earlier quote, the start of the sentence holding the closing mark (None if there is none)."""
    if not regions:
        return start
    after = max(regions[-1][1] + 1, mark - LOST_OPENING_REACH)  # bounded: never quadratic
    begin = None
    for match in _SENTENCE_END.finditer(text, after, mark):
        begin = match.end()
    return begin if begin is not None and begin < mark else None


def _opens(text: str, i: int, start: int, end: int) -> bool:
    """A mark opens a quote when nothing word-like precedes it and a word or mark follows. A
    single mark also needs a closing mark later in its paragraph, and is not an elision
    ('em, 'tis, rock 'n' roll, '76, the '90s)."""
    if text[i] in _ALWAYS_OPEN:
        return True
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    if before.isalnum() or after.isspace():
        return False
    if text[i] not in _SINGLE:
        return True
    if _ELISION.match(text, i + 1, end):
        return False
    return any(text[j] in _CLOSERS[text[i]] and _closes(text, j, end) for j in range(i + 2, end))


def _closes(text: str, i: int, end: int) -> bool:
    after = text[i + 1] if i + 1 < end else " "
    return not after.isalnum()


def _closes_single(text: str, i: int, end: int) -> bool:
    """A single closing mark ends the quote, unless it is a plural possessive (the ministers’
    plan: a word follows) with another closing mark still to come in the paragraph."""
    if not _closes(text, i, end):
        return False
    if text[i - 1] != "s" or not text[i + 1 : i + 3].strip(" ")[:1].isalpha():
        return True  # "…their debts', said" closes; "the ministers' plan" may not
    return not any(text[j] in "’'" and _closes(text, j, end) for j in range(i + 1, end))


# An ellipsis that cuts a quotation, with the brackets and spaces around it: “… worth … arrived”
_ELLIPSIS = re.compile(r"\s*(?:[\[(]\s*)?(?:…|\.{3,})(?:\s*[\])])?\s*")


def pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of the quoted ``text[start:end]`` between the ellipses that cut it, each
    quoted text of its own (a quotation cut with "…" is pieces of the words said); the whole
    when none cuts it."""
    if text.find("…", start, end) < 0 and text.find("...", start, end) < 0:
        return [(start, end)]  # most quotations (a search of the marks alone: fast)
    found = []
    begin = start
    for match in _ELLIPSIS.finditer(text, start, end):
        if match.start() > begin:
            found.append((begin, match.start()))
        begin = match.end()
    if begin < end:
        found.append((begin, end))
    return found or [(start, end)]


class QuoteMap:
    """Answers whether a span lies inside quotation marks."""

    def __init__(self, regions: Sequence[tuple[int, int]]) -> None:
        self._starts = [s for s, _ in regions]
        self._ends = [e for _, e in regions]
        self._disjoint = all(e <= s for e, s in zip(self._ends, self._starts[1:], strict=False))

    @property
    def regions(self) -> list[tuple[int, int]]:
        """The quoted regions, in order of start."""
        return list(zip(self._starts, self._ends, strict=True))

    def inside(self, start: int, end: int) -> bool:
        """True when [start, end) falls within one quoted region."""
        return self.region(start, end) is not None

    def region(self, start: int, end: int) -> tuple[int, int] | None:
        """The quoted region [start, end) falls within, if any."""
        i = bisect_right(self._starts, start) - 1
        if i >= 0 and end <= self._ends[i] and start < end:
            return self._starts[i], self._ends[i]
        return None

    def overlaps(self, start: int, end: int) -> bool:
        """True when [start, end) shares a character with a quoted region."""
        i = bisect_left(self._starts, end) - 1  # the last region starting before ``end``
        return i >= 0 and self._ends[i] > start and start < end

    def mostly_inside(self, spans: Sequence[tuple[int, int]]) -> bool:
        """True when at least half the spans (words, say: in order, not overlapping) lie inside
        quoted regions: a quote copied with its attribution (X said: “…”) is still a quote."""
        if not spans:
            return False
        if not self._disjoint:  # nested regions: word by word
            return 2 * sum(1 for s, e in spans if self.inside(s, e)) >= len(spans)
        starts, ends = [s for s, _ in spans], [e for _, e in spans]
        inside = 0
        region = max(0, bisect_right(self._starts, starts[0]) - 1)
        while region < len(self._starts) and self._starts[region] < ends[-1]:
            # the spans starting in the region and ending by its end: a run of them
            first = bisect_left(starts, self._starts[region])
            inside += max(0, bisect_right(ends, self._ends[region]) - first)
            region += 1
        return 2 * inside >= len(spans)
