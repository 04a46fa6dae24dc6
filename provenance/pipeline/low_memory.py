"""Parts stage: cut a corpus into parts that share nothing, reading it once and keeping only
sketches, so that each part can then be analysed on its own (``trace --low-memory``).

Two documents fall in one part when something could put them in one cluster: a sentence with
the same normalised words, a pair of sentences the LSH proposes and rapidfuzz verifies (both
exactly as the analysis finds them), or a quote paragraph of one and a sentence of the other
sharing enough shingles for the fragment search to try them.

Shared boilerplate would bind most of a corpus into one part (a footer joins every article of
its outlet, and syndication joins the outlets). So the plan works out which sentences the
analysis will find to be boilerplate: the components of identical and verified sentences, and
the same rules the analysis applies to them (``boilerplate.boilerplate_components``). Those
sentences link nothing; each part is told their keys, and treats any component holding one as
boilerplate, as the whole corpus would.

A part's analysis then gives what the whole corpus's gives for its documents, once it is told
what only the whole corpus decides (``Corpus``): documents per outlet, the LSH buckets too big to
use, the quote shingles too common to search by, and the boilerplate sentences.

What is kept while reading grows with the corpus only as sketches do: per matchable sentence,
its distinct sentence, document, boilerplate flag and plea end (10 bytes); per distinct sentence, a
16-byte key and its first document; per quote paragraph, its shingle hashes. The rest goes to
files in a work folder, read back a band or a batch at a time: the documents as JSON lines (the
parts read them without extracting pages again), the distinct sentences' words, their LSH band
keys (a file per band) and their shingle hashes, and every document's word n-grams (a 5-gram's
hash, the matchable sentences it reaches; the runs that could anchor a passage). Those are read
back whole once, at the end of the plan, to count the common n-grams and join the rare ones
(about 16 bytes a word then: the one step of the plan that grows with the words, not the
sentences).

Documents also fall in one part when they share a rare run of five words in two sentences (the
analysis verifies such pairs whatever the MinHash seed), a run of words that could anchor a
passage, or all their words.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

import numpy as np
import numpy.typing as npt
import xxhash

from provenance.clustering.clusters import union_labels
from provenance.matching import candidates as candidates_stage
from provenance.matching import fragments as fragment_stage
from provenance.matching import passages as passage_stage
from provenance.matching.bands import band_keys
from provenance.matching.sketch import shingle_hashes, signatures_and_hashes
from provenance.matching.verify import verify
from provenance.model import Document, QuoteKind, Sentence, document_from_json, document_json
from provenance.settings import Settings
from provenance.text import normalise
from provenance.text.boilerplate import (
    CorpusCounts,
    End,
    Matcher,
    Page,
    boilerplate_components,
    could_be_learned,
    edge_pleas,
    marked_paragraphs,
    page_keys,
    sentence_ends,
    sentence_flags,
    stock_sentences,
)
from provenance.text.quotes import QuoteMap, pieces, quotes
from provenance.text.segment import paragraphs, segment_document
from provenance.text.speakers import kind_of

PLAN_BATCH = 4000  # documents read and sketched at once
PART_DOCS = 2000  # parts are packed into batches of about this many documents


class Ngrams(NamedTuple):
    """A document's word n-grams that could seed passages (``passages.TokenStream.ngrams``,
    pattern-marked paragraphs left out), each with the range of the document's matchable
    sentences it reaches (``lo`` to ``hi``, exclusive: learned boilerplate there drops it), and
    a key of the document's words (identical documents are linked)."""

    hashes: npt.NDArray[np.uint64]
    lo: npt.NDArray[np.int32]
    hi: npt.NDArray[np.int32]
    starts_matchable: npt.NDArray[np.bool_]  # it starts in matchable sentence ``lo``
    key: bytes | None  # None: it has no words outside boilerplate
    # the runs of words that could anchor a passage, likewise: ``passages.ANCHOR_WORDS`` long
    # (flag 2), or ``passages.MIN_WORDS`` long in a sentence a quotation reaches (flag 1) or not
    # (flag 0: it anchors when another document quotes it)
    anchors: npt.NDArray[np.uint64]
    anchor_lo: npt.NDArray[np.int32]
    anchor_hi: npt.NDArray[np.int32]
    anchor_flags: npt.NDArray[np.int8]
    page: Page  # the key of all its words (``boilerplate.page_keys``)


