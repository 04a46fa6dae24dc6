"""Report stage: turn a trace result into CSV files and run.json, written atomically.

CSV conventions: UTF-8 with a header row, ``true``/``false`` booleans, shares with four decimal
places, an empty cell for unknown, rows sorted by their first columns. Same input, same bytes
(run.json aside, which records timings).
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import json
import os
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from enum import StrEnum
from itertools import chain, pairwise
from pathlib import Path
from typing import Any
from urllib.parse import quote

import numpy as np
import numpy.typing as npt
import polars as pl
from rapidfuzz import fuzz, process

from provenance import __version__, native
from provenance.clustering.attribute import SHARE_PLACES
from provenance.errors import InputError
from provenance.memory import paused_gc
from provenance.model import Cluster, Document, Sentence, Skipped, SourceFormat
from provenance.permissions import new_file_mode
from provenance.reports import schema
from provenance.reports.report_set import staged
from provenance.reports.workbook import WORKBOOK, write_workbook
from provenance.results import TraceResult
from provenance.text.normalise import normalise


def documents_frame(result: TraceResult) -> pl.DataFrame:
    analysis = result.analysis
    docs = analysis.documents
    atts = analysis.attributions
    return _frame(
        {
            "doc_id": [doc.doc_id for doc in docs],
            "path": [doc.path for doc in docs],
            "encoding": [doc.encoding for doc in docs],
            "outlet": [doc.outlet for doc in docs],
            "published": [_published(doc) for doc in docs],
            "date_source": [doc.date_source for doc in docs],
            "n_chars": [att.n_chars for att in atts],
            "boilerplate_chars": [att.boilerplate_chars for att in atts],
            "n_sentences": [analysis.n_sentences[att.doc] for att in atts],
            "reused_chars": [att.reused_chars for att in atts],
            "reused_share": [_share(att.reused_share) for att in atts],
            "copied_from": [
                None if att.copied_from is None else docs[att.copied_from].doc_id for att in atts
            ],
            "copied_share": [_share(att.copied_share) for att in atts],
            "direction_basis": [att.direction_basis for att in atts],
            "verdict": [att.verdict for att in atts],
            "title": [doc.title for doc in docs],
            "url": [doc.url for doc in docs],
        },
        schema.DOCUMENTS,
    )


def clusters_frame(result: TraceResult) -> pl.DataFrame:
    docs = result.analysis.documents
    clusters = result.analysis.clusters
    doc_ids, outlets, published = _per_document_columns(docs)
    members = [cluster.docs for cluster in clusters]
    firsts = [cluster.earliest for cluster in clusters]
    first_docs = pl.Series([first.doc for first in firsts], dtype=pl.Int64())
    speakers = [cluster.speaker for cluster in clusters]
    names, keys = _columns([_NO_NAME if s is None else (s.name, s.key) for s in speakers], 2)
    ids, texts = doc_ids.to_list(), [doc.text for doc in docs]
    n_outlets, same = _Outlets.of(docs, members).columns()
    return _frame(
        {
            "cluster_id": [cluster.cluster_id for cluster in clusters],
            "kind": [cluster.kind for cluster in clusters],
            "text": [texts[first.doc][first.start : first.end] for first in firsts],
            "n_docs": list(map(len, members)),
            "n_outlets": n_outlets,
            "earliest_doc_id": doc_ids.gather(first_docs),
            "earliest_outlet": outlets.gather(first_docs),
            "earliest_published": published.gather(first_docs),
            "earliest_basis": [cluster.earliest_basis for cluster in clusters],
            "speaker": names,
            "speaker_key": keys,
            "speaker_conflict": [cluster.speaker_conflict for cluster in clusters],
            "same_outlet": same,
            # documents are in doc_id order, and so are each cluster's
            "doc_ids": [";".join(map(ids.__getitem__, m)) for m in members],
        },
        schema.CLUSTERS,
    )


_NO_NAME = (None, None)


class _Outlets:
    """Per cluster (``members``: each one's documents), how many outlets its documents come
    from (``count_outlets``) and whether they all come from one known outlet
    (``same_outlet``), on arrays of every member's outlet (a number per outlet, -1 for
    unknown)."""

    def __init__(self, sizes: npt.NDArray[np.int64], codes: npt.NDArray[np.int64]) -> None:
        self.sizes, self.codes = sizes, codes

    @classmethod
    def of(cls, docs: Sequence[Document], members: Sequence[Sequence[int]]) -> _Outlets:
        number: dict[str | None, int] = {None: -1}
        outlet = np.fromiter(
            (number.setdefault(doc.outlet, len(number) - 1) for doc in docs), np.int64, len(docs)
        )
        sizes = np.fromiter(map(len, members), np.int64, len(members))
        flat = np.fromiter(chain.from_iterable(members), np.int64, int(sizes.sum()))
        return cls(sizes, outlet[flat])

    def columns(self) -> tuple[list[int], list[bool]]:
        """``n_outlets`` and ``same_outlet``, in the clusters' order."""
        sizes, codes = self.sizes, self.codes
        n = len(sizes)
        owner = np.repeat(np.arange(n, dtype=np.int64), sizes)
        known = codes >= 0
        width = np.int64(int(codes.max()) + 1 if len(codes) else 1)
        distinct = np.unique(owner[known] * width + codes[known]) // width
        counts = np.bincount(distinct, minlength=n) + np.bincount(owner[~known], minlength=n)
        same = np.zeros(n, np.bool_)
        held = np.flatnonzero(sizes > 0)
        if len(held):  # each cluster's members a segment, from its first
            starts = (np.cumsum(sizes) - sizes)[held]
            first = codes[starts]
            low, high = np.minimum.reduceat(codes, starts), np.maximum.reduceat(codes, starts)
            same[held] = (sizes[held] > 1) & (first >= 0) & (low == first) & (high == first)
        return counts.tolist(), same.tolist()


