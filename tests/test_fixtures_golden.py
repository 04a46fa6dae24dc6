"""The bundled fixture corpus: known answers, golden reports, checkable offsets.

Regenerate the golden files after an intended change with
``PROVENANCE_UPDATE_GOLDEN=1 python -m pytest tests/test_fixtures_golden.py`` and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from provenance.reports import schema
from tests.conftest import FIXTURES, GOLDEN, rows, run_cli, traced

CSV_REPORTS = tuple(report.file for report in schema.CSV_REPORTS)


def check_golden(name: str, produced: bytes, corpus: str = "news") -> None:
    golden = GOLDEN / corpus / name
    if os.environ.get("PROVENANCE_UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(produced)
    assert produced == golden.read_bytes(), f"{name} differs from {golden}"


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out, result = traced(tmp_path_factory, FIXTURES)
    (out / "stdout.txt").write_text(result.stdout.replace(str(out), "REPORT_DIR"), "utf-8")
    return out


@pytest.mark.parametrize("name", CSV_REPORTS)
def test_reports_match_golden_files(report: Path, name: str) -> None:
    check_golden(name, (report / name).read_bytes())


def test_terminal_summary_matches_golden_snapshot(report: Path) -> None:
    check_golden("summary.txt", (report / "stdout.txt").read_bytes())


def test_verdicts_and_sources(report: Path) -> None:
    found = {
        r["doc_id"]: (r["verdict"], r["copied_from"], r["direction_basis"])
        for r in rows(report / "documents.csv")
    }
    wire = "meridian/harrow-bridge-closure"
    statement = "council/harrow-bridge-statement"
    assert found == {
        statement: ("original", "", ""),
        wire: ("partial", statement, "date"),  # quotes the statement, adds its own reporting
        "echo/harrow-bridge-closure": ("syndicated", wire, "date"),  # light edits + local para
        "courier/bridge-shut-for-repairs": ("syndicated", wire, "date"),  # paragraphs reordered
        "valley-radio/harrow-bridge": ("syndicated", wire, "date"),  # straight quotes, casing
        "digest/harrow-bridge": ("syndicated", wire, "containment"),  # undated, two paras cut
        "review/harrow-bridge-comment": ("partial", statement, "date"),  # quotes in part
        "echo/harrow-bridge-history": ("unique", "", ""),  # same topic, names, numbers
        "sport/eastmouth-rovers": ("unique", "", ""),
    }


def test_metadata_sources(report: Path) -> None:
    found = {
        r["doc_id"]: (r["outlet"], r["published"], r["date_source"])
        for r in rows(report / "documents.csv")
    }
    assert found["courier/bridge-shut-for-repairs"] == (
        "Coast Courier",
        "2025-03-04",
        "frontmatter",
    )
    assert found["valley-radio/harrow-bridge"] == ("Valley Radio", "2025-03-04", "header")
    assert found["review/harrow-bridge-comment"] == (
        "Northern Review",
        "2025-03-05T08:00:00Z",
        "manifest",
    )
    assert found["digest/harrow-bridge"] == ("Daily Digest", "", "none")
    assert found["sport/eastmouth-rovers"] == ("", "", "none")


def test_statement_sentence_is_traced_to_the_council(report: Path) -> None:
    clusters = rows(report / "clusters.csv")
    safety = [c for c in clusters if "Public safety has to come first" in c["text"]]
    assert len(safety) == 1  # with the statement's other sentences the copies repeat
    assert safety[0]["earliest_doc_id"] == "council/harrow-bridge-statement"
    assert safety[0]["n_docs"] == "7"
    assert safety[0]["earliest_basis"] == "undated_possible"  # the digest is undated
    unrelated = {"echo/harrow-bridge-history", "sport/eastmouth-rovers"}
    assert not any(unrelated & set(c["doc_ids"].split(";")) for c in clusters)


def test_every_offset_is_checkable(report: Path) -> None:
    paths = {r["doc_id"]: (r["path"], r["encoding"]) for r in rows(report / "documents.csv")}
    occurrences = rows(report / "occurrences.csv")
    assert occurrences
    for occ in occurrences:
        path, encoding = paths[occ["doc_id"]]
        with (FIXTURES / path).open(encoding=encoding, newline="") as handle:
            text = handle.read()
        assert text[int(occ["start"]) : int(occ["end"])] == occ["text"]


def test_second_run_is_byte_identical(report: Path, tmp_path: Path) -> None:
    assert run_cli("trace", FIXTURES, "--out", tmp_path, "--quiet").exit_code == 0
    for name in CSV_REPORTS:
        assert (tmp_path / name).read_bytes() == (report / name).read_bytes()
