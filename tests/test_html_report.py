"""The HTML report: self-contained, escaped, offsets converted in Python; and in a browser.

The browser tests drive Debian's Chromium (/usr/bin/chromium) with Playwright for Python; they
skip where either is missing, except under CI=true, where .ci/run installs both. Screenshots
are saved in test-artifacts/ at the top of the checkout.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from benchmarks.html_benchmark import CHROMIUM, CHROMIUM_ARGS
from provenance.reports.html import _pieces, word_diff
from provenance.reports.tables import read_rows
from tests.conftest import ROOT, SEEDS, require, require_seeds, run_cli

ARTIFACTS = ROOT / "test-artifacts"
XSS = ROOT / "fixtures" / "xss"


def html_for(corpus: Path, tmp_path: Path) -> Path:
    page = tmp_path / "report.html"
    result = run_cli("trace", corpus, "--out", tmp_path / "out", "-q", "--html", page)
    assert result.exit_code == 0, result.stderr
    return page


def embedded(page: str, key: str = "data") -> Any:
    """The JSON of the page's element ``key``: ``data`` the tables, ``c<k>`` the k-th cluster's
    page, ``d<k>`` the k-th document's text; None where the page has no such element."""
    found = re.search(rf'<script id="{key}" type="application/json">(.*?)</script>', page, re.S)
    return None if found is None else json.loads(found.group(1))


def text_of(page: str, doc_id: str) -> str | None:
    """A document's text as its page shows it, or None where the page has none."""
    keys = [d["id"] for d in embedded(page)["documents"]]
    pieces = embedded(page, f"d{keys.index(doc_id)}")
    return None if pieces is None else "".join(piece for piece, _ in pieces)


def test_the_page_is_self_contained_and_escapes_article_text(tmp_path: Path) -> None:
    page = html_for(XSS, tmp_path).read_text(encoding="utf-8")
    assert "<script>window" not in page and "<img" not in page  # no tag of the article's
    # the tables, the page's own script, which alone runs, then each page's data
    tags = re.findall(r"<script[^>]*>", page)
    assert tags[:2] == ['<script id="data" type="application/json">', "<script>"]
    assert page.count("</script>") == len(tags) > 2
    assert all(re.fullmatch(r'<script id="[cd]\d+" type="application/json">', t) for t in tags[2:])
    assert not re.search(r"""(src|href)=["']?https?:""", page)
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    first = text_of(page, "first")
    assert first is not None and "<script>window.__pwned" in first  # as text, shown as text


def test_pieces_rebuild_the_text_and_mark_the_innermost_passage() -> None:
    text = "Outer start. Inner quote here. Outer end.\n"
    spans = [(0, 41, "outer"), (13, 30, "inner")]
    pieces = _pieces(text, spans)
    assert "".join(str(p) for p, _ in pieces) == text
    assert pieces == [
        ["Outer start. ", "outer"],
        ["Inner quote here.", "inner"],
        [" Outer end.", "outer"],
        ["\n", None],
    ]


def test_offsets_of_astral_characters_are_cut_in_code_points() -> None:
    text = "🎉 Party time at the harbour tonight, said the mayor.\n"
    start = text.index("Party")
    pieces = _pieces(text, [(start, start + 10, "c")])
    assert pieces[1] == ["Party time", "c"]


def test_word_diff_shows_truncation_insertion_and_punctuation() -> None:
    earliest = "“We will not back down,” she said on Monday."
    assert word_diff(earliest, '"We will not back down," she said on Monday.') == [
        ["=", '"We will not back down," she said on Monday.']
    ]
    assert word_diff(earliest, "We will not back down") == [
        ["-", "“We"],
        ["+", "We"],
        ["=", "will not back"],
        ["-", "down,” she said on Monday."],
        ["+", "down"],
    ]
    assert ["+", "firmly"] in word_diff(
        earliest, "“We will firmly not back down,” she said on Monday."
    )


