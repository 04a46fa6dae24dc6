"""Attribute stage: the earliest occurrence of each cluster, and who copied whom.

Earliest: the occurrence with the earliest ``published`` (a day ties with any time on that day),
ties broken by (doc_id, start). ``earliest_basis``, by precedence: ``undated`` (no occurrence is
dated), ``undated_possible`` (an undated document could precede the earliest dated one), ``tie``
(two or more documents share the earliest date), ``dated``.

Syndication: B's shared share with A is the share of B's characters (white space excluded) that
lie in occurrences of clusters A also holds. B copied from A when A is the earlier by date (both
dated), or, when either is undated, when that share reaches the syndication threshold and exceeds
A's share with B by more than the containment margin (containment).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import partial
from typing import NamedTuple

import numpy as np

from provenance.dates import Published
from provenance.model import (
    Attribution,
    Cluster,
    DirectionBasis,
    Document,
    DocumentVerdict,
    EarliestBasis,
    Occurrence,
)

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


def attribute(
    documents: Sequence[Document],
    clusters: Sequence[Cluster],
    threshold: float,
    margin: float,
    boilerplate: Sequence[Sequence[tuple[int, int]]] | None = None,
) -> list[Attribution]:
    """One attribution per document, in document order. Characters in ``boilerplate`` spans
    (per document) count in neither the reused text nor the whole."""
    excluded = boilerplate or [[] for _ in documents]
    clusters_of: dict[int, list[Cluster]] = defaultdict(list)
    spans_in: dict[int, list[list[tuple[int, int]]]] = defaultdict(list)  # per cluster of it
    for cluster in clusters:
        mine: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for occ in cluster.occurrences:
            mine[occ.doc].append((occ.start, occ.end))
        for doc in cluster.docs:
            clusters_of[doc].append(cluster)
            spans_in[doc].append(mine[doc])
    # one document's character counts at a time: a counter holds a prefix sum per character
    measured = [
        _measure(b, doc, excluded[b], clusters_of.get(b, []), spans_in.get(b, []))
        for b, doc in enumerate(documents)
    ]
    shares = _Shares({b: m.groups for b, m in enumerate(measured) if m.groups})
    sources = [_copied_from(b, documents, shares, threshold, margin) for b in range(len(documents))]
    copied_from = [None if s is None else s[0] for s in sources]
    result = []
    for b, source in enumerate(sources):
        reused = measured[b].reused
        if reused == 0:
            verdict = DocumentVerdict.UNIQUE
        elif source is not None and source[1] >= threshold:
            verdict = DocumentVerdict.SYNDICATED
        elif all(_first_in(cluster, b, copied_from) for cluster in clusters_of[b]):
            verdict = DocumentVerdict.ORIGINAL
        else:
            verdict = DocumentVerdict.PARTIAL
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
    return result


def _first_in(cluster: Cluster, doc: int, copied_from: Sequence[int | None]) -> bool:
    """Whether ``doc`` is the cluster's source: its earliest occurrence, picked by dates, or,
    where only doc_id order picked it, with every other member known to have copied from it."""
    if cluster.earliest.doc != doc:
        return False
    if not cluster.earliest_by_doc_id:
        return True
    return all(copied_from[other] == doc for other in cluster.docs if other != doc)


class _Measured(NamedTuple):
    """What attribution needs of one document's characters (white space never counts)."""

    n_chars: int  # in its body, outside boilerplate
    reused: int  # of those, in occurrences of clusters
    excluded: int  # in boilerplate
    groups: list[tuple[set[int], float]]  # its share with each group of other documents


