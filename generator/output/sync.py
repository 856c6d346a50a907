"""Comparing rendered texts with the output folder, and writing them safely.

The output folder belongs to the generator.  Nothing outside it is ever
read, written or deleted: the paths written are the targets' own, the paths
deleted are those the manifest lists and `manifest.is_safe` accepts, and no
symbolic link, FIFO or device where a generated file or folder belongs is
read through, written through or replaced: it is reported, and `generate`
refuses to run until a person has looked at it.  Anything else in the folder
that the spec does not produce is a stray: `check` fails on it, `generate`
names it and leaves it alone.  Python's `__pycache__` folders are the one
exception, since the interpreter writes them beside any module it imports.

Writes go to a temporary file beside the target and are renamed over it,
so a reader (or a crash) only ever sees the complete old or the complete
new file.  Unchanged files are not rewritten: their mtime stays, and build
tools that watch them stay quiet.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path
from typing import NamedTuple

from generator.render import manifest
from generator.render.manifest import MANIFEST
from generator.progress import Note, silent
from generator import quoting
from generator.load.reading import TooLarge, kind_of, read_regular

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; concurrent runs are the user's affair
    fcntl = None  # type: ignore[assignment]

CACHES = frozenset({"__pycache__"})  # written by Python itself, never by us
MAX_ENTRIES = 100_000  # a walk of the folder stops here: strays beyond go unnamed


class Problem(NamedTuple):
    """Something under the output folder the generator must not touch."""

    path: str  # relative to the output folder, with ":LINE" for a manifest line
    message: str


class UnsafeOutput(OSError):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} unsafe entries in the output folder")
        self.problems = problems


class Drift:
    def __init__(self) -> None:
        self.changed: dict[str, tuple[str, str]] = {}  # path -> (on disk, rendered)
        self.missing: list[str] = []
        self.stale: list[str] = []  # owned last time, not produced now: generate deletes
        self.strays: list[str] = []  # never the generator's: a person removes them
        self.unsafe: list[Problem] = []

    def __bool__(self) -> bool:
        return bool(self.changed or self.missing or self.stale or self.strays or self.unsafe)


class Survey(NamedTuple):
    owned: set[str]  # what the manifest lists (safe lines only)
    unsafe: list[Problem]


def survey(out: Path, paths: set[str]) -> Survey:
    """What the manifest claims, and every entry that makes writing unsafe."""
    unsafe: list[Problem] = []
    problem = folder_problem(out)
    if problem is not None:
        return Survey(set(), [problem])
    owned: set[str] = set()
    if _entry_problem(out, MANIFEST) is None:
        try:
            data = read_regular(out / MANIFEST, manifest.MAX_BYTES, follow=False)
        except TooLarge as error:
            unsafe.append(Problem(MANIFEST, f"{error}; it is not the generator's"))
            data = None
        owned, lines = manifest.parse(data or b"")
        unsafe += [
            Problem(
                f"{MANIFEST}:{number}",
                f"lists {quoting.shown(line)}, which is not a plain relative path inside the "
                "output folder; delete that line",
            )
            for number, line in lines
        ]
    for path in sorted(paths | owned):
        problem = _entry_problem(out, path)
        if problem is not None and problem not in unsafe:
            unsafe.append(problem)
    return Survey(owned, unsafe)


def folder_problem(out: Path) -> Problem | None:
    """The output folder itself may be absent, a folder, or a link to a folder."""
    mode = _lstat_mode(out)
    if mode is None or out.is_dir():
        return None
    if stat.S_ISLNK(mode):  # to nothing, to a file, or round in a loop
        what = "a symbolic link that leads to no folder"
    else:
        what = f"{'a file' if stat.S_ISREG(mode) else kind_of(mode)}, not a folder"
    return Problem(".", f"is {what}; name a folder as the output")


def _lstat_mode(path: Path) -> int | None:
    try:
        return os.lstat(path).st_mode
    except FileNotFoundError:
        return None


def _entry_problem(out: Path, path: str) -> Problem | None:
    """A link, FIFO or device where `path` or one of its folders belongs."""
    parts = path.split("/")
    for depth in range(1, len(parts) + 1):
        where = "/".join(parts[:depth])
        mode = _lstat_mode(out / where)
        if mode is None:
            return None
        last = depth == len(parts)
        if not (stat.S_ISREG(mode) if last else stat.S_ISDIR(mode)):
            wanted = "a regular file" if last else "a folder"
            return Problem(where, f"is {kind_of(mode)}, not {wanted}; remove it")
    return None


def strays(out: Path, paths: set[str]) -> list[str]:
    """Entries under `out` that are none of `paths` (links to folders are not entered)."""
    found: list[str] = []
    seen = 0
    for folder, folders, names in os.walk(out):
        base = Path(folder).relative_to(out)
        links = [d for d in folders if os.path.islink(os.path.join(folder, d))]
        folders[:] = sorted(d for d in folders if d not in CACHES and d not in links)
        for name in sorted(names + links):
            path = (base / name).as_posix()
            if path not in paths:
                found.append(path)
        seen += len(folders) + len(names)
        if seen > MAX_ENTRIES:
            found.append(f"… (stopped looking after {MAX_ENTRIES:,} entries)")
            break
    return found


def compare(out: Path, files: dict[str, str]) -> Drift:
    drift = Drift()
    found = survey(out, set(files))
    drift.unsafe = found.unsafe
    blocked = {problem.path for problem in found.unsafe}
    if "." in blocked:  # the output folder itself: nothing in it can be compared
        return drift
    for path, text in sorted(files.items()):
        if any(path == b or path.startswith(b + "/") for b in blocked):
            continue
        expected = text.encode("utf-8")
        try:
            on_disk = read_regular(out / path, 2 * len(expected) + 65536, follow=False)
        except TooLarge as error:
            drift.changed[path] = (f"(the file {error}; not shown)\n", text)
            continue
        if on_disk is None:
            drift.missing.append(path)
        elif on_disk != expected:
            drift.changed[path] = (on_disk.decode("utf-8", "replace"), text)
    drift.stale = sorted(p for p in found.owned - files.keys() if _lstat_mode(out / p) is not None)
    if _lstat_mode(out) is not None and not found.unsafe:
        drift.strays = [p for p in strays(out, files.keys() | found.owned) if p not in blocked]
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


class Written(NamedTuple):
    done: list[tuple[str, str]]  # ("wrote", path) or ("removed", path)
    strays: list[str]  # left alone, but check fails on them


def write_tree(out: Path, files: dict[str, str], note: Note = silent) -> Written:
    """Bring `out` in line with `files`.

    Refuses (UnsafeOutput) before writing anything when an entry is unsafe.
    The manifest is written last, so an interrupted run still knows every
    file it owned and the next run finishes the job.
    """
    problem = folder_problem(out)
    if problem is not None:
        raise UnsafeOutput([problem])
    out.mkdir(parents=True, exist_ok=True)
    with _locked(out):
        found = survey(out, set(files))
        if found.unsafe:
            raise UnsafeOutput(found.unsafe)
        stale = found.owned - files.keys()
        _remove_leftover_temporaries(out, files.keys() | stale)
        done = []
        for number, path in enumerate(sorted(files, key=lambda p: p == MANIFEST), 1):
            note(f"writing {path} ({number}/{len(files)})")
            data = files[path].encode("utf-8")
            target = out / path
            if not _holds(target, data):
                write_atomically(target, data)
                done.append(("wrote", path))
        for path in sorted(stale):
            if _lstat_mode(out / path) is not None:
                _remove(out, path)
                done.append(("removed", path))
        return Written(done, strays(out, set(files)))


def _holds(target: Path, data: bytes) -> bool:
    try:
        return read_regular(target, len(data), follow=False) == data
    except TooLarge:
        return False


def _remove(out: Path, path: str) -> None:
    """Delete a stale file, and the folders it leaves empty (never `out` itself)."""
    target = out / path
    target.unlink()
    for folder in target.relative_to(out).parents:
        if folder == Path("."):
            break
        try:
            (out / folder).rmdir()
        except OSError:  # not empty: someone else's files, or another target's
            break


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
                if not stat.S_ISDIR(leftover.lstat().st_mode):
                    leftover.unlink(missing_ok=True)


def write_atomically(target: Path, data: bytes) -> None:
    """The whole new file or the old one, never a part: a temporary beside it, then rename.
    The file keeps its mode (a new one is 0o644)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else 0o644
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
