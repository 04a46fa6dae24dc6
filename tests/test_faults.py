"""Hostile runs of ``trace``: killed mid-run, interrupted, or writing where it cannot. Nothing
lost, nothing hung, nothing left behind."""

from __future__ import annotations

import csv
import errno
import fcntl
import hashlib
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote
from xml.etree import ElementTree as ET

import pytest

from benchmarks.kill_trace_trials import REPORTS
from benchmarks.kill_trace_trials import temporary as leftovers
from tests.conftest import FIXTURES, ROOT, rows, run_cli

Corpus = Callable[[Mapping[str, str | bytes]], Path]
# a child ``provenance``: this checkout first, then where the caller's Python looks
ENVIRONMENT = {
    **os.environ,
    "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
}

# ``provenance`` with its pool of workers started even for a small corpus, on two of them
POOLED = """
import os, sys
os.cpu_count = lambda: 2
from provenance.pipeline import engine
engine.PARALLEL_MIN_DOCS = 0
from provenance.cli import main
sys.argv = ["provenance", *sys.argv[1:]]
main()
"""


def children(pid: int) -> set[int]:
    """The processes whose parent is ``pid`` (from /proc)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue  # ended meanwhile
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def alive(pids: set[int]) -> set[int]:
    """Those of ``pids`` still running (a zombie has ended)."""
    running = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
        except OSError:
            continue
        if state != "Z":
            running.add(pid)
    return running


def spawned(pid: int) -> bool:
    """Whether ``pid`` is a worker of a multiprocessing pool (not, say, the resource tracker)."""
    try:
        return b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
def test_killing_trace_ends_its_workers_and_the_resource_tracker(tmp_path: Path) -> None:
    """kill -9 of ``trace`` while its pool runs: the workers and the resource tracker end too,
    and the caller's stderr (a pipe they inherit) reaches its end."""
    proc = subprocess.Popen(
        [sys.executable, "-c", POOLED, "trace", FIXTURES, "--out", tmp_path / "out", "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=ENVIRONMENT,
    )
    left: set[int] = set()
    try:
        deadline = time.monotonic() + 60
        while not any(spawned(pid) for pid in children(proc.pid)):
            assert proc.poll() is None, "the run ended before its pool started"
            assert time.monotonic() < deadline, "no worker started"
            time.sleep(0.01)
        left = children(proc.pid)
        proc.send_signal(signal.SIGKILL)
        try:
            proc.communicate(timeout=20)  # every holder of the pipes has ended
        except subprocess.TimeoutExpired:
            pytest.fail(f"stderr still held open after the kill: {sorted(alive(left))} run")
        deadline = time.monotonic() + 10
        while alive(left) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not alive(left), "processes of the killed run are left"
    finally:
        proc.kill()
        for pid in alive(left):  # the processes this test started, by their ids
            os.kill(pid, signal.SIGKILL)
        proc.communicate()


# ``provenance`` killed (SIGKILL) at its N-th rename of a file or folder (N: the first argument)
KILLED_AT_RENAME = """
import os, signal, sys
from pathlib import Path
from typing import Any
from urllib.parse import quote
from provenance.reports import report_set
after, calls = int(sys.argv[1]), [0]
def counted(method):
    def call(*args, **kwargs):
        calls[0] += 1
        if calls[0] == after:
            os.kill(os.getpid(), signal.SIGKILL)
        return method(*args, **kwargs)
    return call
Path.replace, Path.rename = counted(Path.replace), counted(Path.rename)
report_set._exchange = counted(report_set._exchange)
from provenance.cli import main
sys.argv = ["provenance", *sys.argv[2:]]
main()
"""


def report_set(out: Path) -> dict[str, str]:
    """The CSV reports in ``out`` and what run.json says of the input, by file name."""
    found = {name: (out / name).read_text(encoding="utf-8") for name in REPORTS}
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    found["run.json"] = json.dumps(run["counts"])
    return found


@pytest.mark.parametrize("kill_at", range(1, 9))
def test_a_kill_while_reports_are_replaced_leaves_the_old_set_or_the_new(
    tmp_path: Path, kill_at: int
) -> None:
    """Killed at any rename of the reports: the folder holds every old report or every new
    one, never a mix, and its other files; the next run leaves nothing temporary."""
    old_corpus = tmp_path / "old"
    shutil.copytree(FIXTURES, old_corpus)
    (old_corpus / "echo" / "harrow-bridge-closure.txt").unlink()
    out = tmp_path / "reports"
    assert run_cli("trace", old_corpus, "--out", out, "-q").exit_code == 0
    old = report_set(out)
    assert run_cli("trace", FIXTURES, "--out", tmp_path / "fresh", "-q").exit_code == 0
    new = report_set(tmp_path / "fresh")
    assert new != old
    (out / "notes.txt").write_text("mine\n", encoding="utf-8")
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_AT_RENAME, str(kill_at), "trace", FIXTURES, "--out", out],
        capture_output=True,
        env=ENVIRONMENT,
        check=False,
    )
    assert killed.returncode in (0, -signal.SIGKILL), killed.stderr  # 0: fewer renames
    assert report_set(out) in (old, new), "the old set and the new are mixed"
    if killed.returncode == 0:
        assert report_set(out) == new
    assert run_cli("trace", FIXTURES, "--out", out, "-q").exit_code == 0
    assert report_set(out) == new
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine\n"
    assert leftovers(tmp_path) == []


