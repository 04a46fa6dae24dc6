"""The command line: exit codes, one-line errors, skipped.csv, formats, documentation."""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

from provenance.pipeline import run as pipeline
from tests.conftest import FIXTURES, ROOT, run_cli

Corpus = Callable[[Mapping[str, str | bytes]], Path]
STORY = (
    "The council said the bridge would stay closed for at least three months.\n"
    "Engineers found serious corrosion in two of the steel supports on Saturday.\n"
)


def one_line_error(stderr: str, expected: str) -> None:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("provenance: error: ")
    assert expected in lines[0]
    assert "Traceback" not in stderr


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ({"a.txt": STORY, "a.md": STORY}, "doc_id 'a' is also the doc_id of a.md"),
        ({"manifest.csv": "outlet\nX\n", "a.txt": STORY}, "needs a 'doc_id' or 'file' column"),
        ({"empty.txt": "", "binary.md": b"\x00\x01"}, "no readable article found"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    corpus: Corpus, tmp_path: Path, files: Mapping[str, str | bytes], expected: str
) -> None:
    result = run_cli("trace", corpus(files), "--out", tmp_path / "out")
    assert result.exit_code == 2
    one_line_error(result.stderr, expected)
    assert result.stdout == ""


def test_missing_directory_exits_2(tmp_path: Path) -> None:
    result = run_cli("trace", tmp_path / "nowhere", "--out", tmp_path / "out")
    assert result.exit_code == 2
    one_line_error(result.stderr, "nowhere: no such directory")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    "args",
    [
        ["trace"],
        ["trace", "x", "--bogus"],
        ["trace", "x", "--lsh-threshold", "abc"],
        ["trace", "x", "--format", "xml"],
        ["nonsense"],
    ],
)
def test_bad_usage_exits_2(args: list[str]) -> None:
    result = run_cli(*args)
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--lsh-threshold", "1.5"], "command line: lsh_threshold must be in (0, 1), got 1.5"),
        (["--lsh-threshold", "0.99"], "command line: lsh_threshold 0.99 with num_perm 128"),
        (["--num-perm", "16", "--lsh-threshold", "0.9"], "gives no usable LSH bands"),
    ],
)
def test_out_of_range_setting_exits_2(tmp_path: Path, args: list[str], expected: str) -> None:
    result = run_cli("trace", FIXTURES, "--out", tmp_path, *args)
    assert result.exit_code == 2
    one_line_error(result.stderr, expected)


def test_skipped_files_are_warned_listed_and_do_not_change_the_exit_code(
    corpus: Corpus, tmp_path: Path
) -> None:
    root = corpus(
        {
            "good.txt": STORY,
            "copy.txt": STORY,
            "empty.txt": "",
            "binary.txt": b"\x00\x01\x02",
            "bad.md": b"\x81\x8d\x8f",
            "latin.txt": "Caf\u00e9 news from the harbour front today.".encode("cp1252"),
        }
    )
    out = tmp_path / "out"
    result = run_cli("trace", root, "--out", out)
    assert result.exit_code == 0, result.stderr
    with (out / "skipped.csv").open(encoding="utf-8", newline="") as handle:
        skipped = list(csv.reader(handle))
    assert skipped == [
        ["path", "record", "reason"],
        ["bad.md", "", "undecodable: neither UTF-8 nor cp1252 (byte 0x81 at 0)"],
        ["binary.txt", "", "binary file (NUL byte in the first 8 KiB)"],
        ["empty.txt", "", "empty file"],
    ]
    assert (
        f"provenance: warning: {root}/latin.txt: not valid UTF-8; read as cp1252" in result.stderr
    )
    assert f"provenance: warning: {root}/empty.txt: skipped: empty file" in result.stderr
    assert "Traceback" not in result.stderr
    documents = (out / "documents.csv").read_text(encoding="utf-8")
    assert "latin,latin.txt,cp1252," in documents


def test_report_folder_inside_input_is_not_read_and_foreign_files_survive(
    corpus: Corpus,
) -> None:
    root = corpus({"a.txt": STORY, "b.txt": STORY})
    out = root / "provenance-report"
    out.mkdir()
    (out / "notes.txt").write_text(STORY, encoding="utf-8")  # would be an article if read
    (out / "documents.csv").write_text("stale\n", encoding="utf-8")
    result = run_cli("trace", root, "--out", out)
    assert result.exit_code == 0, result.stderr
    assert (out / "notes.txt").read_text(encoding="utf-8") == STORY
    documents = (out / "documents.csv").read_text(encoding="utf-8").splitlines()
    assert [line.split(",")[0] for line in documents] == ["doc_id", "a", "b"]
    assert sorted(p.name for p in out.iterdir()) == [
        "clusters.csv",
        "documents.csv",
        "notes.txt",
        "occurrences.csv",
        "pairs.csv",
        "quotes.csv",
        "run.json",
        "skipped.csv",
    ]


