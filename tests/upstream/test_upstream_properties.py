"""Property-based: any table in any layout reads back exactly; any edit of it is reported exactly.

`make test` runs a small profile; `make fuzz` runs >= 1,000 examples of each.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.model import Category, Channel, Code, Spec
from generator.load.fields import MAX_SAFE_INTEGER
from generator.upstream.diff import compare
from generator.load.characters import first_forbidden
from generator.upstream.table import Row, read_table

pytestmark = pytest.mark.fuzz

# Texts from all of Unicode but what the spec refuses (generator/characters.py)
# and "<", which could spell a step break.
# "|" and "\" stay in: the writer escapes "|" as Markdown tables do.
TEXT = st.text(
    alphabet=st.characters(
        codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp", "Cf"), exclude_characters="<"
    ).filter(lambda char: first_forbidden(char) is None)
    | st.sampled_from("请确保光线充足，；：| \\*_`#[]()${}-"),
    min_size=1,
    max_size=12,
).filter(lambda text: text == text.strip())
CODE = st.integers(-MAX_SAFE_INTEGER, MAX_SAFE_INTEGER)
BREAKS = ("<br>", "<br/>", "<BR />", "<be>", " <br> ")
COLUMNS = {"code": "返回码", "message": "返回信息", "action": "处理措施", "billable": "是否收费"}


@st.composite
def tables(
    draw,
) -> list[tuple[str, str | None, list[tuple[list[int], str, tuple[str, ...], bool]]]]:
    """Tables as (heading, sub-heading, rows); each row lists 1-3 codes, unique per heading."""
    used: dict[str, set[int]] = {}
    out = []
    for heading, subs in (("微信返回码", ["系统返回码", "活体返回码"]), ("其他返回码", [None])):
        for sub in subs:
            rows = []
            for _ in range(draw(st.integers(1, 4))):
                codes = draw(st.lists(CODE, min_size=1, max_size=3, unique=True))
                codes = [c for c in codes if c not in used.setdefault(heading, set())]
                if not codes:
                    continue
                used[heading].update(codes)
                steps = tuple(draw(st.lists(TEXT, max_size=3)))
                rows.append((codes, draw(TEXT), steps, draw(st.booleans())))
            out.append((heading, sub, rows))
    return out


def escaped(text: str) -> str:
    return text.replace("|", "\\|")


@st.composite
def pages(draw, data) -> str:
    """The tables written as Markdown, in a layout drawn at random."""
    pad = lambda: draw(st.sampled_from(["", " ", "  ", "\t", " \t "]))  # noqa: E731
    lines: list[str] = []
    last_heading = None
    for heading, sub, rows in data:
        if heading != last_heading:
            lines += [f"##{draw(st.sampled_from([' ', '  ', chr(9)]))}{heading}", ""]
            last_heading = heading
        if sub is not None:
            lines += [f"{draw(st.sampled_from(['###', '####', ' ###']))} {sub}", ""]
        order = draw(st.permutations(list(COLUMNS)))
        lines.append(" | ".join(COLUMNS[c] for c in order))
        lines.append("|".join("---" for _ in order))
        for codes, message, steps, billable in rows:
            cells = {
                "code": draw(st.sampled_from(["/", " / "])).join(map(str, codes)),
                "message": escaped(message),
                "action": draw(st.sampled_from(BREAKS)).join(escaped(s) for s in steps),
                "billable": "是" if billable else "否",
            }
            texts = [cells[c] for c in order]
            # A cell's text must not end in a backslash right before its pipe.
            row = "|".join(pad() + t + (" " if t.endswith("\\") else pad()) for t in texts)
            if order[0] not in ("code", "billable") or draw(st.booleans()):
                row = "|" + row  # a row may omit its leading pipe, not before a "#" text
            if not texts[-1] or texts[-1].endswith("\\") or draw(st.booleans()):
                row += "|"  # nor its closing pipe after an empty or backslashed cell
            lines.append(row)
        lines.append("")
    return draw(st.sampled_from(["\n", "\r\n"])).join(lines)


@given(st.data())
def test_any_layout_reads_back_exactly(data: st.DataObject) -> None:
    drawn = data.draw(tables())
    page = data.draw(pages(drawn))
    expected = [
        Row(code, message, steps, billable, heading, sub, 0)
        for heading, sub, rows in drawn
        for codes, message, steps, billable in rows
        for code in codes
    ]
    rows = read_table(page.encode("utf-8"), "page.md")
    assert [row._replace(line=0) for row in rows] == expected


def spec_of(rows: list[Row]) -> Spec:
    """A spec saying exactly what the rows say (split tables keep their sub-tables)."""
    channels = []
    for key, heading in (("wechat", "微信返回码"), ("sdk", "其他返回码")):
        mine = [r for r in rows if r.table == heading]
        subs = list(dict.fromkeys(r.sub_table or "全部" for r in mine))
        categories = tuple(Category(f"c{i}", title, "x") for i, title in enumerate(subs))
        category = {c.title: c.key for c in categories}
        codes = tuple(
            Code(
                r.code,
                f"C{i}",
                r.message,
                "x",
                r.billable,
                category[r.sub_table or "全部"],
                r.action,
            )
            for i, r in enumerate(mine)
        )
        channels.append(Channel(key, key.title(), heading, "x", categories, codes))
    return Spec("1.0.0", tuple(channels), "spec/fuzz.yaml")


@given(st.data())
def test_any_edit_is_reported_exactly(data: st.DataObject) -> None:
    drawn = data.draw(tables())
    rows = read_table(data.draw(pages(drawn)).encode("utf-8"), "page.md")
    spec = spec_of(rows)
    keys = {"微信返回码": "wechat", "其他返回码": "sdk"}
    chosen = lambda: set(data.draw(st.lists(st.sampled_from(rows), unique=True)))  # noqa: E731
    flipped, reworded, dropped = chosen(), chosen(), chosen()
    edited = [
        row._replace(
            billable=row.billable != (row in flipped),
            message=row.message + "改" if row in reworded else row.message,
        )
        for row in rows
        if row not in dropped
    ]
    taken = {r.code for r in rows}  # a number new here but gone elsewhere would be a move
    new = [
        Row(code, "新", (), True, "其他返回码", None, 0)
        for code in data.draw(st.lists(CODE, max_size=3, unique=True))
        if code not in taken
    ]
    expected = {("gone", keys[r.table], r.code) for r in dropped}
    expected |= {("billing", keys[r.table], r.code) for r in flipped - dropped}
    expected |= {("message", keys[r.table], r.code) for r in reworded - dropped}
    expected |= {("added", "sdk", r.code) for r in new}
    found = [(d.kind, d.channel, d.code) for d in compare(spec, edited + new)]
    assert sorted(found, key=str) == sorted(expected, key=str)
    assert [kind for kind, _, _ in found][: len(flipped - dropped)] == ["billing"] * len(
        flipped - dropped
    )
