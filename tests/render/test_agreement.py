"""The artefacts agree with each other, code for code, and all read as plain UTF-8."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import Case, import_file
from generator.names import upper_snake
from generator.targets import JAVA_SOURCES
from helpers.go import build_and_run as go_build_and_run
from helpers.java import build_and_run as java_build_and_run
from helpers.reference import MODULE, entries
from helpers.typescript import compile_and_run

TEXT_FILES = (
    "python/faceid_codes/__init__.py",
    "python/faceid_codes/_texts.py",
    "typescript/faceid-codes.ts",
    "typescript/faceid-codes.js",
    "typescript/faceid-codes.cjs",
    "typescript/README.md",
    "python/README.md",
    "docs/return-codes.md",
    "schema/faceid-codes.annotated.schema.json",
    "go/faceidcodes.go",
)


@pytest.mark.toolchain
def test_python_typescript_go_java_schema_and_markdown_agree(case: Case, tmp_path: Path) -> None:
    module = import_file(
        case.path("python/faceid_codes/__init__.py"), f"faceid_codes_agree_{case.name}"
    )
    schema = json.loads(
        case.path("schema/faceid-codes.annotated.schema.json").read_text(encoding="utf-8")
    )
    typescript = compile_and_run(case, "tsc7", tmp_path)
    go, java = go_build_and_run(case), java_build_and_run(case)
    markdown = entries(case.path(MODULE).read_text(encoding="utf-8"))
    for channel in case.spec.channels:
        python = [(m.value, m.name, m.message, m.billable) for m in getattr(module, channel.enum)]
        info = typescript[upper_snake(channel.enum) + "_INFO"]
        ts = [
            (i["code"], i["name"], i["message"], i["billable"])
            for i in (info[str(code)] for code, *_ in python)
        ]
        js = [
            (c["code"], c["name"], c["message"], c["billable"])
            for c in schema["$defs"][channel.enum]["x-faceid-codes"]
        ]
        golang = [
            (i["code"], i["name"], i["message"], i["billable"])
            for _, _, i in go[channel.enum]["entries"]
        ]
        jvm = [
            (i["code"], i["name"], i["message"], i["billable"])
            for i in java[channel.enum]["entries"]
        ]
        md = [markdown[f"{channel.key}-{code}"] for code, *_ in python]
        assert python == ts == js == golang == jvm
        assert [(int(e.code), e.name, e.message, e.billable) for e in md] == python


def test_every_artefact_is_plain_utf8_with_lf(case: Case) -> None:
    first = case.spec.channels[0].enum  # the real spec's WechatCode, which has 0 成功
    for path in (*TEXT_FILES, f"{JAVA_SOURCES}/{first}.java"):
        data = case.path(path).read_bytes()
        text = data.decode("utf-8")
        assert b"\r" not in data and text.endswith("\n") and not text.endswith("\n\n"), path
        # READMEs show usage, and the Python module leaves its texts to _texts.py.
        if case.name == "real" and "README" not in path and not path.endswith("__init__.py"):
            assert "成功" in text, f"{path}: Chinese must stay Chinese, not \\u escapes"
