"""Fragments stage: the plain version of ``steps._homes`` (each quote fragment's home, the
sentence component already holding at least half its words in its own document), span by span
and word by word, which the array version is tested against."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from provenance.matching.fragments import Fragment
from provenance.model import Sentence


def homes(
    fragments: Sequence[Fragment],
    spans: dict[int, tuple[int, int]],
    sentences: Sequence[Sentence],
    members: Sequence[Sequence[int]],
) -> list[int | None]:
    """For each fragment, the sentence component already holding at least half its words in
    its own document (its home), if any."""
    component_of = {sid: c for c, group in enumerate(members) for sid in group}
    covering: dict[int, list[tuple[int, int, int]]] = {}
    for sid, (start, end) in spans.items():
        if sid in component_of:  # not boilerplate
            covering.setdefault(sentences[sid].doc, []).append((start, end, component_of[sid]))
    for found in covering.values():
        found.sort()  # spans of distinct sentences: they never overlap
    starts = {doc: [start for start, _, _ in found] for doc, found in covering.items()}
    return [
        home(f, covering[f.doc], starts[f.doc]) if f.doc in covering else None for f in fragments
    ]


def home(
    fragment: Fragment,
    covering: Sequence[tuple[int, int, int]],
    starts: Sequence[int],
) -> int | None:
    inside: dict[int, int] = {}
    for s, e in zip(fragment.token_starts, fragment.token_ends, strict=True):
        k = bisect_right(starts, s) - 1  # the one span that may hold the word
        if k >= 0 and e <= covering[k][1]:
            inside[covering[k][2]] = inside.get(covering[k][2], 0) + 1
    best = min(inside, key=lambda c: (-inside[c], c), default=None)
    return best if best is not None and 2 * inside[best] >= len(fragment.tokens) else None
