"""Passages chained by ``passages.chain_runs`` (compiled or in Python) are those of the plain
loop (``oracles.passages``): the same passages, in the same order, with the same runs, and
``quoted`` asked only for runs that may anchor a chain nothing else anchors."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.matching import passages as ps
from tests.oracles import passages as plain


@st.composite
def streams_and_runs(draw: st.DrawFn) -> tuple[ps.TokenStream, ps.Runs]:
    """Two to four short documents of sentences, and runs between them that overlap, touch
    and repeat (the cases chaining tells apart)."""
    lengths = draw(st.lists(st.integers(0, 9), min_size=2, max_size=16))
    starts = np.concatenate(([0], np.cumsum(lengths))).astype(np.int64)
    n_words = int(starts[-1])
    if n_words < 4:
        n_words = 4
        starts[-1] = 4
    cuts = sorted(draw(st.sets(st.integers(1, n_words - 1), min_size=1, max_size=3)))
    doc_starts = np.asarray([0, *cuts, n_words], np.int64)
    doc_starts = np.unique(np.concatenate((doc_starts, starts[[0, -1]])))
    n_docs = len(doc_starts) - 1
    stream = ps.TokenStream(
        np.zeros(n_words, np.uint64), doc_starts, starts, np.zeros(n_words, np.bool_)
    )
    rows = []
    for _ in range(draw(st.integers(0, 40))):
        a_doc = draw(st.integers(0, n_docs - 2))
        b_doc = draw(st.integers(a_doc + 1, n_docs - 1))
        a_low, a_high = int(doc_starts[a_doc]), int(doc_starts[a_doc + 1])
        b_low, b_high = int(doc_starts[b_doc]), int(doc_starts[b_doc + 1])
        a0 = draw(st.integers(a_low, a_high - 1))
        b0 = draw(st.integers(b_low, b_high - 1))
        size = draw(st.integers(1, min(a_high - a0, b_high - b0)))
        sentence = draw(st.booleans()) and draw(st.booleans())
        b_size = draw(st.integers(1, b_high - b0)) if sentence else size
        rows.append((a0, a0 + size, b0, b0 + b_size, sentence))
    if not rows:
        return stream, ps.Runs.empty()
    a_start, a_end, b_start, b_end = (
        np.asarray([row[k] for row in rows], np.int64) for k in range(4)
    )
    matched = np.asarray([row[4] for row in rows], np.bool_)
    runs = ps.Runs(a_start, a_end, b_start, b_end, matched)
    return stream, ps.Runs.join([runs])


def quoted(start: int, end: int) -> bool:
    return (7 * start + end) % 3 == 0


@pytest.mark.parametrize("compiled", [False, True])
@settings(max_examples=300, deadline=None)
@given(streams_and_runs())
def test_the_chains_are_the_plain_loops_passages(
    compiled: bool, found: tuple[ps.TokenStream, ps.Runs]
) -> None:
    stream, runs = found
    with ps_constants(gap=3, min_words=2, anchor_words=5):
        expected = [tuple(p) for p in plain.passages(stream, runs, quoted)]
        got = ps.passages(stream, runs, quoted, compiled=compiled).rows()
    assert got == expected


class ps_constants:  # noqa: N801 - a context manager read as a phrase
    """The chaining's word counts made small, so that short random runs chain, anchor and are
    asked about quotes (both versions read them from ``passages``)."""

    def __init__(self, gap: int, min_words: int, anchor_words: int) -> None:
        self.values = {"MAX_GAP": gap, "MIN_WORDS": min_words, "ANCHOR_WORDS": anchor_words}

    def __enter__(self) -> None:
        self.saved = {name: getattr(ps, name) for name in self.values}
        for name, value in self.values.items():
            setattr(ps, name, value)
            setattr(plain, name, value)

    def __exit__(self, *_: object) -> None:
        for name, value in self.saved.items():
            setattr(ps, name, value)
            setattr(plain, name, value)


def test_quoted_is_asked_only_where_it_can_decide() -> None:
    # one pair of documents, three runs in one chain: a long one anchors it, so a short
    # quoted run in it is never asked about
    stream = ps.TokenStream(
        np.zeros(100, np.uint64),
        np.asarray([0, 50, 100], np.int64),
        np.arange(0, 101, 50, dtype=np.int64),
        np.zeros(100, np.bool_),
    )
    runs = ps.Runs(
        np.asarray([0, 10, 30], np.int64),
        np.asarray([9, 20, 43], np.int64),
        np.asarray([50, 60, 80], np.int64),
        np.asarray([59, 70, 93], np.int64),
        np.zeros(3, np.bool_),
    )
    asked: list[tuple[int, int]] = []

    def spy(start: int, end: int) -> bool:
        asked.append((start, end))
        return False

    found = ps.passages(stream, runs, spy, compiled=False).rows()
    assert found == [(0, 43, 50, 93, 32, (0, 1, 2))] and asked == []


@pytest.mark.parametrize("compiled", [False, True])
@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 8), min_size=1, max_size=12), st.data())
def test_runs_anchor_as_their_spans_searched_for_whole_sentences_tell(
    compiled: bool, lengths: list[int], data: st.DataObject
) -> None:
    """``anchor_runs`` (plain and compiled) finds the sentences at a run's ends through the
    words' sentences (empty sentences among them); the oracle searches the sentence starts."""
    starts = np.concatenate(([0], np.cumsum(lengths))).astype(np.int64)
    total = int(starts[-1])
    if not total:
        return
    place = st.integers(0, total - 1)
    drawn = data.draw(
        st.lists(
            st.tuples(place, st.one_of(place, st.none()), st.integers(1, total), st.booleans()),
            min_size=1,
        )
    )
    rows = [(a, a if b is None else b, n, s) for a, b, n, s in drawn]  # (the same words too)
    size = [min(n, total - a, total - b) for a, b, n, _ in rows]
    a_start = np.asarray([row[0] for row in rows], np.int64)
    b_start = np.asarray([row[1] for row in rows], np.int64)
    length = np.asarray(size, np.int64)
    matched = np.asarray([row[3] for row in rows], np.bool_)
    long_before = np.concatenate(([0], np.cumsum(np.diff(starts) >= ps.NGRAM)))
    words = np.repeat(np.arange(len(lengths), dtype=np.int64), lengths)
    anchoring, maybe = np.empty(len(rows), np.bool_), np.empty(len(rows), np.bool_)
    mark = ps.anchor_runs
    if compiled:
        from provenance.matching import chains_numba

        mark = chains_numba.anchor_runs
    mark(
        a_start, a_start + length, b_start, matched, starts, long_before, words, 10, 3,
        anchoring, maybe,
    )  # fmt: skip
    holds = plain._hold_sentences(starts, a_start, a_start + length)
    holds &= plain._hold_sentences(starts, b_start, b_start + length)
    expected = matched | (length >= 10) | holds
    assert anchoring.tolist() == expected.tolist()
    assert maybe.tolist() == ((length >= 3) & ~expected).tolist()


