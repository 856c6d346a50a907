"""Bounded reads of regular files, for the spec and for what lies under generated/.

Every file the generator reads may have been put there by someone else: a
FIFO would block `open()` forever, `/dev/zero` or a sparse 20 GB file would
fill memory, and a symbolic link in the output folder would let `check`
print a secret into a CI log.  So a file is opened without blocking (and,
in the output folder, without following a link), must be a regular file,
and is read only up to its limit plus one byte.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # opening a FIFO must not wait for a writer
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)

# How each kind of file that is not a regular file is named in messages.
KINDS = (
    (stat.S_ISLNK, "a symbolic link"),
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


class NotRegular(OSError):
    """The path exists but is not a regular file; `kind` says what it is."""

    def __init__(self, kind: str) -> None:
        super().__init__(f"is {kind}, not a regular file")
        self.kind = kind


class TooLarge(OSError):
    def __init__(self, limit: int) -> None:
        super().__init__(f"is larger than {limit:,} bytes")
        self.limit = limit


def kind_of(mode: int) -> str:
    return next((name for test, name in KINDS if test(mode)), "not a regular file")


def read_regular(path: Path, limit: int, follow: bool = True) -> bytes | None:
    """The bytes of the regular file at `path`, or None when nothing is there.

    Raises NotRegular (a link when `follow` is false, a folder, a FIFO, a
    device), TooLarge (more than `limit` bytes) or another OSError.
    """
    flags = os.O_RDONLY | _NONBLOCK | _CLOEXEC | (0 if follow else _NOFOLLOW)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        return None
    except OSError as error:
        if error.errno == errno.ELOOP and not follow:
            raise NotRegular("a symbolic link") from None
        raise
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise NotRegular(kind_of(mode))
    with os.fdopen(fd, "rb", buffering=0) as stream:
        data = _read_at_most(stream, limit + 1)
    if len(data) > limit:
        raise TooLarge(limit)
    return data


def resolved(path: Path) -> Path:
    """path.resolve(), where a loop of symbolic links is an OSError on every
    Python (3.11 and 3.12 raise RuntimeError, which no caller would expect)."""
    try:
        return path.resolve()
    except RuntimeError:
        raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), str(path)) from None


def _read_at_most(stream, size: int) -> bytes:
    chunks, left = [], size
    while left > 0:
        chunk = stream.read(min(left, 1 << 24))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)
