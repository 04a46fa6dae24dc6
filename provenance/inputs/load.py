"""Load stage: find article files, decode them exactly, and gather their metadata.

Metadata sources, strongest first: ``manifest.csv`` in the input folder, YAML front matter in a
``.md`` file, a leading ``date YYYY-MM-DD`` line. Text is never newline-translated, so offsets
are code-point indices into the file as decoded.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, NamedTuple

import yaml

from provenance.dates import Published, parse_published
from provenance.errors import InputError
from provenance.inputs.dumps import RECORD_SUFFIXES, Fields, is_record_file, records
from provenance.inputs.files import not_regular, open_regular, read_bounded, wide_codec
from provenance.inputs.html_pages import HTML_SUFFIXES, extract, is_html_file
from provenance.inputs.warc import WARC_SUFFIXES, is_warc_file, responses
from provenance.model import DateSource, Document, Notice, Skipped, SourceFormat
from provenance.reports import schema
from provenance.settings import InputRules

TEXT_SUFFIXES = (".txt", ".md")
ARTICLE_SUFFIXES = (*TEXT_SUFFIXES, *HTML_SUFFIXES, *RECORD_SUFFIXES, *WARC_SUFFIXES)
# Suffixes of two parts that name one format: ``dump.jsonl.gz`` has the doc_id ``dump``.
DOUBLE_SUFFIXES = (".jsonl.gz", ".warc.gz")
# a folder holding both is a report folder, whose reports are not read as articles
REPORT_MARKERS = (schema.RUN_RECORD, schema.DOCUMENTS.file)
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


# Reads files (``read_file`` over them), results in order: in this process (``serial``), in a
# pool of processes, or on an engine. Its second argument is the work a file would take off
# this process in a pool, on average, against a text file's read (a pool pays off for pages).
FileReader = Callable[[Sequence["FileItem"], float], Iterable["Read"]]
PAGE_COST = 20  # an HTML page or WARC file takes about as long to read as this many text files
# A text file takes nothing off this process in a pool: handing it to a process and its
# document back costs about as much as reading it (35,000 text files: 1.2 s of this
# process's time in a pool of two, against 1.7 s to read them here, in half the wall time).
TEXT_FILE_COST = 0
PAGE_SLICE = 4096  # files handed to the reader at once
RECORD_BATCH = 1000  # records of a record file read before they are handed on


def serial(items: Sequence[FileItem], cost: float = 1.0) -> Iterable[Read]:
    """The default file reader: ``read_file`` in this process."""
    del cost
    return map(read_file, items)


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
    ``PurePosixPath(relative).with_suffix("")``, without building a path for every file);
    ``.jsonl.gz`` and ``.warc.gz`` count as one suffix."""
    if (
        "//" in relative
        or "/./" in relative
        or relative.startswith("./")
        or relative.endswith(("/", "/."))
    ):
        relative = str(PurePosixPath(relative))  # spelt unusually: normalised first
    folder, slash, name = relative.rpartition("/")
    lowered = name.lower()
    if lowered.endswith(DOUBLE_SUFFIXES):  # (one test for the usual name: a single suffix)
        double = next(x for x in DOUBLE_SUFFIXES if lowered.endswith(x))
        if len(name) > len(double):
            return folder + slash + name[: -len(double)]
    dot = name.rfind(".")
    return folder + slash + (name[:dot] if 0 < dot < len(name) - 1 else name)


def load_corpus(
    root: Path,
    *,
    exclude: Path | None = None,
    read_files: FileReader = serial,
    fields: Fields | None = None,
    rules: InputRules | None = None,
) -> LoadResult:
    """Read every article under ``root``; raise InputError when nothing usable is there.
    ``read_files`` reads the files, in order (a pool of processes for a large corpus);
    record files are streamed here, a record at a time. ``fields``: record field names;
    ``rules``: what may be read (default ``InputRules()``)."""
    result = LoadResult()
    for batch in stream_corpus(
        root, result, exclude=exclude, read_files=read_files, fields=fields, rules=rules
    ):
        result.documents.extend(batch)
    return in_order(result)


