"""The pipeline: load → segment → shingle → sketch → candidates → verify → cluster → attribute.

Each stage is a pure function in its own module; this module only wires them, times them and
counts what each one kept and dropped. Reports are written by ``provenance.report``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from provenance import attribute as attribute_stage
from provenance import cluster as cluster_stage
from provenance.candidates import candidate_pairs
from provenance.config import Settings
from provenance.data import Attribution, Cluster, Document, Match, Notice, Sentence, Skipped
from provenance.identical import expand, group_identical, group_owners
from provenance.load import load_corpus
from provenance.quotes import QuoteMap, quote_regions
from provenance.segment import paragraphs, segment_document
from provenance.shingle import shingles
from provenance.sketch import sketch
from provenance.verify import verify

# (stage, done, total): called as work advances so a front end can draw a progress bar.
Progress = Callable[[str, int, int], None]
SKETCH_BATCH = 2048


@dataclass(frozen=True)
class Analysis:
    """Everything the reports are made of, for documents sorted by doc_id."""

    documents: tuple[Document, ...]
    sentences: tuple[Sentence, ...]  # those long enough to be matched
    n_sentences: tuple[int, ...]  # every sentence, per document
    clusters: tuple[Cluster, ...]
    attributions: tuple[Attribution, ...]
    counts: dict[str, int] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class TraceResult:
    root: Path
    settings: Settings
    analysis: Analysis
    skipped: tuple[Skipped, ...]
    notices: tuple[Notice, ...]


def _no_progress(stage: str, done: int, total: int) -> None:
    del stage, done, total


class _Clock:
    def __init__(self) -> None:
        self.timings: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        began = time.perf_counter()
        try:
            yield
        finally:
            self.timings[name] = round(time.perf_counter() - began, 4)


def trace(
    root: Path,
    settings: Settings,
    *,
    exclude: Path | None = None,
    progress: Progress | None = None,
) -> TraceResult:
    """Load the articles under ``root`` and analyse them."""
    began = time.perf_counter()
    loaded = load_corpus(root, exclude=exclude)
    load_seconds = round(time.perf_counter() - began, 4)
    analysis = analyse(loaded.documents, settings, progress=progress)
    analysis.timings["load"] = load_seconds
    analysis.counts["files_skipped"] = len(loaded.skipped)
    return TraceResult(
        root=root,
        settings=settings,
        analysis=analysis,
        skipped=tuple(loaded.skipped),
        notices=tuple(loaded.notices),
    )


def analyse(
    documents: Sequence[Document], settings: Settings, *, progress: Progress | None = None
) -> Analysis:
    """Find shared passages among ``documents``; the result does not depend on their order."""
    report = progress or _no_progress
    clock = _Clock()
    docs = tuple(sorted(documents, key=lambda d: d.doc_id))
    if len({d.doc_id for d in docs}) != len(docs):
        raise ValueError("documents must have distinct doc_ids")

    with clock.stage("segment"):
        sentences: list[Sentence] = []
        for i, doc in enumerate(docs):
            sentences.extend(segment_document(doc, i))
            report("segment", i + 1, len(docs))
    usable = [s for s in sentences if len(s.tokens) >= settings.min_tokens]
    groups = group_identical(usable)
    representatives = [members[0] for members in groups]

    with clock.stage("sketch"):
        shingle_sets = [shingles(usable[r].tokens, settings.shingle_size) for r in representatives]
        sketches = []
        for start in range(0, len(shingle_sets), SKETCH_BATCH):
            sketches.extend(sketch(shingle_sets[start : start + SKETCH_BATCH], settings))
            report("sketch", len(sketches), len(shingle_sets))

    with clock.stage("candidates"):
        owners = group_owners(groups, usable)
        pairs = [
            (representatives[i], representatives[j])
            for i, j in candidate_pairs(sketches, owners, settings)
        ]
        report("candidates", 1, 1)

    with clock.stage("verify"):
        verified, rejected = verify(
            pairs, usable, settings.verify_threshold, settings.verify_containment
        )
        matches = expand(groups, verified, usable)
        report("verify", len(pairs), len(pairs))

    with clock.stage("cluster"):
        clusters = _clusters(docs, usable, matches)
        report("cluster", 1, 1)

    with clock.stage("attribute"):
        attributions = attribute_stage.attribute(
            docs, clusters, settings.syndication_threshold, settings.containment_margin
        )

    counts = {
        "documents": len(docs),
        "sentences": len(sentences),
        "sentences_too_short": len(sentences) - len(usable),
        "sentences_matchable": len(usable),
        "distinct_sentences": len(groups),
        "candidate_pairs": len(pairs),
        "verified_pairs": len(verified),
        "rejected_pairs": rejected,
        "clusters": len(clusters),
        "occurrences": sum(len(c.occurrences) for c in clusters),
    }
    return Analysis(
        documents=docs,
        sentences=tuple(usable),
        n_sentences=tuple(_per_document(sentences, len(docs))),
        clusters=tuple(clusters),
        attributions=tuple(attributions),
        counts=counts,
        timings=clock.timings,
    )


def _per_document(sentences: Sequence[Sentence], n_docs: int) -> list[int]:
    counts = [0] * n_docs
    for sentence in sentences:
        counts[sentence.doc] += 1
    return counts


def _clusters(
    docs: Sequence[Document], sentences: Sequence[Sentence], matches: Sequence[Match]
) -> list[Cluster]:
    spans = cluster_stage.aligned_spans(matches, sentences, [d.text for d in docs])
    quote_maps = [QuoteMap(quote_regions(d.text, paragraphs(d.text, d.body_start))) for d in docs]
    clusters = []
    for members in cluster_stage.components(matches):
        occs = cluster_stage.occurrences(members, sentences, spans, docs, quote_maps)
        first, basis, by_doc_id = attribute_stage.earliest(occs, docs)
        clusters.append(Cluster(occs[0].cluster_id, occs, first, basis, by_doc_id))
    return sorted(clusters, key=lambda c: c.cluster_id)
