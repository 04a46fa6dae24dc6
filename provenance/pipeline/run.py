"""The pipeline run: load the articles, run the analysis steps (``provenance.pipeline.steps``)
on an engine (``provenance.pipeline.engine``), and hand back what the reports are made of.

``analyse`` runs the steps in order, times each, and merges what they counted in one place.
Reports are written by ``provenance.reports``.
"""

from __future__ import annotations

import itertools
import resource
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from provenance.errors import InputError
from provenance.inputs.dumps import Fields
from provenance.inputs.load import (
    LoadResult,
    in_order,
    load_corpus,
    load_file,
    refuse_skips,
    stream_corpus,
)
from provenance.memory import paused_gc, release_memory, return_freed_pages
from provenance.model import Document, Notice, Skipped
from provenance.pipeline.engine import (
    Engine,
    LocalEngine,
    Progress,
    Workers,
    no_progress,
    running_workers,
)
from provenance.pipeline.low_memory import PART_DOCS, PLAN_BATCH, Corpus, Plan, Planner
from provenance.pipeline.steps import STEPS, Work, per_document
from provenance.results import Analysis, TraceResult
from provenance.settings import Settings
from provenance.text.speakers import Aliases

__all__ = ["analyse", "trace", "trace_documents", "trace_in_parts"]


class _Clock:
    def __init__(self) -> None:
        self.timings: dict[str, float] = {}
        self.peak_mib: dict[str, int] = {}

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        began = time.perf_counter()
        try:
            yield
        finally:
            self.timings[name] = round(time.perf_counter() - began, 4)
            self.peak_mib[name] = _peak_mib()


