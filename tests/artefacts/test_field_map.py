"""The field map (spec `fields`) against Tencent's own SDK models
(tencentcloud-sdk-python-faceid, a test dependency only): every field exists
where the map says, has the type the map says, and the package reads it from
a response the SDK deserialises as its client does."""

from __future__ import annotations

import json
import re

import pytest
from tencentcloud.faceid.v20180301 import models

from conftest import GENERATED, SPEC, Case, import_file
from generator.load.loader import load_spec

spec = load_spec(SPEC)
package = import_file(GENERATED / "python/faceid_codes/__init__.py", "faceid_codes_fields")
TYPE = re.compile(r":type (\w+): (.+)")
CLASS = re.compile(r":class:`tencentcloud\.faceid\.v20180301\.models\.(\w+)`")
LIST = re.compile(r"list of (\w+)")


def declared(model: type) -> dict[str, str]:
    """Each parameter's type as the SDK's docstring declares it."""
    return dict(TYPE.findall(model.__init__.__doc__ or ""))


def walk(field) -> list[tuple[type, str, str]]:
    """(model, attribute, declared type) along the field's path, from the API's response."""
    model = getattr(models, f"{field.api}Response")
    seen = []
    for step in field.path.split("."):
        name = step.removesuffix("[]")
        kind = declared(model)[name]
        seen.append((model, name, kind))
        inner = (LIST if step.endswith("[]") else CLASS).fullmatch(kind)
        if inner is not None:
            model = getattr(models, inner.group(1))
    return seen


FIELDS = [pytest.param(f, id=f"{f.api}.{f.path}.{f.channel}") for f in spec.fields]


def test_the_map_covers_the_fields_the_issue_names() -> None:
    named = {(f.api, f.path) for f in spec.fields}
    assert named >= {
        ("GetDetectInfoEnhanced", "Text.ErrCode"),
        ("GetDetectInfoEnhanced", "Text.LivenessDetail[].Errcode"),
        ("GetFaceIdResult", "Result"),
        ("GetWeChatBillDetails", "WeChatBillDetails[].ChargeDetails[].ErrorCode"),
    }
    assert any(f.api == "GetEidResult" for f in spec.fields)


@pytest.mark.parametrize("field", FIELDS)
def test_each_field_is_in_the_sdk_with_the_type_the_map_says(field) -> None:
    steps = walk(field)
    *inner, last = field.path.split(".")
    for (model, name, kind), step in zip(steps, inner):
        pattern = LIST if step.endswith("[]") else CLASS
        assert pattern.fullmatch(kind), (model.__name__, name, kind)
    assert not last.endswith("[]") and steps[-1][2] == field.type
    if field.verdict is not None:  # Tencent's billing verdict sits beside the code
        assert declared(steps[-1][0])[field.verdict] == "bool"


def response_for(field, values: list[object]) -> dict:
    """A response as the API returns it, with `values` in the field (and lists of one each)."""
    steps = field.path.split(".")
    lists = sum(step.endswith("[]") for step in steps)
    assert lists <= 2

    def build(index: int, value: object) -> object:
        if index == len(steps):
            return value
        name = steps[index].removesuffix("[]")
        inner = build(index + 1, value)
        return {name: [inner] if steps[index].endswith("[]") else inner}

    if lists == 0:
        (value,) = values
        return {"Response": build(0, value), "RequestId": "r"}
    # One element per value along the first list; merge them there.
    first = next(i for i, step in enumerate(steps) if step.endswith("[]"))
    items = [build(first + 1, value) for value in values]
    head: dict = {"RequestId": "r"}
    parent = head
    for step in steps[:first]:
        parent[step] = {}
        parent = parent[step]
    parent[steps[first].removesuffix("[]")] = items
    return {"Response": head}


