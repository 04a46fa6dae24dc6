"""Sweep the main thresholds over a generated corpus and print the accuracy trade-off.

    python -m benchmarks.quality.sweep [--articles 500] [--seed 1]

Stage 1 varies what decides matching (shingle_size, lsh_threshold, verify_threshold) at the
default min_tokens and syndication settings; stage 2 varies min_tokens, syndication_threshold and
containment_margin around the defaults; stage 3 varies what decides quote tracing
(min_quote_tokens, quote_containment) and prints quote figures; stage 4 turns boilerplate
suppression off and varies its two thresholds. The defaults in
``provenance/settings.py`` are chosen from these tables (see docs/accuracy.md).
"""

from __future__ import annotations

import argparse
import itertools
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from benchmarks.quality.generate import generate
from provenance.pipeline.run import trace
from provenance.reports.evaluate import Evaluation, evaluate
from provenance.reports.tables import write_reports
from provenance.settings import Settings

HEADER = (
    f"{'setting':<62} {'docP':>6} {'docR':>6} {'docF1':>6} {'from':>6} {'pasP':>6} {'pasR':>6}"
    f" {'bound':>6} {'early':>6} {'undat':>6} {'neg':>4} {'sec':>5}"
)


def run(corpus: Path, scratch: Path, settings: Settings) -> tuple[Evaluation, float]:
    began = time.perf_counter()
    result = trace(corpus, settings)
    seconds = time.perf_counter() - began
    out = scratch / settings.fingerprint
    write_reports(result, out)
    return evaluate(out, corpus / "truth.json"), seconds


def row(label: str, e: Evaluation, seconds: float) -> str:
    s, p = e.syndication, e.passages
    return (
        f"{label:<62} {s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}"
        f" {e.copied_from_accuracy:>6.3f} {p.precision:>6.3f} {p.recall:>6.3f}"
        f" {e.boundary_error:>6.1f} {e.earliest_dated_accuracy:>6.3f}"
        f" {e.earliest_undated_flagged:>6.3f} {len(e.negatives_with_reuse):>4} {seconds:>5.1f}"
    )


QUOTE_HEADER = (
    f"{'setting':<40} {'quotes':>8} {'frags':>8} {'frag4':>6} {'frag5':>6} {'frag6':>6}"
    f" {'frag7':>6} {'linkP':>6} {'pasP':>6} {'spkP':>6} {'neg':>4}"
)


def quote_row(label: str, e: Evaluation, seconds: float) -> str:
    q = e.quotes
    by = {w: f"{n[0]}/{n[1]}" for w, n in q.fragments_by_words.items()}
    return (
        f"{label:<40} {q.quotes_traced:>3}/{q.quotes:<4} {q.fragments_traced:>3}/{q.fragments:<4}"
        f" {by.get('4', '-'):>6} {by.get('5', '-'):>6} {by.get('6', '-'):>6}"
        f" {by.get('7', '-'):>6} {q.link_precision:>6.3f} {e.passages.precision:>6.3f}"
        f" {q.speaker_precision:>6.3f} {len(e.negatives_with_reuse):>4}"
    )


BOILERPLATE_HEADER = (
    f"{'setting':<40} {'docP':>6} {'docR':>6} {'docF1':>6} {'from':>6} {'pasP':>6} {'pasP*':>6}"
    f" {'pasR':>6} {'footer':>6} {'neg':>4}"
)


def boilerplate_row(label: str, e: Evaluation, seconds: float) -> str:
    s, p = e.syndication, e.passages
    return (
        f"{label:<40} {s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}"
        f" {e.copied_from_accuracy:>6.3f} {p.precision:>6.3f}"
        f" {e.precision_counting_boilerplate:>6.3f} {p.recall:>6.3f} {e.boilerplate_spans:>6}"
        f" {len(e.negatives_with_reuse):>4}"
    )


def table(
    corpus: Path,
    scratch: Path,
    grid: Iterable[dict[str, Any]],
    header: str = HEADER,
    render: Callable[[str, Evaluation, float], str] = row,
) -> None:
    print(header)
    for changes in grid:
        label = " ".join(f"{k}={v:g}" for k, v in changes.items())
        evaluation, seconds = run(corpus, scratch, Settings().replace(**changes))
        print(render(label, evaluation, seconds), flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as temp:
        corpus, scratch = Path(temp) / "corpus", Path(temp) / "reports"
        generate(corpus, args.articles, args.seed)
        print(f"corpus: {args.articles} articles, seed {args.seed}; defaults: {Settings()}")
        print("\nstage 1: matching")
        table(
            corpus,
            scratch,
            (
                {"shingle_size": k, "lsh_threshold": t, "verify_threshold": v}
                for k, t, v in itertools.product(
                    (2, 3, 4), (0.3, 0.4, 0.5, 0.6), (60.0, 70.0, 80.0)
                )
            ),
        )
        print("\nstage 2: sentence length, containment, syndication share, containment margin")
        table(
            corpus,
            scratch,
            [
                *({"min_tokens": n} for n in (3, 5, 8, 12)),
                *({"verify_containment": c} for c in (0.8, 0.9, 1.0)),
                *({"syndication_threshold": x} for x in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)),
                *({"containment_margin": m} for m in (0.0, 0.02, 0.05, 0.1, 0.2)),
            ],
        )
        print("\nstage 3: quotes traced inside other sentences")
        table(
            corpus,
            scratch,
            [
                *({"min_quote_tokens": n} for n in (4, 5, 6, 7, 8)),
                *({"quote_containment": c} for c in (0.75, 0.85, 0.95)),
            ],
            QUOTE_HEADER,
            quote_row,
        )
        print("\nstage 4: boilerplate (pasP* counts predictions on footers as errors)")
        table(
            corpus,
            scratch,
            [
                {"suppress_boilerplate": False},
                *({"boilerplate_outlet_docs": n} for n in (2, 3, 4, 6, 10)),
                *({"boilerplate_corpus_share": f} for f in (0.02, 0.05, 0.5)),
            ],
            BOILERPLATE_HEADER,
            boilerplate_row,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
