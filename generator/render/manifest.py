"""generated/MANIFEST: which files under the output folder the generator owns.

It lists what the last `generate` wrote, so that the next one can delete a
file the spec no longer produces.  Its lines are read back from disk, where
anyone may have edited them, so a line is trusted only as a plain relative
path made of ordinary names: never absolute, never `.` or `..`, never a
hidden or empty part, never a character a shell or another system reads
specially.  Every path the generator itself writes has that form.
"""

from __future__ import annotations

import re

# Lists what the generator wrote last time, so that `generate` can delete a
# file the spec no longer produces and `check` can report it, without ever
# touching a file someone else put beside them.
MANIFEST = "MANIFEST"

MAX_BYTES = 1024 * 1024  # ours is about 400 bytes

_PART = r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}"
SAFE_PATH = re.compile(rf"{_PART}(?:/{_PART}){{0,15}}\Z", re.ASCII)


def is_safe(path: str) -> bool:
    return SAFE_PATH.match(path) is not None


def text(paths: list[str], header: str) -> str:
    lines = [
        f"# {header}",
        "# The files below are written by the generator; nothing else belongs in this folder.",
    ]
    return "\n".join([*lines, *sorted(paths), MANIFEST]) + "\n"


def parse(data: bytes) -> tuple[set[str], list[tuple[int, str]]]:
    """The paths a manifest lists, and its unsafe lines as (line number, line).

    Comments and blank lines are skipped.  A line that is not valid UTF-8 is
    unsafe like any other line that is not a plain relative path.
    """
    owned: set[str] = set()
    unsafe: list[tuple[int, str]] = []
    for number, raw in enumerate(data.split(b"\n"), 1):
        line = raw.removesuffix(b"\r").decode("utf-8", "replace")
        if not line or line.startswith("#"):
            continue
        if is_safe(line):
            owned.add(line)
        else:
            unsafe.append((number, line))
    return owned, unsafe
