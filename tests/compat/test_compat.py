"""`python -m generator compat`: a release manager learns what an edit of the spec breaks.

Each test edits a copy of the real spec the way a maintainer would (through
its YAML data, so anchors and layout do not matter) and reads the report.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, SPEC
from generator.compat import BREAKING, NOTABLE, compare
from generator.load.loader import load_spec

Data = dict  # the spec as plain YAML data


def compat(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "compat", *map(str, args)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
    )


def entries(data: Data, channel: str) -> Iterator[dict]:
    """Every code entry of a channel, wherever it sits (under a category or not)."""
    spec = data["channels"][channel]
    for category in spec["categories"].values():
        yield from category.get("codes", [])
    yield from spec.get("codes", [])


def entry(data: Data, channel: str, code: int) -> dict:
    return next(e for e in entries(data, channel) if e["code"] == code)


def edited(tmp_path: Path, *edits: Callable[[Data], None]) -> Path:
    data = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    for edit in edits:
        edit(data)
    path = tmp_path / "codes.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def flip_billing_of_success(data: Data) -> None:
    entry(data, "wechat", 0)["billable"] = False


def remove_missing_parameter(data: Data) -> None:
    codes = data["channels"]["wechat"]["categories"]["system"]["codes"]
    codes.remove(entry(data, "wechat", 1))


def rename_66660004(data: Data) -> None:
    entry(data, "sdk", 66660004)["name"] = "FACE_MISMATCH"


def move_2006_to_sdk(data: Data) -> None:
    wechat = data["channels"]["wechat"]["categories"]["id_image_comparison"]["codes"]
    moved = entry(data, "wechat", 2006)
    wechat.remove(moved)
    # Its counterpart in the other channel (same_condition) would be its own channel now.
    kept = {key: value for key, value in moved.items() if key != "same_condition"}
    data["channels"]["sdk"]["codes"].append(
        {**kept, "name": "ID_NAME_MISMATCH_WECHAT", "category": "identity"}
    )


@pytest.fixture(scope="module")
def baseline():
    return load_spec(SPEC)


def test_an_unchanged_spec_passes_with_no_changes(tmp_path: Path) -> None:
    copy = edited(tmp_path)  # the same data, written out by another YAML writer
    result = compat("--baseline-spec", SPEC, "--spec", copy)
    assert (result.returncode, result.stderr) == (0, "")
    assert "no changes" in result.stdout


def test_billing_flip_and_removed_code_break_and_say_what(tmp_path: Path) -> None:
    spec = edited(tmp_path, flip_billing_of_success, remove_missing_parameter)
    result = compat("--baseline-spec", SPEC, "--spec", spec)
    assert result.returncode == 1, result.stderr
    breaking, notable = result.stdout.split("\nNOTABLE\n")
    assert "1 breaking, 1 notable" in breaking
    assert "BREAKING\n  wechat 1 MISSING_PARAMETER: removed" in breaking
    assert "  wechat 0 SUCCESS: billable: billed → free" in notable
    assert "new major version" in notable  # the version stays as it was


def test_allow_breaking_reports_the_same_but_exits_0(tmp_path: Path) -> None:
    spec = edited(tmp_path, remove_missing_parameter)
    strict = compat("--baseline-spec", SPEC, "--spec", spec)
    allowed = compat("--baseline-spec", SPEC, "--spec", spec, "--allow-breaking")
    assert (strict.returncode, allowed.returncode) == (1, 0)
    assert strict.stdout == allowed.stdout


def test_markdown_is_a_changelog_section(tmp_path: Path) -> None:
    def bump(data: Data) -> None:
        data["version"] = "99.0.0"

    missing_parameter = entry(yaml.safe_load(SPEC.read_text(encoding="utf-8")), "wechat", 1)
    spec = edited(tmp_path, flip_billing_of_success, remove_missing_parameter, bump)
    result = compat("--baseline-spec", SPEC, "--spec", spec, "--format", "markdown")
    assert result.returncode == 1
    assert result.stdout == (
        "## 99.0.0\n\n"
        "### Breaking changes\n\n"
        f"- `WechatCode.{missing_parameter['name']}` (1): removed ({missing_parameter['message_en']})\n\n"
        "### Changed\n\n"
        "- `WechatCode.SUCCESS` (0): billable: billed → free\n"
    )


def test_markdown_of_an_unchanged_spec_says_so(tmp_path: Path, baseline) -> None:
    def older_version(data: Data) -> None:
        data["version"] = "1.9.9"

    old = edited(tmp_path, older_version)  # the same codes, written by another YAML writer
    result = compat("--baseline-spec", old, "--spec", SPEC, "--format", "markdown")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == (
        f"## {baseline.version}\n\nNo changes to the return codes since 1.9.9.\n"
    )
    text = compat("--baseline-spec", old, "--spec", SPEC)
    assert (text.returncode, text.stdout) == (0, f"spec 1.9.9 → {baseline.version}: no changes\n")


def test_a_rename_is_breaking(tmp_path: Path, baseline) -> None:
    was = next(c.name for ch in baseline.channels for c in ch.codes if c.code == 66660004)
    result = compat("--baseline-spec", SPEC, "--spec", edited(tmp_path, rename_66660004))
    assert result.returncode == 1
    assert f"  sdk 66660004 FACE_MISMATCH: renamed from {was} to FACE_MISMATCH" in result.stdout


def test_a_baseline_is_read_without_the_naming_rule(tmp_path: Path) -> None:
    """A published spec's names are history: one from before the rule still compares."""

    def counter_name(data: Data) -> None:
        entry(data, "sdk", 66660004)["name"] = "NOT_SAME_PERSON_2"

    old = edited(tmp_path, counter_name)
    result = compat("--baseline-spec", old, "--spec", SPEC)
    assert result.returncode == 1, result.stderr
    assert "renamed from NOT_SAME_PERSON_2 to " in result.stdout
    refused = compat("--baseline-spec", SPEC, "--spec", old)  # the edited spec itself is checked
    assert refused.returncode == 2 and "name NOT_SAME_PERSON_2 ends in _2" in refused.stderr


