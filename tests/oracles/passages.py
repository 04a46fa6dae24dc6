"""Passages stage: the plain version of ``passages.passages`` (runs of shared words chained
into passages), a Python loop over the runs that keeps a list per open chain and asks
``quoted`` as it goes, which the chaining kernel (``passages.chain_runs``) is tested against."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt

from provenance.matching.passages import (
    ANCHOR_WORDS,
    MAX_GAP,
    MIN_WORDS,
    NGRAM,
    Runs,
    TokenStream,
)
from provenance.model import Sentence
from provenance.text.normalise import word_spans

_CHUNK = 1 << 16


class Passage(NamedTuple):
    """Words two documents share, with the edits between them: stream positions, ``a`` in the
    document that comes first (``a_end`` and ``b_end`` exclusive)."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    shared: int  # words in the runs that make it
    # its runs of shared words, as their numbers in the ``Runs`` it was chained from (a number
    # takes a tenth of the memory of a tuple of four positions: a corpus has a million runs)
    runs: tuple[int, ...]


def passages(
    stream: TokenStream, runs: Runs, quoted: Callable[[int, int], bool] = lambda _, __: False
) -> list[Passage]:
    """The runs of each pair of documents chained into passages (see the module's text), in
    order of their positions, then of their runs' (``Passage.runs``: numbers in ``runs``).
    ``quoted``: whether the words at stream positions ``[start, end)`` lie inside quotation
    marks."""
    if not len(runs.a_start):
        return []
    pair = stream.doc_of(runs.a_start) * (len(stream.doc_starts)) + stream.doc_of(runs.b_start)
    order = np.lexsort((runs.b_start, runs.a_start, pair))
    # a verified sentence match, or a run holding the same whole sentence on both sides,
    # anchors a passage (worked out for every run at once: a search per run in the loop costs
    # more than all the rest of it); ``_anchors`` tells the others
    length = runs.a_end - runs.a_start
    holds = _hold_sentences(stream.sentence_starts, runs.a_start, runs.a_end) & _hold_sentences(
        stream.sentence_starts, runs.b_start, runs.b_start + length
    )
    anchoring = runs.sentence | holds
    sources = (pair, runs.a_start, runs.a_end, runs.b_start, runs.b_end, anchoring)
    found: list[Passage] = []
    # a_start, a_end, b_start, b_end, shared, anchored, last b_start, runs (their numbers)
    open_: list[list[Any]] = []
    current = -1
    # the runs read as Python numbers a slice at a time: all at once, six lists of them held
    # 500 MB at the stage's peak on a corpus of 2.1 million runs (most in no passage)
    for low in range(0, len(order), _CHUNK):
        numbers = order[low : low + _CHUNK]
        columns = [c[numbers].tolist() for c in sources]
        columns.append(numbers.tolist())
        for key, a0, a1, b0, b1, anchored, number in zip(*columns, strict=True):
            if key != current:
                found.extend(_closed(open_))
                open_, current = [], key
            if len(open_) > 1:  # chains the rest can no longer reach are done
                found.extend(_closed([c for c in open_ if a0 > c[1] + MAX_GAP]))
                open_ = [c for c in open_ if a0 <= c[1] + MAX_GAP]
            chosen = None
            for chain_ in open_:
                if (
                    a0 <= chain_[1] + MAX_GAP
                    and chain_[6] <= b0 <= chain_[3] + MAX_GAP
                    and abs((b0 - chain_[3]) - (a0 - chain_[1])) <= MAX_GAP
                ):
                    chosen = chain_
                    break
            if chosen is None:
                anchor = int(anchored or _anchors(a0, a1, b0, quoted))
                open_.append([a0, a1, b0, b1, a1 - a0, anchor, b0, [number]])
                continue
            chosen[4] += max(0, a1 - max(a0, chosen[1]))
            chosen[1] = max(chosen[1], a1)
            chosen[3] = max(chosen[3], b1)
            if not chosen[5]:  # (an anchored chain needs no more: ``quoted`` is costly)
                chosen[5] = int(anchored or _anchors(a0, a1, b0, quoted))
            chosen[6] = b0
            chosen[7].append(number)
    found.extend(_closed(open_))
    return _sorted(found, runs)


def _sorted(found: list[Passage], runs: Runs) -> list[Passage]:
    """``found`` in order of positions and shared words, then (the rare ties) of their runs'
    positions: the order of the passages as tuples of the runs themselves."""
    found.sort(key=lambda p: p[:5])
    k = 0
    while k < len(found):
        j = k + 1
        while j < len(found) and found[j][:5] == found[k][:5]:
            j += 1
        if j - k > 1:
            found[k:j] = sorted(found[k:j], key=lambda p: _run_tuples(p, runs))
        k = j
    return found


