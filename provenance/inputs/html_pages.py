"""HTML pages: the article's main text and metadata, extracted by trafilatura.

trafilatura removes navigation, cookie banners, newsletter boxes and "support us" panels (no
HTML rules of our own). Its text puts one paragraph per line; the headline, when it opens the
text and equals the title, is left to the ``title`` field. A page whose text, once notices and
pleas are set aside, is too short to be an article is skipped.

Dates come from the page's markup only, never from its running text ("24 hours after" is never
a date). htmldate, without its extensive text search, finds the day. The time of day comes from
the page's own machine-readable publication times, strongest first:

- published-time ``<meta>`` tags (``article:published_time``, then ``og:published_time``,
  Dublin Core ``issued`` and the like);
- JSON-LD ``datePublished`` of articles (a script's object, its list, ``@graph`` or
  ``mainEntity``; nothing nested deeper), then of web pages;
- the first microdata ``itemprop="datePublished"`` (or ``<time pubdate>``) that is not of some
  other item (a comment, a video);
- the article's first ``<time datetime>`` (the first ``<article>`` in ``<main>``, else in the
  page) not marked or introduced as an update.

The first with a time of day whose day, as written or in UTC, is htmldate's day (any, when
htmldate found none) gives the date, in UTC: a zoned time is converted, a naive one is taken as
UTC, as everywhere. Otherwise htmldate's day stands. Modified or updated times are never read;
neither is a time of exactly midnight, which content systems write for "a day, no time", nor
markup that does not parse (bad JSON-LD is passed over).
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from provenance.dates import parse_published, stated_datetime
from provenance.text import boilerplate
from provenance.text.segment import paragraphs

HTML_SUFFIXES = (".html", ".htm")
MIN_BODY_WORDS = 20  # outside notices: fewer, and the page holds no article
# htmldate on the page's metadata and markup, without its search of the running text; as far
# back as 1900 (its default stops at 1995, dropping archive pages without a word).
_DATES = {"extensive_search": False, "original_date": True, "min_date": "1900-01-01"}
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# What browsers read a declared label as (the WHATWG Encoding Standard): Latin-1 and ASCII
# labels are windows-1252, whose curly quotes and dashes pages use freely.
_BROWSER_CODECS = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
}
# <meta property|name> naming a publication time, strongest first (lower case). Never a
# modified, updated or bare "date" name.
_PUBLISHED_METAS = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "dcterms.issued",
    "dc.date.issued",
    "parsely-pub-date",
    "publish-date",
    "publish_date",
    "pubdate",
)
_PUBLISHED_META_RANK = {name: rank for rank, name in enumerate(_PUBLISHED_METAS)}
# schema.org types whose datePublished is the article's (a type ending in "Article" is one too)
_ARTICLE_TYPES = frozenset({"blogposting", "liveblogposting", "socialmediaposting", "report"})
_ITEMPROP_PUBLISHED = "//*[contains(@itemprop, 'datePublished')] | //time[@pubdate]"
_TIME_TAG = re.compile(r"<time\b", re.IGNORECASE)
_MODIFIED = ("modif", "updat", "edited", "revis")
_WORDS_BEFORE = 40  # characters before a <time> read for "Updated", "Last modified"
# What pages wrap a JSON-LD script in for old browsers: <!-- -->, //<![CDATA[ //]]>
_JSON_OPENING = re.compile(r"\A\s*(?:<!--|(?://|/\*)?\s*<!\[CDATA\[(?:\s*\*/)?)")
_JSON_CLOSING = re.compile(r"(?:-->|(?://|/\*)?\s*\]\]>(?:\s*\*/)?)\s*\Z")


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None
    author: str | None
    published: str | None
    outlet: str | None  # the site name, else the canonical URL's host
    url: str | None


def is_html_file(name: str) -> bool:
    return name.lower().endswith(HTML_SUFFIXES)


def extract(html: bytes | str, url: str | None = None) -> Page | str:
    """The page's article, or the reason there is none."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # its warnings are ours to give
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    try:
        page = decode_html(html) if isinstance(html, bytes) else html
        # One parse: trafilatura works on a copy of this tree, whose markup gives the time.
        tree = trafilatura.load_html(page)
        found = trafilatura.bare_extraction(
            page if tree is None else tree,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=_DATES,
        )
    except Exception as exc:
        return f"HTML could not be parsed ({type(exc).__name__})"
    if found is None:
        return "no article body found in the page"
    meta: dict[str, Any] = found if isinstance(found, dict) else found.as_dict()
    raw_text = meta.get("text") or ""
    if not raw_text.strip():
        return "no article body found in the page"
    text = _without_headline(raw_text.strip(), meta.get("title"))
    if _body_words(text) < MIN_BODY_WORDS:
        return "no article body found in the page (only navigation or notices)"
    canonical = meta.get("url") or url
    return Page(
        text=text + "\n",
        title=meta.get("title") or None,
        author=meta.get("author") or None,
        published=_published(tree, page, meta.get("date") or None),
        outlet=meta.get("sitename") or (urlsplit(canonical).hostname if canonical else None),
        url=canonical or None,
    )


def _published(tree: Any, page: str, day: str | None) -> str | None:
    """The publication time (UTC) the markup of ``tree`` (parsed from ``page``) states, when
    it agrees with htmldate's ``day``; else ``day``."""
    if tree is None:
        return day
    found = parse_published(day)
    for value in _stated_times(tree, page):
        stated = stated_datetime(value)
        if stated is None or stated.time() == dt.time(0):  # a day, or midnight for "no time"
            continue
        published = parse_published(value)
        if published is not None and (found is None or found.day in (stated.date(), published.day)):
            return published.text
    return day


