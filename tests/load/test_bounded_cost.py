"""Bounded cost, spec side: no text or name makes `validate` or `generate` take
time that grows faster than its length (docs/maintainers/bounded-cost.md).

Every unit the generator's patterns are written with (tests/helpers/cost.py) is
repeated in each kind of value, to a file of SMALL and one of LARGE characters: the texts
(loaded, then rendered into every artefact), and the names, keys, enum and
code (loaded; nearly all are refused, which exercises every error message).
The larger input may take at most MAX_RATIO times as long as the smaller.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import ROOT
from helpers.cost import LARGE, MAX_RATIO, growth, metacharacters, repeated
from generator.load.loader import MAX_LINE, SpecError, parse_spec
from generator.render.engine import render

UNITS = metacharacters()

# One channel, one category, two codes of one family: every kind of value once.
SPEC = """\
version: 0.1.0
channels:
  wechat:
    enum: {enum}
    title: {text}
    title_en: {text}
    families:
      ? {family}
      : title: {text}
        title_en: {text}
    categories:
      ? {category}
      : title: {text}
        title_en: {text}
        codes:
          - code: {code}
            name: {name}
            message: {text}
            message_en: {text}
            billable: true
          - code: 2
            name: {member}
            family: {family}
            message: {text}
            message_en: {text}
            action: [{text}, {text}]
            action_en: [{text}, {text}]
            billable: false
          - code: 3
            name: {member3}
            family: {family}
            message: {text}
            message_en: {text}
            billable: false
"""
FINE = {
    "enum": "WechatCode",
    "text": "成功",
    "family": "same",
    "category": "system",
    "code": "0",
    "name": "SUCCESS",
    "member": "SAME_2",
    "member3": "SAME_3",
}


def spec_text(**values: str) -> bytes:
    return SPEC.format(**{**FINE, **values}).encode()


# The size is the file's: its values share it.
TEXTS = SPEC.count("{text}")
NAMES = len(FINE) - 1


def texts(unit: str, size: int) -> list[bytes]:
    return [spec_text(text=json.dumps(repeated(unit, size // TEXTS), ensure_ascii=False))]


# A pattern fails late, after its longest runs, on a value that starts as a
# valid one would and then breaks off: each name is tried bare, after a valid
# first character (enum "W", name "A", key "a", code "1"), and with "!" after.
SHAPES = (("", ""), ("start", ""), ("start", "!"))
STARTS = {"enum": "W", "category": "a", "name": "A", "family": "a", "code": "1"}


def names(unit: str, size: int) -> list[bytes]:
    made = []
    for start, end in SHAPES:
        value = {
            key: (first if start else "") + repeated(unit, size // NAMES) + end
            for key, first in STARTS.items()
        }
        made.append(
            spec_text(
                **{
                    key: json.dumps(v, ensure_ascii=False)
                    for key, v in value.items()
                    if key != "code"
                },
                member=json.dumps(value["family"].upper() + "_2", ensure_ascii=False),
                code=value["code"],  # unquoted: YAML decides what it is
            )
        )
    return made


def load_and_render(files: list[bytes]) -> None:
    """What `generate` does in memory: a valid spec is rendered, an invalid one reported."""
    for data in files:
        try:
            spec = parse_spec(data, "codes.yaml", "spec/codes.yaml")
        except SpecError as error:
            lines = error.lines()
            assert lines and all(len(line) <= MAX_LINE for line in lines)
            continue
        render(spec)


@pytest.mark.parametrize("make", [texts, names], ids=["texts", "names"])
@pytest.mark.parametrize("unit", UNITS, ids=repr)
def test_loading_and_rendering_grow_linearly(make, unit: str) -> None:
    ratio = growth(lambda size: lambda data=make(unit, size): load_and_render(data))
    assert ratio <= MAX_RATIO, f"{LARGE:,} characters took {ratio:.1f}x as long as a tenth"


# --- the cases of issue #23, through the command itself ------------------------------


def validate(tmp_path, data: bytes) -> subprocess.CompletedProcess[str]:
    spec = tmp_path / "codes.yaml"
    spec.write_bytes(data)
    command = [sys.executable, "-m", "generator", "validate", "--spec", str(spec)]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60)


def test_a_long_enum_name_of_one_letter_is_refused_at_once(tmp_path) -> None:
    result = validate(tmp_path, spec_text(enum="W" + "a" * 200_000 + "-"))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    (line,) = result.stderr.splitlines()
    assert "enum: 'Waaaa" in line and "(200,002 characters) is not a PascalCase" in line


def test_a_valid_enum_name_of_200000_letters_validates(tmp_path) -> None:
    result = validate(tmp_path, spec_text(enum="W" + "a" * 200_000))
    assert (result.returncode, result.stderr) == (0, "")


def test_a_text_of_repeated_brackets_generates(tmp_path) -> None:
    (data,) = texts("[", 200_000 * TEXTS)
    spec, out = tmp_path / "codes.yaml", tmp_path / "out"
    spec.write_bytes(data)
    command = [sys.executable, "-m", "generator", "generate", "--spec", spec, "--out", out]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "Traceback" not in result.stderr
    reference = (out / "docs" / "return-codes.md").read_text(encoding="utf-8")
    assert "\\[" * 200_000 in reference  # every bracket escaped, none a link


def test_code_minus_zero_is_refused(tmp_path) -> None:
    result = validate(tmp_path, spec_text(code="-0"))
    assert result.returncode == 2 and result.stderr == (
        f"{tmp_path / 'codes.yaml'}:16:19: error: code: write the code -0 as 0: every artefact "
        "writes it 0, and -0 is no other code\n"
    )
