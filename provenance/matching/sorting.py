"""Sorting the integer keys the matching stages join on (n-gram hashes with positions, pairs
of sentences, diagonals of shared runs).

NumPy sorts tens of millions of 64-bit keys in seconds; polars' sort gives the same order
(integers have only one) about three times faster on this machine's two cores. Small arrays
stay with NumPy: they are quick, and a command that sorts only a few keys (``check`` on one
article) need not import polars for them.
"""

from __future__ import annotations

from typing import TypeVar

import numpy as np
import numpy.typing as npt

LARGE = 1 << 20  # keys from which polars sorts them
LARGE_ROWS = 1 << 16  # rows of a table from which polars finds the distinct ones (5x NumPy)

Key = TypeVar("Key", np.int64, np.uint64)


def sort_keys(keys: npt.NDArray[Key]) -> npt.NDArray[Key]:
    """A sorted copy of ``keys`` (one-dimensional integers; the result may be read-only)."""
    if len(keys) < LARGE:
        return np.sort(keys)
    import polars as pl  # only for large arrays: see the module's text

    found: npt.NDArray[Key] = pl.Series(keys).sort().to_numpy()
    return found


def unique_keys(keys: npt.NDArray[Key]) -> npt.NDArray[Key]:
    """The distinct ``keys``, sorted (``np.unique`` of one-dimensional integers)."""
    found = sort_keys(keys)
    if not len(found):
        return found
    kept: npt.NDArray[Key] = found[np.concatenate(([True], found[1:] != found[:-1]))]
    return kept


def unique_rows(table: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """The distinct rows of a two-dimensional table of integers, sorted as tuples
    (``np.unique(table, axis=0)``)."""
    if len(table) < LARGE_ROWS:
        found: npt.NDArray[np.int64] = np.unique(table, axis=0)
        return found
    import polars as pl  # only for large tables: see the module's text

    names = [f"c{k}" for k in range(table.shape[1])]
    frame = pl.DataFrame(table, schema=names, orient="row").unique().sort(names)
    found = frame.to_numpy().astype(np.int64, copy=False)
    return found
