"""Check: screen incoming articles against an index and against each other, like a linter.

The index proposes leads, by the routes ``trace`` matches by: indexed documents sharing an LSH
band with an incoming sentence (edited sentences), and every indexed document sharing a run of
``passages.NGRAM`` words with an incoming article (passages, lifted clauses, re-quoted
fragments: the n-grams the index stores leave none out, whatever the MinHash seed); the incoming
articles and their leads are then analysed together exactly as ``trace`` would
analyse them, so matching, quotes, speakers, boilerplate and dates follow the same rules.

For each incoming article B, a passage is reused when another document S of its cluster came
first: S is dated before B; or the dates cannot order them and S was indexed already (what a
newsroom held before B arrived); or, of two incoming articles, trace says B copied from S. Each
copy is listed from the earlier document whose text it is (``_counterpart``). B's copied share
from S is the share of its characters (white space and boilerplate excluded) in the reused
passages S also holds, and at most what B reuses with S as trace counts it (text both print
inside quotation marks counts for nothing; a cluster can join a long passage two documents
share to a phrase a third re-quotes), or, when S has B's words, all B reuses with S, as trace
counts it; a document B reuses nothing with is no source of it. A
passage whose source is a document of an allowed outlet (licensed wire copy) is reported as
allowed and counts for none.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

from rapidfuzz import fuzz

from provenance.clustering.attribute import NEAR_CHARS, NonSpaceCounter, date_order
from provenance.clustering.variants import OccurrenceWords
from provenance.errors import InputError, ProvenanceError
from provenance.index.base import (
    Added,
    IndexBackend,
    digest_of,
    matchable,
    ngram_keys,
    probe_ngrams,
)
from provenance.inputs.dumps import Fields
from provenance.inputs.load import load_paths, refuse_skips, skip_summary
from provenance.matching.sketch import signatures
from provenance.model import (
    Cluster,
    ClusterKind,
    DirectionBasis,
    Document,
    Notice,
    Occurrence,
    Sentence,
    Skipped,
    SourceFormat,
)
from provenance.pipeline.run import analyse
from provenance.results import Analysis
from provenance.settings import Settings
from provenance.text.segment import segment_document
from provenance.text.speakers import Aliases

# indexed documents analysed beside each incoming article by each route, most shared first
MAX_LEADS = 50
SHARE_PLACES = 4
_LINE_END = re.compile(r"\r\n?|\n")


class FailOn(StrEnum):
    syndicated = "syndicated"  # a copied share from one source reaches the limit
    reuse = "reuse"  # any passage or quote reused from an earlier document


@dataclass(frozen=True)
class Policy:
    max_copied_share: float
    fail_on: FailOn = FailOn.syndicated
    allow_outlets: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not 0.0 < self.max_copied_share <= 1.0:
            raise ValueError(f"max_copied_share must be in (0, 1], got {self.max_copied_share}")
        if self.fail_on not in tuple(FailOn):  # a bare string given from Python
            raise ValueError(f"fail_on must be one of {', '.join(FailOn)}, got {self.fail_on!r}")
        object.__setattr__(self, "fail_on", FailOn(self.fail_on))


@dataclass(frozen=True)
class Source:
    """A document an incoming article's text was found in first."""

    doc_id: str
    outlet: str | None
    published: str | None
    indexed: bool  # False: another incoming article


@dataclass(frozen=True)
class Passage:
    """One reused passage or quote of an incoming article."""

    kind: ClusterKind  # passage or quote (boilerplate is never reported)
    cluster_id: str
    start: int  # in the incoming article's text as read
    end: int
    line: int  # 1-based, of ``start`` (lines end at LF, CRLF or a lone CR)
    column: int  # 1-based, in characters
    text: str
    source: Source
    source_start: int  # in the source's text
    source_end: int
    share: float  # the article's copied share from this source
    speaker: str | None
    allowed: bool  # its source is a document of an allowed outlet


@dataclass(frozen=True)
class Verdict:
    """What the check concludes about one incoming article."""

    path: str  # as given
    doc_id: str
    encoding: str  # the codec its text was read with: offsets count its code points
    # read from a page, a record or a WARC response: offsets, lines and columns count in the
    # extracted text (what ``trace --save-text`` writes), not in the file
    extracted: bool
    failed: bool
    copied_from: Source | None  # the source it copies most from
    copied_share: float
    n_chars: int
    passages: tuple[Passage, ...]


