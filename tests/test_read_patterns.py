"""The reading stage's faster regexes and word columns against plain reference versions
(``tests/oracles/patterns.py``), on random text made of the characters they act on."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from provenance.matching.fragments import quoted_columns, quoted_words
from provenance.model import QuoteKind
from provenance.text.normalise import _CHAR, token_columns, tokenize, words
from provenance.text.quotes import _has_code_chars
from provenance.text.segment import _END
from provenance.text.speakers import _CAPITALISED_RUN, surnames
from tests.oracles import patterns

# pieces that make words, joiners, names, initials, code and white space
_PIECES = st.sampled_from(
    [
        *"aZé_9 \n\t.,’'‘`´-‐‑\u0301“”{(=",
        "Keir",
        "Starmer",
        "Mr",
        "J.",
        "U.S.",
        "O’Neil",
        "co-ordinated",
        "var ",
        "let ",
        "const ",
        "outlet ",
        "  ",
        "e\u0301",
        "!?",
        "…",
        "\u00a0",
        "»",
        ")",
        "]",
    ]
)
_TEXT = st.lists(_PIECES, max_size=40).map("".join)


@given(_TEXT)
def test_words_are_those_of_the_plain_pattern(text: str) -> None:
    expected = patterns.tokens(text)
    assert tokenize(text) == expected
    assert words(text) == tuple(token for token, _, _ in expected)


def test_word_characters_are_those_of_the_plain_class() -> None:
    every = "".join(map(chr, range(0x110000)))
    assert re.findall(_CHAR, every) == re.findall(patterns.CHAR, every)


@given(_TEXT, st.integers(0, 40), st.integers(0, 40))
def test_sentence_ends_are_those_of_the_plain_pattern(text: str, start: int, end: int) -> None:
    start, end = sorted((min(start, len(text)), min(end, len(text))))
    found = [m.span() for m in _END.finditer(text, start, end)]
    assert found == [m.span() for m in patterns.SENTENCE_END.finditer(text, start, end)]


@given(_TEXT, st.integers(0, 40), st.integers(0, 40))
def test_token_columns_are_the_tokens_in_columns(text: str, start: int, end: int) -> None:
    start, end = sorted((min(start, len(text)), min(end, len(text))))
    columns = token_columns(text, start, end)
    found = tokenize(text, start, end)
    assert columns == (
        tuple(t for t, _, _ in found),
        tuple(s for _, s, _ in found),
        tuple(e for _, _, e in found),
    )


@given(_TEXT, st.integers(1, 4), st.sampled_from(QuoteKind))
def test_quoted_columns_are_quoted_words_in_columns(
    text: str, min_tokens: int, kind: QuoteKind
) -> None:
    parts = [(0, len(text) // 2), (len(text) // 2, len(text))]
    expected = [
        w
        for w in (tokenize(text, s, e) for s, e in parts)
        if len(w) >= min_tokens and kind is QuoteKind.QUOTATION
    ]
    assert quoted_words(text, parts, kind, min_tokens) == expected
    assert [
        list(zip(*c, strict=True)) for c in quoted_columns(text, parts, kind, min_tokens)
    ] == expected


@given(_TEXT)
def test_name_runs_are_the_runs_of_two_words_or_more(text: str) -> None:
    assert _CAPITALISED_RUN.findall(text) == patterns.name_runs(text)


def test_surnames_read_runs_of_two_words() -> None:
    text = "Keir Starmer met Trump. Later, Sir Keir said so."
    assert surnames(text, [(0, len(text))]) == {"starmer": "keir starmer"}


@given(_TEXT)
def test_code_characters_are_found_as_by_one_search(text: str) -> None:
    assert _has_code_chars(text) == patterns.has_code_chars(text)


def test_a_declaration_is_code_characters() -> None:
    assert _has_code_chars("say let x be")
    assert not _has_code_chars("outlet x")  # no word boundary before "let"
    assert not _has_code_chars("plain words")
