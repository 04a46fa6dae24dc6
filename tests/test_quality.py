"""The accuracy harness: a seeded corpus with planted reuse, scored at the default settings.

The floors below sit a little under the figures measured at the defaults (docs/accuracy.md),
so a change that makes detection worse fails here.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from benchmarks.quality.generate import (
    FURNITURE,
    FURNITURE_ARTICLES,
    GRAM,
    SHARED_TITLE,
    STOCK_LINES,
    TITLE_FRAMES,
    WRAP_WIDTH,
    counts,
    extras,
    generate,
)
from provenance.matching.passages import MIN_WORDS
from provenance.model import QuoteKind
from provenance.pipeline.run import trace
from provenance.reports.evaluate import UNPAIRED_CASES, Evaluation, evaluate
from provenance.reports.tables import write_reports
from provenance.settings import Settings
from provenance.text.normalise import words
from provenance.text.quotes import quote_kind

ARTICLES = 500
# Set a little under the figures measured at the defaults on seed 1 (docs/accuracy.md, "At the
# defaults"); the one known gap is named where it bites (a page crawled three times alone in its
# outlet is taken for its footer).
FLOORS = {
    "syndicated_precision": 0.95,  # 0.993
    "syndicated_recall": 0.87,  # 0.912
    "copied_from": 0.95,  # 0.993: near-identical sources name the earliest (NEAR_CHARS)
    "passage_precision": 0.99,  # 0.999
    "passage_recall": 0.97,  # 0.978: the crawled pages above
    "boundary_error": 6.0,  # characters, runs of spans: 4.5
    "char_precision": 0.98,  # 0.993
    "char_recall": 0.95,  # 0.963
    "earliest_dated": 0.98,  # 1.000
    "earliest_undated": 0.98,  # 1.000
    "quotations_traced": 0.97,  # 83 of 83
    "long_fragments_traced": 0.95,  # six words or more (min_quote_tokens): 53 of 55
    "quote_link_precision": 0.95,  # 1.000
    "speaker_precision": 0.99,  # 1.000
    "speaker_coverage": 0.95,  # 1.000
    "quotes_verdict_recall": 0.9,  # 1.000 (0.964 while lead-ins counted as copied)
    "pair_precision": 0.95,  # 0.998
    "passage_pair_recall": 0.97,  # 0.983
    "passage_links": 0.95,  # 450 of 459
    "quotation_pair_recall": 0.95,  # 121 of 122
    "quotation_links": 0.95,  # 121 of 121
}
# Each case found in at least this share of its instances (seed 1 has 5 to 26 of each).
CASE_FLOORS = {
    "wrapped": 0.95,  # 24 of 24
    "merged": 0.95,  # 17 of 17
    "split": 0.9,  # 15 of 15
    "lifted_clause": 0.9,  # 26 of 26
    "quoted_clause": 0.9,  # 25 of 26
    "elided_quote": 0.85,  # 15 of 17: two cut quotes whose pieces are under eight words
    "identical": 0.6,  # 3 of 5: two pages crawled three times alone in their outlet are taken
    # for its footer (known gap, docs/accuracy.md)
    "same_day_time": 0.95,  # 10 of 10
    "same_day_date": 0.95,  # 8 of 8
    "two_article_outlet": 1.0,  # 5 of 5
    "stock_line": 1.0,  # 10 of 10: short lines alike on characters, four words shared at
    # most (but for a pair parting after five, and two pairs of unanswered requests for comment)
    "editors_note": 1.0,  # 6 of 6: unrelated articles ending with one editor's note
    "social_plea": 1.0,  # 6 of 6: unrelated articles ending with one "Like the page:" plea
    "live_header": 1.0,  # 6 of 6: unrelated articles carrying one live page's header
    "interview_note": 1.0,  # 6 of 6: unrelated articles carrying one interview's note
    "shared_title": 1.0,  # 6 of 6: unrelated articles quoting one book's title
    "attribution": 0.95,  # 16 of 16: attributions as real news writes them (PolNeAR's misses)
}


@pytest.fixture(scope="module")
def traced(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed-1 corpus (``corpus/``) and its reports (``report/``)."""
    root = tmp_path_factory.mktemp("quality")
    corpus = root / "corpus"
    generate(corpus, ARTICLES, seed=1)
    write_reports(trace(corpus, Settings()), root / "report")
    return root