def stream_corpus(
    root: Path,
    into: LoadResult,
    *,
    exclude: Path | None = None,
    read_files: FileReader = serial,
    fields: Fields | None = None,
    rules: InputRules | None = None,
) -> Iterator[list[Document]]:
    """``load_corpus`` a batch of documents at a time, in the order read (files by path,
    records in order), holding none of them: what was skipped and the notices are added to
    ``into`` as they come, and ``into.documents`` is left alone. Raises InputError, once all is
    read, when no document was."""
    if not root.exists():
        raise InputError(f"{root}: no such directory")
    if not root.is_dir():
        raise InputError(f"{root}: not a directory")
    manifest = read_manifest(root / MANIFEST_NAME)
    rules = rules or InputRules()
    found, unreadable = discover(root, exclude=exclude, follow_symlinks=rules.follow_symlinks)
    into.skipped.extend(unreadable)
    yield from _stream_listed(
        str(root), found, manifest, into, read_files=read_files, fields=fields, rules=rules
    )


def load_listed(
    where: str,
    found: Sequence[tuple[Any, str]],
    manifest: dict[str, ManifestEntry],
    *,
    read_files: FileReader = serial,
    fields: Fields | None = None,
    skipped: Sequence[Skipped] = (),
    records_here: bool = True,
    rules: InputRules | None = None,
) -> LoadResult:
    """Read the listed files (each as (what ``read_files`` reads it from, its path relative to the
    root), sorted by the latter); ``records_here``: stream record files in this process, else
    hand them to ``read_files`` too (files only it can reach)."""
    result = LoadResult(skipped=list(skipped))
    for batch in _stream_listed(
        where,
        found,
        manifest,
        result,
        read_files=read_files,
        fields=fields,
        records_here=records_here,
        rules=rules,
    ):
        result.documents.extend(batch)
    return in_order(result)


def in_order(result: LoadResult) -> LoadResult:
    """``result`` with its documents and skips sorted, as loading gives them."""
    result.documents.sort(key=lambda d: d.doc_id)
    result.skipped.sort(key=lambda s: (s.path, s.record or 0))
    return result


def _stream_listed(
    where: str,
    found: Sequence[tuple[Any, str]],
    manifest: dict[str, ManifestEntry],
    result: LoadResult,
    *,
    read_files: FileReader = serial,
    fields: Fields | None = None,
    records_here: bool = True,
    rules: InputRules | None = None,
) -> Iterator[list[Document]]:
    """``load_listed`` as batches of documents; skips and notices go to ``result``."""
    listed: set[str] = set()  # doc_ids of the listed files
    pages: list[FileItem] = []
    dumps: list[FileItem] = []
    for _, item in listed_items(found, manifest, fields, result.skipped, rules):
        listed.add(doc_id_for(item.relative))
        (dumps if is_record_file(item.relative) and records_here else pages).append(item)
    heavy = sum(is_html_file(i.relative) or is_warc_file(i.relative) for i in pages)
    cost = (TEXT_FILE_COST * (len(pages) - heavy) + PAGE_COST * heavy) / max(len(pages), 1)
    ids: dict[str, str] = {}  # doc_id → file, of every document read
    for read in _read_all(pages, dumps, read_files, cost):
        documents, skipped, notices = read
        _check_distinct(documents, ids)
        result.skipped.extend(skipped)
        result.notices.extend(notices)
        if documents:
            yield documents
    for _, relative in found:
        notice = record_file_notice(relative, manifest)
        if notice is not None:
            result.notices.append(notice)
    for doc_id in sorted(set(manifest) - set(ids) - listed):
        result.notices.append(
            Notice(MANIFEST_NAME, f"line {manifest[doc_id].line}: no article file for {doc_id!r}")
        )
    if not ids:
        raise nothing_read(where, result)


def nothing_read(where: Path | str, result: LoadResult) -> InputError:
    """The error for a folder or file that held no readable article, naming what was
    skipped."""
    return InputError(f"{where}: no readable article found{skip_summary(result)}")


def load_file(
    path: Path, *, fields: Fields | None = None, rules: InputRules | None = None
) -> LoadResult:
    """Read one article or record file as its folder would be read if it held that file
    alone: the same doc_ids, manifest rows and skips (named relative to the folder). Raises
    InputError when it holds no readable article, as an empty folder does."""
    result = load_paths([path], path.parent, fields=fields, rules=rules)
    result.skipped = [Skipped(path.name, s.reason, s.record) for s in result.skipped]
    if not result.documents:
        raise nothing_read(path, result)
    return in_order(result)


