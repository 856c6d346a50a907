# generated from spec/codes.yaml — do not edit
"""Check a FaceID bill against the table: for every attempt in the responses,
the table's billing verdict beside Tencent's own (`IsNeedCharge`).

    faceid-codes audit [--channel CHANNEL] [--json] FILE...

Input: responses as the API returns them (GetDetectInfoEnhanced,
GetEidResult, GetWeChatBillDetails, ... : any whose fields are in FIELDS), as
JSON: one per line, several one after another, or one array; each with or
without the `Response` wrapper (an object beside it may carry `BizToken`).
The input is read as a stream, a chunk at a time, so a large export runs in
bounded memory: only one response is held at once.

Exit status: 0 when the table and Tencent agree on every attempt, 1 when they
disagree on one or more, 2 when the input cannot be read (one line on
standard error: the file, the line and what is wrong) or the channel is
unclear.
"""

import argparse
import json
import sys
from collections.abc import Iterable, Iterator, Sequence

from . import CHANNELS, FIELDS, SUCCESS_CODE, FaceIdCode
from ._codes import OpenCode

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

AGREE, DISAGREE, UNREADABLE = 0, 1, 2
CHUNK = 1 << 16  # characters read at a time
# One response longer than this is refused rather than held in memory.
MAX_RESPONSE = 1 << 26
WHITESPACE = " \t\n\r"
_DECODER = json.JSONDecoder()


class Unreadable(ValueError):
    """The input is not what the audit reads; `line` is where (1-based)."""

    def __init__(self, name: str, line: int, message: str) -> None:
        super().__init__(f"{name}:{line}: error: {message}")
        self.name, self.line, self.message = name, line, message


# --- reading: JSON values, one at a time, from a stream of text chunks -----------


class _Stream:
    """A window on the input: the text not yet consumed, and its line number."""

    def __init__(self, chunks: Iterable[str], name: str) -> None:
        self.chunks = iter(chunks)
        self.name = name
        self.text = ""
        self.pos = 0
        self.line = 1
        self.before_space = 1
        self.ended = False

    def more(self, at_least: int = 1) -> bool:
        """Read chunks until `at_least` more characters are held (or the end)."""
        if self.pos > len(self.text) // 2:  # drop what is consumed, now and then
            self.text = self.text[self.pos :]
            self.pos = 0
        wanted = len(self.text) + at_least
        while not self.ended and len(self.text) < wanted:
            chunk = next(self.chunks, None)
            if chunk is None:
                self.ended = True
            else:
                self.text += chunk
        return len(self.text) - self.pos > 0

    def advance(self, to: int) -> None:
        self.line += self.text.count("\n", self.pos, to)
        self.pos = to

    def line_at(self, pos: int) -> int:
        """The line of a position ahead; at the end of the input, the last line
        that holds something."""
        if self.ended:
            pos = min(pos, len(self.text.rstrip(WHITESPACE)))
        return self.line + self.text.count("\n", self.pos, max(pos, self.pos))

    def skip_space(self) -> str:
        """The next character that is not whitespace, or "" at the end."""
        self.before_space = self.line  # where what was read last ends
        while True:
            end = self.pos
            while end < len(self.text) and self.text[end] in WHITESPACE:
                end += 1
            self.advance(end)
            if self.pos < len(self.text):
                return self.text[self.pos]
            if not self.more():
                return ""

    def value(self) -> tuple[int, object]:
        """The JSON value that starts here, and its line."""
        line = self.line
        while True:
            try:
                value, end = _DECODER.raw_decode(self.text, self.pos)
            except json.JSONDecodeError as error:
                if self.ended or not _cut_short(error, len(self.text)):
                    at = self.line_at(error.pos)
                    raise Unreadable(self.name, at, f"not JSON: {error.msg}") from None
                value, end = None, -1
            # A number at the end of what is held may go on in the next chunk.
            if end != -1 and (end < len(self.text) or self.ended):
                self.advance(end)
                return line, value
            if len(self.text) - self.pos > MAX_RESPONSE:
                raise Unreadable(
                    self.name, line, "a response longer than the audit reads"
                )
            self.more(at_least=max(CHUNK, len(self.text) - self.pos))

    def expect(self, allowed: str) -> str:
        char = self.skip_space()
        if char == "" or char not in allowed:
            found = "the end of the input" if char == "" else repr(char)
            wanted = " or ".join(repr(c) for c in allowed)
            message = f"expected {wanted}, found {found}"
            line = self.before_space if char == "" else self.line
            raise Unreadable(self.name, line, message)
        self.advance(self.pos + 1)
        return char


