"""The library API: one function per thing the command line does, returning typed results.

    >>> import provenance
    >>> result = provenance.trace("fixtures/news")
    >>> print(result.summary())

The CLI (``provenance.cli``) calls these functions and only renders what they return, so the
two cannot disagree. Nothing here prints or exits; bad input raises ``ProvenanceError``
subclasses (``InputError``, ``ConfigError``) whose message names the file and the problem.
"""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from provenance.errors import InputError
from provenance.model import Document
from provenance.settings import Settings

# The rest is imported where it is used: the CLI calls one function per command, and a command
# that reads an index should not pay for loading the analysis, polars or the scorer.
if TYPE_CHECKING:
    import polars as pl

    from provenance.checking.quote_lookup import QuoteLookup
    from provenance.checking.screen import CheckResult, Policy
    from provenance.index.base import Added, IndexBackend
    from provenance.inputs.dumps import Fields
    from provenance.model import Cluster, Notice, Occurrence, QuoteRow, Skipped
    from provenance.reports.evaluate import Evaluation
    from provenance.results import TraceResult
    from provenance.text.speakers import Aliases

__all__ = [
    "HtmlReport",
    "Indexed",
    "Trace",
    "add_to_index",
    "build_index",
    "check",
    "evaluate",
    "find_quote",
    "html_report",
    "open_index",
    "trace",
]

# (stage, done, total), called as work advances; a total of 0: not known yet.
Progress = Callable[[str, int, int], None]
# (done, total) of an index write
IndexProgress = Callable[[int, int], None]
IN_MEMORY = "(documents)"  # what run.json records as the input of a trace of Documents
SHARE_COLUMNS = ("reused_share", "copied_share")  # of documents.csv


class Trace:
    """What a trace found: typed records, polars DataFrames of the reports' rows, and ways to
    write the reports. ``result`` is the full record the report writers take."""

    def __init__(self, result: TraceResult) -> None:
        self.result = result
        self._written: Path | None = None

    def __repr__(self) -> str:
        return (
            f"<Trace of {len(self.documents)} documents: {len(self.clusters)} clusters, "
            f"{len(self.quotes)} quote rows>"
        )

    @property
    def settings(self) -> Settings:
        return self.result.settings

    @property
    def documents(self) -> tuple[Document, ...]:
        """The articles read, sorted by doc_id (the order every report uses)."""
        return self.result.analysis.documents

    @property
    def clusters(self) -> tuple[Cluster, ...]:
        """Each passage or quote shared by two or more documents, with its occurrences."""
        return self.result.analysis.clusters

    @property
    def occurrences(self) -> tuple[Occurrence, ...]:
        """Every occurrence of every cluster, cluster by cluster."""
        return tuple(o for c in self.clusters for o in c.occurrences)

    @property
    def quotes(self) -> tuple[QuoteRow, ...]:
        """One row per quote paragraph of a quote cluster, compared with its earliest version."""
        return self.result.analysis.quote_rows

    @property
    def skipped(self) -> tuple[Skipped, ...]:
        """Files and records that were not read, and why."""
        return self.result.skipped

    def documents_frame(self) -> pl.DataFrame:
        """The rows of documents.csv: one per article, with its verdict and copied share (the
        shares as numbers: the CSV writes them as text of four decimal places)."""
        import polars as pl

        from provenance.reports.tables import documents_frame

        shares = pl.col(SHARE_COLUMNS).cast(pl.Float64)
        return documents_frame(self.result).with_columns(shares)

    def clusters_frame(self) -> pl.DataFrame:
        """The rows of clusters.csv: one per cluster, with its earliest source."""
        from provenance.reports.tables import clusters_frame

        return clusters_frame(self.result)

    def occurrences_frame(self) -> pl.DataFrame:
        """The rows of occurrences.csv: one per occurrence, with exact offsets."""
        from provenance.reports.tables import occurrences_frame

        return occurrences_frame(self.result)

    def quotes_frame(self) -> pl.DataFrame:
        """The rows of quotes.csv: one per quote paragraph, with speaker and variant."""
        from provenance.reports.tables import quotes_frame

        return quotes_frame(self.result)

    def skipped_frame(self) -> pl.DataFrame:
        """The rows of skipped.csv."""
        from provenance.reports.tables import skipped_frame

        return skipped_frame(self.result)

    def write_reports(
        self, out: str | Path, *, save_text: bool = False, xlsx: bool = False
    ) -> list[Path]:
        """Write the CSV reports and run.json into the folder ``out`` (made if missing), all
        replaced at once or none; with ``save_text``, also each article's text as read; with
        ``xlsx``, also reports.xlsx (every report a sheet, every cell a string)."""
        from provenance.reports.tables import write_reports

        folder = Path(out)
        written = write_reports(self.result, folder, save_text=save_text, xlsx=xlsx)
        self._written = folder
        return written

    def write_html(self, file: str | Path) -> Path:
        """Write the self-contained HTML report to ``file`` (its folder must exist)."""
        from provenance.reports.html import write_html
        from provenance.reports.tables import write_reports

        target = Path(file)
        if not target.resolve().parent.is_dir():
            raise InputError(f"{target}: folder {target.resolve().parent} does not exist")
        texts = {d.doc_id: d.text for d in self.documents}
        if self._written is not None:
            write_html(self._written, texts, target)
        else:
            with tempfile.TemporaryDirectory(prefix="provenance-") as folder:
                write_reports(self.result, Path(folder))
                write_html(Path(folder), texts, target)
        return target

    def summary_json(self) -> dict[str, Any]:
        """The summary ``provenance trace --format json`` prints, as a dict (``reports``: the
        folder ``write_reports`` last wrote to, or None)."""
        from provenance.reports.summary import summary_json

        return summary_json(self.result, self._written)

    def summary(self) -> str:
        """The summary ``provenance trace`` prints: counts, verdicts, syndicated copies, the
        most reused passages and quotes (and where the reports went, once written)."""
        from provenance.reports.summary import text_of_summary

        return text_of_summary(self.summary_json())


