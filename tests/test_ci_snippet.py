"""The README's GitHub Actions job, run step by step on a temporary git repository: a pull
request adding a copied article (a file name with spaces) fails the job with the copy's
annotation, a broken index fails it with exit 2 (not xargs's 123), and nothing to check passes.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import FIXTURES, ROOT, require

SOURCE = FIXTURES / "meridian" / "harrow-bridge-closure.txt"


def job() -> dict[str, Any]:
    """The README's workflow: the YAML block that names the job ``provenance``."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", readme, re.S)
    (workflow,) = [yaml.safe_load(b) for b in blocks if b.startswith("name: provenance")]
    found: dict[str, Any] = workflow["jobs"]["check"]
    return found


def test_the_job_installs_this_project_by_its_distribution_name() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    installs = [s["run"] for s in job()["steps"] if str(s.get("run", "")).startswith("pip ")]
    assert installs == [f"pip install {project['name']}"]
    assert project["name"] != "provenance"  # that name on the registry is someone else's
    assert job()["permissions"] == {"contents": "read"}  # asks for nothing it does not use


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=ci", "-c", "user.email=ci@example.org", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def pull_request(tmp_path: Path) -> Path:
    """A repository whose main branch holds an archive and its index, and whose checked-out
    branch adds a verbatim copy of an archived article (its name has spaces) and an article of
    its own; origin/main is where the pull request branched off."""
    require(shutil.which("git") is not None, "git is not installed (apt-get install git)")
    repo = tmp_path / "newsroom"
    (repo / "archive").mkdir(parents=True)
    shutil.copy(SOURCE, repo / "archive" / "harrow-bridge-closure.txt")
    built = subprocess.run(
        [_provenance(), "index", "build", "archive", "--index", "archive.db", "-q"],
        cwd=repo,
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, built.stderr
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "archive")
    _git(repo, "update-ref", "refs/remotes/origin/main", "main")
    _git(repo, "checkout", "-q", "-b", "copy")
    (repo / "drafts").mkdir()
    shutil.copy(SOURCE, repo / "drafts" / "wire copy of the bridge story.txt")
    (repo / "drafts" / "allotments.md").write_text(
        "The allotment society opened twelve new plots on the old railway land this spring, "
        "and its waiting list has halved since the council agreed the lease in March.\n",
        encoding="utf-8",
    )
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "drafts")
    return repo


def _provenance() -> str:
    return str(Path(sys.executable).parent / "provenance")


def run_job(repo: Path) -> subprocess.CompletedProcess[str]:
    """Every step of the job that runs a command, but the install (this project is installed
    already) and the actions (checkout, setup-python), as GitHub would run them."""
    env = {
        **os.environ,
        "GITHUB_BASE_REF": "main",
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
    }
    steps = [s for s in job()["steps"] if "run" in s and not s["run"].startswith("pip ")]
    assert [s.get("shell") for s in steps] == ["bash"]
    return subprocess.run(
        ["bash", "-e", "-o", "pipefail", "-c", steps[0]["run"]],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
    )


def test_a_copied_article_fails_the_job_with_its_annotation(pull_request: Path) -> None:
    done = run_job(pull_request)
    assert done.returncode == 1, done.stderr
    annotations = [line for line in done.stdout.splitlines() if line.startswith("::error ")]
    assert annotations and all(
        "file=drafts/wire copy of the bridge story.txt" in line for line in annotations
    ), done.stdout
    assert len(annotations) <= 3, annotations  # a passage each, not a line per sentence
    assert "allotments" not in done.stdout


def test_a_broken_index_fails_the_job_with_exit_2(pull_request: Path) -> None:
    (pull_request / "archive.db").write_bytes(b"not a database")
    done = run_job(pull_request)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "archive.db" in done.stderr


def test_an_article_that_cannot_be_read_fails_the_job_with_exit_2(pull_request: Path) -> None:
    """A new-user trial found the README promising exit 2 for an article that cannot be read,
    while check skipped it with a warning and passed: the job asks for ``--strict``, which
    still reports the other articles' findings."""
    _git(pull_request, "checkout", "-q", "-b", "latin-1")
    # neither UTF-8 nor cp1252 (0x81 and 0x8d are not cp1252 characters)
    (pull_request / "drafts" / "caf\u00e9.txt").write_bytes(
        b"The caf\xe9 reopened on the harbour front \x81\x8d.\n"
    )
    _git(pull_request, "add", ".")
    _git(pull_request, "commit", "-q", "-m", "latin-1")
    done = run_job(pull_request)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "caf\u00e9.txt" in done.stderr
    # the rest is checked all the same: the copy's annotations are there (a review saw every
    # finding thrown away for one file skipped)
    annotations = [line for line in done.stdout.splitlines() if line.startswith("::error ")]
    assert annotations and all("wire copy of the bridge story" in a for a in annotations)


def test_a_pull_request_without_articles_passes(pull_request: Path) -> None:
    _git(pull_request, "checkout", "-q", "main")
    _git(pull_request, "checkout", "-q", "-b", "notes")
    (pull_request / "NOTES").write_text("nothing to check\n", encoding="utf-8")
    _git(pull_request, "add", ".")
    _git(pull_request, "commit", "-q", "-m", "notes")
    done = run_job(pull_request)
    assert (done.returncode, done.stdout) == (0, ""), done.stderr
