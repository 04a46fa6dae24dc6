"""The scorer on hand-made truth and reports whose figures are known."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from provenance.errors import InputError
from provenance.reports.evaluate import Counts, evaluate
from tests.conftest import run_cli

DOCS = """doc_id,verdict,copied_from
a,original,
b,syndicated,a
c,syndicated,d
d,partial,
e,syndicated,a
n,unique,
"""
CLUSTERS = """cluster_id,earliest_doc_id,earliest_basis,doc_ids
k1,a,dated,a;b;e
k2,b,dated,a;b
k3,d,undated_possible,c;d;n
"""
QUOTES = """quote_id,doc_id,start,end,text,speaker_key,cluster_id
q1,a,0,100,x,jane morrow,k1
q2,b,10,100,x,tom reid,k1
q3,d,0,40,x,,k3
q4,e,950,980,x,,
q5,n,0,50,x,,k3
q6,a,400,450,x,,k2
"""
OCCURRENCES = """cluster_id,doc_id,start,end
k1,a,0,100
k1,b,10,100
k2,a,200,300
k2,b,200,260
k3,d,0,50
k3,n,0,50
k1,e,900,990
"""


def truth() -> dict[str, object]:
    documents = [
        {"doc_id": "a", "role": "original", "verdict": "original", "copied_from": None,
         "published": "2025-01-01"},
        {"doc_id": "b", "role": "syndicated", "verdict": "syndicated", "copied_from": "a",
         "published": "2025-01-02"},
        {"doc_id": "c", "role": "syndicated", "verdict": "syndicated", "copied_from": "a",
         "published": None},
        {"doc_id": "d", "role": "syndicated", "verdict": "syndicated", "copied_from": "a",
         "published": "2025-01-02"},
        {"doc_id": "e", "role": "commentary", "verdict": "partial", "copied_from": None,
         "published": "2025-01-03"},
        {"doc_id": "n", "role": "paraphrase", "verdict": "unique", "copied_from": None,
         "published": None},
    ]  # fmt: skip
    clusters = [
        {"cluster_id": "u1", "source_doc_id": "a", "speaker": "Dr Jane Morrow", "occurrences": [
            {"doc_id": "a", "start": 0, "end": 100, "kind": "passage"},
            {"doc_id": "b", "start": 0, "end": 100, "kind": "passage"},
            {"doc_id": "c", "start": 0, "end": 100, "kind": "passage"}]},
        {"cluster_id": "u2", "source_doc_id": "a", "occurrences": [
            {"doc_id": "a", "start": 200, "end": 300, "kind": "passage"},
            {"doc_id": "b", "start": 200, "end": 300, "kind": "passage"}]},
        {"cluster_id": "u3", "source_doc_id": "c", "occurrences": [
            {"doc_id": "c", "start": 500, "end": 600, "kind": "passage"},
            {"doc_id": "d", "start": 0, "end": 40, "kind": "quote"},
            {"doc_id": "e", "start": 950, "end": 980, "kind": "fragment", "words": 5}]},
    ]  # fmt: skip
    return {
        "format": "provenance-truth/1",
        "documents": documents,
        "clusters": clusters,
        "boilerplate": [{"doc_id": "n", "start": 0, "end": 60}],
    }


@pytest.fixture
def paths(tmp_path: Path) -> tuple[Path, Path]:
    report = tmp_path / "report"
    report.mkdir()
    (report / "documents.csv").write_text(DOCS, encoding="utf-8")
    (report / "clusters.csv").write_text(CLUSTERS, encoding="utf-8")
    (report / "occurrences.csv").write_text(OCCURRENCES, encoding="utf-8")
    (report / "quotes.csv").write_text(QUOTES, encoding="utf-8")
    truth_path = tmp_path / "truth.json"
    truth_path.write_text(json.dumps(truth()), encoding="utf-8")
    return report, truth_path


def test_figures(paths: tuple[Path, Path]) -> None:
    e = evaluate(*paths)
    # syndicated: predicted b, c, e; true b, c, d -> tp b, c; fp e; fn d; c's source is wrong
    assert e.syndication == Counts(2, 1, 1)
    assert e.copied_from_right == 1
    # predictions: 7 spans; n's is on boilerplate; e's 900-990 overlaps the fragment 950-980
    # (30 >= half of 30): right; a, b, a, b, d right; none wrong
    assert (e.passages.correct, e.passages.wrong, e.boilerplate_spans) == (6, 0, 1)
    # whole true spans: a0, b0, c0, a200, b200, c500, d0 -> found a0, b0, a200, b200, d0
    assert (e.passages.found, e.passages.missed) == (5, 2)
    # boundary: a0 0, b0 (10+0)/2=5, a200 0, b200 (0+40)/2=20, d0 (0+10)/2=5 -> 30/5
    assert e.boundary_error == pytest.approx(6.0)
    assert (e.fragments_found, e.fragments) == (1, 1)
    # u1 and u2 have a dated source before every other dated occurrence; both found as k1, k1
    # (u1: a's span), k2 (u2) -> earliest a (right) and b (wrong); u3's source c is undated and
    # its cluster k3 (found through d) is marked undated_possible
    assert (e.dated_clusters, e.dated_detected, e.dated_right) == (2, 2, 1)
    assert (e.undated_clusters, e.undated_detected, e.undated_flagged) == (1, 1, 1)
    assert e.negatives_with_reuse == []
    assert e.as_dict()["syndication"]["f1"] == pytest.approx(0.6667, abs=1e-4)
    # characters: predicted runs a 0-100, 200-300; b 10-100, 200-260; d 0-50; e 900-990 (490);
    # true a, b, c 0-100; a, b 200-300; c 500-600; d 0-40; e's fragment 950-980 (670)
    assert (e.chars.predicted, e.chars.true, e.chars.both) == (490, 670, 420)
    assert e.pairs is None and e.cases == {}  # the truth lists neither
    # quotes: d's quotation of c is in k3, which holds c; e's fragment row has no cluster
    q = e.quotes
    assert (q.quotes_traced, q.quotes, q.fragments_traced, q.fragments) == (1, 1, 0, 1)
    assert q.fragments_by_words == {"5": [0, 1]}
    # linked rows a, b, d overlap true spans; a 400-450 does not; n's lies on boilerplate
    assert (q.links_right, q.links_wrong) == (3, 1)
    # u1 is by Dr Jane Morrow: a names her, b names Tom Reid, c has no quote row
    assert (q.speakers_right, q.speakers_wrong, q.speakers_unknown) == (1, 1, 1)
    assert e.as_dict()["quotes"]["speaker_precision"] == 0.5


def test_cli_prints_text_and_json(paths: tuple[Path, Path], tmp_path: Path) -> None:
    report, truth_path = paths
    for doc_id in "abcden":
        (tmp_path / f"{doc_id}.txt").write_text("x" * 1000, encoding="utf-8")
    result = run_cli("eval", tmp_path, report, truth_path)
    assert result.exit_code == 0, result.stderr
    assert "precision 0.6667  recall 0.6667  F1 0.6667" in result.stdout
    data = json.loads(run_cli("eval", tmp_path, report, truth_path, "--format", "json").stdout)
    assert data["passages"]["recall"] == pytest.approx(5 / 7, abs=1e-4)


def test_bad_truth_files(paths: tuple[Path, Path], tmp_path: Path) -> None:
    report, truth_path = paths
    with pytest.raises(InputError, match="no such truth file"):
        evaluate(report, tmp_path / "missing.json")
    truth_path.write_text('{"format": "other"}', encoding="utf-8")
    with pytest.raises(InputError, match="not a provenance-truth/1 truth file"):
        evaluate(report, truth_path)
    result = run_cli("eval", tmp_path, report, truth_path)
    assert result.exit_code == 2
    assert result.stderr.startswith("provenance: error: ")


def test_truth_offsets_are_checked_against_the_corpus(
    paths: tuple[Path, Path], tmp_path: Path
) -> None:
    report, truth_path = paths
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for doc_id in "abcden":
        (corpus / f"{doc_id}.txt").write_text("x" * 120, encoding="utf-8")
    with pytest.raises(InputError, match="lies outside its document"):
        evaluate(report, truth_path, corpus)


DOCS_2 = """doc_id,verdict,copied_from,direction_basis,n_chars
a,original,,,900
b,syndicated,a,date,800
c,syndicated,a,same_date_containment,700
p1,original,,,500
p2,syndicated,p1,identical,500
p3,unique,,,10
x,unique,,,400
y,unique,,,400
q,quotes,,,300
"""
CLUSTERS_2 = """cluster_id,kind,earliest_doc_id,earliest_basis,doc_ids
k1,passage,a,dated,a;b;q
k9,passage,x,dated,x;y
"""
OCCURRENCES_2 = """cluster_id,doc_id,start,end
k1,a,0,100
k1,b,10,100
k9,x,300,400
k9,y,300,400
"""
QUOTES_2 = """quote_id,doc_id,start,end,text,speaker_key,cluster_id
q1,q,5,40,x,,k1
"""
PAIRS_2 = (
    "doc_id_a,doc_id_b,link,chars_a,chars_b,share_a,share_b,source_doc_id,direction_basis,"
    "n_passages\n"
    "a,b,passage,1,1,0,0,a,date,1\n"
    "a,c,quotation,1,1,0,0,,,1\n"
    "a,q,quotation,1,1,0,0,,,1\n"
    "b,x,passage,1,1,0,0,,,1\n"
    "p1,p2,passage,1,1,0,0,p1,identical,1\n"
    "x,y,passage,1,1,0,0,,,1\n"
)


def truth_with_cases() -> dict[str, object]:
    def document(
        doc_id: str, role: str, verdict: str, copied_from: str | None
    ) -> dict[str, object]:
        return {"doc_id": doc_id, "role": role, "verdict": verdict, "copied_from": copied_from,
                "published": "2025-01-02"}  # fmt: skip

    documents = [
        document("a", "original", "original", None),
        document("b", "syndicated", "syndicated", "a"),
        document("c", "syndicated", "syndicated", "a"),
        document("p1", "crawled", "original", None),
        document("p2", "crawled", "syndicated", "p1"),
        document("p3", "crawled", "syndicated", "p1"),
        document("x", "paraphrase", "unique", None),
        document("y", "same_topic", "unique", None),
        document("q", "commentary", "quotes", None),
    ]
    clusters = [
        {"cluster_id": "u1", "source_doc_id": "a", "occurrences": [
            {"doc_id": "a", "start": 0, "end": 100, "kind": "passage"},
            {"doc_id": "b", "start": 0, "end": 100, "kind": "passage"},
            {"doc_id": "c", "start": 0, "end": 100, "kind": "passage"},
            {"doc_id": "q", "start": 10, "end": 30, "kind": "clause", "words": 8}]},
    ]  # fmt: skip
    pairs = [
        {"doc_id_a": "a", "doc_id_b": "b", "link": "passage", "words": 20},
        {"doc_id_a": "a", "doc_id_b": "c", "link": "passage", "words": 20},
        {"doc_id_a": "a", "doc_id_b": "q", "link": "quotation", "words": 10},
        {"doc_id_a": "b", "doc_id_b": "q", "link": "quotation", "words": 4},
        {"doc_id_a": "p1", "doc_id_b": "p2", "link": "passage", "words": 90},
        {"doc_id_a": "p1", "doc_id_b": "p3", "link": "passage", "words": 90},
        {"doc_id_a": "p2", "doc_id_b": "p3", "link": "passage", "words": 90},
    ]
    cases = [
        {"case": "wrapped", "doc_id": "b", "source_doc_id": "a", "width": 72},
        {"case": "same_day_date", "doc_id": "c", "source_doc_id": "a",
         "direction_basis": "same_date_containment"},
        {"case": "same_day_time", "doc_id": "b", "source_doc_id": "a", "direction_basis": "date"},
        {"case": "identical", "doc_ids": ["p1", "p2", "p3"], "chars": 500},
        {"case": "two_article_outlet", "outlet": "X Voice", "doc_ids": ["x", "y"]},
        {"case": "merged", "doc_id": "b", "source_doc_id": "a", "spans": [[0, 50], [56, 100]]},
        {"case": "quoted_clause", "doc_id": "q", "source_doc_id": "a", "spans": [[10, 30]]},
        {"case": "lifted_clause", "doc_id": "x", "source_doc_id": "a", "spans": [[0, 20]]},
    ]  # fmt: skip
    return {
        "format": "provenance-truth/1",
        "documents": documents,
        "clusters": clusters,
        "boilerplate": [{"doc_id": d, "start": 300, "end": 400} for d in "xy"],
        "pairs": pairs,
        "cases": cases,
    }


@pytest.fixture
def case_paths(tmp_path: Path) -> tuple[Path, Path]:
    report = tmp_path / "report"
    report.mkdir()
    for name, text in (
        ("documents.csv", DOCS_2),
        ("clusters.csv", CLUSTERS_2),
        ("occurrences.csv", OCCURRENCES_2),
        ("quotes.csv", QUOTES_2),
        ("pairs.csv", PAIRS_2),
    ):
        (report / name).write_text(text, encoding="utf-8")
    truth_path = tmp_path / "truth.json"
    truth_path.write_text(json.dumps(truth_with_cases()), encoding="utf-8")
    return report, truth_path


def test_pairs_cases_and_characters(case_paths: tuple[Path, Path], tmp_path: Path) -> None:
    e = evaluate(*case_paths)
    r = e.pairs
    assert r is not None
    # rows a-b, a-c, a-q, p1-p2 are true pairs; b-x and x-y are not
    assert (r.right, r.wrong, r.wrong_examples) == (4, 2, [("b", "x"), ("x", "y")])
    # true passage pairs a-b, a-c, p1-p2, p1-p3, p2-p3: three found, a-c said to be a quotation
    assert (r.passages_found, r.passages, r.passage_links_right) == (3, 5, 2)
    # true quotation pairs a-q (10 words) and b-q (4): a-q found, with the right link
    assert (r.quotations_found, r.quotations, r.quotation_links_right) == (1, 2, 1)
    assert (r.long_quotations_found, r.long_quotations) == (1, 1)
    assert e.as_dict()["pairs"]["precision"] == pytest.approx(4 / 6, abs=1e-4)
    cases = {name: (s.found, s.total, s.missed) for name, s in e.cases.items()}
    assert cases == {
        "identical": (0, 1, ["p1"]),  # p3 was taken for boilerplate (10 characters of 500)
        "lifted_clause": (0, 1, ["x"]),
        "merged": (1, 1, []),  # b 10-100 covers 40 of 0-50 (80%) and all of 56-100
        "quoted_clause": (1, 1, []),  # through q's quote row, in k1 with a
        "same_day_date": (1, 1, []),
        "same_day_time": (1, 1, []),
        "two_article_outlet": (0, 1, ["x"]),  # paired, and on their footers
        "wrapped": (1, 1, []),
    }
    # the quotes verdict: q, and none other
    assert (e.quotes_verdict.true_positives, e.quotes_verdict.false_positives) == (1, 0)
    # characters off boilerplate: predicted a 0-100, b 10-100; true a, b, c 0-100, q 10-30
    assert (e.chars.predicted, e.chars.true, e.chars.both) == (190, 320, 190)
    run_cli_output = run_cli("eval", tmp_path, *case_paths)
    assert run_cli_output.exit_code == 2  # the corpus is checked: no document files here
    for doc_id in ["a", "b", "c", "p1", "p2", "p3", "x", "y", "q"]:
        (tmp_path / f"{doc_id}.txt").write_text("x" * 500, encoding="utf-8")
    result = run_cli("eval", tmp_path, *case_paths)
    assert result.exit_code == 0, result.stderr
    assert "passage pairs found: 3 of 5  (link passage on 2)" in result.stdout
    assert "identical: 0 of 1  missed: p1" in result.stdout
