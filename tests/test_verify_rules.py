"""What the verify stage keeps: a pair reaching the ratio threshold (or contained) and sharing at
least ``MIN_ALIGNED_WORDS`` words, so that two short sentences agreeing only on a stock phrase
link nothing (real news: "They care about their lives" / "They care about their country")."""

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


def test_articles_sharing_only_a_stock_phrase_are_not_linked() -> None:
    result = run(
        doc("a", f"{S1}\nIt is not a crisis.\n{OTHER[0]}"),
        doc("b", f"{S2}\nFunding is not a crisis.\n{OTHER[1]}"),
    )
    assert result.clusters == ()
    assert verdicts(result) == {"a": ("unique", None, None), "b": ("unique", None, None)}
