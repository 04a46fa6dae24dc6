"""Boilerplate: footers learned per outlet, notices and pleas by pattern, never counted as reuse.

The fixture (fixtures/boilerplate): two outlets, four articles each, every article ending with
its outlet's footer (a publisher line no pattern knows, a newsletter sign-up, a copyright line);
one story syndicated from one outlet to the other; one story the Herald reprints from its own
archive; five articles whose only overlap with anything is their footer.

The second (fixtures/boilerplate-edges): outlets of two or three articles in the corpus. The
Daily Ledger's two end with its subscription plea and share a news paragraph in the middle; the
Marsh Courier's two open with its membership plea; the Valley Post's two end with the same
paragraph of news about donations; a photo caption page was crawled three times, and so was the
Holm Dispatch's only page (four paragraphs).
"""

from __future__ import annotations

import pickle
import random
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import provenance
from provenance import Document, Settings
from provenance.model import Sentence
from provenance.text import boilerplate
from provenance.text.boilerplate import (
    End,
    Matcher,
    pattern_paragraphs,
    reads_as_plea,
    reads_as_plea_without_triggers,
)
from provenance.text.segment import paragraphs, segment_document
from tests.conftest import ROOT, SEEDS, require_seeds, rows, run_cli, traced
from tests.test_fixtures_golden import check_golden

CORPUS = ROOT / "fixtures" / "boilerplate"
FOOTER_WORDS = ("Coastline Media", "newsletter", "Copyright", "©", "owned and run")


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return traced(tmp_path_factory, CORPUS, "-q")[0]


@pytest.mark.parametrize("name", ["documents.csv", "clusters.csv"])
def test_reports_match_golden_files(report: Path, name: str) -> None:
    check_golden(name, (report / name).read_bytes(), corpus="boilerplate")


def test_no_footer_is_a_cluster(report: Path) -> None:
    for cluster in rows(report / "clusters.csv"):
        assert not any(word in cluster["text"] for word in FOOTER_WORDS), cluster["text"]
        assert cluster["kind"] == "passage"


def test_syndicated_story_and_archive_reprint_are_found(report: Path) -> None:
    documents = {d["doc_id"]: d for d in rows(report / "documents.csv")}
    assert (
        documents["voice/ferry-fares"]["verdict"],
        documents["voice/ferry-fares"]["copied_from"],
    ) == (
        "syndicated",
        "herald/ferry-fares",
    )
    reprint = documents["herald/harbour-wall-archive"]
    assert (reprint["verdict"], reprint["copied_from"]) == ("syndicated", "herald/harbour-wall")
    by_docs = {c["doc_ids"]: c for c in rows(report / "clusters.csv")}
    assert by_docs["herald/harbour-wall;herald/harbour-wall-archive"]["same_outlet"] == "true"
    assert by_docs["herald/ferry-fares;voice/ferry-fares"]["same_outlet"] == "false"


def test_footer_only_overlap_is_unique_and_footers_are_counted(report: Path) -> None:
    documents = {d["doc_id"]: d for d in rows(report / "documents.csv")}
    for doc_id in ("herald/lifeboat-crew", "voice/mill-reopens", "voice/school-bus"):
        assert (documents[doc_id]["verdict"], documents[doc_id]["reused_chars"]) == ("unique", "0")
    for document in documents.values():
        text = (CORPUS / document["path"]).read_text(encoding="utf-8")
        footer = text[text.index("The Harbour Herald is") if "herald/" in document["doc_id"]
                      else text.index("Valley Voice is owned"):]  # fmt: skip
        assert int(document["boilerplate_chars"]) == len("".join(footer.split()))
        assert document["reused_share"] <= "1.0000"


def test_keep_boilerplate_reports_it_as_its_own_kind(tmp_path: Path) -> None:
    result = run_cli("trace", CORPUS, "--out", tmp_path, "-q", "--keep-boilerplate")
    assert result.exit_code == 0, result.stderr
    clusters = rows(tmp_path / "clusters.csv")
    kept = [c for c in clusters if c["kind"] == "boilerplate"]
    assert {c["text"].split()[0] for c in kept} >= {"The", "Valley"}
    assert all(c["same_outlet"] == "true" for c in kept)
    documents = {d["doc_id"]: d["verdict"] for d in rows(tmp_path / "documents.csv")}
    assert documents["herald/lifeboat-crew"] == "unique"  # kept, still not reuse


def test_without_suppression_footers_are_reuse(tmp_path: Path) -> None:
    result = run_cli("trace", CORPUS, "--out", tmp_path, "-q", "--no-suppress-boilerplate")
    assert result.exit_code == 0, result.stderr
    documents = {d["doc_id"]: d for d in rows(tmp_path / "documents.csv")}
    assert documents["herald/lifeboat-crew"]["verdict"] != "unique"
    assert documents["herald/lifeboat-crew"]["boilerplate_chars"] == "0"


