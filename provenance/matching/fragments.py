"""Fragments stage: quotes found inside sentences of other documents.

Sentence matching misses a quote of a few words lifted into a sentence of another article
(“strong security guarantees, further lethal aid and a sovereign future” re-quoted in a
commentary): the two sentences as a whole have little in common. Each quote paragraph of at
least ``min_quote_tokens`` words is looked for inside every sentence of the other documents.

Candidates: the xxh32 hashes of the quotes' word shingles and of every distinct sentence's are
joined as sorted arrays (linear in the corpus, no Python per shingle; on a large corpus only
each quote's rarest shingles are posted, ``fragments_prefix_numba``, with the same pairs); a
pair sharing half the quote's shingles, and holding enough of its words to contain it
(counted as multisets, which no alignment can exceed), is verified (a hash collision only
adds a pair to verify). Verification: rapidfuzz's partial alignment finds the sentence's words
that best match the quote; the quote is contained when they hold at least
``quote_containment`` of the quote's words, in order, and are at least that share made of them
(a paraphrase in other words, or words scattered across a long sentence, fail); a quote of fewer
than ``WHOLE_BELOW`` words only when they are its words exactly.
"""

from __future__ import annotations

import os
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from itertools import accumulate, chain
from operator import itemgetter
from typing import NamedTuple

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from provenance.matching.identical import group_identical
from provenance.matching.passages import token_hashes
from provenance.matching.sketch import ShingleHashes, numba_module, shingle_hashes
from provenance.matching.sorting import sort_keys, stable_order
from provenance.model import QuoteKind, Sentence, pickled_by_fields
from provenance.text.normalise import token_columns, word_span

WIDEN = 2
# A fragment of fewer words is found only whole: with one word in seven changed, "I'm going to
# be above the president" (Suu Kyi, PolNeAR's train split) was taken for Gary Johnson's "I'm
# going to be the next president of the United States"
WHOLE_BELOW = 10
STYLE_WORDS = frozenset(("percent", "per", "cent"))  # words one outlet prints, another a sign
MAX_POSTINGS = 200
JOIN_BATCH = 100_000  # sentences joined at once (one batch per core): bounds the pairs held
COMPILED_MIN_HITS = 1_000_000  # posting hits worth compiling the join's kernel for
COMPILED_MIN_PAIRS = 10_000  # candidate pairs worth compiling the word count's kernel for
COMPILED_MIN_SHINGLES = 1_000_000  # sentences' shingles worth compiling the prefix join for


@pickled_by_fields
@dataclass(frozen=True)
class Fragment:
    """A stretch of quoted words to look for: its document, words and their spans."""

    doc: int
    tokens: tuple[str, ...]
    token_starts: tuple[int, ...]
    token_ends: tuple[int, ...]

    @property
    def start(self) -> int:
        return self.token_starts[0]

    @property
    def end(self) -> int:
        return self.token_ends[-1]


class Hit(NamedTuple):
    """A fragment found in a sentence of another document, with the words it matches there
    (a named tuple: a quote printed by every copy of a story is found in each of them)."""

    fragment: int  # index into the fragments searched for
    sentence: int  # index into the sentences searched
    doc: int  # the sentence's document
    start: int  # character span of the matching words in the sentence's document
    end: int
    score: float  # share of the fragment's words found, 0-1


def quoted_words(
    text: str, parts: Sequence[tuple[int, int]], kind: QuoteKind, min_tokens: int
) -> list[list[tuple[str, int, int]]]:
    """The words (with their spans) of each paragraph of a quote (its ``parts``) long enough
    to trace: at least ``min_tokens`` words, of a quotation (``traced``)."""
    return [
        list(zip(*columns, strict=True))
        for columns in quoted_columns(text, parts, kind, min_tokens)
    ]


def traced(kind: QuoteKind) -> bool:
    """Whether a quote of this kind is looked for in other documents: only a quotation, the
    words someone said or wrote. A title two articles both quote ("The Late Show with Stephen
    Colbert", a book's name: PolNeAR's train split) is the name of a thing, not a quote one
    took from the other; nor are a term or code left in a page."""
    return kind is QuoteKind.QUOTATION


def quoted_columns(
    text: str, parts: Sequence[tuple[int, int]], kind: QuoteKind, min_tokens: int
) -> list[tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...]]]:
    """``quoted_words`` as columns (``normalise.token_columns``): a fragment's words, starts
    and ends, without a tuple per word."""
    if not traced(kind):
        return []
    found = []
    for start, end in parts:
        columns = token_columns(text, start, end)
        if len(columns[0]) >= min_tokens:
            found.append(columns)
    return found