def test_a_channel_move_is_one_breaking_change_not_a_removal_and_an_addition(
    tmp_path: Path, baseline
) -> None:
    changes = compare(baseline, load_spec(edited(tmp_path, move_2006_to_sdk)))
    assert [(c.kind, c.severity, c.channel, c.code, c.name) for c in changes] == [
        ("moved", BREAKING, "wechat", 2006, "ID_NAME_MISMATCH")
    ]
    assert changes[0].detail == "moved to channel sdk as ID_NAME_MISMATCH_WECHAT"


def test_a_name_pointing_at_another_code_is_breaking(tmp_path: Path, baseline) -> None:
    def swap(data: Data) -> None:
        first, second = entry(data, "wechat", 1), entry(data, "wechat", 2)
        first["name"], second["name"] = second["name"], first["name"]

    changes = compare(baseline, load_spec(edited(tmp_path, swap)))
    assert [(c.kind, c.code, c.name, c.detail) for c in changes] == [
        ("renamed", 1, "INVALID_PARAMETER", "renamed from MISSING_PARAMETER to INVALID_PARAMETER"),
        ("name_reused", 1, "INVALID_PARAMETER", "INVALID_PARAMETER now names code 1 (was 2)"),
        ("renamed", 2, "MISSING_PARAMETER", "renamed from INVALID_PARAMETER to MISSING_PARAMETER"),
        ("name_reused", 2, "MISSING_PARAMETER", "MISSING_PARAMETER now names code 2 (was 1)"),
    ]
    assert {c.severity for c in changes} == {BREAKING}


