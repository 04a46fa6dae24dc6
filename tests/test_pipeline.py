"""The analysis on small in-memory corpora whose right answers are known."""

from __future__ import annotations

import dataclasses
import os
import pickle
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from provenance.dates import parse_published
from provenance.matching.fragments import Fragment
from provenance.model import Document, Notice, Quote, Skipped, Speaker
from provenance.pipeline.run import analyse
from provenance.results import Analysis
from provenance.settings import Settings
from tests.conftest import ROOT

S1 = "The council said the bridge would stay closed for at least three months."
S2 = "Engineers found serious corrosion in two of the steel supports on Saturday."
S3 = "A temporary footbridge for pedestrians and cyclists will open within six weeks."
S4 = "Local traders said footfall had fallen sharply since the weekend closure began."
OTHER = [
    "Rovers came from two goals down to draw with Harbour Town in the derby.",
    "The mayor opened a new library on the high street on Tuesday morning.",
    "Rainfall this winter was the highest recorded since the station opened.",
    "The orchestra announced a season of free concerts for local schools.",
]


def doc(
    doc_id: str, text: str, published: str | None = None, outlet: str | None = None
) -> Document:
    return Document(
        doc_id=doc_id,
        path=f"{doc_id}.txt",
        text=text,
        encoding="utf-8",
        body_start=0,
        outlet=outlet,
        published=parse_published(published) if published else None,
    )


def run(*docs: Document) -> Analysis:
    return analyse(list(docs), Settings())


def verdicts(analysis: Analysis) -> dict[str, tuple[str, str | None, str | None]]:
    ids = [d.doc_id for d in analysis.documents]
    return {
        ids[a.doc]: (
            a.verdict,
            None if a.copied_from is None else ids[a.copied_from],
            a.direction_basis,
        )
        for a in analysis.attributions
    }


def earliest(analysis: Analysis) -> list[tuple[str, str]]:
    ids = [d.doc_id for d in analysis.documents]
    return sorted((ids[c.earliest.doc], c.earliest_basis) for c in analysis.clusters)


def test_a_dated_copy_is_syndicated_from_the_earlier_source() -> None:
    result = run(
        doc("wire", f"{S1} {S2}\n{S3}\n{S4}", "2025-03-03T07:00:00Z"),
        doc("copy", f"{S1} {S2}\n{S3}\n{OTHER[0]}", "2025-03-03T09:00:00Z"),
        doc("sport", OTHER[1], "2025-03-01"),
    )
    assert verdicts(result) == {
        "copy": ("syndicated", "wire", "date"),
        "sport": ("unique", None, None),
        "wire": ("original", None, None),
    }
    assert earliest(result) == [("wire", "dated")]  # three sentences in a row: one passage
    copy = next(a for a in result.attributions if result.documents[a.doc].doc_id == "copy")
    assert copy.copied_share is not None and 0.7 < copy.copied_share < 0.8


def _wire_copies() -> list[Document]:
    """A story and two later copies of its body word for word, under headlines of their own;
    the last copy's ends with the word the first copy's does, so the passage it shares with
    that copy reaches one word further back (a new-user trial's AP story, its radio copy
    credited to a newspaper's copy: "Trump, Ryan talk unity" / "Trump and Ryan meet, vow
    unity")."""
    body = f"{S1}\n\n{S2}\n\n{S3}\n\n{S4}"
    return [
        doc("wire", f"Bridge to close for repairs\n\n{body}", "2025-03-01T09:00:00Z", "Wire"),
        doc("paper", f"Council votes to keep the bridge shut\n\n{body}", "2025-03-01T12:00:00Z"),
        doc("radio", f"Town bridge shut\n\n{body}", "2025-03-02"),
    ]


