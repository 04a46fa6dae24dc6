"""``trace --low-memory``: a corpus cut into parts that share nothing, analysed a batch of parts
at a time, gives the reports of the whole corpus analysed at once, byte for byte."""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.quality.generate import generate
from benchmarks.trace_benchmark import generate_jsonl
from provenance.clustering.clusters import union_labels
from provenance.matching import candidates, fragments
from provenance.pipeline import low_memory as parts
from provenance.pipeline import run as pipeline
from provenance.pipeline.run import trace
from provenance.reports.low_memory import trace_low_memory
from provenance.reports.schema import CSV_REPORTS
from provenance.reports.tables import write_reports
from provenance.settings import Settings
from provenance.text import boilerplate
from tests.conftest import FIXTURES, ROOT, SEEDS, require_seeds, run_cli

CSVS = tuple(report.file for report in CSV_REPORTS)


def same_reports(
    corpus: Path, out: Path, settings: Settings, batch_docs: int = 1
) -> dict[str, Any]:
    """Both ways into ``out/whole`` and ``out/parts``; the reports must be equal; run.json of
    the parts run is returned."""
    write_reports(trace(corpus, settings), out / "whole")
    done = trace_low_memory(corpus, settings, out / "parts", batch_docs=batch_docs)
    for name in CSVS:
        whole = (out / "whole" / name).read_bytes()
        assert (out / "parts" / name).read_bytes() == whole, f"{corpus.name}: {name} differs"
    counts = json.loads((out / "whole" / "run.json").read_text(encoding="utf-8"))["counts"]
    assert done.record["counts"] == counts
    assert not list((out / "parts").glob(".provenance-work-*")), "the work folder is left"
    return done.record


@pytest.mark.parametrize("name", ["news", "quotes", "boilerplate", "check", "formats"])
def test_fixture_corpora_give_the_same_reports(name: str, tmp_path: Path) -> None:
    same_reports(ROOT / "fixtures" / name, tmp_path, Settings())


def test_seeds_give_the_same_reports(tmp_path: Path) -> None:
    require_seeds()
    same_reports(SEEDS, tmp_path, Settings())


@pytest.fixture(scope="module")
def quality_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = tmp_path_factory.mktemp("quality") / "corpus"
    generate(corpus, 300, seed=3)
    return corpus


@pytest.mark.slow
def test_boilerplate_binds_no_parts(quality_corpus: Path, tmp_path: Path) -> None:
    """Footers and notices printed in every article of an outlet link nothing: the generated
    corpus (syndication, quotes, paraphrases, footers) falls into many small parts."""
    record = same_reports(quality_corpus, tmp_path, Settings())
    # runs of eight words two articles share link them too (a passage may join them): fewer,
    # larger parts than sentences alone would make, still none of an outlet's footers
    assert record["parts"]["parts"] > 20
    assert record["parts"]["largest_part_documents"] < 60
    assert record["counts"]["boilerplate_clusters"] > 0


@pytest.mark.slow
@pytest.mark.parametrize(
    "options",
    [{"keep_boilerplate": True}, {"suppress_boilerplate": False}, {"boilerplate_outlet_docs": 50}],
)
def test_boilerplate_settings_give_the_same_reports(
    quality_corpus: Path, tmp_path: Path, options: dict[str, Any]
) -> None:
    same_reports(quality_corpus, tmp_path, Settings(**options), batch_docs=40)