@dataclass(frozen=True)
class CheckResult:
    verdicts: tuple[Verdict, ...]
    policy: Policy
    index: str  # the index as named: a path or a Redis URL
    skipped: tuple[Skipped, ...] = ()
    notices: tuple[Notice, ...] = ()
    added: Added | None = None
    leads: int = 0  # indexed documents analysed beside the incoming ones
    # why the add step (``add=True``) wrote nothing, when it failed: the verdicts stand
    add_failed: str | None = None
    # ``strict``: the inputs skipped, as an error (the verdicts of the rest stand; nothing added)
    refused: str | None = None

    @property
    def failed(self) -> tuple[Verdict, ...]:
        return tuple(v for v in self.verdicts if v.failed)


@dataclass
class _Run:
    """One check's documents: incoming ones first, then their leads, by doc_id."""

    incoming: dict[str, Document]
    given: dict[str, str]  # doc_id → path as given
    leads: list[Document] = field(default_factory=list)


def check(
    paths: Sequence[Path],
    index: IndexBackend,
    settings: Settings,
    policy: Policy,
    *,
    aliases: Aliases | None = None,
    root: Path | None = None,
    manifest: Path | None = None,
    add: bool = False,
    fields: Fields | None = None,
    strict: bool = False,
) -> CheckResult:
    """Screen the articles at ``paths``; with ``add``, index those that pass (an add that
    fails leaves the index as it was and says why in ``add_failed``: the verdicts are
    returned all the same). ``fields``: record field names; ``strict``: any file or record
    skipped is an error, said in ``refused``: the rest is checked all the same and nothing is
    added."""
    # an article to be indexed needs a doc_id that stays the same wherever it is checked from
    loaded = load_paths(
        paths,
        root or index.root,
        manifest=manifest,
        outside_root=not add,
        fields=fields,
        rules=settings.input_rules,
    )
    refused = None
    if strict:  # the rest is checked all the same: a CI job shows its findings, then fails
        try:
            refuse_skips(loaded, ", ".join(map(str, paths)))
        except InputError as exc:
            refused = str(exc)
    if not loaded.documents:
        raise InputError(
            f"{', '.join(map(str, paths))}: no readable article to check{skip_summary(loaded)}"
        )
    held = _held(index, loaded.documents)
    run = _Run(
        {d.doc_id: d for d in loaded.documents if d.doc_id not in held},
        {doc_id: str(path) for doc_id, path in loaded.files.items()},
    )
    leads = _leads(index, list(run.incoming.values()), settings)
    others = [d for d in leads if d.doc_id not in held]
    run.leads = sorted([*others, *held.values()], key=lambda d: d.doc_id)
    analysis = analyse([*run.incoming.values(), *run.leads], settings, aliases=aliases)
    verdicts = _verdicts(analysis, run, policy)
    added = None
    add_failed = None
    if add and refused is None:
        passing = [run.incoming[v.doc_id] for v in verdicts if not v.failed]
        try:
            added = index.add(passing)
        except ProvenanceError as exc:  # the index is as it was; what was found still counts
            add_failed = str(exc)
    known = {_outlet_key(name) for name in index.outlets()}
    unknown = [
        Notice("--allow-outlet", f"{name!r}: no indexed document has this outlet")
        for name in policy.allow_outlets
        if _outlet_key(name) not in known
    ]
    indexed_already = [
        Notice(run.given[doc_id], "already indexed: a source the others are checked against")
        for doc_id in sorted(held)
    ]
    return CheckResult(
        verdicts=verdicts,
        policy=policy,
        index=str(index.path),
        skipped=tuple(loaded.skipped),
        notices=(*loaded.notices, *indexed_already, *unknown),
        added=added,
        leads=len(run.leads),
        add_failed=add_failed,
        refused=refused,
    )


def _held(index: IndexBackend, documents: Sequence[Document]) -> dict[str, Document]:
    """The given documents the index holds already, unchanged (by doc_id: the same text and
    metadata): sources to check the others against, never incoming themselves (a copy
    checked beside its indexed source is still a copy)."""
    rows = index.document_ids([d.doc_id for d in documents])
    stored = index.documents(sorted(rows.values()))
    digests = {doc.doc_id: digest_of(doc) for doc in stored.values()}
    return {d.doc_id: d for d in documents if digests.get(d.doc_id) == digest_of(d)}


