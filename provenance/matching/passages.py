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
  chain anchored by a run of at least ``MIN_WORDS`` words shared exactly inside quotation
  marks (most of the quotation, ``QUOTED_CLAUSE_SHARE``, or of its piece between the ellipses
  that cut it: ``quotes.pieces``), or by a verified sentence match, is a passage (scattered
  stock phrases are not);
  outside quotation marks the run must be ``ANCHOR_WORDS`` long (shorter ones are often stock
  phrases) or the same whole sentence in both. It runs from its first shared word to its last
  in each document.
- **Identical documents** (the same words, however short) share one passage covering both.

Positions here are word positions in a ``TokenStream``: every word of every sentence of the
documents, document after document, sentence after sentence.
"""

from __future__ import annotations

import dataclasses
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import chain
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt
import xxhash

from provenance.matching.sketch import numba_module
from provenance.matching.sorting import sort_keys, unique_keys
from provenance.matching.verify import aligned_runs
from provenance.model import Sentence
from provenance.text.normalise import (
    closes_on_word,
    first_word_char,
    is_attached,
    last_word_end,
    opens_on_word,
    word_spans,
)
from provenance.text.quotes import QuoteMap

NGRAM = 5  # words in a seed
MIN_WORDS = 8  # words shared in a row that anchor a passage in a quotation
# ... and outside one: shorter runs of unquoted words are often stock phrases ("in a series of
# setbacks for the area"), as for quote fragments found unquoted (steps.UNQUOTED_FRAGMENT_FACTOR)
ANCHOR_WORDS = 12
# A run of MIN_WORDS to ANCHOR_WORDS - 1 words anchors when it is at least this share of the
# quotation it lies in: a clause quoted from the other document, not a phrase of a longer quote
# (a project's name, a stock ending) that other stories print too.
QUOTED_CLAUSE_SHARE = 0.8
MAX_GAP = 12  # words either document may add or drop between two seeds of one passage
MAX_NGRAM_COUNT = 100  # an n-gram printed more often than this in the corpus seeds nothing
# An n-gram's hash keeps 36 bits, so that it and a position (up to 2**28 words) sort as one
# 64-bit key; two n-grams of a million-sentence corpus share a hash by chance a few thousand
# times, which only proposes a pair of sentences to verify or a five-word seed no anchor holds.
HASH_BITS = 36
VALUE_BITS = 64 - HASH_BITS

COMPILED_MIN_NGRAMS = 100_000  # shared n-grams worth compiling the runs kernel for
COMPILED_MIN_WORDS = 1_000_000  # words worth compiling the n-gram kernel for
COMPILED_MIN_RUNS = 20_000  # runs worth compiling the chaining kernel for
_FEW = 64  # positions looked up by bisection rather than with a per-word map
_DOC_BREAK = 2  # a document's first word in the running count of ``TokenStream.ngrams``
_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)
_MIX = np.uint64(0xBF58476D1CE4E5B9)
MEMO_WORDS = 1 << 18  # distinct words whose hash is kept (``_WordHashes``)


class _WordHashes(dict[str, int]):
    """Each word's xxh3-64, worked out once (a corpus repeats its words endlessly: a plain
    dictionary looked up from C is several times cheaper than hashing again); emptied when it
    reaches ``MEMO_WORDS`` words."""

    def __missing__(self, word: str) -> int:
        if len(self) >= MEMO_WORDS:
            self.clear()
        found = self[word] = xxhash.xxh3_64_intdigest(word.encode())
        return found


_WORD_HASHES = _WordHashes()


def word_hashes(sentences: Sequence[Sentence]) -> npt.NDArray[np.uint64]:
    """The xxh3-64 of every word of ``sentences``, in order: a ``TokenStream``'s words. The
    reading workers work out each document's, so that the main process does not hash 19
    million words one by one after them."""
    return token_hashes([s.tokens for s in sentences])


def token_hashes(token_lists: Sequence[Sequence[str]]) -> npt.NDArray[np.uint64]:
    """The xxh3-64 of every word of every list, in order."""
    count = sum(map(len, token_lists))
    words = chain.from_iterable(token_lists)
    return np.fromiter(map(_WORD_HASHES.__getitem__, words), np.uint64, count)


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
        cls,
        sentences: Sequence[Sentence],
        n_docs: int,
        masked: Sequence[bool] | None = None,
        hashes: npt.NDArray[np.uint64] | None = None,
    ) -> TokenStream:
        """``sentences``: every sentence of the run, document by document in order, each
        document's in position order; ``masked``: per sentence, whether its words are
        boilerplate; ``hashes``: their ``word_hashes`` when already worked out."""
        lengths = np.fromiter((len(s.tokens) for s in sentences), np.int64, len(sentences))
        sentence_starts = np.concatenate(([0], np.cumsum(lengths)))
        if hashes is None:
            hashes = word_hashes(sentences)
        elif len(hashes) != sentence_starts[-1]:
            raise ValueError(
                f"{len(hashes)} word hashes for {sentence_starts[-1]} words: pass the "
                "word_hashes of these sentences"
            )
        docs = np.fromiter((s.doc for s in sentences), np.int64, len(sentences))
        first = np.searchsorted(docs, np.arange(n_docs + 1), side="left")
        doc_starts = sentence_starts[first]
        flags = np.zeros(len(sentences), np.bool_)
        if masked is not None and len(masked):
            flags = np.asarray(masked, np.bool_)
        return cls(hashes, doc_starts, sentence_starts, np.repeat(flags, lengths))

    def masking(self, masked: Sequence[bool]) -> TokenStream:
        """The same words with other sentences masked (per sentence)."""
        lengths = np.diff(self.sentence_starts)
        found = dataclasses.replace(self, masked=np.repeat(np.asarray(masked, np.bool_), lengths))
        for name in ("sentence_docs", "token_sentences"):  # the same words: worked out once
            if name in self.__dict__:
                found.__dict__[name] = self.__dict__[name]
        return found

    @cached_property
    def token_sentences(self) -> npt.NDArray[np.int64]:
        """Per word, its sentence."""
        found: npt.NDArray[np.int64] = np.repeat(
            np.arange(len(self.sentence_starts) - 1, dtype=np.int64),
            np.diff(self.sentence_starts),
        )
        return found

    @cached_property
    def sentence_docs(self) -> npt.NDArray[np.int64]:
        """Per sentence, its document."""
        found: npt.NDArray[np.int64] = (
            np.searchsorted(self.doc_starts, self.sentence_starts[:-1], side="right") - 1
        ).astype(np.int64)
        return found

    def doc_of(self, positions: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        """The document of each word position (a few: found by bisection; many: through their
        sentences, without a map of every word to its document)."""
        if len(positions) < _FEW and "token_sentences" not in self.__dict__:
            found: npt.NDArray[np.int64] = (
                np.searchsorted(self.doc_starts, positions, side="right") - 1
            ).astype(np.int64)
            return found
        found = self.sentence_docs[self.token_sentences[positions]]
        return found

    def ngrams(
        self, n: int = NGRAM, compiled: bool | None = None
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.uint64]]:
        """The start and hash of every n-gram inside one document and outside boilerplate.
        ``compiled``: with numba's kernel (None: when numba is installed and there are enough
        words to repay compiling it), else with NumPy; the same n-grams either way."""
        count = len(self.hashes) - n + 1
        if count <= 0:
            return np.empty(0, np.int64), np.empty(0, np.uint64)
        if compiled is None:
            compiled = len(self.hashes) >= COMPILED_MIN_WORDS and numba_module() is not None
        if compiled:
            from provenance.matching import passages_numba

            starts = np.empty(count, np.int64)
            hashes = np.empty(count, np.uint64)
            found = passages_numba.ngrams(
                self.hashes,
                self.masked,
                self.doc_starts,
                n,
                _MULTIPLIER,
                _MIX,
                np.uint64(HASH_BITS),
                starts,
                hashes,
                np.uint64(VALUE_BITS),
                np.empty(0, np.uint64),
            )
            return starts[:found], hashes[:found]  # views: read once, then dropped
        found = self.hashes[:count].copy()
        with np.errstate(over="ignore"):  # in place: no temporary arrays of every word
            for k in range(1, n):
                found *= _MULTIPLIER
                found += self.hashes[k : k + count]
            found ^= found >> np.uint64(31)
            found *= _MIX
            found ^= found >> np.uint64(29)
        found >>= np.uint64(64 - HASH_BITS)
        # an n-gram is whole when no masked word and no document's first word (but its own
        # first) lies in it: one running count of both
        breaks = self.masked.astype(np.int32)
        firsts = self.doc_starts[1:-1]
        breaks[np.unique(firsts[firsts < len(breaks)])] += _DOC_BREAK  # empty documents too
        blocked = np.concatenate(([0], np.cumsum(breaks, dtype=np.int32)))
        # (the count within each n-gram, from slices: every start is one position on)
        within = blocked[n : n + count] - blocked[:count]
        first = breaks[:count] >= _DOC_BREAK  # an n-gram may start a document
        valid = within == np.where(first, _DOC_BREAK, 0)
        return np.flatnonzero(valid), found[valid]


def common_ngrams(hashes: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """The n-gram hashes printed more than ``MAX_NGRAM_COUNT`` times, sorted."""
    found, _, _ = _counted(sort_keys(hashes))
    return found


def _counted(
    hashes: npt.NDArray[np.uint64],
) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Of sorted ``hashes``: the common ones (printed more than ``MAX_NGRAM_COUNT`` times),
    where each distinct hash starts, and how often it is printed."""
    heads = np.flatnonzero(np.concatenate(([True], hashes[1:] != hashes[:-1])))[: len(hashes)]
    counts = np.diff(np.append(heads, len(hashes)))
    common: npt.NDArray[np.uint64] = hashes[heads][counts > MAX_NGRAM_COUNT]
    return common, heads, counts


