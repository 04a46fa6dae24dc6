"""Verify stage: rapidfuzz confirms each candidate pair and aligns it to exact offsets."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from provenance.data import Match, Sentence


def verify(
    pairs: Iterable[tuple[int, int]],
    sentences: Sequence[Sentence],
    texts: Sequence[str],
    threshold: float,
) -> tuple[list[Match], int]:
    """Matches scoring at least ``threshold`` (rapidfuzz ratio of the normalised sentences)
    and the number of pairs rejected. ``texts`` are the documents' texts by document index."""
    normalised = [s.normalised for s in sentences]
    matches: list[Match] = []
    rejected = 0
    for a, b in pairs:
        score = fuzz.ratio(normalised[a], normalised[b])
        if score < threshold:
            rejected += 1
            continue
        span_a, span_b = align(sentences[a], sentences[b], texts)
        matches.append(Match(a, b, float(score), span_a, span_b))
    return matches, rejected


def align(
    a: Sentence, b: Sentence, texts: Sequence[str]
) -> tuple[tuple[int, int], tuple[int, int]]:
    """The stretch of each sentence that the other one matches, in document offsets.

    Words are aligned with an Indel (insert/delete) alignment; the stretch runs from the first
    to the last aligned run of words, ignoring single stray words at either edge, and takes in
    punctuation attached to its first and last word (opening quote, final full stop).
    """
    blocks = [op for op in Indel.opcodes(a.tokens, b.tokens) if op.tag == "equal"]
    long_blocks = [op for op in blocks if op.src_end - op.src_start >= 2]
    kept = long_blocks or blocks
    if not kept:  # verified on characters but no word in common: keep whole sentences
        return (a.start, a.end), (b.start, b.end)
    first, last = kept[0], kept[-1]
    span_a = _char_span(a, first.src_start, last.src_end, texts[a.doc])
    span_b = _char_span(b, first.dest_start, last.dest_end, texts[b.doc])
    return span_a, span_b


def _char_span(sentence: Sentence, first: int, stop: int, text: str) -> tuple[int, int]:
    start = sentence.token_starts[first]
    end = sentence.token_ends[stop - 1]
    while start > sentence.start and _attached(text[start - 1]):
        start -= 1
    while end < sentence.end and _attached(text[end]):
        end += 1
    return start, end


def _attached(char: str) -> bool:
    """Punctuation written against a word, such as quote marks and full stops."""
    return not char.isspace() and not char.isalnum()