def _run_tuples(passage: Passage, runs: Runs) -> list[tuple[int, int, int, int]]:
    return [
        (int(runs.a_start[r]), int(runs.a_end[r]), int(runs.b_start[r]), int(runs.b_end[r]))
        for r in passage.runs
    ]


def _anchors(a0: int, a1: int, b0: int, quoted: Callable[[int, int], bool]) -> bool:
    """Whether a run of shared words that is no verified sentence match and holds no whole
    sentence on both sides (those anchor already: ``_hold_sentences``) anchors a passage:
    ``ANCHOR_WORDS`` in a row, or ``MIN_WORDS`` inside quotation marks in either document
    (``quoted``, on stream positions)."""
    if a1 - a0 >= ANCHOR_WORDS:
        return True
    if a1 - a0 < MIN_WORDS:
        return False
    return quoted(a0, a1) or quoted(b0, b0 + a1 - a0)


def _closed(chains: Sequence[list[Any]]) -> list[Passage]:
    return [
        Passage(a0, a1, b0, b1, shared, tuple(runs))
        for a0, a1, b0, b1, shared, anchored, _, runs in chains
        if anchored
    ]


def _hold_sentences(
    starts: npt.NDArray[np.int64], begins: npt.NDArray[np.int64], ends: npt.NDArray[np.int64]
) -> npt.NDArray[np.bool_]:
    """Per span of stream positions ``[begins, ends)``, whether it holds a whole sentence of
    ``NGRAM`` words or more (``starts``: where each sentence starts, then the end), searched
    for: sentence ``j`` lies inside when ``begins <= starts[j]`` and ``starts[j + 1] <=
    ends``; a running count of the long sentences tells whether any of those is long
    (``passages.anchor_runs`` finds the sentences at the spans' ends from the words')."""
    long_ = np.diff(starts) >= NGRAM
    count = np.concatenate(([0], np.cumsum(long_)))
    first = np.searchsorted(starts, begins, side="left")  # the first sentence inside
    stop = np.searchsorted(starts, ends, side="right") - 1  # one past the last inside
    stop = np.maximum(stop, first)
    found: npt.NDArray[np.bool_] = count[stop] > count[first]
    return found


def side_spans(
    stream: TokenStream,
    sentences: Sequence[Sentence],
    texts: Sequence[str],
    starts: npt.NDArray[np.int64],
    ends: npt.NDArray[np.int64],
    attached: bool = True,
) -> list[tuple[int, int, int]]:
    """``passages.spans_and_ranges``' sides, a span at a time, every word's edges from its
    sentence's words (``normalise.word_spans``), as the run once found them."""
    found = []
    for start, end in zip(starts.tolist(), ends.tolist(), strict=True):
        k0 = int(stream.token_sentences[start])
        k1 = int(stream.token_sentences[end - 1])
        s0, s1 = sentences[k0], sentences[k1]
        text = texts[s0.doc]
        begin = word_spans(text, s0.start, s0.end)[start - int(stream.sentence_starts[k0])][0]
        stop = word_spans(text, s1.start, s1.end)[end - 1 - int(stream.sentence_starts[k1])][1]
        while attached and begin > s0.start and _attached(text[begin - 1]):
            begin -= 1
        while attached and stop < s1.end and _attached(text[stop]):
            stop += 1
        found.append((s0.doc, begin, stop))
    return found


def _attached(char: str) -> bool:
    return not char.isspace() and not char.isalnum()


def identical_runs(stream: TokenStream) -> Runs:
    """``passages.identical_runs`` keying every document by all its words and which of them
    are masked: a run from each document to the first with the same words masked alike, over
    each stretch of words between masked ones, found word by word."""
    keys: dict[tuple[bytes, bytes], int] = {}
    pairs = []
    bounds = stream.doc_starts.tolist()
    for doc in range(len(bounds) - 1):
        start, end = bounds[doc], bounds[doc + 1]
        if end == start:
            continue
        masked = stream.masked[start:end].tolist()
        key = (stream.hashes[start:end].tobytes(), bytes(masked))
        first = keys.setdefault(key, doc)
        if first == doc:
            continue
        k = 0
        while k < len(masked):
            if masked[k]:
                k += 1
                continue
            stop = k
            while stop < len(masked) and not masked[stop]:
                stop += 1
            pairs.append((bounds[first] + k, bounds[first] + stop, start + k, start + stop))
            k = stop
    found = np.asarray(pairs, np.int64).reshape(-1, 4)
    return Runs(found[:, 0], found[:, 1], found[:, 2], found[:, 3], np.ones(len(pairs), np.bool_))
