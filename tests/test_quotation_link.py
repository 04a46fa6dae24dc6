"""A quotation two articles print, each with a lead-in of its own, is a quotation link, not
reuse: what tells them apart is the words the two share (``passages.shared_words``), not the
span a passage runs over, which takes in each one's own lead-in between two quotes both print
(a new user saw "b syndicated 66% from a" for two articles quoting one statement). Words of a
lead-in that were copied too are reuse as before."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.clustering import attribute
from provenance.matching import verify
from provenance.model import Document, LinkKind
from tests.conftest import rows, run_cli

HEAD_A = (
    "Harrow council has set out its plan for the river crossing after weeks of uncertainty "
    "over the state of the old suspension bridge.\n\n"
)
TAIL_A = (
    "\n\nEngineers found corrosion in two of the main cables during an inspection in the "
    "spring, and the council has been under pressure from local traders ever since.\n"
)
HEAD_B = (
    "Commuters in the valley face a long summer of detours as work on the crossing finally "
    "gets under way, with businesses warning of lost trade.\n\n"
)
TAIL_B = (
    "\n\nOpposition councillors said the timetable was unrealistic and demanded to see the "
    "full engineering report before any contract is signed.\n"
)
Q1 = "“We will close the bridge for six weeks while the cables are replaced.”"
Q2 = "“We will pay for the ferries that carry people across the river.”"
Q3 = "“Nobody will be left out of pocket by these works, I promise you.”"

# name: (a's text, b's text, the link, whether b copied from a)
CASES = {
    # three quotes, each article with its own lead-ins between them; b is little else
    "lead_ins": (
        HEAD_A
        + f"Transport Secretary Jane Doe told the committee on Tuesday: {Q1}\n\nShe added: "
        + f"{Q2}\n\n{Q3}"
        + TAIL_A,
        f"Speaking to reporters, Ms Doe said: {Q1}\n\nThe minister went on to tell them that: "
        + f"{Q2}\n\nAnd in her final remark she said: {Q3}\n",
        "quotation",
        False,
    ),
    # two quotes of one paragraph, each article's attribution between them
    "between": (
        HEAD_A
        + f"{Q1[:-2]},” Jane Doe told the transport committee on Tuesday afternoon. {Q2}"
        + TAIL_A,
        HEAD_B
        + f"{Q1[:-2]},” the transport secretary said at a press conference on the quayside. {Q2}"
        + TAIL_B,
        "quotation",
        False,
    ),
    # one sentence each, matched as a sentence: the same name and verb, a clause of its own
    "clause": (
        HEAD_A
        + f"Jane Doe, the transport secretary who took office in May, told MPs: {Q1}"
        + TAIL_A,
        HEAD_B
        + f"Jane Doe, speaking for the first time since the inspection report, told MPs: {Q1}"
        + TAIL_B,
        "quotation",
        False,
    ),
    # the whole sentence copied, its lead-in too: reuse
    "copied": (
        HEAD_A + f"Transport Secretary Jane Doe told the committee on Tuesday: {Q1}" + TAIL_A,
        HEAD_B + f"Transport Secretary Jane Doe told the committee on Tuesday: {Q1}" + TAIL_B,
        "passage",
        True,
    ),
    # words of the lead-in copied besides the quote: reuse
    "copied_words": (
        HEAD_A
        + "Transport Secretary Jane Doe told the committee on Tuesday that the works could not "
        + "wait any longer: “We will close the bridge for six weeks.”"
        + TAIL_A,
        HEAD_B
        + "Transport Secretary Jane Doe told reporters outside the town hall that in her view "
        + "the works could not wait any longer: “We will close the bridge for six weeks.”"
        + TAIL_B,
        "passage",
        True,
    ),
}


def _corpus(root: Path, a: str, b: str) -> Path:
    root.mkdir()
    (root / "a.txt").write_text(a, encoding="utf-8")
    (root / "b.txt").write_text(b, encoding="utf-8")
    (root / "manifest.csv").write_text(
        "file,outlet,published\na.txt,Alpha,2025-03-01\nb.txt,Beta,2025-03-02\n",
        encoding="utf-8",
    )
    return root


@pytest.mark.parametrize("low_memory", [False, True])
@pytest.mark.parametrize("case", sorted(CASES))
def test_a_quotation_with_lead_ins_of_their_own_is_no_copy(
    tmp_path: Path, case: str, low_memory: bool
) -> None:
    a, b, link, copied = CASES[case]
    root = _corpus(tmp_path / "corpus", a, b)
    flags = ["--low-memory"] if low_memory else []
    result = run_cli("trace", root, "--out", tmp_path / "out", "-q", *flags)
    assert result.exit_code == 0, result.stderr
    [pair] = rows(tmp_path / "out" / "pairs.csv")
    documents = {row["doc_id"]: row for row in rows(tmp_path / "out" / "documents.csv")}
    assert pair["link"] == link
    assert pair["source_doc_id"] == ("a" if copied else "")
    assert documents["b"]["copied_from"] == ("a" if copied else "")
    if not copied:
        assert {documents[d]["verdict"] for d in "ab"} == {"quotes"}
        assert {documents[d]["reused_chars"] for d in "ab"} == {"0"}


def test_check_passes_an_article_quoting_what_the_index_quotes(tmp_path: Path) -> None:
    """``check`` counts what trace counts: b, nearly all quotes with lead-ins of its own, was
    once "copied 88% from a" and failed."""
    a, b, _, _ = CASES["lead_ins"]
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "a.txt").write_text(a, encoding="utf-8")
    (archive / "manifest.csv").write_text(
        "file,outlet,published\na.txt,Alpha,2025-03-01\n", encoding="utf-8"
    )
    index = tmp_path / "archive.db"
    assert run_cli("index", "build", archive, "--index", index, "-q").exit_code == 0
    incoming = tmp_path / "b.txt"
    incoming.write_text(b, encoding="utf-8")
    result = run_cli("check", incoming, "--index", index)
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "copied" not in result.stdout


def _sides(texts: list[str], spans: list[tuple[int, int, int]]) -> attribute._Counts:
    documents = [Document.from_text(t, doc_id=f"d{k}") for k, t in enumerate(texts)]
    regions = [[(m + 1, m + len(Q1) - 1) for m in _finds(t, Q1)] for t in texts]
    table = np.asarray(spans, np.int64).reshape(-1, 3)
    sides = attribute._Sides(table[:, 0], table[:, 0] * 0, table[:, 1], table[:, 2])
    return attribute._count_sides(documents, [[] for _ in texts], regions, sides)


def _finds(text: str, word: str) -> list[int]:
    return [k for k in range(len(text)) if text.startswith(word, k)]


def test_a_side_is_quoted_by_the_words_it_shares() -> None:
    """The rule (``attribute._quoted``): a side whose span holds 60 characters of a lead-in of
    its own is no quotation measured whole, and is one measured by the words it shares (the
    quote, and "Jane Doe"): a span's owner may hand its measure to the spans of its words."""
    lead = "Jane Doe, speaking for the first time since the inspection report, told MPs: "
    text = lead + Q1
    quote = text.index(Q1)
    whole = (0, 0, len(text))
    words = [(0, 0, len("Jane Doe")), (0, quote + 1, len(text) - 1)]
    counts = _sides([text], [whole, *words])
    assert attribute._quoted(counts, np.asarray([0, -1, -1]), 1).tolist() == [False]
    assert attribute._quoted(counts, np.asarray([-1, 0, 0]), 1).tolist() == [True]
    # words of the lead-in it shares count: 40 characters or more of them is reuse
    counts = _sides([text], [whole, (0, 0, quote)])
    assert attribute._quoted(counts, np.asarray([-1, 0]), 1).tolist() == [False]


