"""Records: ``Sentences`` crosses between processes as columns and comes back equal."""

from __future__ import annotations

import pickle
from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from provenance import model
from provenance.model import Sentence, Sentences

WORD = st.text(alphabet="abcé’-\u0301", min_size=1, max_size=6)
SENTENCE = st.builds(
    Sentence,
    st.integers(0, 5),
    st.integers(0, 1000),
    st.integers(0, 100),
    st.integers(0, 2**40),
    st.integers(0, 2**40),
    st.lists(WORD, max_size=12).map(tuple),
)


@given(st.lists(SENTENCE, max_size=30))
def test_sentences_pickle_back_to_the_same_list(sentences: list[Sentence]) -> None:
    back = pickle.loads(pickle.dumps(Sentences(sentences), protocol=pickle.HIGHEST_PROTOCOL))
    assert back == sentences
    assert all(type(s) is Sentence for s in back)
    assert type(back) is Sentences


def test_each_word_is_one_string_across_documents_read_back() -> None:
    # the point of the columns: "the" of the second document read back is the first one's
    # "the", not a string of its own (each document crosses between processes on its own)
    first = Sentences([Sentence(0, 0, 0, 0, 12, ("the", "prime", "minister"))])
    second = Sentences([Sentence(1, 0, 0, 5, 30, ("the", "minister", "said", "the"))])
    a, b = (
        pickle.loads(pickle.dumps(s, protocol=pickle.HIGHEST_PROTOCOL)) for s in (first, second)
    )
    assert (a, b) == (first, second)
    assert b[0].tokens[0] is a[0].tokens[0]
    assert b[0].tokens[3] is a[0].tokens[0]
    assert b[0].tokens[1] is a[0].tokens[2]
    # a plain list would not share them
    c, d = (pickle.loads(pickle.dumps(list(s))) for s in (first, second))
    assert d[0].tokens[0] is not c[0].tokens[0]


def test_many_distinct_words_and_a_full_cache() -> None:
    # more words than a two-byte number can count, and more than the cache keeps: the cache is
    # emptied and the words still come back right
    words = tuple(f"w{k}" for k in range(model.SHARED_WORDS + 70_000))
    sentences = Sentences(
        Sentence(0, k, k, 10 * k, 10 * k + 9, words[k * 1000 : (k + 1) * 1000])
        for k in range(len(words) // 1000 + 1)
    )
    for _ in range(2):
        assert pickle.loads(pickle.dumps(sentences)) == sentences
    assert len(model._SHARED) <= model.SHARED_WORDS


def test_no_sentences() -> None:
    assert pickle.loads(pickle.dumps(Sentences())) == []


@given(st.lists(SENTENCE, max_size=30))
def test_numbered_words_give_back_every_word(sentences: list[Sentence]) -> None:
    vocabulary, ids = Sentences(sentences).numbered
    words = [word for sentence in sentences for word in sentence.tokens]
    assert [vocabulary[k] for k in ids] == words
    assert list(vocabulary) == list(dict.fromkeys(words))  # distinct, in order of first use


@model.pickled_by_fields
@dataclass(frozen=True)
class _One:
    value: tuple[int, ...]


@model.pickled_by_fields
@dataclass(frozen=True)
class _Two:
    name: str
    inner: _One | None = None


@given(st.lists(st.integers(), max_size=4).map(tuple), st.text(max_size=5), st.booleans())
def test_a_record_pickles_as_its_class_and_fields(
    value: tuple[int, ...], name: str, nested: bool
) -> None:
    """One field or several: the record's constructor is given its fields, in order."""
    one = _One(value)
    two = _Two(name, one if nested else None)
    assert one.__reduce__() == (_One, (value,))
    assert two.__reduce__() == (_Two, (name, two.inner))
    assert pickle.loads(pickle.dumps(one)) == one
    assert pickle.loads(pickle.dumps(two)) == two
