"""Record files: one article per record of a JSON Lines (optionally gzipped), CSV or Parquet file.

Records are streamed (a line, a row or a Parquet batch at a time), never read whole. Each
yields its fields under the names the loader knows (``id``, ``text``, ``published``,
``outlet``, ``url``, ``title``), taken from the first field present of those ``Fields`` lists;
a record that cannot be used yields the reason instead, and the file goes on.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import re
import sys
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from provenance.errors import ConfigError
from provenance.inputs.files import (
    INFLATION_FLOOR,
    inflated,
    open_regular,
    too_large,
    wide_codec,
)
from provenance.settings import InputRules

RECORD_SUFFIXES = (".jsonl.gz", ".jsonl", ".csv", ".parquet")
# An article is a long field: the default limit is 128 KiB.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
PARQUET_BATCH = 2048


@dataclass(frozen=True)
class Fields:
    """Which record fields hold what: the first one present wins."""

    id: tuple[str, ...] = ("id",)
    text: tuple[str, ...] = ("text",)
    published: tuple[str, ...] = ("published", "date")
    outlet: tuple[str, ...] = ("outlet", "source", "site")
    url: tuple[str, ...] = ("url",)
    title: tuple[str, ...] = ("title",)

    def __post_init__(self) -> None:
        for name in ("id", "text", "published", "outlet", "url", "title"):
            names = getattr(self, name)
            if not names or not all(isinstance(n, str) and n for n in names):
                raise ConfigError(f"record field for {name!r} must be a non-empty name")

    @classmethod
    def overriding(cls, **given: str | None) -> Fields:
        """The defaults, with the one field name given for any of them."""
        return cls(**{name: (value,) for name, value in given.items() if value})


# One record's outcome: (1-based record number, canonical fields or the reason it is skipped);
# number 0 is the whole file.
Record = tuple[int, dict[str, Any] | str]
_Row = tuple[int, Mapping[str, Any] | str]  # a record as read, before its fields are mapped


def is_record_file(name: str) -> bool:
    return name.lower().endswith(RECORD_SUFFIXES)


def records(path: Path, fields: Fields, rules: InputRules | None = None) -> Iterator[Record]:
    """Every record of the file, in order. A fault that ends the file (a truncated gzip)
    yields its reason under the number of the record it stopped at. ``rules``: the bounds
    of what is read (default ``InputRules()``)."""
    rules = rules or InputRules()
    name = path.name.lower()
    if name.endswith(".parquet"):
        rows: Iterator[_Row] = _parquet_rows(path, rules)
    elif name.endswith(".csv"):
        rows = _csv_rows(path, fields, rules)
    else:
        rows = _jsonl_rows(path, gzipped=name.endswith(".gz"), rules=rules)
    empty = True
    for number, row in rows:
        empty = False
        yield number, row if isinstance(row, str) else _canonical(row, fields)
    if empty:
        yield 0, "no records"


def _canonical(row: Mapping[str, Any], fields: Fields) -> dict[str, Any] | str:
    found: dict[str, Any] = {}
    for name in ("id", "text", "published", "outlet", "url", "title"):
        value = next((row[f] for f in getattr(fields, name) if row.get(f) not in (None, "")), None)
        if value is not None and name != "text":
            value = _as_text(value)
        found[name] = value
    text = found["text"]
    if text is None and any(row.get(f) == "" for f in fields.text):
        return "empty text"
    if text is None:
        return f"no text (no {' or '.join(repr(f) for f in fields.text)} field)"
    if not isinstance(text, str):
        return f"text field is a {type(text).__name__}, not a string"
    if not text.strip():
        return "empty text"
    return found


def _as_text(value: Any) -> str | None:
    """A field as text: strings trimmed, other JSON values as JSON writes them (``true``,
    ``1e+20``), not as Python prints them."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, bool | int | float | list | dict):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    return str(value).strip() or None  # a Parquet date or datetime: its ISO form


def _jsonl_rows(path: Path, *, gzipped: bool, rules: InputRules) -> Iterator[_Row]:
    """A line at a time, each of at most ``max_article_bytes`` (a longer one is skipped, its
    rest read past); a gzip file that decompresses past ``max_compression_ratio`` stops."""
    number = 0
    try:
        with open_regular(path) as raw, gzip.GzipFile(fileobj=raw) if gzipped else raw as handle:
            bomb = (
                _Inflation(handle.tell, raw.tell, rules.max_compression_ratio) if gzipped else None
            )
            for line in _lines(handle.readline, rules.max_article_bytes, bomb):
                if isinstance(line, _Stop):
                    stop = line.reason
                    yield (
                        (number + 1, f"{stop}; records before it were read")
                        if number
                        else (0, stop)
                    )
                    return
                number += 1
                if isinstance(line, str):
                    yield number, line
                elif not line.strip():
                    yield number, "blank line"
                else:
                    yield number, _json_object(line, rules.max_nesting_depth)
    except (OSError, EOFError, zlib.error) as exc:
        reason = f"file ends early ({_reason(exc)})"
        yield (number + 1, f"{reason}; records before it were read") if number else (0, reason)