# What the planning reader gives for one document: its matchable sentences' words, whether each
# lies in a pattern-marked paragraph and where it lies as a plea, its quote paragraphs' words and
# its n-grams.
Words = tuple[list[tuple[str, ...]], list[bool], list[End], list[tuple[str, ...]], Ngrams]
Progress = Callable[[str, int, int], None]
# Runs a reader over ``(index, document)`` for every document, results in order (a pool's map).
Reader = Callable[["PlanReader", Sequence[Document]], Iterable[Words]]


@dataclass(frozen=True)
class PlanReader:
    """What linking needs of one document (picklable: run by worker processes): its matchable
    sentences' words, whether each lies in a pattern-marked paragraph, and the words of its quote
    paragraphs long enough to trace."""

    min_tokens: int
    min_quote_tokens: int
    matcher: Matcher | None  # None: boilerplate is not suppressed

    def __call__(self, item: tuple[int, Document]) -> Words:
        _, doc = item
        body = paragraphs(doc.text, doc.body_start)
        sentences = segment_document(doc, 0, body)
        marked: list[tuple[int, int]] = []
        pleas: list[tuple[int, int, End]] = []
        if self.matcher is not None:
            marked = marked_paragraphs(doc.text, body, sentences, self.matcher)
            pleas = edge_pleas(doc.text, body, sentences, marked)
            marked += stock_sentences(doc.text, sentences, marked)
        usable = [s for s in sentences if len(s.tokens) >= self.min_tokens]
        flags = sentence_flags(usable, [marked])
        ends = sentence_ends(usable, [pleas])
        # the quotations (``fragments.traced``): titles and terms are neither looked for nor
        # anchor a passage
        found = [
            quote
            for quote in quotes(doc.text, body)
            if fragment_stage.traced(kind_of(doc.text, quote))
        ]
        quoted = [
            tuple(word for word, _, _ in words)
            for quote in found
            for words in fragment_stage.quoted_words(
                doc.text, quote.parts, QuoteKind.QUOTATION, self.min_quote_tokens
            )
        ]
        # a run of MIN_WORDS to ANCHOR_WORDS - 1 words anchors only as most of a quotation
        # (passages.QUOTED_CLAUSE_SHARE): one of at most this many words, each piece between
        # the ellipses that cut a quotation measured alone (as ``steps._quotation_maps`` does)
        longest = int((passage_stage.ANCHOR_WORDS - 1) / passage_stage.QUOTED_CLAUSE_SHARE)
        regions = QuoteMap(
            sorted(
                (start, end)
                for quote in found
                for part in quote.parts
                for start, end in pieces(doc.text, *part)
                if len(normalise.words(doc.text, start, end)) <= longest
            )
        )
        ngrams = self.ngrams(sentences, marked, _in_short_quotes(doc.text, sentences, regions))
        return [s.tokens for s in usable], flags, ends, quoted, ngrams

    def ngrams(
        self,
        sentences: Sequence[Sentence],
        marked: Sequence[tuple[int, int]],
        in_quotes: npt.NDArray[np.bool_],
    ) -> Ngrams:
        """``in_quotes``: per word, whether it lies inside a quotation short enough for a run
        of its words to anchor a passage."""
        masked = [any(s <= x.start and x.end <= e for s, e in marked) for x in sentences]
        stream = passage_stage.TokenStream.of(sentences, 1, masked)
        long_enough = np.fromiter(
            (len(x.tokens) >= self.min_tokens for x in sentences), np.bool_, len(sentences)
        )
        before = np.concatenate(([0], np.cumsum(long_enough))).astype(np.int32)

        inside = np.concatenate(([0], np.cumsum(in_quotes, dtype=np.int64)))

        def reach(n: int) -> tuple[Any, Any, Any, Any]:
            starts, hashes = stream.ngrams(n)
            first = np.searchsorted(stream.sentence_starts, starts, "right") - 1
            last = np.searchsorted(stream.sentence_starts, starts + n - 1, "right")
            quoted = (inside[starts + n] - inside[starts] == n).astype(np.int8)  # all its words
            return hashes, before[first], before[last], quoted

        # the key of its words: its page, and (none of them masked) what links identical
        # documents
        page = page_keys([stream.hashes])[0]
        key = page if not stream.masked.any() else None
        hashes, lo, hi, _ = reach(passage_stage.NGRAM)
        starts, _ = stream.ngrams()
        first = np.searchsorted(stream.sentence_starts, starts, "right") - 1
        short = reach(passage_stage.MIN_WORDS)
        long = reach(passage_stage.ANCHOR_WORDS)
        return Ngrams(
            hashes,
            lo,
            hi,
            long_enough[first] if len(first) else np.empty(0, np.bool_),
            key,
            np.concatenate([short[0], long[0]]),
            np.concatenate([short[1], long[1]]).astype(np.int32),
            np.concatenate([short[2], long[2]]).astype(np.int32),
            np.concatenate([short[3], np.full(len(long[0]), 2)]).astype(np.int8),
            page,
        )


