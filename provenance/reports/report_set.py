"""The report set: every file a run writes into its report folder, replaced all at once.

A run writes its whole set (the CSV reports, run.json and, when asked, ``texts/`` and the
workbook) into a new folder beside the report folder, ``.NAME.provenance-set-XXXXXXXX`` (the
same parent, so the same file system), then exchanges the two folders in one rename
(``renameat2(RENAME_EXCHANGE)`` on Linux, ``renamex_np(RENAME_SWAP)`` on macOS): a reader of
the report folder finds the previous set or the new one, never a mix, and the previous set
stays whole until that moment. Whatever else the report folder held (files the run did not
write: a user's notes, the texts of an earlier ``--save-text`` run when this one saves none)
is moved back into it at once, and the folder beside, holding the previous set by then, is
removed.

A run holds its staging folder by a lock (``flock``), and the report folder itself while it
exchanges them. A staging folder whose lock is free was left by a run that was killed: the
next run into the same report folder moves back into it what was not the run's (what a kill
between the exchange and the move back left there) and removes the rest. ``--low-memory``'s
work folder inside the report folder is held and cleaned up the same way.

Where no exchange can be made (the report folder is a mount point or holds the working
directory, its parent cannot be written, or the system or file system has no such rename) the
set is written into a staging folder inside the report folder instead and renamed into place
entry by entry: no temporary file outlives the run, but a kill between two renames leaves
sets mixed.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

from provenance.errors import InputError

STAGE_MARK = ".provenance-set-"
WORK_MARK = ".provenance-work-"
AT_FDCWD = -100
RENAME_EXCHANGE = 2  # linux/fs.h
RENAME_SWAP = 2  # macOS stdio.h
# the file system or the system cannot exchange: written entry by entry instead
_NO_EXCHANGE = {errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EXDEV, errno.EBUSY}


def prepare_folder(out: Path) -> None:
    """Create the report folder ``out`` if needed, or say why it cannot be one."""
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: exists and is not a directory")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{out}: cannot create report folder ({exc.strerror})") from None


@contextmanager
def staged(out: Path, names: Iterable[str] = ()) -> Iterator[Path]:
    """An empty folder to write a whole report set into, named as in ``out``; when the block
    ends without an error, the set replaces the entries of the same names in ``out`` (made if
    missing) at once, every other entry kept. When it ends with one, or the run is killed,
    ``out`` is as it was. ``names``: every name a set may hold (what a killed run's staging
    folder holds under them is never moved back). Errors of the block are its own to tell:
    they pass as they are."""
    prepare_folder(out)
    out = out.resolve()  # a link to the folder: the folder is what is replaced
    try:
        clean_stale(out, names)
        stage = _Stage(out)
    except OSError as exc:
        raise InputError(f"{out}: cannot write reports ({exc.strerror or exc})") from None
    try:
        yield stage.path
        try:
            stage.replace()
        except OSError as exc:
            raise InputError(f"{out}: cannot write reports ({exc.strerror or exc})") from None
    finally:
        stage.close()


def work_folder(out: Path) -> tuple[Path, int]:
    """A new folder inside ``out`` for a run's work (``--low-memory``'s copy of the articles),
    and an open descriptor holding its lock: the caller removes the folder, then closes it.
    Work folders that killed runs left are removed first."""
    remove_stale_work(out)
    made = Path(tempfile.mkdtemp(prefix=WORK_MARK, dir=out))
    return made, _lock(made)


def remove_stale_work(out: Path) -> None:
    """Work folders in ``out`` left by killed runs (their lock free), removed; a live run's
    are left alone."""
    for folder in _unlocked(out.glob(f"{WORK_MARK}*")):
        shutil.rmtree(folder, ignore_errors=True)


def clean_stale(out: Path, names: Iterable[str] = ()) -> None:
    """Staging folders of ``out`` left by killed runs (their lock free): what is not a run's
    (not under one of ``names``) moved back into ``out`` if it lacks it, the rest removed; and
    work folders of killed runs (``remove_stale_work``). A live run's are left alone."""
    ours = set(names)
    for folder in _unlocked(
        [*out.parent.glob(f".{_escaped(out.name)}{STAGE_MARK}*"), *out.glob(f"{STAGE_MARK}*")]
    ):
        try:
            if folder.parent != out:  # one inside holds only a run's reports
                _move_back(folder, out, ours)
        except OSError:
            continue  # kept, with what could not be moved back, for a later run
        shutil.rmtree(folder, ignore_errors=True)
    remove_stale_work(out)


def _unlocked(folders: Iterable[Path]) -> Iterator[Path]:
    """The real folders (not links) among ``folders`` whose lock no running run holds, each
    locked while the caller works on it."""
    for folder in folders:
        if folder.is_symlink() or not folder.is_dir():
            continue
        try:
            held = _lock(folder)
        except BlockingIOError:
            continue  # a running run's
        try:
            yield folder
        finally:
            os.close(held)


def _escaped(name: str) -> str:
    """``name`` matched as it is by ``glob``."""
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def _lock(folder: Path) -> int:
    """An open descriptor of ``folder`` holding its lock (BlockingIOError if another does)."""
    held = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BaseException:
        os.close(held)
        raise
    return held