def rare(hashes: npt.NDArray[np.uint64], common: npt.NDArray[np.uint64]) -> npt.NDArray[np.bool_]:
    """Which of ``hashes`` are not in the sorted ``common``."""
    if not len(common):
        return np.ones(len(hashes), np.bool_)
    place = np.minimum(np.searchsorted(common, hashes), len(common) - 1)
    found: npt.NDArray[np.bool_] = common[place] != hashes
    return found


@dataclass(frozen=True)
class SharedNgrams:
    """The n-grams of a stream that could join two places: printed at least twice, and not
    more than ``MAX_NGRAM_COUNT`` times; sorted by hash, then position (one sort serves the
    candidates and the passages)."""

    hashes: npt.NDArray[np.uint64]
    starts: npt.NDArray[np.int64]
    common: npt.NDArray[np.uint64]  # the n-grams printed too often, sorted

    @classmethod
    def of(
        cls,
        stream: TokenStream,
        common: npt.NDArray[np.uint64] | None = None,
        compiled: bool | None = None,
    ) -> SharedNgrams:
        """``common``: the whole corpus's, for a part of it (else counted here). ``compiled``:
        with numba's kernels, the n-grams written as sort keys at once and read back in one
        pass (None: when numba is installed, there are enough words to repay it and every
        position fits a key), else with NumPy; the same n-grams either way."""
        if compiled is None:
            compiled = (
                COMPILED_MIN_WORDS <= len(stream.hashes) < 1 << VALUE_BITS
                and numba_module() is not None
            )
        if compiled:
            return cls._compiled(stream, common)
        starts, hashes = stream.ngrams()
        hashes, starts = _sorted_by_hash(hashes, starts)
        counted, _, counts = _counted(hashes)
        if common is None:
            common = counted
        keep = np.repeat(counts >= 2, counts) & rare(hashes, common)
        return cls(hashes[keep], starts[keep], common)

    @classmethod
    def _compiled(cls, stream: TokenStream, common: npt.NDArray[np.uint64] | None) -> SharedNgrams:
        """``of`` without the arrays of every n-gram's start, hash and key apart (each a new
        array as long as the corpus has words; fresh memory costs time of its own)."""
        from provenance.matching import passages_numba

        bits = np.uint64(VALUE_BITS)
        keys = np.empty(max(len(stream.hashes) - NGRAM + 1, 0), np.uint64)
        if len(keys):
            none = np.empty(0, np.int64)
            found = passages_numba.ngrams(
                stream.hashes, stream.masked, stream.doc_starts, NGRAM, _MULTIPLIER, _MIX,
                np.uint64(HASH_BITS), none, none.view(np.uint64), bits, keys,
            )  # fmt: skip
            keys = sort_keys(keys[:found], in_place=True)
        if common is None:
            common = passages_numba.common_hashes(keys, bits, MAX_NGRAM_COUNT)
        empty = np.empty(0, np.int64)
        count = passages_numba.shared(keys, bits, common, empty.view(np.uint64), empty)
        hashes, starts = np.empty(count, np.uint64), np.empty(count, np.int64)
        passages_numba.shared(keys, bits, common, hashes, starts)
        return cls(hashes, starts, common)

    def without(self, stream: TokenStream) -> SharedNgrams:
        """Those still whole in ``stream`` (the same words with more of them masked), and
        still shared."""
        blocked = np.concatenate(([0], np.cumsum(stream.masked, dtype=np.int64)))
        whole = blocked[self.starts + NGRAM] == blocked[self.starts]
        hashes, starts = self.hashes[whole], self.starts[whole]
        shared = np.zeros(len(hashes), np.bool_)
        same = hashes[1:] == hashes[:-1]
        shared[1:] |= same
        shared[:-1] |= same
        return SharedNgrams(hashes[shared], starts[shared], self.common)


