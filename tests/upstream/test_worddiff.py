"""The word-level diff of the upstream report, at the edges of its rules."""

from __future__ import annotations

import pytest

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
    old, new = "字" * 2_000, "字" * 1_999 + "改"
    assert len(old) * len(new) == worddiff.MAX_PAIRS
    assert shown(old, new) == "字" * 1_999 + "[-字-]{+改+}"
    longer = new + "改"
    assert worddiff.diff(old, longer) == [worddiff.Piece(old, longer)]


def test_render_escapes_every_piece() -> None:
    escape = {"<": "&lt;", ">": "&gt;"}.get
    pieces = worddiff.diff("a<b>", "a<c")
    assert worddiff.render(
        pieces, "<del>{}</del>", "<ins>{}</ins>", lambda t: "".join(escape(c, c) for c in t)
    ) == ("a&lt;<del>b&gt;</del><ins>c</ins>")
