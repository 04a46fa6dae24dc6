"""Index stage: a persistent corpus in one SQLite file, for screening new articles against it.

No server, nothing pickled, nothing loaded whole. Tables:

- ``manifest``: the schema version, the settings that shaped the stored sketches and their
  fingerprint, the root doc_ids are relative to, and the provenance version that wrote it;
- ``documents``: each article's metadata, its text (zlib) and a digest of both;
- ``sentences``: each matchable sentence's offsets and MinHash signature;
- ``bands``: one LSH band key (``matching.bands.band_key``, as ``trace`` groups by) per (band,
  sentence), the primary key, so a lookup is a b-tree seek per key;
- ``ngrams``: each document's word n-grams (``base.ngram_keys``), one row per (n-gram, document),
  the primary key, so that ``check`` finds every indexed document sharing a run of words with an
  incoming one;
- ``words``: a contentless FTS5 index of each body, for finding a quote's words wherever they
  were printed.

Every write is one transaction (a crash or kill leaves the index as it was) and the database is
in WAL mode, so readers keep reading while a writer adds; a second writer waits for the first
(``WRITE_WAIT_SECONDS`` at most, then gives up saying so) and takes its ids once it writes.
"""

from __future__ import annotations

import functools
import glob
import os
import sqlite3
import sys
import tempfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

import numpy as np
import numpy.typing as npt

from provenance.index.base import (
    Added,
    Indexed,
    IndexFileError,
    IndexInfo,
    Lead,
    ManifestIndex,
    body_words,
    digest_of,
    document_from_row,
    new_manifest,
    probe_keys,
    settings_for,
    stored_keys,
)
from provenance.matching import candidates as candidates_stage
from provenance.matching import passages as passage_stage
from provenance.matching.sketch import signatures
from provenance.model import Document, Sentence
from provenance.permissions import mode_for
from provenance.settings import Settings

SIGN_BATCH_DOCS = 1000  # documents sketched in one kernel call
BAND_ROWS_PER_CALL = 1_000_000
CACHE_KIB = 256 * 1024  # SQLite's page cache, at most: large writes stay in memory
_T = TypeVar("_T")
_P = ParamSpec("_P")
WRITE_WAIT_SECONDS = 60.0  # how long a writer waits for another to finish before giving up
_SCHEMA = """
CREATE TABLE manifest (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL UNIQUE,
    path TEXT NOT NULL,
    digest TEXT NOT NULL,
    encoding TEXT NOT NULL,
    body_start INTEGER NOT NULL,
    outlet TEXT,
    published TEXT,
    url TEXT,
    title TEXT,
    date_source TEXT NOT NULL,
    text BLOB NOT NULL
);
CREATE TABLE sentences (
    id INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL REFERENCES documents (id),
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    signature BLOB NOT NULL
);
CREATE INDEX sentences_doc ON sentences (doc);
CREATE TABLE bands (key INTEGER NOT NULL, sentence INTEGER NOT NULL, PRIMARY KEY (key, sentence))
    WITHOUT ROWID;
CREATE TABLE ngrams (key INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (key, doc))
    WITHOUT ROWID;
CREATE VIRTUAL TABLE words USING fts5 (body, content='', tokenize='unicode61 remove_diacritics 2');
"""


def _read(method: Callable[Concatenate[Index, _P], _T]) -> Callable[Concatenate[Index, _P], _T]:
    """A read of ``Index`` whose SQLite errors (a damaged page, a vanished file) are one-line
    ``IndexFileError``s naming the file."""

    @functools.wraps(method)
    def call(self: Index, /, *args: _P.args, **kwargs: _P.kwargs) -> _T:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise _unreadable(self.path, exc) from None

    return call


