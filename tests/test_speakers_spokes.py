"""The speaker pass asks whether a paragraph or a sentence writes "spokes" in any case from the
article's text lowered once: the same answer as lowering the stretch itself."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from provenance.text.speakers import _Spokes

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