def trace(
    source: str | Path | Iterable[Document],
    settings: Settings | None = None,
    *,
    aliases: Aliases | None = None,
    fields: Fields | None = None,
    strict: bool = False,
    exclude: Path | None = None,
    progress: Progress | None = None,
    engine: Any = None,
) -> Trace:
    """Trace ``source``: a folder of articles, one article or record file, a URI (with a Spark
    ``engine``), or ``Document`` records (``Document.from_text``). ``settings``: matching
    settings (default ``Settings()``); ``fields``: the field names of record files;
    ``strict``: any file or record skipped is an error; ``exclude``: a folder under the input
    not to read (a report folder inside it)."""
    from provenance.pipeline.run import trace as trace_files
    from provenance.pipeline.run import trace_documents

    settings = settings if settings is not None else Settings()
    if not isinstance(settings, Settings):
        raise TypeError(f"settings must be provenance.Settings, not {type(settings).__name__}")
    if isinstance(source, str | Path):
        # a URI stays a string: only an engine that reads URIs takes it
        root = source if isinstance(source, str) and "://" in source else Path(source)
        return Trace(
            trace_files(
                root,
                settings,
                exclude=exclude,
                aliases=aliases,
                progress=progress,
                fields=fields,
                strict=strict,
                engine=engine,
            )
        )
    documents = list(source)
    if not all(isinstance(doc, Document) for doc in documents):
        raise TypeError("trace: give a path, or an iterable of provenance.Document")
    return Trace(
        trace_documents(
            documents, settings, aliases=aliases, progress=progress, engine=engine, root=IN_MEMORY
        )
    )


@dataclass(frozen=True)
class Indexed:
    """What ``build_index`` or ``add_to_index`` did: the doc_ids added, replaced and left
    unchanged, and the files or records read with a warning or skipped."""

    added: Added
    notices: tuple[Notice, ...]
    skipped: tuple[Skipped, ...]


