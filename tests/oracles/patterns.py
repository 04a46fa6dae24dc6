"""The reading regexes as they were written before they were made faster, written plainly: the
fast ones (possessive quantifiers, a narrower search, a keyword test first) must find the same."""

from __future__ import annotations

import re

from provenance.text.normalise import _NORMALISED

# normalise._CHAR without the ASCII word characters named ahead of ``\w``
CHAR = r"[\w\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
# normalise._TOKEN without possessive quantifiers
TOKEN = re.compile(rf"{CHAR}+(?:['’‘`´\-‐‑]{CHAR}+)*")
# segment._END opening with a repeat
SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)")
# speakers: every run of capitalised words, one word or more
NAME_WORD = r"[A-Z](?:[\w’'‘\-]+|\.(?= [A-Z])|)"
CAPITALISED_RUN = re.compile(rf"{NAME_WORD}(?:\s+{NAME_WORD})*")
# quotes: what every code match holds, in one search
CODE_CHARS = re.compile(r"[{}<>=_(]|\b(?:var|const|let) ")


def tokens(text: str) -> list[tuple[str, int, int]]:
    """(normalised token, start, end) of every word (``normalise.tokenize``)."""
    return [(_NORMALISED[m.group()], m.start(), m.end()) for m in TOKEN.finditer(text)]


def name_runs(text: str) -> list[str]:
    """The runs of two capitalised words or more (``speakers.surnames`` reads)."""
    return [m.group() for m in CAPITALISED_RUN.finditer(text) if len(m.group().split()) >= 2]


def has_code_chars(text: str) -> bool:
    return CODE_CHARS.search(text) is not None
