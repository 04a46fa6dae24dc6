"""Evaluate stage: score a trace's reports against a ground-truth file.

The truth format (``provenance-truth/1``, JSON) is documented in ``benchmarks/quality/README.md``.
Levels scored:

- documents: precision, recall and F1 of the ``syndicated`` verdict (every other verdict is a
  negative), and the accuracy of ``copied_from`` on true positives;
- passages: a predicted occurrence is correct when it overlaps a true reused span of the same
  document by at least half of the shorter of the two; predicted occurrences lying on
  boilerplate (footers) are counted apart, neither right nor wrong. Recall is over true spans
  of whole sentences (kinds ``passage`` and ``quote``); fragments of a sentence quoted inside
  another sentence are scored apart. Boundary error: for each true span found, the mean of the
  start and end differences, in characters, to the predicted span overlapping it most;
- earliest source: for clusters whose true source is dated and strictly earlier than every
  other dated occurrence, the share whose ``earliest_doc_id`` is the source; for clusters whose
  source is undated, the share reported as the source or marked ``undated``/``undated_possible``;
- quotes (from ``quotes.csv``): a true quotation of another article (kinds ``quote`` and
  ``fragment``) is traced when a quote row overlapping it belongs to a cluster that holds the
  true source document; fragments are also counted by length in words. Link precision: the
  share of quote rows given a cluster (off boilerplate) that overlap a true reused span.
  Speakers: for every occurrence of a truth cluster with a ``speaker``, the quote row
  overlapping it most is right when its ``speaker_key`` can name the true speaker (see
  ``speakers.compatible``), wrong when it names another, unknown when empty; occurrences marked
  ``"attributed": false`` (the article does not say who spoke) count only when named wrongly.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from provenance.dates import Published, parse_published
from provenance.errors import InputError
from provenance.model import ClusterKind, DocumentVerdict, EarliestBasis
from provenance.reports.schema import CLUSTERS, DOCUMENTS, OCCURRENCES, QUOTES
from provenance.reports.tables import read_rows
from provenance.text.speakers import compatible, key_of

TRUTH_FORMAT = "provenance-truth/1"
# truth occurrence kinds (the truth format's own: passage | quote | fragment)
WHOLE_KINDS = frozenset({"passage", "quote"})
NEGATIVE_ROLES = frozenset({"paraphrase", "same_topic"})

Span = tuple[str, int, int]  # doc_id, start, end


@dataclass(frozen=True)
class Counts:
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class SpanCounts:
    """Precision over predicted spans and recall over true spans: two different denominators."""

    correct: int  # predicted spans lying on true reuse
    wrong: int  # predicted spans lying on no true reuse
    found: int  # true spans some prediction overlaps
    missed: int

    @property
    def precision(self) -> float:
        return self.correct / (self.correct + self.wrong) if self.correct + self.wrong else 1.0

    @property
    def recall(self) -> float:
        return self.found / (self.found + self.missed) if self.found + self.missed else 1.0


@dataclass(frozen=True)
class QuoteScores:
    quotes_traced: int = 0
    quotes: int = 0
    fragments_traced: int = 0
    fragments: int = 0
    # words → [traced, total]; JSON object keys are strings, so words are kept as text
    fragments_by_words: dict[str, list[int]] = field(default_factory=dict)
    links_right: int = 0
    links_wrong: int = 0
    speakers_right: int = 0
    speakers_wrong: int = 0
    speakers_unknown: int = 0

    @property
    def link_precision(self) -> float:
        linked = self.links_right + self.links_wrong
        return self.links_right / linked if linked else 1.0

    @property
    def speaker_precision(self) -> float:
        named = self.speakers_right + self.speakers_wrong
        return self.speakers_right / named if named else 1.0

    @property
    def speaker_coverage(self) -> float:
        total = self.speakers_right + self.speakers_wrong + self.speakers_unknown
        return (self.speakers_right + self.speakers_wrong) / total if total else 1.0


@dataclass(frozen=True)
class Evaluation:
    """Every figure of one evaluation; ``as_dict`` for JSON, ``render_text`` for people."""

    syndication: Counts
    copied_from_right: int
    passages: SpanCounts
    predicted_spans: int
    boilerplate_spans: int
    boundary_error: float
    fragments_found: int
    fragments: int
    dated_clusters: int
    dated_detected: int
    dated_right: int
    undated_clusters: int
    undated_detected: int
    undated_flagged: int
    negatives: int
    quotes: QuoteScores = field(default_factory=QuoteScores)
    negatives_with_reuse: list[str] = field(default_factory=list)
    false_positive_examples: list[Span] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        s, p = self.syndication, self.passages
        data["syndication"].update(
            precision=round(s.precision, 4), recall=round(s.recall, 4), f1=round(s.f1, 4)
        )
        data["passages"].update(precision=round(p.precision, 4), recall=round(p.recall, 4))
        data["copied_from_accuracy"] = round(self.copied_from_accuracy, 4)
        data["earliest_dated_accuracy"] = round(self.earliest_dated_accuracy, 4)
        data["earliest_undated_flagged"] = round(self.earliest_undated_flagged, 4)
        data["boundary_error"] = round(self.boundary_error, 2)
        data["precision_counting_boilerplate"] = round(self.precision_counting_boilerplate, 4)
        q = self.quotes
        data["quotes"].update(
            link_precision=round(q.link_precision, 4),
            speaker_precision=round(q.speaker_precision, 4),
            speaker_coverage=round(q.speaker_coverage, 4),
        )
        return data

    @property
    def precision_counting_boilerplate(self) -> float:
        """Passage precision with every prediction on boilerplate counted as wrong."""
        predicted = self.passages.correct + self.passages.wrong + self.boilerplate_spans
        return self.passages.correct / predicted if predicted else 1.0

    @property
    def copied_from_accuracy(self) -> float:
        tp = self.syndication.true_positives
        return self.copied_from_right / tp if tp else 1.0

    @property
    def earliest_dated_accuracy(self) -> float:
        return self.dated_right / self.dated_detected if self.dated_detected else 1.0

    @property
    def earliest_undated_flagged(self) -> float:
        return self.undated_flagged / self.undated_detected if self.undated_detected else 1.0


def evaluate(report_dir: Path, truth_path: Path, corpus: Path | None = None) -> Evaluation:
    """Score the reports in ``report_dir`` against ``truth_path``; ``corpus``, when given, is
    checked to hold the text the truth's offsets point at."""
    truth = read_truth(truth_path)
    if corpus is not None:
        check_truth_offsets(truth, corpus, truth_path)
    documents = read_rows(report_dir / DOCUMENTS.file)
    clusters = {row["cluster_id"]: row for row in read_rows(report_dir / CLUSTERS.file)}
    occurrences = read_rows(report_dir / OCCURRENCES.file)
    predicted: list[tuple[Span, str]] = [
        ((o["doc_id"], int(o["start"]), int(o["end"])), o["cluster_id"])
        for o in occurrences
        # boilerplate kept (--keep-boilerplate) is not reuse
        if clusters.get(o["cluster_id"], {}).get("kind") != ClusterKind.BOILERPLATE
    ]
    syndication, copied_right = _documents(truth, documents)
    passages = _passages(truth, predicted)
    earliest = _earliest(truth, predicted, clusters)
    quote_rows = read_rows(report_dir / QUOTES.file)
    negatives = [d["doc_id"] for d in truth["documents"] if d["role"] in NEGATIVE_ROLES]
    reuse_docs = {span[0] for span in passages["reuse_spans"]}
    return Evaluation(
        syndication=syndication,
        copied_from_right=copied_right,
        passages=passages["counts"],
        predicted_spans=len(predicted),
        boilerplate_spans=passages["boilerplate"],
        boundary_error=passages["boundary_error"],
        fragments_found=passages["fragments_found"],
        fragments=passages["fragments"],
        negatives=len(negatives),
        quotes=_quotes(truth, quote_rows, clusters),
        negatives_with_reuse=sorted(set(negatives) & reuse_docs),
        false_positive_examples=passages["false_positives"][:20],
        **earliest,
    )


