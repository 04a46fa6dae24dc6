"""Attribution's verdicts, sources and links worked out document by document and pair by
pair, each pair of documents a record of its own (``_Shared``) in a dict per document: the
rules ``provenance.clustering.attribute.attribute`` applies on arrays of pairs (it was the run's
own code before that), kept as its test oracle. The character counts, the quotation measure
of a side (``_quoted``, over the words it shares) and the duplicate test are the module's."""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import partial
from itertools import chain
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from provenance.clustering.attribute import (
    NEAR_CHARS,
    SHARE_PLACES,
    Span,
    _Bodies,
    _count_sides,
    _Counts,
    _duplicate,
    _quoted,
    _shared_probes,
    _Sides,
    _sorted_by,
    _union_counts,
    date_order,
)
from provenance.model import (
    Attribution,
    Cluster,
    DirectionBasis,
    Document,
    DocumentVerdict,
    LinkKind,
    PairLink,
)


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
    kept = np.flatnonzero(table[:, 0] != table[:, 3])  # one aligned with itself shares nothing
    table = table[kept]
    # each side of each link, by its document: the second documents' sides, then the first's
    sides = _Sides(
        np.concatenate([table[:, 3], table[:, 0]]),
        np.concatenate([table[:, 0], table[:, 3]]),
        np.concatenate([table[:, 4], table[:, 1]]),
        np.concatenate([table[:, 5], table[:, 2]]),
    )
    probes, owner = _shared_probes(sides, kept, len(links), shared)
    counts = _count_sides(documents, excluded, regions, probes)
    quoted_side = _quoted(counts, owner, len(sides.docs))
    both = quoted_side[: len(table)] & quoted_side[len(table) :]
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
    """(A, B's share with A, basis) for the A that B copied from: the earliest A, then the
    smallest doc_id, among those B reuses nearly the most characters with (``NEAR_CHARS``).
    Quotations count for nothing."""
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
            options.append(
                (shared.reused_chars, date_order(documents[a]), documents[a].doc_id, a, basis)
            )
    if not options:
        return None
    most = max(option[0] for option in options)
    near = [option for option in options if most - option[0] < NEAR_CHARS]
    _, _, _, a, basis = min(near, key=lambda option: (option[1], option[2], -option[0]))
    return a, shares.get(b, a), basis


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
                    a_reused=of_a.reused_chars,
                    b_reused=of_b.reused_chars,
                )
            )
    return sorted(links, key=lambda link: (documents[link.a].doc_id, documents[link.b].doc_id))


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