def _peak_mib() -> int:
    """This process's peak resident memory so far (what a stage's benchmark figure needs)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def trace(
    root: Path | str,
    settings: Settings,
    *,
    exclude: Path | None = None,
    aliases: Aliases | None = None,
    progress: Progress | None = None,
    fields: Fields | None = None,
    strict: bool = False,
    engine: Engine | None = None,
) -> TraceResult:
    """Load the articles under ``root`` (a folder, one article or record file, or a URI the
    engine reads) and analyse them. ``fields``: record field names; ``strict``: any file or
    record skipped is an error; ``engine``: where the steps that scale run (default: this
    machine)."""
    with paused_gc(), running_workers() as workers:
        engine = engine or LocalEngine(workers, progress or no_progress)
        began = time.perf_counter()
        if isinstance(root, str):  # a URI
            loaded = engine.load_uri(root, fields)
        elif root.is_file():  # one article or record file: as its folder holding it alone
            loaded = load_file(root, fields=fields, rules=settings.input_rules)
        else:
            loaded = load_corpus(
                root,
                exclude=exclude,
                read_files=engine.read_files,
                fields=fields,
                rules=settings.input_rules,
            )
        if strict:
            refuse_skips(loaded, root)
        load_seconds = round(time.perf_counter() - began, 4)
        result = _analysed(loaded, root, settings, aliases, progress, engine, fields)
    result.analysis.timings["load"] = load_seconds
    return result


def trace_documents(
    documents: Sequence[Document],
    settings: Settings,
    *,
    aliases: Aliases | None = None,
    progress: Progress | None = None,
    engine: Engine | None = None,
    root: str,
) -> TraceResult:
    r"""Analyse articles already in memory (the Python API's ``trace`` of ``Document``\ s), in
    doc_id order as a loaded corpus is; ``root`` is what run.json records as the input. Two
    documents with one doc_id are an error: every report is keyed by it."""
    ordered = sorted(documents, key=lambda d: d.doc_id)
    for a, b in itertools.pairwise(ordered):
        if a.doc_id == b.doc_id:
            raise InputError(f"{root}: two documents have the doc_id {a.doc_id!r}")
    with paused_gc(), running_workers() as workers:
        engine = engine or LocalEngine(workers, progress or no_progress)
        return _analysed(LoadResult(documents=ordered), root, settings, aliases, progress, engine)


def _analysed(
    loaded: LoadResult,
    root: Path | str,
    settings: Settings,
    aliases: Aliases | None,
    progress: Progress | None,
    engine: Engine,
    fields: Fields | None = None,
) -> TraceResult:
    """The analysis of what was loaded, with what loading skipped and noticed."""
    aliases = aliases or Aliases.load()
    analysis = analyse(
        loaded.documents, settings, aliases=aliases, progress=progress, engine=engine
    )
    analysis.counts["files_skipped"] = len(loaded.skipped)
    return TraceResult(
        root=root,
        settings=settings,
        analysis=analysis,
        skipped=tuple(loaded.skipped),
        notices=tuple(loaded.notices),
        aliases=aliases,
        fields=fields or Fields(),
        engine=engine.name,
    )


@dataclass(frozen=True)
class PartsTrace:
    """A corpus read once and cut into parts (``provenance.pipeline.low_memory``): what was
    skipped, and the analysis of each batch of parts in turn (``results``)."""

    root: Path
    settings: Settings
    plan: Plan
    skipped: tuple[Skipped, ...]
    notices: tuple[Notice, ...]
    aliases: Aliases
    fields: Fields
    workers: Workers
    timings: dict[str, float]

    def results(self) -> Iterator[TraceResult]:
        """One result per batch of parts: its documents' analysis, as the whole corpus's
        analysis gives it for them."""
        for batch in self.plan.batches:
            analysis = analyse(
                list(self.plan.documents(batch)),
                self.settings,
                aliases=self.aliases,
                workers=self.workers,
                corpus=self.plan.corpus,
            )
            yield TraceResult(
                root=self.root,
                settings=self.settings,
                analysis=analysis,
                skipped=(),
                notices=(),
                aliases=self.aliases,
                fields=self.fields,
            )
            del analysis
            release_memory()


@contextmanager
def trace_in_parts(
    root: Path,
    settings: Settings,
    work: Path,
    *,
    exclude: Path | None = None,
    aliases: Aliases | None = None,
    progress: Progress | None = None,
    fields: Fields | None = None,
    strict: bool = False,
    batch_docs: int = PART_DOCS,
) -> Iterator[PartsTrace]:
    """``trace`` in bounded memory: the corpus is read once, keeping only sketches (its
    documents are written to ``work``, an empty folder), cut into parts that share nothing,
    and each batch of parts (of about ``batch_docs`` documents) is analysed in turn from
    there. Together the results are those of ``trace``, document for document and cluster for
    cluster."""
    aliases = aliases or Aliases.load()
    report = progress or no_progress
    with paused_gc(), running_workers() as workers:
        began = time.perf_counter()
        loaded = LoadResult()
        local = LocalEngine(workers, report)
        planner = Planner(
            settings, work, lambda reader, docs: workers.map(reader, list(enumerate(docs))), report
        )
        pending: list[Document] = []
        for batch in stream_corpus(
            root,
            loaded,
            exclude=exclude,
            read_files=local.read_files,
            fields=fields,
            rules=settings.input_rules,
        ):
            pending.extend(batch)
            if len(pending) >= PLAN_BATCH:
                planner.add(pending)
                pending = []
        planner.add(pending)
        if strict:
            refuse_skips(loaded, root)
        plan = planner.finish(batch_docs)
        in_order(loaded)
        yield PartsTrace(
            root=root,
            settings=settings,
            plan=plan,
            skipped=tuple(loaded.skipped),
            notices=(*loaded.notices, *_unbounded(plan, batch_docs)),
            aliases=aliases,
            fields=fields or Fields(),
            workers=workers,
            timings={"plan": round(time.perf_counter() - began, 4)},
        )


def _unbounded(plan: Plan, batch_docs: int) -> list[Notice]:
    """A notice when the largest part is bigger than a batch: its articles are linked, so they
    are analysed together, in memory at once, however many they are."""
    if plan.largest_part <= batch_docs:
        return []
    return [
        Notice(
            "",
            f"--low-memory: {plan.largest_part:,} of {len(plan.doc_ids):,} articles are linked "
            f"into one part, which is analysed in memory at once (a batch is about "
            f"{batch_docs:,}): memory grows with it",
        )
    ]


def analyse(
    documents: Sequence[Document],
    settings: Settings,
    *,
    aliases: Aliases | None = None,
    progress: Progress | None = None,
    workers: Workers | None = None,
    engine: Engine | None = None,
    corpus: Corpus | None = None,
) -> Analysis:
    """Find shared passages among ``documents``; the result does not depend on their order.
    ``workers``: a running run's worker processes, else started here if the corpus is large;
    ``engine``: where the steps that scale run (default: this machine); ``corpus``: when the
    documents are a part of a corpus that shares nothing with the rest, what the whole corpus
    decides (the result is then that of the whole corpus, restricted to the part)."""
    if engine is None and workers is None:
        with running_workers() as started:
            return analyse(
                documents,
                settings,
                aliases=aliases,
                progress=progress,
                workers=started,
                corpus=corpus,
            )
    report = progress or no_progress
    if engine is None:
        assert workers is not None
        engine = LocalEngine(workers, report)
    docs = tuple(sorted(documents, key=lambda d: d.doc_id))
    if len({d.doc_id for d in docs}) != len(docs):
        raise ValueError("documents must have distinct doc_ids")
    work = Work(docs, settings, engine, aliases or Aliases.load(), report, corpus)
    clock = _Clock()
    counts: dict[str, int] = {}
    for step in (make() for make in STEPS):
        with clock.stage(step.name):
            step.run(work)
            return_freed_pages()  # what the step used up, before the next one's peak
        counts.update(step.stats)
    return Analysis(
        documents=docs,
        sentences=tuple(work.usable),
        n_sentences=tuple(per_document(work.sentences, len(docs))),
        clusters=tuple(work.clusters),
        attributions=tuple(work.attributions),
        quote_rows=tuple(work.quote_rows),
        pairs=tuple(work.links),
        boilerplate=tuple(tuple(spans) for spans in work.boilerplate),
        counts=counts,
        timings=clock.timings,
        peak_mib=clock.peak_mib,
    )
