"""The modules compiled to C with mypyc at install time, and the rule that keeps a compiled
copy from outliving its source.

Reading is Python per word (the speaker pass, the segmenter, the quote finder, the boilerplate
patterns) and the largest stage on every corpus. ``pip install`` compiles these modules with
mypyc where a C compiler is at hand (``setup.py``); the same source runs either way, and a
machine without a compiler installs them as plain Python: the same results, slower.

A compiled module (``speakers.cpython-311-x86_64-linux-gnu.so`` beside ``speakers.py``) takes
precedence over its source on import. In a checkout installed with ``pip install -e .``, an
edit to the source would go unseen until the next install. So the build records a digest of
the sources it compiled (``DIGEST_FILE``), and ``use_current`` (run by ``provenance``'s
``__init__`` before anything else is imported) loads every one of them from source unless all
of them are compiled and unchanged since: the compiled modules call each other directly, so
they are used all together or not at all. ``PROVENANCE_PURE_PYTHON=1`` asks for the sources
too (and, at install time, for no compiling).

Standard library only: ``setup.py`` loads this file by path, before anything is installed.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

COMPILED = (
    "provenance.text.normalise",
    "provenance.text.segment",
    "provenance.text.quotes",
    "provenance.text.speakers",
    "provenance.text.boilerplate",
)
GROUP = "provenance._native"  # the shared library's module: provenance/_native__mypyc.*.so
DIGEST_FILE = "_native.sha256"  # in the package folder, written by the build
PURE_ENV = "PROVENANCE_PURE_PYTHON"

_PACKAGE = Path(__file__).resolve().parent


def sources(package: Path = _PACKAGE) -> list[Path]:
    """The source files of the compiled modules, in ``COMPILED``'s order."""
    return [package.joinpath(*name.split(".")[1:]).with_suffix(".py") for name in COMPILED]


def digest(package: Path = _PACKAGE) -> str:
    """SHA-256 over the compiled modules' sources, each with its name."""
    sha = hashlib.sha256()
    for name, path in zip(COMPILED, sources(package), strict=True):
        data = path.read_bytes()
        sha.update(f"{name}\0{len(data)}\0".encode())
        sha.update(data)
    return sha.hexdigest()


def pure_requested() -> bool:
    """Whether ``PROVENANCE_PURE_PYTHON`` asks for the sources (any value but empty or 0)."""
    return os.environ.get(PURE_ENV, "") not in ("", "0")


def _extension(path: Path) -> Path | None:
    """The compiled module beside a source file, if there is one for this Python."""
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        built = path.with_suffix(suffix)
        if built.is_file():
            return built
    return None


def current(package: Path = _PACKAGE) -> bool:
    """Whether every module in ``COMPILED`` has a compiled copy built from its present source."""
    recorded = package / DIGEST_FILE
    if not recorded.is_file() or any(_extension(path) is None for path in sources(package)):
        return False
    try:
        return recorded.read_text(encoding="ascii").strip() == digest(package)
    except (OSError, UnicodeDecodeError):
        return False


class _FromSource(importlib.abc.MetaPathFinder):
    """Finds the compiled modules' sources, ahead of the compiled copies beside them."""

    def __init__(self, found: dict[str, Path]) -> None:
        self.found = found

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        source = self.found.get(fullname)
        if source is None:
            return None
        return importlib.util.spec_from_file_location(fullname, source)


def use_current(package: Path = _PACKAGE) -> bool:
    """Arrange for the compiled modules to load compiled only if all of them are current (and
    the sources were not asked for); say whether they will. Call before any is imported."""
    if not pure_requested() and current(package):
        return True
    if not any(isinstance(finder, _FromSource) for finder in sys.meta_path):
        found = dict(zip(COMPILED, sources(package), strict=True))
        sys.meta_path.insert(0, _FromSource(found))
    return False


def in_use() -> bool:
    """Whether the compiled modules are the ones imported (after ``use_current``)."""
    module = importlib.import_module(COMPILED[0])
    return not str(getattr(module, "__file__", "")).endswith(".py")
