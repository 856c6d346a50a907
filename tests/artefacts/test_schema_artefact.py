"""The generated JSON Schema: valid Draft 2020-12, accepts exactly each channel's codes."""

from __future__ import annotations

import json

import jsonschema
import pytest

from conftest import Case, code_info

MODULE = "schema/faceid-codes.schema.json"
# The same validation, plus the x- keywords code generators read (names, messages, everything).
ANNOTATED = "schema/faceid-codes.annotated.schema.json"


@pytest.fixture(scope="module")
def schema(case: Case) -> dict:
    return json.loads(case.path(MODULE).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def annotated(case: Case) -> dict:
    return json.loads(case.path(ANNOTATED).read_text(encoding="utf-8"))


def test_passes_the_2020_12_metaschema(schema: dict, annotated: dict) -> None:
    for each in (schema, annotated):
        assert each["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        jsonschema.Draft202012Validator.check_schema(each)


def test_both_schemas_accept_the_same_values(schema: dict, annotated: dict) -> None:
    for name, definition in annotated["$defs"].items():
        stripped = {k: v for k, v in definition.items() if not k.startswith("x-")}
        assert stripped == schema["$defs"][name]
    assert annotated["anyOf"] == schema["anyOf"]
    assert (schema["$id"], annotated["$id"]) == (
        "faceid-codes.schema.json",
        "faceid-codes.annotated.schema.json",
    )


def _validator(schema: dict, enum: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator({"$ref": f"#/$defs/{enum}", "$defs": schema["$defs"]})


def test_each_channel_accepts_exactly_its_codes(case: Case, schema: dict) -> None:
    for channel in case.spec.channels:
        validator = _validator(schema, channel.enum)
        codes = {c.code for c in channel.codes}
        for code in codes:
            assert validator.is_valid(code)
        for wrong in (max(codes) + 1, min(codes) - 1, str(channel.codes[0].code), None, True):
            assert not validator.is_valid(wrong), wrong
        assert jsonschema.Draft202012Validator(schema).is_valid(channel.codes[0].code)


def test_annotated_schema_carries_name_messages_and_billing_per_value(
    case: Case, annotated: dict
) -> None:
    for channel in case.spec.channels:
        definition = annotated["$defs"][channel.enum]
        assert definition["enum"] == [c.code for c in channel.codes]
        assert definition["x-enum-varnames"] == [c.name for c in channel.codes]
        assert definition["x-enum-descriptions"] == [c.message_en for c in channel.codes]
        assert definition["x-faceid-codes"] == [code_info(c) for c in channel.codes]


def test_is_readable_utf8(case: Case) -> None:
    """Every text as its own characters, not \\u escapes, whatever its script."""
    for path in (MODULE, ANNOTATED):
        text = case.path(path).read_text(encoding="utf-8")
        assert text.isascii() is False and "\\u" not in text.replace("\\\\", ""), path
        for channel in case.spec.channels:
            assert json.dumps(channel.title, ensure_ascii=False)[1:-1] in text, path
    annotated = case.path(ANNOTATED).read_text(encoding="utf-8")
    for channel in case.spec.channels:
        for code in channel.codes:
            assert json.dumps(code.message, ensure_ascii=False) in annotated, code.message


def test_each_definition_is_an_integer_enum_with_exactly_its_keywords(
    case: Case, schema: dict, annotated: dict
) -> None:
    """`type: integer` and `enum` in both files; the x- keywords only in the annotated one."""
    top = ["$comment", "$schema", "$id", "title", "description", "anyOf", "$defs"]
    assert list(schema) == top
    assert list(annotated) == top[:5] + ["x-faceid-success-code"] + top[5:]
    assert annotated["x-faceid-success-code"] == case.spec.success_code
    refs = [{"$ref": f"#/$defs/{channel.enum}"} for channel in case.spec.channels]
    assert schema["anyOf"] == refs
    for channel in case.spec.channels:
        definition = schema["$defs"][channel.enum]
        assert definition == {
            "title": channel.enum,
            "description": f"{channel.title} ({channel.title_en})",
            "type": "integer",
            "enum": [c.code for c in channel.codes],
        }
        assert list(annotated["$defs"][channel.enum]) == [
            "title",
            "description",
            "type",
            "enum",
            "x-enum-varnames",
            "x-enum-descriptions",
            "x-faceid-codes",
            "x-faceid-families",
        ]
    enums = [channel.enum for channel in case.spec.channels]
    assert list(schema["$defs"]) == enums + [f"Open{enum}" for enum in enums]


def test_each_open_definition_accepts_any_code_and_refers_to_the_known_ones(
    case: Case, schema: dict
) -> None:
    """What a response carries: a known code, the success code, a newer code, its decimal string."""
    for channel in case.spec.channels:
        validator = _validator(schema, f"Open{channel.enum}")
        codes = [c.code for c in channel.codes]
        newer = max(codes) + 1
        for code in [*codes, newer, min(codes) - 1, str(newer), f"-{newer}"]:
            assert validator.is_valid(code), code
        if case.spec.success_code is not None:
            assert validator.is_valid(case.spec.success_code)
        for wrong in (1.5, "+1", " 1", "1e3", None, True, [1]):
            assert not validator.is_valid(wrong), wrong
        forms = schema["$defs"][f"Open{channel.enum}"]["anyOf"]
        assert forms[0] == {"$ref": f"#/$defs/{channel.enum}"}
        listed = case.spec.success_code in codes
        success = [f for f in forms if "const" in f]
        expected = [] if listed or case.spec.success_code is None else [case.spec.success_code]
        assert [f["const"] for f in success] == expected
