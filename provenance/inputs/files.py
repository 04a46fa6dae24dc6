"""Opening input files: regular files only, and no more of one than a bound.

A device (``/dev/zero`` never ends), a FIFO (it blocks until written to) or a socket is never
opened: ``not_regular`` says so from the file's status alone. ``open_regular`` opens without
blocking and checks what it opened, so that one put in a file's place after it was looked at
is refused too.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def not_regular(path: Path | str) -> str | None:
    """Why the file at ``path`` (a link followed) is not read, without opening it; None for a
    regular file."""
    try:
        # (os.stat takes the path as given: ``Path(path)`` would parse a path made already
        # once more, a fifth of the time a text file takes to read)
        mode = os.stat(path).st_mode  # noqa: PTH116
    except OSError as exc:
        return f"unreadable: {exc.strerror or exc}"
    return None if stat.S_ISREG(mode) else _not_regular(mode)


def _not_regular(mode: int) -> str:
    kind = next((name for test, name in _KINDS if test(mode)), "not a file")
    return f"not a regular file ({kind})"


# Without blocking: a FIFO opened for reading would wait for a writer before its status could
# be asked.
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


def open_regular(path: Path | str) -> BinaryIO:
    """``path`` opened for reading in binary; OSError if it is not a regular file."""
    fd = os.open(path, _READ_FLAGS)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise OSError(errno.EINVAL, _not_regular(mode))
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_bounded(path: Path | str, limit: int) -> bytes | str:
    """The bytes of the regular file at ``path``, or why it is not read: not a regular file,
    unreadable, or more than ``limit`` bytes (the setting ``max_article_bytes``).

    Opened as ``open_regular`` opens, but read by the descriptor, without a buffered file
    object, its status asked once and blocking left off (which a regular file ignores): a
    corpus is tens of thousands of small files, and those steps took a fifth of loading."""
    try:
        fd = os.open(path, _READ_FLAGS)
    except OSError as exc:
        return f"unreadable: {exc.strerror or exc}"
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            return f"unreadable: {_not_regular(status.st_mode)}"
        if status.st_size > limit:
            return too_large(limit, status.st_size)
        # as many bytes as its size says (one more, to see it grow), then on to the bound
        parts: list[bytes] = []
        total = 0
        want = status.st_size + 1
        while total <= limit and (more := os.read(fd, min(want - total, limit + 1 - total))):
            parts.append(more)
            total += len(more)
            if total >= want:
                want = total + _MIB
    except OSError as exc:
        return f"unreadable: {exc.strerror or exc}"
    finally:
        os.close(fd)
    return too_large(limit) if total > limit else b"".join(parts)


_MIB = 2**20


# Decompressed bytes below which no ratio is judged: headers and short files compress well.
INFLATION_FLOOR = 16 * 2**20


def inflated(decompressed: int, compressed: int, ratio: int) -> str | None:
    """Why a compressed stream is read no further: more than ``ratio`` (the setting
    ``max_compression_ratio``) times the bytes it was made from, past ``INFLATION_FLOOR``;
    else None."""
    if decompressed <= max(INFLATION_FLOOR, ratio * compressed):
        return None
    return (
        f"decompresses to more than max_compression_ratio ({ratio}) times its size "
        f"({decompressed:,} bytes from {compressed:,}): read no further"
    )


# Byte-order marks of the codecs whose text holds NUL bytes, UTF-32 first (its little-endian
# mark begins with UTF-16's).
_WIDE_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def wide_codec(head: bytes) -> str | None:
    """The codec of a file opening with ``head`` when a UTF-16 or UTF-32 byte-order mark
    says it (Python's ``utf-16``/``utf-32``, which drop the mark), else None."""
    return next((codec for mark, codec in _WIDE_MARKS if head.startswith(mark)), None)


def too_large(limit: int, size: int | None = None) -> str:
    """The reason an article of ``size`` bytes (None: unknown) is not read."""
    of = f" ({size:,} bytes)" if size is not None else ""
    return f"larger than max_article_bytes{of}: at most {limit:,} bytes are read"
