"""The analysis as a sequence of steps: read → sketch → candidates → verify → boilerplate →
fragments → cluster → attribute (quote rows with it).

Each step is a small unit with one interface (datatrove's ``PipelineStep`` is the model): it
takes the ``Work`` of one analysis, adds what it finds, and counts what it kept and dropped and
why with ``stat_update``. ``provenance.pipeline.run.analyse`` runs them in order, times each,
and merges their counts in one place (run.json's ``counts``). The matching rules themselves
live in the stage modules (``provenance.text``, ``provenance.matching``,
``provenance.clustering``); a step only wires one of them to the work, and to the engine
where the work scales with the corpus.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain, pairwise
from typing import TYPE_CHECKING, Any, ClassVar, overload

import numpy as np
import numpy.typing as npt

from provenance.clustering import attribute as attribute_stage
from provenance.clustering import clusters as cluster_stage
from provenance.clustering.variants import quote_rows, with_speakers
from provenance.matching import fragments as fragment_stage
from provenance.matching import passages as passage_stage
from provenance.matching.candidates import Candidates, find_candidates
from provenance.matching.identical import expand, group_identical, group_owners
from provenance.matching.sketch import shingle_hashes as shingle_hashes_of
from provenance.matching.verify import WordHashes, verify
from provenance.model import (
    Attribution,
    Cluster,
    Document,
    Match,
    PairLink,
    Quote,
    QuoteRow,
    Sentence,
    Sentences,
)
from provenance.pipeline.low_memory import Corpus, sentence_key
from provenance.settings import Settings
from provenance.text import boilerplate as boilerplate_stage
from provenance.text.normalise import words
from provenance.text.quotes import QuoteMap, pieces
from provenance.text.segment import paragraphs, segment_document
from provenance.text.speakers import Aliases, document_quotes

if TYPE_CHECKING:
    from provenance.pipeline.engine import Engine, Progress

# A quote fragment found unquoted elsewhere counts only when it is this many times
# min_quote_tokens long: shorter runs are often stock phrases.
UNQUOTED_FRAGMENT_FACTOR = 2


@dataclass
class Work:
    """One analysis as it goes: its inputs, then what each step adds (in step order)."""

    docs: tuple[Document, ...]  # sorted by doc_id
    settings: Settings
    engine: Engine
    aliases: Aliases
    report: Progress
    # when the documents are a part of a larger corpus: what the whole corpus decided
    corpus: Corpus | None = None
    # read
    sentences: list[Sentence] = field(default_factory=list)  # every sentence
    quotes: list[Quote] = field(default_factory=list)
    quoted: list[tuple[int, fragment_stage.Fragment]] = field(default_factory=list)
    boilerplate: list[list[tuple[int, int]]] = field(default_factory=list)  # spans per document
    # per document: its paragraphs that read as pleas at either end (``edge_pleas``)
    pleas: list[list[tuple[int, int, boilerplate_stage.End]]] = field(default_factory=list)
    # per document: the hashes of its words (``passage_stage.word_hashes``), until the
    # candidates step lays them out as one stream
    word_hashes: list[npt.NDArray[np.uint64]] = field(default_factory=list)
    # sketch
    usable: list[Sentence] = field(default_factory=list)  # long enough to match
    # per sentence, whether it is long enough to match (``usable`` are those)
    long_enough: npt.NDArray[np.bool_] = field(default_factory=lambda: np.zeros(0, np.bool_))
    groups: list[list[int]] = field(default_factory=list)  # identical usable sentences
    token_lists: list[tuple[str, ...]] = field(default_factory=list)  # one per group
    sketches: Any = None  # in the engine's form (until the candidates step has used them)
    # candidates, verify (the stream and the shared n-grams until the passages step)
    stream: Any = None  # passage_stage.TokenStream: every word, pattern boilerplate masked
    shared: Any = None  # passage_stage.SharedNgrams: the n-grams that could join two places
    pairs: npt.NDArray[np.int64] = field(default_factory=lambda: np.empty((0, 2), np.int64))
    matches: list[Match] = field(default_factory=list)
    # boilerplate
    members: list[list[int]] = field(default_factory=list)  # real reuse components
    boiler: list[list[int]] = field(default_factory=list)  # boilerplate components
    # passages
    passage_spans: list[list[cluster_stage.Span]] = field(default_factory=list)  # per member
    # the text each pair of documents was aligned on, a side in each (passages, then quotes)
    aligned: list[tuple[cluster_stage.Span, cluster_stage.Span]] = field(default_factory=list)
    # of those (by number), the words each side shares where they differ from its span
    shared_words: npt.NDArray[np.int64] = field(default_factory=lambda: np.empty((0, 4), np.int64))
    # fragments
    spans: dict[int, tuple[int, int]] = field(default_factory=dict)  # aligned, per sentence
    quote_maps: list[QuoteMap] = field(default_factory=list)
    components: list[cluster_stage.Component] = field(default_factory=list)
    # cluster, attribute
    clusters: list[Cluster] = field(default_factory=list)
    boiler_clusters: list[Cluster] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    links: list[PairLink] = field(default_factory=list)  # pairs of documents sharing text
    quote_rows: list[QuoteRow] = field(default_factory=list)

    @cached_property
    def texts(self) -> tuple[str, ...]:
        """The documents' texts (``docs`` is a tuple: made once)."""
        return tuple(d.text for d in self.docs)


