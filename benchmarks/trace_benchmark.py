"""Time and peak memory of ``provenance trace`` on a generated corpus.

    python benchmarks/trace_benchmark.py --articles 1000
    python benchmarks/trace_benchmark.py --mode all --articles 3500 35000
    python -m benchmarks.trace_benchmark --mode stress --articles 4000 40000 --peers rensa

Generates a seeded corpus, runs the ``provenance`` command on it in a child process, and prints
wall time, CPU time (the command's and its worker processes'), peak resident memory, throughput
and each stage's time and memory. CPU time over the cores is the least time the same work could
take on this machine, however it were spread. Figures vary between machines and runs; compare
runs made side by side. Three corpus modes:

- ``sparse`` (the README's): originals, syndicated copies with light edits, unrelated
  articles; little text is shared beyond the copies.
- ``dense``: news about events, as a crawl of one event's coverage reads. Its shape is fitted
  to PolNeAR's train split (US political news from seven publishers, measured with this
  tool's segmenter: 36.7 sentences an article, median 29; 20.3 words a sentence, median 19,
  90th percentile 37; 1.78 sentences a paragraph; 26.1% of sentences hold a quote mark); its
  reuse to a crawl of 612 pages about one summit (issue 22: 7.8% of its document pairs
  share text, one line is quoted by 96 pages): every event has 600 articles, some reprinting
  part of the event's wire story, and quotes from the event's pool re-quoted with a long
  tail. Measured on 600 articles (seed 1): 7.6% of pairs share text, the most quoted line is
  in 101 pages; 37.3 sentences an article (median 30), 22.2 words a sentence (median 19,
  90th percentile 37), 1.77 sentences a paragraph, 25.6% of sentences quoted.
- ``stress``: deliberately harsh: every sentence a 70%-similar variant of one of 190 base
  sentences, 37% of sentences holding quote marks.

Given several ``--articles``, it prints how time grows with the corpus: the exponent of wall
time against sentences between the smallest and the largest. ``--peers rensa datasketch`` also
runs the sentence pipeline a peer tool's users write (``peer_pipeline``) on each corpus, in a
child process of its own, and prints trace's time over the peer's.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from benchmarks.peer_pipeline import BACKENDS as PEERS

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
    words = _words(rng, rng.randint(10, 28))
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


MODES = ("sparse", "dense", "stress")
EVENT_ARTICLES = 600  # dense: articles about one event (the crawl: 612 pages)
BASE_SENTENCES = 190  # stress: every sentence a variant of one of these
QUOTED_SHARE = {"dense": 0.261, "stress": 0.37}  # sentences holding quote marks


def _quoted(rng: random.Random, words: list[str]) -> str:
    """The words as a sentence whose second part is a quotation."""
    cut = rng.randint(1, max(1, len(words) - 3))
    return " ".join(words[:cut]) + " said: “" + " ".join(words[cut:]) + ".”"


def _words(rng: random.Random, count: int) -> list[str]:
    words = [rng.choice(WORDS) for _ in range(count)]
    words[0] = words[0].capitalize()
    return words


def _news_sentence(rng: random.Random) -> list[str]:
    """A sentence's words, long as news sentences are (median 19 words, 90th percentile 37)."""
    return _words(rng, min(80, max(3, round(rng.lognormvariate(2.944, 0.521)))))


def _event(rng: random.Random) -> tuple[list[str], list[str], list[float]]:
    """An event: its wire story (sentences), its pool of quotes, and how often each is
    re-quoted (a long tail: the first is quoted by about a sixth of the event's articles)."""
    story = [
        _quoted(rng, _news_sentence(rng))
        if rng.random() < QUOTED_SHARE["dense"]
        else " ".join(_news_sentence(rng)) + "."
        for _ in range(30)
    ]
    pool = [_quoted(rng, _news_sentence(rng)) for _ in range(60)]
    weights = [1.0 / (rank + 1) ** 1.1 for rank in range(len(pool))]
    return story, pool, weights


def _dense_article(
    rng: random.Random, event: tuple[list[str], list[str], list[float]]
) -> list[str]:
    """An article about ``event``: a reprint of part of its wire story (one in five), its own
    sentences, and quotes from the event's pool."""
    story, pool, weights = event
    count = min(200, max(3, round(rng.lognormvariate(3.367, 0.686))))
    sentences: list[str] = []
    if rng.random() < 0.17:  # a reprint of a stretch of the wire story, lightly edited
        length = max(2, round(len(story) * rng.uniform(0.2, 1.0)))
        first = rng.randrange(len(story) - length + 1)
        for line in story[first : first + length]:
            words = line.split(" ")
            if rng.random() < 0.2:
                words[rng.randrange(len(words))] = rng.choice(WORDS)
                words[0] = words[0].capitalize()
            sentences.append(" ".join(words))
    while len(sentences) < count:
        if rng.random() < QUOTED_SHARE["dense"]:
            if rng.random() < 0.095:  # a line from the event's pool
                sentences.append(rng.choices(pool, weights)[0])
            else:
                sentences.append(_quoted(rng, _news_sentence(rng)))
        else:
            sentences.append(" ".join(_news_sentence(rng)) + ".")
    return _paragraphs(rng, sentences)


