"""Boilerplate: footers learned per outlet, notices and pleas by pattern, never counted as reuse.

The fixture (fixtures/boilerplate): two outlets, four articles each, every article ending with
its outlet's footer (a publisher line no pattern knows, a newsletter sign-up, a copyright line);
one story syndicated from one outlet to the other; one story the Herald reprints from its own
archive; five articles whose only overlap with anything is their footer.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from provenance.boilerplate import Matcher, pattern_paragraphs
from provenance.segment import paragraphs
from tests.conftest import ROOT, SEEDS, require, run_cli
from tests.test_fixtures_golden import check_golden

CORPUS = ROOT / "fixtures" / "boilerplate"
FOOTER_WORDS = ("Coastline Media", "newsletter", "Copyright", "©", "owned and run")


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("boilerplate")
    result = run_cli("trace", CORPUS, "--out", out, "-q")
    assert result.exit_code == 0, result.stderr
    return out


@pytest.mark.parametrize("name", ["documents.csv", "clusters.csv"])
def test_reports_match_golden_files(report: Path, name: str) -> None:
    check_golden(name, (report / name).read_bytes(), corpus="boilerplate")


def test_no_footer_is_a_cluster(report: Path) -> None:
    for cluster in rows(report / "clusters.csv"):
        assert not any(word in cluster["text"] for word in FOOTER_WORDS), cluster["text"]
        assert cluster["kind"] == "passage"


def test_syndicated_story_and_archive_reprint_are_found(report: Path) -> None:
    documents = {d["doc_id"]: d for d in rows(report / "documents.csv")}
    assert (
        documents["voice/ferry-fares"]["verdict"],
        documents["voice/ferry-fares"]["copied_from"],
    ) == (
        "syndicated",
        "herald/ferry-fares",
    )
    reprint = documents["herald/harbour-wall-archive"]
    assert (reprint["verdict"], reprint["copied_from"]) == ("syndicated", "herald/harbour-wall")
    by_docs = {c["doc_ids"]: c for c in rows(report / "clusters.csv")}
    assert by_docs["herald/harbour-wall;herald/harbour-wall-archive"]["same_outlet"] == "true"
    assert by_docs["herald/ferry-fares;voice/ferry-fares"]["same_outlet"] == "false"


def test_footer_only_overlap_is_unique_and_footers_are_counted(report: Path) -> None:
    documents = {d["doc_id"]: d for d in rows(report / "documents.csv")}
    for doc_id in ("herald/lifeboat-crew", "voice/mill-reopens", "voice/school-bus"):
        assert (documents[doc_id]["verdict"], documents[doc_id]["reused_chars"]) == ("unique", "0")
    for document in documents.values():
        text = (CORPUS / document["path"]).read_text(encoding="utf-8")
        footer = text[text.index("The Harbour Herald is") if "herald/" in document["doc_id"]
                      else text.index("Valley Voice is owned"):]  # fmt: skip
        assert int(document["boilerplate_chars"]) == len("".join(footer.split()))
        assert document["reused_share"] <= "1.0000"


def test_keep_boilerplate_reports_it_as_its_own_kind(tmp_path: Path) -> None:
    result = run_cli("trace", CORPUS, "--out", tmp_path, "-q", "--keep-boilerplate")
    assert result.exit_code == 0, result.stderr
    clusters = rows(tmp_path / "clusters.csv")
    kept = [c for c in clusters if c["kind"] == "boilerplate"]
    assert {c["text"].split()[0] for c in kept} >= {"The", "Valley"}
    assert all(c["same_outlet"] == "true" for c in kept)
    documents = {d["doc_id"]: d["verdict"] for d in rows(tmp_path / "documents.csv")}
    assert documents["herald/lifeboat-crew"] == "unique"  # kept, still not reuse


def test_without_suppression_footers_are_reuse(tmp_path: Path) -> None:
    result = run_cli("trace", CORPUS, "--out", tmp_path, "-q", "--no-suppress-boilerplate")
    assert result.exit_code == 0, result.stderr
    documents = {d["doc_id"]: d for d in rows(tmp_path / "documents.csv")}
    assert documents["herald/lifeboat-crew"]["verdict"] != "unique"
    assert documents["herald/lifeboat-crew"]["boilerplate_chars"] == "0"


@pytest.mark.parametrize(
    "text",
    [
        "This content is provided by Spreaker, which may be using cookies and other technologies.",
        "Your support helps us to tell the story. Read more.",
        "Follow for more updates on Britannia Daily",
        "Copyright ©️ 2024 Britannia Daily | All rights reserved.",
        "You may also like",
        "Image: The two leaders held talks before the funeral",
    ],
)
def test_patterns_mark_notices(text: str) -> None:
    assert pattern_paragraphs(text, paragraphs(text), Matcher.build()) == [(0, len(text))]


@pytest.mark.parametrize(
    "text",
    [
        "The bakery sold 3,000 cookies at the fair, and the council welcomed the donations.",
        "Campaigners said they would not give up their support for the new pool.",
        "The minister signed up to the plan on Friday.",
    ],
)
def test_patterns_leave_news_alone(text: str) -> None:
    assert pattern_paragraphs(text, paragraphs(text), Matcher.build()) == []


def test_user_patterns_extend_the_built_in_ones() -> None:
    text = "Listen to our podcast every Friday."
    assert pattern_paragraphs(text, paragraphs(text), Matcher.build()) == []
    assert pattern_paragraphs(text, paragraphs(text), Matcher.build([r"\bour podcast\b"])) != []


def test_seed_notices_and_pleas_are_counted(tmp_path: Path) -> None:
    require(SEEDS.is_dir(), f"the seed articles are not at {SEEDS}")
    result = run_cli("trace", SEEDS, "--out", tmp_path, "-q")
    assert result.exit_code == 0, result.stderr
    counted = {
        d["doc_id"][:3]: int(d["boilerplate_chars"]) for d in rows(tmp_path / "documents.csv")
    }
    texts = {p.name[:3]: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}

    def size(doc: str, start: str, end: str) -> int:
        text = texts[doc]
        piece = text[text.index(start) : text.index(end) + len(end)]
        return len("".join(piece.split()))

    spreaker = "This content is provided by Spreaker"
    assert counted["001"] >= 2 * size("001", spreaker, "for this session only.")
    plea = size("004", "Your support helps us", "Your support makes all the difference. Read more")
    assert counted["004"] >= plea
    tail = size("002", "You may also like", "All rights reserved.")
    assert counted["002"] >= tail
    assert counted["000"] == counted["003"] == 0
