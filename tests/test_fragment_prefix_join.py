"""The quote fragment search's prefix join (``fragments_prefix_numba``: only each fragment's
rarest shingles posted, the rest counted against a sentence that reaches one) gives the pairs
the join on every shingle gives, with common shingles left out or not."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.matching import fragments as fs
from provenance.matching.sketch import shingle_hashes

VOCABULARY = ("the", "minister", "said", "talks", "would", "go", "on", "and", "in", "a")
words = st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=14).map(tuple)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(words, min_size=1, max_size=10),
    st.lists(words, min_size=1, max_size=16),
    st.integers(1, 3),
    st.integers(0, 3),
)
def test_the_prefix_join_gives_the_pairs_of_the_join_on_every_shingle(
    fragments: list[tuple[str, ...]], sentences: list[tuple[str, ...]], size: int, n_common: int
) -> None:
    f_hashes = shingle_hashes(fragments, size)
    s_hashes = shingle_hashes(sentences, size)
    common = np.unique(f_hashes[0])[:n_common]  # some shingles left out, or none
    copies = [1] * len(fragments)
    args = (f_hashes, copies, sentences, size, s_hashes, common)
    prefix = fs._candidates(*args, compiled=True)
    every = fs._candidates(*args, compiled=False)
    assert prefix.tolist() == every.tolist()


def test_a_sentence_reaching_many_fragments_lists_them_in_order() -> None:
    # forty fragments sharing one sentence's words: more than are ordered by insertion
    fragments = [
        ("the", "minister", "said", "talks", VOCABULARY[k % 10], str(k)) for k in range(40)
    ]
    sentences = [("the", "minister", "said", "talks", "would", "go", "on", "and", "in", "a")]
    f_hashes = shingle_hashes(fragments, 1)
    s_hashes = shingle_hashes(sentences, 1)
    none = np.empty(0, np.uint32)
    args = (f_hashes, [1] * 40, sentences, 1, s_hashes, none)
    prefix = fs._candidates(*args, compiled=True)
    assert len(prefix) == 40
    assert prefix.tolist() == fs._candidates(*args, compiled=False).tolist()


def test_the_prefix_join_asks_for_room_when_pairs_outnumber_shingles() -> None:
    fragments = [("the", "minister", extra) for extra in VOCABULARY]
    sentences = [("the", "minister")] * 3
    f_hashes = shingle_hashes(fragments, 2)
    s_hashes = shingle_hashes(sentences, 2)
    args = (f_hashes, [1] * len(fragments), sentences, 2, s_hashes, np.empty(0, np.uint32))
    prefix = fs._candidates(*args, compiled=True)
    assert len(prefix) == 3 * len(VOCABULARY)
    assert prefix.tolist() == fs._candidates(*args, compiled=False).tolist()