def test_a_fragments_diff_keeps_only_the_earliest_words_around_it() -> None:
    before = " ".join(f"b{k}" for k in range(20))
    after = " ".join(f"a{k}" for k in range(20))
    earliest = f"{before} the heart of the matter {after}"
    assert word_diff(earliest, "the heart of the matter") == [
        ["…", ""],
        ["-", " ".join(f"b{k}" for k in range(12, 20))],
        ["=", "the heart of the matter"],
        ["-", " ".join(f"a{k}" for k in range(8))],
        ["…", ""],
    ]
    short = word_diff("one two three four", "three four")  # a short cut is kept whole
    assert short == [["-", "one two"], ["=", "three four"]]


def test_report_command_rebuilds_the_same_page_from_the_reports(tmp_path: Path) -> None:
    page = html_for(XSS, tmp_path)
    again = tmp_path / "again.html"
    result = run_cli("report", tmp_path / "out", "--html", again)
    assert result.exit_code == 0, result.stderr
    assert again.read_bytes() == page.read_bytes()
    missing = run_cli("report", tmp_path / "nowhere", "--html", tmp_path / "x.html")
    assert missing.exit_code == 2 and "no reports here" in missing.stderr


def test_report_reads_records_with_the_traced_field_names(tmp_path: Path) -> None:
    story = "The harbour board said the new sea wall would be finished before winter storms."
    records = [{"uid": k, "body": f"{story} Report {k} adds more.", "text": "decoy"} for k in "ab"]
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "dump.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    page = tmp_path / "traced.html"
    flags = ("--text-field", "body", "--id-field", "uid", "--html", page)
    assert run_cli("trace", corpus, "--out", tmp_path / "out", "-q", *flags).exit_code == 0
    again = tmp_path / "again.html"
    result = run_cli("report", tmp_path / "out", "--html", again)
    assert result.exit_code == 0, result.stderr
    assert "(2 document texts)" in result.stdout
    assert again.read_bytes() == page.read_bytes()


def test_report_leaves_out_texts_that_changed_since_the_trace(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    shutil.copytree(XSS, corpus)
    assert run_cli("trace", corpus, "--out", tmp_path / "out", "-q").exit_code == 0
    second = corpus / "second.txt"
    second.write_text("date 2025-05-03\nAn extra first line.\n" + second.read_text()[16:])
    result = run_cli("report", tmp_path / "out", "--html", tmp_path / "r.html")
    assert result.exit_code == 0
    assert "warning: second: its text differs from the traced one; shown without it" in (
        result.stderr
    )
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert {d["id"]: d["has_text"] for d in embedded(page)["documents"]} == {
        "first": True,
        "second": False,
    }
    assert text_of(page, "first") is not None and text_of(page, "second") is None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    require(CHROMIUM.exists(), "Chromium is not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        require(False, "Playwright for Python is not installed (pip install playwright)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def opened(browser: Any, page_path: Path) -> Any:
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(page_path.as_uri())
    page.wait_for_selector("body[data-ready='1']")
    page.errors = errors
    return page


@pytest.mark.slow
def test_browser_follows_the_downing_street_readout(browser: Any, tmp_path: Path) -> None:
    require_seeds()
    page = opened(browser, html_for(SEEDS, tmp_path))
    spoken = page.locator("tbody tr", has_text="Downing Street spokeswoman")
    assert spoken.count() == 2  # the readout, one passage from opening to close, and a quote
    readout = page.locator("tbody tr", has_text="reiterating the UK’s concrete support")
    assert readout.count() == 1
    whole = readout.get_by_role("link").first.get_attribute("title")  # the row cuts it short
    assert whole is not None and "irreversible path to Nato" in whole  # the readout's last line
    quote = page.locator("tbody tr", has_text="international unity and support for Ukraine")
    assert "Downing Street spokeswoman" in quote.first.inner_text()
    # the seeds name no outlets: unknown, never a doc_id in the outlet column
    assert "\tunknown\t" in readout.inner_text() and "_8b34f1de" not in readout.inner_text()
    # no syndicated copy among the seeds: said in words, not a table of headers alone
    assert page.locator("p.empty", has_text="No document is a syndicated copy.").count() == 1
    # who shares with whom: 001 shares a passage with 002 (undated: no direction; a new-user
    # trial read "cannot be told" of pairs whose dates order them, each copied from a third);
    # 000 and 001 both quote the readout, a quotation link, which copies nothing
    unordered = page.locator("tbody tr", has_text="neither is the other's source")
    pair = unordered.filter(has_text="001_a860ac67ae94cb07")
    assert pair.count() == 1 and "002_382f563c0c54cd26" in pair.inner_text()
    assert unordered.filter(has_text="000_8b34f1de4ab78021").count() == 0
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "seeds-overview.png"), full_page=True)
    # on a phone the page fits the screen: wide tables scroll inside their boxes
    page.set_viewport_size({"width": 390, "height": 844})
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=str(ARTIFACTS / "seeds-overview-phone.png"), full_page=True)
    page.set_viewport_size({"width": 1200, "height": 900})
    readout.get_by_role("link").filter(has_text="concrete support for Ukraine").click()
    page.wait_for_selector("#timeline")
    title = page.inner_text("h1")  # what the cluster is and who said it, not just "Quote"
    assert title.startswith("Quote by Downing Street spokeswoman: Downing Street"), title
    assert title.endswith("…") and len(title) < 130, title
    page_text = page.inner_text("main")
    assert "Printed by 2 documents (outlets unknown)" in page_text  # never "of 2 outlets"
    assert "(15 Feb 2025)" in page_text  # dates as people write them, not ISO
    undated = page.inner_text("#timeline .undated")  # 001 prints it in three places: once
    assert undated.count("001_a860ac67ae94cb07") == 1 and "(3 places)" in undated, undated
    shown = {
        page.locator("#timeline [data-doc]").nth(k).get_attribute("data-doc") for k in range(2)
    }
    assert shown == {"000_8b34f1de4ab78021", "001_a860ac67ae94cb07"}
    pairs = page.locator("#side-by-side .pair")
    assert pairs.count() == 3  # 001 reprints the readout, then re-quotes two of its fragments
    text = pairs.first.inner_text()
    assert "000_8b34f1de4ab78021" in text and "001_a860ac67ae94cb07" in text
    assert "reiterating the UK’s concrete support for Ukraine" in text
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "readout-cluster.png"), full_page=True)
    pairs.first.locator("a", has_text="001_a860ac67ae94cb07").click()
    page.wait_for_selector(".doctext a.passage")
    assert page.locator(".doctext a.passage").count() >= 5
    assert "of its text is shared with other documents" in page.inner_text("main")
    page.screenshot(path=str(ARTIFACTS / "seeds-document.png"), full_page=True)
    assert page.errors == []


