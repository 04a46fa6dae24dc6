"""Real inputs: HTML pages, JSONL/CSV/Parquet records and WARC archives, mixed in one folder."""

from __future__ import annotations

import gzip
import io
import json
import shutil
import tempfile
from pathlib import Path

import polars as pl
import pytest

from provenance.errors import InputError
from provenance.inputs.dumps import Fields
from provenance.inputs.load import doc_id_for, load_corpus
from provenance.model import DateSource, SourceFormat
from tests.conftest import ROOT, rows, run_cli, write_files

FORMATS = ROOT / "fixtures" / "formats"
STORY = (
    "The harbour board said on Tuesday that the new sea wall would be finished before the "
    "winter storms arrive.\n\nEngineers have spent six months rebuilding the wall after it "
    "cracked during the January floods last year.\n"
)


def traced(folder: Path, out: Path, *flags: str) -> Path:
    result = run_cli("trace", folder, "--out", out, "-q", *flags)
    assert result.exit_code == 0, result.stderr
    return out


def comparable(out: Path) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """Verdicts per document and clusters, with doc_ids as the txt corpus spells them."""

    def plain(doc_id: str) -> str:
        return doc_id.removeprefix("dump#")

    documents = sorted(
        (
            plain(r["doc_id"]),
            *(r[k] for k in ("outlet", "published", "verdict")),
            plain(r["copied_from"]),
            *(r[k] for k in ("copied_share", "n_chars", "reused_chars")),
        )
        for r in rows(out / "documents.csv")
    )
    clusters: list[tuple[str, ...]] = sorted(
        (
            r["kind"],
            " ".join(r["text"].split()),  # a passage spans paragraphs, which forms space apart
            r["speaker"],
            plain(r["earliest_doc_id"]),
            ";".join(sorted(plain(d) for d in r["doc_ids"].split(";"))),
        )
        for r in rows(out / "clusters.csv")
    )
    return documents, clusters


def test_the_same_corpus_as_text_html_and_jsonl_gives_the_same_answers(tmp_path: Path) -> None:
    forms = [form.name for form in FORMATS.iterdir() if form.is_dir()]
    answers = {form: comparable(traced(FORMATS / form, tmp_path / form)) for form in forms}
    assert set(answers) == {"txt", "html", "jsonl"}
    documents, clusters = answers["txt"]
    assert [d[3] for d in documents] == ["unique", "syndicated", "original", "partial", "original"]
    assert len(clusters) == 2  # the library story and the ferry story, a passage each
    assert answers["html"] == answers["txt"]
    assert answers["jsonl"] == answers["txt"]


def test_html_text_leaves_out_banners_navigation_and_pleas(tmp_path: Path) -> None:
    loaded = load_corpus(FORMATS / "html")
    doc = next(d for d in loaded.documents if d.doc_id == "meridian/ferry-strike")
    for noise in ("cookies", "newsletter", "Subscribe", "Donate", "donation", "Home", "rights"):
        assert noise not in doc.text
    assert doc.text.startswith("Ferry crews on the Portwell to Skerra route")
    assert (doc.outlet, doc.title, doc.url) == (
        "Meridian Press",
        "Ferry crews to strike over Easter",
        "https://meridianpress.example/wire/ferry-strike",
    )
    assert doc.published is not None and doc.published.text == "2025-04-01"
    assert (doc.date_source, doc.source_format) == (DateSource.HTML, SourceFormat.HTML)


def test_outlet_falls_back_to_the_canonical_host_and_no_date_is_guessed(tmp_path: Path) -> None:
    page = (
        '<html><head><link rel="canonical" href="https://www.example.org/a/b"></head><body>'
        "<article><p>"
        + "The vote came 24 hours after the strike began, and the union said the talks would "
        "resume on Monday with the ferry operator and the island council present."
        + "</p><p>"
        + "Ferries will run a reduced timetable until then, with the first sailing at nine "
        "o'clock each morning and the last at six in the evening." + "</p></article></body></html>"
    )
    root = write_files(tmp_path / "c", {"page.html": page})
    (doc,) = load_corpus(root).documents
    assert doc.outlet == "example.org"  # trafilatura's site name: the host, without www
    assert doc.published is None and doc.date_source == DateSource.NONE


