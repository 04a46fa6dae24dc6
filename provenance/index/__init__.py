"""Persistent indexes of articles (a SQLite file or a Redis server) for ``check`` and
``quote``: ``open_index`` and ``build_index`` pick the store by its location; what every
store does is in ``base``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from provenance.index.base import Added, IndexBackend
from provenance.model import Document
from provenance.settings import Settings

__all__ = ["build_index", "open_index"]


def open_index(
    location: str, settings: Settings | None = None, *, write: bool = False
) -> IndexBackend:
    """The index at ``location``: a file path (SQLite), or a ``redis://`` URL."""
    from provenance.index.redis_server import RedisIndex, is_redis
    from provenance.index.sqlite import Index

    if is_redis(location):
        return RedisIndex.open(location, settings)
    return Index.open(Path(location), settings, write=write)


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