def occurrences_frame(result: TraceResult) -> pl.DataFrame:
    docs = result.analysis.documents
    clusters = result.analysis.clusters
    # one pass over the occurrences (a million records touched once, not once per column)
    cluster_ids, doc_of, starts, ends, in_quotes, is_earliest, members = _columns(
        [
            (c.cluster_id, o.doc, o.start, o.end, o.in_quotes, o.doc == c.earliest.doc and
             o.start == c.earliest.start, o.sentences)  # one occurrence per start
            for c in clusters
            for o in c.occurrences
        ],
        7,
    )  # fmt: skip
    doc_texts = [doc.text for doc in docs]
    texts = [doc_texts[d][s:e] for d, s, e in zip(doc_of, starts, ends, strict=True)]
    doc_ids, outlets, published = _per_document(docs)
    return _frame(
        {
            "cluster_id": cluster_ids,
            "doc_id": [doc_ids[d] for d in doc_of],
            "outlet": [outlets[d] for d in doc_of],
            "published": [published[d] for d in doc_of],
            "start": starts,
            "end": ends,
            "text": texts,
            "similarity": _similarities(
                clusters, texts, doc_of, starts, ends, members, result.analysis.sentences, doc_texts
            ),
            "is_earliest": is_earliest,
            "in_quotes": in_quotes,
        },
        schema.OCCURRENCES,
    )


