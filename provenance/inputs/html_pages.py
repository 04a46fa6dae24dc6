"""HTML pages: the article's main text and metadata, extracted by trafilatura.

trafilatura removes navigation, cookie banners, newsletter boxes and "support us" panels (no
HTML rules of our own). Its text puts one paragraph per line; the headline, when it opens the
text and equals the title, is left to the ``title`` field. Dates come from the page's markup
only (htmldate without its extensive text search, so "24 hours after" is never a date). A page
whose text, once notices and pleas are set aside, is too short to be an article is skipped.
"""

from __future__ import annotations

import codecs
import contextlib
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

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
            decode_html(html) if isinstance(html, bytes) else html,
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


def decode_html(raw: bytes) -> str:
    """The page's text: by its byte-order mark, else its declared charset as a browser reads
    it, else UTF-8, else windows-1252 (never a guess from byte statistics, which reads
    accented Latin text as Central European)."""
    for mark, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
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
