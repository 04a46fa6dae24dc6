"""Shared helpers: corpora written to temporary folders, the CLI runner, CI-aware skips."""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from provenance.cli import app

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "news"
# The real seed articles: ../shared/seeds beside the checkout, or wherever PROVENANCE_SEEDS says.
SEEDS = Path(os.environ.get("PROVENANCE_SEEDS") or ROOT.parent / "shared" / "seeds")
GOLDEN = Path(__file__).resolve().parent / "golden"


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def require(condition: bool, reason: str) -> None:
    """Skip when a resource is missing, but fail under CI=true, where it must be present."""
    if condition:
        return
    if in_ci():
        pytest.fail(f"{reason} (CI=true: this test must not skip)")
    pytest.skip(reason)


def write_files(root: Path, files: Mapping[str, str | bytes]) -> Path:
    """Write ``files`` (relative path -> text or raw bytes) under ``root``; return ``root``."""
    for relative, content in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
    return root


@pytest.fixture
def corpus(tmp_path: Path) -> Callable[[Mapping[str, str | bytes]], Path]:
    def make(files: Mapping[str, str | bytes]) -> Path:
        return write_files(tmp_path / "corpus", files)

    return make


def rows(path: Path) -> list[dict[str, str]]:
    """The rows of a CSV report, as written."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def run_cli(*args: str | Path) -> Result:
    return CliRunner().invoke(app, [str(a) for a in args])


def traced(
    tmp_path_factory: pytest.TempPathFactory, corpus: Path, *flags: str
) -> tuple[Path, Result]:
    """Run ``trace`` on ``corpus`` into a fresh folder; it must succeed."""
    out = tmp_path_factory.mktemp(corpus.name)
    result = run_cli("trace", corpus, "--out", out, *flags)
    assert result.exit_code == 0, result.stderr
    return out, result


REDIS_URL = os.environ.get("PROVENANCE_REDIS_URL", "redis://127.0.0.1:6379/15")


def redis_location() -> str:
    """A Redis index location with a prefix of its own; skips (fails under CI=true) when no
    server answers, or the redis client is not installed."""
    import uuid

    try:
        import redis
    except ImportError:
        require(False, "the redis client is not installed (pip install 'provenance[redis]')")
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except redis.RedisError:
        require(False, f"no Redis server at {REDIS_URL} (apt-get install redis-server)")
    return f"{REDIS_URL}?prefix=test-{uuid.uuid4().hex[:12]}"


def drop_redis_prefix(location: str) -> None:
    import redis

    base, _, query = location.partition("?prefix=")
    client = redis.Redis.from_url(base)
    for key in client.scan_iter(match=f"{query}:*", count=1000):
        client.delete(key)
    client.close()