@pytest.fixture(scope="module")
def evaluation(traced: Path) -> Evaluation:
    return evaluate(traced / "report", traced / "corpus" / "truth.json", traced / "corpus")


def test_mix_is_fixed() -> None:
    assert counts(100) == {
        "original": 20,
        "syndicated": 30,
        "commentary": 15,
        "lifted": 10,
        "paraphrase": 15,
        "same_topic": 10,
    }
    assert sum(counts(537).values()) == 537
    assert extras(100) == {"pages": 1, "two_article_outlets": 1}
    assert extras(500) == {"pages": 5, "two_article_outlets": 5}


def _read(corpus: Path) -> tuple[dict[str, Any], dict[str, str]]:
    truth = json.loads((corpus / "truth.json").read_text(encoding="utf-8"))
    texts = {
        d["doc_id"]: (corpus / f"{d['doc_id']}.txt").read_text(encoding="utf-8")
        for d in truth["documents"]
    }
    return truth, texts


def test_generator_is_seeded_and_its_truth_exact(tmp_path: Path) -> None:
    generate(tmp_path / "a", 60, seed=7)
    generate(tmp_path / "b", 60, seed=7)
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*.*"))
    for relative in files:
        assert (tmp_path / "a" / relative).read_bytes() == (tmp_path / "b" / relative).read_bytes()
    truth, texts = _read(tmp_path / "a")
    assert len(files) == len(texts) + 2  # articles, manifest.csv, truth.json
    roles = [d["role"] for d in truth["documents"]]
    assert len(roles) - roles.count("crawled") == 60
    assert 2 <= roles.count("crawled") <= 3  # one page crawled two or three times
    for cluster in truth["clusters"]:
        assert len({o["doc_id"] for o in cluster["occurrences"]}) >= 2
        source = [o for o in cluster["occurrences"] if o["doc_id"] == cluster["source_doc_id"]]
        assert len(source) == 1
        for occurrence in cluster["occurrences"]:
            piece = texts[occurrence["doc_id"]][occurrence["start"] : occurrence["end"]]
            assert piece and piece == piece.strip()
            if occurrence["kind"] in {"quote", "fragment", "clause", "piece"}:
                assert piece in texts[cluster["source_doc_id"]]
                assert not set(piece) & set('“”"')
            if "quote" in occurrence:  # a sentence's quoted words
                start, end = occurrence["quote"]
                assert texts[occurrence["doc_id"]][start - 1] in '“"'
                assert texts[occurrence["doc_id"]][end] in ',.!?”"'
    assert roles.count("syndicated") == 18
    assert all(d["copied_from"] for d in truth["documents"] if d["role"] == "syndicated")