def read_truth(path: Path) -> dict[str, Any]:
    try:
        truth = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no such truth file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: not a readable truth file ({exc})") from None
    if not isinstance(truth, dict) or truth.get("format") != TRUTH_FORMAT:
        raise InputError(f"{path}: not a {TRUTH_FORMAT} truth file")
    for key in ("documents", "clusters", "boilerplate"):
        if not isinstance(truth.get(key), list):
            raise InputError(f"{path}: truth file has no {key!r} list")
    verdicts = {verdict.value: verdict for verdict in DocumentVerdict}
    for document in truth["documents"]:
        found = document.get("verdict") if isinstance(document, dict) else None
        verdict = verdicts.get(found) if isinstance(found, str) else None
        if verdict is None:
            where = document.get("doc_id") if isinstance(document, dict) else document
            raise InputError(
                f"{path}: truth document {where!r}: verdict {found!r} is not one of "
                f"{', '.join(verdicts)}"
            )
        document["verdict"] = verdict
    return truth


def check_truth_offsets(truth: dict[str, Any], corpus: Path, truth_path: Path) -> None:
    """Every truth span must lie inside its document as read (UTF-8, no newline translation)."""
    lengths: dict[str, int] = {}
    for document in truth["documents"]:
        path = corpus / f"{document['doc_id']}.txt"
        try:
            with path.open(encoding="utf-8", newline="") as handle:
                lengths[document["doc_id"]] = len(handle.read())
        except OSError:
            raise InputError(f"{truth_path}: {document['doc_id']} is not in {corpus}") from None
    spans = [o for c in truth["clusters"] for o in c["occurrences"]] + truth["boilerplate"]
    for span in spans:
        if not 0 <= span["start"] < span["end"] <= lengths.get(span["doc_id"], -1):
            raise InputError(f"{truth_path}: span {span} lies outside its document")


