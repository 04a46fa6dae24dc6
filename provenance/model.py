"""The records every stage passes on: frozen, typed, and free of behaviour beyond small views.

Offsets are Python string indices (code points) into ``Document.text`` exactly as read, so
``doc.text[start:end]`` is always the reported text.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from array import array
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property, partial
from itertools import chain, count, islice, repeat
from operator import attrgetter
from typing import Any, NamedTuple, TypeVar

from provenance.dates import Published, parse_published

_Record = TypeVar("_Record")


def pickled_by_fields(cls: type[_Record]) -> type[_Record]:
    """Pickle a dataclass as its class and field values, so that unpickling calls the
    constructor: several times faster than restoring a frozen dataclass's ``__dict__``, for
    records that cross between worker processes by the hundred thousand."""
    names = tuple(f.name for f in dataclasses.fields(cls))  # type: ignore[arg-type]
    # the fields read in one call (a tuple of them, in C), not one Python step a field
    fields = attrgetter(*names) if len(names) > 1 else lambda record: (getattr(record, names[0]),)

    def reduce(self: _Record) -> tuple[Callable[..., _Record], tuple[Any, ...]]:
        return cls, fields(self)

    cls.__reduce__ = reduce  # type: ignore[assignment,method-assign]
    return cls


class DateSource(StrEnum):
    MANIFEST = "manifest"
    FRONTMATTER = "frontmatter"
    HTML = "html"  # the page's own metadata, read by trafilatura
    RECORD = "record"  # a field of a JSONL, CSV or Parquet record
    HEADER = "header"
    WARC = "warc"  # the capture date of a WARC record: a last resort
    NONE = "none"


class SourceFormat(StrEnum):
    """What an article was read from: for all but ``text``, offsets count in the extracted
    text, which ``trace --save-text`` writes out."""

    TEXT = "text"
    HTML = "html"
    RECORD = "record"
    WARC = "warc"


# The closed vocabularies of the reports. Each member formats as its value (``StrEnum``), so a
# member is written to a CSV file, to JSON or into text exactly as the bare string was, and
# compares and hashes equal to it.


class DocumentVerdict(StrEnum):
    """What attribution concludes about a document (``documents.csv``: verdict). The members'
    order is the order summaries list them in."""

    SYNDICATED = "syndicated"  # copied from one source, a share reaching the threshold
    ORIGINAL = "original"  # every passage it shares, it was the source of
    PARTIAL = "partial"  # not known to be the source of every passage it shares
    QUOTES = "quotes"  # it shares only quotations (both sides quote them): see pairs.csv
    UNIQUE = "unique"  # it shares nothing with another document


class DirectionBasis(StrEnum):
    """How attribution told that a document copied from its source (``documents.csv``:
    direction_basis; empty when it copied from none)."""

    DATE = "date"  # the source is dated earlier
    CONTAINMENT = "containment"  # either is undated: the copy holds much more of the source
    # both are dated and the dates cannot order them (the same day, a time missing on either,
    # or the same time): the copy holds much more of the source
    SAME_DATE_CONTAINMENT = "same_date_containment"
    # the same text, and the dates cannot order them: a tie, the first by doc_id named source
    IDENTICAL = "identical"


class LinkKind(StrEnum):
    """What two documents share (``pairs.csv``: link)."""

    PASSAGE = "passage"  # text outside quotation marks in one of them at least: reuse
    QUOTATION = "quotation"  # only text both of them print inside quotation marks


class EarliestBasis(StrEnum):
    """How a cluster's earliest occurrence was chosen (``clusters.csv``: earliest_basis), by
    precedence: see ``clustering.attribute``."""

    UNDATED = "undated"  # no occurrence is dated
    UNDATED_POSSIBLE = "undated_possible"  # an undated document could precede the earliest
    TIE = "tie"  # two or more documents share the earliest date
    DATED = "dated"


class ClusterKind(StrEnum):
    """What a cluster is (``clusters.csv``: kind)."""

    PASSAGE = "passage"
    QUOTE = "quote"  # its earliest occurrence lies mostly inside quotation marks
    BOILERPLATE = "boilerplate"  # a footer or notice, reported only when asked


class QuoteVariant(StrEnum):
    """How a quote paragraph compares with the earliest version of its cluster (``quotes.csv``:
    variant; empty for a quote in no cluster): see ``clustering.variants``."""

    EXACT = "exact"
    TRUNCATED = "truncated"
    EDITED = "edited"
    FRAGMENT = "fragment"


class QuoteKind(StrEnum):
    """What a stretch between quotation marks is (``quotes.csv``: kind; see
    ``text.quotes.quote_kind``). Only a quotation is credited to a speaker."""

    QUOTATION = "quotation"  # words someone said or wrote, three words or more
    TERM = "term"  # one or two words: a scare quote, a term, a word picked out ('foe')
    TITLE = "title"  # a title, name or slogan in title case or capitals
    CODE = "code"  # page script or markup the extraction left in (target_type: 'mix')


@pickled_by_fields
@dataclass(frozen=True)
class Document:
    """One article as read: its text, where its body starts, and its metadata."""

    doc_id: str
    path: str  # POSIX path relative to the input folder
    text: str
    encoding: str  # Python codec that reproduces ``text`` from the file's bytes
    body_start: int  # first offset after a date header or front matter
    outlet: str | None = None
    published: Published | None = None
    url: str | None = None
    title: str | None = None
    date_source: DateSource = DateSource.NONE
    source_format: SourceFormat = SourceFormat.TEXT

    def same_outlet(self, other: Document) -> bool:
        """Unknown outlets are never equal, not even to each other."""
        return self.outlet is not None and self.outlet == other.outlet

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        doc_id: str,
        outlet: str | None = None,
        published: str | dt.date | dt.datetime | None = None,
        url: str | None = None,
        title: str | None = None,
    ) -> Document:
        """An article given as text (for the Python API): offsets count in ``text`` exactly as
        given, and ``doc_id`` stands for its path. ``published`` is an ISO date or datetime (a
        string, a ``date`` or a ``datetime``; a naive one is taken as UTC). A field that cannot
        be used is a ``ValueError`` that names the field and says what to give instead."""
        if not isinstance(text, str):
            raise TypeError(f"Document.from_text: text must be a str, not {type(text).__name__}")
        if not isinstance(doc_id, str) or not doc_id.strip():
            raise ValueError("Document.from_text: doc_id must be a non-empty string, e.g. 'wire/1'")
        if doc_id != doc_id.strip() or any(not c.isprintable() for c in doc_id):
            raise ValueError(
                f"Document.from_text: doc_id {doc_id!r} has surrounding spaces or control "
                "characters; give printable text such as 'wire/1'"
            )
        for name, value in (("outlet", outlet), ("url", url), ("title", title)):
            if value is not None and not isinstance(value, str):
                raise ValueError(
                    f"Document.from_text: {name} must be a string or None, "
                    f"not {type(value).__name__}"
                )
        when = None
        if published is not None:
            when = parse_published(published)
            if when is None:
                raise ValueError(
                    f"Document.from_text: published {published!r} is not an ISO date or "
                    "datetime; give e.g. '2025-02-15' or '2025-02-15T09:30:00Z'"
                )
        return cls(
            doc_id=doc_id,
            path=doc_id,
            text=text,
            encoding="utf-8",
            body_start=0,
            outlet=(outlet or "").strip() or None,
            published=when,
            url=url or None,
            title=title or None,
            date_source=DateSource.RECORD if when is not None else DateSource.NONE,
        )


def document_json(doc: Document) -> dict[str, Any]:
    """A document as JSON values (for files and for processes that do not share Python's
    pickles): ``document_from_json`` gives it back equal."""
    return {
        "doc_id": doc.doc_id,
        "path": doc.path,
        "text": doc.text,
        "encoding": doc.encoding,
        "body_start": doc.body_start,
        "outlet": doc.outlet,
        "published": doc.published.text if doc.published else None,
        "url": doc.url,
        "title": doc.title,
        "date_source": str(doc.date_source),
        "source_format": str(doc.source_format),
    }


def document_from_json(found: dict[str, Any]) -> Document:
    published = parse_published(found["published"]) if found["published"] else None
    return Document(
        doc_id=found["doc_id"],
        path=found["path"],
        text=found["text"],
        encoding=found["encoding"],
        body_start=found["body_start"],
        outlet=found["outlet"],
        published=published,
        url=found["url"],
        title=found["title"],
        date_source=DateSource(found["date_source"]),
        source_format=SourceFormat(found["source_format"]),
    )


@pickled_by_fields
@dataclass(frozen=True)
class Skipped:
    """A file, or one record of a record file, that was not read, and why."""

    path: str
    reason: str
    record: int | None = None  # 1-based, in a record or WARC file


@pickled_by_fields
@dataclass(frozen=True)
class Notice:
    """A warning about an input that was still used (shown on stderr, kept in run.json)."""

    path: str
    message: str


class Sentence(NamedTuple):
    """A sentence with its normalised word tokens. Their spans in the document are
    ``clean.tokenize(text, start, end)``, worked out for the few sentences that need them.

    A named tuple rather than a frozen dataclass: a corpus holds millions of sentences, and a
    tuple is built, pickled between processes and read back several times faster."""

    doc: int  # index into the run's document list
    position: int  # among the document's sentences
    paragraph: int
    start: int
    end: int
    tokens: tuple[str, ...]

    @property
    def normalised(self) -> str:
        return " ".join(self.tokens)


class Sentences(list[Sentence]):
    """Sentences as the read stage sends them between processes: pickled as columns (their
    distinct words once, each sentence's words as numbers into them) and read back with each
    word shared with the same word of the sentences read back before (``_shared_word``).

    A plain list would arrive with a string per word per document: every document's "the"
    its own object, 300 MiB more at the README corpus's million sentences, held to the end of
    the run; the columns read back no slower. Equal to the plain list; only pickling differs.
    Not changed once made (its ``numbered`` words are worked out once)."""

    @cached_property
    def numbered(self) -> tuple[tuple[str, ...], array[int]]:
        """Its distinct words, in the order they first come, and every word of every sentence
        as its number among them: the columns it is pickled as, and the reader's words'
        hashes (a hash per distinct word, not per word)."""
        # each word numbered as it first comes, in one pass (a word not seen yet takes the
        # next number), so the distinct words are the numbering's keys in order
        number: defaultdict[str, int] = defaultdict(count().__next__)
        ids = list(map(number.__getitem__, chain.from_iterable(s.tokens for s in self)))
        return tuple(number), array("H" if len(number) <= 0xFFFF else "I", ids)

    def __reduce__(self) -> tuple[Callable[..., Sentences], tuple[Any, ...]]:
        if not self:
            return Sentences, ()
        docs, positions, numbers, starts, ends, tokens = zip(*self, strict=True)
        columns = (array("I", docs), array("I", positions), array("I", numbers))
        return _sentences_from_columns, (
            *self.numbered,
            array("I", map(len, tokens)),
            *columns,
            array("q", starts),
            array("q", ends),
        )


# words shared between the sentences read back (``Sentences``): a cache, emptied when it holds
# ``SHARED_WORDS`` words, so sharing is at its best within a run and never needed for an answer
SHARED_WORDS = 1 << 18
_SHARED: dict[str, str] = {}
_new_sentence = partial(tuple.__new__, Sentence)


def _sentences_from_columns(
    vocabulary: tuple[str, ...],
    ids: array[int],
    counts: array[int],
    *columns: array[int],
) -> Sentences:
    words: Sequence[str] = vocabulary  # more words than the cache keeps: not shared
    if len(vocabulary) <= SHARED_WORDS:
        if len(_SHARED) + len(vocabulary) > SHARED_WORDS:
            _SHARED.clear()
        words = list(map(_SHARED.setdefault, vocabulary, vocabulary))
    found = map(words.__getitem__, ids)
    # one tuple per sentence, each taking its count of words from the one stream (all in C)
    tokens = map(tuple, map(islice, repeat(found), counts))
    return Sentences(map(_new_sentence, zip(*columns, tokens, strict=True)))


class Match(NamedTuple):
    """A verified pair of sentences from two documents, with the aligned words of each (a named
    tuple, like ``Sentence``: a corpus makes one per pair of copies of every shared sentence)."""

    a: int  # index into the run's sentence list
    b: int
    score: float  # rapidfuzz ratio of the normalised sentences, 0-100
    a_words: tuple[int, int]  # range of ``Sentence.tokens`` the other side matches
    b_words: tuple[int, int]


class Occurrence(NamedTuple):
    """One contiguous run of a cluster's member sentences in one document (a named tuple: a
    corpus holds one per copy of every shared passage)."""

    cluster_id: str
    doc: int
    start: int
    end: int
    sentences: tuple[int, ...]  # indices into the run's sentence list
    in_quotes: bool  # at least half its words lie inside quotation marks


@pickled_by_fields
@dataclass(frozen=True)
class Speaker:
    """Who a quote is credited to: the phrase as written, the speaker named in it, and a key
    that compares across outlets (titles dropped, spokesman = spokesperson, aliases merged)."""

    name: str
    key: str
    attributed_as: str


@pickled_by_fields
@dataclass(frozen=True)
class Quote:
    """A direct quote: its quoted words in each paragraph it runs through, marks excluded."""

    quote_id: str
    doc: int
    parts: tuple[tuple[int, int], ...]
    speaker: Speaker | None = None  # only a quotation has one
    kind: QuoteKind = QuoteKind.QUOTATION


class QuoteRow(NamedTuple):
    """One paragraph of a quote, traced: the cluster it belongs to and how it compares with the
    earliest version (a ``QuoteVariant``)."""

    quote: Quote
    start: int
    end: int
    cluster_id: str | None
    is_earliest: bool
    variant: QuoteVariant | None


@dataclass(frozen=True)
class Cluster:
    """A connected component of verified cross-document sentence matches."""

    cluster_id: str
    occurrences: tuple[Occurrence, ...]  # sorted by (doc_id, start)
    earliest: Occurrence
    earliest_basis: EarliestBasis
    # True when dates could not single out the earliest document and doc_id order chose it.
    earliest_by_doc_id: bool = False
    speaker: Speaker | None = None  # of the earliest occurrence credited to someone
    speaker_conflict: bool = False  # outlets credit it to speakers that cannot be the same
    boilerplate: bool = False  # a footer or notice: reported only when asked, never reuse

    @property
    def kind(self) -> ClusterKind:
        if self.boilerplate:
            return ClusterKind.BOILERPLATE
        return ClusterKind.QUOTE if self.earliest.in_quotes else ClusterKind.PASSAGE

    @cached_property
    def docs(self) -> tuple[int, ...]:
        """Its documents, in order (worked out once: attribution asks for them often)."""
        return tuple(sorted({o.doc for o in self.occurrences}))


class PairLink(NamedTuple):
    """Two documents that share text (``pairs.csv``): ``a`` comes first by doc_id. Characters
    are counted as in ``Attribution`` (white space and boilerplate left out)."""

    a: int
    b: int
    kind: LinkKind
    a_chars: int  # of a's characters, those it shares with b
    b_chars: int
    a_share: float  # a_chars over a's characters
    b_share: float
    source: int | None  # the one the other copied from (passage reuse only), if known
    direction_basis: DirectionBasis | None
    passages: int  # passages and quotes of one found in the other, aligned between them
    # of ``a_chars`` and ``b_chars``, those outside text both print inside quotation marks
    # (what ``Attribution`` counts as reused; pairs.csv does not write them)
    a_reused: int
    b_reused: int


@dataclass(frozen=True)
class Attribution:
    """What the syndication stage concludes about one document."""

    doc: int
    n_chars: int
    reused_chars: int
    copied_from: int | None
    copied_share: float | None
    direction_basis: DirectionBasis | None  # None: it copied from no document
    verdict: DocumentVerdict
    boilerplate_chars: int = 0  # characters in boilerplate, left out of n_chars and shares

    @property
    def reused_share(self) -> float:
        return self.reused_chars / self.n_chars if self.n_chars else 0.0