def test_near_identical_copies_name_the_earliest_as_source() -> None:
    """The radio copy reuses one word more with the paper than with the wire (fewer
    characters than the shortest match, ``NEAR_CHARS``): no evidence of which it copied,
    and the earliest, the wire, is named."""
    result = run(*_wire_copies())
    reused = {
        frozenset((result.documents[p.a].doc_id, result.documents[p.b].doc_id)): p.b_reused
        for p in result.pairs
    }
    assert 0 < reused[frozenset(("paper", "radio"))] - reused[frozenset(("radio", "wire"))] < 25
    assert verdicts(result)["radio"] == ("syndicated", "wire", "date")


def test_a_copy_carrying_a_copys_own_sentence_names_that_copy() -> None:
    """A copy of the paper's copy carrying the paragraph the paper added (a sentence, more
    than ``NEAR_CHARS``) is the paper's copy, not the wire's."""
    wire, paper, _ = _wire_copies()
    local = "\n\nThe paper understands a second crossing will be considered next year."
    paper = dataclasses.replace(paper, text=paper.text + local)
    copy = doc("copy", paper.text.replace("Council votes to", "Councillors vote to"), "2025-03-02")
    assert verdicts(run(wire, paper, copy))["copy"] == ("syndicated", "paper", "date")


def test_undated_copy_direction_comes_from_containment() -> None:
    result = run(
        doc("original", f"{S1}\n{S2}\n{S3}\n{S4}\n{OTHER[2]}"),
        doc("subset", f"{S1}\n{S2}\n{S3}"),
    )
    assert verdicts(result) == {
        "original": ("original", None, None),
        "subset": ("syndicated", "original", "containment"),
    }
    assert earliest(result) == [("original", "undated")]  # one passage of three sentences


def test_identical_undated_documents_are_duplicates_with_the_tie_said() -> None:
    result = run(doc("b", f"{S1}\n{S2}"), doc("a", f"{S1}\n{S2}"))
    # the same text and no dates: the first by doc_id is named, and the basis says why
    assert verdicts(result) == {
        "a": ("original", None, None),
        "b": ("syndicated", "a", "identical"),
    }
    assert earliest(result) == [("a", "undated")]  # doc_id order, reported as undated


def test_nearly_equal_undated_copies_have_no_direction_and_no_original() -> None:
    result = run(doc("b", f"{S1}\n{S2}\n{S3}"), doc("a", f"{S1}\n{S2}\n{S3}\nAlso."))
    assert verdicts(result) == {"a": ("partial", None, None), "b": ("partial", None, None)}


def test_near_equal_shares_give_no_containment_direction() -> None:
    # b holds one more short sentence than a, so a's share with b (1.0) is a little higher than
    # b's with a; within the containment margin, neither is said to have copied the other.
    result = run(doc("a", f"{S1}\n{S2}\n{S3}\n{S4}"), doc("b", f"{S1}\n{S2}\n{S3}\n{S4}\nAlso."))
    assert verdicts(result) == {"a": ("partial", None, None), "b": ("partial", None, None)}
    wide = analyse(
        [doc("a", f"{S1}\n{S2}\n{S3}\n{S4}"), doc("b", f"{S1}\n{S2}\n{S3}\n{S4}\nAlso.")],
        Settings(containment_margin=0.0),
    )
    assert verdicts(wide)["a"] == ("syndicated", "b", "containment")


def test_a_same_day_tie_makes_no_original() -> None:
    result = run(
        doc("alpha", f"{S1}\n{S2}", "2025-01-02"),
        doc("zeta", f"{S1}\n{S2}", "2025-01-02"),
        doc("undated", S1),
    )
    assert verdicts(result) == {
        # the same text on the same day: duplicates, the first by doc_id named
        "alpha": ("original", None, None),
        "zeta": ("syndicated", "alpha", "identical"),
        "undated": ("syndicated", "alpha", "containment"),  # equal shares: earliest, doc_id
    }