def _documents(truth: dict[str, Any], documents: Sequence[dict[str, str]]) -> tuple[Counts, int]:
    expected = {d["doc_id"]: d for d in truth["documents"]}
    found = {d["doc_id"]: d for d in documents}
    missing = sorted(set(expected) - set(found))
    if missing:
        raise InputError(f"the reports do not cover truth document {missing[0]!r}")
    tp = fp = fn = right = 0
    for doc_id, want in expected.items():
        got = found[doc_id]
        predicted = got["verdict"] == DocumentVerdict.SYNDICATED
        actual = want["verdict"] == DocumentVerdict.SYNDICATED
        tp += predicted and actual
        fp += predicted and not actual
        fn += actual and not predicted
        right += predicted and actual and got["copied_from"] == want["copied_from"]
    return Counts(tp, fp, fn), right


def _overlaps(a: Span, b: Span) -> int:
    return max(0, min(a[2], b[2]) - max(a[1], b[1])) if a[0] == b[0] else 0


def _counts(a: Span, b: Span) -> bool:
    """Overlap of at least half of the shorter span."""
    shorter = min(a[2] - a[1], b[2] - b[1])
    return shorter > 0 and 2 * _overlaps(a, b) >= shorter


class _SpanIndex:
    def __init__(self, spans: Iterable[Span]) -> None:
        self.by_doc: dict[str, list[Span]] = defaultdict(list)
        for span in spans:
            self.by_doc[span[0]].append(span)

    def matching(self, span: Span) -> list[Span]:
        return [other for other in self.by_doc.get(span[0], []) if _counts(span, other)]

    def best(self, span: Span) -> Span | None:
        """The matching span that overlaps ``span`` most, if any."""
        return max(self.matching(span), key=lambda other: _overlaps(other, span), default=None)


def _truth_spans(truth: dict[str, Any]) -> tuple[list[Span], list[Span], list[Span]]:
    """Whole-sentence reused spans, fragment spans, boilerplate spans."""
    whole: list[Span] = []
    fragments: list[Span] = []
    for cluster in truth["clusters"]:
        occurrences = cluster["occurrences"]
        reusers = {o["doc_id"] for o in occurrences if o["kind"] in WHOLE_KINDS}
        for o in occurrences:
            span = (o["doc_id"], o["start"], o["end"])
            is_source = o["doc_id"] == cluster["source_doc_id"]
            if o["kind"] in WHOLE_KINDS and len(reusers) > 1:
                whole.append(span)
            elif o["kind"] == "fragment" or is_source:
                fragments.append(span)
    boilerplate = [(b["doc_id"], b["start"], b["end"]) for b in truth["boilerplate"]]
    return whole, fragments, boilerplate


