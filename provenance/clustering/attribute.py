"""Attribute stage: the earliest occurrence of each cluster, and who copied whom.

Earliest: the occurrence with the earliest ``published`` (a day ties with any time on that day),
ties broken by (doc_id, start). ``earliest_basis``, by precedence: ``undated`` (no occurrence is
dated), ``undated_possible`` (an undated document could precede the earliest dated one), ``tie``
(two or more documents share the earliest date), ``dated``.

Links: two documents holding the same cluster share text. What both of them print inside
quotation marks (fewer than ``QUOTED_SLACK`` characters of their occurrences outside the marks)
is a quotation they share, not reuse: two stories quoting the same tweet or statement. A pair
sharing only quotations is a ``quotation`` link; any other shared text makes it a ``passage``
link (reuse), and only reuse counts below.

Syndication: B's shared share with A is the share of B's characters (white space excluded) that
lie in occurrences of clusters A also holds, quotations both print left out. B copied from A
when A is the earlier by date (both dated); when either is undated, or the dates cannot order
them (the same day with a time missing on either, or the same time), when that share reaches
the syndication threshold and exceeds A's share with B by more than the containment margin
(``containment``, or ``same_date_containment`` for tied dates). Two documents with the same
words that the dates cannot order are duplicates: the dated one, else the one first by doc_id,
is named the source (``identical``). Containment never makes a
dated document the copy of an undated one: a statement an undated article quotes in full is
held by it as much as a trimmed copy is.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import partial
from itertools import chain
from math import prod
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from provenance.dates import Published
from provenance.model import (
    Attribution,
    Cluster,
    DirectionBasis,
    Document,
    DocumentVerdict,
    EarliestBasis,
    LinkKind,
    Occurrence,
    PairLink,
)
from provenance.text.normalise import normalise

SHARE_PLACES = 4


def earliest(
    occurrences: Sequence[Occurrence], documents: Sequence[Document]
) -> tuple[Occurrence, EarliestBasis, bool]:
    """The earliest occurrence, the basis on which it was chosen, and whether doc_id order
    (not dates) picked it among documents the dates cannot order."""
    order = sorted(occurrences, key=lambda o: (documents[o.doc].doc_id, o.start))
    dated = [o for o in order if documents[o.doc].published is not None]
    if not dated:
        return order[0], EarliestBasis.UNDATED, len({o.doc for o in order}) > 1
    first = _not_preceded(dated, [_published(documents[o.doc]) for o in dated])
    tied = len({o.doc for o in first}) > 1
    if len(dated) < len(order):
        basis = EarliestBasis.UNDATED_POSSIBLE
    elif tied:
        basis = EarliestBasis.TIE
    else:
        basis = EarliestBasis.DATED
    return first[0], basis, tied


def _not_preceded(
    occurrences: Sequence[Occurrence], dates: Sequence[Published]
) -> list[Occurrence]:
    """The occurrences no other one strictly precedes, in their given order."""
    day = min(d.day for d in dates)
    instants = [d.instant for d in dates if d.day == day and d.instant is not None]
    first_instant = min(instants) if instants else None
    return [
        o
        for o, d in zip(occurrences, dates, strict=True)
        if d.day == day and (d.instant is None or d.instant == first_instant)
    ]


def _published(doc: Document) -> Published:
    assert doc.published is not None
    return doc.published


Span = tuple[int, int, int]  # document, start, end


def attribute(
    documents: Sequence[Document],
    clusters: Sequence[Cluster],
    threshold: float,
    margin: float,
    boilerplate: Sequence[Sequence[tuple[int, int]]] | None = None,
    quoted: Sequence[Sequence[tuple[int, int]]] | None = None,
    links: Sequence[tuple[Span, Span]] = (),
) -> tuple[list[Attribution], list[PairLink]]:
    """One attribution per document, in document order, and one link per pair of documents
    that share text. ``links``: the text two documents were aligned on (a passage, a quote
    found in the other), one side in each (a sentence two documents print word for word is
    a verified match, so it lies in a passage of theirs); characters in ``boilerplate`` spans (per
    document) count in neither the shared text nor the whole; ``quoted``: per document, its
    regions inside quotation marks, which tell quotation links from reuse."""
    excluded = boilerplate or [[] for _ in documents]
    regions = quoted or [[] for _ in documents]
    clusters_of: dict[int, list[Cluster]] = defaultdict(list)
    for cluster in clusters:
        for doc in cluster.docs:
            clusters_of[doc].append(cluster)
    table = np.fromiter(
        chain.from_iterable(chain.from_iterable(links)), np.int64, count=6 * len(links)
    ).reshape(-1, 6)
    table = table[table[:, 0] != table[:, 3]]  # a document aligned with itself shares nothing
    # each side of each link, by its document: the second documents' sides, then the first's
    sides = _Sides(
        np.concatenate([table[:, 3], table[:, 0]]),
        np.concatenate([table[:, 0], table[:, 3]]),
        np.concatenate([table[:, 4], table[:, 1]]),
        np.concatenate([table[:, 5], table[:, 2]]),
    )
    counts = _count_sides(documents, excluded, regions, sides)
    both = counts.quoted[: len(table)] & counts.quoted[len(table) :]
    measured = _measure_all(sides, counts, np.concatenate([both, both]))
    shares = _Shares({b: m.with_others for b, m in enumerate(measured) if m.with_others})
    bodies = _Bodies(documents)
    sources = [
        _copied_from(b, documents, shares, threshold, margin, bodies) for b in range(len(documents))
    ]
    copied_from = [None if s is None else s[0] for s in sources]
    result = []
    for b, source in enumerate(sources):
        reused = measured[b].reused
        if reused == 0:
            verdict = DocumentVerdict.QUOTES if measured[b].shared else DocumentVerdict.UNIQUE
        elif source is not None and source[1] >= threshold:
            verdict = DocumentVerdict.SYNDICATED
        else:  # the source of every cluster it holds with a document it reuses text with
            reusing = measured[b].reusing
            first_everywhere = all(
                _first_in(cluster, b, copied_from)
                for cluster in clusters_of[b]
                if _holds_any(cluster.docs, reusing)
            )
            verdict = DocumentVerdict.ORIGINAL if first_everywhere else DocumentVerdict.PARTIAL
        result.append(
            Attribution(
                doc=b,
                n_chars=measured[b].n_chars,
                reused_chars=reused,
                copied_from=source[0] if source else None,
                copied_share=source[1] if source else None,
                direction_basis=source[2] if source else None,
                verdict=verdict,
                boilerplate_chars=measured[b].excluded,
            )
        )
    return result, _pairs(documents, measured, sources)


def _first_in(cluster: Cluster, doc: int, copied_from: Sequence[int | None]) -> bool:
    """Whether ``doc`` is the cluster's source: its earliest occurrence, picked by dates, or,
    where only doc_id order picked it, with every other member known to have copied from it."""
    if cluster.earliest.doc != doc:
        return False
    if not cluster.earliest_by_doc_id:
        return True
    return all(copied_from[other] == doc for other in cluster.docs if other != doc)


class _Shared(NamedTuple):
    """What one document shares with one other: every character, and those it reuses (text
    both print inside quotation marks left out)."""

    chars: int
    reused_chars: int
    share: float  # of the whole, every character
    reused_share: float
    passages: int  # passages and quotes of one found in the other, aligned between them

    @property
    def quotation(self) -> bool:
        return self.reused_chars == 0


class _Measured(NamedTuple):
    """What attribution needs of one document's characters (white space never counts)."""

    n_chars: int  # in its body, outside boilerplate
    reused: int  # of those, in text it reuses from or lends to another
    shared: int  # of those, in text it shares with another
    excluded: int  # in boilerplate
    with_others: dict[int, _Shared]

    @property
    def reusing(self) -> list[int]:
        """The documents it shares more than quotations with, in order."""
        return sorted(a for a, shared in self.with_others.items() if not shared.quotation)


