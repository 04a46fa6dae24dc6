"""The ``provenance`` command as the system starts it: from its first moment, Ctrl-C and a
termination signal (SIGTERM, as ``docker stop`` or systemd send it; SIGHUP) end it with one line
and exit code 2, as they do once a command runs (``provenance.cli``), even while the command
line's modules are still loading."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from typing import TYPE_CHECKING, Any

# (only what the handlers need is imported before they are in place)
if TYPE_CHECKING:
    import threading
    from collections.abc import Callable

# the one exit-code policy (ruff's): it ran, whatever it found; ``check`` found an article that
# fails its policy; bad usage, bad input, an interrupt or an internal error
EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2


def interrupt(number: int, frame: object) -> None:
    """A termination signal's handler: it interrupts as Ctrl-C does, so that what the run
    holds (temporary files, worker processes) is let go of on the way out."""
    del number, frame
    raise KeyboardInterrupt


def termination_signals() -> list[signal.Signals]:
    """The signals made to interrupt like Ctrl-C: SIGTERM, and SIGHUP where there is one;
    not one the process was started ignoring (``nohup``)."""
    found = [s for s in (signal.SIGTERM, getattr(signal, "SIGHUP", None)) if s is not None]
    return [s for s in found if signal.getsignal(s) is not signal.SIG_IGN]


def main() -> None:
    for number in termination_signals():
        signal.signal(number, interrupt)
    import threading

    threading.excepthook = quiet_broken_pool(threading.excepthook)
    try:
        from provenance.cli import main as command

        command()  # (it leaves the process itself, by ``leave``)
    except KeyboardInterrupt:  # before or after a command's own handling
        try:
            sys.stderr.write("provenance: error: interrupted\n")
            sys.stderr.flush()
        finally:
            leave(EXIT_ERROR)


def leave(code: int) -> None:
    """End the process with ``code`` at once, without releasing its memory object by object
    (seconds after a large run). multiprocessing's clean-up, which that skips, is done first:
    a run given up by an interrupt leaves its pool's queues behind, and the resource tracker
    would warn of their semaphores ("There appear to be 5 leaked semaphore objects")."""
    for number in (signal.SIGINT, *termination_signals()):  # leaving already: no traceback
        with contextlib.suppress(ValueError):  # (not the main thread: handlers are not its)
            signal.signal(number, signal.SIG_IGN)
    import multiprocessing.util

    multiprocessing.util._run_finalizers(0)  # type: ignore[attr-defined]
    os._exit(code)


def quiet_broken_pool(
    previous: Callable[[threading.ExceptHookArgs], Any],
) -> Callable[[threading.ExceptHookArgs], Any]:
    """``threading.excepthook`` less one report: a process pool's manager thread, finding its
    processes gone (the run interrupted), sets an error on every pending task, and on one the
    interrupted ``map`` had just cancelled Python 3.11 raises InvalidStateError there, printed
    as a traceback after the run's one line. Installed by the command alone, which owns its
    process: the library leaves a host program's hooks as they are."""
    from concurrent.futures import InvalidStateError

    def hook(args: threading.ExceptHookArgs) -> Any:
        if not (
            args.exc_type is InvalidStateError
            and type(args.thread).__name__ == "_ExecutorManagerThread"
        ):
            return previous(args)
        return None

    return hook