def test_attribution_measures_a_link_by_its_shared_words() -> None:
    """``attribute``: a link whose two sides run over lead-ins of their own is reuse measured
    whole, a quotation measured by the words given as shared."""
    lead_a = "Jane Doe, the transport secretary who took office in May, told MPs: "
    lead_b = "Jane Doe, speaking for the first time since the inspection report, told MPs: "
    texts = [lead_a + Q1, lead_b + Q1]
    documents = [Document.from_text(t, doc_id=f"d{k}") for k, t in enumerate(texts)]
    quoted = [[(t.index(Q1) + 1, len(t) - 1)] for t in texts]
    link = ((0, 0, len(texts[0])), (1, 0, len(texts[1])))
    shared = np.asarray(
        [
            (0, k, start, end)
            for k, t in enumerate(texts)
            for start, end in ((0, 8), (t.index(Q1) + 1, len(t) - 1))
        ],
        np.int64,
    )
    _, [whole] = attribute.attribute(documents, [], 0.5, 0.1, None, quoted, [link])
    _, [by_words] = attribute.attribute(documents, [], 0.5, 0.1, None, quoted, [link], shared)
    assert whole.kind == LinkKind.PASSAGE and whole.a_reused > 0
    assert by_words.kind == LinkKind.QUOTATION and by_words.a_reused == by_words.b_reused == 0
    assert (by_words.a_chars, by_words.b_chars) == (whole.a_chars, whole.b_chars)


WORDS = st.lists(st.sampled_from("a b c d e said she we will".split()), max_size=14)


@settings(max_examples=300, deadline=None)
@given(WORDS, WORDS)
def test_aligned_runs_lie_in_the_range_align_gives(a: list[str], b: list[str]) -> None:
    """The runs span ``align``'s range, in order, apart, pairing equal words (or, when no
    word pairs, are both whole)."""
    runs = verify.aligned_runs(a, b)
    (a0, a1), (b0, b1) = verify.align(a, b)
    assert (runs[0][0], runs[-1][1], runs[0][2], runs[-1][3]) == (a0, a1, b0, b1)
    if not set(a) & set(b):  # nothing pairs: both whole
        assert runs == [(0, len(a), 0, len(b))]
        return
    for (x0, x1, y0, y1), following in zip(runs, [*runs[1:], None], strict=True):
        assert x1 - x0 == y1 - y0 > 0 and a[x0:x1] == b[y0:y1]
        if following is not None:
            assert x1 <= following[0] and y1 <= following[2]
