"""The SQLite index: what it stores, idempotent adds, refusals, crash safety, quote lookup."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from provenance.checking.quote_lookup import find_quote
from provenance.index.base import SCHEMA_VERSION, IndexFileError
from provenance.index.sqlite import Index, build
from provenance.inputs.load import load_corpus, load_paths
from provenance.matching.sketch import signatures
from provenance.model import Document
from provenance.settings import Settings
from provenance.text.normalise import words
from provenance.text.segment import segment_document
from tests.conftest import ROOT, run_cli, write_files

ARCHIVE = ROOT / "fixtures" / "check" / "archive"
DEFAULTS = Settings()


@pytest.fixture
def index_path(tmp_path: Path) -> Path:
    path = tmp_path / "archive.db"
    build(path, load_corpus(ARCHIVE).documents, DEFAULTS, ARCHIVE)
    return path


def snapshot(path: Path) -> list[tuple[object, ...]]:
    """Every row of every table, in a stable order."""
    with sqlite3.connect(path) as db:
        tables = [
            name
            for (name,) in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'words%' "
                "ORDER BY name"
            )
        ]
        return [(t, *row) for t in tables for row in db.execute(f"SELECT * FROM {t} ORDER BY 1")]


def test_build_stores_documents_with_their_metadata_and_text(index_path: Path) -> None:
    with Index.open(index_path, DEFAULTS) as index:
        info = index.info()
        assert (info.documents, info.schema_version) == (3, SCHEMA_VERSION)
        assert info.root == str(ARCHIVE)
        ids = index.document_ids(["gazette/library-reopens", "absent"])
        assert list(ids) == ["gazette/library-reopens"]
        doc = index.documents(list(ids.values()))[ids["gazette/library-reopens"]]
    original = load_corpus(ARCHIVE).documents
    assert doc == next(d for d in original if d.doc_id == "gazette/library-reopens")


def test_add_is_idempotent_and_replaces_changed_content(index_path: Path, tmp_path: Path) -> None:
    before = snapshot(index_path)
    with Index.open(index_path, DEFAULTS, write=True) as index:
        again = index.add(load_corpus(ARCHIVE).documents)
    assert (again.added, again.replaced) == ((), ())
    assert len(again.unchanged) == 3
    assert snapshot(index_path) == before
    edited = write_files(
        tmp_path / "edited",
        {"gazette/library-reopens.txt": "The library reopened on Wednesday after the flood.\n"},
    )
    with Index.open(index_path, DEFAULTS, write=True) as index:
        changed = index.add(load_paths([edited], edited).documents)
        assert changed.replaced == ("gazette/library-reopens",)
        assert index.info().documents == 3
        # the old text's words and band keys went with it
        assert index.with_words(["twenty", "thousand", "books"]) == []
        assert index.with_words(["reopened", "on", "wednesday"]) != []
    with sqlite3.connect(index_path) as db:
        (orphans,) = db.execute(
            "SELECT count(*) FROM bands WHERE sentence NOT IN (SELECT id FROM sentences)"
        ).fetchone()
    assert orphans == 0


def test_refusals_name_the_problem(index_path: Path, tmp_path: Path) -> None:
    with pytest.raises(IndexFileError, match="no such index"):
        Index.open(tmp_path / "missing.db")
    with pytest.raises(IndexFileError, match=r"index built with other settings.*seed 1 in the"):
        Index.open(index_path, DEFAULTS.replace(seed=7))
    with sqlite3.connect(index_path) as db:
        db.execute("UPDATE manifest SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(IndexFileError, match="schema version 99"):
        Index.open(index_path)


@pytest.mark.parametrize("old", [1, 2])
def test_an_index_of_an_older_schema_is_refused(index_path: Path, old: int) -> None:
    """Schema 1 stored band keys of another mix, schema 2 no word n-grams: their leads would
    miss, so they are rebuilt."""
    with sqlite3.connect(index_path) as db:
        db.execute("UPDATE manifest SET value = ? WHERE key = 'schema_version'", (str(old),))
    message = f"schema version {old}, this provenance reads version {SCHEMA_VERSION}; rebuild it"
    with pytest.raises(IndexFileError, match=message):
        Index.open(index_path)
    result = run_cli("check", ROOT / "fixtures" / "check" / "incoming", "--index", index_path)
    assert result.exit_code != 0 and message in result.stderr


def test_thresholds_that_do_not_change_sketches_are_free_to_differ(index_path: Path) -> None:
    changed = DEFAULTS.replace(verify_threshold=90.0, syndication_threshold=0.3)
    with Index.open(index_path, changed) as index:
        assert index.settings == changed  # (read with what the index recorded of its sketches)
        assert index.settings.recorded_sketching is not None


def test_an_index_is_read_with_the_sketching_it_recorded(index_path: Path) -> None:
    """The manifest records datasketch's permutations beside the bands and rows; an index is
    opened with them (what its sketches were made with), and opening it, probing it and
    checking against it then import no datasketch (scipy's import was most of a small
    check)."""
    with Index.open(index_path) as index:
        recorded = index.settings.recorded_sketching
        assert recorded is not None and recorded.permutations is not None
        assert (recorded.bands, recorded.rows) == DEFAULTS.bands_rows
        assert recorded.permutations == DEFAULTS.permutations  # datasketch's, as built
    incoming = ROOT / "fixtures" / "check" / "incoming"
    probe = textwrap.dedent(
        f"""
        import sys
        from provenance.cli import app
        from typer.testing import CliRunner
        result = CliRunner().invoke(app, ["check", {str(incoming)!r}, "--index",
                                          {str(index_path)!r}, "--format", "json"])
        assert result.exit_code == 1, result.output
        print(sorted(m for m in sys.modules if m.split(".")[0] in ("datasketch", "scipy")))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.strip() == "[]", done.stderr


