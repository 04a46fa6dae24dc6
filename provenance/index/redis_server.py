"""A shared index on a Redis server, for ``check`` on many CI runners at once.

The same contents and rules as the SQLite index (``provenance.index.sqlite``): a manifest with the
schema version, the sketch settings and their fingerprint (other settings are refused), each
document's metadata and zlib text, each matchable sentence's offsets and signature. The LSH
band tables are one Redis set per band key (``matching.bands.band_key``, the key the SQLite
index stores and ``trace`` groups by), holding the ids of the sentences that have it; the word
n-grams (``base.ngram_keys``) are one set per n-gram, holding the ids of the documents that
print it. Nothing is pickled. Everything lives under one key prefix (``provenance:`` by
default; ``?prefix=NAME`` in the URL chooses another).

Writes: an ``add`` is one MULTI/EXEC transaction (documents, sentences and band sets), its
commands sent as they are made, so a crash leaves the index as it was (but for row ids taken and
not used) and the client holds a chunk of them at a time, however large the add. A ``build``
over an index is one too: it deletes the old keys in the transaction that writes the new. A
write watches the documents' ids (WATCH): when another writer commits while it reads and
queues, the server refuses it and it is made again, so two writers never both replace one
document. Word search (``quote``) needs the SQLite index.
"""

from __future__ import annotations

import functools
import json
import re
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar
from urllib.parse import parse_qs, urlsplit

import numpy as np
import numpy.typing as npt

from provenance.index.base import (
    Added,
    Indexed,
    IndexFileError,
    Lead,
    ManifestIndex,
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
from provenance.model import Document
from provenance.settings import Settings

DEFAULT_PREFIX = "provenance"
_PREFIX = re.compile(r"[A-Za-z0-9_.-]+")
_KEY_MASK = 2**64 - 1
_PASSWORD = re.compile(r"((?:^|&)password=)[^&]*", re.IGNORECASE)
_T = TypeVar("_T")
_P = ParamSpec("_P")
TRANSACTION_CHUNK = 10_000  # commands of a transaction sent to the server at once
WRITE_ATTEMPTS = 5  # tries of a write that other writers keep changing the index under
CLEAR_BATCH = 1000  # keys of the old index deleted by one command of a build
# (keys, members): pairs of a set's key and a member joining or leaving it
Memberships = list[tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]]
_Changes = dict[str, Memberships]  # by kind of set: "band" (sentences), "ngram" (documents)


def is_redis(location: str) -> bool:
    return location.startswith(("redis://", "rediss://", "unix://"))


def _served(
    method: Callable[Concatenate[RedisIndex, _P], _T],
) -> Callable[Concatenate[RedisIndex, _P], _T]:
    """A method of ``RedisIndex`` whose Redis errors (the server gone, timing out, refusing a
    command) are one-line ``IndexFileError``s naming the server."""

    @functools.wraps(method)
    def call(self: RedisIndex, /, *args: _P.args, **kwargs: _P.kwargs) -> _T:
        try:
            return method(self, *args, **kwargs)
        except IndexFileError:
            raise
        except Exception as exc:
            import redis

            if isinstance(exc, redis.ConnectionError | redis.TimeoutError):
                raise IndexFileError(f"{self.path}: lost the Redis server ({exc})") from None
            if isinstance(exc, redis.RedisError):
                raise IndexFileError(f"{self.path}: the Redis server failed ({exc})") from None
            raise

    return call


