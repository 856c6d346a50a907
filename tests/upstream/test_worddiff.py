"""The word-level diff of the upstream report, at the edges of its rules."""

from __future__ import annotations

import math

import pytest

from generator.quoting import REPORT_LIMIT, shortened
from generator.upstream import worddiff


def shown(old: str, new: str) -> str:
    return worddiff.render(worddiff.diff(old, new), "[-{}-]", "{{+{}+}}")


@pytest.mark.parametrize(
    "old, new, expected",
    [
        # One unchanged unit between two changes joins them, wherever the pair stands.
        ("甲比乙", "丙比丁", "[-甲比乙-]{+丙比丁+}"),
        # An unchanged unit at either end stays outside the change.
        ("太暗了", "太强了", "太[-暗-]{+强+}了"),
        ("暗了", "强了", "[-暗-]{+强+}了"),
        ("太暗", "太强", "太[-暗-]{+强+}"),
        # Two unchanged units between changes keep them apart.
        ("甲比较乙", "丙比较丁", "[-甲-]{+丙+}比较[-乙-]{+丁+}"),
    ],
)
def test_changes_and_the_units_between_them(old: str, new: str, expected: str) -> None:
    assert shown(old, new) == expected


def test_a_long_repetitive_text_is_diffed_unit_by_unit() -> None:
    """No unit is ignored for being frequent (difflib's autojunk would blank "字" here)."""
    old, new = "字" * 300 + "甲", "字" * 300 + "乙"
    assert shown(old, new) == "字" * 300 + "[-甲-]{+乙+}"


def test_the_size_limit_is_inclusive() -> None:
    side = math.isqrt(worddiff.MAX_PAIRS)
    assert side * side == worddiff.MAX_PAIRS
    # Within the limit, difflib sees the whole texts: the change lies where it matches best.
    old, new = "甲乙" * (side // 2), "乙甲" * (side // 2)
    assert len(old) * len(new) == worddiff.MAX_PAIRS
    assert shown(old, new) == "{+乙+}" + "甲乙" * (side // 2 - 1) + "甲[-乙-]"
    # Beyond it, the middle between the common ends is one change when it is too long too.
    longer_old, longer_new = old + "甲", new + "乙"
    pieces = worddiff.diff(longer_old, longer_new)
    assert pieces == [worddiff.Piece(longer_old, longer_new)]


def test_a_long_text_changed_in_its_middle_shows_the_change_alone() -> None:
    side = math.isqrt(worddiff.MAX_PAIRS)
    start, end = "字" * side, "尾" * side
    pieces = worddiff.diff(start + "暗" + end, start + "强" + end)
    assert pieces == [
        worddiff.Piece(start, start),
        worddiff.Piece("暗", "强"),
        worddiff.Piece(end, end),
    ]


def test_a_report_line_is_bounded_however_long_the_texts() -> None:
    """Unchanged stretches keep their ends, changes are shortened, and a line that
    would still be too long shows the two texts, shortened, instead."""
    start, end = "字" * 5_000, "尾" * 5_000
    old, new = start + "暗" + end, start + "强" + end
    line = worddiff.render(
        worddiff.bounded(worddiff.diff(old, new), old, new), "[-{}-]", "{{+{}+}}"
    )
    context = "字" * worddiff.CONTEXT
    assert (
        line
        == f"{context}…{context}[-暗-]{{+强+}}{'尾' * worddiff.CONTEXT}…{'尾' * worddiff.CONTEXT}"
    )
    # Within MAX_PAIRS, but a hundred changed words: the two texts, shortened.
    many, changed = "甲".join(["a" * 30] * 100), "甲".join(["b" * 30] * 100)
    assert len(worddiff.units(many)) * len(worddiff.units(changed)) <= worddiff.MAX_PAIRS
    pieces = worddiff.bounded(worddiff.diff(many, changed), many, changed)
    assert pieces == [worddiff.Piece(shortened(many), shortened(changed))]
    huge_old, huge_new = "[" * 100_000, "]" * 100_000
    (only,) = worddiff.bounded(worddiff.diff(huge_old, huge_new), huge_old, huge_new)
    assert only.old == shortened(huge_old) and only.new == shortened(huge_new)
    assert len(only.old) < 2 * REPORT_LIMIT


def test_render_escapes_every_piece() -> None:
    escape = {"<": "&lt;", ">": "&gt;"}.get
    pieces = worddiff.diff("a<b>", "a<c")
    assert worddiff.render(
        pieces, "<del>{}</del>", "<ins>{}</ins>", lambda t: "".join(escape(c, c) for c in t)
    ) == ("a&lt;<del>b&gt;</del><ins>c</ins>")