def test_a_code_reused_for_another_error_is_breaking_but_a_reworded_one_is_not(
    tmp_path: Path, baseline
) -> None:
    def reuse(data: Data) -> None:
        entry(data, "wechat", 5).update(
            message="人脸识别服务暂停", message_en="Face service suspended for maintenance"
        )

    def reword(data: Data) -> None:
        entry(data, "wechat", 5)["message_en"] = "No data found"

    reused = compare(baseline, load_spec(edited(tmp_path, reuse)))
    assert [(c.kind, c.severity, c.name, c.detail) for c in reused] == [
        (
            "reused",
            BREAKING,
            "DATA_NOT_FOUND",
            "now means 'Face service suspended for maintenance' (was 'Data not found')",
        )
    ]
    reworded = compare(baseline, load_spec(edited(tmp_path, reword)))
    assert [(c.kind, c.severity, c.detail) for c in reworded] == [
        ("message", NOTABLE, "message_en: 'Data not found' → 'No data found'")
    ]

    # A new translation of the same Chinese is a rewording however different it reads:
    # a code is re-used only when both languages change.
    def retranslate(data: Data) -> None:
        entry(data, "wechat", 5)["message_en"] = "Nothing matched the query"

    # Half of each text kept (difflib's ratio exactly 0.5) is still a rewording.
    def half(data: Data) -> None:
        entry(data, "wechat", 5).update(message="未找乙", message_en="Data nXXXX")

    assert [(c.kind, c.severity) for c in compare(baseline, load_spec(edited(tmp_path, half)))] == [
        ("message", NOTABLE),
        ("message", NOTABLE),
    ]
    retranslated = compare(baseline, load_spec(edited(tmp_path, retranslate)))
    assert [(c.kind, c.severity, c.detail) for c in retranslated] == [
        ("message", NOTABLE, "message_en: 'Data not found' → 'Nothing matched the query'")
    ]


def test_an_added_code_is_notable_only(tmp_path: Path) -> None:
    def add(data: Data) -> None:
        data["channels"]["sdk"]["codes"].append(
            {
                "code": 12345,
                "name": "BRAND_NEW",
                "category": "service",
                "message": "新错误",
                "message_en": "A new error",
                "billable": False,
            }
        )

    result = compat("--baseline-spec", SPEC, "--spec", edited(tmp_path, add))
    assert result.returncode == 0
    assert "NOTABLE\n  sdk 12345 BRAND_NEW: added: 新错误 (A new error)" in result.stdout
    assert f"still {load_spec(SPEC).version}; bump it" in result.stdout


def test_baseline_can_be_a_git_revision(tmp_path: Path) -> None:
    committed = subprocess.run(
        ["git", "show", "HEAD:spec/codes.yaml"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    spec = tmp_path / "codes.yaml"
    spec.write_text(committed, encoding="utf-8")
    result = compat("--baseline", "HEAD", "--spec", spec)
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith(": no changes\n")


def test_a_git_baseline_is_read_from_this_repository_wherever_compat_runs(
    tmp_path: Path,
) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "compat", "--baseline", "HEAD", "--spec", SPEC],
        cwd=tmp_path,  # not a git repository
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
    )
    assert (result.returncode, result.stderr) == (0, ""), result.stdout
    committed = subprocess.run(
        ["git", "show", "HEAD:spec/codes.yaml"], cwd=ROOT, capture_output=True, check=True
    ).stdout
    if committed == SPEC.read_bytes():
        assert result.stdout.endswith(": no changes\n")


def test_an_unknown_revision_or_invalid_baseline_exits_2(tmp_path: Path) -> None:
    result = compat("--baseline", "no-such-revision-xyz")
    assert (result.returncode, result.stdout, result.stderr) == (
        2,
        "",
        "compat: 'no-such-revision-xyz' does not name a commit of this repository\n",
    )
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\n", encoding="utf-8")
    result = compat("--baseline-spec", bad)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.splitlines() == [
        f"{bad}:1:1: error: the spec lacks the required key 'channels'",
        f"{bad}:1:10: error: version: expected text, but YAML reads an integer ('1'); put it in quotes",
    ]


# --- tombstones: a retired number and name are never given another meaning ----------


def retire(number: int) -> Callable[[Data], None]:
    def edit(data: Data) -> None:
        entry(data, "sdk", number)["removed"] = True

    return edit


