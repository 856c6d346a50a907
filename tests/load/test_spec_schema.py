"""spec/codes.schema.json (for editors) and the loader's rules say the same thing."""

from __future__ import annotations

import json

import jsonschema
import pytest
import yaml

from conftest import ROOT, SPEC
from generator.load import naming
from generator.load import fields as rules
from helpers.specs import BASE, CASES, mutate

SCHEMA = json.loads((ROOT / "spec" / "codes.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

# Loader field table -> the schema object that describes the same mapping.
TABLES = {
    "top": (rules.TOP_FIELDS, SCHEMA),
    "channel": (rules.CHANNEL_FIELDS, SCHEMA["$defs"]["channel"]),
    "category": (rules.CATEGORY_FIELDS, SCHEMA["$defs"]["category"]),
    "family": (rules.FAMILY_FIELDS, SCHEMA["$defs"]["family"]),
    "code": (rules.CODE_FIELDS, SCHEMA["$defs"]["code"]),
    "upstream": (rules.UPSTREAM_FIELDS, SCHEMA["$defs"]["upstream"]),
    "field": (rules.API_FIELD_FIELDS, SCHEMA["$defs"]["field"]),
}


def test_schema_is_valid_2020_12_and_accepts_the_real_spec() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SPEC.read_text(encoding="utf-8").startswith(
        "# yaml-language-server: $schema=codes.schema.json\n"
    )
    errors = list(VALIDATOR.iter_errors(yaml.safe_load(SPEC.read_text(encoding="utf-8"))))
    assert errors == []


@pytest.mark.parametrize("table", sorted(TABLES))
def test_same_keys_and_required_keys(table: str) -> None:
    fields, schema = TABLES[table]
    assert set(fields) == set(schema["properties"])
    assert {k for k, f in fields.items() if f.required} == set(schema["required"])
    assert schema["additionalProperties"] is False


def test_same_patterns_and_bounds() -> None:
    defs = SCHEMA["$defs"]
    assert (
        defs["code"]["properties"]["name"]["pattern"]
        == "^" + rules.NAME.pattern.replace("(?:", "(").removesuffix("\\Z") + "$"
    )
    assert (
        defs["key"]["pattern"]
        == "^" + rules.KEY.pattern.replace("(?:", "(").removesuffix("\\Z") + "$"
    )
    assert (
        defs["channel"]["properties"]["enum"]["pattern"]
        == "^" + rules.ENUM.pattern.removesuffix("\\Z") + "$"
    )
    assert (
        SCHEMA["properties"]["version"]["pattern"]
        == "^" + rules.VERSION.pattern.removesuffix("\\Z") + "$"
    )
    assert (
        defs["family_key"]["pattern"]
        == "^" + naming.FAMILY_KEY.pattern.replace("(?:", "(").removesuffix("\\Z") + "$"
    )
    for code in (defs["code"]["properties"]["code"], SCHEMA["properties"]["success_code"]):
        assert (code["minimum"], code["maximum"]) == (
            -rules.MAX_SAFE_INTEGER,
            rules.MAX_SAFE_INTEGER,
        )


# The loader's structural rules that a JSON Schema can express too; the
# others (YAML 1.1 booleans, duplicates, bidi characters, step counts, which
# categories exist) are the loader's alone.
SHARED_RULES = [
    "quoted yes is text",
    "unknown key",
    "missing key",
    "name not upper snake",
    "empty text",
    "padded text",
    "code as text",
    "code as float",
    "code beyond safe integers",
    "steps not a list",
]


@pytest.mark.parametrize("name", SHARED_RULES)
def test_schema_rejects_what_the_loader_rejects(name: str) -> None:
    (old, new), _ = CASES[name]
    document = yaml.safe_load(mutate(old, new))
    assert not VALIDATOR.is_valid(document)
    assert VALIDATOR.is_valid(yaml.safe_load(BASE))
