"""Each quote fragment's home found on arrays (``steps._homes``) is the one the plain version
finds word by word (``oracles.homes``)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.matching.fragments import Fragment
from provenance.model import Sentence
from provenance.pipeline.steps import _homes
from tests.oracles.homes import homes


@st.composite
def cases(
    draw: st.DrawFn,
) -> tuple[list[Fragment], dict[int, tuple[int, int]], list[Sentence], list[list[int]]]:
    """Three documents of sentences 10 characters apart, some aligned (their spans), some in
    components; fragments of words 2 characters apart, inside, across or outside them."""
    sentences = []
    for doc in range(3):
        for k in range(draw(st.integers(0, 5))):
            sentences.append(Sentence(doc, k, 0, 10 * k, 10 * k + 9, ("word",)))
    spans = {}
    for sid, sentence in enumerate(sentences):
        if draw(st.booleans()):
            start = sentence.start + draw(st.integers(0, 3))
            spans[sid] = (start, start + draw(st.integers(1, 9)))
    ids = list(range(len(sentences)))
    groups = draw(st.lists(st.lists(st.sampled_from(ids), max_size=4), max_size=4)) if ids else []
    members: list[list[int]] = []
    placed: set[int] = set()
    for group in groups:  # a sentence in one component at most
        kept = sorted({sid for sid in group if sid not in placed})
        placed.update(kept)
        members.append(kept)
    fragments = []
    for _ in range(draw(st.integers(0, 6))):
        doc = draw(st.integers(0, 2))
        first = draw(st.integers(0, 30))
        n = draw(st.integers(1, 6))
        starts = tuple(first + 2 * k for k in range(n))
        ends = tuple(s + draw(st.integers(1, 2)) for s in starts)
        fragments.append(Fragment(doc, ("w",) * n, starts, ends))
    return fragments, spans, sentences, members


@settings(max_examples=400, deadline=None)
@given(cases())
def test_the_homes_are_the_plain_versions(
    case: tuple[list[Fragment], dict[int, tuple[int, int]], list[Sentence], list[list[int]]],
) -> None:
    fragments, spans, sentences, members = case
    assert _homes(fragments, spans, sentences, members) == homes(
        fragments, spans, sentences, members
    )


def test_a_tie_goes_to_the_first_component() -> None:
    # two words, one in each of two components' sentences: a tie, and half the words each
    sentences = [Sentence(0, 0, 0, 0, 9, ("word",)), Sentence(0, 1, 0, 10, 19, ("word",))]
    spans = {0: (0, 9), 1: (10, 19)}
    fragment = Fragment(0, ("a", "b"), (5, 12), (7, 14))
    for members in ([[0], [1]], [[1], [0]]):
        found = _homes([fragment], spans, sentences, members)
        assert found == homes([fragment], spans, sentences, members) == [0]
