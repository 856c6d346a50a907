"""Bounded cost, compat side: no pair of specs makes `compat` take time that
grows faster than their texts (docs/maintainers/bounded-cost.md).

Every unit the generator's patterns use (tests/helpers/cost.py) is repeated in a
code's messages and steps, in both specs, at SMALL and at LARGE characters
(alone, and among varied characters, difflib's worst case): the same text in
both, the text edited in its middle, and the text replaced by another.  Comparing and both reports may take at most MAX_RATIO times as
long for the larger; each line of a report stays short.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import ROOT
from helpers.cost import LARGE, MAX_RATIO, growth, metacharacters, repeated
from generator.compat import REPORTS, compare
from generator.load.loader import parse_spec
from generator.quoting import REPORT_LIMIT

UNITS = metacharacters()
LINE_LIMIT = 4 * REPORT_LIMIT  # a line quotes two texts of one code at most, each shortened
# Markdown writes a character as up to five ("&" as "&amp;"), after shortening.
LIMITS = {"text": LINE_LIMIT, "markdown": 5 * LINE_LIMIT}

SPEC = """\
version: {version}
channels:
  wechat:
    enum: WechatCode
    title: 微信
    title_en: WeChat
    categories:
      system:
        title: 系统
        title_en: System
        codes:
          - code: 0
            name: SUCCESS
            message: 成功
            message_en: Success
            billable: true
          - code: 1
            name: {name}
            message: {text}
            message_en: {text}
            action: [{text}]
            action_en: [{text}]
            billable: false
"""
TEXTS = SPEC.count("{text}")


def spec(text: str, version: str = "1.0.0", name: str = "LONG_TEXT") -> bytes:
    quoted = json.dumps(text, ensure_ascii=False)
    return SPEC.format(version=version, name=name, text=quoted).encode()


def varied(unit: str, length: int, step: int = 1) -> str:
    """The unit repeated, each time followed by one of 500 Han characters in turn:
    none is frequent enough for difflib to skip it (its autojunk), the worst case."""
    count = length // (len(unit) + 1)
    return "".join(unit + chr(0x4E00 + (i * step) % 500) for i in range(count))


def pairs(unit: str, size: int) -> list[tuple[bytes, bytes]]:
    """(old, new): the same text, the text edited in its middle, another text;
    each text the unit repeated, then the unit among varied characters."""
    made = []
    length = size // TEXTS
    for text, other in (
        (repeated(unit, length), repeated("乙", length)),
        (varied(unit, length), varied(unit, length, step=7)),
    ):
        text = f"始{text}终"  # a text may not start or end with a blank
        middle = len(text) // 2
        edited = text[:middle] + "改" + text[middle + 1 :]
        made += [
            (spec(text), spec(text, "1.0.1")),
            (spec(text), spec(edited, "1.0.1")),
            (spec(text), spec(f"始{other}终", "2.0.0")),
        ]
    return made


def compare_and_report(models) -> None:
    for old, new in models:
        changes = compare(old, new)
        for form, report in REPORTS.items():
            text = report(old, new, changes)
            assert all(len(line) <= LIMITS[form] for line in text.splitlines()), form


def models(unit: str, size: int):
    return [
        tuple(parse_spec(data, "codes.yaml", "spec/codes.yaml", check_names=False) for data in pair)
        for pair in pairs(unit, size)
    ]


@pytest.mark.parametrize("unit", UNITS, ids=repr)
def test_comparing_and_reporting_grow_linearly(unit: str) -> None:
    ratio = growth(lambda size: lambda loaded=models(unit, size): compare_and_report(loaded))
    assert ratio <= MAX_RATIO, f"{LARGE:,} characters took {ratio:.1f}x as long as a tenth"


# --- the case of issue #23, through the command itself -------------------------------


def test_two_specs_with_long_messages_compare_in_a_bounded_report(tmp_path) -> None:
    text = varied("人脸", 110_000)  # 110,000 characters
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_bytes(spec(text))
    new.write_bytes(spec(text[:50_000] + "太低" + text[50_002:], "1.0.1"))
    command = [sys.executable, "-m", "generator", "compat", "--baseline-spec", old, "--spec", new]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stderr) == (0, "")  # a reworded message is notable only
    lines = result.stdout.splitlines()
    assert lines[0] == "spec 1.0.0 → 1.0.1: 0 breaking, 4 notable change(s)"
    assert max(map(len, lines)) < LINE_LIMIT
    assert any(f"({len(text):,} characters)" in line for line in lines)
