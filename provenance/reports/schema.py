"""The CSV reports' schema, in one place: for each report its file name, its columns in order
(each with its polars dtype, whether a cell may be empty, the enum of its values when they form
a closed vocabulary, and a one-line description), and the columns its rows are sorted by.

Every writer of the reports (``tables``, ``low_memory``) and every reader (``tables.read_rows``,
for ``html`` and ``evaluate``) takes them from here. docs/reports.md describes each column at
length.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import polars as pl

from provenance.model import (
    ClusterKind,
    DateSource,
    DirectionBasis,
    DocumentVerdict,
    EarliestBasis,
    LinkKind,
    QuoteKind,
    QuoteVariant,
)

_TEXT = pl.String()
_INT = pl.Int64()
_BOOL = pl.Boolean()  # written ``true``/``false``


@dataclass(frozen=True)
class Column:
    name: str
    dtype: pl.DataType
    description: str
    nullable: bool = False  # an empty cell: unknown, or none
    vocabulary: type[StrEnum] | None = None  # its values, when they form a closed vocabulary


@dataclass(frozen=True)
class Report:
    """One CSV report: ``file`` in the report folder, one row per ``row``."""

    file: str
    row: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]  # the columns its rows are sorted by, in order (stable)

    def __post_init__(self) -> None:
        names = self.names
        if len(set(names)) != len(names):
            raise ValueError(f"{self.file}: a column is listed twice")
        if not self.key or not set(self.key) <= set(names):
            raise ValueError(f"{self.file}: sort key {self.key} is not among its columns")

    @property
    def names(self) -> tuple[str, ...]:
        """The header, in order."""
        return tuple(column.name for column in self.columns)

    @property
    def dtypes(self) -> dict[str, pl.DataType]:
        """The polars schema of its frames, in column order."""
        return {column.name: column.dtype for column in self.columns}

    def column(self, name: str) -> Column:
        found = next((column for column in self.columns if column.name == name), None)
        if found is None:
            raise KeyError(f"{self.file} has no column {name!r}")
        return found


# documents.csv and pairs.csv both say how a direction of copying was told
DIRECTION_BASIS = Column(
    "direction_basis",
    _TEXT,
    "how the copying's direction was told",
    nullable=True,
    vocabulary=DirectionBasis,
)

DOCUMENTS = Report(
    "documents.csv",
    "document read",
    (
        Column(
            "doc_id", _TEXT, "path relative to the input without its last suffix (#ID: a record)"
        ),
        Column("path", _TEXT, "path relative to the input folder"),
        Column("encoding", _TEXT, "Python codec that reproduces the text from the file's bytes"),
        Column("outlet", _TEXT, "outlet name", nullable=True),
        Column("published", _TEXT, "YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (UTC)", nullable=True),
        Column("date_source", _TEXT, "where published came from", vocabulary=DateSource),
        Column("n_chars", _INT, "characters of the body other than white space, boilerplate out"),
        Column("boilerplate_chars", _INT, "characters other than white space in boilerplate"),
        Column("n_sentences", _INT, "sentences found in the body"),
        Column(
            "reused_chars",
            _INT,
            "characters other than white space in occurrences it shares as reuse, not quotation",
        ),
        Column("reused_share", _TEXT, "reused_chars / n_chars, four decimal places"),
        Column("copied_from", _TEXT, "doc_id of the document it copied from", nullable=True),
        Column("copied_share", _TEXT, "its shared share with copied_from", nullable=True),
        DIRECTION_BASIS,
        Column("verdict", _TEXT, "what attribution concludes", vocabulary=DocumentVerdict),
        Column("title", _TEXT, "title from the metadata", nullable=True),
        Column("url", _TEXT, "URL from the metadata", nullable=True),
    ),
    ("doc_id",),
)

CLUSTERS = Report(
    "clusters.csv",
    "shared passage or quote",
    (
        Column("cluster_id", _TEXT, "stable id derived from the occurrences' doc_ids and offsets"),
        Column("kind", _TEXT, "what the cluster is", vocabulary=ClusterKind),
        Column("text", _TEXT, "the earliest occurrence's text"),
        Column("n_docs", _INT, "distinct documents holding it"),
        Column("n_outlets", _INT, "distinct outlets among them, each unknown one its own"),
        Column("earliest_doc_id", _TEXT, "document of the earliest occurrence"),
        Column("earliest_outlet", _TEXT, "its outlet", nullable=True),
        Column("earliest_published", _TEXT, "its publication date", nullable=True),
        Column("earliest_basis", _TEXT, "how the earliest was chosen", vocabulary=EarliestBasis),
        Column("speaker", _TEXT, "speaker of the earliest credited occurrence", nullable=True),
        Column("speaker_key", _TEXT, "that speaker's key", nullable=True),
        Column("speaker_conflict", _BOOL, "outlets credit it to speakers that cannot be one"),
        Column("same_outlet", _BOOL, "every document holding it comes from one known outlet"),
        Column("doc_ids", _TEXT, "the documents holding it, sorted, ;-joined"),
    ),
    ("cluster_id",),
)

OCCURRENCES = Report(
    "occurrences.csv",
    "run of a cluster's sentences (or a quote fragment's words) in one document",
    (
        Column("cluster_id", _TEXT, "the cluster"),
        Column("doc_id", _TEXT, "the document"),
        Column("outlet", _TEXT, "its outlet", nullable=True),
        Column("published", _TEXT, "its publication date", nullable=True),
        Column("start", _INT, "offset of the first character, in code points"),
        Column("end", _INT, "offset after the last character"),
        Column("text", _TEXT, "the occurrence as written: the document's text[start:end]"),
        Column("similarity", _INT, "rapidfuzz ratio (0-100) against the earliest occurrence"),
        Column("is_earliest", _BOOL, "it is the cluster's earliest occurrence"),
        Column("in_quotes", _BOOL, "at least half its words lie inside quotation marks"),
    ),
    ("cluster_id", "doc_id", "start"),
)

QUOTES = Report(
    "quotes.csv",
    "paragraph of a direct quote, reused or not",
    (
        Column("quote_id", _TEXT, "stable id of the quote, shared by its paragraphs' rows"),
        Column("doc_id", _TEXT, "the document"),
        Column("outlet", _TEXT, "its outlet", nullable=True),
        Column("published", _TEXT, "its publication date", nullable=True),
        Column("start", _INT, "offset of the first quoted character (marks excluded)"),
        Column("end", _INT, "offset after the last quoted character"),
        Column("text", _TEXT, "the quoted words as written"),
        Column(
            "kind",
            _TEXT,
            "quotation, or what else the marks hold: a term of one or two words, a title, code;"
            " only a quotation has a speaker",
            vocabulary=QuoteKind,
        ),
        Column("speaker", _TEXT, "who the article credits the quote to", nullable=True),
        Column("speaker_key", _TEXT, "the speaker's key, for comparing outlets", nullable=True),
        Column("attributed_as", _TEXT, "the attribution as written", nullable=True),
        Column("cluster_id", _TEXT, "the cluster it belongs to, when reused", nullable=True),
        Column("is_earliest", _BOOL, "its occurrence is the cluster's earliest"),
        Column(
            "variant",
            _TEXT,
            "how it compares with the earliest version, when reused",
            nullable=True,
            vocabulary=QuoteVariant,
        ),
    ),
    ("doc_id", "start"),
)

PAIRS = Report(
    "pairs.csv",
    "pair of documents that share text: who shares with whom, and how",
    (
        Column("doc_id_a", _TEXT, "the first document by doc_id"),
        Column("doc_id_b", _TEXT, "the second"),
        Column(
            "link",
            _TEXT,
            "passage: reuse; quotation: only text both print inside quotation marks",
            vocabulary=LinkKind,
        ),
        Column("chars_a", _INT, "characters of a (white space, boilerplate out) it shares with b"),
        Column("chars_b", _INT, "characters of b it shares with a"),
        Column("share_a", _TEXT, "chars_a / a's n_chars, four decimal places"),
        Column("share_b", _TEXT, "chars_b / b's n_chars, four decimal places"),
        Column("source_doc_id", _TEXT, "the one the other copied from, if told", nullable=True),
        DIRECTION_BASIS,
        Column("n_passages", _INT, "passages and quotes of one found in the other"),
    ),
    ("doc_id_a", "doc_id_b"),
)

SKIPPED = Report(
    "skipped.csv",
    "file, or record of a record or WARC file, that was not read",
    (
        Column("path", _TEXT, "path relative to the input of the file (holding the record)"),
        Column("record", _INT, "1-based record number in that file", nullable=True),
        Column("reason", _TEXT, "why it was not read"),
    ),
    ("path", "record"),
)

CSV_REPORTS = (DOCUMENTS, CLUSTERS, OCCURRENCES, QUOTES, PAIRS, SKIPPED)
BY_FILE = {report.file: report for report in CSV_REPORTS}
RUN_RECORD = "run.json"  # the run's record, written last
REPORT_FILES = (*BY_FILE, RUN_RECORD)