def _passages(truth: dict[str, Any], predicted: Sequence[tuple[Span, str]]) -> dict[str, Any]:
    whole, fragments, boilerplate = _truth_spans(truth)
    whole_index, fragment_index = _SpanIndex(whole), _SpanIndex(fragments)
    boilerplate_index = _SpanIndex(boilerplate)
    correct = wrong = on_boilerplate = 0
    reuse_spans: list[Span] = []
    false_positives: list[Span] = []
    for span, _ in predicted:
        if boilerplate_index.matching(span):
            on_boilerplate += 1
            continue
        reuse_spans.append(span)
        if whole_index.matching(span) or fragment_index.matching(span):
            correct += 1
        else:
            wrong += 1
            false_positives.append(span)
    predicted_index = _SpanIndex(span for span, _ in predicted)
    found = missed = 0
    errors: list[float] = []
    for span in whole:
        best = predicted_index.best(span)
        if best is None:
            missed += 1
            continue
        found += 1
        errors.append((abs(best[1] - span[1]) + abs(best[2] - span[2])) / 2)
    whole_set = set(whole)
    fragment_spans = [s for s in fragments if s not in whole_set]
    return {
        "counts": SpanCounts(correct, wrong, found, missed),
        "boilerplate": on_boilerplate,
        "boundary_error": sum(errors) / len(errors) if errors else 0.0,
        "fragments_found": sum(1 for s in fragment_spans if predicted_index.matching(s)),
        "fragments": len(fragment_spans),
        "reuse_spans": reuse_spans,
        "false_positives": sorted(false_positives),
    }


def _earliest(
    truth: dict[str, Any],
    predicted: Sequence[tuple[Span, str]],
    clusters: dict[str, dict[str, str]],
) -> dict[str, int]:
    published = {d["doc_id"]: parse_published(d["published"]) for d in truth["documents"]}
    cluster_of = dict(predicted)  # a sentence belongs to one cluster, so spans are unique
    index = _SpanIndex(cluster_of)
    figures = dict.fromkeys(
        (
            "dated_clusters",
            "dated_detected",
            "dated_right",
            "undated_clusters",
            "undated_detected",
            "undated_flagged",
        ),
        0,
    )
    for cluster in truth["clusters"]:
        if not any(
            o["kind"] in WHOLE_KINDS and o["doc_id"] != cluster["source_doc_id"]
            for o in cluster["occurrences"]
        ):
            continue  # reused only as fragments: scored with the quotes
        source = cluster["source_doc_id"]
        source_date = published[source]
        others = {o["doc_id"] for o in cluster["occurrences"]} - {source}
        if source_date is None:
            group = "undated"
        elif all(_after_or_undated(source_date, published[d]) for d in others):
            group = "dated"
        else:
            continue  # a tie in the truth itself: no right answer to score
        figures[f"{group}_clusters"] += 1
        row = _predicted_cluster(cluster, index, cluster_of, clusters)
        if row is None:
            continue
        figures[f"{group}_detected"] += 1
        if group == "dated":
            figures["dated_right"] += row["earliest_doc_id"] == source
        else:
            flagged = row["earliest_basis"] in {
                EarliestBasis.UNDATED,
                EarliestBasis.UNDATED_POSSIBLE,
            }
            figures["undated_flagged"] += flagged or row["earliest_doc_id"] == source
    return figures


def _quotes(
    truth: dict[str, Any],
    rows: Sequence[dict[str, str]],
    clusters: dict[str, dict[str, str]],
) -> QuoteScores:
    row_of = {(r["doc_id"], int(r["start"]), int(r["end"])): r for r in rows}
    index = _SpanIndex(row_of)
    traced = {"quote": [0, 0], "fragment": [0, 0]}
    by_words: dict[str, list[int]] = {}
    speakers = [0, 0, 0]  # right, wrong, unknown
    for cluster in truth["clusters"]:
        source = cluster["source_doc_id"]
        truth_key = key_of(cluster["speaker"]) if cluster.get("speaker") else None
        for o in cluster["occurrences"]:
            span = (o["doc_id"], o["start"], o["end"])
            best = index.best(span)
            row = row_of[best] if best else None
            if o["kind"] in traced and o["doc_id"] != source:
                hit = row is not None and _holds(clusters.get(row["cluster_id"]), source)
                traced[o["kind"]][0] += hit
                traced[o["kind"]][1] += 1
                if o["kind"] == "fragment" and "words" in o:
                    tally = by_words.setdefault(str(o["words"]), [0, 0])
                    tally[0] += hit
                    tally[1] += 1
            if truth_key is not None:
                got = row["speaker_key"] if row else ""
                outcome = 2 if not got else 0 if compatible(got, truth_key) else 1
                if o.get("attributed", True) or outcome == 1:  # naming someone unnamed is wrong
                    speakers[outcome] += 1
    truth_spans = [s for group in _truth_spans(truth)[:2] for s in group]
    truth_index = _SpanIndex(truth_spans)
    boilerplate = _SpanIndex((b["doc_id"], b["start"], b["end"]) for b in truth["boilerplate"])
    right = wrong = 0
    for span, row in row_of.items():
        if row["cluster_id"] and not boilerplate.matching(span):
            if truth_index.matching(span):
                right += 1
            else:
                wrong += 1
    return QuoteScores(
        quotes_traced=traced["quote"][0],
        quotes=traced["quote"][1],
        fragments_traced=traced["fragment"][0],
        fragments=traced["fragment"][1],
        fragments_by_words=dict(sorted(by_words.items(), key=lambda kv: int(kv[0]))),
        links_right=right,
        links_wrong=wrong,
        speakers_right=speakers[0],
        speakers_wrong=speakers[1],
        speakers_unknown=speakers[2],
    )


