"""Build an index, then screen new articles against it: the figures a CI job cares about.

    python -m benchmarks.index_benchmark --articles 1750 3500 --check 100

For each size, generates a seeded corpus (trace_benchmark's generator: originals, syndicated
copies with light edits, unrelated articles), indexes all but ``--check`` of its articles (taken
evenly through it, so some are copies of indexed stories), and prints: the build rate, the size
on disk, the time to open the index (median of repeats), the time per article when checking
them in one call and when checking one at a time (as a pre-commit hook would), and the peak
memory of this process and of a fresh process checking one article. Opening and a check's
memory should not grow with the index.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.trace_benchmark import generate
from provenance.checking.screen import Policy, check
from provenance.index.sqlite import Index, build
from provenance.inputs.load import load_corpus
from provenance.settings import Settings
from provenance.text.speakers import Aliases

OPEN_REPEATS = 7
SINGLE_CHECKS = 10
# A fresh process checks one article and reports its own peak memory: what a CI job pays.
CHILD = """
import sys
from pathlib import Path
from provenance.checking.screen import Policy, check
from provenance.settings import Settings
from provenance.index.sqlite import Index
with Index.open(Path(sys.argv[1])) as index:
    check([Path(sys.argv[2])], index, Settings(), Policy(0.5))
# VmHWM, not ru_maxrss: the latter starts at the parent's peak when a process is forked
status = Path("/proc/self/status").read_text().split("VmHWM:")[1].split()
print(round(int(status[0]) / 1024))
"""


def measure(articles: int, checked: int, folder: Path) -> dict[str, Any]:
    corpus = folder / f"corpus{articles}"
    generate(corpus, articles + checked, seed=1)
    documents = load_corpus(corpus).documents
    step = len(documents) / checked
    held_out = {int(k * step) for k in range(checked)}
    indexed = [d for k, d in enumerate(documents) if k not in held_out]
    incoming = [corpus / documents[k].path for k in sorted(held_out)]
    settings = Settings()
    path = folder / f"index{articles}.db"

    began = time.perf_counter()
    build(path, indexed, settings, corpus)
    build_seconds = time.perf_counter() - began

    opening = []
    for _ in range(OPEN_REPEATS):
        began = time.perf_counter()
        with Index.open(path, settings) as index:
            index.info()
        opening.append(time.perf_counter() - began)

    aliases = Aliases.load()
    policy = Policy(settings.syndication_threshold)
    with Index.open(path, settings) as index:
        sentences = index.info().sentences
        bytes_on_disk = index.info().bytes_on_disk
        began = time.perf_counter()
        result = check(incoming, index, settings, policy, aliases=aliases)
        batch_seconds = time.perf_counter() - began
    singles = []
    for one in incoming[:SINGLE_CHECKS]:
        began = time.perf_counter()
        with Index.open(path, settings) as index:
            check([one], index, settings, policy, aliases=aliases)
        singles.append(time.perf_counter() - began)
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(incoming[0])],
        capture_output=True,
        text=True,
        check=True,
    )
    return {
        "articles_indexed": len(indexed),
        "sentences_indexed": sentences,
        "build_seconds": round(build_seconds, 2),
        "build_sentences_per_second": round(sentences / build_seconds),
        "bytes_on_disk": bytes_on_disk,
        "open_ms_median": round(statistics.median(opening) * 1000, 2),
        "checked": len(incoming),
        "failed": len(result.failed),
        "check_ms_per_article_batch": round(batch_seconds / len(incoming) * 1000, 1),
        "check_ms_single_median": round(statistics.median(singles) * 1000, 1),
        "check_process_peak_mib": int(child.stdout.split()[-1]),
        "peak_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def render(results: Sequence[dict[str, Any]]) -> str:
    rows = [
        ("articles indexed", "articles_indexed", "{:,}"),
        ("sentences indexed", "sentences_indexed", "{:,}"),
        ("build time (s)", "build_seconds", "{}"),
        ("build rate (sentences/s)", "build_sentences_per_second", "{:,}"),
        ("size on disk (MB)", "bytes_on_disk", "{:.1f}"),
        ("open index (ms, median)", "open_ms_median", "{}"),
        ("articles checked", "checked", "{}"),
        ("of which failed", "failed", "{}"),
        ("check, per article in one call (ms)", "check_ms_per_article_batch", "{}"),
        ("check, one article per call (ms, median)", "check_ms_single_median", "{}"),
        ("peak memory of a one-article check (MiB)", "check_process_peak_mib", "{}"),
        ("peak memory of this process (MiB)", "peak_mib", "{}"),
    ]
    lines = []
    for label, key, fmt in rows:
        values = [r[key] / 1e6 if key == "bytes_on_disk" else r[key] for r in results]
        lines.append(f"{label:<42}" + "".join(f"{fmt.format(v):>14}" for v in values))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1750, 3500])
    parser.add_argument("--check", type=int, default=100, help="articles held out and checked")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        results = [measure(n, args.check, Path(folder)) for n in args.articles]
    print(render(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
