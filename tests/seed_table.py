"""Read the FaceID SaaS return-code seed table (Chinese Markdown).

The seed is a hand-kept Markdown page with two sections of tables:

* ``## 微信 H5/小程序返回码`` (channel ``wechat``): ``返回码 | 含义 | 是否收费``,
  split into sub-tables under ``###`` / ``####`` headings;
* ``## 其他返回码`` (channel ``sdk``): ``返回码 | 返回信息 | 处理措施 | 是否收费``,
  one table.

Its rows are messy (tabs, uneven padding, a row without its closing pipe),
some rows list several codes as ``a/b/c``, and the 处理措施 cell separates
steps with ``<br>`` (once mistyped as ``<be>``).  This module turns it into
one ``SeedCode`` per code, in seed order, so tests can compare the spec with
it.  Standard library only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

CHANNEL_HEADINGS = {
    "微信 H5/小程序返回码": "wechat",
    "其他返回码": "sdk",
}
COLUMN_COUNTS = {"wechat": 3, "sdk": 4}
BILLABLE = {"是": True, "否": False}

_HEADING = re.compile(r"^(#{2,6})\s+(.*?)\s*$")
_CODE = re.compile(r"-?\d+")
_SEPARATOR_CELL = re.compile(r":?-+:?")
# "<be>" is the seed's one typo for "<br>" (on -5019); it separates steps too.
_STEP_BREAK = re.compile(r"<br>|<be>")


@dataclass(frozen=True)
class SeedCode:
    channel: str  # "wechat" or "sdk"
    category_title: str | None  # sub-heading (wechat); None for sdk, whose table is not split
    code: int
    message: str
    action: tuple[str, ...]  # handling steps; () for wechat, which has none
    billable: bool


def read_seed(path: Path | str) -> list[SeedCode]:
    """Every code in the seed, in seed order, multi-code rows expanded."""
    text = Path(path).read_text(encoding="utf-8")
    codes: list[SeedCode] = []
    channel: str | None = None
    category_title: str | None = None
    for lineno, line in enumerate(text.splitlines(), start=1):
        heading = _HEADING.match(line)
        if heading:
            level, title = len(heading.group(1)), heading.group(2)
            if level == 2:
                if title not in CHANNEL_HEADINGS:
                    raise ValueError(f"line {lineno}: unknown section {title!r}")
                channel, category_title = CHANNEL_HEADINGS[title], None
            else:
                category_title = title
            continue
        if "|" not in line:
            continue
        if channel is None:
            raise ValueError(f"line {lineno}: table row outside a known section")
        cells = _split_row(line)
        if cells[0] == "返回码" or all(_SEPARATOR_CELL.fullmatch(c) for c in cells):
            continue  # header or |---| separator
        try:
            codes.extend(_parse_row(channel, category_title, cells))
        except ValueError as error:
            raise ValueError(f"line {lineno}: {error}: {line!r}") from None
    return codes


def _split_row(line: str) -> list[str]:
    """Cells of a Markdown table row; outer pipes are optional."""
    row = line.strip()
    if row.startswith("|"):
        row = row[1:]
    if row.endswith("|"):
        row = row[:-1]
    return [cell.strip() for cell in row.split("|")]


def _parse_row(channel: str, category_title: str | None, cells: list[str]) -> list[SeedCode]:
    if len(cells) != COLUMN_COUNTS[channel]:
        raise ValueError(f"expected {COLUMN_COUNTS[channel]} cells, got {len(cells)}")
    if channel == "sdk":
        code_cell, message, action_cell, billable_cell = cells
        action = split_steps(action_cell)
        category_title = None
    else:
        code_cell, message, billable_cell = cells
        action = ()
    if not message:
        raise ValueError("empty message")
    if billable_cell not in BILLABLE:
        raise ValueError(f"billable cell is {billable_cell!r}, not 是 or 否")
    return [
        SeedCode(channel, category_title, code, message, action, BILLABLE[billable_cell])
        for code in parse_codes(code_cell)
    ]


def parse_codes(cell: str) -> list[int]:
    """``"66660035/-1102"`` -> ``[66660035, -1102]``; a lone code -> one item."""
    parts = [part.strip() for part in cell.split("/")]
    if not all(_CODE.fullmatch(part) for part in parts):
        raise ValueError(f"bad code cell {cell!r}")
    return [int(part) for part in parts]


def split_steps(cell: str) -> tuple[str, ...]:
    """A 处理措施 cell as trimmed steps; a cell without ``<br>`` is one step."""
    steps = tuple(step.strip() for step in _STEP_BREAK.split(cell))
    if not all(steps):
        raise ValueError(f"empty step in {cell!r}")
    return steps