def _paragraphs(rng: random.Random, sentences: list[str]) -> list[str]:
    """Sentences in paragraphs of one to three (1.8 on average)."""
    found, at = [], 0
    while at < len(sentences):
        size = rng.choices((1, 2, 3), (0.4, 0.4, 0.2))[0]
        found.append(" ".join(sentences[at : at + size]))
        at += size
    return found


def _variant(rng: random.Random, base: list[str]) -> str:
    """``base`` with 45% of its words replaced: a 70%-similar sentence (rapidfuzz ratio 71.7
    to its base on average; two variants of one base reach 70 in 0.4% of pairs)."""
    words = list(base)
    for k in rng.sample(range(len(words)), round(0.45 * len(words))):
        words[k] = rng.choice(WORDS)
    words[0] = words[0].capitalize()
    if rng.random() < QUOTED_SHARE["stress"]:
        return _quoted(rng, words)
    return " ".join(words) + "."


def corpus_articles(
    n_articles: int, seed: int, mode: str = "sparse"
) -> Iterator[tuple[str, str, str, str]]:
    """(doc_id, outlet, published or "", text) of a seeded corpus in one of ``MODES``: sparse,
    about 25% originals, 45% copies of them, 30% unrelated; dense and stress as the module
    says."""
    if mode not in MODES:
        raise ValueError(f"mode {mode!r}: choose one of {', '.join(MODES)}")
    if mode != "sparse":
        yield from _other_articles(n_articles, seed, mode)
        return
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


def _other_articles(n_articles: int, seed: int, mode: str) -> Iterator[tuple[str, str, str, str]]:
    """The dense and stress corpora (dates spread over a year, 40 outlets)."""
    rng = random.Random(seed)
    bases = [_words(rng, rng.randint(10, 28)) for _ in range(BASE_SENTENCES)]
    event = _event(rng)
    for i in range(n_articles):
        if mode == "dense":
            if i and i % EVENT_ARTICLES == 0:
                event = _event(rng)
            paragraphs = _dense_article(rng, event)
        else:
            count = rng.randint(10, 42)  # 26 sentences an article on average
            paragraphs = _paragraphs(rng, [_variant(rng, rng.choice(bases)) for _ in range(count)])
        published = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        text = "\n\n".join(paragraphs) + "\n"
        yield f"outlet{i % 40:02d}/article{i:05d}", f"Outlet {i % 40}", published, text


def generate(root: Path, n_articles: int, seed: int, mode: str = "sparse") -> None:
    """The corpus as .txt files with a manifest of outlets and dates."""
    manifest = ["doc_id,outlet,published"]
    for doc_id, outlet, published, text in corpus_articles(n_articles, seed, mode):
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


class Usage(NamedTuple):
    """What one child process took: wall seconds, peak resident MiB and CPU seconds (user and
    system) of it and the children it waited for (its worker processes)."""

    seconds: float
    peak_mib: float
    cpu_seconds: float


def run_child(command: list[str], stdout: int | None = None) -> tuple[Usage, bytes]:
    """What one child process took (its peak memory and CPU time cover its own children, not
    earlier ones) and its standard output."""
    began = time.perf_counter()
    child = subprocess.Popen(command, stdout=stdout)
    output = b""
    if child.stdout is not None:
        with child.stdout:
            output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - began
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise subprocess.CalledProcessError(child.returncode, command)
    return Usage(seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime), output


def run_trace(corpus: Path, out: Path) -> Usage:
    """What one ``provenance trace`` child process took."""
    command = [sys.executable, "-m", "provenance", "trace", str(corpus), "--out", str(out), "-q"]
    usage, _ = run_child(command)
    return usage


def run_peer(corpus: Path, backend: str) -> dict[str, Any]:
    """The peer sentence pipeline (``peer_pipeline``) on the same corpus, in a child process:
    its counts, wall time, CPU time, peak memory and stages."""
    command = [sys.executable, "-m", "benchmarks.peer_pipeline", str(corpus), "--backend", backend]
    usage, output = run_child(command, subprocess.PIPE)
    figures: dict[str, Any] = json.loads(output)
    figures.update(
        wall_seconds=round(usage.seconds, 2),
        cpu_seconds=round(usage.cpu_seconds, 2),
        peak_mib=round(usage.peak_mib),
    )
    return figures