def _in_short_quotes(
    text: str, sentences: Sequence[Sentence], regions: QuoteMap
) -> npt.NDArray[np.bool_]:
    """Per word of the sentences, whether it lies inside one of the quoted ``regions`` (words
    are located only in the sentences a region reaches)."""
    found = np.zeros(sum(len(s.tokens) for s in sentences), np.bool_)
    offset = 0
    for sentence in sentences:
        if regions.overlaps(sentence.start, sentence.end):
            for k, (start, end) in enumerate(
                normalise.word_spans(text, sentence.start, sentence.end)
            ):
                found[offset + k] = regions.inside(start, end)
        offset += len(sentence.tokens)
    return found


def sentence_key(tokens: Sequence[str]) -> bytes:
    """A sentence's identity by its normalised words: 16 bytes of xxh3-128."""
    return xxhash.xxh3_128_digest("\x1f".join(tokens).encode())


@dataclass(frozen=True)
class Corpus:
    """What the analysis of one part must know of the whole corpus."""

    counts: CorpusCounts
    oversized: frozenset[int]  # the band keys of LSH buckets to skip
    common_shingles: npt.NDArray[np.uint32]
    boilerplate_keys: frozenset[bytes]  # ``sentence_key`` of every boilerplate sentence
    # counts of the whole corpus that its parts cannot sum
    totals: dict[str, int]
    # the word n-grams printed too often to seed passages (``passages.common_ngrams``)
    common_ngrams: npt.NDArray[np.uint64] = field(default_factory=lambda: np.empty(0, np.uint64))


@dataclass(frozen=True)
class Plan:
    """A read corpus cut into batches of parts, and where its documents were put."""

    spill: Path
    offsets: npt.NDArray[np.int64]  # where each document (by reading order) starts in it
    doc_ids: tuple[str, ...]  # by reading order
    batches: tuple[tuple[int, ...], ...]  # documents (by reading order) analysed together
    parts: int
    largest_part: int  # documents
    corpus: Corpus

    def documents(self, batch: Sequence[int]) -> Iterator[Document]:
        """The documents of a batch, read back from the spill."""
        with self.spill.open("rb") as handle:
            for ordinal in batch:
                handle.seek(int(self.offsets[ordinal]))
                yield document_from_json(json.loads(handle.readline()))


@dataclass
class _SentenceBatch:
    first: int  # number of its first distinct sentence
    offsets: npt.NDArray[np.int64]  # where each one's shingle hashes start in its block
    byte_offset: int  # where its block starts in the shingle file


class Member(NamedTuple):
    """A sentence as the boilerplate rules see it: the document it is in."""

    doc: int


class Outlet(NamedTuple):
    """A document as the boilerplate rules see it: its outlet."""

    outlet: str | None


