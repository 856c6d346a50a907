"""The generated Python module: imports, equals the spec, is black-formatted, type-checks."""

from __future__ import annotations

import json
import subprocess
import sys
from enum import IntEnum

import black
import pytest

from conftest import PYTHON_TEXTS, Case, exec_package, import_file
from generator.render.engine import render
from generator.load.loader import load_spec
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


# Texts whose quoting black and Python's parser must both accept: more double than
# single quotes (black then prefers single quotes, so each ' is escaped), the reverse,
# a tie, and backslashes, newlines and tabs in each.
QUOTED = [
    "it's",
    'say "hi"',
    'say "hi", it\'s',
    "'\"'\"'",
    '"\'"\'"',
    "\\'",
    '\\"',
    "back\\slash",
    "new\nline\tand tab",
    "'''",
    '"""',
    "ends with \\",
    "ends with '",
    'ends with "',
]


@pytest.mark.parametrize("text", QUOTED)
def test_texts_read_back_exactly_from_black_stable_python_literals(tmp_path, text: str) -> None:
    """A member whose messages hold the text: Python reads both back exactly, black keeps the file."""
    spec = tmp_path / "codes.yaml"
    spec.write_text(
        "version: 1.0.0\nchannels:\n  sdk:\n    enum: SdkCode\n    title: t\n    title_en: t\n"
        "    categories:\n      c:\n        title: t\n        title_en: t\n        codes:\n"
        f"          - code: 1\n            name: ONE\n"
        f"            message: {json.dumps(text)}\n            message_en: {json.dumps(text)}\n"
        "            action: [" + json.dumps(text) + "]\n"
        "            action_en: [" + json.dumps(text) + "]\n"
        "            billable: false\n",
        encoding="utf-8",
    )
    files = render(load_spec(spec))
    mode = black.Mode(target_versions={black.TargetVersion.PY311})
    for path in (MODULE, PYTHON_TEXTS):
        assert black.format_str(files[path], mode=mode) == files[path]
    module = exec_package(files, f"faceid_codes_quoted_{QUOTED.index(text)}")
    member = module.SdkCode(1)
    assert (member.message, member.message_en, member.action, member.action_en) == (
        text,
        text,
        (text,),
        (text,),
    )
