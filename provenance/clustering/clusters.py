"""Cluster stage: connected components of verified matches, split into occurrences.

A cluster is a connected component of cross-document sentence matches, with the quote fragments
found in its sentences. In each document its member sentences form one or more occurrences:
maximal runs of consecutive sentences, spanning from the aligned start of the first to the
aligned end of the last; a fragment is an occurrence of its own words, merged with any
occurrence it overlaps.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import chain, pairwise
from operator import itemgetter
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt

from provenance.matching.fragments import Fragment, Hit
from provenance.matching.sorting import unique_keys, unique_rows
from provenance.model import Document, Match, Occurrence, Sentence
from provenance.text.normalise import (
    closes_on_word,
    count_words,
    first_word_char,
    last_word_end,
    opens_on_word,
    splits_word,
    word_spans,
)
from provenance.text.quotes import QuoteMap


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
    if not matches:
        return []
    flat = chain.from_iterable((m.a, m.b) for m in matches)
    ends = np.fromiter(flat, np.int64, 2 * len(matches)).reshape(-1, 2).T
    n = int(ends.max()) + 1
    labels = union_labels(n, ends)
    present = np.zeros(n, np.bool_)
    present[ends.ravel()] = True
    nodes = np.flatnonzero(present)  # the sentences matched, in order
    named = labels[nodes]  # each component named by its smallest member
    order = np.argsort(named, kind="stable")  # members stay in order within each
    bounds = [0, *(np.flatnonzero(np.diff(named[order])) + 1).tolist(), len(nodes)]
    members = nodes[order].tolist()
    return [members[a:b] for a, b in pairwise(bounds)]


def union_labels(n: int, pairs: npt.NDArray[np.integer[Any]]) -> npt.NDArray[np.int64]:
    """Each of ``n`` nodes' component, named by its smallest node, from ``pairs`` (2 x links):
    union-find over all pairs at once (each round hooks every root that still has a link to a
    smaller root under it, then flattens the forest)."""
    parent = np.arange(n, dtype=np.int64)
    a, b = pairs[0].astype(np.int64), pairs[1].astype(np.int64)
    while len(a):
        ra, rb = parent[a], parent[b]
        differ = ra != rb
        a, b, ra, rb = a[differ], b[differ], ra[differ], rb[differ]
        np.minimum.at(parent, np.maximum(ra, rb), np.minimum(ra, rb))
        while not np.array_equal(parent, parent[parent]):
            parent = parent[parent]
    return parent


def with_passages(
    members: Sequence[Sequence[int]],
    links: Sequence[tuple[int, int]],
    sentences: Sequence[Sentence],
) -> list[list[int]]:
    """Sentence components joined by the sentences passages align (``links``: a clause lifted
    into another sentence, two sentences merged into one; a link never merges two components
    of matched sentences, as a short quote never does), then runs of them merged into one
    passage: components next to each other in every document that holds them, held by the
    same documents (a readout of five sentences reprinted whole is one cluster; a copy that
    stops halfway leaves the rest a cluster of its own, with its own earliest source)."""
    component = [-1] * len(sentences)  # per sentence, its component of ``members``
    for c, group in enumerate(members):
        for sid in group:
            component[sid] = c
    alone: dict[int, int] = {}  # sentences in no component: components of their own

    def node(sid: int) -> int:
        c = component[sid]
        return c if c >= 0 else alone.setdefault(sid, len(members) + len(alone))

    # components joined as wholes (a union-find of components, not of their sentences)
    forest = _UnionFind()
    matched = {c for c, group in enumerate(members) if group}  # holding sentence matches
    for a, b in sorted(links):
        ra, rb = forest.find(node(a)), forest.find(node(b))
        if ra == rb or (ra in matched and rb in matched):
            continue  # words of a passage never merge two clusters of matched sentences
        forest.union(ra, rb)
        if ra in matched or rb in matched:
            matched.add(forest.find(ra))
    groups: dict[int, list[int]] = defaultdict(list)
    for c, group in enumerate(members):
        groups[forest.find(c)].extend(group)
    for sid, c in alone.items():
        groups[forest.find(c)].append(sid)
    return _consecutive(sorted(sorted(g) for g in groups.values() if g), sentences)


def _consecutive(groups: list[list[int]], sentences: Sequence[Sentence]) -> list[list[int]]:
    """Groups merged with a group held by the same documents that, in every one of them,
    follows one of its runs of sentences (a re-quoted fragment elsewhere in a document does
    not stop a readout being one passage).

    Group ``k`` is followed by group ``o`` in a document when a member ``e`` of ``k`` has as
    next matchable sentence of that document (``e + 1``: ``sentences`` are in document order,
    by position; sentences too short to match lie between) a member of ``o``: ``e`` then ends
    one of ``k``'s runs of consecutive sentences and ``e + 1`` starts one of ``o``'s. Worked
    out on arrays of every member at once (a corpus has hundreds of thousands of groups)."""
    if not groups:
        return []
    sizes = np.fromiter(map(len, groups), np.int64, len(groups))
    member = np.fromiter(chain.from_iterable(groups), np.int64, int(sizes.sum()))
    group = np.repeat(np.arange(len(groups), dtype=np.int64), sizes)
    group_of = np.full(len(sentences) + 1, -1, np.int64)  # the last: past the end
    group_of[member] = group
    nexts = np.minimum(member + 1, len(sentences))
    doc_of = np.full(len(sentences) + 1, -1, np.int64)
    doc_of[:-1] = np.fromiter((s.doc for s in sentences), np.int64, len(sentences))
    doc = doc_of[member]
    other = group_of[nexts]
    follows = (other >= 0) & (other != group) & (doc_of[nexts] == doc)
    # documents per group (members in order: a group's documents never decrease), and per
    # (group, following group) the documents where it follows
    new_doc = np.concatenate(([True], (group[1:] != group[:-1]) | (doc[1:] != doc[:-1])))
    n_docs = np.bincount(group[new_doc], minlength=len(groups))
    edges = _distinct_triples(group[follows], other[follows], doc[follows], len(groups))
    heads = np.flatnonzero(np.concatenate(([True], (edges[1:, :2] != edges[:-1, :2]).any(axis=1))))[
        : len(edges)
    ]
    pairs, where = edges[heads, :2], np.diff(np.append(heads, len(edges)))
    # in every document of both (the documents where it follows are documents of both)
    joined = pairs[(where == n_docs[pairs[:, 0]]) & (where == n_docs[pairs[:, 1]])]
    forest = _UnionFind()
    for k, o in joined.tolist():
        forest.union(k, o)
    merged: dict[int, list[int]] = defaultdict(list)
    for k, found in enumerate(groups):
        merged[forest.find(k)].extend(found)
    return sorted((sorted(g) for g in merged.values()), key=lambda g: g[0])


def _distinct_triples(
    first: npt.NDArray[np.int64],
    second: npt.NDArray[np.int64],
    third: npt.NDArray[np.int64],
    size: int,
) -> npt.NDArray[np.int64]:
    """The distinct rows (first, second, third), sorted as tuples (``unique_rows`` of them):
    as one 64-bit key each when they fit (``first`` and ``second`` below ``size``), a sort of
    one array rather than a table (which held 170 MB at the passages stage's peak on a
    million-sentence corpus)."""
    depth = int(third.max()) + 1 if len(third) else 1
    if size * size * depth >= 1 << 63:
        return unique_rows(np.stack([first, second, third], axis=1))
    keys = unique_keys((first * size + second) * depth + third)
    pairs, third = np.divmod(keys, depth)
    found: npt.NDArray[np.int64] = np.stack([pairs // size, pairs % size, third], axis=1)
    return found


def match_table(matches: Sequence[Match]) -> npt.NDArray[np.int64]:
    """The matches as a table, a row each: a, b, and the word ranges each side aligns
    (first, stop of ``a``, then of ``b``). Read from a million matches once, for both the
    passages' runs and the aligned spans."""
    flat = chain.from_iterable((a, b, *aw, *bw) for a, b, _, aw, bw in matches)
    found: npt.NDArray[np.int64] = np.fromiter(flat, np.int64, 6 * len(matches)).reshape(-1, 6)
    return found


