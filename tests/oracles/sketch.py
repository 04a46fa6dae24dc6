"""Sketch stage: one MinHash signature per sentence.

Shingles are hashed with xxh32 (seed 0): deterministic across processes and machines, unlike
Python's salted ``hash()``. The permutation scheme is datasketch's ``affine32``. The run uses
``provenance.matching.sketch`` (a whole batch at once); ``sketch`` computes the same signatures with
datasketch itself and is the kernel's test oracle.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
import xxhash
from datasketch import MinHash

from provenance.settings import MINHASH_SCHEME, Settings


def shingle_hash(shingle: bytes) -> int:
    return xxhash.xxh32_intdigest(shingle)


def sketch(shingle_sets: Sequence[Sequence[bytes]], settings: Settings) -> list[MinHash]:
    """MinHash signatures, one per shingle set, all with the run's seed and num_perm."""
    if any(not s for s in shingle_sets):
        raise ValueError("cannot sketch an empty shingle set")
    sketches: list[MinHash] = MinHash.bulk(
        shingle_sets,
        num_perm=settings.num_perm,
        seed=settings.seed,
        hashfunc=shingle_hash,
        scheme=MINHASH_SCHEME,
    )
    return sketches


def signature(minhash: MinHash) -> npt.NDArray[np.uint64]:
    """The raw signature values, for tests and persistence."""
    return np.asarray(minhash.hashvalues, dtype=np.uint64)


def signature_matrix(minhashes: Sequence[MinHash]) -> npt.NDArray[np.uint64]:
    """One row per MinHash: the form the candidates stage takes."""
    return np.vstack([signature(m) for m in minhashes])
