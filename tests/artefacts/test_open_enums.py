"""Open enums (OpenSdkCode, OpenWechatCode) as pydantic and FastAPI field types:
any integer or plain decimal string validates, a known code becomes its member,
a code newer than the package stays an int, and the JSON schema names the known
codes without rejecting others.  Type checkers see `Enum | int`."""

# No `from __future__ import annotations`: FastAPI reads the models' annotations.

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel, ValidationError

from conftest import GENERATED, ROOT, import_file
from generator.load.loader import load_spec
from conftest import SPEC

SPEC_MODEL = load_spec(SPEC)
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"
package = import_file(GENERATED / "python/faceid_codes/__init__.py", "faceid_codes_open")


def newer_code(channel) -> int:
    """A code the channel does not list (and not the success code): as Tencent may add."""
    taken = {c.code for c in channel.codes} | {SPEC_MODEL.success_code}
    code = max(taken) + 1
    while code in taken:
        code += 1
    return code


CHANNELS = [pytest.param(c, id=c.key) for c in SPEC_MODEL.channels]


def model_for(channel):
    open_enum = getattr(package, f"Open{channel.enum}")

    class Result(BaseModel):
        code: open_enum  # type: ignore[valid-type]

    return Result


@pytest.mark.parametrize("channel", CHANNELS)
def test_known_codes_read_as_members_and_newer_ones_as_ints(channel) -> None:
    Result = model_for(channel)
    enum = getattr(package, channel.enum)
    for code in channel.codes:
        for given in (code.code, str(code.code)):
            read = Result.model_validate({"code": given}).code
            assert read is enum(code.code)
        assert Result.model_validate_json(json.dumps({"code": code.code})).code is enum(code.code)
    newer = newer_code(channel)
    for given in (newer, str(newer)):
        read = Result.model_validate({"code": given}).code
        assert type(read) is int and read == newer
    assert Result(code=newer).model_dump_json() == json.dumps(
        {"code": newer}, separators=(",", ":")
    )
    first = channel.codes[0].code
    assert json.loads(Result(code=first).model_dump_json()) == {"code": first}


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("wrong", [True, 1.0, None, " 1", "+1", "1_0", "١", "0x10", "", [1]])
def test_what_is_no_code_is_refused(channel, wrong) -> None:
    with pytest.raises(ValidationError):
        model_for(channel).model_validate({"code": wrong})


@pytest.mark.parametrize("channel", CHANNELS)
def test_the_json_schema_names_known_codes_and_accepts_others(channel) -> None:
    schema = model_for(channel).model_json_schema()
    field = schema["properties"]["code"]
    known = next(form for form in field["anyOf"] if "enum" in form)
    assert known["enum"] == [c.code for c in channel.codes]
    assert known["x-enum-varnames"] == [c.name for c in channel.codes]
    assert known["x-enum-descriptions"] == [c.message_en for c in channel.codes]
    validator = jsonschema.Draft202012Validator(schema)
    for code in (channel.codes[0].code, newer_code(channel), str(newer_code(channel))):
        assert validator.is_valid({"code": code})
    for wrong in (1.5, "+1", True, None):
        assert not validator.is_valid({"code": wrong})
    serialised = model_for(channel).model_json_schema(mode="serialization")
    forms = serialised["properties"]["code"]["anyOf"]
    assert all(form["type"] == "integer" for form in forms)  # dumps write ints only


def test_a_fastapi_app_accepts_a_code_newer_than_the_package() -> None:
    sdk = next(c for c in SPEC_MODEL.channels if c.enum == "SdkCode")
    SdkCode = package.SdkCode

    class Attempt(BaseModel):
        biz_token: str
        code: package.OpenSdkCode  # type: ignore[name-defined]

    app = FastAPI()

    @app.post("/attempts")
    def receive(attempt: Attempt) -> dict[str, object]:
        known = isinstance(attempt.code, SdkCode)
        return {
            "known": known,
            "name": attempt.code.name if known else None,
            "billable": attempt.code.billable if known else None,
            "code": attempt.code,
        }

    client = TestClient(app)
    newer = newer_code(sdk)
    answer = client.post("/attempts", json={"biz_token": "t", "code": newer})
    assert answer.status_code == 200
    assert answer.json() == {"known": False, "name": None, "billable": None, "code": newer}
    for code in sdk.codes:
        answer = client.post("/attempts", json={"biz_token": "t", "code": str(code.code)})
        assert answer.status_code == 200
        assert answer.json() == {
            "known": True,
            "name": code.name,
            "billable": code.billable,
            "code": code.code,
        }
    assert client.post("/attempts", json={"biz_token": "t", "code": "1e3"}).status_code == 422
    openapi = client.get("/openapi.json").json()
    field = openapi["components"]["schemas"]["Attempt"]["properties"]["code"]
    names = next(form["x-enum-varnames"] for form in field["anyOf"] if "enum" in form)
    assert names == [c.name for c in sdk.codes]


CONSUMER = """\
from typing import assert_type

from pydantic import BaseModel

from faceid_codes import OpenSdkCode, OpenWechatCode, SdkCode, WechatCode


class Result(BaseModel):
    code: OpenSdkCode
    wechat: OpenWechatCode | None = None


def describe(result: Result) -> str:
    if isinstance(result.code, SdkCode):
        assert_type(result.code, SdkCode)
        return result.code.message_en
    assert_type(result.code, int)
    return f"code {result.code}, newer than this package"


newer: OpenSdkCode = 123
read = SdkCode.read("123")
assert_type(read, SdkCode | int)
assert_type(WechatCode.read(0), WechatCode | int)
print(describe(Result(code=newer)))
"""


@pytest.fixture
def consumer(tmp_path: Path) -> Path:
    (tmp_path / "consumer.py").write_text(CONSUMER, encoding="utf-8")
    return tmp_path


def test_mypy_strict_accepts_open_enums_in_a_pydantic_model(consumer: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir=/dev/null"]
        + ["consumer.py"],
        cwd=consumer,
        env={"MYPYPATH": str(GENERATED / "python"), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    run = subprocess.run(
        [sys.executable, "consumer.py"],
        cwd=consumer,
        env={"PYTHONPATH": str(GENERATED / "python")},
        capture_output=True,
        text=True,
    )
    assert run.stdout == "code 123, newer than this package\n", run.stderr


@pytest.mark.toolchain
def test_pyright_strict_accepts_open_enums_in_a_pydantic_model(consumer: Path) -> None:
    config = {"typeCheckingMode": "strict", "extraPaths": [str(GENERATED / "python")]}
    (consumer / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    result = subprocess.run(
        [PYRIGHT, "--pythonpath", sys.executable], cwd=consumer, capture_output=True, text=True
    )
    assert "0 errors, 0 warnings, 0 informations" in result.stdout, result.stdout