def _unreadable(path: Path, exc: sqlite3.Error) -> IndexFileError:
    """The one-line error for an index SQLite cannot read: a damaged file (cut short, a page
    overwritten) is said to be one, with what to do, as ``_verify`` says it."""
    code = getattr(exc, "sqlite_errorcode", None)  # the primary code in its low byte
    if (code is not None and code & 0xFF == sqlite3.SQLITE_CORRUPT) or any(
        word in str(exc) for word in ("malformed", "corrupt")
    ):
        return IndexFileError(
            f"{path}: the index is damaged ({exc}); rebuild it with `provenance index build`"
        )
    return IndexFileError(f"{path}: cannot read the index ({exc})")


class Index(ManifestIndex):
    """An open index. Use ``create`` or ``open``; close it (or use it as a context manager)."""

    def __init__(self, path: Path, connection: sqlite3.Connection, settings: Settings) -> None:
        self.path = path
        self._db = connection
        connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        self.settings = settings
        self._bands, self._rows = settings.bands_rows

    @classmethod
    def create(cls, path: Path, settings: Settings, root: Path) -> Index:
        """A new empty index at ``path`` (which must not exist yet)."""
        db = sqlite3.connect(path, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            with _transaction(db):
                for statement in _SCHEMA.split(";"):  # executescript would commit
                    db.execute(statement)
                values = new_manifest(settings, root)
                db.executemany("INSERT INTO manifest VALUES (?, ?)", values.items())
        except sqlite3.Error as exc:
            db.close()
            raise IndexFileError(f"{path}: cannot create index ({exc})") from None
        return cls(path, db, settings)

    @classmethod
    def open(cls, path: Path, settings: Settings | None = None, *, write: bool = False) -> Index:
        """The index at ``path``, refused if it is missing, not an index, of another schema, or
        built with settings that differ from ``settings`` (None: take the index's own).
        Without ``write`` it is opened so that nothing can write to it (read-only, so an
        index nobody may write, a shared or checked-out archive, can still be read)."""
        if not path.exists():
            raise IndexFileError(
                f"{path}: no such index (create one with `provenance index build`)"
            )
        if not path.is_file():
            raise IndexFileError(f"{path}: not an index file")
        if write and not os.access(path, os.W_OK):
            raise IndexFileError(f"{path}: cannot write the index (permission denied)")
        if write:
            remove_stale(path)
        db, manifest = _connect(path, write)
        try:
            settings = settings_for(path, manifest, settings)
            if write:  # never add to a damaged file: what it lost would stay lost, unsaid
                _verify(path, db)
        except IndexFileError:
            db.close()
            raise
        return cls(path, db, settings)

    def close(self) -> None:
        self._db.close()

    def info(self) -> IndexInfo:
        """What the index holds, once SQLite's ``quick_check`` finds every page whole."""
        _verify(self.path, self._db)
        return super().info()

    def _sizes(self) -> tuple[int, int, int | None]:
        files = [self.path, *_companions(self.path)]
        size = sum(f.stat().st_size for f in files if f.exists())
        return self._count("documents"), self._count("sentences"), size

    def add(
        self,
        documents: Sequence[Document],
        progress: Callable[[int, int], None] | None = None,
    ) -> Added:
        """Add or replace ``documents`` in one transaction. ``progress(done, total)`` is called
        inside it after each document."""
        added: list[str] = []
        replaced: list[str] = []
        unchanged: list[str] = []
        with _written(self.path), _transaction(self._db):
            # ids are read once this writer holds the lock: another may have added meanwhile
            writer = _SentenceWriter(self._db, self.settings)
            for done, doc in enumerate(documents, 1):
                digest = digest_of(doc)
                old = self._db.execute(
                    "SELECT id, digest FROM documents WHERE doc_id = ?", (doc.doc_id,)
                ).fetchone()
                if old is not None and old[1] == digest:
                    unchanged.append(doc.doc_id)
                elif old is not None:
                    self._remove(old[0])
                    writer.add(doc, self._insert(doc, digest, old[0]))
                    replaced.append(doc.doc_id)
                else:
                    writer.add(doc, self._insert(doc, digest, None))
                    added.append(doc.doc_id)
                if progress is not None:
                    progress(done, len(documents))
            writer.finish()
        return Added(tuple(added), tuple(replaced), tuple(unchanged))

    @_read
    def leads(self, sigs: npt.NDArray[np.uint32]) -> list[Lead]:
        """The indexed documents each probe signature shares a band key with, once per pair;
        keys held by more than ``candidates.MAX_BUCKET`` sentences are passed over."""
        if not len(sigs):
            return []
        largest = candidates_stage.MAX_BUCKET
        asked = probe_keys(sigs, self._bands, self._rows)
        held: dict[int, list[int]] = {}  # indexed sentence → probe sentences
        for key, locals_ in asked.items():
            # one b-tree seek per key, and never more than a bucket's worth read
            found = self._db.execute(
                "SELECT sentence FROM bands WHERE key = ? LIMIT ?", (key, largest + 1)
            ).fetchall()
            if len(found) <= largest:
                for (sentence,) in found:
                    held.setdefault(sentence, []).extend(locals_)
        pairs: set[tuple[int, int]] = set()
        for chunk in _chunks(sorted(held), 500):
            marks = ",".join("?" * len(chunk))
            for sentence, doc in self._db.execute(
                f"SELECT id, doc FROM sentences WHERE id IN ({marks})",
                chunk,
            ):
                pairs.update((local, doc) for local in held[sentence])
        return [Lead(local, doc) for local, doc in sorted(pairs)]

    @_read
    def ngram_postings(self, keys: npt.NDArray[np.int64]) -> dict[int, list[int]]:
        """For each of ``keys`` (``base.ngram_keys``) that some indexed document holds, the row
        ids of those documents, sorted; a key held by more than ``passages.MAX_NGRAM_COUNT``
        documents (a stock phrase) is passed over, as ``trace`` passes over it."""
        largest = passage_stage.MAX_NGRAM_COUNT
        found: dict[int, list[int]] = {}
        for key in keys.tolist():
            # one b-tree seek per key, and never more than the limit's worth read
            docs = self._db.execute(
                "SELECT doc FROM ngrams WHERE key = ? ORDER BY doc LIMIT ?", (key, largest + 1)
            ).fetchall()
            if 0 < len(docs) <= largest:
                found[key] = [doc for (doc,) in docs]
        return found

    @_read
    def documents(self, ids: Sequence[int]) -> dict[int, Document]:
        """The indexed documents with these row ids, as ``trace`` would have read them."""
        found: dict[int, Document] = {}
        for chunk in _chunks(sorted(set(ids)), 500):
            marks = ",".join("?" * len(chunk))
            for row in self._db.execute(
                f"SELECT {_DOC_COLUMNS}, text FROM documents WHERE id IN ({marks})",
                chunk,
            ):
                found[row[0]] = document_from_row(row)
        return found

    @_read
    def document_ids(self, doc_ids: Sequence[str]) -> dict[str, int]:
        """Row ids of the doc_ids that are indexed."""
        found: dict[str, int] = {}
        for chunk in _chunks(sorted(set(doc_ids)), 500):
            marks = ",".join("?" * len(chunk))
            found.update(
                self._db.execute(
                    f"SELECT doc_id, id FROM documents WHERE doc_id IN ({marks})",
                    chunk,
                ).fetchall()
            )
        return found

    @_read
    def outlets(self) -> list[str]:
        """The outlets of the indexed documents."""
        rows = self._db.execute(
            "SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL ORDER BY outlet"
        )
        return [outlet for (outlet,) in rows]

    @_read
    def with_words(self, tokens: Sequence[str]) -> list[int]:
        """Row ids of the documents whose body may hold ``tokens`` (normalised words, as
        ``clean.words`` gives them) in this order, adjacent: a superset, to be confirmed on the
        text (the word table is split again by FTS5's tokenizer, which also folds accents)."""
        if not tokens:
            return []
        phrase = '"' + " ".join(t.replace('"', '""') for t in tokens) + '"'
        return [
            row[0]
            for row in self._db.execute(
                "SELECT rowid FROM words WHERE words MATCH ? ORDER BY rowid", (phrase,)
            )
        ]

    def _insert(self, doc: Document, digest: str, row_id: int | None) -> int:
        """Store the document and its words; its row id."""
        cursor = self._db.execute(
            f"INSERT INTO documents ({_DOC_COLUMNS}, digest, text) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                row_id,
                doc.doc_id,
                doc.path,
                doc.encoding,
                doc.body_start,
                doc.outlet,
                doc.published.text if doc.published else None,
                doc.url,
                doc.title,
                str(doc.date_source),
                digest,
                zlib.compress(doc.text.encode("utf-8"), 6),
            ),
        )
        assert cursor.lastrowid is not None
        self._db.execute(
            "INSERT INTO words (rowid, body) VALUES (?, ?)", (cursor.lastrowid, body_words(doc))
        )
        return cursor.lastrowid

    def _remove(self, row_id: int) -> None:
        """Delete a document with its sentences, band keys, n-grams and words (recomputed from
        what is stored, so no reverse index is needed)."""
        rows = self._db.execute(
            "SELECT id, signature FROM sentences WHERE doc = ? ORDER BY id", (row_id,)
        ).fetchall()
        if rows:
            sigs = np.vstack([np.frombuffer(sig, dtype=np.uint32) for _, sig in rows])
            keys = stored_keys(sigs, self._bands, self._rows)
            self._db.executemany(
                "DELETE FROM bands WHERE key = ? AND sentence = ?",
                [(key, rows[k][0]) for k, row in enumerate(keys.tolist()) for key in row],
            )
        self._db.execute("DELETE FROM sentences WHERE doc = ?", (row_id,))
        old = self.documents([row_id])[row_id]
        self._db.executemany(
            "DELETE FROM ngrams WHERE key = ? AND doc = ?",
            [(key, row_id) for key in Indexed.of(old, self.settings.min_tokens).ngrams.tolist()],
        )
        self._db.execute(
            "INSERT INTO words (words, rowid, body) VALUES ('delete', ?, ?)",
            (row_id, body_words(old)),
        )
        self._db.execute("DELETE FROM documents WHERE id = ?", (row_id,))

    def single_file(self) -> None:
        """Fold the write-ahead log into the database and stop using one (before a rename)."""
        self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._db.execute("PRAGMA journal_mode=DELETE")

    @_read
    def _manifest(self, key: str) -> str:
        row = self._db.execute("SELECT value FROM manifest WHERE key = ?", (key,)).fetchone()
        if row is None:
            raise IndexFileError(f"{self.path}: index manifest has no {key!r}")
        return str(row[0])

    @_read
    def _count(self, table: str) -> int:
        (n,) = self._db.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(n)


