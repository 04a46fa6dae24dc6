"""The compiled sketch kernel (numba): xxh32 over each shingle's bytes, the MurmurHash3
pre-mix, datasketch's affine32 permutations and the minimum, one sentence per thread; and the
compiled kernels of the stages that read sketches (band keys, the words verify bounds with).

Imported only when numba is installed and a batch is large enough (``provenance.matching.sketch``);
module-level functions so that numba's on-disk cache applies. All arithmetic is unsigned (numba
turns mixed signed and unsigned arithmetic into floats): uint64 held below 2**32 in the hashes,
uint32 in the permutations. No compiled function here calls a parallel one (numba can crash
loading such a caller from its cache): Python calls each parallel kernel itself, see
``sketch.compiled_signatures``.
"""

# mypy: disable-error-code="no-untyped-def,misc"

from __future__ import annotations

import numba
import numpy as np

MASK = np.uint64(0xFFFFFFFF)
P1, P2, P3, P4, P5 = (
    np.uint64(0x9E3779B1),
    np.uint64(0x85EBCA77),
    np.uint64(0xC2B2AE3D),
    np.uint64(0x27D4EB2F),
    np.uint64(0x165667B1),
)
START_V1 = np.uint64((0x9E3779B1 + 0x85EBCA77) & 0xFFFFFFFF)
START_V4 = np.uint64((-0x9E3779B1) & 0xFFFFFFFF)
M1, M2 = np.uint64(0x85EBCA6B), np.uint64(0xC2B2AE35)
S1, S7, S8, S11, S12, S13 = (np.uint64(n) for n in (1, 7, 8, 11, 12, 13))
S15, S16, S17, S18, S24, S32 = (np.uint64(n) for n in (15, 16, 17, 18, 24, 32))
ZERO = np.uint64(0)


@numba.njit(cache=True, nogil=True)
def rotl(x, r):
    return ((x << r) | (x >> (S32 - r))) & MASK


@numba.njit(cache=True, nogil=True)
def read32(buf, i):
    return (
        np.uint64(buf[i])
        | (np.uint64(buf[i + 1]) << S8)
        | (np.uint64(buf[i + 2]) << S16)
        | (np.uint64(buf[i + 3]) << S24)
    )


@numba.njit(cache=True, nogil=True)
def round32(v, lane):
    return (rotl((v + lane * P2) & MASK, S13) * P1) & MASK


@numba.njit(cache=True, nogil=True)
def xxh32(buf, start, end):
    """xxHash32 (seed 0) of ``buf[start:end]``."""
    i = start
    if end - start >= 16:
        v1, v2, v3, v4 = START_V1, P2, ZERO, START_V4
        while i <= end - 16:
            v1 = round32(v1, read32(buf, i))
            v2 = round32(v2, read32(buf, i + 4))
            v3 = round32(v3, read32(buf, i + 8))
            v4 = round32(v4, read32(buf, i + 12))
            i += 16
        h = (rotl(v1, S1) + rotl(v2, S7) + rotl(v3, S12) + rotl(v4, S18)) & MASK
    else:
        h = P5
    h = (h + np.uint64(end - start)) & MASK
    while i + 4 <= end:
        h = (rotl((h + read32(buf, i) * P3) & MASK, S17) * P4) & MASK
        i += 4
    while i < end:
        h = (rotl((h + np.uint64(buf[i]) * P5) & MASK, S11) * P1) & MASK
        i += 1
    h ^= h >> S15
    h = (h * P2) & MASK
    h ^= h >> S13
    h = (h * P3) & MASK
    return h ^ (h >> S16)


@numba.njit(cache=True, nogil=True)
def fmix(h):
    """The MurmurHash3 finalizer datasketch applies before the permutations."""
    h ^= h >> S16
    h = (h * M1) & MASK
    h ^= h >> S13
    h = (h * M2) & MASK
    return h ^ (h >> S16)