def listed_items(
    found: Iterable[tuple[Any, str]],
    manifest: dict[str, ManifestEntry],
    fields: Fields | None,
    skipped: list[Skipped],
    rules: InputRules | None = None,
) -> Iterator[tuple[int, FileItem]]:
    """The listed files to read (``found``: what each is read from, and its path relative to
    the root), each with its place in ``found`` and the manifest rows that may describe it; a
    record file carries ``fields``, every file ``rules``. A name that is not UTF-8 is skipped
    (into ``skipped``); two files with one doc_id are an error."""
    seen: dict[str, str] = {}
    for k, (path, relative) in enumerate(found):
        if not _is_utf8(relative):
            skipped.append(Skipped(_printable(relative), "file name is not valid UTF-8"))
            continue
        doc_id = doc_id_for(relative)
        if doc_id in seen:
            raise InputError(
                f"{relative}: doc_id {doc_id!r} is also the doc_id of {seen[doc_id]}; "
                "rename one of the files"
            )
        seen[doc_id] = relative
        entries = _entries_for(manifest, doc_id, relative)
        record_fields = fields if is_record_file(relative) else None
        yield k, FileItem(path, relative, entries, record_fields, rules or InputRules())


def record_file_notice(relative: str, manifest: dict[str, ManifestEntry]) -> Notice | None:
    """A warning for a manifest row naming a record file: its records need their own."""
    if not is_record_file(relative):
        return None
    doc_id = doc_id_for(relative)
    if doc_id not in manifest:
        return None
    return Notice(
        MANIFEST_NAME,
        f"line {manifest[doc_id].line}: {relative} holds records; "
        f"name each by its doc_id ({doc_id}#ID)",
    )


def file_item_json(item: FileItem) -> dict[str, Any]:
    """A file to read as JSON values (for processes that do not share Python's pickles):
    ``file_item_from_json`` gives it back."""
    return {
        "path": item.path if isinstance(item.path, str) else str(item.path),
        "relative": item.relative,
        "entries": {
            k: [e.line, e.outlet, e.published, e.url, e.title] for k, e in item.entries.items()
        },
        "fields": None
        if item.fields is None
        else {k: list(v) for k, v in item.fields.__dict__.items()},
        "rules": item.rules.__dict__,
    }


def file_item_from_json(found: dict[str, Any]) -> FileItem:
    entries = {k: ManifestEntry(*v) for k, v in found["entries"].items()}
    fields = (
        None
        if found["fields"] is None
        else Fields(**{k: tuple(v) for k, v in found["fields"].items()})
    )
    rules = InputRules(**found["rules"])
    return FileItem(Path(found["path"]), found["relative"], entries, fields, rules)


def _read_all(
    pages: Sequence[FileItem], dumps: Sequence[FileItem], read_files: FileReader, cost: float
) -> Iterator[Read]:
    """What every file holds: pages through ``read_files`` a slice at a time (a pool reads ahead
    of what is taken from it, so a slice bounds what waits in memory), then record files here,
    a batch of records at a time."""
    for start in range(0, len(pages), PAGE_SLICE):
        yield from read_files(pages[start : start + PAGE_SLICE], cost)
    for item in dumps:
        yield from _stream_records(item)


def wanted_file(relative: str, folders_with_reports: set[str]) -> bool:
    """Whether discovery reads a file (a path relative to the root): an article suffix, no
    dot-entry on the way, not ``manifest.csv``, not in an earlier run's report folder."""
    parts = relative.split("/")
    folder = "/".join(parts[:-1])
    return (
        not any(p.startswith(".") for p in parts)
        and parts[-1].lower().endswith(ARTICLE_SUFFIXES)
        and parts[-1].lower() != MANIFEST_NAME
        and not any(folder == f or folder.startswith(f + "/") for f in folders_with_reports)
    )


class FileItem(NamedTuple):
    """One file to read, with the manifest rows that may describe what it holds (a named
    tuple: tens of thousands cross to the reading processes)."""

    path: Path
    relative: str
    entries: dict[str, ManifestEntry]  # by doc_id: the file's own, or its records'
    fields: Fields | None = None  # record field names, for a record file
    rules: InputRules = InputRules()  # what may be read


# What reading one file gives: its articles, what was skipped, and warnings.
Read = tuple[list[Document], list[Skipped], list[Notice]]


