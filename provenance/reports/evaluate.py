"""Evaluate stage: score a trace's reports against a ground-truth file.

The truth format (``provenance-truth/1``, JSON) is documented in ``benchmarks/quality/README.md``.
Levels scored:

- documents: precision, recall and F1 of the ``syndicated`` verdict (every other verdict is a
  negative), and the accuracy of ``copied_from`` on true positives;
- passages: a predicted occurrence is correct when it overlaps a true reused span of the same
  document by at least half of the shorter of the two; predicted occurrences lying on
  boilerplate (footers) are counted apart, neither right nor wrong. Recall is over true spans
  of whole sentences (kinds ``passage`` and ``quote``); fragments of a sentence quoted inside
  another sentence, clauses and the pieces of a cut quotation are scored apart. Boundary
  error: passages run across sentences, so true spans and predicted occurrences are each
  merged into runs (spans of one document at most ``RUN_GAP`` characters apart: the space
  between two sentences, the ", and " that merged two); for each true run, the mean of the
  differences, in characters, between its start and the first start of the predicted runs
  overlapping it, and between its end and their last end. Of a sentence whose quotation
  alone is reused, the true span is the quotation's words (``_exact_extents``).
  Characters: of the characters predicted occurrences cover (off boilerplate), the share on
  true reused text of any kind (precision), and of that text, the share covered (recall);
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
  The ``quotes`` verdict (a document sharing only quotations): precision and recall;
- pairs (from ``pairs.csv``, when the truth lists ``pairs``): a row is right when the truth
  lists its two documents; recall of true ``passage`` pairs, and of true ``quotation`` pairs
  (also of those sharing ``LONG_QUOTE_WORDS`` words or more); of the pairs found, how many
  rows give the true link;
- cases (when the truth lists ``cases``): each behaviour scored on its own, as found of total
  with the first documents missed (see ``_case_found``).
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
from provenance.model import ClusterKind, DocumentVerdict, EarliestBasis, LinkKind
from provenance.reports.schema import CLUSTERS, DOCUMENTS, OCCURRENCES, PAIRS, QUOTES
from provenance.reports.tables import read_rows
from provenance.text.speakers import compatible, key_of

TRUTH_FORMAT = "provenance-truth/1"
# truth occurrence kinds (the truth format's own: passage | quote | fragment | clause | piece)
WHOLE_KINDS = frozenset({"passage", "quote"})
NEGATIVE_ROLES = frozenset({"paraphrase", "same_topic"})
# Spans of one document at most this many characters apart make one run (boundary error): the
# white space between sentences or paragraphs, or the ", and " joining two merged sentences.
RUN_GAP = 8
LONG_QUOTE_WORDS = 8  # quotation pairs sharing this many words or more are counted apart
COVERED = 0.8  # the share of a case's span that predicted text must cover for it to be found
MISSED_EXAMPLES = 5

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
class CharCounts:
    """Characters (code points) of predicted occurrences and of true reused text, off
    boilerplate, and of both."""

    predicted: int = 0
    true: int = 0
    both: int = 0

    @property
    def precision(self) -> float:
        return self.both / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.both / self.true if self.true else 1.0


@dataclass(frozen=True)
class PairScores:
    """``pairs.csv`` against the truth's pairs."""

    right: int = 0  # rows whose two documents share planted text
    wrong: int = 0
    passages_found: int = 0  # true passage pairs with a row
    passages: int = 0
    passage_links_right: int = 0  # of those found, rows that say ``passage``
    quotations_found: int = 0
    quotations: int = 0
    long_quotations_found: int = 0  # sharing LONG_QUOTE_WORDS words or more
    long_quotations: int = 0
    quotation_links_right: int = 0  # of those found, rows that say ``quotation``
    wrong_examples: list[tuple[str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right / (self.right + self.wrong) if self.right + self.wrong else 1.0

    @property
    def passage_recall(self) -> float:
        return self.passages_found / self.passages if self.passages else 1.0

    @property
    def passage_links(self) -> float:
        """Of the true passage pairs found, the share reported as ``passage`` links."""
        found = self.passages_found
        return self.passage_links_right / found if found else 1.0

    @property
    def quotation_links(self) -> float:
        """Of the true quotation pairs found, the share reported as ``quotation`` links."""
        found = self.quotations_found
        return self.quotation_links_right / found if found else 1.0


@dataclass(frozen=True)
class CaseScore:
    """One case of the truth: how many of its instances were found, and the first missed."""

    found: int = 0
    total: int = 0
    missed: list[str] = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.found / self.total if self.total else 1.0


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
    chars: CharCounts = field(default_factory=CharCounts)
    quotes_verdict: Counts = field(default_factory=lambda: Counts(0, 0, 0))
    pairs: PairScores | None = None  # None: the truth lists no pairs
    cases: dict[str, CaseScore] = field(default_factory=dict)

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
        c, v = self.chars, self.quotes_verdict
        data["chars"].update(precision=round(c.precision, 4), recall=round(c.recall, 4))
        data["quotes_verdict"].update(precision=round(v.precision, 4), recall=round(v.recall, 4))
        if self.pairs is not None:
            r = self.pairs
            data["pairs"].update(
                precision=round(r.precision, 4),
                passage_recall=round(r.passage_recall, 4),
                passage_links=round(r.passage_links, 4),
                quotation_links=round(r.quotation_links, 4),
            )
        for name, score in self.cases.items():
            data["cases"][name]["share"] = round(score.share, 4)
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
    wanted = "pairs" in truth or "cases" in truth
    pair_rows = read_rows(report_dir / PAIRS.file) if wanted else []
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
        chars=passages["chars"],
        quotes_verdict=_verdicts(truth, documents, DocumentVerdict.QUOTES),
        pairs=_pairs(truth["pairs"], pair_rows) if "pairs" in truth else None,
        cases=_cases(
            truth,
            Reports(documents, predicted, clusters, quote_rows, pair_rows),
            _SpanIndex((b["doc_id"], b["start"], b["end"]) for b in truth["boilerplate"]),
        ),
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
    for key in ("pairs", "cases"):  # optional: older truth files have neither
        if key in truth and not isinstance(truth[key], list):
            raise InputError(f"{path}: truth file's {key!r} is not a list")
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


def _verdicts(
    truth: dict[str, Any], documents: Sequence[dict[str, str]], verdict: DocumentVerdict
) -> Counts:
    """Precision and recall of one verdict over the truth's documents."""
    found = {d["doc_id"]: d["verdict"] for d in documents}
    tp = fp = fn = 0
    for want in truth["documents"]:
        predicted = found.get(want["doc_id"]) == verdict
        actual = want["verdict"] == verdict
        tp += predicted and actual
        fp += predicted and not actual
        fn += actual and not predicted
    return Counts(tp, fp, fn)


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
    """Whole-sentence reused spans, fragment spans (with the sentences reused only in part),
    boilerplate spans."""
    whole, fragments, _ = _truth_kinds(truth)
    boilerplate = [(b["doc_id"], b["start"], b["end"]) for b in truth["boilerplate"]]
    return whole, fragments, boilerplate


def _truth_kinds(truth: dict[str, Any]) -> tuple[list[Span], list[Span], list[Span]]:
    """Whole-sentence reused spans; fragments, and the sentences reused only in part; clauses
    and the pieces of cut quotations."""
    whole: list[Span] = []
    fragments: list[Span] = []
    parts: list[Span] = []
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
            else:
                parts.append(span)
    return whole, fragments, parts


def _exact_extents(truth: dict[str, Any]) -> list[Span]:
    """The whole-sentence spans as far as they are reused: a sentence another document shares
    as a passage whole, a quotation quoted whole, and of a sentence whose quotation alone is
    quoted elsewhere, its quoted words (the occurrence's ``quote``, when the truth gives it)."""
    found: list[Span] = []
    for cluster in truth["clusters"]:
        occurrences = cluster["occurrences"]
        passages = {o["doc_id"] for o in occurrences if o["kind"] == "passage"}
        reusers = {o["doc_id"] for o in occurrences if o["kind"] in WHOLE_KINDS}
        if len(reusers) < 2:
            continue
        for o in occurrences:
            if o["kind"] == "quote" or (o["kind"] == "passage" and passages - {o["doc_id"]}):
                found.append((o["doc_id"], o["start"], o["end"]))
            elif o["kind"] == "passage" and "quote" in o:
                found.append((o["doc_id"], *o["quote"]))
            elif o["kind"] == "passage":
                found.append((o["doc_id"], o["start"], o["end"]))
    return found


def _passages(truth: dict[str, Any], predicted: Sequence[tuple[Span, str]]) -> dict[str, Any]:
    whole, fragments, boilerplate = _truth_spans(truth)
    parts = _truth_kinds(truth)[2]
    whole_index, fragment_index = _SpanIndex(whole), _SpanIndex([*fragments, *parts])
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
    for span in whole:
        if predicted_index.best(span) is None:
            missed += 1
        else:
            found += 1
    predicted_runs = _SpanIndex(_runs(reuse_spans))
    errors: list[float] = []
    for run in _runs(_exact_extents(truth)):
        reaching = [
            other for other in predicted_runs.by_doc.get(run[0], []) if _overlaps(run, other)
        ]
        if reaching:  # sentences missed inside the run are counted by the recall
            start, end = min(r[1] for r in reaching), max(r[2] for r in reaching)
            errors.append((abs(start - run[1]) + abs(end - run[2])) / 2)
    whole_set = set(whole)
    fragment_spans = [s for s in fragments if s not in whole_set]
    return {
        "counts": SpanCounts(correct, wrong, found, missed),
        "boilerplate": on_boilerplate,
        "boundary_error": sum(errors) / len(errors) if errors else 0.0,
        "chars": _chars(reuse_spans, [*whole, *fragments, *parts], boilerplate),
        "fragments_found": sum(1 for s in fragment_spans if predicted_index.matching(s)),
        "fragments": len(fragment_spans),
        "reuse_spans": reuse_spans,
        "false_positives": sorted(false_positives),
    }


def _runs(spans: Iterable[Span], gap: int = RUN_GAP) -> list[Span]:
    """``spans`` merged per document where they overlap or lie at most ``gap`` apart."""
    merged: list[Span] = []
    for doc_id, start, end in sorted(spans):
        if merged and merged[-1][0] == doc_id and start <= merged[-1][2] + gap:
            merged[-1] = (doc_id, merged[-1][1], max(merged[-1][2], end))
        else:
            merged.append((doc_id, start, end))
    return merged


def _chars(
    predicted: Sequence[Span], true: Sequence[Span], boilerplate: Sequence[Span]
) -> CharCounts:
    """Characters of the predicted spans, of the true ones off boilerplate, and of both."""
    off = _SpanIndex(boilerplate)
    kept = [span for span in true if not off.matching(span)]
    predicted_runs, true_runs = _runs(predicted, 0), _runs(kept, 0)
    index = _SpanIndex(true_runs)
    both = sum(
        _overlaps(run, other) for run in predicted_runs for other in index.by_doc.get(run[0], [])
    )
    return CharCounts(
        predicted=sum(end - start for _, start, end in predicted_runs),
        true=sum(end - start for _, start, end in true_runs),
        both=both,
    )


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
    # planted spans of every kind: sentences, fragments, clauses and the pieces of cut quotes
    truth_spans = [s for group in _truth_kinds(truth) for s in group]
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


def _pairs(truth_pairs: Sequence[dict[str, Any]], rows: Sequence[dict[str, str]]) -> PairScores:
    want = {(p["doc_id_a"], p["doc_id_b"]): p for p in truth_pairs}
    got = {(r["doc_id_a"], r["doc_id_b"]): r["link"] for r in rows}
    wrong = sorted(key for key in got if key not in want)
    figures = dict.fromkeys(
        (
            "passages_found",
            "passages",
            "passage_links_right",
            "quotations_found",
            "quotations",
            "long_quotations_found",
            "long_quotations",
            "quotation_links_right",
        ),
        0,
    )
    for key, pair in want.items():
        link = got.get(key)
        group = "passages" if pair["link"] == LinkKind.PASSAGE else "quotations"
        figures[group] += 1
        figures[f"{group}_found"] += link is not None
        figures[f"{group[:-1]}_links_right"] += link == pair["link"]
        if group == "quotations" and pair.get("words", 0) >= LONG_QUOTE_WORDS:
            figures["long_quotations"] += 1
            figures["long_quotations_found"] += link is not None
    return PairScores(
        right=len(got) - len(wrong), wrong=len(wrong), wrong_examples=wrong[:20], **figures
    )


@dataclass(frozen=True)
class Reports:
    """What the cases are scored on."""

    documents: Sequence[dict[str, str]]
    predicted: Sequence[tuple[Span, str]]  # occurrences off boilerplate clusters
    clusters: dict[str, dict[str, str]]
    quotes: Sequence[dict[str, str]]
    pairs: Sequence[dict[str, str]]


def _cases(
    truth: dict[str, Any], reports: Reports, boilerplate: _SpanIndex
) -> dict[str, CaseScore]:
    """Each case of the truth found or not (``_case_found``), by case."""
    sources = {d["doc_id"]: d.get("source_doc_id") for d in truth["documents"]}
    documents = {d["doc_id"]: d for d in reports.documents}
    covering: dict[str, list[tuple[int, int, str]]] = defaultdict(list)  # doc → spans, cluster
    for (doc_id, start, end), cluster_id in reports.predicted:
        covering[doc_id].append((start, end, cluster_id))
    for row in reports.quotes:
        if row["cluster_id"]:
            covering[row["doc_id"]].append((int(row["start"]), int(row["end"]), row["cluster_id"]))
    linked = {frozenset((r["doc_id_a"], r["doc_id_b"])) for r in reports.pairs}
    # quote rows' speakers, found as the speaker scores find them (``_quotes``)
    credited = {
        (r["doc_id"], int(r["start"]), int(r["end"])): r["speaker_key"] for r in reports.quotes
    }
    quote_index = _SpanIndex(credited)
    speaker_at = {
        (o["doc_id"], o["start"], o["end"]): cluster["speaker"]
        for cluster in truth["clusters"]
        if cluster.get("speaker")
        for o in cluster["occurrences"]
    }
    tallies: dict[str, list[Any]] = {}
    for case in truth.get("cases", []):
        if case["case"] == "attribution":
            found = _credited(case, credited, quote_index, speaker_at)
        else:
            found = _case_found(
                case, documents, covering, reports.clusters, linked, boilerplate, sources
            )
        tally = tallies.setdefault(case["case"], [0, 0, []])
        tally[0] += found
        tally[1] += 1
        if not found and len(tally[2]) < MISSED_EXAMPLES:
            tally[2].append(case.get("doc_id") or case["doc_ids"][0])
    return {name: CaseScore(*tallies[name]) for name in sorted(tallies)}


def _credited(
    case: dict[str, Any], credited: dict[Span, str], index: _SpanIndex, speaker_at: dict[Span, str]
) -> bool:
    """``attribution`` (a quotation attributed as real news writes it): the quote row over
    each span (``_SpanIndex.best``, as the speaker scores take it) credits the speaker the
    truth gives the quotation (``speakers.compatible``). ``index``: ``credited``'s spans."""
    for start, end in case["spans"]:
        span = (case["doc_id"], start, end)
        truth, best = speaker_at.get(span), index.best(span)
        got = credited[best] if best is not None else ""
        if truth is None or not got or not compatible(got, key_of(truth)):
            return False
    return True


# cases of unrelated documents that each carry one paragraph of an outlet's furniture (the
# generator's ``FURNITURE``) or quote one title (``SHARED_TITLE``): found when the document is
# paired with none of the others
UNPAIRED_CASES = frozenset(
    {"editors_note", "social_plea", "live_header", "interview_note", "shared_title"}
)


def _case_found(
    case: dict[str, Any],
    documents: dict[str, dict[str, str]],
    covering: dict[str, list[tuple[int, int, str]]],
    clusters: dict[str, dict[str, str]],
    linked: set[frozenset[str]],
    boilerplate: _SpanIndex,
    sources: dict[str, str | None],
) -> bool:
    """Whether the reports show what the case plants:

    - ``wrapped`` (a hard-wrapped copy): the copy is ``syndicated`` from its source or from
      another copy of it (``source_doc_id`` in the truth's documents);
    - ``merged``, ``split``, ``lifted_clause``, ``quoted_clause``, ``elided_quote``: each of the
      case's spans is covered (``COVERED`` of its characters) by occurrences or quote rows of
      the document in clusters that also hold the source;
    - ``same_day_time``, ``same_day_date``: the copy names its source, on the expected basis;
    - ``identical`` (a page crawled several times): each crawl after the first by doc_id is
      ``syndicated`` from another, the first is not ``unique`` (nor ``quotes``), and none is
      taken for boilerplate (each keeps half its characters, ``chars``, or more);
    - ``two_article_outlet``: the outlet's two documents are not paired, and no occurrence of
      either lies on its footer;
    - ``stock_line`` (two unrelated documents printing short stock lines alike on characters):
      the two are not paired;
    - ``editors_note``, ``social_plea``, ``live_header``, ``interview_note`` (unrelated
      documents ending with one note from the editors, one plea to like a page, one live
      page's header or one interview's editorial note), ``shared_title`` (unrelated documents
      quoting one book's title): the document is paired with none of the others;
    - ``attribution`` is scored apart (``_credited``).
    """
    kind = case["case"]
    source: str | None = case.get("source_doc_id")
    if kind == "wrapped":
        row = documents[case["doc_id"]]
        named = row["copied_from"]
        from_source = named == source or (bool(named) and sources.get(named) == source)
        return row["verdict"] == DocumentVerdict.SYNDICATED and from_source
    if kind in {"same_day_time", "same_day_date"}:
        row = documents[case["doc_id"]]
        basis: str = case["direction_basis"]
        return row["copied_from"] == source and row["direction_basis"] == basis
    if kind == "identical":
        first, *others = sorted(case["doc_ids"])
        group = set(case["doc_ids"])
        rows = [documents[d] for d in case["doc_ids"]]
        return (
            documents[first]["verdict"] not in {DocumentVerdict.UNIQUE, DocumentVerdict.QUOTES}
            and all(
                documents[d]["verdict"] == DocumentVerdict.SYNDICATED
                and documents[d]["copied_from"] in group
                for d in others
            )
            and all(2 * int(row["n_chars"]) >= case["chars"] for row in rows)
        )
    if kind == "two_article_outlet":
        a, b = case["doc_ids"]
        on_footer = any(
            boilerplate.matching((d, start, end)) for d in (a, b) for start, end, _ in covering[d]
        )
        return frozenset((a, b)) not in linked and not on_footer
    if kind == "stock_line":
        return frozenset(case["doc_ids"]) not in linked
    if kind in UNPAIRED_CASES:
        mine: str = case["doc_id"]
        return all(frozenset((mine, d)) not in linked for d in case["doc_ids"] if d != mine)
    # a span case: every span covered by text linked to the source
    doc_id = case["doc_id"]
    spans = [
        (start, end)
        for start, end, cluster_id in covering[doc_id]
        if source is not None and _holds(clusters.get(cluster_id), source)
    ]
    for start, end in case["spans"]:
        covered = sum(
            max(0, min(end, e) - max(start, s)) for s, e in _merged_spans(spans, start, end)
        )
        if covered < COVERED * (end - start):
            return False
    return True


def _merged_spans(spans: Sequence[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The union of ``spans`` that reach into ``[start, end)``, as disjoint spans."""
    merged: list[tuple[int, int]] = []
    for s, e in sorted(span for span in spans if span[1] > start and span[0] < end):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


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
    s, p, q, c, v = e.syndication, e.passages, e.quotes, e.chars, e.quotes_verdict
    lines = [
        "documents (syndicated verdict)",
        f"  precision {s.precision:.4f}  recall {s.recall:.4f}  F1 {s.f1:.4f}"
        f"  (tp {s.true_positives}, fp {s.false_positives}, fn {s.false_negatives})",
        f"  copied_from right on {e.copied_from_accuracy:.4f} of true positives",
        "passages (overlap of at least half the shorter span)",
        f"  precision {p.precision:.4f}  ({p.correct} of {p.correct + p.wrong} predicted spans"
        " off boilerplate)",
        f"  recall {p.recall:.4f}  ({p.found} of {p.found + p.missed} true spans)"
        f"  mean boundary error {e.boundary_error:.1f} chars (runs of spans)",
        f"  characters: precision {c.precision:.4f}  recall {c.recall:.4f}"
        f"  ({c.both} of {c.predicted} predicted, of {c.true} true)",
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
        f"  verdict quotes: precision {v.precision:.4f}  recall {v.recall:.4f}"
        f"  (tp {v.true_positives}, fp {v.false_positives}, fn {v.false_negatives})",
    ]
    if e.pairs is not None:
        r = e.pairs
        lines += [
            "pairs (pairs.csv)",
            f"  precision {r.precision:.4f}  ({r.right} of {r.right + r.wrong} rows share planted"
            " text)",
            f"  passage pairs found: {r.passages_found} of {r.passages}"
            f"  (link passage on {r.passage_links_right})",
            f"  quotation pairs found: {r.quotations_found} of {r.quotations}"
            f" ({r.long_quotations_found} of {r.long_quotations} sharing {LONG_QUOTE_WORDS}+"
            f" words)  (link quotation on {r.quotation_links_right})",
        ]
    if e.cases:
        lines.append("cases")
        for name, score in e.cases.items():
            missed = f"  missed: {', '.join(score.missed)}" if score.missed else ""
            lines.append(f"  {name}: {score.found} of {score.total}{missed}")
    return "\n".join(lines)
