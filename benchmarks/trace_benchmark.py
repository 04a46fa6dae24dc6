"""Time and peak memory of ``provenance trace`` on a generated corpus.

    python benchmarks/trace_benchmark.py --articles 1000

Generates a seeded corpus (originals, syndicated copies with light edits, unrelated articles),
runs the ``provenance`` command on it in a child process, and prints wall time, peak resident
memory and throughput. Figures vary between machines and runs; compare runs made side by side.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

WORDS = """council bridge river minister government statement spokesperson agreed security support
talks leaders summit defence alliance inspection engineers repairs closure traffic residents
businesses funding budget election campaign voters policy reform hospital patients doctors nurses
school teachers pupils police officers court judge ruling appeal market prices inflation rates
bank investors shares company workers union strike wages energy prices winter storm flooding
coast harbour port ships cargo trade tariffs exports farmers crops weather drought railway
station trains delays passengers airport flights tourism museum exhibition festival concert
stadium match season players manager league city town village region county country nation
europe ministers parliament vote bill debate opposition leader party announced warned said
confirmed denied expected reported published revealed promised insisted rejected welcomed
criticised urged called plans report figures data survey study research scientists experts
community families children housing homes rents tenants landlords planning development
""".split()


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(10, 28))]
    words[0] = words[0].capitalize()
    if rng.random() < 0.25:
        cut = rng.randint(3, len(words) - 3)
        return " ".join(words[:cut]) + ": “" + " ".join(words[cut:]) + ".”"
    return " ".join(words) + "."


def article(rng: random.Random) -> list[str]:
    """10-19 paragraphs of 1-3 sentences: 29 sentences on average, so 1,000,000 sentences are
    about 35,000 articles, as in a news archive."""
    return [
        " ".join(sentence(rng) for _ in range(rng.randint(1, 3)))
        for _ in range(rng.randint(10, 19))
    ]


def edited_copy(rng: random.Random, paragraphs: list[str]) -> list[str]:
    copy = list(paragraphs)
    if rng.random() < 0.5 and len(copy) > 4:
        del copy[rng.randrange(len(copy))]
    if rng.random() < 0.5:
        copy.insert(rng.randrange(len(copy) + 1), " ".join(sentence(rng) for _ in range(2)))
    if rng.random() < 0.3:
        copy = [p.replace("“", '"').replace("”", '"') for p in copy]
    if rng.random() < 0.3:
        i = rng.randrange(len(copy))
        words = copy[i].split(" ")
        words[rng.randrange(len(words))] = rng.choice(WORDS)
        copy[i] = " ".join(words)
    return copy


def corpus_articles(n_articles: int, seed: int) -> Iterator[tuple[str, str, str, str]]:
    """(doc_id, outlet, published or "", text) of a seeded corpus: about 25% originals, 45%
    copies of them, 30% unrelated."""
    rng = random.Random(seed)
    originals: list[list[str]] = []
    for i in range(n_articles):
        roll = rng.random()
        if originals and roll < 0.45:
            paragraphs = edited_copy(rng, rng.choice(originals))
        else:
            paragraphs = article(rng)
            if roll < 0.70:
                originals.append(paragraphs)
        published = (
            "" if rng.random() < 0.1 else f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        )
        text = "\n\n".join(paragraphs) + "\n"
        yield f"outlet{i % 40:02d}/article{i:05d}", f"Outlet {i % 40}", published, text


def generate(root: Path, n_articles: int, seed: int) -> None:
    """The corpus as .txt files with a manifest of outlets and dates."""
    manifest = ["doc_id,outlet,published"]
    for doc_id, outlet, published, text in corpus_articles(n_articles, seed):
        path = root / f"{doc_id}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        manifest.append(f"{doc_id},{outlet},{published}")
    (root / "manifest.csv").write_text("\n".join(manifest) + "\n", encoding="utf-8")


def generate_jsonl(path: Path, n_articles: int, seed: int) -> None:
    """The same corpus as one JSON Lines dump, a record per article."""
    with path.open("w", encoding="utf-8") as dump:
        for doc_id, outlet, published, text in corpus_articles(n_articles, seed):
            record = {"id": doc_id, "text": text, "outlet": outlet, "published": published}
            dump.write(json.dumps(record, ensure_ascii=False) + "\n")


def run_trace(corpus: Path, out: Path) -> tuple[float, float]:
    """Wall seconds and peak resident MiB of one ``provenance trace`` child process."""
    command = [sys.executable, "-m", "provenance", "trace", str(corpus), "--out", str(out), "-q"]
    began = time.perf_counter()
    subprocess.run(command, check=True)
    seconds = time.perf_counter() - began
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, peak_kib / 1024


def measure(articles: int, seed: int, keep: Path | None = None) -> dict[str, Any]:
    """Generate a corpus and trace it in a child process: counts, wall time, peak memory and
    the time of each stage."""
    with tempfile.TemporaryDirectory() as scratch:
        base = keep or Path(scratch)
        corpus, out = base / "corpus", base / "report"
        corpus.mkdir(parents=True, exist_ok=True)
        generate(corpus, articles, seed)
        seconds, peak_mib = run_trace(corpus, out)
        run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    counts = run["counts"]
    return {
        "articles": counts["documents"],
        "sentences": counts["sentences"],
        "candidate_pairs": counts["candidate_pairs"],
        "clusters": counts["clusters"],
        "wall_seconds": round(seconds, 2),
        "peak_mib": round(peak_mib),
        "sentences_per_second": round(counts["sentences"] / seconds),
        "stages_seconds": run["timings_seconds"],
        "stages_peak_mib": run["peak_mib_after"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="write the corpus and reports here")
    args = parser.parse_args(argv)
    print_figures(measure(args.articles, args.seed, args.keep))
    return 0


def print_figures(figures: dict[str, Any]) -> None:
    print(f"articles        {figures['articles']}")
    print(f"sentences       {figures['sentences']}")
    print(f"candidate pairs {figures['candidate_pairs']}")
    print(f"clusters        {figures['clusters']}")
    print(f"wall time       {figures['wall_seconds']:.2f} s")
    if len(figures.get("wall_seconds_runs", [])) > 1:
        runs = ", ".join(f"{seconds:.2f}" for seconds in figures["wall_seconds_runs"])
        print(f"  median of     {runs} s")
    print(f"peak memory     {figures['peak_mib']:.0f} MiB")
    print(f"throughput      {figures['sentences_per_second']:,.0f} sentences/s end to end")
    peaks = figures.get("stages_peak_mib", {})
    print(f"  {'stage':<12} {'seconds':>8} {'peak MiB after':>15}")
    for stage, taken in figures["stages_seconds"].items():
        print(f"  {stage:<12} {taken:>8.3f} {peaks.get(stage, ''):>15}")


if __name__ == "__main__":
    raise SystemExit(main())