class Step:
    """One stage of the analysis. ``name`` is its stage in timings and progress; ``stats``
    what it counted (``stat_update``), merged into the run's counts by the pipeline."""

    name: ClassVar[str]

    def __init__(self) -> None:
        self.stats: dict[str, int] = {}

    def stat_update(self, key: str, value: int = 1) -> None:
        """Add ``value`` to the count ``key`` (a count of 0 is still reported)."""
        self.stats[key] = self.stats.get(key, 0) + value

    def run(self, work: Work) -> None:
        raise NotImplementedError


class ReadStep(Step):
    """Sentences, quotes with their speakers, pattern-marked boilerplate and the quote
    paragraphs to trace, document by document (on the engine: a pool of processes here)."""

    name = "segment"

    def run(self, work: Work) -> None:
        settings = work.settings
        matcher = boilerplate_stage.Matcher.build(settings.boilerplate_patterns)
        reader = Reader(
            work.aliases,
            matcher if settings.suppress_boilerplate else None,
            settings.min_quote_tokens,
        )
        for i, (sentences, quotes, boilerplate, pleas, quoted, hashes) in enumerate(
            work.engine.read(reader, work.docs)
        ):
            work.sentences.extend(sentences)
            work.word_hashes.append(hashes)
            work.quoted.extend((len(work.quotes) + k, fragment) for k, fragment in quoted)
            work.quotes.extend(quotes)
            work.boilerplate.append(boilerplate)
            work.pleas.append(pleas)
            work.report(self.name, i + 1, len(work.docs))
        self.stat_update("documents", len(work.docs))
        self.stat_update("sentences", len(work.sentences))
        self.stat_update("quotes", len(work.quotes))
        self.stat_update("quotes_attributed", sum(q.speaker is not None for q in work.quotes))
        self.stat_update("boilerplate_paragraphs", sum(len(s) for s in work.boilerplate))


class SketchStep(Step):
    """Sentences too short to match are dropped; identical ones are grouped, and one of each
    group is sketched (MinHash, on the engine)."""

    name = "sketch"

    def run(self, work: Work) -> None:
        minimum = work.settings.min_tokens
        work.long_enough = np.fromiter(
            (len(s.tokens) >= minimum for s in work.sentences), np.bool_, len(work.sentences)
        )
        work.usable = [work.sentences[k] for k in np.flatnonzero(work.long_enough).tolist()]
        work.groups = group_identical(work.usable)
        work.token_lists = [work.usable[members[0]].tokens for members in work.groups]
        work.sketches = work.engine.sketch(work.token_lists, work.settings)
        self.stat_update("sentences_too_short", len(work.sentences) - len(work.usable))
        self.stat_update("sentences_matchable", len(work.usable))
        self.stat_update("distinct_sentences", len(work.groups))


