"""The report schema (provenance/reports/schema.py) against the reports as written, and the
closed vocabularies (the enums of provenance/model.py) against the values the golden reports
hold."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

import provenance
from provenance.checking.screen import FailOn, Policy
from provenance.errors import InputError
from provenance.model import (
    ClusterKind,
    DateSource,
    DirectionBasis,
    Document,
    DocumentVerdict,
    EarliestBasis,
    LinkKind,
    QuoteKind,
    QuoteVariant,
)
from provenance.pipeline.run import analyse
from provenance.reports.evaluate import evaluate
from provenance.reports.schema import CSV_REPORTS, REPORT_FILES, Column, Report
from provenance.reports.tables import FRAMES, read_rows
from provenance.settings import Settings
from tests.conftest import FIXTURES, GOLDEN, ROOT, rows, run_cli

REPORT_IDS = [report.file for report in CSV_REPORTS]
VOCABULARIES = [
    (report, column)
    for report in CSV_REPORTS
    for column in report.columns
    if column.vocabulary is not None
]
VOCABULARY_IDS = [f"{report.file}:{column.name}" for report, column in VOCABULARIES]

# Members no golden report holds an example of: the enums are these supersets of the golden
# values. The first three are produced in test_the_members_no_golden_report_holds_are_made;
# pages, records and WARC files (tests/test_inputs.py) give the three date sources.
UNSEEN = {
    ("clusters.csv", "earliest_basis"): {"undated", "tie"},
    ("clusters.csv", "kind"): {"boilerplate"},  # reported only with --keep-boilerplate
    ("documents.csv", "date_source"): {"html", "record", "warc"},
    ("documents.csv", "direction_basis"): {"same_date_containment", "identical"},
    ("documents.csv", "verdict"): {"quotes"},
    ("pairs.csv", "direction_basis"): {"same_date_containment", "identical"},
    ("quotes.csv", "kind"): {"term", "title", "code"},
    ("quotes.csv", "variant"): {"edited"},
}

S1 = "The council said the harbour wall would stay closed for at least three more months."
S2 = "Engineers found serious cracks in two of the stone piers during Saturday's inspection."


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> tuple[provenance.Trace, Path]:
    """A trace of fixtures/news, and the folder its reports were written to."""
    traced = provenance.trace(FIXTURES)
    out = tmp_path_factory.mktemp("news")
    traced.write_reports(out)
    return traced, out


@pytest.mark.parametrize("report", CSV_REPORTS, ids=REPORT_IDS)
def test_written_headers_are_the_schema_columns(
    news: tuple[provenance.Trace, Path], report: Report
) -> None:
    with (news[1] / report.file).open(encoding="utf-8", newline="") as handle:
        assert tuple(next(csv.reader(handle))) == report.names


def test_trace_writes_the_schema_files_and_only_those(news: tuple[provenance.Trace, Path]) -> None:
    assert sorted(path.name for path in news[1].iterdir()) == sorted(REPORT_FILES)
    assert [report.file for report in FRAMES] == REPORT_IDS


@pytest.mark.parametrize("report", CSV_REPORTS, ids=REPORT_IDS)
def test_frames_have_the_schema_dtypes_and_empty_cells_only_where_allowed(
    news: tuple[provenance.Trace, Path], report: Report
) -> None:
    frame = FRAMES[report](news[0].result)
    assert dict(frame.schema) == report.dtypes
    for column in report.columns:
        if not column.nullable:
            assert frame[column.name].null_count() == 0, column.name


@pytest.mark.parametrize("report", CSV_REPORTS, ids=REPORT_IDS)
def test_golden_reports_have_empty_cells_only_where_allowed(report: Report) -> None:
    goldens = sorted(GOLDEN.glob(f"*/{report.file}"))
    assert goldens, f"no golden {report.file}"
    required = [column.name for column in report.columns if not column.nullable]
    for path in goldens:
        for number, row in enumerate(rows(path), start=1):
            empty = [name for name in required if row[name] == ""]
            assert not empty, f"{path} row {number}: empty {empty}"


def test_a_report_names_each_column_once_and_sorts_by_its_own() -> None:
    text = Column("a", CSV_REPORTS[0].columns[0].dtype, "a column")
    with pytest.raises(ValueError, match="listed twice"):
        Report("x.csv", "row", (text, text), ("a",))
    with pytest.raises(ValueError, match="sort key"):
        Report("x.csv", "row", (text,), ("b",))


def test_the_vocabulary_columns() -> None:
    assert {(r.file, c.name): c.vocabulary for r, c in VOCABULARIES} == {
        ("documents.csv", "date_source"): DateSource,
        ("documents.csv", "direction_basis"): DirectionBasis,
        ("documents.csv", "verdict"): DocumentVerdict,
        ("clusters.csv", "kind"): ClusterKind,
        ("clusters.csv", "earliest_basis"): EarliestBasis,
        ("quotes.csv", "variant"): QuoteVariant,
        ("quotes.csv", "kind"): QuoteKind,
        ("pairs.csv", "link"): LinkKind,
        ("pairs.csv", "direction_basis"): DirectionBasis,
    }


@pytest.mark.parametrize(("report", "column"), VOCABULARIES, ids=VOCABULARY_IDS)
def test_each_vocabulary_is_the_values_of_the_golden_reports(
    report: Report, column: Column
) -> None:
    assert column.vocabulary is not None
    found = {row[column.name] for path in GOLDEN.glob(f"*/{report.file}") for row in rows(path)}
    if column.nullable:
        assert "" in found, f"{column.name}: no golden row leaves it empty"
        found.discard("")
    members = {member.value for member in column.vocabulary}
    assert found <= members
    assert members - found == UNSEEN.get((report.file, column.name), set())


def test_the_members_no_golden_report_holds_are_made(tmp_path: Path) -> None:
    def docs(published: str | None) -> list[Document]:
        return [
            Document.from_text(f"{S1}\n\n{S2}", doc_id=doc_id, published=published)
            for doc_id in ("a", "b")
        ]

    undated = analyse(docs(None), Settings())
    assert {c.earliest_basis for c in undated.clusters} == {EarliestBasis.UNDATED}
    tie = analyse(docs("2025-03-03"), Settings())
    assert {c.earliest_basis for c in tie.clusters} == {EarliestBasis.TIE}
    # the same day, no times: the one that holds much more of the other copied it
    subset = Document.from_text(S1, doc_id="c", published="2025-03-03")
    same_day = analyse([*docs("2025-03-03")[:1], subset], Settings())
    assert {a.direction_basis for a in same_day.attributions} == {
        None,
        DirectionBasis.SAME_DATE_CONTAINMENT,
    }
    assert {p.direction_basis for p in same_day.pairs} == {DirectionBasis.SAME_DATE_CONTAINMENT}
    assert {a.direction_basis for a in undated.attributions} == {None, DirectionBasis.IDENTICAL}
    # two stories quoting the same words, each its own way: a quotation, not reuse
    quote = "“We will rebuild the harbour wall before the first of the winter storms arrives.”"
    quoting = analyse(
        [
            Document.from_text(f"The mayor told the council: {quote}", doc_id="a"),
            Document.from_text(f"{S2}\n\nResidents welcomed the pledge. {quote}", doc_id="b"),
        ],
        Settings(),
    )
    assert {a.verdict for a in quoting.attributions} == {DocumentVerdict.QUOTES}
    assert {p.kind for p in quoting.pairs} == {LinkKind.QUOTATION}
    result = run_cli(
        "trace", ROOT / "fixtures" / "boilerplate", "--out", tmp_path, "-q", "--keep-boilerplate"
    )
    assert result.exit_code == 0, result.stderr
    assert ClusterKind.BOILERPLATE in {row["kind"] for row in rows(tmp_path / "clusters.csv")}
    # a quote reprinted with a word changed
    said = "Jane Morrow said: “We will fix every pothole on the {} street before the end of May.”"
    edited = analyse(
        [
            Document.from_text(said.format("high"), doc_id="a", published="2025-03-01"),
            Document.from_text(said.format("main"), doc_id="b", published="2025-03-02"),
        ],
        Settings(),
    )
    assert {row.variant for row in edited.quote_rows} == {QuoteVariant.EXACT, QuoteVariant.EDITED}
    # what else quotation marks hold: a scare quote, a title, a page's script
    page = tmp_path / "page"
    page.mkdir()
    (page / "a.txt").write_text(
        "The mayor called the plan a “fantasy” as its “Scheme of the Year” last night.\n\n"
        "The page ended with “target_type: 'mix'” and nothing else.\n",
        encoding="utf-8",
    )
    result = run_cli("trace", page, "--out", tmp_path / "page-out", "-q")
    assert result.exit_code == 0, result.stderr
    found = rows(tmp_path / "page-out" / "quotes.csv")
    assert [(row["text"], row["kind"], row["speaker"]) for row in found] == [
        ("fantasy", QuoteKind.TERM, ""),
        ("Scheme of the Year", QuoteKind.TITLE, ""),
        ("target_type: 'mix'", QuoteKind.CODE, ""),
    ]


def test_members_are_written_as_their_values() -> None:
    for _, column in VOCABULARIES:
        assert column.vocabulary is not None
        for member in column.vocabulary:
            assert (str(member), f"{member}", json.dumps(member)) == (
                member.value,
                member.value,
                json.dumps(member.value),
            )
    assert [f"{v}" for v in DocumentVerdict] == [
        "syndicated",
        "original",
        "partial",
        "quotes",
        "unique",
    ]


def test_read_rows_parses_the_vocabularies(news: tuple[provenance.Trace, Path]) -> None:
    documents = read_rows(news[1] / "documents.csv")
    assert all(isinstance(row["verdict"], DocumentVerdict) for row in documents)
    assert {type(row["direction_basis"]) for row in documents} == {DirectionBasis, str}
    quoted = read_rows(news[1] / "quotes.csv")
    assert {row["variant"] for row in quoted} >= {QuoteVariant.EXACT, ""}


def test_read_rows_refuses_a_value_outside_its_vocabulary(tmp_path: Path) -> None:
    path = tmp_path / "clusters.csv"
    path.write_text("cluster_id,kind\nc1,quote\nc2,excerpt\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"row 2: kind 'excerpt' is not one of passage, quote, b"):
        read_rows(path)
    path.write_text("cluster_id,kind\nc1,\n", encoding="utf-8")  # kind is never empty
    with pytest.raises(InputError, match="kind '' is not one of"):
        read_rows(path)
    path.write_text("cluster_id,doc_ids\nc1,a;b\n", encoding="utf-8")  # no kind column
    assert read_rows(path) == [{"cluster_id": "c1", "doc_ids": "a;b"}]
    other = tmp_path / "notes.csv"  # not a report: read as it is
    other.write_text("kind\nexcerpt\n", encoding="utf-8")
    assert read_rows(other) == [{"kind": "excerpt"}]


def test_evaluate_refuses_an_unknown_verdict(tmp_path: Path) -> None:
    (tmp_path / "documents.csv").write_text("doc_id,verdict,copied_from\na,copied,\n", "utf-8")
    truth = tmp_path / "truth.json"
    truth.write_text(
        json.dumps(
            {
                "format": "provenance-truth/1",
                "documents": [{"doc_id": "a", "verdict": "original", "copied_from": None}],
                "clusters": [],
                "boilerplate": [],
            }
        ),
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=r"documents\.csv: row 1: verdict 'copied' is not one of"):
        evaluate(tmp_path, truth)
    truth.write_text(truth.read_text("utf-8").replace('"original"', '"copy"'), "utf-8")
    with pytest.raises(InputError, match="truth document 'a': verdict 'copy' is not one of"):
        evaluate(tmp_path, truth)


def test_a_policy_parses_its_fail_on() -> None:
    assert Policy(0.5, "reuse").fail_on is FailOn.reuse  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="fail_on must be one of syndicated, reuse"):
        Policy(0.5, "everything")  # type: ignore[arg-type]
