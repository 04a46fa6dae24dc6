"""Cluster stage: the plain versions of ``clusters.components`` (connected components of
sentence matches), ``clusters.with_passages`` (sentence components joined by the links
passages make) and its ``_consecutive`` (groups of sentences merged when, in every document
that holds them, one follows a run of the other), which the array versions are tested
against."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from provenance.clustering.clusters import _runs, _UnionFind
from provenance.model import Match, Sentence


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