@pytest.mark.parametrize(
    "text",
    [
        "This content is provided by Spreaker, which may be using cookies and other technologies.",
        "Your support helps us to tell the story. Read more.",
        "Follow for more updates on Britannia Daily",
        "Copyright ©️ 2024 Britannia Daily | All rights reserved.",
        "You may also like",
        "Image: The two leaders held talks before the funeral",
        "We use cookies to give you the best possible experience on our website.",
        "By continuing to use this site, you agree to our use of cookies.",
        "(c) 2025 The Associated Press.",
        "The Associated Press contributed to this report.",
        "Sign up to receive our morning briefing in your inbox.",
        "This article was amended on 3 March to correct a date.",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Story continues below advertisement",
        "The minister at the summit in Brussels. (AP Photo/Virginia Mayo)",
        "Share this article: Facebook Twitter WhatsApp Email",
        "Share on X, LinkedIn, Copy link",
        # real text: PolNeAR's train articles (Breitbart's byline lines, an embed's message)
        "Follow Pam Key on Twitter @pamkeyNEN.",
        "Follow Pam Key On Twitter @pamkeyNEN.",
        "Follow Ian Hanchett on Twitter @IanHanchett",
        "Follow the Midshire Gazette on Facebook for breaking news.",
        "Read the rest of the story at The Hill.",
        "We Are Sorry,This video is restricted from playing in your locationEcode: 17.",
        "(Reporting by David Bailey; Editing by Cynthia Osterman.)",
        "(Additional reporting by Kylie MacLellan; Editing by Michael Holden and Gareth Jones.)",
        "For more, sign up for the What’s Working newsletter.",
        "Editor’s note: Donald Trump regularly incites political violence and is a serial liar "
        "who has repeatedly pledged to ban all Muslims — 1.6 billion members of an entire "
        "religion — from entering the U.S.",
        "Editor's Note — This story has been updated to include a statement from the council.",
        "Editors’ note: An earlier version of this article misstated the date of the vote.",
        "Do you support Donald Trump? Like the page:",
        "Like us on Facebook for more stories from the Midshire Gazette.",
        "Breitbart News Daily airs on SiriusXM Patriot 125 weekdays from 6:00 a.m. to 9:00 a.m. "
        "Eastern.",
        "HUFFPOLLSTER VIA EMAIL! - You can receive this daily update every weekday morning via "
        "email! Just click here, enter your email address, and click “sign up.” That’s all "
        "there is to it (and you can unsubscribe anytime).",
        "As published in the International New York Times.",
        "10 Things to Know for Today.",
        "Your daily look at late-breaking news, upcoming events and the stories that will be "
        "talked about today:",
        "WASHINGTON (AP) — The Latest on campaign 2016 on Super Tuesday (all times Eastern "
        "Standard Time):",
        "LONDON (AP) — The Latest on the election (all times local):",
        "‘OUTLIERS’ - Links to the best of news at the intersection of polling, politics and "
        "political data:",
        "WASHINGTON (AP) — The Latest on the U.S. presidential election (all times local):",
        "The Latest on Hurricane Irma in St. Martin (all times EDT):",
        "10 Things to Know for Monday",
        "COLUMBIA, S.C. (AP) — The Latest on the 2016 presidential election and two crucial "
        "contests Saturday: South Carolina’s Republican primary and Nevada’s Democratic caucuses "
        "(all times are Eastern Standard Time):",
    ],
)
def test_patterns_mark_notices(text: str) -> None:
    assert pattern_paragraphs(text, paragraphs(text), Matcher.build()) == [(0, len(text))]


@pytest.mark.parametrize(
    "text",
    [
        "The bakery sold 3,000 cookies at the fair, and the council welcomed the donations.",
        "Campaigners said they would not give up their support for the new pool.",
        "The minister signed up to the plan on Friday.",
        "The newspaper sued OpenAI for copyright infringement last year.",
        "The Kremlin press office said the talks had been postponed.",
        "The company updated its privacy policy after the ruling.",
        "The change would allow advertisers to keep using third-party cookies.",
        "Polling suggests support today for the measure stands at 41%.",
        "Officials warned the release may be delayed until spring.",
        "The drug is licensed under an agreement with the university.",
        "About 2 million people follow the singer on Instagram.",
        "Residents must download the app to pay for parking.",
        "Newsletter platform Substack said subscriptions had doubled.",
        "Advertisement spending fell by a fifth in the first quarter.",
        "Residents can sign up for the council's flood alerts online.",
        "Please consider supporting the bill, the campaigners wrote.",
        "Share this story on Facebook, the council urged residents at the meeting.",
        "Millions of voters follow Trump on Twitter for his views on the campaign.",
        "Read the full report, the campaigners urged the council.",
        "The video is not available to viewers in the United States, the broadcaster said.",
        "Investigative reporting by the Times found the contract was never signed.",
        "The editor's note on the front page apologised to readers, the council said.",
        "Her editor’s note: a column she wrote every week for the paper, now a book.",
        "Voters like the page of promises the mayor published on Monday.",
        "The series airs on BBC One next spring, the broadcaster said.",
        "The full interview airs on 60 Minutes on Sunday.",
        "The show airs on ITV on Saturdays, and its ratings have fallen.",
        "The story was first published in the International New York Times in 1998.",
        "Ten things to know about the harbour plan before the vote on Tuesday.",
        "10 things to know for today's vote on the harbour plan, from the budget to the moorings.",
        "The latest on the flooding is that all times of the tide are now posted online.",
        "Residents can sign up for the council tax rebate before the newsletter deadline.",
    ],
)
def test_patterns_leave_news_alone(text: str) -> None:
    assert pattern_paragraphs(text, paragraphs(text), Matcher.build()) == []


def test_user_patterns_extend_the_built_in_ones() -> None:
    text = "Hear our weekly radio show every Friday."
    assert pattern_paragraphs(text, paragraphs(text), Matcher.build()) == []
    assert pattern_paragraphs(text, paragraphs(text), Matcher.build([r"\bradio show\b"])) != []