class CandidatesStep(Step):
    """Pairs of distinct sentences from different documents that share an LSH band."""

    name = "candidates"

    def run(self, work: Work) -> None:
        owners = group_owners(work.groups, work.usable)
        found: Candidates
        if work.corpus is None:
            found = work.engine.candidates(work.sketches, owners, work.settings)
        else:  # a part of a corpus: the whole corpus decided which buckets are oversized
            found = find_candidates(work.sketches, owners, work.settings, work.corpus.oversized)
        work.sketches = None  # used up: not held to the end of the run
        # the deterministic join: sentences sharing a rare run of words, whatever the seed
        hashes = np.concatenate(work.word_hashes) if work.word_hashes else None
        work.word_hashes = []  # in the stream now
        work.stream = passage_stage.TokenStream.of(
            work.sentences, len(work.docs), _masked(work), hashes
        )
        # a part of a corpus is told the n-grams the whole corpus prints too often
        work.shared = passage_stage.SharedNgrams.of(
            work.stream, work.corpus.common_ngrams if work.corpus is not None else None
        )
        groups = np.full(len(work.sentences), -1, np.int64)
        groups[np.flatnonzero(work.long_enough)] = _group_numbers(work.groups, len(work.usable))
        joined = passage_stage.ngram_candidates(
            work.shared, work.stream, groups, np.asarray(owners, np.int64)
        )
        # both sets of pairs (i < j, groups), each once, in order
        lsh = np.asarray(found.pairs, np.int64).reshape(-1, 2)
        both = self.merged(joined, lsh, len(work.groups))
        representatives = np.fromiter((m[0] for m in work.groups), np.int64, len(work.groups))
        work.pairs = representatives[both]  # of usable sentences, a pair a row
        work.report(self.name, 1, 1)
        self.stat_update("candidate_pairs", len(work.pairs))
        self.stat_update("ngram_candidate_pairs", len(joined))
        self.stat_update("lsh_buckets_oversized", found.oversized_buckets)

    @staticmethod
    def merged(
        first: npt.NDArray[np.int64], second: npt.NDArray[np.int64], size: int
    ) -> npt.NDArray[np.int64]:
        """The pairs (rows of numbers below ``size``) of both, each once, in order. Both come
        sorted and distinct (the n-gram join's millions of pairs, LSH's fewer): those of
        ``second`` not in ``first`` are inserted in their places, without sorting every pair
        again; any other input is sorted (``distinct_pairs``)."""
        scale = np.int64(max(size, 1))
        keys = first[:, 0] * scale + first[:, 1]
        others = second[:, 0] * scale + second[:, 1]
        if not (np.all(keys[1:] > keys[:-1]) and np.all(others[1:] > others[:-1])):
            return passage_stage.distinct_pairs(np.concatenate([first, second]), size)
        at = np.searchsorted(keys, others)
        new = at == len(keys)
        new[~new] = keys[at[~new]] != others[~new]
        found: npt.NDArray[np.int64] = np.insert(first, at[new], second[new], axis=0)
        return found


class VerifyStep(Step):
    """Candidates confirmed and aligned word by word (on the engine), then expanded from each
    group's representative to every identical sentence."""

    name = "verify"

    def run(self, work: Work) -> None:
        settings = work.settings
        if work.engine.name == "local" and work.stream is not None:
            # this machine: the words' hashes of the stream (for the candidates' n-grams) are
            # the words' multisets the containment share is bounded with, not made again
            stream, usable = work.stream, np.flatnonzero(work.long_enough)
            words = WordHashes(
                stream.hashes, stream.sentence_starts[usable], stream.sentence_starts[usable + 1]
            )
            verified, rejected = verify(
                work.pairs,
                work.usable,
                settings.verify_threshold,
                settings.verify_containment,
                words,
            )
        else:
            verified, rejected = work.engine.verify(work.pairs, work.usable, settings)
        work.matches = expand(work.groups, verified, work.usable)
        work.report(self.name, len(work.pairs), len(work.pairs))
        self.stat_update("verified_pairs", len(verified))
        self.stat_update("rejected_pairs", rejected)


class BoilerplateStep(Step):
    """Components of matched sentences that are shared without being copied (footers,
    notices) are set aside; their sentences join the documents' boilerplate spans."""

    name = "boilerplate"

    def run(self, work: Work) -> None:
        usable = work.usable
        work.members, work.boiler = _split_boilerplate(
            cluster_stage.components(work.matches),
            usable,
            work.docs,
            work.boilerplate,
            work.pleas,
            work.settings,
            work.corpus,
            boilerplate_stage.page_keys(
                work.stream.hashes[a:b] for a, b in pairwise(work.stream.doc_starts.tolist())
            ),
        )
        for sid in [
            *(sid for group in work.boiler for sid in group),
            *_known_boilerplate(usable, work.boiler, work.corpus),
        ]:
            work.boilerplate[usable[sid].doc].append((usable[sid].start, usable[sid].end))


