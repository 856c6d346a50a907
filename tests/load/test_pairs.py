"""Same condition in another channel (`same_condition`): declared once, checked
by the loader with one FILE:LINE:COL line per problem, shown both ways."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import SPEC
from generator.load.loader import SpecError, load_spec

TEXT = SPEC.read_text(encoding="utf-8")
DECLARED = "same_condition: {sdk: 66660010}"  # on 2006, as the spec declares it


def errors(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "codes.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        load_spec(path, display="codes.yaml")
    return caught.value.lines()


def at(text: str, needle: str, offset: int = 0) -> str:
    """`codes.yaml:LINE:COL` of the first `needle` in `text`, `offset` characters in."""
    index = text.index(needle) + offset
    line = text.count("\n", 0, index) + 1
    col = index - (text.rfind("\n", 0, index) + 1) + 1
    return f"codes.yaml:{line}:{col}"


def test_every_declared_pair_is_read_and_shown_both_ways(real_spec) -> None:
    declared = len(re.findall(r"^ +same_condition:", TEXT, re.M))
    assert declared and len(real_spec.pairs) == declared
    found = real_spec.counterparts()
    for pair in real_spec.pairs:
        one, other = (pair.channel, pair.code), (pair.other_channel, pair.other_code)
        assert [(ch.key, c.code) for ch, c in found[one]] == [other]
        assert [(ch.key, c.code) for ch, c in found[other]] == [one]
    assert len(found) == 2 * declared


def test_2006_reports_what_66660010_reports(real_spec) -> None:
    assert ("sdk", 66660010) in [
        (ch.key, c.code) for ch, c in real_spec.counterparts()[("wechat", 2006)]
    ]


@pytest.mark.parametrize(
    ("replacement", "offset", "message"),
    [
        (
            "same_condition: {wechat: 2006}",
            17,
            "same_condition names this code's own channel 'wechat'; name another channel",
        ),
        (
            "same_condition: {paas: 66660010}",
            17,
            "same_condition: unknown channel 'paas'; other channels: sdk",
        ),
        ("same_condition: {sdk: 123}", 22, "same_condition: channel sdk has no code 123"),
        (
            "same_condition: {sdk: '66660010'}",
            22,
            "same_condition: expected an integer, but YAML reads text ('66660010')",
        ),
        (
            "same_condition: 66660010",
            16,
            "same_condition: expected a mapping, but YAML reads an integer ('66660010')",
        ),
    ],
    ids=["own channel", "unknown channel", "unknown code", "quoted code", "not a mapping"],
)
def test_a_wrong_declaration_is_one_line_at_its_value(
    tmp_path: Path, replacement: str, offset: int, message: str
) -> None:
    text = TEXT.replace(DECLARED, replacement)
    assert errors(tmp_path, text) == [f"{at(text, replacement, offset)}: error: {message}"]


def test_a_pair_declared_from_both_sides_is_refused_the_second_time(tmp_path: Path) -> None:
    text = TEXT.replace(
        "name: ID_NAME_MISMATCH\n        category: identity",
        "name: ID_NAME_MISMATCH\n        same_condition: {wechat: 2006}\n        category: identity",
    )
    assert text != TEXT
    first = at(text, DECLARED).split(":")[1]
    assert errors(tmp_path, text) == [
        f"{at(text, 'same_condition: {wechat: 2006}', 25)}: error: same_condition: this code "
        f"is paired with channel wechat already (line {first}); declare each pair once, on one of its two codes"
    ]


def test_a_code_paired_twice_with_one_channel_is_refused(tmp_path: Path) -> None:
    text = TEXT.replace("same_condition: {sdk: 66660024}", "same_condition: {sdk: 66660010}")
    first = at(text, DECLARED).split(":")[1]
    second = text[: text.index(DECLARED) + 1].count("\n") + 1  # the line after the first
    where = at(text.split("\n", second)[-1], DECLARED, 22).split(":")
    line = int(where[1]) + second
    assert errors(tmp_path, text) == [
        f"codes.yaml:{line}:{where[2]}: error: same_condition: "
        f"code 66660010 of sdk is paired with channel wechat already (line {first}); "
        "declare each pair once, on one of its two codes"
    ]
