"""Trace JSON Lines dumps of growing size: wall time and peak memory as the dump doubles.

    python -m benchmarks.records_benchmark --articles 50000 100000

Each size is the trace benchmark's seeded corpus written as one ``.jsonl`` dump (a record per
article, with its outlet and date), traced by a fresh process that reports its own peak
resident memory (VmHWM; the worker processes that read pages are not counted, records are
read in the main process). Records are streamed a line at a time; what a trace then keeps of
each article (its text, sentences, quotes and sketches) grows with the dump.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.trace_benchmark import generate_jsonl

# A fresh process traces the folder and prints its peak memory and the run's counts.
CHILD = """
import json, sys
from pathlib import Path
from provenance.config import Settings
from provenance.pipeline import trace
from provenance.report import write_reports
result = trace(Path(sys.argv[1]), Settings())
write_reports(result, Path(sys.argv[2]))
status = Path("/proc/self/status").read_text().split("VmHWM:")[1].split()
counts = result.analysis.counts
print(json.dumps({"peak_mib": round(int(status[0]) / 1024), "counts": counts}))
"""


def measure(articles: int, folder: Path) -> dict[str, Any]:
    corpus = folder / f"dump{articles}"
    corpus.mkdir()
    dump = corpus / "articles.jsonl"
    generate_jsonl(dump, articles, seed=1)
    began = time.perf_counter()
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(corpus), str(folder / f"report{articles}")],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds = time.perf_counter() - began
    found = json.loads(child.stdout.splitlines()[-1])
    return {
        "articles": found["counts"]["documents"],
        "sentences": found["counts"]["sentences"],
        "dump_mb": round(dump.stat().st_size / 1e6, 1),
        "wall_seconds": round(seconds, 1),
        "peak_mib": found["peak_mib"],
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[50_000, 100_000])
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        results = [measure(n, Path(folder)) for n in args.articles]
    for label, key in (
        ("articles", "articles"),
        ("sentences", "sentences"),
        ("dump size (MB)", "dump_mb"),
        ("wall time (s)", "wall_seconds"),
        ("peak memory, main process (MiB)", "peak_mib"),
    ):
        print(f"{label:<34}" + "".join(f"{r[key]:>14,}" for r in results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
