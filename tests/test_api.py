"""The library API (``import provenance``): the same answers as the command line, typed records
and DataFrames, validated inputs, and no printing."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

import provenance
from provenance import Document, Settings
from tests.conftest import FIXTURES, GOLDEN, ROOT, run_cli
from tests.test_fixtures_golden import CSV_REPORTS

CHECK = ROOT / "fixtures" / "check"


@pytest.fixture(scope="module")
def news() -> provenance.Trace:
    return provenance.trace(FIXTURES)


def test_every_public_name_resolves() -> None:
    for name in provenance.__all__:
        assert getattr(provenance, name) is not None, name
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        _ = provenance.nothing


def test_reports_written_by_the_api_are_the_golden_ones(
    news: provenance.Trace, tmp_path: Path
) -> None:
    written = news.write_reports(tmp_path / "out")
    assert [p.name for p in written] == [*CSV_REPORTS, "run.json"]
    for name in CSV_REPORTS:
        assert (tmp_path / "out" / name).read_bytes() == (GOLDEN / "news" / name).read_bytes()


def test_summary_is_the_command_lines(news: provenance.Trace, tmp_path: Path) -> None:
    golden = (GOLDEN / "news" / "summary.txt").read_text("utf-8")
    unwritten = provenance.trace(FIXTURES)
    assert unwritten.summary() + "\n" == golden.rpartition("reports written to")[0]
    unwritten.write_reports(tmp_path)
    assert unwritten.summary() + "\n" == golden.replace("REPORT_DIR", str(tmp_path))


def test_records_and_frames_agree(news: provenance.Trace) -> None:
    frames = {
        "documents": news.documents_frame(),
        "clusters": news.clusters_frame(),
        "occurrences": news.occurrences_frame(),
        "quotes": news.quotes_frame(),
    }
    assert all(isinstance(f, pl.DataFrame) for f in frames.values())
    assert frames["documents"]["doc_id"].to_list() == [d.doc_id for d in news.documents]
    copies = frames["documents"].filter(pl.col("copied_share") > 0.5)  # shares are numbers
    assert copies["verdict"].to_list() == ["syndicated"] * 4
    assert frames["documents"]["reused_share"].dtype == pl.Float64
    assert frames["clusters"].height == len(news.clusters) == 8
    assert frames["occurrences"].height == len(news.occurrences)
    assert frames["quotes"].height == len(news.quotes) == 20
    texts = {d.doc_id: d.text for d in news.documents}
    for row in frames["occurrences"].iter_rows(named=True):
        assert texts[row["doc_id"]][row["start"] : row["end"]] == row["text"]
    assert news.skipped == ()
    assert "9 documents" in repr(news)


def test_documents_in_memory_trace_as_the_same_files(news: provenance.Trace) -> None:
    """Documents given to ``trace`` are analysed exactly as the files they were read from,
    whatever order they come in."""
    again = provenance.trace(reversed(news.documents))
    for name in ("documents_frame", "clusters_frame", "occurrences_frame", "quotes_frame"):
        assert getattr(again, name)().equals(getattr(news, name)()), name
    assert again.result.root == "(documents)"


def test_from_text_articles_are_traced() -> None:
    shared = (
        "The minister said the harbour bridge will reopen next week after engineers "
        "finished repairs to its cracked supports."
    )
    first = Document.from_text(shared, doc_id="wire/1", outlet="Wire", published="2025-02-15")
    copy = Document.from_text(
        "Local news. " + shared, doc_id="gazette/7", outlet="Gazette", published="2025-02-16"
    )
    other = Document.from_text(
        "Nothing in common with the rest of this tiny corpus at all.", doc_id="x"
    )
    result = provenance.trace([copy, other, first], settings=Settings(min_tokens=5))
    verdicts = dict(result.documents_frame().select("doc_id", "verdict").iter_rows())
    assert verdicts == {"gazette/7": "syndicated", "wire/1": "original", "x": "unique"}
    (cluster,) = result.clusters
    assert {o.doc for o in cluster.occurrences} == {0, 1}
    start = copy.text.index(shared)
    assert [(o.start, o.end) for o in cluster.occurrences if o.doc == 0] == [
        (start, start + len(shared))
    ]


def test_html_without_written_reports(news: provenance.Trace, tmp_path: Path) -> None:
    page = news.write_html(tmp_path / "report.html")
    text = page.read_text("utf-8")
    assert text.startswith("<!DOCTYPE html>")
    assert "meridian/harrow-bridge-closure" in text
    assert list(tmp_path.iterdir()) == [page]  # no reports left behind
    with pytest.raises(provenance.InputError, match="does not exist"):
        news.write_html(tmp_path / "missing" / "report.html")


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"doc_id": ""}, "doc_id must be a non-empty string"),
        ({"doc_id": " a"}, "surrounding spaces or control characters"),
        ({"doc_id": "a\nb"}, "surrounding spaces or control characters"),
        ({"doc_id": "a", "published": "15/02/2025"}, "published '15/02/2025' is not an ISO"),
        ({"doc_id": "a", "outlet": 3}, "outlet must be a string or None, not int"),
    ],
)
def test_from_text_refuses_unusable_fields(fields: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Document.from_text("Some text.", **fields)  # type: ignore[arg-type]


def test_from_text_reads_dates_and_blank_outlets() -> None:
    doc = Document.from_text(
        "Text.", doc_id="a", outlet="  ", published="2025-02-15T10:00:00+01:00"
    )
    assert doc.outlet is None
    assert doc.published is not None and doc.published.text == "2025-02-15T09:00:00Z"
    assert doc.text[doc.body_start :] == "Text."


def test_duplicate_doc_ids_are_refused() -> None:
    one = Document.from_text("First text of this one.", doc_id="same")
    two = Document.from_text("Second text of this one.", doc_id="same")
    with pytest.raises(provenance.InputError, match="two documents have the doc_id 'same'"):
        provenance.trace([one, two])


def test_one_record_file_traces_as_its_folder_holding_it_alone(tmp_path: Path) -> None:
    """A file is a corpus of what it holds: a record dump's reports are those of a folder
    holding only the dump (doc_ids, manifest rows and all), whatever else lies beside it."""
    dump = ROOT / "fixtures" / "formats" / "jsonl" / "dump.jsonl"
    alone = tmp_path / "alone"
    alone.mkdir()
    (alone / dump.name).write_bytes(dump.read_bytes())
    beside = tmp_path / "beside"
    beside.mkdir()
    (beside / dump.name).write_bytes(dump.read_bytes())
    (beside / "other.txt").write_text("Another article that is not in the dump at all.\n")
    from_file = provenance.trace(beside / dump.name)
    assert len(from_file.result.analysis.documents) == 5
    from_file.write_reports(tmp_path / "file")
    provenance.trace(alone).write_reports(tmp_path / "folder")
    for name in CSV_REPORTS:
        assert (tmp_path / "file" / name).read_bytes() == (tmp_path / "folder" / name).read_bytes()
    record = json.loads((tmp_path / "file" / "run.json").read_text("utf-8"))
    assert record["input"] == str(beside / dump.name)
    # the HTML report reads the texts again from the traced file
    page = provenance.html_report(tmp_path / "file", tmp_path / "file.html")
    assert (page.texts, page.warnings) == (5, ())


def test_one_file_without_an_article_is_an_input_error(tmp_path: Path) -> None:
    """As a folder: no article is an error naming what was skipped; strict mode refuses a
    skipped record, named as in the file's folder; the load is timed as a folder's."""
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x00\x01\x02" * 50)
    with pytest.raises(provenance.InputError) as caught:
        provenance.trace(binary)
    assert str(caught.value).startswith(f"{binary}: no readable article found (skipped ")
    dump = tmp_path / "dump.jsonl"
    good = (ROOT / "fixtures" / "formats" / "jsonl" / "dump.jsonl").read_text("utf-8")
    dump.write_text(good + '{"id": "bad", "text": 5}\n', "utf-8")
    with pytest.raises(provenance.InputError) as strict:
        provenance.trace(dump, strict=True)
    assert str(strict.value) == (
        f"{dump}: 1 input skipped in strict mode, first dump.jsonl record 6: text field is a "
        "int, not a string"
    )
    lenient = provenance.trace(dump)
    assert [(s.path, s.record) for s in lenient.skipped] == [("dump.jsonl", 6)]
    assert "load" in lenient.result.analysis.timings


def test_wrong_arguments_say_what_to_give() -> None:
    with pytest.raises(TypeError, match=r"iterable of provenance\.Document"):
        provenance.trace(["not a document"])  # type: ignore[list-item]
    with pytest.raises(TypeError, match=r"settings must be provenance\.Settings"):
        provenance.trace(FIXTURES, settings={"seed": 2})  # type: ignore[arg-type]
    with pytest.raises(provenance.InputError):
        provenance.trace(ROOT / "no-such-folder")


def test_check_and_find_quote_answer_as_the_cli(tmp_path: Path) -> None:
    location = tmp_path / "archive.db"
    built = run_cli("index", "build", CHECK / "archive", "--index", location)
    assert built.exit_code == 0, built.stderr
    incoming = sorted((CHECK / "incoming").iterdir())
    query = "left with no choice after months of broken promises"
    with provenance.open_index(location) as index:
        result = provenance.check(incoming, index=index)
        found = provenance.find_quote(query, index)
    assert [(Path(v.path).name, v.failed) for v in result.verdicts] == [
        ("ferry-wire-copy.txt", True),
        ("harbour-festival.txt", False),
        ("library-copy.txt", True),
    ]
    cli = run_cli("check", *incoming, "--index", location, "--format", "jsonl")
    assert cli.exit_code == 1
    assert [json.loads(line)["copied_share"] for line in cli.stdout.splitlines()] == [
        v.copied_share for v in result.verdicts
    ]
    quoted = run_cli("quote", query, "--index", location, "--format", "json")
    assert json.loads(quoted.stdout) == json.loads(json.dumps(dataclasses.asdict(found)))
    assert found.earliest is not None


def test_quick_start_runs_in_a_fresh_interpreter() -> None:
    """The issue's one-liner, from the repository root, prints the summary."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import provenance; r = provenance.trace('fixtures/news'); print(r.summary())",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("9 documents read, 0 skipped\n")
    assert done.stderr == ""


