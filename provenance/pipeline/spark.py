"""The Spark engine: the steps that scale with the corpus run on Apache Spark (the optional
``news-provenance[spark]`` extra), with the very same functions as on one machine.

- Loading and reading (segmentation, quotes, speakers, boilerplate patterns) run as Arrow
  batches (``mapInArrow``) of files and then of documents, calling ``load.read_file`` and the
  pipeline's reader.
- Sketching runs as Arrow batches (the same kernel), each sentence giving one row per LSH band
  with its band key (``bands.band_key``, as everywhere else); candidates are a Spark SQL
  self-join on the key, buckets over ``MAX_BUCKET`` skipped and counted as ``find_candidates``
  does.
- Verification runs per partition of candidate pairs (the same ``verify``).
- The rest (boilerplate, fragments, clustering, attribution) runs on the driver: its input is
  the verified matches, a small edge list. Reports are written by the same code.

Results cross between the driver and the executors as JSON text (records are rebuilt exactly,
tuples as tuples), never pickled; record files (JSONL, CSV, Parquet) are streamed on the
driver.
"""

from __future__ import annotations

import json
import os
import re
import socket
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urlsplit

import numpy as np
import numpy.typing as npt

from provenance.errors import InputError, ProvenanceError
from provenance.inputs.dumps import Fields
from provenance.inputs.load import (
    MANIFEST_NAME,
    LoadResult,
    ManifestEntry,
    file_item_from_json,
    file_item_json,
    load_listed,
    read_file,
    read_manifest,
    wanted_file,
)
from provenance.matching import candidates as candidates_stage
from provenance.matching.bands import band_keys
from provenance.matching.candidates import Candidates
from provenance.matching.fragments import Fragment
from provenance.matching.passages import word_hashes
from provenance.matching.sketch import ShingleHashes, shingle_hashes, signatures
from provenance.matching.verify import verify
from provenance.model import (
    Document,
    Match,
    Notice,
    Quote,
    QuoteKind,
    Sentence,
    Skipped,
    Speaker,
    document_from_json,
    document_json,
)
from provenance.pipeline.steps import Read
from provenance.settings import Settings
from provenance.text.boilerplate import End

DEFAULT_MASTER = "local[*]"
MASTER_TIMEOUT = 5.0  # seconds a standalone master has to accept a connection
_MASTER = re.compile(r"local(\[(\d+|\*)(,\s*\d+)?\])?$|spark://|yarn$|k8s://|mesos://")


class SparkUnavailableError(ProvenanceError):
    """pyspark, pyarrow or Java is missing, or the session cannot start."""


def spark_session(master: str = DEFAULT_MASTER) -> Any:
    """A Spark session on ``master``, its Python workers this interpreter; a local master
    listens on loopback only."""
    if not _MASTER.match(master):
        raise SparkUnavailableError(
            f"{master}: not a Spark master URL (local, local[N], local[*], spark://HOST:PORT, "
            "yarn, k8s://…)"
        )
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise SparkUnavailableError(
            "the Spark engine needs the spark extra: pip install 'news-provenance[spark]'"
        ) from None
    _check_reachable(master)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    # the driver JVM logs errors only (its default prints a profile notice and warnings)
    logging = resources.files("provenance") / "resources" / "spark-log4j2.properties"
    os.environ.setdefault(
        "PYSPARK_SUBMIT_ARGS",
        f"--driver-java-options -Dlog4j2.configurationFile=file:{logging} pyspark-shell",
    )
    builder = SparkSession.builder.master(master).appName("provenance")
    if master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        builder = builder.config("spark.driver.host", "127.0.0.1").config(
            "spark.driver.bindAddress", "127.0.0.1"
        )
    try:
        session = (
            builder.config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .getOrCreate()
        )
    except Exception as exc:  # the JVM's own failures surface as many kinds
        first = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else type(exc).__name__
        raise SparkUnavailableError(f"{master}: cannot start Spark ({first})") from None
    if session.sparkContext.master != master:  # getOrCreate gave this process's running one
        raise SparkUnavailableError(
            f"{master}: this process already runs a Spark session on "
            f"{session.sparkContext.master}; stop it first"
        )
    session.sparkContext.setLogLevel("ERROR")
    return session


