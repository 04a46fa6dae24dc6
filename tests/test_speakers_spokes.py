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
