"""The verify stage's bound on the containment share (``verify._WordBound``) never rejects a
pair the word alignment keeps: verify gives the same matches with it and without it."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.matching import sketch as sketch_module
from provenance.matching import verify as verify_module
from provenance.matching.sketch import word_multisets
from provenance.model import Sentence

# a few short words, some alike but for a letter, so that pairs share many words, in and out
# of order, and hashes of every word of a sentence are compared
WORDS = ["a", "b", "ab", "ba", "the", "then", "é", "eé", "x y", "mayor", "said", "1"]

token_lists = st.lists(st.sampled_from(WORDS), min_size=1, max_size=24).map(tuple)


def _sentences(tokens: list[tuple[str, ...]], docs: list[int]) -> list[Sentence]:
    return [
        Sentence(doc, k, 0, 0, 1, t) for k, (t, doc) in enumerate(zip(tokens, docs, strict=True))
    ]


@settings(max_examples=200, deadline=None)
@given(st.lists(token_lists, min_size=2, max_size=30))
def test_the_word_bound_is_never_below_the_aligned_share(tokens: list[tuple[str, ...]]) -> None:
    sentences = _sentences(tokens, list(range(len(tokens))))
    n = len(sentences)
    pairs = np.array([(a, b) for a in range(n) for b in range(a + 1, n)], np.int64)
    bound = verify_module._WordBound.of(np.arange(len(sentences)), sentences)
    assert bound is not None
    shares = bound.shares(pairs)
    exact = verify_module.contained(pairs, sentences)
    assert np.all(shares >= exact)


def test_the_word_bound_counts_shared_words_whatever_their_order() -> None:
    words = "one two three four five six seven eight nine ten".split()
    sentences = _sentences(
        [tuple(words), tuple(reversed(words)), tuple(words[:2] + [w.upper() for w in words[2:]])],
        [0, 1, 2],
    )
    pairs = np.array([(0, 1), (0, 2)], np.int64)
    bound = verify_module._WordBound.of(np.arange(len(sentences)), sentences)
    assert bound is not None
    assert bound.shares(pairs).tolist() == [1.0, 0.2]
    assert verify_module.contained(pairs, sentences).tolist() == [0.1, 0.2]


@settings(max_examples=60, deadline=None)
@given(st.lists(token_lists, min_size=2, max_size=40), st.floats(0.3, 1.0), st.floats(0, 100))
def test_verify_keeps_the_same_pairs_with_the_bound_and_without(
    tokens: list[tuple[str, ...]], containment: float, threshold: float
) -> None:
    sentences = _sentences(tokens, list(range(len(tokens))))
    n = len(sentences)
    pairs = np.array([(a, b) for a in range(n) for b in range(a + 1, n)], np.int64)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(verify_module, "COMPILED_MIN_PAIRS", 0)
        bounded = verify_module.verify(pairs, sentences, threshold, containment)
        patch.setattr(verify_module, "COMPILED_MIN_PAIRS", 10**9)
        plain = verify_module.verify(pairs, sentences, threshold, containment)
    assert bounded == plain


def test_the_words_laid_out_in_batches_are_those_laid_out_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tokens = [("a", "b", "c"), ("x y", "b"), ("é",), ("the", "mayor", "said", "the")] * 5
    whole = word_multisets(tokens)
    monkeypatch.setattr(sketch_module, "WORDS_BATCH", 3)
    batched = word_multisets(tokens)
    assert whole is not None and batched is not None
    assert np.array_equal(whole[0], batched[0]) and np.array_equal(whole[1], batched[1])
