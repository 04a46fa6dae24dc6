"""Report columns worked out from what the analysis holds: an occurrence's comparison text
(``occurrences.csv``'s similarity) joined from its sentences' tokens is ``normalise`` of its
text, and where text other than white space lies between its sentences it is normalised; an
occurrence's similarity is fuzz.ratio of its normalised text with its earliest's."""

from __future__ import annotations

from rapidfuzz import fuzz

from provenance.inputs.load import load_corpus
from provenance.model import Sentence
from provenance.pipeline.run import analyse
from provenance.reports.tables import _Normalised, _similarities
from provenance.settings import Settings
from provenance.text.normalise import normalise, words
from tests.conftest import ROOT


def test_every_occurrence_compares_as_its_text_normalised() -> None:
    documents = [
        *load_corpus(ROOT / "fixtures" / "news").documents,
        *load_corpus(ROOT / "fixtures" / "quotes").documents,
    ]
    analysis = analyse(documents, Settings())
    texts = [doc.text for doc in analysis.documents]
    normalised = _Normalised(analysis.sentences, texts)
    several = 0
    for cluster in analysis.clusters:
        for o in cluster.occurrences:
            text = texts[o.doc][o.start : o.end]
            assert normalised(text, o.doc, o.start, o.end, o.sentences) == normalise(text)
            several += len(o.sentences) > 1
    assert several >= 5  # passages of several sentences, joined from their tokens


def test_similarity_is_the_ratio_with_the_earliest_normalised() -> None:
    """Copies with the earliest's very text are scored 100 without being normalised; every
    score is still the ratio pair by pair (the oracle)."""
    documents = [
        *load_corpus(ROOT / "fixtures" / "news").documents,
        *load_corpus(ROOT / "fixtures" / "quotes").documents,
    ]
    analysis = analyse(documents, Settings())
    texts = [doc.text for doc in analysis.documents]
    occurrences = [o for c in analysis.clusters for o in c.occurrences]
    spans = [texts[o.doc][o.start : o.end] for o in occurrences]
    firsts = [c.earliest for c in analysis.clusters for _ in c.occurrences]
    expected = [
        round(fuzz.ratio(normalise(text), normalise(texts[e.doc][e.start : e.end])))
        for text, e in zip(spans, firsts, strict=True)
    ]
    found = _similarities(
        analysis.clusters,
        spans,
        [o.doc for o in occurrences],
        [o.start for o in occurrences],
        [o.end for o in occurrences],
        [o.sentences for o in occurrences],
        analysis.sentences,
        texts,
    )
    assert found == expected
    assert 0 < found.count(100) < len(found)  # identical copies and edited ones


def _sentences(doc: int, text: str, spans: list[tuple[int, int]]) -> list[Sentence]:
    return [Sentence(doc, k, 0, a, b, words(text, a, b)) for k, (a, b) in enumerate(spans)]


def test_sentences_are_joined_only_across_white_space() -> None:
    """Three sentences: the first two apart by white space, the third after a line of words
    that is in no sentence (a byline), and one sentence ending inside a word."""
    text = "Council shuts the bridge. It will reopen in May.\nBy Ann Lee\nDrivers must detour."
    byline = text.index("By Ann")
    spans = [(0, 25), (26, 48), (byline + 11, len(text))]
    sentences = _sentences(0, text, spans)
    normalised = _Normalised(sentences, [text])
    assert (
        normalised(text[:48], 0, 0, 48, [0, 1]) == "council shuts the bridge it will reopen in may"
    )
    whole = normalised(text, 0, 0, len(text), [0, 1, 2])  # the byline's words are kept
    assert whole == normalise(text) and "ann lee" in whole
    # a sentence cut inside a word ("reo|pen"): one word, as normalise reads it
    cut = text.index("reopen") + 3
    halves = _sentences(0, text, [(26, cut), (cut, 48)])
    found = _Normalised(halves, [text])(text[26:48], 0, 26, 48, [0, 1])
    assert found == normalise(text[26:48]) == "it will reopen in may"