def ngram_candidates(
    shared: SharedNgrams,
    stream: TokenStream,
    groups: npt.NDArray[np.int64],
    owners: npt.NDArray[np.int64],
    compiled: bool | None = None,
) -> npt.NDArray[np.int64]:
    """Pairs (i, j), i < j, of sentence groups whose owners differ and that share a rare
    n-gram (an ``n x 2`` array, sorted): whatever the MinHash seed, two sentences with
    ``NGRAM`` words in a row in common are verified. ``groups``: per sentence of the stream,
    its group of identical matchable sentences, or -1; ``owners``: per group, its document
    when it lies in one, else a value of its own (``identical.group_owners``). An n-gram is
    counted in the sentence it starts in. ``compiled``: with numba's kernel, over the shared
    n-grams as sorted already (None: when numba is installed and there are enough of them
    to repay it), else with NumPy's sort of (hash, group); the same pairs either way."""
    hashes, starts = shared.hashes, shared.starts
    if compiled is None:
        compiled = len(hashes) >= COMPILED_MIN_NGRAMS and numba_module() is not None
    if not compiled:
        group = groups[stream.token_sentences[starts]]
        return pairs_sharing(hashes[group >= 0], group[group >= 0], owners)
    from provenance.matching import passages_numba

    # per place its group through a map of every word's group (4 bytes a word, for a
    # moment): one read at random per place, where the sentence then its group were two
    kind = np.int32 if len(owners) < np.iinfo(np.int32).max else np.int64
    word_groups = np.empty(len(stream.hashes), kind)
    passages_numba.word_groups(stream.sentence_starts, groups, word_groups)
    in_group = word_groups[starts]
    del word_groups
    a, b = passages_numba.written_pairs(
        passages_numba.group_pairs, (hashes, in_group, owners), len(hashes)
    )
    return distinct_pairs(np.stack([a, b], axis=1), len(owners))


def pairs_sharing(
    hashes: npt.NDArray[np.uint64], numbers: npt.NDArray[np.int64], owners: npt.NDArray[np.int64]
) -> npt.NDArray[np.int64]:
    """Pairs (i, j), i < j, of the ``numbers`` (sentences) holding a hash in common whose
    ``owners`` differ, as a sorted ``n x 2`` array."""
    if not len(hashes):
        return np.empty((0, 2), np.int64)
    hashes, numbers = _sorted_by_hash(hashes, numbers)
    distinct = np.concatenate(([True], (hashes[1:] != hashes[:-1]) | (numbers[1:] != numbers[:-1])))
    hashes, numbers = hashes[distinct], numbers[distinct]
    left, right = within_groups(hashes)
    a, b = numbers[left], numbers[right]  # a < b: sorted by number within a hash
    keep = owners[a] != owners[b]
    return distinct_pairs(np.stack([a[keep], b[keep]], axis=1), int(numbers.max()) + 1)


def distinct_pairs(pairs: npt.NDArray[np.int64], size: int) -> npt.NDArray[np.int64]:
    """The rows of an ``n x 2`` array of pairs of numbers below ``size``, each once, sorted:
    one 64-bit key per pair (several times faster than ``np.unique`` over rows)."""
    scale = np.int64(max(size, 1))
    keys = unique_keys(pairs[:, 0] * scale + pairs[:, 1])
    found: npt.NDArray[np.int64] = np.stack([keys // scale, keys % scale], axis=1)
    return found


def _sorted_by_hash(
    hashes: npt.NDArray[np.uint64], values: npt.NDArray[np.int64]
) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.int64]]:
    """Both sorted by hash, then value (values below ``2**VALUE_BITS``: one 64-bit key each,
    sorted as one, several times faster than a sort of pairs)."""
    if not len(values) or int(values.max()) < 1 << VALUE_BITS:
        keys = sort_keys((hashes << np.uint64(VALUE_BITS)) | values.astype(np.uint64))
        return keys >> np.uint64(VALUE_BITS), (keys & np.uint64((1 << VALUE_BITS) - 1)).astype(
            np.int64
        )
    order = np.lexsort((values, hashes))
    return hashes[order], values[order]