def _leads(index: IndexBackend, incoming: Sequence[Document], settings: Settings) -> list[Document]:
    """The indexed documents to analyse beside the incoming ones: for each incoming article,
    the ``MAX_LEADS`` that share most of its sentences (LSH bands) and the ``MAX_LEADS`` that
    share most of its rare runs of words (n-grams)."""
    sentences = [segment_document(doc, i) for i, doc in enumerate(incoming)]
    wanted = {
        doc
        for route in (_sentence_leads(index, sentences, settings), _ngram_leads(index, sentences))
        for scores in route
        for doc in _top(scores, MAX_LEADS)
    }
    same = set(index.document_ids([d.doc_id for d in incoming]).values())
    found = index.documents(sorted(wanted - same))  # a re-checked article is not its own source
    return [found[k] for k in sorted(found)]


def _sentence_leads(
    index: IndexBackend, sentences: Sequence[Sequence[Sentence]], settings: Settings
) -> list[dict[int, float]]:
    """Per incoming article, how many of its sentences share an LSH band with each indexed
    document."""
    owners: list[int] = []
    tokens: list[tuple[str, ...]] = []
    for i, found in enumerate(sentences):
        for sentence in matchable(found, settings.min_tokens):
            owners.append(i)
            tokens.append(sentence.tokens)
    shared = [Counter[int]() for _ in sentences]
    if tokens:
        sigs = signatures(
            tokens, settings.shingle_size, settings.num_perm, settings.seed, settings.permutations
        )
        for lead in index.leads(sigs):
            shared[owners[lead.local]][lead.doc] += 1
    return [{doc: float(n) for doc, n in counts.items()} for counts in shared]


def _ngram_leads(
    index: IndexBackend, sentences: Sequence[Sequence[Sentence]]
) -> list[dict[int, float]]:
    """Per incoming article, every indexed document that prints one of its word n-grams, scored
    by the n-grams they share, each weighing one over the number of indexed documents printing
    it (a run of words only two documents share outweighs stock phrases printed by many)."""
    asked, places = probe_ngrams([ngram_keys(found) for found in sentences])
    postings = index.ngram_postings(asked)
    scores: list[dict[int, float]] = []
    for mine in places:
        score: defaultdict[int, float] = defaultdict(float)
        for key in asked[mine].tolist():
            docs = postings.get(key, [])
            for doc in docs:
                score[doc] += 1.0 / len(docs)
        scores.append(dict(score))
    return scores


def _top(scores: Mapping[int, float], n: int) -> list[int]:
    """The ``n`` documents scored highest, the lower row id first on a tie."""
    return sorted(scores, key=lambda doc: (-scores[doc], doc))[:n]


def _verdicts(analysis: Analysis, run: _Run, policy: Policy) -> tuple[Verdict, ...]:
    docs = analysis.documents
    indexed = {i for i, d in enumerate(docs) if d.doc_id not in run.incoming}
    wanted = {_outlet_key(name) for name in policy.allow_outlets}
    allowed = {i for i, d in enumerate(docs) if d.outlet and _outlet_key(d.outlet) in wanted}
    clusters_of: defaultdict[int, list[Cluster]] = defaultdict(list)
    for cluster in analysis.clusters:
        if not cluster.boilerplate:
            for b in cluster.docs:
                clusters_of[b].append(cluster)
    # B → other → B's characters it reuses with the other (trace's: text both print inside
    # quotation marks left out, as trace's verdicts leave it), and the one of the two trace
    # says copied from the other
    reused: defaultdict[int, dict[int, int]] = defaultdict(dict)
    directed: defaultdict[int, dict[int, int | None]] = defaultdict(dict)
    alike: defaultdict[int, set[int]] = defaultdict(set)  # the documents of the same words
    for link in analysis.pairs:
        reused[link.a][link.b] = link.a_reused
        reused[link.b][link.a] = link.b_reused
        directed[link.a][link.b] = directed[link.b][link.a] = link.source
        if link.direction_basis is DirectionBasis.IDENTICAL:
            alike[link.a].add(link.b)
            alike[link.b].add(link.a)
    words = OccurrenceWords(docs)
    verdicts = []
    for b in range(len(docs)):
        if b in indexed:
            continue
        attribution = analysis.attributions[b]
        verdicts.append(
            _verdict(
                b,
                docs,
                _Shared(
                    clusters_of[b],
                    reused[b],
                    directed[b],
                    analysis.boilerplate[b],
                    words,
                    frozenset(alike[b]),
                ),
                (indexed, allowed),
                attribution.n_chars,
                run,
                policy,
            )
        )
    return tuple(verdicts)


