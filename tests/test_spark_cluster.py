"""The distributed Spark trace (``pipeline.spark_cluster``) writes the local executor's reports,
byte for byte: under ``local[2]``, and on a standalone master with two workers started here. Its
plan cuts a corpus into the parts the low-memory planner cuts it into.

Skips where pyspark or Java is missing, except under CI=true.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from benchmarks.quality.generate import generate as generate_quality
from benchmarks.trace_benchmark import generate
from provenance.errors import InputError
from provenance.pipeline.run import trace
from provenance.reports.low_memory import trace_low_memory
from provenance.reports.schema import CSV_REPORTS
from provenance.reports.summary import summary_json
from provenance.reports.tables import write_reports
from provenance.settings import Settings
from tests.conftest import ROOT, SEEDS, require, require_seeds

CSVS = tuple(report.file for report in CSV_REPORTS)


def _require_spark() -> None:
    require(shutil.which("java") is not None, "Java is not installed (Spark needs Java 17)")
    try:
        import pyspark  # noqa: F401
    except ImportError:
        require(False, "pyspark is not installed (pip install 'news-provenance[spark]')")


@pytest.fixture(scope="module")
def session() -> Iterator[Any]:
    _require_spark()
    from provenance.pipeline.spark import spark_session

    started = spark_session("local[2]")
    yield started
    started.stop()


def same_reports(
    corpus: Path, out: Path, session: Any, settings: Settings | None = None, batch_docs: int = 2000
) -> dict[str, Any]:
    """The local executor's reports into ``out/local``, the Spark trace's into ``out/spark``:
    every CSV must be equal, byte for byte, and run.json's counts, and the parts those of the
    low-memory trace (``out/parts``); the Spark run's record."""
    from provenance.pipeline.spark_cluster import trace_on_spark

    settings = settings or Settings()
    local = trace(corpus, settings)
    write_reports(local, out / "local")
    done = trace_on_spark(corpus, settings, out / "spark", session, batch_docs=batch_docs)
    for name in CSVS:
        expected = (out / "local" / name).read_bytes()
        assert (out / "spark" / name).read_bytes() == expected, f"{corpus.name}: {name} differs"
    counts = json.loads((out / "local" / "run.json").read_text(encoding="utf-8"))["counts"]
    assert done.record["counts"] == counts
    assert done.summary == summary_json(local, out / "spark")
    assert not list((out / "spark").glob(".provenance-work-*")), "the work folder is left"
    planned = trace_low_memory(corpus, settings, out / "parts", batch_docs=batch_docs).record
    for name in ("parts", "largest_part_documents"):
        assert done.record["parts"][name] == planned["parts"][name], f"{corpus.name}: {name}"
    return done.record


@pytest.mark.slow
@pytest.mark.parametrize("name", ["news", "quotes", "boilerplate-edges"])
def test_fixtures_give_the_local_reports(name: str, session: Any, tmp_path: Path) -> None:
    record = same_reports(ROOT / "fixtures" / name, tmp_path, session)
    assert record["counts"]["clusters"] > 0  # something to compare


@pytest.mark.slow
def test_seeds_give_the_local_reports(session: Any, tmp_path: Path) -> None:
    require_seeds()
    same_reports(SEEDS, tmp_path, session)


@pytest.mark.slow
def test_a_generated_corpus_gives_the_local_reports(session: Any, tmp_path: Path) -> None:
    """Syndication, quotes, paraphrases and footers: boilerplate is found corpus-wide, the
    corpus falls into many parts, and parts are analysed a few at a time."""
    corpus = tmp_path / "corpus"
    generate_quality(corpus, 300, seed=3)
    record = same_reports(corpus, tmp_path / "out", session, batch_docs=40)
    assert record["counts"]["boilerplate_clusters"] > 0
    assert record["parts"]["parts"] > 50
    assert record["parts"]["batches"] > 2


@pytest.mark.slow
def test_the_trace_benchmark_corpus_gives_the_local_reports(session: Any, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    generate(corpus, 400, seed=1)
    record = same_reports(corpus, tmp_path / "out", session)
    assert record["counts"]["verified_pairs"] > 0


@pytest.mark.slow
@pytest.mark.parametrize("options", [{"keep_boilerplate": True}, {"suppress_boilerplate": False}])
def test_boilerplate_settings(options: dict[str, Any], session: Any, tmp_path: Path) -> None:
    """Boilerplate kept as clusters (learned boilerplate still cuts no passage's links), or not
    looked for."""
    same_reports(ROOT / "fixtures" / "boilerplate", tmp_path, session, Settings(**options))


@pytest.mark.slow
def test_an_empty_folder_is_one_line(session: Any, tmp_path: Path) -> None:
    from provenance.pipeline.spark_cluster import trace_on_spark

    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no readable article found"):
        trace_on_spark(tmp_path / "empty", Settings(), tmp_path / "out", session)
    assert not (tmp_path / "out").exists()


@pytest.mark.slow
def test_another_master_in_a_process_with_a_session_is_refused(session: Any) -> None:
    """Spark keeps one session a process: asking for another master would silently get the
    running one."""
    from provenance.pipeline.spark import SparkUnavailableError, spark_session

    with pytest.raises(SparkUnavailableError, match=r"already runs a Spark session on local\[2\]"):
        spark_session("local[1]")
    assert session.sparkContext.master == "local[2]"


@pytest.mark.slow
def test_the_report_set_is_swapped_in_whole_with_its_workbook(session: Any, tmp_path: Path) -> None:
    """On Spark too the set (here with --xlsx) replaces the earlier one at once, beside a file
    of the user's, and leaves nothing temporary."""
    from benchmarks.kill_trace_trials import temporary as leftovers
    from provenance.pipeline.spark_cluster import trace_on_spark
    from tests.test_faults import csv_rows, read_workbook

    corpus = ROOT / "fixtures" / "news"
    out = tmp_path / "spark"
    write_reports(trace(corpus, Settings(min_tokens=9)), out)
    (out / "notes.txt").write_text("mine\n", encoding="utf-8")
    trace_on_spark(corpus, Settings(), out, session, xlsx=True)
    write_reports(trace(corpus, Settings()), tmp_path / "local")
    for name in CSVS:
        assert (out / name).read_bytes() == (tmp_path / "local" / name).read_bytes(), name
    sheets = read_workbook(out / "reports.xlsx")
    assert {name: csv_rows(out / f"{name}.csv") for name in sheets} == sheets
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine\n"
    assert leftovers(tmp_path) == []