class PassagesStep(Step):
    """Each pair of documents sharing text aligned into passages (``matching.passages``): the
    sentences a passage aligns join one component (a lifted clause, merged or split sentences),
    components in a row held by the same documents become one, and a passage in no matchable
    sentence (identical short documents) is a component of its own."""

    name = "passages"

    def run(self, work: Work) -> None:
        sentences, usable = work.sentences, work.usable
        masked = _masked(work)
        stream = work.stream.masking(masked)  # learned boilerplate too, now
        # the matchable sentences' numbers among all sentences, and back
        long_enough = work.long_enough
        number = np.cumsum(long_enough) - 1
        index_of = np.flatnonzero(long_enough)
        shared = passage_stage.shared_runs(stream, work.shared)
        work.stream = work.shared = None  # used up: not held to the end of the run
        # the matches as a table (after the runs kernel: the stage's peak on sparse text)
        table = cluster_stage.match_table(work.matches)
        work.matches = []  # in the table now: a corpus's matches are not held to its end
        real = np.zeros(len(usable), np.bool_)  # the sentences of real reuse components
        real[np.fromiter(chain.from_iterable(work.members), np.int64)] = True
        kept = table[real[table[:, 0]] & real[table[:, 1]]]
        runs = passage_stage.Runs.join(
            [
                shared,
                passage_stage.match_runs(stream, kept, stream.sentence_starts[index_of]),
                passage_stage.identical_runs(stream),
            ]
        )
        # the words each sentence's matches align (the table is not held to the end)
        aligned = cluster_stage.AlignedWords.of(table, len(usable))
        del table, kept
        texts = work.texts
        quote_maps = _quotation_maps(len(work.docs), work.quotes, texts)
        edges = passage_stage.WordEdges(sentences, texts)  # shared by every edge asked below

        def quoted(start: int, end: int) -> bool:
            """Whether the words are most of a quotation (a clause quoted from the other
            document, not a phrase inside a longer quote)."""
            doc, first, last = passage_stage.side_span(stream, edges, start, end, False)
            region = quote_maps[doc].region(first, last)
            if region is None:
                return False
            quoted_words = len(words(texts[doc], *region))
            return end - start >= passage_stage.QUOTED_CLAUSE_SHARE * quoted_words

        found = passage_stage.passages(stream, runs, quoted)
        n_passages = len(found.a_start)
        a_starts, a_ends, b_starts, b_ends = found[:4]
        cut = passage_stage.segments(stream, found, runs)
        edited = passage_stage.edited_runs(stream, found, runs)  # the few with edits
        # in the arrays now: not held through the rest of the stage (its peak is at its end)
        del shared, runs, found
        # the matchable sentences the passages align, those not in one component already
        matchable = long_enough & ~np.asarray(masked, np.bool_)
        lengths = np.diff(stream.sentence_starts)
        whole = (cut.words == lengths[cut.a]) | (cut.words == lengths[cut.b])
        useful = matchable[cut.a] & matchable[cut.b] & ((cut.words >= passage_stage.NGRAM) | whole)
        component = cluster_stage.component_numbers(work.members, len(usable) + 1)
        a, b = number[cut.a], number[cut.b]
        linked = (component[a] == component[b]) & (component[a] >= 0)
        exact = (cut.words == lengths[cut.a]) & (cut.words == lengths[cut.b])
        new = useful & ~(linked & exact)  # identical sentences matched already add nothing
        links = list(zip(a[new].tolist(), b[new].tolist(), strict=True))
        # matchable sentence, first word, stop word: a row each, the a sides, then the b sides
        parts = np.concatenate(
            [
                np.stack([side[new], first[new], (first + cut.words)[new]], axis=1)
                for side, first in ((a, cut.a_first), (b, cut.b_first))
            ]
        ).reshape(-1, 3)
        # passages that reach no matchable sentence on either side are components of their own
        reached = np.concatenate(([0], np.cumsum(matchable)))

        def reaches(low: npt.NDArray[np.int64], high: npt.NDArray[np.int64]) -> Any:
            first = stream.token_sentences[low]
            last = stream.token_sentences[high - 1]
            return reached[last + 1] > reached[first]

        lone = ~(reaches(a_starts, a_ends) | reaches(b_starts, b_ends))
        # the passages' sides (a, then b) and the words they or the matches align in part of a
        # sentence, found in the text in one pass: a sentence is tokenised once
        ranges = cluster_stage.aligned_ranges(aligned, parts)
        partly = cluster_stage.partly_aligned(ranges, usable)
        both, partial = passage_stage.spans_and_ranges(
            stream,
            edges,
            np.concatenate((a_starts, b_starts)),
            np.concatenate((a_ends, b_ends)),
            index_of[ranges[0][partly]],  # among all sentences, as ``edges`` numbers them
            ranges[1][partly],
            ranges[2][partly],
        )
        sides = list(zip(both[:n_passages], both[n_passages:], strict=True))
        del both
        # the words each side shares where both reach a quotation (a quotation link, or reuse)
        work.shared_words = passage_stage.shared_words(stream, edges, edited, sides, quote_maps)
        del edited
        alone = [list(sides[k]) for k in np.flatnonzero(lone).tolist()]
        work.aligned = sides
        work.spans = cluster_stage.spans_of(ranges, usable, texts, partial)
        joined = cluster_stage.with_passages(work.members, links, usable)
        work.members = [*joined, *([] for _ in alone)]
        work.passage_spans = [*([] for _ in joined), *alone]
        work.report(self.name, 1, 1)
        self.stat_update("passages", n_passages)


