"""Shingle stage: the set of word n-grams that stands for a sentence."""

from __future__ import annotations

from collections.abc import Sequence


def shingles(tokens: Sequence[str], size: int) -> list[bytes]:
    """Distinct ``size``-word shingles, UTF-8 encoded, sorted; a shorter text is one shingle."""
    if size < 1:
        raise ValueError(f"shingle size must be at least 1, got {size}")
    if not tokens:
        return []
    if len(tokens) <= size:
        return [" ".join(tokens).encode()]
    grams = {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}
    return sorted(g.encode() for g in grams)