def _entries_for(
    manifest: dict[str, ManifestEntry], doc_id: str, relative: str
) -> dict[str, ManifestEntry]:
    if not is_record_file(relative) and not is_warc_file(relative):
        return {doc_id: manifest[doc_id]} if doc_id in manifest else {}
    prefix = doc_id + "#"
    return {k: v for k, v in manifest.items() if k.startswith(prefix)}


def _check_distinct(documents: Sequence[Document], seen: dict[str, str]) -> None:
    """Refuse a doc_id already read from another file (``seen``: doc_id → file, updated)."""
    for doc in documents:
        if seen.setdefault(doc.doc_id, doc.path) != doc.path:
            raise InputError(
                f"{doc.path}: doc_id {doc.doc_id!r} is also the doc_id of an article in "
                f"{seen[doc.doc_id]}; rename one of the files"
            )


def read_file(item: FileItem) -> Read:
    """Every article of one file: a text or HTML file holds one, a record or WARC file many.
    What is not a regular file (a folder, a FIFO, a device) is skipped unopened."""
    name = item.relative.lower()
    if is_record_file(name):
        return _read_records(item)
    reason = not_regular(item.path)
    if reason is not None:
        return [], [Skipped(item.relative, reason)], []
    if is_warc_file(name):
        return _read_warc(item)
    notices: list[Notice] = []
    doc_id = doc_id_for(item.relative)
    entry = item.entries.get(doc_id)
    if is_html_file(name):
        loaded = _read_html(item.path, item.relative, entry, notices, rules=item.rules)
    else:
        loaded = read_document(item.path, item.relative, entry, notices, item.rules, doc_id)
    if isinstance(loaded, Skipped):
        return [], [loaded], notices
    return [loaded], [], notices


def load_paths(
    paths: Sequence[Path],
    root: Path,
    *,
    manifest: Path | None = None,
    outside_root: bool = False,
    fields: Fields | None = None,
    rules: InputRules | None = None,
) -> LoadResult:
    """Read the articles at ``paths`` (files, or folders searched as ``trace`` does), with
    doc_ids relative to ``root`` and metadata from ``manifest`` (default: ``root``'s). A file
    outside ``root`` is an error, unless ``outside_root``: then its doc_id is its path as
    given. Unlike ``load_corpus``, finding nothing is not an error. ``rules``: what may be
    read (default ``InputRules()``)."""
    rules = rules or InputRules()
    used = manifest if manifest is not None else root / MANIFEST_NAME
    entries = read_manifest(used)
    if manifest is not None and not manifest.is_file():
        raise InputError(f"{manifest}: no such manifest")
    if not root.is_dir():
        raise InputError(f"{root}: no such folder (the root doc_ids are relative to)")
    result = LoadResult()
    if manifest is None:  # one named is the one meant
        result.notices.extend(_manifests_not_read(paths, used))
    seen: dict[str, Path] = {}
    described = False  # whether a row of the manifest named an article read
    for path, relative in _expand(paths, root.resolve(), outside_root, result, rules):
        doc_id = doc_id_for(relative)
        if doc_id in seen:
            if seen[doc_id].resolve() == path.resolve():
                continue  # named twice (a file and its folder): read once
            raise InputError(f"{path}: doc_id {doc_id!r} is also the doc_id of {seen[doc_id]}")
        seen[doc_id] = path
        rows = _entries_for(entries, doc_id, relative)
        described = described or bool(rows)
        documents, skipped, notices = read_file(FileItem(path, relative, rows, fields, rules))
        result.notices.extend(notices)
        result.skipped.extend(Skipped(str(path), s.reason, s.record) for s in skipped)
        for doc in documents:
            result.documents.append(doc)
            result.files[doc.doc_id] = path
    if manifest is not None and entries and seen and not described:
        example = next(iter(seen))
        result.notices.append(
            Notice(
                str(manifest),
                f"no row names an article read here (their doc_ids are like {example!r}); "
                "pass --root to name the folder doc_ids are relative to",
            )
        )
    _check_distinct(result.documents, {})
    return result


def _manifests_not_read(paths: Sequence[Path], used: Path) -> list[Notice]:
    """A notice for each manifest.csv beside the articles named (in a folder named, or in the
    folder of a file named) that is not the one read (``used``, the root's): its dates and
    outlets would otherwise go unused without a word."""
    # each folder once, however it is named (inc, ./inc, inc/../inc): as first named
    folders = {(p if p.is_dir() else p.parent).resolve(): p for p in reversed(paths)}
    found = [(p if p.is_dir() else p.parent) / MANIFEST_NAME for _, p in sorted(folders.items())]
    unused = [m for m in found if m.is_file() and not (used.is_file() and m.samefile(used))]
    return [
        Notice(
            str(m),
            f"not read: dates and outlets come from {used}"
            f"{'' if used.is_file() else ' (there is none)'}; to use this one, pass "
            f"--manifest {m} --root {m.parent}",
        )
        for m in unused
    ]


