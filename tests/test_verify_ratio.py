"""The verify stage's compiled ratio (``verify_numba.ratios`` over ``verify._Characters``)
gives rapidfuzz's ``fuzz.ratio`` of every pair, float for float: strings of any length (one
to several 64-character blocks), Latin-1 or not, pairs sharing their first string or not."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from provenance.matching import verify as verify_module
from provenance.model import Sentence

pytest.importorskip("numba")

# a few letters, a space, letters past Latin-1 and past the first plane
LETTERS = "ab ecé"
OTHERS = "жд\U0001f600"
texts = st.text(alphabet=LETTERS, max_size=300)
wide_texts = st.text(alphabet=LETTERS + OTHERS, max_size=300)


def _both(strings: list[str], pairs: list[tuple[int, int]]) -> tuple[list[float], list[float]]:
    places = np.asarray(pairs, np.int64).reshape(-1, 2)
    characters = verify_module._Characters.of(strings)
    assert characters is not None
    compiled = characters.ratios(places)
    expected = process.cpdist(
        [strings[a] for a, _ in pairs],
        [strings[b] for _, b in pairs],
        scorer=fuzz.ratio,
        dtype=np.float64,
    )
    return compiled.tolist(), np.asarray(expected, np.float64).reshape(-1).tolist()


@settings(max_examples=200, deadline=None)
@given(st.lists(texts, min_size=1, max_size=12), st.data())
def test_the_compiled_ratio_is_rapidfuzz_ratio(strings: list[str], data: st.DataObject) -> None:
    index = st.integers(0, len(strings) - 1)
    pairs = data.draw(st.lists(st.tuples(index, index), min_size=1, max_size=40))
    if data.draw(st.booleans()):  # as verify gives them: in order of their first string
        pairs.sort()
    compiled, expected = _both(strings, pairs)
    assert compiled == expected


@settings(max_examples=150, deadline=None)
@given(st.lists(wide_texts, min_size=1, max_size=12), st.data())
def test_the_compiled_ratio_of_characters_past_latin_1(
    strings: list[str], data: st.DataObject
) -> None:
    index = st.integers(0, len(strings) - 1)
    pairs = sorted(data.draw(st.lists(st.tuples(index, index), min_size=1, max_size=40)))
    compiled, expected = _both(strings, pairs)
    assert compiled == expected


def test_long_strings_of_many_blocks_and_an_empty_one() -> None:
    strings = ["", "a" * 700, ("ab " * 150)[:-1], ("ba " * 200)[:-1], "é" * 65]
    pairs = [(a, b) for a in range(len(strings)) for b in range(len(strings))]
    compiled, expected = _both(strings, pairs)
    assert compiled == expected
    assert compiled[0] == 100.0  # two empty strings


# runs of a letter: blocks of the pattern that match nothing of the text, which a carry from
# the block below must cross (the all-ones block's own carry out)
runs = st.lists(st.tuples(st.sampled_from("abx"), st.integers(1, 80)), min_size=1, max_size=8)
run_texts = runs.map(lambda found: "".join(letter * n for letter, n in found))


@settings(max_examples=300, deadline=None)
@given(run_texts, run_texts)
def test_the_compiled_ratio_of_runs_of_letters(a: str, b: str) -> None:
    compiled, expected = _both([a, b], [(0, 1), (1, 0)])
    assert compiled == expected


def test_a_table_past_the_bound_leaves_the_scores_to_rapidfuzz(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Strings whose bit table would pass ``RATIO_TABLE_MAX_BYTES`` (many character codes, a
    long string) are not laid out for the kernel, and verify keeps the same pairs."""
    strings = ["ж" + " aaaa" * 40, "ж" + " aaaa" * 38 + " bbbb" * 2, "x y", "x z"]
    # 257 codes, 4 blocks (the kernel's least): 8,224 bytes
    assert verify_module._Characters.of(strings) is not None
    monkeypatch.setattr(verify_module, "RATIO_TABLE_MAX_BYTES", 257 * 4 * 8 - 1)
    assert verify_module._Characters.of(strings) is None
    sentences = [Sentence(k, 0, 0, 0, 1, tuple(text.split())) for k, text in enumerate(strings)]
    pairs = np.array([(0, 1), (2, 3), (0, 2)], np.int64)
    monkeypatch.setattr(verify_module, "COMPILED_MIN_PAIRS", 0)
    past = verify_module.verify(pairs, sentences, 70.0, 0.8)
    monkeypatch.setattr(verify_module, "RATIO_TABLE_MAX_BYTES", 1 << 30)
    assert verify_module.verify(pairs, sentences, 70.0, 0.8) == past
    monkeypatch.setattr(verify_module, "COMPILED_MIN_PAIRS", 10**9)
    assert verify_module.verify(pairs, sentences, 70.0, 0.8) == past
    assert [(m.a, m.b) for m in past[0]] == [(0, 1)]