def _holds_any(docs: Sequence[int], others: Sequence[int]) -> bool:
    """Whether the sorted ``docs`` hold one of the sorted ``others``, walking the shorter and
    looking each up in the longer (a cluster of thousands of documents, a document linked to
    thousands: each check stays as short as the shorter list)."""
    if len(others) > len(docs):
        docs, others = others, docs
    for doc in others:
        k = bisect_left(docs, doc)
        if k < len(docs) and docs[k] == doc:
            return True
    return False


# Characters of text counted at once by ``_count_sides``: the texts of consecutive documents laid
# end to end, in buffers made once for the whole stage (6 bytes a character: the code point
# and two masks; and 8 for each eight characters' running count) and refilled run after run.
# Fresh memory costs time of its own here (its pages faulted in one by one): the arrays of the
# per-document prefix sums made anew for every run cost more than the counting in them.
MEASURE_CHARS = 4_000_000


class _Sides(NamedTuple):
    """Sides of links, one a row: the document, the other document, and the span of the
    document's text it was aligned on (``end`` may lie before ``start``: an empty span)."""

    docs: npt.NDArray[np.int64]
    others: npt.NDArray[np.int64]
    starts: npt.NDArray[np.int64]
    ends: npt.NDArray[np.int64]


class _Counts(NamedTuple):
    """What ``_count_sides`` counted, characters other than white space and outside
    boilerplate (the document's *kept* characters): per side, the kept characters of its
    document before its start and before its end (never before its start), and whether it is
    quoted (``QUOTED_SLACK``); per document, its kept characters from its body on and its
    characters in boilerplate."""

    before_start: npt.NDArray[np.int64]
    before_end: npt.NDArray[np.int64]
    quoted: npt.NDArray[np.bool_]
    n_chars: npt.NDArray[np.int64]
    excluded: npt.NDArray[np.int64]


