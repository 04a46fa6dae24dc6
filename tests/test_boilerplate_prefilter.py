"""``boilerplate.boilerplate_components`` puts to the learning rules only the components that
could be learned (enough documents, or a member in a plea), and counts pattern-marked members
on arrays: it finds what the plain version finds, which puts every component to the rules."""

from __future__ import annotations

from typing import NamedTuple
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.text import boilerplate
from provenance.text.boilerplate import CorpusCounts, End, Page, boilerplate_components, learned


class Member(NamedTuple):
    doc: int


class Outlet(NamedTuple):
    outlet: str | None


def plain(
    members: list[list[int]],
    sentences: list[Member],
    documents: list[Outlet],
    flags: list[bool],
    outlet_docs: int,
    corpus_share: float,
    corpus: CorpusCounts,
    ends: list[End] | None,
    text: list[int] | None,
    pages: list[Page] | None,
) -> set[int]:
    found = learned(
        members, sentences, documents, outlet_docs, corpus_share, corpus, ends, text, flags, pages
    )
    found.update(
        c for c, group in enumerate(members) if 2 * sum(flags[s] for s in group) > len(group)
    )
    return found


@st.composite
def corpora(draw: st.DrawFn) -> tuple[object, ...]:
    """A few outlets' documents (some of one page), their sentences in components of a few
    to many documents, some pattern-marked, some in pleas at an end."""
    n_docs = draw(st.integers(1, 14))
    documents = [Outlet(draw(st.sampled_from(["a", "a", "b", None]))) for _ in range(n_docs)]
    pages: list[Page] | None = draw(
        st.none() | st.lists(st.sampled_from([b"p", b"q", None]), min_size=n_docs, max_size=n_docs)
    )
    sentences: list[Member] = []
    members: list[list[int]] = []
    placed: list[End] = []
    for _ in range(draw(st.integers(0, 8))):
        docs = draw(st.lists(st.integers(0, n_docs - 1), min_size=1, max_size=10))
        members.append(list(range(len(sentences), len(sentences) + len(docs))))
        sentences.extend(Member(d) for d in docs)
        # all of it in a plea at one end (an outlet's plea, perhaps), or each member anywhere
        where = st.sampled_from([End.NONE, End.NONE, End.FIRST, End.LAST])
        alike = draw(st.none() | where)
        placed.extend(alike if alike is not None else draw(where) for _ in docs)
    flags = draw(st.lists(st.booleans(), min_size=len(sentences), max_size=len(sentences)))
    ends: list[End] | None = placed if draw(st.booleans()) else None
    text = draw(st.none() | st.lists(st.integers(0, 4), min_size=n_docs, max_size=n_docs))
    outlet_docs = draw(st.integers(2, 6))
    share = draw(st.sampled_from([0.0, 0.1, 0.3, 0.6]))
    corpus = CorpusCounts.of(documents, pages)
    return members, sentences, documents, flags, outlet_docs, share, corpus, ends, text, pages


@settings(max_examples=600, deadline=None)
@given(corpora(), st.integers(1, 6))
def test_the_components_found_are_the_plain_ones(case: tuple[object, ...], least: int) -> None:
    # corpus-wide boilerplate within reach of a small corpus
    with mock.patch.object(boilerplate, "CORPUS_MIN_DOCS", least):
        assert boilerplate_components(*case) == plain(*case)  # type: ignore[arg-type]