class FragmentsStep(Step):
    """Quote paragraphs found inside sentences of other documents: each joins the component
    that holds it in its own document, or forms one of its own."""

    name = "fragments"

    def run(self, work: Work) -> None:
        settings, usable = work.settings, work.usable
        texts = work.texts
        rows = [
            row
            for row, (k, _) in enumerate(work.quoted)
            if not _in_boilerplate(work.quotes[k], work.boilerplate)
        ]
        wanted = [work.quoted[row][1] for row in rows]
        # every quote paragraph's shingles hashed once: the common ones are counted over all
        # of them (boilerplate ones too: a part of a corpus counts them before knowing which
        # quotes are boilerplate), and those searched for are read from them
        size = max(1, settings.shingle_size)
        if work.corpus is not None:
            common, fragment_hashes = work.corpus.common_shingles, None
        else:
            every = shingle_hashes_of([fragment.tokens for _, fragment in work.quoted], size)
            common = fragment_stage.common_shingles(every)
            fragment_hashes = fragment_stage.segments(every, np.asarray(rows, np.int64))
            del every
        homes = _homes(wanted, work.spans, usable, work.members)
        found = fragment_stage.find(
            wanted,
            usable,
            texts,
            settings.shingle_size,
            settings.quote_containment,
            work.groups,
            work.engine.shingle_hashes(work.token_lists, settings),
            common,
            fragment_hashes,
        )
        work.quote_maps = _quote_maps(len(work.docs), work.quotes)
        maps = work.quote_maps
        # hits in boilerplate are not counted: a part of a corpus does not see those that reach
        # boilerplate outside it
        boilerplate = work.boilerplate  # (most documents have none: told without a call)
        found = [
            h
            for h in found
            if not (boilerplate[h.doc] and _inside(boilerplate[h.doc], h.start, h.end))
        ]
        hits = fragment_stage.credible(
            found,
            wanted,
            lambda doc, start, end: maps[doc].inside(start, end),
            UNQUOTED_FRAGMENT_FACTOR * settings.min_quote_tokens,
        )
        # each fragment's span made once (a quote reprinted everywhere has thousands of hits)
        sides = [(f.doc, f.token_starts[0], f.token_ends[-1]) for f in wanted]
        work.aligned.extend((sides[hit.fragment], (hit.doc, hit.start, hit.end)) for hit in hits)
        work.components = cluster_stage.with_fragments(
            work.members, usable, wanted, homes, hits, work.passage_spans
        )
        # searched: the quote paragraphs' words and the distinct sentences are not held to the
        # run's end
        work.quoted, work.groups, work.token_lists = [], [], []
        work.report(self.name, 1, 1)
        self.stat_update("quote_fragments_searched", len(wanted))
        self.stat_update("quote_fragment_hits", len(found))
        self.stat_update("quote_fragment_hits_kept", len(hits))


class ClusterStep(Step):
    """Components split into occurrences (runs of sentences per document), each cluster with
    its earliest occurrence."""

    name = "cluster"

    def run(self, work: Work) -> None:
        # whether an occurrence is mostly quoted, from its sentences' word counts
        in_quotes = cluster_stage.InQuotes(work.texts, work.quote_maps, work.sentences)
        work.clusters = _clusters(work.docs, work.usable, work.spans, work.components, in_quotes)
        boiler = [cluster_stage.Component(tuple(g)) for g in work.boiler]
        work.boiler_clusters = [
            dataclasses.replace(c, boilerplate=True)
            for c in _clusters(work.docs, work.usable, work.spans, boiler, in_quotes)
        ]
        work.report(self.name, 1, 1)
        self.stat_update("boilerplate_clusters", len(work.boiler_clusters))


