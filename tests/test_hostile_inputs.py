"""Hostile inputs (issue 23): each is skipped or warned about, in one line naming the file and
the problem; nothing else is lost, nothing hangs, nothing is left behind."""

from __future__ import annotations

import codecs
import csv
import gzip
import hashlib
import io
import json
import os
import re
import socket
import tracemalloc
from pathlib import Path

import polars as pl
import pytest

from provenance.inputs.load import LoadResult, load_corpus
from provenance.reports import schema
from provenance.settings import InputRules
from tests.conftest import ROOT, rows, run_cli, write_files

CHECK = ROOT / "fixtures" / "check"

STORY = (
    "The harbour board said on Tuesday that the new sea wall would be finished before the "
    "winter storms arrive.\n\nEngineers have spent six months rebuilding the wall after it "
    "cracked during the January floods last year.\n"
)
OTHER = (
    "The county library will open on Sundays from March, the council said, after readers "
    "asked for longer hours.\n"
)


def laughs(levels: int = 9) -> str:
    """YAML front matter whose ``title`` is an alias expanding to 9**levels strings."""
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for n in range(1, levels):
        lines.append(f"a{n}: &a{n} [{','.join([f'*a{n - 1}'] * 9)}]")
    return "\n".join([*lines, f"title: *a{levels - 1}"]) + "\n"


def traced(folder: Path, out: Path, *flags: str | Path) -> tuple[int, str]:
    result = run_cli("trace", folder, "--out", out, "-q", *flags)
    return result.exit_code, result.stderr


def warned(folder: Path, out: Path, *flags: str | Path, skipped: int = 0) -> list[str]:
    """The warnings of a trace that must succeed, having skipped ``skipped`` inputs."""
    result = run_cli("trace", folder, "--out", out, "--format", "json", *flags)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["skipped"] == skipped
    return result.stderr.splitlines()


def refused(folder: Path, out: Path, *flags: str | Path) -> str:
    """The one-line error of a --strict trace, which must exit 2 writing nothing."""
    code, stderr = traced(folder, out, "--strict", *flags)
    assert code == 2
    assert not out.exists()
    assert len(stderr.splitlines()) == 1
    return stderr.strip()


def texts(folder: Path) -> dict[str, str]:
    """Every document's text, as the loader reads the folder."""
    return {d.doc_id: d.text for d in load_corpus(folder).documents}


def documents(out: Path) -> dict[str, dict[str, str]]:
    return {row["doc_id"]: row for row in rows(out / "documents.csv")}


def baseline(tmp_path: Path, files: dict[str, str | bytes]) -> dict[str, dict[str, str]]:
    """documents.csv of the good files traced alone: what they must read as beside bad ones."""
    out = tmp_path / "baseline"
    assert traced(write_files(tmp_path / "good", files), out) == (0, "")
    return documents(out)


def only_reports(out: Path) -> None:
    """Nothing but the reports is left in the report folder."""
    assert names(out) == sorted(schema.REPORT_FILES)


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_yaml_alias_bomb_in_front_matter_is_refused_not_expanded(tmp_path: Path) -> None:
    # 9**9 strings once expanded: 118 s and 8 GB were spent on str() of this title before
    bomb = f"---\n{laughs()}---\n{OTHER}"
    assert len(bomb.encode()) < 700
    folder = write_files(tmp_path / "in", {"good.txt": STORY, "bomb.md": bomb})
    out = tmp_path / "out"
    assert warned(folder, out) == [
        f"provenance: warning: {folder / 'bomb.md'}: front matter uses a YAML alias (line 3), "
        "which is not read; ignored"
    ]
    found = documents(out)
    assert found.pop("bomb")["title"] == ""  # the article is read, its title is not
    assert found == baseline(tmp_path, {"good.txt": STORY})
    only_reports(out)


