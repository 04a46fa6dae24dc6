"""The matching stages' key sorts and distinct keys give NumPy's answers (distinct rows on both
sides of the size where polars takes over)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from provenance.matching.sorting import (
    LARGE_ROWS,
    sort_keys,
    stable_order,
    unique_keys,
    unique_rows,
)


@pytest.mark.parametrize("dtype", [np.int64, np.uint64])
@pytest.mark.parametrize("size", [0, 1, 2, 1000, (1 << 20) + 1])
def test_sorted_and_distinct_keys_are_numpys(dtype: type, size: int) -> None:
    rng = np.random.default_rng(size)
    high = 2**62 if dtype is np.int64 else 2**64 - 1
    keys = rng.integers(0, high, size, dtype=dtype, endpoint=False)
    keys[: size // 3] = keys[size // 3 : 2 * (size // 3)]  # a third repeated
    found = sort_keys(keys)
    assert found.dtype == keys.dtype and np.array_equal(found, np.sort(keys))
    distinct = unique_keys(keys)
    assert distinct.dtype == keys.dtype and np.array_equal(distinct, np.unique(keys))


@given(hnp.arrays(np.int64, st.integers(0, 200), elements=st.integers(-(2**63), 2**63 - 1)))
def test_small_arrays_of_any_keys(keys: np.ndarray) -> None:
    assert np.array_equal(sort_keys(keys), np.sort(keys))
    assert np.array_equal(unique_keys(keys), np.unique(keys))


@given(hnp.arrays(np.uint64, st.integers(0, 200)), st.integers(0, 200))
def test_keys_sorted_in_place_are_the_callers_array_sorted(keys: np.ndarray, cut: int) -> None:
    """A view (the part of a buffer a kernel filled) sorted where it lies; a copy untouched."""
    expected = np.sort(keys[:cut])
    kept = keys.copy()
    assert np.array_equal(sort_keys(keys[cut:]), np.sort(keys[cut:]))
    assert np.array_equal(keys, kept)  # a copy by default: the caller's array as it was
    found = sort_keys(keys[:cut], in_place=True)
    assert np.array_equal(found, expected)
    assert not len(found) or np.shares_memory(found, keys)
    assert np.array_equal(keys[:cut], expected) and np.array_equal(keys[cut:], kept[cut:])


@pytest.mark.parametrize("size", [0, 1, LARGE_ROWS - 1, LARGE_ROWS + 1])
def test_distinct_rows_are_numpys(size: int) -> None:
    rng = np.random.default_rng(size)
    table = rng.integers(0, 40, (size, 5), dtype=np.int64)  # many repeated rows
    table[:, 4] = rng.integers(0, 2, size)
    found = unique_rows(table)
    assert found.dtype == np.int64 and np.array_equal(found, np.unique(table, axis=0))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 2**32 - 1) | st.integers(0, 5), max_size=300))
def test_stable_order_is_a_stable_argsort(values: list[int]) -> None:
    """Values sorted as keys above their positions: ties (many, among small values) in order
    of position, as a stable sort leaves them."""
    array = np.asarray(values, np.uint32)
    assert stable_order(array).tolist() == np.argsort(array, kind="stable").tolist()
