# generated from spec/codes.yaml — do not edit
"""Explain FaceID return codes from the shell.

    python -m faceid_codes 66660004        # every channel that has this code
    python -m faceid_codes wechat 2006     # the code in one channel
    python -m faceid_codes NOT_SAME_PERSON # a member by name
    python -m faceid_codes -5020 --json    # for scripts: always a JSON list
    python -m faceid_codes --billable      # the codes a call is billed for

The success code is explained on every channel, also where the channel's
table does not list it (``sdk 0``).

Exit status: 0 found, 1 unknown code, 2 usage error (a word that is neither
a code nor a member name), 141 when the reader closed the pipe early (as
for a process killed by SIGPIPE).  Every text printed
comes from the enums at run time, so this file holds none of the spec's
texts and stays the same whatever the spec says.
"""

import argparse
import codecs
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Sequence

from . import CHANNELS, SUCCESS_CODE, FaceIdCode, __version__

FOUND, UNKNOWN, USAGE, CLOSED_PIPE = 0, 1, 2, 141

# What a code looks like in a log: as str(code) writes it, the rule of the
# package's lookup: ASCII digits with an optional minus, no leading zero, no
# -0, no more than JavaScript reads exactly (other scripts' digits, "2_006",
# "007" and "+5" are not codes, though int() would take them).
CODE = re.compile(r"(?:0|-?[1-9][0-9]{0,15})\Z", re.ASCII)
MAX_CODE = 2**53 - 1
NAME = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\Z", re.ASCII)

# A channel is named by its key ("wechat") or its enum ("WechatCode").
CHANNEL_NAMES: dict[str, type[FaceIdCode]] = {
    **CHANNELS,
    **{enum.__name__: enum for enum in CHANNELS.values()},
}
CHANNEL_OF = {enum: key for key, enum in CHANNELS.items()}


def _steps(steps: tuple[str, ...]) -> list[str]:
    # Bulleted, not numbered: the documentation's steps carry their own "1. ".
    return [f"- {step}" for step in steps] or ["(none documented)"]


def _family(member: FaceIdCode) -> list[str]:
    if member.family is None:
        return []
    others = ", ".join(
        str(m.value)
        for m in type(member).family_members(member.family)
        if m is not member
    )
    return [f"{member.family}: same meaning as {others}"]


# The text output: one labelled row per attribute, in this order.
ROWS: tuple[tuple[str, Callable[[FaceIdCode], list[str]]], ...] = (
    ("message", lambda member: [member.message]),
    ("message_en", lambda member: [member.message_en]),
    ("handling", lambda member: _steps(member.action)),
    ("handling_en", lambda member: _steps(member.action_en)),
    ("category", lambda member: [member.category]),
    ("family", _family),
    ("billed", lambda member: ["yes" if member.billable else "no"]),
)
LABEL_WIDTH = max(len(label) for label, _ in ROWS) + 2


def as_dict(member: FaceIdCode) -> dict[str, object]:
    """Everything the package knows of a code, as JSON-ready values."""
    return {
        "channel": CHANNEL_OF[type(member)],
        "enum": type(member).__name__,
        "code": member.value,
        "name": member.name,
        "message": member.message,
        "message_en": member.message_en,
        "action": list(member.action),
        "action_en": list(member.action_en),
        "category": member.category,
        "billable": member.billable,
        "family": member.family,
        "success": member.value == SUCCESS_CODE,
    }


# A channel whose table does not list the success code has no member for it;
# 0 is still no unknown code there, so it is explained, not refused.
def success_dict(enum: type[FaceIdCode]) -> dict[str, object]:
    return {
        "channel": CHANNEL_OF[enum],
        "enum": enum.__name__,
        "code": SUCCESS_CODE,
        "name": None,
        "message": None,
        "message_en": None,
        "action": [],
        "action_en": [],
        "category": None,
        "billable": None,
        "family": None,
        "success": True,
    }


