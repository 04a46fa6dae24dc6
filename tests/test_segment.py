from __future__ import annotations

import textwrap

import pytest
from hypothesis import given, settings
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
        assert piece == piece.strip()
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


# Hard-wrapped text: lines broken at a fixed width join into paragraphs.


def paragraph_texts(text: str, start: int = 0) -> list[str]:
    spans = paragraphs(text, start)
    for s, e in spans:
        assert text[s:e] == text[s:e].strip() and s < e
    return [text[s:e] for s, e in spans]


def spans_of(text: str, pieces: list[str]) -> list[tuple[int, int]]:
    """The spans of ``pieces``, found in order in ``text``."""
    spans, at = [], 0
    for piece in pieces:
        at = text.index(piece, at)
        spans.append((at, at + len(piece)))
        at += len(piece)
    return spans


def non_blank_lines(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Today's paragraphs of unwrapped text: every non-blank line, trimmed."""
    spans, at = [], start
    for line in text[start:].split("\n"):
        stripped = line.strip()
        if stripped:
            s = at + line.index(stripped)
            spans.append((s, s + len(stripped)))
        at += len(line) + 1
    return spans


PRESS_RELEASE = """\
FOR IMMEDIATE RELEASE

Harbour Authority announces summer ferry timetable

EASTMOUTH, 3 March 2025 -- The Eastmouth Harbour Authority today
announced a new ferry timetable for the summer season, adding three
daily crossings to Westport and extending evening services until 11 p.m.
on weekdays. The changes take effect on 1 May and follow a consultation
with more than 2,000 passengers and local businesses.

"We listened to what passengers told us," said Janet Morrow, the
authority's chief executive. "Later sailings mean people can spend an
evening in Westport without worrying about the last boat home, and the
extra crossings will ease the queues we saw last August."

The authority will also trial contactless ticketing on the Westport
route from June. Season tickets bought before 30 April will be honoured
on all new sailings.

-- ENDS --

Notes to editors:
- The Eastmouth Harbour Authority runs four ferry routes and carries
  1.2 million passengers a year.
- Photographs are available on request.

Media contact:
Press Office
press@eastmouth-harbour.example
01632 960 123
"""


def test_a_press_release_wrapped_at_72_columns_joins_its_lines() -> None:
    expected = [
        "FOR IMMEDIATE RELEASE",
        "Harbour Authority announces summer ferry timetable",
        "EASTMOUTH, 3 March 2025 -- The Eastmouth Harbour Authority today\n"
        "announced a new ferry timetable for the summer season, adding three\n"
        "daily crossings to Westport and extending evening services until 11 p.m.\n"
        "on weekdays. The changes take effect on 1 May and follow a consultation\n"
        "with more than 2,000 passengers and local businesses.",
        '"We listened to what passengers told us," said Janet Morrow, the\n'
        "authority's chief executive. \"Later sailings mean people can spend an\n"
        "evening in Westport without worrying about the last boat home, and the\n"
        'extra crossings will ease the queues we saw last August."',
        "The authority will also trial contactless ticketing on the Westport\n"
        "route from June. Season tickets bought before 30 April will be honoured\n"
        "on all new sailings.",
        "-- ENDS --",
        "Notes to editors:",
        "- The Eastmouth Harbour Authority runs four ferry routes and carries\n"
        "  1.2 million passengers a year.",
        "- Photographs are available on request.",
        "Media contact:",
        "Press Office",
        "press@eastmouth-harbour.example",
        "01632 960 123",
    ]
    assert paragraph_texts(PRESS_RELEASE) == expected
    assert paragraphs(PRESS_RELEASE) == spans_of(PRESS_RELEASE, expected)


LEGAL_CODE = """\
§ 14-203. Disclosure of financial interests.
(a) In general. A member of a county council who has a
financial interest in a matter before the council shall
disclose the interest in writing to the clerk before the
council first considers the matter.
(b) Contents of disclosure. The disclosure shall state:
1. the nature and extent of the interest;
2. the name of any person, other than the member, who
shares the interest; and
3. the date on which the member acquired the interest.
(c) Penalty. A member who knowingly fails to make a
disclosure required by this section is guilty of a
misdemeanor and on conviction is subject to a fine not
exceeding $1,000, or to imprisonment for a term of no
more than 90 days, or both.
(d) Exception. This section does not apply to an interest
held only as a member of the general public.
"""


def test_a_legal_code_wrapped_at_60_columns_keeps_its_subsections_apart() -> None:
    expected = [
        "§ 14-203. Disclosure of financial interests.",
        "(a) In general. A member of a county council who has a\n"
        "financial interest in a matter before the council shall\n"
        "disclose the interest in writing to the clerk before the\n"
        "council first considers the matter.",
        "(b) Contents of disclosure. The disclosure shall state:",
        "1. the nature and extent of the interest;",
        "2. the name of any person, other than the member, who\nshares the interest; and",
        "3. the date on which the member acquired the interest.",
        "(c) Penalty. A member who knowingly fails to make a\n"
        "disclosure required by this section is guilty of a\n"
        "misdemeanor and on conviction is subject to a fine not\n"
        "exceeding $1,000, or to imprisonment for a term of no\n"
        "more than 90 days, or both.",
        "(d) Exception. This section does not apply to an interest\n"
        "held only as a member of the general public.",
    ]
    assert paragraphs(LEGAL_CODE) == spans_of(LEGAL_CODE, expected)


NEWS_ONE_PARAGRAPH_PER_LINE = """\
Harrow Bridge to close for six weeks of repairs
By Sam Patel, Transport Correspondent
Harrow Bridge will close to all traffic from Monday while engineers replace corroded \
bearings, the county council has confirmed.
The closure, which is expected to last six weeks, will force about 14,000 drivers a day \
onto a 12-mile diversion through Eastmouth and Westport.
"We know this will be difficult for people, and we are sorry," said Cllr Anne Hughes, \
the council's cabinet member for highways.
She added: "The bearings are at the end of their life. If we do not act now, we risk a \
much longer closure later."
Buses will keep running.
Pedestrians and cyclists can still cross.
A shuttle minibus will run every 20 minutes.
Local businesses said they feared a drop in trade.
"""

NEWS_SHORT_PARAGRAPHS = """\
Rovers sign striker on loan
Eastmouth Rovers have signed striker Leon Barnes on loan from Westport City.
Barnes, 21, scored nine goals in 14 games for City's under-21 side this season.
The deal runs until the end of the season, with an option to buy.
Manager Kath Doyle said: "Leon gives us pace and a real threat in the box."
Rovers are eighth in League Two, three points off the play-off places.
Barnes could make his debut against Harbour Town on Saturday.
"""


def test_news_with_one_paragraph_per_line_is_unchanged() -> None:
    for text in (NEWS_ONE_PARAGRAPH_PER_LINE, NEWS_SHORT_PARAGRAPHS):
        assert paragraphs(text) == non_blank_lines(text)
        assert paragraphs(text, 10) == non_blank_lines(text, 10)
    # headlines of similar length, one per line, none going on into the next
    related = "".join(
        f"{headline}\n"
        for headline in [
            "Council approves budget for new harbour wall",
            "Ferry fares to rise by five per cent in April",
            "Lifeboat crew called out twice in one night",
            "School bus route changes after parents complain",
            "River levels fall as the rain finally eases off",
        ]
    )
    assert paragraphs(related) == non_blank_lines(related)


MIXED = """\
 date 2025-02-15 EASTMOUTH COUNCIL BUDGET 2025/26: SUMMARY FOR RESIDENTS

The council has agreed a budget of £412.6m for the coming year, an
increase of 4.9 per cent on last year, after a three-hour meeting on
Thursday night. Council tax will rise by the maximum allowed without
a referendum.

SPENDING BY SERVICE
Service              2024/25    2025/26
Adult social care     £141.2m    £150.8m
Children's services    £98.4m    £103.1m
Highways               £37.9m     £39.2m

Opposition councillors said the rise was "a tax on families already
struggling with their bills", and proposed cutting the council's own
communications budget instead. Their amendment was defeated, 31 to 22.
    Indented paragraphs, as in many archives, begin a new paragraph
when the indentation changes, even without a blank line.
The full report is at
https://www.eastmouth.example/council/meetings/2025-02-13/budget-2025-26-full-report.pdf
"""


def test_a_mixed_document_keeps_its_tables_headings_and_indented_paragraphs() -> None:
    start = MIXED.index("EASTMOUTH")  # the body starts after the date on the first line
    expected = [
        "EASTMOUTH COUNCIL BUDGET 2025/26: SUMMARY FOR RESIDENTS",
        "The council has agreed a budget of £412.6m for the coming year, an\n"
        "increase of 4.9 per cent on last year, after a three-hour meeting on\n"
        "Thursday night. Council tax will rise by the maximum allowed without\n"
        "a referendum.",
        "SPENDING BY SERVICE",
        "Service              2024/25    2025/26",
        "Adult social care     £141.2m    £150.8m",
        "Children's services    £98.4m    £103.1m",
        "Highways               £37.9m     £39.2m",
        'Opposition councillors said the rise was "a tax on families already\n'
        "struggling with their bills\", and proposed cutting the council's own\n"
        "communications budget instead. Their amendment was defeated, 31 to 22.",
        "Indented paragraphs, as in many archives, begin a new paragraph\n"
        "when the indentation changes, even without a blank line.",
        # the address did not fit on the line: the line goes on into it
        "The full report is at\n"
        "https://www.eastmouth.example/council/meetings/2025-02-13/budget-2025-26-full-report.pdf",
    ]
    assert paragraph_texts(MIXED, start) == expected
    assert paragraphs(MIXED, start) == spans_of(MIXED, expected)


# OCR of a newspaper column: ragged lines, no blank lines, first lines indented.
OCR_COLUMN = """\
  The new lifeboat arrived in Eastmouth on
Saturday after a two-day passage from the
builders' yard, escorted by the old boat
for the last few miles.
  Crowds lined the harbour wall to see her
come in. The coxswain, Mr. Tom Reed, said
the crew had found her "a joy to handle"
even in the heavy swell off the point.
  She will be named at a ceremony in May.
"""


def test_ocr_text_with_ragged_lines_and_indented_first_lines() -> None:
    assert paragraph_texts(OCR_COLUMN) == [
        "The new lifeboat arrived in Eastmouth on\nSaturday after a two-day passage from the\n"
        "builders' yard, escorted by the old boat\nfor the last few miles.",
        "Crowds lined the harbour wall to see her\ncome in. The coxswain, Mr. Tom Reed, said\n"
        'the crew had found her "a joy to handle"\neven in the heavy swell off the point.',
        "She will be named at a ceremony in May.",
    ]


def test_a_wrapped_sentence_is_one_sentence_with_the_words_of_the_unwrapped_one() -> None:
    doc = Document("d", "d.txt", PRESS_RELEASE, "utf-8", body_start=0)
    found = [PRESS_RELEASE[s.start : s.end] for s in segment_document(doc, 0)]
    sentence = (
        "The changes take effect on 1 May and follow a consultation\n"
        "with more than 2,000 passengers and local businesses."
    )
    assert sentence in found
    assert "The Eastmouth Harbour Authority runs four ferry routes and carries" not in found
    flat = " ".join(sentence.split())
    assert normalise(sentence) == normalise(flat)
    assert [t for t, _, _ in tokenize(sentence)] == [t for t, _, _ in tokenize(flat)]
    # "11 p.m." at a line end does not end the sentence either
    assert any(piece.endswith("until 11 p.m.\non weekdays.") for piece in found)


def test_a_quote_wrapped_over_lines_is_one_quote() -> None:
    from provenance.text.quotes import quote_regions

    regions = quote_regions(PRESS_RELEASE, paragraphs(PRESS_RELEASE))
    assert [PRESS_RELEASE[s:e] for s, e in regions] == [
        "We listened to what passengers told us,",
        "Later sailings mean people can spend an\n"
        "evening in Westport without worrying about the last boat home, and the\n"
        "extra crossings will ease the queues we saw last August.",
    ]


def test_a_word_hyphenated_at_a_line_end_keeps_its_letters() -> None:
    text = (
        "Ministers from eleven countries met in Geneva on Monday for the\n"
        "first round of talks on a treaty that would set up a new inter-\n"
        "national authority for fishing rights, which officials said could\n"
        "be signed before the end of the year if the talks go well, and\n"
        "which would replace the treaty of 1982.\n"
    )
    [(start, end)] = paragraphs(text)
    assert (start, end) == (0, len(text) - 1)
    [(s, e)] = sentence_spans(text, start, end)
    tokens = [token for token, _, _ in tokenize(text, s, e)]
    at = tokens.index("new")
    # one word or two, never a hyphen or a newline inside one, and nothing lost
    assert "".join(tokens[at + 1 : at + 3]) in {"internationalauthority", "international"}
    assert all(token.isalnum() for token in tokens)


def test_few_lines_are_not_enough_to_tell_a_wrap_width() -> None:
    text = "The council said\nthat it was sorry.\nIt would\nreview the decision.\n"
    assert paragraphs(text) == non_blank_lines(text)


_words = st.sampled_from(
    ["the", "council", "said", "harbour", "ferry", "timetable", "passengers", "on", "a",
     "Westport", "Eastmouth", "would", "extend", "services,", "crossings", "evening",
     "well-known", "spokesperson", "added.", "consultation", "businesses", "in", "of", "£4.5m",
     "2025", "“We", "listened,”", "and", "residents", "were", "angry."]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.lists(_words, min_size=1, max_size=60).map(" ".join), min_size=3, max_size=7),
    st.integers(min_value=40, max_value=100),
)
def test_text_wrapped_by_textwrap_comes_back_as_its_paragraphs(
    texts: list[str], width: int
) -> None:
    wrapped = [textwrap.fill(text, width) for text in texts]
    document = "\n\n".join(wrapped) + "\n"
    found = paragraph_texts(document)
    assert paragraphs(document) == spans_of(document, found)
    if found != wrapped:
        # too little to tell a width by: one paragraph per line, as for unwrapped text; never
        # with many breaks inside sentences (lines that go on in lower case)
        assert paragraphs(document) == non_blank_lines(document)
        went_on = [line for text in wrapped for line in text.split("\n")[1:]]
        lower = sum(line[0].islower() for line in went_on)
        assert len(went_on) < 10 or lower < 0.6 * len(went_on)