@dataclass
class Planner:
    """Reads a corpus a batch of documents at a time (``add``) and cuts it (``finish``)."""

    settings: Settings
    work: Path
    read: Reader
    progress: Progress
    _offsets: list[int] = field(default_factory=list)
    _doc_ids: list[str] = field(default_factory=list)
    _outlets: list[str | None] = field(default_factory=list)
    # the distinct sentences' keys, sorted, and the number of each (in order of first reading)
    _keys: npt.NDArray[np.void] = field(default_factory=lambda: np.empty(0, "V16"))
    _numbers: npt.NDArray[np.int32] = field(default_factory=lambda: np.empty(0, np.int32))
    # per matchable sentence: its distinct sentence, document and pattern flag
    _sentence_numbers: list[npt.NDArray[np.int32]] = field(default_factory=list)
    _sentence_docs: list[npt.NDArray[np.int32]] = field(default_factory=list)
    _sentence_flags: list[npt.NDArray[np.bool_]] = field(default_factory=list)
    _sentence_ends: list[npt.NDArray[np.int8]] = field(default_factory=list)
    # per distinct sentence: where its words are in the word file
    _word_offsets: list[npt.NDArray[np.int64]] = field(default_factory=list)
    _batches: list[_SentenceBatch] = field(default_factory=list)
    _fragment_hashes: list[npt.NDArray[np.uint32]] = field(default_factory=list)
    _fragment_lengths: list[npt.NDArray[np.int64]] = field(default_factory=list)
    _fragment_docs: list[npt.NDArray[np.int32]] = field(default_factory=list)

    def __post_init__(self) -> None:
        bands, _ = self.settings.bands_rows
        self.spill = self.work / "documents.jsonl"
        self._spill: BinaryIO = self.spill.open("wb")
        self._words = (self.work / "words.txt").open("wb")
        self._bands = [(self.work / f"band{b:03d}.u64").open("wb") for b in range(bands)]
        self._shingles = (self.work / "shingles.u32").open("wb")
        self._ngrams = {
            name: (self.work / f"ngram_{name}.bin").open("wb")
            for name in (
                "hashes",
                "lo",
                "hi",
                "starts_matchable",
                "anchors",
                "anchor_lo",
                "anchor_hi",
                "anchor_flags",
                "anchor_docs",
            )
        }
        self._doc_keys: list[bytes | None] = []
        self._pages: list[Page] = []  # per document, its page (``boilerplate.page_keys``)
        self._matchable = 0
        self._distinct = 0
        settings = self.settings
        matcher = Matcher.build(settings.boilerplate_patterns)
        self._reader = PlanReader(
            settings.min_tokens,
            settings.min_quote_tokens,
            matcher if settings.suppress_boilerplate else None,
        )

    def add(self, docs: Sequence[Document]) -> None:
        """Spill, read and sketch a batch of documents."""
        base = len(self._doc_ids)
        for doc in docs:
            self._offsets.append(self._spill.tell())
            line = json.dumps(document_json(doc), ensure_ascii=False) + "\n"
            self._spill.write(line.encode("utf-8"))
            self._doc_ids.append(doc.doc_id)
            self._outlets.append(doc.outlet)
        sentences: list[tuple[str, ...]] = []
        owners: list[int] = []
        flags: list[bool] = []
        ends: list[End] = []
        fragments: list[tuple[str, ...]] = []
        fragment_docs: list[int] = []
        for i, (words, marked, where, quoted, ngrams) in enumerate(self.read(self._reader, docs)):
            first = self._matchable + len(sentences)  # its first matchable sentence's number
            ngrams.hashes.tofile(self._ngrams["hashes"])
            ngrams.starts_matchable.astype(np.bool_).tofile(self._ngrams["starts_matchable"])
            (ngrams.lo + first).astype(np.int32).tofile(self._ngrams["lo"])
            (ngrams.hi + first).astype(np.int32).tofile(self._ngrams["hi"])
            ngrams.anchors.tofile(self._ngrams["anchors"])
            ngrams.anchor_flags.tofile(self._ngrams["anchor_flags"])
            (ngrams.anchor_lo + first).astype(np.int32).tofile(self._ngrams["anchor_lo"])
            (ngrams.anchor_hi + first).astype(np.int32).tofile(self._ngrams["anchor_hi"])
            np.full(len(ngrams.anchors), base + i, np.int32).tofile(self._ngrams["anchor_docs"])
            self._doc_keys.append(ngrams.key)
            self._pages.append(ngrams.page)
            sentences.extend(words)
            owners.extend([base + i] * len(words))
            flags.extend(marked)
            ends.extend(where)
            fragments.extend(quoted)
            fragment_docs.extend([base + i] * len(quoted))
        self._matchable += len(sentences)
        self._add_sentences(sentences, np.asarray(owners, np.int32))
        self._sentence_flags.append(np.asarray(flags, np.bool_))
        self._sentence_ends.append(np.asarray(ends, np.int8))
        hashes, offsets = shingle_hashes(fragments, max(1, self.settings.shingle_size))
        self._fragment_hashes.append(hashes)
        self._fragment_lengths.append(np.diff(offsets))
        self._fragment_docs.append(np.asarray(fragment_docs, np.int32))
        self.progress("read", len(self._doc_ids), 0)  # how many there are is not known yet

    def _add_sentences(
        self, sentences: list[tuple[str, ...]], owners: npt.NDArray[np.int32]
    ) -> None:
        """Number the sentences by their distinct words; keep and sketch those not seen yet."""
        keys = np.frombuffer(b"".join(sentence_key(words) for words in sentences), "V16")
        distinct, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
        place = np.searchsorted(self._keys, distinct)
        seen = place < len(self._keys)
        seen[seen] = self._keys[place[seen]] == distinct[seen]
        numbers = np.empty(len(distinct), np.int32)
        numbers[seen] = self._numbers[place[seen]]
        new = np.flatnonzero(~seen)
        new = new[np.argsort(first[new])]  # numbered in reading order
        numbers[new] = self._distinct + np.arange(len(new))
        self._keys = np.insert(self._keys, place[~seen], distinct[~seen])
        self._numbers = np.insert(self._numbers, place[~seen], numbers[~seen])
        self._sentence_numbers.append(numbers[inverse])
        self._sentence_docs.append(owners)
        self._sketch([sentences[i] for i in first[new]])

    def _sketch(self, sentences: list[tuple[str, ...]]) -> None:
        """Keep the words, band keys and shingle hashes of new distinct sentences."""
        if not sentences:
            return
        lines = [("\x1f".join(words) + "\n").encode("utf-8") for words in sentences]
        lengths = np.fromiter((len(line) for line in lines), np.int64, len(lines))
        self._word_offsets.append(self._words.tell() + np.cumsum(lengths) - lengths)
        self._words.write(b"".join(lines))
        settings = self.settings
        bands, rows = settings.bands_rows
        signatures, (hashes, offsets) = signatures_and_hashes(
            sentences, settings.shingle_size, settings.num_perm, settings.seed
        )
        keys = band_keys(signatures, bands, rows)
        for band, handle in enumerate(self._bands):
            np.ascontiguousarray(keys[:, band]).tofile(handle)
        self._batches.append(_SentenceBatch(self._distinct, offsets, self._shingles.tell()))
        hashes.astype(np.uint32).tofile(self._shingles)
        self._distinct += len(sentences)

    def finish(self, batch_docs: int = PART_DOCS) -> Plan:
        """Close the files; find the boilerplate and the links; cut into parts, packed in
        batches of about ``batch_docs`` documents."""
        if batch_docs < 1:
            raise ValueError("batch_docs must be at least 1")
        for handle in (self._spill, self._words, self._shingles, *self._bands):
            handle.close()
        for handle in self._ngrams.values():
            handle.close()
        sentences = _Sentences(
            np.concatenate([np.empty(0, np.int32), *self._sentence_numbers]),
            np.concatenate([np.empty(0, np.int32), *self._sentence_docs]),
            np.concatenate([np.empty(0, np.bool_), *self._sentence_flags]),
            np.concatenate([np.empty(0, np.int8), *self._sentence_ends]),
            self._distinct,
        )
        counts = CorpusCounts.of([Outlet(outlet) for outlet in self._outlets], self._pages)
        oversized, lsh_pairs = self._candidates(sentences)
        common_ngrams, joined = self._ngram_candidates(sentences)
        pairs = np.unique(np.concatenate([lsh_pairs, joined], axis=1), axis=1)
        verified = self._verified(pairs)
        boiler, boiler_clusters, learned = self._boilerplate(sentences, verified, counts)
        links = [
            sentences.identity_links(boiler),
            _kept_links(sentences.first_docs[verified], boiler[verified[0]]),
        ]
        common, fragment_links = self._fragment_links(sentences, boiler)
        links.append(fragment_links)
        ngram_links = self._ngram_links(learned[sentences.numbers], common_ngrams)
        links.append(ngram_links)
        parts = _components(len(self._doc_ids), links)
        totals = {
            "distinct_sentences": self._distinct,
            "candidate_pairs": pairs.shape[1],
            "ngram_candidate_pairs": joined.shape[1],
            "verified_pairs": verified.shape[1],
            "rejected_pairs": pairs.shape[1] - verified.shape[1],
            "lsh_buckets_oversized": len(oversized),
            "boilerplate_clusters": boiler_clusters,
        }
        return Plan(
            spill=self.spill,
            offsets=np.asarray(self._offsets, np.int64),
            doc_ids=tuple(self._doc_ids),
            batches=tuple(_pack(parts, batch_docs)),
            parts=len(parts),
            largest_part=max((len(part) for part in parts), default=0),
            corpus=Corpus(
                counts, oversized, common, self._boilerplate_keys(boiler), totals, common_ngrams
            ),
        )

    def _read_ngrams(self, name: str, dtype: Any) -> Any:
        return np.fromfile(self.work / f"ngram_{name}.bin", dtype)

    def _ngram_candidates(
        self, sentences: _Sentences
    ) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.int64]]:
        """The word n-grams too common to join sentences or seed passages, and the pairs of
        distinct sentences (2 x n) that share a rarer one, as ``passages.ngram_candidates``
        finds them (the n-gram counted in the sentence it starts in)."""
        read = self._read_ngrams
        hashes = read("hashes", np.uint64)
        common = passage_stage.common_ngrams(hashes)
        inside = read("starts_matchable", np.bool_)
        kept = inside & passage_stage.rare(hashes, common)
        hashes = hashes[kept]
        number = sentences.numbers[read("lo", np.int32)[kept]].astype(np.int64)
        found = passage_stage.pairs_sharing(hashes, number, sentences.owners())
        return common, found.T.reshape(2, -1)

    def _ngram_links(
        self, learned: npt.NDArray[np.bool_], common: npt.NDArray[np.uint64]
    ) -> npt.NDArray[np.int32]:
        """Links between the documents that share a run of words that could anchor a
        passage, or all their words (``passages.passages`` and ``identical_runs`` could join
        them), boilerplate left out (``learned``, per matchable sentence, is what the
        analysis finds boilerplate). A run printed more often than an n-gram may be is left
        out: its n-grams are all too common to seed anything."""
        read = self._read_ngrams
        before = np.concatenate(([0], np.cumsum(learned, dtype=np.int64)))
        kept = before[read("anchor_hi", np.int32)] == before[read("anchor_lo", np.int32)]
        hashes, docs = read("anchors", np.uint64)[kept], read("anchor_docs", np.int32)[kept]
        flags = read("anchor_flags", np.int8)[kept]
        rare = np.isin(hashes, passage_stage.common_ngrams(hashes), invert=True)
        hashes, docs, flags = hashes[rare], docs[rare], flags[rare]
        order = np.argsort(hashes, kind="stable")
        hashes, docs, flags = hashes[order], docs[order], flags[order]
        # a run anchors where it is long, or quoted in one of the documents: its n-gram's
        # documents are chained, each to the next
        heads = np.flatnonzero(np.concatenate(([True], hashes[1:] != hashes[:-1])))
        anchoring = np.maximum.reduceat(flags, heads) > 0 if len(flags) else flags > 0
        group = np.cumsum(np.concatenate(([False], hashes[1:] != hashes[:-1])))
        same = (hashes[1:] == hashes[:-1]) & anchoring[group[1:]]
        links = [np.stack([docs[:-1][same], docs[1:][same]])]
        keys = [(key, doc) for doc, key in enumerate(self._doc_keys) if key is not None]
        if keys:
            _, first, inverse = np.unique(
                np.frombuffer(b"".join(key for key, _ in keys), "V16"),
                return_index=True,
                return_inverse=True,
            )
            owners = np.asarray([doc for _, doc in keys], np.int32)
            links.append(np.stack([owners, owners[first[inverse]]]))
        found = np.concatenate(links, axis=1).astype(np.int32)
        return found[:, found[0] != found[1]]

    def _candidates(self, sentences: _Sentences) -> tuple[frozenset[int], npt.NDArray[np.int64]]:
        """The band keys of the oversized buckets, and the candidate pairs of distinct
        sentences (2 x n), as ``find_candidates`` finds them."""
        owner = sentences.owners()
        oversized: set[int] = set()
        keys = [np.empty(0, np.int64)]
        for handle in self._bands if self._distinct else ():
            found, too_big = candidates_stage.band_candidates(
                np.fromfile(handle.name, np.uint64), owner
            )
            keys.append(found)
            oversized |= too_big
        pairs = np.unique(np.concatenate(keys))
        return frozenset(oversized), np.stack(np.divmod(pairs, max(self._distinct, 1)))

    def _verified(self, pairs: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        """The candidate pairs rapidfuzz verifies (2 x n), their words read back."""
        involved = np.unique(pairs)
        words = self._words_of(involved)
        local = np.searchsorted(involved, pairs)
        kept, _ = verify(
            local.T,
            [Sentence(0, 0, 0, 0, 0, tokens) for tokens in words],
            self.settings.verify_threshold,
            self.settings.verify_containment,
        )
        found = np.asarray([(m.a, m.b) for m in kept], np.int64).reshape(-1, 2).T
        return involved[found]

    def _words_of(self, numbers: npt.NDArray[np.int64]) -> list[tuple[str, ...]]:
        found = []
        offsets = np.concatenate([np.empty(0, np.int64), *self._word_offsets])
        with (self.work / "words.txt").open("rb") as handle:
            for number in numbers.tolist():
                handle.seek(int(offsets[number]))
                line = handle.readline().decode("utf-8").rstrip("\n")
                found.append(tuple(line.split("\x1f")))
        return found

    def _boilerplate(
        self, sentences: _Sentences, verified: npt.NDArray[np.int64], counts: CorpusCounts
    ) -> tuple[npt.NDArray[np.bool_], int, npt.NDArray[np.bool_]]:
        """Per distinct sentence: whether the analysis will find it boilerplate (none when
        boilerplate is kept as clusters: each must then be analysed whole); how many
        boilerplate components there are; and per distinct sentence whether it is boilerplate
        even when kept as clusters (passages never cross it). Its components are
        those of identical and verified sentences; only those that could be boilerplate (in
        enough documents, or with a pattern-marked member) are put to the rules."""
        boiler = np.zeros(self._distinct, np.bool_)
        settings = self.settings
        if not settings.suppress_boilerplate or not self._distinct:
            return boiler, 0, boiler
        label = union_labels(self._distinct, verified)
        spread = sentences.first_docs != sentences.last_docs()
        active = spread.copy()
        active[verified.ravel()] = True
        member = active[sentences.numbers]
        comp, docs = label[sentences.numbers[member]], sentences.docs[member]
        flagged = sentences.flags[member]
        in_docs = np.unique(comp * len(self._doc_ids) + docs) // len(self._doc_ids)
        doc_counts = np.bincount(in_docs, minlength=self._distinct)
        could = could_be_learned(
            doc_counts, settings.boilerplate_outlet_docs, settings.boilerplate_corpus_share, counts
        )
        at_ends = sentences.ends[member]
        could[comp[flagged]] = True
        could[comp[at_ends != End.NONE]] = True  # an outlet's plea needs only two documents
        chosen = np.flatnonzero(could[comp])
        order = chosen[np.argsort(comp[chosen], kind="stable")]
        names, starts = np.unique(comp[order], return_index=True)
        groups = np.split(np.arange(len(order)), starts[1:]) if len(order) else []
        found = boilerplate_components(
            [group.tolist() for group in groups],
            [Member(int(d)) for d in docs[order]],
            [Outlet(outlet) for outlet in self._outlets],
            flagged[order].tolist(),
            settings.boilerplate_outlet_docs,
            settings.boilerplate_corpus_share,
            counts,
            at_ends[order].tolist(),
            np.bincount(sentences.docs[~sentences.flags], minlength=len(self._doc_ids)).tolist(),
            self._pages,
        )
        boiler_label = np.zeros(self._distinct, np.bool_)
        boiler_label[names[sorted(found)]] = True
        learned = np.zeros(self._distinct, np.bool_)
        learned[active] = boiler_label[label[active]]
        if settings.keep_boilerplate:  # reported as clusters: their documents stay together
            return boiler, len(found), learned
        return learned, len(found), learned

    def _boilerplate_keys(self, boiler: npt.NDArray[np.bool_]) -> frozenset[bytes]:
        by_number = np.empty(self._distinct, "V16")
        by_number[self._numbers] = self._keys
        return frozenset(key.tobytes() for key in by_number[boiler])

    def _fragment_links(
        self, sentences: _Sentences, boiler: npt.NDArray[np.bool_]
    ) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.int32]]:
        """The shingles too common to search quotes by, and links from each quote
        paragraph's document to those of the sentences the fragment search would try it on
        (boilerplate sentences aside: hits in them are never kept)."""
        lengths = np.concatenate([np.empty(0, np.int64), *self._fragment_lengths])
        hashes = (
            np.concatenate([np.empty(0, np.uint32), *self._fragment_hashes]),
            np.concatenate([np.zeros(1, np.int64), np.cumsum(lengths)]),
        )
        fragment_docs = np.concatenate([np.empty(0, np.int32), *self._fragment_docs])
        common = fragment_stage.common_shingles(hashes)
        links = [np.empty((2, 0), np.int32)]
        if len(fragment_docs):
            postings = fragment_stage.postings(hashes, common)
            with (self.work / "shingles.u32").open("rb") as handle:
                for batch in self._batches:
                    handle.seek(batch.byte_offset)
                    block = np.fromfile(handle, np.uint32, count=int(batch.offsets[-1]))
                    keys = postings.join(block, batch.offsets, batch.first)
                    sentence, fragment = np.divmod(keys, len(fragment_docs))
                    found = np.stack([sentences.first_docs[sentence], fragment_docs[fragment]])
                    links.append(_kept_links(found, boiler[sentence]))
        return common, np.concatenate(links, axis=1)