def _stated_times(tree: Any, page: str) -> Iterator[str]:
    """Publication times the markup states, strongest first. Each source is read only when
    the ones before gave nothing usable, and only when the page's text holds its marker."""
    metas: dict[str, str] = {}
    for meta in tree.iter("meta"):
        name = (meta.get("property") or meta.get("name") or "").strip().lower()
        content = meta.get("content")
        if name in _PUBLISHED_META_RANK and content and name not in metas:
            metas[name] = content
    yield from (metas[name] for name in _PUBLISHED_METAS if name in metas)
    if "datePublished" in page:
        yield from _json_ld_times(tree)
    if "datePublished" in page or "pubdate" in page:
        for element in tree.xpath(_ITEMPROP_PUBLISHED):
            value = element.get("content") or element.get("datetime")
            if value and _of_an_article(element):
                yield value
                break
    if _TIME_TAG.search(page):
        main = next(tree.iter("main"), None)
        article = None if main is None else next(main.iter("article"), None)
        if article is None:
            article = next(tree.iter("article"), None)
        for time in () if article is None else article.iter("time"):
            value = time.get("datetime")
            if value and not _modified(time) and _of_an_article(time):
                yield value
                break


def _json_ld_times(tree: Any) -> Iterator[str]:
    """``datePublished`` of the JSON-LD articles, then of web pages: each document and the
    members of its ``@graph`` and ``mainEntity``, nothing nested deeper."""
    pages: list[str] = []
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        text = script.text or ""
        if "datePublished" not in text:
            continue
        try:
            data = json.loads(_JSON_CLOSING.sub("", _JSON_OPENING.sub("", text)), strict=False)
        except (ValueError, RecursionError):  # not JSON, or nested past Python's stack
            continue
        for node in _json_ld_nodes(data):
            value = _json_ld_text(node.get("datePublished"))
            if not value:
                continue
            kinds = {_kind(t) for t in _as_list(node.get("@type")) if isinstance(t, str)}
            if any(_is_article(k) for k in kinds):
                yield value
            elif any(k.endswith("page") for k in kinds):
                pages.append(value)
    yield from pages


def _json_ld_nodes(data: Any) -> Iterator[dict[str, Any]]:
    for top in _as_list(data):
        if not isinstance(top, dict):
            continue
        yield top
        for key in ("@graph", "mainEntity"):
            yield from (n for n in _as_list(top.get(key)) if isinstance(n, dict))


def _json_ld_text(value: Any) -> str | None:
    """A JSON-LD value as text: a string, the first of a list, or a value object's @value."""
    for item in _as_list(value):
        if isinstance(item, dict):
            item = item.get("@value")
        if isinstance(item, str):
            return item
    return None


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


def _kind(schema_type: str) -> str:
    """``https://schema.org/NewsArticle``, ``schema:NewsArticle`` → ``newsarticle``."""
    return re.split(r"[/:#]", schema_type.strip())[-1].lower()


def _is_article(kind: str) -> bool:
    return kind.endswith("article") or kind in _ARTICLE_TYPES


def _of_an_article(element: Any) -> bool:
    """Not a property of a microdata item other than an article or page (a comment, a video,
    an event): the nearest enclosing ``itemscope``, if it names a type, is one of those."""
    prop = element.get("itemprop")
    if prop is not None and "datePublished" not in prop.split():
        return False  # dateModified, startDate, uploadDate
    for ancestor in element.iterancestors():
        if ancestor.get("itemscope") is not None:
            kinds = [_kind(t) for t in (ancestor.get("itemtype") or "").split()]
            return not kinds or any(_is_article(k) or k.endswith("page") for k in kinds)
    return True


def _modified(time: Any) -> bool:
    """A ``<time>`` marked, or introduced, as a modification: by its or its parent's class,
    id or itemprop, or by the words just before it ("Updated 14:05")."""
    parent = time.getparent()
    marks = [time.get(a) or "" for a in ("class", "id", "itemprop")]
    if parent is not None:
        marks += [parent.get(a) or "" for a in ("class", "id", "itemprop")]
        before = time.getprevious()
        words = (
            (parent.text or "") if before is None else before.text_content() + (before.tail or "")
        )
        marks.append(words[-_WORDS_BEFORE:])
    text = " ".join(marks).lower()
    return any(word in text for word in _MODIFIED)


def decode_html(raw: bytes) -> str:
    """The page's text: by its byte-order mark, else its declared charset as a browser reads
    it, else UTF-8, else windows-1252 (never a guess from byte statistics, which reads
    accented Latin text as Central European)."""
    for mark, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: its mark begins with UTF-16's
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if raw.startswith(mark):
            return raw.decode(codec, errors="replace")
    declared = _CHARSET.search(raw[:4096])
    candidates = ["utf-8", "cp1252"]
    if declared:
        label = declared.group(1).decode("ascii").lower()
        with contextlib.suppress(LookupError):  # an unknown label: as if none were declared
            candidates.insert(0, codecs.lookup(_BROWSER_CODECS.get(label, label)).name)
    for codec in candidates:
        try:
            return raw.decode(codec)
        except UnicodeDecodeError:
            continue
    return raw.decode("cp1252", errors="replace")


def _without_headline(text: str, title: str | None) -> str:
    first, newline, rest = text.partition("\n")
    if title and newline and " ".join(first.split()) == " ".join(title.split()):
        return rest.lstrip("\n")
    return text


@lru_cache(maxsize=1)
def _matcher() -> boilerplate.Matcher:
    return boilerplate.Matcher.build(())


def _body_words(text: str) -> int:
    spans = paragraphs(text)
    marked = set(boilerplate.pattern_paragraphs(text, spans, _matcher()))
    return sum(len(text[s:e].split()) for s, e in spans if (s, e) not in marked)
