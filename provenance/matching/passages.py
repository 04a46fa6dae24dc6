"""Passages stage: each pair of documents that share text, aligned word by word into maximal
passages that cross sentence boundaries and may start or end inside a sentence.

Sentence matching sees a readout of five sentences as five matches, and misses what does not
survive as most of a sentence: a clause lifted into a sentence of other words, two sentences
merged into one or one split in two, a quote cut with "…". Passages are found on the words of
whole documents, seeded and extended (the way passim and Smith-Waterman work, without a score
matrix):

- **Seeds.** Every run of ``NGRAM`` words two documents share exactly is a seed: the word
  n-grams of every document are hashed (xxh3 of each word, combined; no MinHash, so no seed
  of a hash can change what is found) and joined on their hashes, as a sorted array. An n-gram
  printed more than ``MAX_NGRAM_COUNT`` times in the corpus links nothing (a stock phrase, or a
  wire sentence the sentence matches already link). Words in boilerplate are never seeds.
  Seeds on one diagonal with consecutive positions are one run of shared words. Each verified
  sentence match is a seed too, over the words it aligns: that is how a sentence edited too
  heavily to share ``NGRAM`` words in a row still joins its passage.
- **Passages.** The seeds of a pair of documents, in order, are chained while each follows the
  last within ``MAX_GAP`` words in both documents, and the two gaps differ by at most that
  many words (a repeated sentence is not its own continuation): the gaps are the edits. A
  chain anchored by a run of at least ``MIN_WORDS`` words shared exactly, or by a verified
  sentence match, is a passage (scattered stock phrases are not); it runs from its first
  shared word to its last in each document.
- **Identical documents** (the same words, however short) share one passage covering both.

Positions here are word positions in a ``TokenStream``: every word of every sentence of the
documents, document after document, sentence after sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain
from typing import NamedTuple

import numpy as np
import numpy.typing as npt
import xxhash

from provenance.model import Match, Sentence
from provenance.text.normalise import word_span

NGRAM = 5  # words in a seed
MIN_WORDS = 8  # words shared in a row that anchor a passage without a sentence match
MAX_GAP = 12  # words either document may add or drop between two seeds of one passage
MAX_NGRAM_COUNT = 100  # an n-gram printed more often than this in the corpus seeds nothing

_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)
_MIX = np.uint64(0xBF58476D1CE4E5B9)


@dataclass(frozen=True)
class TokenStream:
    """The words of a run's documents as one array of 64-bit word hashes, with where each
    document and each sentence starts in it."""

    hashes: npt.NDArray[np.uint64]
    doc_starts: npt.NDArray[np.int64]  # per document, then the end: len(documents) + 1
    sentence_starts: npt.NDArray[np.int64]  # per sentence (in the run's order), then the end
    masked: npt.NDArray[np.bool_]  # per word: in boilerplate, never a seed

    @classmethod
    def of(
        cls, sentences: Sequence[Sentence], n_docs: int, masked: Sequence[bool] | None = None
    ) -> TokenStream:
        """``sentences``: every sentence of the run, document by document in order, each
        document's in position order; ``masked``: per sentence, whether its words are
        boilerplate."""
        lengths = np.fromiter((len(s.tokens) for s in sentences), np.int64, len(sentences))
        sentence_starts = np.concatenate(([0], np.cumsum(lengths)))
        words = list(chain.from_iterable(s.tokens for s in sentences))
        vocabulary = {word: xxhash.xxh3_64_intdigest(word.encode()) for word in set(words)}
        hashes = np.fromiter(map(vocabulary.__getitem__, words), np.uint64, len(words))
        docs = np.fromiter((s.doc for s in sentences), np.int64, len(sentences))
        first = np.searchsorted(docs, np.arange(n_docs + 1), side="left")
        doc_starts = sentence_starts[first]
        flags = np.zeros(len(sentences), np.bool_)
        if masked is not None and len(masked):
            flags = np.asarray(masked, np.bool_)
        return cls(hashes, doc_starts, sentence_starts, np.repeat(flags, lengths))

    def doc_of(self, positions: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        found: npt.NDArray[np.int64] = np.searchsorted(self.doc_starts, positions, "right") - 1
        return found

    def ngrams(self, n: int = NGRAM) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.uint64]]:
        """The start and hash of every n-gram inside one document and outside boilerplate."""
        count = len(self.hashes) - n + 1
        if count <= 0:
            return np.empty(0, np.int64), np.empty(0, np.uint64)
        found = np.zeros(count, np.uint64)
        with np.errstate(over="ignore"):
            for k in range(n):
                found = found * _MULTIPLIER + self.hashes[k : k + count]
            found ^= found >> np.uint64(31)
            found *= _MIX
            found ^= found >> np.uint64(29)
        starts = np.arange(count, dtype=np.int64)
        blocked = np.concatenate(([0], np.cumsum(self.masked, dtype=np.int64)))
        valid = (self.doc_of(starts) == self.doc_of(starts + n - 1)) & (
            blocked[starts + n] == blocked[starts]
        )
        return starts[valid], found[valid]


def common_ngrams(hashes: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """The n-gram hashes printed more than ``MAX_NGRAM_COUNT`` times, sorted."""
    if not len(hashes):
        return np.empty(0, np.uint64)
    values, counts = np.unique(hashes, return_counts=True)
    found: npt.NDArray[np.uint64] = values[counts > MAX_NGRAM_COUNT]
    return found


class Runs(NamedTuple):
    """Runs of shared words between two documents (stream positions; ``a`` in the document
    that comes first), and whether each is a verified sentence match."""

    a_start: npt.NDArray[np.int64]
    a_end: npt.NDArray[np.int64]
    b_start: npt.NDArray[np.int64]
    b_end: npt.NDArray[np.int64]
    sentence: npt.NDArray[np.bool_]

    @classmethod
    def empty(cls) -> Runs:
        none = np.empty(0, np.int64)
        return cls(none, none, none, none, np.empty(0, np.bool_))

    @classmethod
    def join(cls, parts: Sequence[Runs]) -> Runs:
        return cls(*(np.concatenate([getattr(p, f) for p in parts]) for f in cls._fields))


def shared_runs(
    stream: TokenStream, common: npt.NDArray[np.uint64] | None = None, n: int = NGRAM
) -> Runs:
    """The maximal runs of at least ``n`` words two documents share exactly, from the n-grams
    not in ``common`` (worked out from the stream when not given: a part of a corpus is told
    the whole corpus's)."""
    starts, hashes = stream.ngrams(n)
    if common is None:
        common = common_ngrams(hashes)
    if len(common):
        place = np.minimum(np.searchsorted(common, hashes), len(common) - 1)
        rare = common[place] != hashes
        starts, hashes = starts[rare], hashes[rare]
    order = np.argsort(hashes, kind="stable")  # by hash, then position: documents in order
    hashes, starts = hashes[order], starts[order]
    group_start = np.flatnonzero(np.concatenate(([True], hashes[1:] != hashes[:-1])))
    group_end = np.repeat(
        np.append(group_start[1:], len(hashes)), np.diff(group_start, append=len(hashes))
    )
    partners = group_end - np.arange(len(hashes)) - 1  # later members of its group
    left = np.repeat(np.arange(len(hashes)), partners)
    right = left + 1 + _ranks(partners)
    a, b = starts[left], starts[right]
    cross = stream.doc_of(a) != stream.doc_of(b)
    a, b = a[cross], b[cross]
    if not len(a):
        return Runs.empty()
    diagonal = b - a
    order = np.lexsort((a, diagonal))
    a, diagonal = a[order], diagonal[order]
    first = np.concatenate(([True], (diagonal[1:] != diagonal[:-1]) | (a[1:] != a[:-1] + 1)))
    heads = np.flatnonzero(first)
    tails = np.append(heads[1:], len(a)) - 1
    a_start, a_end = a[heads], a[tails] + n
    shift = diagonal[heads]
    return Runs(a_start, a_end, a_start + shift, a_end + shift, np.zeros(len(heads), np.bool_))


def match_runs(
    stream: TokenStream, matches: Sequence[Match], first_token: npt.NDArray[np.int64]
) -> Runs:
    """The words each verified sentence match aligns, as runs (``first_token``: per sentence
    the matches index, its first word's stream position)."""
    if not matches:
        return Runs.empty()
    flat = chain.from_iterable((m.a, m.b, *m.a_words, *m.b_words) for m in matches)
    found = np.fromiter(flat, np.int64, 6 * len(matches)).reshape(-1, 6)
    a_start = first_token[found[:, 0]] + found[:, 2]
    a_end = first_token[found[:, 0]] + found[:, 3]
    b_start = first_token[found[:, 1]] + found[:, 4]
    b_end = first_token[found[:, 1]] + found[:, 5]
    swap = a_start > b_start
    a_start, b_start = np.where(swap, b_start, a_start), np.where(swap, a_start, b_start)
    a_end, b_end = np.where(swap, b_end, a_end), np.where(swap, a_end, b_end)
    return Runs(a_start, a_end, b_start, b_end, np.ones(len(a_start), np.bool_))


def identical_runs(stream: TokenStream) -> Runs:
    """A run over the whole of each pair of documents with the same words (each to the first
    of them: the documents after it are linked through it)."""
    starts, ends = stream.doc_starts[:-1], stream.doc_starts[1:]
    keys: dict[bytes, int] = {}
    pairs = []
    for doc, (start, end) in enumerate(zip(starts.tolist(), ends.tolist(), strict=True)):
        if end == start or stream.masked[start:end].any():
            continue
        key = stream.hashes[start:end].tobytes()
        first = keys.setdefault(key, doc)
        if first != doc:
            pairs.append((starts[first], ends[first], start, end))
    if not pairs:
        return Runs.empty()
    found = np.asarray(pairs, np.int64)
    return Runs(found[:, 0], found[:, 1], found[:, 2], found[:, 3], np.ones(len(pairs), np.bool_))


class Passage(NamedTuple):
    """Words two documents share, with the edits between them: stream positions, ``a`` in the
    document that comes first (``a_end`` and ``b_end`` exclusive)."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    shared: int  # words in the runs that make it


def passages(stream: TokenStream, runs: Runs) -> list[Passage]:
    """The runs of each pair of documents chained into passages (see the module's text)."""
    if not len(runs.a_start):
        return []
    pair = stream.doc_of(runs.a_start) * (len(stream.doc_starts)) + stream.doc_of(runs.b_start)
    order = np.lexsort((runs.b_start, runs.a_start, pair))
    columns = [
        c[order].tolist()
        for c in (pair, runs.a_start, runs.a_end, runs.b_start, runs.b_end, runs.sentence)
    ]
    found: list[Passage] = []
    open_: list[list[int]] = []  # a_start, a_end, b_start, b_end, shared, sentence, last b
    current = -1
    for key, a0, a1, b0, b1, sentence in zip(*columns, strict=True):
        if key != current:
            found.extend(_closed(open_))
            open_, current = [], key
        if len(open_) > 1:  # chains the rest can no longer reach are done
            found.extend(_closed([c for c in open_ if a0 > c[1] + MAX_GAP]))
            open_ = [c for c in open_ if a0 <= c[1] + MAX_GAP]
        chosen = None
        for chain_ in open_:
            if (
                a0 <= chain_[1] + MAX_GAP
                and chain_[6] <= b0 <= chain_[3] + MAX_GAP
                and abs((b0 - chain_[3]) - (a0 - chain_[1])) <= MAX_GAP
            ):
                chosen = chain_
                break
        anchor = int(sentence) or int(a1 - a0 >= MIN_WORDS)
        if chosen is None:
            open_.append([a0, a1, b0, b1, a1 - a0, anchor, b0])
            continue
        chosen[4] += max(0, a1 - max(a0, chosen[1]))
        chosen[1] = max(chosen[1], a1)
        chosen[3] = max(chosen[3], b1)
        chosen[5] |= anchor
        chosen[6] = b0
    found.extend(_closed(open_))
    return sorted(found)


def _closed(chains: Sequence[list[int]]) -> list[Passage]:
    return [
        Passage(a0, a1, b0, b1, shared)
        for a0, a1, b0, b1, shared, anchored, _ in chains
        if anchored
    ]


def _ranks(sizes: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """0, 1, ..., size - 1 for each size in turn."""
    found: npt.NDArray[np.int64] = np.arange(int(sizes.sum()), dtype=np.int64) - np.repeat(
        np.cumsum(sizes) - sizes, sizes
    )
    return found


def sentence_parts(stream: TokenStream, start: int, end: int) -> list[tuple[int, int, int]]:
    """(sentence, first word, stop word) of each sentence the stream positions
    ``[start, end)`` reach, words counted in the sentence."""
    starts = stream.sentence_starts
    first = int(np.searchsorted(starts, start, "right")) - 1
    last = int(np.searchsorted(starts, end - 1, "right")) - 1
    found = []
    for k in range(first, last + 1):
        low, high = int(starts[k]), int(starts[k + 1])
        if high > low:
            found.append((k, max(start, low) - low, min(end, high) - low))
    return found


def char_span(
    stream: TokenStream,
    sentences: Sequence[Sentence],
    text: str,
    start: int,
    end: int,
) -> tuple[int, int]:
    """The characters from the first word of stream positions ``[start, end)`` to the last,
    with the punctuation written against them (an opening quote, a full stop)."""
    ((k0, w0, _),) = sentence_parts(stream, start, start + 1)
    ((k1, _, w1),) = sentence_parts(stream, end - 1, end)
    first, last = sentences[k0], sentences[k1]
    begin, _ = word_span(text, first.start, first.end, w0, w0 + 1, len(first.tokens))
    _, stop = word_span(text, last.start, last.end, w1 - 1, w1, len(last.tokens))
    while begin > first.start and _attached(text[begin - 1]):
        begin -= 1
    while stop < last.end and _attached(text[stop]):
        stop += 1
    return begin, stop


def _attached(char: str) -> bool:
    """Punctuation written against a word, such as quote marks and full stops."""
    return not char.isspace() and not char.isalnum()
