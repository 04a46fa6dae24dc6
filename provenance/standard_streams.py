"""The command's stdout and stderr, guarded: a write that fails (a reader gone, ``| head -1``;
a full disk, ``> /dev/full``; a closed descriptor, ``>&-``) ends the command as one failure,
``OutputFailed``, which no handler of errors on the way mistakes for an internal error.

Standard descriptors the command was started without are opened on /dev/null first, so that
no file the run opens later takes their number: else what is written to stdout or stderr (by
this process or a worker it starts) would land in that file, a report.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from typing import Any, TextIO


class OutputFailed(BaseException):
    """Writing to stdout or stderr failed. A BaseException: it passes every ``except
    Exception`` on its way out, as the run itself did not fail."""

    def __init__(self, stream: str, error: OSError) -> None:
        super().__init__(f"cannot write to {stream} ({error.strerror or error})")
        self.stream = stream
        self.errno = error.errno


class _Guarded:
    """A text stream whose failed writes raise ``OutputFailed``. It shows no ``buffer``, so
    that nothing writes past it to the bytes beneath."""

    def __init__(self, stream: TextIO | None, name: str) -> None:
        self._stream = stream
        self._name = name

    def write(self, text: str) -> int:
        if self._stream is None:
            raise OutputFailed(self._name, OSError(errno.EBADF, os.strerror(errno.EBADF)))
        try:
            return self._stream.write(text)
        except OSError as exc:
            raise OutputFailed(self._name, exc) from None

    def flush(self) -> None:
        if self._stream is None:
            return
        try:
            self._stream.flush()
        except OSError as exc:
            raise OutputFailed(self._name, exc) from None

    def isatty(self) -> bool:
        return self._stream is not None and self._stream.isatty()

    def __getattr__(self, name: str) -> Any:
        if name == "buffer" or self._stream is None:
            raise AttributeError(name)
        return getattr(self._stream, name)


def guard_standard_streams() -> None:
    """Open the missing standard descriptors on /dev/null, and guard stdout and stderr (a
    command started without stdout fails as it writes there; without stderr, it writes its
    warnings nowhere)."""
    for number in (0, 1, 2):
        try:
            os.fstat(number)
        except OSError:
            opened = os.open(os.devnull, os.O_RDWR)
            if opened != number:  # a lower one was missing too: it is taken in its turn
                os.dup2(opened, number)
                os.close(opened)
    if sys.stderr is None:  # started without one: warnings and progress are dropped
        sys.stderr = Path(os.devnull).open("w", encoding="utf-8")  # noqa: SIM115 (for the run)
    sys.stdout = _Guarded(sys.stdout, "stdout")
    sys.stderr = _Guarded(sys.stderr, "stderr")
