"""Fragments stage: the plain version of ``fragments._hits``, the hits of verified (sentence
group, fragment group) pairs made one by one, as the run once made them."""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter

from provenance.matching.fragments import Fragment, Hit
from provenance.model import Sentence
from provenance.text.normalise import word_span


def hits(
    verified: Sequence[tuple[int, int, int, int, float]],
    f_groups: Sequence[Sequence[int]],
    s_groups: Sequence[Sequence[int]],
    fragments: Sequence[Fragment],
    sentences: Sequence[Sentence],
    texts: Sequence[str],
) -> list[Hit]:
    """Each fragment of a verified pair's group in each sentence of its other group that lies
    in another document, by sentence, then fragment."""
    found = []
    for s_rep, f_rep, first, stop, score in verified:
        spans: dict[int, tuple[int, int]] = {}
        for f in f_groups[f_rep]:
            for m in s_groups[s_rep]:
                s = sentences[m]
                if s.doc == fragments[f].doc:
                    continue
                if m not in spans:
                    spans[m] = word_span(texts[s.doc], s.start, s.end, first, stop, len(s.tokens))
                found.append(Hit(f, m, s.doc, *spans[m], score))
    return sorted(found, key=itemgetter(1, 0))
