"""The compiled ratio (numba) behind the verify stage: rapidfuzz's ``fuzz.ratio`` of many pairs
of strings, over every core.

Every distinct sentence's normalised text is laid out once, as character codes in one array
(``verify._Characters``), and each pair is scored in place: the longest common subsequence of
the two by the bit-parallel algorithm rapidfuzz uses too (Hyyrö's: 64 characters of the
pattern a machine word), then the ratio by rapidfuzz's formula, ``100 * (1 - distance /
total)`` with the Indel distance ``total - 2 * lcs``: the same floats (a test holds them to
it). What it saves over ``process.cpdist``: the lists of the pairs' strings built in Python,
and the pattern's bits set again for every pair; candidate pairs come in order of their first
sentence (eight a sentence on the stress corpus), and its bits are set once for all of them.

Imported only when numba is installed and there are enough pairs to repay it; module-level
functions so that numba's on-disk cache applies. The parallel kernel is called from Python
only (see ``sketch_numba``).
"""

# mypy: disable-error-code="no-untyped-def,misc"

from __future__ import annotations

import numba
import numpy as np

# Pairs a thread scores with one scratch table (allocated per chunk, not per pair).
CHUNK = 1024
ONE = np.uint64(1)
ZERO = np.uint64(0)
ALL = np.uint64(0xFFFFFFFFFFFFFFFF)
M1 = np.uint64(0x5555555555555555)
M2 = np.uint64(0x3333333333333333)
M4 = np.uint64(0x0F0F0F0F0F0F0F0F)
H01 = np.uint64(0x0101010101010101)
S1, S2, S4, S56 = np.uint64(1), np.uint64(2), np.uint64(4), np.uint64(56)


@numba.njit(cache=True, nogil=True)
def _popcount(x):
    x = x - ((x >> S1) & M1)
    x = (x & M2) + ((x >> S2) & M2)
    x = (x + (x >> S4)) & M4
    return (x * H01) >> S56


@numba.njit(cache=True, nogil=True)
def _step(s, matches, carry):
    """One block of Hyyrö's step: the new state, and the carry into the next block."""
    u = s & matches
    x = s + u
    out = ONE if x < s else ZERO
    x2 = x + carry
    if x2 < x:
        out = ONE
    return x2 | (s - u), out


@numba.njit(cache=True, nogil=True)
def _pattern(codes, a0, a1, table, value):
    """Sets (``value`` all ones) or clears (zero) the bit of each character of
    ``codes[a0:a1]`` in its row of ``table`` (a row per character code, a column per block)."""
    for i in range(a1 - a0):
        if value:
            table[codes[a0 + i], i >> 6] |= ONE << np.uint64(i & 63)
        else:
            table[codes[a0 + i], i >> 6] = ZERO


@numba.njit(cache=True, nogil=True)
def _lcs(codes, m, b0, b1, table, state):
    """The length of the longest common subsequence of the pattern in ``table`` (``m``
    characters) and ``codes[b0:b1]``: Hyyrö's bit-parallel algorithm, up to four blocks of
    the pattern held in registers, more in ``state``."""
    if m == 0:
        return 0
    blocks = (m + 63) // 64
    found = ZERO
    if blocks <= 4:
        s0 = s1 = s2 = s3 = ALL
        for j in range(b0, b1):
            code = codes[j]
            s0, carry = _step(s0, table[code, 0], ZERO)
            if blocks > 1:
                s1, carry = _step(s1, table[code, 1], carry)
                if blocks > 2:
                    s2, carry = _step(s2, table[code, 2], carry)
                    if blocks > 3:
                        s3, carry = _step(s3, table[code, 3], carry)
        found = _popcount(~s0) + _popcount(~s1) + _popcount(~s2) + _popcount(~s3)
    else:
        for k in range(blocks):
            state[k] = ALL
        for j in range(b0, b1):
            code = codes[j]
            carry = ZERO
            for k in range(blocks):
                state[k], carry = _step(state[k], table[code, k], carry)
        for k in range(blocks):
            found += _popcount(~state[k])
    return np.int64(found)


@numba.njit(cache=True, nogil=True)
def _ratio(total, common):
    """rapidfuzz's ratio from the two strings' total length and their longest common
    subsequence: ``100 * (1 - distance / total)``, the Indel distance ``total - 2 * common``
    (100 for two empty strings)."""
    if total == 0:
        return 100.0
    return (1.0 - np.float64(total - 2 * common) / np.float64(total)) * 100.0


@numba.njit(cache=True, parallel=True, nogil=True)
def ratios(codes, first, left, right, rows, blocks):
    """``fuzz.ratio`` of each pair of strings ``left[p]``, ``right[p]`` (string ``k`` is
    ``codes[first[k]:first[k + 1]]``, character codes below ``rows``; ``blocks``: 64-character
    blocks of the longest), chunk after chunk of pairs on every core, each score written in
    its place. The left string is the pattern: its bits are set once for a run of pairs that
    share it (pairs come in order of their left sentence)."""
    n = left.shape[0]
    out = np.empty(n, np.float64)
    chunks = (n + CHUNK - 1) // CHUNK
    for c in numba.prange(chunks):
        table = np.zeros((rows, max(blocks, 4)), np.uint64)
        state = np.empty(max(blocks, 1), np.uint64)
        held = -1
        for p in range(c * CHUNK, min((c + 1) * CHUNK, n)):
            a = left[p]
            if a != held:
                if held >= 0:
                    _pattern(codes, first[held], first[held + 1], table, False)
                _pattern(codes, first[a], first[a + 1], table, True)
                held = a
            m = first[a + 1] - first[a]
            b0, b1 = first[right[p]], first[right[p] + 1]
            out[p] = _ratio(m + b1 - b0, _lcs(codes, m, b0, b1, table, state))
    return out
