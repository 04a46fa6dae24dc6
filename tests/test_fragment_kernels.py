"""The quote fragment search's compiled kernels (``fragments_numba``) change no answer: the
join counted in place gives the pairs NumPy's sort gives, the word count before alignment
drops only pairs the alignment rejects, and ``find`` gives the same hits with them as without."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.matching import fragments as fs
from provenance.matching.sketch import shingle_hashes
from provenance.model import Sentence

VOCABULARY = ("the", "minister", "said", "talks", "would", "go", "on", "and")  # many repeats
words = st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=14).map(tuple)


def join_both_ways(
    fragments: Sequence[tuple[str, ...]], sentences: Sequence[tuple[str, ...]]
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    f_hashes = shingle_hashes(fragments, 2)
    wanted = fs.postings(f_hashes, np.empty(0, np.uint32))
    s_hashes, s_offsets = shingle_hashes(sentences, 2)
    owner, distinct = fs._distinct(s_hashes, s_offsets)
    args = (owner, distinct, wanted.hashes, wanted.owners, wanted.needed, len(wanted.needed))
    return fs._joined(*args, compiled=True), fs._joined(*args, compiled=False)


@settings(max_examples=200, deadline=None)
@given(st.lists(words, min_size=1, max_size=8), st.lists(words, min_size=1, max_size=12))
def test_the_counted_join_gives_the_sorted_join_pairs(
    fragments: list[tuple[str, ...]], sentences: list[tuple[str, ...]]
) -> None:
    compiled, numpy = join_both_ways(fragments, sentences)
    assert compiled.tolist() == numpy.tolist()


def test_the_counted_join_asks_for_room_when_pairs_outnumber_rows() -> None:
    # one shingle in every fragment: each sentence row reaches all of them
    fragments = [("the", "minister", extra) for extra in VOCABULARY]
    compiled, numpy = join_both_ways(fragments, [("the", "minister")] * 3)
    assert len(compiled) == 3 * len(VOCABULARY) and compiled.tolist() == numpy.tolist()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(words, words), min_size=1, max_size=10))
def test_the_bag_overlap_counts_words_in_common_with_repeats(
    pairs: list[tuple[tuple[str, ...], tuple[str, ...]]],
) -> None:
    from provenance.matching import fragments_numba

    table = np.array([(k, k) for k in range(len(pairs))], np.int64)
    a_rows, a_values, a_offsets = fs._word_bags(table[:, 0], [a for a, _ in pairs])
    b_rows, b_values, b_offsets = fs._word_bags(table[:, 1], [b for _, b in pairs])
    found = np.empty(len(pairs), np.int64)
    fragments_numba.bag_overlap(a_rows, b_rows, a_values, a_offsets, b_values, b_offsets, found)
    expected = [sum((Counter(a) & Counter(b)).values()) for a, b in pairs]
    assert found.tolist() == expected


@settings(max_examples=300, deadline=None)
@given(words, words, st.sampled_from([0.5, 0.85, 1.0]))
def test_the_word_count_drops_only_what_alignment_rejects(
    fragment: tuple[str, ...], sentence: tuple[str, ...], containment: float
) -> None:
    kept = fs._may_hold(np.array([[0, 0]]), [fragment], [sentence], containment, compiled=True)
    if fs._verify(fragment, sentence, containment) is not None:
        assert len(kept) == 1


def _sentences(token_lists: list[tuple[str, ...]]) -> tuple[list[Sentence], list[str]]:
    texts, sentences = [], []
    for doc, tokens in enumerate(token_lists):
        text = " ".join(tokens)
        texts.append(text)
        sentences.append(Sentence(doc, 0, 0, 0, len(text), tokens))
    return sentences, texts


@pytest.mark.parametrize("seed", range(5))
def test_find_gives_the_same_hits_with_the_kernels_as_without(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = np.random.default_rng(seed)
    vocabulary = [f"w{k}" for k in range(40)]
    lists = [tuple(rng.choice(vocabulary, rng.integers(6, 20)).tolist()) for _ in range(150)]
    for k in range(150):  # copies with a word or two changed: near the containment threshold
        words = list(lists[k])
        for _ in range(rng.integers(1, 3)):
            words[rng.integers(len(words))] = str(rng.choice(vocabulary))
        lists.append(tuple(words))
    sentences, texts = _sentences(lists)
    fragments = [
        fs.Fragment(
            1000 + k,
            tokens := tuple(lists[k][1:8]),
            tuple(range(len(tokens))),
            tuple(range(1, len(tokens) + 1)),
        )
        for k in range(0, 300, 3)
    ]

    def run(compiled: bool) -> list[fs.Hit]:
        monkeypatch.setattr(fs, "COMPILED_MIN_HITS", 0 if compiled else 1 << 62)
        monkeypatch.setattr(fs, "COMPILED_MIN_PAIRS", 0 if compiled else 1 << 62)
        return fs.find(fragments, sentences, texts + [""] * 1000, 3, 0.85)

    with_kernels, without = run(True), run(False)
    assert with_kernels == without and len(without) > len(fragments)
