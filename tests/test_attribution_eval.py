"""The attribution scorer (``provenance.reports.attribution``) on hand-made brat annotation
with known answers, and the PolNeAR benchmark's reading of a split's folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from provenance.errors import InputError
from provenance.reports import attribution as at

TEXT = (
    "“We will fix the roads this year,” Jane Morrow said on Monday.\n"
    "The plan, which critics called a “fantasy”, costs £2m.\n"
    "He added: “Every pothole will be gone by the spring\n"
    "Tom Reid told reporters the council had “no money at all for this”.\n"
)
# Jane Morrow said: the first quote; He added: the third (a pronoun, no chain); Tom Reid.
ANN = """T1\tSource 35 46\tJane Morrow
T2\tCue 47 51\tsaid
T3\tContent 1 33\tWe will fix the roads this year,
T4\tAttribution 47 51\tsaid
E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
T5\tSource 118 120\tHe
T6\tCue 121 126\tadded
T7\tContent 129 169\tEvery pothole will be gone by the spring
T8\tAttribution 121 126\tadded
E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5
T9\tSource 170 178\tTom Reid
T10\tCue 179 183\ttold
T11\tContent 194 210;210 236\tthe council had “no money at all for this”
more of T11's text on a line of its own
T12\tAttribution 179 183\ttold
E3\tAttribution:T12 Content:T11 Cue:T10 Source:T9
E4\tAttribution:T12 Cue:T10 Source:T9
"""


def quote_row(text: str, words: str, speaker: str = "") -> dict[str, str]:
    start = text.index(words)
    return {"doc_id": "a", "start": str(start), "end": str(start + len(words)), "speaker": speaker}


def test_the_fixture_offsets_are_what_they_say() -> None:
    assert TEXT[35:46] == "Jane Morrow" and TEXT[118:120] == "He" and TEXT[170:178] == "Tom Reid"
    assert TEXT[129:169] == "Every pothole will be gone by the spring"


def test_brat_spans_in_pieces_continuation_lines_and_attributions_without_content(
    tmp_path: Path,
) -> None:
    path = tmp_path / "a_x.ann"
    path.write_text(ANN, encoding="utf-8")
    found = at.read_brat(path)
    assert len(found) == 3  # E4 has no Content: left out
    assert found[2].content == ((194, 210), (210, 236))
    assert found[0].source == ((35, 46),) and found[0].cue == ((47, 51),)


def test_a_line_that_is_not_brat_is_an_error_naming_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.ann"
    path.write_text("T1\tSource 1\tx\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.ann:1: not a brat standoff line"):
        at.read_brat(path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “a b c” and “d e”.", ["a b c", "d e"]),
        ('He said "a b c" then.', ["a b c"]),
        ("“Open and never closed\nNext line", ["Open and never closed"]),
        ("He said ‘‘doubled single marks’’ here.", ["doubled single marks"]),
        ("“ spaced inside ”", ["spaced inside"]),
        ('A 6" pipe and a "real quote" here.', ["real quote"]),
    ],
)
def test_quoted_regions(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in at.quoted_regions(text)] == expected


def test_gold_quotes_are_quotations_of_four_words_in_annotated_content() -> None:
    attributions = at.read_brat_text(ANN)
    found = at.gold_quotes(TEXT, attributions)
    assert [TEXT[q.start : q.end] for q in found] == [
        "We will fix the roads this year,",
        "Every pothole will be gone by the spring",
        "no money at all for this",
    ]  # “fantasy”: one word, no attribution's content
    assert [q.source_text for q in found] == ["Jane Morrow", "He", "Tom Reid"]
    assert [q.pronoun for q in found] == [False, True, False]


@pytest.mark.parametrize(
    ("speaker", "source", "entity", "same"),
    [
        ("Donald Trump", "Trump", (), True),
        ("Trump", "Donald Trump", (), True),
        ("Trump", "Mr. Trump", (), True),
        ("Melania Trump", "Donald Trump", (), False),
        ("Trump campaign", "the Trump campaign", (), True),
        ("Rubio", "he", ("Marco Rubio", "he", "his"), True),
        ("Cruz", "he", ("Marco Rubio", "he"), False),
        ("", "Trump", (), False),
        ("senator", "the senator", (), True),
        # "one" counts someone, naming no one: on neither side
        ("One such document", "One such document, obtained by The Post,", (), True),
        ("One", "One operative inside Trump Tower", (), False),
        ("One", "she", ("One superdelegate", "she"), False),
    ],
)
def test_same_speaker(speaker: str, source: str, entity: tuple[str, ...], same: bool) -> None:
    assert at.same_speaker(speaker, source, entity) is same


def test_scores_count_extraction_and_speakers() -> None:
    attributions = at.read_brat_text(ANN)
    rows = [
        quote_row(TEXT, "We will fix the roads this year,", "Jane Morrow"),
        quote_row(TEXT, "fantasy"),  # under four words: not scored for precision
        quote_row(TEXT, "Every pothole will be gone by the spring", "Jane Morrow"),
        quote_row(TEXT, "no money at all for this", "Jane Morrow"),
        quote_row(TEXT, "costs £2m.\nHe added"),  # four words, no annotated content
    ]
    scores = at.score({"a": TEXT}, {"a": attributions}, rows)
    assert (scores.gold_quotes, scores.found) == (3, 3)
    assert (scores.rows_scored, scores.rows_annotated) == (4, 3)
    assert scores.with_source == 3 and scores.given == 3
    assert scores.unresolved == 1  # "He", and no coreference to say who
    assert scores.right == 1 and scores.named == 2 and scores.named_right == 1
    assert scores.speaker_right == 0.5  # of the two Sources known
    assert [e["speaker"] for e in scores.examples["wrong_speaker"]] == ["Jane Morrow"]
    assert scores.examples["not_annotated"][0]["quote"].startswith("costs")


def test_coreference_names_a_pronoun_source(tmp_path: Path) -> None:
    xml = tmp_path / "a.txt.xml"
    xml.write_text(_corenlp(), encoding="utf-8")
    chains = at.Coreference.read(xml)
    assert chains.entity(((118, 120),)) == ["Jane Morrow", "He"]
    attributions = at.read_brat_text(ANN)
    rows = [quote_row(TEXT, "Every pothole will be gone by the spring", "Jane Morrow")]
    scores = at.score({"a": TEXT}, {"a": attributions}, rows, {"a": chains})
    assert scores.unresolved == 0 and scores.right == 1


def test_a_split_folder_is_read_with_the_first_annotation_of_each_article(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "a_0001.ann").write_text(ANN, encoding="utf-8")
    (tmp_path / "attributions" / "a_0002.ann").write_text("", encoding="utf-8")
    texts, annotations, chains = at.read_corpus(tmp_path)
    assert list(texts) == ["a"] and len(annotations["a"]) == 3 and chains == {}
    with pytest.raises(InputError, match="text/ and attributions/"):
        at.read_corpus(tmp_path / "text")


def _corenlp() -> str:
    """CoreNLP's XML for two mentions of one entity: Jane Morrow (sentence 1) and He (2)."""
    tokens = [(1, 1, 35, 39), (1, 2, 40, 46), (2, 1, 118, 120)]
    sentences: dict[int, list[str]] = {}
    for sentence, token, begin, end in tokens:
        sentences.setdefault(sentence, []).append(
            f'<token id="{token}"><word>w</word><CharacterOffsetBegin>{begin}'
            f"</CharacterOffsetBegin><CharacterOffsetEnd>{end}</CharacterOffsetEnd></token>"
        )
    body = "".join(
        f'<sentence id="{n}"><tokens>{"".join(t)}</tokens></sentence>' for n, t in sentences.items()
    )
    chain = (
        '<coreference><coreference><mention representative="true"><sentence>1</sentence>'
        "<start>1</start><end>3</end><head>2</head><text>Jane Morrow</text></mention>"
        "<mention><sentence>2</sentence><start>1</start><end>2</end><head>1</head>"
        "<text>He</text></mention></coreference></coreference>"
    )
    return f"<root><document><sentences>{body}</sentences>{chain}</document></root>"


def test_the_polnear_benchmark_traces_a_split_and_scores_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from benchmarks import polnear_benchmark

    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "a_0001.ann").write_text(ANN, encoding="utf-8")
    out = tmp_path / "figures.json"
    assert polnear_benchmark.main([str(tmp_path), "--json", str(out)]) == 0
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert (figures["gold_quotes"], figures["found"], figures["with_source"]) == (3, 3, 3)
    # Jane Morrow and Tom Reid named: right; "He added": a pronoun no chain names
    assert (figures["right"], figures["unresolved"], figures["speaker_right"]) == (2, 1, 1.0)
    assert json.loads(capsys.readouterr().out) == figures
