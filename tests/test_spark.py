"""The Spark engine gives the local engine's reports, byte for byte.

Runs under ``local[2]`` with one Spark session for the module; skips where pyspark or Java is
missing, except under CI=true, where .ci/run installs the spark extra (Java 17 is on the
machine).
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from provenance.pipeline.run import trace
from provenance.reports.schema import REPORT_FILES, RUN_RECORD
from provenance.reports.tables import write_reports
from provenance.settings import Settings
from tests.conftest import FIXTURES, ROOT, SEEDS, require, require_seeds, run_cli

CORPORA = ["news", "quotes", "boilerplate", "formats", "check"]


@pytest.fixture(scope="module")
def engine() -> Iterator[Any]:
    require(shutil.which("java") is not None, "Java is not installed (Spark needs Java 17)")
    try:
        import pyspark  # noqa: F401
    except ImportError:
        require(False, "pyspark is not installed (pip install 'news-provenance[spark]')")
    from provenance.pipeline.spark import SparkEngine, spark_session

    session = spark_session("local[2]")
    yield SparkEngine(session)
    session.stop()


def reports(result: Any, out: Path) -> dict[str, bytes]:
    write_reports(result, out)
    return {name: (out / name).read_bytes() for name in REPORT_FILES if name != RUN_RECORD}


@pytest.mark.slow
@pytest.mark.parametrize("name", CORPORA)
def test_spark_and_local_reports_are_byte_identical(engine: Any, name: str, tmp_path: Path) -> None:
    corpus = ROOT / "fixtures" / name
    local = reports(trace(corpus, Settings()), tmp_path / "local")
    spark = reports(trace(corpus, Settings(), engine=engine), tmp_path / "spark")
    assert spark == local
    assert b"\n" in local["clusters.csv"].split(b"\n", 1)[1]  # it found something to compare


@pytest.mark.slow
def test_spark_on_the_seed_articles(engine: Any, tmp_path: Path) -> None:
    require_seeds()
    local = reports(trace(SEEDS, Settings()), tmp_path / "local")
    assert reports(trace(SEEDS, Settings(), engine=engine), tmp_path / "spark") == local


@pytest.mark.slow
@pytest.mark.parametrize("name", ["news", "formats"])
def test_a_hadoop_uri_is_read_by_spark_as_its_folder_would_be(
    engine: Any, name: str, tmp_path: Path
) -> None:
    corpus = ROOT / "fixtures" / name
    local = reports(trace(corpus, Settings()), tmp_path / "local")
    uri = corpus.as_uri()  # file:///…: what hdfs:// or s3a:// would be on a cluster
    assert reports(trace(uri, Settings(), engine=engine), tmp_path / "spark") == local


def test_an_unreachable_master_is_one_line_at_once(tmp_path: Path) -> None:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        require(False, "pyspark is not installed (pip install 'news-provenance[spark]')")
    began = time.perf_counter()
    result = run_cli(
        "trace",
        FIXTURES,
        "--out",
        tmp_path,
        "--engine",
        "spark",
        "--spark-master",
        "spark://127.0.0.1:1",
    )
    assert result.exit_code == 2
    assert "spark://127.0.0.1:1: no Spark master answers there" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert time.perf_counter() - began < 30  # no JVM was started to retry for a minute


def test_a_uri_needs_the_spark_engine(tmp_path: Path) -> None:
    result = run_cli("trace", (ROOT / "fixtures" / "news").as_uri(), "--out", tmp_path)
    assert result.exit_code == 2
    assert "a URI is read with --engine spark" in result.stderr


@pytest.mark.slow
def test_the_command_line_runs_on_spark(engine: Any, tmp_path: Path) -> None:
    # asks for the engine so that it skips where Spark cannot run; last in the module, as
    # the command stops the session it gets, which is the module's own
    del engine
    result = run_cli(
        "trace",
        FIXTURES,
        "--out",
        tmp_path,
        "-q",
        "--engine",
        "spark",
        "--spark-master",
        "local[2]",
    )
    assert result.exit_code == 0, result.stderr
    golden = ROOT / "tests" / "golden" / "news"
    for name in ("documents.csv", "clusters.csv", "occurrences.csv", "quotes.csv"):
        assert (tmp_path / name).read_bytes() == (golden / name).read_bytes()
    assert json.loads((tmp_path / "run.json").read_text(encoding="utf-8"))["engine"] == "spark"


def test_a_verify_batch_reads_sentences_by_their_run_numbers() -> None:
    # the executors' verify step gets pairs of run-wide sentence numbers, far beyond the
    # batch's few sentences: each match comes back under its own pair's numbers
    try:
        import pyarrow as pa
    except ImportError:
        require(False, "pyarrow is not installed (pip install 'news-provenance[spark]')")
    from provenance.pipeline.spark import _verify_pairs

    same = "the prime minister spoke to president zelenskyy this evening".split()
    other = "rovers came from two goals down to draw with harbour town".split()
    batch = pa.RecordBatch.from_pydict(
        {
            "k": [0, 1],
            "a": [31, 31],
            "b": [4_000_017, 902],
            "ta": [same, same],
            "tb": [same, other],
        }
    )
    (out,) = _verify_pairs(70.0, 0.8, [batch])
    results = [json.loads(text) for text in out.column("result").to_pylist()]
    assert out.column("k").to_pylist() == [0, 1]
    assert results[0][:3] == [31, 4_000_017, 100.0]
    assert results[1] is None