def test_seed_notices_and_pleas_are_counted(tmp_path: Path) -> None:
    require_seeds()
    result = run_cli("trace", SEEDS, "--out", tmp_path, "-q")
    assert result.exit_code == 0, result.stderr
    counted = {
        d["doc_id"][:3]: int(d["boilerplate_chars"]) for d in rows(tmp_path / "documents.csv")
    }
    texts = {p.name[:3]: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}

    def size(doc: str, start: str, end: str) -> int:
        text = texts[doc]
        piece = text[text.index(start) : text.index(end) + len(end)]
        return len("".join(piece.split()))

    spreaker = "This content is provided by Spreaker"
    assert counted["001"] >= 2 * size("001", spreaker, "for this session only.")
    plea = size("004", "Your support helps us", "Your support makes all the difference. Read more")
    assert counted["004"] >= plea
    tail = size("002", "You may also like", "All rights reserved.")
    assert counted["002"] >= tail
    assert counted["000"] == counted["003"] == 0


STORY = (
    "Wildfires forced the evacuation of three villages north of Athens on Tuesday as strong "
    "winds drove the flames towards the coast.\n\n"
    "Firefighters backed by water-dropping planes battled the blaze through the night, the fire "
    "service said.\n\n"
    "Officials said no one had been hurt but dozens of homes had been damaged."
)


def other(n: int) -> str:
    """An article of random words: shares no sentence with any other."""
    rng = random.Random(n)
    words = """harbour council budget school library river bridge market station museum ferry
    tenant orchard quarry festival college hospital runway pier lighthouse garden tramline
    brewery chapel depot reservoir stadium cinema bakery foundry vineyard canal""".split()
    return " ".join(
        " ".join(rng.choice(words) for _ in range(12)).capitalize() + "." for _ in range(4)
    )


