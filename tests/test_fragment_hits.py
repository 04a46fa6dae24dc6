"""``fragments._hits`` lays out the hits of verified (sentence group, fragment group) pairs on
arrays: the same hits, in the same order, as made one by one (``tests.oracles.fragments``)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.matching.fragments import Fragment, _hits
from provenance.matching.identical import group_identical
from provenance.model import Sentence
from provenance.text.normalise import words
from tests.oracles import fragments as plain

LINES = (("the", "talks", "go", "on"), ("a", "deal"), ("said", "the", "minister", "today", "x"))
MARKS = ("", "", '"', ".", "“", ",", " ")


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_hits_are_those_made_one_by_one(data: st.DataObject) -> None:
    n_docs = data.draw(st.integers(1, 4))
    texts: list[str] = []
    sentences: list[Sentence] = []
    for doc in range(n_docs):
        text = ""
        for line in data.draw(st.lists(st.sampled_from(LINES), min_size=1, max_size=4)):
            start = len(text)
            text += " ".join(
                data.draw(st.sampled_from(MARKS)) + w + data.draw(st.sampled_from(MARKS))
                for w in line
            )
            tokens = words(text, start, len(text))
            sentences.append(Sentence(doc, len(sentences), 0, start, len(text), tokens))
            text += "  "
        texts.append(text)
    s_groups = group_identical(sentences)
    f_docs = data.draw(st.lists(st.integers(0, n_docs - 1), min_size=1, max_size=8))
    fragments = [Fragment(doc, ("w",), (0,), (1,)) for doc in f_docs]
    labels = data.draw(st.lists(st.integers(0, 3), min_size=len(f_docs), max_size=len(f_docs)))
    grouped: dict[int, list[int]] = {}
    for k, label in enumerate(labels):
        grouped.setdefault(label, []).append(k)
    f_groups = list(grouped.values())
    pairs = data.draw(
        st.sets(st.tuples(st.integers(0, len(s_groups) - 1), st.integers(0, len(f_groups) - 1)))
    )
    verified = []
    for s_rep, f_rep in sorted(pairs):
        count = len(sentences[s_groups[s_rep][0]].tokens)
        first = data.draw(st.integers(0, count - 1))
        stop = data.draw(st.integers(first + 1, count))
        verified.append((s_rep, f_rep, first, stop, data.draw(st.floats(0, 1))))
    expected = plain.hits(verified, f_groups, s_groups, fragments, sentences, texts)
    assert _hits(verified, f_groups, s_groups, fragments, sentences, texts) == expected