class _SentenceWriter:
    """Stores documents' matchable sentences with their signatures, sketched a batch of
    documents at a time, and their band keys and n-grams sorted once at the end (a b-tree fills
    several times faster in key order than at random)."""

    def __init__(self, db: sqlite3.Connection, settings: Settings) -> None:
        self._db = db
        self._settings = settings
        self._bands, self._rows = settings.bands_rows
        self._waiting: list[tuple[int, list[Sentence]]] = []
        self._keys: list[npt.NDArray[np.int64]] = []
        self._ids: list[npt.NDArray[np.int64]] = []
        self._ngrams: list[npt.NDArray[np.int64]] = []
        self._ngram_docs: list[npt.NDArray[np.int64]] = []
        (last,) = db.execute("SELECT max(id) FROM sentences").fetchone()
        self._next_id = (last or 0) + 1

    def add(self, doc: Document, row_id: int) -> None:
        indexed = Indexed.of(doc, self._settings.min_tokens)
        self._waiting.append((row_id, indexed.sentences))
        self._ngrams.append(indexed.ngrams)
        self._ngram_docs.append(np.full(len(indexed.ngrams), row_id, np.int64))
        if len(self._waiting) >= SIGN_BATCH_DOCS:
            self._sign()

    def finish(self) -> None:
        self._sign()
        if self._keys:
            keys = np.concatenate(self._keys).ravel()
            ids = np.repeat(np.concatenate(self._ids), self._bands)
            self._insert_sorted("bands (key, sentence)", keys, ids)
        if self._ngrams:
            self._insert_sorted(
                "ngrams (key, doc)", np.concatenate(self._ngrams), np.concatenate(self._ngram_docs)
            )

    def _insert_sorted(
        self, table: str, keys: npt.NDArray[np.int64], values: npt.NDArray[np.int64]
    ) -> None:
        order = np.lexsort((values, keys))
        keys, values = keys[order], values[order]
        for start in range(0, len(keys), BAND_ROWS_PER_CALL):
            stop = start + BAND_ROWS_PER_CALL
            self._db.executemany(
                f"INSERT OR IGNORE INTO {table} VALUES (?, ?)",
                zip(keys[start:stop].tolist(), values[start:stop].tolist(), strict=True),
            )

    def _sign(self) -> None:
        rows = [(row_id, x) for row_id, found in self._waiting for x in found]
        self._waiting = []
        if not rows:
            return
        s = self._settings
        tokens = [x.tokens for _, x in rows]
        sigs = signatures(tokens, s.shingle_size, s.num_perm, s.seed, s.permutations)
        ids = np.arange(self._next_id, self._next_id + len(rows), dtype=np.int64)
        self._next_id += len(rows)
        self._db.executemany(
            "INSERT INTO sentences (id, doc, start, end, signature) VALUES (?, ?, ?, ?, ?)",
            [
                (int(ids[k]), row_id, x.start, x.end, sigs[k].tobytes())
                for k, (row_id, x) in enumerate(rows)
            ],
        )
        self._keys.append(stored_keys(sigs, self._bands, self._rows))
        self._ids.append(ids)


