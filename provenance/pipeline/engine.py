"""Engines: where the steps that scale with the corpus run. ``LocalEngine`` is this machine (a
pool of worker processes for reading, numba and numpy for sketches, candidates and
verification); ``provenance.pipeline.spark.SparkEngine`` runs the same steps on Spark. Every
engine gives the same answers: only where the work runs differs."""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol

import numpy as np
import numpy.typing as npt

from provenance.errors import InputError
from provenance.inputs.dumps import Fields
from provenance.inputs.load import LoadResult, read_file
from provenance.inputs.load import Read as FileRead
from provenance.matching.candidates import Candidates, find_candidates
from provenance.matching.sketch import ShingleHashes, signatures_and_hashes
from provenance.matching.sketch import shingle_hashes as shingle_hashes_of
from provenance.matching.verify import verify
from provenance.model import Document, Match, Sentence
from provenance.pipeline.steps import Read, Reader
from provenance.settings import Settings

# (stage, done, total): called as work advances so a front end can draw a progress bar (a
# total of 0: not known yet).
Progress = Callable[[str, int, int], None]
PARALLEL_MIN_DOCS = 2000  # below this, starting processes costs more than it saves
MAX_READERS = 8
READ_CHUNK = 64
SKETCH_BATCH = 100_000  # sentences per kernel call: a progress step, and big enough for numba


def no_progress(stage: str, done: int, total: int) -> None:
    del stage, done, total


class Engine(Protocol):
    """Where the steps that scale with the corpus run: this machine (``LocalEngine``) or a
    cluster (``provenance.pipeline.spark``). Every engine gives the same answers."""

    name: ClassVar[str]  # in run.json

    def read_files(self, items: Sequence[Any], cost: float = 1.0) -> Iterable[FileRead]:
        """The loader's file reader: ``load.read_file`` over the files, results in order
        (``cost``: a file's work against reading one text file)."""
        ...

    def load_uri(self, uri: str, fields: Fields | None) -> LoadResult:
        """The articles under a URI (``hdfs://``, ``s3a://``, ``file://``…)."""
        ...

    def read(self, reader: Reader, docs: Sequence[Document]) -> Iterable[Read]:
        """``reader`` over ``(index, document)`` for every document, results in order."""
        ...

    def sketch(self, token_lists: Sequence[tuple[str, ...]], settings: Settings) -> Any:
        """The sentences' sketches, in whatever form this engine's ``candidates`` takes."""
        ...

    def shingle_hashes(
        self, token_lists: Sequence[tuple[str, ...]], settings: Settings
    ) -> ShingleHashes:
        """The shingle hashes of the sketched sentences (the quote fragment search looks them
        up), however this engine sketched them."""
        ...

    def candidates(self, sketches: Any, owners: Sequence[int], settings: Settings) -> Candidates:
        """LSH candidate pairs among the sketched sentences (as ``find_candidates`` finds)."""
        ...

    def verify(
        self, pairs: npt.NDArray[np.int64], sentences: Sequence[Sentence], settings: Settings
    ) -> tuple[list[Match], int]:
        """Verified matches, in the order of ``pairs`` (a pair a row), and the number
        rejected."""
        ...


@dataclass
class LocalEngine:
    """This machine: a pool of processes for reading, numba and numpy for the rest."""

    name: ClassVar[str] = "local"

    workers: Workers
    report: Progress = no_progress
    # the last sketch's sentences and their shingle hashes, which the kernel gives for free
    # (handed to the first ``shingle_hashes`` call for those sentences)
    _sketched: tuple[Sequence[tuple[str, ...]], ShingleHashes] | None = field(
        default=None, init=False, repr=False
    )

    def read_files(self, items: Sequence[Any], cost: float = 1.0) -> Iterable[FileRead]:
        if len(items) >= PARALLEL_MIN_DOCS:
            # the reading stage will want the pool for so many documents: its processes
            # start now, and import while the files are read (here, for text files)
            self.workers.start()
        return self.workers.map(read_file, items, cost)

    def load_uri(self, uri: str, fields: Fields | None) -> LoadResult:
        raise InputError(f"{uri}: a URI is read with --engine spark")

    def read(self, reader: Reader, docs: Sequence[Document]) -> Iterable[Read]:
        return self.workers.map(reader, list(enumerate(docs)))

    def sketch(
        self, token_lists: Sequence[tuple[str, ...]], settings: Settings
    ) -> npt.NDArray[np.uint32]:
        sketches, hashes = _sketch(token_lists, settings, self.report)
        self._sketched = (token_lists, hashes)
        return sketches

    def shingle_hashes(
        self, token_lists: Sequence[tuple[str, ...]], settings: Settings
    ) -> ShingleHashes:
        sketched, self._sketched = self._sketched, None  # handed over, not held to the end
        if sketched is not None and sketched[0] is token_lists:
            return sketched[1]
        return shingle_hashes_of(token_lists, settings.shingle_size)

    def candidates(
        self, sketches: npt.NDArray[np.uint32], owners: Sequence[int], settings: Settings
    ) -> Candidates:
        return find_candidates(sketches, owners, settings)

    def verify(
        self, pairs: npt.NDArray[np.int64], sentences: Sequence[Sentence], settings: Settings
    ) -> tuple[list[Match], int]:
        return verify(pairs, sentences, settings.verify_threshold, settings.verify_containment)


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
            settings.permutations,
        )
        signatures[start : start + len(found)] = found
        hashes.append(batch_hashes)
        offsets.append(batch_offsets[1:] + offsets[-1][-1])
        report("sketch", start + len(found), len(token_lists))
    return signatures, (np.concatenate(hashes), np.concatenate(offsets))