def delete(number: int) -> Callable[[Data], None]:
    def edit(data: Data) -> None:
        codes = data["channels"]["sdk"]["codes"]
        codes.remove(entry(data, "sdk", number))

    return edit


def reuse_400101(data: Data) -> None:
    """The tombstone deleted, its number given to a new error."""
    delete(400101)(data)
    data["channels"]["sdk"]["codes"].append(
        {
            **entry(data, "sdk", 400102),
            "code": 400101,
            "name": "QUOTA_EXCEEDED",
            "message": "调用次数超出配额",
            "message_en": "Call quota exceeded",
        }
    )


def specs_around_a_tombstone(tmp_path: Path, *edits: Callable[[Data], None]) -> tuple[Path, Path]:
    (tmp_path / "old").mkdir()
    (tmp_path / "new").mkdir()
    return edited(tmp_path / "old", retire(400101)), edited(tmp_path / "new", *edits)


RETIRED_NAME = entry(yaml.safe_load(SPEC.read_text(encoding="utf-8")), "sdk", 400101)["name"]


@pytest.mark.parametrize(
    "edits, kind, name, detail",
    [
        (
            (delete(400101),),
            "tombstone_deleted",
            RETIRED_NAME,
            f"tombstone of {RETIRED_NAME} deleted; keep it, so the code is never re-used",
        ),
        (
            (reuse_400101,),
            "retired_reused",
            "QUOTA_EXCEEDED",
            "retired code re-used as QUOTA_EXCEEDED: 'Call quota exceeded' (was 'Invalid request')",
        ),
    ],
)
def test_deleting_a_tombstone_or_reusing_its_code_is_breaking(
    tmp_path: Path, edits, kind: str, name: str, detail: str
) -> None:
    old, new = specs_around_a_tombstone(tmp_path, *edits)
    changes = compare(load_spec(old), load_spec(new))
    assert [(c.kind, c.severity, c.channel, c.code, c.name, c.detail) for c in changes] == [
        (kind, BREAKING, "sdk", 400101, name, detail)
    ]
    result = compat("--baseline-spec", old, "--spec", new)
    assert result.returncode == 1
    assert f"BREAKING\n  sdk 400101 {name}: {detail}\n" in result.stdout


def test_giving_a_retired_name_to_another_code_is_breaking(tmp_path: Path) -> None:
    def rename(data: Data) -> None:
        entry(data, "sdk", 400102)["name"] = RETIRED_NAME

    old, new = specs_around_a_tombstone(tmp_path, delete(400101), rename)
    changes = compare(load_spec(old), load_spec(new))
    was = entry(yaml.safe_load(SPEC.read_text(encoding="utf-8")), "sdk", 400102)["name"]
    assert [(c.kind, c.severity, c.code, c.name, c.detail) for c in changes] == [
        (
            "tombstone_deleted",
            BREAKING,
            400101,
            RETIRED_NAME,
            f"tombstone of {RETIRED_NAME} deleted; keep it, so the code is never re-used",
        ),
        ("renamed", BREAKING, 400102, RETIRED_NAME, f"renamed from {was} to {RETIRED_NAME}"),
        (
            "retired_reused",
            BREAKING,
            400102,
            RETIRED_NAME,
            f"{RETIRED_NAME} was the name of retired code 400101",
        ),
    ]


def test_keeping_a_tombstone_is_no_change(tmp_path: Path) -> None:
    old, new = specs_around_a_tombstone(tmp_path, retire(400101))
    assert compare(load_spec(old), load_spec(new)) == []


@pytest.mark.parametrize(
    "baseline",
    [
        "--output=/tmp/faceid-codes-pwned:x",
        "-h",
        "--output=/tmp/faceid-codes-pwned",
        "HEAD --output=x",
    ],
)
def test_a_baseline_is_never_read_as_a_git_option(baseline: str) -> None:
    result = compat(f"--baseline={baseline}")
    assert result.returncode == 2
    assert result.stderr.startswith("compat: ") and "does not name a commit" in result.stderr
    assert not Path("/tmp/faceid-codes-pwned").exists()
    assert not (ROOT / "x").exists()