class AttributeStep(Step):
    """Who copied whom (verdicts, copied shares), and each quote paragraph tied to its cluster
    and compared with the earliest version (its speaker too)."""

    name = "attribute"

    def run(self, work: Work) -> None:
        settings = work.settings
        work.attributions, work.links = attribute_stage.attribute(
            work.docs,
            work.clusters,
            settings.syndication_threshold,
            settings.containment_margin,
            work.boilerplate,
            _Regions(work.quote_maps),
            work.aligned,
            work.shared_words,
        )
        work.quote_rows = quote_rows(work.quotes, work.clusters, work.docs)
        work.clusters = with_speakers(work.clusters, work.quote_rows, work.docs)
        self.stat_update("clusters", len(work.clusters))
        self.stat_update("occurrences", sum(len(c.occurrences) for c in work.clusters))
        self.stat_update("document_pairs", len(work.links))
        if settings.keep_boilerplate:
            work.clusters = sorted(
                [*work.clusters, *work.boiler_clusters], key=lambda c: c.cluster_id
            )


class _Regions(Sequence[list[tuple[int, int]]]):
    """Per document, its quoted regions (``QuoteMap.regions``), made when attribution asks for
    a document's (one sharing text), not for every document."""

    def __init__(self, quote_maps: Sequence[QuoteMap]) -> None:
        self._maps = quote_maps

    def __len__(self) -> int:
        return len(self._maps)

    @overload
    def __getitem__(self, k: int) -> list[tuple[int, int]]: ...

    @overload
    def __getitem__(self, k: slice) -> Sequence[list[tuple[int, int]]]: ...

    def __getitem__(
        self, k: int | slice
    ) -> list[tuple[int, int]] | Sequence[list[tuple[int, int]]]:
        if isinstance(k, slice):
            return [quote_map.regions for quote_map in self._maps[k]]
        return self._maps[k].regions


STEPS: tuple[type[Step], ...] = (
    ReadStep,
    SketchStep,
    CandidatesStep,
    VerifyStep,
    BoilerplateStep,
    PassagesStep,
    FragmentsStep,
    ClusterStep,
    AttributeStep,
)


# What reading one document gives: its sentences, quotes, pattern-marked boilerplate spans, the
# paragraphs that read as pleas at its ends, the quote paragraphs to trace (quote number in
# the document, words) and the hashes of its sentences' words (``passage_stage.word_hashes``).
Read = tuple[
    list[Sentence],
    list[Quote],
    list[tuple[int, int]],
    list[tuple[int, int, boilerplate_stage.End]],
    list[tuple[int, fragment_stage.Fragment]],
    npt.NDArray[np.uint64],
]


@dataclass(frozen=True)
class Reader:
    """Reads one document: sentences, quotes with speakers, pattern boilerplate. Picklable, so
    that large corpora are read by a pool of processes."""

    aliases: Aliases
    matcher: boilerplate_stage.Matcher | None  # None: boilerplate is not suppressed
    min_quote_tokens: int

    def __call__(self, item: tuple[int, Document]) -> Read:
        i, doc = item
        body = paragraphs(doc.text, doc.body_start)
        found = document_quotes(doc, i, self.aliases, body)
        sentences = segment_document(doc, i, body)
        boilerplate: list[tuple[int, int]] = []
        pleas: list[tuple[int, int, boilerplate_stage.End]] = []
        if self.matcher is not None:
            boilerplate = boilerplate_stage.marked_paragraphs(
                doc.text, body, sentences, self.matcher
            )
            pleas = boilerplate_stage.edge_pleas(doc.text, body, sentences, boilerplate)
            boilerplate += boilerplate_stage.stock_sentences(doc.text, sentences, boilerplate)
        quoted = quote_fragments(doc, found, self.min_quote_tokens)
        read = Sentences(sentences)
        # ``passage_stage.word_hashes``, a hash per distinct word: from the numbering the
        # sentences are pickled with
        vocabulary, ids = read.numbered
        hashes = passage_stage.token_hashes([vocabulary])[np.frombuffer(ids, ids.typecode)]
        return read, found, boilerplate, pleas, quoted, hashes


def quote_fragments(
    doc: Document, quotes: Sequence[Quote], min_tokens: int
) -> list[tuple[int, fragment_stage.Fragment]]:
    """The quote paragraphs long enough to trace, as (quote number, fragment)."""
    return [
        (k, fragment_stage.Fragment(quote.doc, tokens, starts, ends))
        for k, quote in enumerate(quotes)
        for tokens, starts, ends in fragment_stage.quoted_columns(
            doc.text, quote.parts, quote.kind, min_tokens
        )
    ]