def test_check_refuses_the_alias_bomb_too(tmp_path: Path) -> None:
    index = tmp_path / "archive.db"
    assert run_cli("index", "build", CHECK / "archive", "--index", index).exit_code == 0
    bomb = write_files(tmp_path / "in", {"bomb.md": f"---\n{laughs()}---\n{OTHER}"})
    result = run_cli("check", bomb / "bomb.md", "--index", index)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[0] == (
        f"provenance: warning: {bomb / 'bomb.md'}: front matter uses a YAML alias (line 3), "
        "which is not read; ignored"
    )
    assert names(bomb) == ["bomb.md"]


@pytest.mark.parametrize(
    ("front", "warning"),
    [
        (
            "title: " + "[" * 150 + "]" * 150 + "\n",
            "is nested deeper than max_nesting_depth (100) (line 2)",
        ),
        ("title: [a, b]\nurl: {a: 1}\n", None),
        (
            f"title: {'x' * 70_000}\n",
            "of 70,008 bytes is longer than max_front_matter_bytes (65,536)",
        ),
    ],
)
def test_front_matter_is_bounded_and_holds_single_values(
    tmp_path: Path, front: str, warning: str | None
) -> None:
    folder = write_files(
        tmp_path / "in", {"good.txt": STORY, "odd.md": f"---\n{front}---\n{OTHER}"}
    )
    out = tmp_path / "out"
    where = f"provenance: warning: {folder / 'odd.md'}: front matter"
    if warning is None:
        expected = [f"{where} 'url' is a mapping; ignored", f"{where} 'title' is a list; ignored"]
    else:
        expected = [f"{where} {warning}; ignored"]
    assert warned(folder, out) == expected
    found = documents(out)
    assert found.pop("odd")["title"] == ""
    assert found == baseline(tmp_path, {"good.txt": STORY})
    only_reports(out)


def words(n: int) -> str:
    """A sentence of its own for row ``n``, sharing no words with another's."""
    return " ".join(hashlib.sha256(f"{n} {k}".encode()).hexdigest()[:7] for k in range(12))


def dump(rows: list[tuple[str, str]]) -> str:
    text = io.StringIO(newline="")
    csv.writer(text, lineterminator="\n").writerows([("id", "text"), *rows])
    return text.getvalue()


def test_an_unbalanced_quote_in_a_csv_dump_loses_one_row_not_the_rest(tmp_path: Path) -> None:
    # 1,001 rows gave 1 document, 0 skipped, no warning: the quote swallowed every later row
    good = [(f"r{n}", words(n)) for n in range(1, 1001)]
    bad = dump(good[:500]) + 'r500b,"An opening quote that never closes.\n' + dump(good[500:])[8:]
    assert len(bad.splitlines()) == 1002  # the header and 1,001 rows
    folder = write_files(tmp_path / "in", {"dump.csv": bad, "good.txt": STORY})
    where = f"provenance: warning: {folder / 'dump.csv'} record 501"
    out = tmp_path / "out"
    assert warned(folder, out, skipped=1) == [
        f"{where}: skipped: malformed CSV at line 502: a quoted field that never closes; "
        "read on from line 503"
    ]
    assert rows(out / "skipped.csv") == [
        {
            "path": "dump.csv",
            "record": "501",
            "reason": "malformed CSV at line 502: a quoted field that never closes; "
            "read on from line 503",
        }
    ]
    only_reports(out)
    expected = texts(write_files(tmp_path / "good", {"dump.csv": dump(good), "good.txt": STORY}))
    assert texts(folder) == expected
    assert refused(folder, tmp_path / "strict") == (
        f"provenance: error: {folder}: 1 input skipped in strict mode, first dump.csv record "
        "501: malformed CSV at line 502: a quoted field that never closes; read on from line 503"
    )


