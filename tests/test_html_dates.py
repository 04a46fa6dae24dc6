"""HTML pages keep the time of day their markup states (issue 19): in UTC, never a modified one."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.inputs.load import load_corpus
from provenance.model import DateSource
from tests.conftest import ROOT, rows, run_cli, write_files

DATED = ROOT / "fixtures" / "dated"
STORY = "".join(
    f"<p>{p}</p>"
    for p in (
        "Households in Harrowby and Skelton must boil their tap water before drinking it until "
        "further notice, after routine tests found bacteria at the Skelton treatment works.",
        "The notice covers about 14,000 homes supplied from the works. Bottled water will be "
        "handed out at Harrowby community centre from ten o'clock this morning.",
    )
)
STAMP = '<time datetime="2025-03-03T09:42:00Z">09:42</time>'


def page(head: str = "", before: str = "", in_article: str = "") -> str:
    """A news page: ``head`` markup, markup ``before`` the article, markup opening it."""
    return (
        f"<!DOCTYPE html><html><head><title>Boil-water notice</title>{head}</head><body>"
        f"{before}<main><article><h1>Boil-water notice</h1>{in_article}{STORY}</article></main>"
        "</body></html>"
    )


def meta(value: str, name: str = "article:published_time") -> str:
    return f'<meta property="{name}" content="{value}">'


def json_ld(body: str) -> str:
    return f'<script type="application/ld+json">{body}</script>'


def published(tmp_path: Path, html: str) -> str | None:
    """The loaded page's published value, as the reports write it."""
    (doc,) = load_corpus(write_files(tmp_path / "c", {"page.html": html})).documents
    if doc.published is None:
        assert doc.date_source is DateSource.NONE
        return None
    assert doc.date_source is DateSource.HTML
    return doc.published.text


@pytest.mark.parametrize(
    ("html", "text"),
    [
        # <meta property="article:published_time">: zones converted, across midnight both ways
        (page(meta("2025-03-03T09:42:00Z")), "2025-03-03T09:42:00Z"),
        (page(meta("2025-03-04T00:30:00+01:00")), "2025-03-03T23:30:00Z"),
        (page(meta("2025-03-03T21:30:00-05:00")), "2025-03-04T02:30:00Z"),
        (page(meta("2025-03-03T09:42:00.250+0530")), "2025-03-03T04:12:00Z"),
        (page(meta("2025-03-03T09:42:00")), "2025-03-03T09:42:00Z"),  # naive: taken as UTC
        (page(meta("2025-03-03T09:42", "og:published_time")), "2025-03-03T09:42:00Z"),
        # JSON-LD datePublished: an object, a list, an @graph (the article's, not the page's)
        (
            page(json_ld('{"@type": "NewsArticle", "datePublished": "2025-03-03T10:42:00+01:00"}')),
            "2025-03-03T09:42:00Z",
        ),
        (
            page(
                json_ld(
                    '[{"@type": "Organization", "name": "Meridian"}, {"@type": "schema:'
                    'BlogPosting", "datePublished": ["2025-03-03T09:42:00Z"]}]'
                )
            ),
            "2025-03-03T09:42:00Z",
        ),
        (
            page(
                json_ld(
                    '{"@context": "https://schema.org", "@graph": ['
                    '{"@type": "WebPage", "datePublished": "2025-03-03T05:00:00Z"},'
                    '{"@type": ["ReportageNewsArticle"], "dateModified": "2025-03-03T13:05:00Z",'
                    ' "datePublished": "2025-03-03T04:42:00-05:00"}]}'
                )
            ),
            "2025-03-03T09:42:00Z",
        ),
        (
            page(json_ld('{"@type": "WebPage", "datePublished": "2025-03-03T09:42:00Z"}')),
            "2025-03-03T09:42:00Z",
        ),
        (
            page(
                json_ld(
                    '//<![CDATA[\n{"@type": "http://schema.org/NewsArticle", '
                    '"datePublished": {"@value": "2025-03-03T09:42:00Z"}}\n//]]>'
                )
            ),
            "2025-03-03T09:42:00Z",
        ),
        # microdata: <meta itemprop="datePublished">, <time itemprop="datePublished">
        (
            page('<meta itemprop="datePublished" content="2025-03-03T07:00:00Z">'),
            "2025-03-03T07:00:00Z",
        ),
        (
            page(
                in_article='<time itemprop="dateModified" datetime="2025-03-03T13:05:00Z">'
                '</time><time itemprop="datePublished" datetime="2025-03-03T07:00:00Z">3 March'
                "</time>"
            ),
            "2025-03-03T07:00:00Z",
        ),
        # the article's <time datetime>, after an update's
        (
            page(
                in_article='<p>By staff, <time datetime="2025-03-03T08:05:00-05:00">3 March</time>'
            ),
            "2025-03-03T13:05:00Z",
        ),
        (
            page(
                in_article='<p class="dateline"><span>Updated</span> <time datetime="2025-03-03T'
                '18:00:00Z">18:00</time>, first published <time datetime="2025-03-03T13:05:00Z">'
                "13:05</time></p>"
            ),
            "2025-03-03T13:05:00Z",
        ),
        # an explicit time outranks one stated with a day only
        (
            page(
                meta("2025-03-03")
                + json_ld('{"@type": "NewsArticle", "datePublished": "2025-03-03T09:42:00Z"}')
            ),
            "2025-03-03T09:42:00Z",
        ),
    ],
)
def test_each_source_of_a_time_of_day_is_kept_in_utc(tmp_path: Path, html: str, text: str) -> None:
    assert published(tmp_path, html) == text


