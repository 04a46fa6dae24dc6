"""Hostile inputs (issue 23): each is skipped or warned about, in one line naming the file and
the problem; nothing else is lost, nothing hangs, nothing is left behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.reports import schema
from tests.conftest import ROOT, rows, run_cli, write_files

CHECK = ROOT / "fixtures" / "check"

STORY = (
    "The harbour board said on Tuesday that the new sea wall would be finished before the "
    "winter storms arrive.\n\nEngineers have spent six months rebuilding the wall after it "
    "cracked during the January floods last year.\n"
)
OTHER = (
    "The county library will open on Sundays from March, the council said, after readers "
    "asked for longer hours.\n"
)


def laughs(levels: int = 9) -> str:
    """YAML front matter whose ``title`` is an alias expanding to 9**levels strings."""
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for n in range(1, levels):
        lines.append(f"a{n}: &a{n} [{','.join([f'*a{n - 1}'] * 9)}]")
    return "\n".join([*lines, f"title: *a{levels - 1}"]) + "\n"


def traced(folder: Path, out: Path, *flags: str) -> tuple[int, str]:
    result = run_cli("trace", folder, "--out", out, "-q", *flags)
    return result.exit_code, result.stderr


def warned(folder: Path, out: Path, *flags: str) -> list[str]:
    """The warnings of a trace that must succeed (no summary on stdout: --format json)."""
    result = run_cli("trace", folder, "--out", out, "--format", "json", *flags)
    assert result.exit_code == 0, result.stderr
    return result.stderr.splitlines()


def documents(out: Path) -> dict[str, dict[str, str]]:
    return {row["doc_id"]: row for row in rows(out / "documents.csv")}


def baseline(tmp_path: Path, files: dict[str, str | bytes]) -> dict[str, dict[str, str]]:
    """documents.csv of the good files traced alone: what they must read as beside bad ones."""
    out = tmp_path / "baseline"
    assert traced(write_files(tmp_path / "good", files), out) == (0, "")
    return documents(out)


def only_reports(out: Path) -> None:
    """Nothing but the reports is left in the report folder."""
    assert names(out) == sorted(schema.REPORT_FILES)


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_yaml_alias_bomb_in_front_matter_is_refused_not_expanded(tmp_path: Path) -> None:
    # 9**9 strings once expanded: 118 s and 8 GB were spent on str() of this title before
    bomb = f"---\n{laughs()}---\n{OTHER}"
    assert len(bomb.encode()) < 700
    folder = write_files(tmp_path / "in", {"good.txt": STORY, "bomb.md": bomb})
    out = tmp_path / "out"
    assert warned(folder, out) == [
        f"provenance: warning: {folder / 'bomb.md'}: front matter uses a YAML alias (line 3), "
        "which is not read; ignored"
    ]
    found = documents(out)
    assert found.pop("bomb")["title"] == ""  # the article is read, its title is not
    assert found == baseline(tmp_path, {"good.txt": STORY})
    only_reports(out)


def test_check_refuses_the_alias_bomb_too(tmp_path: Path) -> None:
    index = tmp_path / "archive.db"
    assert run_cli("index", "build", CHECK / "archive", "--index", index).exit_code == 0
    bomb = write_files(tmp_path / "in", {"bomb.md": f"---\n{laughs()}---\n{OTHER}"})
    result = run_cli("check", bomb / "bomb.md", "--index", index)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[0] == (
        f"provenance: warning: {bomb / 'bomb.md'}: front matter uses a YAML alias (line 3), "
        "which is not read; ignored"
    )
    assert names(bomb) == ["bomb.md"]


@pytest.mark.parametrize(
    ("front", "warning"),
    [
        (
            "title: " + "[" * 150 + "]" * 150 + "\n",
            "is nested deeper than max_nesting_depth (100) (line 2)",
        ),
        ("title: [a, b]\nurl: {a: 1}\n", None),
        (
            f"title: {'x' * 70_000}\n",
            "of 70,008 bytes is longer than max_front_matter_bytes (65,536)",
        ),
    ],
)
def test_front_matter_is_bounded_and_holds_single_values(
    tmp_path: Path, front: str, warning: str | None
) -> None:
    folder = write_files(
        tmp_path / "in", {"good.txt": STORY, "odd.md": f"---\n{front}---\n{OTHER}"}
    )
    out = tmp_path / "out"
    where = f"provenance: warning: {folder / 'odd.md'}: front matter"
    if warning is None:
        expected = [f"{where} 'url' is a mapping; ignored", f"{where} 'title' is a list; ignored"]
    else:
        expected = [f"{where} {warning}; ignored"]
    assert warned(folder, out) == expected
    found = documents(out)
    assert found.pop("odd")["title"] == ""
    assert found == baseline(tmp_path, {"good.txt": STORY})
    only_reports(out)
