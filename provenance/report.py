"""Report stage: turn a trace result into CSV files and run.json, written atomically.

CSV conventions: UTF-8 with a header row, ``true``/``false`` booleans, shares with four decimal
places, an empty cell for unknown, rows sorted by their first columns. Same input, same bytes
(run.json aside, which records timings).
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

import polars as pl
from rapidfuzz import fuzz, process

from provenance import __version__
from provenance.attribute import SHARE_PLACES
from provenance.clean import normalise
from provenance.data import Document
from provenance.errors import InputError
from provenance.pipeline import TraceResult, paused_gc

REPORT_FILES = (
    "documents.csv",
    "clusters.csv",
    "occurrences.csv",
    "quotes.csv",
    "skipped.csv",
    "run.json",
)

DOCUMENT_COLUMNS = {
    "doc_id": pl.Utf8, "path": pl.Utf8, "encoding": pl.Utf8, "outlet": pl.Utf8,
    "published": pl.Utf8, "date_source": pl.Utf8, "n_chars": pl.Int64,
    "boilerplate_chars": pl.Int64, "n_sentences": pl.Int64, "reused_chars": pl.Int64,
    "reused_share": pl.Utf8, "copied_from": pl.Utf8, "copied_share": pl.Utf8,
    "direction_basis": pl.Utf8, "verdict": pl.Utf8, "title": pl.Utf8, "url": pl.Utf8,
}  # fmt: skip
CLUSTER_COLUMNS = {
    "cluster_id": pl.Utf8, "kind": pl.Utf8, "text": pl.Utf8, "n_docs": pl.Int64,
    "n_outlets": pl.Int64, "earliest_doc_id": pl.Utf8, "earliest_outlet": pl.Utf8,
    "earliest_published": pl.Utf8, "earliest_basis": pl.Utf8, "speaker": pl.Utf8,
    "speaker_key": pl.Utf8, "speaker_conflict": pl.Boolean, "same_outlet": pl.Boolean,
    "doc_ids": pl.Utf8,
}  # fmt: skip
OCCURRENCE_COLUMNS = {
    "cluster_id": pl.Utf8, "doc_id": pl.Utf8, "outlet": pl.Utf8, "published": pl.Utf8,
    "start": pl.Int64, "end": pl.Int64, "text": pl.Utf8, "similarity": pl.Int64,
    "is_earliest": pl.Boolean, "in_quotes": pl.Boolean,
}  # fmt: skip
QUOTE_COLUMNS = {
    "quote_id": pl.Utf8, "doc_id": pl.Utf8, "outlet": pl.Utf8, "published": pl.Utf8,
    "start": pl.Int64, "end": pl.Int64, "text": pl.Utf8, "speaker": pl.Utf8,
    "speaker_key": pl.Utf8, "attributed_as": pl.Utf8, "cluster_id": pl.Utf8,
    "is_earliest": pl.Boolean, "variant": pl.Utf8,
}  # fmt: skip
SKIPPED_COLUMNS = {"path": pl.Utf8, "reason": pl.Utf8}


def documents_frame(result: TraceResult) -> pl.DataFrame:
    analysis = result.analysis
    docs = analysis.documents
    rows = [
        {
            "doc_id": doc.doc_id,
            "path": doc.path,
            "encoding": doc.encoding,
            "outlet": doc.outlet,
            "published": _published(doc),
            "date_source": doc.date_source.value,
            "n_chars": att.n_chars,
            "boilerplate_chars": att.boilerplate_chars,
            "n_sentences": analysis.n_sentences[att.doc],
            "reused_chars": att.reused_chars,
            "reused_share": _share(att.reused_share),
            "copied_from": None if att.copied_from is None else docs[att.copied_from].doc_id,
            "copied_share": _share(att.copied_share),
            "direction_basis": att.direction_basis,
            "verdict": att.verdict,
            "title": doc.title,
            "url": doc.url,
        }
        for doc, att in zip(docs, analysis.attributions, strict=True)
    ]
    return _frame(rows, DOCUMENT_COLUMNS, ["doc_id"])


def clusters_frame(result: TraceResult) -> pl.DataFrame:
    docs = result.analysis.documents
    rows = []
    for cluster in result.analysis.clusters:
        first = docs[cluster.earliest.doc]
        members = [docs[i] for i in cluster.docs]
        rows.append(
            {
                "cluster_id": cluster.cluster_id,
                "kind": cluster.kind,
                "text": _text(first, cluster.earliest.start, cluster.earliest.end),
                "n_docs": len(members),
                "n_outlets": count_outlets(members),
                "earliest_doc_id": first.doc_id,
                "earliest_outlet": first.outlet,
                "earliest_published": _published(first),
                "earliest_basis": cluster.earliest_basis,
                "speaker": cluster.speaker.name if cluster.speaker else None,
                "speaker_key": cluster.speaker.key if cluster.speaker else None,
                "speaker_conflict": cluster.speaker_conflict,
                "same_outlet": same_outlet(members),
                "doc_ids": ";".join(sorted(d.doc_id for d in members)),
            }
        )
    return _frame(rows, CLUSTER_COLUMNS, ["cluster_id"])


def occurrences_frame(result: TraceResult) -> pl.DataFrame:
    docs = result.analysis.documents
    published = [_published(doc) for doc in docs]
    rows = []
    normalised = _Normalised()  # copies of a story repeat the same texts
    compared: tuple[list[str], list[str]] = ([], [])  # (occurrence, earliest), normalised
    for cluster in result.analysis.clusters:
        earliest = cluster.earliest
        reference = normalised(_text(docs[earliest.doc], earliest.start, earliest.end))
        first = (earliest.doc, earliest.start)
        for occ in cluster.occurrences:
            doc = docs[occ.doc]
            text = doc.text[occ.start : occ.end]
            compared[0].append(normalised(text))
            compared[1].append(reference)
            rows.append(
                {
                    "cluster_id": cluster.cluster_id,
                    "doc_id": doc.doc_id,
                    "outlet": doc.outlet,
                    "published": published[occ.doc],
                    "start": occ.start,
                    "end": occ.end,
                    "text": text,
                    "is_earliest": (occ.doc, occ.start) == first,  # one occurrence per start
                    "in_quotes": occ.in_quotes,
                }
            )
    # one batch on every core: the same scores as fuzz.ratio pair by pair
    scores = process.cpdist(*compared, scorer=fuzz.ratio, workers=-1).tolist()
    for row, score in zip(rows, scores, strict=True):
        row["similarity"] = round(score)
    return _frame(rows, OCCURRENCE_COLUMNS, ["cluster_id", "doc_id", "start"])


class _Normalised(dict[str, str]):
    """``normalise`` memoised for one report."""

    def __call__(self, text: str) -> str:
        found = self.get(text)
        if found is None:
            found = self[text] = normalise(text)
        return found


def quotes_frame(result: TraceResult) -> pl.DataFrame:
    docs = result.analysis.documents
    rows = []
    for row in result.analysis.quote_rows:
        doc, speaker = docs[row.quote.doc], row.quote.speaker
        rows.append(
            {
                "quote_id": row.quote.quote_id,
                "doc_id": doc.doc_id,
                "outlet": doc.outlet,
                "published": _published(doc),
                "start": row.start,
                "end": row.end,
                "text": _text(doc, row.start, row.end),
                "speaker": speaker.name if speaker else None,
                "speaker_key": speaker.key if speaker else None,
                "attributed_as": speaker.attributed_as if speaker else None,
                "cluster_id": row.cluster_id,
                "is_earliest": row.is_earliest,
                "variant": row.variant,
            }
        )
    return _frame(rows, QUOTE_COLUMNS, ["doc_id", "start"])


def skipped_frame(result: TraceResult) -> pl.DataFrame:
    rows = [{"path": s.path, "reason": s.reason} for s in result.skipped]
    return _frame(rows, SKIPPED_COLUMNS, ["path"])


def same_outlet(documents: list[Document]) -> bool:
    """All the documents come from one known outlet (an outlet reusing its own text)."""
    return len(documents) > 1 and all(d.same_outlet(documents[0]) for d in documents[1:])


def count_outlets(documents: list[Document]) -> int:
    """Distinct outlets, where every document of unknown outlet counts as one of its own."""
    known = {d.outlet for d in documents if d.outlet is not None}
    return len(known) + sum(1 for d in documents if d.outlet is None)


def run_record(result: TraceResult) -> dict[str, Any]:
    settings = result.settings
    bands, rows = settings.bands_rows
    return {
        "version": __version__,
        "input": str(result.root),
        "settings": settings.as_dict(),
        "lsh": {"bands": bands, "rows": rows},
        "fingerprint": settings.fingerprint,
        "speaker_aliases": {
            "sources": list(result.aliases.sources),
            "names": len(result.aliases.canonical),
            "digest": result.aliases.digest,
        },
        "counts": dict(sorted(result.analysis.counts.items())),
        "timings_seconds": dict(sorted(result.analysis.timings.items())),
        "peak_mib_after": dict(sorted(result.analysis.peak_mib.items())),
        "notices": [{"path": n.path, "message": n.message} for n in result.notices],
    }


def write_reports(result: TraceResult, out: Path) -> list[Path]:
    """Write every report into ``out`` (created if needed); only these files are touched."""
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: exists and is not a directory")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{out}: cannot create report folder ({exc.strerror})") from None
    began = time.perf_counter()
    with paused_gc():
        contents = {
            "documents.csv": documents_frame(result).write_csv(),
            "clusters.csv": clusters_frame(result).write_csv(),
            "occurrences.csv": occurrences_frame(result).write_csv(),
            "quotes.csv": quotes_frame(result).write_csv(),
            "skipped.csv": skipped_frame(result).write_csv(),
        }
    record = run_record(result)
    timings = {**record["timings_seconds"], "report": round(time.perf_counter() - began, 4)}
    record["timings_seconds"] = dict(sorted(timings.items()))
    contents["run.json"] = json.dumps(record, indent=2, ensure_ascii=False) + "\n"
    written = []
    for name in REPORT_FILES:
        path = out / name
        write_atomic(path, contents[name])
        written.append(path)
    return written


def write_atomic(path: Path, content: str) -> None:
    """Write through a temporary file in the same folder, then rename over ``path``."""
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_UMASK)  # mkstemp makes owner-only files; reports are not secret
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(content)
        Path(temp).replace(path)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write report ({exc.strerror})") from None


def _read_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _read_umask()


def _frame(rows: list[dict[str, Any]], schema: dict[str, Any], keys: list[str]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=schema).sort(keys, maintain_order=True)


def _share(value: float | None) -> str | None:
    return None if value is None else f"{value:.{SHARE_PLACES}f}"


def _published(doc: Document) -> str | None:
    return doc.published.text if doc.published else None


def _text(doc: Document, start: int, end: int) -> str:
    return doc.text[start:end]
