"""``fragments._across`` drops exactly the candidate pairs whose fragments and sentences all lie
in one document (they can give no hit), and keeps the rest in order."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.matching.fragments import Fragment, _across
from provenance.model import Sentence


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_only_pairs_within_one_document_are_dropped(data: st.DataObject) -> None:
    f_docs = data.draw(st.lists(st.integers(0, 3), min_size=1, max_size=12))
    s_docs = data.draw(st.lists(st.integers(0, 3), min_size=1, max_size=12))
    fragments = [Fragment(doc, ("w",), (0,), (1,)) for doc in f_docs]
    sentences = [Sentence(doc, 0, 0, 0, 1, ("w",)) for doc in s_docs]
    f_groups = _groups(data, len(fragments))
    s_groups = _groups(data, len(sentences))
    pairs = np.asarray(
        sorted(
            data.draw(
                st.sets(
                    st.tuples(st.integers(0, len(s_groups) - 1), st.integers(0, len(f_groups) - 1))
                )
            )
        ),
        np.int64,
    ).reshape(-1, 2)
    expected = [
        (s, f)
        for s, f in pairs.tolist()
        if any(sentences[m].doc != fragments[k].doc for k in f_groups[f] for m in s_groups[s])
    ]
    assert _across(pairs, f_groups, s_groups, fragments, sentences).tolist() == [
        list(p) for p in expected
    ]


def _groups(data: st.DataObject, n: int) -> list[list[int]]:
    """The numbers below ``n`` split into non-empty groups."""
    labels = data.draw(st.lists(st.integers(0, 3), min_size=n, max_size=n))
    found: dict[int, list[int]] = {}
    for k, label in enumerate(labels):
        found.setdefault(label, []).append(k)
    return list(found.values())
