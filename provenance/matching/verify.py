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
# Pairs scored at once: rapidfuzz holds its own copy of every string and word list of a batch
# (3.88 million pairs at once held 1.7 GB on the stress corpus at a million sentences).
SCORE_BATCH = 200_000


def verify(
    pairs: npt.NDArray[np.int64] | Iterable[tuple[int, int]],
    sentences: Sequence[Sentence],
    threshold: float,
    containment: float = 1.0,
) -> tuple[list[Match], int]:
    """Matches whose normalised sentences reach ``threshold`` (rapidfuzz ratio, 0-100), or of
    which the longer holds at least ``containment`` of the shorter's words in order (0-1), and
    the number of pairs rejected. Both scores are computed in batches on every core; Python
    only aligns the words of the matches."""
    table = np.asarray(pairs if isinstance(pairs, np.ndarray) else list(pairs), np.int64)
    table = table.reshape(-1, 2)  # a pair a row
    matches: list[Match] = []
    for first in range(0, len(table), SCORE_BATCH):
        batch = table[first : first + SCORE_BATCH]
        scores = _ratios(batch, sentences)
        kept = scores >= threshold
        unsure = np.flatnonzero(~kept)
        kept[unsure] = contained(batch[unsure], sentences) >= containment
        for (a, b), score in zip(batch[kept].tolist(), scores[kept].tolist(), strict=True):
            words_a, words_b = align(sentences[a].tokens, sentences[b].tokens)
            matches.append(Match(a, b, float(score), words_a, words_b))
    return matches, len(table) - len(matches)


def _ratios(pairs: npt.NDArray[np.int64], sentences: Sequence[Sentence]) -> npt.NDArray[np.float64]:
    """rapidfuzz ratio of each pair's normalised sentences, in one batch on every core (each
    sentence joined once, however many pairs it is in)."""
    numbers, inverse = np.unique(pairs, return_inverse=True)
    joined = [sentences[k].normalised for k in numbers.tolist()]
    inverse = inverse.reshape(pairs.shape)
    found: npt.NDArray[np.float64] = process.cpdist(
        [joined[k] for k in inverse[:, 0].tolist()],
        [joined[k] for k in inverse[:, 1].tolist()],
        scorer=fuzz.ratio,
        dtype=np.float64,
        workers=-1,
    )
    return found


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
    found = np.zeros(len(pairs), np.float64)
    asked = np.flatnonzero(shorter >= CONTAINED_MIN_TOKENS)
    if len(asked):
        distance = process.cpdist(
            [sentences[a].tokens for a in pairs[asked, 0].tolist()],
            [sentences[b].tokens for b in pairs[asked, 1].tolist()],
            scorer=Indel.distance,
            dtype=np.int64,
            workers=-1,
        )
        common = (lengths[asked].sum(axis=1) - distance) / 2
        found[asked] = common / shorter[asked]
    return found


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