class _Inflation:
    """``inflated`` of a stream, asked at most once a MiB of what it gives."""

    def __init__(self, given: Callable[[], int], taken: Callable[[], int], ratio: int) -> None:
        self.given, self.taken, self.ratio = given, taken, ratio
        self.next = INFLATION_FLOOR

    def __call__(self) -> str | None:
        given = self.given()
        if given <= self.next:
            return None
        self.next = given + _PIECE
        return inflated(given, self.taken(), self.ratio)


@dataclass(frozen=True)
class _Stop:
    reason: str


def _lines(
    readline: Callable[[int], bytes], limit: int, bomb: Callable[[], str | None] | None
) -> Iterator[bytes | str | _Stop]:
    """The lines ``readline`` gives, read a MiB at a time: each line, or the reason it is not
    kept (more than ``limit`` bytes, its newline aside: the rest is read past); and a last
    ``_Stop`` if ``bomb`` (asked after every MiB) says to read no further."""
    while True:
        parts: list[bytes] = []
        size = 0
        ended = False
        while not ended and (piece := readline(_PIECE)):
            size += len(piece)
            ended = piece.endswith(b"\n")
            if size <= limit + 1:
                parts.append(piece)
            stop = bomb() if bomb is not None else None
            if stop is not None:
                yield _Stop(stop)
                return
        if not size:
            return
        yield too_large(limit) if size - ended > limit else b"".join(parts)


_PIECE = 2**20


def _json_object(line: bytes, max_depth: int) -> Mapping[str, Any] | str:
    deeper = _deeper_than(line, max_depth)
    if deeper:
        return f"nested deeper than max_nesting_depth ({max_depth}) at column {deeper}"
    try:
        # without its line break: an error at the end of the line is told at its last column
        # plus one, not at column 1 of a line after it
        value = json.loads(line.rstrip(b"\r\n"))
    except UnicodeDecodeError:
        return "not valid UTF-8"
    except json.JSONDecodeError as exc:
        return f"malformed JSON ({exc.msg} at column {exc.colno})"
    except RecursionError:  # nested past Python's stack, below the bound
        return "nested too deeply for Python to read"
    if not isinstance(value, dict):
        return f"a JSON {type(value).__name__}, not an object"
    return value


# A JSON string (whose brackets are not nesting), or a bracket.
_JSON_NESTING = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def _deeper_than(line: bytes, max_depth: int) -> int:
    """The 1-based column at which ``line`` (JSON) nests lists and objects deeper than
    ``max_depth``, else 0; a line with fewer brackets is not scanned."""
    if line.count(b"[") + line.count(b"{") <= max_depth:
        return 0
    depth = 0
    for token in _JSON_NESTING.finditer(line):
        bracket = token[0]
        if bracket in (b"[", b"{"):
            depth += 1
            if depth > max_depth:
                return token.start() + 1
        elif bracket in (b"]", b"}"):
            depth -= 1
    return 0


def _csv_rows(path: Path, fields: Fields, rules: InputRules) -> Iterator[_Row]:
    """The rows, read strictly: a malformed row (a quote that never closes, text after a
    closing quote, more than ``max_article_bytes``) is skipped, naming its line, and reading
    goes on from the line after its first."""
    codec, undecodable = _csv_codec(path)
    if codec is None:
        yield 0, undecodable
        return
    with open_regular(path) as raw, io.TextIOWrapper(raw, encoding=codec, newline="") as text:
        lines = _Lines(text, rules.max_article_bytes)
        try:
            header = next(csv.reader(lines, strict=True), None)
        except (csv.Error, _TooLongError) as exc:
            yield 0, f"unreadable header ({_reason(exc)})"
            return
        if header is None:
            return
        columns = [c.strip() for c in header]
        if not any(name in columns for name in fields.text):
            wanted = " or ".join(repr(f) for f in fields.text)
            yield 0, f"no {wanted} column in the header: no record has text"
            return
        number = 0
        reader = csv.reader(lines, strict=True)
        while True:
            lines.start_row()
            try:
                row = next(reader)
            except StopIteration:
                return
            except (csv.Error, _TooLongError) as exc:
                number += 1
                yield number, lines.malformed(exc)
                reader = csv.reader(lines, strict=True)  # read on from the line after its first
                continue
            number += 1
            if len(row) != len(columns):
                yield number, f"{len(row)} fields where the header has {len(columns)}"
                continue
            yield number, dict(zip(columns, row, strict=True))


