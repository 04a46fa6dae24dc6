"""The modules compiled at install time (provenance/native.py): a compiled copy is used only
while every source matches the one it was built from, objects of compiled modules pickle, and
compiled and pure runs write the same reports."""

from __future__ import annotations

import importlib.machinery
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from provenance import native
from provenance.text import boilerplate
from provenance.text.quotes import QuoteSpans
from provenance.text.speakers import Aliases
from tests.conftest import FIXTURES, SEEDS, in_ci, require_seeds

SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]


def _package(tmp_path: Path, built: bool = True) -> Path:
    """A copy of the compiled modules' sources, with stand-ins for their compiled copies and
    the digest a build would record."""
    package = tmp_path / "provenance"
    for source, copy in zip(native.sources(), native.sources(package), strict=True):
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, copy)
        if built:
            copy.with_suffix(SUFFIX).write_bytes(b"")
    if built:
        (package / native.DIGEST_FILE).write_text(native.digest(package) + "\n", "ascii")
    return package


def test_compiled_copies_are_current_only_while_every_source_matches(tmp_path: Path) -> None:
    package = _package(tmp_path)
    assert native.current(package)
    edited = native.sources(package)[2]
    edited.write_text(edited.read_text("utf-8") + "\n# an edit\n", "utf-8")
    assert not native.current(package)


def test_a_missing_compiled_copy_or_digest_means_sources(tmp_path: Path) -> None:
    package = _package(tmp_path)
    native.sources(package)[0].with_suffix(SUFFIX).unlink()
    assert not native.current(package)
    assert not native.current(_package(tmp_path / "never-built", built=False))


def test_sources_are_loaded_when_asked_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = _package(tmp_path)
    finders = [f for f in sys.meta_path if not isinstance(f, native._FromSource)]
    monkeypatch.setattr(sys, "meta_path", finders)
    monkeypatch.setenv(native.PURE_ENV, "1")
    assert not native.use_current(package)
    spec = sys.meta_path[0].find_spec("provenance.text.speakers", None)
    assert spec is not None and spec.origin == str(native.sources(package)[3])
    assert sys.meta_path[0].find_spec("provenance.model", None) is None
    native.use_current(package)  # a second call adds no second finder
    assert sum(isinstance(f, native._FromSource) for f in sys.meta_path) == 1


def test_the_compiled_modules_run_whenever_they_are_current() -> None:
    built = native.current() and not native.pure_requested()
    assert native.in_use() == built
    if in_ci() and not native.pure_requested():
        # .ci/run installs on a machine with a C compiler: the modules must have compiled
        assert built, "the install did not compile the reading modules (see pip install -v)"


@pytest.mark.parametrize(
    "value",
    [
        Aliases.load(),
        QuoteSpans(((3, 9), (12, 20))),
        boilerplate.CorpusCounts(7, {"Outlet A": 3}),
    ],
    ids=["aliases", "quote-spans", "corpus-counts"],
)
def test_frozen_records_of_compiled_modules_pickle(value: object) -> None:
    assert pickle.loads(pickle.dumps(value)) == value


def test_the_matcher_pickles_by_its_patterns() -> None:
    matcher = boilerplate.Matcher.build(("subscribe to our newsletter",))
    copy = pickle.loads(pickle.dumps(matcher))
    assert copy.extra == matcher.extra
    assert [p.pattern for _, p in copy.patterns] == [p.pattern for _, p in matcher.patterns]


@pytest.mark.slow
@pytest.mark.parametrize("seeds", [False, True], ids=["fixtures", "seeds"])
def test_compiled_and_pure_runs_write_the_same_reports(seeds: bool, tmp_path: Path) -> None:
    if seeds:
        require_seeds()
    root = SEEDS if seeds else FIXTURES
    written = {}
    for name, pure in (("compiled", "0"), ("pure", "1")):
        out = tmp_path / name
        subprocess.run(
            [sys.executable, "-m", "provenance", "trace", str(root), "--out", str(out)],
            check=True,
            capture_output=True,
            env={**os.environ, native.PURE_ENV: pure},
        )
        written[name] = {p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))}
    assert written["compiled"] == written["pure"]
    assert len(written["pure"]) == 6
