"""The words, punctuation and asides of a paragraph as the speaker rules read them, written
plainly: every branch tried at every position (``speakers._ITEM`` adds lookaheads that let the
regex engine pass over most positions at once, for speed, and must find the same items)."""

from __future__ import annotations

import re

ITEM = re.compile(
    r"(?P<word>(?:[A-Z]-)?(?:[A-Za-z]\.){2,}"
    r"|(?i:mr|mrs|ms|dr|sen|rep|gov|gen|prof|rev|lt|col|capt|sgt|st|hon|rt|sr|jr)\.(?=\s+[A-Z])"
    r"|(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo"
    r"|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Vt|Va|Wash|Wis|Wyo)\.(?=,)"
    r"|\w[\w’'‘\-]*)|(?P<punct>[,:;–—-])|(?P<end>[.!?…]+)"
    r"|(?P<aside>\([^()\n]{1,40}\)|\[[^\[\]\n]{1,40}\])"
)


def items(text: str) -> list[tuple[str | None, int, int]]:
    """(kind, start, end) of every item of ``text``."""
    return [(m.lastgroup, m.start(), m.end()) for m in ITEM.finditer(text)]