class AlignedWords(NamedTuple):
    """Per sentence, the smallest first word and the largest stop word of the word ranges
    aligned in it, and where it was first mentioned (``_UNSEEN``: never)."""

    low: npt.NDArray[np.int64]
    high: npt.NDArray[np.int64]
    seen: npt.NDArray[np.int64]

    @classmethod
    def of(cls, table: npt.NDArray[np.int64], n_sentences: int) -> AlignedWords:
        """Of the matches' ``match_table``: the sides of each match in turn."""
        found = cls(
            np.full(n_sentences, _UNSEEN, np.int64),
            np.full(n_sentences, -1, np.int64),
            np.full(n_sentences, _UNSEEN, np.int64),
        )
        for side, (sid, first, stop) in enumerate(((0, 2, 3), (1, 4, 5))):
            found.add(table[:, sid], table[:, first], table[:, stop], side, 2)
        return found

    def add(
        self,
        sids: npt.NDArray[np.int64],
        first: npt.NDArray[np.int64],
        stop: npt.NDArray[np.int64],
        offset: int = 0,
        step: int = 1,
    ) -> None:
        """Word ranges ``[first, stop)`` of sentences ``sids``, mentioned in turn from
        ``offset`` on, ``step`` apart."""
        np.minimum.at(self.low, sids, first)
        np.maximum.at(self.high, sids, stop)
        mentions = offset + step * np.arange(len(sids), dtype=np.int64)
        np.minimum.at(self.seen, sids, mentions)


