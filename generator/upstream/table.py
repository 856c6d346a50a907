"""Tencent's return-code table (Markdown) read into one row per code.

The FaceID documentation lists its return codes in Markdown tables: one `##`
section per table (微信 H5/小程序返回码, 其他返回码), the first split into
sub-tables under `###`/`####` headings (系统返回码, …).  The page is kept by
hand, so the reader is tolerant of layout: padding and tabs, a row without its
leading or closing `|`, headings with extra spaces, `<br>` written `<br/>` or
mistyped `<be>`, several codes on one row (`400103/400104`), columns in any
order.  It is strict about content: every row of a table must read as codes,
a message, steps and 是/否, or the whole table is refused with one
`FILE:LINE:COL: error:` line per problem.  No row is ever skipped.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from generator.load import yamltree
from generator.load.characters import first_forbidden
from generator.load.characters import name as character_name
from generator.quoting import MESSAGE_LIMIT, shortened, shown
from generator.load.fields import DECIMAL, safe_integer
from generator.load.loader import Problem, SpecError

# Column headings -> the field the column holds.
COLUMNS = {
    "返回码": "code",
    "含义": "message",
    "返回信息": "message",
    "处理措施": "action",
    "是否收费": "billable",
}
REQUIRED = ("code", "message", "billable")
BILLABLE = {"是": True, "否": False}

# An ATX heading's opening run; its title is what follows (see _heading).
_HEADING_START = re.compile(r" {0,3}(#{1,6})[ \t]+")
_DELIMITER_CELL = re.compile(r":?-+:?\Z")
_PIPE = re.compile(r"(?<!\\)\|")  # a cell border; "\|" is a pipe in the text
# "<be>" is the page's typo for "<br>" (on -5019): it separates steps too.
_STEP_BREAK = re.compile(r"<(?:br[ \t]*/?|be)>", re.IGNORECASE)


class Row(NamedTuple):
    """One code of the table; a row listing several codes gives one Row each."""

    code: int
    message: str
    action: tuple[str, ...]  # the 处理措施 steps; () where the table has none
    billable: bool
    table: str  # the `##` heading the table sits under
    sub_table: str | None  # the nearest deeper heading in that section, if any
    line: int  # where the row is on the page


class TableError(SpecError):
    """The table cannot be read; `lines()` gives every problem, ready to print."""


class Cell(NamedTuple):
    text: str  # stripped, `\|` unescaped
    col: int  # 1-based column of its first character


# --- cells -------------------------------------------------------------------


def split_cells(line: str) -> list[Cell]:
    """The cells of a table row; the outer pipes are optional, `\\|` is a pipe."""
    pieces: list[tuple[int, str]] = []
    start = 0
    for pipe in _PIPE.finditer(line):
        pieces.append((start, line[start : pipe.start()]))
        start = pipe.end()
    pieces.append((start, line[start:]))
    # An outer pipe leaves nothing but blanks beyond it (an escaped one is text).
    if len(pieces) > 1 and not pieces[0][1].strip():
        pieces.pop(0)
    if len(pieces) > 1 and not pieces[-1][1].strip():
        pieces.pop()
    return [_cell(start, raw) for start, raw in pieces]


def _cell(start: int, raw: str) -> Cell:
    stripped = raw.strip()
    offset = len(raw) - len(raw.lstrip()) if stripped else 0
    return Cell(stripped.replace("\\|", "|"), start + offset + 1)


def parse_codes(cell: str) -> list[int]:
    """``"66660035/-1102"`` -> ``[66660035, -1102]``; a lone code -> one item."""
    parts = [part.strip() for part in cell.split("/")]
    if not all(DECIMAL.match(part) for part in parts):
        raise ValueError(f"{shown(cell)} is not a code or codes separated by '/'")
    for part in parts:  # before int(): converting a long run of digits is quadratic
        if not safe_integer(part):
            raise ValueError(
                f"code {shortened(part, MESSAGE_LIMIT)} is outside JavaScript's safe integers"
            )
    codes = [int(part) for part in parts]
    if len(set(codes)) != len(codes):
        raise ValueError(f"{shown(cell)} lists a code twice")
    return codes


def split_steps(cell: str) -> tuple[str, ...]:
    """A 处理措施 cell as trimmed steps: `<br>` separates them; empty means none."""
    if not cell:
        return ()
    steps = tuple(step.strip() for step in _STEP_BREAK.split(cell))
    if not all(steps):
        raise ValueError(f"empty step in {shown(cell)}; <br> separates two steps")
    return tuple(_clean(step) for step in steps)


def read_billable(cell: str) -> bool:
    if cell not in BILLABLE:
        raise ValueError(f"是否收费 is {shown(cell)}; write 是 or 否")
    return BILLABLE[cell]


def read_message(cell: str) -> str:
    if not cell:
        raise ValueError("the message is empty")
    return _clean(cell)


def _clean(text: str) -> str:
    """The text, unless it holds a character the spec refuses (see rules.py)."""
    bad = first_forbidden(text)
    if bad is not None:
        index, char = bad
        raise ValueError(
            f"{shown(text)}: character {index + 1} is {character_name(char)}; remove it"
        )
    return text


# Field -> how its cell is read; every reader raises ValueError with a reason.
READERS = {
    "code": parse_codes,
    "message": read_message,
    "action": split_steps,
    "billable": read_billable,
}


# --- the page ----------------------------------------------------------------


class _Reader:
    """Walks the page line by line; collects problems so that one run shows them all."""

    def __init__(self) -> None:
        self.rows: list[Row] = []
        self.problems: list[Problem] = []
        self.table: str | None = None
        self.sub_table: str | None = None
        self.columns: list[str] | None = None  # inside a table: each column's field
        self.broken = False  # inside a table whose header is already reported
        self.first_line: dict[tuple[str, int], int] = {}

    def problem(self, line: int, col: int, message: str) -> None:
        self.problems.append(Problem(line, col, message))

    def heading(self, level: int, title: str) -> None:
        self.columns, self.broken = None, False
        if level == 1:
            self.table = self.sub_table = None
        elif level == 2:
            self.table, self.sub_table = title, None
        else:
            self.sub_table = title

    def header(self, number: int, cells: list[Cell], delimiter: list[Cell]) -> None:
        fields = [COLUMNS.get(cell.text, "") for cell in cells]
        counts = Counter(fields)  # once: a count per cell would be quadratic in a wide header
        problems = len(self.problems)
        if self.table is None:
            self.problem(number, 1, "a table before any '## ' heading: whose codes are these?")
        for cell, field in zip(cells, fields):
            if not field:
                known = ", ".join(COLUMNS)
                self.problem(number, cell.col, f"unknown column {shown(cell.text)}; known: {known}")
            elif counts[field] > 1:
                self.problem(number, cell.col, f"a second {field} column ({shown(cell.text)})")
        for field in REQUIRED:
            if field not in fields:
                self.problem(number, 1, f"the table has no {field} column")
        if len(delimiter) != len(cells):
            self.problem(
                number + 1,
                1,
                f"the --- line has {len(delimiter)} cells, the header {len(cells)}",
            )
        self.columns, self.broken = fields, len(self.problems) > problems

    def row(self, number: int, line: str) -> None:
        if self.broken:
            return  # the header's problems are reported; its rows cannot be read
        assert self.columns is not None and self.table is not None
        if "|" not in line:  # Markdown reads it as a row of one cell
            self.problem(number, 1, "text right below a table; leave a blank line after the table")
            return
        cells = split_cells(line)
        if len(cells) != len(self.columns):
            self.problem(
                number,
                1,
                f"expected {len(self.columns)} cells, found {len(cells)}: {shown(line.strip())}",
            )
            return
        values = {}
        for cell, field in zip(cells, self.columns):
            try:
                values[field] = READERS[field](cell.text)
            except ValueError as error:
                self.problem(number, cell.col, str(error))
        if len(values) == len(self.columns):
            self._add(number, cells[self.columns.index("code")].col, values)

    def _add(self, number: int, col: int, values: dict) -> None:
        assert self.table is not None
        for code in values["code"]:
            first = self.first_line.setdefault((self.table, code), number)
            if first != number:
                self.problem(
                    number,
                    col,
                    f"code {code} is listed twice in {shortened(self.table, MESSAGE_LIMIT)} "
                    f"(first at line {first})",
                )
                continue
            self.rows.append(
                Row(
                    code,
                    values["message"],
                    values.get("action", ()),
                    values["billable"],
                    self.table,
                    self.sub_table,
                    number,
                )
            )

    def read(self, lines: list[str]) -> None:
        index = 0
        while index < len(lines):
            number, line = index + 1, lines[index]
            index += 1
            heading = _heading(line)
            if heading:
                self.heading(*heading)
            elif not line.strip():
                self.columns, self.broken = None, False  # a blank line ends a table
            elif self.columns is not None:
                self.row(number, line)
            elif "|" in line and index < len(lines) and _is_delimiter(lines[index]):
                self.header(number, split_cells(line), split_cells(lines[index]))
                index += 1
            elif line.lstrip().startswith("|"):
                self.problem(number, 1, "a table row with no header and '---' line above it")


def _heading(line: str) -> tuple[int, str] | None:
    """An ATX heading's level and title, a closing run of '#' not part of it.

    By string methods, not one pattern: a lazy title followed by optional
    blanks and '#' (`(.*?)(?:[ \t]+#+)?[ \t]*$`) retries the blanks after
    every character, quadratic on a line padded with spaces.
    """
    start = _HEADING_START.match(line)
    if start is None:
        return None
    title = line[start.end() :].rstrip(" \t")
    bare = title.rstrip("#")
    if bare != title and bare[-1:] in (" ", "\t"):  # a closing run, after a blank
        title = bare.rstrip(" \t")
    return len(start[1]), title


def _is_delimiter(line: str) -> bool:
    cells = split_cells(line)
    return "|" in line and all(_DELIMITER_CELL.match(cell.text) for cell in cells)


def read_table(data: bytes, display: str) -> list[Row]:
    """Every code of the page, in page order; raise TableError listing every problem."""
    try:
        text = yamltree.decode(data)  # the same size limit and UTF-8 errors as the spec's
    except yamltree.YamlProblem as problem:
        raise TableError(display, [Problem(problem.line, problem.col, problem.message)]) from None
    # Only "\n" ends a line (a "\r" before it is dropped): str.splitlines would
    # also break at U+2028 or a form feed and shift every line number after it.
    lines = [line.removesuffix("\r") for line in text.split("\n")]
    reader = _Reader()
    reader.read(lines)
    if reader.problems:
        raise TableError(display, reader.problems)
    if not reader.rows:
        raise TableError(display, [Problem(1, 1, "no table of return codes found")])
    return reader.rows
