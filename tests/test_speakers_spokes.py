"""How "the spokesperson" is resolved: to the last spokesperson named before it."""

from __future__ import annotations

import pytest

from provenance.text.quotes import quotes
from provenance.text.segment import paragraphs
from provenance.text.speakers import Aliases, speakers

ALIASES = Aliases.load()


def _spokes_keys(text: str) -> list[str | None]:
    spans = paragraphs(text)
    return [
        None if s is None else s.key for s in speakers(text, spans, quotes(text, spans), ALIASES)
    ]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        (
            "A Downing Street spokesperson said the talks went well.\n"
            "“We will act,” the spokesperson said.\n"
            "A Treasury spokeswoman said the figures were sound.\n"
            "“They are,” the spokeswoman said.",
            ["downing street spokesperson", "treasury spokesperson"],
        ),
        (  # named after the quote, in its sentence: for the quotes after it only
            "“We will act,” the spokesperson said, and a Treasury spokeswoman said the figures "
            "were sound.\n“They are,” the spokeswoman said.",
            [None, "treasury spokesperson"],
        ),
        (
            "A Treasury spokeswoman said the figures were sound. “They are,” the spokesman said. "
            "A Downing Street spokesman said the talks went well. “We will act,” the "
            "spokesperson said.",
            ["treasury spokesperson", "downing street spokesperson"],
        ),
    ],
)
def test_the_spokesperson_is_the_last_one_named_before(text: str, keys: list[str | None]) -> None:
    """The sentences that may name a spokesperson are read only when "the spokesperson" asks:
    the one named last before it, never one named after it."""
    assert _spokes_keys(text) == keys


_FILLER = "The rail plan was debated at length in the chamber."


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        (
            "\n\n".join(
                [
                    "Mr Tom Reid, a council spokesman, said the rail plan was sound.",
                    "“We are ready,” the council said.",
                    *[_FILLER] * 5,
                    "Tom Reid said the plan would go ahead.",
                    "“It will,” she said.",
                ]
            ),
            ["council", None],
        ),
        (
            "\n\n".join(
                [
                    "Ms Jane Reid, a council spokeswoman, said the rail plan was sound.",
                    "“We are ready,” the council said.",
                    *[_FILLER] * 5,
                    "Reid said the plan would go ahead.",
                    "“It will,” he said.",
                ]
            ),
            ["council", None],
        ),
    ],
)
def test_a_paragraph_naming_a_spokesperson_gives_a_gender_however_far_back(
    text: str, keys: list[str | None]
) -> None:
    """A paragraph with no quote that names a spokesperson is read only when asked, but then in
    full, however far back, as a paragraph read at once: the gender it gives Tom Reid (Mr) rules
    him out as "she" five paragraphs on."""
    assert _spokes_keys(text) == keys
