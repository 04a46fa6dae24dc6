from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path, PurePosixPath

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from provenance.errors import InputError
from provenance.inputs.load import (
    DOUBLE_SUFFIXES,
    FileItem,
    Read,
    decode,
    doc_id_for,
    load_corpus,
)
from provenance.model import DateSource, Document

Corpus = Callable[[Mapping[str, str | bytes]], Path]
ARTICLE = "The council closed the bridge on Saturday after an inspection.\n"


def by_id(root: Path, exclude: Path | None = None) -> dict[str, Document]:
    return {d.doc_id: d for d in load_corpus(root, exclude=exclude).documents}


def test_files_are_found_recursively_sorted_and_filtered(corpus: Corpus) -> None:
    root = corpus(
        {
            "b.txt": ARTICLE,
            "a/z.md": ARTICLE,
            "a/notes.csv": "x,y\n",
            ".hidden/secret.txt": ARTICLE,
            "a/.draft.txt": ARTICLE,
            "report/documents.txt": ARTICLE,
            "manifest.csv": "doc_id\n",
            "c.name.TXT": ARTICLE,
        }
    )
    result = load_corpus(root, exclude=root / "report")
    assert [d.doc_id for d in result.documents] == ["a/z", "b", "c.name"]
    assert [d.path for d in result.documents] == ["a/z.md", "b.txt", "c.name.TXT"]


def test_doc_id_drops_only_the_last_suffix() -> None:
    assert doc_id_for("wire/2025.02.15.story.txt") == "wire/2025.02.15.story"


@given(
    st.lists(st.sampled_from(["a", ".", "..", "b.c", ".d", "e.", "/", "f.txt", "é"]), min_size=1)
)
def test_doc_id_is_the_path_without_its_suffix(parts: list[str]) -> None:
    relative = "".join(parts)
    expected = PurePosixPath(relative)
    assume(expected.name)  # no file is named "" or "/"
    assert doc_id_for(relative) == str(expected.with_suffix(""))


@given(
    st.lists(
        st.sampled_from(["a", ".", "b.c", "/", ".gz", ".jsonl.gz", ".WARC.Gz", "x.warc.gz"]),
        min_size=1,
    )
)
def test_doc_id_drops_a_double_suffix_whole(parts: list[str]) -> None:
    relative = "".join(parts)
    path = PurePosixPath(relative)
    assume(path.name)
    double = [x for x in DOUBLE_SUFFIXES if path.name.lower().endswith(x)]
    if double and len(path.name) > len(double[0]):
        # as a string: what is left may be no valid name for pathlib ("..jsonl.gz" leaves ".")
        expected = str(path)[: -len(path.name)] + path.name[: -len(double[0])]
    else:
        expected = str(path.with_suffix(""))
    assert doc_id_for(relative) == expected


def test_colliding_doc_ids_are_an_error(corpus: Corpus) -> None:
    root = corpus({"story.txt": ARTICLE, "story.md": ARTICLE})
    with pytest.raises(
        InputError, match=r"story.txt: doc_id 'story' is also the doc_id of story.md"
    ):
        load_corpus(root)


def test_text_is_decoded_exactly(corpus: Corpus) -> None:
    crlf = "First line.\r\nSecond “line”.\r\n"
    root = corpus(
        {
            "bom.txt": b"\xef\xbb\xbf" + "Caf\u00e9 society.".encode(),
            "crlf.txt": crlf.encode(),
            "latin.txt": "Caf\u00e9 \u201csociety\u201d.".encode("cp1252"),
        }
    )
    result = load_corpus(root)
    docs = {d.doc_id: d for d in result.documents}
    assert (docs["bom"].text, docs["bom"].encoding) == ("Café society.", "utf-8-sig")
    assert (docs["crlf"].text, docs["crlf"].encoding) == (crlf, "utf-8")
    assert (docs["latin"].text, docs["latin"].encoding) == ("Café “society”.", "cp1252")
    assert [(n.path, n.message) for n in result.notices] == [
        ("latin.txt", "not valid UTF-8; read as cp1252")
    ]
    for doc in docs.values():  # the encoding column reproduces the text from the file
        with (root / doc.path).open(encoding=doc.encoding, newline="") as handle:
            assert handle.read() == doc.text


def test_unreadable_files_are_skipped_with_a_reason(corpus: Corpus) -> None:
    root = corpus(
        {
            "good.txt": ARTICLE,
            "empty.txt": "",
            "blank.md": "  \n\n",
            "binary.txt": b"PK\x03\x04\x00\x00binary",
            "bad.txt": b"caf\x81\x8d",
        }
    )
    result = load_corpus(root)
    assert [d.doc_id for d in result.documents] == ["good"]
    assert [(s.path, s.reason) for s in result.skipped] == [
        ("bad.txt", "undecodable: neither UTF-8 nor cp1252 (byte 0x81 at 3)"),
        ("binary.txt", "binary file (NUL byte in the first 8 KiB)"),
        ("blank.md", "empty file"),
        ("empty.txt", "empty file"),
    ]


