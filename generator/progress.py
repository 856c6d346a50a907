"""Progress for long runs: one self-erasing status line on a terminal, nothing elsewhere.

A 100,000-code spec takes seconds; a person at a terminal should see which
step and file it is on.  Logs, pipes and CI get no status lines at all.
"""

from __future__ import annotations

import sys
from typing import Callable, TextIO

Note = Callable[[str], None]


def silent(message: str) -> None:
    """The default: say nothing."""


class StatusLine:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.shown = False

    def __call__(self, message: str) -> None:
        """Show `message`; an empty one clears the line before ordinary output."""
        if message or self.shown:
            self.stream.write(f"\r\x1b[K{message}")  # carriage return + erase line
            self.stream.flush()
        self.shown = bool(message)


def status_line(quiet: bool, stream: TextIO | None = None) -> StatusLine | None:
    """A status line when `stream` is a terminal and the user did not ask for quiet.

    `stream` defaults to sys.stderr as it is when called, not when this module
    was imported: a caller that redirects stderr (a hook running `main` in
    process) gets the status line where it redirected it, or none.
    """
    stream = sys.stderr if stream is None else stream
    return StatusLine(stream) if not quiet and stream.isatty() else None
