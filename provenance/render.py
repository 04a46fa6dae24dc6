"""Terminal summaries of a trace: text for people, JSON for scripts."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from provenance.data import Cluster
from provenance.pipeline import TraceResult

TOP_QUOTES = 5
PREVIEW_CHARS = 90


def top_quotes(result: TraceResult, limit: int = TOP_QUOTES) -> list[Cluster]:
    """The quote clusters found in most documents (ties: by cluster_id)."""
    quotes = [c for c in result.analysis.clusters if c.kind == "quote"]
    return sorted(quotes, key=lambda c: (-len(c.docs), c.cluster_id))[:limit]


def summary_json(result: TraceResult, out: Path) -> dict[str, Any]:
    analysis = result.analysis
    docs = analysis.documents
    verdicts = Counter(a.verdict for a in analysis.attributions)
    return {
        "documents": len(docs),
        "skipped": len(result.skipped),
        "clusters": len(analysis.clusters),
        "quote_clusters": sum(1 for c in analysis.clusters if c.kind == "quote"),
        "verdicts": {
            v: verdicts.get(v, 0) for v in ("syndicated", "original", "partial", "unique")
        },
        "top_quotes": [
            {
                "cluster_id": c.cluster_id,
                "n_docs": len(c.docs),
                "earliest_doc_id": docs[c.earliest.doc].doc_id,
                "text": docs[c.earliest.doc].text[c.earliest.start : c.earliest.end],
            }
            for c in top_quotes(result)
        ],
        "reports": str(out),
    }


def summary_text(result: TraceResult, out: Path) -> str:
    data = summary_json(result, out)
    v = data["verdicts"]
    lines = [
        f"{data['documents']} documents read, {data['skipped']} skipped",
        f"{data['clusters']} shared passages and quotes ({data['quote_clusters']} quotes)",
        f"{v['syndicated']} syndicated, {v['original']} original, {v['partial']} partial, "
        f"{v['unique']} unique",
    ]
    if data["top_quotes"]:
        lines.append("most reused quotes:")
        for quote in data["top_quotes"]:
            text = " ".join(quote["text"].split())
            if len(text) > PREVIEW_CHARS:
                text = text[: PREVIEW_CHARS - 1] + "…"
            lines.append(
                f"  {quote['n_docs']} docs  {text}  (earliest: {quote['earliest_doc_id']})"
            )
    lines.append(f"reports written to {out}/")
    return "\n".join(lines)
