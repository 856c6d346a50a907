"""`python -m generator compat`: what changed since a baseline spec, and does it break users.

A change is BREAKING when code that worked against the old artefacts can
fail or silently mean something else against the new ones: a member gone,
renamed or moved to another enum, or a code or name that now stands for
another error.  Everything else a user should hear about is NOTABLE: billing
flipped, texts reworded, codes added.  The comparison is pure (two loaded
models in, a list of changes out); only `run` touches git, files and stdout.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

from generator.load.loader import Code, Spec, SpecError, load_spec, parse_spec
from generator.load.yamltree import MAX_BYTES
from generator.quoting import MESSAGE_LIMIT, REPORT_LIMIT, shortened, shown

OK, BREAKS, INVALID = 0, 1, 2
BREAKING, NOTABLE = "BREAKING", "NOTABLE"
ROOT = Path(__file__).resolve().parent.parent  # the git work tree --baseline reads
DEFAULT_SPEC_PATH = "spec/codes.yaml"  # where --baseline REV finds the spec in git

# Below this similarity (0..1, difflib) in both languages a new message is not
# a rewording but another error: the code has been re-used.  A translation
# fix or an edited sentence keeps far more of the old text than this.
REUSE_SIMILARITY = 0.5
# difflib's matcher costs up to the product of the two lengths, and more: two
# messages of 60,000 characters took 14 s.  Beyond this many character pairs
# only what the two texts share at their beginning and end counts as the same
# (the middle is compared when it is within the limit again): a long text
# rewritten in its middle reads as another message, never the other way round.
MAX_PAIRS = 500 * 500


class Change(NamedTuple):
    kind: str  # a key of KINDS
    channel: str
    code: int | None  # None for a change to the channel itself
    name: str  # the member's (or enum's) name in the new spec; the old one when removed
    detail: str

    @property
    def severity(self) -> str:
        return KINDS[self.kind].severity

    @property
    def subject(self) -> str:
        return (
            f"{_bare(self.channel)} {_bare(self.name)}"
            if self.code is None
            else f"{_bare(self.channel)} {self.code} {_bare(self.name)}"
        )


class Kind(NamedTuple):
    severity: str
    section: str  # the changelog section it is listed under


KINDS = {
    "removed": Kind(BREAKING, "Breaking changes"),
    "renamed": Kind(BREAKING, "Breaking changes"),
    "moved": Kind(BREAKING, "Breaking changes"),
    "reused": Kind(BREAKING, "Breaking changes"),
    "name_reused": Kind(BREAKING, "Breaking changes"),
    "enum_renamed": Kind(BREAKING, "Breaking changes"),
    "retired_reused": Kind(BREAKING, "Breaking changes"),
    "tombstone_deleted": Kind(BREAKING, "Breaking changes"),
    "added": Kind(NOTABLE, "Added"),
    "billing": Kind(NOTABLE, "Changed"),
    "message": Kind(NOTABLE, "Changed"),
    "category": Kind(NOTABLE, "Changed"),
    "handling": Kind(NOTABLE, "Changed"),
}

# Fields of a code kept in both specs, the kind of change each makes, and how
# to show a value.  `name` is compared separately: a new name is a rename.
FIELDS: tuple[tuple[str, str, Callable[[Any], str]], ...] = (
    ("billable", "billing", lambda billed: "billed" if billed else "free"),
    ("message", "message", lambda text: _quoted(text)),
    ("message_en", "message", lambda text: _quoted(text)),
    ("category", "category", lambda key: _quoted(key)),
    ("action", "handling", lambda steps: shortened(repr(list(steps)))),
    ("action_en", "handling", lambda steps: shortened(repr(list(steps)))),
)


def _bare(name: str) -> str:
    """A name, an enum or a channel key as a change writes it: unquoted, shortened."""
    return shortened(name, MESSAGE_LIMIT)


def _quoted(text: str) -> str:
    """A text as a change quotes it: its repr, shortened (generator.quoting)."""
    return shown(text, REPORT_LIMIT)


Index = dict[tuple[str, int], Code]  # (channel key, code) -> entry


def _index(spec: Spec) -> Index:
    return {(channel.key, code.code): code for channel in spec.channels for code in channel.codes}


def _retired(spec: Spec) -> Index:
    return {(channel.key, code.code): code for channel in spec.channels for code in channel.removed}


def _similarity(old: str, new: str) -> float:
    import difflib  # only here: keeps the generator's start-up fast

    if old == new:
        return 1.0
    if len(old) * len(new) <= MAX_PAIRS:
        return difflib.SequenceMatcher(None, old, new).ratio()
    head = len(os.path.commonprefix([old, new]))
    tail = len(os.path.commonprefix([old[head:][::-1], new[head:][::-1]]))
    middle_old, middle_new = old[head : len(old) - tail], new[head : len(new) - tail]
    shared = head + tail
    if len(middle_old) * len(middle_new) <= MAX_PAIRS:
        matcher = difflib.SequenceMatcher(None, middle_old, middle_new)
        shared += sum(block.size for block in matcher.get_matching_blocks())
    return 2 * shared / (len(old) + len(new))


def _retired_reuse(tomb: Code, code: Code) -> bool:
    return _reused(tomb, code) or tomb.name != code.name


def _reused(old: Code, new: Code) -> bool:
    return all(
        _similarity(getattr(old, f), getattr(new, f)) < REUSE_SIMILARITY
        for f in ("message", "message_en")
    )


# --- the comparison: one function per family of change ------------------------


def _gone(old: Index, new: Index) -> Iterator[Change]:
    """Codes no longer in their channel: moved to another channel, or removed."""
    # A number that left one channel and is new in another is the same entry, moved.
    arrived: dict[int, tuple[str, int]] = {}
    for key in new:
        if key not in old:
            arrived.setdefault(key[1], key)
    for (channel, number), code in old.items():
        if (channel, number) in new:
            continue
        target = arrived.get(number)
        if target is not None and target[0] != channel:
            detail = f"moved to channel {_bare(target[0])} as {_bare(new[target].name)}"
            yield Change("moved", channel, number, code.name, detail)
        else:
            yield Change(
                "removed", channel, number, code.name, f"removed ({shortened(code.message_en)})"
            )


def _added(old: Index, new: Index, retired: Index) -> Iterator[Change]:
    moved_in = {number for (channel, number) in old if (channel, number) not in new}
    for (channel, number), code in new.items():
        if (channel, number) not in old and number not in moved_in:
            if (channel, number) in retired and _retired_reuse(retired[channel, number], code):
                continue  # reported as breaking
            detail = f"added: {shortened(code.message)} ({shortened(code.message_en)})"
            yield Change("added", channel, number, code.name, detail)


def _kept(old: Index, new: Index) -> Iterator[Change]:
    """Codes in both specs: a new name, or a new meaning, or edited details."""
    for key in old.keys() & new.keys():
        before, after = old[key], new[key]
        if before.name != after.name:
            yield Change(
                "renamed",
                *key,
                after.name,
                f"renamed from {_bare(before.name)} to {_bare(after.name)}",
            )
        if _reused(before, after):
            yield Change(
                "reused",
                *key,
                after.name,
                f"now means {_quoted(after.message_en)} (was {_quoted(before.message_en)})",
            )
            continue
        for field, kind, show in FIELDS:
            was, now = getattr(before, field), getattr(after, field)
            if was != now:
                yield Change(kind, *key, after.name, f"{field}: {show(was)} → {show(now)}")


def _names_reused(old: Spec, new: Spec) -> Iterator[Change]:
    """A name that now stands for another code: `Enum.NAME` silently changes meaning."""
    old_codes = {c.key: c.codes for c in old.channels}  # once: a search per channel is quadratic
    for channel in new.channels:
        before = {c.name: c.code for c in old_codes.get(channel.key, ())}
        for code in channel.codes:
            was = before.get(code.name)
            if was is not None and was != code.code:
                yield Change(
                    "name_reused",
                    channel.key,
                    code.code,
                    code.name,
                    f"{_bare(code.name)} now names code {code.code} (was {was})",
                )


def _retirements_broken(old: Spec, new: Spec) -> Iterator[Change]:
    """A tombstone promises that its number and name never mean anything else."""
    retired, live, kept = _retired(old), _index(new), _retired(new)
    for key, tomb in retired.items():
        if key in kept:
            continue
        now = live.get(key)
        if now is None:
            detail = (
                f"tombstone of {_bare(tomb.name)} deleted; keep it, so the code is never re-used"
            )
            yield Change("tombstone_deleted", *key, tomb.name, detail)
        elif _retired_reuse(tomb, now):
            detail = (
                f"retired code re-used as {_bare(now.name)}: {_quoted(now.message_en)} "
                f"(was {_quoted(tomb.message_en)})"
            )
            yield Change("retired_reused", *key, now.name, detail)
    names = {(key[0], tomb.name): key[1] for key, tomb in retired.items()}
    for (channel, number), code in live.items():
        was = names.get((channel, code.name))
        if was is not None and was != number:
            detail = f"{_bare(code.name)} was the name of retired code {was}"
            yield Change("retired_reused", channel, number, code.name, detail)


def _enums_renamed(old: Spec, new: Spec) -> Iterator[Change]:
    enums = {c.key: c.enum for c in old.channels}
    for channel in new.channels:
        was = enums.get(channel.key, channel.enum)
        if was != channel.enum:
            yield Change(
                "enum_renamed",
                channel.key,
                None,
                channel.enum,
                f"enum {_bare(was)} renamed to {_bare(channel.enum)}",
            )


def compare(old: Spec, new: Spec) -> list[Change]:
    """Every change from `old` to `new`, breaking ones first, then by channel and code."""
    before, after = _index(old), _index(new)
    changes = [
        *_gone(before, after),
        *_kept(before, after),
        *_names_reused(old, new),
        *_enums_renamed(old, new),
        *_retirements_broken(old, new),
        *_added(before, after, _retired(old)),
    ]
    order = {key: position for position, key in enumerate(KINDS)}
    return sorted(
        changes,
        key=lambda c: (
            c.severity != BREAKING,
            c.channel,
            c.code is not None,
            c.code or 0,
            order[c.kind],
        ),
    )


def breaking(changes: list[Change]) -> list[Change]:
    return [c for c in changes if c.severity == BREAKING]


def advice(old: Spec, new: Spec, changes: list[Change]) -> list[str]:
    """What the version number should say about these changes (semantic versioning)."""
    if breaking(changes) and _major(new) <= _major(old):
        return [
            f"breaking changes need a new major version; the spec says {new.version} (baseline {old.version})"
        ]
    if changes and new.version == old.version:
        return [f"the spec changed but its version is still {new.version}; bump it"]
    return []


def _major(spec: Spec) -> int:
    return int(spec.version.split(".")[0])


# --- reports ----------------------------------------------------------------------


def text_report(old: Spec, new: Spec, changes: list[Change]) -> str:
    head = f"spec {old.version} → {new.version}: "
    if not changes:
        return head + "no changes\n"
    broken = len(breaking(changes))
    lines = [head + f"{broken} breaking, {len(changes) - broken} notable change(s)"]
    for severity in (BREAKING, NOTABLE):
        chosen = [c for c in changes if c.severity == severity]
        if chosen:
            lines.append(severity)
            lines.extend(f"  {c.subject}: {c.detail}" for c in chosen)
    lines.extend(f"note: {line}" for line in advice(old, new, changes))
    return "\n".join(lines) + "\n"


def markdown_report(old: Spec, new: Spec, changes: list[Change]) -> str:
    """A changelog section, Keep a Changelog style, ready to paste."""
    lines = [f"## {new.version}", ""]
    if not changes:
        return "\n".join([*lines, f"No changes to the return codes since {old.version}.", ""])
    enums = {c.key: c.enum for c in (*old.channels, *new.channels)}
    for section in dict.fromkeys(kind.section for kind in KINDS.values()):
        chosen = [c for c in changes if KINDS[c.kind].section == section]
        if chosen:
            lines += [f"### {section}", ""]
            lines += [f"- {_md_subject(c, enums)}: {_md(c.detail)}" for c in chosen]
            lines.append("")
    lines += [f"> Note: {_md(line)}" for line in advice(old, new, changes)]
    return "\n".join(lines).rstrip("\n") + "\n"


def _md_subject(change: Change, enums: dict[str, str]) -> str:
    if change.code is None:
        return f"`{_bare(change.name)}`"
    return f"`{_bare(enums[change.channel])}.{_bare(change.name)}` ({change.code})"


def _md(text: str) -> str:
    from generator.render.escaping import md_cell  # the same escaping as the reference tables

    return md_cell(text)


REPORTS = {"text": text_report, "markdown": markdown_report}


# --- the command --------------------------------------------------------------------


def add_parser(commands: argparse._SubParsersAction, default_spec: Path) -> None:
    text = "report breaking and notable changes since a baseline spec (exit 1 on breaking ones)"
    sub = commands.add_parser("compat", help=text, description=text)
    baseline = sub.add_mutually_exclusive_group(required=True)
    baseline.add_argument(
        "--baseline",
        metavar="REV",
        help=f"a git revision; reads REV:{DEFAULT_SPEC_PATH} (or give REV:PATH)",
    )
    baseline.add_argument(
        "--baseline-spec", type=Path, metavar="FILE", help="the baseline spec file"
    )
    sub.add_argument(
        "--spec",
        type=Path,
        default=default_spec,
        metavar="FILE",
        help="the new spec (default: spec/codes.yaml)",
    )
    sub.add_argument(
        "--format",
        choices=sorted(REPORTS),
        default="text",
        help="text (default) or a markdown changelog section",
    )
    sub.add_argument(
        "--allow-breaking", action="store_true", help="exit 0 even when there are breaking changes"
    )
    sub.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        old = _baseline(args)
        new = load_spec(args.spec)
    except SpecError as error:
        print("\n".join(error.lines()), file=sys.stderr)
        return INVALID
    except _GitError as error:
        print(f"compat: {error}", file=sys.stderr)
        return INVALID
    changes = compare(old, new)
    sys.stdout.write(REPORTS[args.format](old, new, changes))
    return BREAKS if breaking(changes) and not args.allow_breaking else OK


class _GitError(Exception):
    pass


def _baseline(args: argparse.Namespace) -> Spec:
    if args.baseline_spec is not None:
        return load_spec(args.baseline_spec, check_names=False)
    revision, _, path = args.baseline.partition(":")
    commit = _git("rev-parse", "--verify", "--quiet", "--end-of-options", f"{revision}^{{commit}}")
    if commit is None or not _COMMIT.match(commit.decode("ascii", "replace").strip()):
        raise _GitError(f"{args.baseline!r} does not name a commit of this repository")
    # The object name starts with the commit's hash: git cannot read it as an option.
    blob = f"{commit.decode().strip()}:{path or DEFAULT_SPEC_PATH}"
    size = _git("cat-file", "-s", blob)
    if size is None or _git("cat-file", "-t", blob) != b"blob\n":
        raise _GitError(f"{args.baseline!r}: no file {path or DEFAULT_SPEC_PATH} in that commit")
    if int(size) > MAX_BYTES:
        raise _GitError(f"{args.baseline!r}: the spec there is larger than {MAX_BYTES:,} bytes")
    data = _git("cat-file", "blob", blob)
    if data is None:
        raise _GitError(f"{args.baseline!r}: git could not read {blob}")
    return parse_spec(
        data, display=args.baseline, source=path or DEFAULT_SPEC_PATH, check_names=False
    )


_COMMIT = re.compile(r"[0-9a-f]{40,64}\Z")


def _git(*words: str) -> bytes | None:
    """git's output, or None when it fails; never reads an argument of ours as an option."""
    import subprocess

    try:
        done = subprocess.run(["git", *words], cwd=ROOT, capture_output=True, check=False)
    except FileNotFoundError:
        raise _GitError("git is not installed; use --baseline-spec FILE") from None
    return done.stdout if done.returncode == 0 else None
