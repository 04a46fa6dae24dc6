"""The permissions of the files the tool writes: those a new file gets in its folder (the
user's umask), not the owner-only ones of ``tempfile.mkstemp``, which writes them first
(reports and indexes are not secret: a shared index is read by others); a file that is
replaced keeps its own."""

from __future__ import annotations

import os
import stat
from pathlib import Path


def new_file_mode() -> int:
    """The mode a new file gets here: read and write for all, less the umask."""
    return 0o666 & ~_UMASK


def mode_for(path: Path) -> int:
    """The mode a file written to ``path`` should have: the present file's, if there is one,
    else a new file's."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return new_file_mode()


def _read_umask() -> int:
    mask = os.umask(0)  # the only way to read it: set, then put back at once
    os.umask(mask)
    return mask


_UMASK = _read_umask()