# A document prints shared text inside quotation marks when fewer than this many of its
# characters (white space aside) lie outside them: "X said: “…”" is still a quotation.
QUOTED_SLACK = 40


def _count_sides(
    documents: Sequence[Document],
    excluded: Sequence[Sequence[tuple[int, int]]],
    regions: Sequence[Sequence[tuple[int, int]]],
    sides: _Sides,
) -> _Counts:
    """``_Counts`` of every side and document, for a run of documents at a time (about
    ``MEASURE_CHARS`` of text): one pass over the run's characters, then only look-ups at the
    places asked about. A side is quoted when it overlaps one of its document's ``regions``
    (inside quotation marks) and fewer than ``QUOTED_SLACK`` of its kept characters lie
    outside them."""
    lengths = [len(doc.text) for doc in documents]
    counts = _Counts(
        np.zeros(len(sides.docs), np.int64),
        np.zeros(len(sides.docs), np.int64),
        np.zeros(len(sides.docs), np.bool_),
        np.zeros(len(documents), np.int64),
        np.zeros(len(documents), np.int64),
    )
    order = np.argsort(sides.docs, kind="stable")
    bounds = np.searchsorted(sides.docs[order], np.arange(len(documents) + 1)).tolist()
    buffers = _Buffers(max([min(MEASURE_CHARS, sum(lengths)), *lengths]))
    first = 0
    while first < len(documents):
        last, chars = first + 1, lengths[first]
        while last < len(documents) and chars + lengths[last] <= MEASURE_CHARS:
            chars += lengths[last]
            last += 1
        run = _Run(documents, first, last, buffers, excluded)
        counts.n_chars[first:last], counts.excluded[first:last] = run.documents()
        mine = order[bounds[first] : bounds[last]]
        if len(mine):
            run.sides(sides, mine, regions, counts)
        first = last
    return counts


