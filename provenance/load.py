"""Load stage: find article files, decode them exactly, and gather their metadata.

Metadata sources, strongest first: ``manifest.csv`` in the input folder, YAML front matter in a
``.md`` file, a leading ``date YYYY-MM-DD`` line. Text is never newline-translated, so offsets
are code-point indices into the file as decoded.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from provenance.data import DateSource, Document, Notice, Skipped
from provenance.dates import Published, parse_published
from provenance.errors import InputError

ARTICLE_SUFFIXES = (".txt", ".md")
MANIFEST_NAME = "manifest.csv"
MANIFEST_FIELDS = ("outlet", "published", "url", "title")
BINARY_PROBE = 8192

_FRONT_MATTER = re.compile(
    r"\A---[ \t]*\r?\n(?P<yaml>.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL | re.MULTILINE
)
# Matched at the body's start (after any front matter), so no \A anchor.
_DATE_HEADER = re.compile(r"[ \t]*date[ \t]+(?P<date>\d{4}-\d{2}-\d{2})(?=\s|\Z)[ \t]*")
# Front-matter keys read for each metadata field, first present wins.
_FRONT_MATTER_KEYS = {
    "outlet": ("outlet", "source", "publisher", "site_name"),
    "published": ("published", "date", "pubdate"),
    "url": ("url", "canonical_url", "link"),
    "title": ("title", "headline"),
}


# Applies a function to every item, in order: ``map``, or a pool of processes' ``map``.
Mapper = Callable[[Callable[[Any], Any], Sequence[Any]], Iterable[Any]]


@dataclass(frozen=True)
class ManifestEntry:
    line: int
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    title: str | None = None


@dataclass
class LoadResult:
    documents: list[Document] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    files: dict[str, Path] = field(default_factory=dict)  # doc_id → file (``load_paths``)


def doc_id_for(relative: str) -> str:
    """The POSIX path relative to the input folder without its last suffix (as
    ``PurePosixPath(relative).with_suffix("")``, without building a path for every file)."""
    if (
        "//" in relative
        or "/./" in relative
        or relative.startswith("./")
        or relative.endswith(("/", "/."))
    ):
        relative = str(PurePosixPath(relative))  # spelt unusually: normalised first
    folder, slash, name = relative.rpartition("/")
    dot = name.rfind(".")
    return folder + slash + (name[:dot] if 0 < dot < len(name) - 1 else name)


def load_corpus(root: Path, *, exclude: Path | None = None, mapper: Mapper = map) -> LoadResult:
    """Read every article under ``root``; raise InputError when nothing usable is there.
    ``mapper`` reads the files, in order (a pool of processes' ``map`` for a large corpus)."""
    if not root.exists():
        raise InputError(f"{root}: no such directory")
    if not root.is_dir():
        raise InputError(f"{root}: not a directory")
    manifest = read_manifest(root / MANIFEST_NAME)
    result = LoadResult()
    seen: dict[str, str] = {}
    found, unreadable = discover(root, exclude=exclude)
    result.skipped.extend(unreadable)
    wanted: list[tuple[Path, str, ManifestEntry | None]] = []
    for path, relative in found:
        if not _is_utf8(relative):
            result.skipped.append(Skipped(_printable(relative), "file name is not valid UTF-8"))
            continue
        doc_id = doc_id_for(relative)
        if doc_id in seen:
            raise InputError(
                f"{relative}: doc_id {doc_id!r} is also the doc_id of {seen[doc_id]}; "
                "rename one of the files"
            )
        seen[doc_id] = relative
        wanted.append((path, relative, manifest.get(doc_id)))
    for loaded, notices in mapper(_read_one, wanted):
        result.notices.extend(notices)
        if isinstance(loaded, Skipped):
            result.skipped.append(loaded)
        else:
            result.documents.append(loaded)
    for doc_id in sorted(set(manifest) - set(seen)):
        result.notices.append(
            Notice(MANIFEST_NAME, f"line {manifest[doc_id].line}: no article file for {doc_id!r}")
        )
    result.skipped.sort(key=lambda s: s.path)
    if not result.documents:
        raise InputError(f"{root}: no readable .txt or .md article found{skip_summary(result)}")
    return result


def load_paths(
    paths: Sequence[Path],
    root: Path,
    *,
    manifest: Path | None = None,
    outside_root: bool = False,
) -> LoadResult:
    """Read the articles at ``paths`` (files, or folders searched as ``trace`` does), with
    doc_ids relative to ``root`` and metadata from ``manifest`` (default: ``root``'s). A file
    outside ``root`` is an error, unless ``outside_root``: then its doc_id is its path as
    given. Unlike ``load_corpus``, finding nothing is not an error."""
    entries = read_manifest(manifest if manifest is not None else root / MANIFEST_NAME)
    if manifest is not None and not manifest.is_file():
        raise InputError(f"{manifest}: no such manifest")
    if not root.is_dir():
        raise InputError(f"{root}: no such folder (the root doc_ids are relative to)")
    result = LoadResult()
    seen: dict[str, Path] = {}
    for path, relative in _expand(paths, root.resolve(), outside_root, result):
        doc_id = doc_id_for(relative)
        if doc_id in seen:
            if seen[doc_id].resolve() == path.resolve():
                continue  # named twice (a file and its folder): read once
            raise InputError(f"{path}: doc_id {doc_id!r} is also the doc_id of {seen[doc_id]}")
        seen[doc_id] = path
        loaded = read_document(path, relative, entries.get(doc_id), result.notices)
        if isinstance(loaded, Skipped):
            result.skipped.append(Skipped(str(path), loaded.reason))
        else:
            result.documents.append(loaded)
            result.files[doc_id] = path
    return result


def _expand(
    paths: Sequence[Path], root: Path, outside_root: bool, result: LoadResult
) -> Iterator[tuple[Path, str]]:
    """(file, its path relative to ``root``) for every article the paths name, in order."""
    for given in paths:
        if given.is_dir():
            found, unreadable = discover(given)
            result.skipped.extend(unreadable)
            files = [path for path, _ in found]
        elif given.is_file():
            files = [given]
        else:
            raise InputError(f"{given}: no such file or directory")
        for path in files:
            try:
                relative = path.resolve().relative_to(root).as_posix()
            except ValueError:
                if not outside_root:
                    raise InputError(
                        f"{path}: outside the root {root}; pass --root to name its folder"
                    ) from None
                relative = PurePosixPath(path.as_posix()).as_posix()
            yield path, relative


def skip_summary(result: LoadResult) -> str:
    if not result.skipped:
        return ""
    first = result.skipped[0]
    more = f" and {len(result.skipped) - 1} more" if len(result.skipped) > 1 else ""
    return f" (skipped {first.path}: {first.reason}{more})"


def _is_utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:  # undecodable bytes in a file name surface as surrogates
        return False
    return True


def _printable(name: str) -> str:
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def discover(
    root: Path, *, exclude: Path | None = None
) -> tuple[list[tuple[Path, str]], list[Skipped]]:
    """Article files under ``root`` as (path, POSIX path relative to ``root``), sorted by the
    latter, without dot-entries and ``exclude``; and the folders that could not be listed."""
    excluded = exclude.resolve() if exclude is not None else None
    found: list[tuple[Path, str]] = []
    top = os.fspath(root)
    unreadable: list[Skipped] = []

    def record(error: OSError) -> None:
        where = Path(error.filename).relative_to(root).as_posix() if error.filename else "."
        unreadable.append(Skipped(_printable(where), f"unreadable folder: {error.strerror}"))

    for folder, dirs, files in os.walk(root, onerror=record):
        here = Path(folder)
        dirs[:] = [d for d in dirs if not d.startswith(".") and (here / d).resolve() != excluded]
        inside = folder[len(top) :].lstrip(os.sep)  # os.walk joins onto ``top`` as given
        prefix = inside.replace(os.sep, "/") + "/" if inside else ""
        found.extend(
            (here / name, prefix + name)
            for name in files
            if not name.startswith(".") and name.lower().endswith(ARTICLE_SUFFIXES)
        )
    return sorted(found, key=lambda item: item[1]), unreadable


def _read_one(
    item: tuple[Path, str, ManifestEntry | None],
) -> tuple[Document | Skipped, list[Notice]]:
    notices: list[Notice] = []
    return read_document(*item, notices), notices


def read_document(
    path: Path, relative: str, entry: ManifestEntry | None, notices: list[Notice]
) -> Document | Skipped:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return Skipped(relative, f"unreadable: {exc.strerror or exc}")
    decoded = decode(raw)
    if isinstance(decoded, str):
        return Skipped(relative, decoded)
    text, encoding = decoded
    if encoding == "cp1252":
        notices.append(Notice(relative, "not valid UTF-8; read as cp1252"))
    is_markdown = relative.lower().endswith(".md")
    body_start, front = _front_matter(text, relative, notices) if is_markdown else (0, {})
    header = _DATE_HEADER.match(text, body_start)
    header_date: Published | None = None
    if header:
        header_date = parse_published(header["date"])
        if header_date is None:
            notices.append(Notice(relative, f"date header {header['date']!r} is not a valid date"))
        body_start = header.end()
    return _with_metadata(
        Document(
            doc_id=doc_id_for(relative),
            path=relative,
            text=text,
            encoding=encoding,
            body_start=body_start,
        ),
        entry,
        front,
        header_date,
        notices,
    )


def decode(raw: bytes) -> tuple[str, str] | str:
    """(text, codec) for readable bytes, else the reason the file is skipped."""
    if b"\x00" in raw[:BINARY_PROBE]:
        return "binary file (NUL byte in the first 8 KiB)"
    codec = "utf-8-sig" if raw.startswith(b"\xef\xbb\xbf") else "utf-8"
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError:
        try:
            text, codec = raw.decode("cp1252"), "cp1252"
        except UnicodeDecodeError as exc:
            byte = raw[exc.start]
            return f"undecodable: neither UTF-8 nor cp1252 (byte 0x{byte:02x} at {exc.start})"
    return (text, codec) if text.strip() else "empty file"


def _front_matter(text: str, relative: str, notices: list[Notice]) -> tuple[int, dict[str, Any]]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return 0, {}
    try:
        data = yaml.safe_load(match["yaml"])
    except (yaml.YAMLError, ValueError, OverflowError) as exc:  # bad YAML, or date: 2025-02-30
        first = str(exc).splitlines()[0] if str(exc) else "parse error"
        notices.append(Notice(relative, f"front matter is not valid YAML ({first}); ignored"))
        return match.end(), {}
    if data is None:
        return match.end(), {}
    if not isinstance(data, dict):
        notices.append(Notice(relative, "front matter is not a YAML mapping; ignored"))
        return match.end(), {}
    return match.end(), data


def _with_metadata(
    doc: Document,
    entry: ManifestEntry | None,
    front: dict[str, Any],
    header_date: Published | None,
    notices: list[Notice],
) -> Document:
    fields: dict[str, Any] = {}
    for name in ("outlet", "url", "title"):
        manifest_value = getattr(entry, name) if entry else None
        fields[name] = manifest_value or _front_value(front, name)
    published, source = None, DateSource.NONE
    if entry and entry.published:
        published = parse_published(entry.published)
        if published is None:
            notices.append(
                Notice(
                    MANIFEST_NAME,
                    f"line {entry.line}: published {entry.published!r} is not an ISO date; "
                    "treated as unknown",
                )
            )
        else:
            source = DateSource.MANIFEST
    if published is None:
        raw = next((front[k] for k in _FRONT_MATTER_KEYS["published"] if k in front), None)
        published = parse_published(raw)
        if published is not None:
            source = DateSource.FRONTMATTER
        elif raw not in (None, ""):
            notices.append(Notice(doc.path, f"front matter date {raw!r} is not an ISO date"))
    if published is None and header_date is not None:
        published, source = header_date, DateSource.HEADER
    return Document(**{**doc.__dict__, **fields, "published": published, "date_source": source})


def _front_value(front: dict[str, Any], name: str) -> str | None:
    for key in _FRONT_MATTER_KEYS[name]:
        value = front.get(key)
        if value is not None and str(value).strip():
            return str(value).strip()
    return None


def read_manifest(path: Path) -> dict[str, ManifestEntry]:
    """Entries keyed by doc_id; an absent manifest is an empty one, a malformed one an error."""
    if not path.is_file():
        return {}
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path}: manifest is not valid UTF-8") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read manifest ({exc.strerror})") from None
    rows = _manifest_rows(path, text)
    header = next(rows, None)
    if header is None:
        raise InputError(f"{path}: manifest is empty (it needs a header row)")
    columns = [c.strip() for c in header[1]]
    _check_manifest_header(path, columns)
    entries: dict[str, ManifestEntry] = {}
    for line, row in rows:
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(columns):
            raise InputError(
                f"{path}: line {line}: {len(row)} fields where the header has {len(columns)}"
            )
        cells = {c: v.strip() for c, v in zip(columns, row, strict=True)}
        doc_id = _manifest_doc_id(path, line, cells)
        if doc_id in entries:
            raise InputError(
                f"{path}: line {line}: {doc_id!r} is already listed on line {entries[doc_id].line}"
            )
        entries[doc_id] = ManifestEntry(
            line=line, **{name: cells.get(name) or None for name in MANIFEST_FIELDS}
        )
    return entries


