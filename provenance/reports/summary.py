"""Terminal summaries of a trace: text for people, JSON for scripts."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from provenance.clustering.attribute import SHARE_PLACES
from provenance.model import Cluster, ClusterKind, Document, DocumentVerdict
from provenance.reports.tables import count_outlets
from provenance.results import TraceResult

TOP = 5
PREVIEW_CHARS = 80
VERDICTS = tuple(DocumentVerdict)  # in the order summaries list them


def most_reused(result: TraceResult, limit: int = TOP) -> list[Cluster]:
    """Passages found in most documents (quotes have a list of their own:
    ``most_reused_quotes``)."""
    passages = (c for c in result.analysis.clusters if c.kind == ClusterKind.PASSAGE)
    return sorted(passages, key=_reused_key)[:limit]


def _reused_key(cluster: Cluster) -> tuple[int, bool, str]:
    return -len(cluster.docs), cluster.kind != ClusterKind.QUOTE, cluster.cluster_id


def _quote_key(cluster: Cluster, docs: Sequence[Document]) -> tuple[int, int, str]:
    return (
        -count_outlets([docs[d].outlet for d in cluster.docs]),
        -len(cluster.docs),
        cluster.cluster_id,
    )


def most_reused_quotes(result: TraceResult, limit: int = TOP) -> list[Cluster]:
    """Quote clusters carried by most outlets, then most documents."""
    docs = result.analysis.documents
    quoted = [c for c in result.analysis.clusters if c.kind == ClusterKind.QUOTE]
    return sorted(quoted, key=lambda c: _quote_key(c, docs))[:limit]


def summary_json(result: TraceResult, out: Path | None) -> dict[str, Any]:
    """The summary of ``result`` for scripts; ``out``: where its reports were written (None:
    not written)."""
    return merged_summary([summary_part(result)], len(result.skipped), out)


@dataclass
class SummaryPart:
    """What the summary takes from one analysis, in a form that merges with other parts'."""

    documents: int = 0
    clusters: int = 0
    quote_clusters: int = 0
    boilerplate_clusters: int = 0
    boilerplate_chars: int = 0
    verdicts: Counter[DocumentVerdict] = field(default_factory=Counter)
    # (sort key, row): every document copied from another (syndicated or in part), and each
    # list's leaders
    syndicated: list[tuple[tuple[float, str], dict[str, Any]]] = field(default_factory=list)
    most_reused: list[tuple[tuple[int, bool, str], dict[str, Any]]] = field(default_factory=list)
    most_reused_quotes: list[tuple[tuple[int, int, str], dict[str, Any]]] = field(
        default_factory=list
    )


def summary_part(result: TraceResult) -> SummaryPart:
    analysis = result.analysis
    docs = analysis.documents
    words = {
        row.cluster_id: docs[row.quote.doc].text[row.start : row.end]
        for row in reversed(analysis.quote_rows)  # the first earliest row wins
        if row.is_earliest and row.cluster_id is not None
    }
    return SummaryPart(
        documents=len(docs),
        clusters=sum(1 for c in analysis.clusters if not c.boilerplate),
        quote_clusters=sum(1 for c in analysis.clusters if c.kind == ClusterKind.QUOTE),
        boilerplate_clusters=analysis.counts.get("boilerplate_clusters", 0),
        boilerplate_chars=sum(a.boilerplate_chars for a in analysis.attributions),
        verdicts=Counter(a.verdict for a in analysis.attributions),
        syndicated=[
            (
                (-(a.copied_share or 0.0), docs[a.doc].doc_id),
                {
                    "doc_id": docs[a.doc].doc_id,
                    "copied_from": docs[a.copied_from].doc_id
                    if a.copied_from is not None
                    else None,
                    "copied_share": round(a.copied_share or 0.0, SHARE_PLACES),
                    "verdict": a.verdict,
                },
            )
            for a in analysis.attributions
            if a.copied_from is not None
        ],
        most_reused=[
            (
                _reused_key(c),
                {
                    "cluster_id": c.cluster_id,
                    "kind": c.kind,
                    "n_docs": len(c.docs),
                    "earliest_doc_id": docs[c.earliest.doc].doc_id,
                    "text": docs[c.earliest.doc].text[c.earliest.start : c.earliest.end],
                },
            )
            for c in most_reused(result)
        ],
        most_reused_quotes=[
            (_quote_key(c, docs), _quote_summary(c, docs, words))
            for c in most_reused_quotes(result)
        ],
    )