def test_a_baseline_with_a_huge_version_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    old = tmp_path / "old.yaml"
    huge = "version: " + "9" * 5000 + ".0.0"
    spec, replaced = re.subn(r"^version: .*$", huge, SPEC.read_text(encoding="utf-8"), 1, re.M)
    assert replaced == 1  # whatever the spec's own version is
    old.write_text(spec, encoding="utf-8")
    result = compat("--baseline-spec", old)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "must be at most 9007199254740991" in result.stderr


def test_a_retired_code_brought_back_as_it_was_is_an_addition(tmp_path: Path) -> None:
    old, new = specs_around_a_tombstone(tmp_path)  # the same entry, no longer removed
    changes = compare(load_spec(old), load_spec(new))
    assert [(c.kind, c.severity, c.code, c.name) for c in changes] == [
        ("added", NOTABLE, 400101, RETIRED_NAME)
    ]


def test_a_retired_code_brought_back_under_another_name_is_breaking(tmp_path: Path) -> None:
    def rename(data: Data) -> None:
        entry(data, "sdk", 400101)["name"] = "SIGNATURE_CHECK_FAILED"

    old, new = specs_around_a_tombstone(tmp_path, rename)
    changes = compare(load_spec(old), load_spec(new))
    assert [(c.kind, c.severity, c.code, c.detail) for c in changes] == [
        (
            "retired_reused",
            BREAKING,
            400101,
            "retired code re-used as SIGNATURE_CHECK_FAILED: 'Invalid request' "
            "(was 'Invalid request')",
        )
    ]


def test_markdown_notes_a_breaking_change_without_a_new_major_version(tmp_path: Path) -> None:
    spec = edited(tmp_path, remove_missing_parameter)
    result = compat("--baseline-spec", SPEC, "--spec", spec, "--format", "markdown")
    version = load_spec(SPEC).version
    assert result.returncode == 1
    assert result.stdout.endswith(
        "\n\n> Note: breaking changes need a new major version; "
        f"the spec says {version} (baseline {version})\n"
    )


@pytest.mark.parametrize(
    "baseline, error",
    [
        ("HEAD:no/such.yaml", "compat: 'HEAD:no/such.yaml': no file no/such.yaml in that commit\n"),
        ("HEAD:spec", "compat: 'HEAD:spec': no file spec in that commit\n"),  # a folder
        (
            "HEAD:LICENSE",
            "HEAD:LICENSE:10:56: error: YAML syntax: mapping values are not allowed in this context\n",
        ),
    ],
)
def test_a_git_baseline_that_is_no_spec_exits_2(baseline: str, error: str) -> None:
    result = compat("--baseline", baseline)
    assert (result.returncode, result.stdout, result.stderr) == (2, "", error)