def _check_reachable(master: str) -> None:
    """A standalone master (``spark://HOST:PORT[,HOST:PORT…]``) must answer before a JVM is
    started for it: otherwise the driver retries for about a minute, printing Java stack
    traces, before it gives up."""
    if not master.startswith("spark://"):
        return
    hosts = [h for h in master.removeprefix("spark://").split(",") if h]
    for host in hosts:
        name, _, port = host.rpartition(":")
        try:
            with socket.create_connection((name.strip("[]"), int(port)), timeout=MASTER_TIMEOUT):
                return
        except (OSError, ValueError):
            continue
    raise SparkUnavailableError(
        f"{master}: no Spark master answers there (tried for {MASTER_TIMEOUT:g} s per address)"
    )


@dataclass
class SparkEngine:
    """Runs reading, sketching, candidates and verification on ``session``."""

    name: ClassVar[str] = "spark"

    session: Any
    partitions: int = 0  # 0: Spark's default parallelism

    def read_files(self, items: Sequence[Any], cost: float = 1.0) -> list[Any]:
        """``load.read_file`` over files (the loader's file reader), results in order."""
        del cost
        if items and isinstance(items[0].path, str):  # listed by Spark: read by Spark too
            return self._map_uris(items)
        rows = [(k, json.dumps(file_item_json(item))) for k, item in enumerate(items)]
        found = self._run(rows, "k long, item string", _read_files, "k long, result string")
        return [_read_result(json.loads(text)) for _, text in found]

    def _map_uris(self, items: Sequence[Any]) -> list[Any]:
        """``read_file`` over files only Spark can reach: their bytes come from its binary
        file source, and each is read from a temporary copy on the executor."""
        wanted = {urlsplit(i.path).path: (k, file_item_json(i)) for k, i in enumerate(items)}
        frame = self.session.read.format("binaryFile").load([i.path for i in items])
        found = (
            frame.select("path", "content")
            .repartition(self._parallelism())
            .mapInArrow(partial(_read_copies, wanted), "k long, result string")
            .collect()
        )
        ordered = sorted(((row["k"], row["result"]) for row in found), key=lambda kv: kv[0])
        return [_read_result(json.loads(text)) for _, text in ordered]

    def load_uri(self, uri: str, fields: Fields | None = None) -> LoadResult:
        """The articles under ``uri``, any Hadoop-compatible location Spark can read
        (``hdfs://``, ``s3a://``, ``file://``…), listed and read by Spark's binary file
        source, with the same rules as a local folder."""
        listing = self.session.read.format("binaryFile").option("recursiveFileLookup", "true")
        try:
            paths = [row["path"] for row in listing.load(uri).select("path").collect()]
        except Exception as exc:  # Spark reports a missing or unreadable location its own way
            raise InputError(f"{uri}: cannot list it ({str(exc).splitlines()[0]})") from None
        root = urlsplit(uri).path.rstrip("/")
        relative = {p: urlsplit(p).path[len(root) :].lstrip("/") for p in paths}
        names = set(relative.values())
        reports = {
            r.rpartition("/")[0]
            for r in names
            if r.endswith("/run.json") and f"{r.rpartition('/')[0]}/documents.csv" in names
        }
        manifest: dict[str, ManifestEntry] = {}
        if MANIFEST_NAME in names:
            manifest_uri = next(p for p, r in relative.items() if r == MANIFEST_NAME)
            manifest = self._manifest(manifest_uri)
        found = sorted(
            ((p, r) for p, r in relative.items() if wanted_file(r, reports)), key=lambda f: f[1]
        )
        return load_listed(
            uri, found, manifest, read_files=self.read_files, fields=fields, records_here=False
        )

    def _manifest(self, location: str) -> dict[str, ManifestEntry]:
        (row,) = self.session.read.format("binaryFile").load(location).select("content").collect()
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / MANIFEST_NAME
            path.write_bytes(bytes(row["content"]))
            return read_manifest(path)

    def read(
        self, reader: Callable[[tuple[int, Document]], Read], docs: Sequence[Document]
    ) -> list[Read]:
        rows = [(i, json.dumps(document_json(doc))) for i, doc in enumerate(docs)]
        found = self._run(
            rows, "k long, doc string", partial(_read_documents, reader), "k long, result string"
        )
        return [_read_from_json(k, json.loads(text)) for k, text in found]

    def sketch(self, token_lists: Sequence[tuple[str, ...]], settings: Settings) -> Any:
        return token_lists  # sketched on the executors, with the candidates

    def shingle_hashes(
        self, token_lists: Sequence[tuple[str, ...]], settings: Settings
    ) -> ShingleHashes:
        return shingle_hashes(token_lists, settings.shingle_size)

    def candidates(
        self, token_lists: Sequence[tuple[str, ...]], owners: Sequence[int], settings: Settings
    ) -> Candidates:
        bands, rows = settings.bands_rows
        data = [(r, owners[r], list(tokens)) for r, tokens in enumerate(token_lists)]
        frame = self.session.createDataFrame(data, "r long, owner long, tokens array<string>")
        keyed = frame.repartition(self._parallelism()).mapInArrow(
            partial(
                _band_rows, settings.shingle_size, settings.num_perm, settings.seed, bands, rows
            ),
            "key long, r long, owner long",
        )
        keyed.createOrReplaceTempView("provenance_band_keys")
        # keys of different bands differ (``band_key``): one join on the key is every band's
        largest = candidates_stage.MAX_BUCKET
        sized = "SELECT key, count(*) AS n FROM provenance_band_keys GROUP BY key"
        kept = (
            f"SELECT k.* FROM provenance_band_keys k JOIN ({sized}) s ON k.key = s.key "
            f"WHERE s.n BETWEEN 2 AND {largest}"
        )
        pairs = self.session.sql(
            f"SELECT DISTINCT x.r AS i, y.r AS j FROM ({kept}) x JOIN ({kept}) y "
            "ON x.key = y.key AND x.r < y.r AND x.owner <> y.owner"
        ).collect()
        oversized = self.session.sql(
            f"SELECT count(*) AS n FROM ({sized}) WHERE n > {largest}"
        ).collect()[0]["n"]
        return Candidates(sorted((row["i"], row["j"]) for row in pairs), int(oversized))

    def verify(
        self, pairs: npt.NDArray[np.int64], sentences: Sequence[Sentence], settings: Settings
    ) -> tuple[list[Match], int]:
        rows = [
            (k, a, b, list(sentences[a].tokens), list(sentences[b].tokens))
            for k, (a, b) in enumerate(pairs.tolist())
        ]
        if not rows:
            return [], 0
        found = self._run(
            rows,
            "k long, a long, b long, ta array<string>, tb array<string>",
            partial(_verify_pairs, settings.verify_threshold, settings.verify_containment),
            "k long, result string",
        )
        matches: list[Match] = []
        for _, text in found:
            kept = json.loads(text)
            if kept is not None:
                a, b, score, a_words, b_words = kept
                matches.append(Match(a, b, score, tuple(a_words), tuple(b_words)))
        return matches, len(pairs) - len(matches)

    def _run(
        self, rows: list[tuple[Any, ...]], schema: str, function: Any, out_schema: str
    ) -> list[tuple[int, str]]:
        """``function`` over ``rows`` in Arrow batches on the executors; results by ``k``."""
        if not rows:
            return []
        frame = self.session.createDataFrame(rows, schema).repartition(self._parallelism())
        found = frame.mapInArrow(function, out_schema).collect()
        return sorted(((row["k"], row["result"]) for row in found), key=lambda kv: kv[0])

    def _parallelism(self) -> int:
        return self.partitions or max(2, self.session.sparkContext.defaultParallelism * 2)