class _Lines:
    """A CSV file's lines for ``csv.reader``, numbered, at most ``limit`` characters to a row;
    the lines of a malformed row after its first are given again."""

    def __init__(self, text: io.TextIOBase, limit: int) -> None:
        self.text = text
        self.limit = limit
        self.line = 0  # the number of the last line given
        self.again: list[tuple[int, str]] = []  # lines to give again, last first
        self.row: list[tuple[int, str]] = []  # the lines of the row being read
        self.size = 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self.again:
            self.line, line = self.again.pop()
        else:
            line = self.text.readline(self.limit + 1 - self.size)
            if not line:
                raise StopIteration
            self.line += 1
        self.row.append((self.line, line))
        self.size += len(line)
        if self.size > self.limit:
            while line and line[-1] not in "\r\n":  # the rest of the line is not read again
                line = self.text.readline(1 << 20)
            raise _TooLongError(self.limit)
        return line

    def start_row(self) -> None:
        self.row, self.size = [], 0

    def malformed(self, exc: Exception) -> str:
        """Why the row just read is skipped; its lines after the first are read again."""
        first = self.row[0][0] if self.row else self.line
        kept = self.row[1:-1] if isinstance(exc, _TooLongError) else self.row[1:]
        self.again.extend(reversed(kept))
        if isinstance(exc, _TooLongError):
            what = f"a record longer than max_article_bytes ({exc.args[0]:,})"
        elif str(exc) == "unexpected end of data":
            what = "a quoted field that never closes"
        elif "expected after" in str(exc):
            what = f"text after a closing quote ({exc})"
        else:
            what = _reason(exc)
        after = kept[0][0] if kept else self.line + 1
        again = f"; read on from line {after}" if len(self.row) > 1 else ""
        return f"malformed CSV at line {first}: {what}{again}"


class _TooLongError(Exception):
    """A CSV row longer than its bound."""


def _csv_codec(path: Path) -> tuple[str | None, str]:
    """The codec a UTF-16 or UTF-32 byte-order mark names, else UTF-8 (a byte-order mark
    dropped), else cp1252 (as for text files), if the whole file decodes as it; else None and
    why. Checked in a streaming pass, so no row is read twice as two codecs would read it."""
    with open_regular(path) as handle:
        wide = wide_codec(handle.read(4))
    for codec in (wide,) if wide else ("utf-8-sig", "cp1252"):
        decoder = codecs.getincrementaldecoder(codec)()
        try:
            with open_regular(path) as handle:
                while chunk := handle.read(1 << 20):
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        return codec, ""
    if wide:
        return None, f"undecodable: not {wide.upper()} as its byte-order mark says"
    return None, "undecodable: neither UTF-8 nor cp1252"


def _parquet_rows(path: Path, rules: InputRules) -> Iterator[_Row]:
    """A batch of rows at a time: a row whose strings hold more than ``max_article_bytes``
    characters is skipped, and once the rows read hold more than ``max_compression_ratio``
    times the file's size (past 16 MiB), the file is read no further."""
    import polars as pl

    try:
        total = pl.scan_parquet(path).select(pl.len()).collect().item()
        size = path.stat().st_size
    except (pl.exceptions.PolarsError, OSError) as exc:
        yield 0, f"unreadable Parquet file ({_reason(exc)})"
        return
    read = 0  # characters of the strings read, and 8 bytes a value for the rest
    for start in range(0, total, PARQUET_BATCH):
        stop = inflated(read, size, rules.max_compression_ratio)
        if stop is not None:
            yield start + 1, f"{stop}; records before it were read"
            return
        try:
            batch = pl.scan_parquet(path).slice(start, PARQUET_BATCH).collect()
        except (pl.exceptions.PolarsError, OSError) as exc:
            yield start + 1, f"unreadable ({_reason(exc)}); records before it were read"
            return
        for offset, row in enumerate(batch.iter_rows(named=True)):
            held = sum(len(v) if isinstance(v, str) else 8 for v in row.values())
            read += held
            too_long = held > rules.max_article_bytes
            yield start + offset + 1, too_large(rules.max_article_bytes) if too_long else row


def _reason(exc: BaseException) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
