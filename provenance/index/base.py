"""What every index is and does, whatever stores it: the records an index hands out, the
manifest's rules (schema version, the settings that shaped the stored sketches, their
fingerprint), the band keys and word n-grams it stores and probes, the documents' stored form,
and the ``IndexBackend`` protocol that ``check`` and ``quote`` use. The stores are ``sqlite``
(a file) and ``redis_server``; ``provenance.index.open_index`` picks one by its location.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, Self

import numpy as np
import numpy.typing as npt

from provenance import __version__
from provenance.dates import parse_published
from provenance.errors import ProvenanceError
from provenance.matching import passages as passage_stage
from provenance.matching.bands import band_keys
from provenance.model import DateSource, Document, Sentence
from provenance.settings import (
    MINHASH_SCHEME,
    NORMALISATION_VERSION,
    SHINGLE_HASH,
    Settings,
    Sketching,
)
from provenance.text.normalise import words
from provenance.text.segment import segment_document

# 2: band keys are ``matching.bands.band_key``s (1 mixed the band's values another way)
# 3: each document's word n-grams are stored too (``ngram_keys``), so that ``check`` is led to
#    every indexed document sharing a run of words with an incoming one, as ``trace`` is
SCHEMA_VERSION = 3
# The settings that decide what is stored: a different value would make other sketches or
# band keys, or index other sentences. Matching thresholds are applied when checking.
SKETCH_SETTINGS = ("shingle_size", "num_perm", "seed", "lsh_threshold", "min_tokens")


class IndexFileError(ProvenanceError):
    """The index is missing, is not an index, or was built with other settings."""


@dataclass(frozen=True)
class Added:
    """What one ``add`` did, by doc_id."""

    added: tuple[str, ...] = ()
    replaced: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()


@dataclass(frozen=True)
class IndexInfo:
    path: str
    schema_version: int
    written_by: str
    root: str
    fingerprint: str
    settings: dict[str, Any]
    documents: int
    sentences: int
    bytes_on_disk: int | None  # None: on a server, not measured


@dataclass(frozen=True)
class Lead:
    """An indexed sentence an incoming sentence shares an LSH band with."""

    local: int  # the incoming sentence's number in the probe
    doc: int  # the indexed document's row id


@dataclass(frozen=True)
class Indexed:
    """What an index stores of one document's words: its matchable sentences (sketched, and
    banded for LSH) and its word n-grams (``ngram_keys``)."""

    sentences: list[Sentence]
    ngrams: npt.NDArray[np.int64]

    @classmethod
    def of(cls, doc: Document, min_tokens: int) -> Indexed:
        every = segment_document(doc, 0)
        return cls(matchable(every, min_tokens), ngram_keys(every))


def sketch_settings(settings: Settings) -> dict[str, Any]:
    """What an index records of the settings, with the fixed algorithm choices."""
    bands, rows = settings.bands_rows
    return {
        **{name: getattr(settings, name) for name in SKETCH_SETTINGS},
        "bands": bands,
        "rows": rows,
        "shingle_hash": SHINGLE_HASH,
        "minhash_scheme": MINHASH_SCHEME,
        "normalisation": NORMALISATION_VERSION,
        "ngram_words": passage_stage.NGRAM,
        "ngram_hash_bits": passage_stage.HASH_BITS,
    }


def fingerprint(recorded: dict[str, Any]) -> str:
    blob = json.dumps(recorded, sort_keys=True, separators=(",", ":")).encode()
    return hashlib.sha256(blob).hexdigest()[:16]


def new_manifest(settings: Settings, root: Path) -> dict[str, str]:
    """What an index records of itself when it is made (its permutations too: not part of
    the fingerprint, being datasketch's for the settings it covers, but what the index is
    then read with, ``sketching``)."""
    recorded = sketch_settings(settings)
    a, b = settings.permutations
    return {
        "schema_version": str(SCHEMA_VERSION),
        "written_by": __version__,
        "root": str(root.resolve()),
        "settings": json.dumps(recorded, sort_keys=True),
        "fingerprint": fingerprint(recorded),
        "permutations": json.dumps({"a": a, "b": b}),
    }


def sketching(where: object, manifest: dict[str, str], recorded: dict[str, Any]) -> Sketching:
    """What the index recorded of its sketches: the LSH bands and rows, and the permutations
    (an index made before they were recorded: None, and datasketch's are used)."""
    permutations = None
    if "permutations" in manifest:
        try:
            given = json.loads(manifest["permutations"])
            a, b = (tuple(int(v) for v in given[k]) for k in ("a", "b"))
        except (KeyError, TypeError, ValueError) as exc:
            raise IndexFileError(f"{where}: bad permutations in the manifest ({exc})") from None
        num_perm = recorded.get("num_perm")
        if (
            len(a) != num_perm
            or len(b) != num_perm
            or not all(0 <= v < 2**32 for v in (*a, *b))
            or not all(v % 2 for v in a)
        ):
            raise IndexFileError(
                f"{where}: bad permutations in the manifest (not {num_perm} odd multipliers "
                "and offsets of 32 bits); rebuild it with `provenance index build`"
            )
        permutations = (a, b)
    try:
        return Sketching(
            float(recorded["lsh_threshold"]),
            int(recorded["num_perm"]),
            int(recorded["seed"]),
            int(recorded["bands"]),
            int(recorded["rows"]),
            permutations,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise IndexFileError(f"{where}: not a provenance index (bad manifest: {exc})") from None


def settings_for(where: object, manifest: dict[str, str], settings: Settings | None) -> Settings:
    """The settings to use an index with, from its manifest: its own when ``settings`` is
    None; else ``settings``, refused unless they shape sketches as the index's did."""
    try:
        recorded = json.loads(manifest["settings"])
        version = int(manifest["schema_version"])
    except (KeyError, ValueError) as exc:
        raise IndexFileError(f"{where}: not a provenance index (bad manifest: {exc})") from None
    if version != SCHEMA_VERSION:
        raise IndexFileError(
            f"{where}: index schema version {version}, this provenance reads version "
            f"{SCHEMA_VERSION}; rebuild it with `provenance index build`"
        )
    recorded_sketching = sketching(where, manifest, recorded)
    if settings is None:
        return Settings(**{k: recorded[k] for k in SKETCH_SETTINGS}, sketching=recorded_sketching)
    given = settings.replace(sketching=recorded_sketching)  # (read with it, if it fits them)
    differ = differences(recorded, sketch_settings(given))
    if differ:
        raise IndexFileError(
            f"{where}: index built with other settings ({differ}); pass the same values "
            "(flags or --config) or rebuild it"
        )
    return given


def stored_keys(sigs: npt.NDArray[np.uint32], bands: int, rows: int) -> npt.NDArray[np.int64]:
    """Each signature's band keys (n x bands) as SQLite's signed 64-bit integers."""
    return band_keys(sigs, bands, rows).view(np.int64)


def probe_keys(sigs: npt.NDArray[np.uint32], bands: int, rows: int) -> dict[int, list[int]]:
    """Each band key of the probe signatures (as ``stored_keys``), with the probe sentences
    (numbers in ``sigs``) that have it."""
    asked: dict[int, list[int]] = {}
    for local, row in enumerate(stored_keys(sigs, bands, rows).tolist()):
        for key in row:
            asked.setdefault(key, []).append(local)
    return asked


class IndexBackend(Protocol):
    """What ``check``, ``quote`` and the CLI use of an open index, SQLite or Redis."""

    path: Any
    settings: Settings

    @property
    def root(self) -> Path: ...
    def info(self) -> IndexInfo: ...
    def add(
        self, documents: Sequence[Document], progress: Callable[[int, int], None] | None = None
    ) -> Added: ...
    def leads(self, sigs: npt.NDArray[np.uint32]) -> list[Lead]: ...
    def documents(self, ids: Sequence[int]) -> dict[int, Document]: ...
    def document_ids(self, doc_ids: Sequence[str]) -> dict[str, int]: ...
    def outlets(self) -> list[str]: ...
    def with_words(self, tokens: Sequence[str]) -> list[int]: ...
    def ngram_postings(self, keys: npt.NDArray[np.int64]) -> dict[int, list[int]]: ...
    def close(self) -> None: ...
    def __enter__(self) -> Self: ...
    def __exit__(self, *exc: object) -> None: ...


class ManifestIndex:
    """What every index does with its manifest, whatever stores it: it opens as a context,
    names its root, and tells what it holds. A store gives ``close``, ``_manifest`` (one
    manifest entry) and ``_sizes`` (documents, sentences, bytes or None)."""

    path: Any

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def root(self) -> Path:
        return Path(self._manifest("root"))

    def info(self) -> IndexInfo:
        documents, sentences, size = self._sizes()
        return IndexInfo(
            path=str(self.path),
            schema_version=int(self._manifest("schema_version")),
            written_by=self._manifest("written_by"),
            root=self._manifest("root"),
            fingerprint=self._manifest("fingerprint"),
            settings=json.loads(self._manifest("settings")),
            documents=documents,
            sentences=sentences,
            bytes_on_disk=size,
        )

    def _manifest(self, key: str) -> str:
        raise NotImplementedError

    def _sizes(self) -> tuple[int, int, int | None]:
        raise NotImplementedError


def document_from_row(row: tuple[Any, ...]) -> Document:
    """A stored document as ``trace`` would have read it."""
    (_, doc_id, path, encoding, body_start, outlet, published, url, title, source, blob) = row
    return Document(
        doc_id=doc_id,
        path=path,
        text=zlib.decompress(blob).decode("utf-8"),
        encoding=encoding,
        body_start=body_start,
        outlet=outlet,
        published=parse_published(published) if published else None,
        url=url,
        title=title,
        date_source=DateSource(source),
    )


def ngram_keys(sentences: Sequence[Sentence]) -> npt.NDArray[np.int64]:
    """The distinct hashes of one document's word n-grams (every run of ``passages.NGRAM``
    words, across sentences, hashed as ``trace`` hashes its passage seeds), sorted, as SQLite's
    signed integers. Stored for every indexed document, they guarantee what LSH on whole
    sentences cannot: an incoming article sharing any run of that many words with an indexed
    one (a lifted clause, a passage cut in the middle of sentences, a re-quoted fragment of
    ``min_quote_tokens`` >= ``NGRAM`` words) is checked against it, whatever the MinHash seed."""
    _, hashes = passage_stage.TokenStream.of(sentences, 1).ngrams()
    return np.unique(hashes).astype(np.int64)


def probe_ngrams(
    incoming: Sequence[npt.NDArray[np.int64]],
) -> tuple[npt.NDArray[np.int64], list[npt.NDArray[np.intp]]]:
    """The distinct n-gram keys of several incoming documents (each as ``ngram_keys``), sorted,
    and for each document where its keys are in them."""
    asked = np.unique(np.concatenate([*incoming, np.empty(0, np.int64)]))
    return asked, [np.searchsorted(asked, keys) for keys in incoming]


def matchable(sentences: Sequence[Sentence], min_tokens: int) -> list[Sentence]:
    """Those of ``sentences`` long enough to be matched (sketched and banded)."""
    return [s for s in sentences if len(s.tokens) >= min_tokens]


def body_words(doc: Document) -> str:
    """What the word table holds of a document: its body's normalised words (the same words
    matching compares, so a quote is found however its hyphens and apostrophes were typed)."""
    return " ".join(words(doc.text, doc.body_start))


def digest_of(doc: Document) -> str:
    """What tells a document's new content from its old: its text and metadata."""
    fields = [
        doc.text,
        doc.outlet,
        doc.published.text if doc.published else None,
        doc.url,
        doc.title,
        doc.body_start,
    ]
    return hashlib.sha256(json.dumps(fields).encode()).hexdigest()


def differences(recorded: dict[str, Any], wanted: dict[str, Any]) -> str:
    names = sorted(set(recorded) | set(wanted))
    return ", ".join(
        f"{name} {recorded.get(name)!r} in the index, {wanted.get(name)!r} here"
        for name in names
        if recorded.get(name) != wanted.get(name)
    )
