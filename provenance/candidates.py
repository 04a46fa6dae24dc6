"""Candidates stage: MinHash LSH proposes pairs of sentences from different documents.

The banding is datasketch's ``MinHashLSH``: the signature is cut into ``b`` bands of ``r``
values (``Settings.bands_rows``, which datasketch derives from the threshold), and two
signatures are candidates when they agree on every value of at least one band. Rather than one
Python call per insert and per query, each band is grouped with one numpy sort over all
signatures; the pairs are the same as ``MinHashLSH.query`` gives (a test holds it to that).

A bucket holding more than ``MAX_BUCKET`` signatures (a stock phrase printed everywhere, one
shingle shared by thousands of short lines) would cost pairs quadratic in its size for no
insight: it is skipped and counted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

import numpy as np
import numpy.typing as npt

from provenance.config import Settings

MAX_BUCKET = 1000


@dataclass(frozen=True)
class Candidates:
    pairs: list[tuple[int, int]]  # sorted, i < j, owners differ
    oversized_buckets: int  # buckets skipped for holding more than MAX_BUCKET signatures


def candidate_pairs(
    signatures: npt.NDArray[np.unsignedinteger[Any]], owners: Sequence[int], settings: Settings
) -> list[tuple[int, int]]:
    """Sorted pairs (i, j), i < j, of signature rows whose owners (documents) differ."""
    return find_candidates(signatures, owners, settings).pairs


def find_candidates(
    signatures: npt.NDArray[np.unsignedinteger[Any]], owners: Sequence[int], settings: Settings
) -> Candidates:
    if len(signatures) != len(owners):
        raise ValueError("one owner per sketch is required")
    if not len(signatures):
        return Candidates([], 0)
    signatures = signatures.astype(np.uint64, copy=False)
    bands, rows = settings.bands_rows
    owner = np.asarray(owners)
    pairs: set[tuple[int, int]] = set()
    oversized = 0
    for band in range(bands):
        for members in _buckets(signatures[:, band * rows : (band + 1) * rows]):
            if len(members) > MAX_BUCKET:
                oversized += 1
                continue
            pairs.update(
                (int(i), int(j)) for i, j in combinations(members, 2) if owner[i] != owner[j]
            )
    return Candidates(sorted(pairs), oversized)


def _buckets(band: npt.NDArray[np.uint64]) -> list[npt.NDArray[np.intp]]:
    """Positions (ascending) of the signatures that agree on every value of the band, for
    each group of two or more."""
    keys = np.ascontiguousarray(band).view(np.dtype((np.void, band.shape[1] * 8))).ravel()
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
    ends = np.append(starts[1:], len(ordered))
    return [np.sort(order[s:e]) for s, e in zip(starts, ends, strict=True) if e - s > 1]
