"""Each loader rule, on a small spec: the message, and the line and column it points at."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, SPEC
from generator.load import yamltree
from generator.model import Upstream
from generator.load.loader import MAX_LINE, SpecError, load_spec
from helpers.specs import BASE, CASES, UPSTREAM, mutate

SECOND_SDK = """\
      - code: 400102
        name: LOGIN_EXPIRED
        category: request
        message: 不合法的请求
        message_en: Invalid request
        billable: false
"""


def errors(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "codes.yaml"
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    with pytest.raises(SpecError) as caught:
        load_spec(path, display="codes.yaml")
    return caught.value.lines()


def test_a_duplicate_in_a_channel_without_its_enum_names_the_channel(tmp_path: Path) -> None:
    text = mutate("    enum: SdkCode\n", "", BASE + SECOND_SDK.replace("400102", "400101"))
    assert errors(tmp_path, text) == [
        "codes.yaml:18:5: error: channel 'sdk' lacks the required key 'enum'",
        "codes.yaml:35:15: error: code 400101 is already used by INVALID_SIGNATURE at line 25; codes are unique in sdk",
    ]


NAMELESS = ("        name: INVALID_SIGNATURE\n", "")
CODELESS = (
    "      - code: 400101\n        name: INVALID_SIGNATURE",
    "      - name: NO_CODE\n        category: request\n        message: 无\n"
    "        message_en: None\n        billable: false\n"
    "      - code: 400101\n        name: INVALID_SIGNATURE",
)


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            NAMELESS,
            [
                "codes.yaml:26:9: error: code entry lacks the required key 'name'",
                "codes.yaml:35:15: error: code 400101 is already used at line 26; codes are unique in SdkCode",
            ],
        ),
        (
            CODELESS,
            [
                "codes.yaml:26:9: error: code entry lacks the required key 'code'",
                "codes.yaml:41:15: error: code 400101 is already used by INVALID_SIGNATURE at line 31; codes are unique in SdkCode",
            ],
        ),
    ],
    ids=["the first has no name", "an entry without a code comes first"],
)
def test_a_duplicate_code_is_found_past_incomplete_entries(
    tmp_path: Path, edit: tuple[str, str], expected: list[str]
) -> None:
    text = mutate(*edit, BASE + SECOND_SDK.replace("400102", "400101"))
    assert errors(tmp_path, text) == expected


def test_enums_that_differ_in_case_are_found_past_a_broken_channel(tmp_path: Path) -> None:
    sdk = BASE[BASE.index("  sdk:\n") :]
    other = sdk.replace("  sdk:\n", "  other:\n").replace("enum: SdkCode", "enum: SDKCode")
    text = "version: 1.0.0\nchannels:\n  wechat: 1\n" + sdk + other
    assert errors(tmp_path, text) == [
        "codes.yaml:3:3: error: channels sdk and other have enums that differ only in case; rename one",
        "codes.yaml:3:11: error: channel 'wechat': expected a mapping, found an integer ('1')",
    ]


def test_each_category_is_loaded_with_its_titles_as_written() -> None:
    """Against PyYAML's reading of the spec, not the loader's own."""
    written = yaml.safe_load(SPEC.read_text(encoding="utf-8"))["channels"]
    for channel in load_spec(SPEC).channels:
        declared = written[channel.key]["categories"]
        assert [tuple(c) for c in channel.categories] == [
            (key, fields["title"], fields["title_en"]) for key, fields in declared.items()
        ]


def test_the_non_specific_tag_on_a_list_or_a_mapping_changes_nothing(tmp_path: Path) -> None:
    """`!` asks YAML to resolve a node as if untagged: it is not a tag to refuse."""
    tagged = mutate(
        "        action:\n          - 签名校验不通过\n", "        action: ! [签名校验不通过]\n"
    )
    tagged = mutate(
        "      request:\n        title: 请求\n        title_en: Request\n",
        "      request: ! {title: 请求, title_en: Request}\n",
        tagged,
    )
    specs = []
    for folder, text in (("tagged", tagged), ("plain", BASE)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "codes.yaml").write_text(text, encoding="utf-8")
        specs.append(load_spec(tmp_path / folder / "codes.yaml"))
    assert specs[0] == specs[1]


def test_a_version_is_checked_part_by_part(tmp_path: Path) -> None:
    """Sixteen characters in all, each part far below the limit."""
    path = tmp_path / "codes.yaml"
    path.write_text(mutate("version: 1.0.0", "version: 10.20.3000000000"), encoding="utf-8")
    assert load_spec(path).version == "10.20.3000000000"


def test_the_upstream_record_is_read_with_where_it_is_written(tmp_path: Path) -> None:
    """`upstream` points at these values when the copy no longer matches them."""
    path = tmp_path / "codes.yaml"
    path.write_text(mutate("version: 1.0.0\n", "version: 1.0.0\n" + UPSTREAM), encoding="utf-8")
    assert load_spec(path).upstream == Upstream(
        "seed.md", "a" * 64, "2026-01-01", (3, 9), (4, 11), (5, 10)
    )
    quoted = UPSTREAM.replace("2026-01-01", '"2026-01-01"')  # a string, not a YAML timestamp
    path.write_text(mutate("version: 1.0.0\n", "version: 1.0.0\n" + quoted), encoding="utf-8")
    assert load_spec(path).upstream.taken == "2026-01-01"


def test_the_base_spec_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "codes.yaml"
    path.write_text(BASE + SECOND_SDK, encoding="utf-8")
    spec = load_spec(path)
    assert [c.name for c in spec.channels[1].codes] == ["INVALID_SIGNATURE", "LOGIN_EXPIRED"]
    assert spec.channels[1].codes[0].action == ("签名校验不通过",)


@pytest.mark.parametrize("name", sorted(CASES))
def test_rule(tmp_path: Path, name: str) -> None:
    (old, new), expected = CASES[name]
    assert errors(tmp_path, mutate(old, new)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", "codes.yaml:1:1: error: the spec is empty"),
        ("# only a comment\n", "codes.yaml:1:1: error: the spec is empty"),
        (
            "version: 1.0.0\nchannels: {}\n",
            "codes.yaml:2:11: error: channels: add at least one channel",
        ),
    ],
)
def test_a_spec_with_nothing_in_it(tmp_path: Path, text: str, expected: str) -> None:
    assert errors(tmp_path, text) == [expected]


def test_a_raw_character_is_located_after_a_leading_blank_line(tmp_path: Path) -> None:
    text = ("\n" + BASE).replace("version: 1.0.0", "version: 1.0.0\u200b")
    assert errors(tmp_path, text) == [
        "codes.yaml:2:15: error: U+200B ZERO WIDTH SPACE is not allowed in the spec "
        "(it can hide or break generated code); remove it"
    ]


def test_a_missing_spec_file(tmp_path: Path) -> None:
    with pytest.raises(SpecError) as caught:
        load_spec(tmp_path / "codes.yaml", display="codes.yaml")
    assert caught.value.lines() == ["codes.yaml:1:1: error: cannot read the spec: no such file"]


def test_duplicate_code_and_name_point_at_the_second(tmp_path: Path) -> None:
    twin = SECOND_SDK.replace("400102", "400101").replace("LOGIN_EXPIRED", "INVALID_SIGNATURE")
    lines = errors(tmp_path, BASE + twin)
    assert lines == [
        "codes.yaml:36:15: error: code 400101 is already used by INVALID_SIGNATURE at line 26; codes are unique in SdkCode",
        "codes.yaml:37:15: error: name INVALID_SIGNATURE is already used by code 400101 at line 27; names are unique in SdkCode",
    ]


def test_same_code_in_two_channels_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "codes.yaml"
    path.write_text(mutate("code: 400101", "code: 0"), encoding="utf-8")
    wechat, sdk = load_spec(path).channels
    assert (wechat.codes[0].code, sdk.codes[0].code) == (0, 0)
    assert (wechat.codes[0].name, sdk.codes[0].name) == ("SUCCESS", "INVALID_SIGNATURE")


# --- every limit at, and one past, its boundary ---------------------------------------


def test_the_code_count_limit_is_inclusive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.load import loader as spec_module

    monkeypatch.setattr(spec_module, "MAX_CODES", 3)
    path = tmp_path / "codes.yaml"
    path.write_text(BASE + SECOND_SDK, encoding="utf-8")
    assert load_spec(path).code_count == 3
    monkeypatch.setattr(spec_module, "MAX_CODES", 2)
    assert errors(tmp_path, BASE + SECOND_SDK) == [
        "codes.yaml:3:3: error: the spec has 3 codes; the limit is 2"
    ]


def test_the_size_limit_is_inclusive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    size = len(BASE.encode("utf-8"))
    monkeypatch.setattr(yamltree, "MAX_BYTES", size)
    path = tmp_path / "codes.yaml"
    path.write_text(BASE, encoding="utf-8")
    assert load_spec(path).code_count == 2
    monkeypatch.setattr(yamltree, "MAX_BYTES", size - 1)
    assert errors(tmp_path, BASE) == [
        f"codes.yaml:1:1: error: cannot read the spec: it is larger than {size - 1} bytes"
    ]


@pytest.mark.parametrize(
    "depth, refused", [(yamltree.MAX_DEPTH, False), (yamltree.MAX_DEPTH + 1, True)]
)
def test_the_depth_limit_is_inclusive(tmp_path: Path, depth: int, refused: bool) -> None:
    text = "".join(f"{' ' * level}k{level}:\n" for level in range(depth)) + " " * depth + "leaf\n"
    nested = f"codes.yaml:{depth}:{depth}: error: nested deeper than {yamltree.MAX_DEPTH} levels"
    assert (nested in errors(tmp_path, text)) is refused


def test_the_alias_budget_is_inclusive(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "a: &t 12345678\nb: [*t, *t, *t]\n"  # each alias expands to 8 characters + 1
    monkeypatch.setattr(yamltree, "ALIAS_FACTOR", 0)
    monkeypatch.setattr(yamltree, "ALIAS_FLOOR", 27)
    assert yamltree.read(text)[0] is not None
    monkeypatch.setattr(yamltree, "ALIAS_FLOOR", 26)
    with pytest.raises(yamltree.YamlProblem) as caught:
        yamltree.read(text)
    assert (caught.value.line, caught.value.col) == (2, 13)  # the third alias


def test_every_problem_in_one_run_sorted_by_position(tmp_path: Path) -> None:
    text = mutate("billable: false", "billable: 0")
    text = mutate("name: SUCCESS", "name: success", text)
    text = mutate("title_en: Request", "title_en: 12", text)
    lines = errors(tmp_path, text)
    assert [line.split(": error:")[0] for line in lines] == [
        "codes.yaml:13:19",
        "codes.yaml:24:19",
        "codes.yaml:35:19",
    ]


def test_bad_utf8_is_located(tmp_path: Path) -> None:
    data = BASE.encode("utf-8").replace(b"Success", b"Succ\xffess")
    assert errors(tmp_path, data) == [
        "codes.yaml:15:29: error: not valid UTF-8; save the file as UTF-8"
    ]


def test_alias_bomb_fails_fast(tmp_path: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)]
    started = time.perf_counter()
    found = errors(tmp_path, "\n".join(lines) + "\n")
    assert time.perf_counter() - started < 5  # a guard against hanging, not a benchmark
    # A nested bomb cannot even start: aliases repeat texts and flat lists only.
    assert found == [
        "codes.yaml:3:10: error: *a1 repeats a nested list; aliases may repeat a text "
        "or a list of texts only: write it out"
    ]


def test_deep_block_nesting_is_refused(tmp_path: Path) -> None:
    text = "".join(f"{' ' * depth}k{depth}:\n" for depth in range(100)) + " " * 100 + "leaf\n"
    found = errors(tmp_path, text)
    depth = yamltree.MAX_DEPTH
    assert found == [
        f"codes.yaml:{depth + 1}:{depth + 1}: error: nested deeper than {depth} levels"
    ]


def test_deep_flow_nesting_fails_fast(tmp_path: Path) -> None:
    """libyaml itself stops flow nesting at 1,000 levels: one clear error, no crash."""
    found = errors(tmp_path, "version: " + "[" * 100_000 + "]" * 100_000 + "\n")
    assert found == ["codes.yaml:1:1009: error: YAML syntax: exceeded maximum nesting depth"]


def test_oversized_file_is_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(yamltree, "MAX_BYTES", 100)
    found = errors(tmp_path, BASE)
    assert found == ["codes.yaml:1:1: error: cannot read the spec: it is larger than 100 bytes"]


def test_pure_python_parser_gives_the_same_model(monkeypatch: pytest.MonkeyPatch) -> None:
    fast = load_spec(SPEC)
    assert yamltree._Loader is getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    monkeypatch.setattr(yamltree, "_Loader", yaml.SafeLoader)
    assert load_spec(SPEC) == fast


def test_model_is_immutable() -> None:
    spec = load_spec(SPEC)
    with pytest.raises(AttributeError):
        spec.channels[0].codes[0].billable = False  # type: ignore[misc]


def test_each_problem_is_one_line_even_for_a_key_with_a_newline(tmp_path: Path) -> None:
    text = mutate(
        "            billable: true\n",
        '            billable: true\n            "bill\\nable": true\n            "bill\\nable": false\n',
    )
    lines = errors(tmp_path, text)
    assert lines == [
        "codes.yaml:17:13: error: unknown key 'bill\\nable' in code entry; did you mean 'billable'?",
        "codes.yaml:18:13: error: duplicate key 'bill\\nable' (first at line 17); remove one",
    ]


@pytest.mark.parametrize("length", [78, 79])
def test_a_quoted_value_is_shortened_past_80_characters(tmp_path: Path, length: int) -> None:
    """A key of 78 characters quotes in 80 and shows whole; one more is cut to 79 and counted."""
    key = "k" * length
    text = mutate(
        "            billable: true\n", f"            billable: true\n            {key}: 1\n"
    )
    quoted = f"'{key}'" if length == 78 else f"'{key[:78]}…' ({length} characters)"
    assert errors(tmp_path, text) == [
        f"codes.yaml:17:13: error: unknown key {quoted} in code entry; allowed: code, name, "
        "category, family, message, message_en, action, action_en, billable, removed, "
        "same_condition"
    ]


def test_errors_name_the_file_as_given_when_no_display_name_is(tmp_path: Path) -> None:
    path = tmp_path / "codes.yaml"
    path.write_text(mutate("billable: true", "billabel: true"), encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        load_spec(path)
    assert (
        caught.value.lines()[0]
        == f"{path}:12:13: error: code entry lacks the required key 'billable'"
    )


def test_the_error_itself_says_how_many_problems_and_where(tmp_path: Path) -> None:
    path = tmp_path / "codes.yaml"
    path.write_text(mutate("billable: true", "billabel: true"), encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        load_spec(path, display="codes.yaml")
    assert str(caught.value) == "2 problem(s) in codes.yaml"


def test_an_error_line_is_one_printable_line_whatever_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "codes.yaml"
    path.write_text(mutate("billable: true", "billabel: true"), encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        load_spec(path, display="co\tdes\n.yaml")
    assert caught.value.lines()[0] == (
        "co\\tdes\\n.yaml:12:13: error: code entry lacks the required key 'billable'"
    )


@pytest.mark.parametrize("extra", [-1, 0, 1])
def test_an_error_line_is_cut_only_past_its_limit(tmp_path: Path, extra: int) -> None:
    path = tmp_path / "codes.yaml"
    path.write_text(mutate("billable: true", "billabel: true"), encoding="utf-8")

    def line(display: str) -> str:
        with pytest.raises(SpecError) as caught:
            load_spec(path, display=display)
        return caught.value.lines()[0]

    width = MAX_LINE - len(line("a")) + 1  # the file name that makes a line of exactly MAX_LINE
    text = line("a" * (width + extra))
    if extra <= 0:
        assert len(text) == MAX_LINE + extra and text.endswith("required key 'billable'")
    else:
        whole = "a" * (width + extra) + line("a")[1:]
        assert text == whole[: MAX_LINE - 1] + "…"


def test_validate_run_as_a_command_prints_each_rule_the_spec_breaks(tmp_path: Path) -> None:
    """In a fresh process: the rule readers are built when the loader is imported."""
    upstream = UPSTREAM.replace("seed.md", "../seed.md").replace("a" * 64, "ABC")
    edits = [
        ("version: 1.0.0\n", "version: '1.0'\n" + upstream),
        ("name: SUCCESS", "name: Success"),
        ("  sdk:\n", "  Sdk:\n"),
        ("enum: SdkCode", "enum: sdkCode"),
    ]
    text = BASE
    for old, new in edits:
        text = mutate(old, new, text)
    (tmp_path / "codes.yaml").write_text(text, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "generator", "validate", "--spec", "codes.yaml"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
    )
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.splitlines() == [
        "codes.yaml:1:10: error: version: '1.0' is not a version like 1.2.3; put it in quotes if YAML reads it as a number",
        "codes.yaml:3:9: error: file: '../seed.md' is not a path below the spec's folder, with / (no '..', no leading / or dot)",
        "codes.yaml:4:11: error: sha256: 'ABC' is not a SHA-256 in lowercase hex (64 characters, as sha256sum prints it)",
        "codes.yaml:17:19: error: name: 'Success' is not UPPER_SNAKE_CASE (A-Z, 0-9, single underscores, starting with a letter)",
        "codes.yaml:21:3: error: channel key 'Sdk' is not lower_snake_case",
        "codes.yaml:22:11: error: enum: 'sdkCode' is not a PascalCase type name such as WechatCode",
    ]