# What the executors run: module-level functions, so Spark ships them by reference.


def _read_files(batches: Iterable[Any]) -> Iterator[Any]:
    import pyarrow as pa

    for batch in batches:
        keys, items = batch.column("k").to_pylist(), batch.column("item").to_pylist()
        results = [
            json.dumps(_read_result_json(read_file(file_item_from_json(json.loads(i)))))
            for i in items
        ]
        yield pa.RecordBatch.from_pydict({"k": keys, "result": results})


def _read_copies(
    wanted: dict[str, tuple[int, dict[str, Any]]], batches: Iterable[Any]
) -> Iterator[Any]:
    import pyarrow as pa

    for batch in batches:
        keys, results = [], []
        for path, content in zip(
            batch.column("path").to_pylist(), batch.column("content").to_pylist(), strict=True
        ):
            k, found = wanted[urlsplit(path).path]
            with tempfile.TemporaryDirectory() as folder:
                copy = Path(folder) / Path(found["relative"]).name
                copy.write_bytes(content)
                item = file_item_from_json({**found, "path": str(copy)})
                keys.append(k)
                results.append(json.dumps(_read_result_json(read_file(item))))
        yield pa.RecordBatch.from_pydict({"k": keys, "result": results})


def _read_documents(
    reader: Callable[[tuple[int, Document]], Read], batches: Iterable[Any]
) -> Iterator[Any]:
    import pyarrow as pa

    for batch in batches:
        keys, docs = batch.column("k").to_pylist(), batch.column("doc").to_pylist()
        results = [
            json.dumps(_read_json(reader((k, document_from_json(json.loads(d))))))
            for k, d in zip(keys, docs, strict=True)
        ]
        yield pa.RecordBatch.from_pydict({"k": keys, "result": results})


