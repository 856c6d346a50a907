"""generator.upstream.table: tolerant of the page's layout, strict about its content.

Any layout Markdown renders as the same table reads the same; a row that
cannot be read stops the reading with `FILE:LINE:COL: error:` lines, every
problem at once, and no row is ever skipped.
"""

from __future__ import annotations

import pytest

from generator.upstream.table import Row, TableError, read_table, split_cells

WECHAT = "微信 H5/小程序返回码"
HEADER = f"## {WECHAT}\n\n| 返回码 | 含义 | 是否收费 |\n| --- | --- | --- |\n"  # rows from line 5


def problems(text: str | bytes) -> list[str]:
    data = text.encode("utf-8") if isinstance(text, str) else text
    with pytest.raises(TableError) as caught:
        read_table(data, "page.md")
    return caught.value.lines()


def test_any_layout_of_the_same_table_reads_the_same() -> None:
    tidy = (
        "# 返回码\n\n## 其他返回码\n\n### 请求\n\n"
        "| 返回码 | 返回信息 | 处理措施 | 是否收费 |\n"
        "| --- | --- | --- | --- |\n"
        "| 400103/400104 | 服务器拒绝访问 | 一<br>二 | 否 |\n"
        "| -5020 | 竖线 \\| 在内 | [联系我们](https://cloud.tencent.com/about/connect) | 是 |\n"
    )
    messy = (
        "# 返回码\r\n\r\n##   其他返回码  \r\n以下为说明\r\n  ####\t请求 \r\n\r\n"
        "是否收费|返回码|处理措施|返回信息\r\n"  # no outer pipes, columns in another order
        ":-:|---|:--|--:\r\n"
        "否\t| 400103 / 400104\t|  一 <BR/> 二 |服务器拒绝访问\r\n"
        "|是|-5020|[联系我们](https://cloud.tencent.com/about/connect)|   竖线 \\| 在内\r\n"
    )  # and the last row without its closing pipe
    expected = [
        Row(400103, "服务器拒绝访问", ("一", "二"), False, "其他返回码", "请求", 0),
        Row(400104, "服务器拒绝访问", ("一", "二"), False, "其他返回码", "请求", 0),
        Row(
            -5020,
            "竖线 | 在内",
            ("[联系我们](https://cloud.tencent.com/about/connect)",),
            True,
            "其他返回码",
            "请求",
            0,
        ),
    ]
    for page in (tidy, messy):
        rows = read_table(page.encode("utf-8"), "page.md")
        assert [row._replace(line=0) for row in rows] == expected
    assert [row.line for row in read_table(messy.encode("utf-8"), "page.md")] == [9, 9, 10]


def test_a_table_without_steps_and_an_empty_steps_cell_give_no_steps() -> None:
    page = (
        HEADER
        + "| 0 | 成功 | 是 |\n\n## 其他返回码\n\n| 返回码 | 返回信息 | 处理措施 | 是否收费 |\n|-|-|-|-|\n| 1 | 无 |  | 否 |\n"
    )
    rows = read_table(page.encode("utf-8"), "page.md")
    assert [(r.code, r.action, r.table, r.sub_table) for r in rows] == [
        (0, (), WECHAT, None),
        (1, (), "其他返回码", None),
    ]


def test_cells_keep_their_columns() -> None:
    assert [(c.text, c.col) for c in split_cells("|  66660018\t|操作超时 |\t否|")] == [
        ("66660018", 4),
        ("操作超时", 14),
        ("否", 21),
    ]
    assert [c.text for c in split_cells("a | b \\| c | ")] == ["a", "b | c"]
    assert [c.text for c in split_cells("| a |  | c")] == ["a", "", "c"]
    # An escaped pipe at the end of a row is text, not a closing pipe.
    assert [c.text for c in split_cells("||-2|否|\\|")] == ["", "-2", "否", "|"]


