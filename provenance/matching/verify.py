"""Verify stage: rapidfuzz confirms each candidate pair and aligns its words.

A pair is kept when its ratio reaches the threshold, or when the longer sentence holds enough
of the shorter one's words in order (``contained``; counted again, after the alignment, inside
the stretch of words the two share: ``_held``), and that stretch holds at least
``MIN_ALIGNED_WORDS`` (and, for a pair kept on its ratio, ``MIN_ALIGNED_SHARE`` of each
sentence's words). Where text is reused densely most
candidate pairs fail both (97% of 2.08 million on the stress corpus), and the word alignment
of the second is the costlier score. Before it, the words two sentences share as multisets
(``sketch.word_multisets``, a compiled merge) bound the words they share in order from above:
a pair whose bound is below the containment share is rejected without aligning it, and no
pair that the alignment would keep is ever rejected so (the tests hold it to that).

The ratio of a large set of pairs is computed by a compiled kernel (``verify_numba``) over the
distinct sentences' characters laid out once, rather than by rapidfuzz's ``process.cpdist``
over lists of the pairs' strings: the same scores, a fifth less time on the stress corpus.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel, MatchingBlock

from provenance.matching.sketch import numba_module, word_multisets
from provenance.model import Match, Sentence

# A sentence quoted or lifted inside a longer one ("We are told: “…”", "…,” said X, adding
# that …") scores low on ratio; it is kept when the longer sentence contains this share of the
# shorter one's words, in order, and the shorter has at least this many words.
CONTAINED_MIN_TOKENS = 8
# A verified pair shares at least this many words in its aligned range: two short sentences
# that agree on a few words and differ in the one that says something ("It is not a crisis." /
# "Funding is not a crisis.", "The mayor could have been clearer." / "It could have been
# worse.") reach the ratio threshold on characters, but share only a stock phrase.
MIN_ALIGNED_WORDS = 5
# ... and a pair kept on its ratio aligns at least this share of each sentence's words: the
# ratio weighs whole sentences, and two that open alike and then say different things ("The
# poll has a margin of error of ..." / "... of only plus or minus two percent") reach it on
# their shared opening alone. A clause lifted whole is found as a passage (passages.py).
MIN_ALIGNED_SHARE = 0.5
# ... and a pair that aligns fewer words than this, both sentences going on past them with
# words of their own, is a stock opening with two endings: the words after are what each line
# says. "It's going to be a zoo." / "It's going to be a long eight months." linked three of
# PolNeAR's train articles, "Sanders will pick up at least 14." / "... 45." three more, "And it
# is only going to get trickier." / "... get worse." two; "The timing could not be worse." /
# "... better.". A pair alike on characters whose lines both lead up to such a stretch parts
# too ("Senior officials said the talks had stalled." / "The minister said ..."); a line
# contained in a longer one is a quote or a clause lifted whole when it only opens with words
# of its own ("But presidents can't just say anything they want." inside "The problem is
# presidents can't just say anything they want, because ...", Rubio in two articles). A light
# edit keeps one end of a sentence or a long shared stretch ("Police said the man was arrested
# at the scene." / "... detained at the scene.") and is kept; in a copy, the shorter edited
# lines that part are still covered by the passage their neighbours anchor.
PARTING_BELOW = 8
# Pairs scored at once: rapidfuzz holds its own copy of every string and word list of a batch
# (3.88 million pairs at once held 1.7 GB on the stress corpus at a million sentences).
SCORE_BATCH = 200_000
# Pairs from which the compiled ratio and the words' bound are worth loading their kernels (a
# ``check`` of one article or a small corpus scores and aligns its few pairs with rapidfuzz).
COMPILED_MIN_PAIRS = 20_000
# Bytes of the bit table each thread of the compiled ratio holds: a 64-bit word per character
# code and 64 characters of the longest string. A corpus of many scripts with one very long
# "sentence" (a page with no full stop) would need gigabytes; past this, rapidfuzz scores.
RATIO_TABLE_MAX_BYTES = 64 << 20


def verify(
    pairs: npt.NDArray[np.int64] | Iterable[tuple[int, int]],
    sentences: Sequence[Sentence],
    threshold: float,
    containment: float = 1.0,
    words: WordHashes | None = None,
) -> tuple[list[Match], int]:
    """Matches whose normalised sentences reach ``threshold`` (rapidfuzz ratio, 0-100) over at
    least ``MIN_ALIGNED_SHARE`` of each one's words, or of which the longer holds at least
    ``containment`` of the shorter's words in order (0-1) inside the stretch the two align
    (``_held``), that stretch holding ``MIN_ALIGNED_WORDS`` or more; and the number of pairs
    rejected. Both scores are computed in batches on every core; Python
    only aligns the words of the matches. ``words``: the hashes of the sentences' words when
    the run has them already (the containment share's bound is made from them, not from the
    words)."""
    table = np.asarray(pairs if isinstance(pairs, np.ndarray) else list(pairs), np.int64)
    table = table.reshape(-1, 2)  # a pair a row
    # each sentence joined once, however many pairs and batches it is in (on the stress
    # corpus, 260,377 sentences in 2.08 million pairs: joined per batch, 2.2 million times)
    numbers, places = _places(table, len(sentences))
    joined = [sentences[k].normalised for k in numbers.tolist()]
    compiled = len(table) >= COMPILED_MIN_PAIRS and numba_module() is not None
    bound = _WordBound.of(numbers, sentences, words) if compiled else None
    characters = _Characters.of(joined) if compiled else None
    matches: list[Match] = []
    for first in range(0, len(table), SCORE_BATCH):
        batch = table[first : first + SCORE_BATCH]
        at = places[first : first + SCORE_BATCH]
        scores = _ratios(at, joined) if characters is None else characters.ratios(at)
        kept = scores >= threshold
        unsure = np.flatnonzero(~kept)
        if bound is not None:
            unsure = unsure[bound.shares(places[first + unsure]) >= containment]
        kept[unsure] = contained(batch[unsure], sentences) >= containment
        for (a, b), score in zip(batch[kept].tolist(), scores[kept].tolist(), strict=True):
            tokens_a, tokens_b = sentences[a].tokens, sentences[b].tokens
            words_a, words_b = align(tokens_a, tokens_b)
            aligned_a, aligned_b = words_a[1] - words_a[0], words_b[1] - words_b[0]
            if min(aligned_a, aligned_b) < MIN_ALIGNED_WORDS:
                continue
            # a stock opening (or, for a pair alike on characters, ending), each line its own
            # rest; a line contained in another after words of their own ("But presidents
            # can't …" / "The problem is presidents can't …, because …") quotes it
            if parting(words_a, words_b, len(tokens_a), len(tokens_b), score >= threshold):
                continue
            if score < threshold:
                if _held(tokens_a, tokens_b, words_a, words_b) < containment:
                    continue  # contained only as words scattered over the longer sentence
            elif min(aligned_a / len(tokens_a), aligned_b / len(tokens_b)) < MIN_ALIGNED_SHARE:
                continue  # alike on characters, alike in words only at one end
            matches.append(Match(a, b, float(score), words_a, words_b))
    return matches, len(table) - len(matches)


def parting(
    words_a: tuple[int, int],
    words_b: tuple[int, int],
    length_a: int,
    length_b: int,
    before: bool,
) -> bool:
    """Whether two sentences' aligned stretches (``align``) are fewer than ``PARTING_BELOW``
    words and both sentences hold words of their own after them (or, with ``before``, both
    before them): two lines that share a stock phrase and part where they say something."""
    if min(words_a[1] - words_a[0], words_b[1] - words_b[0]) >= PARTING_BELOW:
        return False
    if words_a[1] < length_a and words_b[1] < length_b:
        return True
    return before and words_a[0] > 0 and words_b[0] > 0


def _held(
    a: Sequence[str], b: Sequence[str], words_a: tuple[int, int], words_b: tuple[int, int]
) -> float:
    """The share of the shorter sentence's words that the two aligned stretches hold in common,
    in order: the containment share (``contained``) counted inside the stretch the sentences
    share, not over the whole longer sentence, whose stray words far from it ("I" ten words
    before "to be president of the United States") contain nothing."""
    first, second = a[words_a[0] : words_a[1]], b[words_b[0] : words_b[1]]
    common = (len(first) + len(second) - Indel.distance(first, second)) / 2
    return common / min(len(a), len(b))


def _places(
    table: npt.NDArray[np.int64], count: int
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """The sentences of the pairs (``count`` sentences in all), in order, and each pair's two
    places among them: ``np.unique`` with its inverse, on arrays as long as the sentences
    rather than by sorting the pairs' 4 million numbers (0.85 s on the stress corpus)."""
    held = np.zeros(count, np.bool_)
    held[table.ravel()] = True
    numbers = np.flatnonzero(held)
    place = np.zeros(count, np.int64)
    place[numbers] = np.arange(len(numbers))
    return numbers, place[table]


