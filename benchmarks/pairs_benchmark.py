"""Precision, recall and F1 of document pairs against human labels, at several MinHash seeds.

    python -m benchmarks.pairs_benchmark CORPUS LABELS.csv --seeds 1-10

For a corpus whose pairs of texts someone labelled derived or not (a plagiarism corpus such as
Clough and Stevenson's, or a newsroom's own audit): ``LABELS.csv`` has the columns ``doc_id_a``,
``doc_id_b`` (doc_ids as ``provenance trace`` gives them: the path without its suffix) and
``derived`` (``1``/``0``, ``true``/``false`` or ``yes``/``no``). The corpus is traced once per
seed with the default settings otherwise; a labelled pair is predicted derived when
``pairs.csv`` links it as a ``passage`` (reuse; ``--any-link`` counts quotation links too).
Prints a row per seed and the spread of each figure across seeds: what is found should not
depend on the seed. Corpora without a licence stay outside the repository; this script reads a
path you pass and writes nothing there.
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from provenance import Settings, trace
from provenance.model import LinkKind

TRUE = {"1", "true", "yes", "derived"}
FALSE = {"0", "false", "no", "non-derived", "nonderived"}


def read_labels(path: Path) -> dict[tuple[str, str], bool]:
    """The labelled pairs, each sorted, and whether it is derived."""
    labels: dict[tuple[str, str], bool] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = {"doc_id_a", "doc_id_b", "derived"} - set(reader.fieldnames or ())
        if missing:
            raise SystemExit(f"{path}: missing column(s) {', '.join(sorted(missing))}")
        for number, row in enumerate(reader, start=2):
            value = row["derived"].strip().lower()
            if value not in TRUE | FALSE:
                raise SystemExit(f"{path}: row {number}: derived {row['derived']!r} is not 1/0")
            a, b = sorted((row["doc_id_a"].strip(), row["doc_id_b"].strip()))
            labels[(a, b)] = value in TRUE
    if not labels:
        raise SystemExit(f"{path}: no labelled pairs")
    return labels


def predicted(corpus: Path, seed: int, any_link: bool) -> set[tuple[str, str]]:
    """The pairs the trace links, at this MinHash seed."""
    found = trace(corpus, settings=Settings(seed=seed))
    docs = found.result.analysis.documents
    return {
        (docs[link.a].doc_id, docs[link.b].doc_id)
        for link in found.result.analysis.pairs
        if any_link or link.kind == LinkKind.PASSAGE
    }


def score(labels: dict[tuple[str, str], bool], linked: set[tuple[str, str]]) -> dict[str, Any]:
    tp = sum(1 for pair, derived in labels.items() if derived and pair in linked)
    fp = sum(1 for pair, derived in labels.items() if not derived and pair in linked)
    fn = sum(1 for pair, derived in labels.items() if derived and pair not in linked)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
    }


def seeds(text: str) -> list[int]:
    """``1-10`` or ``1,3,5``."""
    found: list[int] = []
    for part in text.split(","):
        low, _, high = part.partition("-")
        found.extend(range(int(low), int(high or low) + 1))
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="a folder of texts")
    parser.add_argument("labels", type=Path, help="CSV: doc_id_a, doc_id_b, derived")
    parser.add_argument("--seeds", type=seeds, default=seeds("1-10"))
    parser.add_argument("--any-link", action="store_true", help="count quotation links too")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    labels = read_labels(args.labels)
    rows = []
    linked_by_seed = {}
    for seed in args.seeds:
        linked = predicted(args.corpus, seed, args.any_link)
        linked_by_seed[seed] = linked & set(labels)
        rows.append({"seed": seed, **score(labels, linked)})
        print(json.dumps(rows[-1]), file=sys.stderr)
    spread = {
        name: round(max(r[name] for r in rows) - min(r[name] for r in rows), 4)
        for name in ("precision", "recall", "f1")
    }
    figures = {
        "corpus": str(args.corpus),
        "labelled_pairs": len(labels),
        "derived": sum(labels.values()),
        "seeds": rows,
        "median_f1": statistics.median(r["f1"] for r in rows),
        "min_f1": min(r["f1"] for r in rows),
        "spread": spread,
        "same_pairs_at_every_seed": len({frozenset(v) for v in linked_by_seed.values()}) == 1,
    }
    print(json.dumps(figures, indent=2))
    if args.json:
        with tempfile.NamedTemporaryFile("w", dir=args.json.parent, delete=False) as handle:
            handle.write(json.dumps(figures, indent=2) + "\n")
        Path(handle.name).replace(args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
