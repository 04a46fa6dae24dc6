"""Attribution's character counts (``attribute._count_sides``): a bit per character and look-ups
at the places asked about must count what a plain walk over every character counts, whatever
the run of documents counted at once."""

from __future__ import annotations

import dataclasses
import sys

import numpy as np
import numpy.typing as npt
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.clustering import attribute
from provenance.model import Document

# white space of every kind str.isspace() knows, quote marks, control characters, a letter
# outside the Basic Multilingual Plane
ALPHABET = "ab é“”\n\t\r\x0b\x1c\x1f\x85\xa0\u2028\u2009\u3000\x07\x1b\U0001d400"


def test_non_space_is_str_isspace_for_every_code_point() -> None:
    points = np.asarray(
        [c for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000], np.uint32
    )
    found = np.empty(len(points), np.bool_)
    attribute._non_space(points, found, np.empty(len(points), np.bool_))
    expected = np.asarray([not chr(c).isspace() for c in points.tolist()])
    assert np.array_equal(found, expected)


Spans = list[tuple[int, int]]
Corpus = tuple[list[Document], list[Spans], list[Spans], list[tuple[int, int, int]]]


def _expected(corpus: Corpus) -> tuple[list[int], list[int], list[bool], list[int], list[int]]:
    """What the counts must be, character by character."""
    documents, excluded, regions, sides = corpus
    kept, every = [], []
    for document, spans in zip(documents, excluded, strict=True):
        counted = [not c.isspace() for c in document.text]
        every.append(sum(counted))
        for a, b in spans:
            counted[a:b] = [False] * len(counted[a:b])
        kept.append(counted)
    before_start, before_end, quoted = [], [], []
    for doc, start, end in sides:
        before_start.append(sum(kept[doc][:start]))
        before_end.append(sum(kept[doc][: max(start, end)]))
        overlaps = any(a < end and b > start for a, b in regions[doc])
        outside = sum(
            1
            for i in range(start, end)
            if kept[doc][i] and not any(a <= i < b for a, b in regions[doc])
        )
        quoted.append(overlaps and outside < attribute.QUOTED_SLACK)
    n_chars = [sum(k[d.body_start :]) for d, k in zip(documents, kept, strict=True)]
    return (
        before_start,
        before_end,
        quoted,
        n_chars,
        [e - sum(k) for e, k in zip(every, kept, strict=True)],
    )


def _spans(length: int) -> st.SearchStrategy[Spans]:
    return st.lists(
        st.tuples(st.integers(0, length), st.integers(0, length)).map(lambda s: (min(s), max(s))),
        max_size=4,
    )


@st.composite
def _corpus(draw: st.DrawFn) -> Corpus:
    texts = draw(
        st.lists(st.text(alphabet=ALPHABET, min_size=20, max_size=120), min_size=1, max_size=5)
    )
    documents = [
        dataclasses.replace(
            Document.from_text(text, doc_id=f"d{k}"),
            body_start=draw(st.integers(0, len(text))),
        )
        for k, text in enumerate(texts)
    ]
    excluded = [draw(_spans(len(text))) for text in texts]
    regions = [draw(_spans(len(text))) for text in texts]
    sides = draw(
        st.lists(
            st.integers(0, len(texts) - 1).flatmap(
                lambda d: st.tuples(
                    st.just(d), st.integers(0, len(texts[d])), st.integers(0, len(texts[d]))
                )
            ),
            max_size=12,
        )
    )
    return documents, excluded, regions, sides


@settings(max_examples=300, deadline=None)
@given(_corpus(), st.sampled_from([1, 7, 64, 100, 4_000_000]), st.sampled_from([1, 4, 12, 40]))
def test_counts_are_those_of_every_character(
    corpus: Corpus,
    chars: int,
    slack: int,
) -> None:
    """``slack``: ``QUOTED_SLACK``, small enough for short texts to fall either side of it."""
    documents, excluded, regions, sides = corpus
    table = np.asarray(sides, np.int64).reshape(-1, 3)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(attribute, "QUOTED_SLACK", slack)
        found = _counted(documents, excluded, regions, table, chars)
        quoted = _quoted(found)
        expected = _expected(corpus)
    assert [found.before_start.tolist(), found.before_end.tolist()] == list(expected[:2])
    assert quoted == expected[2]
    assert [found.n_chars.tolist(), found.excluded.tolist()] == list(expected[3:])


def _counted(
    documents: list[Document],
    excluded: list[Spans],
    regions: list[Spans],
    table: npt.NDArray[np.int64],
    chars: int,
) -> attribute._Counts:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(attribute, "MEASURE_CHARS", chars)
        sides = attribute._Sides(table[:, 0], table[:, 0] * 0, table[:, 1], table[:, 2])
        return attribute._count_sides(documents, excluded, regions, sides)


def test_a_quoted_side_needs_a_region_and_little_outside_it() -> None:
    """Two documents, a quotation in each: a side inside the marks is quoted; one running 45
    kept characters past them is not; one in a document without regions never is."""
    quote = "“We will not reopen the bridge until it is safe.”"
    tail = " The council met again on Monday to hear from engineers."
    texts = [f"She said: {quote}{tail}", f"Plain text only, {tail}"]
    documents = [Document.from_text(t, doc_id=f"d{k}") for k, t in enumerate(texts)]
    start = texts[0].index(quote)
    regions: list[Spans] = [[(start + 1, start + len(quote) - 1)], []]
    table = np.asarray(
        [
            (0, start, start + len(quote)),  # the quotation, marks included
            (0, 0, start + len(quote)),  # "She said: " too: 8 kept characters outside
            (0, start, len(texts[0])),  # the sentence after it too: 45 outside
            (1, 0, len(texts[1])),
        ],
        np.int64,
    )
    for chars in (1, 4_000_000):
        found = _counted(documents, [[], []], regions, table, chars)
        assert _quoted(found) == [True, True, False, False]
        assert found.n_chars.tolist() == [len("".join(t.split())) for t in texts]


@given(
    st.lists(st.tuples(st.integers(0, 5), st.integers(0, 3), st.integers(-2, 9)), max_size=40),
    st.sampled_from([1, 1 << 40]),
)
def test_rows_sort_as_lexsort_sorts_them(rows: list[tuple[int, int, int]], scale: int) -> None:
    """One combined key where it fits (``scale`` 1), lexsort where it would not (a key of
    2**40 and more times three) or a key is negative: the same stable order."""
    table = np.asarray(rows, np.int64).reshape(-1, 3) * np.asarray([scale, scale, 1])
    keys = [table[:, 0], table[:, 1], table[:, 2]]
    expected = np.lexsort(keys[::-1])
    assert np.array_equal(attribute._sorted_by(keys), expected)
    nonnegative = [key.clip(0) for key in keys]
    assert np.array_equal(attribute._sorted_by(nonnegative), np.lexsort(nonnegative[::-1]))


def _quoted(counts: attribute._Counts) -> list[bool]:
    """Per side measured, whether it is quoted (``attribute._quoted``, each side alone)."""
    n = len(counts.before_start)
    found: list[bool] = attribute._quoted(counts, np.arange(n, dtype=np.int64), n).tolist()
    return found
