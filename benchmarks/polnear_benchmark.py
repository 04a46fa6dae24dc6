"""Quote extraction and speakers against PolNeAR's human attribution annotation.

    python -m benchmarks.polnear_benchmark PATH/PolNeAR/data/train [--json FILE] [--examples N]

PolNeAR (Newell, Margolin & Ruths, LREC 2018; ``github:networkdynamics/PolNeAR``) annotates
every attribution of 1,008 US political news articles as Source, Cue and Content spans. Use the
**train** split only: the dev and test splits are held out by the project's reviewers. The
corpus has no licence file, so it stays outside the repository; this script reads a split's
folder (``text/``, ``attributions/``, and ``corenlp/`` when present, for pronoun Sources) and
writes nothing there. It traces ``text/`` with the default settings and scores ``quotes.csv``
with ``provenance.reports.attribution`` (what is scored, and how, is written there): direct
quote precision and recall, speaker given and speaker right over the quotes whose annotation
names a Source, and the reading stage's time per million sentences.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from provenance import trace
from provenance.reports import attribution


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("split", type=Path, help="a PolNeAR split folder (text/, attributions/)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--examples", type=int, default=15, help="examples of each miss shown")
    args = parser.parse_args(argv)
    texts, annotations, coreference = attribution.read_corpus(args.split)
    with tempfile.TemporaryDirectory() as scratch:
        began = time.perf_counter()
        found = trace(args.split / "text")
        seconds = time.perf_counter() - began
        found.write_reports(scratch)
        rows = attribution.read_quote_rows(Path(scratch))
        analysis = found.result.analysis
    scores = attribution.score(texts, annotations, rows, coreference, args.examples)
    sentences = analysis.counts.get("sentences", 0)
    figures = scores.figures()
    figures["trace_seconds"] = round(seconds, 1)
    figures["segment_seconds"] = analysis.timings.get("segment")
    if sentences:
        figures["sentences"] = sentences
        figures["segment_seconds_per_million_sentences"] = round(
            analysis.timings.get("segment", 0.0) / sentences * 1e6, 1
        )
    figures["coreference_articles"] = len(coreference)
    for kind, examples in scores.examples.items():
        print(f"## {kind}", file=sys.stderr)
        for example in examples:
            print("  " + json.dumps(example, ensure_ascii=False), file=sys.stderr)
    print(json.dumps(figures, indent=2))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
