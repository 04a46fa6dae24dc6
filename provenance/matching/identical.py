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
from dataclasses import dataclass
from itertools import chain

import numpy as np
import numpy.typing as npt

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
    first members) and from the identity within each group.

    For each group of two or more, then for each match, in order: each member of the one side
    paired with a partner on the other side in another document (that side's first member,
    else its first member in another document), then each member of the other side likewise.
    So every member with a partner in another document appears at least once, in at most
    len(left) + len(right) pairs: enough to connect them and to give each its alignment. The
    pairs are worked out on arrays, a million of them on the README's corpus
    (``tests/oracles/identical.py`` makes them one by one, as the run once did)."""
    partners = _Partners.of(groups, sentences)
    identity = np.flatnonzero(partners.sizes >= 2)  # each group with itself, then the matches
    group_of = np.full(len(sentences), -1, np.int64)
    group_of[partners.flat[partners.starts]] = np.arange(len(groups))
    left = group_of[np.fromiter((m.a for m in matches), np.int64, len(matches))]
    right = group_of[np.fromiter((m.b for m in matches), np.int64, len(matches))]
    x, y, block = partners.cross(
        np.concatenate([identity, left]), np.concatenate([identity, right])
    )
    wholes = [(0, len(sentences[groups[g][0]].tokens)) for g in identity.tolist()]
    scores = [100.0] * len(identity) + [m.score for m in matches]
    a_words = wholes + [m.a_words for m in matches]
    b_words = wholes + [m.b_words for m in matches]
    blocks = block.tolist()
    return list(
        map(
            Match,
            x.tolist(),
            y.tolist(),
            map(scores.__getitem__, blocks),
            map(a_words.__getitem__, blocks),
            map(b_words.__getitem__, blocks),
        )
    )


@dataclass(frozen=True)
class _Partners:
    """The groups' members laid end to end, with what a member's partner is chosen from: each
    group's first member and that one's document, and its first member in another document."""

    flat: npt.NDArray[np.int64]  # every group's members, group after group
    docs: npt.NDArray[np.int64]  # each one's document
    starts: npt.NDArray[np.int64]  # where each group starts in ``flat``
    sizes: npt.NDArray[np.int64]
    first_doc: npt.NDArray[np.int64]  # the document of each group's first member
    second: npt.NDArray[np.int64]  # each group's first member in another document, or -1

    @classmethod
    def of(cls, groups: Sequence[Sequence[int]], sentences: Sequence[Sentence]) -> _Partners:
        sizes = np.fromiter(map(len, groups), np.int64, len(groups))
        flat = np.fromiter(chain.from_iterable(groups), np.int64, int(sizes.sum()))
        docs = np.fromiter((sentences[k].doc for k in flat.tolist()), np.int64, len(flat))
        starts = np.cumsum(sizes) - sizes
        first_doc = docs[starts]
        # each group's first place holding another document than its first member's
        place = np.where(docs != np.repeat(first_doc, sizes), np.arange(len(flat)), len(flat))
        other = np.minimum.reduceat(place, starts) if len(starts) else starts
        padded = np.append(flat, -1)  # ``len(flat)``: none
        return cls(flat, docs, starts, sizes, first_doc, padded[other])

    def cross(
        self, left: npt.NDArray[np.int64], right: npt.NDArray[np.int64]
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """The pairs ``expand`` makes of the groups ``left[k]`` and ``right[k]``, for each k in
        turn: the pairs' two sides, and each pair's k."""
        # a block per side: its members' group, their partners' group, and which side leads
        members = np.stack([left, right], axis=1).ravel()
        others = np.stack([right, left], axis=1).ravel()
        counts = self.sizes[members]
        block = np.repeat(np.arange(len(members)), counts)
        place = np.repeat(self.starts[members], counts) + _ranks(counts)
        group = others[block]
        own = self.flat[place]
        # the other group's first member, unless it is in this member's document: then its
        # first member in another document, if it has one
        partner = np.where(
            self.docs[place] != self.first_doc[group],
            self.flat[self.starts[group]],
            self.second[group],
        )
        found = partner >= 0
        leads = (block % 2 == 0)[found]
        own, partner = own[found], partner[found]
        return np.where(leads, own, partner), np.where(leads, partner, own), block[found] // 2


def _ranks(sizes: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """0, 1, ..., size - 1 for each size in turn."""
    return np.arange(int(sizes.sum())) - np.repeat(np.cumsum(sizes) - sizes, sizes)
