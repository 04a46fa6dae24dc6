"""The distributed Spark trace on a standalone master with two workers started here (pyspark's
own ``spark-class``, bound to 127.0.0.1, stopped whatever happens): the local executor's
reports, byte for byte. A module of its own: a process runs one Spark session at a time, and
test_spark_cluster's module-wide ``local[2]`` session must be stopped before this one starts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS
from tests.test_spark_cluster import _require_spark, same_reports


@pytest.mark.slow
def test_a_standalone_cluster_gives_the_local_reports(tmp_path: Path) -> None:
    """A master and two workers started with the distribution's ``spark-class``, bound to
    127.0.0.1, and stopped whatever happens."""
    _require_spark()
    from benchmarks.spark_cluster_benchmark import standalone_cluster
    from provenance.pipeline.spark import spark_session

    with standalone_cluster(workers=2, cores=1, memory="1g") as master:
        started = spark_session(master)
        try:
            assert started.sparkContext.master == master
            same_reports(ROOT / "fixtures" / "news", tmp_path / "news", started)
            if SEEDS.is_dir():  # beside the repository in CI; a bare clone has none
                same_reports(SEEDS, tmp_path / "seeds", started)
        finally:
            started.stop()