def _homes(
    fragments: Sequence[fragment_stage.Fragment],
    spans: dict[int, tuple[int, int]],
    sentences: Sequence[Sentence],
    members: Sequence[Sequence[int]],
) -> list[int | None]:
    """For each fragment, the sentence component already holding at least half its words in
    its own document (its home), if any: the one holding most of them, then the first.

    On arrays of every word of every fragment at once (a quote reprinted everywhere is
    searched for in each copy): the spans of the components' sentences sorted by document and
    start (spans of distinct sentences never overlap), each word placed by one search, and
    the words each (fragment, component) holds counted by a sort."""
    if not fragments:
        return []
    component = cluster_stage.component_numbers(members, len(sentences))
    sids = np.fromiter(spans.keys(), np.int64, len(spans))
    bounds = np.fromiter(chain.from_iterable(spans.values()), np.int64, 2 * len(spans))
    held = component[sids] >= 0 if len(sids) else np.zeros(0, np.bool_)  # not boilerplate
    sids, starts, ends = sids[held], bounds[0::2][held], bounds[1::2][held]
    docs = np.fromiter((sentences[sid].doc for sid in sids.tolist()), np.int64, len(sids))
    if not len(sids):
        return [None] * len(fragments)
    keys = (docs << 32) | starts
    order = np.argsort(keys, kind="stable")
    keys, ends, comps = keys[order], ends[order], component[sids[order]]
    sizes = np.fromiter((len(f.tokens) for f in fragments), np.int64, len(fragments))
    count = int(sizes.sum())
    word_starts = np.fromiter(
        chain.from_iterable(f.token_starts for f in fragments), np.int64, count
    )
    word_ends = np.fromiter(chain.from_iterable(f.token_ends for f in fragments), np.int64, count)
    owner = np.repeat(np.arange(len(fragments), dtype=np.int64), sizes)
    f_docs = np.fromiter((f.doc for f in fragments), np.int64, len(fragments))
    word_keys = (f_docs[owner] << 32) | word_starts
    k = np.searchsorted(keys, word_keys, side="right") - 1  # the one span that may hold it
    k_safe = np.maximum(k, 0)
    inside = (k >= 0) & (keys[k_safe] >> 32 == f_docs[owner]) & (word_ends <= ends[k_safe])
    found: list[int | None] = [None] * len(fragments)
    if not inside.any():
        return found
    n_components = len(members)
    pairs, counts = np.unique(
        owner[inside] * n_components + comps[k_safe[inside]], return_counts=True
    )
    fragment, comp = np.divmod(pairs, n_components)
    # per fragment, the component holding most words, then the first
    best = np.lexsort((comp, -counts, fragment))
    first = best[np.concatenate(([True], fragment[best][1:] != fragment[best][:-1]))]
    home = 2 * counts[first] >= sizes[fragment[first]]
    for f, c in zip(fragment[first][home].tolist(), comp[first][home].tolist(), strict=True):
        found[f] = c
    return found


def _split_boilerplate(
    members: list[list[int]],
    sentences: Sequence[Sentence],
    docs: Sequence[Document],
    boilerplate: Sequence[Sequence[tuple[int, int]]],
    pleas: Sequence[Sequence[tuple[int, int, boilerplate_stage.End]]],
    settings: Settings,
    corpus: Corpus | None,
    pages: Sequence[boilerplate_stage.Page],
) -> tuple[list[list[int]], list[list[int]]]:
    """Sentence components that are real reuse, and those that are boilerplate: learned from
    the corpus (``pages``: per document, its page), or made mostly of sentences in
    pattern-marked paragraphs. A real component
    loses any member that lies in a pattern-marked paragraph. A part of a corpus (``corpus``)
    is told which sentences the whole corpus found boilerplate: their components there may
    reach documents outside the part."""
    if not settings.suppress_boilerplate:
        return members, []
    flags = boilerplate_stage.sentence_flags(sentences, boilerplate)
    found = boilerplate_stage.boilerplate_components(
        members,
        sentences,
        docs,
        flags,
        settings.boilerplate_outlet_docs,
        settings.boilerplate_corpus_share,
        corpus.counts if corpus else boilerplate_stage.CorpusCounts.of(docs, pages),
        boilerplate_stage.sentence_ends(sentences, pleas),
        boilerplate_stage.text_sentences(sentences, flags, len(docs)),
        pages,
    )
    known = corpus.boilerplate_keys if corpus else frozenset()
    real: list[list[int]] = []
    boiler: list[list[int]] = []
    for c, group in enumerate(members):
        # a component is boilerplate as a whole or not at all: one member tells
        if c in found or (known and sentence_key(sentences[group[0]].tokens) in known):
            boiler.append(group)
            continue
        kept = [s for s in group if not flags[s]]  # a copy printed inside a notice is not reuse
        if len({sentences[s].doc for s in kept}) > 1:
            real.append(kept)
    return real, boiler