def _similarities(
    clusters: Sequence[Cluster],
    texts: Sequence[str],
    doc_of: Sequence[int],
    starts: Sequence[int],
    ends: Sequence[int],
    members: Sequence[Sequence[int]],
    sentences: Sequence[Sentence],
    doc_texts: Sequence[str],
) -> list[int]:
    """Per occurrence (the clusters' in order; ``texts``: theirs), its similarity to its
    cluster's earliest occurrence: ``fuzz.ratio`` of the two normalised, rounded. A copy with
    the earliest's very text scores 100 (a string's ratio with itself) without being
    normalised: most copies of a syndicated story (three in four on the README corpus)."""
    normalised = _Normalised(sentences, doc_texts)
    compared: list[str] = []  # the copies that differ, normalised
    against: list[str] = []  # their earliest's
    place: list[int] = []  # per occurrence, its place among those; -1: the earliest's text
    k = 0
    for cluster in clusters:
        first = cluster.earliest
        reference = doc_texts[first.doc][first.start : first.end]
        theirs: str | None = None  # normalised when a copy differs
        for _ in cluster.occurrences:
            if texts[k] == reference:
                place.append(-1)
            else:
                if theirs is None:
                    theirs = normalised(
                        reference, first.doc, first.start, first.end, first.sentences
                    )
                place.append(len(compared))
                compared.append(normalised(texts[k], doc_of[k], starts[k], ends[k], members[k]))
                against.append(theirs)
            k += 1
    # one batch on every core: the same scores as fuzz.ratio pair by pair
    scores = (
        process.cpdist(compared, against, scorer=fuzz.ratio, workers=-1).tolist()
        if compared
        else []
    )
    return [100 if at < 0 else round(scores[at]) for at in place]


def _per_document(
    docs: Sequence[Document],
) -> tuple[list[str], list[str | None], list[str | None]]:
    """Each document's doc_id, outlet and publication date as written: looked up by the rows
    of a report that name documents, each date written once, not once a row."""
    return [doc.doc_id for doc in docs], [doc.outlet for doc in docs], list(map(_published, docs))


def _per_document_columns(docs: Sequence[Document]) -> tuple[pl.Series, pl.Series, pl.Series]:
    """``_per_document`` as columns, gathered by the rows that name documents (in polars,
    not a look-up per row)."""
    return tuple(  # type: ignore[return-value]
        pl.Series(column, dtype=pl.String()) for column in _per_document(docs)
    )


def _columns(rows: list[tuple[Any, ...]], width: int) -> list[list[Any]]:
    """Rows of ``width`` values as columns."""
    return [list(column) for column in zip(*rows, strict=True)] if rows else [[]] * width


class _Normalised:
    """``normalise`` of occurrence texts, memoised by text (copies of a story repeat the same
    texts). An occurrence made of whole sentences has it already (segmentation made each
    sentence's tokens with the same function): their tokens joined, when only white space
    lies between them (no word of the text is then left out, and none runs across a
    sentence's edge)."""

    def __init__(self, sentences: Sequence[Sentence], texts: Sequence[str]) -> None:
        self._sentences, self._texts = sentences, texts
        self._memo: dict[str, str] = {}

    def __call__(self, text: str, doc: int, start: int, end: int, members: Sequence[int]) -> str:
        """``normalise(text)``, ``text`` being the document ``doc``'s from ``start`` to
        ``end``, whose sentences are ``members``."""
        found = self._memo.get(text)
        if found is None:
            joined = self._joined(doc, start, end, members) if members else None
            found = self._memo[text] = normalise(text) if joined is None else joined
        return found

    def _joined(self, doc: int, start: int, end: int, members: Sequence[int]) -> str | None:
        """The tokens of the sentences ``members`` joined, when they are the whole text of
        ``start`` to ``end`` but white space between them; else None."""
        sentences = [self._sentences[k] for k in members]
        first = sentences[0]
        if first.doc != doc or first.start != start or sentences[-1].end != end:
            return None
        if len(sentences) == 1:
            return sentences[0].normalised
        text = self._texts[doc]
        for before, after in pairwise(sentences):
            gap = text[before.end : after.start]
            if after.doc != doc or not gap or not gap.isspace():
                return None
        return " ".join(chain.from_iterable(sentence.tokens for sentence in sentences))