def _manifest_doc_id(path: Path, line: int, cells: dict[str, str]) -> str:
    by_id = cells.get("doc_id", "")
    by_file = doc_id_for(cells["file"]) if cells.get("file") else ""
    if by_id and by_file and by_id != by_file:
        raise InputError(
            f"{path}: line {line}: doc_id {by_id!r} and file {cells['file']!r} name different "
            "articles"
        )
    if not (by_id or by_file):
        raise InputError(f"{path}: line {line}: empty doc_id/file cell")
    return by_id or by_file


def _manifest_rows(path: Path, text: str) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        for row in reader:
            yield reader.line_num, row
    except csv.Error as exc:
        raise InputError(f"{path}: line {reader.line_num}: malformed CSV ({exc})") from None


def _check_manifest_header(path: Path, columns: list[str]) -> None:
    if "doc_id" not in columns and "file" not in columns:
        raise InputError(f"{path}: manifest needs a 'doc_id' or 'file' column")
    allowed = {"doc_id", "file", *MANIFEST_FIELDS}
    unknown = [c for c in columns if c not in allowed]
    if unknown:
        raise InputError(
            f"{path}: unknown manifest column {unknown[0]!r} "
            f"(allowed: {', '.join(sorted(allowed))})"
        )
    duplicated = sorted({c for c in columns if columns.count(c) > 1})
    if duplicated:
        raise InputError(f"{path}: manifest column {duplicated[0]!r} appears twice")