def test_a_report_that_cannot_be_written_leaves_the_old_set_and_nothing_else(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """run.json, the last report written, fails (a full disk): one line, exit 2, the old set
    whole, no temporary file or folder."""
    from provenance.reports import tables

    out = tmp_path / "reports"
    assert run_cli("trace", FIXTURES, "--out", out, "-q", "--min-tokens", "9").exit_code == 0
    old = report_set(out)

    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(tables, "write_record", full)
    result = run_cli("trace", FIXTURES, "--out", out)
    assert result.exit_code == 2
    assert result.stderr == (
        f"provenance: error: {out}: cannot write reports (No space left on device)\n"
    )
    assert report_set(out) == old
    assert leftovers(tmp_path) == []


def test_an_interrupt_while_the_old_set_is_removed_still_removes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SIGTERM (made an interrupt) or Ctrl-C just after the new set was exchanged in, while
    the old one is removed: it is removed all the same, and the run stops as asked (exit 2,
    one line); the old set was once left beside the report folder for the next run."""
    from provenance.reports import report_set as report_set_module
    from provenance.reports.report_set import STAGE_MARK

    out = tmp_path / "reports"
    assert run_cli("trace", FIXTURES, "--out", out, "-q", "--min-tokens", "9").exit_code == 0
    assert run_cli("trace", FIXTURES, "--out", tmp_path / "fresh", "-q").exit_code == 0
    new = report_set(tmp_path / "fresh")
    real = shutil.rmtree
    cut: list[str | os.PathLike[str]] = []

    def interrupted(path: str | os.PathLike[str], *args: Any, **kwargs: Any) -> None:
        if STAGE_MARK in Path(path).name and not cut:
            cut.append(path)
            raise KeyboardInterrupt  # as the signal handler raises it, before anything goes
        real(path, *args, **kwargs)

    monkeypatch.setattr(shutil, "rmtree", interrupted)
    result = run_cli("trace", FIXTURES, "--out", out, "-q")
    assert cut, "the old set was not removed through shutil.rmtree"
    assert (result.exit_code, result.stderr) == (2, "provenance: error: interrupted\n")
    assert report_set(out) == new
    assert leftovers(tmp_path) == []
    # cut short before that, as the user's own files are moved back out of the old set (the
    # second time: the first is as the sets are exchanged)
    monkeypatch.setattr(shutil, "rmtree", real)
    (out / "notes.txt").write_text("mine\n", encoding="utf-8")
    moved, calls = report_set_module._move_back, []

    def cut_short(*args: Any) -> None:
        calls.append(args)
        if len(calls) == 2:
            raise KeyboardInterrupt
        moved(*args)

    monkeypatch.setattr(report_set_module, "_move_back", cut_short)
    result = run_cli("trace", FIXTURES, "--out", out, "-q", "--min-tokens", "9")
    assert (result.exit_code, result.stderr) == (2, "provenance: error: interrupted\n")
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine\n"
    assert leftovers(tmp_path) == []


def test_a_killed_runs_staging_folder_is_cleaned_and_a_live_runs_left(tmp_path: Path) -> None:
    """What a killed run left beside the report folder: reports removed, other files moved
    back; a staging folder still locked by its run is not touched."""
    from provenance.reports.report_set import clean_stale
    from provenance.reports.tables import SET_NAMES

    out = tmp_path / "reports"
    out.mkdir()
    stale = tmp_path / ".reports.provenance-set-dead"
    (stale / "texts").mkdir(parents=True)
    (stale / "documents.csv").write_text("killed before the exchange\n", encoding="utf-8")
    (stale / "notes.txt").write_text("mine\n", encoding="utf-8")  # killed after it
    live = tmp_path / ".reports.provenance-set-live"
    live.mkdir()
    held = os.open(live, os.O_RDONLY)
    try:
        fcntl.flock(held, fcntl.LOCK_EX)
        clean_stale(out, SET_NAMES)
    finally:
        os.close(held)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".reports.provenance-set-live", "reports"]
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt"]
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine\n"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
def test_random_kills_of_trace_lose_nothing_and_leave_nothing(tmp_path: Path) -> None:
    """benchmarks/kill_trace_trials.py at small scale: five kill -9s of ``trace`` (its pool
    running) at random moments; each leaves the old set or the new, the user's file, no
    process; the last run, nothing temporary."""
    from benchmarks.kill_trace_trials import broken, figures, run_trials
    from benchmarks.trace_benchmark import generate

    generate(tmp_path / "corpus", 150, seed=1)
    work = tmp_path / "work"
    work.mkdir()
    done, last = run_trials(tmp_path / "corpus", work, trials=5, seed=1, pool_from=0)
    found = figures(done, last)
    assert broken(found) == [], found
    assert found["trials_with_workers"] >= 1, found


SHEET_NAMES = {"documents", "clusters", "occurrences", "quotes", "pairs", "skipped"}
FORMULA = "=cmd|' /C calc'!A0"
NAMESPACES = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "p": "http://schemas.openxmlformats.org/package/2006/relationships",
}


def _unescaped(text: str) -> str:
    """A cell's text with the workbook's ``_xHHHH_`` escapes undone."""
    return re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), text)


def _text_of(element: ET.Element) -> str:
    return "".join(t.text or "" for t in element.iter(f"{{{NAMESPACES['m']}}}t"))


def read_workbook(path: Path) -> dict[str, list[list[str]]]:
    """Each sheet of an .xlsx file as rows of text, read from its XML; every cell must be a
    string (inline or shared), never a formula, number or boolean."""
    with zipfile.ZipFile(path) as book:
        workbook = ET.fromstring(book.read("xl/workbook.xml"))
        links = ET.fromstring(book.read("xl/_rels/workbook.xml.rels"))
        targets = {
            link.get("Id"): link.get("Target")
            for link in links.findall("p:Relationship", NAMESPACES)
        }
        shared: list[str] = []
        if "xl/sharedStrings.xml" in book.namelist():
            strings = ET.fromstring(book.read("xl/sharedStrings.xml"))
            shared = [
                "".join(t.text or "" for t in si.iter(f"{{{NAMESPACES['m']}}}t")) for si in strings
            ]
        sheets = {}
        for sheet in workbook.iterfind("m:sheets/m:sheet", NAMESPACES):
            target = targets[sheet.get(f"{{{NAMESPACES['r']}}}id")]
            xml = ET.fromstring(book.read(f"xl/{target}"))
            rows = []
            for row in xml.iterfind("m:sheetData/m:row", NAMESPACES):
                cells: dict[int, str] = {}
                for cell in row.iterfind("m:c", NAMESPACES):
                    assert cell.find("m:f", NAMESPACES) is None, f"a formula: {cell.get('r')}"
                    kind = cell.get("t")
                    if kind == "inlineStr":
                        text = _text_of(cell)
                    else:
                        assert kind == "s", f"{cell.get('r')} is not a string but {kind!r}"
                        text = shared[int(cell.findtext("m:v", "", NAMESPACES))]
                    letters = re.match(r"[A-Z]+", cell.get("r", "")).group()  # type: ignore[union-attr]
                    column = 0
                    for letter in letters:
                        column = column * 26 + ord(letter) - ord("A") + 1
                    cells[column - 1] = _unescaped(text)
                rows.append([cells.get(k, "") for k in range(max(cells, default=-1) + 1)])
            sheets[sheet.get("name", "")] = rows
    return sheets


def csv_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            row[: max((k + 1 for k, v in enumerate(row) if v), default=0)]
            for row in csv.reader(handle)
        ]


@pytest.mark.parametrize("mode", [[], ["--low-memory"]])
def test_xlsx_holds_every_report_as_text_never_a_formula(
    corpus: Corpus, tmp_path: Path, mode: list[str]
) -> None:
    """Cells opening with = + - @ (formulas to a spreadsheet) stay exact in the CSV reports;
    reports.xlsx holds every report, each cell a string: ``=cmd|...`` is text, not a formula."""
    hostile = [FORMULA, "+1 234 567", "-2 or -3 lanes will close", "@council said so"]
    said = "and the bridge stays shut for repairs all winter."
    story = "\n\n".join(f"{line} {said}" for line in hostile)
    root = corpus(
        {
            "=cmd.txt": story,
            "@copy.txt": story,
            "-third.txt": story + "\n\nAnd one more line of its own about the river.",
            "manifest.csv": 'file,outlet,title\n=cmd.txt,=HYPERLINK("x"),+title\n',
        }
    )
    out = tmp_path / "out"
    result = run_cli("trace", root, "--out", out, "--xlsx", "-q", *mode)
    assert result.exit_code == 0, result.stderr
    clusters = rows(out / "clusters.csv")
    assert any(row["text"].startswith(f"{FORMULA} {said}") for row in clusters)  # not '=cmd
    assert {row["doc_id"] for row in rows(out / "documents.csv")} == {"=cmd", "@copy", "-third"}
    sheets = read_workbook(out / "reports.xlsx")
    assert set(sheets) == SHEET_NAMES
    hostile_cells = 0
    for name, sheet in sheets.items():
        assert sheet == csv_rows(out / f"{name}.csv"), name
        hostile_cells += sum(cell[:1] in ("=", "+", "-", "@") for row in sheet for cell in row)
    assert hostile_cells >= 20  # 28 when written
    assert any(cell.startswith(FORMULA) for row in sheets["clusters"] for cell in row)
    assert leftovers(tmp_path) == []


def provenance(arguments: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """``python -m provenance ARGUMENTS`` through the shell (for its redirections)."""
    return subprocess.run(
        f"{shlex.quote(sys.executable)} -m provenance {arguments}",
        shell=True,
        capture_output=True,
        text=True,
        env=ENVIRONMENT,
        cwd=tmp_path,
        check=False,
    )


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize(
    "command",
    [
        "version",
        f"trace {FIXTURES} --out reports",
        f"trace {FIXTURES} --out reports --format json",
        "index info --index index.db",
        f"check {FIXTURES}/echo --index index.db --exit-zero --quiet",
        "quote 'Harrow Bridge was closed' --index index.db",
    ],
)
def test_a_full_stdout_is_one_line_and_exit_2(tmp_path: Path, command: str) -> None:
    assert run_cli("index", "build", FIXTURES, "--index", tmp_path / "index.db").exit_code == 0
    result = provenance(f"{command} > /dev/full", tmp_path)
    assert (result.returncode, result.stderr) == (
        2,
        "provenance: error: cannot write to stdout (No space left on device)\n",
    )


def test_a_closed_pipe_ends_trace_silently_its_reports_written(tmp_path: Path) -> None:
    """``provenance trace ... | head -0``: the reader is gone before the summary; no message,
    exit 2, and the reports as an uninterrupted run writes them."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "provenance", "trace", FIXTURES, "--out", "reports"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=ENVIRONMENT,
        cwd=tmp_path,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # before the run writes anything there
    with proc.stderr:
        stderr = proc.stderr.read()
    assert (proc.wait(), stderr) == (2, b"")
    assert run_cli("trace", FIXTURES, "--out", tmp_path / "fresh", "-q").exit_code == 0
    assert report_set(tmp_path / "reports") == report_set(tmp_path / "fresh")
    assert leftovers(tmp_path) == []


def test_a_closed_stdout_is_one_line_and_nothing_lands_in_a_report(tmp_path: Path) -> None:
    """Started with stdout closed (``>&-``): writing there fails with one line; and no file the
    run opens takes stdout's place, to receive what is written there."""
    result = provenance("version >&-", tmp_path)
    assert (result.returncode, result.stderr) == (
        2,
        "provenance: error: cannot write to stdout (Bad file descriptor)\n",
    )
    result = provenance(f"trace {FIXTURES} --out reports >&-", tmp_path)
    assert (result.returncode, result.stderr) == (
        2,
        "provenance: error: cannot write to stdout (Bad file descriptor)\n",
    )
    assert run_cli("trace", FIXTURES, "--out", tmp_path / "fresh", "-q").exit_code == 0
    assert report_set(tmp_path / "reports") == report_set(tmp_path / "fresh")
    quiet = provenance(f"trace {FIXTURES} --out reports -q >&- 2>&-", tmp_path)
    assert (quiet.returncode, quiet.stderr) == (0, "")
    assert report_set(tmp_path / "reports") == report_set(tmp_path / "fresh")


def test_save_text_bounds_the_file_name_of_a_long_id(corpus: Corpus, tmp_path: Path) -> None:
    """Record ids longer than a file name may be: their texts are saved under names cut to
    200 bytes, ending in ~ and 16 hex digits of the doc_id's SHA-256 (stable across runs)."""
    long_ascii, long_accented = "x" * 300, "é" * 150
    said = "The council said the bridge would stay closed for at least three more months."
    lines = [
        {"id": long_ascii, "text": f"{said} First."},
        {"id": long_accented, "text": f"{said} Second."},
        {"id": "short", "text": f"{said} Third."},
    ]
    root = corpus({"dump.jsonl": "".join(json.dumps(line) + "\n" for line in lines)})
    out = tmp_path / "out"
    result = run_cli("trace", root, "--out", out, "--save-text", "-q")
    assert result.exit_code == 0, result.stderr
    for line in lines:
        doc_id = f"dump#{line['id']}"
        digest = hashlib.sha256(doc_id.encode("utf-8")).hexdigest()[:16]
        names = [p.name for p in (out / "texts").iterdir() if p.read_text("utf-8") == line["text"]]
        assert len(names) == 1
        if line["id"] == "short":
            assert names == ["dump#short.txt"]
        else:
            assert len(names[0].encode("utf-8")) <= 200
            assert names[0].endswith(f"~{digest}.txt")
            assert names[0].startswith("dump#" + quote(line["id"], safe="")[:20])
    assert {row["doc_id"] for row in rows(out / "documents.csv")} == {
        f"dump#{line['id']}" for line in lines
    }
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("mode", [[], ["--low-memory"]])
def test_a_killed_low_memory_runs_work_folder_is_removed_by_the_next_run(
    tmp_path: Path, mode: list[str]
) -> None:
    """``--low-memory`` copies the articles into a work folder in the report folder: one a
    killed run left (its lock free) is removed by the next run, a live run's is not."""
    out = tmp_path / "reports"
    stale, live = out / ".provenance-work-dead", out / ".provenance-work-live"
    for folder in (stale, live):
        (folder / "spill").mkdir(parents=True)
        (folder / "spill" / "articles.bin").write_bytes(b"a copy of the articles")
    held = os.open(live, os.O_RDONLY)
    try:
        fcntl.flock(held, fcntl.LOCK_EX)
        assert run_cli("trace", FIXTURES, "--out", out, "-q", *mode).exit_code == 0
    finally:
        os.close(held)
    assert not stale.exists()
    assert (live / "spill" / "articles.bin").is_file()


def test_a_stale_staging_folder_that_cannot_be_moved_back_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A user's file that cannot be moved back out of a killed run's staging folder stays
    there for a later run, and the run goes on."""
    rename = Path.rename

    def refused(self: Path, target: Path) -> Path:
        if self.name == "notes.txt":
            raise OSError(errno.EACCES, "Permission denied")
        return rename(self, target)

    out = tmp_path / "reports"
    stale = tmp_path / ".reports.provenance-set-dead"
    stale.mkdir()
    (stale / "notes.txt").write_text("mine\n", encoding="utf-8")
    monkeypatch.setattr(Path, "rename", refused)
    assert run_cli("trace", FIXTURES, "--out", out, "-q").exit_code == 0
    assert (stale / "notes.txt").read_text(encoding="utf-8") == "mine\n"
    monkeypatch.undo()
    assert run_cli("trace", FIXTURES, "--out", out, "-q").exit_code == 0
    assert not stale.exists()
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine\n"


def test_a_report_too_long_for_a_sheet_fails_the_set_and_keeps_the_old(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--xlsx with a report longer than a sheet holds (here made 3 rows): one line, exit 2,
    the previous set whole, nothing left."""
    from provenance.reports import workbook

    out = tmp_path / "reports"
    assert run_cli("trace", FIXTURES, "--out", out, "-q", "--min-tokens", "9").exit_code == 0
    old = report_set(out)
    monkeypatch.setattr(workbook, "MAX_ROWS", 3)
    result = run_cli("trace", FIXTURES, "--out", out, "--xlsx")
    assert result.exit_code == 2
    assert result.stderr == (
        "provenance: error: --xlsx: documents.csv has more than 2 rows, more than a sheet "
        "holds (the CSV reports hold them all)\n"
    )
    assert report_set(out) == old
    assert not (out / "reports.xlsx").exists()
    assert leftovers(tmp_path) == []


# a run's pool started, used, then given up by an interrupt, and the process left as the
# command line leaves it (``launch.leave``; with ``os`` as the argument: by os._exit alone)
ABANDONED_POOL = """
import os, sys
from provenance.launch import leave
from provenance.pipeline.engine import running_workers
try:
    with running_workers() as workers:
        workers.start()
        list(workers.map(abs, list(range(-3000, 0))))
        raise KeyboardInterrupt
except KeyboardInterrupt:
    sys.stderr.write("interrupted\\n")
    sys.stderr.flush()
    (os._exit if sys.argv[1:] == ["os"] else leave)(2)
"""


@pytest.mark.slow
def test_an_abandoned_pool_leaves_no_semaphore_for_the_tracker_to_warn_of() -> None:
    """Interrupted, a run stops its worker processes and the command leaves by os._exit, which
    skips multiprocessing's clean-up: the resource tracker then printed "There appear to be 5
    leaked semaphore objects" on stderr in about half the runs (three lines after the one).
    The command does that clean-up first (``launch.leave``); the library, which may run in a
    host program, leaves it to the host's exit."""
    for _ in range(3):
        done = python_script(ABANDONED_POOL)
        assert (done.returncode, done.stderr) == (2, "interrupted\n")


def python_script(script: str, *args: str, **options: Any) -> subprocess.CompletedProcess[str]:
    """``script`` run by this Python in a process of its own, with this tree importable."""
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        env=ENVIRONMENT,
        check=False,
        **options,
    )