def quotes_frame(result: TraceResult) -> pl.DataFrame:
    docs = result.analysis.documents
    # one pass over the rows, one over their quotes (a quote of several paragraphs has a row
    # each): columns at once
    quotes, starts, ends, cluster_ids, is_earliest, variants = _columns(
        list(result.analysis.quote_rows), 6
    )
    quote_ids, doc_of, speakers, kinds = _columns(
        [(q.quote_id, q.doc, q.speaker, q.kind) for q in quotes], 4
    )
    doc_ids, outlets, published = _per_document_columns(docs)
    texts = [doc.text for doc in docs]
    names, keys, attributed = _columns(
        [_NO_SPEAKER if s is None else (s.name, s.key, s.attributed_as) for s in speakers], 3
    )
    rows = pl.Series(doc_of, dtype=pl.Int64())
    return _frame(
        {
            "quote_id": quote_ids,
            "doc_id": doc_ids.gather(rows),
            "outlet": outlets.gather(rows),
            "published": published.gather(rows),
            "start": starts,
            "end": ends,
            "text": [texts[d][a:b] for d, a, b in zip(doc_of, starts, ends, strict=True)],
            "kind": kinds,
            "speaker": names,
            "speaker_key": keys,
            "attributed_as": attributed,
            "cluster_id": cluster_ids,
            "is_earliest": is_earliest,
            "variant": variants,
        },
        schema.QUOTES,
    )


_NO_SPEAKER = (None, None, None)


def skipped_frame(result: TraceResult) -> pl.DataFrame:
    return skipped_rows(result.skipped)


def skipped_rows(skipped: Sequence[Skipped]) -> pl.DataFrame:
    return _frame(
        {
            "path": [s.path for s in skipped],
            "record": [s.record for s in skipped],
            "reason": [s.reason for s in skipped],
        },
        schema.SKIPPED,
    )


def same_outlet(outlets: Sequence[str | None]) -> bool:
    """The documents (given by their outlets) all come from one known outlet: an outlet reusing
    its own text."""
    return len(outlets) > 1 and outlets[0] is not None and all(o == outlets[0] for o in outlets)


def count_outlets(outlets: Sequence[str | None]) -> int:
    """Distinct outlets of documents (given by their outlets), where every document of unknown
    outlet counts as one of its own."""
    known = {outlet for outlet in outlets if outlet is not None}
    return len(known) + sum(1 for outlet in outlets if outlet is None)


