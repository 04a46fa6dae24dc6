"""Identical sentences' matches expanded on arrays (``identical.expand``) are the pairs the
one-by-one rule makes (``tests/oracles/identical.py``), in the same order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.matching.identical import expand, group_identical
from provenance.model import Match, Sentence
from tests.oracles.identical import expand as expand_one_by_one


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["a", "b", "c", "d"]), st.integers(0, 4)), min_size=1, max_size=40
    ),
    st.data(),
)
def test_expanding_on_arrays_gives_the_one_by_one_pairs(
    items: list[tuple[str, int]], data: st.DataObject
) -> None:
    # sentences of one word (so that identical ones are many), in up to five documents
    sentences = [Sentence(doc, k, 0, 0, 1, (word, "w")) for k, (word, doc) in enumerate(items)]
    groups = group_identical(sentences)
    firsts = [members[0] for members in groups]
    matches = [
        Match(a, b, data.draw(st.floats(70, 100)), (0, 1), (1, 3))
        for a, b in data.draw(st.lists(st.tuples(st.sampled_from(firsts), st.sampled_from(firsts))))
    ]
    assert expand(groups, matches, sentences) == expand_one_by_one(groups, matches, sentences)
