"""The speaker pass asks whether a paragraph or a sentence writes "spokes" in any case from the
article's text lowered once: the same answer as lowering the stretch itself; and "the
spokesperson" refers to the last one named."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from provenance.text.quotes import quotes
from provenance.text.segment import paragraphs
from provenance.text.speakers import Aliases, _Spokes, speakers

ALIASES = Aliases.load()

# "spokes" in several cases, the Kelvin sign (lowered to k), capital sigma (lowered by its
# neighbours), and İ (lowered to two characters, which shifts every position after it)
_TEXT = st.lists(
    st.sampled_from(
        ["spokes", "SPOKES", "Spo\u212aes", "spoke", "s", "pokes", " ", "Σ", "ΑΣ", "İ"]
    ),
    max_size=12,
).map("".join)


@given(_TEXT)
@example("İ spokes")
def test_spokes_within_a_stretch_as_lowering_the_stretch(text: str) -> None:
    spoken = _Spokes(text)
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert spoken.within(start, end) == ("spokes" in text[start:end].lower())


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
