from __future__ import annotations

import numpy as np
import pytest
import xxhash
from datasketch import MinHash

from provenance.candidates import candidate_pairs
from provenance.config import Settings
from provenance.shingle import shingles
from provenance.sketch import signature, sketch


def test_shingles() -> None:
    assert shingles(["a", "b", "c", "d"], 3) == [b"a b c", b"b c d"]
    assert shingles(["a", "b"], 3) == [b"a b"]
    assert shingles(["x", "y", "x", "y"], 2) == [b"x y", b"y x"]
    assert shingles([], 3) == []
    with pytest.raises(ValueError, match="at least 1"):
        shingles(["a"], 0)


def test_signatures_equal_datasketch_fed_the_same_shingles() -> None:
    settings = Settings(num_perm=64, seed=3)
    sets = [shingles("the prime minister reiterated the uks commitment".split(), 3), [b"solo"]]
    for ours, shingle_set in zip(sketch(sets, settings), sets, strict=True):
        oracle = MinHash(num_perm=64, seed=3, hashfunc=xxhash.xxh32_intdigest, scheme="affine32")
        for item in shingle_set:
            oracle.update(item)
        assert np.array_equal(signature(ours), signature(oracle))


def test_sketches_are_deterministic_and_refuse_empty_sets() -> None:
    settings = Settings()
    sets = [[b"a b c", b"b c d"]]
    assert np.array_equal(
        signature(sketch(sets, settings)[0]), signature(sketch(sets, settings)[0])
    )
    with pytest.raises(ValueError, match="empty shingle set"):
        sketch([[]], settings)


def test_candidates_pair_similar_sentences_across_documents_only() -> None:
    settings = Settings()
    texts = [
        "the prime minister reiterated the uks commitment to ukraine being on an irreversible path",
        "the prime minister reiterated the uks commitment to ukraine being on an irreversible path",
        "the prime minister reiterated the uks commitment to ukraine being on an irreversible road",
        "football results from the weekend were announced on saturday by the league officials",
    ]
    sets = [shingles(t.split(), settings.shingle_size) for t in texts]
    owners = [0, 0, 1, 2]
    pairs = candidate_pairs(sketch(sets, settings), owners, settings)
    assert pairs == [(0, 2), (1, 2)]
    with pytest.raises(ValueError, match="one owner per sketch"):
        candidate_pairs(sketch(sets, settings), owners[:2], settings)
