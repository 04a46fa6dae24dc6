"""LSH band keys: one function (``matching.bands.band_key``) decides which sentences share a
bucket, for trace (in memory, low-memory parts, Spark) and for both check indexes."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from provenance.index import build_index, open_index
from provenance.index.base import IndexBackend, Indexed
from provenance.matching import candidates
from provenance.matching.bands import band_bits, band_key, band_keys
from provenance.matching.candidates import find_candidates
from provenance.matching.sketch import signatures
from provenance.model import Document
from provenance.pipeline.low_memory import Planner
from provenance.pipeline.run import analyse
from provenance.settings import Settings
from tests.conftest import drop_redis_prefix, redis_location

DEFAULTS = Settings()
# (bands, rows) that datasketch chooses for some thresholds: odd and even rows, 1 to 64 bands
SHAPES = [(32, 4), (37, 3), (64, 2), (9, 13), (5, 25), (1, 128), (128, 1)]


def matrices() -> st.SearchStrategy[tuple[npt.NDArray[np.uint32], int, int]]:
    """Signature matrices of a few rows, with one of the band shapes, values drawn from a small
    set so that bands often agree."""

    @st.composite
    def draw(data: st.DrawFn) -> tuple[npt.NDArray[np.uint32], int, int]:
        bands, rows = data(st.sampled_from(SHAPES))
        values = st.sampled_from([0, 1, 7, 2**31, 2**32 - 1])
        n = data(st.integers(1, 6))
        matrix = data(hnp.arrays(np.uint32, (n, bands * rows), elements=values))
        return matrix, bands, rows

    return draw()


@settings(max_examples=60, deadline=None)
@given(matrices())
def test_keys_agree_exactly_when_a_band_agrees(
    drawn: tuple[npt.NDArray[np.uint32], int, int],
) -> None:
    sigs, bands, rows = drawn
    keys = band_keys(sigs, bands, rows)
    assert keys.shape == (len(sigs), bands) and keys.dtype == np.uint64
    for i in range(len(sigs)):
        for j in range(len(sigs)):
            for band in range(bands):
                cut = slice(band * rows, (band + 1) * rows)
                same = np.array_equal(sigs[i, cut], sigs[j, cut])
                assert (keys[i, band] == keys[j, band]) == same


@settings(max_examples=60, deadline=None)
@given(matrices(), st.data())
def test_a_band_key_depends_on_its_band_alone(
    drawn: tuple[npt.NDArray[np.uint32], int, int], data: st.DataObject
) -> None:
    """Band independence: a key changes with its own band's values only, never meets a key of
    another band, and is the same whatever other signatures it is computed with, and however
    often (deterministic)."""
    sigs, bands, rows = drawn
    keys = band_keys(sigs, bands, rows)
    band = data.draw(st.integers(0, bands - 1))
    changed = sigs.copy()
    outside = [c for c in range(sigs.shape[1]) if not band * rows <= c < (band + 1) * rows]
    for column in outside:
        changed[:, column] ^= np.uint32(0x5BD1E995)
    assert np.array_equal(band_key(changed, band, bands, rows), keys[:, band])
    assert np.array_equal(band_key(sigs, band, bands, rows), keys[:, band])
    # the band's number is in the top bits: keys of two bands are never equal
    top = keys >> np.uint64(64 - band_bits(bands)) if band_bits(bands) else np.zeros_like(keys)
    assert np.array_equal(top, np.broadcast_to(np.arange(bands, dtype=np.uint64), keys.shape))
    alone = data.draw(st.integers(0, len(sigs) - 1))
    assert np.array_equal(band_keys(sigs[alone : alone + 1], bands, rows)[0], keys[alone])


def test_keys_are_the_same_on_every_machine() -> None:
    """Pinned values: numpy's unsigned 64-bit arithmetic, nothing of the process (Python's
    ``hash``) or of the machine (byte order). A change here changes every stored index: bump
    ``index.sqlite.SCHEMA_VERSION``."""
    sig = ((np.arange(128, dtype=np.uint64) * 2654435761) % 2**32).astype(np.uint32)[None, :]
    assert [hex(int(k)) for k in band_keys(sig, 32, 4)[0, [0, 1, 31]]] == [
        "0x5ce4294737a9b94",
        "0x8bfd5efc95011ac",
        "0xf9b8a3e383da7a6c",
    ]
    assert [hex(int(k)) for k in band_keys(sig, 37, 3)[0, [0, 36]]] == [
        "0x3a2d36ccf482e6e",
        "0x937a9774613fa3d1",
    ]
    assert hex(int(band_keys(sig, 1, 128)[0, 0])) == "0x1d2700602f5b9b62"
    # the test oracle's uint64 signatures (datasketch's) give the same keys
    assert np.array_equal(band_keys(sig.astype(np.uint64), 32, 4), band_keys(sig, 32, 4))


def test_what_cannot_be_a_key_is_refused() -> None:
    sig = np.zeros((2, 128), dtype=np.uint32)
    with pytest.raises(ValueError, match="band 32 is not one of 32"):
        band_key(sig, 32, 32, 4)
    with pytest.raises(ValueError, match="signatures of 32 x 5 values"):
        band_key(sig, 0, 32, 5)
    with pytest.raises(ValueError, match="fit in 32 bits"):
        band_key(np.full((1, 128), 2**32, dtype=np.uint64), 0, 32, 4)


# One set of sentences through every caller: near copies, so that many pairs share a band.
VOCABULARY = [
    "harbour", "ferry", "council", "strike", "library", "flood", "minister", "union",
    "budget", "crews", "repairs", "festival", "wall", "tickets", "vote", "storm",
]  # fmt: skip


def _texts(seed: int, originals: int) -> tuple[list[str], list[str]]:
    """Sentences to index (each original and an edited copy) and to probe with (another
    edited copy of each original)."""
    rng = random.Random(seed)
    indexed: set[str] = set()
    probed: set[str] = set()
    for _ in range(originals):
        words = [rng.choice(VOCABULARY) for _ in range(12)]
        copies = []
        for _ in range(2):
            copy = list(words)
            copy[rng.randrange(len(copy))] = rng.choice(VOCABULARY)
            copies.append(" ".join(copy))
        indexed.update((" ".join(words), copies[0]))
        probed.add(copies[1])
    return sorted(indexed), sorted(probed - indexed)


def _documents(texts: list[str], name: str) -> list[Document]:
    """One article per text, each one sentence."""
    return [
        Document.from_text(f"{t.capitalize()}.\n", doc_id=f"{name}/{k:03d}")
        for k, t in enumerate(texts)
    ]


def _sigs(docs: list[Document]) -> npt.NDArray[np.uint32]:
    tokens = []
    for doc in docs:
        (sentence,) = Indexed.of(doc, DEFAULTS.min_tokens).sentences
        tokens.append(sentence.tokens)
    s = DEFAULTS
    return signatures(tokens, s.shingle_size, s.num_perm, s.seed)


INDEXED_TEXTS, PROBED_TEXTS = _texts(11, 40)
INDEXED = _documents(INDEXED_TEXTS, "archive")
PROBED = _documents(PROBED_TEXTS, "incoming")


def _trace_pairs() -> set[tuple[int, str]]:
    """(probe sentence, indexed doc_id) of every pair trace's candidates propose between the
    probe and the indexed sentences (each a document of its own)."""
    sigs = np.vstack([_sigs(PROBED), _sigs(INDEXED)])
    found = find_candidates(sigs, range(len(sigs)), DEFAULTS)
    assert found.oversized_buckets == 0
    n = len(PROBED)
    return {(i, INDEXED[j - n].doc_id) for i, j in found.pairs if i < n <= j}


@pytest.fixture(params=["sqlite", "redis"])
def index(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[IndexBackend]:
    location = str(tmp_path / "i.db") if request.param == "sqlite" else redis_location()
    try:
        build_index(location, INDEXED, DEFAULTS, tmp_path)
        opened = open_index(location, DEFAULTS)
        try:
            yield opened
        finally:
            opened.close()
    finally:
        if request.param == "redis":
            drop_redis_prefix(location)


def _leads(index: IndexBackend) -> set[tuple[int, str]]:
    leads = index.leads(_sigs(PROBED))
    docs = index.documents([lead.doc for lead in leads])
    return {(lead.local, docs[lead.doc].doc_id) for lead in leads}


def test_an_index_leads_to_what_trace_pairs(index: IndexBackend) -> None:
    """The same signatures: the pairs of trace's candidates are the index's leads."""
    expected = _trace_pairs()
    assert len(expected) > 20  # the test means something
    assert _leads(index) == expected


def test_both_indexes_pass_over_the_same_oversized_keys(
    index: IndexBackend, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A key held by more than ``MAX_BUCKET`` indexed sentences is no lead, in either index."""
    everything = _leads(index)
    monkeypatch.setattr(candidates, "MAX_BUCKET", 1)
    sigs, stored = _sigs(PROBED), _sigs(INDEXED)
    bands, rows = DEFAULTS.bands_rows
    held = band_keys(stored, bands, rows)
    keys, counts = np.unique(held, return_counts=True)
    single = {int(k): int(np.flatnonzero((held == k).any(axis=1))[0]) for k in keys[counts == 1]}
    expected = {
        (local, INDEXED[single[int(key)]].doc_id)
        for local, row in enumerate(band_keys(sigs, bands, rows))
        for key in row
        if int(key) in single
    }
    assert expected < everything  # some leads were in shared keys, some were not
    assert _leads(index) == expected