@numba.njit(cache=True, parallel=True, nogil=True)
def signatures_of(hashes, offsets, a, b):
    """Signatures (sentences x permutations, uint32) from each sentence's shingle hashes
    (``offsets``: where each sentence's start). The permutations are computed on 32-bit
    values: ``a * h + b`` cut to its low 32 bits is the same as modulo 2**32 of the full
    product, and the loop over permutations runs a third faster than on 64-bit values."""
    n = offsets.shape[0] - 1
    perms = a.shape[0]
    out = np.empty((n, perms), dtype=np.uint32)
    for s in numba.prange(n):
        row = out[s]  # the running minima, in place: no allocation per sentence
        row[:] = np.uint32(0xFFFFFFFF)
        for w in range(offsets[s], offsets[s + 1]):
            h = np.uint32(fmix(np.uint64(hashes[w])))
            for k in range(perms):
                row[k] = min(row[k], np.uint32(a[k] * h + b[k]))
    return out


@numba.njit(cache=True, parallel=True, nogil=True)
def shingle_hashes(buf, word_starts, word_ends, first, size, offsets):
    """xxh32 of every shingle, sentence after sentence (``offsets``: where each one's start)."""
    n = first.shape[0] - 1
    out = np.empty(offsets[n], dtype=np.uint32)
    for s in numba.prange(n):
        lo, hi = first[s], first[s + 1]
        whole = hi - lo <= size
        last = lo if whole else hi - size
        for w in range(lo, last + 1):
            stop = hi - 1 if whole else w + size - 1
            out[offsets[s] + w - lo] = np.uint32(xxh32(buf, word_starts[w], word_ends[stop]))
    return out


@numba.njit(cache=True, parallel=True, nogil=True)
def sorted_word_hashes(buf, word_starts, word_ends, first):
    """xxh32 of every word, each sentence's sorted (``first``: where each sentence's words
    start, one more entry than sentences): a sentence's words as a multiset."""
    n = first.shape[0] - 1
    out = np.empty(first[n], dtype=np.uint32)
    for s in numba.prange(n):
        for w in range(first[s], first[s + 1]):
            out[w] = np.uint32(xxh32(buf, word_starts[w], word_ends[w]))
        out[first[s] : first[s + 1]].sort()
    return out


@numba.njit(cache=True, parallel=True, nogil=True)
def shared_words(hashes, first, left, right):
    """Per pair (``left[p]``, ``right[p]``: sentences of ``sorted_word_hashes``), how many words
    the two hold in common as multisets: a merge of their sorted hashes."""
    out = np.empty(left.shape[0], dtype=np.int64)
    for p in numba.prange(left.shape[0]):
        i, i_end = first[left[p]], first[left[p] + 1]
        j, j_end = first[right[p]], first[right[p] + 1]
        common = 0
        while i < i_end and j < j_end:  # without branches: which side moves is unforeseeable
            x, y = hashes[i], hashes[j]
            common += x == y
            i += x <= y
            j += y <= x
        out[p] = common
    return out


KEY_START = np.uint64(0x9E3779B97F4A7C15)
KEY_M1, KEY_M2 = np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB)
S27, S30, S31 = np.uint64(27), np.uint64(30), np.uint64(31)


@numba.njit(cache=True, nogil=True)
def band_keys(signatures, first, count, rows, bits):
    """The keys of bands ``first`` to ``first + count - 1`` of each signature (n x count):
    ``provenance.matching.bands``'s rule, which its numpy path computes too (the tests hold
    the two to the same keys); ``bits``: how many top bits hold the band's number. On one
    core: the candidates stage asks for each band's keys in a thread of its own (a parallel
    kernel launched from two threads at once starts a team of threads for each)."""
    n = signatures.shape[0]
    out = np.empty((n, count), dtype=np.uint64)
    keep = np.uint64(bits)
    at = np.uint64(64 - bits)
    for s in range(n):
        for c in range(count):
            band = first + c
            state = KEY_START
            for row in range(0, rows, 2):
                word = np.uint64(signatures[s, band * rows + row]) << S32
                if row + 1 < rows:
                    word |= np.uint64(signatures[s, band * rows + row + 1])
                state ^= word
                state ^= state >> S30
                state *= KEY_M1
                state ^= state >> S27
                state *= KEY_M2
                state ^= state >> S31
            if bits:
                state = (state >> keep) | (np.uint64(band) << at)
            out[s, c] = state
    return out
