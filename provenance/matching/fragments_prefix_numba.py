"""The compiled prefix join (numba) behind the quote fragment search (``fragments``).

A sentence is a candidate for a fragment when it holds ``needed`` of the fragment's ``R``
(distinct, not common) shingles. Then it holds at least one of any ``R - needed + 1`` of them
(the other ``needed - 1`` cannot make ``needed`` alone): the fragment's *prefix*, its rarest
shingles (those in fewest fragments). Only prefixes are posted, so a sentence reaches far
fewer fragments than through all their shingles, and each fragment it reaches has the rest of
its shingles looked up in the sentence's, until the count is enough or can no longer be: the
same pairs as counting every posting hit (``fragments_numba.count_pairs``), which a test holds
it to. (Ranked by how often the sentences print them instead, the prefixes reach fewer
sentences still, but counting that costs a lookup of every sentence shingle: slower on the
README corpus.)

Shingles are found in a hash table (open addressing, a slot per power of two) rather than by a
sort of the sentences' shingles and a search of each distinct one; each sentence's shingles are
made distinct by a sort of its own few.

Imported only when numba is installed and there is enough to repay compiling; module-level
functions so that numba's on-disk cache applies.
"""

# mypy: disable-error-code="no-untyped-def,misc"

from __future__ import annotations

import numba
import numpy as np

_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)


@numba.njit(cache=True, nogil=True)
def _slot(value, bits):
    return np.int64((np.uint64(value) * _MULTIPLIER) >> np.uint64(64 - bits))


@numba.njit(cache=True, nogil=True)
def table(keys, bits):
    """Slots (``2**bits``) holding each of the distinct ``keys`` and its number (-1 where
    empty), side by side: a lookup reads one place."""
    slots = np.full((1 << bits, 2), -1, np.int64)
    mask = (1 << bits) - 1
    for i in range(len(keys)):
        j = _slot(keys[i], bits)
        while slots[j, 1] >= 0:
            j = (j + 1) & mask
        slots[j, 0] = keys[i]
        slots[j, 1] = i
    return slots


@numba.njit(cache=True, nogil=True)
def _find(slots, bits, value):
    """The number of ``value`` among the keys of ``slots`` (``table``), or -1."""
    mask = len(slots) - 1
    j = _slot(value, bits)
    while True:
        i = slots[j, 1]
        if i < 0 or slots[j, 0] == value:
            return i
        j = (j + 1) & mask


@numba.njit(cache=True, nogil=True)
def _holds(values, n, value):
    """Whether the sorted ``values[:n]`` hold ``value``."""
    low, high = 0, n
    while low < high:
        middle = (low + high) // 2
        if values[middle] < value:
            low = middle + 1
        else:
            high = middle
    return low < n and values[low] == value


@numba.njit(cache=True, nogil=True)
def join(
    s_hashes, s_offsets, first, slots, bits, p_starts, p_owner, rest, rest_offsets, needed,
    out_s, out_f,
):  # fmt: skip
    """Pairs (sentence, fragment) whose sentence holds at least ``needed[fragment]`` of the
    fragment's shingles, sentence by sentence in order, fragments in order within each.
    Sentence ``k``'s shingles are ``s_hashes[s_offsets[k] - s_offsets[0]:s_offsets[k + 1] -
    s_offsets[0]]`` (numbered from ``first``); the fragments it may pair with are those whose
    prefix holds one of its shingles: key ``i`` of ``slots`` (``table``) is in the prefixes of
    ``p_owner[p_starts[i]:p_starts[i + 1]]``. Each is counted: its prefix's shingles the
    sentence holds, then the rest of its shingles (``rest[rest_offsets[f]:rest_offsets[f +
    1]]``) one by one until the count is enough or can no longer be (most fail at the first:
    one shared prefix shingle leaves every other one needed). Written to ``out_s`` and
    ``out_f`` when they are given room; the count either way."""
    n_fragments = len(needed)
    counts = np.zeros(n_fragments, np.int64)
    touched = np.empty(n_fragments, np.int64)
    longest = 0
    for s in range(len(s_offsets) - 1):
        longest = max(longest, s_offsets[s + 1] - s_offsets[s])
    shingles = np.empty(longest, s_hashes.dtype)
    count = 0
    room = len(out_s)
    base = s_offsets[0]
    for s in range(len(s_offsets) - 1):
        # the sentence's distinct shingles, sorted (by insertion: a sentence has a few dozen)
        n = 0
        for i in range(s_offsets[s] - base, s_offsets[s + 1] - base):
            value = s_hashes[i]
            j = n
            while j > 0 and shingles[j - 1] > value:
                j -= 1
            if j > 0 and shingles[j - 1] == value:
                continue
            for m in range(n, j, -1):
                shingles[m] = shingles[m - 1]
            shingles[j] = value
            n += 1
        reached = 0
        for i in range(n):
            k = _find(slots, bits, shingles[i])
            if k < 0:
                continue
            for p in range(p_starts[k], p_starts[k + 1]):
                fragment = p_owner[p]
                if counts[fragment] == 0:
                    touched[reached] = fragment
                    reached += 1
                counts[fragment] += 1
        kept = count
        for t in range(reached):
            fragment = touched[t]
            common = counts[fragment]
            counts[fragment] = 0
            need = needed[fragment]
            b, b_end = rest_offsets[fragment], rest_offsets[fragment + 1]
            while common < need and common + (b_end - b) >= need:
                if _holds(shingles, n, rest[b]):
                    common += 1
                b += 1
            if common >= need:
                if count < room:
                    out_s[count] = first + s
                    out_f[count] = fragment
                count += 1
        if count - kept > 32 and count <= room:  # the sentence's fragments in order
            out_f[kept:count] = np.sort(out_f[kept:count])
        elif count <= room:  # (few: by insertion)
            for i in range(kept + 1, count):
                value = out_f[i]
                j = i
                while j > kept and out_f[j - 1] > value:
                    out_f[j] = out_f[j - 1]
                    j -= 1
                out_f[j] = value
    return count
