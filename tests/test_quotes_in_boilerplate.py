"""``steps._in_boilerplate`` (told at once for a document without boilerplate) is the plain
rule: every part of the quote inside one of its document's boilerplate spans."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from provenance.model import Quote
from provenance.pipeline.steps import _in_boilerplate

span = st.tuples(st.integers(0, 20), st.integers(0, 20)).map(sorted).map(tuple)


@given(
    st.lists(span, max_size=3),
    st.lists(st.lists(span, max_size=2), min_size=1, max_size=3),
    st.data(),
)
def test_a_quote_is_in_boilerplate_when_every_part_lies_in_a_span(
    parts: list[tuple[int, int]], boilerplate: list[list[tuple[int, int]]], data: st.DataObject
) -> None:
    doc = data.draw(st.integers(0, len(boilerplate) - 1))
    quote = Quote("q", doc, tuple(parts))
    expected = all(any(s <= a and b <= e for s, e in boilerplate[doc]) for a, b in parts)
    assert _in_boilerplate(quote, boilerplate) == expected