class RedisIndex(ManifestIndex):
    """An index on a Redis server. Use ``build`` or ``open``; close what ``open`` gives."""

    def __init__(self, location: str, client: Any, prefix: str, settings: Settings) -> None:
        self.path = shown(location)  # what the user named, password hidden
        self._redis = client
        self._prefix = prefix
        self.settings = settings
        self._bands, self._rows = settings.bands_rows

    @classmethod
    def build(
        cls,
        location: str,
        documents: Sequence[Document],
        settings: Settings,
        root: Path,
        progress: Callable[[int, int], None] | None = None,
    ) -> Added:
        """A new index of ``documents`` at ``location``, replacing whatever index was under its
        prefix: the old keys are deleted in the transaction that writes the new ones, so a
        failure or a kill at any point leaves the old index whole."""
        client, prefix = _connect(location)
        index = cls(location, client, prefix, settings)
        try:
            return index._build(documents, root, progress)
        finally:
            index.close()

    @_served
    def _build(
        self,
        documents: Sequence[Document],
        root: Path,
        progress: Callable[[int, int], None] | None,
    ) -> Added:
        p = self._prefix
        held = next(iter(self._redis.scan_iter(match=f"{p}:*", count=1000)), None)
        if held is not None and not self._redis.exists(f"{p}:manifest"):
            raise IndexFileError(
                f"{self.path}: prefix {p!r} holds keys that are not a provenance index; not "
                "replacing them"
            )

        def write(writes: _Transaction) -> Added:
            self._clear(writes)
            writes.hset(f"{p}:manifest", new_manifest(self.settings, root))
            return self._add(documents, writes, progress, fresh=True)

        return self._written(write)

    @classmethod
    def open(cls, location: str, settings: Settings | None = None) -> RedisIndex:
        client, prefix = _connect(location)
        manifest = {k.decode(): v.decode() for k, v in client.hgetall(f"{prefix}:manifest").items()}
        if not manifest:
            raise IndexFileError(
                f"{shown(location)}: no index under prefix {prefix!r} "
                "(create one with `provenance index build`)"
            )
        settings = settings_for(shown(location), manifest, settings)
        return cls(location, client, prefix, settings)

    def close(self) -> None:
        self._redis.close()

    @_served
    def _sizes(self) -> tuple[int, int, int | None]:
        documents = int(self._redis.hlen(f"{self._prefix}:doc_ids"))
        sentences = int(self._redis.get(f"{self._prefix}:sentence_count") or 0)
        return documents, sentences, None  # the server's memory is not measured per index

    @_served
    def add(
        self, documents: Sequence[Document], progress: Callable[[int, int], None] | None = None
    ) -> Added:
        """Add or replace ``documents`` in one transaction. ``progress(done, total)`` is called
        after each document, before the transaction is committed."""
        return self._written(lambda writes: self._add(documents, writes, progress, fresh=False))

    def _written(self, write: Callable[[_Transaction], Added]) -> Added:
        """``write``'s commands committed as one transaction, which the server refuses if
        another writer changed the documents since this one began reading them (WATCH): then
        it is made again from what the index holds now, ``WRITE_ATTEMPTS`` times at most."""
        for _ in range(WRITE_ATTEMPTS):
            try:
                with _transaction(self._redis, watch=f"{self._prefix}:doc_ids") as writes:
                    done = write(writes)
            except _ChangedMeanwhileError:
                continue
            return done
        raise IndexFileError(
            f"{self.path}: another writer changed the index during each of {WRITE_ATTEMPTS} "
            "tries; nothing was written, run it again"
        )

    def _add(
        self,
        documents: Sequence[Document],
        writes: _Transaction,
        progress: Callable[[int, int], None] | None,
        *,
        fresh: bool,
    ) -> Added:
        """Queue the writes of an add in ``writes`` (``fresh``: into an index being built,
        whose old contents the same transaction deletes)."""
        added: list[str] = []
        replaced: list[str] = []
        unchanged: list[str] = []
        p = self._prefix
        joining: _Changes = {"band": [], "ngram": []}
        leaving: _Changes = {"band": [], "ngram": []}
        for done, doc in enumerate(documents, 1):
            digest = digest_of(doc)
            old = None if fresh else self._redis.hget(f"{p}:doc_ids", doc.doc_id)
            old_id = int(old) if old is not None else None
            if (
                old_id is not None
                and self._redis.hget(f"{p}:doc:{old_id}", "digest") == digest.encode()
            ):
                unchanged.append(doc.doc_id)
            else:
                if old_id is not None:
                    self._remove(old_id, writes, leaving)
                    replaced.append(doc.doc_id)
                else:
                    added.append(doc.doc_id)
                self._insert(doc, digest, writes, joining)
            if progress is not None:
                progress(done, len(documents))
        # new sentences and documents have new ids: leaving and joining sets commute
        for kind in ("band", "ngram"):
            self._sets(writes, kind, "SREM", leaving[kind])
            self._sets(writes, kind, "SADD", joining[kind])
        return Added(tuple(added), tuple(replaced), tuple(unchanged))

    def _clear(self, writes: _Transaction) -> None:
        """Queue the deletion of every key under the prefix but the id counters (ids already
        taken stay taken: one of an add running meanwhile is never given again)."""
        p = self._prefix
        kept = {f"{p}:next_doc".encode(), f"{p}:next_sentence".encode()}
        batch: list[bytes] = []
        for key in self._redis.scan_iter(match=f"{p}:*", count=1000):
            if key not in kept:
                batch.append(key)
            if len(batch) >= CLEAR_BATCH:
                writes.command("DEL", *batch)
                batch = []
        if batch:
            writes.command("DEL", *batch)

    @_served
    def leads(self, sigs: npt.NDArray[np.uint32]) -> list[Lead]:
        """As the SQLite index's: the indexed documents each probe signature shares a band key
        with, once per pair; keys held by more than ``candidates.MAX_BUCKET`` sentences are
        passed over, and never more than a bucket's worth is read."""
        if not len(sigs):
            return []
        largest = candidates_stage.MAX_BUCKET
        asked = probe_keys(sigs, self._bands, self._rows)
        found = self._redis.pipeline(transaction=False)
        for key in asked:
            found.srandmember(self._set("band", key), largest + 1)  # the whole set, if no larger
        held: dict[int, list[int]] = {}  # indexed sentence → probe sentences
        for locals_, members in zip(asked.values(), found.execute(), strict=True):
            if len(members) <= largest:
                for sentence in members:
                    held.setdefault(int(sentence), []).extend(locals_)
        sentences = sorted(held)
        docs = self._pipeline_get([f"{self._prefix}:sentence:{s}" for s in sentences], "doc")
        pairs = {
            (local, int(doc))
            for sentence, doc in zip(sentences, docs, strict=True)
            if doc is not None  # removed since its band set was read
            for local in held[sentence]
        }
        return [Lead(local, doc) for local, doc in sorted(pairs)]

    @_served
    def ngram_postings(self, keys: npt.NDArray[np.int64]) -> dict[int, list[int]]:
        """As the SQLite index's: for each key some indexed document holds, those documents'
        row ids, sorted; a key held by more than ``passages.MAX_NGRAM_COUNT`` is passed over."""
        largest = passage_stage.MAX_NGRAM_COUNT
        asked = keys.tolist()
        pipe = self._redis.pipeline(transaction=False)
        for key in asked:
            pipe.srandmember(self._set("ngram", key), largest + 1)  # the whole set, if no larger
        return {
            key: sorted(int(doc) for doc in docs)
            for key, docs in zip(asked, pipe.execute(), strict=True)
            if 0 < len(docs) <= largest
        }

    @_served
    def documents(self, ids: Sequence[int]) -> dict[int, Document]:
        wanted = sorted(set(ids))
        pipe = self._redis.pipeline(transaction=False)
        for row_id in wanted:
            pipe.hgetall(f"{self._prefix}:doc:{row_id}")
        found: dict[int, Document] = {}
        for row_id, fields in zip(wanted, pipe.execute(), strict=True):
            if fields:
                found[row_id] = _document(row_id, fields)
        return found

    @_served
    def document_ids(self, doc_ids: Sequence[str]) -> dict[str, int]:
        wanted = sorted(set(doc_ids))
        values = self._redis.hmget(f"{self._prefix}:doc_ids", wanted) if wanted else []
        return {d: int(v) for d, v in zip(wanted, values, strict=True) if v is not None}

    @_served
    def outlets(self) -> list[str]:
        return sorted(m.decode() for m in self._redis.smembers(f"{self._prefix}:outlets"))

    def with_words(self, tokens: Sequence[str]) -> list[int]:
        raise IndexFileError(f"{self.path}: looking up quotes needs a SQLite index")

    def _insert(self, doc: Document, digest: str, writes: _Transaction, joining: _Changes) -> None:
        p = self._prefix
        row_id = int(self._redis.incr(f"{p}:next_doc"))
        indexed = Indexed.of(doc, self.settings.min_tokens)
        sentences = indexed.sentences
        first = int(self._redis.incrby(f"{p}:next_sentence", len(sentences))) - len(sentences) + 1
        fields = {
            "doc_id": doc.doc_id,
            "path": doc.path,
            "encoding": doc.encoding,
            "body_start": doc.body_start,
            "outlet": doc.outlet or "",
            "published": doc.published.text if doc.published else "",
            "url": doc.url or "",
            "title": doc.title or "",
            "date_source": str(doc.date_source),
            "digest": digest,
            "text": zlib.compress(doc.text.encode("utf-8"), 6),
            "sentences": json.dumps([first, len(sentences)]),
        }
        writes.hset(f"{p}:doc:{row_id}", fields)
        writes.hset(f"{p}:doc_ids", {doc.doc_id: row_id})
        writes.command("INCRBY", f"{p}:sentence_count", len(sentences))
        if doc.outlet:
            writes.command("SADD", f"{p}:outlets", doc.outlet)
        joining["ngram"].append((indexed.ngrams, np.full(len(indexed.ngrams), row_id, np.int64)))
        if not sentences:
            return
        s = self.settings
        tokens = [x.tokens for x in sentences]
        sigs = signatures(tokens, s.shingle_size, s.num_perm, s.seed, s.permutations)
        for k, (sentence, sig) in enumerate(zip(sentences, sigs, strict=True)):
            writes.hset(
                f"{p}:sentence:{first + k}",
                {
                    "doc": row_id,
                    "start": sentence.start,
                    "end": sentence.end,
                    "signature": sig.tobytes(),
                },
            )
        ids = np.arange(first, first + len(sentences), dtype=np.int64)
        keys = stored_keys(sigs, self._bands, self._rows)
        joining["band"].append((keys.ravel(), np.repeat(ids, self._bands)))

    def _remove(self, row_id: int, writes: _Transaction, leaving: _Changes) -> None:
        """Delete a document with its sentences, and take them out of their band sets and it
        out of its n-gram sets (their keys recomputed from the stored signatures and text)."""
        p = self._prefix
        fields = self._redis.hgetall(f"{p}:doc:{row_id}")
        old = Indexed.of(_document(row_id, fields), self.settings.min_tokens).ngrams
        leaving["ngram"].append((old, np.full(len(old), row_id, np.int64)))
        first, count = json.loads(fields[b"sentences"])
        ids = list(range(first, first + count))
        stored = self._pipeline_get([f"{p}:sentence:{sid}" for sid in ids], "signature")
        kept = [(sid, sig) for sid, sig in zip(ids, stored, strict=True) if sig is not None]
        if kept:
            sigs = np.vstack([np.frombuffer(sig, dtype=np.uint32) for _, sig in kept])
            found = np.asarray([sid for sid, _ in kept], dtype=np.int64)
            keys = stored_keys(sigs, self._bands, self._rows)
            leaving["band"].append((keys.ravel(), np.repeat(found, self._bands)))
        for sid in ids:
            writes.command("DEL", f"{p}:sentence:{sid}")
        writes.command("INCRBY", f"{p}:sentence_count", -count)
        writes.command("DEL", f"{p}:doc:{row_id}")

    def _set(self, kind: str, key: int) -> str:
        """The Redis set of a band key's sentences (``band``) or an n-gram's documents."""
        return f"{self._prefix}:{kind}:{key & _KEY_MASK:016x}"

    def _sets(self, writes: _Transaction, kind: str, command: str, changed: Memberships) -> None:
        """``command`` (SADD or SREM) on each set of the kind, once with all of its members."""
        if not changed:
            return
        keys = np.concatenate([k for k, _ in changed])
        ids = np.concatenate([i for _, i in changed])
        if not len(keys):
            return
        order = np.argsort(keys, kind="stable")
        keys, ids = keys[order], ids[order]
        starts = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
        bounds = np.append(starts, len(keys))
        for first in range(0, len(starts), TRANSACTION_CHUNK):  # Python objects for a chunk only
            cut = bounds[first : first + TRANSACTION_CHUNK + 1]
            members = ids[cut[0] : cut[-1]].tolist()
            edges = (cut - cut[0]).tolist()
            for k, key in enumerate(keys[cut[:-1]].tolist()):
                writes.command(command, self._set(kind, key), *members[edges[k] : edges[k + 1]])

    def _pipeline_get(self, keys: Sequence[str], field: str) -> list[Any]:
        pipe = self._redis.pipeline(transaction=False)
        for key in keys:
            pipe.hget(key, field)
        return list(pipe.execute())

    @_served
    def _manifest(self, key: str) -> str:
        value = self._redis.hget(f"{self._prefix}:manifest", key)
        if value is None:
            raise IndexFileError(f"{self.path}: index manifest has no {key!r}")
        return str(value.decode())