def build_index(
    source: str | Path,
    location: str | Path,
    settings: Settings | None = None,
    *,
    fields: Fields | None = None,
    strict: bool = False,
    on_read: Callable[[Indexed], None] | None = None,
    progress: IndexProgress | None = None,
) -> Indexed:
    """Index every article under the folder ``source`` (doc_ids relative to it) at
    ``location`` (a SQLite file, replaced at once by a rename, or a ``redis://`` URL).
    ``on_read`` is called once the articles are read, before they are indexed (with what was
    skipped so far, for warnings); ``strict``: any file or record skipped is an error."""
    from provenance.index import build_index as build
    from provenance.index.base import Added
    from provenance.inputs.load import load_corpus, refuse_skips

    folder = Path(source)
    settings = settings or Settings()
    loaded = load_corpus(folder, fields=fields, rules=settings.input_rules)
    if strict:
        refuse_skips(loaded, folder)
    read = Indexed(Added(), tuple(loaded.notices), tuple(loaded.skipped))
    if on_read is not None:
        on_read(read)
    added = build(str(location), loaded.documents, settings, folder, progress)
    return dataclasses.replace(read, added=added)


def add_to_index(
    paths: Sequence[str | Path],
    index: IndexBackend,
    *,
    root: Path | None = None,
    manifest: Path | None = None,
    fields: Fields | None = None,
    strict: bool = False,
    on_read: Callable[[Indexed], None] | None = None,
    progress: IndexProgress | None = None,
) -> Indexed:
    """Add the articles at ``paths`` (files or folders) to ``index`` (opened with
    ``write=True``) in one transaction: new ones added, changed ones replaced. doc_ids are
    relative to ``root`` (default: the index's), metadata from ``manifest`` (default:
    ``root``'s manifest.csv)."""
    from provenance.index.base import Added
    from provenance.inputs.load import load_paths, refuse_skips

    given = [Path(p) for p in paths]
    loaded = load_paths(
        given,
        root or index.root,
        manifest=manifest,
        fields=fields,
        rules=index.settings.input_rules,
    )
    if strict:
        refuse_skips(loaded, ", ".join(map(str, given)))
    read = Indexed(Added(), tuple(loaded.notices), tuple(loaded.skipped))
    if on_read is not None:
        on_read(read)
    return dataclasses.replace(read, added=index.add(loaded.documents, progress))


def open_index(
    location: str | Path, settings: Settings | None = None, *, write: bool = False
) -> IndexBackend:
    """An existing index: a SQLite file, or a ``redis://`` URL. Use it as a context manager
    (``with provenance.open_index(...) as index:``) so it is closed. ``settings``: refused
    unless they shape sketches as the index's did (default: the index's own); ``write``:
    open it for ``check(..., add=True)``."""
    from provenance.index import open_index as open_backend

    return open_backend(str(location), settings, write=write)


def check(
    paths: Sequence[str | Path],
    *,
    index: IndexBackend,
    policy: Policy | None = None,
    settings: Settings | None = None,
    aliases: Aliases | None = None,
    root: Path | None = None,
    manifest: Path | None = None,
    add: bool = False,
    fields: Fields | None = None,
    strict: bool = False,
) -> CheckResult:
    """Screen the articles at ``paths`` against ``index`` and each other: a verdict per article
    (``result.failed`` holds those the ``policy`` fails; default: a copied share from one
    source over the syndication threshold). ``add``: index the articles that pass (the index
    must be opened with ``write=True``); when that fails, the index is as it was,
    ``result.add_failed`` says why and the verdicts are returned all the same."""
    from provenance.checking.screen import Policy
    from provenance.checking.screen import check as screen

    settings = settings if settings is not None else index.settings
    return screen(
        [Path(p) for p in paths],
        index,
        settings,
        policy or Policy(settings.syndication_threshold),
        aliases=aliases,
        root=root,
        manifest=manifest,
        add=add,
        fields=fields,
        strict=strict,
    )


