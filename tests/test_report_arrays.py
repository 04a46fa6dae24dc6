"""Report columns made on arrays: shares written as ``tables._share`` writes them one by one."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.clustering.attribute import SHARE_PLACES
from provenance.model import Document
from provenance.reports import tables


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 10**7), st.integers(1, 10**7)), max_size=60))
def test_rounded_shares_are_written_as_one_by_one(rows: list[tuple[int, int]]) -> None:
    """Shares as attribution rounds them (up to and past 1: a side may hold more than its
    document's counted characters when boilerplate is left out of the whole)."""
    values = [round(chars / total, SHARE_PLACES) for chars, total in rows]
    assert tables._rounded_shares(values).to_list() == [tables._share(v) for v in values]


def test_rounded_shares_at_the_edges() -> None:
    values = [0.0, 1.0, 0.0001, 0.9999, 0.5, 0.00005, 2.5, 0.1235, 0.3333, 12.0]
    values = [round(v, SHARE_PLACES) for v in values]
    assert tables._rounded_shares(values).to_list() == [tables._share(v) for v in values]
    assert tables._rounded_shares([]).to_list() == []


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([None, "wire", "echo", "post"]), min_size=1, max_size=12),
    st.lists(st.lists(st.integers(0, 11), min_size=1, max_size=6, unique=True), max_size=20),
)
def test_outlet_columns_are_counted_as_one_by_one(
    outlets: list[str | None], groups: list[list[int]]
) -> None:
    """Clusters of one document or many, outlets known and unknown."""
    docs = [
        Document.from_text("text", doc_id=f"d{k:02d}", outlet=outlet)
        for k, outlet in enumerate(outlets)
    ]
    members = [tuple(sorted(d % len(docs) for d in set(group))) for group in groups]
    n_outlets, same = tables._Outlets.of(docs, members).columns()
    assert n_outlets == [tables.count_outlets([outlets[d] for d in m]) for m in members]
    assert same == [tables.same_outlet([outlets[d] for d in m]) for m in members]
