"""Properties over generated corpora: offsets are exact, order and hash seeds do not matter."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from provenance.dates import parse_published
from provenance.model import Document
from provenance.pipeline.run import analyse
from provenance.reports.tables import (
    clusters_frame,
    documents_frame,
    occurrences_frame,
    quotes_frame,
)
from provenance.results import TraceResult
from provenance.settings import Settings
from provenance.text.quotes import quotes
from provenance.text.segment import paragraphs
from provenance.text.speakers import Aliases, speakers
from tests.conftest import FIXTURES

POOL = [
    "The council said the bridge would stay closed for at least three months.",
    "“Public safety has to come first, and we will not reopen the bridge,” she said.",
    "Engineers found serious corrosion in two of the steel supports on Saturday.",
    'He added: "A temporary footbridge for pedestrians will open within six weeks."',
    "Local traders said footfall had fallen sharply since the weekend closure began.",
    "Rovers came from two goals down to draw with Harbour Town in the derby.",
    "The mayor opened a new library on the high street on Tuesday morning.",
    "NATO’s position is that Ukraine is on an “irreversible” path to joining the alliance.",
    "Critics called the plan “a temporary footbridge for pedestrians” and little more.",
    "“We will not reopen the bridge until it is safe,” said Mira Okafor.",
]
SEPARATORS = [" ", "\n", "\n\n", "\r\n", "  "]


@st.composite
def corpora(draw: st.DrawFn) -> list[Document]:
    n_docs = draw(st.integers(min_value=2, max_value=5))
    docs = []
    for i in range(n_docs):
        picks = draw(st.lists(st.sampled_from(POOL), min_size=1, max_size=6))
        parts = []
        for sentence in picks:
            if draw(st.booleans()):
                sentence = sentence.upper()
            parts.append(sentence + draw(st.sampled_from(SEPARATORS)))
        prefix = draw(st.sampled_from(["", "é ", "\ufeff", " date 2025-03-01 "]))
        published = draw(st.sampled_from([None, "2025-03-01", "2025-03-02T10:00:00Z"]))
        text = prefix + "".join(parts)
        body_start = len(prefix) if prefix.startswith(" date") else 0
        docs.append(
            Document(
                doc_id=f"d{i}",
                path=f"d{i}.txt",
                text=text,
                encoding="utf-8",
                body_start=body_start,
                outlet=draw(st.sampled_from([None, "A", "B"])),
                published=parse_published(published) if published else None,
            )
        )
    return docs


def reports(docs: list[Document]) -> tuple[str, str, str, str]:
    result = TraceResult(Path(), Settings(), analyse(docs, Settings()), (), ())
    return (
        documents_frame(result).write_csv(),
        clusters_frame(result).write_csv(),
        occurrences_frame(result).write_csv(),
        quotes_frame(result).write_csv(),
    )


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpora(), st.randoms(use_true_random=False))
def test_offsets_are_exact_and_order_does_not_matter(docs: list[Document], rnd: object) -> None:
    analysis = analyse(docs, Settings())
    for cluster in analysis.clusters:
        assert len(cluster.docs) >= 2
        for occ in cluster.occurrences:
            doc = analysis.documents[occ.doc]
            assert doc.body_start <= occ.start < occ.end <= len(doc.text)
            piece = doc.text[occ.start : occ.end]
            assert piece == piece.strip()
    for row in analysis.quote_rows:
        doc = analysis.documents[row.quote.doc]
        assert doc.body_start <= row.start < row.end <= len(doc.text)
        assert (row.start, row.end) in row.quote.parts
    for att in analysis.attributions:
        assert 0 <= att.reused_chars <= att.n_chars
        assert att.copied_share is None or 0 < att.copied_share <= 1
    shuffled = list(docs)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert reports(shuffled) == reports(docs)


def test_output_does_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-m", "provenance", "trace", str(FIXTURES), "--out", str(out), "-q"],
            check=True,
            env=env,
        )
        names = ("documents.csv", "clusters.csv", "occurrences.csv", "quotes.csv", "skipped.csv")
        outputs.append({name: (out / name).read_bytes() for name in names})
    assert outputs[0] == outputs[1]


# Text made of words, white space and every kind of quote mark, balanced or not.
QUOTE_SOUP = st.lists(
    st.sampled_from([*"ab Z.,:;\n“”‘’\"'«»„", " said ", " he added", "Mr Smith", "s’ "]),
    max_size=60,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(QUOTE_SOUP)
@example('““\n"a')  # a paragraph of bare opening marks, then a quote
@example("a,Z a«a")  # a subject written with no space after its comma
def test_quote_extraction_never_crashes_and_offsets_are_exact(text: str) -> None:
    spans = paragraphs(text)
    found = quotes(text, spans)
    credited = speakers(text, spans, found, ALIASES)
    assert len(credited) == len(found)
    previous_end = -1
    for quote in found:
        for start, end in quote.parts:
            assert 0 <= start < end <= len(text)
            assert previous_end <= start  # in order, never overlapping
            assert any(p_start <= start and end <= p_end for p_start, p_end in spans)
            previous_end = end
    for speaker in credited:
        if speaker is not None:
            assert speaker.key and speaker.attributed_as in text


ALIASES = Aliases.load()


@given(st.text(alphabet=st.characters(codec="utf-8")), st.integers(min_value=0, max_value=50))
def test_counting_non_space_agrees_with_the_prefix_counter(text: str, start: int) -> None:
    from provenance.clustering.attribute import NonSpaceCounter, count_non_space

    start = min(start, len(text))
    assert count_non_space(text, start) == NonSpaceCounter(text).count(start, len(text))


spans_strategy = st.lists(
    st.tuples(st.integers(0, 3), st.integers(0, 40), st.integers(-3, 12)), max_size=25
)


@given(st.text(alphabet=" ab\n", min_size=41, max_size=41), spans_strategy)
def test_unions_count_each_character_of_a_group_once(
    text: str, spans: list[tuple[int, int, int]]
) -> None:
    """Per group, the characters other than white space covered by its spans (start and
    length: a negative length is an empty span), each once however many spans hold it."""
    import numpy as np

    from provenance.clustering.attribute import NonSpaceCounter, _counted, _unions

    rows = sorted((g, s, max(s, min(s + n, len(text)))) for g, s, n in spans)
    groups, starts, ends = (np.asarray([r[k] for r in rows], np.int64) for k in range(3))
    counted, _ = _counted(text, [])
    prefix = np.concatenate(([0], np.cumsum(counted, dtype=np.int64)))
    found = _unions(prefix, np.int64(len(prefix)), groups, starts, ends, 4)
    for group in range(4):
        covered = {i for g, s, e in rows if g == group for i in range(s, e)}
        assert found[group] == sum(1 for i in covered if not text[i].isspace())
    every = {i for _, s, e in rows for i in range(s, e)}
    union = NonSpaceCounter(text).union([(s, min(s + n, len(text))) for _, s, n in spans])
    assert union == sum(1 for i in every if not text[i].isspace())
