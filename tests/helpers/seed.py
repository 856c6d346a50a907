"""An independent reading of Tencent's table (spec/upstream/), for the counts and code lists tests need.

Tests take every figure that changes with the data (how many codes, how many
billed, which codes a table lists, the sub-tables) from here or from the
spec, never from a number written in a test.  This reader shares nothing
with generator/upstream/table.py and is deliberately plain: a `##` heading
opens a table, a deeper heading a sub-table, and a row whose first cell is
a code (or codes joined by `/`) is read cell by cell, its billing the last
cell.  It is enough for the page as Tencent writes it; the generator's
reader is the one that must cope with any layout.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import NamedTuple

import yaml

from conftest import SPEC

HEADING = re.compile(r"(#{2,6})\s+(.*?)\s*")
CODES = re.compile(r"-?\d+(?:/-?\d+)*")
BILLING = {"是": True, "否": False}


class SeedRow(NamedTuple):
    table: str  # the `##` heading
    sub_table: str | None  # the deepest heading under it, if any
    code: int
    message: str
    billable: bool


def recorded_copy(spec: Path = SPEC) -> Path:
    """The copy the spec records, found with PyYAML rather than the generator's loader."""
    record = yaml.safe_load(spec.read_text(encoding="utf-8"))["upstream"]
    return spec.parent / record["file"]


def read_seed(path: Path | None = None) -> list[SeedRow]:
    rows: list[SeedRow] = []
    table: str | None = None
    sub_table: str | None = None
    for line in (path or recorded_copy()).read_text(encoding="utf-8").splitlines():
        heading = HEADING.fullmatch(line)
        if heading:
            level, title = len(heading[1]), heading[2]
            table, sub_table = (title, None) if level == 2 else (table, title)
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if table is None or not line.lstrip().startswith("|") or not CODES.fullmatch(cells[0]):
            continue
        for code in cells[0].split("/"):
            rows.append(SeedRow(table, sub_table, int(code), cells[1], BILLING[cells[-1]]))
    return rows


@functools.cache
def channel_of_table(spec: Path = SPEC) -> dict[str, str]:
    """Each table's heading -> the channel key whose `title` it is (PyYAML's reading of the spec)."""
    channels = yaml.safe_load(spec.read_text(encoding="utf-8"))["channels"]
    return {fields["title"]: key for key, fields in channels.items()}
