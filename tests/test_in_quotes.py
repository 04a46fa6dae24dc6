"""``clusters.InQuotes`` (whether a span is mostly quoted, its words counted from its sentences'
word counts) answers as ``clusters._in_quotes`` (every word of the span found one by one), on
texts whose words run across sentence and region edges on purpose: joiners (apostrophes,
hyphens) between word characters, sentences cut inside words, nested regions."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.clustering.clusters import InQuotes, _in_quotes, whole_span
from provenance.model import Sentence
from provenance.text.normalise import count_words, splits_word, word_spans, words
from provenance.text.quotes import QuoteMap

# word characters (a combining mark too), joiners, quote marks, white space, punctuation
ALPHABET = "ab9é\u0301'’-‐ “”\"\n.,"


@st.composite
def cases(
    draw: st.DrawFn,
) -> tuple[list[str], list[QuoteMap], list[Sentence], list[tuple[int, int, int]]]:
    texts: list[str] = []
    maps: list[QuoteMap] = []
    sentences: list[Sentence] = []
    for doc in range(draw(st.integers(1, 3))):
        text = draw(st.text(ALPHABET, min_size=1, max_size=80))
        texts.append(text)
        # sentences: disjoint, in order, anywhere (inside words too); their words as found
        cuts = sorted(set(draw(st.lists(st.integers(0, len(text)), max_size=12))))
        position = 0
        for start, end in pairwise(cuts):  # next to each other, or not
            if draw(st.booleans()):
                tokens = words(text, start, end)
                sentences.append(Sentence(doc, position, 0, start, end, tokens))
                position += 1
        bounds = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
        regions = [(s, e) for s, e in zip(bounds[::2], bounds[1::2], strict=False) if s < e]
        if draw(st.booleans()) and regions:  # nested regions: word by word
            s, e = regions[0]
            regions = sorted([*regions, (s, max(s + 1, e - 1))])
        maps.append(QuoteMap(regions))
    spans = []
    for _ in range(draw(st.integers(1, 10))):
        doc = draw(st.integers(0, len(texts) - 1))
        start = draw(st.integers(0, len(texts[doc])))
        spans.append((doc, start, draw(st.integers(start, len(texts[doc])))))
    return texts, maps, sentences, spans


@settings(max_examples=1500, deadline=None)
@given(cases())
def test_counted_from_sentences_as_found_word_by_word(
    case: tuple[list[str], list[QuoteMap], list[Sentence], list[tuple[int, int, int]]],
) -> None:
    texts, maps, sentences, spans = case
    in_quotes = InQuotes(texts, maps, sentences)
    in_quotes.SHORT = 0  # every span counted from its sentences, however short
    for doc, start, end in spans:
        assert in_quotes(doc, start, end) == _in_quotes(maps[doc], texts[doc], start, end)


@settings(max_examples=1500, deadline=None)
@given(cases())
def test_the_words_counted_are_those_found(
    case: tuple[list[str], list[QuoteMap], list[Sentence], list[tuple[int, int, int]]],
) -> None:
    texts, maps, sentences, spans = case
    in_quotes = InQuotes(texts, maps, sentences)
    for doc, start, end in spans:
        found = in_quotes._counted(doc, start, end)
        if found is None:  # found word by word instead
            continue
        spans_ = word_spans(texts[doc], start, end)
        inside = sum(1 for s, e in spans_ if maps[doc].inside(s, e))
        assert found == (inside, len(spans_))


@settings(max_examples=1500, deadline=None)
@given(st.text(ALPHABET, min_size=2, max_size=40), st.data())
def test_a_cut_that_splits_no_word_keeps_the_words(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 2))
    end = data.draw(st.integers(start + 2, len(text)))
    at = data.draw(st.integers(start + 1, end - 1))
    whole = word_spans(text, start, end)
    assert count_words(text, start, end) == len(whole)
    if not splits_word(text, at, start, end):
        assert word_spans(text, start, at) + word_spans(text, at, end) == whole
    else:  # it is told only when a word does run across it
        assert any(s < at < e for s, e in whole)


def test_a_long_passage_counts_its_quoted_words() -> None:
    text = "He said: “We will not reopen the bridge.” Then: “It is closed.” The end came."
    first, second, third = 9, 41, 64  # sentence starts
    sentences = [
        Sentence(0, k, 0, s, e, words(text, s, e))
        for k, (s, e) in enumerate([(0, first - 1), (first, second), (second + 1, third - 1)])
    ]
    quoted = QuoteMap([(10, 39), (49, 62)])
    in_quotes = InQuotes([text], [quoted], sentences)
    in_quotes.SHORT = 0
    # ten of its sixteen words quoted; three of the last seven
    assert in_quotes(0, 0, len(text)) is _in_quotes(quoted, text, 0, len(text)) is True
    assert in_quotes(0, 42, len(text)) is _in_quotes(quoted, text, 42, len(text)) is False


@settings(max_examples=2000, deadline=None)
@given(st.text(ALPHABET + "_\t", min_size=1, max_size=30))
def test_a_whole_sentence_span_is_found_as_word_by_word(text: str) -> None:
    """``whole_span`` (most sentences told from their first and last two characters) gives
    the span of the first word to the last, each with the punctuation written against it."""
    spans = word_spans(text)
    if not spans:
        return
    first, last = spans[0][0], spans[-1][1]
    while first > 0 and not text[first - 1].isspace():
        first -= 1
    while last < len(text) and not text[last].isspace():
        last += 1
    assert whole_span(text, 0, len(text)) == (first, last)
