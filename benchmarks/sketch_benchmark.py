"""Sketching throughput, side by side in one process on one set of sentences.

    python -m benchmarks.sketch_benchmark --sentences 200000

Methods (sentences per second, median of ``--repeats``, and the ratio to datasketch naive):

- ``datasketch naive``: one ``MinHash`` per sentence, ``update()`` per shingle (on a sample);
- ``datasketch bulk``: ``MinHash.bulk`` with the xxh32 shingle hash (on a sample);
- ``rensa batch``: rensa's ``digest_matrix_from_token_sets``, when rensa is installed
  (``pip install rensa``); it hashes differently, so it is timed, not compared;
- ``kernel numpy``: provenance's kernel without numba (on a sample);
- ``kernel numba``: the compiled kernel on both cores (compilation excluded: it is cached on
  disk after the first run, which is timed apart).

Every provenance signature is checked against datasketch on a sample first. Sentences are the
normalised words of generated news-like sentences, shingled as ``trace`` does (3 words).
``--trace-articles 6000 60000`` then runs the whole ``provenance trace`` on generated corpora of
those sizes (in increasing order: peak memory is the largest child process so far), with the
time of each stage. Writes the figures as JSON (``--json``) and prints tables.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from datasketch import MinHash

from benchmarks.trace_benchmark import measure as measure_trace
from benchmarks.trace_benchmark import print_figures, sentence
from provenance import kernel
from provenance.clean import tokenize
from provenance.config import MINHASH_SCHEME, Settings
from provenance.shingle import shingles
from provenance.sketch import shingle_hash, signature_matrix, sketch

SAMPLE = 20_000  # sentences for the slow methods


def corpus(n: int, seed: int) -> list[list[str]]:
    rng = random.Random(seed)
    return [[t for t, _, _ in tokenize(sentence(rng))] for _ in range(n)]


def timed(run: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        run()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def naive(sets: Sequence[Sequence[bytes]], settings: Settings) -> None:
    for shingle_set in sets:
        m = MinHash(
            num_perm=settings.num_perm,
            seed=settings.seed,
            hashfunc=shingle_hash,
            scheme=MINHASH_SCHEME,
        )
        for s in shingle_set:
            m.update(s)


def measure(n: int, repeats: int, seed: int) -> dict[str, Any]:
    settings = Settings()
    lists = corpus(n, seed)
    sample = lists[: min(n, SAMPLE)]
    sets = [shingles(t, settings.shingle_size) for t in sample]
    reference = signature_matrix(sketch(sets, settings))
    args = (settings.shingle_size, settings.num_perm, settings.seed)
    if not np.array_equal(kernel.signatures(sample, *args), reference):
        raise SystemExit("kernel numpy path differs from datasketch")
    rows: dict[str, dict[str, float]] = {}

    def record(name: str, count: int, seconds: float) -> None:
        rows[name] = {
            "sentences": count,
            "seconds": round(seconds, 4),
            "per_second": count / seconds,
        }

    record("datasketch naive", len(sets), timed(lambda: naive(sets, settings), repeats))
    record("datasketch bulk", len(sets), timed(lambda: sketch(sets, settings), repeats))
    try:
        import rensa

        joined = [[s.decode() for s in shingle_set] for shingle_set in sets]
        record(
            "rensa batch",
            len(sets),
            timed(
                lambda: rensa.RMinHash.digest_matrix_from_token_sets(
                    joined, settings.num_perm, settings.seed
                ),
                repeats,
            ),
        )
    except ImportError:
        pass
    buffer, words, first = kernel.layout(sample)
    a, b = kernel.permutations(settings.num_perm, settings.seed)
    record(
        "kernel numpy",
        len(sample),
        timed(
            lambda: kernel._numpy_signatures(buffer, words[0], words[1], first, 3, a, b), repeats
        ),
    )
    compile_seconds = None
    if kernel.NUMBA is not None:
        began = time.perf_counter()
        compiled = kernel._compiled()
        check = compiled(buffer, words[0], words[1], first, settings.shingle_size, a, b)
        compile_seconds = round(time.perf_counter() - began, 3)
        if not np.array_equal(check, reference):
            raise SystemExit("numba kernel differs from datasketch")
        big, big_words, big_first = kernel.layout(lists)
        record(
            "kernel numba",
            len(lists),
            timed(
                lambda: compiled(
                    big, big_words[0], big_words[1], big_first, settings.shingle_size, a, b
                ),
                repeats,
            ),
        )
        record(
            "kernel numba with layout",
            len(lists),
            timed(lambda: kernel.signatures(lists, *args), repeats),
        )
    base = rows["datasketch naive"]["per_second"]
    for row in rows.values():
        row["ratio_to_naive"] = round(row["per_second"] / base, 1)
        row["per_second"] = round(row["per_second"])
    return {
        "sentences": n,
        "num_perm": settings.num_perm,
        "shingle_size": settings.shingle_size,
        "numba_first_call_seconds": compile_seconds,
        "methods": rows,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=200_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--trace-articles", type=int, nargs="*", default=[], help="corpus sizes to trace"
    )
    args = parser.parse_args(argv)
    figures = measure(args.sentences, args.repeats, args.seed)
    figures["trace"] = [measure_trace(n, args.seed) for n in sorted(args.trace_articles)]
    print(f"{'method':<26} {'sentences':>10} {'per second':>12} {'x naive':>8}")
    for name, row in figures["methods"].items():
        print(
            f"{name:<26} {row['sentences']:>10} {row['per_second']:>12,} {row['ratio_to_naive']:>8}"
        )
    if figures["numba_first_call_seconds"] is not None:
        first = figures["numba_first_call_seconds"]
        print(f"numba first call (compile, or load from the disk cache): {first} s")
    for run in figures["trace"]:
        print()
        print_figures(run)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
