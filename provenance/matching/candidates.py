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

import os
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from provenance.settings import Settings

MAX_BUCKET = 1000
MIX = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit multiplier (the golden ratio's)


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
    signatures: npt.NDArray[np.unsignedinteger[Any]],
    owners: Sequence[int],
    settings: Settings,
    oversized: Mapping[int, AbstractSet[bytes]] | None = None,
) -> Candidates:
    """``oversized``: per band, the ``bucket_key`` of buckets to skip as oversized whatever
    they hold here (a part of a corpus is given those of the whole corpus)."""
    if len(signatures) != len(owners):
        raise ValueError("one owner per sketch is required")
    if not len(signatures):
        return Candidates([], 0)
    bands, rows = settings.bands_rows
    owner = np.asarray(owners, dtype=np.int64)
    skip = oversized or {}

    def band_pairs(band: int) -> tuple[npt.NDArray[np.int64], set[bytes]]:
        return band_candidates(band_columns(signatures, band, rows), owner, skip.get(band))

    # numpy sorts without the GIL: bands grouped on every core
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        found_bands = list(pool.map(band_pairs, range(bands)))
    keys = [band_keys for band_keys, _ in found_bands]
    skipped = sum(len(too_big) for _, too_big in found_bands)
    found = np.unique(np.concatenate(keys))
    first, second = np.divmod(found, len(signatures))
    return Candidates(list(zip(first.tolist(), second.tolist(), strict=True)), skipped)


def band_candidates(
    columns: npt.NDArray[np.uint64],
    owner: npt.NDArray[np.int64],
    skip: AbstractSet[bytes] | None = None,
) -> tuple[npt.NDArray[np.int64], set[bytes]]:
    """One band's candidate pairs (``band_columns``: its values in each signature), as keys
    ``i * len(columns) + j`` with i < j and owners that differ, and the ``bucket_key`` of its
    buckets too big to use. ``skip``: buckets to leave out whatever their size here."""
    order, starts, sizes = buckets(columns)
    wanted = (sizes > 1) & (sizes <= MAX_BUCKET)
    if skip:
        elsewhere = [bucket_key(row) in skip for row in columns[order[starts]]]
        wanted &= ~np.asarray(elsewhere, dtype=bool)
    i, j = pairs_within(order, starts[wanted], sizes[wanted])
    differ = owner[i] != owner[j]
    too_big = {bucket_key(columns[order[start]]) for start in starts[sizes > MAX_BUCKET]}
    return i[differ] * len(columns) + j[differ], too_big


def band_columns(
    signatures: npt.NDArray[np.unsignedinteger[Any]], band: int, rows: int
) -> npt.NDArray[np.uint64]:
    """One band of every signature: its ``rows`` values."""
    return signatures[:, band * rows : (band + 1) * rows].astype(np.uint64)


def bucket_key(values: npt.NDArray[np.uint64]) -> bytes:
    """A bucket's identity within its band: its band values, as bytes."""
    return values.tobytes()


def buckets(
    band: npt.NDArray[np.uint64],
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """The signatures ordered so that those agreeing on every value of the band are together,
    and where each such bucket starts in that order and how many it holds.

    Sorted by a 64-bit mix of the band's values (one number per signature sorts far faster
    than rows of them), then checked: if two different bands ever share a mix, the rows
    themselves are sorted instead, so buckets are exact either way."""
    mixed = np.zeros(len(band), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for column in band.T:
            mixed = (mixed ^ column) * MIX
            mixed ^= mixed >> np.uint64(29)
    order = np.argsort(mixed)
    ordered = band[order]
    new = np.concatenate(([True], mixed[order][1:] != mixed[order][:-1]))
    starts = np.flatnonzero(new)
    if not np.array_equal(ordered, ordered[starts[np.cumsum(new) - 1]]):  # a mix collided
        order = np.lexsort(band.T[::-1])
        ordered = band[order]
        new = np.concatenate(([True], np.any(ordered[1:] != ordered[:-1], axis=1)))
        starts = np.flatnonzero(new)
    sizes = np.diff(np.append(starts, len(order)))
    return order, starts, sizes


def pairs_within(
    order: npt.NDArray[np.intp], starts: npt.NDArray[np.intp], sizes: npt.NDArray[np.intp]
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Every pair (i, j), i < j, of signatures in the same bucket."""
    position = np.repeat(starts, sizes) + _ranks(sizes)  # each member's place in ``order``
    later = np.repeat(sizes, sizes) - 1 - _ranks(sizes)  # members after it in its bucket
    partner = np.repeat(position + 1, later) + _ranks(later)
    a = order[np.repeat(position, later)].astype(np.int64)
    b = order[partner].astype(np.int64)
    return np.minimum(a, b), np.maximum(a, b)


def _ranks(sizes: npt.NDArray[np.intp]) -> npt.NDArray[np.intp]:
    """0, 1, ..., size - 1 for each size in turn."""
    total = int(sizes.sum())
    return np.arange(total) - np.repeat(np.cumsum(sizes) - sizes, sizes)