def test_a_stray_quote_and_an_overlong_csv_row_are_skipped_alone(tmp_path: Path) -> None:
    long = "x" * 2000
    other = OTHER.strip()
    bad = f'id,text\na,"{other}"tail\nb,{STORY[:90]}\nc,"{long}\n{long}\nd,"{other}"\n'
    folder = write_files(tmp_path / "in", {"dump.csv": bad})
    config = write_files(tmp_path, {"p.toml": "[trace]\nmax_article_bytes = 3000\n"}) / "p.toml"
    out = tmp_path / "out"
    where = f"provenance: warning: {folder / 'dump.csv'}"
    assert warned(folder, out, "--config", config, skipped=2) == [
        f"{where} record 1: skipped: malformed CSV at line 2: text after a closing quote "
        "(',' expected after '\"')",
        f"{where} record 3: skipped: malformed CSV at line 4: a record longer than "
        "max_article_bytes (3,000); read on from line 6",
    ]
    assert sorted(documents(out)) == ["dump#b", "dump#d"]
    only_reports(out)


def test_devices_fifos_and_sockets_are_skipped_unopened(tmp_path: Path) -> None:
    # a link to /dev/zero was read until memory ran out, and a FIFO named .txt hung the run
    folder = write_files(tmp_path / "in", {"good.txt": STORY})
    (folder / "zero.txt").symlink_to("/dev/zero")
    os.mkfifo(folder / "pipe.txt")
    os.mkfifo(folder / "stream.jsonl")
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(folder / "sock.html"))
        out = tmp_path / "out"
        where = f"provenance: warning: {folder}"
        # followed out of the folder: the link leads to a device
        assert warned(folder, out, "--follow-symlinks", skipped=4) == [
            f"{where}/pipe.txt: skipped: not a regular file (a FIFO)",
            f"{where}/sock.html: skipped: not a regular file (a socket)",
            f"{where}/stream.jsonl: skipped: not a regular file (a FIFO)",
            f"{where}/zero.txt: skipped: not a regular file (a character device)",
        ]
        assert documents(out) == baseline(tmp_path, {"good.txt": STORY})
        only_reports(out)
        assert refused(folder, tmp_path / "strict", "--follow-symlinks") == (
            f"provenance: error: {folder}: 4 inputs skipped in strict mode, first pipe.txt: "
            "not a regular file (a FIFO)"
        )
    index = tmp_path / "archive.db"
    assert run_cli("index", "build", CHECK / "archive", "--index", index).exit_code == 0
    result = run_cli("check", folder / "pipe.txt", folder / "good.txt", "--index", index)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[0] == (
        f"provenance: warning: {folder / 'pipe.txt'}: skipped: not a regular file (a FIFO)"
    )


def test_symbolic_links_out_of_the_folder_are_followed_only_when_asked(tmp_path: Path) -> None:
    outside = write_files(tmp_path / "outside", {"secret.txt": OTHER, "dir/more.txt": OTHER})
    folder = write_files(tmp_path / "in", {"good.txt": STORY, "sub/inner.txt": OTHER})
    (folder / "secret.txt").symlink_to(outside / "secret.txt")
    (folder / "linked").symlink_to(outside / "dir")
    (folder / "alias.txt").symlink_to(folder / "sub" / "inner.txt")  # inside: read
    (folder / "sub" / "loop").symlink_to(folder)
    out = tmp_path / "out"
    where = f"provenance: warning: {folder}"
    assert warned(folder, out, skipped=3) == [
        f"{where}/linked: skipped: symbolic link to a folder: not followed "
        "(--follow-symlinks reads it)",
        f"{where}/secret.txt: skipped: symbolic link out of the input folder: not followed "
        "(--follow-symlinks reads it)",
        f"{where}/sub/loop: skipped: symbolic link to a folder: not followed "
        "(--follow-symlinks reads it)",
    ]
    assert sorted(documents(out)) == ["alias", "good", "sub/inner"]
    only_reports(out)
    followed = tmp_path / "followed"
    assert warned(folder, followed, "--follow-symlinks", skipped=1) == [
        f"{where}/sub/loop: skipped: symbolic link to a folder it lies in: not followed again"
    ]
    assert sorted(documents(followed)) == ["alias", "good", "linked/more", "secret", "sub/inner"]
    assert documents(followed)["secret"]["n_chars"] == documents(out)["sub/inner"]["n_chars"]