@pytest.mark.slow
def test_browser_shows_script_payloads_as_text(browser: Any, tmp_path: Path) -> None:
    page = opened(browser, html_for(XSS, tmp_path))
    page.goto(page.url.split("#")[0] + "#/doc/second")
    page.wait_for_selector(".doctext")
    assert '<script>window.__pwned = "script";</script>' in page.inner_text(".doctext")
    assert "onerror=\"window.__pwned='img'\"" in page.inner_text(".doctext")
    page.locator(".doctext a.passage").first.click()
    page.wait_for_selector("#side-by-side")
    assert "<script>" in page.inner_text("#side-by-side")
    assert page.evaluate("window.__pwned === undefined")
    assert page.locator("main img, main script").count() == 0
    assert page.errors == []


def test_screenshots_stay_out_of_git() -> None:
    assert "test-artifacts/" in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()


@pytest.mark.slow
def test_browser_dates_read_as_dates_and_the_axis_never_repeats(
    browser: Any, tmp_path: Path
) -> None:
    """The quotes fixture's statement and wire story come out on one day at different hours,
    their copies on the days after: dates read as dates (the hour, UTC, where the source gave
    one) and the timeline's axis never repeats a label."""
    page = opened(browser, html_for(ROOT / "fixtures" / "quotes", tmp_path))
    row = page.locator("tbody tr", has_text="how much this pool means")
    assert "1 Apr 2025, 09:00 UTC" in row.first.inner_text()  # not 2025-04-01T09:00:00Z
    row.first.get_by_role("link").first.click()
    page.wait_for_selector("#timeline")
    ticks = page.locator("#timeline svg > text[text-anchor]").all_text_contents()
    axis = [t for t in ticks if "2025" in t]
    assert len(axis) >= 2 and len(axis) == len(set(axis)), axis
    assert "1 Apr 2025" in axis[0], axis
    assert "2025-04-01T" not in page.inner_text("main")
    # the courier credits the quote to someone else: both speakers, and who credits whom
    conflict = page.inner_text("#conflict")
    assert "Priya Raman by statement" in conflict and "courier" in conflict, conflict
    variants = page.locator("#side-by-side .variant").all_inner_texts()
    assert any(v.startswith("truncated") for v in variants), variants  # the commentary's cut
    assert not any("exact" in v and "truncated" in v for v in variants), variants  # its own
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "quotes-cluster.png"), full_page=True)
    assert page.errors == []


