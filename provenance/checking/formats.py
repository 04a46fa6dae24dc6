"""How ``check`` results are written: for people, scripts, GitHub, code scanning and CI.

Every format lists failing articles' passages in the same order (article path, then offset);
``json``, ``jsonl`` and ``junit`` list every article, clean ones included.

Names, ids, outlets, dates and text come from the articles and may carry anything: ``text``,
``github`` and ``junit`` write each character that could break a line, run a workflow command,
drive a terminal or make XML invalid as its escape (``\\x1b``, ``\\u202e``: see ``safe``), so
that a finding stays one line and a CI log shows what was there; the JSON formats keep every
string as it was, with such characters as JSON escapes.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote
from xml.etree import ElementTree as ET

from provenance import __version__
from provenance.checking.screen import CheckResult, FailOn, Passage, Verdict, line_ends
from provenance.reports.summary import percent

PREVIEW_WORDS = 8
# C0 and C1 controls (line ends, terminal escapes), line and paragraph separators, bidirectional
# embeddings, overrides and isolates, lone surrogates (a file name's undecodable bytes) and the
# noncharacters XML refuses
_UNSAFE = "\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff"
_UNSAFE_TEXT = re.compile(f"[\x00-\x1f{_UNSAFE}]")
_UNSAFE_JSON = re.compile(f"[{_UNSAFE}]")  # json.dumps escapes C0 controls itself


def safe(value: str) -> str:
    """``value`` with each character that could break a line, drive a terminal, run a CI
    command or make XML invalid written as its escape: ``\\x1b``, ``\\u202e``."""
    return _UNSAFE_TEXT.sub(_escape, value)


def _escape(found: re.Match[str]) -> str:
    code = ord(found.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _json_text(value: Any, indent: int | None = 2) -> str:
    """``value`` as JSON, every string as it was: the characters ``safe`` escapes as JSON
    escapes (outside strings JSON has none of them)."""
    text = json.dumps(value, indent=indent, ensure_ascii=False)
    return _UNSAFE_JSON.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def render(result: CheckResult, fmt: str) -> str:
    """The findings in format ``fmt`` (one of ``FORMATS``), ending in a newline (empty for
    ``text`` with nothing to say)."""
    try:
        renderer = _RENDERERS[fmt]
    except KeyError:
        raise ValueError(f"unknown check format {fmt!r}; one of {', '.join(FORMATS)}") from None
    return renderer(result)


def summary(result: CheckResult) -> str:
    """One line for stderr."""
    failed = len(result.failed)
    checked = len(result.verdicts)
    line = f"{checked} article{'s' if checked != 1 else ''} checked, {failed} failed"
    line += f" ({_policy(result)})"
    if result.added is not None:
        line += (
            f"; indexed {len(result.added.added)} new, {len(result.added.replaced)} replaced, "
            f"{len(result.added.unchanged)} unchanged"
        )
    return line


def message(verdict: Verdict, passage: Passage) -> str:
    source = passage.source
    where = ", ".join(x for x in (source.outlet or "unknown outlet", source.published) if x)
    return f'copied {percent(passage.share)} from {source.doc_id} ({where}): "{_preview(passage)}"'


def _policy(result: CheckResult) -> str:
    policy = result.policy
    if policy.fail_on is FailOn.reuse:
        return "failing on any reuse"
    return f"failing at a copied share of {percent(policy.max_copied_share)} or more"


def _findings(result: CheckResult) -> list[tuple[Verdict, Passage]]:
    return [
        (verdict, passage)
        for verdict in sorted(result.failed, key=lambda v: v.path)
        for passage in verdict.passages
        if not passage.allowed
    ]


def _text(result: CheckResult) -> str:
    lines = [safe(f"{_place(v, p)}: {_located(v, p)}") for v, p in _findings(result)]
    return "".join(line + "\n" for line in lines)


def _place(verdict: Verdict, passage: Passage) -> str:
    """``PATH:LINE:COL``; a record's path carries its id (``dump.jsonl#42``)."""
    path = verdict.path
    if verdict.extracted and "#" in verdict.doc_id:
        path += "#" + verdict.doc_id.partition("#")[2]
    return f"{path}:{passage.line}:{passage.column}"


def _whole_message(verdict: Verdict, passage: Passage) -> str:
    """The message for a finding placed on the file alone: where it lies, when the file's
    own lines cannot say (a page or a record)."""
    if not verdict.extracted:
        return message(verdict, passage)
    record = verdict.doc_id.partition("#")[2]
    where = (f"record {record}, " if record else "") + f"line {passage.line}, "
    return f"{message(verdict, passage)} (at {where}column {passage.column} of its extracted text)"


def _located(verdict: Verdict, passage: Passage) -> str:
    """The message, saying where lines and columns count when not in the file itself."""
    if not verdict.extracted:
        return message(verdict, passage)
    return f"{message(verdict, passage)} (line and column of its extracted text)"


