"""Kill ``provenance trace`` (SIGKILL, its main process only) at random moments; count what is
left.

    python benchmarks/kill_trace_trials.py --trials 50 --corpus DIR

Each trial starts from a report folder holding the previous run's set (reports traced with
``--min-tokens 9``) and a file of the user's, starts ``trace`` into it (default settings) and
kills the main process after a random delay: for even trials, anywhere in up to 1.2 times an
uninterrupted run's time (so some runs end first); for odd ones, while the reports are
written: counted from the appearance of the run's staging folder, up to 1.2 times the time
from there to the end in an uninterrupted run. It then checks that the folder holds the
previous set whole or an uninterrupted run's new set whole (never a mix, never none) and the
user's file, that every process the run started (the pool's workers, the multiprocessing
resource tracker) has ended and the run's stdout and stderr have closed, and counts the
temporary entries left (a killed run's staging folder, which the next run to reach its
reports removes). After the last trial, one more run must leave nothing temporary. Figures go
to stdout; the exit code is 1 when a trial broke one of these rules.

Without ``--corpus``, a sparse corpus of ``--articles`` articles is generated (2,200 by
default: above 2,000, ``trace`` starts its pool of workers).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from provenance.reports import schema

ROOT = Path(__file__).resolve().parent.parent
REPORTS = tuple(report.file for report in schema.CSV_REPORTS)
USER_FILE = "notes.txt"
USER_TEXT = "my own notes, not a report\n"
OLD_SETTINGS = ("--min-tokens", "9")
# ``provenance``, with the pool of workers started from ``sys.argv[1]`` documents on
LAUNCH = """
import sys
from provenance.pipeline import engine
engine.PARALLEL_MIN_DOCS = int(sys.argv.pop(1))
from provenance.cli import main
sys.argv[0] = "provenance"
main()
"""


@dataclass
class Trial:
    number: int
    delay: float  # seconds from the start to the kill (or the end)
    while_reporting: bool  # the delay counted from the staging folder's appearance
    killed: bool
    outcome: str  # old, new, mixed or missing
    user_file_kept: bool
    pipes_closed: bool
    processes_started: int
    processes_left: int
    temporary_after_kill: list[str] = field(default_factory=list)


def report_set(out: Path) -> dict[str, str] | None:
    """The reports in ``out`` and run.json's counts and settings; None if one is missing."""
    try:
        found = {name: (out / name).read_text(encoding="utf-8") for name in REPORTS}
        run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    found["run.json"] = json.dumps([run["counts"], run["settings"]], sort_keys=True)
    return found


def temporary(folder: Path) -> list[str]:
    """Temporary files and folders anywhere under ``folder``."""
    return sorted(
        str(path.relative_to(folder))
        for path in folder.rglob("*")
        if path.name.endswith(".tmp") or ".provenance-" in path.name
    )


def _stat(pid: int) -> list[str] | None:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return None


def _children(pid: int) -> dict[int, str]:
    """The processes whose parent is ``pid``, each with its start time (against reused ids)."""
    found = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        fields = _stat(int(stat.parent.name))
        if fields is not None and int(fields[1]) == pid:
            found[int(stat.parent.name)] = fields[19]
    return found


def _running(processes: dict[int, str]) -> dict[int, str]:
    """Those of ``processes`` still running (a zombie has ended; its parent, here the
    container's first process, may never collect it)."""
    running = {}
    for pid, started in processes.items():
        fields = _stat(pid)
        if fields is not None and fields[19] == started and fields[0] != "Z":
            running[pid] = started
    return running


def command(corpus: Path, out: Path, pool_from: int, *settings: str) -> list[str]:
    return [
        sys.executable,
        "-c",
        LAUNCH,
        str(pool_from),
        "trace",
        str(corpus),
        "--out",
        str(out),
        "-q",
        *settings,
    ]


def environment() -> dict[str, str]:
    """This checkout first, then where the caller's Python looks."""
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    return {**os.environ, "PYTHONPATH": path}