def test_save_text_makes_every_offset_checkable(tmp_path: Path) -> None:
    for form in ("html", "jsonl"):
        out = traced(FORMATS / form, tmp_path / form, "--save-text")
        texts = {}
        for row in rows(out / "documents.csv"):
            base, mark, key = row["doc_id"].partition("#")
            name = f"{base}{mark}{key.replace('/', '%2F')}.txt"
            texts[row["doc_id"]] = (out / "texts" / name).read_text(encoding="utf-8")
        for report in ("occurrences.csv", "quotes.csv"):
            for row in rows(out / report):
                start, end = int(row["start"]), int(row["end"])
                assert texts[row["doc_id"]][start:end] == row["text"]


def test_a_record_cut_short_is_told_at_its_own_column(tmp_path: Path) -> None:
    """A new-user trial's '{"id":1,"text":"x"' was "Expecting ',' delimiter at column 1": the
    column of a line after it (the line break was parsed too); it is column 19."""
    root = write_files(
        tmp_path / "c",
        {"dump.jsonl": json.dumps({"id": "a", "text": STORY}) + '\n{"id":1,"text":"x"\r\n'},
    )
    [skipped] = load_corpus(root).skipped
    assert skipped.reason == "malformed JSON (Expecting ',' delimiter at column 19)"


def test_bad_records_are_skipped_with_their_number_and_the_rest_is_read(tmp_path: Path) -> None:
    good = {"id": "a", "text": STORY, "published": "2025-05-01", "source": "Bay Weekly"}
    lines = [
        json.dumps(good),
        "{not json",
        json.dumps({"id": "b", "title": "no text here"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "a", "text": STORY}),
        json.dumps({"text": STORY, "published": "24 hours after the vote"}),
    ]
    whole = "".join(json.dumps({"id": f"c{k}", "text": STORY}) + "\n" for k in range(3))
    truncated = gzip.compress(whole.encode())[:-12]
    root = write_files(
        tmp_path / "c",
        {
            "dump.jsonl": "\n".join(lines) + "\n",
            "cut.jsonl.gz": truncated,
            "sheet.csv": "id,body\n1,some text\n",
            "rows.csv": f'id,text,outlet\n1,"{STORY}",Gazette\n2,too,many,fields\n',
        },
    )
    loaded = load_corpus(root)
    skipped = {(s.path, s.record): s.reason for s in loaded.skipped}
    assert skipped[("dump.jsonl", 2)].startswith("malformed JSON")
    assert skipped[("dump.jsonl", 3)] == "no text (no 'text' field)"
    assert skipped[("dump.jsonl", 4)] == "a JSON list, not an object"
    assert skipped[("dump.jsonl", 5)] == "id 'a' is also the id of record 1"
    assert skipped[("sheet.csv", None)] == "no 'text' column in the header: no record has text"
    assert skipped[("rows.csv", 2)] == "4 fields where the header has 3"
    assert skipped[("cut.jsonl.gz", 3)].startswith("file ends early")
    ids = sorted(d.doc_id for d in loaded.documents)
    assert ids == ["cut#c0", "cut#c1", "dump#6", "dump#a", "rows#1"]
    relative = next(d for d in loaded.documents if d.doc_id == "dump#6")
    assert relative.published is None  # "24 hours after the vote" is not a date
    assert any("record date '24 hours after the vote'" in n.message for n in loaded.notices)
    first = next(d for d in loaded.documents if d.doc_id == "dump#a")
    assert (first.outlet, first.date_source) == ("Bay Weekly", DateSource.RECORD)


def test_csv_long_fields_cp1252_and_empty_record_files(tmp_path: Path) -> None:
    long_text = "The harbour wall " + "was rebuilt " * 30_000 + "before the storms.\n"
    root = write_files(
        tmp_path / "c",
        {
            "long.csv": f'id,text\nbig,"{long_text}"\nsmall,"{STORY}"\n',
            "latin.csv": f'id,text\n1,"Caf\u00e9 owners {STORY}"\n'.encode("cp1252"),
            "empty.jsonl": "",
            "header.csv": "id,text\n",
        },
    )
    loaded = load_corpus(root)
    assert sorted(d.doc_id for d in loaded.documents) == ["latin#1", "long#big", "long#small"]
    assert next(d for d in loaded.documents if d.doc_id == "latin#1").text.startswith("Café")
    assert [(s.path, s.record, s.reason) for s in loaded.skipped] == [
        ("empty.jsonl", None, "no records"),
        ("header.csv", None, "no records"),
    ]