def test_a_git_baseline_is_read_without_the_naming_rule() -> None:
    """The first published spec (1.0.0) has names from before the rule: its renames are reported."""
    first = subprocess.run(
        ["git", "rev-list", "--max-parents=0", "HEAD"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()[-1]
    result = compat("--baseline", first)
    assert (result.returncode, result.stderr) == (1, ""), result.stderr
    assert result.stdout.startswith("spec 1.0.0 → ")
    assert ": renamed from ANTI_SPOOFING_FAILED_2 to " in result.stdout


def test_a_renamed_enum_is_breaking(tmp_path: Path, baseline) -> None:
    def rename(data: Data) -> None:
        data["channels"]["sdk"]["enum"] = "SdkReturnCode"

    spec = edited(tmp_path, rename)
    version = baseline.version
    note = (
        f"breaking changes need a new major version; the spec says {version} (baseline {version})"
    )
    text = compat("--baseline-spec", SPEC, "--spec", spec)
    assert (text.returncode, text.stdout) == (
        1,
        f"spec {version} → {version}: 1 breaking, 0 notable change(s)\n"
        "BREAKING\n"
        "  sdk SdkReturnCode: enum SdkCode renamed to SdkReturnCode\n"
        f"note: {note}\n",
    )
    markdown = compat("--baseline-spec", SPEC, "--spec", spec, "--format", "markdown")
    assert (markdown.returncode, markdown.stdout) == (
        1,
        f"## {version}\n\n### Breaking changes\n\n"
        "- `SdkReturnCode`: enum SdkCode renamed to SdkReturnCode\n\n"
        f"> Note: {note}\n",
    )


def test_a_new_channel_brings_added_codes(tmp_path: Path, baseline) -> None:
    def add_channel(data: Data) -> None:
        data["channels"]["pc"] = {
            "enum": "PcCode",
            "title": "PC 端",
            "title_en": "PC",
            "categories": {
                "service": {
                    "title": "服务",
                    "title_en": "Service",
                    "codes": [
                        {
                            "code": 1,
                            "name": "BUSY",
                            "message": "忙",
                            "message_en": "Busy",
                            "billable": False,
                        }
                    ],
                }
            },
        }

    result = compat("--baseline-spec", SPEC, "--spec", edited(tmp_path, add_channel))
    version = baseline.version
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == (
        f"spec {version} → {version}: 0 breaking, 1 notable change(s)\n"
        "NOTABLE\n"
        "  pc 1 BUSY: added: 忙 (Busy)\n"
        f"note: the spec changed but its version is still {version}; bump it\n"
    )


def test_without_git_a_revision_baseline_says_what_to_use(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "compat", "--baseline", "HEAD"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "PATH": str(tmp_path)},  # no git on it
        capture_output=True,
        text=True,
    )
    assert (result.returncode, result.stdout, result.stderr) == (
        2,
        "",
        "compat: git is not installed; use --baseline-spec FILE\n",
    )


def test_every_reused_code_is_reported(tmp_path: Path, baseline) -> None:
    def reuse_two(data: Data) -> None:
        entry(data, "wechat", 5).update(
            message="人脸识别服务暂停", message_en="Face service suspended for maintenance"
        )
        entry(data, "wechat", 14).update(message="设备不支持", message_en="Device not supported")

    changes = compare(baseline, load_spec(edited(tmp_path, reuse_two)))
    assert [(c.kind, c.code) for c in changes] == [("reused", 5), ("reused", 14)]


def test_a_kept_tombstone_does_not_hide_a_deleted_one(tmp_path: Path) -> None:
    (tmp_path / "old").mkdir()
    (tmp_path / "new").mkdir()
    old = edited(tmp_path / "old", retire(400101), retire(400102))
    new = edited(tmp_path / "new", retire(400101), delete(400102))
    changes = compare(load_spec(old), load_spec(new))
    assert [(c.kind, c.code) for c in changes] == [("tombstone_deleted", 400102)]


def test_a_reused_retired_code_does_not_hide_a_new_one(tmp_path: Path) -> None:
    def add(data: Data) -> None:
        data["channels"]["sdk"]["codes"].append(
            {
                **entry(data, "sdk", 400102),
                "code": 12345,
                "name": "BRAND_NEW",
                "message": "新错误",
                "message_en": "A new error",
            }
        )

    old, new = specs_around_a_tombstone(tmp_path, reuse_400101, add)
    changes = compare(load_spec(old), load_spec(new))
    assert [(c.kind, c.code) for c in changes] == [("retired_reused", 400101), ("added", 12345)]


def test_changes_come_breaking_first_then_by_channel_enum_before_codes(
    tmp_path: Path, baseline
) -> None:
    def rename_enum(data: Data) -> None:
        data["channels"]["sdk"]["enum"] = "SdkReturnCode"

    spec = edited(tmp_path, flip_billing_of_success, rename_66660004, rename_enum)
    changes = compare(baseline, load_spec(spec))
    assert [(c.kind, c.channel, c.code) for c in changes] == [
        ("enum_renamed", "sdk", None),
        ("renamed", "sdk", 66660004),
        ("billing", "wechat", 0),
    ]
