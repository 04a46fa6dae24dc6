"""Sentences whose normalised text is identical are handled once.

A footer or a wire sentence printed by N outlets would otherwise cost N²/2 candidate pairs and
verifications. Grouping identical sentences first keeps that linear: one representative per
group is sketched and verified, and the verified matches are expanded to every member. The
result is the same as matching every member on its own: identical sentences have identical
sketches, scores and word alignments.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from provenance.model import Match, Sentence


def group_identical(sentences: Sequence[Sentence]) -> list[list[int]]:
    """Indices of sentences with the same normalised text, groups in order of first member."""
    groups: defaultdict[tuple[str, ...], list[int]] = defaultdict(list)  # a list only per group
    for index, sentence in enumerate(sentences):
        groups[sentence.tokens].append(index)
    return list(groups.values())


def group_owners(groups: Sequence[Sequence[int]], sentences: Sequence[Sentence]) -> list[int]:
    """An owner per group for candidate filtering: its document when it lies in one document,
    else a value of its own (a group spread over documents can match anything)."""
    owners = []
    for number, members in enumerate(groups):
        if len(members) == 1:  # most sentences are printed once
            owners.append(sentences[members[0]].doc)
            continue
        docs = {sentences[m].doc for m in members}
        owners.append(docs.pop() if len(docs) == 1 else -1 - number)
    return owners


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