class _Shared(NamedTuple):
    """What the analysis found B shares: the clusters it is in; per document it shares text
    with, B's characters it reuses with it (``PairLink``'s: text both print inside quotation
    marks left out) and which of the two trace says copied from the other (``pairs.csv``'s
    ``source_doc_id``; None when it cannot be told); B's boilerplate spans; the occurrences'
    words, normalised once; the documents with the same words as B (trace's ``identical``)."""

    clusters: Sequence[Cluster]
    reused: Mapping[int, int]
    directed: Mapping[int, int | None] = MappingProxyType({})
    boilerplate: Sequence[tuple[int, int]] = ()
    words: OccurrenceWords | None = None
    alike: frozenset[int] = frozenset()


def _verdict(
    b: int,
    docs: Sequence[Document],
    found: _Shared,
    sources: tuple[set[int], set[int]],
    n_chars: int,
    run: _Run,
    policy: Policy,
) -> Verdict:
    """B's verdict from what it shares (``found``); ``sources``: the indexed documents, and
    those of allowed outlets."""
    clusters, reused_with, directed, boilerplate, words, alike = found
    words = words or OccurrenceWords(docs)
    indexed, allowed = sources
    doc = docs[b]
    counter = NonSpaceCounter(doc.text, boilerplate)  # characters as ``n_chars`` counts them

    def before(d: int) -> bool:
        return _before(d, b, docs, indexed, directed)

    # each of B's copies in a cluster another document of which came before B, with the
    # document it is listed from and that one's occurrence
    copies: list[tuple[Cluster, Occurrence, int, Occurrence]] = []
    held: defaultdict[int, list[tuple[int, int]]] = defaultdict(list)  # source → B's spans
    for cluster in clusters:
        earlier = {d for d in cluster.docs if d != b and before(d)}
        if not earlier:
            continue  # B came first
        for mine in cluster.occurrences:
            if mine.doc != b:
                continue  # a passage re-quoted further on is listed again there
            source, theirs = _counterpart(
                mine, cluster, (earlier, reused_with), (docs, indexed), words
            )
            copies.append((cluster, mine, source, theirs))
            if source not in allowed:
                for other in earlier - allowed:
                    held[other].append((mine.start, mine.end))
    # B's spans in a cluster are credited to every other document in it that came before B,
    # but a cluster may join a long passage of two documents to a phrase a third re-quotes: no
    # document is credited with more of B than B reuses with it (as trace counts it). A
    # document of the same words gave B all it reuses with it, as trace counts: the lines too
    # short to match between B's passages ("FULL TEXT." of a copy of an NYT page) are in no
    # cluster, but the two align them
    shares = {
        s: _share(reused_with.get(s, 0), n_chars)
        if s in alike
        else min(_share(counter.union(spans), n_chars), _share(reused_with.get(s, 0), n_chars))
        for s, spans in held.items()
    }
    listed = {source for _, _, source, _ in copies}
    # a document B reuses nothing with is no source, nor one no passage is listed from; of
    # those B shares nearly its largest share with (``NEAR_CHARS``), the earliest, as trace
    named = [s for s in shares if shares[s] > 0 and s in listed]
    largest = max((shares[s] for s in named), default=0.0)
    best = min(
        (s for s in named if (largest - shares[s]) * n_chars < NEAR_CHARS),
        key=lambda s: (_first_key(docs[s], s in indexed), -shares[s]),
        default=None,
    )
    passages = tuple(
        sorted(
            (
                _passage(cluster, mine, (source, theirs), docs, indexed, allowed, shares)
                for cluster, mine, source, theirs in copies
            ),
            key=lambda p: (p.start, p.end, p.cluster_id),
        )
    )
    copied_share = shares[best] if best is not None else 0.0
    if policy.fail_on is FailOn.reuse:
        # a passage from a source it shares only quotations with is no reuse (counted in
        # characters: a sentence of a long article is reuse, whatever its rounded share)
        failed = any(
            source not in allowed and reused_with.get(source, 0) > 0 for _, _, source, _ in copies
        )
    else:
        failed = best is not None and copied_share >= policy.max_copied_share
    return Verdict(
        path=run.given[doc.doc_id],
        doc_id=doc.doc_id,
        encoding=doc.encoding,
        extracted=doc.source_format is not SourceFormat.TEXT,
        failed=failed,
        copied_from=_source_record(docs[best], best in indexed) if best is not None else None,
        copied_share=copied_share,
        n_chars=n_chars,
        passages=passages,
    )


def _outlet_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _first_key(doc: Document, indexed: bool) -> tuple[tuple[int, str, str], bool, str]:
    """Earlier documents first (``date_order``); on a tie, indexed ones, then by doc_id."""
    return (date_order(doc), not indexed, doc.doc_id)