def find(
    fragments: Sequence[Fragment],
    sentences: Sequence[Sentence],
    texts: Sequence[str],
    shingle_size: int,
    containment: float,
    identical: Sequence[Sequence[int]] | None = None,
    hashes: ShingleHashes | None = None,
    common: npt.NDArray[np.uint32] | None = None,
    fragment_hashes: ShingleHashes | None = None,
) -> list[Hit]:
    """Every verified hit of each fragment in a sentence of another document, in order of
    sentence, then fragment (``texts``: the documents' texts, for the hits' spans;
    ``common``: the shingle hashes too common to pair on, as ``common_shingles`` finds them,
    when they are to be counted over more fragments than these).

    Identical fragments (a quote printed by every copy of a story) and identical sentences
    (``identical``: their groups, when the caller has them, and ``hashes``: the shingle hashes
    of each group's first sentence, in order) are searched and verified once: the verdict
    depends on their words alone. ``fragment_hashes``: the fragments' shingle hashes, when
    the caller has hashed them already (to count the common ones)."""
    size = max(1, shingle_size)
    s_groups = group_identical(sentences) if identical is None else identical
    f_groups = _identical([f.tokens for f in fragments])
    f_tokens = [fragments[g[0]].tokens for g in f_groups]
    s_tokens = [sentences[g[0]].tokens for g in s_groups]
    if not f_tokens:
        f_hashes: ShingleHashes = (np.empty(0, np.uint32), np.zeros(1, np.int64))
    elif fragment_hashes is None:
        f_hashes = shingle_hashes(f_tokens, size)
    else:  # each group's first fragment's
        f_hashes = segments(fragment_hashes, np.fromiter((g[0] for g in f_groups), np.int64))
    candidates = _candidates(f_hashes, [len(g) for g in f_groups], s_tokens, size, hashes, common)
    candidates = _across(candidates, f_groups, s_groups, fragments, sentences)
    verified = []  # (sentence group, fragment group, first word, stop word, score)
    for s_rep, f_rep in _may_hold(candidates, f_tokens, s_tokens, containment).tolist():
        found = _verify(f_tokens[f_rep], s_tokens[s_rep], containment)
        if found is not None:
            verified.append((s_rep, f_rep, *found))
    return _hits(verified, f_groups, s_groups, fragments, sentences, texts)


