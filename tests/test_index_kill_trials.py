"""Index writes killed with SIGKILL at random moments (``benchmarks/index_kill_trials.py``):
the index is as it was or as after the write, ``check`` finds the same copies, and nothing is
left behind. A few trials of each write; the script runs 50."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.index_kill_trials import WHATS, run_trials

TRIALS = 5


@pytest.mark.slow
@pytest.mark.parametrize("what", WHATS)
def test_a_killed_index_write_leaves_the_index_before_or_after(what: str, tmp_path: Path) -> None:
    url = None
    if what.endswith("redis"):
        from tests.conftest import redis_url

        url = redis_url()  # skips (or fails under CI) without a server
    result = run_trials(what, TRIALS, articles=60, seed=3, folder=tmp_path, redis_url=url)
    figures = result.figures()
    assert result.trials == TRIALS
    assert result.before + result.after == TRIALS, figures
    assert result.broken == 0 and result.copies_lost == 0, figures
    assert result.processes_left == 0 and result.files_left == [], figures
    assert min(figures["copies_found"].values()) > 0, figures
