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

from rapidfuzz.distance import Indel

from provenance.clustering.attribute import date_order
from provenance.model import Cluster, Document, Occurrence, Quote, QuoteRow, QuoteVariant
from provenance.text.normalise import word_spans, words
from provenance.text.segment import sentence_spans
from provenance.text.speakers import conflicting

FRAGMENT_SHARE = 0.5
_ELLIPSIS = re.compile(r"…|\.\s?\.\s?\.")
_EDGE = "\"'“”‘’«»„ \t\n.,;:!?…-–—"


def quote_rows(
    quotes: Sequence[Quote], clusters: Sequence[Cluster], documents: Sequence[Document]
) -> list[QuoteRow]:
    """One row per paragraph of every quote, in document order."""
    listed: dict[int, list[tuple[Cluster, Occurrence]]] = defaultdict(list)
    for cluster in clusters:
        for occ in cluster.occurrences:
            listed[occ.doc].append((cluster, occ))
    by_doc = defaultdict(_Occurrences, {doc: _Occurrences(found) for doc, found in listed.items()})
    quoted_parts: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for quote in quotes:
        quoted_parts[quote.doc].extend(quote.parts)
    rows = []
    references: dict[tuple[int, int, int], Reference] = {}
    canonicals: dict[str, Occurrence] = {}  # per cluster, its version copies are compared with
    variants: dict[tuple[str, int, int, int], QuoteVariant | None] = {}
    for quote in quotes:
        text = documents[quote.doc].text
        for start, end in quote.parts:
            found = _occurrence(text, start, end, by_doc[quote.doc].reaching(start, end), documents)
            if found is None:
                rows.append(QuoteRow(quote, start, end, None, False, None))
                continue
            cluster, occ = found
            earliest = occ == cluster.earliest
            if cluster.cluster_id not in canonicals:
                canonicals[cluster.cluster_id] = _canonical(cluster)
            canonical = canonicals[cluster.cluster_id]
            if occ in (cluster.earliest, canonical):
                variant: QuoteVariant | None = QuoteVariant.EXACT
            else:  # syndicated copies repeat a quote: each text is compared once
                row = text[max(start, occ.start) : min(end, occ.end)]
                key = (row, canonical.doc, canonical.start, canonical.end)
                if key not in variants:
                    variants[key] = _variant(
                        documents, row, canonical, quoted_parts[canonical.doc], references
                    )
                variant = variants[key]
            if variant is None:  # no word of the earliest version: not a version of it
                rows.append(QuoteRow(quote, start, end, None, False, None))
                continue
            rows.append(QuoteRow(quote, start, end, cluster.cluster_id, earliest, variant))
    return rows


def _canonical(cluster: Cluster) -> Occurrence:
    """The version copies are compared with: the longest occurrence in the earliest document
    (the full quote, not a headline's fragment of it)."""
    first = cluster.earliest
    return max(
        (o for o in cluster.occurrences if o.doc == first.doc),
        key=lambda o: (o.end - o.start, -o.start),
        default=first,
    )


def _occurrence(
    text: str,
    start: int,
    end: int,
    reaching: Sequence[tuple[Cluster, Occurrence]],
    documents: Sequence[Document],
) -> tuple[Cluster, Occurrence] | None:
    """The occurrence holding most of the words (at least half); among equals, that of the
    cluster first published, which leads furthest back towards the source. ``reaching``: the
    document's occurrences that overlap the quote paragraph."""
    if not reaching:
        return None  # the usual case: a quote no one else printed
    words = word_spans(text, start, end)
    # words lie in order, apart: those inside an occurrence are a run of them
    starts, ends = [s for s, _ in words], [e for _, e in words]
    best: tuple[tuple[int, tuple[int, str, str], str, str], Cluster, Occurrence] | None = None
    for cluster, occ in reaching:
        inside = max(0, bisect_right(ends, occ.end) - bisect_left(starts, occ.start))
        if words and 2 * inside >= len(words):
            first = documents[cluster.earliest.doc]
            key = (-inside, date_order(first), first.doc_id, cluster.cluster_id)
            if best is None or key < best[0]:
                best = (key, cluster, occ)
    return None if best is None else (best[1], best[2])


