"""The Spark engine beside the local engine on one generated corpus: wall time and memory.

    python -m benchmarks.spark_benchmark --articles 35000 --master 'local[2]'

Generates the trace benchmark's seeded corpus (35,000 articles are about a million sentences),
then traces it twice, each in a fresh process: with the local engine, and with the Spark engine
on ``--master``. Prints wall time, the peak memory of the Python driver process (VmHWM; the
Spark JVM and the executors' Python workers are separate processes, their memory set by Spark's
own settings) and whether the two wrote byte-identical reports.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.trace_benchmark import generate
from provenance.reports import schema

CHILD = """
import json, sys
from pathlib import Path
from provenance.settings import Settings
from provenance.pipeline.run import trace
from provenance.reports.tables import write_reports
corpus, out, master = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
if master == "none":
    result = trace(corpus, Settings())
else:
    from provenance.pipeline.spark import SparkEngine, spark_session
    session = spark_session(master)
    result = trace(corpus, Settings(), engine=SparkEngine(session))
    session.stop()
write_reports(result, out)
status = Path("/proc/self/status").read_text().split("VmHWM:")[1].split()
print(json.dumps({"peak_mib": round(int(status[0]) / 1024),
                  "sentences": result.analysis.counts["sentences"],
                  "timings": result.analysis.timings}))
"""
REPORTS = tuple(report.file for report in schema.CSV_REPORTS)


def run(corpus: Path, out: Path, master: str) -> dict[str, Any]:
    began = time.perf_counter()
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(corpus), str(out), master],
        capture_output=True,
        text=True,
        check=True,
    )
    found: dict[str, Any] = json.loads(child.stdout.splitlines()[-1])
    found["wall_seconds"] = round(time.perf_counter() - began, 1)
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=35_000)
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus"
        generate(corpus, args.articles, seed=1)
        local = run(corpus, Path(folder) / "local", "none")
        spark = run(corpus, Path(folder) / "spark", args.master)
        same = all(
            filecmp.cmp(Path(folder) / "local" / n, Path(folder) / "spark" / n, shallow=False)
            for n in REPORTS
        )
    print(f"sentences                      {local['sentences']:>12,}")
    print(f"{'':<31}{'local':>12}{'spark ' + args.master:>22}")
    print(f"{'wall time (s)':<31}{local['wall_seconds']:>12}{spark['wall_seconds']:>22}")
    print(f"{'driver peak memory (MiB)':<31}{local['peak_mib']:>12}{spark['peak_mib']:>22}")
    print(f"reports byte-identical         {same}")
    if args.json:
        figures = {"articles": args.articles, "master": args.master, "local": local}
        figures |= {"spark": spark, "identical": same}
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