def within_groups(keys: npt.NDArray[Any]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Every pair of positions (i < j) of sorted ``keys`` holding the same key."""
    group_start = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
    group_end = np.repeat(
        np.append(group_start[1:], len(keys)), np.diff(group_start, append=len(keys))
    )
    partners = group_end - np.arange(len(keys)) - 1  # later members of its group
    left = np.repeat(np.arange(len(keys), dtype=np.int64), partners)
    return left, left + 1 + _ranks(partners)


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
        """The runs of all ``parts``, each once (identical sentences printed by several
        documents give the same match more than once), in order of ``a_start``, then
        ``b_start``, then the other columns: a run's number only names it (``passages`` takes
        runs in order of pair and position, then number, and the runs that start at the same
        places are in order of their ends either way)."""
        columns = [np.concatenate([getattr(p, f) for p in parts]) for f in cls._fields]
        if not len(columns[0]):
            return cls(*columns)
        # sorted, then each run kept once: no table of all of them, nor its copies (a
        # million-sentence corpus of reprints has millions)
        a_start, a_end, b_start, b_end, sentence = columns
        order = _position_order(a_start, b_start, (a_end, b_end, sentence))
        columns = [c[order] for c in columns]
        del order, a_start, a_end, b_start, b_end, sentence
        fresh = np.zeros(len(columns[0]), np.bool_)
        fresh[0] = True
        for c in columns:
            fresh[1:] |= c[1:] != c[:-1]
        return cls(*(c[fresh] for c in columns))


def _position_order(
    a_start: npt.NDArray[np.int64],
    b_start: npt.NDArray[np.int64],
    then: Sequence[npt.NDArray[Any]],
) -> npt.NDArray[np.int64]:
    """An order of runs by ``a_start``, then ``b_start``, then the columns ``then`` in turn
    (rows equal in all of them in any order). The two positions as one 64-bit key: a sort of
    it, and a lexsort of only the runs that start at the same places as another (a sentence
    match and the run of its words), several times quicker than a lexsort of every column
    (2.6 against 0.5 s for eight million rows: the stress corpus at 20,000 articles has that
    many runs)."""
    scale = int(b_start.max(initial=0)) + 1
    low = min(int(a_start.min(initial=0)), int(b_start.min(initial=0)))
    if low < 0 or (int(a_start.max(initial=0)) + 1) * scale >= 1 << 63:
        found: npt.NDArray[np.int64] = np.lexsort((*then[::-1], b_start, a_start))
        return found
    keys = a_start * scale + b_start
    found = np.argsort(keys)
    keys = keys[found]
    tied = np.zeros(len(keys), np.bool_)  # the runs of each tie, in place
    tied[1:] = keys[1:] == keys[:-1]
    tied[:-1] |= tied[1:]
    at = np.flatnonzero(tied)
    if len(at):
        rows = found[at]
        found[at] = rows[np.lexsort((*(c[rows] for c in then[::-1]), keys[at]))]
    return found


def shared_runs(stream: TokenStream, shared: SharedNgrams, compiled: bool | None = None) -> Runs:
    """The maximal runs of at least ``NGRAM`` words two documents share exactly, from their
    ``shared`` n-grams (sorted by hash, then position: documents in order; those over words
    ``stream`` masks since are left out). ``compiled``: with numba's kernel
    (``passages_numba``; None: when numba is installed and there is enough to repay compiling
    it), else with NumPy; the same runs either way."""
    if compiled is None:
        compiled = len(shared.hashes) >= COMPILED_MIN_NGRAMS and numba_module() is not None
    if compiled:
        from provenance.matching import passages_numba

        a_start, a_end, b_start = passages_numba.runs(
            shared.hashes, shared.starts, stream.doc_starts, stream.masked, NGRAM
        )
        b_end = b_start + (a_end - a_start)
        return Runs(a_start, a_end, b_start, b_end, np.zeros(len(a_start), np.bool_))
    shared = shared.without(stream)
    n = NGRAM
    left, right = within_groups(shared.hashes)
    a, b = shared.starts[left], shared.starts[right]
    cross = stream.doc_of(a) != stream.doc_of(b)
    a, b = a[cross], b[cross]
    if not len(a):
        return Runs.empty()
    size = len(stream.hashes) + 1
    # by diagonal (positive: a's document comes first), then position: one 64-bit key, sorted
    # and read back (a sort of the keys, not an argsort and a gather)
    keys = sort_keys((b - a) * size + a)
    del b
    diagonal, a = np.divmod(keys, size)
    del keys
    first = np.concatenate(([True], (diagonal[1:] != diagonal[:-1]) | (a[1:] != a[:-1] + 1)))
    heads = np.flatnonzero(first)
    tails = np.append(heads[1:], len(a)) - 1
    a_start, a_end = a[heads], a[tails] + n
    shift = diagonal[heads]
    return Runs(a_start, a_end, a_start + shift, a_end + shift, np.zeros(len(heads), np.bool_))


def match_runs(
    stream: TokenStream, table: npt.NDArray[np.int64], first_token: npt.NDArray[np.int64]
) -> Runs:
    """The words each verified sentence match aligns, as runs (``table``: the matches'
    ``clusters.match_table``; ``first_token``: per sentence the matches index, its first
    word's stream position)."""
    if not len(table):
        return Runs.empty()
    a_start = first_token[table[:, 0]] + table[:, 2]
    a_end = first_token[table[:, 0]] + table[:, 3]
    b_start = first_token[table[:, 1]] + table[:, 4]
    b_end = first_token[table[:, 1]] + table[:, 5]
    swap = a_start > b_start
    a_start, b_start = np.where(swap, b_start, a_start), np.where(swap, a_start, b_start)
    a_end, b_end = np.where(swap, b_end, a_end), np.where(swap, a_end, b_end)
    return Runs(a_start, a_end, b_start, b_end, np.ones(len(a_start), np.bool_))


def identical_runs(stream: TokenStream) -> Runs:
    """A run over the whole of each pair of documents with the same words (each to the first
    of them: the documents after it are linked through it), or, where boilerplate is masked
    in them, over each stretch of their words between it: a copy's "did not respond to a
    request for comment." is masked, and the short line after it ("Developing story.", too
    short to match) is still the other's. Only documents alike in length and in their first,
    middle and last words are compared word for word: most documents are like no other, and
    are not copied out to be keyed (150 MB on the README corpus)."""
    starts, ends = stream.doc_starts[:-1], stream.doc_starts[1:]
    docs = np.flatnonzero(ends > starts)  # documents with words
    # the documents with masked words (found at once, through the few masked words: most
    # documents have none)
    owners = np.searchsorted(stream.doc_starts, np.flatnonzero(stream.masked), side="right") - 1
    holding = np.zeros(len(starts), np.bool_)
    holding[owners] = True
    begins, stops = starts[docs], ends[docs]
    looks = [
        stops - begins,
        *(stream.hashes[at] for at in (begins, (begins + stops) // 2, stops - 1)),
    ]
    order = np.lexsort(looks[::-1])
    same = np.ones(len(docs) - 1 if len(docs) else 0, np.bool_)
    for column in looks:
        same &= column[order][1:] == column[order][:-1]
    alike = np.zeros(len(docs), np.bool_)  # documents that look like another
    alike[order[1:][same]] = True
    alike[order[:-1][same]] = True
    keys: dict[bytes, int] = {}
    pairs = []
    begins_of, stops_of = starts.tolist(), ends.tolist()
    for doc in docs[alike].tolist():  # in order
        start, end = begins_of[doc], stops_of[doc]
        key = stream.hashes[start:end].tobytes()
        if holding[doc]:  # the same words, masked alike
            key += stream.masked[start:end].tobytes()
        first = keys.setdefault(key, doc)
        if first == doc:
            continue
        if not holding[doc]:
            pairs.append((begins_of[first], stops_of[first], start, end))
            continue
        # each stretch of words between masked ones: where a word is unmasked after a masked
        # one (or first), to where the next masked one is (or the end)
        kept = ~stream.masked[start:end]
        edges = np.flatnonzero(np.diff(np.concatenate(([False], kept, [False])).astype(np.int8)))
        base = begins_of[first]  # the first's words, stretch for stretch
        pairs.extend(
            (base + a, base + b, start + a, start + b)
            for a, b in zip(edges[0::2].tolist(), edges[1::2].tolist(), strict=True)
        )
    if not pairs:
        return Runs.empty()
    found = np.asarray(pairs, np.int64)
    return Runs(found[:, 0], found[:, 1], found[:, 2], found[:, 3], np.ones(len(pairs), np.bool_))


class Passages(NamedTuple):
    """Words two documents share, with the edits between them, a passage a row: stream
    positions, ``a`` in the document that comes first (``a_end`` and ``b_end`` exclusive), the
    words in the runs that make it (``shared``), and its runs of shared words as their numbers
    in the ``Runs`` it was chained from: passage ``k``'s are ``runs[offsets[k]:offsets[k + 1]]``
    (arrays, not a tuple per passage: a corpus has millions of runs)."""

    a_start: npt.NDArray[np.int64]
    a_end: npt.NDArray[np.int64]
    b_start: npt.NDArray[np.int64]
    b_end: npt.NDArray[np.int64]
    shared: npt.NDArray[np.int64]
    offsets: npt.NDArray[np.int64]  # one more than passages
    runs: npt.NDArray[np.int64]

    def rows(self) -> list[tuple[int, int, int, int, int, tuple[int, ...]]]:
        """The passages as tuples (a_start, a_end, b_start, b_end, shared, runs): for tests
        and the rare ties ``passages`` orders by their runs."""
        bounds = self.offsets.tolist()
        numbers = self.runs.tolist()
        columns = zip(*(c.tolist() for c in self[:5]), strict=True)
        return [
            (a0, a1, b0, b1, shared, tuple(numbers[bounds[k] : bounds[k + 1]]))
            for k, (a0, a1, b0, b1, shared) in enumerate(columns)
        ]


def passages(
    stream: TokenStream,
    runs: Runs,
    quoted: Callable[[int, int], bool] = lambda _, __: False,
    compiled: bool | None = None,
) -> Passages:
    """The runs of each pair of documents chained into passages (see the module's text), in
    order of their positions and shared words, then of their runs' (``Passages.runs``: numbers
    in ``runs``). ``quoted``: whether the words at stream positions ``[start, end)`` lie inside
    quotation marks. ``compiled``: chained by numba's kernel (None: when numba is installed and
    there are enough runs to repay it), else by the same function in Python.

    The chains do not depend on which runs anchor, so they are made first, in one pass
    (``chain_runs``); a chain is a passage when any of its runs anchors: a verified sentence
    match, a run holding the same whole sentence on both sides, a run of ``ANCHOR_WORDS``, all
    worked out for every run at once, and only then, for the chains none of those anchor, a
    run of ``MIN_WORDS`` inside quotation marks (``quoted`` is costly: asked run by run, until
    one anchors its chain)."""
    n = len(runs.a_start)
    if not n:
        none = np.empty(0, np.int64)
        return Passages(none, none, none, none, none, np.zeros(1, np.int64), none)
    pair = stream.doc_of(runs.a_start) * (len(stream.doc_starts)) + stream.doc_of(runs.b_start)
    order = _by_pair(pair, runs.a_start, runs.b_start)
    if compiled is None:
        compiled = n >= COMPILED_MIN_RUNS and numba_module() is not None
    chain: Callable[..., npt.NDArray[np.int64]] = chain_runs
    mark: Callable[..., None] = anchor_runs
    if compiled:
        from provenance.matching import chains_numba

        chain, mark = chains_numba.chain_runs, chains_numba.anchor_runs
    # runs that anchor whatever the quotes, and those that may, inside quotation marks
    starts = stream.sentence_starts
    long_before = np.concatenate(([0], np.cumsum(np.diff(starts) >= NGRAM)))
    anchoring, maybe = np.empty(n, np.bool_), np.empty(n, np.bool_)
    mark(
        runs.a_start, runs.a_end, runs.b_start, runs.sentence, starts, long_before,
        stream.token_sentences, ANCHOR_WORDS, MIN_WORDS, anchoring, maybe,
    )  # fmt: skip
    chain_of = np.empty(n, np.int64)
    found = chain(
        order, pair, runs.a_start, runs.a_end, runs.b_start, runs.b_end, anchoring, maybe,
        MAX_GAP, chain_of,
    )  # fmt: skip
    del pair, anchoring
    # the chains that are or may be passages, in the order they closed: their runs
    ids, flags = found[0], found[_FLAG]
    record = np.full(int(chain_of.max()) + 1, -1, np.int64)
    record[ids] = np.arange(len(ids), dtype=np.int64)
    held = np.flatnonzero(record[chain_of] >= 0)  # processing order
    held_in = record[chain_of[held]]
    del chain_of
    anchored = flags == _ANCHORED
    # a run inside quotation marks anchors a chain nothing else anchors: asked run by run
    asked = maybe[order[held]] & ~anchored[held_in]
    for c, r in zip(held_in[asked].tolist(), order[held[asked]].tolist(), strict=True):
        if not anchored[c]:
            a0, a1, b0 = int(runs.a_start[r]), int(runs.a_end[r]), int(runs.b_start[r])
            anchored[c] = quoted(a0, a1) or quoted(b0, b0 + a1 - a0)
    # the passages by positions and shared words (stable: in the order they closed)
    kept = np.flatnonzero(anchored)
    kept = kept[np.lexsort(found[1:6, kept][::-1])]
    # each passage's runs, in the order they joined it
    sizes = np.bincount(held_in, minlength=len(ids))
    by_record = order[held[np.argsort(held_in, kind="stable")]]
    firsts = np.cumsum(sizes) - sizes
    counts = sizes[kept]
    offsets = np.concatenate(([0], np.cumsum(counts)))
    numbers = by_record[np.repeat(firsts[kept] - offsets[:-1], counts) + np.arange(offsets[-1])]
    a_start, a_end, b_start, b_end, shared = found[1:6, kept]
    return _ties_by_runs(Passages(a_start, a_end, b_start, b_end, shared, offsets, numbers), runs)


def _by_pair(
    pair: npt.NDArray[np.int64], a_start: npt.NDArray[np.int64], b_start: npt.NDArray[np.int64]
) -> npt.NDArray[np.int64]:
    """The runs in order of pair, then ``a_start``, then ``b_start``, then number (``np.lexsort
    ((b_start, a_start, pair))``). Runs in order of ``a_start`` then ``b_start`` already (as
    ``Runs.join`` leaves them) need only be put in order of pair, keeping their order within
    each: one sort of a key per run, its pair and its number (a lexsort of three columns of
    eight million runs took 1.7 s)."""
    n = len(pair)
    ahead = a_start[1:] > a_start[:-1]
    in_order = bool(np.all(ahead | ((a_start[1:] == a_start[:-1]) & (b_start[1:] >= b_start[:-1]))))
    if not in_order or not n or int(pair.min()) < 0 or (int(pair.max()) + 1) * n >= 1 << 63:
        found: npt.NDArray[np.int64] = np.lexsort((b_start, a_start, pair))
        return found
    keys = sort_keys(pair * n + np.arange(n, dtype=np.int64))
    found = keys % n
    return found


_FLAG = 6  # a chain record's row telling whether it anchors (``chain_runs``)
_MAY_ANCHOR = 1  # one of its runs may anchor it, when quoted
_ANCHORED = 2  # it anchors


def chain_runs(
    order: npt.NDArray[np.int64],
    pair: npt.NDArray[np.int64],
    a_start: npt.NDArray[np.int64],
    a_end: npt.NDArray[np.int64],
    b_start: npt.NDArray[np.int64],
    b_end: npt.NDArray[np.int64],
    anchoring: npt.NDArray[np.bool_],
    maybe: npt.NDArray[np.bool_],
    gap: int,
    chain_of: npt.NDArray[np.int64],
) -> npt.NDArray[np.int64]:
    """The runs ``order[k]``, for k in turn (by pair of documents, then position), chained:
    each joins the first open chain of its pair it follows within ``gap`` words in both
    documents, with gaps that differ by at most ``gap`` words (a repeated sentence is not its
    own continuation), or starts a chain. ``chain_of[k]``: the chain of the run read k-th
    (numbered as they start). Returned: a record per chain that a run ``anchoring`` anchors or
    one that ``maybe`` anchors may, in the order they close (at the end of their pair, or when
    a run passes them while others are open), a column each: its number, a_start, a_end,
    b_start, b_end, shared words, and ``_ANCHORED`` or ``_MAY_ANCHOR``; the rest (most
    chains) are no passage and are not kept. Plain Python, so that it is one rule either way:
    ``chains_numba`` compiles it."""
    # open chains: number, a_start, a_end, b_start, b_end, shared, flag, last run's b_start
    open_ = np.empty((8, 16), np.int64)
    records = np.empty((7, 16), np.int64)
    n_chains = 0
    n_open = 0
    n_records = 0
    current = -1
    r = key = a0 = a1 = b0 = b1 = 0
    for k in range(len(order) + 1):
        done = k == len(order)
        if not done:
            r = order[k]
            key, a0, a1, b0, b1 = pair[r], a_start[r], a_end[r], b_start[r], b_end[r]
        # chains closed: all at a new pair; those the run can no longer reach while others
        # are open
        if done or key != current or n_open > 1:
            kept = 0
            for i in range(n_open):
                if done or key != current or a0 > open_[2, i] + gap:
                    if open_[6, i]:
                        if n_records == records.shape[1]:
                            grown = np.empty((7, 2 * n_records), np.int64)
                            grown[:, :n_records] = records
                            records = grown
                        records[:, n_records] = open_[:7, i]
                        n_records += 1
                else:
                    open_[:, kept] = open_[:, i]
                    kept += 1
            n_open = kept
        if done:
            break
        current = key
        flag = _ANCHORED if anchoring[r] else _MAY_ANCHOR if maybe[r] else 0
        chosen = -1
        for i in range(n_open):
            if (
                a0 <= open_[2, i] + gap
                and open_[7, i] <= b0
                and b0 <= open_[4, i] + gap
                and abs((b0 - open_[4, i]) - (a0 - open_[2, i])) <= gap
            ):
                chosen = i
                break
        if chosen < 0:
            if n_open == open_.shape[1]:
                grown = np.empty((8, 2 * n_open), np.int64)
                grown[:, :n_open] = open_
                open_ = grown
            chosen = n_open
            n_open += 1
            open_[0, chosen] = n_chains
            open_[1, chosen] = a0
            open_[2, chosen] = a1
            open_[3, chosen] = b0
            open_[4, chosen] = b1
            open_[5, chosen] = a1 - a0
            open_[6, chosen] = flag
            n_chains += 1
        else:
            open_[5, chosen] += max(0, a1 - max(a0, open_[2, chosen]))
            open_[2, chosen] = max(open_[2, chosen], a1)
            open_[4, chosen] = max(open_[4, chosen], b1)
            open_[6, chosen] = max(open_[6, chosen], flag)
        open_[7, chosen] = b0
        chain_of[k] = open_[0, chosen]
    return records[:, :n_records]


def _ties_by_runs(found: Passages, runs: Runs) -> Passages:
    """``found`` with passages that tie on positions and shared words (rare) ordered by their
    runs' positions, as tuples: the order of the passages as tuples of the runs themselves."""
    columns = np.stack(found[:5])
    same = (columns[:, 1:] == columns[:, :-1]).all(axis=0)
    if not same.any():
        return found
    rows = found.rows()
    k = 0
    while k < len(rows):
        j = k + 1
        while j < len(rows) and rows[j][:5] == rows[k][:5]:
            j += 1
        if j - k > 1:
            rows[k:j] = sorted(rows[k:j], key=lambda p: _run_tuples(p[5], runs))
        k = j
    sizes = np.fromiter((len(row[5]) for row in rows), np.int64, len(rows))
    a_start, a_end, b_start, b_end, shared = (
        np.fromiter((row[i] for row in rows), np.int64, len(rows)) for i in range(5)
    )
    numbers = np.fromiter(chain.from_iterable(row[5] for row in rows), np.int64, int(sizes.sum()))
    offsets = np.concatenate(([0], np.cumsum(sizes)))
    return Passages(a_start, a_end, b_start, b_end, shared, offsets, numbers)


def _run_tuples(numbers: Sequence[int], runs: Runs) -> list[tuple[int, int, int, int]]:
    return [
        (int(runs.a_start[r]), int(runs.a_end[r]), int(runs.b_start[r]), int(runs.b_end[r]))
        for r in numbers
    ]


def anchor_runs(
    a_start: npt.NDArray[np.int64],
    a_end: npt.NDArray[np.int64],
    b_start: npt.NDArray[np.int64],
    sentence: npt.NDArray[np.bool_],
    sentence_starts: npt.NDArray[np.int64],
    long_before: npt.NDArray[np.int64],
    token_sentences: npt.NDArray[np.int64],
    anchor_words: int,
    min_words: int,
    anchoring: npt.NDArray[np.bool_],
    maybe: npt.NDArray[np.bool_],
) -> None:
    """Per run, whether it anchors its chain whatever the quotes (``anchoring``): a verified
    sentence match, a run of ``anchor_words``, or one holding a whole sentence of ``NGRAM``
    words or more on both sides (its words on the b side are as many as on the a side); and
    whether it may, inside quotation marks (``maybe``: ``min_words`` or more, not anchoring).

    A span ``[begin, end)`` of stream positions holds sentence ``j`` when ``begin <=
    sentence_starts[j]`` and ``sentence_starts[j + 1] <= end``; ``long_before[j]``, how many
    of the sentences before ``j`` have ``NGRAM`` words, tells whether any of those it holds is
    long. The first sentence inside is the one holding the first word, or the next when that
    starts before the span; one past the last is the one holding the word after the span, or
    the end (``token_sentences``: per word, its sentence; an empty sentence a search would
    land on instead holds no long one). Plain Python, so that it is one rule either way:
    ``chains_numba`` compiles it (in NumPy, the two spans of eight million runs took a dozen
    passes over arrays as long as the runs, most of them gathers from the stream)."""
    total = len(token_sentences)
    n_sentences = len(sentence_starts) - 1
    for r in range(len(a_start)):
        length = a_end[r] - a_start[r]
        anchored = sentence[r] or length >= anchor_words
        side = 0
        while not anchored and side < 2:
            begin = a_start[r] if side == 0 else b_start[r]
            end = begin + length
            first = token_sentences[begin]
            if sentence_starts[first] < begin:
                first += 1
            stop = token_sentences[end] if end < total else n_sentences
            if long_before[max(stop, first)] <= long_before[first]:
                break  # this side holds no long sentence
            side += 1
            anchored = side == 2
        anchoring[r] = anchored
        maybe[r] = length >= min_words and not anchored


def _ranks(sizes: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """0, 1, ..., size - 1 for each size in turn."""
    found: npt.NDArray[np.int64] = np.arange(int(sizes.sum()), dtype=np.int64) - np.repeat(
        np.cumsum(sizes) - sizes, sizes
    )
    return found


class Segments(NamedTuple):
    """Stretches of runs of shared words that lie in one sentence on each side: the two
    sentences (stream numbers), the words aligned, and where they start in each sentence."""

    a: npt.NDArray[np.int64]
    b: npt.NDArray[np.int64]
    words: npt.NDArray[np.int64]
    a_first: npt.NDArray[np.int64]
    b_first: npt.NDArray[np.int64]


def segments(stream: TokenStream, passages: Passages, runs: Runs) -> Segments:
    """The passages' runs (numbers in ``runs``) of exactly shared words cut at every sentence
    end on either side (runs of a sentence match, whose lengths may differ, are left out:
    their own sentences are matched already)."""
    numbers = passages.runs
    exact = (runs.a_end - runs.a_start)[numbers] == (runs.b_end - runs.b_start)[numbers]
    numbers = numbers[exact]
    starts = stream.sentence_starts
    a, b, end = runs.a_start[numbers], runs.b_start[numbers], runs.a_end[numbers]
    found: list[tuple[npt.NDArray[np.int64], ...]] = []
    while len(a):  # one sentence boundary more each round
        sa = stream.token_sentences[a]
        sb = stream.token_sentences[b]
        words = np.minimum(np.minimum(starts[sa + 1] - a, starts[sb + 1] - b), end - a)
        found.append((sa, sb, words, a - starts[sa], b - starts[sb]))
        a, b = a + words, b + words
        going = a < end
        a, b, end = a[going], b[going], end[going]
    if not found:
        none = np.empty(0, np.int64)
        return Segments(none, none, none, none, none)
    return Segments(*(np.concatenate([f[k] for f in found]) for k in range(5)))


class EditedRuns(NamedTuple):
    """The runs of the passages whose runs of words shared exactly leave words of theirs out
    on either side (``edited_runs``): a passage's number, its runs' stream positions (``a`` in
    the document that comes first, as in ``Runs``), and whether each is a verified sentence
    match's (whose words may differ) rather than words shared exactly."""

    passage: npt.NDArray[np.int64]
    a_start: npt.NDArray[np.int64]
    a_end: npt.NDArray[np.int64]
    b_start: npt.NDArray[np.int64]
    b_end: npt.NDArray[np.int64]
    sentence: npt.NDArray[np.bool_]


def edited_runs(stream: TokenStream, passages: Passages, runs: Runs) -> EditedRuns:
    """The runs of each passage that its runs of words shared exactly do not cover from its
    first word to its last on both sides: one with edits, where a word either side prints is
    not the other's (each one's own lead-in between two quotes both print, a clause of its own
    in a matched sentence). Exactly shared: a run of shared n-grams, or a run of identical
    documents (one that runs past a sentence); a sentence match's run may hold words the other
    side does not print. Most passages are covered (a copy's sentences share every n-gram):
    only the others are kept, and the runs of all are not held for long."""
    numbers = passages.runs
    counts = np.diff(passages.offsets)
    owner = np.repeat(np.arange(len(counts), dtype=np.int64), counts)
    a0, a1 = runs.a_start[numbers], runs.a_end[numbers]
    b0, b1 = runs.b_start[numbers], runs.b_end[numbers]
    sentence = runs.sentence[numbers]
    if len(numbers):
        sentences = stream.token_sentences
        sentence &= sentences[a0] == sentences[a1 - 1]  # identical documents: exact
    covered = np.ones(len(counts), np.bool_)
    exact = np.flatnonzero(~sentence)
    scale = np.int64(len(stream.hashes) + 1)
    for first, stop, start, end in (
        (a0, a1, passages.a_start, passages.a_end),
        (b0, b1, passages.b_start, passages.b_end),
    ):
        covered &= _covers(owner[exact], first[exact], stop[exact], start, end, scale)
    kept = np.flatnonzero(~covered[owner])
    return EditedRuns(owner[kept], a0[kept], a1[kept], b0[kept], b1[kept], sentence[kept])


def _covers(
    owner: npt.NDArray[np.int64],
    first: npt.NDArray[np.int64],
    stop: npt.NDArray[np.int64],
    start: npt.NDArray[np.int64],
    end: npt.NDArray[np.int64],
    scale: np.int64,
) -> npt.NDArray[np.bool_]:
    """Per passage (``start``, ``end``: its words on one side), whether the ranges ``[first,
    stop)`` of its runs (``owner``: their passages) leave none of its words out."""
    found = np.zeros(len(start), np.bool_)
    if not len(owner):
        return found
    order = np.lexsort((first, owner))
    owner, low = owner[order], owner[order] * scale + first[order]
    reach = np.maximum.accumulate(owner * scale + stop[order])  # never past its passage's
    heads = np.flatnonzero(np.concatenate(([True], owner[1:] != owner[:-1])))
    lasts = np.append(heads[1:], len(owner)) - 1
    gap = np.zeros(len(owner), np.bool_)
    gap[1:] = (low[1:] > reach[:-1]) & (owner[1:] == owner[:-1])
    gaps = np.add.reduceat(gap, heads)
    held = owner[heads]
    found[held] = (
        (gaps == 0)
        & (low[heads] - held * scale <= start[held])
        & (reach[lasts] - held * scale >= end[held])
    )
    return found


def shared_words(
    stream: TokenStream,
    edges: WordEdges,
    edited: EditedRuns,
    sides: Sequence[tuple[tuple[int, int, int], tuple[int, int, int]]],
    quote_maps: Sequence[QuoteMap],
) -> npt.NDArray[np.int64]:
    """The words each side of an edited passage (``edited_runs``) shares with the other, where
    both of its ``sides`` (document, start, end in characters) reach a region of
    ``quote_maps`` (else it can be no quotation both print): rows of (passage, side: 0 for the
    document first in the stream, 1 for the other, start, end) in characters, in order of
    passage, side and start, apart from one another: from the first character of a run's first
    word to the last of its last (the marks and stops written against them are no words
    shared: a stock phrase of 38 characters before a quote both print, with its full stop and
    the quote's marks, would be 41).
    A run of words shared exactly is shared as it is; a sentence match's run, cut into the
    runs its alignment pairs (``verify.aligned_runs``). The words between them are edits:
    neither side shares its own lead-in between two quotes both print
    (``clustering.attribute`` tells quotations by the words shared). A passage not edited
    shares every word of its sides."""
    none = np.empty((0, 4), np.int64)
    passages = np.unique(edited.passage).tolist()
    chosen = np.asarray(
        [
            k
            for k in passages
            if quote_maps[sides[k][0][0]].overlaps(*sides[k][0][1:])
            and quote_maps[sides[k][1][0]].overlaps(*sides[k][1][1:])
        ],
        np.int64,
    )
    if not len(chosen):
        return none
    rows = np.flatnonzero(np.isin(edited.passage, chosen))
    exact = rows[~edited.sentence[rows]]
    columns = [edited.passage, edited.a_start, edited.a_end, edited.b_start, edited.b_end]
    pieces = [np.stack([c[exact] for c in columns], axis=1)]
    starts = stream.sentence_starts
    cut: list[tuple[int, int, int, int, int]] = []
    for k in rows[edited.sentence[rows]].tolist():
        owner, first_a, stop_a, first_b, stop_b = (int(c[k]) for c in columns)
        sa, sb = int(stream.token_sentences[first_a]), int(stream.token_sentences[first_b])
        base_a, base_b = int(starts[sa]), int(starts[sb])
        inside = [
            (owner, base_a + x0, base_a + x1, base_b + y0, base_b + y1)
            for x0, x1, y0, y1 in aligned_runs(edges.tokens(sa), edges.tokens(sb))
            if first_a <= base_a + x0 and base_a + x1 <= stop_a
            and first_b <= base_b + y0 and base_b + y1 <= stop_b
        ]  # fmt: skip
        cut.extend(inside or [(owner, first_a, stop_a, first_b, stop_b)])
    pieces.append(np.asarray(cut, np.int64).reshape(-1, 5))
    table = np.concatenate(pieces)
    table = table[(table[:, 2] > table[:, 1]) & (table[:, 4] > table[:, 3])]
    n = len(table)
    chars = edge_chars(
        edges,
        *span_edges(
            stream,
            np.concatenate((table[:, 1], table[:, 3])),
            np.concatenate((table[:, 2], table[:, 4])),
        ),
        attached=False,
    )
    found = np.stack(
        [
            np.tile(table[:, 0], 2),
            np.repeat(np.arange(2, dtype=np.int64), n),
            chars[: 2 * n],
            chars[2 * n :],
        ],
        axis=1,
    )
    return _apart(found)


def _apart(rows: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """Rows of (passage, side, start, end) in order, those of one passage and side that
    overlap or touch merged into one."""
    if not len(rows):
        return rows
    rows = rows[np.lexsort((rows[:, 2], rows[:, 1], rows[:, 0]))]
    group = rows[:, 0] * 2 + rows[:, 1]
    scale = np.int64(rows[:, 3].max() + 1)
    reach = np.maximum.accumulate(group * scale + rows[:, 3]) - group * scale
    fresh = np.ones(len(rows), np.bool_)
    fresh[1:] = (group[1:] != group[:-1]) | (rows[1:, 2] > reach[:-1])
    heads = np.flatnonzero(fresh)
    lasts = np.append(heads[1:], len(rows)) - 1
    merged: npt.NDArray[np.int64] = np.stack(
        [rows[heads, 0], rows[heads, 1], rows[heads, 2], reach[lasts]], axis=1
    )
    return merged


def spans_and_ranges(
    stream: TokenStream,
    edges: WordEdges,
    starts: npt.NDArray[np.int64],
    ends: npt.NDArray[np.int64],
    sentence: npt.NDArray[np.int64],
    first: npt.NDArray[np.int64],
    stop: npt.NDArray[np.int64],
    attached: bool = True,
) -> tuple[list[tuple[int, int, int]], list[tuple[int, int]]]:
    """(document, start, end) in characters of each stream span ``[starts, ends)`` (a
    passage's side), from its first word to its last, and (start, end) of the words ``[first,
    stop)`` of each sentence ``sentence`` (as ``edges`` numbers them), the punctuation written
    against them taken in (``attached``). Every edge is asked in one pass, each distinct one
    once (``edge_chars``): passages of reused text start and end at the same words again and
    again (half of them do on the corpora of issue 22), and a sentence is tokenised once for
    all that is asked of it."""
    side_sentence, side_edge = span_edges(stream, starts, ends)
    chars = edge_chars(
        edges,
        np.concatenate((side_sentence, sentence, sentence)),
        np.concatenate((side_edge, 2 * first, 2 * stop - 1)),
        attached,
    )
    n, k = len(starts), len(sentence)
    docs = stream.doc_of(starts).tolist()
    sides = list(zip(docs, chars[:n].tolist(), chars[n : 2 * n].tolist(), strict=True))
    del docs
    ranges = list(zip(chars[2 * n : 2 * n + k].tolist(), chars[2 * n + k :].tolist(), strict=True))
    return sides, ranges


def span_edges(
    stream: TokenStream, starts: npt.NDArray[np.int64], ends: npt.NDArray[np.int64]
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """The word edges (as ``edge_chars`` takes them) of stream spans ``[starts, ends)``: the
    start of each span's first word, then the end of each span's last word."""
    sentence_starts = stream.sentence_starts
    first = stream.token_sentences[starts]
    last = stream.token_sentences[ends - 1]
    return np.concatenate((first, last)), np.concatenate(
        (2 * (starts - sentence_starts[first]), 2 * (ends - sentence_starts[last]) - 1)
    )


def edge_chars(
    edges: WordEdges,
    sentence: npt.NDArray[np.int64],
    edge: npt.NDArray[np.int64],
    attached: bool = True,
) -> npt.NDArray[np.int64]:
    """Where each word edge lies in its document: of sentence ``sentence``, ``edge`` 2 * word
    for where word ``word`` starts, 2 * word + 1 for where it ends, taking in the punctuation
    written against it (``attached``). Each distinct edge is found once, all of them in one
    pass in order of sentence: a sentence whose words are asked for, at both ends of spans or
    by several callers at once (give them together), is tokenised once."""

    def find(sentence: int, word_edge: int) -> int:
        word, at_end = divmod(word_edge, 2)
        if at_end:
            return edges.last_char(sentence, word, attached)
        return edges.first_char(sentence, word, attached)

    return _per_distinct(sentence, edge, find)


def side_span(
    stream: TokenStream, edges: WordEdges, start: int, end: int, attached: bool = True
) -> tuple[int, int, int]:
    """``spans_and_ranges``' side of the one span ``[start, end)``, read as Python numbers
    (asked run by run while passages are anchored: arrays of one span cost more than the
    rest)."""
    first = int(stream.token_sentences[start])
    last = int(stream.token_sentences[end - 1])
    return (
        edges.doc(first),
        edges.first_char(first, start - int(stream.sentence_starts[first]), attached),
        edges.last_char(last, end - 1 - int(stream.sentence_starts[last]), attached),
    )


def _per_distinct(
    sentence: npt.NDArray[np.int64], word: npt.NDArray[np.int64], find: Callable[[int, int], int]
) -> npt.NDArray[np.int64]:
    """``find(sentence, word)`` of each (sentence, word) in turn, asked once per distinct
    one, in order of sentence then word (a few: asked in turn)."""
    if len(sentence) < _FEW:
        return np.fromiter(map(find, sentence.tolist(), word.tolist()), np.int64, len(sentence))
    scale = int(word.max()) + 1
    distinct, inverse = np.unique(sentence * scale + word, return_inverse=True)
    found = np.fromiter(
        map(find, (distinct // scale).tolist(), (distinct % scale).tolist()),
        np.int64,
        len(distinct),
    )
    values: npt.NDArray[np.int64] = found[inverse.ravel()]
    return values


class WordEdges:
    """Where the words of sentences start and end in their documents. The first and the last
    word are found without tokenising (as ``normalise.word_span`` does); a sentence is
    tokenised for its spans once, when a word inside it is first asked for, and kept (up to
    ``KEPT_SENTENCES``, 16 bytes a word): where text is reused densely, passages start and end
    inside the same sentences again and again."""

    KEPT_SENTENCES = 100_000

    def __init__(self, sentences: Sequence[Sentence], texts: Sequence[str]) -> None:
        self._sentences = sentences
        self._texts = texts
        self._spans: dict[int, array[int]] = {}  # per sentence: start, end of each word

    def start(self, sentence: int, word: int) -> int:
        """Where word ``word`` of sentence ``sentence`` (a number in ``sentences``) starts."""
        if word == 0:
            found = self._sentences[sentence]
            return first_word_char(self._texts[found.doc], found.start, found.end)
        return self._inside(sentence)[2 * word]

    def end(self, sentence: int, word: int) -> int:
        """Where word ``word`` of sentence ``sentence`` ends."""
        found = self._sentences[sentence]
        if word == len(found.tokens) - 1:
            return last_word_end(self._texts[found.doc], found.start, found.end)
        return self._inside(sentence)[2 * word + 1]

    def doc(self, sentence: int) -> int:
        """The document of sentence ``sentence``."""
        return self._sentences[sentence].doc

    def tokens(self, sentence: int) -> tuple[str, ...]:
        """The words of sentence ``sentence``."""
        return self._sentences[sentence].tokens

    def first_char(self, sentence: int, word: int, attached: bool) -> int:
        """Where word ``word`` of sentence ``sentence`` starts, with the punctuation written
        against it (``attached``). The first word of a sentence that starts with a letter or
        digit, or with a mark against one, starts the sentence (told from two characters)."""
        found = self._sentences[sentence]
        text = self._texts[found.doc]
        if word == 0 and attached and opens_on_word(text, found.start, found.end):
            return found.start
        begin = self.start(sentence, word)
        while attached and begin > found.start and is_attached(text[begin - 1]):
            begin -= 1
        return begin

    def last_char(self, sentence: int, word: int, attached: bool) -> int:
        """Where word ``word`` of sentence ``sentence`` ends, with the punctuation written
        against it (``attached``): the end of a sentence ending with a letter or digit, or
        with a mark against one, for its last word."""
        found = self._sentences[sentence]
        text = self._texts[found.doc]
        if (
            word == len(found.tokens) - 1
            and attached
            and closes_on_word(text, found.start, found.end)
        ):
            return found.end
        stop = self.end(sentence, word)
        while attached and stop < found.end and is_attached(text[stop]):
            stop += 1
        return stop

    def _inside(self, sentence: int) -> array[int]:
        spans = self._spans.get(sentence)
        if spans is None:
            if len(self._spans) >= self.KEPT_SENTENCES:
                self._spans.clear()
            found = self._sentences[sentence]
            pairs = word_spans(self._texts[found.doc], found.start, found.end)
            spans = array("q", chain.from_iterable(pairs))
            self._spans[sentence] = spans
        return spans
