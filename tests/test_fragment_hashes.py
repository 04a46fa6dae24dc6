"""The quote fragment search given its fragments' shingle hashes (hashed once, with every
quote paragraph's, to count the common ones) finds what it finds hashing them itself."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.matching import fragments as fs
from provenance.matching.sketch import shingle_hashes
from provenance.model import Sentence

VOCABULARY = ("the", "minister", "said", "talks", "would", "go", "on", "and")
words = st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=10).map(tuple)


@settings(max_examples=200, deadline=None)
@given(st.lists(words, min_size=1, max_size=12), st.data())
def test_the_segments_of_some_lists_are_their_own_hashes(
    lists: list[tuple[str, ...]], data: st.DataObject
) -> None:
    rows = data.draw(st.lists(st.integers(0, len(lists) - 1), max_size=12))
    values, offsets = fs.segments(shingle_hashes(lists, 3), np.asarray(rows, np.int64))
    if not rows:
        assert len(values) == 0 and offsets.tolist() == [0]
        return
    expected_values, expected_offsets = shingle_hashes([lists[k] for k in rows], 3)
    assert values.tolist() == expected_values.tolist()
    assert offsets.tolist() == expected_offsets.tolist()


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 2), words), min_size=1, max_size=6),
    st.lists(st.tuples(st.integers(0, 2), words), min_size=1, max_size=10),
)
def test_find_with_the_fragments_hashes_given_finds_the_same_hits(
    quotes: list[tuple[int, tuple[str, ...]]], lines: list[tuple[int, tuple[str, ...]]]
) -> None:
    fragments = [
        fs.Fragment(doc, tokens, tuple(range(len(tokens))), tuple(range(1, len(tokens) + 1)))
        for doc, tokens in quotes
    ]
    texts = ["", "", ""]
    sentences: list[Sentence] = []
    for doc, tokens in sorted(lines):  # each document's sentences, a line each
        start = len(texts[doc])
        texts[doc] += " ".join(tokens) + ".\n"
        sentences.append(Sentence(doc, len(sentences), 0, start, len(texts[doc]) - 1, tokens))
    hashes = shingle_hashes([f.tokens for f in fragments], 2)
    alone = fs.find(fragments, sentences, texts, 2, 0.5)
    given_ = fs.find(fragments, sentences, texts, 2, 0.5, fragment_hashes=hashes)
    assert given_ == alone