def _ratios(places: npt.NDArray[np.int64], joined: Sequence[str]) -> npt.NDArray[np.float64]:
    """rapidfuzz ratio of each pair's normalised sentences (``places``: a pair's two places in
    ``joined``), in one batch on every core."""
    found: npt.NDArray[np.float64] = process.cpdist(
        [joined[k] for k in places[:, 0].tolist()],
        [joined[k] for k in places[:, 1].tolist()],
        scorer=fuzz.ratio,
        dtype=np.float64,
        workers=-1,
    )
    return found


@dataclass(frozen=True)
class _Characters:
    """The normalised text of every sentence of a set of pairs as character codes, laid end to
    end once, for the compiled ratio (``verify_numba.ratios``, which gives ``_ratios``'s
    scores). Codes are Latin-1 bytes when every character is one (then a byte a character),
    else code points, those past Latin-1 renumbered from 256 in order (the ratio only asks
    whether two characters are equal): the kernel keeps a row of bits per code."""

    codes: npt.NDArray[np.uint8] | npt.NDArray[np.uint32]
    first: npt.NDArray[np.int64]  # where each string starts, one more entry than strings
    rows: int  # codes are below this
    blocks: int  # 64-character blocks of the longest string

    @classmethod
    def of(cls, joined: Sequence[str]) -> _Characters | None:
        """The strings ``joined``, in that order; None when the kernel's table would be larger
        than ``RATIO_TABLE_MAX_BYTES``."""
        text = "".join(joined)
        codes: npt.NDArray[np.uint8] | npt.NDArray[np.uint32]
        try:
            codes, rows = np.frombuffer(text.encode("latin-1"), np.uint8), 256
        except UnicodeEncodeError:
            points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32).copy()
            high = points >= 256
            rarer = np.unique(points[high])
            points[high] = 256 + np.searchsorted(rarer, points[high])
            codes, rows = points, 256 + len(rarer)
        del text
        lengths = np.fromiter(map(len, joined), np.int64, len(joined))
        first = np.concatenate(([0], np.cumsum(lengths)))
        blocks = (int(lengths.max(initial=0)) + 63) // 64
        if rows * max(blocks, 4) * 8 > RATIO_TABLE_MAX_BYTES:  # (the kernel's table's shape)
            return None
        return cls(codes, first, rows, blocks)

    def ratios(self, places: npt.NDArray[np.int64]) -> npt.NDArray[np.float64]:
        """``_ratios`` of the pairs (``places``: a pair's two places among the strings)."""
        found: npt.NDArray[np.float64] = _compiled_ratios()(
            self.codes, self.first, places[:, 0], places[:, 1], self.rows, self.blocks
        )
        return found