class _Buffers:
    """The arrays ``_Run`` counts in, made once for runs of up to ``size`` characters."""

    def __init__(self, size: int) -> None:
        self.points = np.empty(size, np.uint32)
        self.kept = np.empty(size, np.bool_)
        self.scratch = np.empty(size, np.bool_)
        self.before = np.empty(size // 8 + 1, np.int64)


class _Run:
    """The texts of documents ``first`` to ``last`` laid end to end, and which of their
    characters are kept (other than white space, outside ``excluded``): a bit each, with the
    running count of kept characters before every eighth (a running count of every character
    would take eight bytes each, and NumPy's running sum several nanoseconds each)."""

    def __init__(
        self,
        documents: Sequence[Document],
        first: int,
        last: int,
        buffers: _Buffers,
        excluded: Sequence[Sequence[tuple[int, int]]],
    ) -> None:
        self.docs = documents[first:last]
        self.first = first
        lengths = [len(doc.text) for doc in self.docs]
        self.offsets = np.zeros(len(self.docs) + 1, np.int64)
        np.cumsum(lengths, out=self.offsets[1:])
        size = int(self.offsets[-1])
        points, kept = buffers.points[:size], buffers.kept[:size]
        for doc, start, length in zip(self.docs, self.offsets.tolist(), lengths, strict=False):
            if length:
                points[start : start + length] = np.frombuffer(
                    doc.text.encode("utf-32-le"), np.uint32
                )
        _non_space(points, kept, buffers.scratch[:size])
        spans = [
            (start + max(0, a), start + min(b, length))
            for k, (start, length) in enumerate(zip(self.offsets.tolist(), lengths, strict=False))
            for a, b in excluded[first + k]
        ]
        self.non_space: npt.NDArray[np.int64] | None = None  # per document, when some are excluded
        if spans:
            nonempty = np.flatnonzero(lengths)
            self.non_space = np.zeros(len(self.docs), np.int64)
            self.non_space[nonempty] = np.add.reduceat(kept, self.offsets[nonempty], dtype=np.int64)
            for a, b in spans:
                kept[a:b] = False
        # a byte more than the characters need: the place after the last one has a byte too
        self._bits = np.zeros(size // 8 + 1, np.uint8)
        self._bits[: (size + 7) // 8] = np.packbits(kept, bitorder="little")
        self._before = buffers.before[: len(self._bits)]
        self._before[0] = 0
        np.cumsum(_BITS_SET[self._bits[:-1]], out=self._before[1:])

    def running(self, places: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        """Per place in the run (0 to its length), the kept characters before it."""
        byte = places >> 3
        found: npt.NDArray[np.int64] = (
            self._before[byte] + _BITS_SET[self._bits[byte] & _BITS_BELOW[places & 7]]
        )
        return found

    def documents(self) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """Per document, its kept characters from its body on, and those in boilerplate."""
        ends = self.running(self.offsets[1:])
        bodies = self.offsets[:-1] + np.asarray([doc.body_start for doc in self.docs], np.int64)
        n_chars = ends - self.running(bodies)
        if self.non_space is None:
            return n_chars, np.zeros(len(self.docs), np.int64)
        return n_chars, self.non_space - (ends - self.running(self.offsets[:-1]))

    def sides(
        self,
        sides: _Sides,
        mine: npt.NDArray[np.int64],
        regions: Sequence[Sequence[tuple[int, int]]],
        counts: _Counts,
    ) -> None:
        """``counts`` of the sides ``mine`` (of this run's documents)."""
        local = sides.docs[mine] - self.first
        base = self.offsets[local]
        starts, ends = base + sides.starts[mine], base + sides.ends[mine]
        below = self.running(base)
        before_start, before_end = self.running(starts), self.running(np.maximum(starts, ends))
        counts.before_start[mine] = before_start - below
        counts.before_end[mine] = before_end - below
        held = [k for k in np.unique(local).tolist() if regions[self.first + k]]
        if not held:
            return
        region_starts, region_ends = self._regions(held, regions)
        # the first region (in order of start) that reaches past a side's start overlaps it
        # when it starts before the side's end; no region before it reaches the side, and
        # those of other documents lie outside it
        reach = np.maximum.accumulate(region_ends)
        k = np.searchsorted(reach, starts, side="right")
        overlaps = k < len(reach)
        overlaps[overlaps] &= region_starts[k[overlaps]] < ends[overlaps]
        # its kept characters outside every region: its own, less those in the regions' union
        union = _Union(self.running, region_starts, reach)
        # (none when it is empty)
        outside = (
            before_end - before_start - (union.before(before_end) - union.before(before_start))
        )
        counts.quoted[mine] = overlaps & (outside < QUOTED_SLACK)

    def _regions(
        self, held: Sequence[int], regions: Sequence[Sequence[tuple[int, int]]]
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """The regions of documents ``held`` (numbers in the run), placed in the run and
        ordered by start, then end."""
        found = [regions[self.first + k] for k in held]
        rows = np.asarray(list(chain.from_iterable(chain.from_iterable(found))), np.int64).reshape(
            -1, 2
        )
        numbers = np.repeat(np.asarray(held, np.int64), [len(spans) for spans in found])
        low, high = self.offsets[numbers], self.offsets[numbers + 1]
        starts, ends = np.clip(rows[:, 0] + low, low, high), np.clip(rows[:, 1] + low, low, high)
        order = np.lexsort((ends, starts))
        return starts[order], ends[order]


class _Union:
    """The kept characters in the union of spans before any running count: the spans ordered
    by start, ``reach`` the running maximum of their ends, ``running`` the running count of
    kept characters before places."""

    def __init__(
        self,
        running: Callable[[npt.NDArray[np.int64]], npt.NDArray[np.int64]],
        starts: npt.NDArray[np.int64],
        reach: npt.NDArray[np.int64],
    ) -> None:
        # the union as stretches apart from one another, as running counts: ``_low`` never
        # decreases, and each stretch ends at or before the next one's start
        heads = np.flatnonzero(starts > np.concatenate(([-1], reach[:-1])))
        self._low = running(starts[heads])
        self._high = running(reach[np.append(heads[1:], len(starts)) - 1])
        sizes = self._high - self._low
        self._before = np.cumsum(sizes) - sizes

    def before(self, counted: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        """Per running count, the union's kept characters below it: the stretches wholly
        below it, and the part below it of the last one starting at or below it."""
        k = np.searchsorted(self._low, counted, side="right") - 1
        at = np.maximum(k, 0)
        inside = self._before[at] + np.minimum(counted, self._high[at]) - self._low[at]
        return np.where(k >= 0, inside, 0)


def _non_space(
    points: npt.NDArray[np.uint32], out: npt.NDArray[np.bool_], scratch: npt.NDArray[np.bool_]
) -> None:
    """Per code point, whether it is not white space (``str.isspace``), into ``out``: every
    one above the space is not but a few, looked up from U+0085 on (a curly quote mark, a
    dash); below it, control characters are not but tabs, line ends and separators, looked up
    too. Three passes NumPy makes in a few milliseconds a million characters, against a
    look-up of every one (a table of 12,290 entries: several times slower)."""
    np.greater(points, _SPACE, out=out)
    for rare in (
        np.flatnonzero(np.greater_equal(points, _HIGH_SPACE, out=scratch)),
        np.flatnonzero(np.less(points, _LOW_NOT_SPACE, out=scratch)),
    ):
        out[rare] = ~_IS_SPACE[np.minimum(points[rare], len(_IS_SPACE) - 1)]


def _measure_all(
    sides: _Sides, counts: _Counts, quotation: npt.NDArray[np.bool_]
) -> list[_Measured]:
    """What each document shares with each other (``quotation``: per side, whether both
    documents print it inside quotation marks), every pair's unions at once from the kept
    characters before each side's start and end (``counts``): the characters a union of
    spans holds are the union of those counts' ranges, the running count never decreasing."""
    order = _sorted_by([sides.docs, sides.others, sides.starts])
    docs, others = sides.docs[order], sides.others[order]
    low, high = counts.before_start[order], counts.before_end[order]
    scale = np.int64(high.max() + 1 if len(high) else 1)
    # per pair of documents (the rows are in order of document, then other)
    fresh = (np.diff(docs, prepend=-1) != 0) | (np.diff(others, prepend=-1) != 0)
    pair = np.cumsum(fresh) - 1
    heads = np.flatnonzero(fresh)
    reused = ~quotation[order]
    chars = _union_counts(scale, pair, low, high, len(heads)).tolist()
    reused_chars = _union_counts(
        scale, pair[reused], low[reused], high[reused], len(heads)
    ).tolist()
    passages = np.diff(np.append(heads, len(docs))).tolist()
    pair_others = others[heads].tolist()
    # per document, every span it shares, whoever with (the rows are in order of start within
    # a pair: in order of document and start here)
    n_docs = len(counts.n_chars)
    by_start = _sorted_by([docs, sides.starts[order]])
    every = _union_counts(scale, docs[by_start], low[by_start], high[by_start], n_docs)
    by_start = by_start[reused[by_start]]
    every_reused = _union_counts(scale, docs[by_start], low[by_start], high[by_start], n_docs)
    pair_bounds = np.searchsorted(docs[heads], np.arange(n_docs + 1)).tolist()
    found = []
    for k, (total, shared, reusing, out) in enumerate(
        zip(
            counts.n_chars.tolist(),
            every.tolist(),
            every_reused.tolist(),
            counts.excluded.tolist(),
            strict=True,
        )
    ):
        with_others = {
            pair_others[g]: _Shared(
                chars[g],
                reused_chars[g],
                _share(chars[g], total),
                _share(reused_chars[g], total),
                passages[g],
            )
            for g in range(pair_bounds[k], pair_bounds[k + 1])
        }
        found.append(_Measured(total, reusing, shared, out, with_others))
    return found


def _sorted_by(keys: Sequence[npt.NDArray[np.int64]]) -> npt.NDArray[np.intp]:
    """The stable order of rows by ``keys``, the first the most significant: sorted on one key
    made of them all when they are not negative and it fits in 63 bits (NumPy sorts one key
    about four times as fast as lexsort sorts three, on a million rows), else by lexsort."""
    bounds = [int(key.max()) + 1 if len(key) else 1 for key in keys]
    if prod(bounds) < 1 << 63 and all(not len(key) or key.min() >= 0 for key in keys):
        combined = keys[0]
        for key, bound in zip(keys[1:], bounds[1:], strict=True):
            combined = combined * bound + key
        return np.argsort(combined, kind="stable")
    return np.lexsort(keys[::-1])


def _union_counts(
    scale: np.int64,
    groups: npt.NDArray[np.int64],
    low: npt.NDArray[np.int64],
    high: npt.NDArray[np.int64],
    n_groups: int,
) -> npt.NDArray[np.int64]:
    """Per group (0 to ``n_groups`` - 1), the length of the union of its ranges (``high`` at
    least ``low``, both below ``scale``), the ranges ordered by group, then start. A range
    overlapping or touching the furthest end so far in its group joins that stretch; one
    running maximum serves every group, its keys offset by group."""
    found = np.zeros(n_groups, np.int64)
    if not len(low):
        return found
    base = groups * scale
    reach = np.maximum.accumulate(base + high)
    fresh = base + low > np.concatenate(([-1], reach[:-1]))  # starts a stretch
    heads = np.flatnonzero(fresh)
    stretch_ends = reach[np.append(heads[1:], len(low)) - 1]
    np.add.at(found, groups[heads], stretch_ends - (base + low)[heads])
    return found


def _unions(
    prefix: npt.NDArray[np.int64],
    scale: np.int64,
    groups: npt.NDArray[np.int64],
    starts: npt.NDArray[np.int64],
    ends: npt.NDArray[np.int64],
    n_groups: int,
) -> npt.NDArray[np.int64]:
    """Per group (0 to ``n_groups`` - 1), the characters (``prefix``: their running count) in
    the union of its spans (``ends`` at least ``starts``, positions below ``scale``), the
    spans ordered by group, then start: the union of the spans' ranges of running counts."""
    return _union_counts(scale, groups, prefix[starts], prefix[ends], n_groups)


class _Shares:
    """B's reused share with every A."""

    def __init__(self, with_others: dict[int, dict[int, _Shared]]) -> None:
        self._with = with_others

    def of(self, b: int) -> dict[int, _Shared]:
        return self._with.get(b, {})

    def get(self, reader: int, other: int) -> float:
        found = self.of(reader).get(other)
        return found.reused_share if found else 0.0


def _copied_from(
    b: int,
    documents: Sequence[Document],
    shares: _Shares,
    threshold: float,
    margin: float,
    bodies: _Bodies,
) -> tuple[int, float, DirectionBasis] | None:
    """(A, B's share with A, basis) for the A that B copied from with the largest share;
    among equal shares the earliest A, then the smallest doc_id. Quotations count for
    nothing."""
    options = []
    for a, shared in shares.of(b).items():
        value = shared.reused_share
        if value == 0 or (value < threshold and documents[b].published is None):
            continue  # nothing reused outside boilerplate; or undated and too little shared
        basis = _direction(
            documents[a], documents[b], value, partial(shares.get, a, b), threshold, margin
        )
        if basis is None and value == 1.0 and shares.get(a, b) == 1.0:
            basis = _duplicate(documents[a], documents[b], partial(bodies.same, a, b))
        if basis is not None:
            options.append((-value, date_order(documents[a]), documents[a].doc_id, a, basis))
    if not options:
        return None
    value, _, _, a, basis = min(options)
    return a, -value, basis


def _duplicate(a: Document, b: Document, same: Callable[[], bool]) -> DirectionBasis | None:
    """B is a duplicate of A: the same words (normalised, from the body on), and the dates
    cannot order them the other way. The dated one of a dated and an undated copy is named the
    source; of two undated ones, or two on the same date, the first by doc_id (``identical``:
    the basis says it was a tie)."""
    if a.published is not None and b.published is not None:
        if a.published.before(b.published) or b.published.before(a.published):
            return None  # the dates tell: ``_direction`` said so already
        named = a.doc_id < b.doc_id
    elif a.published is None and b.published is None:
        named = a.doc_id < b.doc_id
    else:
        named = a.published is not None
    if not named or not same():  # ``same``: whether their words are the same
        return None
    return DirectionBasis.IDENTICAL


class _Bodies:
    """Whether two documents have the same words from their bodies on (normalised): a
    document of many copies is compared with each, and normalised once."""

    def __init__(self, documents: Sequence[Document]) -> None:
        self._documents = documents
        self._normalised: dict[int, str] = {}

    def same(self, a: int, b: int) -> bool:
        first, second = self._documents[a], self._documents[b]
        if first.text[first.body_start :] == second.text[second.body_start :]:
            return True  # the same characters: the same words
        return self._words(a) == self._words(b)

    def _words(self, doc: int) -> str:
        found = self._normalised.get(doc)
        if found is None:
            document = self._documents[doc]
            found = self._normalised[doc] = normalise(document.text[document.body_start :])
        return found


def _pairs(
    documents: Sequence[Document],
    measured: Sequence[_Measured],
    sources: Sequence[tuple[int, float, DirectionBasis] | None],
) -> list[PairLink]:
    """A link per pair of documents sharing text, from what each measured of the other; its
    direction is either one's ``copied_from`` (when it is the other)."""
    links = []
    for b, found in enumerate(measured):
        for a, of_b in found.with_others.items():
            if documents[a].doc_id > documents[b].doc_id:
                continue  # each pair once, from its second document
            if of_b.chars == 0 and measured[a].with_others[b].chars == 0:
                continue  # only boilerplate in common
            of_a = measured[a].with_others[b]
            source: int | None = None
            basis: DirectionBasis | None = None
            if sources[b] is not None and sources[b][0] == a:  # type: ignore[index]
                source, basis = a, sources[b][2]  # type: ignore[index]
            elif sources[a] is not None and sources[a][0] == b:  # type: ignore[index]
                source, basis = b, sources[a][2]  # type: ignore[index]
            links.append(
                PairLink(
                    a=a,
                    b=b,
                    kind=LinkKind.QUOTATION if of_a.quotation else LinkKind.PASSAGE,
                    a_chars=of_a.chars,
                    b_chars=of_b.chars,
                    a_share=of_a.share,
                    b_share=of_b.share,
                    source=source,
                    direction_basis=basis,
                    passages=of_b.passages,
                )
            )
    return sorted(links, key=lambda link: (documents[link.a].doc_id, documents[link.b].doc_id))


def date_order(doc: Document) -> tuple[int, str, str]:
    """Sorts dated documents first, earliest first (a whole day before times on that day)."""
    if doc.published is None:
        return (1, "", "")
    instant = doc.published.instant
    return (0, doc.published.day.isoformat(), instant.isoformat() if instant else "")


def _direction(
    a: Document,
    b: Document,
    b_with_a: float,
    a_with_b: Callable[[], float],
    threshold: float,
    margin: float,
) -> DirectionBasis | None:
    """The basis on which B copied from A, or None when it did not (or it cannot be told).

    Containment needs B's share to exceed A's by more than ``margin``: two near-identical copies
    differ by a few characters, which says nothing about who copied whom.
    """
    basis = DirectionBasis.CONTAINMENT
    if b.published is not None and a.published is None:
        # a dated text that an undated one holds most of is as likely its source (a statement
        # an article quotes in full) as its copy: containment only ever makes the undated one
        # the copy
        return None
    if a.published is not None and b.published is not None:
        if a.published.before(b.published):
            return DirectionBasis.DATE
        if b.published.before(a.published):
            return None
        basis = DirectionBasis.SAME_DATE_CONTAINMENT  # the dates tie: containment decides
    if b_with_a >= threshold and b_with_a > a_with_b() + margin:
        return basis
    return None


def _share(chars: int, total: int) -> float:
    return round(chars / total, SHARE_PLACES) if total else 0.0


# Whether each code point is white space (str.isspace()); all of them lie below U+3001, so
# higher code points are looked up as U+3001, which is not.
_IS_SPACE = np.array([chr(c).isspace() for c in range(0x3002)], dtype=bool)
# For ``_non_space``: code points above the space and below ``_HIGH_SPACE`` (U+0085) are never
# white space; those from ``_LOW_NOT_SPACE`` (U+001C) to the space always are.
_SPACE = ord(" ")
_LOW_NOT_SPACE = int(np.flatnonzero(~_IS_SPACE[:_SPACE])[-1]) + 1
_HIGH_SPACE = int(np.flatnonzero(_IS_SPACE[_SPACE + 1 :])[0]) + _SPACE + 1
# Per byte, the bits set; per bit k, a byte of the bits below it (``_Run.running``).
_BITS_SET = np.array([bin(k).count("1") for k in range(256)], np.uint8)
_BITS_BELOW = np.array([(1 << k) - 1 for k in range(8)], np.uint8)


class NonSpaceCounter:
    """Counts characters other than white space, outside excluded spans, in spans of one text,
    in O(1) per span (a prefix sum per character: built for one document at a time)."""

    def __init__(self, text: str, excluded: Sequence[tuple[int, int]] = ()) -> None:
        counted, total = _counted(text, excluded)
        self._prefix = np.concatenate(([0], np.cumsum(counted, dtype=np.int64)))
        self.excluded = total - int(self._prefix[-1])  # characters left out

    def count(self, start: int, end: int) -> int:
        return int(self._prefix[end] - self._prefix[start]) if end > start else 0

    def counts(
        self, starts: npt.NDArray[np.int64], ends: npt.NDArray[np.int64]
    ) -> npt.NDArray[np.int64]:
        """``count`` of each span."""
        found: npt.NDArray[np.int64] = np.where(
            ends > starts, self._prefix[ends] - self._prefix[np.minimum(starts, ends)], 0
        )
        return found

    def union(self, spans: Sequence[tuple[int, int]]) -> int:
        """Characters in the union of possibly overlapping spans."""
        table = np.asarray(sorted(spans), np.int64).reshape(-1, 2)
        starts, ends = table[:, 0], np.maximum(table[:, 0], table[:, 1])
        one = np.zeros(len(table), np.int64)
        return int(_unions(self._prefix, np.int64(len(self._prefix)), one, starts, ends, 1)[0])


def _counted(text: str, excluded: Sequence[tuple[int, int]]) -> tuple[npt.NDArray[np.bool_], int]:
    """Per character, whether it counts: not white space, outside ``excluded``; and how many
    characters are not white space at all."""
    points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    counted = ~_IS_SPACE[np.minimum(points, len(_IS_SPACE) - 1)]
    total = int(counted.sum())
    for start, end in excluded:
        counted[start:end] = False
    return counted, total


def count_non_space(text: str, start: int = 0) -> int:
    """Characters other than white space in ``text[start:]``: what ``NonSpaceCounter`` counts,
    without its prefix sums (``str.split`` and ``str.isspace`` agree on white space)."""
    return sum(map(len, text[start:].split()))
