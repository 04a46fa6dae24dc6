"""Quote lookup: where a quote, or a few words of one, was printed in the indexed articles.

Words are compared as matching compares them (``clean``: case folded, hyphens and apostrophes
inside words dropped). The index's word table finds the documents that may hold them in order;
each is then read again to place the words at exact offsets and to see whether they stand
inside quotation marks there, and whom that document credits them to.
"""

from __future__ import annotations

from dataclasses import dataclass

from provenance.clustering.attribute import date_order
from provenance.errors import InputError
from provenance.index.base import IndexBackend
from provenance.model import Document
from provenance.text.normalise import tokenize, words
from provenance.text.speakers import Aliases, document_quotes

MIN_WORDS = 3  # fewer words than this are found everywhere


@dataclass(frozen=True)
class Sighting:
    """One place the words were printed."""

    doc_id: str
    outlet: str | None
    published: str | None
    start: int  # in the document's text as read
    end: int
    text: str
    quoted: bool  # inside quotation marks there
    speaker: str | None  # whom that document credits the quote to


@dataclass(frozen=True)
class QuoteLookup:
    query: str
    earliest: Sighting | None
    speaker: str | None  # of the earliest sighting credited to someone
    sightings: tuple[Sighting, ...]  # earliest first (dated before undated, then doc_id)


def find_quote(query: str, index: IndexBackend, aliases: Aliases | None = None) -> QuoteLookup:
    wanted = list(words(query))
    if len(wanted) < MIN_WORDS:
        raise InputError(f"quote {query!r}: give at least {MIN_WORDS} words to look for")
    aliases = aliases or Aliases.load()
    docs = index.documents(index.with_words(wanted))
    ordered = sorted(docs.values(), key=lambda d: (date_order(d), d.doc_id))
    sightings = [s for doc in ordered for s in _sightings(doc, wanted, aliases)]
    speaker = next((s.speaker for s in sightings if s.speaker), None)
    return QuoteLookup(query, sightings[0] if sightings else None, speaker, tuple(sightings))


def _sightings(doc: Document, wanted: list[str], aliases: Aliases) -> list[Sighting]:
    found_words = tokenize(doc.text, doc.body_start)
    folded = [token for token, _, _ in found_words]
    n = len(wanted)
    quotes = document_quotes(doc, 0, aliases)
    found = []
    for k in range(len(folded) - n + 1):
        if folded[k : k + n] != wanted:
            continue
        start, end = found_words[k][1], found_words[k + n - 1][2]
        holder = next((q for q in quotes if any(s <= start and end <= e for s, e in q.parts)), None)
        found.append(
            Sighting(
                doc_id=doc.doc_id,
                outlet=doc.outlet,
                published=doc.published.text if doc.published else None,
                start=start,
                end=end,
                text=doc.text[start:end],
                quoted=holder is not None,
                speaker=holder.speaker.name if holder and holder.speaker else None,
            )
        )
    return found
