"""datasketch's answers for a run's settings: the LSH bands and rows it picks for a threshold
and num_perm, and the affine32 MinHash permutations it draws for a num_perm and seed.

Asking datasketch means importing it, and with it scipy (``datasketch.lsh`` integrates with
``scipy.integrate``): about 1.4 s, two thirds of a ``trace`` of a few articles. So each answer is
kept in a small JSON file per datasketch version in the user's cache folder
(``$XDG_CACHE_HOME/provenance``, else ``~/.cache/provenance``; ``PROVENANCE_CACHE_DIR`` names
another), and datasketch is asked only for settings no run has asked about before. The file is
only ever a copy of datasketch's answers: one that cannot be read, or an entry of the wrong
shape, is asked again; one that cannot be written is not kept. Written whole and then renamed
into place, so a reader never sees half of it.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from provenance.settings import MINHASH_SCHEME

# the permutations (a, b): num_perm multipliers, num_perm offsets
Permutations = tuple[tuple[int, ...], tuple[int, ...]]

_ANSWERS: dict[str, Any] | None = None  # this process's copy of the file, read once


def cache_folder() -> Path:
    """Where the answers are kept."""
    named = os.environ.get("PROVENANCE_CACHE_DIR")
    if named:
        return Path(named)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path("~/.cache").expanduser())
    return Path(base) / "provenance"


def bands_rows(threshold: float, num_perm: int) -> tuple[int, int]:
    """The LSH bands and rows datasketch's ``MinHashLSH`` picks (its ``ValueError`` when it
    finds none usable)."""
    key = f"{threshold!r}/{num_perm}"
    kept: Any = _table("bands_rows").get(key)
    if _is_pair(kept):
        return int(kept[0]), int(kept[1])
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    found = int(lsh.b), int(lsh.r)
    _keep("bands_rows", key, list(found))
    return found


def permutations(num_perm: int, seed: int) -> Permutations:
    """The permutations (a, b) datasketch's affine32 ``MinHash`` draws for ``num_perm`` and
    ``seed``."""
    key = f"{num_perm}/{seed}"
    kept: Any = _table("permutations").get(key)
    if _are_permutations(kept, num_perm):
        return tuple(kept["a"]), tuple(kept["b"])
    from datasketch import MinHash

    a, b = MinHash(num_perm=num_perm, seed=seed, scheme=MINHASH_SCHEME).permutations
    found = tuple(int(v) for v in a), tuple(int(v) for v in b)
    _keep("permutations", key, {"a": list(found[0]), "b": list(found[1])})
    return found


def _is_pair(value: Any) -> bool:
    return (
        isinstance(value, list)
        and len(value) == 2
        and all(type(v) is int for v in value)
        and value[0] >= 2  # (datasketch refuses fewer bands)
        and value[1] >= 1
    )


def _are_permutations(value: Any, num_perm: int) -> bool:
    """The shape datasketch gives: ``num_perm`` odd multipliers and offsets of 32 bits."""
    if not isinstance(value, dict):
        return False
    a, b = value.get("a"), value.get("b")
    return (
        isinstance(a, list)
        and isinstance(b, list)
        and len(a) == len(b) == num_perm
        and all(type(v) is int and 0 <= v < 2**32 for v in (*a, *b))
        and all(v % 2 for v in a)
    )


def _path() -> Path | None:
    try:
        datasketch = version("datasketch")
    except PackageNotFoundError:
        return None
    return cache_folder() / f"datasketch-{datasketch}-{MINHASH_SCHEME}.json"


def _table(kind: str) -> dict[str, Any]:
    """The answers of one kind (none, in a file that holds something else there)."""
    found = _answers().get(kind)
    return found if isinstance(found, dict) else {}


def _answers() -> dict[str, Any]:
    global _ANSWERS
    if _ANSWERS is None:
        _ANSWERS = _read()
    return _ANSWERS


def _read() -> dict[str, Any]:
    path = _path()
    if path is None:
        return {}
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def _keep(kind: str, key: str, value: Any) -> None:
    """Add an answer to the file (what another run added meanwhile kept too)."""
    global _ANSWERS
    answers = _read()
    for name, table in [*(_ANSWERS or {}).items(), (kind, {key: value})]:
        held = answers.get(name)
        answers[name] = {
            **(held if isinstance(held, dict) else {}),
            **(table if isinstance(table, dict) else {}),
        }
    _ANSWERS = answers
    path = _path()
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=".answers-", suffix=".json")
    except OSError:
        return  # not kept: asked again next time
    temp = Path(name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            json.dump(answers, file, sort_keys=True)
        temp.replace(path)
    except OSError:
        with contextlib.suppress(OSError):
            temp.unlink()