# How far from the end of what is held an error may still mean a value cut
# short by the chunk (`fals`, `-`, `\u00`), not a wrong one.
_CUT = 16


def _cut_short(error: json.JSONDecodeError, held: int) -> bool:
    """Whether the error may only mean that the value goes on in the next chunk."""
    return error.pos >= held - _CUT or error.msg.startswith("Unterminated string")


def responses(
    chunks: Iterable[str], name: str = "<input>"
) -> Iterator[tuple[int, object]]:
    """Each JSON value of the input, with the line it starts on: values one
    after another (JSON lines), or the elements of one array."""
    stream = _Stream(chunks, name)
    if stream.skip_space() != "[":
        while stream.skip_space() != "":
            yield stream.value()
        return
    stream.advance(stream.pos + 1)
    if stream.skip_space() == "]":
        stream.advance(stream.pos + 1)
    else:
        while True:
            stream.skip_space()
            yield stream.value()
            if stream.expect(",]") == "]":
                break
    if stream.skip_space() != "":
        raise Unreadable(name, stream.line, "more after the array")


def read_file(path: str) -> Iterator[str]:
    """A file's text in chunks ("-": standard input)."""
    if path == "-":
        yield from iter(lambda: sys.stdin.read(CHUNK), "")
        return
    with open(path, encoding="utf-8") as file:
        yield from iter(lambda: file.read(CHUNK), "")


# --- the audit ---------------------------------------------------------------------


def _paths() -> "dict[str, tuple[list[str], str | None]]":
    """Each field path of the map, with its channels (map order) and verdict field."""
    paths: "dict[str, tuple[list[str], str | None]]" = {}
    for field in FIELDS:
        channels, verdict = paths.get(field.path, ([], field.verdict))
        paths[field.path] = ([*channels, field.channel], verdict or field.verdict)
    return paths


# Any, not object: what a response holds is known only once it is read; the
# tests ask issubclass(type(...)), which type checkers do not narrow on.
def _get(parent: "Any", name: str) -> object:
    return parent.get(name) if issubclass(type(parent), dict) else None


def _items(value: "Any") -> "list[object]":
    return list(value) if issubclass(type(value), list) else []


def _holders(response: object, steps: Sequence[str]) -> "list[tuple[object, object]]":
    """The objects that hold the path's last step, each with the BizToken nearest it."""
    found: "list[tuple[object, object]]" = [(response, None)]
    for step in steps[:-1]:
        name = step.removesuffix("[]")
        deeper: "list[tuple[object, object]]" = []
        for parent, token in found:
            value = _get(parent, name)
            if step.endswith("[]"):
                items = _items(value)
            else:
                items = [] if value is None else [value]
            deeper += [(item, _get(item, "BizToken") or token) for item in items]
        found = deeper
    return found


