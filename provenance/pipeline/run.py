"""The pipeline: load → segment (sentences, quotes, speakers) → shingle → sketch → candidates →
verify → fragments → cluster → attribute → quote rows.

Each stage is a pure function in its own module; this module only wires them, times them and
counts what each one kept and dropped. Reports are written by ``provenance.reports.tables``.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import resource
import signal
import threading
import time
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, Protocol

import numpy as np
import numpy.typing as npt

from provenance.clustering import attribute as attribute_stage
from provenance.clustering import clusters as cluster_stage
from provenance.clustering.variants import quote_rows, with_speakers
from provenance.errors import InputError
from provenance.inputs.dumps import Fields
from provenance.inputs.load import LoadResult, in_order, load_corpus, refuse_skips, stream_corpus
from provenance.matching import fragments as fragment_stage
from provenance.matching.candidates import Candidates, find_candidates
from provenance.matching.identical import expand, group_identical, group_owners
from provenance.matching.sketch import ShingleHashes, signatures_and_hashes
from provenance.matching.sketch import shingle_hashes as shingle_hashes_of
from provenance.matching.verify import verify
from provenance.memory import paused_gc, release_memory
from provenance.model import (
    Cluster,
    Document,
    Match,
    Notice,
    Quote,
    Sentence,
    Skipped,
)
from provenance.pipeline.low_memory import (
    PART_DOCS,
    PLAN_BATCH,
    Corpus,
    Plan,
    Planner,
    sentence_key,
)
from provenance.results import Analysis, TraceResult
from provenance.settings import Settings
from provenance.text import boilerplate as boilerplate_stage
from provenance.text.quotes import QuoteMap
from provenance.text.segment import paragraphs, segment_document
from provenance.text.speakers import Aliases, document_quotes

# (stage, done, total): called as work advances so a front end can draw a progress bar (a
# total of 0: not known yet).
Progress = Callable[[str, int, int], None]
PARALLEL_MIN_DOCS = 2000  # below this, starting processes costs more than it saves
MAX_READERS = 8
READ_CHUNK = 64
SKETCH_BATCH = 100_000  # sentences per kernel call: a progress step, and big enough for numba
# A quote fragment found unquoted elsewhere counts only when it is this many times
# min_quote_tokens long: shorter runs are often stock phrases.
UNQUOTED_FRAGMENT_FACTOR = 2


def _no_progress(stage: str, done: int, total: int) -> None:
    del stage, done, total


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
    """Load the articles under ``root`` (a folder, or a URI the engine reads) and analyse
    them. ``fields``: record field names; ``strict``: any file or record skipped is an error;
    ``engine``: where the steps that scale run (default: this machine)."""
    aliases = aliases or Aliases.load()
    with paused_gc(), _workers() as workers:
        engine = engine or LocalEngine(workers, progress or _no_progress)
        began = time.perf_counter()
        if isinstance(root, str):  # a URI
            loaded = engine.load_uri(root, fields)
        else:
            loaded = load_corpus(root, exclude=exclude, mapper=engine.map_files, fields=fields)
        if strict:
            refuse_skips(loaded, root)
        load_seconds = round(time.perf_counter() - began, 4)
        analysis = analyse(
            loaded.documents, settings, aliases=aliases, progress=progress, engine=engine
        )
    analysis.timings["load"] = load_seconds
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
    report = progress or _no_progress
    with paused_gc(), _workers() as workers:
        began = time.perf_counter()
        loaded = LoadResult()
        planner = Planner(
            settings, work, lambda reader, docs: workers.map(reader, list(enumerate(docs))), report
        )
        pending: list[Document] = []
        for batch in stream_corpus(
            root, loaded, exclude=exclude, mapper=workers.map, fields=fields
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
            notices=tuple(loaded.notices),
            aliases=aliases,
            fields=fields or Fields(),
            workers=workers,
            timings={"plan": round(time.perf_counter() - began, 4)},
        )


class Engine(Protocol):
    """Where the steps that scale with the corpus run: this machine (``LocalEngine``) or a
    cluster (``provenance.pipeline.spark``). Every engine gives the same answers."""

    name: ClassVar[str]  # in run.json

    def map_files(
        self, function: Callable[[Any], Any], items: Sequence[Any], cost: float = 1.0
    ) -> Iterable[Any]:
        """The loader's mapper: ``function`` over the files to read, results in order."""
        ...

    def load_uri(self, uri: str, fields: Fields | None) -> LoadResult:
        """The articles under a URI (``hdfs://``, ``s3a://``, ``file://``…)."""
        ...

    def read(self, reader: _Reader, docs: Sequence[Document]) -> Iterable[Read]:
        """``reader`` over ``(index, document)`` for every document, results in order."""
        ...

    def sketch(self, token_lists: Sequence[tuple[str, ...]], settings: Settings) -> Any:
        """The sentences' sketches, in whatever form this engine's ``candidates`` takes."""
        ...

    def candidates(self, sketches: Any, owners: Sequence[int], settings: Settings) -> Candidates:
        """LSH candidate pairs among the sketched sentences (as ``find_candidates`` finds)."""
        ...

    def verify(
        self, pairs: Sequence[tuple[int, int]], sentences: Sequence[Sentence], settings: Settings
    ) -> tuple[list[Match], int]:
        """Verified matches, in the order of ``pairs``, and the number rejected."""
        ...