PASSAGE = (
    "The harbour board said on Monday that the new sea wall at Port Ellis would be finished "
    "before the winter storms, after two years of delays and a budget that doubled."
)


def test_the_tables_hold_no_text_and_each_text_is_there_once(tmp_path: Path) -> None:
    """The tables' element holds no document text and no cluster's occurrences (those are
    parsed when their page opens); a passage printed by three documents is in the page once
    per document and once in the clusters' table, never again in its diffs."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    own = [
        "Fishermen at the quay were more worried about the price of diesel this week.",
        "A spokesman for the county declined to comment when asked about the overspend.",
        "Tourism in Port Ellis fell by a third during the years the promenade was shut.",
    ]
    for k, line in enumerate(own):
        (corpus / f"doc{k}.txt").write_text(f"{PASSAGE}\n\n{line}\n", encoding="utf-8")
    page = html_for(corpus, tmp_path).read_text(encoding="utf-8")
    tables = embedded(page)
    assert set(tables) == {"version", "documents", "clusters", "pairs"}
    assert not any(line in json.dumps(tables) for line in own)
    assert [c["text"] for c in tables["clusters"]] == [PASSAGE]
    assert page.count(PASSAGE) == 3 + 1  # each document's text, the clusters' table
    for k, line in enumerate(own):
        assert text_of(page, f"doc{k}") == f"{PASSAGE}\n\n{line}\n"
    cluster = embedded(page, "c0")
    assert cluster["words"] == PASSAGE.split()
    assert [o["diff"] for o in cluster["occurrences"]] == [[["=", 0, len(PASSAGE.split())]]] * 3
    assert embedded(page, "c1") is None


def test_cluster_diffs_spell_out_the_word_diffs(tmp_path: Path) -> None:
    """Each occurrence's diff, its earliest words given as ranges, reads as ``word_diff``."""
    page = html_for(ROOT / "fixtures" / "quotes", tmp_path).read_text(encoding="utf-8")
    occurrences = read_rows(tmp_path / "out" / "occurrences.csv")
    compared = 0
    for k, cluster in enumerate(embedded(page)["clusters"]):
        shown = embedded(page, f"c{k}")
        rows = [r for r in occurrences if r["cluster_id"] == cluster["id"]]
        earliest = next(r["text"] for r in rows if r["is_earliest"] == "true")
        spelled = [
            [
                [
                    op,
                    " ".join(shown["words"][at[0] : at[1]])
                    if len(at) == 2
                    else at[0]
                    if at
                    else "",
                ]
                for op, *at in o["diff"]
            ]
            for o in shown["occurrences"]
            if not o["earliest"]
        ]
        others = [r["text"] for r in rows if r["is_earliest"] != "true"]
        assert sorted(map(str, spelled)) == sorted(str(word_diff(earliest, t)) for t in others)
        compared += len(others)
    assert compared > 5


