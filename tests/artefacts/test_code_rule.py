"""What a code is: one rule for the spec loader, Python's lookup and the explain
command (TypeScript's lookup is held to the same table in test_tools.py, by node)."""

from __future__ import annotations

import pytest

from helpers.code_rule import MAX_SAFE_INTEGER, spellings, values
from conftest import SPEC, exec_package
from generator.load.loader import SpecError, load_spec, parse_spec
from generator.render.engine import render

PACKAGE = "faceid_codes_rule"
MAIN = "python/faceid_codes/__main__.py"
SPEC_WITH = """\
version: 0.1.0
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
          - code: {code}
            name: SUCCESS
            message: 成功
            message_en: Success
            billable: true
"""


@pytest.fixture(scope="module")
def package():
    files = render(load_spec(SPEC))
    module = exec_package(files, PACKAGE)
    main = {"__name__": f"{PACKAGE}.__main__", "__package__": PACKAGE}
    exec(compile(files[MAIN], MAIN, "exec"), main)
    return module, main


def codes_to_try(module) -> list[int]:
    """The first and last code of each channel, and the ends of the safe integers."""
    ends = [c for enum in module.CHANNELS.values() for c in (min(enum), max(enum))]
    return sorted({0, *ends, MAX_SAFE_INTEGER, -MAX_SAFE_INTEGER})


def test_python_lookup_and_the_explain_command_read_strings_by_one_rule(package) -> None:
    module, main = package
    for code in codes_to_try(module):
        for text, is_code in spellings(code).items():
            assert main["code_of"](text) == (code if is_code else None), repr(text)
            for enum in module.CHANNELS.values():
                member = enum.lookup(text)
                known = code in enum._value2member_map_
                assert member is (enum(code) if is_code and known else None), repr(text)


def test_python_lookup_reads_numbers_not_booleans(package) -> None:
    module, _ = package
    for enum in module.CHANNELS.values():
        for code in (min(enum), max(enum)):
            for given, found in values(code):
                assert enum.lookup(given) is (None if found is None else enum(found)), repr(given)
    assert module.WechatCode.lookup(0) is not None  # the case the rule decides
    assert module.WechatCode.lookup(False) is None and module.WechatCode.lookup("-0") is None


def test_the_spec_loader_takes_a_code_by_the_same_rule() -> None:
    """Written unquoted in YAML, a spelling is a code exactly when lookup reads it as one."""
    for code in (0, 5020, -5020, MAX_SAFE_INTEGER, -MAX_SAFE_INTEGER):
        for text, is_code in spellings(code).items():
            if not text.strip() or text != text.strip():
                continue  # YAML drops the blanks around a plain scalar: not a spelling there
            data = SPEC_WITH.format(code=text).encode()
            try:
                spec = parse_spec(data, "codes.yaml", "spec/codes.yaml")
            except SpecError as error:
                assert not is_code, (text, error.lines())
                assert error.lines()[0].startswith("codes.yaml:12:19: error: "), text
            else:
                assert is_code and spec.channels[0].codes[0].code == code, text
