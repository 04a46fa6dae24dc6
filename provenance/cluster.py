"""Cluster stage: connected components of verified matches, split into occurrences.

A cluster is a connected component of cross-document sentence matches. In each document its
member sentences form one or more occurrences: maximal runs of consecutive sentences. An
occurrence spans from the aligned start of its first sentence to the aligned end of its last.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence

from provenance.data import Document, Match, Occurrence, Sentence
from provenance.quotes import QuoteMap


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        root = self.parent.setdefault(x, x)
        while root != self.parent[root]:
            root = self.parent[root]
        while x != root:  # path compression
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def components(matches: Sequence[Match]) -> list[list[int]]:
    """Member sentence indices of each component, each sorted, listed by smallest member."""
    forest = _UnionFind()
    for m in matches:
        forest.union(m.a, m.b)
    groups: dict[int, list[int]] = defaultdict(list)
    for node in forest.parent:
        groups[forest.find(node)].append(node)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: g[0])


def aligned_spans(
    matches: Sequence[Match], sentences: Sequence[Sentence], texts: Sequence[str]
) -> dict[int, tuple[int, int]]:
    """For each matched sentence, the character span covering every word its matches align,
    taking in the punctuation attached to the first and last word (opening quote, full stop)."""
    words: dict[int, tuple[int, int]] = {}
    for m in matches:
        for sentence, (first, stop) in ((m.a, m.a_words), (m.b, m.b_words)):
            old = words.get(sentence)
            words[sentence] = (
                (first, stop) if old is None else (min(old[0], first), max(old[1], stop))
            )
    return {
        sid: _char_span(sentences[sid], first, stop, texts[sentences[sid].doc])
        for sid, (first, stop) in words.items()
    }


def _char_span(sentence: Sentence, first: int, stop: int, text: str) -> tuple[int, int]:
    start = sentence.token_starts[first]
    end = sentence.token_ends[stop - 1]
    while start > sentence.start and _attached(text[start - 1]):
        start -= 1
    while end < sentence.end and _attached(text[end]):
        end += 1
    return start, end


def _attached(char: str) -> bool:
    """Punctuation written against a word, such as quote marks and full stops."""
    return not char.isspace() and not char.isalnum()


def occurrences(
    members: Sequence[int],
    sentences: Sequence[Sentence],
    spans: dict[int, tuple[int, int]],
    documents: Sequence[Document],
    quote_maps: Sequence[QuoteMap],
) -> tuple[Occurrence, ...]:
    """The component's occurrences, sorted by (doc_id, start), with a content-derived id."""
    runs: list[list[int]] = []
    for sid in sorted(members, key=lambda s: (sentences[s].doc, sentences[s].index)):
        previous = runs[-1][-1] if runs else None
        if (
            previous is not None
            and sentences[previous].doc == sentences[sid].doc
            and sentences[previous].index + 1 == sentences[sid].index
        ):
            runs[-1].append(sid)
        else:
            runs.append([sid])
    located = [(run, spans[run[0]][0], spans[run[-1]][1]) for run in runs]
    located.sort(key=lambda r: (documents[sentences[r[0][0]].doc].doc_id, r[1]))
    cluster_id = _cluster_id(
        [(documents[sentences[run[0]].doc].doc_id, start, end) for run, start, end in located]
    )
    result = []
    for run, start, end in located:
        doc = sentences[run[0]].doc
        words = [
            (ws, we)
            for sid in run
            for ws, we in zip(sentences[sid].token_starts, sentences[sid].token_ends, strict=True)
            if start <= ws and we <= end
        ]
        result.append(
            Occurrence(
                cluster_id=cluster_id,
                doc=doc,
                start=start,
                end=end,
                sentences=tuple(run),
                in_quotes=quote_maps[doc].all_inside(words),
            )
        )
    return tuple(result)


def _cluster_id(keys: Sequence[tuple[str, int, int]]) -> str:
    """Stable across runs: derived from the doc_ids and offsets of the occurrences only."""
    digest = hashlib.blake2b(digest_size=6)
    for doc_id, start, end in keys:
        digest.update(f"{doc_id}\x00{start}\x00{end}\x01".encode())
    return "c" + digest.hexdigest()
