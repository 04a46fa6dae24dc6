"""Terminal summaries of a trace: text for people, JSON for scripts."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from provenance.attribute import SHARE_PLACES
from provenance.data import Cluster, Document
from provenance.pipeline import TraceResult
from provenance.report import count_outlets

TOP = 5
PREVIEW_CHARS = 80
VERDICTS = ("syndicated", "original", "partial", "unique")


def most_reused(result: TraceResult, limit: int = TOP) -> list[Cluster]:
    """Clusters found in most documents, quotes before passages on equal counts."""
    return sorted(
        (c for c in result.analysis.clusters if not c.boilerplate),
        key=lambda c: (-len(c.docs), c.kind != "quote", c.cluster_id),
    )[:limit]


def most_reused_quotes(result: TraceResult, limit: int = TOP) -> list[Cluster]:
    """Quote clusters carried by most outlets, then most documents."""
    docs = result.analysis.documents
    quoted = [c for c in result.analysis.clusters if c.kind == "quote"]
    return sorted(
        quoted,
        key=lambda c: (
            -count_outlets([docs[d].outlet for d in c.docs]),
            -len(c.docs),
            c.cluster_id,
        ),
    )[:limit]


def summary_json(result: TraceResult, out: Path) -> dict[str, Any]:
    analysis = result.analysis
    docs = analysis.documents
    verdicts = Counter(a.verdict for a in analysis.attributions)
    words = {
        row.cluster_id: docs[row.quote.doc].text[row.start : row.end]
        for row in reversed(analysis.quote_rows)  # the first earliest row wins
        if row.is_earliest and row.cluster_id is not None
    }
    syndicated = [a for a in analysis.attributions if a.verdict == "syndicated"]
    syndicated.sort(key=lambda a: (-(a.copied_share or 0.0), docs[a.doc].doc_id))
    return {
        "documents": len(docs),
        "skipped": len(result.skipped),
        "clusters": sum(1 for c in analysis.clusters if not c.boilerplate),
        "quote_clusters": sum(1 for c in analysis.clusters if c.kind == "quote"),
        "boilerplate_clusters": analysis.counts.get("boilerplate_clusters", 0),
        "boilerplate_chars": sum(a.boilerplate_chars for a in analysis.attributions),
        "verdicts": {v: verdicts.get(v, 0) for v in VERDICTS},
        "syndicated": [
            {
                "doc_id": docs[a.doc].doc_id,
                "copied_from": docs[a.copied_from].doc_id if a.copied_from is not None else None,
                "copied_share": round(a.copied_share or 0.0, SHARE_PLACES),
            }
            for a in syndicated
        ],
        "most_reused": [
            {
                "cluster_id": c.cluster_id,
                "kind": c.kind,
                "n_docs": len(c.docs),
                "earliest_doc_id": docs[c.earliest.doc].doc_id,
                "text": docs[c.earliest.doc].text[c.earliest.start : c.earliest.end],
            }
            for c in most_reused(result)
        ],
        "most_reused_quotes": [_quote_summary(c, docs, words) for c in most_reused_quotes(result)],
        "reports": str(out),
    }


def _preview(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= PREVIEW_CHARS else flat[: PREVIEW_CHARS - 1] + "…"


def _quote_summary(
    cluster: Cluster, docs: tuple[Document, ...], words: dict[str, str]
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


def summary_text(result: TraceResult, out: Path) -> str:
    data = summary_json(result, out)
    v = data["verdicts"]
    lines = [
        f"{data['documents']} documents read, {data['skipped']} skipped",
        f"{data['clusters']} shared passages and quotes ({data['quote_clusters']} quotes)",
        f"boilerplate left out: {data['boilerplate_chars']} characters,"
        f" {data['boilerplate_clusters']} shared footers and notices",
        ", ".join(f"{v[name]} {name}" for name in VERDICTS),
    ]
    if data["syndicated"]:
        lines.append("syndicated:")
        for row in data["syndicated"][:TOP]:
            lines.append(f"  {row['doc_id']}  {row['copied_share']:.0%} from {row['copied_from']}")
        if len(data["syndicated"]) > TOP:
            lines.append(f"  … and {len(data['syndicated']) - TOP} more in documents.csv")
    if data["most_reused"]:
        lines.append("most reused:")
        for row in data["most_reused"]:
            lines.append(f"  {row['n_docs']} docs  {row['kind']:<7}  {_preview(row['text'])}")
    if data["most_reused_quotes"]:
        lines.append("most reused quotes:")
        for row in data["most_reused_quotes"]:
            speaker = row["speaker"] or "speaker unknown"
            if row["speaker_conflict"]:
                speaker += " (credited to others too)"
            source = row["earliest_outlet"] or row["earliest_doc_id"]
            when = row["earliest_published"] or "undated"
            lines.append(
                f"  {row['n_outlets']} outlets  {_preview(row['text'])}\n"
                f"      {speaker}; first in {source}, {when}"
            )
    lines.append(f"reports written to {out}")
    return "\n".join(lines)
