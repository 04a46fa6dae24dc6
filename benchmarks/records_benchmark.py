"""Trace JSON Lines dumps of growing size: wall time and peak memory as the dump doubles.

    python -m benchmarks.records_benchmark --articles 50000 100000

Each size is the trace benchmark's seeded corpus written as one ``.jsonl`` dump (a record per
article, with its outlet and date), traced by a fresh process that reports its own peak
resident memory (VmHWM) and the largest of its worker processes'. Two ways, side by side:
``trace`` holds every article's text, sentences and quotes until the reports are written, so
its memory grows with the dump; ``trace --low-memory`` keeps only sketches and one batch of
articles, so its memory stays nearly flat. Both write the same reports (compared with ``cmp``).
"""

from __future__ import annotations

import argparse
import filecmp
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.trace_benchmark import generate_jsonl
from provenance.reports import schema

# A fresh process traces the folder and prints its peak memory and the run's counts.
CHILD = """
import json, resource, sys
from pathlib import Path
from provenance.settings import Settings
from provenance.pipeline.run import trace
from provenance.reports.tables import write_reports
from provenance.reports.low_memory import trace_low_memory
if sys.argv[3] == "low":
    counts = trace_low_memory(Path(sys.argv[1]), Settings(), Path(sys.argv[2])).record["counts"]
else:
    result = trace(Path(sys.argv[1]), Settings())
    write_reports(result, Path(sys.argv[2]))
    counts = result.analysis.counts
status = Path("/proc/self/status").read_text().split("VmHWM:")[1].split()
workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({
    "peak_mib": round(int(status[0]) / 1024), "worker_mib": round(workers / 1024), "counts": counts
}))
"""
MODES = ("memory", "low")
REPORTS = tuple(report.file for report in schema.CSV_REPORTS)


def measure(articles: int, folder: Path, modes: Sequence[str]) -> dict[str, Any]:
    corpus = folder / f"dump{articles}"
    corpus.mkdir()
    dump = corpus / "articles.jsonl"
    generate_jsonl(dump, articles, seed=1)
    figures: dict[str, Any] = {"dump_mb": round(dump.stat().st_size / 1e6, 1)}
    for mode in modes:
        out = folder / f"report{articles}-{mode}"
        began = time.perf_counter()
        child = subprocess.run(
            [sys.executable, "-c", CHILD, str(corpus), str(out), mode],
            capture_output=True,
            text=True,
            check=True,
        )
        seconds = time.perf_counter() - began
        found = json.loads(child.stdout.splitlines()[-1])
        figures.update(
            {
                "articles": found["counts"]["documents"],
                "sentences": found["counts"]["sentences"],
                f"{mode}_wall_seconds": round(seconds, 1),
                f"{mode}_peak_mib": found["peak_mib"],
                f"{mode}_worker_peak_mib": found["worker_mib"],
            }
        )
    if len(modes) == 2:
        first, second = (folder / f"report{articles}-{m}" for m in modes)
        same = [filecmp.cmp(first / n, second / n, shallow=False) for n in REPORTS]
        figures["same_reports"] = all(same)
    for mode in modes:
        shutil.rmtree(folder / f"report{articles}-{mode}")
    shutil.rmtree(corpus)
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[50_000, 100_000])
    parser.add_argument("--mode", choices=[*MODES, "both"], default="both")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        modes = MODES if args.mode == "both" else (args.mode,)
        results = [measure(n, Path(folder), modes) for n in args.articles]
    rows = [("articles", "articles"), ("sentences", "sentences"), ("dump size (MB)", "dump_mb")]
    for mode in modes:
        name = "trace" if mode == "memory" else "trace --low-memory"
        rows += [
            (f"{name}: wall time (s)", f"{mode}_wall_seconds"),
            (f"{name}: peak memory, main process (MiB)", f"{mode}_peak_mib"),
            (f"{name}: peak memory, largest worker (MiB)", f"{mode}_worker_peak_mib"),
        ]
    for label, key in rows:
        print(f"{label:<52}" + "".join(f"{r[key]:>12,}" for r in results))
    if len(modes) == 2:
        print(
            f"{'same reports (cmp)':<52}" + "".join(f"{r['same_reports']!s:>12}" for r in results)
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
