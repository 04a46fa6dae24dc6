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
    table = np.asarray([(*a, *b) for a, b in links], np.int64).reshape(-1, 6)
    marks = _QuoteMarks(documents, excluded, regions)
    sides_quoted = marks.quoted(
        np.concatenate([table[:, 0], table[:, 3]]),
        np.concatenate([table[:, 1], table[:, 4]]),
        np.concatenate([table[:, 2], table[:, 5]]),
    )  # the first document's side of each link, then the second's
    both = sides_quoted[: len(table)] & sides_quoted[len(table) :]
    measured = _measure_all(documents, excluded, table, both)
    shares = _Shares({b: m.with_others for b, m in enumerate(measured) if m.with_others})
    sources = [_copied_from(b, documents, shares, threshold, margin) for b in range(len(documents))]
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


# A document prints shared text inside quotation marks when fewer than this many of its
# characters (white space aside) lie outside them: "X said: “…”" is still a quotation.
QUOTED_SLACK = 40


class _QuoteMarks:
    """Whether spans of documents lie inside quotation marks, but for ``QUOTED_SLACK``."""

    def __init__(
        self,
        documents: Sequence[Document],
        excluded: Sequence[Sequence[tuple[int, int]]],
        regions: Sequence[Sequence[tuple[int, int]]],
    ) -> None:
        self._documents, self._excluded, self._regions = documents, excluded, regions

    def quoted(
        self,
        docs: npt.NDArray[np.int64],
        starts: npt.NDArray[np.int64],
        ends: npt.NDArray[np.int64],
    ) -> npt.NDArray[np.bool_]:
        """Per span (document, start, end): whether it overlaps a quoted region and fewer than
        ``QUOTED_SLACK`` of its characters (white space aside) lie outside quoted regions and
        boilerplate. A document's counts are made once, for all its spans."""
        found = np.zeros(len(docs), np.bool_)
        if not len(docs):
            return found
        order = np.argsort(docs, kind="stable")
        heads = np.flatnonzero(np.diff(docs[order], prepend=-1))
        for doc, group in zip(docs[order][heads].tolist(), np.split(order, heads[1:]), strict=True):
            regions = self._regions[doc]
            if not regions:
                continue
            first, last = starts[group], ends[group]
            region_starts, region_ends = np.asarray(sorted(regions), np.int64).T
            # the first region (in order of start) that reaches past a span's start overlaps
            # it when it starts before the span's end; no region before it reaches the span
            k = np.searchsorted(np.maximum.accumulate(region_ends), first, side="right")
            overlaps = k < len(regions)
            overlaps[overlaps] &= region_starts[k[overlaps]] < last[overlaps]
            outside = NonSpaceCounter(
                self._documents[doc].text, [*self._excluded[doc], *regions]
            ).counts(first, last)
            found[group] = overlaps & (outside < QUOTED_SLACK)
        return found


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


# Characters of text counted at once by ``_measure_all``: one prefix sum over the texts of
# consecutive documents (8 bytes a character), so that no step runs once per pair.
MEASURE_CHARS = 4_000_000


def _measure_all(
    documents: Sequence[Document],
    excluded: Sequence[Sequence[tuple[int, int]]],
    table: npt.NDArray[np.int64],
    quotation: npt.NDArray[np.bool_],
) -> list[_Measured]:
    """What each document shares with each other: ``table``, a link a row (a, a_start,
    a_end, b, b_start, b_end); ``quotation``: per link, whether both print it inside
    quotation marks. Counted for documents a run of them at a time, every pair's unions at
    once."""
    apart = table[:, 0] != table[:, 3]
    table, quotation = table[apart], quotation[apart]
    docs = np.concatenate([table[:, 3], table[:, 0]])  # each side of each link, by its document
    others = np.concatenate([table[:, 0], table[:, 3]])
    starts = np.concatenate([table[:, 4], table[:, 1]])
    ends = np.concatenate([table[:, 5], table[:, 2]])
    flags = np.concatenate([quotation, quotation])
    order = np.lexsort((starts, others, docs))
    sides = _SideRows(docs[order], others[order], starts[order], ends[order], flags[order])
    bounds = np.searchsorted(sides.docs, np.arange(len(documents) + 1))
    measured: list[_Measured] = []
    first = 0
    while first < len(documents):
        last, chars = first + 1, len(documents[first].text)
        while last < len(documents) and chars + len(documents[last].text) <= MEASURE_CHARS:
            chars += len(documents[last].text)
            last += 1
        measured.extend(
            _measure_run(documents, excluded, first, last, sides.rows(bounds[first], bounds[last]))
        )
        first = last
    return measured