def _move_back(folder: Path, out: Path, ours: set[str]) -> None:
    """Entries of a staging ``folder`` beside ``out`` that ``out`` lacks, moved back into it
    (those named in ``ours`` left out), staging folders aside."""
    for entry in folder.iterdir():
        name = entry.name
        if name in ours or name.startswith(STAGE_MARK) or os.path.lexists(out / name):
            continue
        entry.rename(out / name)


class _Stage:
    """A staging folder of ``out``, held by its lock: beside it where the exchange can be made,
    else inside it."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.swapped = False  # the folders exchanged: this one holds the previous set
        self.path, self.beside = self._make()
        self._held = _lock(self.path)

    def _make(self) -> tuple[Path, bool]:
        out = self.out
        try:
            cwd: Path | None = Path.cwd().resolve()
        except OSError:
            cwd = None
        holds_cwd = cwd is not None and cwd.is_relative_to(out)
        if not holds_cwd and _can_exchange() and out.parent.stat().st_dev == out.stat().st_dev:
            with contextlib.suppress(OSError):  # the parent cannot be written: inside
                made = tempfile.mkdtemp(prefix=f".{out.name}{STAGE_MARK}", dir=out.parent)
                return Path(made), True
        return Path(tempfile.mkdtemp(prefix=STAGE_MARK, dir=out)), False

    def replace(self) -> None:
        """The set written here into ``out``: by exchanging the folders, else entry by entry."""
        out = self.out
        written = {entry.name for entry in self.path.iterdir()}
        for name in written:
            if (out / name).is_dir() != (self.path / name).is_dir() and (out / name).exists():
                kind = "a folder" if (out / name).is_dir() else "a file"
                raise InputError(f"{out / name}: is {kind}; the report of that name is not")
        if self.beside:
            self.path.chmod(stat.S_IMODE(out.stat().st_mode))
            held = os.open(out, os.O_RDONLY | os.O_DIRECTORY)
            try:
                fcntl.flock(held, fcntl.LOCK_EX)  # another run exchanging waits its turn
                self.swapped = _exchange(self.path, out)
                if self.swapped:
                    _move_back(self.path, out, set())
            finally:
                os.close(held)
        if not self.swapped:
            _move_each(self.path, out, written)

    def close(self) -> None:
        """Remove this folder: the set (not written, or renamed from) or the previous set.
        After an exchange, what could not be moved back stays, for the next run to move. An
        interrupt meanwhile (Ctrl-C, or SIGTERM made one) is raised once the folder is gone."""
        try:
            _finished(self._clean)
        finally:
            os.close(self._held)

    def _clean(self) -> None:
        """``close``'s work, which may be done again (what is done already is passed over)."""
        if self.swapped:
            with contextlib.suppress(OSError):
                _move_back(self.path, self.out, set())
            if any(not os.path.lexists(self.out / e.name) for e in self.path.iterdir()):
                return
        shutil.rmtree(self.path, ignore_errors=True)


def _finished(action: Callable[[], None]) -> None:
    """``action`` (a clean-up: it may be done again) done to the end even if an interrupt
    cuts it short: then it is done again, and the interrupt raised after it."""
    try:
        action()
    except KeyboardInterrupt:
        action()
        raise


def _move_each(stage: Path, out: Path, names: set[str]) -> None:
    """The set in ``stage`` renamed into ``out`` entry by entry (a folder of the set, such as
    ``texts/``, replaced whole)."""
    for name in sorted(names):
        target = out / name
        if (stage / name).is_dir() and target.is_dir():
            aside = Path(tempfile.mkdtemp(prefix=STAGE_MARK, dir=out))
            try:
                target.rename(aside / name)
                (stage / name).rename(target)
            finally:
                _finished(partial(shutil.rmtree, aside, ignore_errors=True))
        else:
            (stage / name).replace(target)


def _libc() -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL(None, use_errno=True)  # the C library, as loaded
    except OSError:
        return None


_LIBC = _libc()


def _exchange_call() -> tuple[Callable[..., int], list[int]] | None:
    """The system's call that exchanges two paths, and its leading and trailing arguments."""
    if _LIBC is None:
        return None
    if sys.platform.startswith("linux") and hasattr(_LIBC, "renameat2"):
        return _LIBC.renameat2, [AT_FDCWD, AT_FDCWD, RENAME_EXCHANGE]
    if sys.platform == "darwin" and hasattr(_LIBC, "renamex_np"):
        return _LIBC.renamex_np, [RENAME_SWAP]
    return None


def _can_exchange() -> bool:
    return _exchange_call() is not None


def _exchange(a: Path, b: Path) -> bool:
    """Exchange the paths ``a`` and ``b`` in one step; False where the file system cannot."""
    found = _exchange_call()
    if found is None:
        return False
    call, numbers = found
    paths = [os.fsencode(a), os.fsencode(b)]
    if len(numbers) == 3:  # renameat2(dirfd, a, dirfd, b, flags)
        arguments = [numbers[0], paths[0], numbers[1], paths[1], ctypes.c_uint(numbers[2])]
    else:  # renamex_np(a, b, flags)
        arguments = [paths[0], paths[1], ctypes.c_uint(numbers[0])]
    if call(*arguments) == 0:
        return True
    number = ctypes.get_errno()
    if number in _NO_EXCHANGE:
        return False
    raise OSError(number, os.strerror(number), str(b))
