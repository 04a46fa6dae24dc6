"""The LSH candidates' first cut by the compiled kernel (``candidates_numba.sharing``): every
signature whose band key another holds is kept (a few more too, told apart after), so the
candidate pairs are those the NumPy sort gives."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.matching import candidates
from provenance.matching.passages import distinct_pairs
from provenance.pipeline.steps import CandidatesStep
from provenance.settings import Settings

pytest.importorskip("numba")


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(0, 2**64 - 1), min_size=1, max_size=300),
    st.lists(st.integers(0, 299), max_size=100),
)
def test_the_compiled_cut_keeps_every_signature_sharing_its_key(
    values: list[int], copies: list[int]
) -> None:
    """Keys drawn at random, some copied from others (shared), some agreeing with another
    only in their low bits (kept or not: ``buckets`` tells them apart)."""
    keys = list(values)
    for k in copies:
        keys.append(keys[k % len(keys)])
        keys.append(keys[k % len(keys)] ^ (1 << 60))  # the same low bits, another key
    array = np.asarray(keys, np.uint64)
    exact = set(candidates._sharing(array, compiled=False).tolist())
    found = candidates._sharing(array, compiled=True)
    assert found.tolist() == sorted(found.tolist())
    kept = set(found.tolist())
    assert {k for k in range(len(keys)) if keys.count(keys[k]) > 1} <= kept
    assert {k for k in exact if keys.count(keys[k]) > 1} <= kept


def test_candidate_pairs_are_the_same_with_the_compiled_cut(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Signatures of sentences that agree on a few bands, over many documents."""
    rng = np.random.default_rng(3)
    settings_ = Settings()
    bases = rng.integers(0, 2**32, (300, settings_.num_perm), dtype=np.uint64)
    rows = []
    for k in range(3000):
        row = rng.integers(0, 2**32, settings_.num_perm, dtype=np.uint64)
        if k % 3:  # a copy of a base in some of its bands
            base = bases[rng.integers(0, len(bases))]
            mask = rng.random(settings_.num_perm) < 0.6
            row[mask] = base[mask]
        rows.append(row)
    signatures = np.asarray(rows, np.uint32)
    owners = (np.arange(len(rows)) // 7).tolist()
    monkeypatch.setattr(candidates, "COMPILED_MIN_KEYS", 10**12)
    expected = candidates.find_candidates(signatures, owners, settings_)
    monkeypatch.setattr(candidates, "COMPILED_MIN_KEYS", 0)
    found = candidates.find_candidates(signatures, owners, settings_)
    assert found == expected and len(found.pairs) > 100


pair_lists = st.lists(
    st.tuples(st.integers(0, 40), st.integers(0, 40)).filter(lambda p: p[0] < p[1]), max_size=60
)


@settings(max_examples=300, deadline=None)
@given(pair_lists, pair_lists, st.booleans())
def test_merged_pairs_are_both_sets_each_once_in_order(
    first: list[tuple[int, int]], second: list[tuple[int, int]], distinct: bool
) -> None:
    """Sorted and distinct as the candidates step gets them (``distinct``), else in any order:
    the pairs ``distinct_pairs`` gives of both."""
    a = np.asarray(first, np.int64).reshape(-1, 2)
    b = np.asarray(second, np.int64).reshape(-1, 2)
    if distinct:
        a, b = distinct_pairs(a, 41), distinct_pairs(b, 41)
    expected = distinct_pairs(np.concatenate([b, a]), 41)
    assert np.array_equal(CandidatesStep.merged(a, b, 41), expected)
