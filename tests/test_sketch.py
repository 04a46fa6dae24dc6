from __future__ import annotations

import random

import numpy as np
import pytest
import xxhash
from datasketch import MinHash

from provenance.matching import candidates as candidates_module
from provenance.matching.candidates import candidate_pairs
from provenance.settings import Settings
from tests.oracles.shingle import shingles
from tests.oracles.sketch import signature, signature_matrix, sketch


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
    pairs = candidate_pairs(signature_matrix(sketch(sets, settings)), owners, settings)
    assert pairs == [(0, 2), (1, 2)]
    with pytest.raises(ValueError, match="one owner per sketch"):
        candidate_pairs(signature_matrix(sketch(sets, settings)), owners[:2], settings)


def test_band_grouping_gives_the_pairs_datasketch_lsh_gives() -> None:
    """datasketch's MinHashLSH is the oracle for grouping by band keys."""
    from datasketch import MinHashLSH

    rng = random.Random(7)
    vocabulary = [f"w{i}" for i in range(40)]
    base = [[rng.choice(vocabulary) for _ in range(12)] for _ in range(40)]
    texts = []
    for words in base:  # each sentence and two edited copies: many near pairs, some far ones
        texts.append(words)
        for _ in range(2):
            copy = list(words)
            copy[rng.randrange(len(copy))] = rng.choice(vocabulary)
            texts.append(copy)
    for threshold in (0.3, 0.5, 0.8):
        settings = Settings(lsh_threshold=threshold)
        sketches = sketch([shingles(t, settings.shingle_size) for t in texts], settings)
        owners = [rng.randrange(30) for _ in texts]
        lsh = MinHashLSH(num_perm=settings.num_perm, params=settings.bands_rows)
        for key, minhash in enumerate(sketches):
            lsh.insert(key, minhash)
        expected = sorted(
            {
                (key, other)
                for key, minhash in enumerate(sketches)
                for other in lsh.query(minhash)
                if other > key and owners[other] != owners[key]
            }
        )
        assert candidate_pairs(signature_matrix(sketches), owners, settings) == expected
        assert expected  # the test means something


def test_oversized_buckets_are_skipped_and_counted(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings()
    sets = [shingles("the same short line".split(), 3)] * 5
    monkeypatch.setattr(candidates_module, "MAX_BUCKET", 3)
    found = candidates_module.find_candidates(
        signature_matrix(sketch(sets, settings)), range(5), settings
    )
    assert found.pairs == [] and found.oversized_buckets == settings.bands_rows[0]
