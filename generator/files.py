"""Comparing rendered texts with the output folder, and writing them safely.

Writes go to a temporary file beside the target and are renamed over it,
so a reader (or a crash) only ever sees the complete old or the complete
new file.  Unchanged files are not rewritten: their mtime stays, and build
tools that watch them stay quiet.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from .progress import Note, silent
from .render import owned_paths
from .targets import MANIFEST

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; concurrent runs are the user's affair
    fcntl = None  # type: ignore[assignment]


class Drift:
    def __init__(self) -> None:
        self.changed: dict[str, tuple[str, str]] = {}  # path -> (on disk, rendered)
        self.missing: list[str] = []
        self.unexpected: list[str] = []  # owned last time, not produced now

    def __bool__(self) -> bool:
        return bool(self.changed or self.missing or self.unexpected)


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def previously_owned(out: Path) -> set[str]:
    data = _read(out / MANIFEST)
    return owned_paths(data.decode("utf-8", "replace")) if data is not None else set()


def compare(out: Path, files: dict[str, str]) -> Drift:
    drift = Drift()
    for path, text in sorted(files.items()):
        on_disk = _read(out / path)
        if on_disk is None:
            drift.missing.append(path)
        elif on_disk != text.encode("utf-8"):
            drift.changed[path] = (on_disk.decode("utf-8", "replace"), text)
    drift.unexpected = sorted(p for p in previously_owned(out) - files.keys() if (out / p).exists())
    return drift


def unified_diffs(drift: Drift, shown: str) -> list[str]:
    """One unified diff per changed file, `a/` what is on disk, `b/` what the spec renders.

    `shown` is the output folder as the user names it (relative to the working
    folder when inside it), so that `patch -p1` or `git apply` run there apply
    the diff; an absolute folder loses its leading "/" after `a/`, as in git.
    """
    import difflib  # only when something drifted: keeps `check` start-up fast

    diffs = []
    for path, (old, new) in drift.changed.items():
        name = f"{Path(shown).as_posix()}/{path}".lstrip("/")
        lines = difflib.unified_diff(
            old.splitlines(keepends=True), new.splitlines(keepends=True), f"a/{name}", f"b/{name}"
        )
        diffs.append(
            "".join(
                line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
                for line in lines
            )
        )
    return diffs


def write_tree(out: Path, files: dict[str, str], note: Note = silent) -> list[str]:
    """Bring `out` in line with `files`; return what changed ("wrote x", "removed y").

    The manifest is written last, so an interrupted run still knows every
    file it owned and the next run finishes the job.
    """
    out.mkdir(parents=True, exist_ok=True)
    with _locked(out):
        stale = previously_owned(out) - files.keys()
        _remove_leftover_temporaries(out, files.keys() | stale)
        done = []
        for number, path in enumerate(sorted(files, key=lambda p: p == MANIFEST), 1):
            note(f"writing {path} ({number}/{len(files)})")
            data = files[path].encode("utf-8")
            target = out / path
            if _read(target) != data:
                write_atomically(target, data)
                done.append(f"wrote {target.as_posix()}")
        for path in sorted(stale):
            target = out / path
            if target.exists():
                target.unlink()
                done.append(f"removed {target.as_posix()}")
    return done


@contextlib.contextmanager
def _locked(out: Path):
    """One writer at a time per output folder (an flock on the folder itself, no lock file)."""
    if fcntl is None:
        yield
        return
    fd = os.open(out, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _temporary_prefix(target: Path) -> str:
    return f".{target.name}."


def _remove_leftover_temporaries(out: Path, paths: set[str]) -> None:
    """Delete temporaries a killed run left beside our files (we hold the lock: none is live)."""
    for path in paths:
        target = out / path
        if target.parent.is_dir():
            for leftover in target.parent.glob(f"{_temporary_prefix(target)}*.tmp"):
                leftover.unlink(missing_ok=True)


def write_atomically(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    mode = target.stat().st_mode & 0o777 if target.exists() else 0o644
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=_temporary_prefix(target), suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