def measure(
    articles: int,
    seed: int,
    keep: Path | None = None,
    mode: str = "sparse",
    peers: Sequence[str] = (),
) -> dict[str, Any]:
    """Generate a corpus and trace it in a child process: counts, wall time, peak memory and
    the time of each stage; then each of ``peers`` on the same corpus."""
    with tempfile.TemporaryDirectory() as scratch:
        base = keep or Path(scratch)
        corpus, out = base / "corpus", base / "report"
        corpus.mkdir(parents=True, exist_ok=True)
        generate(corpus, articles, seed, mode)
        usage = run_trace(corpus, out)
        run = json.loads((out / "run.json").read_text(encoding="utf-8"))
        found = {backend: run_peer(corpus, backend) for backend in peers}
    counts = run["counts"]
    return {
        "mode": mode,
        "articles": counts["documents"],
        "sentences": counts["sentences"],
        "candidate_pairs": counts["candidate_pairs"],
        "verified_pairs": counts["verified_pairs"],
        "quotes": counts["quotes"],
        "clusters": counts["clusters"],
        "wall_seconds": round(usage.seconds, 2),
        # with the cores, the least time this work could take here, however it were spread
        "cpu_seconds": round(usage.cpu_seconds, 2),
        "cores": os.cpu_count() or 1,
        "peak_mib": round(usage.peak_mib),
        "sentences_per_second": round(counts["sentences"] / usage.seconds),
        "stages_seconds": run["timings_seconds"],
        "stages_peak_mib": run["peak_mib_after"],
        **({"peers": found} if found else {}),
    }


def growth(figures: list[dict[str, Any]]) -> float | None:
    """The exponent of wall time against sentences between the smallest and the largest run
    (1.0: linear), or None with fewer than two sizes."""
    low = min(figures, key=lambda f: f["sentences"])
    high = max(figures, key=lambda f: f["sentences"])
    if high["sentences"] <= low["sentences"]:
        return None
    return math.log(high["wall_seconds"] / low["wall_seconds"]) / math.log(
        high["sentences"] / low["sentences"]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--articles", type=int, nargs="+", default=[1000], help="one or more corpus sizes"
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--mode", choices=[*MODES, "all"], default="sparse")
    parser.add_argument("--keep", type=Path, help="write the corpus and reports here")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--peers",
        nargs="+",
        choices=PEERS,
        default=[],
        help="also time a peer sentence pipeline on each corpus (benchmarks/peer_pipeline.py)",
    )
    args = parser.parse_args(argv)
    if args.keep is not None and (len(args.articles) > 1 or args.mode == "all"):
        parser.error("--keep takes one corpus: one --articles and one --mode")
    found: list[dict[str, Any]] = []
    for mode in MODES if args.mode == "all" else (args.mode,):
        runs = []
        for articles in args.articles:
            figures = measure(articles, args.seed, args.keep, mode, args.peers)
            print_figures(figures)
            print()
            runs.append(figures)
        exponent = growth(runs)
        if exponent is not None:
            print(f"{mode}: time grows as sentences^{exponent:.2f}\n")
            runs[-1]["growth_exponent"] = round(exponent, 3)
        found.extend(runs)
    if args.json is not None:
        args.json.write_text(json.dumps(found, indent=2) + "\n", encoding="utf-8")
    return 0


def print_figures(figures: dict[str, Any]) -> None:
    if "mode" in figures:
        print(f"corpus          {figures['mode']}")
    print(f"articles        {figures['articles']}")
    print(f"sentences       {figures['sentences']}")
    print(f"candidate pairs {figures['candidate_pairs']}")
    if "verified_pairs" in figures:
        print(f"verified pairs  {figures['verified_pairs']}")
        print(f"quotes          {figures['quotes']}")
    print(f"clusters        {figures['clusters']}")
    print(f"wall time       {figures['wall_seconds']:.2f} s")
    if len(figures.get("wall_seconds_runs", [])) > 1:
        runs = ", ".join(f"{seconds:.2f}" for seconds in figures["wall_seconds_runs"])
        print(f"  median of     {runs} s")
    if "cpu_seconds" in figures:
        cpu = cpu_line(figures["cpu_seconds"], figures["wall_seconds"], figures["cores"])
        print(f"cpu time        {cpu}")
    print(f"peak memory     {figures['peak_mib']:.0f} MiB")
    print(f"throughput      {figures['sentences_per_second']:,.0f} sentences/s end to end")
    peaks = figures.get("stages_peak_mib", {})
    print(f"  {'stage':<12} {'seconds':>8} {'peak MiB after':>15}")
    for stage, taken in figures["stages_seconds"].items():
        print(f"  {stage:<12} {taken:>8.3f} {peaks.get(stage, ''):>15}")
    for backend, peer in figures.get("peers", {}).items():
        stages = ", ".join(
            f"{stage} {taken:.1f}" for stage, taken in peer["stages_seconds"].items()
        )
        cpu = f" (cpu {peer['cpu_seconds']:.1f} s)" if "cpu_seconds" in peer else ""
        print(
            f"peer {backend:<10} {peer['wall_seconds']:.2f} s{cpu}, {peer['peak_mib']} MiB,"
            f" {peer['candidate_pairs']} candidate / {peer['verified_pairs']} verified pairs"
            f" ({stages}); trace / peer {figures['wall_seconds'] / peer['wall_seconds']:.2f}"
        )


def cpu_line(cpu_seconds: float, wall_seconds: float, cores: int) -> str:
    """CPU seconds, how many cores they kept busy on average, and the least wall time the same
    work could take on this machine's cores (all of them busy throughout)."""
    return (
        f"{cpu_seconds:.2f} s, {cpu_seconds / wall_seconds:.2f} of {cores} cores busy;"
        f" {cpu_seconds / cores:.2f} s with all {cores} busy throughout"
    )


if __name__ == "__main__":
    raise SystemExit(main())