def test_an_index_made_before_permutations_were_recorded_reads_alike(
    index_path: Path, tmp_path: Path
) -> None:
    incoming = ROOT / "fixtures" / "check" / "incoming"
    before = run_cli("check", incoming, "--index", index_path, "--format", "json")
    with sqlite3.connect(index_path) as db:
        db.execute("DELETE FROM manifest WHERE key = 'permutations'")
    with Index.open(index_path) as index:
        recorded = index.settings.recorded_sketching
        assert recorded is not None and recorded.permutations is None  # datasketch's then
    after = run_cli("check", incoming, "--index", index_path, "--format", "json")
    assert (
        (before.exit_code, before.stdout)
        == (after.exit_code, after.stdout)
        == (
            1,
            before.stdout,
        )
    )


@pytest.mark.parametrize(
    "value",
    ["not json", '{"a": [1, 3]}', json.dumps({"a": [2] * 128, "b": [0] * 128})],
)
def test_bad_recorded_permutations_are_refused(index_path: Path, value: str) -> None:
    with sqlite3.connect(index_path) as db:
        db.execute("UPDATE manifest SET value = ? WHERE key = 'permutations'", (value,))
    with pytest.raises(IndexFileError, match="bad permutations in the manifest"):
        Index.open(index_path)
    result = run_cli("check", ROOT / "fixtures" / "check" / "incoming", "--index", index_path)
    assert result.exit_code == 2 and f"{index_path}: bad permutations" in result.stderr


def test_a_patch_release_reads_the_index(index_path: Path) -> None:
    with sqlite3.connect(index_path) as db:
        db.execute("UPDATE manifest SET value = '0.1.99' WHERE key = 'written_by'")
    with Index.open(index_path, DEFAULTS) as index:
        assert index.info().written_by == "0.1.99"


def test_leads_find_the_copied_document(index_path: Path) -> None:
    copy = (ROOT / "fixtures" / "check" / "incoming" / "library-copy.txt").read_text("utf-8")
    first = words(copy, 0, copy.index("\n"))  # its first sentence, as segmentation gives it
    with Index.open(index_path, DEFAULTS) as index:
        sigs = signatures([first, first], 3, 128, 1)
        leads = index.leads(sigs)
        docs = index.documents([lead.doc for lead in leads])
    assert {d.doc_id for d in docs.values()} == {"gazette/library-reopens"}


def ngram_leads(location: str | Path, text: str) -> set[str]:
    """The indexed documents holding one of the word n-grams of ``text``."""
    from provenance.index import open_index
    from provenance.index.base import ngram_keys

    probe = Document(doc_id="probe", path="probe.txt", text=text, encoding="utf-8", body_start=0)
    with open_index(str(location), DEFAULTS) as index:
        postings = index.ngram_postings(ngram_keys(segment_document(probe, 0)))
        docs = index.documents(sorted({doc for found in postings.values() for doc in found}))
    return {doc.doc_id for doc in docs.values()}