_UNSEEN = np.iinfo(np.int64).max
_PARTS = 1 << 62  # where the parts' mentions start: after any match's


# the sentences with aligned words in order of first mention, with the first word and the
# stop word of what is aligned in each
AlignedRanges = tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int64]]


def aligned_ranges(
    words: AlignedWords, parts: npt.NDArray[np.int64] | None = None
) -> AlignedRanges:
    """The sentences with words a match aligns (``words``: theirs, as ``AlignedWords.of``
    gives; and every ``(sentence, first, stop)`` word range of ``parts``, a row each, a
    passage's words in it), in order of each sentence's first mention (the matches' sides in
    turn, then the parts), as when the ranges were joined one by one, with the first and stop
    word of what is aligned in each. ``words`` takes in the parts."""
    if parts is not None and len(parts):
        words.add(parts[:, 0], parts[:, 1], parts[:, 2], _PARTS)  # after every match's
    present = np.flatnonzero(words.seen != _UNSEEN)
    present = present[np.argsort(words.seen[present], kind="stable")]
    return present, words.low[present], words.high[present]


def partly_aligned(ranges: AlignedRanges, sentences: Sequence[Sentence]) -> npt.NDArray[np.bool_]:
    """Which of the ranges leave words of their sentence out (``whole_span`` finds the others
    without tokenising them)."""
    present, low, high = ranges
    counts = np.fromiter((len(sentences[s].tokens) for s in present.tolist()), np.int64)
    partly: npt.NDArray[np.bool_] = ~((low == 0) & (high == counts) & (high > 0))
    return partly


def spans_of(
    ranges: AlignedRanges,
    sentences: Sequence[Sentence],
    texts: Sequence[str],
    partial: Iterable[tuple[int, int]],
) -> dict[int, tuple[int, int]]:
    """For each sentence of ``ranges``, the character span covering its aligned words, taking
    in the punctuation attached to the first and last word (opening quote, full stop), in the
    order of ``ranges``: a wholly aligned sentence's found without tokenising it
    (``whole_span``), and ``partial``, the spans of those ``partly_aligned``, in turn, as
    ``passages.spans_and_ranges`` finds them with its words' edges."""
    present, low, high = ranges
    given = iter(partial)
    found = {}
    for sid, first, stop in zip(present.tolist(), low.tolist(), high.tolist(), strict=True):
        sentence = sentences[sid]
        if first == 0 and stop == len(sentence.tokens) and stop:
            found[sid] = whole_span(texts[sentence.doc], sentence.start, sentence.end)
        else:
            found[sid] = next(given)
    return found