@dataclass(frozen=True)
class _Sentences:
    """Every matchable sentence of the corpus, in reading order: its distinct sentence's
    number, its document, whether it lies in a pattern-marked paragraph and where it lies as a
    plea."""

    numbers: npt.NDArray[np.int32]
    docs: npt.NDArray[np.int32]
    flags: npt.NDArray[np.bool_]
    ends: npt.NDArray[np.int8]  # where it lies as a plea (``End``)
    distinct: int

    @cached_property
    def first_docs(self) -> npt.NDArray[np.int32]:
        """Per distinct sentence: the first document it is read in."""
        found = np.zeros(self.distinct, np.int32)
        found[self.numbers[::-1]] = self.docs[::-1]  # the last write, the first sentence, wins
        return found

    def last_docs(self) -> npt.NDArray[np.int32]:
        found = np.zeros(self.distinct, np.int32)
        found[self.numbers] = self.docs
        return found

    def owners(self) -> npt.NDArray[np.int64]:
        """Per distinct sentence, as ``identical.group_owners`` gives: its document when it is
        in one, else a value of its own."""
        lowest = np.full(self.distinct, np.iinfo(np.int32).max, np.int32)
        np.minimum.at(lowest, self.numbers, self.docs)
        highest = np.full(self.distinct, -1, np.int32)
        np.maximum.at(highest, self.numbers, self.docs)
        mine = -1 - np.arange(self.distinct, dtype=np.int64)
        return np.where(lowest == highest, lowest.astype(np.int64), mine)

    def identity_links(self, boiler: npt.NDArray[np.bool_]) -> npt.NDArray[np.int32]:
        """Each sentence's document to the first one of its words, boilerplate aside."""
        found = np.stack([self.docs, self.first_docs[self.numbers]])
        return _kept_links(found, boiler[self.numbers])