def find_quote(query: str, index: IndexBackend, aliases: Aliases | None = None) -> QuoteLookup:
    """Where a quote (or words of it) first appeared in ``index``: the earliest source, its
    speaker, and every sighting, quoted or not."""
    from provenance.checking.quote_lookup import find_quote as lookup

    return lookup(query, index, aliases)


@dataclass(frozen=True)
class HtmlReport:
    """What ``html_report`` wrote: the page, how many document texts it shows, the doc_ids
    whose text differs from the traced one (shown without it), and warnings for people."""

    path: Path
    texts: int
    texts_differ: tuple[str, ...]
    warnings: tuple[str, ...]


def html_report(
    report_dir: str | Path, html: str | Path, *, input_dir: str | Path | None = None
) -> HtmlReport:
    """Write the self-contained HTML report of the reports in ``report_dir`` to ``html``. The
    documents' texts are read again from ``input_dir``, the traced folder or file (default:
    the input run.json records; an ``input_dir`` that does not exist is an error); without
    them the page shows the tables only."""
    import json

    from provenance.inputs.load import load_corpus, load_file
    from provenance.reports import schema
    from provenance.reports.html import write_html
    from provenance.reports.tables import read_rows

    reports, target = Path(report_dir), Path(html)
    if not (reports / schema.DOCUMENTS.file).is_file():
        raise InputError(f"{reports}: no reports here (run `provenance trace` first)")
    try:
        run = json.loads((reports / schema.RUN_RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        run = {}
    run = run if isinstance(run, dict) else {}
    recorded = run.get("input")
    folder = Path(input_dir) if input_dir is not None else None
    if folder is not None and not (folder.is_dir() or folder.is_file()):  # named by the caller
        what = "is neither a folder nor a file" if folder.exists() else "no such folder or file"
        raise InputError(f"{folder}: {what} (the traced articles, for their texts)")
    if folder is None and isinstance(recorded, str):
        folder = Path(recorded)
    warnings: list[str] = []
    texts: dict[str, str] = {}
    fields = _recorded_fields(run)
    if folder is not None and folder.is_dir():
        loaded = load_corpus(folder, exclude=reports, fields=fields)
        texts = {d.doc_id: d.text for d in loaded.documents}
    elif folder is not None and folder.is_file():  # one article or record file was traced
        with suppress(InputError):  # no article in it now: none of the traced documents
            texts = {d.doc_id: d.text for d in load_file(folder, fields=fields).documents}
    else:
        warnings.append(f"{folder or 'run.json'}: traced folder not found; no document texts")
    traced = {row["doc_id"] for row in read_rows(reports / schema.DOCUMENTS.file)} & set(texts)
    if not warnings and not traced:
        warnings.append(f"{folder}: holds none of the traced documents")
    wrong = write_html(reports, texts, target)
    warnings += [f"{d}: its text differs from the traced one; shown without it" for d in wrong]
    return HtmlReport(target, len(traced) - len(wrong), tuple(wrong), tuple(warnings))


def _recorded_fields(run: dict[str, Any]) -> Fields:
    """The record field names a run read with (run.json's ``record_fields``)."""
    from provenance.inputs.dumps import Fields

    recorded = run.get("record_fields")
    if not isinstance(recorded, dict):
        return Fields()
    return Fields(**{k: tuple(v) for k, v in recorded.items()})


def evaluate(corpus: str | Path, report_dir: str | Path, truth: str | Path) -> Evaluation:
    """Score the reports a trace of ``corpus`` wrote to ``report_dir`` against known answers
    (a ``provenance-truth/1`` file): documents, passages, earliest source, quotes."""
    from provenance.reports.evaluate import evaluate as score

    return score(Path(report_dir), Path(truth), Path(corpus))
