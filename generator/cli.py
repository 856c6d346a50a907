"""`python -m generator generate|check|validate [--spec FILE] [--out DIR]`, `compat`, `upstream`.

Exit codes: 0 ok, 1 generated/ has drifted from the spec (check), 2 the
spec is invalid, 3 the output could not be written (every file is then
still its complete old or new self).  An invalid spec never touches the output folder: the
whole output is rendered in memory before anything is written.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path

from generator import compat
from generator.upstream import command as upstream
from generator.output.sync import UnsafeOutput, compare, unified_diffs, write_tree
from generator.progress import Note, silent, status_line
from generator.load.reading import resolved
from generator.load.loader import SpecError, load_spec

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = ROOT / "spec" / "codes.yaml"
DEFAULT_OUT = ROOT / "generated"
OK, DRIFT, INVALID, WRITE_FAILED = 0, 1, 2, 3


def _shown(path: Path) -> str:
    """A path as a person would type it: relative to the working folder when inside it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if relative.startswith("..") else relative


def _inside(out: Path, path: str) -> str:
    """An entry of the output folder as shown in messages; "." is the folder itself."""
    return _shown(out) if path == "." else f"{_shown(out)}/{path}"


def _source(spec: Path) -> str:
    """How generated headers name the spec: stable whatever the working folder."""
    try:
        return resolved(spec).relative_to(ROOT).as_posix()
    except (ValueError, OSError):  # outside the checkout; a loop of links fails to load next
        return spec.name


def _path(text: str) -> Path:
    """--spec and --out: an empty value would silently mean the working folder."""
    if not text:
        raise argparse.ArgumentTypeError("must not be empty")
    return Path(text)


def generate(files: dict[str, str], out: Path, quiet: bool, note: Note = silent) -> int:
    try:
        done, strays = write_tree(out, files, note)
    except UnsafeOutput as refused:
        note("")
        for problem in refused.problems:
            print(f"{_inside(out, problem.path)}: error: {problem.message}", file=sys.stderr)
        print(f"{_shown(out)}: nothing was written", file=sys.stderr)
        return WRITE_FAILED
    note("")
    for path in strays:
        print(
            f"{_shown(out)}/{path}: warning: not produced by the spec; left alone, "
            "but `check` fails until it is removed",
            file=sys.stderr,
        )
    if not quiet:
        for verb, path in done:
            print(f"{verb} {_shown(out)}/{path}")
        print(
            f"{_shown(out)}: {len(done)} change(s)"
            if done
            else f"{_shown(out)}: up to date ({len(files)} files)"
        )
    return OK


# How check names each kind of drift, and what fixes it.
DRIFT_LINES = (
    ("missing", "missing: {}"),
    ("stale", "stale: {} (the spec no longer produces it; generate deletes it)"),
    ("strays", "stray: {} (not produced by the spec; remove it)"),
)


def check(files: dict[str, str], out: Path, quiet: bool, note: Note = silent) -> int:
    drift = compare(out, files)
    note("")
    if not drift:
        if not quiet:
            print(f"{_shown(out)} matches the spec ({len(files)} files)")
        return OK
    shown = _shown(out)
    for diff in unified_diffs(drift, shown):
        sys.stdout.write(diff)
    for field, line in DRIFT_LINES:
        for path in getattr(drift, field):
            print(line.format(f"{shown}/{path}"))
    for problem in drift.unsafe:
        print(f"unsafe: {_inside(out, problem.path)}: {problem.message}")
    counts = ", ".join(
        f"{len(getattr(drift, field))} {label}"
        for field, label in (
            ("changed", "changed"),
            ("missing", "missing"),
            ("stale", "stale"),
            ("strays", "stray"),
            ("unsafe", "unsafe"),
        )
    )
    steps = []
    if drift.unsafe or drift.strays:
        steps.append("remove the stray and unsafe entries by hand (generate never deletes them)")
    if drift.changed or drift.missing or drift.stale:
        steps.append(
            "run `make generate` (or `python -m generator generate`) and commit the result"
        )
    print(
        f"{shown} has drifted from the spec: {counts}. To fix: {'; then '.join(steps)}.",
        file=sys.stderr,
    )
    return DRIFT


def validate(files: dict[str, str], out: Path, quiet: bool, note: Note = silent) -> int:
    """Reached only once the spec has loaded and rendered: nothing left to report."""
    note("")
    if not quiet:
        print(f"the spec is valid ({len(files)} files render from it; none written)")
    return OK


COMMANDS = {"generate": generate, "check": check, "validate": validate}
HELP = {
    "generate": "write generated/ from the spec (only files whose bytes change)",
    "check": "exit 1 with a diff when generated/ differs from what the spec renders",
    "validate": "exit 2 listing every problem when the spec is invalid; writes nothing",
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Write and check the FaceID return-code artefacts from one spec.",
        epilog="exit codes: 0 ok, 1 a difference was found, 2 invalid input, 3 cannot write",
    )
    commands = parser.add_subparsers(
        dest="command", required=True, metavar="{generate,check,validate,compat,upstream}"
    )
    for name, text in HELP.items():
        sub = commands.add_parser(name, help=text, description=text)
        sub.add_argument(
            "--spec",
            type=_path,
            default=DEFAULT_SPEC,
            metavar="FILE",
            help="spec file (default: spec/codes.yaml)",
        )
        sub.add_argument(
            "--out",
            type=_path,
            default=DEFAULT_OUT,
            metavar="DIR",
            help="output folder (default: generated/)",
        )
        sub.add_argument(
            "-q", "--quiet", action="store_true", help="print nothing when all is well"
        )
    compat.add_parser(commands, DEFAULT_SPEC)  # its own options; run by compat.run
    upstream.add_parser(commands, DEFAULT_SPEC)  # likewise, run by upstream.run
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if "run" in args:  # a command with its own flow (compat, upstream)
        return args.run(args)
    # A run builds millions of small acyclic objects: the cyclic collector
    # would only re-scan them, half the time at 100,000 codes.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run(args, status_line(args.quiet) or silent)
    finally:
        if collecting:  # main() may be called in-process, by tests or hooks
            gc.enable()


def _run(args: argparse.Namespace, note: Note) -> int:
    note(f"reading {_shown(args.spec)}")
    try:
        spec = load_spec(args.spec, display=_shown(args.spec), source=_source(args.spec))
    except SpecError as error:
        note("")
        print("\n".join(error.lines()), file=sys.stderr)
        return INVALID
    from generator.render import render  # Jinja loads only for the commands that render

    files = render(spec, note)
    try:
        return COMMANDS[args.command](files, args.out, args.quiet, note)
    except OSError as error:  # a full disk, a read-only folder: say so, without a traceback
        note("")
        failed = "cannot write" if args.command == "generate" else "cannot read"
        print(f"{_shown(args.out)}: error: {failed}: {error}", file=sys.stderr)
        return WRITE_FAILED