def test_html_report_of_written_reports(news: provenance.Trace, tmp_path: Path) -> None:
    """``html_report`` reads the texts again from the traced folder run.json names, or says
    why it could not."""
    news.write_reports(tmp_path / "reports")
    page = provenance.html_report(tmp_path / "reports", tmp_path / "page.html")
    assert (page.texts, page.texts_differ, page.warnings) == (9, (), ())
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(provenance.InputError, match="fifo: is neither a folder nor a file"):
        provenance.html_report(tmp_path / "reports", tmp_path / "bare.html", input_dir=fifo)
    with pytest.raises(provenance.InputError) as caught:
        provenance.html_report(
            tmp_path / "reports", tmp_path / "bare.html", input_dir=tmp_path / "missing"
        )
    assert str(caught.value) == (
        f"{tmp_path / 'missing'}: no such folder or file (the traced articles, for their texts)"
    )
    assert not (tmp_path / "bare.html").exists()
    named = run_cli(
        "report", tmp_path / "reports", "--html", tmp_path / "bare.html",
        "--input", tmp_path / "missing",
    )  # fmt: skip
    assert named.exit_code == 2
    assert named.stderr.strip().splitlines() == [f"provenance: error: {caught.value}"]
    # the folder run.json names, moved since: the tables alone, and a warning
    record = json.loads((tmp_path / "reports" / "run.json").read_text("utf-8"))
    record["input"] = str(tmp_path / "moved")
    (tmp_path / "reports" / "run.json").write_text(json.dumps(record), "utf-8")
    elsewhere = provenance.html_report(tmp_path / "reports", tmp_path / "bare.html")
    assert elsewhere.texts == 0
    assert elsewhere.warnings == (
        f"{tmp_path / 'moved'}: traced folder not found; no document texts",
    )
    with pytest.raises(provenance.InputError, match="no reports here"):
        provenance.html_report(tmp_path, tmp_path / "none.html")