@pytest.mark.parametrize(
    "rows, expected",
    [
        (
            "| 12x | 坏 | 否 |",
            ["page.md:5:3: error: '12x' is not a code or codes separated by '/'"],
        ),
        (
            "| 007 | 坏 | 否 |",
            ["page.md:5:3: error: '007' is not a code or codes separated by '/'"],
        ),
        ("| 1/1 | 坏 | 否 |", ["page.md:5:3: error: '1/1' lists a code twice"]),
        (
            "| 9007199254740992 | 坏 | 否 |",
            ["page.md:5:3: error: code 9007199254740992 is outside JavaScript's safe integers"],
        ),
        ("| 1 | 坏 | 也许 |", ["page.md:5:11: error: 是否收费 is '也许'; write 是 or 否"]),
        ("| 1 | 坏 |  |", ["page.md:5:10: error: 是否收费 is ''; write 是 or 否"]),
        ("| 1 |   | 否 |", ["page.md:5:6: error: the message is empty"]),
        ("| 1 | 坏 |", ["page.md:5:1: error: expected 3 cells, found 2: '| 1 | 坏 |'"]),
        (
            "| 1 | 坏 | 否 | 多 |",
            ["page.md:5:1: error: expected 3 cells, found 4: '| 1 | 坏 | 否 | 多 |'"],
        ),
        (
            "| 1 | 坏\u202e了 | 否 |",
            [
                "page.md:5:7: error: '坏\\u202e了': character 2 is U+202E RIGHT-TO-LEFT OVERRIDE; remove it"
            ],
        ),
        (
            "| 1 | 坏 | 否 |\n| 2/1 | 又 | 否 |",
            [
                "page.md:6:3: error: code 1 is listed twice in 微信 H5/小程序返回码 (first at line 5)"
            ],
        ),
        (
            "| 1 | 坏 | 否 |\n以下为说明",
            ["page.md:6:1: error: text right below a table; leave a blank line after the table"],
        ),
    ],
    ids=[
        "not a code",
        "leading zero",
        "code twice in a cell",
        "beyond safe integers",
        "billing neither 是 nor 否",
        "billing empty",
        "empty message",
        "a cell short",
        "a cell too many",
        "bidi override",
        "code twice in a table",
        "prose glued to the table",
    ],
)
def test_a_row_that_cannot_be_read_is_an_error_at_its_line(rows: str, expected: list[str]) -> None:
    assert problems(HEADER + rows + "\n") == expected


def test_an_empty_step_is_an_error() -> None:
    page = "## 其他返回码\n\n| 返回码 | 返回信息 | 处理措施 | 是否收费 |\n|-|-|-|-|\n| 1 | 坏 | 一<br> <br>二 | 否 |\n"
    assert problems(page) == [
        "page.md:5:11: error: empty step in '一<br> <br>二'; <br> separates two steps"
    ]


def test_every_problem_is_reported_in_one_run_sorted_by_position() -> None:
    page = HEADER + "| 1 | 坏 | 也许 |\n| 2 | 好 | 否 |\n| x | 坏 | 否 |\n"
    assert problems(page) == [
        "page.md:5:11: error: 是否收费 is '也许'; write 是 or 否",
        "page.md:7:3: error: 'x' is not a code or codes separated by '/'",
    ]


@pytest.mark.parametrize(
    "page, expected",
    [
        (
            "| 返回码 | 含义 | 是否收费 |\n|---|---|---|\n| 1 | 坏 | 否 |\n",
            ["page.md:1:1: error: a table before any '## ' heading: whose codes are these?"],
        ),
        (
            "## 表\n\n| 返回码 | 说明 | 是否收费 |\n|---|---|---|\n| 1 | 坏 | 否 |\n",
            [
                "page.md:3:1: error: the table has no message column",
                "page.md:3:9: error: unknown column '说明'; known: 返回码, 含义, 返回信息, 处理措施, 是否收费",
            ],
        ),
        (
            "## 表\n\n| 返回码 | 含义 | 是否收费 |\n|---|---|\n| 1 | 坏 | 否 |\n",
            ["page.md:4:1: error: the --- line has 2 cells, the header 3"],
        ),
        (
            "## 表\n\n| 1 | 坏 | 否 |\n",
            ["page.md:3:1: error: a table row with no header and '---' line above it"],
        ),
        ("## 表\n\n没有表格\n", ["page.md:1:1: error: no table of return codes found"]),
        (
            b"## \xe8\xa1\xa8\n\n| \xff |\n",
            ["page.md:3:3: error: not valid UTF-8; save the file as UTF-8"],
        ),
    ],
    ids=[
        "table outside a section",
        "unknown column",
        "delimiter row of another width",
        "row without a header",
        "no table",
        "not UTF-8",
    ],
)
def test_a_page_that_is_not_such_a_table_is_refused(page: str | bytes, expected: list[str]) -> None:
    assert problems(page) == expected


def test_only_newline_ends_a_line() -> None:
    # A form feed or U+2028 inside text must not shift the line numbers after it.
    page = (
        "以下\x0c为\u2028说明\n"
        + HEADER.replace(f"## {WECHAT}\n\n", f"## {WECHAT}\n")
        + "| x | 坏 | 否 |\n"
    )
    assert problems(page) == ["page.md:5:3: error: 'x' is not a code or codes separated by '/'"]
