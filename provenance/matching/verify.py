"""Verify stage: rapidfuzz confirms each candidate pair and aligns its words."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from provenance.model import Match, Sentence

# A sentence quoted or lifted inside a longer one ("We are told: “…”", "…,” said X, adding
# that …") scores low on ratio; it is kept when the longer sentence contains this share of the
# shorter one's words, in order, and the shorter has at least this many words.
CONTAINED_MIN_TOKENS = 8


def verify(
    pairs: Iterable[tuple[int, int]],
    sentences: Sequence[Sentence],
    threshold: float,
    containment: float = 1.0,
) -> tuple[list[Match], int]:
    """Matches whose normalised sentences reach ``threshold`` (rapidfuzz ratio, 0-100), or of
    which the longer holds at least ``containment`` of the shorter's words in order (0-1), and
    the number of pairs rejected."""
    pairs = list(pairs)
    scores = _ratios(pairs, sentences)
    matches: list[Match] = []
    rejected = 0
    for (a, b), score in zip(pairs, scores.tolist(), strict=True):
        if score < threshold and contained(sentences[a], sentences[b]) < containment:
            rejected += 1
            continue
        words_a, words_b = align(sentences[a].tokens, sentences[b].tokens)
        matches.append(Match(a, b, float(score), words_a, words_b))
    return matches, rejected


def _ratios(
    pairs: Sequence[tuple[int, int]], sentences: Sequence[Sentence]
) -> npt.NDArray[np.float64]:
    """rapidfuzz ratio of each pair's normalised sentences, in one batch on every core."""
    if not pairs:
        return np.empty(0, dtype=np.float64)
    firsts = [sentences[a].normalised for a, _ in pairs]
    seconds = [sentences[b].normalised for _, b in pairs]
    found: npt.NDArray[np.float64] = process.cpdist(
        firsts, seconds, scorer=fuzz.ratio, dtype=np.float64, workers=-1
    )
    return found


def contained(a: Sentence, b: Sentence) -> float:
    """The share of the shorter sentence's words found, in order, in the longer (0 when the
    shorter has fewer than ``CONTAINED_MIN_TOKENS`` words)."""
    shorter = min(len(a.tokens), len(b.tokens))
    if shorter < CONTAINED_MIN_TOKENS:
        return 0.0
    common = (len(a.tokens) + len(b.tokens) - Indel.distance(a.tokens, b.tokens)) / 2
    return common / shorter


def align(a: Sequence[str], b: Sequence[str]) -> tuple[tuple[int, int], tuple[int, int]]:
    """The range of words of each side that the other one matches (start, stop).

    Words are aligned with an Indel (insert/delete) alignment; the range runs from the first to
    the last aligned run of words, ignoring single stray words at either edge.
    """
    blocks = [op for op in Indel.opcodes(a, b) if op.tag == "equal"]
    kept = [op for op in blocks if op.src_end - op.src_start >= 2] or blocks
    if not kept:  # verified on characters but no word in common: keep whole sentences
        return (0, len(a)), (0, len(b))
    first, last = kept[0], kept[-1]
    return (first.src_start, last.src_end), (first.dest_start, last.dest_end)
