"""Expanding matches between groups of identical sentences, one pair at a time: the rule
``provenance.matching.identical.expand`` applies on arrays (it was the run's own code before
that), kept as its test oracle."""

from __future__ import annotations

from collections.abc import Sequence

from provenance.model import Match, Sentence


def expand(
    groups: Sequence[Sequence[int]],
    matches: Sequence[Match],
    sentences: Sequence[Sentence],
) -> list[Match]:
    """Cross-document matches between members, from matches between groups (given by their
    first members) and from the identity within each group."""
    group_of = {members[0]: members for members in groups}
    expanded: list[Match] = []
    for members in groups:
        if len(members) < 2:
            continue  # most sentences are printed once
        whole = (0, len(sentences[members[0]].tokens))
        expanded.extend(
            Match(x, y, 100.0, whole, whole) for x, y in _cross_pairs(members, members, sentences)
        )
    for m in matches:
        left, right = group_of[m.a], group_of[m.b]
        expanded.extend(
            Match(x, y, m.score, m.a_words, m.b_words)
            for x, y in _cross_pairs(left, right, sentences)
        )
    return expanded


def _cross_pairs(
    left: Sequence[int], right: Sequence[int], sentences: Sequence[Sentence]
) -> list[tuple[int, int]]:
    """Pairs (x, y), x from ``left`` and y from ``right`` in another document, such that every
    member with a partner in another document appears at least once: at most len(left) +
    len(right) pairs, enough to connect them and to give each its alignment."""
    right_partners = _two_documents(right, sentences)
    left_partners = _two_documents(left, sentences)
    pairs = []
    for x in left:
        partner = _partner(sentences[x].doc, right_partners)
        if partner is not None:
            pairs.append((x, partner))
    for y in right:
        partner = _partner(sentences[y].doc, left_partners)
        if partner is not None:
            pairs.append((partner, y))
    return pairs


def _two_documents(members: Sequence[int], sentences: Sequence[Sentence]) -> list[tuple[int, int]]:
    """(document, first member in it) for the first two documents: any sentence has a partner
    in another document among them if it has one at all."""
    found: dict[int, int] = {}
    for member in members:
        found.setdefault(sentences[member].doc, member)
        if len(found) == 2:
            break
    return list(found.items())


def _partner(doc: int, candidates: Sequence[tuple[int, int]]) -> int | None:
    return next((member for other, member in candidates if other != doc), None)