_DOC_COLUMNS = "id, doc_id, path, encoding, body_start, outlet, published, url, title, date_source"


def _connect(path: Path, write: bool) -> tuple[sqlite3.Connection, dict[str, str]]:
    """A connection and the manifest. Read-only in a folder nobody may write falls back to
    SQLite's immutable mode: no writer can be adding there (it could not make its log). A
    reader that may write opens read-write but writes nothing (``query_only``): the last
    connection to close then removes the log files SQLite makes beside the index (a read-only
    one cannot, and left them in the folder)."""
    folder_writable = os.access(path.resolve().parent, os.W_OK)
    immutable = not write and not folder_writable
    tidy_reader = not write and folder_writable and os.access(path, os.W_OK)
    mode = "rw" if write or tidy_reader else "ro"
    uri = f"{path.resolve().as_uri()}?mode={mode}" + ("&immutable=1" if immutable else "")
    try:
        db = sqlite3.connect(
            uri, uri=True, isolation_level=None, timeout=WRITE_WAIT_SECONDS if write else 5.0
        )
        # every page's cells checked as it is read: without it, a page whose cell offsets were
        # overwritten is read through whatever the masked offsets point at, and a lookup may
        # answer from garbage instead of failing (only ``_verify``'s quick_check was sure)
        db.execute("PRAGMA cell_size_check = ON")
        if tidy_reader:
            db.execute("PRAGMA query_only = 1")
    except sqlite3.Error as exc:
        raise IndexFileError(f"{path}: cannot open the index ({exc})") from None
    try:
        manifest = dict(db.execute("SELECT key, value FROM manifest").fetchall())
    except sqlite3.DatabaseError as exc:
        db.close()
        if "not a database" in str(exc) or "no such table" in str(exc):
            raise IndexFileError(f"{path}: not a provenance index ({exc})") from None
        raise _unreadable(path, exc) from None
    return db, manifest