def write_corpus(root: Path, docs: dict[str, tuple[str, str]]) -> Path:
    root.mkdir(parents=True)
    lines = ["file,outlet,published"]
    for i, (name, (outlet, text)) in enumerate(sorted(docs.items())):
        (root / name).write_text(text + "\n", encoding="utf-8")
        lines.append(f"{name},{outlet},2025-06-{i + 1:02d}")
    (root / "manifest.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def test_a_wire_story_in_most_of_a_topical_corpus_is_news(tmp_path: Path) -> None:
    docs = {f"wire{i:02d}.txt": (f"Outlet {i}", STORY) for i in range(11)}
    docs.update({f"other{i}.txt": (f"Outlet {i}", other(i)) for i in range(5)})
    root = write_corpus(tmp_path / "corpus", docs)
    assert run_cli("trace", root, "--out", tmp_path / "out", "-q").exit_code == 0
    verdicts = {d["doc_id"]: d["verdict"] for d in rows(tmp_path / "out" / "documents.csv")}
    assert {verdicts[f"wire{i:02d}"] for i in range(1, 11)} == {"syndicated"}
    assert len(rows(tmp_path / "out" / "clusters.csv")) == 1  # three sentences in a row


def test_a_story_one_outlet_runs_three_times_is_news(tmp_path: Path) -> None:
    docs = {f"a{i}.txt": ("A", STORY) for i in range(3)}
    docs.update({f"a-other{i}.txt": ("A", other(i)) for i in range(4)})
    docs["b.txt"] = ("B", STORY)
    root = write_corpus(tmp_path / "corpus", docs)
    assert run_cli("trace", root, "--out", tmp_path / "out", "-q").exit_code == 0
    clusters = rows(tmp_path / "out" / "clusters.csv")
    assert len(clusters) == 1 and {c["kind"] for c in clusters} == {"passage"}
    verdicts = {d["doc_id"]: d["verdict"] for d in rows(tmp_path / "out" / "documents.csv")}
    assert verdicts["b"] == "syndicated"


def test_quotes_in_footers_make_no_cluster(tmp_path: Path) -> None:
    footer = (
        "About the Herald: “We have reported on every council meeting in this town since 1898 "
        "and we will keep doing it,” says our editor, Jane Smith."
    )
    docs = {f"h{i}.txt": ("Herald", other(i) + "\n\n" + footer) for i in range(4)}
    root = write_corpus(tmp_path / "corpus", docs)
    assert run_cli("trace", root, "--out", tmp_path / "out", "-q").exit_code == 0
    assert rows(tmp_path / "out" / "clusters.csv") == []
    assert {d["verdict"] for d in rows(tmp_path / "out" / "documents.csv")} == {"unique"}


def test_trigger_words_never_hide_a_match() -> None:
    """The cheap trigger test gives the same answers as searching every pattern."""
    matcher = Matcher.build()
    marks = test_patterns_mark_notices.pytestmark[0].args[1]  # type: ignore[attr-defined]
    news = test_patterns_leave_news_alone.pytestmark[0].args[1]  # type: ignore[attr-defined]
    seeds = [p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")] if SEEDS.is_dir() else []
    lines = [*marks, *news, *(line for text in seeds for line in text.splitlines())]
    lines += ["Home » News", "0 comments", "ENDS", "Copyright Valley Voice 2025."]
    for line in lines:
        assert matcher.matches(line) == matcher.matches_without_triggers(line), line
        paragraph = f"Before it.  {line}\n After it."  # the paragraph's triggers are enough
        assert matcher.matches(line, matcher.present(paragraph)) == matcher.matches(line), line


@given(
    st.lists(
        st.sampled_from(["home", "sign", " up", "  ", "\t", "recommended", " for you", "©", "x"]),
        max_size=12,
    )
)
def test_present_finds_exactly_the_trigger_words_in_a_paragraph(parts: list[str]) -> None:
    # overlapping ones too ("recommended" inside "recommended for you"), across white space
    matcher = Matcher.build()
    paragraph = "".join(parts)
    lowered = " ".join(paragraph.split()).lower()
    expected = tuple((word, found) for word, found in matcher.triggers if word in lowered)
    assert matcher.present(paragraph) == expected


# paragraphs of trigger words (some of two words) and other words, apart or run together, with
# white space of every kind inside and between them, a sigma whose lower case depends on what
# stands beside it, and hard-wrapped lines
_BODY_PART = st.sampled_from(
    [
        *"x.,Σ \t\u00a0\u2003\x1c\n",
        *["Sign", " up", "sign", "©", "Getty", "ends", "ΟΔΟΣ", "  ", "\n\n", "\n  "],
        "a line of many words that wraps",
    ]
)
_MATCHER = Matcher.build()


@given(st.lists(_BODY_PART, max_size=40).map("".join))
def test_a_body_without_trigger_words_has_none_in_any_paragraph(text: str) -> None:
    """``marked_paragraphs`` asks the whole body for trigger words first: when it holds none,
    no paragraph does, and the paragraphs' triggers are each among the body's."""
    matcher = _MATCHER
    spans = paragraphs(text)
    body = set(boilerplate._body_triggers(text, spans, matcher))
    for start, end in spans:
        assert set(matcher.present(text[start:end])) <= body


_NEWS = "The council voted on Monday to close the old bridge over the river after a long debate."


@given(
    st.lists(st.sampled_from(["Sign up now.", "Getty Images", "ENDS", "A bridge closed.", _NEWS]))
)
def test_marked_paragraphs_as_asking_every_paragraph(lines: list[str]) -> None:
    matcher = _MATCHER
    text = "\n\n".join(lines)
    spans = paragraphs(text)
    sentences = segment_document(Document("d", "d.txt", text, "utf-8", 0), 0, spans)
    marked = boilerplate._marks(text, spans, matcher, boilerplate._sentence_spans(spans, sentences))
    expected = [span for span, is_marked in zip(spans, marked, strict=True) if is_marked]
    if not boilerplate._leaves_text(marked, sentences):
        expected = []
    assert boilerplate.marked_paragraphs(text, spans, sentences, matcher) == expected


def test_a_matcher_crosses_to_worker_processes() -> None:
    matcher = Matcher.build([r"\bwire copy\b"])
    copy = pickle.loads(pickle.dumps(matcher))
    assert copy.extra == matcher.extra and copy.triggers == matcher.triggers
    assert copy.present("Home » News") == matcher.present("Home » News") != ()
    assert copy.matches("Licensed wire copy.") and not copy.matches("A bridge closed.")
    # built once in a process, whatever the number of chunks of work it comes with
    assert pickle.loads(pickle.dumps(matcher)) is copy
    assert pickle.loads(pickle.dumps(Matcher.build())).extra == ()


# Boilerplate is never the whole of a document; an outlet's plea is boilerplate with two articles.

EDGES = ROOT / "fixtures" / "boilerplate-edges"
HARBOUR_ROAD = (EDGES / "dispatch" / "harbour-road-1.txt").read_text()
CAPTION = (
    "Photo: Firefighters tackle the blaze that destroyed the end of the Victorian pier at Saltby "
    "on Tuesday night, watched by hundreds of people on the promenade. (Coast Pictures/Anna Price)"
)
PLEA = "Subscribe to the Daily Ledger for £1 a week. Cancel anytime."
SHARED_NEWS = (
    "The RMT says crews have not had a pay rise since 2022 and that two deckhands on a night "
    "crossing is unsafe in winter weather."
)


def read(text: str) -> tuple[str, list[tuple[int, int]], list[Sentence]]:
    body = paragraphs(text)
    return text, body, segment_document(Document.from_text(text, doc_id="d"), 0, body)


def marked(text: str) -> list[str]:
    text, body, sentences = read(text)
    found = boilerplate.marked_paragraphs(text, body, sentences, Matcher.build())
    return [text[s:e] for s, e in found]


def pleas(text: str) -> list[tuple[str, End]]:
    text, body, sentences = read(text)
    notices = boilerplate.marked_paragraphs(text, body, sentences, Matcher.build())
    return [
        (text[s:e], end) for s, e, end in boilerplate.edge_pleas(text, body, sentences, notices)
    ]


def test_a_caption_page_keeps_its_caption() -> None:
    assert marked(CAPTION) == []
    # the patterns still mark it (a page of notices is no article: inputs.html_pages)
    assert pattern_paragraphs(CAPTION, paragraphs(CAPTION), Matcher.build()) != []
    # short lines beside it, or a sentence too short to match, are not text of the page's own
    assert marked(f"Gallery\n\n{CAPTION}\n\nShare") == []
    assert marked(f"{CAPTION}\n\nPictured above.") == []
    article = f"{STORY}\n\n{CAPTION}"
    assert marked(article) == [CAPTION]


def test_a_page_of_notices_keeps_them() -> None:
    notices = (
        "We use cookies to give you the best possible experience on our website.\n\n"
        "Sign up to our newsletter for the best of the Herald in your inbox."
    )
    assert marked(notices) == []
    assert marked(f"{notices}\n\n{STORY}") == notices.split("\n\n")


@pytest.mark.parametrize(
    "text",
    [
        PLEA,
        "Support independent journalism: become a Courier member from £3 a month.",
        "Not a subscriber yet? Start your free trial today.",
        "Donate to the Gazette and keep local news free for everyone.",
        "Follow the Midshire Gazette on Facebook for breaking news.",
        "Follow us on Instagram and TikTok.",
        "Become a member today and get unlimited access to every story.",
        "Join 40,000 readers who get our morning briefing.",
        "Get the latest headlines straight to your inbox.",
        "Don't miss out – sign-up for our free weekly newsletter.",
        "Help us keep the Echo free to read.",
        "Got a story? Email the newsdesk in confidence.",
        "Thank you for reading. We rely on readers like you.",
        # the real seeds' plea and tail
        "Your donation allows us to keep sending journalists to speak to both sides of the story.",
        "Your support makes all the difference.",
        "Follow for more updates on Britannia Daily",
    ],
)
def test_pleas_read_as_pleas(text: str) -> None:
    assert pleas(f"{STORY}\n\n{text}") == [(text, End.LAST)]


NEWS = [
    "The talks resume on Monday.",
    "The appeal has raised £40,000 so far, and donations can still be made at any branch.",
    "The charity urged people to donate to its winter appeal.",
    "Support for the measure stands at 41%, a poll for the Ledger found.",
    "Subscribers will pay £2 more a month from April.",
    "Newsletter platform Substack said subscriptions had doubled.",
    "He will become a member of the House of Lords next month.",
    "Residents can sign up for the council's flood alerts online.",
    "Follow-up talks are planned for next week.",
    "Campaigners said they would not give up their support for the new pool.",
    "Get-togethers of more than six people were banned in the spring.",
]


@pytest.mark.parametrize("text", NEWS)
def test_news_does_not_read_as_a_plea(text: str) -> None:
    assert pleas(f"{STORY}\n\n{text}") == []
    assert pleas(f"{text}\n\n{STORY}") == []


def test_no_news_of_the_seeds_reads_as_a_plea() -> None:
    require_seeds()
    for path in SEEDS.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        for paragraph in text.split("\n"):
            found = boilerplate.reads_as_plea(paragraph)
            if found and path.name[:3] in {"000", "003"}:  # news only, no boilerplate
                pytest.fail(f"{path.name}: {paragraph!r}")


def test_plea_trigger_words_never_hide_a_plea() -> None:
    """The cheap trigger test gives the same answers as searching every plea pattern."""
    pleas_ = test_pleas_read_as_pleas.pytestmark[0].args[1]  # type: ignore[attr-defined]
    seeds = [p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")] if SEEDS.is_dir() else []
    lines = [*pleas_, *NEWS, *(line for text in seeds for line in text.splitlines())]
    lines += ["THANKS FOR READING!", "Cancel at any time", "We depend on our readers."]
    for line in lines:
        assert reads_as_plea(line) == reads_as_plea_without_triggers(line), line
    assert sum(map(reads_as_plea, lines)) >= len(pleas_) + 3  # the oracle is not idle


def test_pleas_are_found_only_at_either_end() -> None:
    head = "Support independent journalism: become a Courier member from £3 a month."
    text = f"{head}\n\n{STORY}\n\n{PLEA}\n\nNewsletter\n\n© Daily Ledger 2025."
    assert pleas(text) == [(head, End.FIRST), (PLEA, End.LAST)]
    assert pleas(f"{STORY}\n\n{PLEA}\n\nThe talks resume on Monday.") == []  # news after it
    assert pleas(f"{PLEA}\n\n{head}") == []  # pleas and nothing else: the whole document


class Member(NamedTuple):
    doc: int


class Outlet(NamedTuple):
    outlet: str | None


def learned(
    outlets: Sequence[str | None],
    groups: Sequence[Sequence[int]],
    ends: Sequence[Sequence[End]] | None = None,
    text: Sequence[int] | None = None,
    pages: Sequence[bytes | None] | None = None,
) -> set[int]:
    """``boilerplate.learned`` of components given as the documents of their members."""
    documents = [Outlet(outlet) for outlet in outlets]
    sentences = [Member(d) for group in groups for d in group]
    numbered, start = [], 0
    for group in groups:
        numbered.append(list(range(start, start + len(group))))
        start += len(group)
    flat = None if ends is None else [end for group in ends for end in group]
    counts = boilerplate.CorpusCounts.of(documents, pages)
    return boilerplate.learned(
        numbered, sentences, documents, 3, 0.5, counts, flat, text, None, pages
    )


def test_an_outlets_copies_of_one_page_count_once() -> None:
    """An outlet's only articles are one page crawled three times: each of its sentences is
    in all of them, and none is its footer (the copies are copies)."""
    outlets = ["Dispatch"] * 3
    assert learned(outlets, [[0, 1, 2]], text=[4, 4, 4]) == {0}  # three pages: a footer
    assert learned(outlets, [[0, 1, 2]], text=[4, 4, 4], pages=[b"p"] * 3) == set()
    # a footer of three pages, one of them crawled twice
    four = [*outlets, "Dispatch"]
    assert learned(four, [[0, 1, 2, 3]], text=[4] * 4, pages=[b"p", b"q", b"r", b"p"]) == {0}
    assert learned(four, [[0, 1, 2, 3]], text=[4] * 4, pages=[b"p", b"q", b"q", b"p"]) == set()
    # the same words printed by three outlets are three documents; a page without words is
    # a page of its own
    corpus = boilerplate.CorpusCounts.of(
        [Outlet("A"), Outlet("B"), Outlet("C"), Outlet("A"), Outlet("A")],
        [b"p", b"p", b"p", b"p", None],
    )
    assert corpus == boilerplate.CorpusCounts(4, {"A": 2, "B": 1, "C": 1})
    words = [np.asarray([1, 2], np.uint64), np.asarray([1, 2], np.uint64), np.empty(0, np.uint64)]
    keys = boilerplate.page_keys(words)
    assert keys[0] == keys[1] and len(keys[0] or b"") == 16 and keys[2] is None


def test_an_outlets_plea_needs_two_of_its_articles_at_the_same_end() -> None:
    last, first, none = End.LAST, End.FIRST, End.NONE
    two = ["Ledger", "Ledger"]
    assert learned(two, [[0, 1]], [[last, last]]) == {0}
    assert learned(two, [[0, 1]], [[first, first]]) == {0}
    assert learned(two, [[0, 1]]) == set()  # where they lie not known
    assert learned(two, [[0, 1]], [[last, first]]) == set()
    assert learned(two, [[0, 1]], [[last, none]]) == set()  # news in the middle of one
    assert learned(["Ledger", "Post"], [[0, 1]], [[last, last]]) == set()  # two outlets
    assert learned([None, None], [[0, 1]], [[last, last]]) == set()  # outlets not known
    assert learned(["Ledger"], [[0, 0]], [[last, last]]) == set()  # one document


def test_a_learned_component_leaves_each_document_its_text() -> None:
    outlets = ["Pictures"] * 3
    assert learned(outlets, [[0, 1, 2]]) == {0}  # a footer of the outlet's every article
    assert learned(outlets, [[0, 1, 2]], text=[1, 1, 1]) == set()  # each page is all caption
    assert learned(outlets, [[0, 1, 2]], text=[2, 2, 2]) == {0}  # pages with text of their own
    # a footer in the outlet's articles stays one when an empty page holds only it
    assert learned([*outlets, "Pictures"], [[0, 1, 2, 3]], text=[5, 4, 6, 1]) == {0}
    two = ["Ledger", "Ledger"]
    assert learned(two, [[0, 1]], [[End.LAST] * 2], text=[1, 1]) == set()  # pleas, nothing else
    assert learned(two, [[0, 1]], [[End.LAST] * 2], text=[3, 4]) == {0}


@given(
    st.lists(st.sampled_from(["a", "b", "c", None]), min_size=1, max_size=30),
    st.lists(
        st.lists(st.tuples(st.integers(0, 29), st.sampled_from(list(End))), min_size=1),
        max_size=6,
    ),
)
def test_what_could_be_learned_includes_every_plea(
    outlets: list[str | None], groups: list[list[tuple[int, End]]]
) -> None:
    """Callers put to the rules what ``could_be_learned`` lets through and any component with a
    member in a plea at an end: nothing ``learned`` finds is left out."""
    docs = [[d % len(outlets) for d, _ in group] for group in groups]
    ends = [[end for _, end in group] for group in groups]
    found = learned(outlets, docs, ends)
    counts = boilerplate.CorpusCounts.of(Outlet(outlet) for outlet in outlets)
    n_docs = np.asarray([len(set(group)) for group in docs], np.int64)
    could = boilerplate.could_be_learned(n_docs, 3, 0.5, counts)
    assert all(could[c] or any(ends[c]) for c in found)


def test_text_sentences_counts_what_lies_outside_notices() -> None:
    sentences = [Member(0), Member(0), Member(2), Member(0)]
    assert boilerplate.text_sentences(sentences, [False, True, False, False], 3) == [2, 0, 1]


def test_sentence_ends_are_those_of_their_paragraphs() -> None:
    text, body, sentences = read(f"{STORY}\n\n{PLEA}")
    found = boilerplate.edge_pleas(text, body, sentences, [])
    ends = boilerplate.sentence_ends(sentences, [found])
    assert [text[s.start : s.end] for s, end in zip(sentences, ends, strict=True) if end] == [
        "Subscribe to the Daily Ledger for £1 a week.",
        "Cancel anytime.",
    ]
    assert set(ends) == {End.NONE, End.LAST}


@pytest.mark.parametrize("outlet", ["Coast Pictures", None])
def test_identical_caption_pages_are_copies(outlet: str | None) -> None:
    """Three copies of a one-paragraph photo caption page: shared, not boilerplate (with an
    outlet, they are also all three of its articles, as a footer would be)."""
    pages = [
        Document.from_text(CAPTION, doc_id=f"pier-fire-{i}", outlet=outlet, published="2025-06-10")
        for i in range(3)
    ]
    found = provenance.trace(pages)
    clusters = found.clusters_frame()
    assert clusters["doc_ids"].to_list() == ["pier-fire-0;pier-fire-1;pier-fire-2"]
    assert CAPTION.startswith(clusters["text"].to_list()[0])
    documents = found.documents_frame()
    assert "unique" not in documents["verdict"].to_list()
    assert documents["boilerplate_chars"].to_list() == [0, 0, 0]


def ledger(doc_id: str, paragraphs: list[str], published: str) -> Document:
    return Document.from_text(
        "\n\n".join(paragraphs), doc_id=doc_id, outlet="Daily Ledger", published=published
    )


def test_a_two_article_outlets_plea_is_no_cluster_but_its_shared_news_is() -> None:
    strike = ledger(
        "ferry-strike",
        [
            "Crews on the Saltby to Holm ferry have voted to strike for four days next month in "
            "a dispute over staffing on the night sailings.",
            SHARED_NEWS,
            "Holm Ferries said it was disappointed by the result and that its crewing levels had "
            "been approved by the Maritime and Coastguard Agency.",
            PLEA,
        ],
        "2025-06-02",
    )
    timetable = ledger(
        "ferry-timetable",
        [
            "Holm Ferries will run four sailings a day instead of six between November and "
            "March, the operator announced on Wednesday.",
            SHARED_NEWS,
            "Island councillor Morag Innes said the cuts would cut Holm off from the rest of the "
            "county every evening.",
            PLEA,
        ],
        "2025-06-04",
    )
    elsewhere = Document.from_text(other(1), doc_id="other", outlet="Valley Post")
    found = provenance.trace([strike, timetable, elsewhere])
    assert found.clusters_frame()["text"].to_list() == [SHARED_NEWS]
    documents = {d["doc_id"]: d for d in found.documents_frame().iter_rows(named=True)}
    assert documents["ferry-timetable"]["copied_from"] == "ferry-strike"
    # its matchable sentence: "Cancel anytime." is too short to be matched, or learned
    plea_sentence = "Subscribe to the Daily Ledger for £1 a week."
    assert documents["ferry-strike"]["boilerplate_chars"] == len("".join(plea_sentence.split()))
    kept = provenance.trace([strike, timetable], Settings(keep_boilerplate=True))
    kinds = dict(zip(*kept.clusters_frame()[["text", "kind"]], strict=True))
    assert kinds == {SHARED_NEWS: "passage", plea_sentence: "boilerplate"}


def test_a_plea_two_outlets_share_is_reuse() -> None:
    docs = [
        Document.from_text(f"{other(i)}\n\n{PLEA}", doc_id=f"d{i}", outlet=f"Outlet {i}")
        for i in range(2)
    ]
    texts = provenance.trace(docs).clusters_frame()["text"].to_list()
    assert len(texts) == 1 and texts[0].startswith("Subscribe to the Daily Ledger for £1 a week.")


@pytest.fixture(scope="module")
def edges(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, str]]:
    out = traced(tmp_path_factory, EDGES, "-q")[0]
    clusters = rows(out / "clusters.csv")
    return {
        "clusters": {c["doc_ids"]: c["text"] for c in clusters},
        "verdicts": {d["doc_id"]: d["verdict"] for d in rows(out / "documents.csv")},
    }


def test_edges_fixture_pleas_are_boilerplate_and_news_is_reuse(
    edges: dict[str, dict[str, str]],
) -> None:
    expected = {
        "pictures/pier-fire-1;pictures/pier-fire-2;pictures/pier-fire-3": CAPTION,
        "dispatch/harbour-road-1;dispatch/harbour-road-2;dispatch/harbour-road-3": HARBOUR_ROAD,
        "ledger/ferry-strike;ledger/ferry-timetable": SHARED_NEWS,
        "post/flood-appeal;post/flood-clean-up": "The appeal has raised £40,000 so far, and "
        "donations can still be made at any branch of the Valley Building Society.",
    }
    assert edges["clusters"].keys() == expected.keys()
    for doc_ids, text in edges["clusters"].items():  # a sentence, or the passage it opens
        assert expected[doc_ids].startswith(text), text
    verdicts = edges["verdicts"]
    assert verdicts["courier/bypass-vote"] == verdicts["courier/bypass-protest"] == "unique"
    assert all(verdicts[f"pictures/pier-fire-{i}"] != "unique" for i in (1, 2, 3))
    # the Holm Dispatch's only articles, one page crawled three times: copies, no footer
    harbour = [verdicts[f"dispatch/harbour-road-{i}"] for i in (1, 2, 3)]
    assert harbour == ["original", "syndicated", "syndicated"]


def test_edges_fixture_gives_the_same_reports_in_parts(tmp_path: Path) -> None:
    from tests.test_low_memory import same_reports

    same_reports(EDGES, tmp_path, Settings())


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from provenance.pipeline.spark import spark_session
    from tests.test_spark_cluster import _require_spark

    _require_spark()
    started = spark_session("local[2]")
    yield started
    started.stop()


@pytest.mark.slow
def test_edges_fixture_gives_the_local_reports_on_spark(spark: Any, tmp_path: Path) -> None:
    from tests.test_spark_cluster import same_reports

    same_reports(EDGES, tmp_path, spark)


PLEA_PIECES = ["Please ", "subscribe", "cancel", " any time", " anytime", "Free trial", " "]
PLEA_PIECES += ["\n", "unlimited", " access", "THANK", "s for reading", "our ", "newsletter", "x. "]


@given(st.lists(st.sampled_from(PLEA_PIECES), max_size=10))
def test_plea_trigger_words_never_hide_a_plea_at_random(parts: list[str]) -> None:
    sentence = "".join(parts)
    assert reads_as_plea(sentence) == reads_as_plea_without_triggers(sentence)


# stock sentences: someone's not answering (PolNeAR's train split, most of them), an
# interview's editorial note
_UNANSWERED = [
    "The Clinton campaign did not respond to a request for comment.",
    "Singer and Faso did not immediately respond to a request for comment.",
    "The Trump campaign did not respond to several questions about the aircraft.",
    "Manafort did not respond to requests for an interview.",
    "The Clinton campaign did not respond to USA TODAY's questions about the donations.",
    "Hope Hicks, a spokeswoman for Trump, did not respond to a request for comment.",
    "Fields did not reply to a request for comment Tuesday.",
    "Sanders’ campaign didn’t immediately return a request seeking comment.",
    "Justice Department spokeswoman Nicole A. Navas declined to comment.",
    "A Justice Department spokeswoman declined to comment on Chaffetz's latest request.",
    "Campaign and legal representatives for Trump could not be reached for comment Saturday.",
    "He didn't return phone calls seeking comment.",
    "Braynard and Chrabaszcz did not respond to interview requests.",
    "The Sanders campaign did not return a request for comment on what else he has done on Flint.",
    # a day after the verb (AP's way), questions not answered "immediately"
    "A Supreme Court spokeswoman did not immediately respond Wednesday to a reporter’s request "
    "for comment on Trump’s criticism.",
    "Bopp did not immediately respond to questions about the proposed platform language.",
    "The White House declined on Monday to comment on the report.",
    # an interview's editorial note (USA Today's Q&As in PolNeAR's train split)
    "Questions and answers have been edited for length and clarity.",
    "This interview has been condensed and edited.",
    "The conversation has been lightly edited for clarity.",
    "This interview was edited and condensed for clarity.",
    "The following interview has been condensed and lightly edited.",
    "Interviews have been edited for length, clarity and style.",
]
# sentences that say more, or no answer to a request at all
_ANSWERED = [
    "Lewandowski, who did not respond to a request for comment, has denied writing a book.",
    "The minister did not respond to criticism from the opposition.",
    "Officials did not respond to the attack for three days.",
    "He declined to comment on the investigation, but said the company would cooperate.",
    "Russia has not responded to the proposal.",
    "The company did not respond to questions about its finances, which are under scrutiny.",
    "“We did not respond to the request for comment,” she said.",
    "The agency did not respond to the request because the deadline had passed weeks ago.",
    "A spokeswoman for Janney also declined to comment, saying that nobody involved remains.",
    "The transcript has been edited to remove the names of the witnesses, the court said.",
    "Her answers have been edited for length by the council before publication.",
    # a review's misfires of a first version
    "A deal could not be reached.",
    "After nine hours of talks on pay and pensions, agreement could not be reached.",
    "Syria did not respond to the U.N. request.",
    "Iran has not responded to the latest requests.",
    "Trump has not answered questions about his taxes.",
    "Trump did not respond to questions about his taxes during the debate.",
    "The senator did not immediately respond to the attack on Wednesday.",
    "The company's shares fell 12 percent on Friday and its chief executive declined to comment.",
    "The transcript has been edited.",
]
_NEWS = (
    "The harbour board met on Monday to discuss the sale of the moorings.\n\n"
    "Members voted by six to three to delay the decision until the spring.\n\n"
)


@pytest.mark.parametrize("sentence", [*_UNANSWERED, *_ANSWERED])
def test_only_a_stock_sentence_is_marked(sentence: str) -> None:
    """The sentence alone is marked, never the paragraph around it."""
    text = _NEWS + f"The chairman left early. {sentence} The vote stands.\n"
    doc = Document.from_text(text, doc_id="d")
    sentences = segment_document(doc, 0)
    found = boilerplate.stock_sentences(text, sentences, [])
    at = text.index(sentence)
    assert found == ([(at, at + len(sentence))] if sentence in _UNANSWERED else [])


def test_an_unanswered_request_is_never_all_of_a_document() -> None:
    """A document that is its unanswered request (and a short line) keeps it, as a page that
    is one caption keeps its caption."""
    text = "Update.\n\nThe Clinton campaign did not respond to a request for comment.\n"
    doc = Document.from_text(text, doc_id="d")
    sentences = segment_document(doc, 0)
    assert boilerplate.stock_sentences(text, sentences, []) == []
    marked = [(0, len(_NEWS) - 2)]  # the news, marked by a pattern: nothing of its own left
    text = _NEWS + "The Clinton campaign did not respond to a request for comment.\n"
    doc = Document.from_text(text, doc_id="d")
    assert boilerplate.stock_sentences(text, segment_document(doc, 0), marked) == []


def test_two_articles_alike_only_in_an_unanswered_request_share_nothing(
    tmp_path_factory: pytest.TempPathFactory, corpus: Any
) -> None:
    """PolNeAR's train split: "The Clinton campaign did not respond to a request for
    comment." and "... did not immediately respond to a request for comment." joined 17
    articles into one passage cluster. The lines count as boilerplate; the news around them,
    when copied, is still reuse."""
    copied = "Members voted by six to three to delay the decision until the spring of next year."
    a = (
        "The harbour board met on Monday to discuss the sale of the moorings in the bay.\n\n"
        "The Clinton campaign did not respond to a request for comment.\n\n" + copied + "\n"
    )
    b = (
        "Fishermen gathered outside the town hall in the rain to protest against the plan.\n\n"
        "A spokesman for the mayor did not immediately respond to a request for comment.\n\n"
        + copied
        + "\n"
    )
    out, _ = traced(tmp_path_factory, corpus({"a.txt": a, "b.txt": b}), "-q")
    [cluster] = rows(out / "clusters.csv")
    assert cluster["text"] == copied
    documents = {d["doc_id"]: d for d in rows(out / "documents.csv")}
    assert int(documents["a"]["boilerplate_chars"]) == len(
        "TheClintoncampaigndidnotrespondtoarequestforcomment."
    )
    assert [p["link"] for p in rows(out / "pairs.csv")] == ["passage"]


def test_copies_with_a_stock_sentence_are_still_identical(
    tmp_path_factory: pytest.TempPathFactory, corpus: Any
) -> None:
    """Two undated copies of one page whose stock sentence (masked) has a line too short to
    match after it: the words between masked ones are aligned as the copies' own, so the copy
    is all copied and the two are ``identical`` (a review of the stock-sentence rule saw them
    both ``partial`` at 0.9373, the short line in no passage)."""
    page = (
        "The harbour board met on Monday to discuss the sale of the moorings in the bay.\n\n"
        "Members voted by six to three to delay the decision until the spring of next year.\n\n"
        "A spokeswoman for the board did not respond to a request for comment.\n\n"
        "Developing story.\n"
    )
    out, _ = traced(tmp_path_factory, corpus({"a.txt": page, "b.txt": page}), "-q")
    documents = {d["doc_id"]: d for d in rows(out / "documents.csv")}
    assert [documents["b"][k] for k in ("copied_from", "copied_share", "direction_basis")] == [
        "a",
        "1.0000",
        "identical",
    ]
    assert int(documents["b"]["boilerplate_chars"]) > 0