@pytest.mark.slow
def test_corpus_wide_limits_reach_every_part(
    quality_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """LSH buckets too big and quote shingles too common are decided over the whole corpus:
    with low limits, a part alone would decide otherwise."""
    monkeypatch.setattr(candidates, "MAX_BUCKET", 3)
    monkeypatch.setattr(fragments, "MAX_POSTINGS", 2)
    record = same_reports(quality_corpus, tmp_path, Settings(), batch_docs=25)
    assert record["counts"]["lsh_buckets_oversized"] > 0


@pytest.mark.slow
def test_a_record_dump_gives_the_same_reports(tmp_path: Path) -> None:
    corpus = tmp_path / "dump"
    corpus.mkdir()
    generate_jsonl(corpus / "articles.jsonl", 400, seed=5)
    record = same_reports(corpus, tmp_path / "out", Settings(), batch_docs=30)
    assert record["parts"]["batches"] > 5


def test_cli_summary_and_texts_are_the_same(tmp_path: Path) -> None:
    formats = ROOT / "fixtures" / "formats"
    for flags, name in (((), "whole"), (("--low-memory",), "parts")):
        text = run_cli("trace", formats, "-o", tmp_path / name, "--save-text", *flags)
        assert text.exit_code == 0, text.stderr
        (tmp_path / f"{name}.txt").write_text(
            text.stdout.replace(str(tmp_path / name), "OUT"), encoding="utf-8"
        )
        found = run_cli(
            "trace", FIXTURES, "-o", tmp_path / f"{name}-news", "--format", "json", *flags
        )
        assert found.exit_code == 0, found.stderr
        summary = json.loads(found.stdout)
        summary["reports"] = "OUT"
        (tmp_path / f"{name}.json").write_text(json.dumps(summary), encoding="utf-8")
    assert (tmp_path / "parts.txt").read_text() == (tmp_path / "whole.txt").read_text()
    assert (tmp_path / "parts.json").read_text() == (tmp_path / "whole.json").read_text()
    texts = sorted(p.relative_to(tmp_path / "whole") for p in (tmp_path / "whole").rglob("*.txt"))
    assert texts, "--save-text wrote no text"
    for relative in texts:
        assert (tmp_path / "parts" / relative).read_bytes() == (
            tmp_path / "whole" / relative
        ).read_bytes()


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (("--html", "page.html"), "--html puts every article in one page"),
        (("--engine", "spark"), "--low-memory runs on this machine"),
    ],
)
def test_refused_combinations_are_one_line(
    tmp_path: Path, flags: tuple[str, ...], message: str
) -> None:
    found = run_cli("trace", FIXTURES, "-o", tmp_path / "out", "--low-memory", *flags)
    assert found.exit_code == 2
    assert message in found.stderr
    assert len(found.stderr.strip().splitlines()) == 1


def test_strict_refusal_leaves_no_work_folder(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("A sentence long enough to be matched here.\n")
    (corpus / "bad.jsonl").write_text('{"id": 1, "text": "fine words for a record"}\n{oops\n')
    found = run_cli("trace", corpus, "-o", tmp_path / "out", "--low-memory", "--strict")
    assert found.exit_code == 2
    assert "bad.jsonl" in found.stderr
    assert not (tmp_path / "out").exists(), "a report folder made for nothing"


def test_an_empty_folder_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    found = run_cli("trace", tmp_path / "empty", "-o", tmp_path / "out", "--low-memory")
    assert found.exit_code == 2
    assert "no readable article" in found.stderr
    assert not list((tmp_path / "out").glob(".provenance-work-*"))


def union_oracle(n: int, pairs: list[tuple[int, int]]) -> list[int]:
    parent = list(range(n))

    def root(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = root(a), root(b)
        parent[max(ra, rb)] = min(ra, rb)
    return [root(x) for x in range(n)]


@settings(max_examples=200, deadline=None)
@given(
    st.integers(1, 40).flatmap(
        lambda n: st.tuples(
            st.just(n), st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)))
        )
    )
)
def test_union_names_each_component_by_its_smallest_node(
    case: tuple[int, list[tuple[int, int]]],
) -> None:
    n, pairs = case
    found = union_labels(n, np.asarray(pairs, np.int32).reshape(-1, 2).T)
    assert found.tolist() == union_oracle(n, pairs)