def _holds(cluster: dict[str, str] | None, doc_id: str) -> bool:
    return cluster is not None and doc_id in cluster["doc_ids"].split(";")


def _after_or_undated(source: Published, other: Published | None) -> bool:
    return other is None or source.before(other)


def _predicted_cluster(
    cluster: dict[str, Any],
    index: _SpanIndex,
    cluster_of: dict[Span, str],
    clusters: dict[str, dict[str, str]],
) -> dict[str, str] | None:
    """The predicted cluster holding the true source span (else any true occurrence)."""
    ordered = sorted(cluster["occurrences"], key=lambda o: o["doc_id"] != cluster["source_doc_id"])
    for occurrence in ordered:
        best = index.best((occurrence["doc_id"], occurrence["start"], occurrence["end"]))
        if best is not None:
            return clusters[cluster_of[best]]
    return None


def render_text(evaluation: Evaluation) -> str:
    e = evaluation
    s, p, q = e.syndication, e.passages, e.quotes
    lines = [
        "documents (syndicated verdict)",
        f"  precision {s.precision:.4f}  recall {s.recall:.4f}  F1 {s.f1:.4f}"
        f"  (tp {s.true_positives}, fp {s.false_positives}, fn {s.false_negatives})",
        f"  copied_from right on {e.copied_from_accuracy:.4f} of true positives",
        "passages (overlap of at least half the shorter span)",
        f"  precision {p.precision:.4f}  ({p.correct} of {p.correct + p.wrong} predicted spans"
        " off boilerplate)",
        f"  recall {p.recall:.4f}  ({p.found} of {p.found + p.missed} true spans)"
        f"  mean boundary error {e.boundary_error:.1f} chars",
        f"  boilerplate spans reported: {e.boilerplate_spans} of {e.predicted_spans}"
        f"  (precision counting them as errors {e.precision_counting_boilerplate:.4f})",
        f"  fragments found: {e.fragments_found} of {e.fragments} (scored with quotes)",
        "earliest source",
        f"  dated clusters right: {e.earliest_dated_accuracy:.4f}"
        f"  ({e.dated_right} of {e.dated_detected} detected, {e.dated_clusters} in truth)",
        f"  undated-source clusters flagged or right: {e.earliest_undated_flagged:.4f}"
        f"  ({e.undated_flagged} of {e.undated_detected} detected,"
        f" {e.undated_clusters} in truth)",
        "negatives (paraphrases, same-topic articles)",
        f"  reported with reuse off boilerplate: {len(e.negatives_with_reuse)} of {e.negatives}",
        "quotes (quotes.csv)",
        f"  quotations of another article traced to it: {q.quotes_traced} of {q.quotes}",
        f"  fragments traced: {q.fragments_traced} of {q.fragments}  by words: "
        + ", ".join(f"{w}: {n[0]}/{n[1]}" for w, n in q.fragments_by_words.items()),
        f"  link precision {q.link_precision:.4f}  ({q.links_right} of"
        f" {q.links_right + q.links_wrong} quote rows given a cluster, off boilerplate)",
        f"  speakers: precision {q.speaker_precision:.4f}  coverage {q.speaker_coverage:.4f}"
        f"  (right {q.speakers_right}, wrong {q.speakers_wrong},"
        f" unknown {q.speakers_unknown})",
    ]
    return "\n".join(lines)