@pytest.mark.parametrize("backend", ["sqlite", "redis"])
def test_any_run_of_ngram_words_leads_to_its_document(backend: str, tmp_path: Path) -> None:
    """Five words in a row, in a sentence of other words and across a sentence break, lead to
    the indexed document that prints them, however little else the texts share; a replaced
    document's n-grams go with it; a run printed by more documents than
    ``passages.MAX_NGRAM_COUNT`` leads nowhere."""
    from provenance.index import build_index, open_index
    from tests.conftest import drop_redis_prefix, redis_location

    location = str(tmp_path / "archive.db") if backend == "sqlite" else redis_location()
    stock = "In other news, the council met today. "
    common = {f"town/{k:03d}.txt": f"{stock}Story {k} about a bus.\n" for k in range(101)}
    archive = write_files(tmp_path / "archive", common)
    shutil.copytree(ARCHIVE, archive, dirs_exist_ok=True)
    (archive / "manifest.csv").unlink()
    try:
        build_index(location, load_corpus(archive).documents, DEFAULTS, archive)
        lifted = "Critics said the cuts had ruined its ground floor and much else besides."
        assert ngram_leads(location, lifted) == {"gazette/library-reopens"}
        across = "Nobody expected it. Destroyed more than twenty thousand, said the mayor."
        assert ngram_leads(location, across) == {"gazette/library-reopens"}
        assert ngram_leads(location, "Ruined its ground floor and destroyed") != set()
        assert ngram_leads(location, "ruined its ground floor") == set()  # four words
        assert ngram_leads(location, stock) == set()  # in 101 documents
        edited = write_files(
            tmp_path / "e",
            {"gazette/library-reopens.txt": "The library reopened today after a long wait.\n"},
        )
        with open_index(location, DEFAULTS, write=True) as index:
            assert index.add(load_paths([edited], edited).documents).replaced == (
                "gazette/library-reopens",
            )
        assert ngram_leads(location, lifted) == set()
        assert ngram_leads(location, "So the library reopened today after all.") == {
            "gazette/library-reopens"
        }
    finally:
        if backend == "redis":
            drop_redis_prefix(location)
    if backend == "sqlite":
        with sqlite3.connect(location) as db:
            (orphans,) = db.execute(
                "SELECT count(*) FROM ngrams WHERE doc NOT IN (SELECT id FROM documents)"
            ).fetchone()
        assert orphans == 0


def test_quote_lookup_finds_every_printing_and_the_speaker(index_path: Path) -> None:
    with Index.open(index_path) as index:
        found = find_quote("no CHOICE after months of broken promises", index)
    assert found.speaker == "Dana Whitlock"
    assert found.earliest is not None and found.earliest.doc_id == "wire/ferry-strike"
    assert [s.doc_id for s in found.sightings] == ["wire/ferry-strike", "herald/ferry-strike"]
    for sighting in found.sightings:
        text = (ARCHIVE / f"{sighting.doc_id}.txt").read_text("utf-8")
        assert text[sighting.start : sighting.end] == sighting.text
        assert sighting.quoted
    with Index.open(index_path) as index:
        assert find_quote("words nobody ever printed anywhere", index).earliest is None


def test_quote_command(index_path: Path) -> None:
    result = run_cli("quote", "broken promises on safe crewing", "--index", index_path)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[:2] == [
        "earliest: wire/ferry-strike (Meridian Press, 2025-04-01T08:00:00Z)",
        "speaker: Dana Whitlock",
    ]
    as_json = json.loads(
        run_cli(
            "quote", "broken promises on safe crewing", "--index", index_path, "--format", "json"
        ).stdout
    )
    assert len(as_json["sightings"]) == 2
    too_short = run_cli("quote", "Easter", "--index", index_path)
    assert too_short.exit_code == 2 and "at least 3 words" in too_short.stderr


def test_readers_keep_reading_while_a_writer_adds(index_path: Path, tmp_path: Path) -> None:
    extra = write_files(
        tmp_path / "extra", {"new/a.txt": "A new article about the harbour wall.\n"}
    )
    with Index.open(index_path) as reader, Index.open(index_path, write=True) as writer:
        seen: list[int] = []
        writer.add(
            load_paths([extra], extra).documents,
            progress=lambda done, total: seen.append(reader.info().documents),
        )
        assert seen == [3]  # the reader sees the index as it was until the writer commits
        assert reader.info().documents == 4


