"""Persistent indexes of articles (a SQLite file or a Redis server) for ``check`` and
``quote``: ``open_index`` and ``build_index`` pick the store by its location; what every
store does is in ``base``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import closing
from pathlib import Path

from provenance.errors import ProvenanceError
from provenance.index.base import Added, IndexBackend
from provenance.model import Document
from provenance.settings import Settings, Sketching

__all__ = ["build_index", "open_index", "recorded_sketching"]


def open_index(
    location: str, settings: Settings | None = None, *, write: bool = False
) -> IndexBackend:
    """The index at ``location``: a file path (SQLite), or a ``redis://`` URL."""
    from provenance.index.redis_server import RedisIndex, is_redis
    from provenance.index.sqlite import Index

    if is_redis(location):
        return RedisIndex.open(location, settings)
    return Index.open(Path(location), settings, write=write)


def recorded_sketching(location: str) -> Sketching | None:
    """What the index at ``location`` recorded of its sketches, to build the settings it is
    opened with (``Settings``: no datasketch needed then); None when it cannot be opened (as
    ``open_index`` will then say)."""
    try:
        with closing(open_index(location)) as opened:
            return opened.settings.recorded_sketching
    except ProvenanceError:
        return None


def build_index(
    location: str,
    documents: Sequence[Document],
    settings: Settings,
    root: Path,
    progress: Callable[[int, int], None] | None = None,
) -> Added:
    """A new index of ``documents`` at ``location`` (see ``open_index``)."""
    from provenance.index.redis_server import RedisIndex, is_redis
    from provenance.index.sqlite import build

    if is_redis(location):
        return RedisIndex.build(location, documents, settings, root, progress)
    return build(Path(location), documents, settings, root, progress)
