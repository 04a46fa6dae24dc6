"""Boilerplate: footers learned per outlet, notices and pleas by pattern, never counted as reuse.

The fixture (fixtures/boilerplate): two outlets, four articles each, every article ending with
its outlet's footer (a publisher line no pattern knows, a newsletter sign-up, a copyright line);
one story syndicated from one outlet to the other; one story the Herald reprints from its own
archive; five articles whose only overlap with anything is their footer.
"""

from __future__ import annotations

import pickle
import random
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.text.boilerplate import Matcher, pattern_paragraphs
from provenance.text.segment import paragraphs
from tests.conftest import ROOT, SEEDS, require, rows, run_cli, traced
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
    ],
)
def test_patterns_leave_news_alone(text: str) -> None:
    assert pattern_paragraphs(text, paragraphs(text), Matcher.build()) == []


def test_user_patterns_extend_the_built_in_ones() -> None:
    text = "Hear our weekly radio show every Friday."
    assert pattern_paragraphs(text, paragraphs(text), Matcher.build()) == []
    assert pattern_paragraphs(text, paragraphs(text), Matcher.build([r"\bradio show\b"])) != []


def test_seed_notices_and_pleas_are_counted(tmp_path: Path) -> None:
    require(SEEDS.is_dir(), f"the seed articles are not at {SEEDS}")
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


def test_a_matcher_crosses_to_worker_processes() -> None:
    matcher = Matcher.build([r"\bwire copy\b"])
    copy = pickle.loads(pickle.dumps(matcher))
    assert copy.extra == matcher.extra and copy.triggers == matcher.triggers
    assert copy.present("Home » News") == matcher.present("Home » News") != ()
    assert copy.matches("Licensed wire copy.") and not copy.matches("A bridge closed.")