def _expand(
    paths: Sequence[Path], root: Path, outside_root: bool, result: LoadResult, rules: InputRules
) -> Iterator[tuple[Path, str]]:
    """(file, its path relative to ``root``) for every article the paths name, in order. A
    symbolic link is named by where it lies, not by where it leads, as discovery names it."""
    for given in paths:
        if given.is_dir():
            found, unreadable = discover(given, follow_symlinks=rules.follow_symlinks)
            # named as every other file of a check is: the folder as given, then the file
            result.skipped.extend(
                Skipped(str(given / s.path), s.reason, s.record) for s in unreadable
            )
            files = [(path, given.resolve() / inside) for path, inside in found]
        elif given.exists():  # a file; read_file skips what is not a regular one
            files = [(given, given.parent.resolve() / given.name)]
        else:
            raise InputError(f"{given}: no such file or directory")
        for path, where in files:
            try:
                relative = where.relative_to(root).as_posix()
            except ValueError:
                if not outside_root:
                    raise InputError(
                        f"{path}: outside the root {root}; pass --root to name its folder"
                    ) from None
                relative = PurePosixPath(path.as_posix()).as_posix()
            yield path, relative


def refuse_skips(result: LoadResult, where: Path | str) -> None:
    """Strict reading: any file or record skipped is an error naming the first."""
    if result.skipped:
        first = result.skipped[0]
        record = f" record {first.record}" if first.record is not None else ""
        n = len(result.skipped)
        raise InputError(
            f"{where}: {n} input{'s' if n != 1 else ''} skipped in strict mode, first "
            f"{first.path}{record}: {first.reason}"
        )


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
    root: Path, *, exclude: Path | None = None, follow_symlinks: bool = False
) -> tuple[list[tuple[Path, str]], list[Skipped]]:
    """Article files under ``root`` as (path, POSIX path relative to ``root``), sorted by the
    latter, without dot-entries and ``exclude``; and what was not read: folders that could not
    be listed, and symbolic links to folders or out of ``root`` (unless ``follow_symlinks``:
    then only a link to a folder it is in, which would loop)."""
    excluded = exclude.resolve() if exclude is not None else None
    found: list[tuple[Path, str]] = []
    top = os.fspath(root)
    unreadable: list[Skipped] = []
    real_top = os.path.realpath(top)
    # with links followed: each folder's real path, and the real folders it lies in
    chains: dict[str, tuple[str, frozenset[str]]] = {top: (real_top, frozenset({real_top}))}

    def record(error: OSError) -> None:
        where = Path(error.filename).relative_to(root).as_posix() if error.filename else "."
        unreadable.append(Skipped(_printable(where), f"unreadable folder: {error.strerror}"))

    for folder, dirs, files in os.walk(root, onerror=record, followlinks=follow_symlinks):
        here = Path(folder)
        real_here, chain = chains.pop(folder, (real_top, frozenset()))
        if all(marker in files for marker in REPORT_MARKERS):
            if folder != top:
                dirs[:] = []  # an earlier run's reports: their CSVs are not articles
                continue
            # reports written into the input folder itself: the rest is still read
            files = [name for name in files if name not in schema.REPORT_FILES]
            dirs[:] = [d for d in dirs if d != "texts"]
        dirs[:] = [d for d in dirs if not d.startswith(".") and (here / d).resolve() != excluded]
        inside = folder[len(top) :].lstrip(os.sep)  # os.walk joins onto ``top`` as given
        prefix = inside.replace(os.sep, "/") + "/" if inside else ""
        followed = []
        for name in dirs:
            linked = (here / name).is_symlink()
            if linked and not follow_symlinks:
                unreadable.append(Skipped(_printable(prefix + name), _LINKED_FOLDER))
                continue
            real = os.path.realpath(here / name) if linked else f"{real_here}{os.sep}{name}"
            if real in chain:
                unreadable.append(Skipped(_printable(prefix + name), _LOOP))
                continue
            followed.append(name)
            if follow_symlinks:  # the key os.walk gives the folder as
                chains[os.path.join(folder, name)] = (real, chain | {real})  # noqa: PTH118
        dirs[:] = followed
        for name in files:
            if not wanted_file(name, set()):
                continue
            path = here / name
            if not follow_symlinks and _links_out(path, real_top):
                unreadable.append(Skipped(_printable(prefix + name), _LINK_OUT))
            else:
                found.append((path, prefix + name))
    return sorted(found, key=lambda item: item[1]), unreadable


