"""Kill -9 trials: an index write killed at a random moment leaves the index as it was or as a
finished write leaves it, never in between.

    python -m benchmarks.index_kill_trials --what index-add-sqlite --trials 50
    python -m benchmarks.index_kill_trials --what index-add-redis --trials 50 --redis redis://127.0.0.1:6379/15
    python -m benchmarks.index_kill_trials --what check-add --trials 50

Generates a seeded corpus (trace_benchmark's generator), indexes three quarters of it (the
archive) and keeps the rest to check. The write under trial:

- ``index-add-sqlite``, ``index-add-redis``: ``provenance index add`` of the archive with every
  article's text changed (a line added at its end: each one is replaced) and a few new articles;
- ``check-add`` (SQLite), ``check-add-redis``: ``provenance check --add`` of the kept articles.

One clean run first gives the index after the write and what ``check`` of the kept articles
finds before and after it. Then each trial copies the index as it was, starts the write as a
process of its own (its own session and ``TMPDIR``), sends it SIGKILL after a random delay (up
to the clean run's time and a little more) and asks: is the index as it was before or as after
(every row, or every key but the id counters, compared), does ``check`` find exactly the copies
it found on that index, is any process of the write's session still alive, and is any file left
beside the index (SQLite's ``-wal`` and ``-shm`` included, once ``check`` has read it) or in its
``TMPDIR``. Prints the
figures; exits 1 when a trial broke the index, lost a copy or left something behind.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.trace_benchmark import generate

ROOT = Path(__file__).resolve().parent.parent
WHATS = ("index-add-sqlite", "index-add-redis", "check-add", "check-add-redis")
NEW_ARTICLES = 8
Findings = frozenset[tuple[str, str, int, int]]


@dataclass
class Corpus:
    archive: Path  # indexed first
    changed: Path  # the archive with every text changed, and new articles
    incoming: Path  # checked


@dataclass
class Trials:
    what: str
    trials: int = 0
    before: int = 0
    after: int = 0
    broken: int = 0
    copies_lost: int = 0  # trials where check found other copies than on that index
    processes_left: int = 0
    files_left: list[str] = field(default_factory=list)
    delays: list[float] = field(default_factory=list)
    clean_seconds: float = 0.0
    copies: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not (self.broken or self.copies_lost or self.processes_left or self.files_left)

    def figures(self) -> dict[str, Any]:
        return {
            "what": self.what,
            "trials": self.trials,
            "index_as_before": self.before,
            "index_as_after": self.after,
            "index_broken": self.broken,
            "trials_losing_copies": self.copies_lost,
            "trials_leaving_processes": self.processes_left,
            "files_left": self.files_left,
            "copies_found": self.copies,
            "clean_run_seconds": round(self.clean_seconds, 2),
            "kill_after_seconds": [round(min(self.delays), 2), round(max(self.delays), 2)]
            if self.delays
            else [],
        }


def make_corpus(folder: Path, articles: int, seed: int) -> Corpus:
    """The generated corpus split: every fourth article to check, the rest archived."""
    every = folder / "generated"
    generate(every, articles + NEW_ARTICLES, seed=seed)
    lines = (every / "manifest.csv").read_text(encoding="utf-8").splitlines()
    corpus = Corpus(folder / "archive", folder / "changed", folder / "incoming")
    manifests: dict[Path, list[str]] = {f: [lines[0]] for f in vars(corpus).values()}
    for k, line in enumerate(lines[1:]):
        doc_id = line.split(",")[0]
        text = (every / f"{doc_id}.txt").read_text(encoding="utf-8")
        if k >= articles:  # new in the changed archive only
            places = [(corpus.changed, doc_id.replace("outlet", "new", 1), text)]
        elif k % 4 == 3:
            places = [(corpus.incoming, doc_id, text)]
        else:
            places = [(corpus.archive, doc_id, text), (corpus.changed, doc_id, text + "\n")]
        for root, name, body in places:
            path = root / f"{name}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(body, encoding="utf-8")
            manifests[root].append(",".join([name, *line.split(",")[1:]]))
    for root, rows in manifests.items():
        (root / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    shutil.rmtree(every)
    return corpus


def provenance(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "provenance", *map(str, args)]


def environment(tmp: Path) -> dict[str, str]:
    path = os.environ.get("PYTHONPATH")
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT) + (os.pathsep + path if path else ""),
        "TMPDIR": str(tmp),
    }


class Store:
    """Where the trial indexes live: copies of a base index, their contents and their files."""

    redis = False

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def location(self, name: str) -> str:
        return str(self.folder / name / "index.db")

    def copy(self, source: str, target: str) -> None:
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)

    def contents(self, location: str) -> str:
        """A digest of every row of every table (FTS5's included)."""
        digest = hashlib.sha256()
        # read-write but writing nothing, as provenance's readers: closed, it leaves no log
        with sqlite3.connect(f"{Path(location).as_uri()}?mode=rw", uri=True) as db:
            db.execute("PRAGMA query_only = 1")
            tables = [
                name
                for (name,) in db.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
                )
                if not name.startswith("sqlite_")
            ]
            for table in tables:
                rows = sorted(db.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
                digest.update(repr((table, rows)).encode())
        db.close()
        return digest.hexdigest()

    def left(self, location: str) -> list[str]:
        """Files beside the index once the killed write's next reader (``check``) closed it:
        none but the index (not even SQLite's log, which that reader checkpoints and removes)."""
        path = Path(location)
        return sorted(str(p) for p in path.parent.iterdir() if p.name != path.name)

    def drop(self, location: str) -> None:
        shutil.rmtree(Path(location).parent, ignore_errors=True)


class RedisStore(Store):
    redis = True

    def __init__(self, folder: Path, url: str) -> None:
        import redis

        super().__init__(folder)
        self.url = url
        self.client = redis.Redis.from_url(url)
        self.run = f"kt{os.getpid()}x{random.randrange(16**6):06x}"

    def location(self, name: str) -> str:
        return f"{self.url}?prefix={self.run}-{name}"

    def _prefix(self, location: str) -> str:
        return location.rsplit("?prefix=", 1)[1]

    def _keys(self, location: str) -> list[bytes]:
        return list(self.client.scan_iter(match=f"{self._prefix(location)}:*", count=1000))

    def copy(self, source: str, target: str) -> None:
        self.drop(target)
        old, new = self._prefix(source), self._prefix(target)
        pipe = self.client.pipeline(transaction=False)
        for key in self._keys(source):
            name = key.decode()
            pipe.copy(name, new + name[len(old) :])
        pipe.execute()

    def contents(self, location: str) -> str:
        """A digest of every key and its contents, but the id counters (an add takes its ids
        before its transaction)."""
        prefix = self._prefix(location).encode()
        keys = sorted(
            k for k in self._keys(location) if not k.endswith((b":next_doc", b":next_sentence"))
        )
        pipe = self.client.pipeline(transaction=False)
        for key in keys:  # each kind of key is one type (redis_server's)
            if key.endswith(b":sentence_count"):
                pipe.get(key)
            elif b":band:" in key or b":ngram:" in key or key.endswith(b":outlets"):
                pipe.smembers(key)
            else:
                pipe.hgetall(key)
        digest = hashlib.sha256()
        for key, value in zip(keys, pipe.execute(), strict=True):
            shown = sorted(value.items()) if isinstance(value, dict) else value
            shown = sorted(shown) if isinstance(shown, set) else shown
            digest.update(repr((key[len(prefix) :], shown)).encode())
        return digest.hexdigest()

    def left(self, location: str) -> list[str]:
        return []

    def drop(self, location: str) -> None:
        keys = self._keys(location)
        for start in range(0, len(keys), 1000):
            self.client.delete(*keys[start : start + 1000])

    def close(self) -> None:
        for key in self.client.scan_iter(match=f"{self.run}-*", count=1000):
            self.client.delete(key)
        self.client.close()


def write_command(what: str, corpus: Corpus, location: str) -> list[str]:
    if what.startswith("index-add"):
        return provenance(
            "index", "add", corpus.changed, "--index", location, "--root", corpus.changed, "-q"
        )
    return provenance(
        "check", corpus.incoming, "--index", location, "--add", "--root", corpus.incoming, "-q"
    )


def findings(corpus: Corpus, location: str, tmp: Path) -> Findings:
    """What ``check`` of the incoming articles finds: (path, source, start, end) of each
    passage."""
    done = subprocess.run(
        provenance(
            "check",
            corpus.incoming,
            "--index",
            location,
            "--root",
            corpus.incoming,
            "--format",
            "json",
            "--exit-zero",
            "-q",
        ),
        capture_output=True,
        text=True,
        env=environment(tmp),
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"check failed: {done.stderr.strip()}")
    report = json.loads(done.stdout)
    return frozenset(
        (article["path"], p["source"]["doc_id"], p["start"], p["end"])
        for article in report["articles"]
        for p in article["passages"]
    )


def alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def run_trials(
    what: str, trials: int, articles: int, seed: int, folder: Path, redis_url: str | None
) -> Trials:
    corpus = make_corpus(folder / "corpus", articles, seed)
    store: Store = (
        RedisStore(folder / "indexes", redis_url or "")
        if what.endswith("redis")
        else Store(folder / "indexes")
    )
    if store.redis and not redis_url:
        raise SystemExit("--redis URL is needed for the Redis trials")
    tmp = folder / "tmp"
    tmp.mkdir(parents=True, exist_ok=True)
    result = Trials(what)
    try:
        base, after = store.location("base"), store.location("after")
        if not store.redis:
            Path(base).parent.mkdir(parents=True, exist_ok=True)
        built = subprocess.run(
            provenance("index", "build", corpus.archive, "--index", base, "-q"),
            env=environment(tmp),
            capture_output=True,
            text=True,
            check=False,
        )
        if built.returncode != 0:
            raise RuntimeError(f"index build failed: {built.stderr.strip()}")
        store.copy(base, after)
        started = time.perf_counter()
        clean = subprocess.run(
            write_command(what, corpus, after),
            env=environment(tmp),
            capture_output=True,
            text=True,
            check=False,
        )
        result.clean_seconds = time.perf_counter() - started
        if clean.returncode not in (0, 1):
            raise RuntimeError(f"the clean run failed: {clean.stderr.strip()}")
        states = {store.contents(base): "before", store.contents(after): "after"}
        if len(states) != 2:
            raise RuntimeError("the write under trial changed nothing")
        expected = {"before": findings(corpus, base, tmp), "after": findings(corpus, after, tmp)}
        result.copies = {state: len(found) for state, found in expected.items()}
        rng = random.Random(seed)
        for trial in range(trials):
            one_trial(result, store, corpus, base, trial, rng, states, expected, tmp)
    finally:
        if isinstance(store, RedisStore):
            store.close()
    return result


def one_trial(
    result: Trials,
    store: Store,
    corpus: Corpus,
    base: str,
    trial: int,
    rng: random.Random,
    states: dict[str, str],
    expected: dict[str, Findings],
    tmp: Path,
) -> None:
    location = store.location(f"trial{trial}")
    store.copy(base, location)
    trial_tmp = tmp / f"trial{trial}"
    trial_tmp.mkdir()
    delay = rng.uniform(0.2, 1.05) * result.clean_seconds
    result.delays.append(delay)
    process = subprocess.Popen(
        write_command(result.what, corpus, location),
        env=environment(trial_tmp),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        process.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
    result.trials += 1
    time.sleep(0.2)
    if alive(process.pid):
        result.processes_left += 1
        os.killpg(process.pid, signal.SIGKILL)
    state = states.get(store.contents(location), "broken")
    if state == "broken":
        result.broken += 1
    elif state == "before":
        result.before += 1
    else:
        result.after += 1
    found = findings(corpus, location, tmp)
    if found not in (expected.values() if state == "broken" else [expected[state]]):
        result.copies_lost += 1
    result.files_left += store.left(location) + [str(p) for p in trial_tmp.iterdir()]
    store.drop(location)
    shutil.rmtree(trial_tmp, ignore_errors=True)


def print_figures(figures: dict[str, Any]) -> None:
    print(f"write           {figures['what']}")
    print(f"trials          {figures['trials']}")
    low, high = figures["kill_after_seconds"] or [0, 0]
    print(f"killed after    {low:.2f} to {high:.2f} s (clean run {figures['clean_run_seconds']} s)")
    print(f"index as before {figures['index_as_before']}")
    print(f"index as after  {figures['index_as_after']}")
    print(f"index broken    {figures['index_broken']}")
    copies = figures["copies_found"]
    print(f"copies found    {copies.get('before')} before, {copies.get('after')} after the write")
    print(f"copies lost     {figures['trials_losing_copies']} trials")
    print(f"processes left  {figures['trials_leaving_processes']} trials")
    print(f"files left      {len(figures['files_left'])}")
    for name in figures["files_left"][:10]:
        print(f"  {name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--what", choices=WHATS, required=True)
    parser.add_argument("--trials", type=int, default=50)
    parser.add_argument("--articles", type=int, default=120, help="the corpus's size")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--redis",
        default=os.environ.get("PROVENANCE_REDIS_URL", "redis://127.0.0.1:6379/15"),
        help="the Redis server for the Redis trials (under a key prefix of their own)",
    )
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kill-trials-") as folder:
        result = run_trials(
            args.what, args.trials, args.articles, args.seed, Path(folder), args.redis
        )
    figures = result.figures()
    print_figures(figures)
    if args.json is not None:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0 if result.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