def _kept_links(
    links: npt.NDArray[np.integer[Any]], dropped: npt.NDArray[np.bool_]
) -> npt.NDArray[np.int32]:
    """The links (2 x n) not ``dropped`` that join two different documents."""
    kept = ~dropped & (links[0] != links[1])
    return links[:, kept].astype(np.int32)


def _ranks(sizes: npt.NDArray[np.intp]) -> npt.NDArray[np.intp]:
    """0, 1, ..., size - 1 for each size in turn."""
    return np.arange(int(sizes.sum())) - np.repeat(np.cumsum(sizes) - sizes, sizes)


def _components(n_docs: int, links: Sequence[npt.NDArray[np.int32]]) -> list[list[int]]:
    """The documents (by reading order) of each connected part, parts by first document."""
    if not n_docs:
        return []
    labels = union_labels(n_docs, np.concatenate([np.empty((2, 0), np.int32), *links], axis=1))
    order = np.argsort(labels, kind="stable")
    bounds = np.flatnonzero(np.diff(labels[order])) + 1
    parts = [part.tolist() for part in np.split(order, bounds)]
    return sorted(parts, key=lambda part: part[0])


def _pack(parts: Sequence[list[int]], size: int) -> Iterator[tuple[int, ...]]:
    """Whole parts in batches of at most ``size`` documents (a bigger part alone)."""
    batch: list[int] = []
    for part in parts:
        if batch and len(batch) + len(part) > size:
            yield tuple(batch)
            batch = []
        batch.extend(part)
    if batch:
        yield tuple(batch)