@cache
def _compiled_ratios():  # type: ignore[no-untyped-def]
    from provenance.matching.verify_numba import ratios

    return ratios


def contained(
    pairs: npt.NDArray[np.int64], sentences: Sequence[Sentence]
) -> npt.NDArray[np.float64]:
    """Per pair, the share of the shorter sentence's words found, in order, in the longer (0
    when the shorter has fewer than ``CONTAINED_MIN_TOKENS`` words); the word alignments in
    one batch on every core."""
    lengths = np.fromiter(
        (len(sentences[k].tokens) for k in pairs.ravel().tolist()), np.int64, pairs.size
    ).reshape(-1, 2)
    shorter = lengths.min(axis=1)
    asked = np.flatnonzero(shorter >= CONTAINED_MIN_TOKENS)
    common = np.zeros(len(pairs), np.float64)
    if len(asked):
        distance = process.cpdist(
            [sentences[a].tokens for a in pairs[asked, 0].tolist()],
            [sentences[b].tokens for b in pairs[asked, 1].tolist()],
            scorer=Indel.distance,
            dtype=np.int64,
            workers=-1,
        )
        common[asked] = (lengths[asked].sum(axis=1) - distance) / 2
    return _share(common, shorter)


def _share(
    common: npt.NDArray[np.float64], shorter: npt.NDArray[np.int64]
) -> npt.NDArray[np.float64]:
    """The containment share: ``common`` words of the shorter sentence's ``shorter`` (0 when it
    has fewer than ``CONTAINED_MIN_TOKENS``). One rule for the share and for its bound: a
    larger ``common`` never gives a smaller share (division rounds monotonically)."""
    found = np.zeros(len(shorter), np.float64)
    asked = shorter >= CONTAINED_MIN_TOKENS
    found[asked] = common[asked] / shorter[asked]
    return found


@dataclass(frozen=True)
class _WordBound:
    """The words of every sentence in a set of pairs as multisets, for the containment share's
    upper bound (the module's text says why)."""

    hashes: npt.NDArray[np.uint32]  # the words' hashes, each sentence's sorted
    first: npt.NDArray[np.int64]  # where each sentence's start, one more entry than sentences

    @classmethod
    def of(
        cls,
        numbers: npt.NDArray[np.int64],
        sentences: Sequence[Sentence],
        words: WordHashes | None = None,
    ) -> _WordBound | None:
        """The multisets of ``sentences[k]`` for k in ``numbers``, in that order (from
        ``words`` when given); None where they are not to be had (without numba, whose
        kernel counts what two share)."""
        if words is not None:
            return cls(*words.multisets(numbers)) if numba_module() is not None else None
        found = word_multisets([sentences[k].tokens for k in numbers.tolist()])
        return None if found is None else cls(*found)

    def shares(self, places: npt.NDArray[np.int64]) -> npt.NDArray[np.float64]:
        """Per pair (``places``: its two sentences' places in the ``numbers`` the bound was
        made of), at least its ``contained`` share."""
        if not len(places):
            return np.zeros(0, np.float64)
        left, right = places[:, 0], places[:, 1]
        common = _shared_words()(self.hashes, self.first, left, right)
        lengths = np.diff(self.first)
        shorter = np.minimum(lengths[left], lengths[right])
        return _share(common.astype(np.float64), shorter)


