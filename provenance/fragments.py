"""Fragments stage: quotes found inside sentences of other documents.

Sentence matching misses a quote of a few words lifted into a sentence of another article
(“strong security guarantees, further lethal aid and a sovereign future” re-quoted in a
commentary): the two sentences as a whole have little in common. Each quote paragraph of at
least ``min_quote_tokens`` words is looked for inside every sentence of the other documents.

Candidates: word shingles of the quotes are indexed, and every sentence is scanned once against
that index (exact, and linear in the corpus: only the quotes' shingles are stored). Verification:
rapidfuzz's partial alignment finds the sentence's words that best match the quote; the quote is
contained when they hold at least ``quote_containment`` of the quote's words, in order, and are
at least that share made of them (a paraphrase in other words, or words scattered across a long
sentence, fail).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from provenance.data import Sentence

WIDEN = 2
MAX_POSTINGS = 200


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


@dataclass(frozen=True)
class Hit:
    """A fragment found in a sentence of another document, with the words it matches there."""

    fragment: int  # index into the fragments searched for
    sentence: int  # index into the sentences searched
    doc: int  # the sentence's document
    start: int  # character span of the matching words in the sentence's document
    end: int
    score: float  # share of the fragment's words found, 0-1


def find(
    fragments: Sequence[Fragment],
    sentences: Sequence[Sentence],
    shingle_size: int,
    containment: float,
) -> list[Hit]:
    """Every verified hit of each fragment in a sentence of another document, in order."""
    size = max(1, shingle_size)
    postings: dict[tuple[str, ...], list[int]] = defaultdict(list)
    grams_of = [_shingles(fragment.tokens, size) for fragment in fragments]
    for f, grams in enumerate(grams_of):
        for gram in grams:
            postings[gram].append(f)
    # A shingle in very many quotes ("one of the") finds nothing and costs a count for each of
    # them at every sentence holding it: leave it out, and ask for half of the others.
    common = {gram for gram, found in postings.items() if len(found) > MAX_POSTINGS}
    for gram in common:
        del postings[gram]
    needed = [
        max(1, len(grams - common) // 2) if grams - common else len(sentences) + 1
        for grams in grams_of
    ]
    hits: list[Hit] = []
    for s, sentence in enumerate(sentences):
        counts: dict[int, int] = defaultdict(int)
        for gram in _shingles(sentence.tokens, size):
            for f in postings.get(gram, ()):
                counts[f] += 1
        for f in sorted(counts):
            if counts[f] < needed[f] or fragments[f].doc == sentence.doc:
                continue
            hit = _verify(fragments[f], sentence, containment)
            if hit is not None:
                hits.append(Hit(f, s, sentence.doc, *hit))
    return hits


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
    return [
        hit
        for hit in hits
        if quoted(hit.doc, hit.start, hit.end) or len(fragments[hit.fragment].tokens) >= long_tokens
    ]


def _shingles(tokens: Sequence[str], size: int) -> set[tuple[str, ...]]:
    if len(tokens) < size:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def _verify(
    fragment: Fragment, sentence: Sentence, containment: float
) -> tuple[int, int, float] | None:
    """The sentence's words that best match the fragment, when they hold enough of it."""
    first, stop = _window(fragment.tokens, sentence.tokens)
    window = sentence.tokens[first:stop]
    if not window:
        return None
    common = (len(fragment.tokens) + len(window) - Indel.distance(fragment.tokens, window)) / 2
    score = common / len(fragment.tokens)
    if score < containment or common / len(window) < containment:
        return None
    return sentence.token_starts[first], sentence.token_ends[stop - 1], score


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
