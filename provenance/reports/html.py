"""The HTML report: one self-contained file (inline CSS, JavaScript and SVG; no network) built
from the CSV reports and the articles' texts.

Everything the page shows is computed here: word differences against the earliest version, and
each document's text cut into pieces at its reused passages (offsets count code points in
Python; JavaScript would count UTF-16 units, so it is never given an offset). The data travels
as JSON inside ``<script type="application/json">`` elements with ``<``, ``>`` and ``&``
escaped, and the page's script only ever sets ``textContent``: article text, untrusted, is shown
as text and never runs. A Content-Security-Policy allows no network and no script but the
page's own (by its hash).

The overview's tables are one element (``#data``), parsed when the page opens; each cluster's
occurrences and each document's text are an element of their own (``#c<k>``, ``#d<k>``: the
k-th cluster or document of the tables), after the page's script, parsed only when its page is
opened: a page of 10,000 articles shows its overview as soon as the browser has read its
tables. A document's text is there once, on its page; a
cluster's diffs give the words they share with the earliest version as ranges of its words.
"""

from __future__ import annotations

import base64
import difflib
import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import Any

from provenance import __version__
from provenance.errors import InputError
from provenance.reports.schema import CLUSTERS, DOCUMENTS, OCCURRENCES, PAIRS, QUOTES
from provenance.reports.tables import read_rows

_WORD = re.compile(r"\S+")
_QUOTE_MARKS = str.maketrans({c: '"' for c in "“”„‟«»"} | {c: "'" for c in "‘’‚‛"})
REPORTS = (DOCUMENTS.file, CLUSTERS.file, OCCURRENCES.file)


def build_html(report_dir: Path, texts: Mapping[str, str]) -> tuple[str, list[str]]:
    """The report page for the CSV reports in ``report_dir``; ``texts``: each document's text
    as read (by doc_id), for its page. Also the doc_ids whose text was left out: it differs
    from the traced one (edited since, or read with other settings), and a highlight on the
    wrong words is worse than none."""
    tables = {name: read_rows(report_dir / name) for name in REPORTS}
    # pairs.csv, quotes.csv: reports written before they existed have none
    for name in (PAIRS.file, QUOTES.file):
        path = report_dir / name
        tables[name] = read_rows(path) if path.is_file() else []
    wrong = sorted(
        {
            row["doc_id"]
            for row in tables[OCCURRENCES.file]
            if row["doc_id"] in texts
            and texts[row["doc_id"]][int(row["start"]) : int(row["end"])] != row["text"]
        }
    )
    kept = {doc_id: text for doc_id, text in texts.items() if doc_id not in wrong}
    return _page(_data(tables, kept)), wrong