_LINKED_FOLDER = "symbolic link to a folder: not followed (--follow-symlinks reads it)"
_LINK_OUT = "symbolic link out of the input folder: not followed (--follow-symlinks reads it)"
_LOOP = "symbolic link to a folder it lies in: not followed again"


def _links_out(path: Path, real_top: str) -> bool:
    """Whether ``path`` is a symbolic link to somewhere outside ``real_top`` (a real path)."""
    # (``Path.is_symlink`` asks the same through more calls)
    if not os.path.islink(path):  # noqa: PTH114
        return False
    real = os.path.realpath(path)
    return real != real_top and not real.startswith(real_top.rstrip(os.sep) + os.sep)


def read_document(
    path: Path,
    relative: str,
    entry: ManifestEntry | None,
    notices: list[Notice],
    rules: InputRules | None = None,
    doc_id: str | None = None,
) -> Document | Skipped:
    """The article of a text file (``doc_id``: ``doc_id_for(relative)``, when known)."""
    rules = rules or InputRules()
    raw = read_bounded(path, rules.max_article_bytes)
    if isinstance(raw, str):
        return Skipped(relative, raw)
    decoded = decode(raw)
    if isinstance(decoded, str):
        return Skipped(relative, decoded)
    text, encoding = decoded
    if encoding == "cp1252":
        notices.append(Notice(relative, "not valid UTF-8; read as cp1252"))
    is_markdown = relative.lower().endswith(".md")
    body_start, front = 0, dict[str, Any]()
    if is_markdown:
        body_start, front = _front_matter(text, relative, notices, rules)
    body_start, header_date = _date_header(text, body_start, relative, notices)
    return _with_metadata(
        Document(
            doc_id=doc_id or doc_id_for(relative),
            path=relative,
            text=text,
            encoding=encoding,
            body_start=body_start,
        ),
        entry,
        _Meta(front, DateSource.FRONTMATTER, header_date),
        notices,
    )


def _date_header(
    text: str, start: int, where: str, notices: list[Notice]
) -> tuple[int, Published | None]:
    """Where the body starts after a ``date YYYY-MM-DD`` line at ``start``, and its date."""
    header = _DATE_HEADER.match(text, start)
    if not header:
        return start, None
    found = parse_published(header["date"])
    if found is None:
        notices.append(Notice(where, f"date header {header['date']!r} is not a valid date"))
    return header.end(), found


def _read_html(
    path: Path,
    relative: str,
    entry: ManifestEntry | None,
    notices: list[Notice],
    *,
    url: str | None = None,
    captured: Published | None = None,
    raw: bytes | None = None,
    doc_id: str | None = None,
    record: int | None = None,
    rules: InputRules | None = None,
) -> Document | Skipped:
    """An HTML page (a file, or a WARC response given as ``raw``) as an article."""
    if raw is None:
        read = read_bounded(path, (rules or InputRules()).max_article_bytes)
        if isinstance(read, str):
            return Skipped(relative, read)
        raw = read
    if not raw.strip():
        return Skipped(relative, "empty file" if record is None else "empty page", record)
    page = extract(raw, url)
    if isinstance(page, str):
        return Skipped(relative, page, record)
    where = relative if record is None else f"{relative} record {record}"
    body_start, header_date = _date_header(page.text, 0, where, notices)
    meta = {"published": page.published, "outlet": page.outlet, "url": page.url}
    return _with_metadata(
        Document(
            doc_id=doc_id or doc_id_for(relative),
            path=relative,
            text=page.text,
            encoding="utf-8",
            body_start=body_start,
            source_format=SourceFormat.HTML if record is None else SourceFormat.WARC,
        ),
        entry,
        _Meta({**meta, "title": page.title}, DateSource.HTML, header_date, captured, where),
        notices,
    )


