"""`python -m generator upstream [FILE]`: Tencent's return-code table against the spec.

Tencent edits its table (codes added or dropped, texts reworded, billing
changed).  This command reads a copy of the table (by default the one the
spec records under `upstream:`, spec/upstream/), compares it with the spec
(upstream_diff.py) and reports every difference, one line each, grouped,
billing first (upstream_report.py).  Reading the recorded copy, it also
checks the SHA-256 the spec records for it.  With `--record` it makes the
table, once the spec agrees with it, the copy the spec follows (record.py).

Exit 0 when spec and table agree, 1 when they differ, 2 when the table (or
the spec) cannot be read, 3 when `--record` cannot write the copy or the spec.
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from generator.load import yamltree
from generator.load.reading import read_regular, resolved
from generator.model import Spec
from generator.load.loader import SpecError, load_spec

if TYPE_CHECKING:
    from generator.upstream.diff import Difference
    from generator.upstream.table import Row

OK, DIFFERENT, UNREADABLE, UNWRITABLE = 0, 1, 2, 3
# The report formats (upstream_report.REPORTS); the reader, the comparison
# and the reports are imported when the command runs, not by every command.
FORMATS = ("markdown", "text")


# --- the snapshot the spec records ------------------------------------------------


def snapshot_path(spec_path: Path, file: str) -> Path:
    """The recorded copy, which must not lead out of the spec's folder."""
    folder = resolved(spec_path.parent)
    path = resolved(folder / file)
    if not path.is_relative_to(folder):
        raise OSError(f"{file} leads out of the spec's folder")
    return path


def read_bounded(path: Path) -> bytes:
    """A regular file's bytes: a FIFO or a device would block or never end."""
    data = read_regular(path, yamltree.MAX_BYTES)
    if data is None:
        raise FileNotFoundError(errno.ENOENT, "No such file or directory", str(path))
    return data


def record_differences(spec: Spec, spec_shown: str, data: bytes) -> list[Difference]:
    """The recorded SHA-256 against the copy's bytes."""
    import hashlib  # only here: OpenSSL's start-up is not for every command

    from generator.upstream.diff import Difference

    assert spec.upstream is not None
    actual = hashlib.sha256(data).hexdigest()
    if actual == spec.upstream.sha256:
        return []
    line, col = spec.upstream.sha256_at
    where = f"{spec_shown}:{line}:{col}"
    return [Difference("snapshot", "", None, where, spec.upstream.sha256, actual)]


# --- the command ----------------------------------------------------------------------


def add_parser(commands: argparse._SubParsersAction, default_spec: Path) -> None:
    text = "compare Tencent's return-code table with the spec (exit 1 when they differ)"
    sub = commands.add_parser("upstream", help=text, description=text)
    sub.add_argument(
        "file",
        nargs="?",
        type=Path,
        metavar="FILE",
        help="the table, as Markdown (default: the copy the spec records under `upstream:`)",
    )
    sub.add_argument(
        "--spec",
        type=Path,
        default=default_spec,
        metavar="FILE",
        help="the spec (default: spec/codes.yaml)",
    )
    sub.add_argument(
        "--format",
        choices=FORMATS,
        default="text",
        help="text (default) or markdown, for a pull-request comment",
    )
    sub.add_argument(
        "--record",
        action="store_true",
        help="once the spec agrees with FILE, copy it over the recorded copy and record "
        "its SHA-256 and date in the spec",
    )
    sub.add_argument(
        "--taken",
        type=_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="with --record: the date the table was taken (default: today, UTC)",
    )
    sub.add_argument("-q", "--quiet", action="store_true", help="print nothing when they agree")
    sub.set_defaults(run=run)