class Workers:
    """Worker processes, one per core, for the per-document stages of a large run (loading,
    reading): started on first use, shared by the stages, stopped with the run."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        # the child processes there were before the pool's: a host program's, not to be stopped
        self._others: set[multiprocessing.process.BaseProcess] = set()

    def map(
        self, function: Callable[[Any], Any], items: Sequence[Any], cost: float = 1.0
    ) -> Iterable[Any]:
        """``function`` over ``items``, results in order: in this process for small batches
        (starting processes costs more than it saves), else in the pool. ``cost``: the work
        of an item against reading one text document."""
        if len(items) * cost < PARALLEL_MIN_DOCS or _count() < 2:
            return map(function, items)
        with _interrupts_ignored():  # every task is submitted, and any process started, here
            return self._started().map(function, items, chunksize=READ_CHUNK)

    def start(self) -> None:
        """Start the processes now, ahead of their first work (a process takes a moment to
        start Python and import the analysis)."""
        if _count() < 2:
            return
        with _interrupts_ignored():
            pool = self._started()
            # the pool starts a process for a task that finds none idle: a task each
            for _ in range(_count()):
                pool.submit(os.getpid)

    def _started(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._others = set(multiprocessing.active_children())
            self._pool = ProcessPoolExecutor(
                max_workers=_count(),
                # spawn, not fork: forking a process that may already run threads (numba's)
                # can deadlock
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker,
                # a kernel-sent signal ties a worker to the thread that starts it: only to
                # the main thread, which lives as long as the process
                initargs=(os.getpid(), threading.current_thread() is threading.main_thread()),
            )
        return self._pool

    def close(self, abandon: bool = False) -> None:
        """Stop the workers; ``abandon``: at once, whatever they are doing (after an error or
        an interrupt: a worker may be blocked handing back a result nobody will read, on a
        pipe its sibling keeps open, and would wait for ever)."""
        pool, self._pool = self._pool, None
        if pool is None:  # never started: no process of the run's
            return
        if not abandon:
            pool.shutdown()
            return
        pool.shutdown(wait=False, cancel_futures=True)
        # every one, even a process an interrupt cut off from the pool as it started it (only
        # the pool starts processes in a run; those of a host program, started before, are
        # left alone)
        for child in multiprocessing.active_children():
            if child not in self._others:
                child.terminate()
                child.join(timeout=5)


def _count() -> int:
    """How many worker processes: one per core, up to ``MAX_READERS``."""
    return min(os.cpu_count() or 1, MAX_READERS)


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


def _start_worker(parent: int, by_main_thread: bool) -> None:
    """A worker's initializer. Ctrl-C is the main process's (see ``_interrupts_ignored``).
    The worker dies with ``parent``, the main process, however that ends (a kill -9 included):
    else it would wait for work for ever, keeping the caller's stderr open, and so would the
    resource tracker, which ends once every process holding its pipe has."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if by_main_thread:
        _kill_with_parent()
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    # what the worker has made so far (the analysis's modules, imported) lives as long as it
    # does: frozen, the cycle collector no longer walks it again and again as documents are
    # read (which took about 6% of a worker's time)
    gc.freeze()


PR_SET_PDEATHSIG = 1  # linux/prctl.h
PARENT_POLL_SECONDS = 0.2


def _kill_with_parent() -> None:
    """On Linux, the kernel's SIGKILL for this process when its parent ends (at once, even
    while a task holds the interpreter)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)  # the C library, as loaded
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # the polling thread still sees the parent go


def _exit_with_parent(parent: int) -> None:
    """Poll for the end of ``parent`` (this process is then handed to another: its parent id
    changes), and end this process: on every system, and if the parent ended even before
    the kernel's signal was asked for."""
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_SECONDS)
    os._exit(1)


@contextmanager
def running_workers() -> Iterator[Workers]:
    workers = Workers()
    try:
        yield workers
    except BaseException:
        workers.close(abandon=True)
        raise
    workers.close()
