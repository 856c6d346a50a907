"""Removed codes stay in the spec as tombstones: documented, out of the enums, never re-used."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import DATA, import_file
from generator import cli
from generator.output.sync import write_tree
from generator.render.engine import render
from generator.load.loader import SpecError, load_spec
from helpers.reference import entries

AWKWARD = DATA / "awkward.yaml"


def test_a_tombstone_leaves_the_enums_but_stays_documented(tmp_path: Path) -> None:
    spec = load_spec(AWKWARD)
    write_tree(tmp_path, render(spec))
    sdk = next(ch for ch in spec.channels if ch.key == "sdk")
    assert [c.name for c in sdk.removed] == ["RETIRED"] and 400199 not in {
        c.code for c in sdk.codes
    }
    module = import_file(tmp_path / "python/faceid_codes/__init__.py", "faceid_codes_tombstone")
    assert module.SdkCode.lookup(400199) is None and "RETIRED" not in module.SdkCode.__members__
    assert "RETIRED" not in (tmp_path / "typescript/faceid-codes.ts").read_text(encoding="utf-8")
    reference = (tmp_path / "docs/return-codes.md").read_text(encoding="utf-8")
    removed_part = reference.split("{#sdk-removed}", 1)[1]
    removed = entries("## sdk {#sdk}\n\n### x\n" + removed_part.split("\n### ", 1)[0])
    assert list(removed) == ["sdk-400199"]
    assert (removed["sdk-400199"].name, removed["sdk-400199"].message) == (
        "RETIRED",
        "已停用 | 旧码",
    )


@pytest.mark.parametrize(
    "field, error",
    [
        (
            "code",
            "reuse.yaml:69:15: error: code 400199 is already used by RETIRED at line 58; "
            "codes are unique in SdkCode",
        ),
        (
            "name",
            "reuse.yaml:70:15: error: name RETIRED is already used by code 400199 at line 59; "
            "names are unique in SdkCode",
        ),
    ],
)
def test_a_tombstones_code_and_name_are_never_reused(
    tmp_path: Path, field: str, error: str
) -> None:
    text = AWKWARD.read_text(encoding="utf-8")
    target = {"code": "- code: 66660004", "name": "  name: PLAIN"}[field]
    replacement = {"code": "- code: 400199", "name": "  name: RETIRED"}[field]
    assert text.count(target) == 1
    spec = tmp_path / "reuse.yaml"
    spec.write_text(text.replace(target, replacement), encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        load_spec(spec, display="reuse.yaml")
    assert caught.value.lines() == [error]


def test_compat_reports_a_code_turned_tombstone_as_removed(tmp_path: Path, capsys) -> None:
    text = AWKWARD.read_text(encoding="utf-8")
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(text.replace("        removed: true\n", ""), encoding="utf-8")
    new.write_text(text, encoding="utf-8")
    assert cli.main(["compat", "--baseline-spec", str(old), "--spec", str(new)]) == 1
    assert capsys.readouterr().out == (
        "spec 0.1.0 → 0.1.0: 1 breaking, 0 notable change(s)\n"
        "BREAKING\n"
        "  sdk 400199 RETIRED: removed (Retired | old code)\n"
        "note: breaking changes need a new major version; the spec says 0.1.0 (baseline 0.1.0)\n"
    )
