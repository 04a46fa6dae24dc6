"""Reports of a trace in parts (``pipeline.trace_in_parts``), in bounded memory, byte for byte
what ``report.write_reports`` writes for the whole corpus at once.

Each report is sorted by a key that parts do not share (doc_id, cluster_id). The key space is
cut into ranges, fixed before the first part: doc_ids by the corpus's own (every
``DOCS_PER_RANGE``-th), cluster ids (``c`` and 12 hex digits of a hash) evenly. Each part's rows
go to one Arrow file per report and range; each report is then written range after range,
each range sorted in memory, so a report is never held whole.
"""

from __future__ import annotations

import bisect
import math
import os
import shutil
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from provenance.errors import InputError
from provenance.inputs.dumps import Fields
from provenance.model import Notice, Skipped
from provenance.pipeline.low_memory import PART_DOCS
from provenance.pipeline.run import PartsTrace, trace_in_parts
from provenance.reports import schema
from provenance.reports.report_set import prepare_folder, staged, work_folder
from provenance.reports.summary import SummaryPart, merged_summary, summary_part
from provenance.reports.tables import (
    SET_NAMES,
    clusters_frame,
    documents_frame,
    occurrences_frame,
    pairs_frame,
    quotes_frame,
    run_record,
    skipped_rows,
    write_each,
    write_record,
    write_texts,
)
from provenance.reports.workbook import WORKBOOK, write_workbook
from provenance.results import Analysis, TraceResult
from provenance.settings import Settings
from provenance.text.speakers import Aliases

DOCS_PER_RANGE = 10_000
CLUSTER_ID_DIGITS = 12

# the reports written in ranges of their sort key's first column (a doc_id or a cluster_id),
# and how a part's rows of each are made
SORTED_REPORTS: dict[schema.Report, Callable[[TraceResult], pl.DataFrame]] = {
    schema.DOCUMENTS: documents_frame,
    schema.CLUSTERS: clusters_frame,
    schema.OCCURRENCES: occurrences_frame,
    schema.QUOTES: quotes_frame,
    schema.PAIRS: pairs_frame,
}


@dataclass(frozen=True)
class PartsReport:
    """What a trace in parts found and wrote: the summary, the run's record, and the files and
    records skipped and warnings on the way."""

    root: Path
    summary: dict[str, Any]
    record: dict[str, Any]
    skipped: tuple[Skipped, ...]
    notices: tuple[Notice, ...]


def trace_low_memory(
    root: Path,
    settings: Settings,
    out: Path,
    *,
    aliases: Aliases | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    fields: Fields | None = None,
    strict: bool = False,
    save_text: bool = False,
    xlsx: bool = False,
    batch_docs: int = PART_DOCS,
    on_read: Callable[[PartsTrace], None] | None = None,
) -> PartsReport:
    """``trace`` and ``write_reports`` in memory bounded by a batch of articles plus the
    sketches: the same reports, byte for byte. The articles are copied into a work folder
    inside ``out`` (removed after), which needs about as much room as their texts.
    ``on_read``: called once the corpus is read (its skips and notices known), before the
    batches are analysed."""
    created = not out.exists()
    prepare_folder(out)
    done = False
    try:
        work, held = work_folder(out)  # and those of killed runs removed
    except OSError as exc:
        raise InputError(f"{out}: cannot make a work folder there ({exc.strerror})") from None
    try:
        with trace_in_parts(
            root,
            settings,
            work,
            exclude=out,
            aliases=aliases,
            progress=progress,
            fields=fields,
            strict=strict,
            batch_docs=batch_docs,
        ) as trace:
            if on_read is not None:
                on_read(trace)
            written = write_reports_in_parts(
                trace, out, save_text=save_text, xlsx=xlsx, progress=progress
            )
            done = True
            return written
    except OSError as exc:
        raise InputError(f"{out}: cannot use a work folder there ({exc.strerror or exc})") from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
        os.close(held)
        if created and not done:  # a folder made for reports that never came
            with suppress(OSError):
                out.rmdir()


def write_reports_in_parts(
    trace: PartsTrace,
    out: Path,
    *,
    save_text: bool = False,
    xlsx: bool = False,
    progress: Callable[[str, int, int], None] | None = None,
) -> PartsReport:
    """Analyse every batch of ``trace`` and write the reports into ``out`` (and, with
    ``save_text``, the extracted texts; with ``xlsx``, the workbook): the whole set replaces
    the earlier one at once, once all of it is ready (``report_set.staged``)."""
    with staged(out, SET_NAMES) as stage:
        written = _write_in_parts(trace, out, stage, save_text, progress)
        if xlsx:
            write_workbook(stage, stage / WORKBOOK, out)
        return written