class _Transaction:
    """The commands of one MULTI/EXEC transaction, sent to the server a chunk at a time as they
    are given (redis-py's pipeline would hold them all until EXEC: millions of band-set writes
    for a large add). The server applies none of them before EXEC."""

    def __init__(self, connection: Any) -> None:
        self._connection = connection
        self._waiting: list[tuple[Any, ...]] = [("MULTI",)]

    def command(self, *args: Any) -> None:
        self._waiting.append(args)
        if len(self._waiting) >= TRANSACTION_CHUNK:
            self._send()

    def hset(self, name: str, fields: Mapping[str, Any]) -> None:
        self.command("HSET", name, *(x for pair in fields.items() for x in pair))

    def commit(self) -> None:
        self._waiting.append(("EXEC",))
        replies = self._send()[-1]
        if replies is None:  # a watched key changed: the server applied nothing
            raise _ChangedMeanwhileError
        failed = [reply for reply in replies if isinstance(reply, Exception)]
        if failed:
            raise failed[0]

    def _send(self) -> list[Any]:
        """Send what is waiting; its replies (a command the server refuses raises here)."""
        sent, self._waiting = self._waiting, []
        connection = self._connection
        connection.send_packed_command(connection.pack_commands(sent))
        return [connection.read_response() for _ in sent]


