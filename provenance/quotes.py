"""Where quotation marks enclose text, following news conventions.

Paragraph rules: an opening mark without a closing one runs to the end of its paragraph (each
paragraph of a long quote reopens with “ and only the last closes, or none does); a paragraph with
a closing mark but no opening one (scrapers often drop it) is quoted from its start to the mark.
Apostrophes (Britain’s, it's, Zelenskyy‘s) are not quote marks. Nested quotes stay inside the outer
one. Regions exclude the marks themselves.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

# Each opening mark and the marks that close it. ‘ and ' also serve as apostrophes, and » opens
# a quote in German (»Ja«) but closes one in French («Oui»).
_CLOSERS = {
    "“": "”",
    "„": "“”",
    "«": "»",
    "»": "«",
    '"': '"',
    "‘": "’",
    "'": "'",
}
_SINGLE = "‘'"
_ALWAYS_OPEN = "“„«"  # never apostrophes or closers when no quote is open; « may stand spaced
_UNPAIRED_CLOSERS = "”"  # a closing mark scrapers often keep after dropping the opening one


def quote_regions(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quoted regions (start, end) in order, found paragraph by paragraph."""
    regions: list[tuple[int, int]] = []
    for start, end in paragraphs:
        regions.extend(_paragraph_regions(text, start, end))
    return regions


def _paragraph_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    regions: list[tuple[int, int]] = []
    opener = ""
    open_at = start
    for i in range(start, end):
        c = text[i]
        if not opener:
            if c in _CLOSERS and _opens(text, i, start, end):
                opener, open_at = c, i + 1
            elif c in _UNPAIRED_CLOSERS and not regions and i > start:
                regions.append((start, i))  # the opening mark was lost
        elif c in _CLOSERS[opener] and (opener not in _SINGLE or _closes_single(text, i, end)):
            regions.append((open_at, i))
            opener = ""
    if opener and open_at < end:
        regions.append((open_at, end))
    return regions


def _opens(text: str, i: int, start: int, end: int) -> bool:
    """A mark opens a quote when nothing word-like precedes it and a word or mark follows;
    an apostrophe before a decade ('90s) does not."""
    if text[i] in _ALWAYS_OPEN:
        return True
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    if before.isalnum() or after.isspace():
        return False
    decade = text[i + 1 : i + 4]
    return not (text[i] in _SINGLE and decade[:2].isdigit() and decade[2:] == "s")


def _closes(text: str, i: int, end: int) -> bool:
    after = text[i + 1] if i + 1 < end else " "
    return not after.isalnum()


def _closes_single(text: str, i: int, end: int) -> bool:
    """A single closing mark ends the quote, unless it is a plural possessive (the ministers’
    plan) with another closing mark still to come in the paragraph."""
    if not _closes(text, i, end):
        return False
    if text[i - 1] != "s":
        return True
    return not any(text[j] in "’'" and _closes(text, j, end) for j in range(i + 1, end))


class QuoteMap:
    """Answers whether a span lies inside quotation marks."""

    def __init__(self, regions: Sequence[tuple[int, int]]) -> None:
        self._starts = [s for s, _ in regions]
        self._ends = [e for _, e in regions]

    def inside(self, start: int, end: int) -> bool:
        """True when [start, end) falls within one quoted region."""
        i = bisect_right(self._starts, start) - 1
        return i >= 0 and end <= self._ends[i] and start < end

    def all_inside(self, spans: Sequence[tuple[int, int]]) -> bool:
        """True when every span (a word, say) lies inside some quoted region."""
        return bool(spans) and all(self.inside(s, e) for s, e in spans)