def _date(text: str) -> str:
    from generator.upstream.record import checked_date

    try:
        return checked_date(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _shown(path: Path) -> str:
    """A path as a person would type it: relative to the working folder when inside it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if relative.startswith("..") else relative


class _Unreadable(Exception):
    """The table cannot be compared; the message is the line to print."""


def _recorded(spec_path: Path, spec: Spec) -> Path | None:
    """The copy of the table the spec records, if it records one."""
    if spec.upstream is None:
        return None
    try:
        return snapshot_path(spec_path, spec.upstream.file)
    except OSError as error:
        line, col = spec.upstream.file_at
        reason = error.strerror or str(error)
        raise _Unreadable(f"{_shown(spec_path)}:{line}:{col}: error: upstream.file: {reason}")


def _table(args: argparse.Namespace, spec: Spec, recorded: Path | None) -> tuple[Path, bytes]:
    """FILE, or else the recorded copy, and its bytes."""
    path = args.file if args.file is not None else recorded
    if path is None:
        raise _Unreadable(
            f"{_shown(args.spec)}: error: the spec records no copy of the table "
            "(`upstream:`); name the table's FILE"
        )
    try:
        return path, read_bounded(path)
    except OSError as error:
        reason = error.strerror or str(error)
        if args.file is not None or spec.upstream is None:
            raise _Unreadable(f"{_shown(path)}: error: cannot read the table: {reason}") from None
        line, col = spec.upstream.file_at  # the spec names a copy that is not there
        where = f"{_shown(args.spec)}:{line}:{col}"
        raise _Unreadable(f"{where}: error: upstream.file: cannot read {_shown(path)}: {reason}")


def run(args: argparse.Namespace) -> int:
    from generator.upstream.diff import compare, not_yet_recorded
    from generator.upstream.report import REPORTS
    from generator.upstream.table import read_table

    try:
        spec = load_spec(args.spec, display=_shown(args.spec))
        recorded = _recorded(args.spec, spec)
        path, data = _table(args, spec, recorded)
        rows = read_table(data, _shown(path))
    except SpecError as error:  # TableError is one
        print("\n".join(error.lines()), file=sys.stderr)
        return UNREADABLE
    except _Unreadable as error:
        print(error, file=sys.stderr)
        return UNREADABLE
    differences = compare(spec, rows)
    if _is_recorded_copy(spec, data):
        differences = not_yet_recorded(differences)
    if args.record:
        return _record(args, spec, recorded, path, data, differences, rows)
    if recorded is not None and path.resolve() == recorded:
        differences += record_differences(spec, _shown(args.spec), data)
    if differences or not args.quiet:
        report = REPORTS[args.format](spec, rows, differences, _shown(path), _shown(args.spec))
        sys.stdout.write(report)
    return DIFFERENT if differences else OK


def _is_recorded_copy(spec: Spec, data: bytes) -> bool:
    """The table is, byte for byte, the copy the spec records (wherever it was read from).

    `--record` records only a table the spec agrees with, so a code the spec
    holds and this table lacks was added to the spec after recording: it is
    not yet in the recorded copy, rather than gone upstream.
    """
    import hashlib

    return spec.upstream is not None and hashlib.sha256(data).hexdigest() == spec.upstream.sha256


def _record(
    args: argparse.Namespace,
    spec: Spec,
    recorded: Path | None,
    path: Path,
    data: bytes,
    differences: list[Difference],
    rows: list[Row],
) -> int:
    """`--record`: only a table the spec agrees with becomes the recorded copy."""
    from generator.upstream.record import CannotRecord, record, today
    from generator.upstream.report import REPORTS

    if recorded is None:
        print(
            f"{_shown(args.spec)}: error: --record: the spec records no copy of the table; "
            "add `upstream:` with its file, sha256 and taken",
            file=sys.stderr,
        )
        return UNREADABLE
    if differences:
        report = REPORTS[args.format](spec, rows, differences, _shown(path), _shown(args.spec))
        sys.stdout.write(report)
        print(
            f"{_shown(path)}: nothing recorded: the spec does not agree with the table yet",
            file=sys.stderr,
        )
        return DIFFERENT
    # Recording the copy already recorded keeps its date, unless told otherwise.
    taken = args.taken or today()
    if args.taken is None and spec.upstream is not None and _is_recorded_copy(spec, data):
        taken = spec.upstream.taken
    try:
        sha256 = record(args.spec, spec, recorded, data, taken)
    except CannotRecord as error:
        where = f"{_shown(args.spec)}:{error.line}:{error.col}"
        print(f"{where}: error: upstream: {error.message}; nothing recorded", file=sys.stderr)
        return UNWRITABLE
    except OSError as error:
        print(f"{_shown(args.spec)}: error: cannot record the copy: {error}", file=sys.stderr)
        return UNWRITABLE
    if not args.quiet:
        copied = "" if path.resolve() == recorded else f"copied {_shown(path)} over it; "
        print(
            f"{_shown(args.spec)} records {_shown(recorded)}: {copied}"
            f"sha256 {sha256}, taken {taken}"
        )
    return OK