KILLER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from provenance.settings import Settings
    from provenance.index import sqlite as index_module
    from provenance.index.sqlite import Index
    from provenance.inputs.load import load_paths

    index_module.SIGN_BATCH_DOCS = 5  # sentences and signatures written before the kill too
    path, folder = Path(sys.argv[1]), Path(sys.argv[2])
    docs = load_paths([folder], folder).documents
    with Index.open(path, Settings(), write=True) as index:
        def pause(done, total):
            if done == len(docs) // 2:
                print("halfway", flush=True)
                time.sleep(60)
        index.add(docs, progress=pause)
    """
)


def test_a_killed_add_leaves_the_index_as_it_was(index_path: Path, tmp_path: Path) -> None:
    many = write_files(
        tmp_path / "many",
        {
            f"batch/{k:03d}.txt": f"Story number {k} says the harbour wall needs repairs soon.\n"
            for k in range(40)
        },
    )
    before = snapshot(index_path)
    with subprocess.Popen(
        [sys.executable, "-c", KILLER, str(index_path), str(many)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    ) as process:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "halfway"  # 20 written, uncommitted
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert process.returncode == -signal.SIGKILL
    with Index.open(index_path, DEFAULTS) as index:
        assert index.info().documents == 3
    assert snapshot(index_path) == before


WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from provenance.settings import Settings
    from provenance.index.sqlite import Index
    from provenance.inputs.load import load_paths

    path, folder = Path(sys.argv[1]), Path(sys.argv[2])
    docs = load_paths([folder], folder).documents
    with Index.open(path, Settings(), write=True) as index:
        def pause(done, total):
            if done == 1:
                print("writing", flush=True)
                time.sleep(1.5)
        index.add(docs, progress=pause)
    """
)