def _hits(
    verified: Sequence[tuple[int, int, int, int, float]],
    f_groups: Sequence[Sequence[int]],
    s_groups: Sequence[Sequence[int]],
    fragments: Sequence[Fragment],
    sentences: Sequence[Sentence],
    texts: Sequence[str],
) -> list[Hit]:
    """The hits of the ``verified`` (sentence group, fragment group) pairs, with the words
    found to match: each fragment of the one in each sentence of the other that lies in
    another document, in order of sentence, then fragment. Laid out on arrays (436,585 hits
    on the README corpus, most of them a quote found in every copy of its story); each
    sentence's span worked out once per verified pair."""
    if not verified:
        return []
    s_rep, f_rep, first, stop = (
        np.fromiter(map(itemgetter(k), verified), np.int64, len(verified)) for k in range(4)
    )
    score = np.fromiter(map(itemgetter(4), verified), np.float64, len(verified))
    f_members, f_starts, f_sizes = _laid_out([f_groups[g] for g in f_rep.tolist()])
    s_members, s_starts, s_sizes = _laid_out([s_groups[g] for g in s_rep.tolist()])
    # every fragment of each pair with every sentence: a block per pair, fragments outside
    blocks = f_sizes * s_sizes
    pair = np.repeat(np.arange(len(verified), dtype=np.int64), blocks)
    within = np.arange(int(blocks.sum()), dtype=np.int64) - np.repeat(
        np.cumsum(blocks) - blocks, blocks
    )
    fragment = f_members[f_starts[pair] + within // s_sizes[pair]]
    sentence = s_members[s_starts[pair] + within % s_sizes[pair]]
    f_doc = np.fromiter((f.doc for f in fragments), np.int64, len(fragments))
    reached, inverse = np.unique(sentence, return_inverse=True)
    s_doc = np.fromiter((sentences[m].doc for m in reached.tolist()), np.int64, len(reached))
    doc = s_doc[inverse.ravel()]
    across = doc != f_doc[fragment]
    pair, fragment, sentence, doc = pair[across], fragment[across], sentence[across], doc[across]
    # each sentence's matching words, once per pair
    keys, inverse = np.unique(pair * len(sentences) + sentence, return_inverse=True)
    firsts, stops = first.tolist(), stop.tolist()
    spans = [
        word_span(texts[s.doc], s.start, s.end, firsts[k], stops[k], len(s.tokens))
        for k, s in zip(
            (keys // len(sentences)).tolist(),
            map(sentences.__getitem__, (keys % len(sentences)).tolist()),
            strict=True,
        )
    ]
    starts = np.fromiter(map(itemgetter(0), spans), np.int64, len(spans))[inverse.ravel()]
    ends = np.fromiter(map(itemgetter(1), spans), np.int64, len(spans))[inverse.ravel()]
    order = np.lexsort((fragment, sentence))  # by sentence, then fragment (each pair once)
    columns = (fragment, sentence, doc, starts, ends, score[pair])
    return list(map(Hit._make, zip(*(c[order].tolist() for c in columns), strict=True)))


def _laid_out(
    groups: Sequence[Sequence[int]],
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """The ``groups`` laid end to end, with where each starts and its size."""
    sizes = np.fromiter(map(len, groups), np.int64, len(groups))
    members = np.fromiter(chain.from_iterable(groups), np.int64, int(sizes.sum()))
    return members, np.cumsum(sizes) - sizes, sizes


def _across(
    pairs: npt.NDArray[np.int64],
    f_groups: Sequence[Sequence[int]],
    s_groups: Sequence[Sequence[int]],
    fragments: Sequence[Fragment],
    sentences: Sequence[Sentence],
) -> npt.NDArray[np.int64]:
    """The (sentence group, fragment group) pairs holding a fragment and a sentence of
    different documents: the others can give no hit. Most candidates are a quote and the
    sentence it is printed in (76,000 of 110,000 on the sparse corpus), and are dropped here
    before their words are counted and compared."""
    if not len(pairs):
        return pairs
    rows, inverse = np.unique(pairs[:, 1], return_inverse=True)
    members = [f_groups[g] for g in rows.tolist()]
    f_doc = _one_doc(members, [fragments[f].doc for f in chain.from_iterable(members)])
    f_doc = f_doc[inverse.ravel()]
    rows, inverse = np.unique(pairs[:, 0], return_inverse=True)
    members = [s_groups[g] for g in rows.tolist()]
    s_doc = _one_doc(members, [sentences[m].doc for m in chain.from_iterable(members)])
    s_doc = s_doc[inverse.ravel()]
    kept: npt.NDArray[np.int64] = pairs[(s_doc < 0) | (s_doc != f_doc)]
    return kept


def _one_doc(members: Sequence[Sequence[int]], docs: Sequence[int]) -> npt.NDArray[np.int64]:
    """Per group of ``members`` (none empty; ``docs``: their documents, group after group),
    the one document all of them lie in, or -1 when they lie in several."""
    sizes = np.fromiter(map(len, members), np.int64, len(members))
    values = np.asarray(docs, np.int64)
    firsts = np.cumsum(sizes) - sizes
    low = np.minimum.reduceat(values, firsts) if len(values) else values
    high = np.maximum.reduceat(values, firsts) if len(values) else values
    found: npt.NDArray[np.int64] = np.where(low == high, low, -1)
    return found


def _may_hold(
    pairs: npt.NDArray[np.int64],
    fragments: Sequence[Sequence[str]],
    sentences: Sequence[Sequence[str]],
    containment: float,
    compiled: bool | None = None,
) -> npt.NDArray[np.int64]:
    """The (sentence, fragment) pairs whose sentence holds enough of the fragment's words, as
    multisets, to contain it: ``_verify`` keeps a pair only when an ordered alignment of them
    holds ``containment`` of the fragment's words, and no alignment holds more words than the
    two have in common. Counted in one compiled pass (``compiled``: None, when numba is
    installed and there are enough pairs to repay it; else every pair is kept, and verified)."""
    if compiled is None:
        compiled = len(pairs) >= COMPILED_MIN_PAIRS and numba_module() is not None
    if not compiled or not len(pairs):
        return pairs
    from provenance.matching import fragments_numba

    s_rows, s_values, s_offsets = _word_bags(pairs[:, 0], sentences)
    f_rows, f_values, f_offsets = _word_bags(pairs[:, 1], fragments)
    common = np.empty(len(pairs), np.int64)
    fragments_numba.bag_overlap(f_rows, s_rows, f_values, f_offsets, s_values, s_offsets, common)
    kept: npt.NDArray[np.int64] = pairs[common / np.diff(f_offsets)[f_rows] >= containment]
    return kept


def _word_bags(
    numbers: npt.NDArray[np.int64], token_lists: Sequence[Sequence[str]]
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.uint64], npt.NDArray[np.int64]]:
    """Per number, its row among the distinct ``numbers``; and each distinct one's word hashes
    (``token_hashes``), sorted within it, with where each starts (one more than rows)."""
    from provenance.matching import fragments_numba

    distinct, rows = np.unique(numbers, return_inverse=True)
    lists = [token_lists[k] for k in distinct.tolist()]
    offsets = np.concatenate(([0], np.cumsum([len(tokens) for tokens in lists]))).astype(np.int64)
    values = token_hashes(lists)
    fragments_numba.sort_segments(values, offsets)
    return rows.astype(np.int64), values, offsets


def _identical(token_lists: Sequence[tuple[str, ...]]) -> list[list[int]]:
    groups: dict[tuple[str, ...], list[int]] = {}
    for index, tokens in enumerate(token_lists):
        groups.setdefault(tokens, []).append(index)
    return list(groups.values())


def segments(hashes: ShingleHashes, rows: npt.NDArray[np.int64]) -> ShingleHashes:
    """The shingle hashes of the token lists ``rows`` (numbers into the lists ``hashes`` are
    of), in that order, laid out as ``shingle_hashes`` lays them out."""
    values, offsets = hashes
    sizes = offsets[rows + 1] - offsets[rows]
    starts = np.concatenate(([0], np.cumsum(sizes))).astype(np.int64)
    at = np.repeat(offsets[rows] - starts[:-1], sizes) + np.arange(starts[-1], dtype=np.int64)
    return values[at], starts


def _candidates(
    f_hashes: ShingleHashes,
    copies: Sequence[int],
    sentences: Sequence[Sequence[str]],
    size: int,
    sentence_hashes: ShingleHashes | None = None,
    common: npt.NDArray[np.uint32] | None = None,
    compiled: bool | None = None,
) -> npt.NDArray[np.int64]:
    """(sentence, fragment) pairs (an ``n x 2`` array, in order) sharing at least half the
    fragment's shingles (``f_hashes``: the fragments', as ``shingle_hashes`` gives), as a join
    of shingle hashes (sorted arrays: one pass over the corpus, no Python per shingle; each
    sentence's hits counted in place by ``fragments_numba`` when there are many). A shingle in
    very many fragments ("one of the"; ``copies``: how many fragments each one stands for)
    would pair each with every sentence holding it and tell nothing: it is left out, and half
    of the fragment's other shingles are asked for. ``compiled``: joined on the fragments'
    prefixes by ``fragments_prefix_numba`` (None: when numba is installed and the sentences
    have enough shingles to repay it), else on all their shingles; the same pairs either
    way."""
    n_fragments = len(f_hashes[1]) - 1
    if not n_fragments or not sentences:
        return np.empty((0, 2), np.int64)
    if common is None:
        common = _weighted_common(f_hashes, copies)
    s_hashes, s_offsets = sentence_hashes or shingle_hashes(sentences, size)
    if compiled is None:
        compiled = len(s_hashes) >= COMPILED_MIN_SHINGLES and numba_module() is not None
    wanted: Postings | PrefixPostings = (
        PrefixPostings.of(f_hashes, common) if compiled else postings(f_hashes, common)
    )

    def batch(lo: int) -> npt.NDArray[np.int64]:
        hi = min(lo + JOIN_BATCH, len(sentences))
        return wanted.join(s_hashes[s_offsets[lo] : s_offsets[hi]], s_offsets[lo : hi + 1], lo)

    # numpy sorts without the GIL: a batch per core at a time
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        found = np.concatenate(list(pool.map(batch, range(0, len(sentences), JOIN_BATCH))))
    pairs: npt.NDArray[np.int64] = np.stack(np.divmod(found, n_fragments), axis=1)
    return pairs


@dataclass(frozen=True)
class Postings:
    """The fragments' shingle hashes, sorted, with the fragment each comes from, and how many
    of each fragment's shingles a sentence must hold to be a candidate."""

    hashes: npt.NDArray[np.uint32]
    owners: npt.NDArray[np.int64]
    needed: npt.NDArray[np.int64]

    def join(
        self, hashes: npt.NDArray[np.uint32], offsets: npt.NDArray[np.int64], first: int
    ) -> npt.NDArray[np.int64]:
        """Keys ``sentence * fragments + fragment`` of the candidate pairs among a batch of
        sentences (their shingle hashes, and where each starts in them, as
        ``kernel.shingle_hashes`` gives; ``first``: the number of the batch's first)."""
        owner, distinct = _distinct(hashes, offsets - offsets[0])
        return _joined(
            owner + first, distinct, self.hashes, self.owners, self.needed, len(self.needed)
        )


@dataclass(frozen=True)
class PrefixPostings:
    """The fragments' prefixes posted (``fragments_prefix_numba``: of each fragment's ``R``
    shingles, ``common`` ones left out, the ``R - needed + 1`` in fewest fragments, then by
    hash), in a hash table of every shingle of theirs; and the rest of each
    fragment's shingles, to count a sentence's against."""

    bits: int  # the table has 2**bits slots
    slots: npt.NDArray[np.int64]  # every shingle of the fragments (not common), and its key
    starts: npt.NDArray[np.int64]  # per key, where its postings start (then the end)
    owners: npt.NDArray[np.int64]  # the fragments posting each key
    rest: npt.NDArray[np.uint32]  # each fragment's other shingles, least printed first
    rest_offsets: npt.NDArray[np.int64]  # where each fragment's start (then the end)
    needed: npt.NDArray[np.int64]

    @classmethod
    def of(
        cls,
        hashes: ShingleHashes,
        common: npt.NDArray[np.uint32],
    ) -> PrefixPostings:
        """Of the fragments' shingle ``hashes``, ``common`` ones left out."""
        from provenance.matching import fragments_prefix_numba as kernels

        n_fragments = len(hashes[1]) - 1
        none = np.empty(0, np.int64)
        f_owner, f_hash = _distinct(*hashes) if len(hashes[0]) else (none, none)
        keep = ~np.isin(f_hash, common)
        f_owner, values = f_owner[keep], f_hash[keep].astype(np.uint32)
        remaining = np.bincount(f_owner, minlength=n_fragments)
        needed = np.where(remaining > 0, np.maximum(remaining // 2, 1), np.iinfo(np.int64).max)
        offsets = np.concatenate(([0], np.cumsum(remaining))).astype(np.int64)
        keys, at, printed = np.unique(values, return_inverse=True, return_counts=True)
        bits = max(2 * len(keys) - 1, 1).bit_length()
        slots = kernels.table(keys, bits)
        # each fragment's shingles, those in fewest fragments first (then by hash): its prefix
        # (``_distinct`` leaves each fragment's in order of hash, so a stable sort of one key,
        # fragment then count, keeps that order among equal counts: a lexsort of three
        # columns took ten times longer)
        counts = printed[at.ravel()]
        rarity = np.argsort(f_owner * (int(counts.max(initial=0)) + 1) + counts, kind="stable")
        rank = np.empty(len(values), np.int64)
        rank[rarity] = np.arange(len(values), dtype=np.int64) - np.repeat(offsets[:-1], remaining)
        size = remaining - np.minimum(needed, remaining) + 1
        prefix = rank < size[f_owner]
        posted = stable_order(values[prefix])
        p_hash, p_owner = values[prefix][posted], f_owner[prefix][posted]
        starts = np.append(np.searchsorted(p_hash, keys, side="left"), len(p_hash))
        # the rest of each fragment's shingles, least printed first
        later = rarity[~prefix[rarity]]
        rest_offsets = np.concatenate(([0], np.cumsum(np.maximum(remaining - size, 0))))
        return cls(
            bits, slots, starts.astype(np.int64), p_owner, values[later],
            rest_offsets.astype(np.int64), needed,
        )  # fmt: skip

    def join(
        self, hashes: npt.NDArray[np.uint32], offsets: npt.NDArray[np.int64], first: int
    ) -> npt.NDArray[np.int64]:
        """``Postings.join``'s keys ``sentence * fragments + fragment``, as it finds them."""
        from provenance.matching import fragments_prefix_numba as kernels

        n_fragments = len(self.needed)
        room = len(hashes)  # a guess, as ``_counted_pairs`` makes
        while True:
            out_s, out_f = np.empty(room, np.int64), np.empty(room, np.int64)
            found = kernels.join(
                hashes, offsets, first, self.slots, self.bits, self.starts,
                self.owners, self.rest, self.rest_offsets, self.needed, out_s, out_f,
            )  # fmt: skip
            if found <= room:
                keys: npt.NDArray[np.int64] = out_s[:found] * n_fragments + out_f[:found]
                return keys
            room = found


def postings(hashes: ShingleHashes, common: npt.NDArray[np.uint32]) -> Postings:
    """The postings of fragments (their shingle hashes), ``common`` hashes left out: a
    fragment needs half of its other shingles."""
    n_fragments = len(hashes[1]) - 1
    f_owner, f_hash = _distinct(*hashes) if len(hashes[0]) else (np.empty(0, np.int64),) * 2
    keep = ~np.isin(f_hash, common)
    f_owner, f_hash = f_owner[keep], f_hash[keep]
    remaining = np.bincount(f_owner, minlength=n_fragments)
    needed = np.where(remaining > 0, np.maximum(remaining // 2, 1), np.iinfo(np.int64).max)
    order = np.argsort(f_hash)
    return Postings(f_hash[order].astype(np.uint32), f_owner[order], needed)


def _weighted_common(hashes: ShingleHashes, copies: Sequence[int]) -> npt.NDArray[np.uint32]:
    """``common_shingles`` of fragments that each stand for ``copies`` identical ones."""
    if not len(hashes[0]):
        return np.empty(0, np.uint32)
    f_owner, f_hash = _distinct(*hashes)
    values, inverse = np.unique(f_hash, return_inverse=True)
    in_fragments = np.bincount(inverse, weights=np.asarray(copies)[f_owner])
    common: npt.NDArray[np.uint32] = values[in_fragments > MAX_POSTINGS].astype(np.uint32)
    return common


def common_shingles(hashes: ShingleHashes) -> npt.NDArray[np.uint32]:
    """The shingle hashes found in more than ``MAX_POSTINGS`` of the fragments whose hashes
    these are (``kernel.shingle_hashes``), sorted: those the search leaves out."""
    if not len(hashes[0]):
        return np.empty(0, np.uint32)
    _, found = _distinct(*hashes)
    values, counts = np.unique(found, return_counts=True)
    common: npt.NDArray[np.uint32] = values[counts > MAX_POSTINGS].astype(np.uint32)
    return common


def _distinct(
    hashes: npt.NDArray[np.uint32], offsets: npt.NDArray[np.int64]
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """(owner, hash) of each distinct hash of each owner, sorted."""
    owner = np.repeat(np.arange(len(offsets) - 1, dtype=np.int64), np.diff(offsets))
    keys = sort_keys((owner << 32) | hashes.astype(np.int64))
    keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))]
    return keys >> 32, keys & 0xFFFFFFFF


def _joined(
    owner: npt.NDArray[np.int64],
    hashes: npt.NDArray[np.int64],
    p_hash: npt.NDArray[np.uint32],
    p_owner: npt.NDArray[np.int64],
    needed: npt.NDArray[np.int64],
    n_fragments: int,
    compiled: bool | None = None,
) -> npt.NDArray[np.int64]:
    """Keys ``sentence * n_fragments + fragment`` of the pairs sharing enough shingles, sorted
    (``compiled``: counted by numba's kernel, None: when numba is installed and there are
    enough posting hits to repay it; else every hit is written and sorted by NumPy)."""
    # each distinct hash looked up once, in order: sorted lookups walk the postings forwards
    distinct, inverse = np.unique(hashes.astype(np.uint32), return_inverse=True)
    first = np.searchsorted(p_hash, distinct, side="left")
    lengths = (np.searchsorted(p_hash, distinct, side="right") - first)[inverse]
    left = first[inverse]
    hit = lengths > 0
    owner, left, lengths = owner[hit], left[hit], lengths[hit]
    if compiled is None:
        compiled = int(lengths.sum()) >= COMPILED_MIN_HITS and numba_module() is not None
    if compiled:
        return _counted_pairs(owner, left, lengths, p_owner, needed)
    starts = np.repeat(left - (np.cumsum(lengths) - lengths), lengths)
    fragment = p_owner[starts + np.arange(int(lengths.sum()), dtype=np.int64)]
    keys = sort_keys(np.repeat(owner, lengths) * n_fragments + fragment)
    if not len(keys):
        return keys
    starts = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
    keys, counts = keys[starts], np.diff(np.append(starts, len(keys)))
    enough: npt.NDArray[np.int64] = keys[counts >= needed[keys % n_fragments]]
    return enough


def _counted_pairs(
    owner: npt.NDArray[np.int64],
    left: npt.NDArray[np.int64],
    lengths: npt.NDArray[np.int64],
    p_owner: npt.NDArray[np.int64],
    needed: npt.NDArray[np.int64],
) -> npt.NDArray[np.int64]:
    """``_joined``'s keys, counted sentence by sentence by ``fragments_numba.count_pairs``."""
    from provenance.matching import fragments_numba

    n_fragments = len(needed)
    counts = np.zeros(n_fragments, np.int64)
    touched = np.empty(n_fragments, np.int64)
    room = len(owner)  # a guess: more pairs than distinct shingles is rare, and then it asks
    while True:
        out_s, out_f = np.empty(room, np.int64), np.empty(room, np.int64)
        found = fragments_numba.count_pairs(
            owner, left, lengths, p_owner, needed, counts, touched, out_s, out_f
        )
        if found <= room:
            keys: npt.NDArray[np.int64] = out_s[:found] * n_fragments + out_f[:found]
            return keys
        room = found


def credible(
    hits: Sequence[Hit],
    fragments: Sequence[Fragment],
    quoted: Callable[[int, int, int], bool],
    long_tokens: int,
) -> list[Hit]:
    """The hits that show a quotation rather than a stock phrase: those on words quoted there
    too, or of a long fragment. A few words that stories keep repeating unquoted (the name of a
    project, "a surgical hub for planned operations", "a step in the right direction") are not
    a quotation of whoever first said them, even inside a sentence other articles share."""
    long_ = [len(fragment.tokens) >= long_tokens for fragment in fragments]  # (told at once)
    return [hit for hit in hits if long_[hit.fragment] or quoted(hit.doc, hit.start, hit.end)]


def _verify(
    needle: Sequence[str], tokens: Sequence[str], containment: float
) -> tuple[int, int, float] | None:
    """The range of the sentence's words that best match the fragment, when they hold enough
    of it, and the share of the fragment's words they hold."""
    first, stop = _window(needle, tokens)
    window = tokens[first:stop]
    if not window:
        return None
    common = (len(needle) + len(window) - Indel.distance(needle, window)) / 2
    score = common / len(needle)
    if score < containment or common / len(window) < containment:
        return None
    if len(needle) < WHOLE_BELOW and not _whole(needle, window):
        return None  # a short quote with a word changed, left out or added is another one's
    return first, stop, score


def _whole(needle: Sequence[str], window: Sequence[str]) -> bool:
    """Whether ``window`` holds exactly the words of ``needle``, in order, but for words of an
    outlet's style (``STYLE_WORDS``: "2 percent" is "2%", which leaves no word of its own)."""
    return all(
        op.tag == "equal"
        or all(
            w in STYLE_WORDS
            for w in [*needle[op.src_start : op.src_end], *window[op.dest_start : op.dest_end]]
        )
        for op in Indel.opcodes(needle, window)
    )


def _window(needle: Sequence[str], haystack: Sequence[str]) -> tuple[int, int]:
    """The run of ``haystack`` words best matching ``needle``: rapidfuzz's partial alignment of
    the joined words (a compact local match, where a global word alignment may pair a word far
    away), widened by two words each side (the alignment has the needle's length in characters,
    so a longer word inside it pushes one off the end) and trimmed to the words that align."""
    text = " ".join(haystack)
    starts = list(accumulate((len(w) + 1 for w in haystack[:-1]), initial=0))
    found = fuzz.partial_ratio_alignment(" ".join(needle), text)
    if found is None:  # only below a score cutoff, and none is given
        return 0, 0
    first = max(0, bisect_right(starts, found.dest_start) - 1 - WIDEN)
    stop = min(len(haystack), bisect_left(starts, found.dest_end) + WIDEN)
    equal = [op for op in Indel.opcodes(needle, haystack[first:stop]) if op.tag == "equal"]
    if not equal:
        return first, stop
    return first + equal[0].dest_start, first + equal[-1].dest_end
