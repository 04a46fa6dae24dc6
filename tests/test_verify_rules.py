"""What the verify stage keeps: a pair reaching the ratio threshold over half of each sentence's
words, or contained in the stretch the two share, and sharing at least ``MIN_ALIGNED_WORDS``
words, so that sentences agreeing only on a stock phrase link nothing (real news: "They care
about their lives" / "They care about their country"; "I wanted to be president of the United
States" inside a long sentence that ends "... to be president of the United States")."""

from __future__ import annotations

import numpy as np
import pytest
from rapidfuzz import fuzz

from provenance.matching import verify as verify_module
from provenance.model import Match, Sentence
from tests.test_pipeline import OTHER, S1, S2, doc, run, verdicts


def _verified(first: str, second: str) -> tuple[list[Match], int]:
    sentences = [
        Sentence(0, 0, 0, 0, len(first), tuple(first.split())),
        Sentence(1, 0, 0, 0, len(second), tuple(second.split())),
    ]
    return verify_module.verify(np.array([(0, 1)], np.int64), sentences, 70.0, 0.8)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("they said the bridge was unsafe", "the council said the bridge was fine"),
        ("the mayor could have been clearer", "it could have been worse"),
        ("it is not a crisis", "funding is not a crisis"),
    ],
)
def test_short_sentences_sharing_a_stock_phrase_are_no_match(first: str, second: str) -> None:
    assert fuzz.ratio(first, second) >= 70.0  # similar enough on characters
    assert _verified(first, second) == ([], 1)


def test_five_shared_words_with_an_edit_are_a_match() -> None:
    matches, rejected = _verified(
        "we need a much stronger bridge", "we need a much much stronger bridge"
    )
    assert rejected == 0
    assert [(m.a, m.b, m.a_words, m.b_words) for m in matches] == [(0, 1, (0, 6), (0, 7))]


def test_a_sentence_contained_only_as_scattered_words_is_no_match() -> None:
    """The longer sentence holds nine of the shorter's ten words in order, but the stretch the
    two share is seven words: "i" and "wanted" lie far from it, and contain nothing."""
    first = "i wanted to be the mayor of the whole city"
    second = (
        "i have said a thousand times that nobody who wanted the job can be the mayor of the"
        " whole city by promising more"
    )
    sentences = [
        Sentence(0, 0, 0, 0, len(first), tuple(first.split())),
        Sentence(1, 0, 0, 0, len(second), tuple(second.split())),
    ]
    pairs = np.array([(0, 1)], np.int64)
    assert verify_module.contained(pairs, sentences).tolist() == [0.9]
    assert fuzz.ratio(first, second) < 70.0
    assert _verified(first, second) == ([], 1)


def test_a_sentence_lifted_whole_into_a_longer_one_is_a_match() -> None:
    first = "the bridge will stay closed until the spring"
    second = "residents were told on monday that the bridge will stay closed until the spring"
    matches, _ = _verified(first, second)
    assert [(m.a_words, m.b_words) for m in matches] == [((0, 8), (6, 14))]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "presumptive party nominee jane doe marched in the city parade on sunday",
            "presumptive party nominee jane doe called on the council to act",
        ),
        (
            "the county poll has a margin of error of four points",
            "the state poll had a margin of error of three percentage points",
        ),
    ],
)
def test_sentences_alike_only_at_one_end_are_no_match(first: str, second: str) -> None:
    """Alike on characters (the ratio weighs whole sentences), alike in words only at their
    opening or in their middle: under ``MIN_ALIGNED_SHARE`` of a sentence aligned."""
    assert fuzz.ratio(first, second) >= 70.0
    assert _verified(first, second) == ([], 1)


def test_a_lightly_edited_sentence_is_a_match() -> None:
    matches, _ = _verified(
        "acting mayor jane doe opened the new library on tuesday morning",
        "acting mayor jane doe opened the library on tuesday",
    )
    assert [(m.a_words, m.b_words) for m in matches] == [((0, 10), (0, 9))]


def test_articles_sharing_only_a_stock_phrase_are_not_linked() -> None:
    result = run(
        doc("a", f"{S1}\nIt is not a crisis.\n{OTHER[0]}"),
        doc("b", f"{S2}\nFunding is not a crisis.\n{OTHER[1]}"),
    )
    assert result.clusters == ()
    assert verdicts(result) == {"a": ("unique", None, None), "b": ("unique", None, None)}
