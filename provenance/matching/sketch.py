"""Sketch kernel: MinHash signatures of a whole batch of sentences at once.

The sentences' normalised words are laid out in one UTF-8 buffer (words joined by single
spaces, so a shingle of ``k`` words is one contiguous byte range). For each sentence the kernel
hashes every shingle with xxh32 (seed 0), pre-mixes it with the MurmurHash3 finalizer and
applies datasketch's ``affine32`` permutations ``a * h + b mod 2**32``, keeping the minimum:
bit for bit what ``datasketch.MinHash(num_perm, seed, hashfunc=xxh32, scheme="affine32")`` gives
when fed the same shingles (the tests hold it to that; datasketch stays the oracle, and the
permutation parameters are taken from it).

With numba installed the kernel is compiled (cached on disk) and runs over both cores; without
it, or for batches too small to repay the compilation, a numpy path computes the same values.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from itertools import chain
from types import ModuleType

import numpy as np
import numpy.typing as npt
import xxhash

from provenance.matching import lsh_parameters
from provenance.matching.lsh_parameters import Permutations


@cache
def numba_module() -> ModuleType | None:
    """numba, imported on first need (worker processes that only read articles never load it,
    nor its compiler); None where it is missing: the numpy path gives the same signatures."""
    try:
        import numba
    except ImportError:  # pragma: no cover - exercised where numba is missing
        return None
    return numba


# Every shingle's xxh32, sentence after sentence, and where each sentence's start (one more
# entry than sentences).
ShingleHashes = tuple[npt.NDArray[np.uint32], npt.NDArray[np.int64]]

# Below this many sentences, compiling the kernel costs more than it saves.
NUMBA_MIN_SENTENCES = 20_000
# Sentences whose words ``word_multisets`` lays out at once.
WORDS_BATCH = 100_000


# the permutations (a, b) as the kernels take them
PermutationArrays = tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint32]]


@cache
def permutations(num_perm: int, seed: int) -> PermutationArrays:
    """datasketch's affine32 parameters (a, b) for this num_perm and seed."""
    a, b = lsh_parameters.permutations(num_perm, seed)
    return np.asarray(a, dtype=np.uint32), np.asarray(b, dtype=np.uint32)


def layout(
    token_lists: Sequence[Sequence[str]],
) -> tuple[npt.NDArray[np.uint8], npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """One buffer of every word followed by a space, with word byte offsets (a 2 x words array
    of start, end) and each sentence's first word index (one more entry than sentences):
    a shingle is the bytes from its first word's start to its last word's end.

    Words are found again in the encoded buffer by their spaces, so no word is encoded on its
    own; words holding a space themselves (``clean`` never makes such) are laid out one by one
    instead."""
    counts = np.fromiter(map(len, token_lists), dtype=np.int64, count=len(token_lists))
    first = np.concatenate(([0], np.cumsum(counts)))
    joined = (" ".join(chain.from_iterable(token_lists)) + " ").encode()
    buffer = np.frombuffer(joined, dtype=np.uint8)
    ends = np.flatnonzero(buffer == ord(" "))
    if len(ends) != first[-1]:
        return _layout_word_by_word(token_lists, first)
    words = np.zeros((2, len(ends)), dtype=np.int64)  # starts, ends: filled, not stacked
    words[0, 1:] = ends[:-1] + 1
    words[1] = ends
    return buffer, words, first


def _layout_word_by_word(
    token_lists: Sequence[Sequence[str]], first: npt.NDArray[np.int64]
) -> tuple[npt.NDArray[np.uint8], npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    encoded = [word.encode() for word in chain.from_iterable(token_lists)]
    lengths = np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded))
    ends = np.cumsum(lengths + 1) - 1
    buffer = np.frombuffer(b" ".join(encoded) + b" ", dtype=np.uint8)
    return buffer, np.vstack([ends - lengths, ends]), first