def test_two_writers_at_once_both_land(index_path: Path, tmp_path: Path) -> None:
    """The second writer waits for the first and reads the ids it may take once it holds the
    write lock (it read them before and failed: UNIQUE constraint failed: sentences.id)."""

    def stories(name: str) -> Path:
        return write_files(
            tmp_path / name,
            {
                f"{name}/{k}.txt": f"The {name} story {k} says the harbour wall needs repairs.\n"
                for k in range(5)
            },
        )

    first, second = stories("first"), stories("second")
    with subprocess.Popen(
        [sys.executable, "-c", WRITER, str(index_path), str(first)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    ) as process:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "writing"  # it holds the write lock
        added = run_cli("index", "add", second, "--index", index_path, "--root", second)
    assert process.returncode == 0
    assert added.exit_code == 0, added.stderr
    assert added.stdout.strip().endswith("5 added, 0 replaced, 0 unchanged")
    with Index.open(index_path, DEFAULTS) as index:
        assert index.info().documents == 13
        docs = load_paths([first], first).documents + load_paths([second], second).documents
        for doc in docs:
            tokens = [s.tokens for s in segment_document(doc, 0)]
            leads = index.leads(signatures(tokens, 3, 128, 1))
            found = index.documents([lead.doc for lead in leads])
            assert doc.doc_id in {d.doc_id for d in found.values()}
    with sqlite3.connect(index_path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        orphans = "SELECT count(*) FROM sentences WHERE doc NOT IN (SELECT id FROM documents)"
        assert db.execute(orphans).fetchone() == (0,)
    db.close()


def test_quote_words_compare_as_matching_compares_them(tmp_path: Path) -> None:
    corpus = write_files(
        tmp_path / "c",
        {"a.txt": "The union said the walk-out from Good Friday was the crews' own call.\n"},
    )
    path = tmp_path / "i.db"
    build(path, load_corpus(corpus).documents, DEFAULTS, corpus)
    with Index.open(path) as index:
        for query in (
            "the walkout from good friday",
            "WALK-OUT from Good Friday",
            "crews own call",
        ):
            (sighting,) = find_quote(query, index).sightings
            text = (corpus / "a.txt").read_text("utf-8")
            assert text[sighting.start : sighting.end] == sighting.text


def test_a_redis_index_holds_the_same_and_refuses_the_same(tmp_path: Path) -> None:
    import redis

    from provenance.index import build_index, open_index
    from tests.conftest import drop_redis_prefix, redis_location

    location = redis_location()
    try:
        build_index(location, load_corpus(ARCHIVE).documents, DEFAULTS, ARCHIVE)
        index = open_index(location, DEFAULTS)
        try:
            assert index.info().documents == 3
            assert index.root == ARCHIVE
            again = index.add(load_corpus(ARCHIVE).documents)
            assert (again.added, again.replaced, len(again.unchanged)) == ((), (), 3)
            edited = write_files(
                tmp_path / "e", {"gazette/library-reopens.txt": "The library reopened today.\n"}
            )
            changed = index.add(load_paths([edited], edited).documents)
            assert changed.replaced == ("gazette/library-reopens",)
            ids = index.document_ids(["gazette/library-reopens"])
            (doc,) = index.documents(list(ids.values())).values()
            assert doc.text == "The library reopened today.\n"
            with pytest.raises(IndexFileError, match="quotes needs a SQLite index"):
                index.with_words(["library"])
        finally:
            index.close()
        with pytest.raises(IndexFileError, match="num_perm 128 in the index, 64 here"):
            open_index(location, DEFAULTS.replace(num_perm=64))
        client = redis.Redis.from_url(location.split("?")[0])
        prefix = location.split("?prefix=")[1]
        client.hset(f"{prefix}:manifest", "schema_version", "1")  # datasketch's band tables
        client.close()
        with pytest.raises(IndexFileError, match="schema version 1, this provenance reads"):
            open_index(location, DEFAULTS)
    finally:
        drop_redis_prefix(location)
    with pytest.raises(IndexFileError, match="no index under prefix"):
        open_index(location)


def redis_snapshot(location: str) -> dict[bytes, Any]:
    """Every key under the location's prefix with its contents, but the id counters (an add
    takes ids before its transaction)."""
    import redis

    base, _, prefix = location.partition("?prefix=")
    client = redis.Redis.from_url(base)
    found: dict[bytes, Any] = {}
    for key in client.scan_iter(match=f"{prefix}:*", count=1000):
        kind = client.type(key)
        if key.endswith((b":next_doc", b":next_sentence")):
            continue
        if kind == b"hash":
            found[key] = client.hgetall(key)
        elif kind == b"set":
            found[key] = client.smembers(key)
        else:
            found[key] = client.get(key)
    client.close()
    return found


def stored(location: str, probe: list[Document]) -> tuple[object, ...]:
    """What an index holds, whatever its ids: its sizes, the size of each band set, and the
    documents the sentences of ``probe`` lead to."""
    from provenance.index import open_index
    from provenance.index.base import Indexed

    bands = {
        key.rsplit(b":", 1)[1]: len(members)
        for key, members in redis_snapshot(location).items()
        if b":band:" in key
    }
    tokens = [s.tokens for doc in probe for s in Indexed.of(doc, DEFAULTS.min_tokens).sentences]
    with open_index(location, DEFAULTS) as index:
        leads = index.leads(signatures(tokens, 3, 128, 1))
        docs = index.documents([lead.doc for lead in leads])
        info = index.info()
    return info.documents, info.sentences, bands, {(x.local, docs[x.doc].doc_id) for x in leads}


def test_a_failed_redis_add_leaves_the_index_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An add is one transaction, even when its commands reach the server in many chunks
    before it fails; with small chunks, a whole add stores what one chunk would."""
    from provenance.index import build_index, open_index, redis_server
    from tests.conftest import drop_redis_prefix, redis_location

    many = load_paths(
        [
            write_files(
                tmp_path / "many",
                {
                    f"batch/{k:03d}.txt": f"Story {k} says the harbour wall needs repairs soon.\n"
                    for k in range(40)
                },
            )
        ],
        tmp_path / "many",
    ).documents
    edited = write_files(
        tmp_path / "e", {"gazette/library-reopens.txt": "The library reopened today at noon.\n"}
    )
    archive = load_corpus(ARCHIVE).documents
    one_chunk, chunked = redis_location(), redis_location()
    try:
        build_index(one_chunk, archive, DEFAULTS, ARCHIVE)
        with open_index(one_chunk, DEFAULTS) as index:
            index.add([*many, *load_paths([edited], edited).documents])
        monkeypatch.setattr(redis_server, "TRANSACTION_CHUNK", 7)
        build_index(chunked, archive, DEFAULTS, ARCHIVE)
        before = redis_snapshot(chunked)

        def stop(done: int, total: int) -> None:
            if done == 30:
                raise RuntimeError("stopped halfway")

        with open_index(chunked, DEFAULTS) as index:
            with pytest.raises(RuntimeError, match="stopped halfway"):
                index.add(many, progress=stop)
            assert redis_snapshot(chunked) == before
            index.add([*many, *load_paths([edited], edited).documents])

        # the same contents, but for the ids the failed add took
        assert stored(chunked, many) == stored(one_chunk, many)
    finally:
        drop_redis_prefix(one_chunk)
        drop_redis_prefix(chunked)


def test_an_unreachable_redis_server_is_one_line() -> None:
    from provenance.index import open_index

    pytest.importorskip("redis")
    with pytest.raises(IndexFileError, match="cannot use the Redis server"):
        open_index("redis://127.0.0.1:1/0")


def test_redis_locations_are_checked_and_never_show_a_password() -> None:
    import redis

    from provenance.index import build_index, open_index
    from provenance.index.redis_server import shown
    from tests.conftest import redis_url

    url = redis_url()  # skips (or fails under CI) without a server
    assert shown("redis://user:s3cret@host:6379/0") == "redis://user:***@host:6379/0"
    for bad, reason in (
        ("?prefix=*", "prefix '*' must be"),
        ("?prefix=a:b", "prefix 'a:b' must be"),
        ("?colour=red", "unknown option 'colour'"),
    ):
        with pytest.raises(IndexFileError, match=re.escape(reason)):
            open_index(url + bad)
    server = url.rsplit("/", 1)[0]
    with pytest.raises(IndexFileError, match="the Redis server has no database 99999"):
        open_index(f"{server}/99999")
    client = redis.Redis.from_url(url)
    client.set("someapp:session", "keep me")
    try:
        with pytest.raises(IndexFileError, match="holds keys that are not a provenance index"):
            build_index(f"{url}?prefix=someapp", [], DEFAULTS, ARCHIVE)
        assert client.get("someapp:session") == b"keep me"
    finally:
        client.delete("someapp:session")
        client.close()


def test_index_build_and_add_take_quiet(tmp_path: Path) -> None:
    """``-q``: nothing on stdout or stderr, the index still written."""
    from tests.conftest import FIXTURES, run_cli

    index = tmp_path / "news.db"
    built = run_cli("index", "build", FIXTURES, "--index", index, "-q")
    assert built.exit_code == 0, built.stderr
    assert built.stdout == "" and built.stderr == ""
    added = run_cli("index", "add", FIXTURES, "--index", index, "-q")
    assert added.exit_code == 0, added.stderr
    assert added.stdout == "" and added.stderr == ""
    info = run_cli("index", "info", "--index", index, "--format", "json")
    assert json.loads(info.stdout)["documents"] == 9


def test_a_failed_redis_build_leaves_the_old_index_as_it_was(tmp_path: Path) -> None:
    """A build over an index deletes the old keys in the transaction that writes the new ones:
    stopped anywhere (here half way; a kill alike), the old index is whole and finds what it
    found (deleting key by key first left its counts but lost band sets: copies went unfound)."""
    from provenance.index import build_index
    from tests.conftest import drop_redis_prefix, redis_location

    archive = load_corpus(ARCHIVE).documents
    many = load_paths(
        [
            write_files(
                tmp_path / "many",
                {
                    f"b/{k:03d}.txt": f"Story {k} says the harbour wall needs repairs.\n"
                    for k in range(40)
                },
            )
        ],
        tmp_path / "many",
    ).documents
    location = redis_location()
    try:
        build_index(location, archive, DEFAULTS, ARCHIVE)
        before, found = redis_snapshot(location), stored(location, archive)

        def stop(done: int, total: int) -> None:
            if done == 30:
                raise RuntimeError("stopped halfway")

        with pytest.raises(RuntimeError, match="stopped halfway"):
            build_index(location, many, DEFAULTS, tmp_path / "many", stop)
        assert redis_snapshot(location) == before
        assert stored(location, archive) == found
        rebuilt = build_index(location, many, DEFAULTS, tmp_path / "many")
        assert len(rebuilt.added) == 40
        assert stored(location, archive)[:2] == (40, 40)
    finally:
        drop_redis_prefix(location)


def test_a_password_in_the_url_query_is_never_shown(capsys: pytest.CaptureFixture[str]) -> None:
    """``?password=`` (as redis-py reads it) is hidden like one before the host, in every
    message the CLI prints: a refusal, a failed connection, a lookup that finds nothing."""
    from provenance.index.redis_server import shown
    from tests.conftest import redis_url

    url = redis_url()  # skips (or fails under CI) without a server
    assert shown("redis://h:1/0?prefix=a&password=s3cret") == "redis://h:1/0?prefix=a&password=***"
    assert "s3cret" not in shown("redis://u:s3cret@h:1/0?password=s3cret")
    for location in (
        f"{url}?password=s3cret&colour=red",  # refused: an unknown option
        f"{url}?password=s3cret",  # refused by a server without a password
        "redis://127.0.0.1:1/0?prefix=p&password=s3cret",  # nothing answers
    ):
        for command in (["index", "info"], ["quote", "some words"]):
            result = run_cli(*command, "--index", location)
            assert result.exit_code == 2, result.output
            assert "s3cret" not in result.output
            assert "password=***" in result.stderr, result.stderr


def test_a_lost_redis_server_is_one_line_naming_it(tmp_path: Path) -> None:
    """The server goes away while an index is open: the next read or write fails with an
    IndexFileError naming the server (exit 2 and one line from the CLI), not a RedisError."""
    from provenance.index import build_index, open_index
    from tests.conftest import INSTALL_REDIS, require

    server = shutil.which("redis-server")
    require(server is not None, INSTALL_REDIS)
    assert server is not None
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    child = subprocess.Popen(
        [server, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    location = f"redis://127.0.0.1:{port}/0"
    lost = rf"^redis://127\.0\.0\.1:{port}/0: lost the Redis server \("

    def stop(done: int = 0, total: int = 0) -> None:
        child.terminate()
        child.wait(timeout=10)

    try:
        for _ in range(100):
            try:
                build_index(location, load_corpus(ARCHIVE).documents, DEFAULTS, ARCHIVE)
                break
            except IndexFileError:
                time.sleep(0.05)
        index = open_index(location, DEFAULTS)
        with pytest.raises(IndexFileError, match=lost):  # lost in the middle of a build
            build_index(location, load_corpus(ARCHIVE).documents, DEFAULTS, ARCHIVE, stop)
    finally:
        stop()
    probe_doc = load_corpus(ARCHIVE).documents[0]
    tokens = [s.tokens for s in segment_document(probe_doc, 0)]
    for call in (
        lambda: index.leads(signatures(tokens, 3, 128, 1)),
        lambda: index.add([probe_doc]),
        lambda: index.info(),
    ):
        with pytest.raises(IndexFileError, match=lost):
            call()
    index.close()


@pytest.mark.parametrize("damage", ["page", "cut"])
def test_a_damaged_index_is_refused_in_one_line(
    index_path: Path, tmp_path: Path, damage: str
) -> None:
    """A page of the bands table overwritten, or the file cut short (a copy that stopped
    half way): info, add and check refuse the index, saying it is damaged and to rebuild it
    (SQLite's quick_check, or the read that meets the damage; a new-user trial saw check say
    only "cannot read the index (database disk image is malformed)" of a cut file); one line
    naming the file, exit 2, the file left as it was and nothing beside it."""
    with sqlite3.connect(index_path) as db:
        (root,) = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'bands'").fetchone()
        (page,) = db.execute("PRAGMA page_size").fetchone()
    db.close()
    if damage == "page":
        with index_path.open("r+b") as handle:
            handle.seek((root - 1) * page + 12)  # its cells' offsets
            handle.write(b"\xff" * 64)
    else:
        index_path.write_bytes(index_path.read_bytes()[: index_path.stat().st_size // 2])
    damaged = index_path.read_bytes()
    incoming = ROOT / "fixtures" / "check" / "incoming"
    for command in (
        ["index", "info"],
        ["index", "add", incoming, "--root", incoming],
        ["check", incoming / "library-copy.txt"],
        ["check", incoming / "library-copy.txt", "--add", "--root", incoming],
    ):
        result = run_cli(*command, "--index", index_path)
        assert result.exit_code == 2, result.output
        (line,) = result.stderr.strip().splitlines()[-1:]
        assert line.startswith(f"provenance: error: {index_path}: "), result.stderr
        assert "internal error" not in result.stderr
        assert "the index is damaged (" in line and "rebuild it" in line
        assert index_path.read_bytes() == damaged
        assert sorted(p.name for p in index_path.parent.iterdir()) == [index_path.name]


BUILDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from provenance.settings import Settings
    from provenance.index.sqlite import build
    from provenance.inputs.load import load_paths

    path, folder = Path(sys.argv[1]), Path(sys.argv[2])
    docs = load_paths([folder], folder).documents

    def pause(done, total):
        if done == len(docs) // 2:
            print("halfway", flush=True)
            time.sleep(60)

    build(path, docs, Settings(), folder, progress=pause)
    """
)


def test_a_killed_build_leaves_no_temporary_file_once_the_next_one_runs(
    index_path: Path, tmp_path: Path
) -> None:
    """kill -9 during a build leaves its temporary file beside the index (nothing can run
    then); the next build or add removes it, and never the file of a build still at work."""
    many = write_files(
        tmp_path / "many",
        {f"b/{k:03d}.txt": f"Story {k} says the harbour wall needs repairs.\n" for k in range(40)},
    )

    def builder() -> subprocess.Popen[str]:
        process = subprocess.Popen(
            [sys.executable, "-c", BUILDER, str(index_path), str(many)],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "halfway"
        return process

    def temporary() -> list[str]:
        return sorted(p.name for p in index_path.parent.glob(".archive.db.*.tmp*"))

    def stop(process: subprocess.Popen[str]) -> None:
        process.kill()
        process.communicate()

    stop(builder())
    assert temporary()  # what the kill left
    working = builder()  # a build at work: its file must stay
    try:
        (mine,) = [name for name in temporary() if name.endswith(".tmp")]
        rebuilt = run_cli("index", "build", ARCHIVE, "--index", index_path)
        assert rebuilt.exit_code == 0, rebuilt.stderr
        assert [name for name in temporary() if name.endswith(".tmp")] == [mine]
    finally:
        stop(working)
    added = run_cli("index", "add", ARCHIVE, "--index", index_path)
    assert added.exit_code == 0, added.stderr
    assert added.stdout.strip().endswith("0 added, 0 replaced, 3 unchanged")
    assert temporary() == []
    assert sorted(p.name for p in index_path.parent.iterdir() if p.is_file()) == ["archive.db"]


def test_reading_an_index_leaves_nothing_beside_it(index_path: Path) -> None:
    """check, quote and index info leave no -wal or -shm file beside the index (in a CI
    checkout: untracked files), and write nothing to it."""
    before = index_path.read_bytes()
    incoming = ROOT / "fixtures" / "check" / "incoming"
    for command in (
        ["check", incoming / "library-copy.txt"],
        ["quote", "the library reopened"],
        ["index", "info"],
    ):
        result = run_cli(*command, "--index", index_path)
        assert result.exit_code in (0, 1), result.output
        assert sorted(p.name for p in index_path.parent.iterdir()) == [index_path.name], command
    assert index_path.read_bytes() == before


def test_concurrent_redis_adds_never_orphan_a_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another writer commits between an add's reads and its EXEC (both replacing one
    article): the add's transaction is refused by the server (WATCH) and tried again, so one
    document holds the doc_id, none is left orphaned and the counts stay true; when every try
    meets another writer, nothing is written and one line says so."""
    import redis

    from provenance.index import build_index, open_index, redis_server
    from tests.conftest import drop_redis_prefix, redis_location

    def edited(name: str, text: str) -> Document:
        folder = write_files(tmp_path / name, {"gazette/library-reopens.txt": text})
        (doc,) = load_paths([folder], folder).documents
        return doc

    mine = edited("mine", "The library reopened today after a year of repairs to its roof.\n")
    theirs = edited("theirs", "The library reopened this morning with a new reading room.\n")
    location = redis_location()
    base, _, prefix = location.partition("?prefix=")
    client = redis.Redis.from_url(base)
    try:
        build_index(location, load_corpus(ARCHIVE).documents, DEFAULTS, ARCHIVE)

        def assert_whole() -> None:
            docs = list(client.scan_iter(match=f"{prefix}:doc:*"))
            sentences = list(client.scan_iter(match=f"{prefix}:sentence:*"))
            assert len(docs) == 3
            assert int(client.get(f"{prefix}:sentence_count") or 0) == len(sentences)

        with open_index(location, DEFAULTS) as first, open_index(location, DEFAULTS) as second:
            calls: list[int] = []

            def meanwhile(done: int, total: int) -> None:
                if not calls:  # the other writer commits once, during the first try
                    calls.append(done)
                    second.add([theirs])

            assert first.add([mine], progress=meanwhile).replaced == (mine.doc_id,)
            (doc,) = first.documents(list(first.document_ids([mine.doc_id]).values())).values()
            assert doc.text == mine.text
            assert_whole()

            monkeypatch.setattr(redis_server, "WRITE_ATTEMPTS", 1)
            calls.clear()
            with pytest.raises(IndexFileError, match="another writer changed the index"):
                first.add([edited("third", "The library stays shut.\n")], progress=meanwhile)
            (doc,) = first.documents(list(first.document_ids([mine.doc_id]).values())).values()
            assert doc.text == theirs.text  # the other writer's, and nothing of this one
            assert_whole()
    finally:
        client.close()
        drop_redis_prefix(location)


def test_a_built_index_has_a_new_files_mode_or_the_one_it_replaces(tmp_path: Path) -> None:
    """Written through mkstemp (owner-only), an index was left -rw------- whatever the umask,
    and a rebuild reset a shared index's mode: others could no longer read it."""
    from provenance.permissions import new_file_mode

    path = tmp_path / "shared.db"
    build(path, load_corpus(ARCHIVE).documents, DEFAULTS, ARCHIVE)
    assert stat.S_IMODE(path.stat().st_mode) == new_file_mode()  # 0o644 under umask 022
    for mode in (0o640, 0o444):  # (a read-only one is given its mode once written)
        path.chmod(mode)
        build(path, load_corpus(ARCHIVE).documents, DEFAULTS, ARCHIVE)
        assert stat.S_IMODE(path.stat().st_mode) == mode