_layout_pieces = st.sampled_from(
    ["word", "Word", "said", "it.", "a", "-", "(a)", "1.", "U.S.", "“", "”", ",", " ", " ",
     "   ", "\t", "\n", "\n", "\n", "\n\n", "\r\n", "é", "NATO", "inter-", "x" * 30, "y" * 70]
)  # fmt: skip


@given(st.lists(_layout_pieces, max_size=200).map("".join), st.integers(0, 40))
def test_paragraphs_are_runs_of_whole_lines_in_order(text: str, cut: int) -> None:
    start = min(cut, len(text))
    lines = non_blank_lines(text, start)
    found = paragraphs(text, start)
    # each paragraph is a run of consecutive lines, trimmed, in order, without overlaps, and
    # together they hold every non-blank line
    k = 0
    for s, e in found:
        assert start <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
        assert lines[k][0] == s
        while lines[k][1] != e:
            k += 1
        k += 1
    assert k == len(lines)


def test_the_word_memo_stays_bounded_and_right(monkeypatch: pytest.MonkeyPatch) -> None:
    from provenance.text import normalise as module

    monkeypatch.setattr(module, "MEMO_WORDS", 8)
    monkeypatch.setattr(module, "_NORMALISED", module._Memo())
    text = " ".join(f"Co-operation’s{n} ﬁre{n} UK’s{n}" for n in range(20))
    assert module.words(text) == tuple(
        w for n in range(20) for w in (f"cooperations{n}", f"fire{n}", f"uks{n}")
    )
    assert len(module._NORMALISED) <= 8
    assert module.normalise_token("UK’s") == module.normalise_token("uk's") == "uks"


@given(st.lists(_pieces, min_size=1, max_size=30).map("".join))
def test_a_whole_sentences_span_is_found_without_tokenising_it(text: str) -> None:
    from provenance.clustering.clusters import whole_span
    from provenance.model import Sentence
    from tests.oracles.clusters import char_span

    words = tokenize(text)
    if not words:
        return
    sentence = Sentence(0, 0, 0, 0, len(text), tuple(w for w, _, _ in words))
    assert whole_span(text, 0, len(text)) == char_span(sentence, 0, len(words), text)


def test_what_sentence_ends_strip_at_once_is_never_a_word_character() -> None:
    from provenance.text import normalise

    assert normalise._NEVER_IN_WORDS
    assert not any(normalise._WORD_CHAR.match(c) for c in normalise._NEVER_IN_WORDS)