# the command line's entry point, interrupted (or sent SIGTERM) while its modules load
INTERRUPTED_START = """
import os, signal, sys
how = sys.argv[1]
class Interrupting:
    def find_spec(self, name, path=None, target=None):
        if name == "typer":
            if how == "TERM":
                os.kill(os.getpid(), signal.SIGTERM)
            else:
                raise KeyboardInterrupt
        return None
sys.meta_path.insert(0, Interrupting())
sys.argv = ["provenance", "version"]
from provenance.launch import main
main()
"""


@pytest.mark.parametrize("how", ["INT", "TERM"])
def test_an_interrupt_while_the_command_loads_is_one_line(how: str) -> None:
    """Ctrl-C or SIGTERM in the first tenth of a second, while the command line's modules
    still load (before a command installs its handling): exit 2 and one line, not a traceback
    of the import (exit 130) or a silent death (exit 143)."""
    done = python_script(INTERRUPTED_START, how)
    assert (done.returncode, done.stderr) == (2, "provenance: error: interrupted\n")


def test_a_cancelled_tasks_error_in_the_pools_manager_thread_is_not_printed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The command silences one report of Python 3.11's: a pool's manager thread failing to
    set an error on a task the interrupted map had cancelled. Any other error of any thread
    is still reported."""
    import threading
    from concurrent.futures import InvalidStateError

    from provenance import launch

    reported: list[type[BaseException] | None] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: reported.append(args.exc_type))

    def raising(error: type[BaseException]) -> None:
        raise error

    hook = launch.quiet_broken_pool(threading.excepthook)
    monkeypatch.setattr(threading, "excepthook", hook)

    class _ExecutorManagerThread(threading.Thread):  # as concurrent.futures names its own
        pass

    for thread_class in (_ExecutorManagerThread, threading.Thread):
        for error in (InvalidStateError, ValueError):
            thread = thread_class(target=raising, args=(error,))
            thread.start()
            thread.join()
    assert reported == [ValueError, InvalidStateError, ValueError]


def test_a_run_started_ignoring_hangups_keeps_ignoring_them() -> None:
    """Under ``nohup`` (SIGHUP ignored from the start) a hang-up does not interrupt the run:
    only SIGTERM is made an interrupt."""
    script = (
        "import signal, sys\n"
        "from provenance.launch import termination_signals\n"
        "print(sorted(s.name for s in termination_signals()))\n"
    )
    for ignored, expected in ((True, "['SIGTERM']"), (False, "['SIGHUP', 'SIGTERM']")):
        done = python_script(
            script,
            preexec_fn=(lambda: signal.signal(signal.SIGHUP, signal.SIG_IGN)) if ignored else None,
        )
        assert (done.returncode, done.stdout.strip()) == (0, expected)


# a host program's own child process, then a run of the library that fails while its pool works
HOST_CHILD = """
import multiprocessing, time
from provenance.pipeline.engine import running_workers
if __name__ == "__main__":
    mine = multiprocessing.get_context("spawn").Process(target=time.sleep, args=(60,))
    mine.start()
    try:
        with running_workers() as workers:
            workers.start()
            list(workers.map(abs, list(range(-3000, 0))))
            raise ValueError("the library's call failed")
    except ValueError:
        pass
    print(mine.is_alive())
    mine.terminate()
"""


@pytest.mark.slow
def test_a_failed_run_stops_its_own_processes_not_the_hosts(tmp_path: Path) -> None:
    """The Python API in a host program (a notebook, a service): a call that fails stops the
    worker processes it started, and leaves the host's own children running."""
    script = tmp_path / "host.py"
    script.write_text(HOST_CHILD, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, env=ENVIRONMENT, check=True
    )
    assert done.stdout.strip() == "True", done.stderr