def _read_records(item: FileItem) -> Read:
    documents: list[Document] = []
    skipped: list[Skipped] = []
    notices: list[Notice] = []
    for batch, batch_skipped, batch_notices in _stream_records(item):
        documents.extend(batch)
        skipped.extend(batch_skipped)
        notices.extend(batch_notices)
    return documents, skipped, notices


def _stream_records(item: FileItem) -> Iterator[Read]:
    """The articles of a record file, ``RECORD_BATCH`` records at a time."""
    documents: list[Document] = []
    skipped: list[Skipped] = []
    notices: list[Notice] = []
    reason = not_regular(item.path)
    if reason is not None:
        yield documents, [Skipped(item.relative, reason)], notices
        return
    base = doc_id_for(item.relative)
    taken: dict[str, int] = {}
    for number, found in records(item.path, item.fields or Fields(), item.rules):
        if isinstance(found, str):
            skipped.append(Skipped(item.relative, found, number or None))
            continue
        key = found["id"] or str(number)
        if key in taken:
            reason = f"id {key!r} is also the id of record {taken[key]}"
            skipped.append(Skipped(item.relative, reason, number))
            continue
        taken[key] = number
        doc_id = f"{base}#{key}"
        where = f"{item.relative} record {number}"
        text = found["text"]
        body_start, header_date = _date_header(text, 0, where, notices)
        document = Document(
            doc_id=doc_id,
            path=item.relative,
            text=text,
            encoding="utf-8",
            body_start=body_start,
            source_format=SourceFormat.RECORD,
        )
        meta = _Meta(found, DateSource.RECORD, header_date, None, where)
        documents.append(_with_metadata(document, item.entries.get(doc_id), meta, notices))
        if len(documents) >= RECORD_BATCH:
            yield documents, skipped, notices
            documents, skipped, notices = [], [], []
    yield documents, skipped, notices


def _read_warc(item: FileItem) -> Read:
    documents: list[Document] = []
    skipped: list[Skipped] = []
    notices: list[Notice] = []
    base = doc_id_for(item.relative)
    for found in responses(item.path, item.rules):
        if isinstance(found, tuple):
            skipped.append(Skipped(item.relative, found[1], found[0] or None))
            continue
        doc_id = f"{base}#{found.number}"
        loaded = _read_html(
            item.path,
            item.relative,
            item.entries.get(doc_id),
            notices,
            url=found.url,
            captured=parse_published(found.captured),
            raw=found.html,
            doc_id=doc_id,
            record=found.number,
        )
        (skipped if isinstance(loaded, Skipped) else documents).append(loaded)  # type: ignore[arg-type]
    return documents, skipped, notices


def decode(raw: bytes) -> tuple[str, str] | str:
    """(text, codec) for readable bytes, else the reason the file is skipped: by a UTF-16 or
    UTF-32 byte-order mark, else UTF-8 (a byte-order mark dropped), else cp1252."""
    wide = wide_codec(raw)
    if wide is not None:
        try:
            text = raw.decode(wide)  # the codec drops the byte-order mark, as reading does
        except UnicodeDecodeError as exc:
            mark = wide.upper()
            return f"undecodable: not {mark} as its byte-order mark says (byte {exc.start})"
        return (text, wide) if _has_text(text) else "empty file"
    if raw.find(b"\x00", 0, BINARY_PROBE) >= 0:
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
    return (text, codec) if _has_text(text) else "empty file"


def _has_text(text: str) -> bool:
    """Whether ``text.strip()`` would leave anything (told without copying the text)."""
    return bool(text) and not text.isspace()