def run_record(result: TraceResult) -> dict[str, Any]:
    settings = result.settings
    bands, rows = settings.bands_rows
    return {
        "version": __version__,
        "input": str(result.root.resolve()) if isinstance(result.root, Path) else result.root,
        "engine": result.engine,
        "compiled": native.in_use(),
        "record_fields": dataclasses.asdict(result.fields),
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


def pairs_frame(result: TraceResult) -> pl.DataFrame:
    docs = result.analysis.documents
    # the links' fields as columns at once; documents named by gathering their doc_ids
    a, b, kinds, a_chars, b_chars, a_shares, b_shares, sources, bases, passages, _, _ = _columns(
        list(result.analysis.pairs), 12
    )
    doc_ids = pl.Series([doc.doc_id for doc in docs], dtype=pl.String())
    return _frame(
        {
            "doc_id_a": doc_ids.gather(a),
            "doc_id_b": doc_ids.gather(b),
            "link": kinds,
            "chars_a": a_chars,
            "chars_b": b_chars,
            "share_a": _rounded_shares(a_shares),
            "share_b": _rounded_shares(b_shares),
            "source_doc_id": doc_ids.gather(pl.Series(sources, dtype=pl.Int64())),
            "direction_basis": bases,
            "n_passages": passages,
        },
        schema.PAIRS,
    )


def _rounded_shares(values: Sequence[float]) -> pl.Series:
    """``_share`` of each of ``values``, shares already rounded to ``SHARE_PLACES`` (as
    attribution rounds them), on arrays: such a share is the nearest double to k / 10 **
    ``SHARE_PLACES``, so k is its scaled value rounded, and its text is k's digits."""
    scale = 10**SHARE_PLACES
    scaled = pl.Series(np.rint(np.asarray(values, np.float64) * scale).astype(np.int64))
    whole = (scaled // scale).cast(pl.String())
    found: pl.Series = whole + "." + (scaled % scale).cast(pl.String()).str.zfill(SHARE_PLACES)
    return found


FRAMES: dict[schema.Report, Callable[[TraceResult], pl.DataFrame]] = {
    schema.DOCUMENTS: documents_frame,
    schema.CLUSTERS: clusters_frame,
    schema.OCCURRENCES: occurrences_frame,
    schema.QUOTES: quotes_frame,
    schema.PAIRS: pairs_frame,
    schema.SKIPPED: skipped_frame,
}


# every name a report set may hold (``report_set``): the reports, run.json, the texts, the
# workbook
TEXTS_FOLDER = "texts"
SET_NAMES = (*schema.REPORT_FILES, TEXTS_FOLDER, WORKBOOK)


def write_reports(
    result: TraceResult, out: Path, *, save_text: bool = False, xlsx: bool = False
) -> list[Path]:
    """Write every report into ``out`` (created if needed), with ``save_text`` the texts
    (``write_texts``) and with ``xlsx`` the workbook (``write_workbook``): the whole set
    replaces the previous one at once, and only once all of it is written
    (``report_set.staged``); nothing else in ``out`` is touched."""
    with staged(out, SET_NAMES) as stage:
        texts = write_texts(result, stage, out) if save_text else []
        written = _write_set(result, stage, out)
        if xlsx:
            write_workbook(stage, stage / WORKBOOK, out)
            written.append(stage / WORKBOOK)
    return [out / path.relative_to(stage) for path in (*texts, *written)]


def _write_set(result: TraceResult, folder: Path, shown: Path) -> list[Path]:
    """Every report of ``result``, written into ``folder`` (the staging folder of ``shown``)."""
    began = time.perf_counter()

    def frame_writer(make: Callable[[TraceResult], pl.DataFrame]) -> Callable[[Path], None]:
        # polars writes the file itself, without a copy of it as a Python string
        return lambda path: make(result).write_csv(path)

    def write_run(path: Path) -> None:
        write_record(run_record(result), time.perf_counter() - began, path)

    with paused_gc():
        return write_each(
            folder,
            {
                **{report.file: frame_writer(make) for report, make in FRAMES.items()},
                schema.RUN_RECORD: write_run,
            },
            shown,
        )


def write_each(
    folder: Path, writers: Mapping[str, Callable[[Path], None]], shown: Path
) -> list[Path]:
    """Each report written by its writer, in order, into ``folder``, the staging folder of the
    report folder ``shown`` (which an error names)."""
    try:
        for name, write in writers.items():
            write(folder / name)
    except OSError as exc:
        raise InputError(f"{shown}: cannot write reports ({exc.strerror or exc})") from None
    return [folder / name for name in writers]


def write_record(record: dict[str, Any], reporting: float, path: Path) -> None:
    """run.json: the run's record, with the seconds reporting took."""
    timings = {**record["timings_seconds"], "report": round(reporting, 4)}
    record = {**record, "timings_seconds": dict(sorted(timings.items()))}
    text = json.dumps(record, indent=2, ensure_ascii=False) + "\n"
    path.write_text(text, encoding="utf-8", newline="")


def read_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a report ``write_reports`` wrote, as text (for ``eval`` and the HTML
    report), a closed vocabulary's values parsed as its enum's members (the report is known
    by its file name; columns it lacks are not asked for). A value outside the vocabulary is
    an ``InputError`` naming the row, the column and the values it may hold."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            rows = list(reader)
            header = reader.fieldnames or []
    except FileNotFoundError:
        raise InputError(f"{path}: no such report (run `provenance trace` first)") from None
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"{path}: cannot read the report ({exc})") from None
    report = schema.BY_FILE.get(path.name)
    if report is not None:
        for column in report.columns:
            if column.vocabulary is not None and column.name in header:
                _parse_vocabulary(path, rows, column.name, column.vocabulary, column.nullable)
    return rows


def _parse_vocabulary(
    path: Path,
    rows: list[dict[str, str]],
    name: str,
    vocabulary: type[StrEnum],
    nullable: bool,
) -> None:
    """Each row's ``name`` replaced by its member of ``vocabulary`` (an empty cell left as it
    is, where the column may be empty)."""
    members: dict[str, str] = {member.value: member for member in vocabulary}
    if nullable:
        members[""] = ""
    for number, row in enumerate(rows, start=1):
        found = members.get(row[name])
        if found is None:
            allowed = ", ".join(member.value for member in vocabulary)
            empty = " or empty" if nullable else ""
            raise InputError(
                f"{path}: row {number}: {name} {row[name]!r} is not one of {allowed}{empty}"
            )
        row[name] = found


# a text's file name, in UTF-8 bytes at most: file systems take 255, and the temporary file
# written first adds 13 (.NAME.XXXXXXXX.tmp)
NAME_BYTES = 200
DIGEST_DIGITS = 16


def text_path(doc: Document) -> str:
    """Where ``write_texts`` puts a document's text, relative to the report folder: its doc_id
    as a path, a record's id (after ``#``) percent-encoded so it stays one file name. A name
    longer than ``NAME_BYTES`` is cut and ends in ``~`` and the first hex digits of the
    doc_id's SHA-256 (the same on every run and machine, and apart for two ids cut alike)."""
    base, hash_mark, key = doc.doc_id.partition("#")
    folder, slash, stem = base.rpartition("/")
    name = f"{stem}{hash_mark}{quote(key, safe='')}"
    if len(name.encode("utf-8")) + len(".txt") > NAME_BYTES:
        digest = hashlib.sha256(doc.doc_id.encode("utf-8")).hexdigest()[:DIGEST_DIGITS]
        room = NAME_BYTES - len(".txt") - len("~") - DIGEST_DIGITS
        name = name.encode("utf-8")[:room].decode("utf-8", "ignore") + "~" + digest
    return f"{TEXTS_FOLDER}/{folder}{slash}{name}.txt"


def write_texts(result: TraceResult, out: Path, shown: Path | None = None) -> list[Path]:
    """The text of every article not read from a text file (HTML pages, records, WARC
    responses), as read, in UTF-8: the text their offsets count in. Each file is written
    beside its place and renamed into it. ``shown``: the folder an error names (the report
    folder, when ``out`` is its staging folder)."""
    written = []
    try:
        for doc in result.analysis.documents:
            if doc.source_format is SourceFormat.TEXT:
                continue
            path = out / text_path(doc)
            path.parent.mkdir(parents=True, exist_ok=True)
            temp = temp_beside(path)
            try:
                temp.write_text(doc.text, encoding="utf-8", newline="")
                temp.replace(path)
            finally:
                temp.unlink(missing_ok=True)
            written.append(path)
    except OSError as exc:
        raise InputError(f"{shown or out}: cannot write texts ({exc.strerror or exc})") from None
    return written


def temp_beside(path: Path) -> Path:
    """A new empty file in ``path``'s folder, with the permissions a new file gets there (mkstemp
    makes owner-only files; reports are not secret)."""
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, new_file_mode())
    finally:
        os.close(fd)
    return Path(temp)


def _frame(columns: dict[str, list[Any] | pl.Series], report: schema.Report) -> pl.DataFrame:
    """``report``'s rows, sorted by its key, from its columns in its order. Built column by
    column: polars reads a list per column far faster than a dict per row."""
    if tuple(columns) != report.names:
        raise ValueError(f"{report.file}: columns {tuple(columns)} are not {report.names}")
    return pl.DataFrame(columns, schema=report.dtypes).sort(list(report.key), maintain_order=True)


def _share(value: float | None) -> str | None:
    return None if value is None else f"{value:.{SHARE_PLACES}f}"


def _published(doc: Document) -> str | None:
    return doc.published.text if doc.published else None
