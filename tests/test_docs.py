"""The README and docs/ are held to the code: the CLI reference is the CLI's own help, every
report column and run.json key the code writes is documented (and nothing else), the sample
output is the golden output, links resolve, and the Python examples run."""

from __future__ import annotations

import csv
import importlib.util
import json
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import FIXTURES, GOLDEN, ROOT, run_cli

DOCS = ROOT / "docs"
README = ROOT / "README.md"
REPORTS_PAGE = DOCS / "reports.md"
GUIDE = DOCS / "guide.md"
CSV_REPORTS = ("documents.csv", "clusters.csv", "occurrences.csv", "quotes.csv", "skipped.csv")
FENCE = re.compile(r"^```.*?^```[^\n]*$", re.S | re.M)


def pages() -> list[Path]:
    return [README, *sorted(DOCS.glob("*.md"))]


def read(page: Path) -> str:
    return page.read_text(encoding="utf-8")


def prose(text: str) -> str:
    """``text`` without its fenced code blocks (their ``#`` lines are not headings)."""
    return FENCE.sub("", text)


def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate_cli", DOCS / "generate_cli.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- docs/cli.md is the help -------------------------------------------------------------------


def test_cli_reference_is_the_current_help() -> None:
    fresh: str = generator().render()
    assert read(DOCS / "cli.md") == fresh, (
        "docs/cli.md is stale: run `python docs/generate_cli.py` and commit the result"
    )


def test_cli_reference_covers_every_command() -> None:
    page = read(DOCS / "cli.md")
    titles = re.findall(r"^## (provenance.*)$", page, re.M)
    wanted = {"trace", "eval", "check", "quote", "report", "version"}
    wanted |= {"index build", "index add", "index info"}
    assert {f"provenance {name}" for name in wanted} <= set(titles)
    for title in titles:
        # each section holds that command's own help, not another's
        section = page.split(f"## {title}\n", 1)[1]
        assert section.lstrip().startswith(f"```text\nUsage: {title} "), title


def test_generator_check_mode_fails_on_a_stale_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    module = generator()
    page = tmp_path / "cli.md"
    monkeypatch.setattr(module, "PAGE", page)
    assert module.main(["--check"]) == 1  # missing
    assert module.main([]) == 0
    assert module.main(["--check"]) == 0
    page.write_text(read(page).replace("Usage:", "Usage :", 1), encoding="utf-8")
    assert module.main(["--check"]) == 1
    assert "stale" in capsys.readouterr().err
    assert module.main(["--bogus"]) == 2


def test_every_command_is_described_in_the_guide() -> None:
    from provenance.cli import app

    guide = read(GUIDE)
    paths = [p for p in generator().command_paths(app) if p and p != ("index",)]
    assert len(paths) >= 9
    for path in paths:
        assert f"provenance {' '.join(path)}" in guide, f"{path} is not in docs/guide.md"


# --- docs/reports.md lists every column, and only those ----------------------------------------


def documented(name: str) -> list[str]:
    """The first-column names of the tables in the section of docs/reports.md headed by
    ``name`` in backticks, up to the next heading."""
    lines = prose(read(REPORTS_PAGE)).splitlines()
    heading = re.compile(rf"^#+ `{re.escape(name)}`$")
    starts = [i for i, line in enumerate(lines) if heading.match(line)]
    assert len(starts) == 1, f"docs/reports.md: no single heading `{name}`"
    names = []
    for line in lines[starts[0] + 1 :]:
        if line.startswith("#"):
            break
        cell = re.match(r"^\| `([^`]+)` \|", line)
        if cell:
            names.append(cell.group(1))
    return names


def golden_header(report: str) -> list[str]:
    headers = set()
    for path in GOLDEN.glob(f"*/{report}"):
        with path.open(encoding="utf-8", newline="") as handle:
            headers.add(tuple(next(csv.reader(handle))))
    assert len(headers) == 1, f"{report}: {len(headers)} different golden headers"
    return list(headers.pop())


@pytest.mark.parametrize("report", CSV_REPORTS)
def test_every_report_column_is_documented_in_order(report: str) -> None:
    assert documented(report) == golden_header(report)


@pytest.fixture(scope="module")
def run_records(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, object]]:
    """run.json of a plain trace and of a --low-memory trace of fixtures/news."""
    found = []
    for flags in ((), ("--low-memory",)):
        out = tmp_path_factory.mktemp("report")
        result = run_cli("trace", FIXTURES, "--out", out, "-q", *flags)
        assert result.exit_code == 0, result.stderr
        found.append(json.loads((out / "run.json").read_text(encoding="utf-8")))
    return found


def keys(records: list[dict[str, object]], key: str | None = None) -> set[str]:
    found: set[str] = set()
    for record in records:
        value = record if key is None else record[key]
        assert isinstance(value, dict)
        found |= set(value)
    return found


@pytest.mark.slow
def test_every_run_json_key_is_documented(run_records: list[dict[str, object]]) -> None:
    assert set(documented("run.json")) == keys(run_records)
    assert set(documented("counts")) == keys(run_records, "counts")
    assert set(documented("timings_seconds")) == keys(run_records, "timings_seconds")
    assert keys(run_records, "peak_mib_after") <= set(documented("timings_seconds"))


# --- sample output is the golden output --------------------------------------------------------


def golden_text(name: str, report_dir: str | None = None) -> str:
    text = (GOLDEN / name).read_text(encoding="utf-8").rstrip("\n")
    if report_dir is not None:
        assert text.endswith("reports written to REPORT_DIR")
        text = text.replace("REPORT_DIR", report_dir)
    return text


