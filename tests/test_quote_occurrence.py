"""A quote paragraph's occurrence (``variants._occurrence``): whether the paragraph lies inside
every occurrence reaching it (its words then counted only to know it has one) or not, the
occurrence chosen is the one holding most of its words, at least half, the cluster first
published among equals."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.clustering.attribute import date_order
from provenance.clustering.variants import _occurrence, _Occurrences, _Ranks, quote_rows
from provenance.model import Cluster, Document, EarliestBasis, Occurrence, Quote, QuoteVariant
from provenance.text.normalise import word_spans

TEXT = "One two, three “four” five-six. Seven eight nine ten! Eleven twelve … thirteen."
DATES = ["2025-03-02", None, "2025-03-01", "2025-03-02T10:00:00Z"]


def _documents() -> list[Document]:
    return [
        Document.from_text(TEXT, doc_id=f"d{k}", published=date) for k, date in enumerate(DATES)
    ]


@st.composite
def _case(draw: st.DrawFn) -> tuple[list[Cluster], tuple[int, int]]:
    """Clusters of one occurrence in document 0 each (their earliest in another document),
    and a quote paragraph of document 0."""
    clusters = []
    for k in range(draw(st.integers(1, 4))):
        start = draw(st.integers(0, len(TEXT)))
        end = draw(st.integers(start, len(TEXT)))
        mine = Occurrence(f"c{k}", 0, start, end, (), False)
        first = Occurrence(f"c{k}", draw(st.integers(0, 3)), 0, 5, (), False)
        clusters.append(Cluster(f"c{k}", (mine, first), first, EarliestBasis.DATED))
    start = draw(st.integers(0, len(TEXT)))
    return clusters, (start, draw(st.integers(start, len(TEXT))))


def _expected(
    clusters: list[Cluster], start: int, end: int, documents: list[Document]
) -> tuple[str, int] | None:
    """Word by word: each occurrence's count of the paragraph's words."""
    spans = word_spans(TEXT, start, end)
    best = None
    for cluster in clusters:
        occ = cluster.occurrences[0]
        if not (occ.start < end and start < occ.end):
            continue  # does not reach the paragraph
        inside = sum(1 for s, e in spans if occ.start <= s and e <= occ.end)
        if spans and 2 * inside >= len(spans):
            first = documents[cluster.earliest.doc]
            key = (-inside, date_order(first), first.doc_id, cluster.cluster_id)
            if best is None or key < best[0]:
                best = (key, cluster.cluster_id, occ.start)
    return None if best is None else best[1:]


@settings(max_examples=400, deadline=None)
@given(_case())
def test_the_occurrence_holding_most_words_is_chosen(
    case: tuple[list[Cluster], tuple[int, int]],
) -> None:
    clusters, (start, end) = case
    documents = _documents()
    held = _Occurrences([(c, c.occurrences[0]) for c in clusters])
    found = _occurrence(TEXT, start, end, held.reaching(start, end), _Ranks(documents))
    expected = _expected(clusters, start, end, documents)
    assert (None if found is None else (found[0].cluster_id, found[1].start)) == expected
    if found is not None and found[2] is not None:  # the paragraph's words, lying inside
        assert found[1].start <= start and end <= found[1].end


def test_among_occurrences_holding_every_word_the_first_published_cluster_wins() -> None:
    """Two clusters' occurrences in d0 hold the whole quote paragraph: the one whose earliest
    document is dated first (d2, 1 March) is chosen over the one dated 2 March (d3), and the
    paragraph is its exact copy; a paragraph of no word is in no cluster."""
    documents = _documents()
    start, end = TEXT.index("Seven"), TEXT.index("!")

    def cluster(name: str, doc: int, first: int, last: int) -> Cluster:
        earliest = Occurrence(name, doc, first, last, (), False)
        copy = Occurrence(name, 0, first, last, (), False)
        return Cluster(name, (copy, earliest), earliest, EarliestBasis.DATED)

    clusters = [cluster("a", 3, 0, len(TEXT)), cluster("b", 2, start - 1, end + 1)]
    ellipsis = TEXT.index("…")
    quotes = [Quote("q1", 0, ((start, end),)), Quote("q2", 0, ((ellipsis, ellipsis + 1),))]
    rows = quote_rows(quotes, clusters, documents)
    assert [(row.cluster_id, row.is_earliest, row.variant) for row in rows] == [
        ("b", False, QuoteVariant.EXACT),
        (None, False, None),
    ]
