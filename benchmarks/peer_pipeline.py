"""The sentence pipeline a peer tool runs, to time ``provenance trace`` against on one corpus.

A folder's ``.txt`` articles cut into sentences, each sentence's 3-word shingles sketched with
MinHash (128 permutations), candidates from LSH (threshold 0.4, as ``trace``), each candidate
pair from two documents verified with rapidfuzz's ratio (70, as ``trace``), and the verified
pairs joined into clusters with a union-find. That is what datasketch's or rensa's users write
for near-duplicate sentences: no quotes, speakers, fragments, dates or attribution.

    python -m benchmarks.peer_pipeline CORPUS --backend rensa

prints one JSON object: counts, wall seconds per stage and peak memory (``trace_benchmark``
runs it in a child process of its own, beside ``trace``, with ``--peers``).
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

BACKENDS = ("rensa", "datasketch")
NUM_PERM = 128
THRESHOLD = 0.4  # Settings.lsh_threshold
BANDS = 32  # what datasketch derives for 0.4 and 128 permutations (Settings.bands_rows)
VERIFY = 70.0  # Settings.verify_threshold
MIN_WORDS = 5  # Settings.min_tokens
SHINGLE = 3  # Settings.shingle_size

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+")
_WORD = re.compile(r"\w+")


def sentences(folder: Path) -> Iterator[tuple[int, list[str]]]:
    """(document number, the sentence's words lower-cased) of every sentence of at least
    ``MIN_WORDS`` words of every ``.txt`` file, in path order."""
    for doc, path in enumerate(sorted(folder.rglob("*.txt"))):
        for paragraph in path.read_text(encoding="utf-8").split("\n\n"):
            for sentence in _SENTENCE_END.split(paragraph.strip()):
                words = _WORD.findall(sentence.lower())
                if len(words) >= MIN_WORDS:
                    yield doc, words


def shingles(words: list[str]) -> list[str]:
    return [" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)]


def rensa_candidates(token_sets: list[list[str]]) -> Iterator[tuple[int, list[int]]]:
    import rensa

    sketches = rensa.RMinHash.from_token_sets(token_sets, num_perm=NUM_PERM, seed=1)
    lsh = rensa.RMinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM, num_bands=BANDS)
    lsh.insert_many(sketches)
    yield from enumerate(lsh.query_all(sketches))


def datasketch_candidates(token_sets: list[list[str]]) -> Iterator[tuple[int, list[int]]]:
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    sketches = []
    for key, tokens in enumerate(token_sets):
        sketch = MinHash(num_perm=NUM_PERM, seed=1)
        sketch.update_batch([token.encode("utf-8") for token in tokens])
        lsh.insert(key, sketch, check_duplication=False)
        sketches.append(sketch)
    for key, sketch in enumerate(sketches):
        yield key, lsh.query(sketch)


CANDIDATES: dict[str, Callable[[list[list[str]]], Iterator[tuple[int, list[int]]]]] = {
    "rensa": rensa_candidates,
    "datasketch": datasketch_candidates,
}


def run(folder: Path, backend: str) -> dict[str, Any]:
    from rapidfuzz import fuzz

    timings: dict[str, float] = {}
    began = time.perf_counter()
    docs, texts, token_sets = [], [], []
    for doc, words in sentences(folder):
        docs.append(doc)
        texts.append(" ".join(words))
        token_sets.append(shingles(words))
    timings["read"] = time.perf_counter() - began

    began = time.perf_counter()
    pairs = sorted(
        {
            (i, j)
            for i, found in CANDIDATES[backend](token_sets)
            for j in found
            if i < j and docs[i] != docs[j]
        }
    )
    timings["sketch_lsh"] = time.perf_counter() - began

    began = time.perf_counter()
    ratio = fuzz.ratio
    verified = [(i, j) for i, j in pairs if ratio(texts[i], texts[j]) >= VERIFY]
    timings["verify"] = time.perf_counter() - began

    began = time.perf_counter()
    parent = list(range(len(texts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in verified:
        a, b = root(i), root(j)
        if a != b:
            parent[max(a, b)] = min(a, b)
    members: dict[int, int] = {}
    for i, j in verified:
        for k in (i, j):
            members.setdefault(k, root(k))
    clusters = len(set(members.values()))
    timings["cluster"] = time.perf_counter() - began
    return {
        "backend": backend,
        "sentences": len(texts),
        "candidate_pairs": len(pairs),
        "verified_pairs": len(verified),
        "clusters": clusters,
        "stages_seconds": {stage: round(seconds, 3) for stage, seconds in timings.items()},
        "peak_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="a folder of .txt articles")
    parser.add_argument("--backend", choices=BACKENDS, default="rensa")
    args = parser.parse_args(argv)
    json.dump(run(args.corpus, args.backend), sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