def test_truth_pairs_and_cases(tmp_path: Path) -> None:
    generate(tmp_path, 100, seed=3)
    truth, texts = _read(tmp_path)
    documents = {d["doc_id"]: d for d in truth["documents"]}
    # every two documents holding a unit are a pair; quotations both print are ``quotation``
    shared: dict[tuple[str, str], set[str]] = defaultdict(set)
    for cluster in truth["clusters"]:
        doc_ids = sorted({o["doc_id"] for o in cluster["occurrences"]})
        for i, a in enumerate(doc_ids):
            for b in doc_ids[i + 1 :]:
                shared[a, b].add(cluster["cluster_id"])
    pairs = {(p["doc_id_a"], p["doc_id_b"]): p for p in truth["pairs"]}
    assert set(pairs) <= set(shared)
    assert {p["link"] for p in pairs.values()} == {"passage", "quotation"}
    for (a, b), pair in pairs.items():
        roles = {documents[a]["role"], documents[b]["role"]}
        if "syndicated" in roles and roles <= {"syndicated", "original"}:
            assert pair["link"] == "passage"
    for document in truth["documents"]:
        links = {p["link"] for key, p in pairs.items() if document["doc_id"] in key}
        if not links:
            assert document["verdict"] == "unique"
        elif links == {"quotation"}:
            assert document["verdict"] == "quotes"
    cases = defaultdict(list)
    for case in truth["cases"]:
        cases[case["case"]].append(case)
    assert set(cases) >= {
        "wrapped",
        "merged",
        "split",
        "lifted_clause",
        "quoted_clause",
        "elided_quote",
        "identical",
        "same_day_time",
        "same_day_date",
        "two_article_outlet",
        "attribution",
        "stock_line",
        "editors_note",
        "social_plea",
        "live_header",
        "interview_note",
        "shared_title",
    }
    for case in cases["attribution"]:  # whole quotations, each with an attribution around it
        ((start, end),) = case["spans"]
        text = texts[case["doc_id"]]
        assert text[start - 1] in '“"' and text[end] in "!?.,”"
    for case in cases["wrapped"]:
        lines = texts[case["doc_id"]].splitlines()
        assert max(map(len, lines)) <= WRAP_WIDTH
        assert documents[case["doc_id"]]["copied_from"] == case["source_doc_id"]
    for name in ("merged", "split", "elided_quote"):
        assert all(len(case["spans"]) == 2 for case in cases[name])
    for case in cases["lifted_clause"] + cases["quoted_clause"]:
        ((start, end),) = case["spans"]
        clause = texts[case["doc_id"]][start:end]
        assert clause in texts[case["source_doc_id"]]
        quoted = texts[case["doc_id"]][start - 1] == "“"
        assert quoted == (case["case"] == "quoted_clause")
        assert len(words(clause)) >= (8 if quoted else 12)
    for case in cases["elided_quote"]:
        (_, first_end), (second_start, _) = case["spans"]
        assert texts[case["doc_id"]][first_end:second_start] == " … "
    for case in cases["identical"]:
        assert len({texts[d] for d in case["doc_ids"]}) == 1
        assert len({documents[d]["published"] for d in case["doc_ids"]}) == 1
    for case in cases["same_day_time"] + cases["same_day_date"]:
        copy, source = documents[case["doc_id"]], documents[case["source_doc_id"]]
        assert copy["published"][:10] == source["published"][:10]
        assert (len(copy["published"]) > 10) == (case["case"] == "same_day_time")
    for case in cases["stock_line"]:  # a line each of one pair, in unrelated negatives
        first_line, second_line = STOCK_LINES[case["line"]]
        printed = sorted((first_line in texts[d], second_line in texts[d]) for d in case["doc_ids"])
        assert printed == [(False, True), (True, False)]
        roles = {documents[d]["role"] for d in case["doc_ids"]}
        assert roles <= {"paraphrase", "same_topic"}
    assert set(FURNITURE) <= UNPAIRED_CASES  # each scored as unrelated documents
    for kind, text in FURNITURE.items():  # in unrelated negatives, marked boilerplate
        assert len(cases[kind]) == FURNITURE_ARTICLES
        for case in cases[kind]:
            assert case["doc_id"] in case["doc_ids"]
            assert len(case["doc_ids"]) == FURNITURE_ARTICLES
            assert all(text in texts[d] for d in case["doc_ids"])
            roles = {documents[d]["role"] for d in case["doc_ids"]}
            assert roles <= {"paraphrase", "same_topic"}
            noted = {
                b["doc_id"]
                for b in truth["boilerplate"]
                if texts[b["doc_id"]][b["start"] : b["end"]] == text
            }
            assert noted == set(case["doc_ids"])
    assert "shared_title" in UNPAIRED_CASES
    assert len(cases["shared_title"]) == len(TITLE_FRAMES)
    for case in cases["shared_title"]:  # unrelated negatives, sharing only the quoted title
        assert case["doc_id"] in case["doc_ids"]
        assert all(f"“{SHARED_TITLE}" in texts[d] for d in case["doc_ids"])
        assert {documents[d]["role"] for d in case["doc_ids"]} <= {"paraphrase", "same_topic"}
        assert quote_kind(SHARED_TITLE) == QuoteKind.TITLE
        assert len(words(SHARED_TITLE)) >= MIN_WORDS  # would anchor a passage as a quotation
    for case in cases["two_article_outlet"]:
        held = [d for d in truth["documents"] if d["outlet"] == case["outlet"]]
        assert sorted(d["doc_id"] for d in held) == case["doc_ids"]
        assert all(
            texts[d].rstrip().endswith(".") and "Cancel anytime" in texts[d]
            for d in case["doc_ids"]
        )


def test_unplanted_text_shares_no_run_of_words(tmp_path: Path) -> None:
    """The generator's guarantee, checked on the written corpus: two documents that share a run
    of ``GRAM`` normalised words (outside footers) share planted text."""
    generate(tmp_path, 150, seed=5)
    truth, texts = _read(tmp_path)
    pairs = {(p["doc_id_a"], p["doc_id_b"]) for p in truth["pairs"]}
    footer: dict[str, int] = {}  # where its boilerplate starts: an editor's note, its footer
    for b in truth["boilerplate"]:
        footer[b["doc_id"]] = min(b["start"], footer.get(b["doc_id"], b["start"]))
    holders: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for doc_id, text in texts.items():
        tokens = words(text, 0, footer.get(doc_id, len(text)))
        for k in range(len(tokens) - GRAM + 1):
            holders[tokens[k : k + GRAM]].add(doc_id)
    unplanted = {
        (a, b)
        for doc_ids in holders.values()
        for a in doc_ids
        for b in doc_ids
        if a < b and (a, b) not in pairs
    }
    assert not unplanted