def test_no_readable_document_is_an_error(corpus: Corpus) -> None:
    root = corpus({"empty.txt": "", "notes.csv": "a\n"})
    with pytest.raises(InputError) as caught:
        load_corpus(root)
    assert str(caught.value) == (
        f"{root}: no readable article found (skipped empty.txt: empty file and 1 more)"
    )


def test_missing_or_wrong_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such directory"):
        load_corpus(tmp_path / "absent")
    (tmp_path / "file.txt").write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(InputError, match="not a directory"):
        load_corpus(tmp_path / "file.txt")


def test_date_header_counts_in_offsets_but_is_not_body(corpus: Corpus) -> None:
    root = corpus({"seed.txt": " date 2025-02-15 LONDON - Sir Keir spoke.\n\nMore text.\n"})
    doc = by_id(root)["seed"]
    assert doc.published is not None and doc.published.text == "2025-02-15"
    assert doc.date_source is DateSource.HEADER
    assert doc.text[doc.body_start :].startswith("LONDON - Sir Keir")


def test_a_date_in_the_text_is_not_a_header(corpus: Corpus) -> None:
    root = corpus({"a.txt": "The date 2025-02-15 was chosen.\n", "b.txt": "24 hours after.\n"})
    docs = by_id(root)
    assert all(d.published is None and d.body_start == 0 for d in docs.values())


def test_front_matter_supplies_metadata(corpus: Corpus) -> None:
    text = (
        "---\noutlet: Coast Courier\ndate: 2025-03-04 09:30:00\ntitle: Bridge\n"
        "url: https://x.example/a\n---\nBody text here.\n"
    )
    doc = by_id(corpus({"a.md": text}))["a"]
    assert (doc.outlet, doc.title, doc.url) == ("Coast Courier", "Bridge", "https://x.example/a")
    assert doc.published is not None and doc.published.text == "2025-03-04T09:30:00Z"
    assert doc.date_source is DateSource.FRONTMATTER
    assert doc.text[doc.body_start :] == "Body text here.\n"


def test_front_matter_only_in_markdown_and_bad_yaml_is_a_warning(corpus: Corpus) -> None:
    root = corpus({"a.txt": "---\noutlet: X\n---\nBody.\n", "b.md": "---\n: [\n---\nBody.\n"})
    result = load_corpus(root)
    docs = {d.doc_id: d for d in result.documents}
    assert docs["a"].body_start == 0 and docs["a"].outlet is None
    assert docs["b"].text[docs["b"].body_start :] == "Body.\n"
    assert [n.path for n in result.notices] == ["b.md"]
    assert "front matter is not valid YAML" in result.notices[0].message


def test_manifest_is_strongest_and_empty_cells_are_unknown(corpus: Corpus) -> None:
    root = corpus(
        {
            "manifest.csv": (
                "file,outlet,published,title\n"
                "a.md,Manifest Outlet,2025-01-02T03:04:05+01:00,\n"
                "b.txt,,,Title B\n"
                "gone.txt,X,,\n"
            ),
            "a.md": "---\noutlet: Front\npublished: 2024-12-31\ntitle: Front title\n---\nBody.\n",
            "b.txt": " date 2025-02-01 Body.\n",
        }
    )
    result = load_corpus(root)
    docs = {d.doc_id: d for d in result.documents}
    a, b = docs["a"], docs["b"]
    assert (a.outlet, a.title, a.date_source) == ("Manifest Outlet", "Front title", "manifest")
    assert a.published is not None and a.published.text == "2025-01-02T02:04:05Z"
    assert (b.outlet, b.title, b.date_source) == (None, "Title B", "header")
    assert [(n.path, n.message) for n in result.notices] == [
        ("manifest.csv", "line 4: no article file for 'gone'")
    ]


def test_manifest_doc_id_column_and_bad_date(corpus: Corpus) -> None:
    root = corpus({"manifest.csv": "doc_id,published\nsub/a,last Tuesday\n", "sub/a.txt": ARTICLE})
    result = load_corpus(root)
    assert result.documents[0].published is None
    assert result.documents[0].date_source is DateSource.NONE
    assert "line 2: published 'last Tuesday' is not an ISO date" in result.notices[0].message


