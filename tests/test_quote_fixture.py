"""The quote fixture (fixtures/quotes): a statement and everything outlets did with its quote.

- ``statement``: the council's release; leader Priya Raman's two-sentence quote (the source).
- ``wire``: quotes both sentences, each in its own paragraph ("…,” said Priya Raman" and
  "…,” she added"), with reporting of its own.
- ``gazette``: the wire story syndicated with straight quotes (it’ll → it'll: still exact, a
  house style of marks is no edit).
- ``courier``: credits the first sentence to the chief executive, Tom Reid (a conflict), and
  has a five-word stock line ("Safety is our first priority") that must not be traced.
- ``comment``: quotes the first sentence cut at an ellipsis (truncated) and six words of the
  second inside its own sentence (a fragment), without saying who said them.
- ``background``: the same facts in other words (a paraphrase): nothing shared.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ROOT, rows, run_cli, traced
from tests.test_fixtures_golden import check_golden

QUOTES = ROOT / "fixtures" / "quotes"
FIRST = "We know how much this pool means to families across Northvale"
SECOND = "The new pool will be warmer, greener and open to everyone"


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return traced(tmp_path_factory, QUOTES, "-q")[0]


@pytest.mark.parametrize("name", ["clusters.csv", "occurrences.csv", "quotes.csv"])
def test_reports_match_golden_files(report: Path, name: str) -> None:
    check_golden(name, (report / name).read_bytes(), corpus="quotes")


def test_summary_lists_the_most_reused_quotes(tmp_path: Path) -> None:
    result = run_cli("trace", QUOTES, "--out", tmp_path)
    assert result.exit_code == 0, result.stderr
    summary = result.stdout.replace(str(tmp_path), "REPORT_DIR")
    check_golden("summary.txt", summary.encode(), corpus="quotes")
    assert "most reused quotes:" in summary
    assert "Priya Raman (credited to others too); first in Northvale Borough Council" in summary


def test_every_quote_is_traced_to_the_statement_with_its_variant(report: Path) -> None:
    clusters = {c["cluster_id"]: c for c in rows(report / "clusters.csv")}
    found = {
        (q["doc_id"], q["text"][:30]): (q["variant"], q["is_earliest"], q["speaker_key"])
        for q in rows(report / "quotes.csv")
        if q["cluster_id"]
    }
    assert found == {
        ("statement", FIRST[:30]): ("exact", "true", "priya raman"),
        ("wire", FIRST[:30]): ("exact", "false", "priya raman"),
        ("wire", SECOND[:30]): ("exact", "false", "priya raman"),
        ("gazette", FIRST[:30]): ("exact", "false", "priya raman"),
        ("gazette", SECOND[:30]): ("exact", "false", "priya raman"),
        ("courier", FIRST[:30]): ("exact", "false", "tom reid"),
        ("comment", FIRST[:30]): ("truncated", "false", "priya raman"),
        ("comment", "warmer, greener and open to ev"): ("fragment", "false", ""),
    }
    traced = {q["cluster_id"] for q in rows(report / "quotes.csv") if q["cluster_id"]}
    assert {clusters[c]["earliest_doc_id"] for c in traced} == {"statement"}


def test_conflicting_credit_is_flagged(report: Path) -> None:
    clusters = rows(report / "clusters.csv")
    [first] = [c for c in clusters if FIRST in c["text"]]
    [second] = [c for c in clusters if SECOND in c["text"]]
    assert (first["speaker"], first["speaker_conflict"]) == ("Priya Raman", "true")
    assert (second["speaker"], second["speaker_conflict"]) == ("Priya Raman", "false")
    assert first["kind"] == second["kind"] == "quote"


def test_stock_lines_and_paraphrases_are_not_traced(report: Path) -> None:
    quotes = {q["text"]: q for q in rows(report / "quotes.csv")}
    assert quotes["Safety is our first priority,"]["cluster_id"] == ""
    assert quotes["Safety is our first priority,"]["speaker_key"] == (
        "northvale leisure spokesperson"
    )
    occurrences = rows(report / "occurrences.csv")
    assert not [o for o in occurrences if o["doc_id"] == "background"]


def test_quoted_and_unquoted_occurrences_are_marked(report: Path) -> None:
    occurrences = rows(report / "occurrences.csv")
    fragment = [o for o in occurrences if o["doc_id"] == "comment" and "greener" in o["text"]]
    assert [o["in_quotes"] for o in fragment] == ["true"]
    lifted = [o for o in occurrences if "Swimming lessons" in o["text"]]
    assert {o["doc_id"] for o in lifted} == {"statement", "wire", "gazette"}
    assert {o["in_quotes"] for o in lifted} == {"false"}


def test_quote_offsets_are_exact(report: Path) -> None:
    for quote in rows(report / "quotes.csv"):
        text = (QUOTES / f"{quote['doc_id']}.txt").read_text(encoding="utf-8")
        assert text[int(quote["start"]) : int(quote["end"])] == quote["text"]


def test_a_passage_quoting_two_people_conflicts_only_over_the_same_words() -> None:
    """Two outlets print one passage quoting two people. Crediting each quote alike is no
    conflict, however many people the passage quotes; crediting the same words to two people
    who cannot be one is."""
    import provenance

    def story(second: str) -> str:
        return (
            "The harbour board met on Tuesday to decide the future of the old ferry terminal. "
            "“We will rebuild the pier before the summer season begins,” said Priya Raman, the "
            "board's chair. The council backed the plan after a long debate in the chamber. "
            f"“The town cannot wait another year for the repairs to start,” said {second}.\n"
        )

    def conflict(second: str) -> bool:
        docs = [
            provenance.Document.from_text(story("Tom Reid"), doc_id="a", outlet="A"),
            provenance.Document.from_text(story(second), doc_id="b", outlet="B"),
        ]
        clusters = provenance.trace(docs).clusters
        [passage] = [c for c in clusters if len(c.docs) == 2]
        return passage.speaker_conflict

    assert not conflict("Tom Reid")
    assert conflict("Alan Moss")