def test_skipped_records_reach_skipped_csv_and_strict_fails(tmp_path: Path) -> None:
    root = write_files(
        tmp_path / "c",
        {"a.txt": STORY, "dump.jsonl": json.dumps({"id": 1, "text": STORY}) + "\n{oops\n"},
    )
    out = traced(root, tmp_path / "out")
    assert rows(out / "skipped.csv") == [
        {"path": "dump.jsonl", "record": "2", "reason": rows(out / "skipped.csv")[0]["reason"]}
    ]
    strict = run_cli("trace", root, "--out", tmp_path / "strict", "--strict")
    assert strict.exit_code == 2
    assert "1 input skipped in strict mode, first dump.jsonl record 2: malformed JSON" in (
        strict.stderr
    )
    assert not (tmp_path / "strict").exists()


def test_an_empty_text_field_says_so(tmp_path: Path) -> None:
    root = write_files(
        tmp_path / "c", {"a.txt": STORY, "dump.jsonl": json.dumps({"id": 1, "text": ""}) + "\n"}
    )
    loaded = load_corpus(root)
    assert [(s.path, s.record, s.reason) for s in loaded.skipped] == [
        ("dump.jsonl", 1, "empty text")
    ]


def test_a_page_without_an_article_is_skipped(tmp_path: Path) -> None:
    page = (
        "<html><body><div class='cookie'><p>We use cookies. Accept all cookies to continue."
        "</p></div><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>"
    )
    root = write_files(tmp_path / "c", {"menu.html": page, "a.txt": STORY})
    loaded = load_corpus(root)
    assert [s.path for s in loaded.skipped] == ["menu.html"]
    assert loaded.skipped[0].reason.startswith("no article body found in the page")


def test_parquet_and_field_options(tmp_path: Path) -> None:
    root = tmp_path / "c"
    root.mkdir()
    pl.DataFrame(
        {"uid": ["x1", "x2"], "body": [STORY, STORY.upper()], "site": ["Coast FM", "Bay News"]}
    ).write_parquet(root / "table.parquet")
    out = traced(root, tmp_path / "out", "--id-field", "uid", "--text-field", "body")
    documents = {r["doc_id"]: r for r in rows(out / "documents.csv")}
    assert set(documents) == {"table#x1", "table#x2"}
    assert documents["table#x1"]["outlet"] == "Coast FM"
    expected = r"\(skipped table.parquet: no text \(no 'missing' field\) and 1 more\)"
    with pytest.raises(InputError, match=expected):
        load_corpus(root, fields=Fields.overriding(text="missing"))


def test_manifest_and_report_folders_are_never_records(tmp_path: Path) -> None:
    root = write_files(tmp_path / "c", {"a.txt": STORY, "b.txt": STORY})
    traced(root, root / "reports")  # inside the corpus
    again = traced(root, tmp_path / "out")
    assert [r["doc_id"] for r in rows(again / "documents.csv")] == ["a", "b"]
    assert rows(again / "skipped.csv") == []


def test_double_suffixes_are_one_suffix() -> None:
    assert doc_id_for("crawl/2025.warc.gz") == "crawl/2025"
    assert doc_id_for("dumps/feed.jsonl.gz") == "dumps/feed"
    assert doc_id_for("dumps/feed.csv") == "dumps/feed"


def warc_bytes(
    pages: list[tuple[str, str, str]], *, gzip: bool = True, status: str = "200 OK"
) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    for url, date, html in pages:
        headers = StatusAndHeaders(
            status, [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0"
        )
        record = writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(html.encode()),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": date},
        )
        writer.write_record(record)
        _release(record)
    robots = io.BytesIO(b"User-agent: *\n")
    record = writer.create_warc_record(
        "https://example.org/robots.txt", "resource", payload=robots, warc_content_type="text/plain"
    )
    writer.write_record(record)
    _release(record)
    return buffer.getvalue()


def _release(record: object) -> None:
    """warcio's writer buffers payloads in temporary files it never closes."""
    for value in vars(record).values():
        if isinstance(value, tempfile.SpooledTemporaryFile):
            value.close()