@dataclass(frozen=True)
class WordHashes:
    """The hashes of the sentences' words, worked out already (a run's word stream): those of
    sentence k are ``hashes[starts[k]:ends[k]]``, one for each of its tokens, in order. Any
    hash will do: equal words have equal hashes, and words whose hashes collide only make the
    bound larger."""

    hashes: npt.NDArray[np.uint64]
    starts: npt.NDArray[np.int64]
    ends: npt.NDArray[np.int64]

    def multisets(
        self, numbers: npt.NDArray[np.int64]
    ) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.int64]]:
        """The words of sentences ``numbers`` as multisets, as ``sketch.word_multisets``
        lays them out: a 32-bit hash of every word, each sentence's sorted, and where each
        sentence's start (one more entry than sentences). Sorted a batch of sentences at a
        time, each word's key its sentence and its hash (one sort of 64-bit values)."""
        starts, ends = self.starts[numbers], self.ends[numbers]
        lengths = ends - starts
        first = np.concatenate(([0], np.cumsum(lengths)))
        found = np.empty(int(first[-1]), np.uint32)
        low = np.uint64(0xFFFF_FFFF)
        batch = 0
        while batch < len(numbers):
            # sentences whose words reach at most MULTISET_WORDS past the batch's first
            stop = max(
                int(np.searchsorted(first, first[batch] + MULTISET_WORDS, side="right")) - 1,
                batch + 1,
            )
            sizes = lengths[batch:stop]
            base = first[batch : stop + 1]
            places = np.repeat(starts[batch:stop] - (base[:-1] - base[0]), sizes) + np.arange(
                base[-1] - base[0]
            )
            sentence = np.repeat(np.arange(stop - batch, dtype=np.uint64), sizes)
            keys = np.sort((sentence << np.uint64(32)) | (self.hashes[places] & low))
            found[base[0] : base[-1]] = keys & low
            batch = stop
        return found, first


# Words whose multisets are sorted at once (``WordHashes.multisets``): 8 bytes each, a few times.
MULTISET_WORDS = 4_000_000


@cache
def _shared_words():  # type: ignore[no-untyped-def]
    from provenance.matching.sketch_numba import shared_words

    return shared_words


def align(a: Sequence[str], b: Sequence[str]) -> tuple[tuple[int, int], tuple[int, int]]:
    """The range of words of each side that the other one matches (start, stop).

    Words are aligned with an Indel (insert/delete) alignment; the range runs from the first to
    the last aligned run of words, ignoring single stray words at either edge. The runs are
    read as matching blocks (from the edit operations: fewer objects than opcodes).
    """
    blocks = Indel.editops(a, b).as_matching_blocks()
    edges = _edges(blocks)
    if edges is None:  # verified on characters but no word in common: keep whole sentences
        return (0, len(a)), (0, len(b))
    first, last = edges
    return (first.a, last.a + last.size), (first.b, last.b + last.size)


def aligned_runs(a: Sequence[Hashable], b: Sequence[Hashable]) -> list[tuple[int, int, int, int]]:
    """The runs of words ``align`` pairs between ``a`` and ``b`` (start and stop in ``a``, then
    in ``b``), in order: its matching blocks from the first to the last of its range, single
    words inside it too. The words between them are edits (a lead-in of each side's own before
    a quote both print): shared by neither. When no word pairs, both whole, as ``align``
    keeps them."""
    blocks = Indel.editops(a, b).as_matching_blocks()
    edges = _edges(blocks)
    if edges is None:
        return [(0, len(a), 0, len(b))]
    first, last = edges
    return [
        (block.a, block.a + block.size, block.b, block.b + block.size)
        for block in blocks
        if block.size and first.a <= block.a and block.a + block.size <= last.a + last.size
    ]


def _edges(blocks: Sequence[MatchingBlock]) -> tuple[MatchingBlock, MatchingBlock] | None:
    """The first and the last of the matching ``blocks`` that ``align``'s range runs between:
    those of two words or more, else of any; None when no word pairs."""
    kept = [block for block in blocks if block.size >= 2] or [
        block for block in blocks if block.size
    ]
    if not kept:
        return None
    return kept[0], kept[-1]
