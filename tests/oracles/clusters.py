"""Cluster stage: the plain versions of ``clusters.components`` (connected components of
sentence matches), ``clusters.with_passages`` (sentence components joined by the links
passages make), its ``_consecutive`` (groups of sentences merged when, in every document
that holds them, one follows a run of the other) and ``clusters.with_fragments`` (quote
fragments joined to the components they hit), which the array versions are tested against;
and ``aligned_spans``, the aligned words' character spans found sentence by sentence, which
the passages stage's one pass over the words' edges is tested against."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

import numpy as np
import numpy.typing as npt

from provenance.clustering.clusters import (
    AlignedWords,
    Component,
    Span,
    _runs,
    _UnionFind,
    aligned_ranges,
)
from provenance.matching.fragments import Fragment, Hit
from provenance.model import Match, Sentence
from provenance.text.normalise import is_attached, word_span


def consecutive(groups: list[list[int]], sentences: Sequence[Sentence]) -> list[list[int]]:
    """Groups merged with a group held by the same documents that, in every one of them,
    follows one of its runs of sentences (a re-quoted fragment elsewhere in a document does
    not stop a readout being one passage)."""
    group_of = {sid: k for k, group in enumerate(groups) for sid in group}
    forest = _UnionFind()

    def following(sid: int) -> int | None:
        """The next matchable sentence in its document (``sentences`` are in document order,
        by position; sentences too short to match lie between)."""
        after = sid + 1
        if after < len(sentences) and sentences[after].doc == sentences[sid].doc:
            return after
        return None

    runs = [_runs(group, sentences) for group in groups]
    docs = [frozenset(sentences[sid].doc for sid in group) for group in groups]
    for k in range(len(groups)):
        forest.find(k)
        nexts = {
            group_of.get(after) for run in runs[k] if (after := following(run[-1])) is not None
        }
        for other in sorted(n for n in nexts if n is not None and n != k):
            if docs[other] != docs[k]:
                continue
            firsts = {run[0] for run in runs[other]}
            joined = {sentences[run[0]].doc for run in runs[k] if following(run[-1]) in firsts}
            if joined == docs[k]:  # in every document, a run of one goes on into the other
                forest.union(k, other)
    merged: dict[int, list[int]] = defaultdict(list)
    for k, group in enumerate(groups):
        merged[forest.find(k)].extend(group)
    return sorted((sorted(g) for g in merged.values()), key=lambda g: g[0])


def with_passages(
    members: Sequence[Sequence[int]],
    links: Sequence[tuple[int, int]],
    sentences: Sequence[Sentence],
) -> list[list[int]]:
    """``clusters.with_passages`` with a union-find over every link, one find at a time."""
    forest = _UnionFind()
    for group in members:  # disjoint: each a star around its smallest member, no finds needed
        if group:
            root = min(group)
            forest.parent.update(dict.fromkeys(group, root))
    matched = {min(group) for group in members if group}  # roots holding sentence matches
    for a, b in sorted(links):
        ra, rb = forest.find(a), forest.find(b)
        if ra == rb or (ra in matched and rb in matched):
            continue  # words of a passage never merge two clusters of matched sentences
        forest.union(a, b)
        if ra in matched or rb in matched:
            matched.add(forest.find(a))
    groups: dict[int, list[int]] = defaultdict(list)
    for node in forest.parent:
        groups[forest.find(node)].append(node)
    return consecutive(sorted(sorted(g) for g in groups.values()), sentences)


def components(matches: Sequence[Match]) -> list[list[int]]:
    """Member sentence indices of each component, each sorted, listed by smallest member."""
    forest = _UnionFind()
    for m in matches:
        forest.union(m.a, m.b)
    groups: dict[int, list[int]] = defaultdict(list)
    for node in forest.parent:
        groups[forest.find(node)].append(node)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: g[0])


def with_fragments(
    members: Sequence[Sequence[int]],
    sentences: Sequence[Sentence],
    fragments: Sequence[Fragment],
    homes: Sequence[int | None],
    hits: Sequence[Hit],
    passage_spans: Sequence[Sequence[Span]] = (),
) -> list[Component]:
    """``clusters.with_fragments`` a hit at a time, with a union-find of dictionaries: sentence
    components with the fragments that hit them attached, and new components of fragments that
    hit no shared sentence.

    A fragment and the words it hits are joined, as are spans overlapping in one document (a
    quote in A found in B, and B's own quote of those words). A joined group that hits shared
    sentences gives its quotes to the component it hits most (then best, then first). One that
    hits none goes, with the words it hits, to the component its quotes already lie in (their
    home: two commentaries quoting the same words match each other, and the hit brings in the
    source); else it stands as a component of its own. A short quote never merges two
    clusters, nor drags in words it also matches elsewhere.
    """
    component_of = {sid: c for c, group in enumerate(members) for sid in group}
    spans: list[Span] = [(f.doc, f.start, f.end) for f in fragments]  # node i: fragment i
    forest = _UnionFind()
    votes: dict[int, list[tuple[int, float]]] = defaultdict(list)  # fragment → (comp, score)
    for hit in hits:
        forest.find(hit.fragment)
        if hit.sentence in component_of:
            votes[hit.fragment].append((component_of[hit.sentence], hit.score))
        else:
            spans.append((sentences[hit.sentence].doc, hit.start, hit.end))
            forest.union(hit.fragment, len(spans) - 1)
    _join_overlapping(spans, forest)
    groups: dict[int, list[int]] = defaultdict(list)
    for node in forest.parent:
        groups[forest.find(node)].append(node)
    extra: dict[int, list[Span]] = defaultdict(list)
    new: list[Component] = []
    for nodes in sorted(groups.values(), key=min):
        tally: dict[int, tuple[int, float]] = {}
        for node in nodes:
            for comp, score in votes.get(node, []):
                count, best = tally.get(comp, (0, 0.0))
                tally[comp] = (count + 1, max(best, score))
        if tally:  # the quotes join it; words they hit elsewhere may be another's quote
            target = min(tally, key=lambda c: (-tally[c][0], -tally[c][1], c))
            extra[target].extend(spans[n] for n in nodes if n < len(fragments))
            continue
        chosen = sorted({spans[n] for n in nodes})
        home = _most_common(homes[n] for n in nodes if n < len(fragments))
        if home is not None:
            extra[home].extend(chosen)
        elif len({doc for doc, _, _ in chosen}) > 1:
            new.append(Component((), tuple(chosen)))
    joined = [
        Component(
            tuple(group),
            tuple(sorted({*extra.get(c, []), *(passage_spans[c] if passage_spans else ())})),
        )
        for c, group in enumerate(members)
    ]
    return joined + new


def _most_common(values: Iterable[int | None]) -> int | None:
    counts = Counter(v for v in values if v is not None)
    return min(counts, key=lambda v: (-counts[v], v), default=None)


def _join_overlapping(spans: Sequence[Span], forest: _UnionFind) -> None:
    """Union the nodes whose spans overlap in the same document."""
    order = sorted(range(len(spans)), key=lambda n: spans[n])
    reach: tuple[int, int, int] | None = None  # (doc, end, node) of the run so far
    for node in order:
        if node not in forest.parent:
            continue
        doc, start, end = spans[node]
        if reach is not None and reach[0] == doc and start < reach[1]:
            forest.union(reach[2], node)
            reach = (doc, max(reach[1], end), reach[2])
        else:
            reach = (doc, end, node)


def aligned_spans(
    words: AlignedWords,
    sentences: Sequence[Sentence],
    texts: Sequence[str],
    parts: npt.NDArray[np.int64] | None = None,
) -> dict[int, tuple[int, int]]:
    """For each sentence of ``clusters.aligned_ranges``, in its order, the character span
    covering the words aligned in it, taking in the punctuation attached to the first and
    last word: each sentence tokenised on its own."""
    present, low, high = aligned_ranges(words, parts)
    return {
        sid: char_span(sentences[sid], first, stop, texts[sentences[sid].doc])
        for sid, first, stop in zip(present.tolist(), low.tolist(), high.tolist(), strict=True)
    }


def char_span(sentence: Sentence, first: int, stop: int, text: str) -> tuple[int, int]:
    """The characters of words ``first`` to ``stop`` (exclusive) of ``sentence``, with the
    punctuation attached to either end."""
    start, end = word_span(text, sentence.start, sentence.end, first, stop, len(sentence.tokens))
    while start > sentence.start and is_attached(text[start - 1]):
        start -= 1
    while end < sentence.end and is_attached(text[end]):
        end += 1
    return start, end