@pytest.mark.parametrize(
    "html",
    [
        page(meta("2025-03-03")),
        page(in_article='<time datetime="2025-03-03">3 March</time>'),
        # midnight is what content systems write for a day without a time
        page(meta("2025-03-03T00:00:00+01:00")),
        page(json_ld('{"@type": "NewsArticle", "datePublished": "2025-03-03T00:00:00Z"}')),
    ],
)
def test_a_page_with_only_a_day_keeps_the_day(tmp_path: Path, html: str) -> None:
    assert published(tmp_path, html) == "2025-03-03"


@pytest.mark.parametrize(
    "html",
    [
        page(
            meta("2025-03-03T13:05:00Z", "article:modified_time")
            + meta("2025-03-03T13:05:00Z", "og:updated_time")
            + json_ld('{"@type": "NewsArticle", "dateModified": "2025-03-03T13:05:00Z"}')
            + '<meta itemprop="dateModified" content="2025-03-03T13:05:00Z">'
            + meta("2025-03-03")
        ),
        page(
            meta("2025-03-03"),
            in_article='<p>Updated: <time datetime="2025-03-03T13:05:00Z">13:05</time></p>',
        ),
        page(
            meta("2025-03-03"),
            in_article='<time class="modified-date" datetime="2025-03-03T13:05:00Z">13:05</time>',
        ),
        # a comment's or a video's datePublished is not the article's
        page(
            meta("2025-03-03"),
            before='<div itemscope itemtype="https://schema.org/Comment"><meta itemprop='
            '"datePublished" content="2025-03-03T13:05:00Z"></div>',
        ),
        page(
            meta("2025-03-03")
            + json_ld('{"@type": "VideoObject", "datePublished": "2025-03-03T13:05:00Z"}')
        ),
    ],
)
def test_a_modified_time_or_another_items_is_never_the_published_one(
    tmp_path: Path, html: str
) -> None:
    assert published(tmp_path, html) == "2025-03-03"


@pytest.mark.parametrize(
    "script",
    [
        '{"@type": "NewsArticle", "datePublished": "2025-03-03T09:42:00Z",}',  # trailing comma
        '{"@type": "NewsArticle", "datePublished": ',
        "[" * 100_000 + '"datePublished"' + "]" * 100_000,
        '{"@type": 7, "@graph": "x", "mainEntity": [null, 1], "datePublished": 5}',
        '{"@type": "NewsArticle", "datePublished": "yesterday at 09:42"}',
        '{"@type": "NewsArticle", "datePublished": "2025-02-30T09:42:00Z"}',
        'null, "datePublished"',
    ],
)
def test_bad_json_ld_is_passed_over(tmp_path: Path, script: str) -> None:
    assert published(tmp_path, page(meta("2025-03-03") + json_ld(script))) == "2025-03-03"
    # and a later source still gives the time
    later = page(meta("2025-03-03") + json_ld(script), in_article=STAMP)
    assert published(tmp_path / "later", later) == "2025-03-03T09:42:00Z"


def test_a_time_on_another_day_than_htmldates_leaves_its_day(tmp_path: Path) -> None:
    # htmldate reads the day from the canonical URL first: 2 March, which the time is not on
    canonical = '<link rel="canonical" href="https://wire.example/2025/03/02/boil-water">'
    assert published(tmp_path, page(canonical + meta("2025-03-03T10:00:00Z"))) == "2025-03-02"
    # a time that is on that day in UTC, or as written, agrees with it
    late = page(canonical + meta("2025-03-01T23:30:00-05:00"))
    assert published(tmp_path / "utc", late) == "2025-03-02T04:30:00Z"
    early = page(canonical + meta("2025-03-02T00:30:00+01:00"))
    assert published(tmp_path / "written", early) == "2025-03-01T23:30:00Z"


def test_no_date_in_the_markup_is_none(tmp_path: Path) -> None:
    assert published(tmp_path, page()) is None


def test_a_release_a_wire_story_and_a_copy_on_one_day_are_ordered(tmp_path: Path) -> None:
    """The issue's case: 07:00 regulator, 09:42 wire (JSON-LD @graph, +01:00), 13:05 copy
    (<time> at 08:05-05:00): three times, no longer a three-way tie."""
    loaded = load_corpus(DATED)
    assert {d.doc_id: d.published.text for d in loaded.documents if d.published} == {
        "regulator/water-notice": "2025-03-03T07:00:00Z",
        "wire/boil-water": "2025-03-03T09:42:00Z",
        "coastline/water-warning": "2025-03-03T13:05:00Z",
    }
    assert not loaded.notices and not loaded.skipped
    out = tmp_path / "out"
    result = run_cli("trace", DATED, "--out", out, "-q")
    assert result.exit_code == 0, result.stderr
    shared = [c for c in rows(out / "clusters.csv") if c["n_docs"] == "3"]
    assert [(c["earliest_doc_id"], c["earliest_published"]) for c in shared] == [
        ("regulator/water-notice", "2025-03-03T07:00:00Z")
    ]
    verdicts = {r["doc_id"]: r["verdict"] for r in rows(out / "documents.csv")}
    assert verdicts["regulator/water-notice"] == "original"
    assert verdicts["coastline/water-warning"] != "original"
