"""Shared helpers: corpora written to temporary folders, the CLI runner, CI-aware skips."""

from __future__ import annotations

import atexit
import csv
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

# datasketch's answers are cached per user (``matching.lsh_parameters``): the tests keep theirs
# in a folder of their own, never in the home folder of whoever runs them
os.environ["PROVENANCE_CACHE_DIR"] = tempfile.mkdtemp(prefix="provenance-test-cache-")
atexit.register(shutil.rmtree, os.environ["PROVENANCE_CACHE_DIR"], True)

from provenance.cli import app  # noqa: E402 - after the cache folder is set

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "news"
# The real seed articles: ../shared/seeds beside the checkout, or wherever PROVENANCE_SEEDS says.
SEEDS = Path(os.environ.get("PROVENANCE_SEEDS") or ROOT.parent / "shared" / "seeds")
GOLDEN = Path(__file__).resolve().parent / "golden"


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def require_seeds() -> None:
    """Skip (fail under CI=true) when the seed articles are not where the tests look."""
    require(
        SEEDS.is_dir(),
        f"the seed articles are not at {SEEDS}: put the shared folder beside the clone "
        "(../shared/seeds) or set PROVENANCE_SEEDS to the folder of the five seed articles",
    )


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
INSTALL_REDIS = (
    "install redis-server (Debian/Ubuntu: apt-get install redis-server; macOS: brew install "
    "redis), or point PROVENANCE_REDIS_URL at a server"
)
_private: list[str] = []  # the URL of the redis-server this session started, once started


def redis_url() -> str:
    """The Redis server the tests use: ``$PROVENANCE_REDIS_URL`` or one on the default port
    when it answers; else a private redis-server started for this session on a free loopback
    port (no persistence; stopped when the tests end). Skips (fails under CI=true) saying
    what to install when neither is possible."""
    try:
        import redis
    except ImportError:
        require(False, "the redis client is not installed (pip install -e '.[dev]')")
    if _private:
        return _private[0]
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
        return REDIS_URL
    except redis.RedisError:
        if "PROVENANCE_REDIS_URL" in os.environ:
            require(False, f"no Redis server answers at PROVENANCE_REDIS_URL={REDIS_URL}")
    server = shutil.which("redis-server")
    require(
        server is not None, f"no Redis server at {REDIS_URL} and none to start: {INSTALL_REDIS}"
    )
    assert server is not None
    _private.append(_started(server))
    return _private[0]


def _started(server: str) -> str:
    import redis

    with socket.socket() as probe:  # a free port, for a server of this session's own
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    child = subprocess.Popen(
        [server, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    atexit.register(_stop, child)
    url = f"redis://127.0.0.1:{port}/15"
    for _ in range(100):
        try:
            redis.Redis.from_url(url, socket_connect_timeout=1).ping()
            return url
        except redis.RedisError:
            if child.poll() is not None:
                break
            time.sleep(0.05)
    require(False, f"{server} did not start on port {port}: {INSTALL_REDIS}")
    raise AssertionError("unreachable")


def _stop(child: subprocess.Popen[bytes]) -> None:
    child.terminate()
    try:
        child.wait(timeout=5)
    except subprocess.TimeoutExpired:
        child.kill()


def redis_location() -> str:
    """A Redis index location with a prefix of its own (see ``redis_url``)."""
    import uuid

    return f"{redis_url()}?prefix=test-{uuid.uuid4().hex[:12]}"


def drop_redis_prefix(location: str) -> None:
    import redis

    base, _, query = location.partition("?prefix=")
    client = redis.Redis.from_url(base)
    for key in client.scan_iter(match=f"{query}:*", count=1000):
        client.delete(key)
    client.close()
