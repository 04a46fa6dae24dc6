"""A shared index on a Redis server, for ``check`` on many CI runners at once.

The same contents and rules as the SQLite index (``provenance.index.sqlite``): a manifest with the
schema version, the sketch settings and their fingerprint (other settings are refused), each
document's metadata and zlib text, each matchable sentence's offsets and signature. The LSH
band tables are datasketch's ``MinHashLSH`` on its Redis storage, keys stored as bytes
(``prepickle=False``: nothing is pickled). Everything lives under one key prefix
(``provenance:`` by default; ``?prefix=NAME`` in the URL chooses another).

Writes: an ``add`` puts its band keys first, then every other key in one MULTI/EXEC
transaction, so a crash leaves either the whole add or band keys that point at sentences no
lookup can find, which ``leads`` passes over. Word search (``quote``) needs the SQLite index.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import numpy as np
import numpy.typing as npt

from provenance.index.sqlite import (
    MAX_BUCKET,
    Added,
    IndexFileError,
    Lead,
    ManifestIndex,
    digest_of,
    document_from_row,
    matchable_sentences,
    new_manifest,
    settings_for,
)
from provenance.matching.sketch import signatures
from provenance.model import Document
from provenance.settings import MINHASH_SCHEME, Settings

DEFAULT_PREFIX = "provenance"
_PREFIX = re.compile(r"[A-Za-z0-9_.-]+")


def is_redis(location: str) -> bool:
    return location.startswith(("redis://", "rediss://", "unix://"))


class RedisIndex(ManifestIndex):
    """An index on a Redis server. Use ``create`` or ``open``; close it when done."""

    def __init__(self, location: str, client: Any, prefix: str, settings: Settings) -> None:
        self.path = shown(location)  # what the user named, password hidden
        self._redis = client
        self._prefix = prefix
        self.settings = settings
        self._lsh = _lsh(client, prefix, settings)

    @classmethod
    def create(cls, location: str, settings: Settings, root: Path) -> RedisIndex:
        """A new empty index at ``location``, replacing whatever was under its prefix."""
        client, prefix = _connect(location)
        held = next(iter(client.scan_iter(match=f"{prefix}:*", count=1000)), None)
        if held is not None and not client.exists(f"{prefix}:manifest"):
            raise IndexFileError(
                f"{shown(location)}: prefix {prefix!r} holds keys that are not a provenance "
                "index; not replacing them"
            )
        for key in client.scan_iter(match=f"{prefix}:*", count=1000):
            client.delete(key)
        client.hset(f"{prefix}:manifest", mapping=new_manifest(settings, root))
        return cls(location, client, prefix, settings)

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

    def _sizes(self) -> tuple[int, int, int | None]:
        documents = int(self._redis.hlen(f"{self._prefix}:doc_ids"))
        sentences = int(self._redis.get(f"{self._prefix}:sentence_count") or 0)
        return documents, sentences, None  # the server's memory is not measured per index

    def add(
        self, documents: Sequence[Document], progress: Callable[[int, int], None] | None = None
    ) -> Added:
        added: list[str] = []
        replaced: list[str] = []
        unchanged: list[str] = []
        p = self._prefix
        writes = self._redis.pipeline(transaction=True)
        for done, doc in enumerate(documents, 1):
            digest = digest_of(doc)
            old = self._redis.hget(f"{p}:doc_ids", doc.doc_id)
            old_id = int(old) if old is not None else None
            if (
                old_id is not None
                and self._redis.hget(f"{p}:doc:{old_id}", "digest") == digest.encode()
            ):
                unchanged.append(doc.doc_id)
            else:
                if old_id is not None:
                    self._remove(old_id, writes)
                    replaced.append(doc.doc_id)
                else:
                    added.append(doc.doc_id)
                self._insert(doc, digest, writes)
            if progress is not None:
                progress(done, len(documents))
        writes.execute()
        return Added(tuple(added), tuple(replaced), tuple(unchanged))

    def leads(self, sigs: npt.NDArray[np.uint32]) -> list[Lead]:
        pairs: set[tuple[int, int]] = set()
        s = self.settings
        for local, sig in enumerate(sigs):
            found = self._lsh.query(_minhash(sig, s))
            if len(found) > MAX_BUCKET * self._lsh.b:
                continue  # a stock phrase: not a lead
            keys = [f"{self._prefix}:sentence:{int(k)}" for k in found]
            docs = self._pipeline_get(keys, "doc")
            pairs.update((local, int(doc)) for doc in docs if doc is not None)
        return [Lead(local, doc) for local, doc in sorted(pairs)]

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

    def document_ids(self, doc_ids: Sequence[str]) -> dict[str, int]:
        wanted = sorted(set(doc_ids))
        values = self._redis.hmget(f"{self._prefix}:doc_ids", wanted) if wanted else []
        return {d: int(v) for d, v in zip(wanted, values, strict=True) if v is not None}

    def outlets(self) -> list[str]:
        return sorted(m.decode() for m in self._redis.smembers(f"{self._prefix}:outlets"))

    def with_words(self, tokens: Sequence[str]) -> list[int]:
        raise IndexFileError(f"{self.path}: looking up quotes needs a SQLite index")

    def _insert(self, doc: Document, digest: str, writes: Any) -> None:
        p = self._prefix
        row_id = int(self._redis.incr(f"{p}:next_doc"))
        sentences = matchable_sentences(doc, self.settings.min_tokens)
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
        writes.hset(f"{p}:doc:{row_id}", mapping=fields)
        writes.hset(f"{p}:doc_ids", doc.doc_id, row_id)
        writes.incrby(f"{p}:sentence_count", len(sentences))
        if doc.outlet:
            writes.sadd(f"{p}:outlets", doc.outlet)
        if not sentences:
            return
        s = self.settings
        sigs = signatures([x.tokens for x in sentences], s.shingle_size, s.num_perm, s.seed)
        with self._lsh.insertion_session() as session:
            for k, (sentence, sig) in enumerate(zip(sentences, sigs, strict=True)):
                writes.hset(
                    f"{p}:sentence:{first + k}",
                    mapping={
                        "doc": row_id,
                        "start": sentence.start,
                        "end": sentence.end,
                        "signature": sig.tobytes(),
                    },
                )
                session.insert(str(first + k).encode(), _minhash(sig, s), check_duplication=False)

    def _remove(self, row_id: int, writes: Any) -> None:
        p = self._prefix
        fields = self._redis.hgetall(f"{p}:doc:{row_id}")
        first, count = json.loads(fields[b"sentences"])
        for sid in range(first, first + count):
            key = str(sid).encode()
            if key in self._lsh:
                self._lsh.remove(key)
            writes.delete(f"{p}:sentence:{sid}")
        writes.incrby(f"{p}:sentence_count", -count)
        writes.delete(f"{p}:doc:{row_id}")

    def _pipeline_get(self, keys: Sequence[str], field: str) -> list[Any]:
        pipe = self._redis.pipeline(transaction=False)
        for key in keys:
            pipe.hget(key, field)
        return list(pipe.execute())

    def _manifest(self, key: str) -> str:
        value = self._redis.hget(f"{self._prefix}:manifest", key)
        if value is None:
            raise IndexFileError(f"{self.path}: index manifest has no {key!r}")
        return str(value.decode())


def _connect(location: str) -> tuple[Any, str]:
    """A client and the key prefix for ``location``, checked: a prefix is a plain name (it
    is matched as a pattern when an index is rebuilt), the database a number."""
    try:
        import redis
    except ImportError:
        raise IndexFileError(
            f"{shown(location)}: a Redis index needs the redis extra: "
            "pip install 'provenance[redis]'"
        ) from None
    parts = urlsplit(location)
    query = parse_qs(parts.query, keep_blank_values=True)
    unknown = sorted(set(query) - {"prefix"})
    if unknown:
        raise IndexFileError(f"{shown(location)}: unknown option {unknown[0]!r} (only prefix)")
    prefix = query.get("prefix", [DEFAULT_PREFIX])[0]
    if not _PREFIX.fullmatch(prefix):
        raise IndexFileError(
            f"{shown(location)}: prefix {prefix!r} must be letters, digits, '_', '.' or '-'"
        )
    database = parts.path.strip("/")
    if parts.scheme in ("redis", "rediss") and database and not database.isdigit():
        raise IndexFileError(f"{shown(location)}: database {database!r} is not a number")
    try:
        client = redis.Redis.from_url(location.split("?", 1)[0])
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
    """The location with any password hidden, for messages and reports (CI logs are read)."""
    parts = urlsplit(location)
    if parts.password is None:
        return location
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return parts._replace(netloc=netloc).geturl()


def _lsh(client: Any, prefix: str, settings: Settings) -> Any:
    from datasketch import MinHashLSH

    kwargs = client.connection_pool.connection_kwargs
    config = {
        "type": "redis",
        "basename": f"{prefix}:lsh".encode(),
        "redis": {
            k: kwargs[k]
            for k in ("host", "port", "db", "path", "username", "password")
            if kwargs.get(k) is not None
        },
    }
    bands, rows = settings.bands_rows
    return MinHashLSH(
        num_perm=settings.num_perm,
        params=(bands, rows),
        storage_config=config,
        prepickle=False,
    )


def _minhash(signature: npt.NDArray[np.uint32], settings: Settings) -> Any:
    """Our signature as datasketch's MinHash, for its LSH (the same values: the kernel is
    bit-identical to datasketch's affine32 scheme)."""
    from datasketch import MinHash

    values = signature.astype(np.uint64)
    return MinHash(
        num_perm=settings.num_perm, seed=settings.seed, hashvalues=values, scheme=MINHASH_SCHEME
    )


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