@pytest.mark.slow
def test_browser_draws_long_tables_as_they_scroll(browser: Any, tmp_path: Path) -> None:
    """250 articles: the overview draws a page of rows (100) of each long table and more as
    its box scrolls; sorting and the filter, which waits for the typing to stop, go over every
    row; a cluster's data is parsed only when its page opens."""
    from benchmarks.trace_benchmark import generate

    generate(tmp_path / "corpus", 250, seed=1)
    path = html_for(tmp_path / "corpus", tmp_path)
    tables = embedded(path.read_text(encoding="utf-8"))
    ids = sorted(d["id"] for d in tables["documents"])
    page = opened(browser, path)
    box = page.locator("h2:text-is('All documents') + div")
    rows = box.locator("tbody tr:not(.more)")
    assert rows.count() == 100 and box.locator("tr.more").count() == 1
    assert box.locator(".rows-shown").inner_text() == "250 rows"
    for drawn in (200, 250):
        box.locator(".scroll").evaluate("b => { b.scrollTop = b.scrollHeight; }")
        page.wait_for_function(
            f"n => n.querySelectorAll('tr:not(.more)').length >= {drawn}",
            arg=box.locator("tbody").element_handle(),
        )
    assert rows.count() == 250 and box.locator("tr.more").count() == 0
    # sorted over all rows, not those drawn
    heading = box.locator("th", has_text="document")
    heading.click()
    assert rows.first.locator("td").first.inner_text() == ids[0]
    heading.click()
    assert rows.first.locator("td").first.inner_text() == ids[-1]
    assert rows.count() == 100
    # typed at once: one redraw when the typing stops, over every row
    box.locator("tbody").evaluate(
        """body => { window.redraws = 0; new MutationObserver((records) => {
             window.redraws += records.filter((r) => r.removedNodes.length > 1).length;
           }).observe(body, { childList: true }); }"""
    )
    box.locator("input.filter").type("article0024", delay=20)
    wanted = [i for i in ids if "article0024" in i]
    assert 0 < len(wanted) < 100
    page.wait_for_function(
        f"n => n.querySelectorAll('tr').length === {len(wanted)}",
        arg=box.locator("tbody").element_handle(),
    )
    assert rows.all_inner_texts()[0].startswith(wanted[-1])  # still sorted, descending
    assert box.locator(".rows-shown").inner_text() == f"{len(wanted)} of 250 rows"
    assert page.evaluate("window.redraws") <= 3  # not one per key (11)
    assert page.errors == []
    # a cluster's element left unparsable: the overview never reads it, its page does
    text = path.read_text(encoding="utf-8")
    broken = tmp_path / "broken.html"
    broken.write_text(
        re.sub(r'(<script id="c0" type="application/json">)[^<]*', r"\1{", text), encoding="utf-8"
    )
    page = opened(browser, broken)
    assert page.errors == []
    page.goto(f"{broken.as_uri()}#/cluster/{tables['clusters'][0]['id']}")
    for _ in range(50):  # up to 5 s on a busy machine
        if page.errors:
            break
        page.wait_for_timeout(100)
    assert page.errors and "JSON" in page.errors[0]
    page.goto(f"{broken.as_uri()}#/cluster/{tables['clusters'][1]['id']}")
    page.wait_for_selector("#side-by-side .pair")
    page.goto(f"{broken.as_uri()}#/doc/{ids[0].replace('/', '%2F')}")
    page.wait_for_selector(".doctext")
    # opened at a cluster's page: its script runs before the browser has read the cluster's
    # data, and draws the page once it has
    deep = browser.new_page()
    deep.goto(f"{path.as_uri()}#/cluster/{tables['clusters'][0]['id']}")
    deep.wait_for_selector("#side-by-side .pair")
    assert deep.inner_text("h1").startswith(("Passage: ", "Quote"))
    deep.close()


@pytest.mark.slow
def test_browser_draws_a_clusters_pairs_as_the_page_scrolls(browser: Any, tmp_path: Path) -> None:
    """A passage printed by 130 documents: its page draws 100 pairs, the rest on scrolling."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    for k in range(130):
        (corpus / f"doc{k:03}.txt").write_text(f"{PASSAGE}\n", encoding="utf-8")
    path = html_for(corpus, tmp_path)
    [cluster] = embedded(path.read_text(encoding="utf-8"))["clusters"]
    page = opened(browser, path)
    page.goto(f"{path.as_uri()}#/cluster/{cluster['id']}")
    pairs = page.locator("#side-by-side .pair")
    pairs.first.wait_for()
    assert pairs.count() == 100 and page.locator("#side-by-side .more").count() == 1
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.wait_for_function("() => document.querySelectorAll('#side-by-side .pair').length === 129")
    assert page.locator("#side-by-side .more").count() == 0
    assert page.errors == []
