"""datasketch's answers (LSH bands and rows, MinHash permutations) kept in the user's cache
folder: the same answers, asked of datasketch only once per setting, and a file that cannot be
trusted or written never changes an answer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from datasketch import MinHash, MinHashLSH

from provenance.matching import lsh_parameters
from provenance.settings import MINHASH_SCHEME
from tests.conftest import FIXTURES, ROOT


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of this test's own, and no answers held from earlier tests."""
    monkeypatch.setenv("PROVENANCE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(lsh_parameters, "_ANSWERS", None)
    return tmp_path / "cache"


def datasketch_answers(threshold: float, num_perm: int, seed: int) -> tuple[object, ...]:
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    a, b = MinHash(num_perm=num_perm, seed=seed, scheme=MINHASH_SCHEME).permutations
    return (lsh.b, lsh.r), (tuple(a.tolist()), tuple(b.tolist()))


@pytest.mark.parametrize(
    ("threshold", "num_perm", "seed"), [(0.4, 128, 1), (0.7, 64, 42), (0.05, 128, 3)]
)
def test_the_answers_are_datasketch_s_and_are_kept(
    folder: Path, threshold: float, num_perm: int, seed: int
) -> None:
    expected = datasketch_answers(threshold, num_perm, seed)
    asked = (
        lsh_parameters.bands_rows(threshold, num_perm),
        lsh_parameters.permutations(num_perm, seed),
    )
    assert asked == expected
    (kept,) = folder.glob("datasketch-*.json")
    stored = json.loads(kept.read_text("utf-8"))
    assert stored["bands_rows"][f"{threshold!r}/{num_perm}"] == list(expected[0])
    assert stored["permutations"][f"{num_perm}/{seed}"]["a"] == list(expected[1][0])
    # read back by another process's first question, the same (one row a band too: 0.05)
    lsh_parameters._ANSWERS = None
    assert lsh_parameters.permutations(num_perm, seed) == expected[1]
    assert lsh_parameters.bands_rows(threshold, num_perm) == expected[0]
    assert json.loads(kept.read_text("utf-8")) == stored  # the file as it was


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        "[1, 2]",
        json.dumps({"bands_rows": {"0.4/128": [0, 4]}, "permutations": {"128/1": {"a": [2]}}}),
        json.dumps({"permutations": {"128/1": {"a": [2] * 128, "b": [0] * 128}}}),  # even a
        json.dumps({"bands_rows": [32, 4], "permutations": "128/1"}),
    ],
)
def test_a_file_that_cannot_be_trusted_is_asked_again(folder: Path, content: str) -> None:
    expected = datasketch_answers(0.4, 128, 1)
    lsh_parameters.bands_rows(0.4, 128)  # makes the file, to spoil
    (kept,) = folder.glob("datasketch-*.json")
    kept.write_text(content, "utf-8")
    lsh_parameters._ANSWERS = None
    assert (lsh_parameters.bands_rows(0.4, 128), lsh_parameters.permutations(128, 1)) == expected
    lsh_parameters._ANSWERS = None  # and the file holds them again
    stored = json.loads(kept.read_text("utf-8"))
    assert stored["permutations"]["128/1"]["b"] == list(expected[1][1])


def test_a_folder_that_cannot_be_made_keeps_nothing(folder: Path) -> None:
    """(Or written: the answer stands, and nothing is left behind.)"""
    folder.write_text("a file where the folder would be", "utf-8")
    assert lsh_parameters.bands_rows(0.4, 128) == datasketch_answers(0.4, 128, 1)[0]
    assert folder.read_text("utf-8") == "a file where the folder would be"


def test_a_trace_with_the_answers_kept_imports_no_datasketch(tmp_path: Path) -> None:
    """What the cache is for: datasketch's import (scipy's) was two thirds of a small trace."""
    probe = (
        "import sys\n"
        "from provenance.cli import app\n"
        "from typer.testing import CliRunner\n"
        f"result = CliRunner().invoke(app, ['trace', {str(FIXTURES)!r}, '-o', sys.argv[1]])\n"
        "assert result.exit_code == 0, result.output\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('datasketch', 'scipy')))\n"
    )
    env = {**os.environ, "PROVENANCE_CACHE_DIR": str(tmp_path / "cache")}
    runs = [
        subprocess.run(
            [sys.executable, "-c", probe, str(tmp_path / f"out{k}")],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env=env,
        ).stdout.split("\n")[-2]
        for k in range(2)
    ]
    assert runs[0] != "[]" and runs[1] == "[]"
    for report in (tmp_path / "out0").glob("*.csv"):
        assert report.read_bytes() == (tmp_path / "out1" / report.name).read_bytes()


def test_the_kernel_sketches_with_the_kept_permutations(folder: Path) -> None:
    from provenance.matching.sketch import permutations

    permutations.cache_clear()
    a, b = permutations(128, 1)
    assert a.dtype == b.dtype == np.uint32
    assert (tuple(a.tolist()), tuple(b.tolist())) == datasketch_answers(0.4, 128, 1)[1]
