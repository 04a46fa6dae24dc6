"""The quote and speaker stage alone: seconds per million sentences, in one process.

    python -m benchmarks.speakers_benchmark CORPUS [--repeats 3]

Loads the corpus once, then times ``document_quotes`` (quotes found, speakers credited) over
every document, serially, ``--repeats`` times, and prints the median with the corpus's sentence
count: the figure issue 20 asks for before and after. Run it from each checkout to compare
(``git worktree add``); the pipeline's own ``segment`` stage holds this and the sentence split.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Sequence
from pathlib import Path

from provenance.inputs.load import load_corpus
from provenance.text.segment import segment_document
from provenance.text.speakers import Aliases, document_quotes


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    docs = load_corpus(args.corpus).documents
    aliases = Aliases.load()
    sentences = sum(len(segment_document(doc, i, None)) for i, doc in enumerate(docs))
    seconds, quotes = [], 0
    for _ in range(args.repeats):
        began = time.perf_counter()
        quotes = sum(len(document_quotes(doc, i, aliases)) for i, doc in enumerate(docs))
        seconds.append(time.perf_counter() - began)
    median = statistics.median(seconds)
    figures = {
        "documents": len(docs),
        "sentences": sentences,
        "quotes": quotes,
        "seconds": [round(s, 2) for s in seconds],
        "seconds_per_million_sentences": round(median / sentences * 1e6, 1),
    }
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