@pytest.mark.parametrize(
    ("page", "golden", "report_dir"),
    [
        (README, "news/summary.txt", "provenance-report"),
        (GUIDE, "quotes/summary.txt", "quotes-report"),
        (GUIDE, "check/check.text", None),
    ],
)
def test_sample_output_is_the_golden_output(
    page: Path, golden: str, report_dir: str | None
) -> None:
    assert f"```text\n{golden_text(golden, report_dir)}\n```" in read(page), (
        f"{page.name}: the sample output differs from tests/golden/{golden}"
    )


def test_readme_documents_csv_sample_is_real() -> None:
    (block,) = [
        b
        for b in re.findall(r"^```text\n(.*?)^```", read(README), re.S | re.M)
        if b.startswith("doc_id,published,")
    ]
    with (GOLDEN / "news" / "documents.csv").open(encoding="utf-8", newline="") as handle:
        # the README's `cut -d, -f1,5,12-15`; no value before column 16 holds a comma
        cut = {",".join(line.split(",")[i] for i in (0, 4, 11, 12, 13, 14)) for line in handle}
    shown = [line for line in block.splitlines() if line != "…"]
    assert len(shown) >= 3
    for line in shown:
        assert line + "\n" in cut or line in cut, line


# --- the README's shape; links and paths resolve -----------------------------------------------


def test_readme_is_short_and_keeps_the_set_up_commands() -> None:
    text = read(README)
    assert len(text.splitlines()) <= 200
    commands = re.findall(r"^```sh\n(.*?)\n```", text, re.S | re.M)
    assert commands[0].endswith("provenance trace fixtures/news --out provenance-report")
    assert commands[0].startswith("python3 -m venv .venv && .venv/bin/pip install -e . && ")
    # .ci/run runs the tests with the README's command
    assert commands[1].endswith(" && .venv/bin/python -m pytest")
    ci = read(ROOT / ".ci" / "run").rstrip().splitlines()
    assert ci[-1] == ".venv/bin/python -m pytest"


def anchors(page: Path) -> set[str]:
    """The anchors GitHub gives the headings of ``page``."""
    found: set[str] = set()
    seen: dict[str, int] = {}
    for title in re.findall(r"^#+ (.+)$", prose(read(page)), re.M):
        slug = re.sub(r"[^\w\- ]", "", title.strip().lower()).replace(" ", "-")
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        found.add(slug if count == 0 else f"{slug}-{count}")
    return found


def links(page: Path) -> Iterator[str]:
    for target in re.findall(r"\[[^\]]*\]\(([^)\s]+)\)", prose(read(page))):
        if not re.match(r"^[a-z]+:", target):
            yield target


@pytest.mark.parametrize("page", pages(), ids=lambda p: p.name)
def test_relative_links_and_anchors_resolve(page: Path) -> None:
    for target in links(page):
        path, _, anchor = target.partition("#")
        file = (page.parent / path).resolve() if path else page
        assert file.is_relative_to(ROOT), f"{page.name}: {target} leaves the repository"
        assert file.exists(), f"{page.name}: {target} does not exist"
        if anchor:
            assert file.suffix == ".md", f"{page.name}: {target}: anchor into a non-page"
            assert anchor in anchors(file), f"{page.name}: {target}: no such heading"


@pytest.mark.parametrize("page", pages(), ids=lambda p: p.name)
def test_named_paths_exist(page: Path) -> None:
    """Module, test, fixture and benchmark paths the pages name (outside code blocks)."""
    pattern = r"`((?:provenance|tests|fixtures|benchmarks|docs|\.ci)/[\w./-]*)`"
    for named in re.findall(pattern, prose(read(page))):
        assert (ROOT / named).exists(), f"{page.name}: `{named}` does not exist"


@pytest.mark.parametrize("page", pages()[1:], ids=lambda p: p.name)
def test_long_pages_open_with_contents(page: Path) -> None:
    text = read(page)
    if len(text.splitlines()) > 80:
        assert "\n## Contents\n" in text[:3000], f"{page.name}: no table of contents at the top"


# --- the Python examples run -------------------------------------------------------------------


def python_blocks(page: Path) -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", read(page), re.S | re.M)


def test_the_python_page_lists_every_member_of_each_vocabulary() -> None:
    """A new-user trial found DocumentVerdict listed without `quotes` and DirectionBasis
    without two of its four values: each enum the page lists is listed whole, in order."""
    import enum

    import provenance

    page = " ".join(read(DOCS / "python.md").split())
    found = re.findall(r"`provenance\.(\w+)` \(((?:`\w+`(?:, |:|\)))+)", page)
    listed = [
        (getattr(provenance, name), values)
        for name, values in found
        if isinstance(getattr(provenance, name), enum.EnumType)
    ]
    names = {vocabulary.__name__ for vocabulary, _ in listed}
    assert {"ClusterKind", "DocumentVerdict", "DirectionBasis", "QuoteVariant"} <= names
    for vocabulary, values in listed:
        written = re.findall(r"`(\w+)`", values)
        assert written == [m.value for m in vocabulary], vocabulary.__name__


def test_every_public_name_is_in_the_python_page() -> None:
    import provenance

    page = read(DOCS / "python.md")
    missing = [name for name in provenance.__all__ if f"provenance.{name}" not in page]
    assert not missing, f"docs/python.md does not mention {missing}"


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(README, id="README.md"),  # one trace: under 2 s
        pytest.param(DOCS / "python.md", id="python.md", marks=pytest.mark.slow),
    ],
)
def test_python_examples_run(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every ```python block of the page, in order, in one namespace, from the repository's
    root, as a reader would run them."""
    blocks = python_blocks(page)
    assert blocks, f"{page.name}: no Python examples"
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {"__name__": "__docs__"}
    for number, block in enumerate(blocks, 1):
        exec(compile(block, f"{page.name}, example {number}", "exec"), namespace)