def test_undated_possible_and_ties() -> None:
    result = run(
        doc("dated", f"{S1}\n{OTHER[0]}", "2025-03-03"),
        doc("undated", f"{S1}\n{OTHER[1]}"),
    )
    assert earliest(result) == [("dated", "undated_possible")]
    tie = run(
        doc("b-evening", f"{S1}\n{OTHER[0]}", "2025-03-03T19:00:00Z"),
        doc("a-day", f"{S1}\n{OTHER[1]}", "2025-03-03"),
        doc("c-next", f"{S1}\n{OTHER[2]}", "2025-03-04"),
    )
    assert earliest(tie) == [("a-day", "tie")]
    assert verdicts(tie)["b-evening"] == ("partial", None, None)  # a day ties: no direction
    assert verdicts(tie)["c-next"][1:] in {("a-day", "date"), ("b-evening", "date")}


def test_same_day_times_decide() -> None:
    result = run(
        doc("a-late", f"{S1}\n{OTHER[0]}", "2025-03-03T19:00:00Z"),
        doc("b-early", f"{S1}\n{OTHER[1]}", "2025-03-03T08:00:00+02:00"),
    )
    assert earliest(result) == [("b-early", "dated")]


def test_reuse_inside_one_document_alone_is_not_a_cluster() -> None:
    result = run(doc("self", f"{S1}\n{S1}\n{S2}"), doc("other", OTHER[0]))
    assert result.clusters == ()
    assert {a.verdict for a in result.attributions} == {"unique"}


def test_repeated_sentences_form_runs_and_n_docs_counts_documents() -> None:
    result = run(doc("a", f"{S1} {S1}\n{S2}\n{S1}"), doc("b", f"{S1}\n{OTHER[0]}"))
    assert len(result.clusters) == 1
    cluster = result.clusters[0]
    a_text = result.documents[0].text
    spans = [(result.documents[o.doc].doc_id, o.start, o.end) for o in cluster.occurrences]
    assert spans == [
        ("a", 0, 2 * len(S1) + 1),
        ("a", a_text.rindex(S1), len(a_text)),
        ("b", 0, len(S1)),
    ]
    assert cluster.docs == (0, 1)


def test_alignment_trims_words_the_other_side_lacks() -> None:
    quote = "He was unequivocal that there could be no talks about Ukraine, without Ukraine."
    result = run(
        doc("a", f"A spokeswoman said: “{quote}", "2025-02-15"),
        doc("b", f"They added: “{quote}"),
    )
    (cluster,) = result.clusters
    texts = [result.documents[o.doc].text[o.start : o.end] for o in cluster.occurrences]
    assert texts == [f"“{quote}", f"“{quote}"]
    assert all(o.in_quotes for o in cluster.occurrences)
    assert cluster.kind == "quote"


def test_unknown_outlets_are_never_the_same() -> None:
    a, b = doc("a", S1), doc("b", S1)
    assert not a.same_outlet(b)
    assert doc("c", S1, outlet="X").same_outlet(doc("d", S1, outlet="X"))


def test_light_edits_casing_and_straight_quotes_still_match() -> None:
    result = run(
        doc("a", "He said: “The bridge will stay closed for at least three more months.”"),
        doc("b", 'HE SAID: "THE BRIDGE WILL STAY CLOSED FOR AT LEAST THREE MORE MONTHS."'),
        doc("c", "He said: “The bridge will stay shut for at least three more months.”"),
    )
    assert len(result.clusters) == 1
    assert len(result.clusters[0].docs) == 3


def test_result_does_not_depend_on_document_order() -> None:
    docs = [
        doc("wire", f"{S1} {S2}\n{S3}", "2025-03-03"),
        doc("copy", f"{S2} {S1}\n{S3}\n{OTHER[0]}"),
        doc("late", f"{S3}\n{S4}", "2025-03-05"),
    ]
    forward, backward = run(*docs), run(*reversed(docs))
    assert forward.clusters == backward.clusters
    assert forward.attributions == backward.attributions


