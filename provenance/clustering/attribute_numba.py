"""The compiled kernel (numba) behind attribution's character counts (``attribute._Run``).

``kept_bits``: which characters of a run of documents laid end to end are kept (other than
white space, outside boilerplate), a bit each, and the running count of kept characters before
every eighth, in one pass over the code points. NumPy makes it in six (three to tell white
space, the masking of boilerplate, packing the bits, a running sum of their counts), each
writing an array as long as the text; here every character is read once and only the bits and
the counts are written.

Imported only when numba is installed and the run has enough text to repay loading it;
module-level functions so that numba's on-disk cache applies. Without it the counts are
NumPy's (the same: a test holds them to it).
"""

# mypy: disable-error-code="no-untyped-def,misc"

from __future__ import annotations

import numba
import numpy as np


@numba.njit(cache=True, nogil=True)
def kept_bits(points, kept, bits_set, offsets, span_starts, span_ends, bits, before, non_space):
    """Into ``bits`` (a byte per eight characters, and one more: little-endian bit order) the
    kept characters of ``points`` (code points): those whose ``kept`` entry (1 or 0, looked up
    at the last entry for any code point past it) is 1 and that no span (``span_starts``
    to ``span_ends``, places in the run) holds (``bits`` zeroed); into ``before``, per byte,
    the kept characters before it (``bits_set``: per byte value, its bits set); into
    ``non_space``, per document (``offsets``: where each starts, then the
    end), its characters other than white space, boilerplate or not."""
    size = len(points)
    last = len(kept) - 1
    n_docs = len(offsets) - 1
    # the bits, eight characters a byte, built in a register without a branch
    for byte in range(size // 8):
        value = 0
        for j in range(8):
            value |= kept[min(points[byte * 8 + j], last)] << j
        bits[byte] = value
    value = 0
    for i in range(size - size % 8, size):
        value |= kept[min(points[i], last)] << (i & 7)
    bits[size // 8] = value
    _running(bits, bits_set, before)
    for doc in range(n_docs):
        non_space[doc] = _before(bits, bits_set, before, offsets[doc + 1]) - _before(
            bits, bits_set, before, offsets[doc]
        )
    if len(span_starts):
        for k in range(len(span_starts)):
            for i in range(span_starts[k], span_ends[k]):
                bits[i >> 3] &= np.uint8(~(1 << (i & 7)) & 0xFF)
        _running(bits, bits_set, before)


@numba.njit(cache=True, nogil=True)
def _running(bits, bits_set, before):
    """Per byte of ``bits``, the bits set before it."""
    total = 0
    for byte in range(len(bits)):
        before[byte] = total
        total += bits_set[bits[byte]]


@numba.njit(cache=True, nogil=True)
def _before(bits, bits_set, before, place):
    """The bits set before ``place``."""
    byte = place >> 3
    return before[byte] + bits_set[bits[byte] & ((1 << (place & 7)) - 1)]
