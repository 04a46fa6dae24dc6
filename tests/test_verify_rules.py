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


def _pair(first: str, second: str) -> list[Sentence]:
    return [
        Sentence(0, 0, 0, 0, len(first), tuple(first.split())),
        Sentence(1, 0, 0, 0, len(second), tuple(second.split())),
    ]


def _verified(first: str, second: str) -> tuple[list[Match], int]:
    return verify_module.verify(np.array([(0, 1)], np.int64), _pair(first, second), 70.0, 0.8)


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


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # PolNeAR's train split: three articles linked by each pair
        ("its going to be a zoo", "its going to be a long eight months"),
        ("sanders will pick up at least 14", "sanders will pick up at least 45"),
        ("the timing could not be worse", "the timing could not be better"),
        # alike after their openings, each line its own speaker
        ("senior officials said the talks had stalled", "the minister said the talks had stalled"),
        # contained (eight words, seven held in order), then parting (PolNeAR's train split)
        (
            "and it is only going to get trickier",
            "because our leaders are weak i said this was going to happen and it is only going"
            " to get worse",
        ),
    ],
)
def test_lines_parting_after_a_stock_phrase_are_no_match(first: str, second: str) -> None:
    """Alike over most of their words, but fewer than ``PARTING_BELOW`` of them, and each line
    goes its own way after them (or, alike on characters, before them): the words that say
    something differ."""
    [held] = verify_module.contained(np.array([(0, 1)], np.int64), _pair(first, second))
    assert fuzz.ratio(first, second) >= 70.0 or held >= 0.8  # alike, or contained
    assert _verified(first, second) == ([], 1)


@pytest.mark.parametrize(
    ("first", "second", "spans"),
    [
        # an edit inside: both ends kept
        (
            "police said the man was arrested at the scene",
            "police said the man was detained at the scene",
            ((0, 9), (0, 9)),
        ),
        # one line ends where the stretch does: the other goes on
        (
            "the bridge will reopen on monday",
            "the bridge will reopen on monday officials said",
            ((0, 6), (0, 6)),
        ),
        # a quotation contained after words of each line's own (Rubio, in two of PolNeAR's
        # train articles): it opens differently, and is not cut short
        (
            "but presidents cant just say anything they want",
            "the problem is presidents cant just say anything they want because it has"
            " consequences here and around the world",
            ((1, 8), (3, 10)),
        ),
        # eight words shared, parting after them: a long stretch is not a stock phrase
        (
            "the council will vote on the budget next week",
            "the council will vote on the budget next month",
            ((0, 8), (0, 8)),
        ),
    ],
)
def test_a_short_line_edited_or_going_on_is_a_match(
    first: str, second: str, spans: tuple[tuple[int, int], tuple[int, int]]
) -> None:
    matches, _ = _verified(first, second)
    assert [(m.a_words, m.b_words) for m in matches] == [spans]


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
