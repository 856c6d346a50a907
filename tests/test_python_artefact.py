"""The generated Python module: imports, equals the spec, is black-formatted, type-checks."""

from __future__ import annotations

import subprocess
import sys
from enum import IntEnum

import black
import pytest

from conftest import ROOT, Case, import_file
from generator.targets import TARGETS

MODULE = "python/faceid_codes/__init__.py"


@pytest.fixture(scope="module")
def module(case: Case):
    return import_file(case.path(MODULE), f"faceid_codes_{case.name}")


def test_every_member_equals_the_spec(case: Case, module) -> None:
    for channel in case.spec.channels:
        enum = getattr(module, channel.enum)
        assert issubclass(enum, IntEnum)
        assert [m.name for m in enum] == [c.name for c in channel.codes]
        for code in channel.codes:
            member = enum(code.code)
            assert member is enum[code.name]
            assert member == code.code and isinstance(member, int)
            assert member.value == code.code
            assert (member.message, member.message_en) == (code.message, code.message_en)
            assert member.billable is code.billable
            assert member.category == code.category
            assert (member.action, member.action_en) == (code.action, code.action_en)
            assert type(member.action) is tuple
            assert member.family == code.family
        assert module.CHANNELS[channel.key] is enum
    assert module.__version__ == case.spec.version
    assert module.SUCCESS_CODE == case.spec.success_code


def test_lookup_returns_none_for_an_unknown_code(case: Case, module) -> None:
    channel = case.spec.channels[0]
    enum = getattr(module, channel.enum)
    known = channel.codes[0]
    assert enum.lookup(known.code) is enum(known.code)
    unknown = max(c.code for c in channel.codes) - 1
    while unknown in {c.code for c in channel.codes}:
        unknown -= 1
    assert enum.lookup(unknown) is None
    with pytest.raises(ValueError):
        enum(unknown)


# Every generated .py, so that a template edit cannot slip past black.
PYTHON_FILES = sorted(path for t in TARGETS for path, _ in t.files if path.endswith(".py"))


# The texts load on first use; whichever member, attribute or thread comes
# first, every member then carries all of them, and nothing else is invented.
FIRST_USE = """\
import sys, threading
import faceid_codes
from faceid_codes import CHANNELS
loaded_at_import = "faceid_codes._texts" in sys.modules
channel = CHANNELS[sys.argv[1]]
members = list(channel)
first = members[int(sys.argv[2]) % len(members)]
seen = {}
def read(member):
    seen[member] = (member.family, member.message, member.action_en)
threads = [threading.Thread(target=read, args=(m,)) for m in [first, *members]]
for t in threads: t.start()
for t in threads: t.join()
try:
    first.messge
    typo = None
except AttributeError as error:
    typo = (str(error), error.name, error.obj is first)
print(repr((loaded_at_import, len(seen), sorted(vars(members[-1])), typo)))
"""


@pytest.mark.parametrize("index", [0, -1])
def test_texts_load_on_first_use_for_every_member(case: Case, index: int) -> None:
    for channel in case.spec.channels:
        run = subprocess.run(
            [sys.executable, "-c", FIRST_USE, channel.key, str(index)],
            env={"PYTHONPATH": str(case.path("python")), "PYTHONDONTWRITEBYTECODE": "1"},
            capture_output=True,
            text=True,
            check=True,
        )
        fields = ["action", "action_en", "billable", "category", "family", "message"]
        expected = (
            False,
            len(channel.codes),
            sorted([*fields, "message_en", "__objclass__", "_name_", "_sort_order_", "_value_"]),
            (f"'{channel.enum}' object has no attribute 'messge'", "messge", True),
        )
        assert run.stdout == repr(expected) + "\n"


@pytest.mark.parametrize("path", PYTHON_FILES)
def test_output_is_exactly_what_black_makes_of_it(case: Case, path: str) -> None:
    source = case.path(path).read_text(encoding="utf-8")
    assert black.__version__.startswith("26.")
    mode = black.Mode(target_versions={black.TargetVersion.PY311})
    assert black.format_str(source, mode=mode) == source


def test_header_says_generated(case: Case) -> None:
    first = case.path(MODULE).read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# generated from ") and first.endswith(" — do not edit")


CONSUMER = """\
from typing import assert_type
from faceid_codes import SdkCode, WechatCode

assert_type(WechatCode(0).value, int)
assert_type(WechatCode.SUCCESS.billable, bool)
assert_type(WechatCode.SUCCESS.message, str)
assert_type(SdkCode.lookup(1), SdkCode | None)
steps: tuple[str, ...] = SdkCode(400101).action_en
total: int = WechatCode.SUCCESS + 1
"""


def test_mypy_strict_sees_int_values_and_typed_attributes(tmp_path) -> None:
    (tmp_path / "consumer.py").write_text(CONSUMER, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "consumer.py"],
        cwd=tmp_path,
        env={"MYPYPATH": str(ROOT / "generated" / "python"), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
