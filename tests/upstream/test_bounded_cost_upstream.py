"""Bounded cost, upstream side: no cell or heading of Tencent's table makes
`upstream` take time that grows faster than the table (docs/maintainers/bounded-cost.md).

Every unit the generator's patterns use (tests/helpers/cost.py) is repeated in the
table's cells (a changed message and steps, a code added upstream, cells that
cannot be read) and in its headings (a changed title, padding), at a table of
SMALL and one of LARGE characters more than the real one; reading, comparing
and both reports may take at most MAX_RATIO times as long for the larger.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT, SPEC
from helpers.cost import LARGE, MAX_RATIO, growth, metacharacters, repeated
from generator.load.loader import MAX_LINE, load_spec
from generator.quoting import REPORT_LIMIT
from generator.upstream.diff import compare
from generator.upstream.report import REPORTS
from generator.upstream.table import TableError, read_table

SNAPSHOT = ROOT / "spec" / "upstream" / "faceid-saas-return-codes.md"
TABLE = SNAPSHOT.read_text(encoding="utf-8")
MODEL = load_spec(SPEC)
UNITS = metacharacters()

# Places in the real table, exactly as written there.
HEADING = "## 微信 H5/小程序返回码\n"
SUB_HEADING = "### 系统返回码\n"
ROW_1 = "| 1      | 请求不合法，缺少参数       | 否       |\n"
ROW_66660004 = "| 66660004      | 无法确认为同一人           | 人脸比对相似度得分不够                                       | 是       |\n"


def table_with(*edits: tuple[str, str]) -> bytes:
    text = TABLE
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text.encode()


def cells(unit: str, size: int) -> bytes:
    """A message changed, steps changed, and a code added upstream, each a third of `size`."""
    value = repeated(unit, size // 3)
    return table_with(
        (ROW_1, f"| 1 | 请求{value}缺少参数 | 否 |\n| 99999 | {value} | 否 |\n"),
        (ROW_66660004, f"| 66660004 | 无法确认为同一人 | {value} | 是 |\n"),
    )


def bad_cells(unit: str, size: int) -> bytes:
    """A row whose code and billing cells are the unit, and a row of too many cells."""
    value = repeated(unit, size // 3)
    return table_with((ROW_1, f"| {value} | 请求 | {value} |\n| 1 | {value} | 否 | 否 |\n"))


def headings(unit: str, size: int) -> bytes:
    """A renamed table, and a sub-table heading padded with the unit and closed by '#'."""
    value = repeated(unit, size // 2)
    return table_with(
        (HEADING, f"## 微信 H5{value}返回码\n"),
        (SUB_HEADING, f"### 系统返回码{value} ##\n"),
    )


def read_compare_report(data: bytes) -> None:
    """What `upstream FILE` does in memory, for both report formats."""
    try:
        rows = read_table(data, "table.md")
    except TableError as error:
        assert all(len(line) <= MAX_LINE for line in error.lines())
        return
    differences = compare(MODEL, rows)
    for report in REPORTS.values():
        report(MODEL, rows, differences, "table.md", "spec/codes.yaml")


@pytest.mark.parametrize("make", [cells, bad_cells, headings], ids=["cells", "bad", "headings"])
@pytest.mark.parametrize("unit", UNITS, ids=repr)
def test_reading_comparing_and_reporting_grow_linearly(make, unit: str) -> None:
    ratio = growth(lambda size: lambda data=make(unit, size): read_compare_report(data))
    assert ratio <= MAX_RATIO, f"{LARGE:,} characters more took {ratio:.1f}x as long as a tenth"


# --- the cases of issue #23, through the command itself ------------------------------


def upstream(tmp_path, data: bytes, *args: str) -> subprocess.CompletedProcess[str]:
    table = tmp_path / "table.md"
    table.write_bytes(data)
    command = [sys.executable, "-m", "generator", "upstream", str(table), *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60)


def test_a_heading_padded_with_spaces_still_agrees(tmp_path) -> None:
    result = upstream(tmp_path, table_with((HEADING, HEADING[:-1] + " " * 200_000 + "\n")))
    assert (result.returncode, result.stderr) == (0, "")
    assert " agrees with " in result.stdout


def test_a_new_row_of_3000_brackets_is_reported_not_a_traceback(tmp_path) -> None:
    message = "[" * 3_000
    result = upstream(tmp_path, table_with((ROW_1, ROW_1 + f"| 99999 | {message} | 否 |\n")))
    assert (result.returncode, result.stderr) == (1, "")
    lines = result.stdout.splitlines()
    (listed,) = [line for line in lines if line.startswith("  wechat 99999: ")]
    assert listed.endswith("… (3,000 characters) | steps: (none) | free (否)")
    assert len(listed) < 2 * REPORT_LIMIT
    # The entry to paste holds the text whole, quoted: it is what goes into the spec.
    assert f'message: "{message}"' in [line.strip() for line in lines]


def test_a_long_changed_message_is_a_bounded_word_diff(tmp_path) -> None:
    start, end = "请求" * 50_000, "参数" * 50_000
    row = f"| 1 | {start}不合法{end} | 否 |\n"
    result = upstream(tmp_path, table_with((ROW_1, row)))
    assert (result.returncode, result.stderr) == (1, "")
    (diff,) = [line for line in result.stdout.splitlines() if line.startswith("  wechat 1 ")]
    assert len(diff) < 4 * REPORT_LIMIT and "…" in diff
    # Between the common 请求 and 参数, the new text is one change, its length told right.
    assert f"… ({len(start) + len('不合法') + len(end) - 4:,} characters)+}}" in diff


def wide_header(size: int) -> bytes:
    """A table whose header repeats one known column: one problem per cell."""
    columns = (size // len("| 含义 ")) or 1
    header = "| 返回码 " + "| 含义 " * columns + "| 是否收费 |\n"
    return (TABLE + "\n## 宽表\n\n" + header + "|---" * (columns + 2) + "|\n").encode()


def test_a_wide_header_grows_linearly() -> None:
    ratio = growth(lambda size: lambda data=wide_header(size): read_compare_report(data))
    assert ratio <= MAX_RATIO, f"{LARGE:,} characters more took {ratio:.1f}x as long as a tenth"