def uninterrupted(corpus: Path, out: Path, pool_from: int, *settings: str) -> float:
    """Run ``trace`` to its end; its seconds."""
    return timed(corpus, out, pool_from, *settings)[0]


def timed(corpus: Path, out: Path, pool_from: int, *settings: str) -> tuple[float, float]:
    """Run ``trace`` to its end: its seconds, and those from the appearance of its staging
    folder (the reports being written) to its end."""
    staging = f".{out.name}.provenance-set-*"
    earlier = set(out.parent.glob(staging))
    began = time.perf_counter()
    proc = subprocess.Popen(command(corpus, out, pool_from, *settings), env=environment())
    seen = None
    while proc.poll() is None:
        if seen is None and set(out.parent.glob(staging)) - earlier:
            seen = time.perf_counter()
        time.sleep(0.002)
    ended = time.perf_counter()
    if proc.returncode:
        raise SystemExit(f"trace exited {proc.returncode}")
    return ended - began, ended - (seen or ended)


def reset(out: Path, old: Path) -> None:
    """``out`` as the previous run left it, with the user's file."""
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(old, out)
    (out / USER_FILE).write_text(USER_TEXT, encoding="utf-8")


def trial(
    number: int,
    delay: float,
    corpus: Path,
    work: Path,
    pool_from: int,
    sets: tuple[Any, Any],
    while_reporting: bool = False,
) -> Trial:
    out = work / "reports"
    reset(out, work / "old")
    earlier = set(work.glob(".reports.provenance-set-*"))  # killed trials' (the run cleans them)
    began = time.perf_counter()
    proc = subprocess.Popen(
        command(corpus, out, pool_from),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment(),
    )
    started: dict[int, str] = {}
    watching = threading.Event()

    def watch() -> None:  # the run's children, seen while it lives
        while not watching.is_set():
            started.update(_children(proc.pid))
            time.sleep(0.05)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    killed = False
    if while_reporting:
        while proc.poll() is None and not set(work.glob(".reports.provenance-set-*")) - earlier:
            time.sleep(0.002)
    try:
        proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        started.update(_children(proc.pid))
        proc.send_signal(signal.SIGKILL)
        killed = True
    stopped = time.perf_counter() - began
    watching.set()
    watcher.join()
    try:
        proc.communicate(timeout=30)  # every holder of its pipes has ended
        closed = True
    except subprocess.TimeoutExpired:
        closed = False
    deadline = time.monotonic() + 10
    while _running(started) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = _running(started)
    for pid in left:  # this trial's processes, by their ids, so that the next starts clean
        os.kill(pid, signal.SIGKILL)
    proc.wait()
    found = report_set(out)
    old, new = sets
    outcome = (
        "old" if found == old else "new" if found == new else "missing" if not found else "mixed"
    )
    user = out / USER_FILE
    return Trial(
        number=number,
        delay=round(stopped, 2),
        while_reporting=while_reporting,
        killed=killed,
        outcome=outcome,
        user_file_kept=user.is_file() and user.read_text(encoding="utf-8") == USER_TEXT,
        pipes_closed=closed,
        processes_started=len(started),
        processes_left=len(left),
        temporary_after_kill=temporary(work),
    )


def run_trials(
    corpus: Path, work: Path, trials: int, seed: int, pool_from: int
) -> tuple[list[Trial], dict[str, Any]]:
    """The trials, and the figures of the reference runs and of the last run."""
    rng = random.Random(seed)
    uninterrupted(corpus, work / "old", pool_from, *OLD_SETTINGS)
    (work / "new").mkdir()
    seconds, reporting = timed(corpus, work / "new", pool_from)
    old, new = report_set(work / "old"), report_set(work / "new")
    if old is None or new is None or old == new:
        raise SystemExit("the reference runs gave no reports, or the same ones")
    done = []
    for number in range(trials):
        reports = number % 2 == 1
        delay = rng.uniform(0.0, (reporting if reports else seconds) * 1.2)
        done.append(trial(number, delay, corpus, work, pool_from, (old, new), reports))
        print(_line(done[-1]), file=sys.stderr, flush=True)
    out = work / "reports"
    uninterrupted(corpus, out, pool_from)
    last = {
        "outcome": "new" if report_set(out) == new else "not new",
        "user_file_kept": (out / USER_FILE).is_file(),
        "temporary_left": temporary(work),
    }
    timings = {"full_run_seconds": round(seconds, 2), "reporting_seconds": round(reporting, 2)}
    return done, {**timings, **last}


