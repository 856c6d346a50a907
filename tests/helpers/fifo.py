"""A hang guard for tests that hand a reader a FIFO."""

from __future__ import annotations

import contextlib
import os
import stat
import threading
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def opened_for_writing_if_still_waited_on(path: Path, after: float) -> Iterator[list[bool]]:
    """A hang guard: a FIFO still waited on after `after` seconds is opened for
    writing (ending the wait), and the list yielded says so."""
    waited: list[bool] = []
    done = threading.Event()

    def rescue() -> None:
        if not done.wait(after) and stat.S_ISFIFO(os.lstat(path).st_mode):
            waited.append(True)
            with contextlib.suppress(OSError):
                os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))

    guard = threading.Thread(target=rescue)
    guard.start()
    try:
        yield waited
    finally:
        done.set()
        guard.join()