def test_an_article_larger_than_the_limit_is_skipped_unread(tmp_path: Path) -> None:
    folder = write_files(
        tmp_path / "in", {"good.txt": STORY, "huge.txt": OTHER * 100, "page.html": "<p>x</p>" * 500}
    )
    config = write_files(tmp_path, {"p.toml": "[trace]\nmax_article_bytes = 2048\n"}) / "p.toml"
    out = tmp_path / "out"
    where = f"provenance: warning: {folder}"
    assert warned(folder, out, "--config", config, skipped=2) == [
        f"{where}/huge.txt: skipped: larger than max_article_bytes ({len(OTHER) * 100:,} bytes): "
        "at most 2,048 bytes are read",
        f"{where}/page.html: skipped: larger than max_article_bytes (4,000 bytes): at most 2,048 "
        "bytes are read",
    ]
    assert documents(out) == baseline(tmp_path, {"good.txt": STORY})
    only_reports(out)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_read(tmp_path: Path, codec: str) -> None:
    # they were skipped as binary (a NUL byte in the first 8 KiB)
    text = f"Caf\u00e9 \u201cnews\u201d.\r\n{STORY}"
    raw = "\ufeff".encode(codec) + text.encode(codec)
    folder = write_files(tmp_path / "in", {"wide.txt": raw, "copy.txt": STORY})
    loaded = {d.doc_id: d for d in load_corpus(folder).documents}
    wide = loaded["wide"]
    assert (wide.text, wide.encoding) == (text, codec[:6])
    with (folder / "wide.txt").open(encoding=wide.encoding, newline="") as handle:
        assert handle.read() == wide.text  # what the encoding column promises
    out = tmp_path / "out"
    assert warned(folder, out) == []
    shared = [r for r in rows(out / "occurrences.csv") if r["doc_id"] == "wide"]
    assert shared
    for row in shared:  # offsets are into the text as read
        assert wide.text[int(row["start"]) : int(row["end"])] == row["text"]


def test_a_wide_text_that_does_not_decode_is_skipped(tmp_path: Path) -> None:
    folder = write_files(
        tmp_path / "in", {"good.txt": STORY, "bad.txt": codecs.BOM_UTF16_LE + b"a\x00\x00\xdc"}
    )
    assert load_corpus(folder).skipped[0].reason == (
        "undecodable: not UTF-16 as its byte-order mark says (byte 4)"
    )


def test_a_manifest_that_is_not_a_file_is_an_error(tmp_path: Path) -> None:
    # a folder named manifest.csv was silently ignored
    folder = write_files(tmp_path / "in", {"good.txt": STORY, "manifest.csv/x": "doc_id\n"})
    code, stderr = traced(folder, tmp_path / "out")
    assert (code, stderr) == (
        2,
        f"provenance: error: {folder / 'manifest.csv'}: manifest is not a regular file "
        "(a folder)\n",
    )
    assert not (tmp_path / "out").exists()
    (folder / "manifest.csv" / "x").unlink()
    (folder / "manifest.csv").rmdir()
    os.mkfifo(folder / "manifest.csv")
    code, stderr = traced(folder, tmp_path / "out")
    assert (code, stderr) == (
        2,
        f"provenance: error: {folder / 'manifest.csv'}: manifest is not a regular file (a FIFO)\n",
    )


def jsonl(*records: object) -> bytes:
    return b"".join(json.dumps(r).encode() + b"\n" for r in records)


