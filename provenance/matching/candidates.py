"""Candidates stage: MinHash LSH proposes pairs of sentences from different documents.

The signature is cut into ``b`` bands of ``r`` values (``Settings.bands_rows``, which datasketch
derives from the threshold); two signatures are candidates when they share a band key
(``bands.band_key``, the rule the indexes use too), that is when they agree on every value of
at least one band, as datasketch's ``MinHashLSH.query`` finds them (a test holds it to that).
Rather than one Python call per insert and per query, each band is grouped with one numpy sort
of its keys over all signatures.

A bucket holding more than ``MAX_BUCKET`` signatures (a stock phrase printed everywhere, one
shingle shared by thousands of short lines) would cost pairs quadratic in its size for no
insight: it is skipped and counted. The indexes pass over a key held by more than
``MAX_BUCKET`` stored sentences.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from provenance.matching.bands import band_keys
from provenance.matching.sketch import numba_module
from provenance.matching.sorting import unique_keys
from provenance.settings import Settings

MAX_BUCKET = 1000
# Signatures from which the keys shared are found by the compiled kernel (``_sharing``): a
# band's sort of half a million keys takes 16 ms, the kernel's bitmaps a few.
COMPILED_MIN_KEYS = 20_000
# Bands whose keys are computed in one pass: four bands of four 32-bit values are one 64-byte
# cache line of each signature, read once instead of once a band.
BANDS_AT_ONCE = 4


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
    oversized: AbstractSet[int] | None = None,
) -> Candidates:
    """``oversized``: the band keys of buckets to skip as oversized whatever they hold here (a
    part of a corpus is given those of the whole corpus)."""
    if len(signatures) != len(owners):
        raise ValueError("one owner per sketch is required")
    if not len(signatures):
        return Candidates([], 0)
    bands, rows = settings.bands_rows
    owner = np.asarray(owners, dtype=np.int64)
    skip = np.fromiter(oversized or (), dtype=np.uint64)

    def block_pairs(first: int) -> list[tuple[npt.NDArray[np.int64], set[int]]]:
        block = range(first, min(first + BANDS_AT_ONCE, bands))
        keys = band_keys(signatures, bands, rows, block)
        return [band_candidates(np.ascontiguousarray(column), owner, skip) for column in keys.T]

    # numpy sorts without the GIL: bands grouped on every core
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        blocks = pool.map(block_pairs, range(0, bands, BANDS_AT_ONCE))
        found_bands = [found for block in blocks for found in block]
    keys = [pair_keys for pair_keys, _ in found_bands]
    skipped = sum(len(too_big) for _, too_big in found_bands)
    found = unique_keys(np.concatenate(keys))
    first, second = np.divmod(found, len(signatures))
    return Candidates(list(zip(first.tolist(), second.tolist(), strict=True)), skipped)


def band_candidates(
    keys: npt.NDArray[np.uint64],
    owner: npt.NDArray[np.int64],
    skip: npt.NDArray[np.uint64] | None = None,
) -> tuple[npt.NDArray[np.int64], set[int]]:
    """One band's candidate pairs (``keys``: each signature's ``band_key`` for it), as
    ``i * len(keys) + j`` with i < j and owners that differ, and the keys of its buckets too
    big to use. ``skip``: keys of buckets to leave out whatever their size here."""
    shared = _sharing(keys)  # most signatures are alone in their bucket: grouped no further
    if not len(shared):
        return np.empty(0, np.int64), set()
    order, starts, sizes = buckets(keys[shared])
    bucket_keys = keys[shared[order[starts]]]
    wanted = (sizes > 1) & (sizes <= MAX_BUCKET)
    if skip is not None and len(skip):
        wanted &= ~np.isin(bucket_keys, skip)
    i, j = pairs_within(order, starts[wanted], sizes[wanted])
    i, j = shared[i], shared[j]  # ``shared`` is in order: still i < j
    differ = owner[i] != owner[j]
    too_big = set(bucket_keys[sizes > MAX_BUCKET].tolist())
    return i[differ] * len(keys) + j[differ], too_big


def _sharing(keys: npt.NDArray[np.uint64], compiled: bool | None = None) -> npt.NDArray[np.int64]:
    """The signatures (in order) whose key another one holds too, and perhaps a few more.

    ``compiled``: by numba's kernel, those whose key agrees with another's in its low bits
    (None: when numba is installed and there are enough keys to repay it). Else one sort of
    values rather than an argsort: each key's low bits are replaced by the signature's
    number, and signatures whose keys agree in the bits left are neighbours once sorted. Keys
    that agree only there are told apart by ``buckets`` after, so none is lost and nothing is
    grouped wrongly."""
    if compiled is None:
        compiled = len(keys) >= COMPILED_MIN_KEYS and numba_module() is not None
    if compiled:
        from provenance.matching.candidates_numba import sharing

        # a bitmap of 16 bits a key or more, no less than 2 ** 16
        size = 1 << max(len(keys).bit_length() + 4, 16)
        seen, twice = np.zeros(size // 8, np.uint8), np.zeros(size // 8, np.uint8)
        found: npt.NDArray[np.int64] = np.flatnonzero(sharing(keys, seen, twice))
        return found
    bits = np.uint64(max(len(keys) - 1, 1).bit_length())
    numbers = np.arange(len(keys), dtype=np.uint64)
    ordered = np.sort(((keys >> bits) << bits) | numbers)
    high = ordered >> bits
    same = high[1:] == high[:-1]
    held = np.zeros(len(keys), np.bool_)
    held[1:] = same
    held[:-1] |= same
    low: npt.NDArray[np.int64] = np.sort(ordered[held] & ((np.uint64(1) << bits) - np.uint64(1)))
    return low.astype(np.int64)


def buckets(
    keys: npt.NDArray[np.uint64],
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """The signatures ordered so that those with the same key are together, and where each
    such bucket starts in that order and how many it holds."""
    order = np.argsort(keys)
    ordered = keys[order]
    starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
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
