"""Clean stage: word tokens with their exact spans, normalised for comparison.

Normalisation: NFKC, case-fold, apostrophes and hyphens inside words dropped (so UK's = UK’s and
co-ordinated = coordinated), every other punctuation mark dropped, which also unifies curly and
straight quotes and dashes. "Nato" and "NATO" compare equal.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# A word character, combining marks included: decomposed (NFD) "é" is e + U+0301, and the
# mark must stay inside its word.
_CHAR = r"[\w\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
# A word: word characters, possibly joined by apostrophes or hyphens (Britain’s, Zelenskyy‘s,
# full-scale). Quote marks around words are not part of them.
_TOKEN = re.compile(rf"{_CHAR}+(?:['’‘`´\-‐‑]{_CHAR}+)*")
_JOINERS = re.compile(r"['’‘`´\-‐‑]")


@lru_cache(maxsize=1 << 18)
def normalise_token(token: str) -> str:
    """The comparison form of one word (cached: a corpus repeats its words endlessly)."""
    return _JOINERS.sub("", unicodedata.normalize("NFKC", token).casefold())


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """(normalised token, start, end) for every word in ``text[start:end]``."""
    stop = len(text) if end is None else end
    return [
        (normalise_token(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(text, start, stop)
    ]


def normalise(text: str) -> str:
    """The comparison form of a span of text: its normalised tokens joined by spaces."""
    return " ".join(token for token, _, _ in tokenize(text))