def success_text(enum: type[FaceIdCode]) -> str:
    listed = " and ".join(
        f"{CHANNEL_OF[e]} as {e.__name__}.{e(SUCCESS_CODE).name}"
        for e in CHANNELS.values()
        if e.lookup(SUCCESS_CODE) is not None
    )
    return (
        f"{CHANNEL_OF[enum]} {SUCCESS_CODE}: success ({enum.__name__} has no member {SUCCESS_CODE})\n"
        f"  FaceID returns {SUCCESS_CODE} when a verification succeeds. The documentation\n"
        f"  lists it in {listed} only, and does not say whether a\n"
        f"  successful call on this channel is billed."
    )


def as_text(member: FaceIdCode) -> str:
    enum = type(member)
    lines = [f"{CHANNEL_OF[enum]} {member.value}: {enum.__name__}.{member.name}"]
    for label, read in ROWS:
        for index, value in enumerate(read(member)):
            # A text may hold newlines: keep its continuation lines in the column.
            indented = value.replace("\n", "\n" + " " * (LABEL_WIDTH + 2))
            lines.append(f"  {label if index == 0 else '':<{LABEL_WIDTH}}{indented}")
    return "\n".join(lines)


def billed_line(member: FaceIdCode) -> str:
    channel = CHANNEL_OF[type(member)]
    return f"{channel}\t{member.value}\t{member.name}\t{member.message_en}"


def code_of(word: str) -> int | None:
    """The code a word spells, or None when it is not a code at all."""
    if CODE.match(word) is None or abs(int(word)) > MAX_CODE:
        return None
    return int(word)


def find(word: str, enums: Iterable[type[FaceIdCode]]) -> list[FaceIdCode]:
    """The members a word names in these enums: by code, or by member name."""
    code = code_of(word)
    if code is None:
        return [enum[word] for enum in enums if word in enum.__members__]
    return [member for enum in enums if (member := enum.lookup(code)) is not None]


def _prog() -> str:
    script = os.path.basename(sys.argv[0])
    return "python -m faceid_codes" if script == "__main__.py" else script


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=_prog(),
        description="Explain Tencent Cloud FaceID return codes.",
        epilog=f"channels: {', '.join(CHANNELS)}",
    )
    parser.add_argument(
        "words",
        nargs="*",
        metavar="[CHANNEL] CODE",
        help="a code (e.g. 66660004 or -5020) or member name, optionally after a channel",
    )
    parser.add_argument("--json", action="store_true", help="print a JSON list")
    parser.add_argument(
        "--billable", action="store_true", help="list the billed codes (of CHANNEL)"
    )
    parser.add_argument("--version", action="version", version=__version__)
    return parser


def _shown(word: str, limit: int = 80) -> str:
    """`word` quoted for a message, shortened: a pasted log line stays one readable line."""
    quoted = repr(word)
    if len(quoted) <= limit:
        return quoted
    return f"{repr(word[: limit - 10])}… ({len(word):,} characters)"


def _channels(
    parser: argparse.ArgumentParser, names: Sequence[str]
) -> list[type[FaceIdCode]]:
    unknown = [name for name in names if name not in CHANNEL_NAMES]
    if unknown:
        parser.error(
            f"unknown channel {_shown(unknown[0])}; choose from {', '.join(CHANNELS)}"
        )
    chosen = dict.fromkeys(CHANNEL_NAMES[name] for name in names)  # each once
    return list(chosen) or list(CHANNELS.values())


def _print(
    members: list[FaceIdCode],
    as_json: bool,
    show: Callable[[FaceIdCode], str],
    gap: str,
) -> None:
    if as_json:
        # \u escapes where the terminal or pipe cannot take UTF-8: still JSON.
        text = json.dumps(
            [as_dict(m) for m in members], ensure_ascii=not _utf8(), indent=2
        )
        print(text)
    elif members:
        print(gap.join(map(show, members)))


def _utf8() -> bool:
    encoding = getattr(sys.stdout, "encoding", None) or "ascii"
    return codecs.lookup(encoding).name.startswith("utf")


