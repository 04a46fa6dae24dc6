"""This tree against an earlier revision, side by side in one run: time, peak memory and the
reports of ``provenance trace`` on one corpus.

    python -m benchmarks.compare_benchmark --baseline 3052c7f --articles 35000 --repeats 3

The baseline is checked out into a temporary git worktree and installed from it with pip into
a folder it runs from (``PYTHONPATH``, with this virtual environment's packages), compiled
modules and all (see ``provenance/native.py``), as a user would install it; this tree runs
from its checkout, compiled if ``pip install -e .`` compiled its present sources (a warning
says when it did not). ``--pure`` runs both as Python. The runs alternate (baseline, this
tree, baseline…) so that load on the machine falls on both alike. Prints the median wall
time, CPU time (of the process and its workers: steadier than wall time on a busy machine) and
peak memory of each, whether each ran compiled, their ratios, each stage's median seconds
(run.json), the passages stage's share of the time, and whether the reports are byte for byte
the same (run.json differs by its timings and is left out; ``--changed`` when they
are meant to differ). ``--low-memory`` compares ``trace --low-memory`` instead.
Absolute times vary between machines and runs; the ratios are the figures to quote.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.trace_benchmark import generate
from provenance import native
from provenance.reports import schema

ROOT = Path(__file__).resolve().parent.parent


def run_trace(
    source: Path, corpus: Path, out: Path, low_memory: bool, pure: bool = False
) -> tuple[float, int, float]:
    """Wall seconds, peak MiB and CPU seconds of one trace, in a fresh process, with the code
    under ``source``. The peak and the CPU time are ``wait4``'s: the peak the largest of the
    process and the workers it waited for, the CPU time (user and system) their sum."""
    command = [sys.executable, "-m", "provenance", "trace", str(corpus), "--out", str(out), "-q"]
    if low_memory:
        command.append("--low-memory")
    env = {**_environment(pure), "PYTHONPATH": str(source)}
    began = time.perf_counter()
    # run from the source folder: ``python -m`` puts the working folder first on sys.path,
    # and from this tree it would import this tree's code whatever PYTHONPATH says
    with subprocess.Popen(command, env=env, cwd=source, stderr=subprocess.PIPE) as child:
        assert child.stderr is not None
        errors = child.stderr.read().decode(errors="replace")
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - began
    if child.returncode != 0:
        raise SystemExit(f"trace with {source} failed:\n{errors}")
    return seconds, round(usage.ru_maxrss / 1024), usage.ru_utime + usage.ru_stime


def _environment(pure: bool) -> dict[str, str]:
    return {**os.environ, native.PURE_ENV: "1"} if pure else dict(os.environ)


def install(worktree: Path, target: Path, pure: bool) -> Path:
    """The revision in ``worktree`` installed by pip into ``target`` (its compiled modules
    built, unless ``pure``), which it then runs from."""
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps"]
    done = subprocess.run(
        [*pip, "--target", str(target), str(worktree)],
        env=_environment(pure),
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"installing the baseline failed:\n{done.stdout}{done.stderr}")
    return target


def same_reports(a: Path, b: Path) -> bool:
    names = [report.file for report in schema.CSV_REPORTS]
    match, mismatch, errors = filecmp.cmpfiles(a, b, names, shallow=False)
    return not mismatch and not errors and len(match) == len(names)


def compare(
    baseline: str,
    corpus: Path,
    repeats: int,
    low_memory: bool,
    scratch: Path,
    pure: bool = False,
) -> dict[str, Any]:
    worktree = scratch / "baseline"
    subprocess.run(
        ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(worktree), baseline],
        check=True,
        capture_output=True,
    )
    if not pure and not native.current(ROOT / "provenance"):
        print(
            "compare_benchmark: this tree's compiled modules are missing or older than its "
            "sources, so it runs as Python (`pip install -e .` compiles them)",
            file=sys.stderr,
        )
    try:
        installed = install(worktree, scratch / "baseline-installed", pure)
        runs: dict[str, list[tuple[float, int, float]]] = {"baseline": [], "tree": []}
        for k in range(repeats):
            for name, source in (("baseline", installed), ("tree", ROOT)):
                out = scratch / f"{name}-{k}"
                runs[name].append(run_trace(source, corpus, out, low_memory, pure))
        identical = all(
            same_reports(scratch / f"baseline-{k}", scratch / f"tree-{k}") for k in range(repeats)
        )
    finally:
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(worktree)],
            check=False,
            capture_output=True,
        )
    figures: dict[str, Any] = {"revision": baseline, "low_memory": low_memory}
    for name, found in runs.items():
        figures[name] = {
            "seconds": [round(s, 1) for s, _, _ in found],
            "median_seconds": round(statistics.median(s for s, _, _ in found), 1),
            "median_peak_mib": round(statistics.median(m for _, m, _ in found)),
            # steadier than wall time on a busy machine: what the work took, not the wait
            "median_cpu_seconds": round(statistics.median(c for _, _, c in found), 1),
            # whether it ran compiled (run.json's ``compiled``, absent before it was written)
            "compiled": all(
                _record(scratch / f"{name}-{k}").get("compiled", False) for k in range(repeats)
            ),
        }
    figures["time_ratio"] = round(
        figures["tree"]["median_seconds"] / figures["baseline"]["median_seconds"], 3
    )
    figures["cpu_ratio"] = round(
        figures["tree"]["median_cpu_seconds"] / figures["baseline"]["median_cpu_seconds"], 3
    )
    figures["memory_ratio"] = round(
        figures["tree"]["median_peak_mib"] / figures["baseline"]["median_peak_mib"], 3
    )
    figures["reports_identical"] = identical
    figures["tree_stage_seconds"] = stage_medians(scratch, "tree", repeats)
    figures["baseline_stage_seconds"] = stage_medians(scratch, "baseline", repeats)
    passages = figures["tree_stage_seconds"].get("passages")
    if passages is not None:  # the word-by-word alignment's share of the trace
        figures["passages_share_of_time"] = round(passages / figures["tree"]["median_seconds"], 3)
    return figures


def stage_medians(scratch: Path, name: str, repeats: int) -> dict[str, float]:
    """Median seconds per stage (run.json's ``timings_seconds``) over the runs of ``name``."""
    found: dict[str, list[float]] = {}
    for k in range(repeats):
        record = _record(scratch / f"{name}-{k}")
        for stage, seconds in record.get("timings_seconds", {}).items():
            found.setdefault(stage, []).append(seconds)
    return {stage: round(statistics.median(values), 1) for stage, values in sorted(found.items())}


def _record(out: Path) -> dict[str, Any]:
    """A run's run.json."""
    found: dict[str, Any] = json.loads((out / schema.RUN_RECORD).read_text("utf-8"))
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", required=True, help="a git revision to compare with")
    parser.add_argument("--articles", type=int, default=3500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--corpus", type=Path, help="trace this folder instead of generating")
    parser.add_argument("--low-memory", action="store_true")
    parser.add_argument("--pure", action="store_true", help="run both as Python, nothing compiled")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--changed",
        action="store_true",
        help="the reports are meant to differ (a change of behaviour): exit 0 all the same",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="provenance-compare-") as folder:
        scratch = Path(folder)
        corpus = args.corpus
        if corpus is None:
            corpus = scratch / "corpus"
            corpus.mkdir()
            generate(corpus, args.articles, args.seed)
        figures = compare(args.baseline, corpus, args.repeats, args.low_memory, scratch, args.pure)
    figures["corpus"] = str(args.corpus) if args.corpus else f"{args.articles} articles"
    print(json.dumps(figures, indent=2))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0 if figures["reports_identical"] or args.changed else 1


if __name__ == "__main__":
    raise SystemExit(main())
