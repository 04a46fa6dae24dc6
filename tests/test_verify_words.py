"""The containment bound made from a run's word hashes (``verify.WordHashes``, the stream the
candidates step lays out) is the bound made from the words (``sketch.word_multisets``): the same
shares for every pair, and verify keeps the same matches with either."""

from __future__ import annotations

import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import Indel

from provenance.matching import verify as verify_module
from provenance.matching.passages import word_hashes
from provenance.model import Sentence

pytest.importorskip("numba")

WORDS = ["a", "b", "ab", "ba", "the", "then", "é", "eé", "mayor", "said", "1", "council"]

token_lists = st.lists(st.sampled_from(WORDS), min_size=1, max_size=24).map(tuple)


def _words(sentences: list[Sentence], order: list[int]) -> verify_module.WordHashes:
    """The sentences' word hashes laid out in another order (``order``), as a stream holds
    them among other sentences' words."""
    laid = [sentences[k] for k in order]
    hashes = word_hashes(laid)
    lengths = np.asarray([len(s.tokens) for s in laid], np.int64)
    begins = np.concatenate(([0], np.cumsum(lengths)))[:-1]
    starts = np.empty(len(sentences), np.int64)
    starts[order] = begins
    ends = starts + np.asarray([len(s.tokens) for s in sentences], np.int64)
    return verify_module.WordHashes(hashes, starts, ends)


@settings(max_examples=150, deadline=None)
@given(st.lists(token_lists, min_size=2, max_size=30), st.randoms(use_true_random=False))
def test_bounds_from_word_hashes_are_those_from_the_words(
    tokens: list[tuple[str, ...]], rng: random.Random
) -> None:
    sentences = [Sentence(k, 0, 0, 0, 1, t) for k, t in enumerate(tokens)]
    n = len(sentences)
    order = list(range(n))
    rng.shuffle(order)
    words = _words(sentences, order)
    numbers = np.asarray(sorted(rng.sample(range(n), rng.randint(2, n))), np.int64)
    plain = verify_module._WordBound.of(numbers, sentences)
    hashed = verify_module._WordBound.of(numbers, sentences, words)
    assert plain is not None and hashed is not None
    places = np.asarray(
        [(a, b) for a in range(len(numbers)) for b in range(len(numbers))], np.int64
    )
    assert hashed.shares(places).tolist() == plain.shares(places).tolist()
    assert np.array_equal(hashed.first, plain.first)


def test_multisets_are_sorted_a_batch_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches of a few words (a sentence longer than a batch is a batch of its own) give the
    multisets one batch gives."""
    sentences = [
        Sentence(k, 0, 0, 0, 1, tuple(WORDS[(k * 7 + j) % len(WORDS)] for j in range(k % 9 + 1)))
        for k in range(40)
    ]
    words = _words(sentences, list(range(40))[::-1])
    numbers = np.arange(0, 40, 3, dtype=np.int64)
    whole = words.multisets(numbers)
    monkeypatch.setattr(verify_module, "MULTISET_WORDS", 5)
    batched = words.multisets(numbers)
    assert np.array_equal(whole[0], batched[0]) and np.array_equal(whole[1], batched[1])


@settings(max_examples=40, deadline=None)
@given(st.lists(token_lists, min_size=2, max_size=40), st.floats(0.3, 1.0), st.floats(0, 100))
def test_verify_keeps_the_same_pairs_with_word_hashes(
    tokens: list[tuple[str, ...]], containment: float, threshold: float
) -> None:
    sentences = [Sentence(k, 0, 0, 0, 1, t) for k, t in enumerate(tokens)]
    n = len(sentences)
    pairs = np.array([(a, b) for a in range(n) for b in range(a + 1, n)], np.int64)
    words = _words(sentences, list(range(n)))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(verify_module, "COMPILED_MIN_PAIRS", 0)
        plain = verify_module.verify(pairs, sentences, threshold, containment)
        hashed = verify_module.verify(pairs, sentences, threshold, containment, words)
    assert hashed == plain


def _align_by_opcodes(
    a: tuple[str, ...], b: tuple[str, ...]
) -> tuple[tuple[int, int], tuple[int, int]]:
    """``verify.align`` as it read the alignment before: from its opcodes."""
    blocks = [op for op in Indel.opcodes(a, b) if op.tag == "equal"]
    kept = [op for op in blocks if op.src_end - op.src_start >= 2] or blocks
    if not kept:
        return (0, len(a)), (0, len(b))
    first, last = kept[0], kept[-1]
    return (first.src_start, last.src_end), (first.dest_start, last.dest_end)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS[:5]), max_size=20).map(tuple),
    st.lists(st.sampled_from(WORDS[:5]), max_size=20).map(tuple),
)
def test_alignment_from_matching_blocks_is_that_from_opcodes(
    a: tuple[str, ...], b: tuple[str, ...]
) -> None:
    assert verify_module.align(a, b) == _align_by_opcodes(a, b)