@dataclass
class LocalEngine:
    """This machine: a pool of processes for reading, numba and numpy for the rest."""

    name: ClassVar[str] = "local"

    workers: Workers
    report: Progress = _no_progress
    # the sketch's shingle hashes, kept for the fragment search
    shingle_hashes: ShingleHashes | None = None

    def map_files(
        self, function: Callable[[Any], Any], items: Sequence[Any], cost: float = 1.0
    ) -> Iterable[Any]:
        return self.workers.map(function, items, cost)

    def load_uri(self, uri: str, fields: Fields | None) -> LoadResult:
        raise InputError(f"{uri}: a URI is read with --engine spark")

    def read(self, reader: _Reader, docs: Sequence[Document]) -> Iterable[Read]:
        return self.workers.map(reader, list(enumerate(docs)))

    def sketch(
        self, token_lists: Sequence[tuple[str, ...]], settings: Settings
    ) -> npt.NDArray[np.uint32]:
        sketches, self.shingle_hashes = _sketch(token_lists, settings, self.report)
        return sketches

    def candidates(
        self, sketches: npt.NDArray[np.uint32], owners: Sequence[int], settings: Settings
    ) -> Candidates:
        return find_candidates(sketches, owners, settings)

    def verify(
        self, pairs: Sequence[tuple[int, int]], sentences: Sequence[Sentence], settings: Settings
    ) -> tuple[list[Match], int]:
        return verify(pairs, sentences, settings.verify_threshold, settings.verify_containment)


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
        with _workers() as started:
            return analyse(
                documents,
                settings,
                aliases=aliases,
                progress=progress,
                workers=started,
                corpus=corpus,
            )
    report = progress or _no_progress
    if engine is None:
        assert workers is not None
        engine = LocalEngine(workers, report)
    aliases = aliases or Aliases.load()
    clock = _Clock()
    docs = tuple(sorted(documents, key=lambda d: d.doc_id))
    if len({d.doc_id for d in docs}) != len(docs):
        raise ValueError("documents must have distinct doc_ids")

    matcher = boilerplate_stage.Matcher.build(settings.boilerplate_patterns)
    with clock.stage("segment"):
        sentences: list[Sentence] = []
        found_quotes: list[Quote] = []
        quoted: list[tuple[int, fragment_stage.Fragment]] = []  # (quote, its words to trace)
        boilerplate: list[list[tuple[int, int]]] = []  # per document: boilerplate spans
        reader = _Reader(
            aliases,
            matcher if settings.suppress_boilerplate else None,
            settings.min_quote_tokens,
        )
        read = engine.read(reader, docs)
        for i, (doc_sentences, doc_quotes, doc_boilerplate, doc_quoted) in enumerate(read):
            sentences.extend(doc_sentences)
            quoted.extend((len(found_quotes) + k, fragment) for k, fragment in doc_quoted)
            found_quotes.extend(doc_quotes)
            boilerplate.append(doc_boilerplate)
            report("segment", i + 1, len(docs))
    usable = [s for s in sentences if len(s.tokens) >= settings.min_tokens]
    groups = group_identical(usable)
    representatives = [members[0] for members in groups]
    token_lists = [usable[r].tokens for r in representatives]

    with clock.stage("sketch"):
        sketches = engine.sketch(token_lists, settings)

    with clock.stage("candidates"):
        owners = group_owners(groups, usable)
        if corpus is None:
            found = engine.candidates(sketches, owners, settings)
        else:  # parts are analysed on this machine (LocalEngine's sketches)
            found = find_candidates(sketches, owners, settings, corpus.oversized)
        pairs = [(representatives[i], representatives[j]) for i, j in found.pairs]
        report("candidates", 1, 1)
    if isinstance(engine, LocalEngine) and engine.shingle_hashes is not None:
        shingle_hashes = engine.shingle_hashes
    else:
        shingle_hashes = shingle_hashes_of(token_lists, settings.shingle_size)

    with clock.stage("verify"):
        verified, rejected = engine.verify(pairs, usable, settings)
        matches = expand(groups, verified, usable)
        report("verify", len(pairs), len(pairs))

    with clock.stage("boilerplate"):
        members, boiler = _split_boilerplate(
            cluster_stage.components(matches),
            usable,
            docs,
            boilerplate,
            settings,
            corpus,
        )
        patterned = sum(len(spans) for spans in boilerplate)
        for sid in [
            *(sid for group in boiler for sid in group),
            *_known_boilerplate(usable, boiler, corpus),
        ]:
            boilerplate[usable[sid].doc].append((usable[sid].start, usable[sid].end))

    with clock.stage("fragments"):
        spans = cluster_stage.aligned_spans(matches, usable, [d.text for d in docs])
        outside = [f for k, f in quoted if not _in_boilerplate(found_quotes[k], boilerplate)]
        wanted, homes = outside, _homes(outside, spans, usable, members)
        found_hits = fragment_stage.find(
            wanted,
            usable,
            [d.text for d in docs],
            settings.shingle_size,
            settings.quote_containment,
            groups,
            shingle_hashes,
            corpus.common_shingles if corpus else _common_shingles(quoted, settings),
        )
        maps = _quote_maps(len(docs), found_quotes)
        # hits in boilerplate are not counted: a part of a corpus does not see those that reach
        # boilerplate outside it
        found_hits = [h for h in found_hits if not _inside(boilerplate[h.doc], h.start, h.end)]
        hits = fragment_stage.credible(
            found_hits,
            wanted,
            lambda doc, start, end: maps[doc].inside(start, end),
            UNQUOTED_FRAGMENT_FACTOR * settings.min_quote_tokens,
        )
        components = cluster_stage.with_fragments(members, usable, wanted, homes, hits)
        report("fragments", 1, 1)

    with clock.stage("cluster"):
        clusters = _clusters(docs, usable, spans, components, maps)
        boiler_clusters = [
            dataclasses.replace(c, boilerplate=True)
            for c in _clusters(
                docs, usable, spans, [cluster_stage.Component(tuple(g)) for g in boiler], maps
            )
        ]
        report("cluster", 1, 1)

    with clock.stage("attribute"):
        attributions = attribute_stage.attribute(
            docs,
            clusters,
            settings.syndication_threshold,
            settings.containment_margin,
            boilerplate,
        )
        rows = quote_rows(found_quotes, clusters, docs)
        clusters = with_speakers(clusters, rows, docs)
        if settings.keep_boilerplate:
            clusters = sorted([*clusters, *boiler_clusters], key=lambda c: c.cluster_id)

    counts = {
        "documents": len(docs),
        "sentences": len(sentences),
        "sentences_too_short": len(sentences) - len(usable),
        "sentences_matchable": len(usable),
        "distinct_sentences": len(groups),
        "candidate_pairs": len(pairs),
        "lsh_buckets_oversized": found.oversized_buckets,
        "verified_pairs": len(verified),
        "rejected_pairs": rejected,
        "quotes": len(found_quotes),
        "quotes_attributed": sum(1 for q in found_quotes if q.speaker is not None),
        "quote_fragments_searched": len(wanted),
        "quote_fragment_hits": len(found_hits),
        "quote_fragment_hits_kept": len(hits),
        "boilerplate_paragraphs": patterned,
        "boilerplate_clusters": len(boiler_clusters),
        "clusters": len(clusters) - (len(boiler_clusters) if settings.keep_boilerplate else 0),
        "occurrences": sum(len(c.occurrences) for c in clusters if not c.boilerplate),
    }
    return Analysis(
        documents=docs,
        sentences=tuple(usable),
        n_sentences=tuple(_per_document(sentences, len(docs))),
        clusters=tuple(clusters),
        attributions=tuple(attributions),
        quote_rows=tuple(rows),
        boilerplate=tuple(tuple(spans) for spans in boilerplate),
        counts=counts,
        timings=clock.timings,
        peak_mib=clock.peak_mib,
    )


