"""Persistent indexes of articles (SQLite file or Redis server) for ``check`` and ``quote``."""
