"""The distributed Spark trace (``pipeline.spark_cluster``) on a standalone cluster: the driver's
peak memory and the wall time as the corpus grows.

    python -m benchmarks.spark_cluster_benchmark --articles 35000 105000

Starts a standalone master and two workers on 127.0.0.1 with the pyspark distribution's own
``spark-class`` (the pip package has no ``sbin/start-master.sh``), generates the trace
benchmark's seeded corpus (``trace_benchmark.generate``: 35,000 articles are about a million
sentences) for each size, and traces it in a fresh driver process against the cluster. Prints
the driver's peak memory: the Python driver process's peak resident set (VmHWM) and its JVM's
(the gateway Spark starts as the driver's child), and the wall time. The executors are the
workers' processes: their memory is set by the cluster (``--worker-memory``), not counted.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager, suppress
from pathlib import Path
from typing import Any

from benchmarks.trace_benchmark import generate

HOST = "127.0.0.1"
PORT = 7077
REGISTERED = "Successfully registered with master"
START_SECONDS = 90.0

CHILD = """
import json, os, sys, time
from pathlib import Path
from provenance.settings import Settings
from provenance.pipeline.spark import spark_session
from provenance.pipeline.spark_cluster import trace_on_spark
from benchmarks.spark_cluster_benchmark import peak_kib, children_named
corpus, out, master = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
began = time.perf_counter()
session = spark_session(master)
try:
    done = trace_on_spark(corpus, Settings(), out, session)
    jvms = children_named(os.getpid(), "java")
    jvm_kib = sum(peak_kib(pid) for pid in jvms)
finally:
    session.stop()
print(json.dumps({
    "wall_seconds": round(time.perf_counter() - began, 1),
    "python_peak_mib": round(peak_kib(os.getpid()) / 1024),
    "jvm_peak_mib": round(jvm_kib / 1024),
    "counts": done.record["counts"],
    "parts": done.record["parts"],
    "timings": done.record["timings_seconds"],
}))
"""


def peak_kib(pid: int) -> int:
    """A process's peak resident memory (VmHWM), in KiB; 0 once it is gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="utf-8")
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def children_named(parent: int, name: str) -> list[int]:
    """The processes descended from ``parent`` whose command is ``name``."""
    parents: dict[int, int] = {}
    names: dict[int, str] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        with suppress(OSError):
            stat = (entry / "stat").read_text(encoding="utf-8")
            comm = stat[stat.index("(") + 1 : stat.rindex(")")]
            fields = stat[stat.rindex(")") + 2 :].split()
            parents[int(entry.name)] = int(fields[1])
            names[int(entry.name)] = comm
    found = []
    for pid, comm in names.items():
        ancestor = parents.get(pid, 0)
        while ancestor > 1 and ancestor != parent:
            ancestor = parents.get(ancestor, 0)
        if ancestor == parent and comm == name:
            found.append(pid)
    return found


def spark_class() -> Path:
    """The pyspark distribution's ``bin/spark-class``."""
    import pyspark

    return Path(pyspark.__file__).parent / "bin" / "spark-class"


