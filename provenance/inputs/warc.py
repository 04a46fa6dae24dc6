"""WARC archives (the optional ``news-provenance[warc]`` extra): each HTML response is an article.

Its target URI is its URL and its capture date a last-resort publication date; the page itself
is read as any HTML page. Records are streamed, one at a time.
"""

from __future__ import annotations

import io
from contextlib import redirect_stderr
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from provenance.errors import InputError
from provenance.inputs.files import inflated, open_regular, too_large
from provenance.settings import InputRules

WARC_SUFFIXES = (".warc.gz", ".warc")


@dataclass(frozen=True)
class Response:
    number: int  # 1-based, among all the file's records
    url: str | None
    captured: str | None  # WARC-Date, ISO 8601
    html: bytes


def is_warc_file(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


def responses(path: Path, rules: InputRules | None = None) -> list[Response | tuple[int, str]]:
    """The HTML responses, in order, and (record number, reason) for each response that is
    not an article; number 0 means the whole file. A fault that cuts the archive ends it, and
    so does a gzip archive that has decompressed past ``max_compression_ratio``; a page of
    more than ``max_article_bytes`` is skipped."""
    rules = rules or InputRules()
    gzipped = path.name.lower().endswith(".gz")
    decompressed = 0  # the records' bytes before this one
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        raise InputError(
            f"{path}: reading WARC files needs the warc extra: pip install 'news-provenance[warc]'"
        ) from None
    found: list[Response | tuple[int, str]] = []
    chatter = io.StringIO()  # warcio writes its complaints to stderr: they become reasons
    formats: set[str] = set()
    with open_regular(path) as handle, redirect_stderr(chatter):
        number = 0
        try:
            for number, record in enumerate(ArchiveIterator(handle), 1):
                stop = inflated(decompressed, handle.tell(), rules.max_compression_ratio)
                if gzipped and stop is not None:
                    found.append((number, f"{stop}; records before it were read"))
                    return found
                decompressed += record.length or 0
                formats.add(record.format)  # warcio also reads ARC: a stray text file parses so
                outcome = _response(number, record, rules.max_article_bytes)
                if outcome is not None:
                    found.append(outcome)
                if isinstance(outcome, tuple) and outcome[1].startswith(_CUT):
                    return found
        except Exception:  # warcio meets a cut or foreign file with many kinds of error
            found.append((number + 1, f"{_CUT} or corrupt here; records before it were read"))
            return found
    if not found:  # nothing to show for the file: say why, so that it is never lost silently
        foreign = chatter.getvalue().strip() or any(f != "warc" for f in formats)
        if foreign:
            reason = "not a WARC archive"
        elif number == 0:
            reason = "empty archive (no records)"
        else:
            reason = "no HTML response records"
        found.append((0, reason))
    return found


_CUT = "archive cut short"


def _response(number: int, record: Any, limit: int) -> Response | tuple[int, str] | None:
    if record.rec_type != "response" or not _is_html(record):
        return None
    status = record.http_headers.get_statuscode() if record.http_headers else None
    html = record.content_stream().read(limit + 1)  # a gzip body decompressed no further
    if len(html) > limit:
        return number, too_large(limit)
    if getattr(record.raw_stream, "limit", 0):  # fewer bytes than its Content-Length says
        return number, f"{_CUT} inside this record; records before it were read"
    if not (status or "").startswith("2"):
        return number, f"HTTP {status} response, not an article"
    return Response(
        number,
        record.rec_headers.get_header("WARC-Target-URI"),
        record.rec_headers.get_header("WARC-Date"),
        html,
    )


def _is_html(record: object) -> bool:
    headers = getattr(record, "http_headers", None)
    content_type = headers.get_header("Content-Type") if headers is not None else None
    return content_type is not None and "html" in content_type.lower()