def _line(t: Trial) -> str:
    how = "killed" if t.killed else "ended"
    when = " (reporting)" if t.while_reporting else ""
    return (
        f"trial {t.number:2d}: {how} at {t.delay:6.2f} s{when}: {t.outcome}, "
        f"{t.processes_started} processes started, {t.processes_left} left, "
        f"pipes {'closed' if t.pipes_closed else 'OPEN'}, "
        f"{len(t.temporary_after_kill)} temporary entries"
    )


def figures(done: list[Trial], last: dict[str, Any]) -> dict[str, Any]:
    killed = [t for t in done if t.killed]
    return {
        "trials": len(done),
        "killed": len(killed),
        "ended_before_the_kill": len(done) - len(killed),
        "outcomes": dict(Counter(t.outcome for t in done)),
        "outcomes_of_killed": dict(Counter(t.outcome for t in killed)),
        "outcomes_of_killed_while_reporting": dict(
            Counter(t.outcome for t in killed if t.while_reporting)
        ),
        "user_file_lost": sum(not t.user_file_kept for t in done),
        "pipes_left_open": sum(not t.pipes_closed for t in done),
        "trials_with_workers": sum(t.processes_started > 0 for t in done),
        "processes_started": sum(t.processes_started for t in done),
        "processes_left": sum(t.processes_left for t in done),
        "trials_leaving_temporary_entries": sum(bool(t.temporary_after_kill) for t in done),
        "kill_delay_seconds": {
            "min": min((t.delay for t in killed), default=None),
            "median": statistics.median([t.delay for t in killed]) if killed else None,
            "max": max((t.delay for t in killed), default=None),
        },
        "last_run": last,
    }


def broken(found: dict[str, Any]) -> list[str]:
    """The rules the trials broke."""
    rules = {
        "a set was mixed or missing": set(found["outcomes"]) - {"old", "new"},
        "a file of the user's was lost": found["user_file_lost"],
        "a run's stdout or stderr stayed open": found["pipes_left_open"],
        "a process outlived its run": found["processes_left"],
        "the last run did not give the new set": found["last_run"]["outcome"] != "new",
        "the last run left temporary entries": found["last_run"]["temporary_left"],
    }
    return [rule for rule, failed in rules.items() if failed]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=50)
    parser.add_argument("--corpus", type=Path, help="a folder of articles (default: generated)")
    parser.add_argument("--articles", type=int, default=2200, help="of a generated corpus")
    parser.add_argument("--seed", type=int, default=1, help="of the delays (and the corpus)")
    parser.add_argument(
        "--pool-from",
        type=int,
        default=2000,
        help="documents from which trace starts its pool (its default: 2000)",
    )
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    if not Path("/proc/self/stat").exists():
        parser.error("the trials read /proc (Linux)")
    with tempfile.TemporaryDirectory(prefix="kill-trials-") as folder:
        work = Path(folder)
        corpus = args.corpus
        if corpus is None:
            from benchmarks.trace_benchmark import generate

            corpus = work / "corpus"
            generate(corpus, args.articles, args.seed)
        done, last = run_trials(corpus, work, args.trials, args.seed, args.pool_from)
    found = figures(done, last)
    print(json.dumps(found, indent=2))
    if args.json is not None:
        args.json.write_text(json.dumps(found, indent=2) + "\n", encoding="utf-8")
    failures = broken(found)
    for rule in failures:
        print(f"FAILED: {rule}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