def _before(
    d: int,
    b: int,
    docs: Sequence[Document],
    indexed: set[int],
    directed: Mapping[int, int | None],
) -> bool:
    """Whether document ``d`` came before B, an incoming article: dated earlier; or, when
    dates cannot order them, already indexed; of two incoming articles dates cannot order, the
    one trace says the other copied from (``directed``: pairs.csv's ``source_doc_id``): dates
    cannot order an undated article, nor two of one day."""
    mine, theirs = docs[b].published, docs[d].published
    if mine is not None and theirs is not None:
        if theirs.before(mine) or mine.before(theirs):
            return theirs.before(mine)
        if d in indexed:
            return True
    elif d in indexed:
        return True
    return directed.get(d) == d


def _passage(
    cluster: Cluster,
    mine: Occurrence,
    listed: tuple[int, Occurrence],
    docs: Sequence[Document],
    indexed: set[int],
    allowed: set[int],
    shares: dict[int, float],
) -> Passage:
    """The incoming article's occurrence ``mine`` of a cluster, with the document it is
    listed from and where that one holds it (``_counterpart``)."""
    source, theirs = listed
    text = docs[mine.doc].text
    line, column = line_column(text, mine.start)
    return Passage(
        kind=cluster.kind,
        cluster_id=cluster.cluster_id,
        start=mine.start,
        end=mine.end,
        line=line,
        column=column,
        text=text[mine.start : mine.end],
        source=_source_record(docs[source], source in indexed),
        source_start=theirs.start,
        source_end=theirs.end,
        share=shares.get(source, 0.0),
        speaker=cluster.speaker.name if cluster.speaker else None,
        allowed=source in allowed,
    )


def _counterpart(
    mine: Occurrence,
    cluster: Cluster,
    candidates: tuple[set[int], Mapping[int, int]],
    known: tuple[Sequence[Document], set[int]],
    words: OccurrenceWords,
) -> tuple[int, Occurrence]:
    """The document B's copy ``mine`` in ``cluster`` is listed from, among those that came
    before B, and its occurrence there: first those B reuses text with (``reused``: one it
    shares only quotations with is a source of the words only when none is), then the
    occurrence whose words are most like the copy's (``fuzz.ratio`` of the two normalised, as
    occurrences.csv's similarity); among equals, the documents B reuses nearly the most with
    (``NEAR_CHARS``: a copy of a whole article takes its quotes from it, not from an earlier
    article printing the same statement; near-identical copies of one wire story are alike),
    then the earliest (``_first_key``), then the longest occurrence. A cluster can
    join a long passage to a phrase a third document re-quotes, hold a passage and a fragment
    of it re-quoted further on, or hold a readout one outlet prints word for word and another
    rewords: the copy is listed against the text it is a copy of, not the earliest near it."""
    earlier, reused = candidates
    docs, indexed = known
    copy = words(mine)
    ranked = [
        ((reused.get(o.doc, 0) == 0, -fuzz.ratio(copy, words(o))), o)
        for o in cluster.occurrences
        if o.doc in earlier
    ]
    top = min(head for head, _ in ranked)
    tied = [o for head, o in ranked if head == top]
    most = max(reused.get(o.doc, 0) for o in tied)

    def rank(o: Occurrence) -> tuple[bool, tuple[tuple[int, str, str], bool, str], int, int]:
        return (
            most - reused.get(o.doc, 0) >= NEAR_CHARS,
            _first_key(docs[o.doc], o.doc in indexed),
            -reused.get(o.doc, 0),
            o.start - o.end,  # the longest, then the first
        )

    chosen = min(tied, key=rank)
    return chosen.doc, chosen


def line_column(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column (in characters) of ``offset`` in ``text``, lines ending at
    ``\\n``, ``\\r\\n`` or a lone ``\\r`` (old Mac files)."""
    line, start = 1, 0
    for end in _LINE_END.finditer(text, 0, offset):
        line, start = line + 1, end.end()
    return line, offset - start + 1


def line_ends(text: str) -> int:
    """How many lines of ``text`` end inside it (as ``line_column`` counts them)."""
    return sum(1 for _ in _LINE_END.finditer(text))


def _source_record(doc: Document, indexed: bool) -> Source:
    return Source(
        doc_id=doc.doc_id,
        outlet=doc.outlet,
        published=doc.published.text if doc.published else None,
        indexed=indexed,
    )


def _share(chars: int, total: int) -> float:
    return round(chars / total, SHARE_PLACES) if total else 0.0