def _measure(
    b: int,
    doc: Document,
    excluded: Sequence[tuple[int, int]],
    clusters: Sequence[Cluster],
    spans: Sequence[Sequence[tuple[int, int]]],
) -> _Measured:
    """``spans``: the document's occurrences of each of its ``clusters``."""
    if not clusters and not excluded:  # nothing reused, nothing left out: one count will do
        return _Measured(count_non_space(doc.text, doc.body_start), 0, 0, [])
    counter = NonSpaceCounter(doc.text, excluded)
    n_chars = counter.count(doc.body_start, len(doc.text))
    groups = _share_groups(b, clusters, spans, counter, n_chars) if clusters else []
    reused = counter.union([span for found in spans for span in found])
    return _Measured(n_chars, reused, counter.excluded, groups)


def _share_groups(
    b: int,
    clusters: Sequence[Cluster],
    spans: Sequence[Sequence[tuple[int, int]]],
    counter: NonSpaceCounter,
    n_chars: int,
) -> list[tuple[set[int], float]]:
    """B's shared share with every A, per group of As that hold the same clusters of B: a
    sentence printed by N documents costs set operations over N documents for each of them,
    not N² stored pairs."""
    held: defaultdict[int, list[int]] = defaultdict(list)  # A → the clusters of B it holds
    for k, cluster in enumerate(clusters):
        for a in cluster.docs:
            if a != b:
                held[a].append(k)
    groups: defaultdict[tuple[int, ...], set[int]] = defaultdict(set)
    for a, ks in held.items():
        groups[tuple(ks)].add(a)
    return [
        (docs, _share(counter.union([s for k in ks for s in spans[k]]), n_chars))
        for ks, docs in groups.items()
    ]


class _Shares:
    """B's shared share with every A, from B's groups."""

    def __init__(self, groups: dict[int, list[tuple[set[int], float]]]) -> None:
        self._groups = groups

    def groups(self, b: int) -> list[tuple[set[int], float]]:
        return self._groups.get(b, [])

    def get(self, reader: int, other: int) -> float:
        return next((value for docs, value in self.groups(reader) if other in docs), 0.0)


def _copied_from(
    b: int,
    documents: Sequence[Document],
    shares: _Shares,
    threshold: float,
    margin: float,
) -> tuple[int, float, DirectionBasis] | None:
    """(A, B's share with A, basis) for the A that B copied from with the largest share;
    among equal shares the earliest A, then the smallest doc_id."""
    options = []
    for docs, value in shares.groups(b):
        if value == 0 or (value < threshold and documents[b].published is None):
            continue  # nothing shared outside boilerplate; or undated and too little shared
        for a in docs:
            basis = _direction(
                documents[a], documents[b], value, partial(shares.get, a, b), threshold, margin
            )
            if basis is not None:
                options.append((-value, date_order(documents[a]), documents[a].doc_id, a, basis))
    if not options:
        return None
    value, _, _, a, basis = min(options)
    return a, -value, basis


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
    if a.published is not None and b.published is not None:
        return DirectionBasis.DATE if a.published.before(b.published) else None
    if b_with_a >= threshold and b_with_a > a_with_b() + margin:
        return DirectionBasis.CONTAINMENT
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
        points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        counted = ~_IS_SPACE[np.minimum(points, len(_IS_SPACE) - 1)]
        total = int(counted.sum())
        for start, end in excluded:
            counted[start:end] = False
        self._prefix = np.concatenate(([0], np.cumsum(counted, dtype=np.int64)))
        self.excluded = total - int(self._prefix[-1])  # characters left out

    def count(self, start: int, end: int) -> int:
        return int(self._prefix[end] - self._prefix[start]) if end > start else 0

    def union(self, spans: Sequence[tuple[int, int]]) -> int:
        """Characters in the union of possibly overlapping spans."""
        return sum(self.count(start, end) for start, end in _merged(spans))


def count_non_space(text: str, start: int = 0) -> int:
    """Characters other than white space in ``text[start:]``: what ``NonSpaceCounter`` counts,
    without its prefix sums (``str.split`` and ``str.isspace`` agree on white space)."""
    return sum(map(len, text[start:].split()))


def _merged(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The union of possibly overlapping spans, as disjoint spans in order."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        elif end > start:
            merged.append((start, end))
    return merged
