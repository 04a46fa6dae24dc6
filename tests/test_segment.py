from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from provenance.model import Document
from provenance.text.normalise import normalise, tokenize, word_span
from provenance.text.segment import paragraphs, segment_document, sentence_spans


def split(text: str) -> list[str]:
    return [text[s:e] for p0, p1 in paragraphs(text) for s, e in sentence_spans(text, p0, p1)]


def test_titles_initials_and_numbers_do_not_end_sentences() -> None:
    text = (
        "Mr Smith met Sir Keir at the U.S. Embassy. Dr. Jones of No. 10 agreed. "
        "He left at 10 a.m. on Friday. J. K. Rowling wrote it. Prices rose 4.5 per cent."
    )
    assert split(text) == [
        "Mr Smith met Sir Keir at the U.S. Embassy.",
        "Dr. Jones of No. 10 agreed.",
        "He left at 10 a.m. on Friday.",
        "J. K. Rowling wrote it.",
        "Prices rose 4.5 per cent.",
    ]


def test_quotes_that_end_sentences_and_lower_case_continuations() -> None:
    text = "He said: “It is over.” Then he left. “Stop,” she said. “Why?” he asked. Fine!"
    assert split(text) == [
        "He said: “It is over.”",
        "Then he left.",
        "“Stop,” she said.",
        "“Why?” he asked.",
        "Fine!",
    ]


def test_paragraphs_without_final_punctuation_and_unclosed_quotes() -> None:
    text = (
        "Harrow Bridge closure\n\n“The bridge will stay shut. Repairs start soon\n"
        "“It is safe now.\n"
    )
    assert split(text) == [
        "Harrow Bridge closure",
        "“The bridge will stay shut.",
        "Repairs start soon",
        "“It is safe now.",
    ]


def test_newline_ends_a_paragraph_even_mid_sentence() -> None:
    assert split("The council said\nthat it was sorry.") == [
        "The council said",
        "that it was sorry.",
    ]


def test_paragraph_offsets_are_trimmed_and_exact() -> None:
    text = "  One.  \r\n\n\tTwo three.\r\n"
    assert [text[s:e] for s, e in paragraphs(text)] == ["One.", "Two three."]


def test_sentences_start_after_the_body_start() -> None:
    text = " date 2025-02-15 LONDON - Sir Keir spoke. Then he left.\n\nNext paragraph here."
    doc = Document("d", "d.txt", text, "utf-8", body_start=17)
    sentences = segment_document(doc, 0)
    assert [text[s.start : s.end] for s in sentences] == [
        "LONDON - Sir Keir spoke.",
        "Then he left.",
        "Next paragraph here.",
    ]
    assert [s.paragraph for s in sentences] == [0, 0, 1]
    assert [s.position for s in sentences] == [0, 1, 2]


def test_normalisation_unifies_case_quotes_apostrophes_and_hyphens() -> None:
    curly = "“Nato’s co‑ordinated path,” he said – again."
    straight = '"NATO\'s co-ordinated path", he said - again.'
    assert normalise(curly) == normalise(straight) == "natos coordinated path he said again"
    assert normalise("ﬁnal Ｃase") == "final case"


def test_tokens_keep_exact_offsets() -> None:
    text = "Zelenskyy‘s “irreversible path” to Nato."
    assert [(t, text[s:e]) for t, s, e in tokenize(text)] == [
        ("zelenskyys", "Zelenskyy‘s"),
        ("irreversible", "irreversible"),
        ("path", "path"),
        ("to", "to"),
        ("nato", "Nato"),
    ]


_pieces = st.sampled_from(
    ["Mr", "Smith", "U.S.", "No.", "10", "said", "“", "”", '"', ".", "?", "!", "…", ",", "Nato",
     "it’s", " ", " ", "  ", "\n", "\r\n", "\n\n", "\t", "a.m.", "The", "é", "(", ")",
     "e\u0301", "-", "'", "ﬁ"]
)  # fmt: skip


@given(st.lists(_pieces, max_size=60).map("".join), st.integers(min_value=0, max_value=5))
def test_sentences_are_exact_ordered_and_inside_their_paragraph(text: str, cut: int) -> None:
    body_start = min(cut, len(text))
    doc = Document("d", "d.txt", text, "utf-8", body_start=body_start)
    sentences = segment_document(doc, 0)
    spans = paragraphs(text, body_start)
    previous_end = body_start
    for sentence in sentences:
        p_start, p_end = spans[sentence.paragraph]
        assert p_start <= sentence.start < sentence.end <= p_end
        assert sentence.start >= previous_end
        piece = text[sentence.start : sentence.end]
        assert piece == piece.strip() and "\n" not in piece
        found = tokenize(text, sentence.start, sentence.end)
        assert sentence.tokens == tuple(token for token, _, _ in found)
        for token, start, end in found:
            assert sentence.start <= start < end <= sentence.end
            assert token == normalise(text[start:end])
        previous_end = sentence.end
    # every character of the body other than white space is in exactly one sentence, in order
    body = "".join(text[s:e] for s, e in spans)
    kept = "".join(text[s.start : s.end] for s in sentences)
    assert "".join(kept.split()) == "".join(body.split())


def test_ambiguous_abbreviations_end_sentences_before_an_opener() -> None:
    assert split(
        "He arrived at 5 p.m. The minister then spoke. It was made in the U.S. It closed."
    ) == [
        "He arrived at 5 p.m.",
        "The minister then spoke.",
        "It was made in the U.S.",
        "It closed.",
    ]
    assert split("The firm is Acme Inc. It said profits rose.") == [
        "The firm is Acme Inc.",
        "It said profits rose.",
    ]


def test_decomposed_accents_stay_inside_their_word() -> None:
    decomposed = "Les ministres e\u0301taient d'accord."
    precomposed = "Les ministres \u00e9taient d'accord."
    assert normalise(decomposed) == normalise(precomposed)
    assert [decomposed[s:e] for _, s, e in tokenize(decomposed)][2] == "e\u0301taient"


def test_decimals_and_addresses_end_sentences_like_words() -> None:
    assert split(
        "The scheme will cost £3.5m. Residents were angry. See example.com. It works."
    ) == [
        "The scheme will cost £3.5m.",
        "Residents were angry.",
        "See example.com.",
        "It works.",
    ]


@given(st.lists(_pieces, min_size=1, max_size=30).map("".join))
def test_word_span_is_the_span_of_those_words(text: str) -> None:
    words = tokenize(text)
    n = len(words)
    for first, stop in {(0, n), (0, max(n - 1, 1)), (min(1, n - 1), n)}:
        if 0 <= first < stop <= n:
            expected = (words[first][1], words[stop - 1][2])
            assert word_span(text, 0, len(text), first, stop, n) == expected


def test_a_run_on_text_is_matched_in_pieces_of_sentence_size() -> None:
    from provenance.model import Document
    from provenance.text.segment import MAX_SENTENCE_WORDS, segment_document

    text = " ".join(f"word{k}" for k in range(2 * MAX_SENTENCE_WORDS + 7)) + "\n"
    doc = Document("a", "a.txt", text, "utf-8", 0)
    found = segment_document(doc, 0)
    assert [len(s.tokens) for s in found] == [MAX_SENTENCE_WORDS, MAX_SENTENCE_WORDS, 7]
    assert [s.position for s in found] == [0, 1, 2]
    assert " ".join(text[s.start : s.end] for s in found) == text.strip()
