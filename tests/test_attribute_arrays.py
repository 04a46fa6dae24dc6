"""Attribution on arrays of pairs (``attribute.attribute``) gives what the plain version,
document by document and pair by pair, gives (``tests.oracles.attribute``): verdicts, sources,
shares and links, whatever the dates (days, instants, ties, undated documents), the documents'
order, the clusters and the quotations."""

from __future__ import annotations

import datetime as dt
import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.clustering import attribute
from provenance.dates import Published
from provenance.inputs.load import load_corpus
from provenance.model import Cluster, Document, EarliestBasis, Occurrence
from provenance.pipeline.run import analyse
from provenance.settings import Settings
from tests.conftest import ROOT
from tests.oracles import attribute as oracle

WORDS = "the bridge shut at noon council said repairs would take weeks".split()


def _published(rng: random.Random) -> Published | None:
    """Few distinct dates, so that ties (the same day, a day and a time on it, the same time)
    are frequent."""
    kind = rng.randrange(4)
    day = dt.date(2025, 3, 1) + dt.timedelta(days=rng.randrange(3))
    if kind == 0:
        return None
    if kind == 1:
        return Published(day)
    hour = rng.choice([9, 9, 12])
    return Published(day, dt.datetime(day.year, day.month, day.day, hour, tzinfo=dt.UTC))


Spans = list[list[tuple[int, int]]]
Links = list[tuple[tuple[int, int, int], tuple[int, int, int]]]


def _case(seed: int) -> tuple[list[Document], list[Cluster], Spans, Spans, Links]:
    rng = random.Random(seed)
    n = rng.randint(2, 9)
    texts = []
    for _ in range(n):
        words = [rng.choice(WORDS) for _ in range(rng.randint(4, 40))]
        if rng.random() < 0.4:  # a quotation
            cut = rng.randrange(len(words))
            words[cut] = "“" + words[cut]
            words[-1] += "”"
        texts.append(" ".join(words))
    if rng.random() < 0.3:  # duplicates: the same words
        texts[1] = texts[0]
    ids = rng.sample(range(100), n)  # doc_ids in no particular order
    documents = [
        Document(
            doc_id=f"d{ids[k]:02d}",
            path=f"d{ids[k]:02d}.txt",
            text=text,
            encoding="utf-8",
            body_start=rng.choice([0, 0, min(3, len(text))]),
            published=_published(rng),
        )
        for k, text in enumerate(texts)
    ]
    if rng.random() < 0.5:  # the pipeline's order: by doc_id
        documents.sort(key=lambda d: d.doc_id)
    if rng.random() < 0.2:
        documents[1] = Document(
            doc_id=documents[1].doc_id,
            path=documents[1].path,
            text=documents[0].text,
            encoding="utf-8",
            body_start=documents[0].body_start,
            published=documents[0].published,
        )

    def span(doc: int) -> tuple[int, int, int]:
        length = len(documents[doc].text)
        start = rng.randrange(length)
        if rng.random() < 0.3:
            return (doc, 0, length)
        return (doc, start, rng.randint(start, length))

    links: Links = []
    for _ in range(rng.randint(0, 3 * n)):
        a, b = rng.randrange(n), rng.randrange(n)
        links.append((span(a), span(b)))
    boilerplate = [
        [(0, rng.randint(0, len(d.text)))] if rng.random() < 0.2 else [] for d in documents
    ]
    quoted: Spans = []
    for d in documents:
        text = d.text
        if "“" in text:
            quoted.append([(text.index("“") + 1, text.index("”"))])
        else:
            quoted.append([])
    clusters = []
    for c in range(rng.randint(0, 5)):
        members = sorted(rng.sample(range(n), rng.randint(2, n)))
        occurrences = tuple(
            Occurrence(f"c{c}", doc, 0, len(documents[doc].text), (), False) for doc in members
        )
        first = rng.choice(occurrences)
        clusters.append(
            Cluster(f"c{c}", occurrences, first, EarliestBasis.DATED, rng.random() < 0.5)
        )
    return documents, clusters, boilerplate, quoted, links