def _sketch(
    token_lists: Sequence[tuple[str, ...]], settings: Settings, report: Progress
) -> tuple[npt.NDArray[np.uint32], ShingleHashes]:
    """Signatures and shingle hashes (for the fragment search) of the distinct sentences, in
    batches that bound the kernel's working memory."""
    # filled batch by batch: stacking the batches after would copy every signature once more
    signatures = np.empty((len(token_lists), settings.num_perm), np.uint32)
    hashes: list[npt.NDArray[np.uint32]] = [np.empty(0, np.uint32)]
    offsets: list[npt.NDArray[np.int64]] = [np.zeros(1, np.int64)]
    for start in range(0, len(token_lists), SKETCH_BATCH):
        found, (batch_hashes, batch_offsets) = signatures_and_hashes(
            token_lists[start : start + SKETCH_BATCH],
            settings.shingle_size,
            settings.num_perm,
            settings.seed,
        )
        signatures[start : start + len(found)] = found
        hashes.append(batch_hashes)
        offsets.append(batch_offsets[1:] + offsets[-1][-1])
        report("sketch", start + len(found), len(token_lists))
    return signatures, (np.concatenate(hashes), np.concatenate(offsets))


def _per_document(sentences: Sequence[Sentence], n_docs: int) -> list[int]:
    counts = [0] * n_docs
    for sentence in sentences:
        counts[sentence.doc] += 1
    return counts


