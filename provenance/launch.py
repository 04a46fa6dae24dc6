"""The ``provenance`` command as the system starts it: from its first moment, Ctrl-C and a
termination signal (SIGTERM, as ``docker stop`` or systemd send it; SIGHUP) end it with one line
and exit code 2, as they do once a command runs (``provenance.cli``), even while the command
line's modules are still loading."""

from __future__ import annotations

import os
import signal
import sys

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
    """The signals made to interrupt like Ctrl-C: SIGTERM, and SIGHUP where there is one."""
    return [s for s in (signal.SIGTERM, getattr(signal, "SIGHUP", None)) if s is not None]


def main() -> None:
    for number in termination_signals():
        signal.signal(number, interrupt)
    try:
        from provenance.cli import main as command

        command()  # (it leaves the process itself)
    except KeyboardInterrupt:  # before or after a command's own handling
        try:
            sys.stderr.write("provenance: error: interrupted\n")
            sys.stderr.flush()
        finally:
            os._exit(EXIT_ERROR)