def _verdict_json(verdict: Verdict) -> dict[str, Any]:
    return dataclasses.asdict(verdict)


def _json(result: CheckResult) -> str:
    payload = {
        "version": __version__,
        "index": str(result.index),
        "policy": dataclasses.asdict(result.policy),
        "checked": len(result.verdicts),
        "failed": len(result.failed),
        "articles": [_verdict_json(v) for v in sorted(result.verdicts, key=lambda v: v.path)],
        "skipped": [dataclasses.asdict(s) for s in result.skipped],
    }
    return _json_text(payload) + "\n"


def _jsonl(result: CheckResult) -> str:
    rows = [_verdict_json(v) for v in sorted(result.verdicts, key=lambda v: v.path)]
    return "".join(_json_text(row, indent=None) + "\n" for row in rows)


def _github(result: CheckResult) -> str:
    lines = []
    for verdict, passage in _findings(result):
        end_line = passage.line + line_ends(passage.text)
        properties = {"file": safe(verdict.path)}
        if not verdict.extracted:  # a page's or record's lines are not the file's
            properties |= {
                "line": str(passage.line),
                "col": str(passage.column),
                "endLine": str(end_line),
            }
        properties["title"] = safe(f"Copied from {passage.source.doc_id}")
        joined = ",".join(f"{k}={_escape_property(v)}" for k, v in properties.items())
        lines.append(f"::error {joined}::{_escape_data(safe(_whole_message(verdict, passage)))}")
    return "".join(line + "\n" for line in lines)


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def _sarif(result: CheckResult) -> str:
    rule = {
        "id": "copied-text",
        "name": "CopiedText",
        "shortDescription": {"text": "Text copied from an earlier article"},
    }
    results = []
    for verdict, passage in _findings(result):
        results.append(
            {
                "ruleId": "copied-text",
                "level": "error",
                "message": {"text": _whole_message(verdict, passage)},
                "locations": [{"physicalLocation": _physical(verdict, passage)}],
                "properties": {
                    "source": passage.source.doc_id,
                    "copiedShare": passage.share,
                    "kind": passage.kind,
                },
            }
        )
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "provenance",
                        "version": __version__,
                        "rules": [rule],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return _json_text(log) + "\n"


def _physical(verdict: Verdict, passage: Passage) -> dict[str, Any]:
    """The file, and the region in it when its lines are the text's (not a page or record)."""
    location: dict[str, Any] = {"artifactLocation": {"uri": _uri(verdict.path)}}
    if not verdict.extracted:
        location["region"] = {
            "startLine": passage.line,
            "startColumn": passage.column,
            "charOffset": passage.start,
            "charLength": passage.end - passage.start,
        }
    return location


def _uri(path: str) -> str:
    """A path as a SARIF artifact URI: relative ones percent-encoded (``#`` is not a fragment),
    absolute ones as ``file://`` URIs. A name's undecodable bytes are encoded as they were."""
    posix = Path(path).as_posix()
    try:
        raw = posix.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate no file name's byte gives
        raw = posix.encode("utf-8", "backslashreplace")
    if Path(path).is_absolute():
        return "file://" + quote(raw)
    return quote(raw)


def _junit(result: CheckResult) -> str:
    verdicts = sorted(result.verdicts, key=lambda v: v.path)
    suites = ET.Element("testsuites", name="provenance check")
    suite = ET.SubElement(
        suites,
        "testsuite",
        name="provenance check",
        tests=str(len(verdicts)),
        failures=str(len(result.failed)),
        errors="0",
    )
    for verdict in verdicts:
        case = ET.SubElement(
            suite, "testcase", classname="provenance.check", name=safe(verdict.path)
        )
        if verdict.failed:
            found = [p for p in verdict.passages if not p.allowed]
            failure = ET.SubElement(
                case,
                "failure",
                message=safe(
                    f"copied {percent(verdict.copied_share)} from "
                    f"{verdict.copied_from.doc_id if verdict.copied_from else 'earlier articles'}"
                ),
                type="copied-text",
            )
            failure.text = "\n".join(
                safe(f"{verdict.path}:{p.line}:{p.column}: {message(verdict, p)}") for p in found
            )
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, "unicode") + "\n"


def _preview(passage: Passage) -> str:
    words = passage.text.split()
    shown = " ".join(words[:PREVIEW_WORDS])
    return shown + ("…" if len(words) > PREVIEW_WORDS else "")


_RENDERERS: dict[str, Callable[[CheckResult], str]] = {
    "text": _text,
    "json": _json,
    "jsonl": _jsonl,
    "github": _github,
    "sarif": _sarif,
    "junit": _junit,
}
FORMATS = tuple(_RENDERERS)