def write_html(report_dir: Path, texts: Mapping[str, str], target: Path) -> list[str]:
    """``build_html`` written to ``target`` through a temporary file beside it; the doc_ids
    whose text was left out."""
    page, wrong = build_html(report_dir, texts)
    temporary = target.with_name(f".{target.name}.tmp")
    try:
        temporary.write_text(page, encoding="utf-8")
        temporary.replace(target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise InputError(
            f"{target}: cannot write the HTML report ({exc.strerror or exc})"
        ) from None
    return wrong


def _data(tables: Mapping[str, list[dict[str, str]]], texts: Mapping[str, str]) -> dict[str, Any]:
    documents = tables[DOCUMENTS.file]
    clusters = tables[CLUSTERS.file]
    # per cluster: its quote paragraphs (document, start, end, variant against the earliest
    # version, whom the document credits), told to the occurrences they lie in
    quoted: defaultdict[str, list[tuple[str, int, int, str, str]]] = defaultdict(list)
    for row in tables[QUOTES.file]:
        if row["cluster_id"]:
            quoted[row["cluster_id"]].append(
                (row["doc_id"], int(row["start"]), int(row["end"]), row["variant"], row["speaker"])
            )
    by_cluster: defaultdict[str, list[dict[str, str]]] = defaultdict(list)
    by_doc: defaultdict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for row in tables[OCCURRENCES.file]:
        by_cluster[row["cluster_id"]].append(row)
        by_doc[row["doc_id"]].append((int(row["start"]), int(row["end"]), row["cluster_id"]))
    return {
        "version": __version__,
        "documents": [_document(row, row["doc_id"] in texts) for row in documents],
        "clusters": [_cluster(row, by_cluster.get(row["cluster_id"], [])) for row in clusters],
        "pairs": [_pair(row) for row in tables[PAIRS.file] if row["link"] == "passage"],
        # parsed on demand, the k-th of each for the k-th row of its table above
        "occurrences": [
            _occurrences(by_cluster[row["cluster_id"]], quoted.get(row["cluster_id"], []))
            if row["cluster_id"] in by_cluster
            else None
            for row in clusters
        ],
        "texts": [
            _pieces(texts[row["doc_id"]], by_doc.get(row["doc_id"], []))
            if row["doc_id"] in texts
            else None
            for row in documents
        ],
    }


def _document(row: Mapping[str, str], has_text: bool) -> dict[str, Any]:
    return {
        "id": row["doc_id"],
        "outlet": row["outlet"] or None,
        "published": row["published"] or None,
        "title": row.get("title") or None,
        "url": row.get("url") or None,
        "verdict": row["verdict"],
        "copied_from": row["copied_from"] or None,
        "copied_share": float(row["copied_share"]) if row["copied_share"] else None,
        "reused_share": float(row["reused_share"]) if row["reused_share"] else 0.0,
        "has_text": has_text,
    }


def _pair(row: Mapping[str, str]) -> dict[str, Any]:
    """A pair of documents one of which reuses the other's text (quotation links left out)."""
    return {
        "a": row["doc_id_a"],
        "b": row["doc_id_b"],
        "share_a": float(row["share_a"]),
        "share_b": float(row["share_b"]),
        "source": row["source_doc_id"] or None,
        "basis": row["direction_basis"] or None,
        "passages": int(row["n_passages"]),
    }


def _cluster(row: Mapping[str, str], occurrences: Sequence[Mapping[str, str]]) -> dict[str, Any]:
    """A cluster's row of the overview, with its outlets counted from its occurrences: those
    known, and its documents of unknown outlet (never counted as outlets of their own)."""
    outlet_of = {r["doc_id"]: r["outlet"] for r in occurrences}
    return {
        "id": row["cluster_id"],
        "kind": row["kind"],
        "text": row["text"],
        "n_docs": int(row["n_docs"]),
        "n_outlets": int(row["n_outlets"]),
        "earliest": row["earliest_doc_id"],
        "earliest_outlet": row["earliest_outlet"] or None,
        "earliest_published": row["earliest_published"] or None,
        "earliest_basis": row["earliest_basis"],
        "speaker": row["speaker"] or None,
        "speaker_conflict": row["speaker_conflict"] == "true",
        "outlets": len({o for o in outlet_of.values() if o}),
        "unknown_outlets": sum(1 for o in outlet_of.values() if not o),
    }


def _occurrences(
    rows: Sequence[Mapping[str, str]], quoted: Sequence[tuple[str, int, int, str, str]]
) -> dict[str, Any]:
    """A cluster's page: the earliest version's ``words`` and its occurrences, each with its
    diff against them (``_ranged``: the earliest's words as ranges, not repeated per
    occurrence). ``quoted``: the cluster's quote paragraphs (document, start, end, variant,
    speaker); each occurrence is told the variants and speakers of those inside it."""
    first = next((r for r in rows if r["is_earliest"] == "true"), rows[0])
    words = _WORD.findall(first["text"])
    by_doc: defaultdict[str, list[tuple[str, int, int, str, str]]] = defaultdict(list)
    for q in quoted:
        by_doc[q[0]].append(q)

    def inside(r: Mapping[str, str]) -> dict[str, list[str]]:
        start, end = int(r["start"]), int(r["end"])
        found = [q for q in by_doc.get(r["doc_id"], []) if start <= q[1] < end]
        return {
            "variants": list(dict.fromkeys(v for _, _, _, v, _ in found if v)),
            "speakers": list(dict.fromkeys(name for _, _, _, _, name in found if name)),
        }

    def diff(r: Mapping[str, str]) -> list[list[Any]]:
        if r is first:
            return [["=", 0, len(words)]]
        other = _WORD.findall(r["text"])
        return [
            [op] if op == "…" else [op, i, j] if side == "a" else [op, " ".join(other[i:j])]
            for op, side, i, j in _word_ops(words, other)
        ]

    return {
        "words": words,
        "occurrences": [
            {
                "doc": r["doc_id"],
                **inside(r),
                "outlet": r["outlet"] or None,
                "published": r["published"] or None,
                "earliest": r is first,
                "similarity": int(float(r["similarity"])) if r["similarity"] else None,
                "diff": diff(r),
            }
            for r in sorted(
                rows, key=lambda r: (r is not first, r["published"] == "", r["published"])
            )
        ],
    }


def word_diff(earliest: str, other: str) -> list[list[str]]:
    """``other`` against ``earliest``, word by word: ``=`` kept, ``+`` added or changed in
    ``other``, ``-`` in the earliest only, ``…`` where words of the earliest far from
    ``other``'s are left out (``_trimmed``). Words compare as written, so changed punctuation
    shows, but curly and straight quote marks are the same mark."""
    a = _WORD.findall(earliest)
    b = _WORD.findall(other)
    return [[op, " ".join((a if side == "a" else b)[i:j])] for op, side, i, j in _word_ops(a, b)]


def _word_ops(a: Sequence[str], b: Sequence[str]) -> list[tuple[str, str, int, int]]:
    """``word_diff`` as ranges of words: (op, the side whose words ``i:j`` it shows, ``a``
    the earliest or ``b`` the other, i, j). Kept words are the other's, or the earliest's
    where they are written the same (quote marks may differ)."""
    matcher = difflib.SequenceMatcher(
        a=[w.translate(_QUOTE_MARKS) for w in a],
        b=[w.translate(_QUOTE_MARKS) for w in b],
        autojunk=False,
    )
    ops: list[tuple[str, str, int, int]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            ops.append(("=", "a", i1, i2) if a[i1:i2] == b[j1:j2] else ("=", "b", j1, j2))
            continue
        if i2 > i1:
            ops.append(("-", "a", i1, i2))
        if j2 > j1:
            ops.append(("+", "b", j1, j2))
    return _trimmed(ops)


CONTEXT_WORDS = 8  # words of the earliest version kept around a fragment's part of it


def _trimmed(ops: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """A fragment's diff without the whole earliest version around it: words of the earliest
    only, before the first shared word and after the last, are cut to ``CONTEXT_WORDS`` beside
    the fragment (a ``…`` piece marks each cut)."""
    if len(ops) > 1 and ops[0][0] == "-":
        _, _, i, j = ops[0]
        if j - i > CONTEXT_WORDS:
            ops = [("…", "a", 0, 0), ("-", "a", j - CONTEXT_WORDS, j), *ops[1:]]
    if len(ops) > 1 and ops[-1][0] == "-":
        _, _, i, j = ops[-1]
        if j - i > CONTEXT_WORDS:
            ops = [*ops[:-1], ("-", "a", i, i + CONTEXT_WORDS), ("…", "a", 0, 0)]
    return ops


def _pieces(text: str, spans: Sequence[tuple[int, int, str]]) -> list[list[str | None]]:
    """The text cut at every passage boundary: (piece, the cluster of the innermost passage
    covering it, or None). Cut here, in code points, so the page never handles offsets."""
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    pieces: list[list[str | None]] = []
    for start, end in pairwise(cuts):
        covering = [(e - s, c) for s, e, c in spans if s <= start and end <= e]
        cluster = min(covering)[1] if covering else None
        if pieces and pieces[-1][1] == cluster:
            pieces[-1][0] = f"{pieces[-1][0]}{text[start:end]}"
        else:
            pieces.append([text[start:end], cluster])
    return pieces


def _page(data: dict[str, Any]) -> str:
    assets = resources.files("provenance") / "html_assets"
    style = (assets / "report.css").read_text(encoding="utf-8")
    script = (assets / "report.js").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    policy = (
        "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
        f"script-src 'sha256-{digest}'"
    )
    details = [(f"c{k}", page) for k, page in enumerate(data["occurrences"])]
    details += [(f"d{k}", pieces) for k, pieces in enumerate(data["texts"])]
    tables = {key: value for key, value in data.items() if key not in ("occurrences", "texts")}
    lazy = "".join(
        f'<script id="{key}" type="application/json">{_json(value)}</script>\n'
        for key, value in details
        if value is not None
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>provenance report</title>\n"
        f"<style>\n{style}</style>\n</head>\n<body>\n"
        '<header><a href="#/">provenance</a> <span id="where"></span></header>\n'
        '<main id="app"><p>Loading…</p></main>\n'
        f'<script id="data" type="application/json">{_json(tables)}</script>\n'
        f"<script>{script}</script>\n{lazy}</body>\n</html>\n"
    )


def _json(value: Any) -> str:
    """``value`` as JSON safe inside a ``<script>`` element: no ``<``, ``>`` or ``&`` (so
    no ``</script>`` and no comment or markup opening) is left as written."""
    return (
        json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        .replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
    )