def _family(num_perm: int, seed: int, family: Permutations | None) -> PermutationArrays:
    """The permutations to sketch with: ``family`` when known already (an index's own,
    ``Settings.permutations``), else datasketch's for ``num_perm`` and ``seed``."""
    if family is None:
        return permutations(num_perm, seed)
    return np.asarray(family[0], dtype=np.uint32), np.asarray(family[1], dtype=np.uint32)


def signatures(
    token_lists: Sequence[Sequence[str]],
    shingle_size: int,
    num_perm: int,
    seed: int,
    family: Permutations | None = None,
) -> npt.NDArray[np.uint32]:
    """One affine32 MinHash signature per sentence (rows), ``num_perm`` values each
    (``family``: the permutations to use, when not datasketch's for ``num_perm`` and
    ``seed``: an index's recorded ones, ``Settings.permutations``)."""
    a, b = _family(num_perm, seed, family)
    buffer, words, first = _laid_out(token_lists)
    if _use_numba(len(token_lists)):
        return compiled_signatures(buffer, words[0], words[1], first, shingle_size, a, b)
    hashes = _numpy_shingle_hashes(buffer, words[0], words[1], first, shingle_size)
    return _numpy_signatures(hashes, _offsets(first, shingle_size), a, b)


def signatures_and_hashes(
    token_lists: Sequence[Sequence[str]],
    shingle_size: int,
    num_perm: int,
    seed: int,
    family: Permutations | None = None,
) -> tuple[npt.NDArray[np.uint32], ShingleHashes]:
    """``signatures`` and ``shingle_hashes`` of the same sentences, laid out once."""
    a, b = _family(num_perm, seed, family)
    buffer, words, first = _laid_out(token_lists)
    hashes, offsets = _hashes(buffer, words, first, shingle_size)
    if _use_numba(len(token_lists)):  # from the hashes: each shingle is hashed once
        found = _compiled_signatures_of()(hashes, offsets, a, b)
        return np.asarray(found, dtype=np.uint32), (hashes, offsets)
    return _numpy_signatures(hashes, offsets, a, b), (hashes, offsets)


def shingle_hashes(token_lists: Sequence[Sequence[str]], shingle_size: int) -> ShingleHashes:
    """xxh32 of every shingle of every sentence (the hash the signatures start from), in
    order, and where each sentence's hashes start (one more entry than sentences)."""
    return _hashes(*_laid_out(token_lists), shingle_size)