def merged_summary(
    parts: Iterable[SummaryPart],
    skipped: int,
    out: Path | None,
    boilerplate_clusters: int | None = None,
) -> dict[str, Any]:
    """The summary of a run from its parts' (one part for a whole corpus analysed at once);
    ``boilerplate_clusters``: the corpus's, which its parts may share."""
    total = SummaryPart()
    for part in parts:
        total.documents += part.documents
        total.clusters += part.clusters
        total.quote_clusters += part.quote_clusters
        total.boilerplate_clusters += part.boilerplate_clusters
        total.boilerplate_chars += part.boilerplate_chars
        total.verdicts.update(part.verdicts)
        total.syndicated.extend(part.syndicated)
        total.most_reused = sorted([*total.most_reused, *part.most_reused])[:TOP]
        total.most_reused_quotes = sorted([*total.most_reused_quotes, *part.most_reused_quotes])[
            :TOP
        ]
    return {
        "documents": total.documents,
        "skipped": skipped,
        "clusters": total.clusters,
        "quote_clusters": total.quote_clusters,
        "boilerplate_clusters": total.boilerplate_clusters
        if boilerplate_clusters is None
        else boilerplate_clusters,
        "boilerplate_chars": total.boilerplate_chars,
        "verdicts": {v: total.verdicts.get(v, 0) for v in VERDICTS},
        "syndicated": [
            row
            for _, row in sorted(total.syndicated, key=lambda kr: kr[0])
            if row["verdict"] == DocumentVerdict.SYNDICATED
        ],
        # the strongest copies, syndicated or in part: the largest copied shares
        "copies": [row for _, row in sorted(total.syndicated, key=lambda kr: kr[0])[:TOP]],
        "most_reused": [row for _, row in total.most_reused],
        "most_reused_quotes": [row for _, row in total.most_reused_quotes],
        "reports": None if out is None else str(out),
        "html": None,  # the HTML report's file, when one was written (``with_html``)
    }


def with_html(summary: dict[str, Any], html: Path | None) -> dict[str, Any]:
    """The summary saying where the HTML report was written."""
    return {**summary, "html": None if html is None else str(html)}


def _preview(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= PREVIEW_CHARS else flat[: PREVIEW_CHARS - 1] + "…"


def _quote_summary(
    cluster: Cluster, docs: Sequence[Document], words: dict[str, str]
) -> dict[str, Any]:
    """A quote cluster for the summary, shown by its quoted words in the earliest version."""
    first = docs[cluster.earliest.doc]
    return {
        "cluster_id": cluster.cluster_id,
        "n_outlets": count_outlets([docs[d].outlet for d in cluster.docs]),
        "n_docs": len(cluster.docs),
        "speaker": cluster.speaker.name if cluster.speaker else None,
        "speaker_key": cluster.speaker.key if cluster.speaker else None,
        "speaker_conflict": cluster.speaker_conflict,
        "earliest_doc_id": first.doc_id,
        "earliest_outlet": first.outlet,
        "earliest_published": first.published.text if first.published else None,
        "text": words.get(
            cluster.cluster_id, first.text[cluster.earliest.start : cluster.earliest.end]
        ),
    }


def text_of_summary(data: dict[str, Any]) -> str:
    """A summary (``summary_json``'s) for people."""
    out = data["reports"]
    v = data["verdicts"]
    lines = [
        f"{data['documents']} documents read, {data['skipped']} skipped",
        f"{data['clusters']} shared passages and quotes ({data['quote_clusters']} quotes)",
        f"boilerplate left out: {data['boilerplate_chars']} characters,"
        f" {data['boilerplate_clusters']} shared footers and notices",
        ", ".join(f"{v[name]} {name}" for name in VERDICTS),
    ]
    if data["copies"]:
        lines.append("strongest copies:")
        for row in data["copies"]:
            lines.append(
                f"  {row['doc_id']}  {percent(row['copied_share'])} from {row['copied_from']}"
                f" ({row['verdict']})"
            )
        more = len(data["syndicated"]) - sum(
            row["verdict"] == DocumentVerdict.SYNDICATED for row in data["copies"]
        )
        if more > 0:
            lines.append(f"  … and {more} more syndicated in documents.csv")
    if data["most_reused"]:
        lines.append("most reused passages:")
        for row in data["most_reused"]:
            lines.append(f"  {row['n_docs']} docs  {_preview(row['text'])}")
    if data["most_reused_quotes"]:
        lines.append("most reused quotes:")
        for row in data["most_reused_quotes"]:
            speaker = row["speaker"] or "speaker unknown"
            if row["speaker_conflict"]:
                speaker += " (credited to others too)"
            source = row["earliest_outlet"] or row["earliest_doc_id"]
            when = row["earliest_published"] or "undated"
            lines.append(
                f"  {row['n_docs']} docs  {_preview(row['text'])}\n"
                f"      {speaker}; first in {source}, {when}"
            )
    if out is not None:
        lines.append(f"reports written to {out}")
    if data.get("html"):
        lines.append(f"HTML report written to {data['html']}")
    return "\n".join(lines)


def percent(share: float) -> str:
    """A share (0-1) as people read it: a whole percentage, rounded, save that only all of it
    is 100% and only none of it 0% (an edited copy holding 99.52% of its source is "99.5%",
    not "100%", which reads as word for word; a phrase of 0.3% is "<1%")."""
    shown = math.floor(share * 100 + 0.5)  # half up, as the HTML report's Math.round
    if shown == 100 and share < 1:
        return f"{min(int(share * 1000) / 10, 99.9)}%"
    if shown == 0 and share > 0:
        return "<1%"
    return f"{shown}%"