run_rows = st.lists(
    st.tuples(
        st.integers(0, 6), st.integers(0, 3), st.integers(0, 6), st.integers(0, 3), st.booleans()
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(run_rows)
def test_runs_are_joined_each_once_in_order_of_their_starts(
    rows: list[tuple[int, int, int, int, bool]],
) -> None:
    """``Runs.join`` (a key of both starts sorted, ties sorted apart): each run once, by
    a_start, b_start, then the rest, whichever part it came in."""
    runs = [(a0, a0 + a, b0, b0 + b, s) for a0, a, b0, b, s in rows]
    half = len(runs) // 2
    parts = [runs_of(runs[:half]), runs_of(runs[half:])]
    found = ps.Runs.join(parts)
    expected = sorted(set(runs), key=lambda r: (r[0], r[2], r[1], r[3], r[4]))
    assert list(zip(*(c.tolist() for c in found), strict=True)) == expected


def runs_of(rows: list[tuple[int, int, int, int, bool]]) -> ps.Runs:
    if not rows:
        return ps.Runs.empty()
    a_start, a_end, b_start, b_end = ([row[k] for row in rows] for k in range(4))
    return ps.Runs(
        np.asarray(a_start, np.int64),
        np.asarray(a_end, np.int64),
        np.asarray(b_start, np.int64),
        np.asarray(b_end, np.int64),
        np.asarray([row[4] for row in rows], np.bool_),
    )


@settings(max_examples=300, deadline=None)
@given(run_rows, st.lists(st.integers(0, 3), max_size=40), st.booleans())
def test_runs_are_put_in_order_of_pair_as_lexsort_puts_them(
    rows: list[tuple[int, int, int, int, bool]], pairs: list[int], in_order: bool
) -> None:
    """``_by_pair`` gives lexsort's order exactly (its ties by number too), whether the runs
    come in order of their starts (one sort of a key) or not (a lexsort)."""
    if in_order:
        rows = sorted(rows, key=lambda r: (r[0], r[2]))
    a_start = np.asarray([r[0] for r in rows], np.int64)
    b_start = np.asarray([r[2] for r in rows], np.int64)
    pair = np.asarray([pairs[k % len(pairs)] if pairs else 0 for k in range(len(rows))], np.int64)
    expected = np.lexsort((b_start, a_start, pair)).tolist()
    assert ps._by_pair(pair, a_start, b_start).tolist() == expected