def zeros_gzipped(size: int) -> bytes:
    """A gzip member of ``size`` bytes of "0" and no newline: about a thousandth as long."""
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9) as packed:
        for _ in range(size // 2**20):
            packed.write(b"0" * 2**20)
    return out.getvalue()


def peak_loading(folder: Path) -> tuple[LoadResult, int]:
    """What loading ``folder`` gives, and the most memory it held at once (bytes)."""
    tracemalloc.start()
    try:
        return load_corpus(folder), tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_record_nested_past_the_bound_is_skipped_not_the_run(tmp_path: Path) -> None:
    # 1,000 levels raised RecursionError, which ended the whole run
    deep = b'{"id": "deep", "text": "x", "more": ' + b"[" * 1000 + b"]" * 1000 + b"}\n"
    records = [{"id": "a", "text": STORY}, {"id": "b", "text": OTHER, "tags": [["ok"]]}]
    dump = jsonl(records[0]) + deep + jsonl(records[1])
    folder = write_files(
        tmp_path / "in", {"dump.jsonl": dump, "packed.jsonl.gz": gzip.compress(dump)}
    )
    out = tmp_path / "out"
    where = f"provenance: warning: {folder}"
    reason = "skipped: nested deeper than max_nesting_depth (100) at column 136"
    assert warned(folder, out, skipped=2) == [
        f"{where}/dump.jsonl record 2: {reason}",
        f"{where}/packed.jsonl.gz record 2: {reason}",
    ]
    assert sorted(documents(out)) == ["dump#a", "dump#b", "packed#a", "packed#b"]
    only_reports(out)
    assert refused(folder, tmp_path / "strict").endswith(
        "2 inputs skipped in strict mode, first dump.jsonl record 2: nested deeper than "
        "max_nesting_depth (100) at column 136"
    )


def test_a_gzip_bomb_in_a_jsonl_dump_stops_at_the_ratio(tmp_path: Path) -> None:
    # a 1 MiB .jsonl.gz took 2-3 GB before it was skipped
    before = jsonl({"id": "a", "text": STORY}, {"id": "b", "text": OTHER})
    bomb = gzip.compress(before) + zeros_gzipped(512 * 2**20) + gzip.compress(before)
    assert len(bomb) < 2**20
    folder = write_files(tmp_path / "in", {"bomb.jsonl.gz": bomb, "good.txt": STORY})
    loaded, peak = peak_loading(folder)
    assert peak < 64 * 2**20
    assert [d.doc_id for d in loaded.documents] == ["bomb#a", "bomb#b", "good"]
    [skipped] = loaded.skipped
    assert (skipped.path, skipped.record) == ("bomb.jsonl.gz", 3)
    assert re.fullmatch(
        r"decompresses to more than max_compression_ratio \(400\) times its size "
        r"\([\d,]+ bytes from [\d,]+\): read no further; records before it were read",
        skipped.reason,
    )
    out = tmp_path / "out"
    [line] = warned(folder, out, skipped=1)
    assert line.startswith(f"provenance: warning: {folder}/bomb.jsonl.gz record 3: skipped: ")
    only_reports(out)


def test_an_overlong_jsonl_line_is_skipped_and_reading_goes_on(tmp_path: Path) -> None:
    dump = jsonl({"id": "a", "text": OTHER * 40}, {"id": "b", "text": STORY})
    folder = write_files(tmp_path / "in", {"dump.jsonl": dump})
    config = write_files(tmp_path, {"p.toml": "[trace]\nmax_article_bytes = 2048\n"}) / "p.toml"
    out = tmp_path / "out"
    assert warned(folder, out, "--config", config, skipped=1) == [
        f"provenance: warning: {folder}/dump.jsonl record 1: skipped: larger than "
        "max_article_bytes: at most 2,048 bytes are read"
    ]
    assert sorted(documents(out)) == ["dump#b"]


def test_a_gzipped_warc_body_is_decompressed_no_further_than_the_bound(tmp_path: Path) -> None:
    # a 1 MiB gzip body took 2-3 GB before the page was skipped
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from tests.test_inputs import _release, warc_bytes

    page = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in STORY.split("\n\n"))
    good = warc_bytes([("https://example.org/a", "2025-03-01T10:00:00Z", page + "</article>")])
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    headers = StatusAndHeaders(
        "200 OK",
        [("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
        protocol="HTTP/1.1",
    )
    record = writer.create_warc_record(
        "https://example.org/bomb",
        "response",
        payload=io.BytesIO(zeros_gzipped(512 * 2**20)),
        http_headers=headers,
        warc_headers_dict={"WARC-Date": "2025-03-01T11:00:00Z"},
    )
    writer.write_record(record)
    _release(record)
    folder = write_files(tmp_path / "in", {"crawl.warc.gz": buffer.getvalue() + good})
    config = write_files(tmp_path, {"p.toml": "[trace]\nmax_article_bytes = 8388608\n"})
    out = tmp_path / "out"
    assert warned(folder, out, "--config", config / "p.toml", skipped=1) == [
        f"provenance: warning: {folder}/crawl.warc.gz record 1: skipped: larger than "
        "max_article_bytes: at most 8,388,608 bytes are read"
    ]
    assert sorted(documents(out)) == ["crawl#2"]
    only_reports(out)
    loaded, peak = peak_loading(folder)  # with the default bound
    assert peak < 256 * 2**20
    assert [d.doc_id for d in loaded.documents] == ["crawl#2"]


def test_a_small_file_is_read_without_reserving_the_bound(tmp_path: Path) -> None:
    # read(max_article_bytes + 1) set 64 MiB aside for every file read
    folder = write_files(tmp_path / "in", {"good.txt": STORY})
    tracemalloc.start()
    try:
        assert [d.doc_id for d in load_corpus(folder).documents] == ["good"]
        assert tracemalloc.get_traced_memory()[1] < 2**20
    finally:
        tracemalloc.stop()


def test_a_parquet_file_stops_at_the_ratio_and_bounds_each_row(tmp_path: Path) -> None:
    text = (OTHER * 20)[:2000]
    folder = tmp_path / "in"
    folder.mkdir()
    rows_ = {"id": [str(n) for n in range(40_000)], "text": [text] * 40_000}
    pl.DataFrame(rows_).write_parquet(folder / "same.parquet")
    assert (folder / "same.parquet").stat().st_size * 400 < 16 * 2**20  # 80 MB of text
    loaded = load_corpus(folder)
    [skipped] = loaded.skipped
    assert skipped.record == len(loaded.documents) + 1 == 10_241
    assert re.fullmatch(
        r"decompresses to more than max_compression_ratio \(400\) times its size "
        r"\([\d,]+ bytes from [\d,]+\): read no further; records before it were read",
        skipped.reason,
    )
    pl.DataFrame({"id": ["a", "b"], "text": [OTHER * 40, STORY]}).write_parquet(
        folder / "same.parquet"
    )
    loaded = load_corpus(folder, rules=InputRules(max_article_bytes=2048))
    assert [d.doc_id for d in loaded.documents] == ["same#b"]
    assert [(s.record, s.reason) for s in loaded.skipped] == [
        (1, "larger than max_article_bytes: at most 2,048 bytes are read")
    ]


def test_a_dump_of_one_article_copied_over_and_over_is_read_whole(tmp_path: Path) -> None:
    # syndicated copies compress well (about 230 times here), yet far less than a bomb does
    text = (STORY + OTHER) * 10
    copies = [{"id": str(n), "text": text} for n in range(8_000)]
    packed = gzip.compress(jsonl(*copies))
    assert 16 * 2**20 < len(jsonl(*copies)) < 400 * len(packed)
    folder = write_files(tmp_path / "in", {"copies.jsonl.gz": packed})
    loaded = load_corpus(folder)
    assert (len(loaded.documents), loaded.skipped) == (8_000, [])


def test_index_add_follows_links_when_asked_and_names_them_where_they_lie(
    tmp_path: Path,
) -> None:
    # followed, a link out of the root was "outside the root": named by where it led
    outside = write_files(tmp_path / "outside", {"secret.txt": OTHER})
    folder = write_files(tmp_path / "in", {"good.txt": STORY})
    (folder / "copy.txt").symlink_to(outside / "secret.txt")
    index = tmp_path / "archive.db"
    built = run_cli("index", "build", folder, "--index", index, "--format", "json")
    assert built.exit_code == 0, built.stderr
    assert json.loads(built.stdout)["added"] == ["good"]
    assert built.stderr == (
        f"provenance: warning: {folder / 'copy.txt'}: skipped: symbolic link out of the input "
        "folder: not followed (--follow-symlinks reads it)\n"
    )
    added = run_cli(
        "index", "add", folder, "--index", index, "--follow-symlinks", "--format", "json"
    )
    assert added.exit_code == 0, added.stderr
    assert (json.loads(added.stdout)["added"], added.stderr) == (["copy"], "")


@pytest.mark.parametrize("option", ["--config", "--aliases"])
def test_a_settings_or_alias_file_that_is_a_fifo_is_an_error(tmp_path: Path, option: str) -> None:
    # it was opened and waited on for ever
    folder = write_files(tmp_path / "in", {"good.txt": STORY})
    os.mkfifo(tmp_path / "p.toml")
    code, stderr = traced(folder, tmp_path / "out", option, tmp_path / "p.toml")
    what = "config file is" if option == "--config" else "cannot read alias file (not"
    assert code == 2
    assert stderr.startswith(f"provenance: error: {tmp_path / 'p.toml'}: {what}")
    assert "a regular file (a FIFO)" in stderr
    assert len(stderr.splitlines()) == 1
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("codec", ["utf-16", "utf-32"])
def test_a_csv_dump_in_utf16_or_utf32_with_a_byte_order_mark_is_read(
    tmp_path: Path, codec: str
) -> None:
    # its rows decoded as cp1252 held NUL bytes
    records = [("a", STORY), ("b", f"Caf\u00e9 \u201cnews\u201d: {OTHER}")]
    folder = write_files(tmp_path / "in", {"dump.csv": dump(records).encode(codec)})
    assert texts(folder) == {"dump#a": STORY, "dump#b": records[1][1]}
    cut = dump(records).encode(codec)[:-1]
    bad = write_files(tmp_path / "bad", {"dump.csv": cut, "good.txt": STORY})
    assert [s.reason for s in load_corpus(bad).skipped] == [
        f"undecodable: not {codec.upper()} as its byte-order mark says"
    ]


def test_check_reads_by_the_same_input_rules_as_trace(tmp_path: Path) -> None:
    """``check`` takes the limits from ``--config`` and ``--follow-symlinks`` as ``trace`` does
    (it read with the defaults, whatever the configuration said)."""
    index = tmp_path / "archive.db"
    assert run_cli("index", "build", CHECK / "archive", "--index", index).exit_code == 0
    outside = write_files(tmp_path / "outside", {"linked.txt": OTHER})
    folder = write_files(tmp_path / "in", {"good.txt": STORY, "huge.txt": OTHER * 100})
    (folder / "linked.txt").symlink_to(outside / "linked.txt")
    config = write_files(tmp_path, {"p.toml": "[trace]\nmax_article_bytes = 2048\n"}) / "p.toml"
    where = f"provenance: warning: {folder}"

    def checked(*flags: str | Path) -> tuple[list[str], list[str]]:
        result = run_cli("check", folder, "--index", index, "--format", "jsonl", *flags)
        assert result.exit_code in (0, 1), result.stderr
        ids = sorted(Path(json.loads(line)["doc_id"]).name for line in result.stdout.splitlines())
        return ids, [line for line in result.stderr.splitlines() if "warning" in line]

    ids, warnings = checked("--config", config)
    assert ids == ["good"]
    assert f"{where}/huge.txt: skipped: larger than max_article_bytes" in " ".join(warnings)
    assert any(f"{where}/linked.txt: skipped" in w for w in warnings)
    ids, warnings = checked("--config", config, "--follow-symlinks")
    assert ids == ["good", "linked"]
