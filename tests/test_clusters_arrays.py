"""``clusters.components`` (of sentence matches), ``with_passages`` (components joined by
passage links), ``_consecutive`` (groups of sentences joined when one follows the other in
every document holding them) and ``with_fragments`` (quote fragments joined to the components
they hit) give what the plain versions in ``tests/oracles`` give."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.clustering.clusters import _consecutive
from provenance.clustering.clusters import components as matched
from provenance.clustering.clusters import with_fragments as attached
from provenance.clustering.clusters import with_passages as joined
from provenance.matching.fragments import Fragment, Hit
from provenance.model import Match, Sentence
from tests.oracles.clusters import components, consecutive, with_fragments, with_passages


@st.composite
def layouts(draw: st.DrawFn) -> tuple[list[list[int]], list[Sentence]]:
    """Matchable sentences of a few documents (positions with gaps: short sentences between)
    and disjoint groups of some of them."""
    sentences: list[Sentence] = []
    for doc in range(draw(st.integers(1, 4))):
        position = 0
        for _ in range(draw(st.integers(0, 8))):
            position += draw(st.sampled_from([1, 1, 1, 2]))
            sentences.append(Sentence(doc, position, 0, 0, 1, ("w",)))
    labels = draw(st.lists(st.integers(-1, 4), min_size=len(sentences), max_size=len(sentences)))
    found: dict[int, list[int]] = {}
    for sid, label in enumerate(labels):
        if label >= 0:
            found.setdefault(label, []).append(sid)
    return sorted(found.values()), sentences


@settings(max_examples=300, deadline=None)
@given(layouts())
def test_the_array_version_merges_as_the_plain_one(
    layout: tuple[list[list[int]], list[Sentence]],
) -> None:
    groups, sentences = layout
    assert _consecutive(groups, sentences) == consecutive(groups, sentences)


def test_a_readout_reprinted_whole_is_one_group_and_a_copy_that_stops_is_not() -> None:
    """Documents 0 and 1 print sentences A B C in a row, document 2 only A B: A and B are
    held by all three and B follows A everywhere; C is held by two only."""
    sentences = [Sentence(d, p, 0, 0, 1, ("w",)) for d in (0, 1) for p in (1, 2, 3)]
    sentences += [Sentence(2, p, 0, 0, 1, ("w",)) for p in (1, 2)]
    a, b, c = [0, 3, 6], [1, 4, 7], [2, 5]
    assert _consecutive([a, b, c], sentences) == [[0, 1, 3, 4, 6, 7], [2, 5]]


@settings(max_examples=300, deadline=None)
@given(layouts(), st.data())
def test_links_join_components_as_the_plain_version_does(
    layout: tuple[list[list[int]], list[Sentence]], data: st.DataObject
) -> None:
    """Links between sentences of two components, of one, and of none (a passage in sentences
    no match holds), in any order: never two components of matched sentences merged."""
    groups, sentences = layout
    if not sentences:
        return
    sid = st.integers(0, len(sentences) - 1)
    links = data.draw(st.lists(st.tuples(sid, sid).filter(lambda p: p[0] != p[1]), max_size=8))
    assert joined(groups, links, sentences) == with_passages(groups, links, sentences)


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=40))
def test_components_of_matches_are_the_plain_union_finds(pairs: list[tuple[int, int]]) -> None:
    matches = [Match(a, b, 100.0, (0, 1), (0, 1)) for a, b in pairs]
    assert matched(matches) == components(matches)


# members, sentences, fragments, their homes, hits, and the passages' spans per member
FragmentCase = tuple[
    list[list[int]],
    list[Sentence],
    list[Fragment],
    list[int | None],
    list[Hit],
    list[list[tuple[int, int, int]]],
]


@st.composite
def fragment_hits(draw: st.DrawFn) -> FragmentCase:
    """Components of sentences (some empty, as a passage's own component is), quote fragments
    and their homes, hits of fragments in sentences inside and outside the components, with
    scores that tie, and spans that overlap, touch, repeat and are empty (the cases grouping
    tells apart), and the passages' spans per component."""
    groups, sentences = draw(layouts())
    if not sentences:
        sentences = [Sentence(0, 1, 0, 0, 1, ("w",))]
    n_docs = max(s.doc for s in sentences) + 1
    members = [*groups, *([] for _ in range(draw(st.integers(0, 2))))]
    place = st.integers(0, 12)
    fragments = []
    for _ in range(draw(st.integers(0, 6))):
        start = draw(place)
        end = start + draw(st.integers(0, 4))
        fragments.append(Fragment(draw(st.integers(0, n_docs - 1)), ("w",), (start,), (end,)))
    component = st.one_of(st.none(), st.integers(0, len(members) - 1)) if members else st.none()
    homes = [draw(component) for _ in fragments]
    hits = []
    if fragments:
        for _ in range(draw(st.integers(0, 12))):
            sid = draw(st.integers(0, len(sentences) - 1))
            start = draw(place)
            end = start + draw(st.integers(0, 4))
            score = draw(st.sampled_from([0.5, 0.75, 1.0]))
            fragment = draw(st.integers(0, len(fragments) - 1))
            hits.append(Hit(fragment, sid, sentences[sid].doc, start, end, score))
    span = st.tuples(st.integers(0, n_docs - 1), place, place)
    passage_spans = [draw(st.lists(span, max_size=2)) for _ in members]
    return members, sentences, fragments, homes, hits, passage_spans


@settings(max_examples=500, deadline=None)
@given(fragment_hits(), st.booleans())
def test_fragments_join_components_as_the_plain_version_does(
    case: FragmentCase, with_passage_spans: bool
) -> None:
    members, sentences, fragments, homes, hits, passage_spans = case
    spans = passage_spans if with_passage_spans else []
    assert attached(members, sentences, fragments, homes, hits, spans) == with_fragments(
        members, sentences, fragments, homes, hits, spans
    )