def test_out_that_is_a_file_exits_2(corpus: Corpus, tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.write_text("keep me", encoding="utf-8")
    result = run_cli("trace", corpus({"a.txt": STORY}), "--out", target)
    assert result.exit_code == 2
    one_line_error(result.stderr, "exists and is not a directory")
    assert target.read_text(encoding="utf-8") == "keep me"


def test_internal_errors_exit_2_without_traceback(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(pipeline, "trace", broken)
    result = run_cli("trace", FIXTURES, "--out", tmp_path)
    assert result.exit_code == 2
    one_line_error(result.stderr.replace("provenance: internal error", "provenance: error"), "boom")


def test_text_summary_and_run_json(tmp_path: Path) -> None:
    result = run_cli("trace", FIXTURES, "--out", tmp_path)
    assert result.exit_code == 0
    assert result.stderr == ""
    assert "9 documents read, 0 skipped" in result.stdout
    assert "4 syndicated, 1 original, 2 partial, 0 quotes, 2 unique" in result.stdout
    run = json.loads((tmp_path / "run.json").read_text(encoding="utf-8"))
    assert run["settings"]["shingle_size"] == 3
    assert re.fullmatch(r"[0-9a-f]{16}", run["fingerprint"])
    assert run["counts"]["documents"] == 9
    assert run["engine"] == "local"
    assert set(run["timings_seconds"]) >= {"load", "segment", "sketch", "verify", "cluster"}


def test_json_summary(tmp_path: Path) -> None:
    result = run_cli("trace", FIXTURES, "--out", tmp_path, "--format", "json")
    assert result.exit_code == 0
    summary = json.loads(result.stdout)
    assert summary["documents"] == 9
    assert summary["verdicts"] == {
        "syndicated": 4,
        "original": 1,
        "partial": 2,
        "quotes": 0,
        "unique": 2,
    }


def test_quiet_prints_nothing(tmp_path: Path) -> None:
    result = run_cli("trace", FIXTURES, "--out", tmp_path, "--quiet")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")


def test_settings_from_provenance_toml_in_cwd_and_flags_win(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("provenance.toml").write_text("[trace]\nshingle_size = 2\nseed = 9\n", encoding="utf-8")
    result = run_cli("trace", FIXTURES, "--out", "r", "--seed", "4", "--quiet")
    assert result.exit_code == 0, result.stderr
    run = json.loads(Path("r/run.json").read_text(encoding="utf-8"))
    assert (run["settings"]["shingle_size"], run["settings"]["seed"]) == (2, 4)
    Path("provenance.toml").write_text("[trace]\nsingle_size = 2\n", encoding="utf-8")
    result = run_cli("trace", FIXTURES, "--out", "r")
    assert result.exit_code == 2
    one_line_error(result.stderr, "provenance.toml: unknown setting 'single_size'")


def test_version_in_both_formats() -> None:
    assert run_cli("version").stdout.startswith("provenance ")
    assert run_cli("--version").stdout == run_cli("version").stdout
    assert "version" in json.loads(run_cli("version", "--format", "json").stdout)


def test_reports_are_readable_by_others(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        assert run_cli("trace", FIXTURES, "--out", tmp_path, "-q").exit_code == 0
    finally:
        os.umask(previous)
    assert {(p.stat().st_mode & 0o777) for p in tmp_path.iterdir()} == {0o644}


def test_aliases_option(tmp_path: Path) -> None:
    quotes = ROOT / "fixtures" / "quotes"
    missing = run_cli("trace", quotes, "--out", tmp_path / "r", "--aliases", tmp_path / "no.toml")
    assert missing.exit_code == 2
    assert missing.stderr.startswith("provenance: error: ")
    assert "no.toml: cannot read alias file" in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1
    aliases = tmp_path / "aliases.toml"
    aliases.write_text('[aliases]\n"priya raman" = ["tom reid"]\n', encoding="utf-8")
    result = run_cli("trace", quotes, "--out", tmp_path / "r", "--aliases", aliases, "-q")
    assert result.exit_code == 0, result.stderr
    with (tmp_path / "r" / "quotes.csv").open(encoding="utf-8", newline="") as handle:
        keys = {row["speaker_key"] for row in csv.DictReader(handle)}
    assert "tom reid" not in keys and "priya raman" in keys
    run = json.loads((tmp_path / "r" / "run.json").read_text(encoding="utf-8"))
    assert run["speaker_aliases"]["sources"] == ["built-in", str(aliases)]


def test_a_report_that_cannot_be_replaced_leaves_every_report_as_it_was(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run_cli("trace", FIXTURES, "--out", out, "-q").exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.name != "quotes.csv"}
    (out / "quotes.csv").unlink()
    (out / "quotes.csv").mkdir()
    for flags in ((), ("--low-memory",)):
        found = run_cli("trace", ROOT / "fixtures" / "quotes", "--out", out, "-q", *flags)
        assert found.exit_code == 2
        assert "quotes.csv: is a folder" in found.stderr
        after = {p.name: p.read_bytes() for p in out.iterdir() if p.name != "quotes.csv"}
        assert after == before, "a report was replaced"


def test_the_input_folder_is_not_a_report_folder(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(FIXTURES, corpus)
    found = run_cli("trace", corpus, "--out", corpus)
    assert found.exit_code == 2
    assert "the report folder is the input folder" in found.stderr
    # reports an older run left in the input folder itself are not read as articles
    assert run_cli("trace", FIXTURES, "--out", tmp_path / "r", "-q").exit_code == 0
    for report in (tmp_path / "r").iterdir():
        shutil.copy(report, corpus / report.name)
    again = run_cli("trace", corpus, "--out", tmp_path / "again", "--format", "json")
    assert again.exit_code == 0, again.stderr
    assert json.loads(again.stdout)["documents"] == 9


def test_help_names_values_for_people_never_python_types() -> None:
    """Every command's help names option values by placeholders (``--out DIR``, ``--seed N``)
    and arguments by upper-case names, never by Python types (``<list[Path]>``, ``<str>``)."""
    from provenance.cli import app
    from tests.test_docs import generator

    paths = list(generator().command_paths(app))
    assert {("check",), ("trace",), ("index", "build")} <= set(paths)
    for path in paths:
        result = run_cli(*path, "--help")
        assert result.exit_code == 0, result.stderr
        types = re.findall(r"<(?:int|float|str|path|bool|list\[\w+\])>", result.stdout)
        assert types == [], f"{' '.join(path)}: {types}"
        usage = result.stdout.splitlines()[0]
        assert all(name.isupper() for name in re.findall(r"\{([^}]*)\}", usage)), usage
    check = run_cli("check", "--help").stdout
    assert "--index INDEX" in check and "--allow-outlet OUTLET" in check and "-q, --quiet" in check
    assert "Usage: provenance check [OPTIONS] {PATHS}..." in check


def test_the_html_report_may_go_in_the_report_folder_of_a_first_run(tmp_path: Path) -> None:
    """``--out R --html R/report.html`` on a first run: R does not exist yet, and trace makes
    it; the summary says where the page went. A page in a folder nobody makes is refused
    before the run."""
    out = tmp_path / "R"
    result = run_cli("trace", FIXTURES, "--out", out, "--html", out / "report.html")
    assert result.exit_code == 0, result.stderr
    assert (out / "report.html").is_file()
    assert result.stdout.rstrip().endswith(f"HTML report written to {out / 'report.html'}")
    assert "most reused passages:" in result.stdout and "most reused:" not in result.stdout
    elsewhere = run_cli(
        "trace", FIXTURES, "--out", tmp_path / "S", "--html", tmp_path / "T" / "r.html"
    )
    assert elsewhere.exit_code == 2 and "does not exist" in elsewhere.stderr
    assert not (tmp_path / "S").exists()


def test_one_record_file_is_traced_as_its_folder_would_be(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``trace FILE``: the file's records, skips warned of and listed as a folder holding it
    would name them (relative to its folder, printed under it as given); ``--low-memory`` and
    Spark read folders and say so."""
    folder = tmp_path / "dumps"
    folder.mkdir()
    dump = folder / "dump.jsonl"
    good = (ROOT / "fixtures" / "formats" / "jsonl" / "dump.jsonl").read_text("utf-8")
    dump.write_text(good + '{"id": "bad", "text": 5}\n', "utf-8")
    (folder / "other.txt").write_text("An article beside the dump, which is not read.\n")
    monkeypatch.chdir(tmp_path)
    result = run_cli("trace", "dumps/dump.jsonl", "-o", "file", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["documents"] == 5
    assert result.stderr.splitlines() == [
        "provenance: warning: dumps/dump.jsonl record 6: skipped: text field is a int, not a string"
    ]
    dump.with_name("other.txt").unlink()
    assert run_cli("trace", "dumps", "-o", "folder", "-q").exit_code == 0
    for name in ("skipped.csv", "documents.csv", "clusters.csv", "occurrences.csv"):
        assert (tmp_path / "file" / name).read_bytes() == (tmp_path / "folder" / name).read_bytes()
    for flags, how in (
        (("--low-memory",), "--low-memory"),
        (("--engine", "spark"), "--engine spark"),
    ):
        refused = run_cli("trace", "dumps/dump.jsonl", "-o", "parts", *flags)
        assert refused.exit_code == 2
        assert refused.stderr.strip().splitlines() == [
            f"provenance: error: dumps/dump.jsonl: {how} reads a folder; put the file in one"
        ]
