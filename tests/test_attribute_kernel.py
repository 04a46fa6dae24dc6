"""Attribution's character counts told by the compiled kernel (``attribute_numba.kept_bits``)
are those a plain walk over every character counts, as NumPy's are (``test_attribute_counts``),
whatever the run of documents counted at once and the boilerplate spans."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.clustering import attribute
from provenance.model import Document
from tests.test_attribute_counts import Corpus, _corpus, _expected

pytest.importorskip("numba")


@settings(max_examples=300, deadline=None)
@given(_corpus(), st.sampled_from([1, 7, 64, 100, 4_000_000]))
def test_compiled_counts_are_those_of_every_character(corpus: Corpus, chars: int) -> None:
    documents, excluded, regions, sides = corpus
    table = np.asarray(sides, np.int64).reshape(-1, 3)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(attribute, "MEASURE_CHARS", chars)
        found = attribute._count_sides(
            documents,
            excluded,
            regions,
            attribute._Sides(table[:, 0], table[:, 0] * 0, table[:, 1], table[:, 2]),
            compiled=True,
        )
    expected = _expected(corpus)
    assert [found.before_start.tolist(), found.before_end.tolist()] == list(expected[:2])
    assert _quoted(found) == expected[2]
    assert [found.n_chars.tolist(), found.excluded.tolist()] == list(expected[3:])


def test_compiled_counts_match_numpy_on_long_texts_of_every_kind_of_character() -> None:
    """Texts of every length modulo eight, with white space of every kind and characters past
    the table's end, some spans of boilerplate overlapping, laid end to end in one run."""
    rng = np.random.default_rng(7)
    alphabet = list("ab é“”\n\t\r\x0b\x1c\x1f\x85\xa0\u2028\u2009\u3000\x07\U0001d400")
    texts = ["".join(rng.choice(alphabet, size=n)) for n in range(0, 90)]
    documents = [Document.from_text(t, doc_id=f"d{k:02d}") for k, t in enumerate(texts)]
    excluded = [[(1, 5), (3, 9)] if k % 3 == 0 else [] for k in range(len(texts))]
    regions = [[(0, len(t) // 2)] for t in texts]
    docs = np.arange(len(texts), dtype=np.int64)
    ends = np.asarray([len(t) for t in texts], np.int64)
    sides = attribute._Sides(docs, docs * 0, ends // 3, ends)
    found = [
        attribute._count_sides(documents, excluded, regions, sides, compiled=compiled)
        for compiled in (False, True)
    ]
    for numpy_counts, compiled_counts in zip(*found, strict=True):
        assert numpy_counts.tolist() == compiled_counts.tolist()


def _quoted(counts: attribute._Counts) -> list[bool]:
    """Per side measured, whether it is quoted (``attribute._quoted``, each side alone)."""
    n = len(counts.before_start)
    found: list[bool] = attribute._quoted(counts, np.arange(n, dtype=np.int64), n).tolist()
    return found
