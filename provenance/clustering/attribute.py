"""Attribute stage: the earliest occurrence of each cluster, and who copied whom.

Earliest: the occurrence with the earliest ``published`` (a day ties with any time on that day),
ties broken by (doc_id, start). ``earliest_basis``, by precedence: ``undated`` (no occurrence is
dated), ``undated_possible`` (an undated document could precede the earliest dated one), ``tie``
(two or more documents share the earliest date), ``dated``.

Links: two documents holding the same cluster share text. What both of them print inside
quotation marks (fewer than ``QUOTED_SLACK`` characters of the words they share outside the
marks: a passage's edits, such as each one's own lead-in between two quotes, are not shared) is
a quotation they share, not reuse: two stories quoting the same tweet or statement. A pair
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

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import cache, partial
from itertools import chain, pairwise, repeat
from math import prod
from operator import itemgetter
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from provenance.dates import Published
from provenance.matching.sketch import numba_module
from provenance.matching.verify import MIN_ALIGNED_WORDS
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
# Two documents B reuses text with, B's reused characters with one fewer than this short of
# the other's, are alike as its source: fewer than the shortest match holds (five words of
# five characters, ``verify.MIN_ALIGNED_WORDS``). Near-identical copies of one wire story
# differ so: a passage reaching one word back into a headline that ends alike in one of
# them. The earliest is named (trace's copied_from, check's source).
NEAR_CHARS = 5 * MIN_ALIGNED_WORDS


def earliest(
    occurrences: Sequence[Occurrence],
    documents: Sequence[Document],
    dates: DocumentDates | None = None,
) -> tuple[Occurrence, EarliestBasis, bool]:
    """The earliest occurrence, the basis on which it was chosen, and whether doc_id order
    (not dates) picked it among documents the dates cannot order. ``dates``: the documents'
    dates as numbers, worked out once for every cluster of a run."""
    if dates is not None:
        return dates.earliest(occurrences)
    order = sorted(occurrences, key=lambda o: (documents[o.doc].doc_id, o.start))
    dated = [o for o in order if documents[o.doc].published is not None]
    if not dated:
        return order[0], EarliestBasis.UNDATED, len({o.doc for o in order}) > 1
    first = _not_preceded(dated, [_published(documents[o.doc]) for o in dated])
    return _chosen(order, dated, first)


def _chosen(
    order: Sequence[Occurrence], dated: Sequence[Occurrence], first: Sequence[Occurrence]
) -> tuple[Occurrence, EarliestBasis, bool]:
    """The earliest of ``order`` (by doc_id, then start), its basis and whether it ties, given
    the dated occurrences and those of them nothing dated precedes (``first``)."""
    tied = len({o.doc for o in first}) > 1
    if len(dated) < len(order):
        basis = EarliestBasis.UNDATED_POSSIBLE
    elif tied:
        basis = EarliestBasis.TIE
    else:
        basis = EarliestBasis.DATED
    return first[0], basis, tied


class DocumentDates:
    """Each document's place in doc_id order and its publication date as numbers (its day,
    and its instant in microseconds when it has one; None when undated), worked out once: the
    earliest occurrence of every cluster is then picked on numbers, as ``earliest`` picks it
    on the documents."""

    def __init__(self, documents: Sequence[Document]) -> None:
        by_id = sorted(range(len(documents)), key=lambda k: documents[k].doc_id)
        self.rank = [0] * len(documents)
        for place, k in enumerate(by_id):
            self.rank[k] = place
        published = [doc.published for doc in documents]
        self.day = [None if p is None else p.day.toordinal() for p in published]
        self.instant = [
            None if p is None or p.instant is None else (p.instant - _EPOCH) // _MICROSECOND
            for p in published
        ]

    def earliest(self, occurrences: Sequence[Occurrence]) -> tuple[Occurrence, EarliestBasis, bool]:
        """``earliest`` of ``occurrences``."""
        rank, days, instants = self.rank, self.day, self.instant
        keys = [(rank[o.doc], o.start) for o in occurrences]
        order: Sequence[Occurrence] = occurrences
        if any(a > b for a, b in pairwise(keys)):  # in order already, as a cluster's are
            order = [o for _, o in sorted(zip(keys, occurrences, strict=True), key=itemgetter(0))]
        dated = [o for o in order if days[o.doc] is not None]
        if not dated:
            return order[0], EarliestBasis.UNDATED, len({o.doc for o in order}) > 1
        day = min(days[o.doc] for o in dated)  # type: ignore[type-var]
        on_day = [o for o in dated if days[o.doc] == day]
        timed = [instants[o.doc] for o in on_day if instants[o.doc] is not None]
        first_instant = min(timed) if timed else None  # type: ignore[type-var]
        first = [o for o in on_day if instants[o.doc] is None or instants[o.doc] == first_instant]
        return _chosen(order, dated, first)


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
    shared: npt.NDArray[np.int64] | None = None,
) -> tuple[list[Attribution], list[PairLink]]:
    """One attribution per document, in document order, and one link per pair of documents
    that share text. ``links``: the text two documents were aligned on (a passage, a quote
    found in the other), one side in each (a sentence two documents print word for word is
    a verified match, so it lies in a passage of theirs); characters in ``boilerplate`` spans (per
    document) count in neither the shared text nor the whole; ``quoted``: per document, its
    regions inside quotation marks, which tell quotation links from reuse; ``shared``: for the
    links whose sides hold words the other does not print (a passage's edits: a lead-in of
    each one's own between two quotes both print), the words each side shares (``_quoted``),
    rows of (link: its number in ``links``, side: 0 in the link's first document, 1 in its
    second, start, end), those of a side apart from one another."""
    excluded = boilerplate or [[] for _ in documents]
    regions = quoted or [[] for _ in documents]
    table = np.fromiter(
        chain.from_iterable(chain.from_iterable(links)), np.int64, count=6 * len(links)
    ).reshape(-1, 6)
    kept = np.flatnonzero(table[:, 0] != table[:, 3])  # one aligned with itself shares nothing
    table = table[kept]
    # each side of each link, by its document: the second documents' sides, then the first's;
    # then the words shared of those ``shared`` holds
    sides = _Sides(
        np.concatenate([table[:, 3], table[:, 0]]),
        np.concatenate([table[:, 0], table[:, 3]]),
        np.concatenate([table[:, 4], table[:, 1]]),
        np.concatenate([table[:, 5], table[:, 2]]),
    )
    n_sides = len(sides.docs)
    probes, owner = _shared_probes(sides, kept, len(links), shared)
    counts = _count_sides(documents, excluded, regions, probes)
    quoted_side = _quoted(counts, owner, n_sides)
    both = quoted_side[: len(table)] & quoted_side[len(table) :]
    pairs = _Pairs.measure(sides, counts, np.concatenate([both, both]))
    dates = _Dates.of(documents)
    sources = _Sources.of(pairs, documents, dates, threshold, margin)
    verdicts = _verdicts(pairs, sources, clusters, threshold)
    copied = sources.source.tolist()
    shares = sources.share.tolist()
    bases = [None if k < 0 else _BASES[k] for k in sources.basis.tolist()]
    result = [
        Attribution(
            doc=b,
            n_chars=n_chars,
            reused_chars=reused,
            copied_from=None if a < 0 else a,
            copied_share=None if a < 0 else share,
            direction_basis=basis,
            verdict=verdict,
            boilerplate_chars=out,
        )
        for b, (n_chars, reused, a, share, basis, verdict, out) in enumerate(
            zip(
                pairs.n_chars.tolist(),
                pairs.reused_total.tolist(),
                copied,
                shares,
                bases,
                verdicts,
                pairs.excluded.tolist(),
                strict=True,
            )
        )
    ]
    return result, _links(pairs, sources, dates)


def _shared_probes(
    sides: _Sides,
    kept: npt.NDArray[np.int64],
    n_links: int,
    shared: npt.NDArray[np.int64] | None,
) -> tuple[_Sides, npt.NDArray[np.int64]]:
    """The spans measured for ``_quoted``: every side (``sides``: the second documents' of
    the links ``kept``, then the first documents'), then the words shared ``shared`` gives
    (``attribute``'s rows); and per span, the side it tells of (-1: none, a side whose
    shared words tell instead)."""
    n_kept = len(kept)
    owner = np.arange(2 * n_kept, dtype=np.int64)
    if shared is None or not len(shared):
        return sides, owner
    place = np.full(n_links, -1, np.int64)  # each link's row among those kept
    place[kept] = np.arange(n_kept, dtype=np.int64)
    rows = shared[place[shared[:, 0]] >= 0]
    # the second document's side first, as in ``sides``
    side = place[rows[:, 0]] + np.where(rows[:, 1] == 0, n_kept, 0)
    owner[side] = -1
    probes = _Sides(
        np.concatenate([sides.docs, sides.docs[side]]),
        np.concatenate([sides.others, sides.others[side]]),
        np.concatenate([sides.starts, rows[:, 2]]),
        np.concatenate([sides.ends, rows[:, 3]]),
    )
    return probes, np.concatenate([owner, side])


def _quoted(counts: _Counts, owner: npt.NDArray[np.int64], n_sides: int) -> npt.NDArray[np.bool_]:
    """Per side, whether it prints the text it shares inside quotation marks: the words it
    shares (the spans ``owner`` gives it: its whole span, or the words it shares where they
    differ from it) reach a quoted region, and fewer than ``QUOTED_SLACK`` of their kept
    characters lie outside the marks. The words a passage does not share (each side's own
    lead-in between two quotes both print) count for nothing: they are not copied."""
    told = owner >= 0
    side = owner[told]
    outside = np.bincount(side, weights=counts.outside[told], minlength=n_sides)
    reaches = np.bincount(side, weights=counts.overlaps[told], minlength=n_sides)
    found: npt.NDArray[np.bool_] = (reaches > 0) & (outside < QUOTED_SLACK)
    return found


class _Pairs(NamedTuple):
    """What each document shares with each other, a row per ordered pair of documents sharing
    text (each pair twice, once from either side), in order of document, then other: every
    character the document shares with the other, those it reuses (text both print inside
    quotation marks left out), their shares of its whole, and the passages aligned between
    them; ``reverse``: the row of the same pair from the other's side. Per document, its
    characters (white space never counts): from its body on outside boilerplate
    (``n_chars``), of those in text it shares with any other (``shared_total``) and reuses
    with any other (``reused_total``), and in boilerplate (``excluded``)."""

    doc: npt.NDArray[np.int64]
    other: npt.NDArray[np.int64]
    chars: npt.NDArray[np.int64]
    reused: npt.NDArray[np.int64]
    share: npt.NDArray[np.float64]
    reused_share: npt.NDArray[np.float64]
    passages: npt.NDArray[np.int64]
    reverse: npt.NDArray[np.int64]
    bounds: npt.NDArray[np.int64]  # per document, where its rows start; then the end
    n_chars: npt.NDArray[np.int64]
    shared_total: npt.NDArray[np.int64]
    reused_total: npt.NDArray[np.int64]
    excluded: npt.NDArray[np.int64]

    @classmethod
    def measure(cls, sides: _Sides, counts: _Counts, quotation: npt.NDArray[np.bool_]) -> _Pairs:
        """Every pair's unions at once from the kept characters before each side's start and
        end (``counts``; ``quotation``: per side, whether both documents print it inside
        quotation marks): the characters a union of spans holds are the union of those
        counts' ranges, the running count never decreasing."""
        # rows of one pair and one start may come in any order: the unions of their ranges,
        # the passages counted and the pairs' heads are the same whichever comes first
        order = _sorted_by([sides.docs, sides.others, sides.starts], stable=False)
        docs, others = sides.docs[order], sides.others[order]
        low, high = counts.before_start[order], counts.before_end[order]
        scale = np.int64(high.max() + 1 if len(high) else 1)
        # per pair of documents (the rows are in order of document, then other)
        fresh = (np.diff(docs, prepend=-1) != 0) | (np.diff(others, prepend=-1) != 0)
        pair = np.cumsum(fresh) - 1
        heads = np.flatnonzero(fresh)
        reused = ~quotation[order]
        chars = _union_counts(scale, pair, low, high, len(heads))
        reused_chars = _union_counts(scale, pair[reused], low[reused], high[reused], len(heads))
        passages = np.diff(np.append(heads, len(docs)))
        pair_docs, pair_others = docs[heads], others[heads]
        # per document, every span it shares, whoever with (the rows are in order of start
        # within a pair: in order of document and start here)
        n_docs = len(counts.n_chars)
        by_start = _sorted_by([docs, sides.starts[order]], stable=False)
        every = _union_counts(scale, docs[by_start], low[by_start], high[by_start], n_docs)
        by_start = by_start[reused[by_start]]
        every_reused = _union_counts(scale, docs[by_start], low[by_start], high[by_start], n_docs)
        # each pair has a row from either side (a link's two sides are each a side): the
        # other's row is found by its key
        width = np.int64(max(n_docs, 1))
        keys = pair_docs * width + pair_others
        reverse = np.searchsorted(keys, pair_others * width + pair_docs)
        totals = counts.n_chars[pair_docs]
        return cls(
            pair_docs,
            pair_others,
            chars,
            reused_chars,
            _shares(chars, totals),
            _shares(reused_chars, totals),
            passages,
            reverse,
            np.searchsorted(pair_docs, np.arange(n_docs + 1)),
            counts.n_chars,
            every,
            every_reused,
            counts.excluded,
        )

    def reusing(self, doc: int) -> list[int]:
        """The documents ``doc`` shares more than quotations with, in order."""
        rows = slice(int(self.bounds[doc]), int(self.bounds[doc + 1]))
        found: list[int] = self.other[rows][self.reused[rows] != 0].tolist()
        return found


def _shares(chars: npt.NDArray[np.int64], totals: npt.NDArray[np.int64]) -> npt.NDArray[np.float64]:
    """``_share`` of each count of its total, on arrays: the quotient scaled by 10 **
    ``SHARE_PLACES`` and rounded half to even is Python's ``round`` but where the scaled
    quotient lies within rounding error of a half (its product is not exact): those few are
    rounded by Python."""
    found = np.zeros(len(chars), np.float64)
    held = np.flatnonzero(totals != 0)
    scale = float(10**SHARE_PLACES)
    scaled = chars[held] / totals[held] * scale
    found[held] = np.rint(scaled) / scale
    near = held[np.abs(scaled - np.floor(scaled) - 0.5) < _NEAR_HALF]
    for k, count, total in zip(
        near.tolist(), chars[near].tolist(), totals[near].tolist(), strict=True
    ):
        found[k] = _share(count, total)
    return found


# How near a half a scaled share must be to be rounded by Python (``_shares``): its product's
# rounding error is below 2 ** -52 of it, under 10 ** -11 for shares up to 1 (and far more
# than that margin is kept).
_NEAR_HALF = 1e-6


class _Dates(NamedTuple):
    """Each document's publication date as numbers, worked out once: whether it is dated, its
    day, its instant (microseconds, when it has one), its rank in ``date_order`` and its rank
    by doc_id."""

    dated: npt.NDArray[np.bool_]
    day: npt.NDArray[np.int64]
    timed: npt.NDArray[np.bool_]
    instant: npt.NDArray[np.int64]
    rank: npt.NDArray[np.int64]
    id_rank: npt.NDArray[np.int64]

    @classmethod
    def of(cls, documents: Sequence[Document]) -> _Dates:
        n = len(documents)
        published = [doc.published for doc in documents]
        instants = [None if p is None else p.instant for p in published]
        orders = [date_order(doc) for doc in documents]
        distinct = sorted(set(orders))
        place = {order: k for k, order in enumerate(distinct)}
        by_id = sorted(range(n), key=lambda k: documents[k].doc_id)
        id_rank = np.empty(n, np.int64)
        id_rank[by_id] = np.arange(n, dtype=np.int64)
        return cls(
            np.fromiter((p is not None for p in published), np.bool_, n),
            np.fromiter((0 if p is None else p.day.toordinal() for p in published), np.int64, n),
            np.fromiter((i is not None for i in instants), np.bool_, n),
            np.fromiter(
                (0 if i is None else (i - _EPOCH) // _MICROSECOND for i in instants), np.int64, n
            ),
            np.fromiter((place[order] for order in orders), np.int64, n),
            id_rank,
        )

    def before(self, a: npt.NDArray[np.int64], b: npt.NDArray[np.int64]) -> npt.NDArray[np.bool_]:
        """Per pair, whether ``a`` is dated strictly before ``b`` (``Published.before``)."""
        day_a, day_b = self.day[a], self.day[b]
        timed = self.timed[a] & self.timed[b]
        earlier = (day_a < day_b) | ((day_a == day_b) & timed & (self.instant[a] < self.instant[b]))
        found: npt.NDArray[np.bool_] = self.dated[a] & self.dated[b] & earlier
        return found


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_MICROSECOND = dt.timedelta(microseconds=1)
# direction bases by their codes in ``_Sources.basis`` (-1: none)
_BASES = (
    DirectionBasis.DATE,
    DirectionBasis.CONTAINMENT,
    DirectionBasis.SAME_DATE_CONTAINMENT,
    DirectionBasis.IDENTICAL,
)
_DATE, _CONTAINMENT, _SAME_DATE, _IDENTICAL = range(4)


class _Sources(NamedTuple):
    """Per document, the document it copied from (-1: none), its reused share with that one
    and the basis (a code of ``_BASES``)."""

    source: npt.NDArray[np.int64]
    share: npt.NDArray[np.float64]
    basis: npt.NDArray[np.int64]

    @classmethod
    def of(
        cls,
        pairs: _Pairs,
        documents: Sequence[Document],
        dates: _Dates,
        threshold: float,
        margin: float,
    ) -> _Sources:
        """For each B, the A it copied from: the earliest A (then the smallest doc_id) among
        those B reuses nearly the most characters with (fewer than ``NEAR_CHARS`` fewer).
        Quotations count for nothing. Every pair is judged at once (``direction``); the few
        that only duplicate text could settle are compared in Python."""
        b, a = pairs.doc, pairs.other
        value = pairs.reused_share
        # nothing reused outside boilerplate; or undated and too little shared
        wanted = (value != 0) & ((value >= threshold) | dates.dated[b])
        basis = _directions(
            dates, a, b, value, pairs.reused_share[pairs.reverse], threshold, margin
        )
        # the same words both ways, undecided: duplicates, perhaps
        tied = np.flatnonzero(
            wanted & (basis < 0) & (value == 1.0) & (pairs.reused_share[pairs.reverse] == 1.0)
        )
        bodies = _Bodies(documents)
        for k, first, second in zip(tied.tolist(), a[tied].tolist(), b[tied].tolist(), strict=True):
            if _duplicate(documents[first], documents[second], partial(bodies.same, first, second)):
                basis[k] = _IDENTICAL
        options = np.flatnonzero(wanted & (basis >= 0))
        most = np.zeros(len(documents), np.int64)
        np.maximum.at(most, b[options], pairs.reused[options])
        options = options[most[b[options]] - pairs.reused[options] < NEAR_CHARS]
        # the best option of each B first: the earliest A, the first doc_id, the largest share
        options = options[
            np.lexsort(
                (-value[options], dates.id_rank[a[options]], dates.rank[a[options]], b[options])
            )
        ]
        firsts = options[np.flatnonzero(np.diff(b[options], prepend=-1) != 0)]
        n_docs = len(documents)
        source = np.full(n_docs, -1, np.int64)
        share = np.zeros(n_docs, np.float64)
        chosen = np.full(n_docs, -1, np.int64)
        source[b[firsts]] = a[firsts]
        share[b[firsts]] = value[firsts]
        chosen[b[firsts]] = basis[firsts]
        return cls(source, share, chosen)


def _directions(
    dates: _Dates,
    a: npt.NDArray[np.int64],
    b: npt.NDArray[np.int64],
    b_with_a: npt.NDArray[np.float64],
    a_with_b: npt.NDArray[np.float64],
    threshold: float,
    margin: float,
) -> npt.NDArray[np.int64]:
    """Per pair, the basis on which B copied from A (its code in ``_BASES``), or -1 when it did
    not (or it cannot be told).

    Containment needs B's share to exceed A's by more than ``margin``: two near-identical copies
    differ by a few characters, which says nothing about who copied whom. A dated text that an
    undated one holds most of is as likely its source (a statement an article quotes in full)
    as its copy: containment only ever makes the undated one the copy.
    """
    found = np.full(len(a), -1, np.int64)
    contains = (b_with_a >= threshold) & (b_with_a > a_with_b + margin)
    dated_a, dated_b = dates.dated[a], dates.dated[b]
    both = dated_a & dated_b
    earlier, later = dates.before(a, b), dates.before(b, a)
    found[~dated_b & contains] = _CONTAINMENT
    found[both & ~earlier & ~later & contains] = _SAME_DATE  # the dates tie: containment decides
    found[earlier] = _DATE
    return found


def _verdicts(
    pairs: _Pairs, sources: _Sources, clusters: Sequence[Cluster], threshold: float
) -> list[DocumentVerdict]:
    """Each document's verdict: one that reuses text and copied from no source past the
    threshold is original when it is the source of every cluster it holds with a document
    it reuses text with."""
    reused = pairs.reused_total
    found = np.where(pairs.shared_total > 0, _QUOTES, _UNIQUE)
    found[reused > 0] = _ORIGINAL
    copied = (sources.source >= 0) & (sources.share >= threshold)
    found[(reused > 0) & copied] = _SYNDICATED
    judged = ((reused > 0) & ~copied).tolist()
    copied_from = sources.source.tolist()
    clusters_of: dict[int, list[Cluster]] = defaultdict(list)
    for cluster in clusters:
        for doc in cluster.docs:
            if judged[doc]:
                clusters_of[doc].append(cluster)
    first: dict[str, bool] = {}  # per cluster, whether its earliest document is its source
    members: dict[str, frozenset[int]] = {}  # per cluster, its documents as a set
    for b, held in clusters_of.items():
        reusing: frozenset[int] | None = None
        for cluster in held:
            if cluster.earliest.doc == b:
                named = first.get(cluster.cluster_id)
                if named is None:
                    named = first[cluster.cluster_id] = _first_in(cluster, b, copied_from)
                if named:
                    continue
            if reusing is None:
                reusing = frozenset(pairs.reusing(b))
            # the shorter walked, looked up in the other's set (a cluster of thousands of
            # documents, a document linked to thousands)
            docs = cluster.docs
            if len(reusing) <= len(docs):
                held_set = members.get(cluster.cluster_id)
                if held_set is None:
                    held_set = members[cluster.cluster_id] = frozenset(docs)
                shares = not held_set.isdisjoint(reusing)
            else:
                shares = not reusing.isdisjoint(docs)
            if shares:
                found[b] = _PARTIAL
                break
    return [_VERDICTS[k] for k in found.tolist()]


_VERDICTS = (
    DocumentVerdict.SYNDICATED,
    DocumentVerdict.ORIGINAL,
    DocumentVerdict.PARTIAL,
    DocumentVerdict.QUOTES,
    DocumentVerdict.UNIQUE,
)
_SYNDICATED, _ORIGINAL, _PARTIAL, _QUOTES, _UNIQUE = range(5)


def _links(pairs: _Pairs, sources: _Sources, dates: _Dates) -> list[PairLink]:
    """A link per pair of documents sharing text, from what each measured of the other, in
    order of doc_id; its direction is either one's ``copied_from`` (when it is the other)."""
    # each pair once, from its second document by doc_id
    rows = np.flatnonzero(dates.id_rank[pairs.other] < dates.id_rank[pairs.doc])
    back = pairs.reverse[rows]
    shared = (pairs.chars[rows] != 0) | (pairs.chars[back] != 0)  # not only boilerplate
    rows, back = rows[shared], back[shared]
    a, b = pairs.other[rows], pairs.doc[rows]
    order = np.lexsort((dates.id_rank[b], dates.id_rank[a]))
    rows, back, a, b = rows[order], back[order], a[order], b[order]
    from_a = sources.source[b] == a  # b copied from a
    from_b = ~from_a & (sources.source[a] == b)
    source = np.where(from_a, a, np.where(from_b, b, -1))
    basis = np.where(from_a, sources.basis[b], np.where(from_b, sources.basis[a], -1))
    kinds = (LinkKind.PASSAGE, LinkKind.QUOTATION)
    # tuples made as they are (a named tuple's own ``__new__`` takes twice as long)
    return list(
        map(
            tuple.__new__,
            repeat(PairLink),
            zip(
                a.tolist(),
                b.tolist(),
                [kinds[k] for k in (pairs.reused[back] == 0).tolist()],
                pairs.chars[back].tolist(),
                pairs.chars[rows].tolist(),
                pairs.share[back].tolist(),
                pairs.share[rows].tolist(),
                [None if k < 0 else k for k in source.tolist()],
                [None if k < 0 else _BASES[k] for k in basis.tolist()],
                pairs.passages[rows].tolist(),
                pairs.reused[back].tolist(),
                pairs.reused[rows].tolist(),
                strict=True,
            ),
        )
    )


def _first_in(cluster: Cluster, doc: int, copied_from: Sequence[int | None]) -> bool:
    """Whether ``doc`` is the cluster's source: its earliest occurrence, picked by dates, or,
    where only doc_id order picked it, with every other member known to have copied from it."""
    if cluster.earliest.doc != doc:
        return False
    if not cluster.earliest_by_doc_id:
        return True
    return all(copied_from[other] == doc for other in cluster.docs if other != doc)


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
    document before its start and before its end (never before its start), whether it
    reaches a quoted region and its kept characters outside them (``_quoted``); per
    document, its kept characters from its body on and its characters in boilerplate."""

    before_start: npt.NDArray[np.int64]
    before_end: npt.NDArray[np.int64]
    overlaps: npt.NDArray[np.bool_]
    outside: npt.NDArray[np.int64]
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
    compiled: bool | None = None,
) -> _Counts:
    """``_Counts`` of every side and document, for a run of documents at a time (about
    ``MEASURE_CHARS`` of text): one pass over the run's characters, then only look-ups at the
    places asked about: per side, whether it overlaps one of its document's ``regions``
    (inside quotation marks) and how many of its kept characters lie outside them.
    ``compiled``: the kept characters told by numba's kernel (None: when numba is installed
    and the text is long enough to repay loading it), else by NumPy; the same counts either
    way."""
    lengths = [len(doc.text) for doc in documents]
    if compiled is None:
        compiled = sum(lengths) >= COMPILED_MIN_CHARS and _kept_bits() is not None
    counts = _Counts(
        np.zeros(len(sides.docs), np.int64),
        np.zeros(len(sides.docs), np.int64),
        np.zeros(len(sides.docs), np.bool_),
        np.zeros(len(sides.docs), np.int64),
        np.zeros(len(documents), np.int64),
        np.zeros(len(documents), np.int64),
    )
    order = np.argsort(sides.docs)  # each side is counted alone: ties in any order
    bounds = np.searchsorted(sides.docs[order], np.arange(len(documents) + 1)).tolist()
    buffers = _Buffers(max([min(MEASURE_CHARS, sum(lengths)), *lengths]))
    first = 0
    while first < len(documents):
        last, chars = first + 1, lengths[first]
        while last < len(documents) and chars + lengths[last] <= MEASURE_CHARS:
            chars += lengths[last]
            last += 1
        run = _Run(documents, first, last, buffers, excluded, compiled)
        counts.n_chars[first:last], counts.excluded[first:last] = run.documents()
        mine = order[bounds[first] : bounds[last]]
        if len(mine):
            run.sides(sides, mine, regions, counts)
        first = last
    return counts


# Characters of text from which the kept characters are told by the compiled kernel (2.5 times
# NumPy's speed; a run this long has loaded numba's compiler for its sketches already).
COMPILED_MIN_CHARS = 4_000_000


@cache
def _kept_bits():  # type: ignore[no-untyped-def]
    """The kernel (``attribute_numba.kept_bits``), or None without numba."""
    if numba_module() is None:
        return None
    from provenance.clustering.attribute_numba import kept_bits

    return kept_bits


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
        compiled: bool = False,
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
        spans = [
            (start + max(0, a), start + min(b, length))
            for k, (start, length) in enumerate(zip(self.offsets.tolist(), lengths, strict=False))
            for a, b in excluded[first + k]
        ]
        self.non_space: npt.NDArray[np.int64] | None = None  # per document, when some are excluded
        # a byte more than the characters need: the place after the last one has a byte too
        self._bits = np.zeros(size // 8 + 1, np.uint8)
        self._before = buffers.before[: len(self._bits)]
        if compiled:
            table = np.asarray(spans, np.int64).reshape(-1, 2)
            non_space = np.empty(len(self.docs), np.int64)
            _kept_bits()(
                points, _NOT_SPACE, _BITS_SET, self.offsets, table[:, 0].copy(),
                table[:, 1].copy(), self._bits, self._before, non_space,
            )  # fmt: skip
            self.non_space = non_space if spans else None
            return
        _non_space(points, kept, buffers.scratch[:size])
        if spans:
            nonempty = np.flatnonzero(lengths)
            self.non_space = np.zeros(len(self.docs), np.int64)
            self.non_space[nonempty] = np.add.reduceat(kept, self.offsets[nonempty], dtype=np.int64)
            for a, b in spans:
                kept[a:b] = False
        self._bits[: (size + 7) // 8] = np.packbits(kept, bitorder="little")
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
        counts.outside[mine] = before_end - before_start
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
        counts.overlaps[mine] = overlaps
        counts.outside[mine] = outside

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


def _sorted_by(keys: Sequence[npt.NDArray[np.int64]], stable: bool = True) -> npt.NDArray[np.intp]:
    """The stable order of rows by ``keys``, the first the most significant: sorted on one key
    made of them all when they are not negative and it fits in 63 bits (NumPy sorts one key
    about four times as fast as lexsort sorts three, on a million rows), else by lexsort.
    ``stable``: False where the order of rows with equal keys does not matter (NumPy's
    unstable sort of one key is three times as fast as its stable one)."""
    bounds = [int(key.max()) + 1 if len(key) else 1 for key in keys]
    if prod(bounds) < 1 << 63 and all(not len(key) or key.min() >= 0 for key in keys):
        combined = keys[0]
        for key, bound in zip(keys[1:], bounds[1:], strict=True):
            combined = combined * bound + key
        return np.argsort(combined, kind="stable" if stable else None)
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


def date_order(doc: Document) -> tuple[int, str, str]:
    """Sorts dated documents first, earliest first (a whole day before times on that day)."""
    if doc.published is None:
        return (1, "", "")
    instant = doc.published.instant
    return (0, doc.published.day.isoformat(), instant.isoformat() if instant else "")


def _share(chars: int, total: int) -> float:
    return round(chars / total, SHARE_PLACES) if total else 0.0


# Whether each code point is white space (str.isspace()); all of them lie below U+3001, so
# higher code points are looked up as U+3001, which is not.
_IS_SPACE = np.array([chr(c).isspace() for c in range(0x3002)], dtype=bool)
_NOT_SPACE = (~_IS_SPACE).astype(np.uint8)  # 1 for the kept: the compiled kernel's table
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
