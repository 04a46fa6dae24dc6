"""What a trace produces: the analysis the reports are made of, and the run around it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from provenance.inputs.dumps import Fields
from provenance.model import (
    Attribution,
    Cluster,
    Document,
    Notice,
    PairLink,
    QuoteRow,
    Sentence,
    Skipped,
)
from provenance.settings import Settings
from provenance.text.speakers import Aliases


@dataclass(frozen=True)
class Analysis:
    """Everything the reports are made of, for documents sorted by doc_id."""

    documents: tuple[Document, ...]
    sentences: tuple[Sentence, ...]  # those long enough to be matched
    n_sentences: tuple[int, ...]  # every sentence, per document
    clusters: tuple[Cluster, ...]  # boilerplate ones only when settings keep them
    attributions: tuple[Attribution, ...]
    quote_rows: tuple[QuoteRow, ...] = ()
    pairs: tuple[PairLink, ...] = ()  # pairs of documents sharing text, by doc_ids
    # per document: spans left out of reuse as boilerplate (pattern-marked or learned)
    boilerplate: tuple[tuple[tuple[int, int], ...], ...] = ()
    counts: dict[str, int] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    peak_mib: dict[str, int] = field(default_factory=dict)  # process peak so far, after each stage


@dataclass(frozen=True)
class TraceResult:
    root: Path | str  # a folder, or a URI an engine read
    settings: Settings
    analysis: Analysis
    skipped: tuple[Skipped, ...]
    notices: tuple[Notice, ...]
    aliases: Aliases = field(default_factory=Aliases)
    fields: Fields = field(default_factory=Fields)  # the record field names it read with
    engine: str = "local"  # the ``Engine.name`` it ran on