class _ChangedMeanwhileError(Exception):
    """The server refused a transaction: a key it watched was changed by another client."""


@contextmanager
def _transaction(client: Any, watch: str) -> Iterator[_Transaction]:
    """A transaction on a connection of its own, committed when the block ends unless
    ``watch`` changed since it began (``_ChangedMeanwhileError``); on an error the connection
    is dropped, so the server discards what was queued."""
    pool = client.connection_pool
    try:
        connection = pool.get_connection()
    except TypeError:  # redis-py before 5.3 names the command a connection is for
        connection = pool.get_connection("MULTI")
    try:
        connection.send_command("WATCH", watch)  # before anything is read
        connection.read_response()
        writes = _Transaction(connection)
        yield writes
        writes.commit()
    except BaseException:
        connection.disconnect()
        raise
    finally:
        pool.release(connection)


def _connect(location: str) -> tuple[Any, str]:
    """A client and the key prefix for ``location``, checked: a prefix is a plain name (it
    is matched as a pattern when an index is rebuilt), the database a number."""
    try:
        import redis
    except ImportError:
        raise IndexFileError(
            f"{shown(location)}: a Redis index needs the redis extra: "
            "pip install 'news-provenance[redis]'"
        ) from None
    parts = urlsplit(location)
    query = parse_qs(parts.query, keep_blank_values=True)
    unknown = sorted(set(query) - {"prefix", "password"})
    if unknown:
        raise IndexFileError(
            f"{shown(location)}: unknown option {unknown[0]!r} (only prefix and password)"
        )
    password = query.get("password", [None])[0]
    prefix = query.get("prefix", [DEFAULT_PREFIX])[0]
    if not _PREFIX.fullmatch(prefix):
        raise IndexFileError(
            f"{shown(location)}: prefix {prefix!r} must be letters, digits, '_', '.' or '-'"
        )
    database = parts.path.strip("/")
    if parts.scheme in ("redis", "rediss") and database and not database.isdigit():
        raise IndexFileError(f"{shown(location)}: database {database!r} is not a number")
    try:
        extra = {"password": password} if password is not None else {}
        client = redis.Redis.from_url(location.split("?", 1)[0], **extra)
        client.ping()
    except redis.ResponseError as exc:
        if "out of range" in str(exc):  # SELECT of a database the server does not have
            raise IndexFileError(
                f"{shown(location)}: the Redis server has no database {database} "
                "(see its `databases` setting)"
            ) from None
        raise IndexFileError(f"{shown(location)}: cannot use the Redis server ({exc})") from None
    except (redis.RedisError, ValueError) as exc:
        raise IndexFileError(f"{shown(location)}: cannot use the Redis server ({exc})") from None
    return client, prefix


def shown(location: str) -> str:
    """The location with any password hidden (before the host, or ``?password=``), for
    messages and reports (CI logs are read)."""
    parts = urlsplit(location)
    netloc = parts.netloc
    if parts.password is not None:
        netloc = netloc.replace(f":{parts.password}@", ":***@", 1)
    query = _PASSWORD.sub(r"\1***", parts.query)
    if (netloc, query) == (parts.netloc, parts.query):
        return location
    return parts._replace(netloc=netloc, query=query).geturl()


def _document(row_id: int, fields: dict[bytes, bytes]) -> Document:
    text = {k.decode(): v for k, v in fields.items()}
    row = (
        row_id,
        text["doc_id"].decode(),
        text["path"].decode(),
        text["encoding"].decode(),
        int(text["body_start"]),
        text["outlet"].decode() or None,
        text["published"].decode() or None,
        text["url"].decode() or None,
        text["title"].decode() or None,
        text["date_source"].decode(),
        text["text"],
    )
    return document_from_row(row)