def whole_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of all the words of the sentence ``text[start:end]`` (which has some), with
    the punctuation attached to its first and last word, found without tokenising it (the
    tests hold it to ``tests/oracles/clusters.char_span``, which tokenises): from its first
    word character to its last, each taking in the punctuation written against it. Every
    character before the first word character and after the last is no word character, so
    none is a letter or digit either: the punctuation attached is what runs up to white space.

    Most sentences start with a letter (or a mark against one) and end with one (or a full
    stop against one): then the span is the whole sentence, told from four characters."""
    if opens_on_word(text, start, end) and closes_on_word(text, start, end):
        return start, end
    first = first_word_char(text, start, end)
    while first > start and not text[first - 1].isspace():
        first -= 1
    last = last_word_end(text, start, end)
    while last < end and not text[last].isspace():
        last += 1
    return first, last


Span = tuple[int, int, int]  # document, start, end


@dataclass(frozen=True)
class Component:
    """A cluster before it is dated: its member sentences and any fragment spans."""

    members: tuple[int, ...]
    spans: tuple[Span, ...] = ()


def with_fragments(
    members: Sequence[Sequence[int]],
    sentences: Sequence[Sentence],
    fragments: Sequence[Fragment],
    homes: Sequence[int | None],
    hits: Sequence[Hit],
    passage_spans: Sequence[Sequence[Span]] = (),
) -> list[Component]:
    """Sentence components (with their passages' spans, per component) with the fragments
    that hit them attached, and new components of fragments that hit no shared sentence.

    A fragment and the words it hits are joined, as are spans overlapping in one document (a
    quote in A found in B, and B's own quote of those words). A joined group that hits shared
    sentences gives its quotes to the component it hits most (then best, then first). One that
    hits none goes, with the words it hits, to the component its quotes already lie in (their
    home: two commentaries quoting the same words match each other, and the hit brings in the
    source); else it stands as a component of its own. A short quote never merges two
    clusters, nor drags in words it also matches elsewhere.

    On arrays of every hit at once (436,585 on the README corpus, most of them a quote found
    in the copies of its story; ``tests.oracles.clusters`` has the plain version, a hit at a
    time): the nodes are the fragments, then the words of each hit in no component; their
    groups are ``union_labels`` of the hits' links and the overlaps, each named by its
    smallest node (the order the groups are taken in); votes and homes are counted by sorts.
    """
    n_fragments = len(fragments)
    component = component_numbers(members, len(sentences))
    fragment, sentence, hit_start, hit_end, score = _hit_columns(hits)
    comp = component[sentence]
    voting, lone = comp >= 0, np.flatnonzero(comp < 0)
    # per node: its span (document, start, end)
    docs = [f.doc for f in fragments]
    docs.extend(sentences[sid].doc for sid in sentence[lone].tolist())
    doc = np.asarray(docs, np.int64)
    start = np.concatenate([np.fromiter((f.start for f in fragments), np.int64), hit_start[lone]])
    end = np.concatenate([np.fromiter((f.end for f in fragments), np.int64), hit_end[lone]])
    n_nodes = len(doc)
    held = np.zeros(n_nodes, np.bool_)  # the nodes hits reach: the others join nothing
    held[fragment] = True
    held[n_fragments:] = True
    nodes = np.flatnonzero(held)
    links = [
        np.stack([fragment[lone], n_fragments + np.arange(len(lone), dtype=np.int64)]),
        _overlapping(doc, start, end, nodes),
    ]
    label = union_labels(n_nodes, np.concatenate(links, axis=1))  # per node, its group
    # per group, the component its quotes' hits vote for (-1: none)
    target = _winners(label[fragment[voting]], comp[voting], score[voting], n_nodes)
    quotes = nodes[nodes < n_fragments]
    voted = quotes[target[label[quotes]] >= 0]
    extra = [np.stack([target[label[voted]], doc[voted], start[voted], end[voted]], axis=1)]
    # the groups that hit no component: every span of theirs, once, sorted, group by group
    rest = nodes[target[label[nodes]] < 0]
    chosen = _distinct_rows(np.stack([label[rest], doc[rest], start[rest], end[rest]], axis=1))
    home_of = np.fromiter((-1 if h is None else h for h in homes), np.int64, len(homes))
    homed = rest[rest < n_fragments]
    homed = homed[home_of[homed] >= 0]
    home = _winners(label[homed], home_of[homed], np.zeros(len(homed)), n_nodes)[chosen[:, 0]]
    extra.append(np.concatenate([home[home >= 0, None], chosen[home >= 0, 1:]], axis=1))
    new = _multi_document(chosen[home < 0])
    extra.extend(
        np.asarray([(c, *span) for span in spans], np.int64).reshape(-1, 4)
        for c, spans in enumerate(passage_spans)
        if spans
    )
    table = _distinct_rows(np.concatenate(extra))
    bounds = np.searchsorted(table[:, 0], np.arange(len(members) + 1)).tolist()
    spans = list(zip(*(table[:, k].tolist() for k in (1, 2, 3)), strict=True))
    joined = [
        Component(tuple(group), tuple(spans[bounds[c] : bounds[c + 1]]))
        for c, group in enumerate(members)
    ]
    return joined + new


def component_numbers(members: Sequence[Sequence[int]], size: int) -> npt.NDArray[np.int64]:
    """Per sentence (``size`` of them), the number of its group among ``members`` (disjoint
    groups of sentences), or -1: one assignment of every member, not one per group (a corpus
    has hundreds of thousands of groups)."""
    found = np.full(size, -1, np.int64)
    sizes = np.fromiter(map(len, members), np.int64, len(members))
    found[np.fromiter(chain.from_iterable(members), np.int64, int(sizes.sum()))] = np.repeat(
        np.arange(len(members), dtype=np.int64), sizes
    )
    return found


def _hit_columns(
    hits: Sequence[Hit],
) -> tuple[
    npt.NDArray[np.int64],
    npt.NDArray[np.int64],
    npt.NDArray[np.int64],
    npt.NDArray[np.int64],
    npt.NDArray[np.float64],
]:
    """The hits' fragments, sentences, starts, ends and scores, a column each."""
    count = len(hits)
    fragment, sentence, _, start, end = (
        np.fromiter(map(itemgetter(k), hits), np.int64, count) for k in range(5)
    )
    return fragment, sentence, start, end, np.fromiter(map(itemgetter(5), hits), np.float64, count)


def _overlapping(
    doc: npt.NDArray[np.int64],
    start: npt.NDArray[np.int64],
    end: npt.NDArray[np.int64],
    nodes: npt.NDArray[np.int64],
) -> npt.NDArray[np.int64]:
    """Links (2 x links) joining ``nodes`` whose spans overlap in one document: taken in order
    of (doc, start, end), each joins the first of its run when it starts before the furthest
    end of the run so far. That end is the furthest of every span before it in its document
    (a run stops where one starts at or after it), found by one running maximum of a key
    (document, end); starts and ends are characters of a text, below ``2**31``."""
    order = nodes[np.lexsort((end[nodes], start[nodes], doc[nodes]))]
    d, s = doc[order], start[order]
    scale = np.int64(1 << 31)
    reach = np.maximum.accumulate(d * scale + end[order]) - d * scale  # within d: no smaller
    fresh = np.ones(len(order), np.bool_)  # the first of a run
    fresh[1:] = (d[1:] != d[:-1]) | (s[1:] >= reach[:-1])
    firsts = order[np.flatnonzero(fresh)][np.cumsum(fresh) - 1]
    joins = firsts != order
    found: npt.NDArray[np.int64] = np.stack([firsts[joins], order[joins]])
    return found


def _winners(
    group: npt.NDArray[np.int64],
    value: npt.NDArray[np.int64],
    score: npt.NDArray[np.float64],
    size: int,
) -> npt.NDArray[np.int64]:
    """Per group (numbers below ``size``), the value it holds most often, then the one with
    the best score (none below 0), then the smallest; -1 for a group holding none."""
    found = np.full(size, -1, np.int64)
    if not len(group):
        return found
    order = np.lexsort((value, group))
    group, value, score = group[order], value[order], score[order]
    heads = np.flatnonzero(
        np.concatenate(([True], (group[1:] != group[:-1]) | (value[1:] != value[:-1])))
    )
    counts = np.diff(np.append(heads, len(group)))
    best = np.maximum(np.maximum.reduceat(score, heads), 0.0)
    group, value = group[heads], value[heads]
    ranked = np.lexsort((value, -best, -counts, group))
    firsts = ranked[np.concatenate(([True], group[ranked][1:] != group[ranked][:-1]))]
    found[group[firsts]] = value[firsts]
    return found


def _distinct_rows(table: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """``unique_rows`` of a table of four columns, which may be empty."""
    return unique_rows(table) if len(table) else table.reshape(0, 4)


def _multi_document(chosen: npt.NDArray[np.int64]) -> list[Component]:
    """Components of the groups among ``chosen`` (distinct rows: group, doc, start, end,
    sorted) whose spans lie in more than one document, in order of group."""
    if not len(chosen):
        return []
    group = chosen[:, 0]
    heads = np.flatnonzero(np.concatenate(([True], group[1:] != group[:-1])))
    bounds = np.append(heads, len(group))
    several = np.minimum.reduceat(chosen[:, 1], heads) != np.maximum.reduceat(chosen[:, 1], heads)
    spans = list(zip(*(chosen[:, k].tolist() for k in (1, 2, 3)), strict=True))
    return [
        Component((), tuple(spans[bounds[k] : bounds[k + 1]]))
        for k in np.flatnonzero(several).tolist()
    ]


def occurrences(
    component: Component,
    sentences: Sequence[Sentence],
    spans: dict[int, tuple[int, int]],
    documents: Sequence[Document],
    in_quotes: Callable[[int, int, int], bool],
) -> tuple[Occurrence, ...]:
    """The component's occurrences, sorted by (doc_id, start), with a content-derived id: runs
    of consecutive member sentences and fragment spans, merged where they overlap.
    ``in_quotes``: whether at least half the words of a document's span are quoted (the run's
    ``InQuotes``, which counts them from the sentences)."""
    located: list[tuple[int, int, int, list[int]]] = []  # doc, start, end, sentences
    for run in _runs(component.members, sentences):
        first = sentences[run[0]]
        located.append((first.doc, spans[run[0]][0], spans[run[-1]][1], run))
    located.extend((doc, start, end, []) for doc, start, end in component.spans)
    merged = _merge(located)
    merged.sort(key=lambda r: (documents[r[0]].doc_id, r[1], r[2]))
    cluster_id = _cluster_id([(documents[doc].doc_id, s, e) for doc, s, e, _ in merged])
    return tuple(
        Occurrence(
            cluster_id=cluster_id,
            doc=doc,
            start=start,
            end=end,
            sentences=tuple(run),
            in_quotes=in_quotes(doc, start, end),
        )
        for doc, start, end, run in merged
    )


def _in_quotes(quote_map: QuoteMap, text: str, start: int, end: int) -> bool:
    """Whether at least half the words of ``text[start:end]`` are quoted (no need to find them
    when no quote reaches the span)."""
    if not quote_map.overlaps(start, end):
        return False
    return quote_map.mostly_inside(word_spans(text, start, end))


class InQuotes:
    """``_in_quotes`` for a run's documents without finding every word of each span: an
    occurrence of a long passage runs over a thousand characters, and finding its words one
    by one was most of the cluster stage. The words of a span are counted from its whole
    sentences' words (known: ``Sentence.tokens``), the rest of it (the ends, the gaps between
    sentences) by ``count_words``; and those inside quoted regions the same way, region by
    region. Cutting a span's text at a place counts its words the same only when no word runs
    across it (``splits_word``): where one would, or the document's regions nest, the words
    are found one by one as before. Either way the answer is ``_in_quotes``'s."""

    # spans shorter than this (in characters; a sentence is about 130) are tokenised at
    # once: laying out their document's sentences costs more than it saves
    SHORT = 300

    def __init__(
        self,
        texts: Sequence[str],
        quote_maps: Sequence[QuoteMap],
        sentences: Sequence[Sentence],
    ) -> None:
        """``sentences``: every sentence of the run (not only the matchable ones), document by
        document, each document's by position."""
        self._texts = texts
        self._maps = quote_maps
        self._sentences = sentences
        docs = np.fromiter((s.doc for s in sentences), np.int64, len(sentences))
        self._firsts = np.searchsorted(docs, np.arange(len(texts) + 1), side="left").tolist()
        # per document, made when first asked: sentence starts, ends and word counts so far,
        # region starts and ends, and whether the regions are disjoint
        self._docs: dict[int, tuple[list[int], list[int], list[int], list[int], list[int]]] = {}
        self._nested: set[int] = set()

    def __call__(self, doc: int, start: int, end: int) -> bool:
        """Whether at least half the words of ``texts[doc][start:end]`` are quoted."""
        quote_map = self._maps[doc]
        if not quote_map.overlaps(start, end):
            return False
        if end - start < self.SHORT:  # a sentence or less: as quick word by word
            return _in_quotes(quote_map, self._texts[doc], start, end)
        found = self._counted(doc, start, end)
        if found is None:
            return _in_quotes(quote_map, self._texts[doc], start, end)
        inside, total = found
        return total > 0 and 2 * inside >= total

    def _laid_out(self, doc: int) -> tuple[list[int], list[int], list[int], list[int], list[int]]:
        found = self._docs.get(doc)
        if found is None:
            sentences = self._sentences[self._firsts[doc] : self._firsts[doc + 1]]
            counts = [0]
            for s in sentences:
                counts.append(counts[-1] + len(s.tokens))
            regions = self._maps[doc].regions
            r_starts, r_ends = [s for s, _ in regions], [e for _, e in regions]
            if any(e > s for e, s in zip(r_ends, r_starts[1:], strict=False)):
                self._nested.add(doc)
            found = (
                [s.start for s in sentences],
                [s.end for s in sentences],
                counts,
                r_starts,
                r_ends,
            )
            self._docs[doc] = found
        return found

    def _counted(self, doc: int, start: int, end: int) -> tuple[int, int] | None:
        """(words inside quoted regions, words) of the span, or None when they must be found
        word by word."""
        laid_out = self._laid_out(doc)
        if doc in self._nested:
            return None
        text = self._texts[doc]
        total = self._words(text, laid_out, start, end)
        if total is None:
            return None
        r_starts, r_ends = laid_out[3], laid_out[4]
        inside = 0
        region = max(0, bisect_right(r_starts, start) - 1)
        while region < len(r_starts) and r_starts[region] < end:
            low, high = max(start, r_starts[region]), min(end, r_ends[region])
            region += 1
            if low >= high:
                continue
            if (low > start and splits_word(text, low, start, end)) or (
                high < end and splits_word(text, high, start, end)
            ):
                return None
            found = self._words(text, laid_out, low, high)
            if found is None:
                return None
            inside += found
        return inside, total

    @staticmethod
    def _words(
        text: str,
        laid_out: tuple[list[int], list[int], list[int], list[int], list[int]],
        start: int,
        end: int,
    ) -> int | None:
        """How many words ``text[start:end]`` holds (``count_words``), from the whole
        sentences inside it; None when a word runs across one of their edges."""
        starts, ends, counts = laid_out[0], laid_out[1], laid_out[2]
        first = bisect_left(starts, start)  # the first sentence starting inside
        stop = bisect_right(ends, end)  # one past the last ending inside
        if stop <= first:
            return count_words(text, start, end)
        found = counts[stop] - counts[first]
        # the text before, between and after those sentences: mostly white space, which
        # holds no word and lets no word run across its edges
        done = start  # where the text counted so far ends
        for k in range(first, stop + 1):
            at = starts[k] if k < stop else end
            if at > done:
                if not text[done:at].isspace():
                    if (done > start and splits_word(text, done, start, end)) or (
                        at < end and splits_word(text, at, start, end)
                    ):
                        return None
                    found += count_words(text, done, at)
            elif start < at < end and splits_word(text, at, start, end):
                return None
            if k < stop:
                done = ends[k]
        return found


def _runs(members: Sequence[int], sentences: Sequence[Sentence]) -> list[list[int]]:
    """Maximal runs of consecutive sentences of one document (``sentences`` lie in document
    order, each document's by position, as a run lists them: sentence numbers sort so)."""
    runs: list[list[int]] = []
    for sid in sorted(members):
        previous = runs[-1][-1] if runs else None
        if (
            previous is not None
            and sentences[previous].doc == sentences[sid].doc
            and sentences[previous].position + 1 == sentences[sid].position
        ):
            runs[-1].append(sid)
        else:
            runs.append([sid])
    return runs


def _merge(
    located: Sequence[tuple[int, int, int, list[int]]],
) -> list[tuple[int, int, int, list[int]]]:
    """Spans (document, start, end, their sentences: sorted, distinct) sorted, those
    overlapping in a document merged. A fragment's span brings no sentences: its merge keeps
    the run's list as it is (sorted and distinct already), not sorted again for every fragment
    over a long passage."""
    merged: list[tuple[int, int, int, list[int]]] = []
    for doc, start, end, run in sorted(located, key=lambda r: (r[0], r[1], r[2])):
        if merged and merged[-1][0] == doc and start < merged[-1][2]:
            m_doc, m_start, m_end, m_run = merged[-1]
            merged[-1] = (m_doc, m_start, max(m_end, end), sorted({*m_run, *run}) if run else m_run)
        else:
            merged.append((doc, start, end, list(run)))
    return merged


def _cluster_id(keys: Sequence[tuple[str, int, int]]) -> str:
    """Stable across runs: derived from the doc_ids and offsets of the occurrences only."""
    digest = hashlib.blake2b(digest_size=6)
    for doc_id, start, end in keys:
        digest.update(f"{doc_id}\x00{start}\x00{end}\x01".encode())
    return "c" + digest.hexdigest()