def _short_of(figures: dict[str, float]) -> list[str]:
    """The figures below their floor (``boundary_error``: above its ceiling), all of them: one
    failing figure does not hide the others."""
    found = []
    for name, value in figures.items():
        floor = FLOORS.get(name, CASE_FLOORS.get(name))
        assert floor is not None, name
        if (value > floor) if name == "boundary_error" else (value < floor):
            found.append(f"{name} {value:.4f} (floor {floor})")
    return found


@pytest.mark.slow
def test_accuracy_at_the_defaults(evaluation: Evaluation) -> None:
    e = evaluation
    # documents: every miss and false alarm involves an undated original or copy (docs/accuracy.md)
    short = _short_of(
        {
            "syndicated_precision": e.syndication.precision,
            "syndicated_recall": e.syndication.recall,
            "copied_from": e.copied_from_accuracy,
            "passage_precision": e.passages.precision,
            "passage_recall": e.passages.recall,
            "boundary_error": e.boundary_error,
            "char_precision": e.chars.precision,
            "char_recall": e.chars.recall,
            "earliest_dated": e.earliest_dated_accuracy,
            "earliest_undated": e.earliest_undated_flagged,
        }
    )
    if e.negatives_with_reuse:
        short.append(f"negatives with reuse: {len(e.negatives_with_reuse)} of {e.negatives}")
    if e.boilerplate_spans:  # footers are suppressed, not reported as reuse
        short.append(f"footer spans reported: {e.boilerplate_spans}")
    assert not short, short
    assert e.dated_detected >= 0.95 * e.dated_clusters


@pytest.mark.slow
def test_quotes_at_the_defaults(evaluation: Evaluation) -> None:
    q = evaluation.quotes
    long = [n for words, n in q.fragments_by_words.items() if int(words) >= 6]
    short = _short_of(
        {
            "quotations_traced": q.quotes_traced / q.quotes,
            "long_fragments_traced": sum(t for t, _ in long) / sum(n for _, n in long),
            "quote_link_precision": q.link_precision,
            "speaker_precision": q.speaker_precision,
            "speaker_coverage": q.speaker_coverage,
            "quotes_verdict_recall": evaluation.quotes_verdict.recall,
        }
    )
    assert not short, short


@pytest.mark.slow
def test_quote_rows_are_written_as_their_articles_write_them(traced: Path) -> None:
    """Every quote row's span is its text in its article, and its ``attributed_as`` is words
    the article writes (as they stand, "Officials, Smith", not items joined: d5107c0's rule,
    held on the seeds by test_seeds): here over every attribution pattern the harness plants."""
    _, texts = _read(traced / "corpus")
    with (traced / "report" / "quotes.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    attributed = [r for r in rows if r["attributed_as"]]
    assert len(attributed) >= 300  # (394 of 538 rows at seed 1)
    for row in rows:
        text = texts[row["doc_id"]]
        assert text[int(row["start"]) : int(row["end"])] == row["text"]
    unwritten = [
        (r["doc_id"], r["attributed_as"])
        for r in attributed
        if r["attributed_as"] not in texts[r["doc_id"]]
    ]
    assert not unwritten, unwritten[:5]


@pytest.mark.slow
def test_pairs_at_the_defaults(evaluation: Evaluation) -> None:
    r = evaluation.pairs
    assert r is not None
    short = _short_of(
        {
            "pair_precision": r.precision,
            "passage_pair_recall": r.passage_recall,
            "passage_links": r.passage_links,
            "quotation_pair_recall": r.quotations_found / r.quotations,
            "quotation_links": r.quotation_links,
        }
    )
    assert not short, (short, r.wrong_examples[:5])


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(CASE_FLOORS))
def test_cases_at_the_defaults(evaluation: Evaluation, case: str) -> None:
    score = evaluation.cases[case]
    assert score.total >= 5
    assert score.share >= CASE_FLOORS[case], score.missed