def _free(port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind((HOST, port))
        except OSError:
            return False
    return True


def _some_free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
    return port


@contextmanager
def standalone_cluster(
    workers: int = 2, cores: int = 1, memory: str = "2g", port: int = PORT
) -> Iterator[str]:
    """A standalone master and ``workers`` workers on 127.0.0.1 (each ``cores`` cores and
    ``memory``), started with ``spark-class`` and stopped on leaving, whatever happens; gives
    the master's URL. ``port``: the master's, another free one if it is taken."""
    port = port if _free(port) else _some_free_port()
    command = str(spark_class())
    env = {**os.environ, "SPARK_LOCAL_IP": HOST, "SPARK_NO_DAEMONIZE": "1"}
    env.setdefault("PYSPARK_PYTHON", sys.executable)
    started: list[subprocess.Popen[bytes]] = []
    with (
        tempfile.TemporaryDirectory(prefix="spark-cluster-") as scratch,
        ExitStack() as files,
    ):
        logs = Path(scratch)
        try:
            master_log = files.enter_context((logs / "master.log").open("wb"))
            started.append(
                subprocess.Popen(
                    [command, "org.apache.spark.deploy.master.Master", "--host", HOST,
                     "--port", str(port), "--webui-port", str(_some_free_port())],
                    env=env, stdout=master_log, stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            )  # fmt: skip
            _wait_for_port(port, started[0])
            url = f"spark://{HOST}:{port}"
            for number in range(workers):
                log = files.enter_context((logs / f"worker{number}.log").open("wb"))
                work = logs / f"work{number}"
                started.append(
                    subprocess.Popen(
                        [command, "org.apache.spark.deploy.worker.Worker", url, "--host", HOST,
                         "--cores", str(cores), "--memory", memory, "--work-dir", str(work),
                         "--webui-port", str(_some_free_port())],
                        env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
                    )
                )  # fmt: skip
            for number in range(workers):
                _wait_for_text(logs / f"worker{number}.log", REGISTERED, started[number + 1])
            yield url
        finally:
            for process in reversed(started):
                _stop(process)


def _wait_for_port(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the Spark master exited ({process.returncode})")
        with suppress(OSError), socket.create_connection((HOST, port), timeout=1):
            return
        time.sleep(0.5)
    raise RuntimeError(f"no Spark master on {HOST}:{port} after {START_SECONDS:g} s")


def _wait_for_text(log: Path, text: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"a Spark worker exited ({process.returncode}): see {log}")
        if text in log.read_text(encoding="utf-8", errors="replace"):
            return
        time.sleep(0.5)
    raise RuntimeError(f"a Spark worker did not register in {START_SECONDS:g} s")


def _stop(process: subprocess.Popen[bytes]) -> None:
    """A daemon this module started, and its children (its own process group)."""
    if process.poll() is not None:
        return
    with suppress(ProcessLookupError):
        os.killpg(process.pid, 15)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        with suppress(ProcessLookupError):
            os.killpg(process.pid, 9)
        process.wait()


def measure(articles: int, master: str, seed: int = 1) -> dict[str, Any]:
    """Generate a corpus of ``articles`` and trace it on ``master`` in a fresh driver."""
    with tempfile.TemporaryDirectory(prefix="spark-cluster-bench-") as scratch:
        corpus, out = Path(scratch) / "corpus", Path(scratch) / "report"
        corpus.mkdir()
        generate(corpus, articles, seed)
        found = subprocess.run(
            [sys.executable, "-c", CHILD, str(corpus), str(out), master],
            check=True,
            capture_output=True,
            text=True,
        )
    figures: dict[str, Any] = json.loads(found.stdout.strip().splitlines()[-1])
    counts = figures.pop("counts")
    figures = {
        "articles": counts["documents"],
        "sentences": counts["sentences"],
        "driver_peak_mib": figures["python_peak_mib"] + figures["jvm_peak_mib"],
        **figures,
        "clusters": counts["clusters"],
        "candidate_pairs": counts["candidate_pairs"],
    }
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[35_000, 105_000])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--worker-memory", default="3g")
    parser.add_argument("--save", type=Path, help="write the figures here as JSON")
    args = parser.parse_args(argv)
    runs = []
    with standalone_cluster(args.workers, 1, args.worker_memory) as master:
        for articles in args.articles:
            figures = measure(articles, master)
            print(json.dumps(figures), flush=True)
            runs.append(figures)
    result: dict[str, Any] = {
        "master": f"standalone, {args.workers} workers of 1 core and {args.worker_memory}",
        "runs": runs,
    }
    if len(runs) > 1:
        first, last = runs[0]["driver_peak_mib"], runs[-1]["driver_peak_mib"]
        result["driver_peak_growth"] = round(last / first - 1, 3)
    print(json.dumps(result, indent=2))
    if args.save is not None:
        args.save.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