def main(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    # Absent on a stdout replaced by something other than a text file.
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if not _utf8() and reconfigure is not None:
        # LC_ALL=C or PYTHONIOENCODING=ascii: Chinese becomes \uXXXX, not a crash.
        reconfigure(errors="backslashreplace")
    if words[:1] == ["audit"]:  # loaded only for this command
        from . import audit

        return audit.main(words[1:], prog=f"{_prog()} audit")
    parser = _parser()
    args = parser.parse_args(words)
    if args.billable:
        enums = _channels(parser, args.words)
        billed = [member for enum in enums for member in enum if member.billable]
        _print(billed, args.json, billed_line, "\n")
        return FOUND
    if _searched(args.words):
        return _find_words(parser, args.words, args.json)
    if len(args.words) not in (1, 2):
        parser.error("give a CODE, or a CHANNEL and a CODE (or --billable)")
    *channel, word = args.words
    enums = _channels(parser, channel)
    if code_of(word) is None and NAME.match(word) is None:
        parser.error(
            f"{_shown(word)} is not a valid code (digits with an optional minus, "
            f"at most ±{MAX_CODE}) nor a member name"
        )
    members = find(word, enums)
    success = _is_success(word)
    unlisted = [e for e in enums if success and e.lookup(SUCCESS_CODE) is None]
    if unlisted:
        _print_success(members, unlisted, args.json)
        return FOUND
    if not members:
        if args.json:
            print("[]")
        where = (
            f"channel {channel[0]}"
            if channel
            else f"any channel ({', '.join(CHANNELS)})"
        )
        print(
            f"faceid-codes {__version__} has no code {word} in {where}; "
            "it may be newer than this version: see the FaceID documentation",
            file=sys.stderr,
        )
        return UNKNOWN
    if len(members) > 1:
        channels = ", ".join(CHANNEL_OF[type(m)] for m in members)
        print(
            f"{word} matches codes in {len(members)} channels ({channels}); all are shown. "
            f"Name a channel to pick one, e.g. {CHANNEL_OF[type(members[0])]} {word}",
            file=sys.stderr,
        )
    _print(members, args.json, as_text, "\n\n")
    return FOUND


def _searched(words: Sequence[str]) -> bool:
    """Whether the words are text to find rather than a code or a member name."""
    word = words[-1] if words else ""
    if len(words) in (1, 2) and (code_of(word) is not None or NAME.match(word)):
        return False
    from ._search import is_query  # only now: a code or a name needs none of it

    text = words[1:] if len(words) > 1 and words[0] in CHANNEL_NAMES else words
    return any(map(is_query, text))


def _find_words(
    parser: argparse.ArgumentParser, words: Sequence[str], as_json: bool
) -> int:
    """Every code whose message, handling or name holds the words, best first."""
    from ._search import search

    channel = list(words[:1]) if len(words) > 1 and words[0] in CHANNEL_NAMES else []
    text = " ".join(words[len(channel) :])
    members = search(text, _channels(parser, channel))
    if not members:
        if as_json:
            print("[]")
        print(
            f"faceid-codes {__version__}: no code's message, handling or name holds "
            f"{_shown(text)}",
            file=sys.stderr,
        )
        return UNKNOWN
    print(f"{len(members)} code(s) match {_shown(text)}, best first", file=sys.stderr)
    _print(members, as_json, as_text, "\n\n")
    return FOUND


def run() -> int:
    """main(), for a process whose output may go to a pipe closed early (`| head`)."""
    try:
        status = main()
        sys.stdout.flush()
    except BrokenPipeError:
        # Python would report the failed flush at exit: point stdout nowhere.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return CLOSED_PIPE
    return status


def _is_success(word: str) -> bool:
    code = code_of(word)
    return code is not None and code == SUCCESS_CODE  # never, where the spec names none


def _print_success(
    members: list[FaceIdCode], unlisted: list[type[FaceIdCode]], as_json: bool
) -> None:
    if as_json:
        found = [as_dict(m) for m in members] + [success_dict(e) for e in unlisted]
        print(json.dumps(found, ensure_ascii=not _utf8(), indent=2))
    else:
        print("\n\n".join([*map(as_text, members), *map(success_text, unlisted)]))


if __name__ == "__main__":
    raise SystemExit(run())
