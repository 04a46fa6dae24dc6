"""The sketch kernel against its oracle, datasketch: the same signatures, bit for bit."""

from __future__ import annotations

import random

import numpy as np
import pytest
import xxhash

from provenance.matching import sketch as kernel
from provenance.settings import Settings
from tests.conftest import in_ci
from tests.oracles.shingle import shingles
from tests.oracles.sketch import signature_matrix, sketch

# Words of every length around the xxh32 block sizes (4 and 16 bytes), with accents.
VOCABULARY = ["a", "of", "the", "nato", "ukraine", "zelenskyy", "café", "naïve", "münchen",
              "supercalifragilistic", "x" * 31, "1.5m", "£41.2m", "’90s"]  # fmt: skip


def samples(seed: int, n: int) -> list[list[str]]:
    rng = random.Random(seed)
    return [
        [rng.choice(VOCABULARY) + str(rng.randrange(9)) * rng.randrange(2) for _ in range(k)]
        for k in (rng.randint(1, 25) for _ in range(n))
    ]


def oracle(token_lists: list[list[str]], settings: Settings) -> np.ndarray:
    sets = [shingles(tokens, settings.shingle_size) for tokens in token_lists]
    return signature_matrix(sketch(sets, settings))


@pytest.mark.parametrize(
    "settings",
    [Settings(), Settings(shingle_size=1, num_perm=64, seed=7), Settings(shingle_size=5, seed=2)],
)
def test_numpy_path_matches_datasketch(settings: Settings) -> None:
    lists = samples(settings.seed, 400)
    got = kernel.signatures(lists, settings.shingle_size, settings.num_perm, settings.seed)
    assert got.dtype == np.uint32
    assert np.array_equal(got, oracle(lists, settings))


@pytest.mark.parametrize("seed", [1, 11])
def test_compiled_kernel_matches_datasketch(seed: int) -> None:
    if kernel.numba_module() is None:
        if in_ci():
            pytest.fail("numba is missing (CI=true: this test must not skip)")
        pytest.skip("numba is not installed; the numpy path is used")
    settings = Settings(seed=seed)
    lists = samples(seed, 2000)
    buffer, words, first = kernel.layout(lists)
    a, b = kernel.permutations(settings.num_perm, settings.seed)
    got = kernel.compiled_signatures(buffer, words[0], words[1], first, settings.shingle_size, a, b)
    assert np.array_equal(got, oracle(lists, settings))


def test_empty_sentences_are_refused() -> None:
    with pytest.raises(ValueError, match="without words"):
        kernel.signatures([["a"], []], 3, 128, 1)


@pytest.mark.parametrize("size", [1, 3, 5])
def test_shingle_hashes_are_xxh32_of_each_shingle_in_order(size: int) -> None:
    lists = samples(size, 300)
    expected = [
        xxhash.xxh32_intdigest(" ".join(tokens[i : i + size]).encode())
        for tokens in lists
        for i in range(max(len(tokens) - size + 1, 1))
    ]
    hashes, offsets = kernel.shingle_hashes(lists, size)
    assert hashes.tolist() == expected
    assert offsets.tolist() == [0, *np.cumsum([max(len(t) - size + 1, 1) for t in lists])]
    if kernel.numba_module() is not None:
        buffer, words, first = kernel.layout(lists)
        compiled = kernel._compiled_hashes()(buffer, words[0], words[1], first, size, offsets)
        assert np.array_equal(compiled, hashes)


def test_layout_finds_every_word_back_even_when_one_holds_a_separator() -> None:
    for lists in ([["nato", "café"], ["a"]], [["new york", "x"], ["a b", "c"]]):
        buffer, words, first = kernel.layout(lists)
        data = buffer.tobytes()
        flat = [w for tokens in lists for w in tokens]
        assert [data[s:e].decode() for s, e in words.T] == flat
        assert first.tolist() == [0, *np.cumsum([len(t) for t in lists])]


@pytest.mark.parametrize("n", [50, kernel.NUMBA_MIN_SENTENCES])
def test_signatures_and_hashes_laid_out_once_match_each_alone(n: int) -> None:
    lists = samples(3, n)
    found, (hashes, offsets) = kernel.signatures_and_hashes(lists, 3, 64, 5)
    assert np.array_equal(found, kernel.signatures(lists, 3, 64, 5))
    alone, alone_offsets = kernel.shingle_hashes(lists, 3)
    assert np.array_equal(hashes, alone) and np.array_equal(offsets, alone_offsets)
