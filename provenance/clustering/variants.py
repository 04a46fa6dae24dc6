"""Quote rows: each quote paragraph tied to its cluster and compared with the earliest version.

A quote paragraph belongs to the cluster whose occurrence in its document holds at least half of
its words (the most, when several do; among equals the cluster first published). Its variant
compares its words inside that occurrence with the earliest version (the longest occurrence in
the earliest document: the full quote, not a headline's fragment of it), narrowed to the quoted
words there when it is quoted:

- ``fragment``: it holds less than ``FRAGMENT_SHARE`` of the earliest version's words;
- ``edited``: words changed, added ([bracketed insertions]) or dropped inside it without an
  ellipsis, or the same words with other spelling or punctuation;
- ``truncated``: words cut at either end, or dropped at an ellipsis;
- ``exact``: the same text (white space, case, the style of quotation marks, apostrophes,
  dashes and ellipses, and punctuation at either edge, which follows the sentence around a
  quote: “…,” she said / “….”, aside). The earliest version itself is exact.

A quote paragraph that shares no word with the earliest version is no version of it, and is in
no cluster.

A cluster's speaker is that of its earliest occurrence credited to someone (date order, then
doc_id); ``speaker_conflict`` is set when two occurrences credit it to keys that cannot name one
speaker (see ``speakers.compatible``).
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence
from itertools import accumulate

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from provenance.clustering.attribute import date_order
from provenance.model import Cluster, Document, Occurrence, Quote, QuoteRow, QuoteVariant
from provenance.text.normalise import _CHAR, word_spans, words
from provenance.text.segment import sentence_spans
from provenance.text.speakers import conflicting

FRAGMENT_SHARE = 0.5
_ELLIPSIS = re.compile(r"…|\.\s?\.\s?\.")
_EDGE = "\"'“”‘’«»„ \t\n.,;:!?…-–—"


def quote_rows(
    quotes: Sequence[Quote], clusters: Sequence[Cluster], documents: Sequence[Document]
) -> list[QuoteRow]:
    """One row per paragraph of every quote, in document order."""
    by_doc = _ByDocument(clusters)
    quoted_parts: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for quote in quotes:
        quoted_parts[quote.doc].extend(quote.parts)
    rows: list[QuoteRow] = []
    references: dict[tuple[int, int, int], _Reference] = {}
    canonicals: dict[str, Occurrence] = {}  # per cluster, its version copies are compared with
    versions = _Versions(documents)
    variants: dict[tuple[str, int, int, int], QuoteVariant | None] = {}
    ranks = _Ranks(documents)
    parts = [(quote, start, end) for quote in quotes for start, end in quote.parts]
    touching = by_doc.touching(parts).tolist()
    for (quote, start, end), touches in zip(parts, touching, strict=True):
        if not touches:  # the usual case: a quote no one else printed
            rows.append(QuoteRow(quote, start, end, None, False, None))
            continue
        held = by_doc.get(quote.doc)
        assert held is not None  # it holds an occurrence the paragraph touches
        text = documents[quote.doc].text
        found = _occurrence(text, start, end, held.reaching(start, end), ranks)
        if found is None:
            rows.append(QuoteRow(quote, start, end, None, False, None))
            continue
        cluster, occ, _ = found
        earliest = occ == cluster.earliest
        if cluster.cluster_id not in canonicals:
            canonicals[cluster.cluster_id] = _canonical(cluster)
        canonical = canonicals[cluster.cluster_id]
        if occ in (cluster.earliest, canonical):
            variant: QuoteVariant | None = QuoteVariant.EXACT
        else:  # syndicated copies repeat a quote: each text is compared once
            version = versions(occ, cluster, canonical)
            row = text[max(start, occ.start) : min(end, occ.end)]
            key = (row, version.doc, version.start, version.end)
            if key not in variants:
                variants[key] = _variant(
                    documents,
                    row,
                    words(row),
                    version,
                    quoted_parts[version.doc],
                    references,
                )
            variant = variants[key]
        if variant is None:  # no word of the earliest version: not a version of it
            rows.append(QuoteRow(quote, start, end, None, False, None))
            continue
        rows.append(QuoteRow(quote, start, end, cluster.cluster_id, earliest, variant))
    return rows


class _Versions:
    """The earliest document's occurrence a copy's occurrence is compared with: the canonical
    one (``_canonical``), unless the earliest document holds several and the copy is most like
    another (``fuzz.ratio`` of the two normalised, then the longest): a cluster can join two
    passages of one story, and a copy of the first compared with the second reads as a
    fragment of it, or as no version at all. In the earliest document itself, the canonical
    one (a passage, then a piece of it re-quoted further on, is a fragment of it)."""

    def __init__(self, documents: Sequence[Document]) -> None:
        self._normalised = OccurrenceWords(documents)
        self._firsts: dict[str, list[Occurrence]] = {}  # per cluster, the earliest's occurrences

    def __call__(self, occ: Occurrence, cluster: Cluster, canonical: Occurrence) -> Occurrence:
        if occ.doc == canonical.doc:
            return canonical
        firsts = self._firsts.get(cluster.cluster_id)
        if firsts is None:
            firsts = self._firsts[cluster.cluster_id] = [
                o for o in cluster.occurrences if o.doc == canonical.doc
            ]
        if len(firsts) == 1:
            return canonical
        copy = self._normalised(occ)
        return max(
            firsts,
            key=lambda o: (fuzz.ratio(copy, self._normalised(o)), o.end - o.start, -o.start),
        )


class OccurrenceWords:
    """An occurrence's words, normalised (``normalise.words`` joined by spaces), each worked
    out once: a story copied by hundreds of articles is compared with each of them (quote
    variants here, the passages ``check`` lists)."""

    def __init__(self, documents: Sequence[Document]) -> None:
        self._documents = documents
        self._found: dict[tuple[int, int, int], str] = {}

    def __call__(self, o: Occurrence) -> str:
        key = (o.doc, o.start, o.end)
        found = self._found.get(key)
        if found is None:
            text = self._documents[o.doc].text
            found = self._found[key] = " ".join(words(text, o.start, o.end))
        return found


def _canonical(cluster: Cluster) -> Occurrence:
    """The version copies are compared with: the longest occurrence in the earliest document
    (the full quote, not a headline's fragment of it)."""
    first = cluster.earliest
    return max(
        (o for o in cluster.occurrences if o.doc == first.doc),
        key=lambda o: (o.end - o.start, -o.start),
        default=first,
    )


class _Ranks:
    """Clusters in the order ``_occurrence`` prefers them among equals: the first published
    (date order, then doc_id of its earliest document), then by id. Worked out once a
    cluster."""

    def __init__(self, documents: Sequence[Document]) -> None:
        self._documents = documents
        self._found: dict[str, tuple[tuple[int, str, str], str, str]] = {}

    def __call__(self, cluster: Cluster) -> tuple[tuple[int, str, str], str, str]:
        found = self._found.get(cluster.cluster_id)
        if found is None:
            first = self._documents[cluster.earliest.doc]
            found = self._found[cluster.cluster_id] = (
                date_order(first),
                first.doc_id,
                cluster.cluster_id,
            )
        return found


def _occurrence(
    text: str,
    start: int,
    end: int,
    reaching: Sequence[tuple[Cluster, Occurrence]],
    ranks: _Ranks,
) -> tuple[Cluster, Occurrence, bool | None] | None:
    """The occurrence holding most of the words (at least half); among equals, that of the
    cluster first published, which leads furthest back towards the source. ``reaching``: the
    document's occurrences that overlap the quote paragraph. With it, True when the paragraph
    lies wholly inside the occurrence, else None."""
    if not reaching:
        return None  # the usual case: a quote no one else printed
    if all(occ.start <= start and end <= occ.end for _, occ in reaching):
        # each holds every word: it only needs to have one (its words are worked out only
        # for a row compared with the earliest version, once per text)
        if not has_word(text, start, end):
            return None
        cluster, occ = (
            reaching[0] if len(reaching) == 1 else min(reaching, key=lambda pair: ranks(pair[0]))
        )
        return cluster, occ, True
    spans = word_spans(text, start, end)
    # words lie in order, apart: those inside an occurrence are a run of them
    starts, ends = [s for s, _ in spans], [e for _, e in spans]
    best: tuple[tuple[int, tuple[int, str, str], str, str], Cluster, Occurrence] | None = None
    for cluster, occ in reaching:
        inside = max(0, bisect_right(ends, occ.end) - bisect_left(starts, occ.start))
        if spans and 2 * inside >= len(spans):
            key = (-inside, *ranks(cluster))
            if best is None or key < best[0]:
                best = (key, cluster, occ)
    return None if best is None else (best[1], best[2], None)


def has_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a word (``words`` of it is not empty): a word
    character, which every word is made of, without finding and normalising every word."""
    return _WORD_CHAR.search(text, start, end) is not None


# a word character, as ``normalise`` defines it (one definition): every word holds one
_WORD_CHAR = re.compile(_CHAR)


class _ByDocument:
    """Each document's occurrences (``_Occurrences``): every occurrence put in order of
    document, then start, at once (stable: in cluster order among equals), and a document's
    made when a quote of it asks for them."""

    def __init__(self, clusters: Sequence[Cluster]) -> None:
        self._pairs = [(c, o) for c in clusters for o in c.occurrences]
        count = len(self._pairs)
        docs = np.fromiter((o.doc for _, o in self._pairs), np.int64, count)
        starts = np.fromiter((o.start for _, o in self._pairs), np.int64, count)
        ends = np.fromiter((o.end for _, o in self._pairs), np.int64, count)
        self._order = np.lexsort((starts, docs))
        self._docs, self._starts = docs[self._order], starts[self._order]
        docs = self._docs
        # the furthest end so far within each document: one running maximum, offset by
        # document
        scale = np.int64(int(ends.max()) + 1 if count else 1)
        self._reach = np.maximum.accumulate(docs * scale + ends[self._order]) - docs * scale
        held, firsts, sizes = np.unique(docs, return_index=True, return_counts=True)
        self._bounds = {
            doc: (first, first + size)
            for doc, first, size in zip(held.tolist(), firsts.tolist(), sizes.tolist(), strict=True)
        }
        self._made: dict[int, _Occurrences] = {}

    def touching(self, parts: Sequence[tuple[Quote, int, int]]) -> npt.NDArray[np.bool_]:
        """Per quote paragraph (its quote, start and end), whether an occurrence of its
        document overlaps it: the first occurrence (in order of start) whose document and end
        reach past the paragraph's start, where the furthest end so far first does, starts
        before the paragraph's end (``_Occurrences.reaching`` for every paragraph at once)."""
        count = len(parts)
        docs = np.fromiter((quote.doc for quote, _, _ in parts), np.int64, count)
        starts = np.fromiter((start for _, start, _ in parts), np.int64, count)
        ends = np.fromiter((end for _, _, end in parts), np.int64, count)
        if not len(self._docs) or not count:
            return np.zeros(count, np.bool_)
        scale = np.int64(max(int(self._reach.max()), int(ends.max()), 0) + 1)
        reach = self._docs * scale + self._reach  # never decreasing
        first = np.searchsorted(reach, docs * scale + starts, side="right")
        stop = np.searchsorted(self._docs * scale + self._starts, docs * scale + ends)
        found: npt.NDArray[np.bool_] = first < stop
        return found

    def get(self, doc: int) -> _Occurrences | None:
        found = self._made.get(doc)
        if found is None:
            bounds = self._bounds.get(doc)
            if bounds is None:
                return None
            low, high = bounds
            pairs = self._pairs
            found = self._made[doc] = _Occurrences(
                [pairs[k] for k in self._order[low:high].tolist()],
                self._starts[low:high].tolist(),
                self._reach[low:high].tolist(),
            )
        return found


class _Occurrences:
    """A document's occurrences in order of start (stable: one cluster's stay in its order),
    found by the span they overlap without testing them all; ``starts``: theirs, ``reach``:
    the furthest end so far."""

    def __init__(
        self,
        found: Sequence[tuple[Cluster, Occurrence]] = (),
        starts: list[int] | None = None,
        reach: list[int] | None = None,
    ) -> None:
        """``found`` in order with ``starts`` and ``reach`` when given, else put in order."""
        if starts is None or reach is None:
            found = sorted(found, key=lambda pair: pair[1].start)
            starts = [occ.start for _, occ in found]
            reach = list(accumulate((occ.end for _, occ in found), max))
        self._found, self._starts, self._reach = list(found), starts, reach

    def reaching(self, start: int, end: int) -> list[tuple[Cluster, Occurrence]]:
        # those before ``first`` end at or before ``start``; those from ``stop`` start at ``end``
        first, stop = bisect_right(self._reach, start), bisect_left(self._starts, end)
        return [(c, o) for c, o in self._found[first:stop] if start < o.end]


def _variant(
    documents: Sequence[Document],
    text: str,
    mine: tuple[str, ...],
    earliest: Occurrence,
    earliest_quotes: Sequence[tuple[int, int]],
    references: dict[tuple[int, int, int], _Reference],
) -> QuoteVariant | None:
    """Compares with the earliest occurrence, narrowed to the quoted part of it this row repeats
    most of when it is quoted (an interrupted quote, “…,” she said, “…”, has two). ``text``:
    the row's words inside its occurrence; ``mine``: their normalised words."""
    reference = documents[earliest.doc].text
    spans = [
        (max(s, earliest.start), min(e, earliest.end))
        for s, e in earliest_quotes
        if s < earliest.end and earliest.start < e
    ] or [(earliest.start, earliest.end)]
    chosen = spans[0]
    if len(spans) > 1:

        def common(span: tuple[int, int]) -> int:
            theirs = _cached(references, reference, *span).words
            return (len(mine) + len(theirs) - Indel.distance(mine, theirs)) // 2

        chosen = max(spans, key=common)
    return _classify(text, mine, *_sentences_repeated(mine, reference, *chosen, references))


class _Reference:
    """The words of ``text[start:end]``, an earliest version copies are compared with; its
    sentences and the spans of its words are worked out only when asked (for a version of
    one sentence, the usual case, they never are)."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self.words = words(text, start, end)
        self._sentences: list[tuple[int, int]] | None = None
        self._spans: list[tuple[int, int]] | None = None

    @property
    def sentences(self) -> list[tuple[int, int]]:
        if self._sentences is None:
            self._sentences = list(sentence_spans(self.text, self.start, self.end))
        return self._sentences

    @property
    def spans(self) -> list[tuple[int, int]]:
        if self._spans is None:
            self._spans = word_spans(self.text, self.start, self.end)
        return self._spans


def _cached(
    cache: dict[tuple[int, int, int], _Reference], reference: str, start: int, end: int
) -> _Reference:
    """``_Reference``, once per call of ``quote_rows`` (an earliest version is compared with
    every copy: its text lives as long as the documents, so its id names it for the call)."""
    key = (id(reference), start, end)
    found = cache.get(key)
    if found is None:
        found = cache[key] = _Reference(reference, start, end)
    return found


def _sentences_repeated(
    mine: tuple[str, ...],
    reference: str,
    start: int,
    end: int,
    cache: dict[tuple[int, int, int], _Reference],
) -> tuple[str, tuple[str, ...]]:
    """The sentences of ``reference[start:end]`` that a row of the words ``mine`` repeats words
    of, and their words: an earliest occurrence may be a passage of several sentences, and a
    quote of one of them is compared with that one (words it cuts from it are still seen)."""
    found = _cached(cache, reference, start, end)
    whole = reference[start:end], found.words
    spans = found.sentences
    if len(spans) < 2:
        return whole
    ops = Indel.opcodes(mine, found.words)
    matched = [k for op in ops if op.tag == "equal" for k in range(op.dest_start, op.dest_end)]
    if not matched or len(found.spans) != len(found.words):
        return whole
    first, last = found.spans[matched[0]][0], found.spans[matched[-1]][1]
    kept = [(s, e) for s, e in spans if s < last and first < e]
    if not kept:
        return whole
    repeated = reference[kept[0][0] : kept[-1][1]]
    return repeated, words(repeated)


def classify(text: str, reference: str) -> QuoteVariant | None:
    """How ``text`` relates to the earlier ``reference``; None when they share no word (no
    version of it: an attribution clause or another quote the occurrence runs over)."""
    return _classify(text, words(text), reference, words(reference))


def _classify(
    text: str, row: tuple[str, ...], reference: str, ref: tuple[str, ...]
) -> QuoteVariant | None:
    """``classify``, given the normalised words of both (``row``, ``ref``)."""
    ops = [op for op in Indel.opcodes(row, ref)]
    equal = [op for op in ops if op.tag == "equal"]
    common = sum(op.src_end - op.src_start for op in equal)
    if not row or not ref or common == 0:
        return None
    if common < FRAGMENT_SHARE * len(ref):
        return QuoteVariant.FRAGMENT
    first, last = equal[0], equal[-1]
    added = any(op.tag != "equal" and op.src_end > op.src_start for op in ops)
    dropped_inside = any(
        op.tag != "equal"
        and op.dest_end > op.dest_start
        and first.dest_start <= op.dest_start
        and op.dest_end <= last.dest_end
        for op in ops
    )
    if added or (dropped_inside and not _ELLIPSIS.search(text)):
        return QuoteVariant.EDITED
    if dropped_inside or first.dest_start > 0 or last.dest_end < len(ref):
        return QuoteVariant.TRUNCATED
    if _surface(text) == _surface(reference):
        return QuoteVariant.EXACT
    return QuoteVariant.EDITED


def _order(doc: Document) -> tuple[tuple[int, str, str], str]:
    return date_order(doc), doc.doc_id


def _surface(text: str) -> str:
    """The text as compared for ``exact``: white space, case, and the style of quotation
    marks, apostrophes, dashes and ellipses aside (as matching sets them aside), punctuation
    at either edge too."""
    return " ".join(text.translate(_STYLES).casefold().split()).strip(_EDGE)


# one style for the marks writers and outlets vary: ’ and ', “ and ", – — and -, … and ...
_STYLES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "..."})


def with_speakers(
    clusters: Sequence[Cluster], rows: Sequence[QuoteRow], documents: Sequence[Document]
) -> list[Cluster]:
    """Clusters with the speaker of their earliest credited occurrence and the conflict flag."""
    credited: dict[str, list[QuoteRow]] = defaultdict(list)
    for row in rows:
        if row.cluster_id is not None and row.quote.speaker is not None:
            credited[row.cluster_id].append(row)
    orders: dict[int, tuple[tuple[int, str, str], str]] = {}  # per document, once
    result = []
    for cluster in clusters:
        found = credited.get(cluster.cluster_id)
        if not found:
            result.append(cluster)
            continue
        for row in found:
            if row.quote.doc not in orders:
                orders[row.quote.doc] = _order(documents[row.quote.doc])
        # the first of the earliest, as a stable sort puts it
        first = min(found, key=lambda r: (*orders[r.quote.doc], r.start))
        result.append(
            dataclasses.replace(
                cluster,
                speaker=first.quote.speaker,
                speaker_conflict=any(map(_credited_apart, _same_quotes(found, documents))),
            )
        )
    return result


def _same_quotes(rows: Sequence[QuoteRow], documents: Sequence[Document]) -> list[list[QuoteRow]]:
    """A cluster's credited quote rows, grouped as the one quote its copies print. Where no
    document holds two, all of them are one quote; a passage quoting several people (a
    readout quoting the prime minister, then the president) is grouped by the words quoted
    (``_surface``), so each person's words are compared only with the same words."""
    if len({row.quote.doc for row in rows}) == len(rows):
        return [list(rows)]
    groups: dict[str, list[QuoteRow]] = defaultdict(list)
    for row in rows:
        groups[_surface(documents[row.quote.doc].text[row.start : row.end])].append(row)
    return list(groups.values())


def _credited_apart(rows: Sequence[QuoteRow]) -> bool:
    """Whether copies of one quote credit it to speakers that cannot be one (``conflicting``;
    each speaker once, by its fields: copies of a story credit the quote alike)."""
    return conflicting(
        list(
            {
                (s.name, s.key, s.attributed_as): s
                for s in (r.quote.speaker for r in rows)
                if s is not None
            }.values()
        )
    )
