"""The compiled kernel (numba) behind the LSH candidates' first cut (``candidates._sharing``).

``sharing``: which signatures hold a band key that another one holds too. NumPy sorts every
key of the band to find them (about 16 ms for half a million keys, 32 bands a run); most keys
are held once, and two bitmaps of their low bits (a band key is a well-mixed hash already) small
enough to stay in the processor's cache keep those few and a few more, which are sorted.

Imported only when numba is installed and there are enough signatures to repay loading it;
module-level functions so that numba's on-disk cache applies. Without it the cut is NumPy's
(the same candidates: a test holds them to it).
"""

# mypy: disable-error-code="no-untyped-def,misc"

from __future__ import annotations

import numba
import numpy as np


@numba.njit(cache=True, nogil=True)
def sharing(keys, seen, twice):
    """Per signature, whether another signature's key agrees with its key in its low bits
    (``keys``: each one's band key; ``seen``, ``twice``: bitmaps of a power of two bits, a few
    times as many as the keys, zeroed): every signature sharing its key, and a few more (keys
    that agree only in those bits), which sorting them tells apart after."""
    mask = np.uint64(len(seen) * 8 - 1)
    for i in range(len(keys)):
        place = keys[i] & mask
        byte, bit = place >> np.uint64(3), np.uint8(1 << (place & np.uint64(7)))
        if seen[byte] & bit:
            twice[byte] |= bit
        else:
            seen[byte] |= bit
    held = np.empty(len(keys), np.bool_)
    for i in range(len(keys)):
        place = keys[i] & mask
        held[i] = (twice[place >> np.uint64(3)] & np.uint8(1 << (place & np.uint64(7)))) != 0
    return held