class Audit:
    """Counts attempts and results as responses are added; `report()` says it all."""

    def __init__(self, channel: "str | None" = None) -> None:
        if channel is not None and channel not in CHANNELS:
            raise ValueError(
                f"unknown channel {channel!r}; choose from {', '.join(CHANNELS)}"
            )
        self.channel = channel
        self.paths = _paths()
        self.attempts: "dict[tuple[str, int], list[int]]" = (
            {}
        )  # [attempts, by table, by Tencent]
        self.results: "dict[tuple[str, int], int]" = {}
        self.disagreements: "list[dict[str, object]]" = []

    def _channel(self, path: str, name: str, line: int) -> str:
        if self.channel is not None:
            return self.channel
        channels = self.paths[path][0]
        if len(channels) > 1:
            raise Unreadable(
                name,
                line,
                f"{path} carries {' or '.join(channels)} codes, depending on where "
                "the verification ran: pass --channel",
            )
        return channels[0]

    def add(self, chunks: Iterable[str], name: str = "<input>") -> None:
        """Every response of one input (text chunks, e.g. an open file)."""
        for line, value in responses(chunks, name):
            self.add_response(value, name, line)

    def add_response(self, value: object, name: str = "<input>", line: int = 1) -> None:
        outer = value if issubclass(type(value), dict) else None
        inner = _get(outer, "Response")
        response = value if inner is None else inner
        request_id, token = _get(response, "RequestId"), _get(outer, "BizToken")
        for path, (_, verdict) in self.paths.items():
            steps = path.split(".")
            for holder, near in _holders(response, steps):
                raw = _get(holder, steps[-1])
                if raw is None:
                    continue
                channel = self._channel(path, name, line)
                try:
                    code = OpenCode.of(CHANNELS[channel], raw)
                except ValueError:
                    raise Unreadable(
                        name, line, f"{path} is {raw!r}, no code"
                    ) from None
                if verdict is None:
                    key = (channel, int(code))
                    self.results[key] = self.results.get(key, 0) + 1
                    continue
                tencent = _get(holder, verdict)
                if tencent is not None and not isinstance(tencent, bool):
                    raise Unreadable(
                        name, line, f"{verdict} is {tencent!r}, not true or false"
                    )
                where = {
                    "request_id": request_id,
                    "biz_token": near or token,
                    "time": _get(holder, "ReqTime"),
                    "seq": _get(holder, "Seq"),
                    "file": name,
                    "line": line,
                }
                self._attempt(channel, code, tencent, where)

    def _attempt(
        self,
        channel: str,
        code: "FaceIdCode | int",
        tencent: "bool | None",
        where: "dict[str, object]",
    ) -> None:
        table = code.billable if isinstance(code, FaceIdCode) else None
        counts = self.attempts.setdefault((channel, int(code)), [0, 0, 0])
        counts[0] += 1
        counts[1] += table is True
        counts[2] += tencent is True
        if table is not None and tencent is not None and table != tencent:
            self.disagreements.append(
                {"channel": channel, "code": int(code), "name": _name(code)}
                | {"table": table, "tencent": tencent}
                | where
            )

    def report(self) -> "dict[str, object]":
        """The counts, per code, the disagreements and the unknown codes, as JSON-ready values."""
        order = {key: index for index, key in enumerate(CHANNELS)}

        def by_channel(key: "tuple[str, int]") -> "tuple[int, int]":
            return order[key[0]], key[1]

        per_code: "list[dict[str, object]]" = []
        unknown_codes: "list[dict[str, object]]" = []
        unknown = 0
        for key in sorted(self.attempts, key=by_channel):
            attempts, by_table, by_tencent = self.attempts[key]
            member = CHANNELS[key[0]].lookup(key[1])
            row: "dict[str, object]" = {"channel": key[0], "code": key[1]}
            row |= {"name": _name(member), "attempts": attempts}
            if member is None:
                unknown += attempts
                row["success"] = key[1] == SUCCESS_CODE  # listed in another table only
                unknown_codes.append(row | {"billed_by_tencent": by_tencent})
            else:
                row |= {"billed_by_table": by_table, "billed_by_tencent": by_tencent}
                per_code.append(row)
        results = [
            {
                "channel": key[0],
                "code": key[1],
                "name": _name(CHANNELS[key[0]].lookup(key[1])),
            }
            | {"count": self.results[key]}
            for key in sorted(self.results, key=by_channel)
        ]
        counts = list(self.attempts.values())
        return {
            "attempts": sum(c[0] for c in counts),
            "billed_by_table": sum(c[1] for c in counts),
            "billed_by_tencent": sum(c[2] for c in counts),
            "unknown": unknown,
            "per_code": per_code,
            "results": results,
            "disagreements": self.disagreements,
            "unknown_codes": unknown_codes,
        }