@pytest.mark.parametrize(
    ("manifest", "message"),
    [
        ("outlet,published\nX,2025-01-01\n", "manifest needs a 'doc_id' or 'file' column"),
        ("doc_id,publisher\na,X\n", "unknown manifest column 'publisher'"),
        ("doc_id,outlet\na,X,extra\n", "line 2: 3 fields where the header has 2"),
        ("doc_id,outlet\na,X\na,Y\n", "line 3: 'a' is already listed on line 2"),
        ("doc_id,outlet\n,X\n", "line 2: empty doc_id/file cell"),
        ("doc_id,file\na,b.txt\n", "line 2: doc_id 'a' and file 'b.txt' name different articles"),
        ("doc_id,doc_id\na,a\n", "manifest column 'doc_id' appears twice"),
        ("", "manifest is empty"),
        (b"doc_id\n\xff\n", "manifest is not valid UTF-8"),
        ('doc_id,outlet\na,"X\n', "malformed CSV"),
    ],
)
def test_malformed_manifest_is_an_error(
    corpus: Corpus, manifest: str | bytes, message: str
) -> None:
    root = corpus({"manifest.csv": manifest, "a.txt": ARTICLE})
    with pytest.raises(InputError, match=message) as caught:
        load_corpus(root)
    assert "manifest.csv" in str(caught.value)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"", "empty file"),
        (b"abc\x00", "binary file (NUL byte in the first 8 KiB)"),
        (b"x" * 9000 + b"\x00", ("x" * 9000 + "\x00", "utf-8")),
    ],
)
def test_decode_probes_only_the_first_8_kib(raw: bytes, expected: object) -> None:
    assert decode(raw) == expected


def test_impossible_front_matter_date_is_a_warning(corpus: Corpus) -> None:
    result = load_corpus(corpus({"a.md": "---\ndate: 2025-02-30\n---\nBody.\n"}))
    assert result.documents[0].published is None
    assert "front matter is not valid YAML" in result.notices[0].message


def test_header_after_front_matter_and_upper_case_suffix(corpus: Corpus) -> None:
    root = corpus(
        {
            "a.md": "---\ntitle: Only a title\n---\ndate 2025-03-04 The council spoke.\n",
            "b.MD": "---\noutlet: Foo\n---\nBody.\n",
        }
    )
    docs = by_id(root)
    a = docs["a"]
    assert a.published is not None and a.published.text == "2025-03-04"
    assert a.date_source is DateSource.HEADER
    assert a.text[a.body_start :] == "The council spoke.\n"
    assert docs["b"].outlet == "Foo"


def test_bom_only_file_is_empty(corpus: Corpus) -> None:
    result = load_corpus(corpus({"bom.txt": b"\xef\xbb\xbf \n", "a.txt": ARTICLE}))
    assert [(s.path, s.reason) for s in result.skipped] == [("bom.txt", "empty file")]


def test_file_names_that_are_not_utf8_are_skipped(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "a.txt").write_text(ARTICLE, encoding="utf-8")
    with open(bytes(root) + b"/caf\xe9.txt", "wb") as handle:  # noqa: PTH123 - a bytes path
        handle.write(ARTICLE.encode())
    result = load_corpus(root)
    assert [d.doc_id for d in result.documents] == ["a"]
    assert [(s.path, s.reason) for s in result.skipped] == [
        ("caf\ufffd.txt", "file name is not valid UTF-8")
    ]


def test_text_files_weigh_nothing_when_choosing_a_pool(corpus: Corpus) -> None:
    """A text file is read in this process whatever their number (a pool would spend as much
    of this process's time handing it over as reading it takes); pages weigh ``PAGE_COST``."""
    from provenance.inputs.load import PAGE_COST, serial

    costs: list[float] = []

    def reader(items: Sequence[FileItem], cost: float) -> Iterable[Read]:
        costs.append(cost)
        return serial(items, cost)

    root = corpus({"a.txt": ARTICLE, "b.md": ARTICLE})
    load_corpus(root, read_files=reader)
    page = f"<html><body><article><p>{ARTICLE}</p></article></body></html>"
    load_corpus(corpus({"c.html": page}), read_files=reader)  # a page beside the two
    assert costs == [0, PAGE_COST / 3]


@given(st.binary(max_size=3000), st.integers(0, 2500))
def test_a_file_is_read_whole_up_to_the_bound(raw: bytes, limit: int) -> None:
    """``read_bounded``: the file's bytes, or the reason it is too large (its size told)."""
    from provenance.inputs.files import read_bounded, too_large

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.txt"
        path.write_bytes(raw)
        expected = raw if len(raw) <= limit else too_large(limit, len(raw))
        assert read_bounded(path, limit) == expected
        assert read_bounded(Path(folder), limit) == "unreadable: not a regular file (a folder)"


def test_a_file_that_grows_while_read_is_read_on_to_the_bound(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file longer than its size said (it grew between the two) is read on, to the bound."""
    import os

    from provenance.inputs import files

    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 5000)
    status = path.stat()
    shrunk = os.stat_result((*status[:6], 10, *status[7:]))
    monkeypatch.setattr(os, "fstat", lambda fd: shrunk)
    assert files.read_bounded(path, 6000) == b"x" * 5000
    assert files.read_bounded(path, 4000) == files.too_large(4000)


@given(st.text(st.sampled_from(" \t\n\x0b\x1c\x85\xa0\u2028\u3000ab"), max_size=6))
def test_has_text_is_whether_stripping_leaves_any(text: str) -> None:
    from provenance.inputs.load import _has_text

    assert _has_text(text) == bool(text.strip())