def test_the_low_memory_planner_pairs_what_trace_pairs(tmp_path: Path) -> None:
    docs = INDEXED + PROBED
    planner = Planner(
        DEFAULTS,
        tmp_path,
        lambda reader, batch: map(reader, enumerate(batch)),
        lambda stage, done, total: None,
    )
    planner.add(docs)
    plan = planner.finish()
    whole = analyse(docs, DEFAULTS).counts
    assert plan.corpus.totals["candidate_pairs"] == whole["candidate_pairs"] > 20
    assert plan.corpus.totals["ngram_candidate_pairs"] == whole["ngram_candidate_pairs"]


def test_spark_rows_carry_the_band_keys() -> None:
    """The Spark engine's executors key each (sentence, band) row with ``band_key``."""
    pa = pytest.importorskip("pyarrow")
    from provenance.pipeline.spark import _band_rows

    docs = PROBED[:5]
    tokens = [list(Indexed.of(d, DEFAULTS.min_tokens).sentences[0].tokens) for d in docs]
    batch = pa.RecordBatch.from_pydict({"r": list(range(5)), "owner": [7] * 5, "tokens": tokens})
    s = DEFAULTS
    bands, rows = s.bands_rows
    (out,) = _band_rows(s.shingle_size, s.num_perm, s.seed, bands, rows, [batch])
    expected = band_keys(_sigs(docs), bands, rows).view(np.int64).ravel()
    assert out.column("key").to_pylist() == expected.tolist()
    assert out.column("r").to_pylist() == np.repeat(np.arange(5), bands).tolist()
