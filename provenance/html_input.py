"""HTML pages: the article's main text and metadata, extracted by trafilatura.

trafilatura removes navigation, cookie banners, newsletter boxes and "support us" panels (no
HTML rules of our own). Its text puts one paragraph per line; the headline, when it opens the
text and equals the title, is left to the ``title`` field. Dates come from the page's markup
only (htmldate without its extensive text search, so "24 hours after" is never a date). A page
whose text, once notices and pleas are set aside, is too short to be an article is skipped.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from provenance import boilerplate
from provenance.segment import paragraphs

HTML_SUFFIXES = (".html", ".htm")
MIN_BODY_WORDS = 20  # outside notices: fewer, and the page holds no article
_DATES = {"extensive_search": False, "original_date": True}


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
        found = trafilatura.bare_extraction(
            html,
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
        published=meta.get("date") or None,
        outlet=meta.get("sitename") or (urlsplit(canonical).hostname if canonical else None),
        url=canonical or None,
    )


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
