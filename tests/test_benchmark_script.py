"""The benchmark script runs end to end on a small corpus (its figures are not asserted)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.trace_benchmark import generate, main


def test_generator_is_seeded(tmp_path: Path) -> None:
    generate(tmp_path / "a", 20, seed=5)
    generate(tmp_path / "b", 20, seed=5)
    files_a = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*.*"))
    files_b = sorted(p.relative_to(tmp_path / "b") for p in (tmp_path / "b").rglob("*.*"))
    assert files_a == files_b and len(files_a) == 21
    for relative in files_a:
        assert (tmp_path / "a" / relative).read_bytes() == (tmp_path / "b" / relative).read_bytes()


@pytest.mark.slow
def test_benchmark_prints_its_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--articles", "40", "--keep", str(tmp_path)]) == 0
    printed = capsys.readouterr().out
    for label in ("articles        40", "wall time", "cpu time", "peak memory", "throughput"):
        assert label in printed
    assert (tmp_path / "report" / "clusters.csv").is_file()


@pytest.mark.slow
def test_sketch_benchmark_runs_at_smoke_size(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from benchmarks.sketch_benchmark import main as sketch_main

    out = tmp_path / "sketch.json"
    argv = ["--sentences", "300", "--repeats", "1", "--json", str(out), "--trace-articles", "20"]
    argv += ["--trace-repeats", "2"]
    assert sketch_main(argv) == 0
    printed = capsys.readouterr().out
    for label in ("datasketch naive", "datasketch bulk", "kernel numpy"):
        assert label in printed
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["methods"]["datasketch naive"]["ratio_to_naive"] == 1.0
    assert set(figures["targets"]) >= {"per_second", "x_naive"}
    [trace] = figures["trace"]
    assert trace["articles"] == 20 and "sketch" in trace["stages_seconds"]
    assert (
        len(trace["wall_seconds_runs"]) == 2 and trace["wall_seconds"] in trace["wall_seconds_runs"]
    )
    assert "median of" in printed


@pytest.mark.slow
def test_index_benchmark_runs_at_smoke_size(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from benchmarks.index_benchmark import main as index_main

    out = tmp_path / "index.json"
    assert index_main(["--articles", "30", "60", "--check", "5", "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    for label in ("build rate", "size on disk", "open index", "one article per call"):
        assert label in printed
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert [f["checked"] for f in figures] == [5, 5]
    assert figures[1]["sentences_indexed"] > figures[0]["sentences_indexed"]


@pytest.mark.slow
def test_records_benchmark_runs_at_smoke_size(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from benchmarks.records_benchmark import main as records_main

    out = tmp_path / "records.json"
    assert records_main(["--articles", "20", "40", "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "trace --low-memory: peak memory, main process (MiB)" in printed
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert [f["articles"] for f in figures] == [20, 40]
    assert all(f["same_reports"] for f in figures)


@pytest.mark.slow
def test_html_benchmark_runs_at_smoke_size(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from benchmarks.html_benchmark import CHROMIUM
    from benchmarks.html_benchmark import main as html_main
    from tests.conftest import require

    require(CHROMIUM.exists(), "Chromium is not installed (apt-get install chromium)")
    out = tmp_path / "html.json"
    assert html_main(["--articles", "30", "--repeats", "1", "--json", str(out)]) == 0
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["articles"] == 30 and figures["html_mb"] > 0
    assert figures["overview_ms"] > 0 and figures["document_ms"] > 0
    assert "overview_ms" in capsys.readouterr().out


@pytest.mark.slow
def test_spark_benchmark_runs_at_smoke_size(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import importlib.util
    import shutil

    from tests.conftest import require

    require(shutil.which("java") is not None, "Java is not installed (Spark needs Java 17)")
    require(
        importlib.util.find_spec("pyspark") is not None,
        "pyspark is not installed (pip install 'news-provenance[spark]')",
    )
    from benchmarks.spark_benchmark import main as spark_main

    out = tmp_path / "spark.json"
    assert spark_main(["--articles", "30", "--json", str(out)]) == 0
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["identical"] is True
    assert "driver peak memory" in capsys.readouterr().out


@pytest.mark.slow
def test_compare_benchmark_finds_head_identical(tmp_path: Path) -> None:
    """HEAD against the working tree: the runs alternate, the reports are compared byte for
    byte (identical unless the tree changed matching), and the ratios are printed."""
    from benchmarks.compare_benchmark import main as compare_main

    out = tmp_path / "compare.json"
    argv = ["--baseline", "HEAD", "--articles", "30", "--repeats", "1", "--json", str(out)]
    # as Python (installing HEAD compiled would take a minute)
    assert compare_main([*argv, "--pure"]) in (0, 1)
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["revision"] == "HEAD"
    assert figures["baseline"]["compiled"] is False and figures["tree"]["compiled"] is False
    assert figures["baseline"]["median_peak_mib"] > 0 and figures["tree"]["median_seconds"] > 0
    assert figures["time_ratio"] > 0 and isinstance(figures["reports_identical"], bool)
    assert figures["tree"]["median_cpu_seconds"] > 0 and figures["cpu_ratio"] > 0


def test_the_pairs_benchmark_scores_labelled_pairs_at_each_seed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from benchmarks import pairs_benchmark

    labels = tmp_path / "labels.csv"
    labels.write_text(
        "doc_id_a,doc_id_b,derived\n"
        "courier/bridge-shut-for-repairs,meridian/harrow-bridge-closure,1\n"
        "valley-radio/harrow-bridge,meridian/harrow-bridge-closure,yes\n"
        "sport/eastmouth-rovers,echo/harrow-bridge-history,0\n"
        "echo/harrow-bridge-history,meridian/harrow-bridge-closure,0\n",
        encoding="utf-8",
    )
    out = tmp_path / "figures.json"
    news = Path(__file__).resolve().parent.parent / "fixtures" / "news"
    assert pairs_benchmark.main([str(news), str(labels), "--seeds", "1-2", "--json", str(out)]) == 0
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert [(r["seed"], r["tp"], r["fp"], r["fn"]) for r in figures["seeds"]] == [
        (1, 2, 0, 0),
        (2, 2, 0, 0),
    ]
    assert figures["same_pairs_at_every_seed"] and figures["spread"]["f1"] == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("doc_id_a,doc_id_b,derived\na,b,maybe\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="row 2: derived 'maybe'"):
        pairs_benchmark.main([str(news), str(bad)])


@pytest.mark.parametrize("mode", ["dense", "stress"])
def test_other_corpus_modes_are_seeded_and_shaped(tmp_path: Path, mode: str) -> None:
    from benchmarks.trace_benchmark import QUOTED_SHARE, corpus_articles

    first = list(corpus_articles(60, 3, mode))
    assert first == list(corpus_articles(60, 3, mode)) and len(first) == 60
    assert first != list(corpus_articles(60, 4, mode))
    sentences = [s for *_, text in first for s in text.replace("\n\n", " ").split(". ")]
    quoted = sum("“" in s for s in sentences) / len(sentences)
    assert abs(quoted - QUOTED_SHARE[mode]) < 0.08  # a rough count: "said: “…”" is one


def test_stress_sentences_are_variants_of_few_bases() -> None:
    import random
    import statistics

    from rapidfuzz.fuzz import ratio

    from benchmarks.trace_benchmark import BASE_SENTENCES, _words, corpus_articles

    lines = [
        line.split(" said: ")[0].rstrip(".")
        for *_, text in corpus_articles(400, 1, "stress")
        for line in text.replace("\n\n", " ").split(". ")
    ]
    assert len(lines) > 20 * BASE_SENTENCES
    rng = random.Random(1)
    unrelated = [" ".join(_words(rng, rng.randint(10, 28))) for _ in range(len(lines))]

    def closest(sentences: list[str]) -> float:  # median over 40 of the best match elsewhere
        return statistics.median(
            max(ratio(sentences[k], other) for other in sentences[:k] + sentences[k + 1 :])
            for k in range(40)
        )

    # a variant of the same base is always near (unrelated sentences of the same words: ~53)
    assert closest(lines) >= 60
    assert closest(unrelated) <= 58


def test_unknown_mode_names_the_choices() -> None:
    from benchmarks.trace_benchmark import corpus_articles

    with pytest.raises(ValueError, match="sparse, dense, stress"):
        next(corpus_articles(3, 1, "busy"))


def test_cpu_time_counts_the_processes_a_child_starts() -> None:
    """A trace's worker processes do most of its reading: the CPU time of a child is its own
    and that of the processes it waited for, which a run on N cores spreads over N."""
    import sys

    from benchmarks.trace_benchmark import cpu_line, run_child

    busy = "import time\nend = time.process_time() + 0.4\nwhile time.process_time() < end: pass"
    spawner = f"import subprocess, sys; subprocess.run([sys.executable, '-c', {busy!r}])"
    usage, _ = run_child([sys.executable, "-c", spawner])
    assert usage.cpu_seconds >= 0.4 and usage.seconds >= 0.4 and usage.peak_mib > 0
    line = cpu_line(120.0, 80.0, 2)
    assert line == "120.00 s, 1.50 of 2 cores busy; 60.00 s with all 2 busy throughout"


def test_growth_is_the_exponent_of_time_against_sentences() -> None:
    from benchmarks.trace_benchmark import growth

    runs = [{"sentences": 1000, "wall_seconds": 2.0}, {"sentences": 10000, "wall_seconds": 20.0}]
    assert growth(runs) == pytest.approx(1.0)
    runs[1]["wall_seconds"] = 200.0
    assert growth(runs) == pytest.approx(2.0)
    assert growth(runs[:1]) is None


@pytest.mark.slow
def test_benchmark_runs_every_mode_and_prints_growth(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "figures.json"
    assert main(["--mode", "all", "--articles", "15", "30", "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    for mode in ("sparse", "dense", "stress"):
        assert f"corpus          {mode}" in printed
        assert f"{mode}: time grows as sentences^" in printed
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert [f["mode"] for f in figures] == ["sparse"] * 2 + ["dense"] * 2 + ["stress"] * 2
    assert all("passages" in f["stages_seconds"] for f in figures)


@pytest.mark.parametrize("backend", ["rensa", "datasketch"])
def test_peer_pipeline_finds_the_sentence_two_articles_share(tmp_path: Path, backend: str) -> None:
    from benchmarks.peer_pipeline import run

    shared = "The minister said the new bridge over the river would open in the spring."
    (tmp_path / "a.txt").write_text(f"Council met on Monday to agree a budget. {shared}\n")
    (tmp_path / "b.txt").write_text(f"{shared.replace('spring', 'summer')} Rain fell all day.\n")
    (tmp_path / "c.txt").write_text("Farmers reported a poor harvest across the county again.\n")
    figures = run(tmp_path, backend)
    assert figures["sentences"] == 4  # "Rain fell all day." is too short to match
    # the shared sentence (one word changed) is the one verified pair, one cluster
    assert figures["verified_pairs"] == 1 and figures["clusters"] == 1
    assert set(figures["stages_seconds"]) == {"read", "sketch_lsh", "verify", "cluster"}


@pytest.mark.slow
def test_benchmark_times_a_peer_on_the_same_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "figures.json"
    assert (
        main(["--mode", "stress", "--articles", "30", "--peers", "rensa", "--json", str(out)]) == 0
    )
    [figures] = json.loads(out.read_text(encoding="utf-8"))
    peer = figures["peers"]["rensa"]
    assert peer["sentences"] > 0 and peer["wall_seconds"] > 0 and peer["peak_mib"] > 0
    assert peer["cpu_seconds"] > 0 and figures["cpu_seconds"] > 0
    assert "peer rensa" in capsys.readouterr().out