def test_warc_responses_are_articles_with_their_capture_date(tmp_path: Path) -> None:
    article = (
        "<html><body><article>"
        + "".join(f"<p>{p}</p>" for p in STORY.split("\n\n"))
        + "</article></body></html>"
    )
    dated = article.replace(
        "<html>", '<html><head><meta property="article:published_time" content="2025-01-05"></head>'
    )
    data = warc_bytes(
        [
            ("https://coast.example/wall", "2025-02-01T10:00:00Z", article),
            ("https://bay.example/wall", "2025-02-02T10:00:00Z", dated),
        ]
    )
    root = write_files(tmp_path / "c", {"crawl.warc.gz": data})
    loaded = load_corpus(root)
    found = {d.doc_id: d for d in loaded.documents}
    assert set(found) == {"crawl#1", "crawl#2"}
    first, second = found["crawl#1"], found["crawl#2"]
    assert (first.url, first.outlet, first.date_source) == (
        "https://coast.example/wall",
        "coast.example",
        DateSource.WARC,
    )
    assert first.published is not None and first.published.text == "2025-02-01T10:00:00Z"
    assert second.date_source == DateSource.HTML and second.published is not None
    assert second.published.text == "2025-01-05"
    cut = write_files(tmp_path / "cut", {"crawl.warc.gz": data[: len(data) // 2], "a.txt": STORY})
    assert [(s.path, s.record, s.reason) for s in load_corpus(cut).skipped] == [
        ("crawl.warc.gz", 2, "archive cut short or corrupt here; records before it were read")
    ]


def test_warc_faults_are_skipped_by_record(tmp_path: Path) -> None:
    article = (
        "<html><body><article>"
        + "".join(f"<p>{p}</p>" for p in STORY.split("\n\n"))
        + "</article></body></html>"
    )
    pages = [("https://a.example/1", "2025-02-01T10:00:00Z", article)] * 2
    plain = warc_bytes(pages, gzip=False)
    second = plain.index(b"WARC/1.0", plain.index(b"WARC/1.0") + 1)  # the second response
    missing = warc_bytes(pages[:1], status="404 Not Found")
    root = write_files(
        tmp_path / "c",
        {
            "cut.warc": plain[: second + 600],  # inside its page
            "gone.warc.gz": missing,
            "fake.warc": "this is not an archive\n",
            "none.warc": "",
            "a.txt": STORY,
        },
    )
    loaded = load_corpus(root)
    assert [d.doc_id for d in loaded.documents] == ["a", "cut#1"]
    assert [(s.path, s.record, s.reason) for s in loaded.skipped] == [
        ("cut.warc", 2, "archive cut short inside this record; records before it were read"),
        ("fake.warc", None, "not a WARC archive"),
        ("gone.warc.gz", 1, "HTTP 404 response, not an article"),
        ("none.warc", None, "empty archive (no records)"),
    ]


def test_check_reads_html_against_an_index_of_records(tmp_path: Path) -> None:
    index = tmp_path / "dump.db"
    assert run_cli("index", "build", FORMATS / "jsonl", "--index", index).exit_code == 0
    page = tmp_path / "library.html"
    shutil.copy(FORMATS / "html" / "bayweekly" / "library.html", page)
    result = run_cli("check", page, "--index", index, "--format", "json")
    (article,) = json.loads(result.stdout)["articles"]
    # the page is the dump's Bay Weekly record, which reprints the gazette
    assert (article["copied_from"]["doc_id"], article["copied_share"]) == (
        "dump#bayweekly/library",
        1.0,
    )
    # and each passage is listed against the record it is a copy of, the Bay Weekly's, not
    # the gazette's earlier text of the passages it reprints
    sources = {p["source"]["doc_id"] for p in article["passages"]}
    assert sources == {"dump#bayweekly/library"}
    assert result.exit_code == 1


def test_check_places_findings_in_records_by_their_id(tmp_path: Path) -> None:
    index = tmp_path / "txt.db"
    assert run_cli("index", "build", FORMATS / "txt", "--index", index).exit_code == 0
    dump = tmp_path / "incoming.jsonl"
    text = (FORMATS / "txt" / "bayweekly" / "library.txt").read_text(encoding="utf-8")
    dump.write_text(json.dumps({"id": "copy-1", "text": text}) + "\n", encoding="utf-8")
    result = run_cli("check", dump, "--index", index)
    assert result.exit_code == 1
    first = result.stdout.splitlines()[0]
    assert first.startswith(f"{dump}#copy-1:1:1: copied ")
    assert first.endswith("(line and column of its extracted text)")
    github = run_cli("check", dump, "--index", index, "--format", "github").stdout
    assert github.startswith(f"::error file={dump},title=")  # no line: the file's are not its
    assert "at record copy-1, line 1, column 1 of its extracted text" in github
    sarif = json.loads(run_cli("check", dump, "--index", index, "--format", "sarif").stdout)
    location = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert "region" not in location


def test_record_ids_of_any_json_type_read_as_json_writes_them(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": value, "text": f"{STORY} ({k})"})
        for k, value in enumerate([True, 1e20, 7])
    ]
    root = write_files(tmp_path / "c", {"dump.jsonl": "\n".join(lines) + "\n"})
    ids = sorted(d.doc_id for d in load_corpus(root).documents)
    assert ids == ["dump#1e+20", "dump#7", "dump#true"]
