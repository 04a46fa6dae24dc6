"""Hostile runs of ``trace``: killed mid-run, interrupted, or writing where it cannot. Nothing
lost, nothing hung, nothing left behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT

# ``provenance`` with its pool of workers started even for a small corpus, on two of them
POOLED = """
import os, sys
os.cpu_count = lambda: 2
from provenance.pipeline import engine
engine.PARALLEL_MIN_DOCS = 0
from provenance.cli import main
sys.argv = ["provenance", *sys.argv[1:]]
main()
"""


def children(pid: int) -> set[int]:
    """The processes whose parent is ``pid`` (from /proc)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue  # ended meanwhile
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def alive(pids: set[int]) -> set[int]:
    """Those of ``pids`` still running (a zombie has ended)."""
    running = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
        except OSError:
            continue
        if state != "Z":
            running.add(pid)
    return running


def spawned(pid: int) -> bool:
    """Whether ``pid`` is a worker of a multiprocessing pool (not, say, the resource tracker)."""
    try:
        return b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
def test_killing_trace_ends_its_workers_and_the_resource_tracker(tmp_path: Path) -> None:
    """kill -9 of ``trace`` while its pool runs: the workers and the resource tracker end too,
    and the caller's stderr (a pipe they inherit) reaches its end."""
    proc = subprocess.Popen(
        [sys.executable, "-c", POOLED, "trace", FIXTURES, "--out", tmp_path / "out", "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    left: set[int] = set()
    try:
        deadline = time.monotonic() + 60
        while not any(spawned(pid) for pid in children(proc.pid)):
            assert proc.poll() is None, "the run ended before its pool started"
            assert time.monotonic() < deadline, "no worker started"
            time.sleep(0.01)
        left = children(proc.pid)
        proc.send_signal(signal.SIGKILL)
        try:
            proc.communicate(timeout=20)  # every holder of the pipes has ended
        except subprocess.TimeoutExpired:
            pytest.fail(f"stderr still held open after the kill: {sorted(alive(left))} run")
        deadline = time.monotonic() + 10
        while alive(left) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not alive(left), "processes of the killed run are left"
    finally:
        proc.kill()
        for pid in alive(left):  # the processes this test started, by their ids
            os.kill(pid, signal.SIGKILL)
        proc.communicate()