class _Occurrences:
    """A document's occurrences in order of start (stable: one cluster's stay in its order),
    found by the span they overlap without testing them all."""

    def __init__(self, found: Sequence[tuple[Cluster, Occurrence]] = ()) -> None:
        self._found = sorted(found, key=lambda pair: pair[1].start)
        self._starts = [occ.start for _, occ in self._found]
        self._reach = list(accumulate((occ.end for _, occ in self._found), max))  # max end so far

    def reaching(self, start: int, end: int) -> list[tuple[Cluster, Occurrence]]:
        # those before ``first`` end at or before ``start``; those from ``stop`` start at ``end``
        first, stop = bisect_right(self._reach, start), bisect_left(self._starts, end)
        return [(c, o) for c, o in self._found[first:stop] if start < o.end]


def _variant(
    documents: Sequence[Document],
    text: str,
    earliest: Occurrence,
    earliest_quotes: Sequence[tuple[int, int]],
    references: dict[tuple[int, int, int], Reference],
) -> QuoteVariant | None:
    """Compares with the earliest occurrence, narrowed to the quoted part of it this row repeats
    most of when it is quoted (an interrupted quote, “…,” she said, “…”, has two). ``text``:
    the row's words inside its occurrence."""
    reference = documents[earliest.doc].text
    spans = [
        (max(s, earliest.start), min(e, earliest.end))
        for s, e in earliest_quotes
        if s < earliest.end and earliest.start < e
    ] or [(earliest.start, earliest.end)]
    chosen = spans[0]
    if len(spans) > 1:
        mine = words(text)

        def common(span: tuple[int, int]) -> int:
            theirs = _cached(references, reference, *span)[2]
            return (len(mine) + len(theirs) - Indel.distance(mine, theirs)) // 2

        chosen = max(spans, key=common)
    return classify(text, _sentences_repeated(text, reference, *chosen, references))


Reference = tuple[list[tuple[int, int]], list[tuple[int, int]], tuple[str, ...]]


def _cached(
    cache: dict[tuple[int, int, int], Reference], reference: str, start: int, end: int
) -> Reference:
    """``_reference``, once per call of ``quote_rows`` (an earliest version is compared with
    every copy: its text lives as long as the documents, so its id names it for the call)."""
    key = (id(reference), start, end)
    if key not in cache:
        cache[key] = _reference(reference, start, end)
    return cache[key]


def _reference(reference: str, start: int, end: int) -> Reference:
    """The sentences, word spans and words of ``reference[start:end]``."""
    return (
        list(sentence_spans(reference, start, end)),
        word_spans(reference, start, end),
        words(reference, start, end),
    )


def _sentences_repeated(
    text: str, reference: str, start: int, end: int, cache: dict[tuple[int, int, int], Reference]
) -> str:
    """The sentences of ``reference[start:end]`` that ``text`` repeats words of: an earliest
    occurrence may be a passage of several sentences, and a quote of one of them is compared
    with that one (words it cuts from it are still seen)."""
    spans, found, tokens = _cached(cache, reference, start, end)
    if len(spans) < 2:
        return reference[start:end]
    ops = Indel.opcodes(words(text), tokens)
    matched = [k for op in ops if op.tag == "equal" for k in range(op.dest_start, op.dest_end)]
    if not matched or len(found) != len(tokens):
        return reference[start:end]
    first, last = found[matched[0]][0], found[matched[-1]][1]
    kept = [(s, e) for s, e in spans if s < last and first < e]
    return reference[kept[0][0] : kept[-1][1]] if kept else reference[start:end]


def classify(text: str, reference: str) -> QuoteVariant | None:
    """How ``text`` relates to the earlier ``reference``; None when they share no word (no
    version of it: an attribution clause or another quote the occurrence runs over)."""
    row, ref = words(text), words(reference)
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
    result = []
    for cluster in clusters:
        found = credited.get(cluster.cluster_id)
        if not found:
            result.append(cluster)
            continue
        found.sort(key=lambda r: (*_order(documents[r.quote.doc]), r.start))
        credited_as = [r.quote.speaker for r in found if r.quote.speaker is not None]
        result.append(
            dataclasses.replace(
                cluster, speaker=found[0].quote.speaker, speaker_conflict=conflicting(credited_as)
            )
        )
    return result
