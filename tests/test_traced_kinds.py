"""Only a quotation is traced into other documents (``fragments.traced``): two articles that
both quote a title ("The Late Show with Stephen Colbert", a book's name) name the same thing;
neither took a quote from the other (PolNeAR's train split: two such titles made quote clusters,
quotation pairs and a ``quotes`` verdict for four articles sharing nothing else)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

from tests.conftest import rows, traced

# each sentence of the two articles is its own: only the quoted words are shared
A = (
    "The former president joined the audience of {quoted} on Tuesday evening in Manhattan.\n\n"
    "Aides said the appearance had been planned for several weeks by the campaign staff.\n"
)
B = (
    "Critics of the senator pointed to {quoted} when they spoke at the rally in Ohio.\n\n"
    "Organisers expected a crowd of several thousand people despite the heavy rain.\n"
)
# found by the fragment search (six words: too few to anchor a passage)
SHOW = "“The Late Show with Stephen Colbert”"
SAID = "“we will rebuild the late show from scratch”"  # as many words, a quotation
# a run of eight words, most of a quotation, anchors a passage (``passages.MIN_WORDS``)
BOOK = "“Crippled America: How to Make America Great Again,”"
SAID_LONGER = "“crippled and weary, we will make America great again,”"


@pytest.mark.parametrize(
    ("quoted", "clustered"),
    [(SHOW, False), (SAID, True), (BOOK, False), (SAID_LONGER, True)],
    ids=["show", "said", "book", "said_longer"],
)
@pytest.mark.parametrize("flags", [(), ("--low-memory",)], ids=["whole", "low_memory"])
def test_only_a_quotation_is_traced_into_other_documents(
    tmp_path_factory: pytest.TempPathFactory,
    corpus: Callable[[Mapping[str, str]], Path],
    quoted: str,
    clustered: bool,
    flags: tuple[str, ...],
) -> None:
    root = corpus({"a.txt": A.format(quoted=quoted), "b.txt": B.format(quoted=quoted)})
    out, _ = traced(tmp_path_factory, root, "-q", *flags)
    clusters = [(c["kind"], c["doc_ids"]) for c in rows(out / "clusters.csv")]
    assert clusters == ([("quote", "a;b")] if clustered else [])
    verdict = "quotes" if clustered else "unique"
    assert {d["doc_id"]: d["verdict"] for d in rows(out / "documents.csv")} == {
        "a": verdict,
        "b": verdict,
    }
    kinds = {q["doc_id"]: q["kind"] for q in rows(out / "quotes.csv")}
    assert kinds == {d: "quotation" if clustered else "title" for d in ("a", "b")}
    assert [p["link"] for p in rows(out / "pairs.csv")] == (["quotation"] if clustered else [])