def _known_boilerplate(
    sentences: Sequence[Sentence], boiler: Sequence[Sequence[int]], corpus: Corpus | None
) -> list[int]:
    """The sentences outside this part's boilerplate components that the whole corpus found
    boilerplate (their copies are in other parts)."""
    if corpus is None or not corpus.boilerplate_keys:
        return []
    placed = {sid for group in boiler for sid in group}
    known = corpus.boilerplate_keys
    return [
        sid
        for sid, sentence in enumerate(sentences)
        if sid not in placed and sentence_key(sentence.tokens) in known
    ]


def _in_boilerplate(quote: Quote, boilerplate: Sequence[Sequence[tuple[int, int]]]) -> bool:
    """Whether every part of the quote lies in its document's boilerplate (told at once for
    the documents with none: most of them)."""
    spans = boilerplate[quote.doc]
    if not spans:
        return not quote.parts
    return all(_inside(spans, start, end) for start, end in quote.parts)


def _masked(work: Work) -> list[bool]:
    """Per sentence, whether it lies in boilerplate as the work knows it so far (its words seed
    no candidate and no passage): only the documents with boilerplate are looked at."""
    sentences = work.sentences
    found = [False] * len(sentences)
    docs = [doc for doc, spans in enumerate(work.boilerplate) if spans]
    if not docs:
        return found
    owners = np.fromiter((s.doc for s in sentences), np.int64, len(sentences))
    firsts = np.searchsorted(owners, docs, side="left").tolist()
    lasts = np.searchsorted(owners, docs, side="right").tolist()
    for doc, first, last in zip(docs, firsts, lasts, strict=True):
        spans = work.boilerplate[doc]
        for k in range(first, last):
            found[k] = _inside(spans, sentences[k].start, sentences[k].end)
    return found


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _quote_maps(n_docs: int, found: Sequence[Quote]) -> list[QuoteMap]:
    """Per document, its quoted regions."""
    regions: list[list[tuple[int, int]]] = [[] for _ in range(n_docs)]
    for quote in found:
        regions[quote.doc].extend(quote.parts)
    return [QuoteMap(sorted(r)) for r in regions]


def _quotation_maps(n_docs: int, found: Sequence[Quote], texts: Sequence[str]) -> list[QuoteMap]:
    """Per document, the paragraphs of its quotations (``fragments.traced``: not its titles
    or terms) cut into their pieces between ellipses (``quotes.pieces``): what a passage's
    quoted run is measured against."""
    regions: list[list[tuple[int, int]]] = [[] for _ in range(n_docs)]
    for quote in found:
        if fragment_stage.traced(quote.kind):
            text = texts[quote.doc]
            for start, end in quote.parts:
                regions[quote.doc].extend(pieces(text, start, end))
    return [QuoteMap(sorted(r)) for r in regions]


def _clusters(
    docs: Sequence[Document],
    sentences: Sequence[Sentence],
    spans: dict[int, tuple[int, int]],
    components: Sequence[cluster_stage.Component],
    in_quotes: cluster_stage.InQuotes,
) -> list[Cluster]:
    clusters = []
    dates = attribute_stage.DocumentDates(docs)  # worked out once, not once a cluster
    for component in components:
        occs = cluster_stage.occurrences(component, sentences, spans, docs, in_quotes)
        first, basis, by_doc_id = attribute_stage.earliest(occs, docs, dates)
        clusters.append(Cluster(occs[0].cluster_id, occs, first, basis, by_doc_id))
    return sorted(clusters, key=lambda c: c.cluster_id)


def per_document(sentences: Sequence[Sentence], n_docs: int) -> list[int]:
    counts = [0] * n_docs
    for sentence in sentences:
        counts[sentence.doc] += 1
    return counts


def _group_numbers(groups: Sequence[Sequence[int]], n_usable: int) -> npt.NDArray[np.int64]:
    """Per matchable sentence, its group of identical ones."""
    found = np.empty(n_usable, np.int64)
    sizes = np.fromiter(map(len, groups), np.int64, len(groups))
    members = np.fromiter(chain.from_iterable(groups), np.int64, int(sizes.sum()))
    found[members] = np.repeat(np.arange(len(groups), dtype=np.int64), sizes)
    return found
