from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.text.quotes import QuoteMap, pieces, quote_id, quote_regions, quotes
from provenance.text.segment import paragraphs


def quoted(text: str) -> list[str]:
    return [text[s:e] for s, e in quote_regions(text, paragraphs(text))]


def test_curly_and_straight_double_quotes() -> None:
    assert quoted('He said “yes” and "no" today.') == ["yes", "no"]


def test_apostrophes_are_not_quote_marks() -> None:
    assert quoted("Britain’s view, Zelenskyy‘s call and it's late.") == []
    assert quoted("She called it ‘a farce’ and Britain’s ‘worst day’.") == ["a farce", "worst day"]


def test_nested_quotes_stay_inside_the_outer_quote() -> None:
    assert quoted("He said: “They called it ‘a farce’, not me.”") == [
        "They called it ‘a farce’, not me."
    ]


def test_unclosed_quote_runs_to_the_end_of_its_paragraph() -> None:
    text = "He said: “We will act.\n“We will not wait.\n“We are ready.”\nAfter."
    assert quoted(text) == ["We will act.", "We will not wait.", "We are ready."]


def test_closing_mark_without_opening_mark_quotes_from_paragraph_start() -> None:
    text = "We’ve talked and we will talk,” Starmer told Trump."
    assert quoted(text) == ["We’ve talked and we will talk,"]


def test_quote_map_answers_containment() -> None:
    text = "He said “yes indeed” today."
    regions = quote_regions(text, paragraphs(text))
    found = QuoteMap(regions)
    start = text.index("yes")
    assert found.inside(start, start + 3)
    assert found.inside(start, start + len("yes indeed"))
    assert not found.inside(0, 2)
    assert not found.mostly_inside([])
    assert found.mostly_inside([(start, start + 3), (start + 4, start + 10)])
    assert found.mostly_inside([(3, 7), (start, start + 3)])  # "said" outside, "yes" inside
    assert not found.mostly_inside([(0, 2), (3, 7), (start, start + 3)])
    end = start + len("yes indeed")
    assert found.overlaps(0, start + 1) and found.overlaps(end - 1, len(text))
    assert not found.overlaps(0, start) and not found.overlaps(end, len(text))
    assert not QuoteMap([]).overlaps(0, len(text))


def test_each_quote_closes_with_its_own_marks() -> None:
    assert quoted('“He said "no" to the plan today,” she said.') == [
        'He said "no" to the plan today,'
    ]
    assert quoted("„Wir sind bereit“, sagte der Minister.") == ["Wir sind bereit"]
    assert quoted("»Ja«, sagte er, und «oui», dit-elle.") == ["Ja", "oui"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one mark of each style (seen on PolNeAR: an editor or a scraper changed one of them)
        ('"We are not done,” Grassley said.', ["We are not done,"]),
        ('“We are not done," Grassley said.', ["We are not done,"]),
        # the straight marks left pair among themselves: a quote of their own, then another
        ('"One,” he said. "Two."', ["One,", "Two."]),
        ('“Mixed one," he said. “Two.”', ["Mixed one,", "Two."]),
        # a straight pair inside a curly quote stays inside it
        ('“He said "yes" today,” she said.', ['He said "yes" today,']),
    ],
)
def test_mixed_quotation_marks(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_decades_are_not_quotes() -> None:
    assert quoted("Traffic doubled in the '90s. The council said so.") == []
    assert quoted("Traffic doubled in the ‘90s and ‘the worst’ was yet to come.") == ["the worst"]


def test_spaced_french_quotes() -> None:
    assert quoted("« Nous sommes prêts », a dit le ministre.") == ["Nous sommes prêts"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said ‘‘doubled single marks’’ here.", ["doubled single marks"]),
        ("“ spaced inside ”", ["spaced inside"]),
        ("She said “the workers' rights” today.", ["the workers' rights"]),
        ("He said: “They called it ‘a farce’, not me.”", ["They called it ‘a farce’, not me."]),
    ],
)
def test_quoted_words_are_trimmed_of_spaces_and_stray_marks(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_plural_possessive_inside_a_single_quote() -> None:
    assert quoted("He called it ‘the ministers’ plan, and a bad one’ today.") == [
        "the ministers’ plan, and a bad one"
    ]
    assert quoted("She said ‘it was the best of times’ and left.") == ["it was the best of times"]


def grouped(text: str) -> list[list[str]]:
    return [[text[s:e] for s, e in q.parts] for q in quotes(text, paragraphs(text))]


def test_a_quote_left_open_continues_into_a_paragraph_that_reopens_with_a_mark() -> None:
    text = "She said: “We will act.\n“We will not wait.\n“We are ready.”\n“Next quote.”"
    assert grouped(text) == [
        ["We will act.", "We will not wait.", "We are ready."],
        ["Next quote."],
    ]


def test_an_open_quote_ends_with_its_paragraph_when_the_next_does_not_reopen() -> None:
    text = "She said: “We will act.\nThe council met on Monday."
    assert grouped(text) == [["We will act."]]


def test_a_quote_that_never_closes_runs_through_every_reopened_paragraph() -> None:
    text = "They added: “One.\n“Two.\n“Three."
    assert grouped(text) == [["One.", "Two.", "Three."]]


def test_lost_opening_mark_after_an_earlier_quote_starts_at_its_sentence() -> None:
    text = "She backed “boots on the ground” for now. I’m convinced we need peace,” she said."
    assert grouped(text) == [["boots on the ground"], ["I’m convinced we need peace,"]]


def test_quote_ids_are_stable_and_distinct() -> None:
    assert quote_id("a/b", 10) == quote_id("a/b", 10)
    assert len({quote_id("a/b", 10), quote_id("a/b", 11), quote_id("a/c", 10)}) == 3


@given(
    st.lists(st.integers(0, 60), max_size=12).map(sorted),
    st.lists(st.integers(0, 60), max_size=16).map(sorted),
)
def test_mostly_inside_counts_the_words_each_region_holds(
    cuts: list[int], marks: list[int]
) -> None:
    # regions and words as consecutive pairs of sorted cuts: in order, never overlapping
    regions = [(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if a < b]
    words = [(a, b) for a, b in zip(marks[::2], marks[1::2], strict=False) if a < b]
    found = QuoteMap(regions)
    inside = sum(1 for s, e in words if any(rs <= s and e <= re for rs, re in regions))
    assert found.mostly_inside(words) == (bool(words) and 2 * inside >= len(words))


def test_mostly_inside_with_nested_regions() -> None:
    found = QuoteMap([(0, 20), (5, 8)])  # a quote inside a quote: word by word, as ever
    assert found.mostly_inside([(1, 3), (6, 7), (25, 27)])
    assert not found.mostly_inside([(1, 3), (10, 12), (25, 27)])


@pytest.mark.parametrize(
    ("quoted", "expected"),
    [
        ("We welcome the money … it arrived late.", ["We welcome the money", "it arrived late."]),
        ("We welcome the money [...] it arrived late", ["We welcome the money", "it arrived late"]),
        ("… it arrived late…", ["it arrived late"]),
        ("We welcome the money.", ["We welcome the money."]),
        ("…", ["…"]),  # nothing but the mark: the whole
    ],
)
def test_a_quotation_cut_with_an_ellipsis_is_its_pieces(quoted: str, expected: list[str]) -> None:
    text = f"She said: “{quoted}” on Monday."
    start = text.index("“") + 1
    found = pieces(text, start, start + len(quoted))
    assert [text[a:b] for a, b in found] == expected
