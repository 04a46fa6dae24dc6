"""``clusters._merge`` (overlapping spans of a document merged, their sentences united) gives
what the plain version gives, which sorts the united sentences at every merge: a fragment's
span, which brings none, keeps the run's list as it is."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.clustering.clusters import _merge

Located = tuple[int, int, int, list[int]]


def plain_merge(located: list[Located]) -> list[Located]:
    merged: list[Located] = []
    for doc, start, end, run in sorted(located, key=lambda r: (r[0], r[1], r[2])):
        if merged and merged[-1][0] == doc and start < merged[-1][2]:
            m_doc, m_start, m_end, m_run = merged[-1]
            merged[-1] = (m_doc, m_start, max(m_end, end), sorted({*m_run, *run}))
        else:
            merged.append((doc, start, end, list(run)))
    return merged


@st.composite
def spans(draw: st.DrawFn) -> list[Located]:
    """Runs of consecutive sentences (sorted, distinct, apart) and fragment spans (no
    sentences) over a few documents, in any order."""
    found: list[Located] = []
    sid = 0
    for doc in range(draw(st.integers(1, 3))):
        at = 0
        for _ in range(draw(st.integers(0, 5))):
            size = draw(st.integers(1, 4))
            at += draw(st.integers(0, 30))
            found.append((doc, at, at + 10 * size, list(range(sid, sid + size))))
            at += 10 * size
            sid += size + draw(st.integers(0, 2))
        for _ in range(draw(st.integers(0, 6))):
            start = draw(st.integers(0, 120))
            found.append((doc, start, start + draw(st.integers(1, 60)), []))
    return draw(st.permutations(found))


@settings(max_examples=400, deadline=None)
@given(spans())
def test_merging_keeps_the_plain_union(located: list[Located]) -> None:
    assert _merge(located) == plain_merge(located)