def _laid_out(
    token_lists: Sequence[Sequence[str]],
) -> tuple[npt.NDArray[np.uint8], npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    if any(not tokens for tokens in token_lists):
        raise ValueError("cannot sketch a sentence without words")
    return layout(token_lists)


def _use_numba(sentences: int) -> bool:
    return sentences >= NUMBA_MIN_SENTENCES and numba_module() is not None


def _hashes(
    buffer: npt.NDArray[np.uint8],
    words: npt.NDArray[np.int64],
    first: npt.NDArray[np.int64],
    size: int,
) -> ShingleHashes:
    offsets = _offsets(first, size)
    if _use_numba(len(first) - 1):
        found = _compiled_hashes()(buffer, words[0], words[1], first, size, offsets)
        return np.asarray(found, dtype=np.uint32), offsets
    return _numpy_shingle_hashes(buffer, words[0], words[1], first, size), offsets


def _offsets(first: npt.NDArray[np.int64], shingle_size: int) -> npt.NDArray[np.int64]:
    counts = np.maximum(np.diff(first) - shingle_size + 1, 1)
    return np.concatenate(([0], np.cumsum(counts)))


def _numpy_shingle_hashes(
    buffer: npt.NDArray[np.uint8],
    word_starts: npt.NDArray[np.int64],
    word_ends: npt.NDArray[np.int64],
    first: npt.NDArray[np.int64],
    size: int,
) -> npt.NDArray[np.uint32]:
    data = buffer.tobytes()
    ranges = chain.from_iterable(
        _shingle_ranges(word_starts, word_ends, int(first[n]), int(first[n + 1]), size)
        for n in range(len(first) - 1)
    )
    return np.fromiter((xxhash.xxh32_intdigest(data[s:e]) for s, e in ranges), np.uint32)


def _shingle_ranges(
    word_starts: npt.NDArray[np.int64],
    word_ends: npt.NDArray[np.int64],
    first: int,
    stop: int,
    size: int,
) -> list[tuple[int, int]]:
    count = stop - first
    if count <= size:
        return [(int(word_starts[first]), int(word_ends[stop - 1]))]
    return [
        (int(word_starts[i]), int(word_ends[i + size - 1])) for i in range(first, stop - size + 1)
    ]


def _fmix32(h: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint32]:
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def _numpy_signatures(
    hashes: npt.NDArray[np.uint32],
    offsets: npt.NDArray[np.int64],
    a: npt.NDArray[np.uint32],
    b: npt.NDArray[np.uint32],
) -> npt.NDArray[np.uint32]:
    """The signatures from each sentence's shingle hashes (``offsets``: where each starts)."""
    out = np.empty((len(offsets) - 1, len(a)), dtype=np.uint32)
    with np.errstate(over="ignore"):
        mixed = _fmix32(hashes)
        for n in range(len(offsets) - 1):
            found = mixed[offsets[n] : offsets[n + 1]]
            out[n] = (a[:, None] * found[None, :] + b[:, None]).min(axis=1)
    return out


def compiled_signatures(
    buffer: npt.NDArray[np.uint8],
    word_starts: npt.NDArray[np.int64],
    word_ends: npt.NDArray[np.int64],
    first: npt.NDArray[np.int64],
    size: int,
    a: npt.NDArray[np.uint32],
    b: npt.NDArray[np.uint32],
) -> npt.NDArray[np.uint32]:
    """Signatures of the sentences laid out in ``buffer`` by the numba kernels
    (``provenance.matching.sketch_numba``): the shingles' hashes, then the signatures of
    those. The two parallel kernels are called from here, not from a compiled function: numba
    can crash loading from its on-disk cache a non-parallel function that calls parallel ones
    (numba issues 4807 and 8578; seen here as a segfault in the tests)."""
    offsets = _offsets(first, size)
    hashes = _compiled_hashes()(buffer, word_starts, word_ends, first, size, offsets)
    found = _compiled_signatures_of()(hashes, offsets, a, b)
    return np.asarray(found, dtype=np.uint32)


def word_multisets(
    token_lists: Sequence[Sequence[str]],
) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.int64]] | None:
    """Each sentence's words as a multiset: the xxh32 of every word, each sentence's sorted,
    and where each sentence's start (one more entry than sentences); None without numba.

    Two sentences hold at most as many words in common, in order or not, as their multisets
    share; hashes that collide only make that count larger, never smaller. Laid out a batch of
    sentences at a time: a layout holds 20 bytes a word, the hashes 4."""
    if numba_module() is None:
        return None
    hashes = [np.empty(0, np.uint32)]
    starts = [np.zeros(1, np.int64)]
    for start in range(0, len(token_lists), WORDS_BATCH):
        buffer, words, first = layout(token_lists[start : start + WORDS_BATCH])
        hashes.append(_compiled_word_hashes()(buffer, words[0], words[1], first))
        starts.append(first[1:] + starts[-1][-1])
    return np.concatenate(hashes), np.concatenate(starts)


@cache
def _compiled_word_hashes():  # type: ignore[no-untyped-def]
    from provenance.matching.sketch_numba import sorted_word_hashes

    return sorted_word_hashes


@cache
def _compiled_signatures_of():  # type: ignore[no-untyped-def]
    from provenance.matching.sketch_numba import signatures_of

    return signatures_of


@cache
def _compiled_hashes():  # type: ignore[no-untyped-def]
    from provenance.matching.sketch_numba import shingle_hashes

    return shingle_hashes
