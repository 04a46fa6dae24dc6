"""The compiled band keys (``sketch_numba.band_keys``) are ``bands``' numpy keys, bit for bit,
for every band shape."""

from __future__ import annotations

import numpy as np
import pytest

from provenance.matching import bands as bands_module
from provenance.matching.bands import band_key, band_keys

SHAPES = [(32, 4), (37, 3), (64, 2), (9, 13), (5, 25), (1, 128), (128, 1)]


@pytest.mark.parametrize(("bands", "rows"), SHAPES)
def test_compiled_keys_are_the_numpy_keys(
    bands: int, rows: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = np.random.default_rng(bands * 1000 + rows)
    signatures = rng.integers(0, 2**32, (500, bands * rows + 3), dtype=np.uint64)
    signatures[::7] = signatures[3]  # some rows alike
    signatures = signatures.astype(np.uint32)
    monkeypatch.setattr(bands_module, "COMPILED_MIN_SIGNATURES", 0)
    compiled = band_keys(signatures, bands, rows)
    some = band_keys(signatures, bands, rows, range(bands // 2, bands))
    one = band_key(signatures, bands - 1, bands, rows)
    monkeypatch.setattr(bands_module, "COMPILED_MIN_SIGNATURES", 10**9)
    plain = band_keys(signatures, bands, rows)
    assert np.array_equal(compiled, plain)
    assert np.array_equal(some, plain[:, bands // 2 :])
    assert np.array_equal(one, plain[:, -1])
    with pytest.raises(ValueError, match="consecutive"):
        band_keys(signatures, bands, rows, range(0, bands + 1))
