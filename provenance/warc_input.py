"""WARC archives (the optional ``provenance[warc]`` extra): each HTML response is an article.

Its target URI is its URL and its capture date a last-resort publication date; the page itself
is read as any HTML page. Records are streamed, one at a time.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from provenance.errors import InputError

WARC_SUFFIXES = (".warc.gz", ".warc")


@dataclass(frozen=True)
class Response:
    number: int  # 1-based, among all the file's records
    url: str | None
    captured: str | None  # WARC-Date, ISO 8601
    html: bytes


def is_warc_file(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


def responses(path: Path) -> Iterator[Response | tuple[int, str]]:
    """The HTML responses, in order; a fault yields (record number, reason) and, if the file
    cannot be read on, ends it."""
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:
        raise InputError(
            f"{path}: reading WARC files needs the warc extra: pip install 'provenance[warc]'"
        ) from None
    number = 0
    with path.open("rb") as handle:
        try:
            for number, record in enumerate(ArchiveIterator(handle), 1):
                if record.rec_type != "response" or not _is_html(record):
                    continue
                yield Response(
                    number,
                    record.rec_headers.get_header("WARC-Target-URI"),
                    record.rec_headers.get_header("WARC-Date"),
                    record.content_stream().read(),
                )
        except (ArchiveLoadFailed, OSError, EOFError, ValueError, AttributeError) as exc:
            # warcio meets a cut archive with whichever of these its parser stumbles on
            del exc
            yield number + 1, "archive cut short or corrupt here; records before it were read"


def _is_html(record: object) -> bool:
    headers = getattr(record, "http_headers", None)
    content_type = headers.get_header("Content-Type") if headers is not None else None
    return content_type is not None and "html" in content_type.lower()
