"""Candidates stage: MinHash LSH proposes pairs of sentences from different documents."""

from __future__ import annotations

from collections.abc import Sequence

from datasketch import MinHash, MinHashLSH

from provenance.config import Settings


def candidate_pairs(
    sketches: Sequence[MinHash], owners: Sequence[int], settings: Settings
) -> list[tuple[int, int]]:
    """Sorted pairs (i, j), i < j, of sketch positions whose owners (documents) differ."""
    if len(sketches) != len(owners):
        raise ValueError("one owner per sketch is required")
    lsh = MinHashLSH(num_perm=settings.num_perm, params=settings.bands_rows)
    with lsh.insertion_session() as session:
        for key, minhash in enumerate(sketches):
            session.insert(key, minhash, check_duplication=False)
    pairs: set[tuple[int, int]] = set()
    for key, minhash in enumerate(sketches):
        for other in lsh.query(minhash):
            if other > key and owners[other] != owners[key]:
                pairs.add((key, other))
    return sorted(pairs)