class _SideRows(NamedTuple):
    """Sides of links, ordered by document, other document and start: the document, the
    other, the span of the document's text, and whether the link is a quotation both print."""

    docs: npt.NDArray[np.int64]
    others: npt.NDArray[np.int64]
    starts: npt.NDArray[np.int64]
    ends: npt.NDArray[np.int64]
    quotation: npt.NDArray[np.bool_]

    def rows(self, low: int, high: int) -> _SideRows:
        return _SideRows(
            self.docs[low:high],
            self.others[low:high],
            self.starts[low:high],
            self.ends[low:high],
            self.quotation[low:high],
        )


def _measure_run(
    documents: Sequence[Document],
    excluded: Sequence[Sequence[tuple[int, int]]],
    first: int,
    last: int,
    sides: _SideRows,
) -> list[_Measured]:
    """``_measure_all`` for documents ``first`` to ``last`` (``sides``: theirs): one prefix
    sum over their texts laid end to end, with every document's spans offset into it."""
    run = documents[first:last]
    counted = [_counted(doc.text, excluded[first + k]) for k, doc in enumerate(run)]
    offsets = np.concatenate(([0], np.cumsum([len(doc.text) for doc in run]))).astype(np.int64)
    prefix = np.concatenate(([0], np.cumsum(np.concatenate([c for c, _ in counted]))))
    kept = prefix[offsets[1:]] - prefix[offsets[:-1]]
    left_out = np.asarray([total for _, total in counted], np.int64) - kept
    bodies = offsets[:-1] + np.asarray([doc.body_start for doc in run], np.int64)
    n_chars = (prefix[offsets[1:]] - prefix[bodies]).tolist()
    local = sides.docs - first
    low, high = offsets[local] + sides.starts, offsets[local] + np.maximum(sides.starts, sides.ends)
    scale = np.int64(offsets[-1] + 1)
    # per pair of documents (the rows are in order of document, then other)
    fresh = (np.diff(local, prepend=-1) != 0) | (np.diff(sides.others, prepend=-1) != 0)
    pair = np.cumsum(fresh) - 1
    heads = np.flatnonzero(fresh)
    n_pairs = len(heads)
    reused = ~sides.quotation
    chars = _unions(prefix, scale, pair, low, high, n_pairs).tolist()
    reused_chars = _unions(prefix, scale, pair[reused], low[reused], high[reused], n_pairs).tolist()
    passages = np.diff(np.append(heads, len(local))).tolist()
    pair_others = sides.others[heads].tolist()
    # per document, every span it shares, whoever with
    by_start = np.lexsort((low, local))
    every = _unions(prefix, scale, local[by_start], low[by_start], high[by_start], len(run))
    by_start = by_start[reused[by_start]]
    every_reused = _unions(prefix, scale, local[by_start], low[by_start], high[by_start], len(run))
    pair_bounds = np.searchsorted(local[heads], np.arange(len(run) + 1)).tolist()
    found = []
    for k, (shared, reusing, out) in enumerate(
        zip(every.tolist(), every_reused.tolist(), left_out.tolist(), strict=True)
    ):
        total = n_chars[k]
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


def _unions(
    prefix: npt.NDArray[np.int64],
    scale: np.int64,
    groups: npt.NDArray[np.int64],
    starts: npt.NDArray[np.int64],
    ends: npt.NDArray[np.int64],
    n_groups: int,
) -> npt.NDArray[np.int64]:
    """Per group (0 to ``n_groups`` - 1), the characters (``prefix``: their running count) in
    the union of its spans (``ends`` at least ``starts``, positions below ``scale``), the spans
    ordered by group, then start. A span overlapping or touching the furthest end so far in
    its group joins that stretch; one running maximum serves every group, its keys offset by
    group."""
    found = np.zeros(n_groups, np.int64)
    if not len(starts):
        return found
    base = groups * scale
    reach = np.maximum.accumulate(base + ends)
    fresh = base + starts > np.concatenate(([-1], reach[:-1]))  # starts a stretch
    heads = np.flatnonzero(fresh)
    stretch_ends = reach[np.append(heads[1:], len(starts)) - 1] - base[heads]
    np.add.at(found, groups[heads], prefix[stretch_ends] - prefix[starts[heads]])
    return found


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
            basis = _duplicate(documents[a], documents[b])
        if basis is not None:
            options.append((-value, date_order(documents[a]), documents[a].doc_id, a, basis))
    if not options:
        return None
    value, _, _, a, basis = min(options)
    return a, -value, basis


def _duplicate(a: Document, b: Document) -> DirectionBasis | None:
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
    if not named or normalise(a.text[a.body_start :]) != normalise(b.text[b.body_start :]):
        return None
    return DirectionBasis.IDENTICAL


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