@given(
    st.lists(st.lists(st.integers(0, 10**6), min_size=1, max_size=8), max_size=20),
    st.integers(1, 10),
)
def test_batches_keep_parts_whole(found: list[list[int]], size: int) -> None:
    batches = list(parts._pack(found, size))
    assert [x for batch in batches for x in batch] == [x for part in found for x in part]
    cuts, position = set(), 0
    for batch in batches:
        position += len(batch)
        cuts.add(position)
    position = 0
    lengths = []
    for part in found:
        assert not any(position < cut < position + len(part) for cut in cuts), "a part was cut"
        position += len(part)
        lengths.append(len(part))
    for batch in batches:  # over the size only as one part too big alone
        assert len(batch) <= size or len(batch) in lengths


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "b", "c", None]), min_size=1, max_size=30),
    st.lists(st.lists(st.integers(0, 29), min_size=1, max_size=30), max_size=6),
    st.integers(2, 5),
    st.floats(0.05, 1.0),
)
def test_learned_boilerplate_always_could_be(
    outlets: list[str | None], groups: list[list[int]], outlet_docs: int, share: float
) -> None:
    """The plan tests only components ``could_be_learned`` lets through: none that ``learned``
    would find boilerplate may be left out."""
    documents = [parts.Outlet(outlet) for outlet in outlets]
    members = [[d % len(outlets) for d in group] for group in groups]
    sentences = [parts.Member(d) for group in members for d in group]
    numbered, start = [], 0
    for group in members:
        numbered.append(list(range(start, start + len(group))))
        start += len(group)
    counts = boilerplate.CorpusCounts.of(documents)
    found = boilerplate.learned(numbered, sentences, documents, outlet_docs, share, counts)
    n_docs = np.asarray([len(set(group)) for group in members], np.int64)
    could = boilerplate.could_be_learned(n_docs, outlet_docs, share, counts)
    assert all(could[c] for c in found)


def test_articles_too_short_to_match_give_the_same_reports(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Short one. “Too short,” she said.\n", encoding="utf-8")
    (corpus / "b.txt").write_text("Short one. Brief.\n", encoding="utf-8")
    record = same_reports(corpus, tmp_path / "out", Settings())
    assert record["counts"]["sentences_matchable"] == 0


@pytest.mark.slow
def test_reading_in_small_batches_gives_the_same_reports(
    quality_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sentences seen in an earlier reading batch are recognised in later ones."""
    monkeypatch.setattr(pipeline, "PLAN_BATCH", 7)
    same_reports(quality_corpus, tmp_path, Settings(), batch_docs=60)


def test_a_part_bigger_than_a_batch_is_told(tmp_path: Path) -> None:
    """Linked articles are analysed together however many they are: when a part outgrows a
    batch, memory is no longer bounded by the batch, and the run says so (stderr and
    run.json), naming the part's size."""
    small = trace_low_memory(FIXTURES, Settings(), tmp_path / "small", batch_docs=2)
    largest = small.record["parts"]["largest_part_documents"]
    assert largest > 2
    documents = small.record["counts"]["documents"]
    assert small.record["notices"] == [
        {
            "path": "",
            "message": f"--low-memory: {largest} of {documents} articles are linked into one "
            "part, which is analysed in memory at once (a batch is about 2): memory grows "
            "with it",
        }
    ]
    whole = trace_low_memory(FIXTURES, Settings(), tmp_path / "whole", batch_docs=largest)
    assert whole.record["notices"] == []


def test_a_part_bigger_than_a_batch_is_warned_of_on_stderr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from provenance.reports import low_memory

    monkeypatch.setattr(
        low_memory, "trace_low_memory", partial(low_memory.trace_low_memory, batch_docs=2)
    )
    result = run_cli("trace", FIXTURES, "-o", tmp_path / "out", "--low-memory", "-q")
    assert result.exit_code == 0 and result.stderr == ""  # quiet: no warnings
    result = run_cli("trace", FIXTURES, "-o", tmp_path / "out", "--low-memory")
    record = json.loads((tmp_path / "out" / "run.json").read_text("utf-8"))
    (notice,) = record["notices"]
    assert result.stderr.splitlines() == [f"provenance: warning: {FIXTURES}: {notice['message']}"]
