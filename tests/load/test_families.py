"""Families: codes of one meaning, declared once, checked by the loader, exposed by every artefact.

An application asks "is this any anti-spoofing failure?" without listing codes:
Python `member.family` and `SdkCode.family_members(key)`, TypeScript
`CodeInfo.family` and `SDK_CODE_FAMILIES`, the JSON Schema's
`x-faceid-families`, and the reference's "Same meaning as" and family list.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from conftest import SPEC, Case, import_file
from generator.output.sync import write_tree
from generator.names import upper_snake
from generator.render.escaping import md_cell
from generator.render.engine import render
from generator.load.loader import SpecError, load_spec
from helpers.specs import FAMILY_BASE as BASE
from helpers.typescript import compile_and_run


def errors(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "codes.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        load_spec(path, display="codes.yaml")
    return caught.value.lines()


def edit(*pairs: tuple[str, str]) -> str:
    text = BASE
    for old, new in pairs:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


# 1404 is the second code of family liveness_failed (lines 23-29 of BASE).
ONLY_MEMBER = (
    "codes.yaml:8:7: error: family 'liveness_failed' has 1 code(s) (-5026); "
    "a family groups two or more codes of one meaning"
)
CASES = {
    "unknown family": (
        [
            (
                "family: liveness_failed\n        category: liveness\n        message: 活体识别不通过，",
                "family: liveness_fail\n        category: liveness\n        message: 活体识别不通过，",
            )
        ],
        [
            ONLY_MEMBER,
            "codes.yaml:25:17: error: unknown family 'liveness_fail'; declared: liveness_failed",
        ],
    ),
    "a family of one": (
        [
            (
                "name: LIVENESS_FAILED_1404\n        family: liveness_failed\n",
                "name: RETRY_LATER\n",
            ),
        ],
        [ONLY_MEMBER],
    ),
    "billing differs": (
        [("billable: false\n      - code: 66665001", "billable: true\n      - code: 66665001")],
        [
            "codes.yaml:25:17: error: family 'liveness_failed': billable is true here but false "
            "on code -5026 (line 16); its codes share one billing"
        ],
    ),
    "category differs": (
        [
            (
                "      liveness:\n        title: 活体\n",
                "      face:\n        title: 人脸\n        title_en: Face\n      liveness:\n        title: 活体\n",
            ),
            (
                "category: liveness\n        message: 活体识别不通过，",
                "category: face\n        message: 活体识别不通过，",
            ),
        ],
        [
            "codes.yaml:28:17: error: family 'liveness_failed': category is 'face' here but "
            "'liveness' on code -5026 (line 19); its codes share one category"
        ],
    ),
    "title not shared": (
        [("message: 活体识别不通过，请重试", "message: 请重试")],
        [
            "codes.yaml:9:16: error: title '活体识别不通过' is not in the message or steps of "
            "code 1404 (line 23); quote the Chinese the family's codes share"
        ],
    ),
    "a family without its title": (
        [("        title: 活体识别不通过\n", "")],
        ["codes.yaml:9:9: error: family 'liveness_failed' lacks the required key 'title'"],
    ),
    "success code no channel has": (
        [("version: 1.0.0\n", "version: 1.0.0\nsuccess_code: 0\n")],
        [
            "codes.yaml:2:15: error: success_code 0 is no channel's code; list it (with its "
            "message) in the channel whose table has it"
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_loader_refuses_a_family_that_is_not_one(tmp_path: Path, case: str) -> None:
    pairs, expected = CASES[case]
    assert errors(tmp_path, edit(*pairs)) == expected


def test_a_title_in_the_steps_is_shared_too(tmp_path: Path) -> None:
    text = edit(
        (
            "message: 活体识别不通过，请重试\n        message_en: Liveness check failed, please try again\n",
            "message: 请重试\n        message_en: Please try again\n"
            "        action:\n          - 活体识别不通过\n        action_en:\n          - Liveness check failed\n",
        )
    )
    path = tmp_path / "codes.yaml"
    path.write_text(text, encoding="utf-8")
    assert [c.family for c in load_spec(path).channels[0].codes] == [
        "liveness_failed",
        "liveness_failed",
        None,
    ]


def test_a_retired_code_keeps_its_family_and_its_sibling_keeps_its_name(tmp_path: Path) -> None:
    """Tombstones count towards a family, so retiring a code never renames another."""
    text = edit(
        (
            "billable: false\n      - code: 66665001",
            "billable: false\n        removed: true\n      - code: 66665001",
        )
    )
    path = tmp_path / "codes.yaml"
    path.write_text(text, encoding="utf-8")
    spec = load_spec(path)
    (sdk,) = spec.channels
    assert [c.code for c in sdk.members("liveness_failed")] == [-5026]
    assert [c.code for c in sdk.removed] == [1404]
    out = tmp_path / "out"
    write_tree(out, render(spec))
    module = import_file(out / "python/faceid_codes/__init__.py", "faceid_codes_retired")
    assert module.SdkCode.family_members("liveness_failed") == (module.SdkCode(-5026),)
    reference = (out / "docs/return-codes.md").read_text(encoding="utf-8")
    assert "（`liveness_failed`）：-5026、1404\n" in reference


# --- the real spec: the families the seed gives ---------------------------------------

# Every group of codes the seed gives one meaning and nothing else to tell apart.
SEED_FAMILIES = {
    "wechat": [{2009, 2014}],
    "sdk": [
        {400103, 400104},
        {66660023, 66660036, -5020, -5025, -5021, -1492, -1490},  # anti-spoofing
        {-5026, -1404, -14099, -7001, -5024, -5019, -1497},  # liveness failed
        {66660035, -1102},
        {66660038, -1101, -4014},
        {66660039, 66660040, 66660046, -4017, -4018},  # the ID photo
        {66660041, -5103},
        {66660042, -5102},
        {-5008, -5010},
        {-5027, -5052},
        {66660016, -5051, -5050},
        {-4003, -1406},
        {-1105, -1104},
    ],
}


def test_the_real_spec_declares_exactly_the_seeds_families() -> None:
    spec = load_spec(SPEC)
    for channel in spec.channels:
        found = [{c.code for c in channel.members(f.key)} for f in channel.families]
        assert sorted(map(sorted, found)) == sorted(map(sorted, SEED_FAMILIES[channel.key]))


def test_each_family_is_loaded_with_its_titles_as_written() -> None:
    """Against PyYAML's reading of the spec, not the loader's own."""
    written = yaml.safe_load(SPEC.read_text(encoding="utf-8"))["channels"]
    for channel in load_spec(SPEC).channels:
        declared = written[channel.key].get("families", {})
        assert [(f.key, f.title, f.title_en) for f in channel.families] == [
            (key, fields["title"], fields["title_en"]) for key, fields in declared.items()
        ]


FAMILIES = "    families:\n      liveness_failed:\n        title: 活体识别不通过\n        title_en: Liveness check failed\n"
RISK = "        name: RISK_CONTROL_TRIGGERED\n"


@pytest.mark.parametrize(
    ("families", "declared", "line"),
    [
        ("    families: {}\n", "none declared", 29),
        (
            FAMILIES + "      risk:\n        title: 风控\n        title_en: Risk\n",
            "liveness_failed, risk",
            35,
        ),
    ],
)
def test_an_unknown_family_is_shown_with_those_declared(
    tmp_path: Path, families: str, declared: str, line: int
) -> None:
    text = edit((FAMILIES, families), (RISK, RISK + "        family: risky\n"))
    expected = f"codes.yaml:{line}:17: error: unknown family 'risky'; declared: {declared}"
    assert expected in errors(tmp_path, text)


def test_every_family_and_every_name_is_checked_past_a_bad_one(tmp_path: Path) -> None:
    declared = (
        "    families:\n      risk:\n        title: 风控\n        title_en: Risk\n"
        "      other:\n        title: 其他\n        title_en: Other\n"
    )
    text = edit(
        (FAMILIES, declared + FAMILIES.removeprefix("    families:\n")),
        ("MINUS_5026\n        family: liveness_failed", "MINUS_5026\n        family: nope"),
        (RISK, RISK.replace("TRIGGERED", "TRIGGERED_66665001")),
    )
    assert errors(tmp_path, text) == [
        "codes.yaml:8:7: error: family 'risk' has 0 code(s) (none); a family groups two or more codes of one meaning",
        "codes.yaml:11:7: error: family 'other' has 0 code(s) (none); a family groups two or more codes of one meaning",
        "codes.yaml:14:7: error: family 'liveness_failed' has 1 code(s) (1404); a family groups two or more codes of one meaning",
        "codes.yaml:24:17: error: unknown family 'nope'; declared: risk, other, liveness_failed",
        "codes.yaml:37:15: error: name RISK_CONTROL_TRIGGERED_66665001 carries its code, which only codes of a family do; add a family or drop _66665001",
    ]


def test_a_member_in_an_unknown_category_is_not_also_said_to_disagree(tmp_path: Path) -> None:
    text = edit(
        (
            "category: liveness\n        message: 活体识别不通过，",
            "category: livenes\n        message: 活体识别不通过，",
        )
    )
    assert errors(tmp_path, text) == [
        "codes.yaml:26:19: error: unknown category 'livenes'; defined: liveness"
    ]


# --- every artefact exposes them ---------------------------------------------------------


def spec_families(channel) -> dict[str, list[int]]:
    return {f.key: [c.code for c in channel.members(f.key)] for f in channel.live_families}


def test_python_members_know_their_family_and_each_family_its_members(case: Case) -> None:
    module = import_file(
        case.path("python/faceid_codes/__init__.py"), f"faceid_codes_fam_{case.name}"
    )
    for channel in case.spec.channels:
        enum = getattr(module, channel.enum)
        for key, codes in spec_families(channel).items():
            members = enum.family_members(key)
            assert members == tuple(enum(code) for code in codes)
            assert all(m.family == key for m in members)
            assert all(code in members for code in codes)  # a raw int from a response
        with pytest.raises(KeyError, match=f"{channel.enum} has no family 'no_such_family'"):
            enum.family_members("no_such_family")


@pytest.mark.toolchain
def test_typescript_exposes_the_family_tables(case: Case, tmp_path: Path) -> None:
    dumped = compile_and_run(case, "tsc7", tmp_path)
    assert dumped["SUCCESS_CODE"] == case.spec.success_code
    for channel in case.spec.channels:
        assert dumped[upper_snake(channel.enum) + "_FAMILIES"] == spec_families(channel)


@pytest.mark.toolchain
def test_the_npm_module_freezes_the_family_tables(case: Case, tmp_path: Path) -> None:
    node = shutil.which("node")
    assert node is not None, "`make test` needs Node.js"
    script = tmp_path / "families.mjs"
    script.write_text(
        "const m = await import(process.argv[2]);\n"
        "const out = {};\n"
        "for (const [k, v] of Object.entries(m)) if (k.endsWith('_FAMILIES'))\n"
        "  out[k] = [v, Object.isFrozen(v) && Object.values(v).every(Object.isFrozen)];\n"
        "console.log(JSON.stringify([m.SUCCESS_CODE, out]));\n",
        encoding="utf-8",
    )
    module = case.path("typescript/faceid-codes.js").as_uri()
    result = subprocess.run([node, script, module], capture_output=True, text=True, check=True)
    success, tables = json.loads(result.stdout)
    assert success == case.spec.success_code
    assert tables == {
        upper_snake(ch.enum) + "_FAMILIES": [spec_families(ch), True] for ch in case.spec.channels
    }


def test_the_annotated_json_schema_carries_families_and_the_success_code(case: Case) -> None:
    schema = json.loads(
        case.path("schema/faceid-codes.annotated.schema.json").read_text(encoding="utf-8")
    )
    assert schema["x-faceid-success-code"] == case.spec.success_code
    for channel in case.spec.channels:
        definition = schema["$defs"][channel.enum]
        assert definition["x-faceid-families"] == {
            f.key: {"title": f.title, "titleEn": f.title_en, "codes": spec_families(channel)[f.key]}
            for f in channel.live_families
        }
        assert [c["family"] for c in definition["x-faceid-codes"]] == [
            c.family for c in channel.codes
        ]


def test_the_reference_lists_each_family_with_its_codes(case: Case) -> None:
    """Under each channel, a line per family: its title, its key and its codes, in spec order."""
    for page, colon in (("docs/return-codes.md", "："), ("docs/return-codes.en.md", ": ")):
        text = case.path(page).read_text(encoding="utf-8")
        for channel in case.spec.channels:
            section = text.split(f"{{#{channel.key}}}\n", 1)[1].split("\n## ", 1)[0]
            if not channel.families:
                assert f"{{#{channel.key}-families}}" not in section
                continue
            listed = section.split(f"{{#{channel.key}-families}}\n", 1)[1]
            lines = re.findall(
                r"^- .*\(`(\w+)`\)" + colon + r"(.*)$",
                listed.replace("（", "(").replace("）", ")"),
                re.M,
            )
            assert lines == [
                (
                    family.key,
                    ("、" if colon == "：" else ", ").join(
                        str(c.code)
                        for c in channel.codes + channel.removed
                        if c.family == family.key
                    ),
                )
                for family in channel.families
            ]
