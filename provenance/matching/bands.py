"""LSH band keys: the one rule for which sentences share a bucket, in every engine and index.

A MinHash signature of ``num_perm`` values is cut into ``bands`` bands of ``rows`` values
(``Settings.bands_rows``); two sentences are LSH candidates when one of their band keys is the
same. ``trace`` (in memory, low-memory parts and Spark) and both ``check`` indexes (SQLite and
Redis) take their keys from ``band_key`` and from nothing else.

A key is 64 bits. Its top bits are the band's number, so keys of different bands never meet and
a store may keep every band in one table. The rest is a hash of the band's values: consecutive
pairs of 32-bit values are folded in as 64-bit words, each through the splitmix64 finaliser (a
bijection with full avalanche). Two different bands of values share a key with probability about
2^-(64 - band bits) per pair of sentences: then the pair is a candidate that verification rejects.
The arithmetic is on unsigned 64-bit integers, the same on every machine and in every process
(Python's ``hash`` is never used): numpy's for a few signatures (an index's check of one
article), a compiled kernel's (``sketch_numba.band_keys``, the same keys) for a corpus's.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

from provenance.matching.sketch import numba_module

_START = np.uint64(0x9E3779B97F4A7C15)  # the golden ratio's 64 bits
_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
_32 = np.uint64(32)
# Signatures from which the compiled kernel computes the keys (32 bands of a million sentences:
# 1.3 s of numpy, 0.05 s compiled); below, loading it costs more than it saves.
COMPILED_MIN_SIGNATURES = 20_000


def band_bits(bands: int) -> int:
    """How many of a key's top bits hold its band's number."""
    if bands < 1:
        raise ValueError("at least one band is required")
    return (bands - 1).bit_length()


def band_key(
    signatures: npt.NDArray[np.unsignedinteger[Any]], band: int, bands: int, rows: int
) -> npt.NDArray[np.uint64]:
    """Each signature's key for one band (``signatures``: n x num_perm, 32-bit values)."""
    if not 0 <= band < bands:
        raise ValueError(f"band {band} is not one of {bands}")
    return band_keys(signatures, bands, rows, range(band, band + 1))[:, 0]


def band_keys(
    signatures: npt.NDArray[np.unsignedinteger[Any]],
    bands: int,
    rows: int,
    which: range | None = None,
) -> npt.NDArray[np.uint64]:
    """Every band's key of each signature, n x bands: column b is ``band_key`` of band b
    (computed for all bands at once); ``which``: only these bands' keys (consecutive ones),
    a column each."""
    values = _values(signatures, bands, rows)
    which = range(bands) if which is None else which
    if which.step != 1 or not 0 <= which.start <= which.stop <= bands:
        raise ValueError(f"bands {which} are not consecutive bands of {bands}")
    if _compiled(len(values)):
        return _compiled_keys(signatures, which.start, len(which), rows, band_bits(bands))
    numbers = np.arange(which.start, which.stop, dtype=np.uint64)
    return _keys(values[:, which.start : which.stop], numbers, bands)


def _compiled(signatures: int) -> bool:
    return signatures >= COMPILED_MIN_SIGNATURES and numba_module() is not None


def _compiled_keys(
    signatures: npt.NDArray[np.unsignedinteger[Any]], first: int, count: int, rows: int, bits: int
) -> npt.NDArray[np.uint64]:
    from provenance.matching.sketch_numba import band_keys as kernel

    found: npt.NDArray[np.uint64] = kernel(
        signatures.astype(np.uint32, copy=False), first, count, rows, bits
    )
    return found


def _values(
    signatures: npt.NDArray[np.unsignedinteger[Any]], bands: int, rows: int
) -> npt.NDArray[np.unsignedinteger[Any]]:
    """The signatures' band values, n x bands x rows, checked."""
    if signatures.ndim != 2 or signatures.shape[1] < bands * rows or rows < 1:
        raise ValueError(f"signatures of {bands} x {rows} values are required")
    used = signatures[:, : bands * rows]
    if used.dtype != np.uint32 and used.size and int(used.max()) >= 2**32:
        raise ValueError("signature values must fit in 32 bits")
    return used.reshape(len(signatures), bands, rows)


def _keys(
    values: npt.NDArray[np.unsignedinteger[Any]], numbers: npt.NDArray[np.uint64], bands: int
) -> npt.NDArray[np.uint64]:
    """The keys of bands (``values``: n x m x rows) whose numbers are ``numbers`` (m)."""
    rows = values.shape[2]
    state = np.full(values.shape[:2], _START, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for row in range(0, rows, 2):
            word = values[:, :, row].astype(np.uint64) << _32
            if row + 1 < rows:
                word |= values[:, :, row + 1]
            state ^= word
            _finalise(state)
    bits = band_bits(bands)
    if not bits:
        return state
    state >>= np.uint64(bits)
    state |= numbers << np.uint64(64 - bits)
    return state


def _finalise(z: npt.NDArray[np.uint64]) -> None:
    """splitmix64's finaliser, in place."""
    z ^= z >> np.uint64(30)
    z *= _M1
    z ^= z >> np.uint64(27)
    z *= _M2
    z ^= z >> np.uint64(31)