def _verify(path: Path, db: sqlite3.Connection) -> None:
    """Refuse a damaged file (a page overwritten or cut short): SQLite's ``quick_check``,
    which reads every page once (a fraction of a second for a 14 MB index)."""
    try:
        (found,) = db.execute("PRAGMA quick_check(1)").fetchone()
    except sqlite3.DatabaseError as exc:
        found = str(exc)
    if found != "ok":
        problem = str(found).strip().splitlines()[-1]
        raise IndexFileError(
            f"{path}: the index is damaged ({problem}); rebuild it with `provenance index build`"
        )


def is_index(path: Path) -> bool:
    """Whether ``path`` is a provenance index (of any schema version)."""
    try:
        db, manifest = _connect(path, write=False)
    except IndexFileError:
        return False
    db.close()
    return "schema_version" in manifest


def _companions(path: Path) -> tuple[Path, Path]:
    """SQLite's write-ahead log and shared-memory files beside a database."""
    return Path(f"{path}-wal"), Path(f"{path}-shm")


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@contextmanager
def _written(path: Path) -> Iterator[None]:
    """SQLite's and the file system's write failures as one-line errors naming the index."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise IndexFileError(
                f"{path}: another process is writing the index (waited "
                f"{WRITE_WAIT_SECONDS:g} s); try again when it has finished"
            ) from None
        raise IndexFileError(f"{path}: cannot write the index ({exc})") from None
    except sqlite3.Error as exc:
        raise IndexFileError(f"{path}: cannot write the index ({exc})") from None
    except OSError as exc:
        raise IndexFileError(f"{path}: cannot write the index ({exc.strerror or exc})") from None


@contextmanager
def _transaction(db: sqlite3.Connection) -> Iterator[None]:
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def build(
    path: Path,
    documents: Sequence[Document],
    settings: Settings,
    root: Path,
    progress: Callable[[int, int], None] | None = None,
) -> Added:
    """A new index of ``documents`` at ``path``: written beside it, then renamed into place,
    so an existing index stays whole until the new one is complete."""
    folder = path.resolve().parent
    if not folder.is_dir():
        raise IndexFileError(f"{path}: folder {folder} does not exist")
    if path.is_dir():
        raise IndexFileError(f"{path}: is a folder, not an index file")
    if path.exists() and not is_index(path):
        raise IndexFileError(f"{path}: exists and is not a provenance index; not replacing it")
    with _written(path):
        remove_stale(path)
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        temporary = Path(name)
        try:
            _lock(handle)  # held until the end: a later run sees the file is not stale
            with closing(Index.create(temporary, settings, root)) as index:  # SQLite fills it
                added = index.add(documents, progress)
                index.single_file()
            mode = mode_for(path)  # the replaced index's, else a new file's (not mkstemp's)
            temporary.replace(path)
            for stale in _companions(path):
                stale.unlink(missing_ok=True)
            with closing(sqlite3.connect(path, isolation_level=None)) as db:
                db.execute("PRAGMA journal_mode=WAL")
            path.chmod(mode)  # last: a read-only one (0o444) is still written up to here
        finally:
            for leftover in (temporary, *_temporary_companions(temporary)):
                leftover.unlink(missing_ok=True)
            os.close(handle)
    return added


def remove_stale(path: Path) -> None:
    """Remove what builds killed before they could clean up left beside ``path``: their
    temporary index files (``.NAME.*.tmp``) and those files' logs. A build at work holds a
    lock on its file until it ends (the system drops it when the process dies), so its file is
    left alone. Where there are no such locks (Windows), nothing is removed."""
    if sys.platform == "win32":
        return
    import fcntl

    for stale in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        try:
            handle = os.open(stale, os.O_RDONLY)
        except OSError:
            continue  # removed meanwhile
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(handle)
            continue  # a build at work
        try:
            for leftover in (stale, *_temporary_companions(stale)):
                leftover.unlink(missing_ok=True)
        finally:
            os.close(handle)


def _lock(handle: int) -> None:
    """Lock a build's temporary file for as long as ``handle`` is open (see ``remove_stale``;
    SQLite's own locks are of another kind and do not meet this one)."""
    if sys.platform != "win32":
        import fcntl

        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _temporary_companions(path: Path) -> tuple[Path, ...]:
    """The files SQLite may make beside a build's temporary file."""
    return (*_companions(path), Path(f"{path}-journal"))