def _name(code: "FaceIdCode | int | None") -> "str | None":
    return code.name if isinstance(code, FaceIdCode) else None


def audit(
    chunks: Iterable[str], channel: "str | None" = None, name: str = "<input>"
) -> "dict[str, object]":
    """The audit of one input: text chunks, e.g. an open file (`audit(open(path))`
    reads it a line at a time).  Raises `Unreadable` for input it cannot read."""
    counter = Audit(channel)
    counter.add(chunks, name)
    return counter.report()


def audit_files(
    paths: Iterable[str], channel: "str | None" = None
) -> "dict[str, object]":
    """The audit of several files, read a chunk at a time ("-": standard input)."""
    counter = Audit(channel)
    for path in paths:
        counter.add(read_file(path), path)
    return counter.report()


# --- the command -----------------------------------------------------------------


def _verdict(billed: object) -> str:
    return "billed" if billed else "free"


def as_text(report: "dict[str, object]") -> str:
    lines = [
        f"attempts: {report['attempts']}, billed by the table: {report['billed_by_table']}, "
        f"billed by Tencent: {report['billed_by_tencent']}, "
        f"with a code the table does not have: {report['unknown']}"
    ]
    rows: "list[dict[str, object]]" = report["per_code"]  # type: ignore[assignment]
    if rows:
        lines.append("per code (attempts, billed by the table, billed by Tencent):")
        for row in rows:
            lines.append(
                f"  {row['channel']} {row['code']} {row['name']}: {row['attempts']}, "
                f"{row['billed_by_table']}, {row['billed_by_tencent']}"
            )
    results: "list[dict[str, object]]" = report["results"]  # type: ignore[assignment]
    if results:
        lines.append("final results per code:")
        for row in results:
            lines.append(
                f"  {row['channel']} {row['code']} {row['name'] or '(unknown)'}: {row['count']}"
            )
    disagreements: "list[dict[str, object]]" = report["disagreements"]  # type: ignore[assignment]
    lines.append(f"disagreements: {len(disagreements)}")
    for d in disagreements:
        who = f"request {d['request_id']}" if d["request_id"] else "no request id"
        if d["biz_token"]:
            who += f", BizToken {d['biz_token']}"
        lines.append(
            f"  {d['channel']} {d['code']} {d['name']}: table {_verdict(d['table'])}, "
            f"Tencent {_verdict(d['tencent'])}; {who}, time {d['time']}, seq {d['seq']} "
            f"({d['file']}:{d['line']})"
        )
    unknown: "list[dict[str, object]]" = report["unknown_codes"]  # type: ignore[assignment]
    if unknown:
        lines.append("codes the table does not have (attempts, billed by Tencent):")
        for row in unknown:
            success = (
                " (success: this channel's table does not list it)"
                if row["success"]
                else ""
            )
            lines.append(
                f"  {row['channel']} {row['code']}{success}: {row['attempts']}, "
                f"{row['billed_by_tencent']}"
            )
    return "\n".join(lines)


def _parser(prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Compare Tencent's billing verdicts (IsNeedCharge) with the table.",
    )
    parser.add_argument(
        "files", nargs="+", metavar="FILE", help="responses as JSON ('-': stdin)"
    )
    parser.add_argument(
        "--channel", choices=list(CHANNELS), help="the table to judge by"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    return parser


def main(argv: Sequence[str], prog: str = "faceid-codes audit") -> int:
    args = _parser(prog).parse_args(argv)
    try:
        report = audit_files(args.files, args.channel)
    except Unreadable as error:
        print(error, file=sys.stderr)
        return UNREADABLE
    except (OSError, UnicodeDecodeError) as error:
        print(f"{prog}: error: cannot read the input: {error}", file=sys.stderr)
        return UNREADABLE
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(as_text(report))
    return DISAGREE if report["disagreements"] else AGREE