# What reading one document gives: its sentences, quotes, pattern-marked boilerplate spans and
# the quote paragraphs to trace (quote number in the document, words).
Read = tuple[
    list[Sentence], list[Quote], list[tuple[int, int]], list[tuple[int, fragment_stage.Fragment]]
]


@dataclass(frozen=True)
class _Reader:
    """Reads one document: sentences, quotes with speakers, pattern boilerplate. Picklable, so
    that large corpora are read by a pool of processes."""

    aliases: Aliases
    matcher: boilerplate_stage.Matcher | None  # None: boilerplate is not suppressed
    min_quote_tokens: int

    def __call__(self, item: tuple[int, Document]) -> Read:
        i, doc = item
        body = paragraphs(doc.text, doc.body_start)
        found = document_quotes(doc, i, self.aliases, body)
        sentences = segment_document(doc, i, body)
        boilerplate = []
        if self.matcher is not None:
            boilerplate = boilerplate_stage.marked_paragraphs(
                doc.text, body, sentences, self.matcher
            )
        return sentences, found, boilerplate, quote_fragments(doc, found, self.min_quote_tokens)


class Workers:
    """Worker processes, one per core, for the per-document stages of a large run (loading,
    reading): started on first use, shared by the stages, stopped with the run."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None

    def map(
        self, function: Callable[[Any], Any], items: Sequence[Any], cost: float = 1.0
    ) -> Iterable[Any]:
        """``function`` over ``items``, results in order: in this process for small batches
        (starting processes costs more than it saves), else in the pool. ``cost``: the work
        of an item against reading one text document."""
        workers = min(os.cpu_count() or 1, MAX_READERS)
        if len(items) * cost < PARALLEL_MIN_DOCS or workers < 2:
            return map(function, items)
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=workers,
                # spawn, not fork: forking a process that may already run threads (numba's)
                # can deadlock
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_ignore_interrupts,
            )
        with _interrupts_ignored():  # every task is submitted, and any process started, here
            return self._pool.map(function, items, chunksize=READ_CHUNK)

    def close(self, abandon: bool = False) -> None:
        """Stop the workers; ``abandon``: at once, whatever they are doing (after an error or
        an interrupt: a worker may be blocked handing back a result nobody will read, on a
        pipe its sibling keeps open, and would wait for ever)."""
        pool, self._pool = self._pool, None
        if not abandon:
            if pool is not None:
                pool.shutdown()
            return
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
        # every one, even a process an interrupt cut off from the pool as it started it; only
        # the pool starts processes
        for child in multiprocessing.active_children():
            child.terminate()
            child.join(timeout=5)


@contextmanager
def _interrupts_ignored() -> Iterator[None]:
    """Ctrl-C (SIGINT) ignored for a moment: worker processes started meanwhile inherit it, so
    even one still starting Python ignores it. An interrupt is the main process's to handle
    (it stops the pool); a worker that took it too would die mid-task, printing a traceback,
    or leave the main process waiting for a lost result."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers belong to the main thread
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _ignore_interrupts() -> None:
    """A worker's initializer: Ctrl-C is the main process's (see ``_interrupts_ignored``)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextmanager
def _workers() -> Iterator[Workers]:
    workers = Workers()
    try:
        yield workers
    except BaseException:
        workers.close(abandon=True)
        raise
    workers.close()


def quote_fragments(
    doc: Document, quotes: Sequence[Quote], min_tokens: int
) -> list[tuple[int, fragment_stage.Fragment]]:
    """The quote paragraphs long enough to trace, as (quote number, fragment)."""
    found = []
    for k, quote in enumerate(quotes):
        for words in fragment_stage.quoted_words(doc.text, quote.parts, min_tokens):
            tokens, starts, ends = zip(*words, strict=True)
            found.append((k, fragment_stage.Fragment(quote.doc, tokens, starts, ends)))
    return found


def _homes(
    fragments: Sequence[fragment_stage.Fragment],
    spans: dict[int, tuple[int, int]],
    sentences: Sequence[Sentence],
    members: Sequence[Sequence[int]],
) -> list[int | None]:
    """For each fragment, the sentence component already holding at least half its words in
    its own document (its home), if any."""
    component_of = {sid: c for c, group in enumerate(members) for sid in group}
    covering: dict[int, list[tuple[int, int, int]]] = {}
    for sid, (start, end) in spans.items():
        if sid in component_of:  # not boilerplate
            covering.setdefault(sentences[sid].doc, []).append((start, end, component_of[sid]))
    for found in covering.values():
        found.sort()  # spans of distinct sentences: they never overlap
    starts = {doc: [start for start, _, _ in found] for doc, found in covering.items()}
    return [
        _home(f, covering[f.doc], starts[f.doc]) if f.doc in covering else None for f in fragments
    ]


def _home(
    fragment: fragment_stage.Fragment,
    covering: Sequence[tuple[int, int, int]],
    starts: Sequence[int],
) -> int | None:
    inside: dict[int, int] = {}
    for s, e in zip(fragment.token_starts, fragment.token_ends, strict=True):
        k = bisect_right(starts, s) - 1  # the one span that may hold the word
        if k >= 0 and e <= covering[k][1]:
            inside[covering[k][2]] = inside.get(covering[k][2], 0) + 1
    best = min(inside, key=lambda c: (-inside[c], c), default=None)
    return best if best is not None and 2 * inside[best] >= len(fragment.tokens) else None


def _split_boilerplate(
    members: list[list[int]],
    sentences: Sequence[Sentence],
    docs: Sequence[Document],
    boilerplate: Sequence[Sequence[tuple[int, int]]],
    settings: Settings,
    corpus: Corpus | None,
) -> tuple[list[list[int]], list[list[int]]]:
    """Sentence components that are real reuse, and those that are boilerplate: learned from
    the corpus, or made mostly of sentences in pattern-marked paragraphs. A real component
    loses any member that lies in a pattern-marked paragraph. A part of a corpus (``corpus``)
    is told which sentences the whole corpus found boilerplate: their components there may
    reach documents outside the part."""
    if not settings.suppress_boilerplate:
        return members, []
    flags = boilerplate_stage.sentence_flags(sentences, boilerplate)
    found = boilerplate_stage.boilerplate_components(
        members,
        sentences,
        docs,
        flags,
        settings.boilerplate_outlet_docs,
        settings.boilerplate_corpus_share,
        corpus.counts if corpus else boilerplate_stage.CorpusCounts.of(docs),
    )
    known = corpus.boilerplate_keys if corpus else frozenset()
    real: list[list[int]] = []
    boiler: list[list[int]] = []
    for c, group in enumerate(members):
        # a component is boilerplate as a whole or not at all: one member tells
        if c in found or (known and sentence_key(sentences[group[0]].tokens) in known):
            boiler.append(group)
            continue
        kept = [s for s in group if not flags[s]]  # a copy printed inside a notice is not reuse
        if len({sentences[s].doc for s in kept}) > 1:
            real.append(kept)
    return real, boiler


def _known_boilerplate(
    sentences: Sequence[Sentence], boiler: Sequence[Sequence[int]], corpus: Corpus | None
) -> list[int]:
    """The sentences outside this part's boilerplate components that the whole corpus found
    boilerplate (their copies are in other parts)."""
    if corpus is None or not corpus.boilerplate_keys:
        return []
    placed = {sid for group in boiler for sid in group}
    known = corpus.boilerplate_keys
    return [
        sid
        for sid, sentence in enumerate(sentences)
        if sid not in placed and sentence_key(sentence.tokens) in known
    ]


def _common_shingles(
    quoted: Sequence[tuple[int, fragment_stage.Fragment]], settings: Settings
) -> npt.NDArray[np.uint32]:
    """The shingles too common to search quotes by, counted over every quote paragraph long
    enough to trace (boilerplate ones too: a part of a corpus can count them before knowing
    which quotes are boilerplate)."""
    tokens = [fragment.tokens for _, fragment in quoted]
    return fragment_stage.common_shingles(shingle_hashes_of(tokens, max(1, settings.shingle_size)))


def _in_boilerplate(quote: Quote, boilerplate: Sequence[Sequence[tuple[int, int]]]) -> bool:
    return all(_inside(boilerplate[quote.doc], start, end) for start, end in quote.parts)


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _quote_maps(n_docs: int, found: Sequence[Quote]) -> list[QuoteMap]:
    regions: list[list[tuple[int, int]]] = [[] for _ in range(n_docs)]
    for quote in found:
        regions[quote.doc].extend(quote.parts)
    return [QuoteMap(sorted(r)) for r in regions]


def _clusters(
    docs: Sequence[Document],
    sentences: Sequence[Sentence],
    spans: dict[int, tuple[int, int]],
    components: Sequence[cluster_stage.Component],
    quote_maps: Sequence[QuoteMap],
) -> list[Cluster]:
    clusters = []
    for component in components:
        occs = cluster_stage.occurrences(component, sentences, spans, docs, quote_maps)
        first, basis, by_doc_id = attribute_stage.earliest(occs, docs)
        clusters.append(Cluster(occs[0].cluster_id, occs, first, basis, by_doc_id))
    return sorted(clusters, key=lambda c: c.cluster_id)