def test_reading_in_a_pool_of_processes_gives_the_same_result(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Large corpora are read by several processes; the answers must not change."""
    from provenance.inputs.load import load_corpus
    from provenance.pipeline import engine
    from provenance.pipeline import run as pipeline

    docs = load_corpus(ROOT / "fixtures" / "quotes").documents
    serial = pipeline.analyse(docs, Settings())
    monkeypatch.setattr(engine, "PARALLEL_MIN_DOCS", 0)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    pooled = pipeline.analyse(docs, Settings())
    assert pooled.sentences == serial.sentences
    assert pooled.clusters == serial.clusters
    assert pooled.quote_rows == serial.quote_rows
    assert pooled.attributions == serial.attributions


def test_loading_in_a_pool_of_processes_gives_the_same_result(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Files are read by the same pool for large corpora: same documents, notices and skips,
    in the same order."""
    from provenance.pipeline import engine
    from provenance.pipeline import run as pipeline

    root = tmp_path / "corpus"
    shutil.copytree(ROOT / "fixtures" / "quotes", root)
    (root / "latin1.txt").write_bytes(
        "Caf\xe9 society was said to be \xabdone\xbb.".encode("cp1252")
    )
    (root / "binary.txt").write_bytes(b"\x00\x01")
    (root / "dated.md").write_text("---\ndate: 2025-02-30\n---\nA bad date.\n", encoding="utf-8")
    serial = pipeline.trace(root, Settings())
    monkeypatch.setattr(engine, "PARALLEL_MIN_DOCS", 0)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    pooled = pipeline.trace(root, Settings())
    assert pooled.notices == serial.notices and len(serial.notices) >= 2
    assert pooled.skipped == serial.skipped and len(serial.skipped) == 1
    assert pooled.analysis.documents == serial.analysis.documents
    assert pooled.analysis.clusters == serial.analysis.clusters


def test_text_files_are_read_here_while_the_pool_starts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Text files are read in this process (``test_text_files_weigh_nothing_when_choosing_a_
    pool``); when the reading stage will want the pool, its processes start meanwhile, before
    any work is given them."""
    import multiprocessing

    from provenance.inputs import load
    from provenance.inputs.load import FileItem, Read
    from provenance.pipeline import engine

    root = ROOT / "fixtures" / "quotes"
    serial = load.load_corpus(root)
    monkeypatch.setattr(engine, "PARALLEL_MIN_DOCS", 2)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    read_here: list[str] = []

    def read_file(item: FileItem) -> Read:  # a local function: no pool could take it
        read_here.append(item.relative)
        return load.read_file(item)

    monkeypatch.setattr(engine, "read_file", read_file)
    with engine.running_workers() as workers:
        loaded = load.load_corpus(root, read_files=engine.LocalEngine(workers).read_files)
        assert len(multiprocessing.active_children()) == 2
    assert loaded == serial
    assert read_here == [doc.path for doc in serial.documents]


def test_the_reader_hashes_every_word_of_its_sentences() -> None:
    """The reader works out its words' hashes a distinct word at a time: they are
    ``word_hashes`` of its sentences, word for word."""
    import numpy as np

    from provenance.inputs.load import load_corpus
    from provenance.matching.passages import word_hashes
    from provenance.pipeline.steps import Reader
    from provenance.text.boilerplate import Matcher
    from provenance.text.speakers import Aliases

    reader = Reader(Aliases.load(), Matcher.build(), Settings().min_quote_tokens)
    documents = load_corpus(ROOT / "fixtures" / "quotes").documents
    empty = Document.from_text("", doc_id="empty")
    for i, doc in enumerate([*documents, empty]):
        sentences, *_, hashes = reader((i, doc))
        expected = word_hashes(sentences)
        assert hashes.dtype == expected.dtype and np.array_equal(hashes, expected)


def _frozen(_: int) -> int:
    import gc

    return gc.get_freeze_count()


def test_a_worker_freezes_what_it_starts_with(monkeypatch: pytest.MonkeyPatch) -> None:
    """A reading worker's modules are frozen once it starts: the cycle collector does not walk
    them again with every few hundred records it reads."""
    from provenance.pipeline import engine

    monkeypatch.setattr(engine, "PARALLEL_MIN_DOCS", 0)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    with engine.running_workers() as workers:
        assert all(count > 1000 for count in workers.map(_frozen, [0, 1, 2, 3]))


def test_records_sent_between_processes_pickle_through_their_constructors() -> None:
    speaker = Speaker("Jane Morrow", "jane morrow", "Jane Morrow said")
    records = [
        Document("a/b", "a/b.txt", "Text.", "utf-8", 0, "Outlet", parse_published("2025-02-03")),
        Quote("q1", 3, ((1, 4), (9, 20)), speaker),
        Quote("q2", 3, ((30, 41),)),
        Fragment(3, ("we", "will", "act"), (1, 4, 9), (3, 8, 12)),
        Skipped("c.txt", "empty file"),
        Notice("manifest.csv", "line 2: no article file"),
    ]
    for record in records:
        assert record.__reduce__()[0] is type(record)  # not the slow __dict__ restore
        assert pickle.loads(pickle.dumps(record)) == record


def test_a_short_shared_sentence_outside_quotation_marks_is_reuse() -> None:
    """A link is a quotation only where the shared text lies inside quotation marks: a short
    sentence (under ``QUOTED_SLACK`` characters) outside them is reuse, whatever quotes the
    documents print elsewhere; the same sentence inside them in both is a quotation."""
    from provenance.clustering.attribute import QUOTED_SLACK, attribute
    from provenance.model import LinkKind

    sentence = "The bridge shut at noon."
    texts = [f"{sentence} Ms Lee said: “We warned them.”", f"Mr Tan said: “No.” {sentence}"]
    documents = [Document.from_text(t, doc_id=f"d{k}") for k, t in enumerate(texts)]
    regions = [[(t.index("“") + 1, t.index("”"))] for t in texts]
    spans = [(k, t.index(sentence), t.index(sentence) + len(sentence)) for k, t in enumerate(texts)]
    assert len(sentence) < QUOTED_SLACK
    _, links = attribute(documents, [], 0.5, 0.1, quoted=regions, links=[(spans[0], spans[1])])
    assert [link.kind for link in links] == [LinkKind.PASSAGE]
    # “The bridge shut at noon.” inside quotation marks in both
    quoted_texts = [t.replace(sentence, f"“{sentence}”") for t in texts]
    documents = [Document.from_text(t, doc_id=f"d{k}") for k, t in enumerate(quoted_texts)]
    regions = [
        [(t.index(f"“{sentence}") + 1, t.index(f"{sentence}”") + len(sentence))]
        for t in quoted_texts
    ]
    inside = [
        (k, t.index(f"“{sentence}"), t.index(f"{sentence}”") + len(sentence) + 1)
        for k, t in enumerate(quoted_texts)
    ]
    _, links = attribute(documents, [], 0.5, 0.1, quoted=regions, links=[(inside[0], inside[1])])
    assert [link.kind for link in links] == [LinkKind.QUOTATION]


def test_a_quote_cut_with_an_ellipsis_aligns_piece_by_piece(tmp_path: Path) -> None:
    """Each piece is 9 words, under ``ANCHOR_WORDS`` and, with 14 words cut between them, too
    far apart to chain, and the sentences around them differ too much to match: each anchors
    as most of its own piece of the quotation (measured against the whole quotation, neither
    did), in one run and in parts."""
    import provenance
    from tests.conftest import write_files
    from tests.test_low_memory import same_reports

    first = "Nobody on this estate was asked before the depot plans"
    cut = "were drawn up by the county and sent to the planning committee last spring"
    second = "and we will fight them at every stage from now on"
    column = (
        "Opinion: the depot fight is only starting.\n\n"
        "Rosa Hale, who has led the tenants for a decade and twice stood for the council, "
        f"wrote to this paper last week in anger: “{first} … {second}.” The county should "
        "listen.\n"
    )
    corpus = write_files(
        tmp_path / "corpus",
        {
            "statement.txt": "The Fenwick Tenants Association has objected to the bus depot "
            f"plans.\n\n“{first} {cut}, {second},” said its chair, Rosa Hale.\n",
            "column.txt": column,
            "manifest.csv": "file,published\nstatement.txt,2025-05-01\ncolumn.txt,2025-05-03\n",
        },
    )
    found = provenance.trace(corpus)
    spans = [
        (o["start"], o["end"])
        for o in found.occurrences_frame().iter_rows(named=True)
        if o["doc_id"] == "column"
    ]
    for piece in (first, second):
        start = column.index(piece)
        assert any(s <= start and start + len(piece) <= e for s, e in spans), piece
    same_reports(corpus, tmp_path / "out", Settings())


@pytest.mark.parametrize("chars", [1, 300])
def test_attribution_is_the_same_whatever_the_run_of_documents_counted_at_once(
    chars: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Shared characters are counted for a run of documents at a time (``MEASURE_CHARS`` of
    text): one document a run, or a few short ones, must give what one run of all gives."""
    from provenance.clustering import attribute as attribute_module
    from provenance.inputs.load import load_corpus
    from provenance.settings import Settings
    from tests.conftest import ROOT

    documents = [
        *load_corpus(ROOT / "fixtures" / "news").documents,
        *load_corpus(ROOT / "fixtures" / "quotes").documents,
    ]
    whole = analyse(documents, Settings())
    assert any(a.copied_from is not None for a in whole.attributions) and len(whole.pairs) >= 5
    monkeypatch.setattr(attribute_module, "MEASURE_CHARS", chars)
    runs = analyse(documents, Settings())
    assert (runs.attributions, runs.pairs) == (whole.attributions, whole.pairs)


def test_counting_a_few_short_documents_at_once_keeps_their_pairs_apart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Short documents counted in runs of two: the first document's last partner and the
    second's first must not be taken for one pair, whatever their numbers (d000 with d200 and
    d001 with d103, where 200 - 103 is the length of the run's text plus one)."""
    from provenance.clustering import attribute as attribute_module

    texts = [f"Story {k:03d} of the bridge that shut at noon today." for k in range(240)]
    documents = [Document.from_text(t, doc_id=f"d{k:03d}") for k, t in enumerate(texts)]
    assert len(texts[0]) + len(texts[1]) + 1 == 200 - 103
    links = [((0, 0, 20), (200, 0, 20)), ((1, 0, 45), (103, 0, 45)), ((5, 0, 30), (6, 0, 30))]
    whole = attribute_module.attribute(documents, [], 0.5, 0.1, links=links)
    monkeypatch.setattr(attribute_module, "MEASURE_CHARS", 100)  # two documents a run
    assert attribute_module.attribute(documents, [], 0.5, 0.1, links=links) == whole
    assert len(whole[1]) == 3


def test_the_pages_each_step_freed_are_given_back_before_the_next(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A step drops what it used up (the sketches, the word stream); glibc keeps such pages
    unless trimmed, and the next step's peak would come on top of them: they are handed back
    after every step, before the next one starts."""
    from provenance import memory
    from provenance.pipeline import run as pipeline
    from provenance.pipeline.steps import STEPS, Step, Work

    order: list[str] = []
    monkeypatch.setattr(pipeline, "return_freed_pages", lambda: order.append("trim"))

    def logged(real: Callable[[Step, Work], None]) -> Callable[[Step, Work], None]:
        def run(self: Step, work: Work) -> None:
            order.append(self.name)
            real(self, work)

        return run

    for make in STEPS:
        monkeypatch.setattr(make, "run", logged(make.run))
    run(doc("a", f"{S1} {S2}"), doc("b", f"{S1} {S2}"))
    assert order == [part for make in STEPS for part in (make.name, "trim")]
    memory.return_freed_pages()  # (glibc's malloc_trim here; elsewhere nothing to call)