def test_codes_read_from_the_sdks_deserialised_response() -> None:
    for field in spec.fields:
        channel = spec.channel(field.channel)
        known = channel.codes[-1].code
        newer = max(c.code for c in channel.codes) + 1
        lists = "[]" in field.path
        raw = [known, newer] if lists else [known]
        as_sent = [str(v) if field.type == "str" else v for v in raw]
        body = response_for(field, as_sent)
        response = getattr(models, f"{field.api}Response")()
        response._deserialize(json.loads(json.dumps(body))["Response"])  # as the client does
        (mapped,) = [
            f
            for f in package.FIELDS
            if (f.api, f.path, f.channel) == (field.api, field.path, field.channel)
        ]
        enum = getattr(package, channel.enum)
        values = mapped.values(response)
        assert [type(v).__name__ for v in values] == [field.type] * len(raw)
        expected = [enum(known), *([newer] if lists else [])]
        assert mapped.codes(response) == expected
        assert [type(c) for c in mapped.codes(response)] == [type(c) for c in expected]
        assert mapped.codes(body) == mapped.codes(body["Response"]) == expected
        if field.type == "str":  # the trap: a str never equals a member
            assert values[0] != enum(known) and enum.lookup(values[0]) is enum(known)


def test_the_package_map_equals_the_spec(case: Case) -> None:
    """Every text exactly, the awkward spec's too (quotes, backslashes, newlines)."""
    built = import_file(
        case.path("python/faceid_codes/__init__.py"), f"faceid_codes_map_{case.name}"
    )

    def kept(f) -> tuple:  # what the package keeps of a field (the Chinese flow is the docs')
        return (f.api, f.path, f.type, f.channel, f.flow, f.verdict)

    assert [kept(f) for f in built.FIELDS] == [kept(f) for f in case.spec.fields]
    assert case.spec.fields, "a spec without a field map would prove nothing here"
    for mapped in built.FIELDS:
        assert mapped.enum is built.CHANNELS[mapped.channel]


FLOW = re.compile(
    r"^\| `(\w+)` \| `([\w.\[\]]+)` \| `\w+` \| `(\w+)` \(`\w+`\) \| (.*) \| `[^`]+` \|$", re.M
)


@pytest.mark.parametrize("page, chinese", [("responses.md", True), ("responses.en.md", False)])
def test_each_docs_page_says_when_a_field_carries_codes_in_its_language(
    page: str, chinese: bool
) -> None:
    """The Chinese page shows the spec's Chinese flow, the English page the English one."""
    text = (GENERATED / "docs" / page).read_text(encoding="utf-8")
    shown = {(api, path, channel): flow for api, path, channel, flow in FLOW.findall(text)}
    assert shown == {
        (f.api, f.path, f.channel): (f.flow_zh if chinese else f.flow) for f in spec.fields
    }
    assert all(f.flow_zh for f in spec.fields), "the real spec has every flow in Chinese"


LOOKUP = re.compile(r"^\| `(\w+)` \| `([\w.\[\]]+)` \| `\w+` \| `(\w+)` .* \| `([^`]+)` \|$", re.M)


def test_the_docs_lookups_run_on_the_sdks_models() -> None:
    """Each Python lookup the docs page shows, run as written on the SDK's deserialised model."""
    page = (GENERATED / "docs/responses.md").read_text(encoding="utf-8")
    shown = {(api, path, channel): code for api, path, channel, code in LOOKUP.findall(page)}
    assert set(shown) == {(f.api, f.path, f.channel) for f in spec.fields}
    for field in spec.fields:
        channel = spec.channel(field.channel)
        enum = getattr(package, channel.enum)
        known = channel.codes[0].code
        raw = str(known) if field.type == "str" else known
        response = getattr(models, f"{field.api}Response")()
        response._deserialize(response_for(field, [raw])["Response"])
        read = eval(
            shown[(field.api, field.path, field.channel)], {enum.__name__: enum, "resp": response}
        )
        assert read == ([enum(known)] if "[]" in field.path else enum(known))