@settings(max_examples=400, deadline=None)
@given(st.integers(0, 2**32), st.sampled_from([0.5, 0.2, 1.0]), st.sampled_from([0.1, 0.0]))
def test_attribution_on_arrays_is_the_plain_attribution(
    seed: int, threshold: float, margin: float
) -> None:
    documents, clusters, boilerplate, quoted, links = _case(seed)
    expected = oracle.attribute(documents, clusters, threshold, margin, boilerplate, quoted, links)
    found = attribute.attribute(documents, clusters, threshold, margin, boilerplate, quoted, links)
    assert found == expected
    for link in found[1]:  # plain numbers, as the reports and the API hand them on
        assert type(link.a) is int and type(link.a_share) is float


@pytest.mark.parametrize("fixture", ["news", "quotes", "boilerplate"])
def test_attribution_of_the_fixtures_is_the_plain_attribution(
    fixture: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[object, object]] = []
    real = attribute.attribute

    def both(*args: object) -> object:
        found = real(*args)  # type: ignore[arg-type]
        calls.append((found, oracle.attribute(*args)))  # type: ignore[arg-type]
        return found

    monkeypatch.setattr(attribute, "attribute", both)
    documents = load_corpus(ROOT / "fixtures" / fixture).documents
    analyse(documents, Settings())
    assert calls and all(found == expected for found, expected in calls)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 10**7), st.integers(0, 10**7)), max_size=50))
def test_shares_on_arrays_round_as_python_rounds(rows: list[tuple[int, int]]) -> None:
    chars = np.asarray([c for c, _ in rows], np.int64)
    totals = np.asarray([t for _, t in rows], np.int64)
    found = attribute._shares(chars, totals).tolist()
    assert found == [attribute._share(c, t) for c, t in rows]


def test_shares_exactly_between_two_roundings_round_as_python_rounds() -> None:
    """Quotients whose scaled value is a half, or within rounding error of one: 1/20000 is
    0.00005 (stored a little above or below it), and so on."""
    rows = [(k, 20_000) for k in range(1, 400, 2)]
    rows += [(k * 5 + 1, 100_000) for k in range(200)] + [(1, 8), (3, 16), (5, 32), (1, 3)]
    chars = np.asarray([c for c, _ in rows], np.int64)
    totals = np.asarray([t for _, t in rows], np.int64)
    assert attribute._shares(chars, totals).tolist() == [attribute._share(c, t) for c, t in rows]


def test_quote_paragraphs_touch_an_occurrence_as_reaching_finds_them() -> None:
    """``_ByDocument.touching`` (every paragraph at once) says what ``reaching`` (one at a
    time) says: occurrences of several documents, nested, touching at an edge, none."""
    from provenance.clustering import variants
    from provenance.model import Quote

    rng = random.Random(5)
    clusters = []
    for c in range(30):
        occurrences = []
        for doc in sorted(rng.sample(range(6), rng.randint(1, 4))):
            start = rng.randrange(200)
            occurrences.append(
                Occurrence(f"c{c}", doc, start, start + rng.randint(0, 60), (), False)
            )
        occurrences_ = tuple(occurrences)
        clusters.append(Cluster(f"c{c}", occurrences_, occurrences_[0], EarliestBasis.DATED))
    by_doc = variants._ByDocument(clusters)
    parts = []
    for k in range(2000):
        start = rng.randrange(300)
        quote = Quote(f"q{k}", rng.randrange(8), ((start, start + rng.randint(0, 40)),))
        parts.append((quote, *quote.parts[0]))
    found = by_doc.touching(parts).tolist()
    expected = []
    for quote, start, end in parts:
        held = by_doc.get(quote.doc)
        expected.append(held is not None and bool(held.reaching(start, end)))
    assert found == expected and any(found) and not all(found)


@settings(max_examples=400, deadline=None)
@given(st.integers(0, 2**32))
def test_the_earliest_occurrence_on_numbers_is_the_earliest_on_documents(seed: int) -> None:
    """``DocumentDates.earliest`` picks what ``earliest`` picks from the documents: dated,
    undated and tied documents, occurrences in order of doc_id and start or not."""
    rng = random.Random(seed)
    documents, _, _, _, _ = _case(seed)
    occurrences = [
        Occurrence("c", rng.randrange(len(documents)), rng.randrange(5), 9, (), False)
        for _ in range(rng.randint(1, 8))
    ]
    if rng.random() < 0.5:
        occurrences.sort(key=lambda o: (documents[o.doc].doc_id, o.start))
    dates = attribute.DocumentDates(documents)
    assert attribute.earliest(occurrences, documents, dates) == attribute.earliest(
        occurrences, documents
    )