def _band_rows(
    shingle_size: int, num_perm: int, seed: int, bands: int, rows: int, batches: Iterable[Any]
) -> Iterator[Any]:
    import numpy as np
    import pyarrow as pa

    for batch in batches:
        tokens = [tuple(t) for t in batch.column("tokens").to_pylist()]
        if not tokens:
            continue
        sigs = signatures(tokens, shingle_size, num_perm, seed)
        columns = {  # a key as Spark's long: the same 64 bits
            "key": band_keys(sigs, bands, rows).view(np.int64).ravel(),
            "r": np.repeat(np.asarray(batch.column("r").to_pylist(), dtype=np.int64), bands),
            "owner": np.repeat(
                np.asarray(batch.column("owner").to_pylist(), dtype=np.int64), bands
            ),
        }
        yield pa.RecordBatch.from_pydict(columns)


def _verify_pairs(threshold: float, containment: float, batches: Iterable[Any]) -> Iterator[Any]:
    import pyarrow as pa

    for batch in batches:
        keys = batch.column("k").to_pylist()
        a_ids, b_ids = batch.column("a").to_pylist(), batch.column("b").to_pylist()
        a_tokens, b_tokens = batch.column("ta").to_pylist(), batch.column("tb").to_pylist()
        # the batch's sentences numbered from 0, as ``verify`` takes them (a list, indexed
        # by the pairs' numbers), and its matches read back by the sentences' run numbers
        place: dict[int, int] = {}
        sentences: list[Sentence] = []
        for sid, tokens in (*zip(a_ids, a_tokens, strict=True), *zip(b_ids, b_tokens, strict=True)):
            if sid not in place:
                place[sid] = len(sentences)
                sentences.append(Sentence(0, 0, 0, 0, 0, tuple(tokens)))
        pairs = list(zip(a_ids, b_ids, strict=True))
        numbered = [(place[a], place[b]) for a, b in pairs]
        kept, _ = verify(numbered, sentences, threshold, containment)
        by_pair = {(m.a, m.b): m for m in kept}
        results = []
        for pair, (a, b) in zip(pairs, numbered, strict=True):
            m = by_pair.get((a, b))
            results.append(
                json.dumps(None if m is None else [*pair, m.score, m.a_words, m.b_words])
            )
        yield pa.RecordBatch.from_pydict({"k": keys, "result": results})


# JSON forms of the records that cross: every field, tuples rebuilt as tuples.


def _read_result_json(read: tuple[list[Document], list[Skipped], list[Notice]]) -> dict[str, Any]:
    documents, skipped, notices = read
    return {
        "documents": [document_json(d) for d in documents],
        "skipped": [[s.path, s.reason, s.record] for s in skipped],
        "notices": [[n.path, n.message] for n in notices],
    }


def _read_result(found: dict[str, Any]) -> tuple[list[Document], list[Skipped], list[Notice]]:
    return (
        [document_from_json(d) for d in found["documents"]],
        [Skipped(*s) for s in found["skipped"]],
        [Notice(*n) for n in found["notices"]],
    )


def _read_json(read: Read) -> dict[str, Any]:
    sentences, quotes, boilerplate, pleas, quoted, _ = read  # word hashes: made again here
    return {
        "sentences": [[s.position, s.paragraph, s.start, s.end, s.tokens] for s in sentences],
        "quotes": [
            [q.quote_id, q.parts, None if q.speaker is None else q.speaker.__dict__, q.kind]
            for q in quotes
        ],
        "boilerplate": boilerplate,
        "pleas": [[s, e, int(end)] for s, e, end in pleas],
        "quoted": [[k, f.tokens, f.token_starts, f.token_ends] for k, f in quoted],
    }


def _read_from_json(doc: int, found: dict[str, Any]) -> Read:
    sentences = [
        Sentence(doc, position, paragraph, start, end, tuple(tokens))
        for position, paragraph, start, end, tokens in found["sentences"]
    ]
    quotes = [
        Quote(
            quote_id,
            doc,
            tuple((s, e) for s, e in parts),
            None if speaker is None else Speaker(**speaker),
            QuoteKind(kind),
        )
        for quote_id, parts, speaker, kind in found["quotes"]
    ]
    boilerplate = [(s, e) for s, e in found["boilerplate"]]
    pleas = [(s, e, End(end)) for s, e, end in found["pleas"]]
    quoted = [
        (k, Fragment(doc, tuple(tokens), tuple(starts), tuple(ends)))
        for k, tokens, starts, ends in found["quoted"]
    ]
    return sentences, quotes, boilerplate, pleas, quoted, word_hashes(sentences)
