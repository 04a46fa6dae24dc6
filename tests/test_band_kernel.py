"""The compiled band keys (``sketch_numba.band_keys``) are ``bands``' numpy keys, bit for bit,
for every band shape, and the candidates' bucketing by sorted values finds what an argsort
finds."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.matching import bands as bands_module
from provenance.matching import candidates as candidates_module
from provenance.matching.bands import band_key, band_keys
from provenance.matching.candidates import band_candidates, buckets, pairs_within

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


def _by_argsort(
    keys: npt.NDArray[np.uint64], owner: npt.NDArray[np.int64]
) -> tuple[list[int], set[int]]:
    """The band's pairs the way the stage once found them: every bucket by an argsort."""
    order, starts, sizes = buckets(keys)
    wanted = (sizes > 1) & (sizes <= candidates_module.MAX_BUCKET)
    i, j = pairs_within(order, starts[wanted], sizes[wanted])
    differ = owner[i] != owner[j]
    too_big = set(keys[order[starts]][sizes > candidates_module.MAX_BUCKET].tolist())
    return sorted((i[differ] * len(keys) + j[differ]).tolist()), too_big


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from([0, 1, 2, 3, 2**63, 2**63 + 1, 2**64 - 1, 5 << 40]), min_size=1, max_size=60
    ),
    st.integers(0, 4),
    st.integers(1, 6),
)
def test_bucketing_by_sorted_values_finds_every_bucket(
    values: list[int], owners: int, largest: int
) -> None:
    # keys that agree in their high bits but not in their lowest one (v and v ^ 1)
    keys = np.asarray(values + [v ^ 1 for v in values[::3]], np.uint64)
    owner = np.arange(len(keys), dtype=np.int64) % (owners + 1)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(candidates_module, "MAX_BUCKET", largest)
        found, too_big = band_candidates(keys, owner)
        assert (sorted(found.tolist()), too_big) == _by_argsort(keys, owner)