def _front_matter(
    text: str, relative: str, notices: list[Notice], rules: InputRules
) -> tuple[int, dict[str, Any]]:
    """Where the body starts after the front matter, and the front matter's metadata fields:
    those of ``_FRONT_MATTER_KEYS`` whose value is a single value (a string, number, date)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return 0, {}
    size = len(match["yaml"].encode("utf-8", "surrogatepass"))
    if size > rules.max_front_matter_bytes:
        notices.append(
            Notice(
                relative,
                f"front matter of {size:,} bytes is longer than max_front_matter_bytes "
                f"({rules.max_front_matter_bytes:,}); ignored",
            )
        )
        return match.end(), {}
    loader = _FrontMatterLoader(match["yaml"], rules.max_nesting_depth)
    try:
        data = loader.get_single_data()
    except _RefusedError as exc:
        notices.append(Notice(relative, f"front matter {exc}; ignored"))
        return match.end(), {}
    except (yaml.YAMLError, ValueError, OverflowError) as exc:  # bad YAML, or date: 2025-02-30
        first = str(exc).splitlines()[0] if str(exc) else "parse error"
        notices.append(Notice(relative, f"front matter is not valid YAML ({first}); ignored"))
        return match.end(), {}
    finally:
        loader.dispose()
    if data is None:
        return match.end(), {}
    if not isinstance(data, dict):
        notices.append(Notice(relative, "front matter is not a YAML mapping; ignored"))
        return match.end(), {}
    fields: dict[str, Any] = {}
    for key in (k for keys in _FRONT_MATTER_KEYS.values() for k in keys if k in data):
        if isinstance(data[key], _SCALARS) or data[key] is None:
            fields[key] = data[key]
        else:
            kind = "mapping" if isinstance(data[key], dict) else "list"
            notices.append(Notice(relative, f"front matter {key!r} is a {kind}; ignored"))
    return match.end(), fields


# What a front matter field may hold: one value, as YAML reads it.
_SCALARS = (str, int, float, dt.date)


class _FrontMatterLoader(yaml.SafeLoader):
    """YAML's safe loader without aliases (a few hundred bytes of them make gigabytes of
    values) and without lists or mappings nested deeper than ``max_depth``."""

    def __init__(self, stream: str, max_depth: int) -> None:
        super().__init__(stream)
        self.max_depth = max_depth
        self.depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        # 1-based, in the file: the front matter starts on its second line
        line = self.peek_event().start_mark.line + 2  # type: ignore[no-untyped-call]
        if self.check_event(yaml.AliasEvent):
            raise _RefusedError(f"uses a YAML alias (line {line}), which is not read")
        self.depth += 1
        try:
            if self.depth > self.max_depth:
                raise _RefusedError(
                    f"is nested deeper than max_nesting_depth ({self.max_depth}) (line {line})"
                )
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


class _RefusedError(Exception):
    """Front matter read no further: why."""


@dataclass(frozen=True)
class _Meta:
    """What an article says of itself: its fields (front matter, page metadata or a record)
    and where they came from, the date of a header line, and a last-resort date."""

    fields: dict[str, Any]
    source: DateSource
    header_date: Published | None = None
    fallback: Published | None = None  # a WARC capture date
    where: str | None = None  # for warnings, when not the document's path


_DATE_NAMES = {
    DateSource.FRONTMATTER: "front matter date",
    DateSource.HTML: "page date",
    DateSource.RECORD: "record date",
}


def _with_metadata(
    doc: Document, entry: ManifestEntry | None, meta: _Meta, notices: list[Notice]
) -> Document:
    """Metadata, strongest first: the manifest, the article's own, a date header line, a
    fallback date."""
    fields: dict[str, Any] = {}
    for name in ("outlet", "url", "title"):
        manifest_value = getattr(entry, name) if entry else None
        fields[name] = manifest_value or _front_value(meta.fields, name)
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
        raw = next(
            (meta.fields[k] for k in _FRONT_MATTER_KEYS["published"] if k in meta.fields), None
        )
        published = parse_published(raw)
        if published is not None:
            source = meta.source
        elif raw not in (None, ""):
            name = _DATE_NAMES.get(meta.source, "date")
            notices.append(Notice(meta.where or doc.path, f"{name} {raw!r} is not an ISO date"))
    if published is None and meta.header_date is not None:
        published, source = meta.header_date, DateSource.HEADER
    if published is None and meta.fallback is not None:
        published, source = meta.fallback, DateSource.WARC
    return Document(**{**doc.__dict__, **fields, "published": published, "date_source": source})


def _front_value(front: dict[str, Any], name: str) -> str | None:
    for key in _FRONT_MATTER_KEYS[name]:
        value = front.get(key)
        if value is not None and str(value).strip():
            return str(value).strip()
    return None


def read_manifest(path: Path) -> dict[str, ManifestEntry]:
    """Entries keyed by doc_id; an absent manifest is an empty one, a malformed one (or one
    that is not a regular file) an error."""
    if not os.path.lexists(path):
        return {}
    reason = not_regular(path)
    if reason is not None:
        raise InputError(f"{path}: manifest is {reason}")
    try:
        with open_regular(path) as handle:
            text = handle.read().decode("utf-8-sig")
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
