"""Variant labels of a quote against its earliest version, and fragments found in sentences."""

from __future__ import annotations

import pytest

from provenance.clustering.variants import classify
from provenance.matching.fragments import Fragment, Hit, credible, find
from provenance.model import Document, QuoteVariant, Sentence
from provenance.pipeline.run import analyse
from provenance.settings import Settings
from provenance.text.normalise import tokenize

EARLIEST = "We know how much the pool means to you, and we did not take this decision lightly."
BASE = EARLIEST.rstrip(".")


@pytest.mark.parametrize(
    ("text", "variant"),
    [
        (EARLIEST, "exact"),
        (BASE + ",", "exact"),  # edge punctuation follows the sentence around a quote
        (BASE.removesuffix(" lightly"), "truncated"),
        (BASE.removeprefix("We know "), "truncated"),
        (EARLIEST.replace(" to you,", " …"), "truncated"),
        (EARLIEST.replace(" to you,", ","), "edited"),
        (EARLIEST.replace("the pool", "the [swimming] pool"), "edited"),
        (EARLIEST.replace("you,", "you"), "edited"),
        (EARLIEST.replace("We know", "WE KNOW"), "exact"),  # case as in matching
        ("we did not take this decision lightly", "fragment"),
    ],
)
def test_classify(text: str, variant: str) -> None:
    assert classify(text, EARLIEST) == variant


def test_spelling_is_an_edit_the_style_of_marks_is_not() -> None:
    assert classify("our defense plan", "our defence plan") == "edited"
    # curly or straight apostrophes and quote marks, dashes, ellipses: an outlet's house style
    assert classify("it's ‘Banking’ now", "it’s ‘Banking’ now") == "exact"
    assert classify("it's 'Banking' now", "it's ‘Banking’ now") == "exact"
    assert classify("now - and then...", "now – and then…") == "exact"


def test_no_word_in_common_is_no_version() -> None:
    assert classify("a minister told reporters", "We will fix our roads") is None


def sentence(doc: int, text: str) -> Sentence:
    return Sentence(doc, 0, 0, 0, len(text), tuple(t for t, _, _ in tokenize(text)))


def fragment(doc: int, text: str) -> Fragment:
    words = tokenize(text)
    return Fragment(
        doc,
        tuple(t for t, _, _ in words),
        tuple(s for _, s, _ in words),
        tuple(e for _, _, e in words),
    )


AID = "strong security guarantees, further lethal aid and a sovereign future"
TEXTS = [  # one sentence per document
    f"The promise of {AID}.",
    f"Ukraine needed {AID}.",
    "He spoke of strong guarantees on security and of a future of its own for Ukraine.",
    "Strong words, further delays and a sovereign debt crisis: guarantees aid no one.",
]
SENTENCES = [sentence(doc, TEXTS[doc]) for doc in (1, 2, 3, 0)]


def test_a_quote_is_found_inside_a_longer_sentence_with_exact_offsets() -> None:
    hits = find([fragment(0, AID)], SENTENCES, TEXTS, shingle_size=3, containment=0.85)
    assert [h.sentence for h in hits] == [0]  # not the paraphrase, the scatter or its own doc
    assert TEXTS[1][hits[0].start : hits[0].end] == AID
    assert hits[0].score == 1.0


def test_every_copy_of_an_identical_sentence_is_a_hit_with_its_own_offsets() -> None:
    copy = f"Ukraine needed {AID}."
    texts = [AID, copy, copy, "    " + copy]
    copies = [sentence(1, copy), sentence(2, copy), sentence(0, AID)]
    moved = Sentence(3, 0, 0, 4, len(texts[3]), copies[0].tokens)  # later in its document
    hits = find([fragment(0, AID)], [*copies, moved], texts, shingle_size=3, containment=0.85)
    assert [h.sentence for h in hits] == [0, 1, 3]  # not the quote's own document
    assert [texts[h.doc][h.start : h.end] for h in hits] == [AID] * 3
    assert hits[2].start == 4 + len("Ukraine needed ")


def test_a_short_quote_is_found_only_whole() -> None:
    """One word in seven changed, left out or added is another statement (PolNeAR's train
    split: Suu Kyi's "I'm going to be above the president" was taken for Gary Johnson's "I'm
    going to be the next president of the United States"); a longer quote may differ."""
    quote = "I'm going to be above the president"
    texts = [
        quote,
        f"He said: {quote} of the party.",
        "He said: I'm going to be the next president of the United States.",
        "He said: I'm going to be above the new president.",
        "He said: I'm going to be the president.",
    ]
    sentences = [sentence(doc, texts[doc]) for doc in (1, 2, 3, 4)]
    hits = find([fragment(0, quote)], sentences, texts, shingle_size=3, containment=0.85)
    assert [h.doc for h in hits] == [1]
    styled = ["the 2% rise was a big mistake", "He said the 2 percent rise was a big mistake."]
    hits = find([fragment(0, styled[0])], [sentence(1, styled[1])], styled, 3, 0.85)
    assert [h.doc for h in hits] == [1]  # an outlet's style is no other word
    edited = f"{AID} for the people of Ukraine"  # thirteen words, one changed: still found
    texts = [edited, f"Ukraine needed {edited.replace('people', 'citizens')}."]
    hits = find([fragment(0, edited)], [sentence(1, texts[1])], texts, 3, 0.85)
    assert [h.doc for h in hits] == [1] and hits[0].score < 1


def never(doc: int, start: int, end: int) -> bool:
    return False


def always(doc: int, start: int, end: int) -> bool:
    return True


def test_stock_phrases_need_quotes_or_length() -> None:
    short = [fragment(0, "a surgical hub for planned operations")]
    hit = Hit(0, 5, 1, 10, 47, 1.0)
    assert credible([hit], short, quoted=never, long_tokens=12) == []
    assert credible([hit], short, quoted=always, long_tokens=12) == [hit]
    assert credible([hit], short, quoted=never, long_tokens=6) == [hit]


def test_copies_are_compared_with_the_full_quote_not_a_headline_fragment() -> None:
    full = (
        "Every pothole on the high street will be gone before the end of May, and we will pay "
        "for it."
    )
    source = Document.from_text(
        "Mayor says “every pothole on the high street will be gone”\n\n"
        "The council met on Monday night to set its budget for the year.\n\n"
        f"Jane Morrow said: “{full}”",
        doc_id="a",
        published="2025-03-01",
    )
    copy = Document.from_text(
        f"Residents were told on Tuesday what the council plans.\n\nJane Morrow said: “{full}”",
        doc_id="b",
        published="2025-03-02",
    )
    found = analyse([source, copy], Settings())
    [cluster] = found.clusters
    assert cluster.earliest.end - cluster.earliest.start < 50  # the headline's fragment
    # the article's own full quote and the copy's: exact, not "edited" against the headline
    assert [(row.quote.doc, row.variant) for row in found.quote_rows] == [
        (0, QuoteVariant.EXACT),
        (0, QuoteVariant.EXACT),
        (1, QuoteVariant.EXACT),
    ]