def _write_in_parts(
    trace: PartsTrace,
    out: Path,
    stage: Path,
    save_text: bool,
    progress: Callable[[str, int, int], None] | None,
) -> PartsReport:
    """``write_reports_in_parts`` into the staging folder ``stage`` of ``out``."""
    frames = trace.plan.spill.parent / "frames"
    doc_bounds = sorted(trace.plan.doc_ids)[DOCS_PER_RANGE::DOCS_PER_RANGE]
    cluster_bounds = _even_bounds(math.ceil(len(trace.plan.doc_ids) / DOCS_PER_RANGE))
    counts: dict[str, int] = {}
    timings: dict[str, float] = dict(trace.timings)
    peak: dict[str, int] = {}
    parts: list[SummaryPart] = []
    reporting = 0.0
    for number, result in enumerate(trace.results()):
        began = time.perf_counter()
        for report, make in SORTED_REPORTS.items():
            bounds = doc_bounds if _by_doc(report) else cluster_bounds
            _spread(make(result), report.key[0], bounds, frames / report.file, number)
        if save_text:
            write_texts(result, stage, out)
        parts.append(summary_part(result))
        _add(counts, timings, peak, result.analysis)
        reporting += time.perf_counter() - began
        if progress is not None:
            progress("parts", number + 1, len(trace.plan.batches))
    began = time.perf_counter()
    counts.update(trace.plan.corpus.totals)  # what parts cannot sum: the corpus's own
    counts["files_skipped"] = len(trace.skipped)
    whole = TraceResult(
        root=trace.root,
        settings=trace.settings,
        analysis=Analysis((), (), (), (), (), counts=counts, timings=timings, peak_mib=peak),
        skipped=trace.skipped,
        notices=trace.notices,
        aliases=trace.aliases,
        fields=trace.fields,
    )
    record = run_record(whole)
    record["parts"] = {
        "parts": trace.plan.parts,
        "largest_part_documents": trace.plan.largest_part,
        "batches": len(trace.plan.batches),
    }
    _write_all(
        (stage, out),
        frames,
        record,
        trace,
        (len(doc_bounds) + 1, len(cluster_bounds) + 1),
        lambda: reporting + time.perf_counter() - began,
    )
    shutil.rmtree(frames, ignore_errors=True)
    return PartsReport(
        trace.root,
        merged_summary(parts, len(trace.skipped), out, counts["boilerplate_clusters"]),
        record,
        trace.skipped,
        trace.notices,
    )


def _by_doc(report: schema.Report) -> bool:
    """Whether ``report`` is cut into ranges of doc_ids (else of cluster ids)."""
    first = report.key[0]
    if first not in ("doc_id", "doc_id_a", "cluster_id"):
        raise ValueError(f"{report.file}: cannot be cut into ranges of {first}")
    return first != "cluster_id"


def _even_bounds(ranges: int) -> list[str]:
    """Cluster ids cutting their space into ``ranges`` even ranges."""
    space = 16**CLUSTER_ID_DIGITS
    return [f"c{k * space // ranges:0{CLUSTER_ID_DIGITS}x}" for k in range(1, max(ranges, 1))]


def _spread(frame: pl.DataFrame, key: str, bounds: list[str], folder: Path, part: int) -> None:
    """A part's rows of one report, one Arrow file per key range they fall in."""
    ranges = [bisect.bisect_right(bounds, value) for value in frame[key].to_list()]
    found = frame.with_columns(pl.Series("_range", ranges, dtype=pl.Int64))
    for (number,), rows in found.partition_by("_range", as_dict=True).items():
        target = folder / f"{number:05d}"
        target.mkdir(parents=True, exist_ok=True)
        rows.drop("_range").write_ipc(target / f"{part:06d}.arrow")


def _add(
    counts: dict[str, int], timings: dict[str, float], peak: dict[str, int], analysis: Analysis
) -> None:
    for name, value in analysis.counts.items():
        counts[name] = counts.get(name, 0) + value
    for name, seconds in analysis.timings.items():
        timings[name] = round(timings.get(name, 0.0) + seconds, 4)
    for name, mib in analysis.peak_mib.items():
        peak[name] = max(peak.get(name, 0), mib)


def _write_all(
    folders: tuple[Path, Path],
    frames: Path,
    record: dict[str, Any],
    trace: PartsTrace,
    ranges: tuple[int, int],
    reporting: Callable[[], float],
) -> None:
    """Every report, from the parts' Arrow files, into the staging folder of the report folder
    (``folders``); run.json last, with the time reporting took (``reporting()``, read once the
    other reports are written)."""

    def merged(report: schema.Report) -> Callable[[Path], None]:
        count = ranges[0 if _by_doc(report) else 1]
        return lambda temp: _merge(frames / report.file, report, count, temp)

    stage, out = folders
    write_each(
        stage,
        {
            **{report.file: merged(report) for report in SORTED_REPORTS},
            schema.SKIPPED.file: lambda temp: skipped_rows(trace.skipped).write_csv(temp),
            schema.RUN_RECORD: lambda temp: write_record(record, reporting(), temp),
        },
        out,
    )


def _merge(folder: Path, report: schema.Report, ranges: int, target: Path) -> None:
    """One report from its parts' Arrow files: range by range, each sorted, header once."""
    with target.open("wb") as handle:
        for number in range(ranges):
            files = sorted((folder / f"{number:05d}").glob("*.arrow"))
            rows = (
                pl.concat([pl.read_ipc(f) for f in files])
                if files
                else pl.DataFrame(schema=report.dtypes)
            )
            rows.sort(list(report.key), maintain_order=True).write_csv(
                handle, include_header=number == 0
            )
