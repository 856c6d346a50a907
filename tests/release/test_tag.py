"""tools/release/tag.py: the release workflow's first step.  A tag that is not
the spec's version stops the release before anything is published, with one
line saying why; the release notes are the changelog's section for it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SPEC
from generator.load.loader import load_spec
from generator.project import PROJECT

TAG = ROOT / "tools" / "release" / "tag.py"
VERSION = load_spec(SPEC).version


def tag(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, TAG, *map(str, args)], cwd=ROOT, capture_output=True, text=True
    )


def other_versions() -> list[str]:
    """Every version one step away from the spec's, and the spec's own, cut short."""
    major, minor, patch = map(int, VERSION.split("."))
    nearby = [
        f"{major + 1}.{minor}.{patch}",
        f"{major}.{minor + 1}.{patch}",
        f"{major}.{minor}.{patch + 1}",
        f"{major - 1}.{minor}.{patch}" if major else f"{major}.{minor}.{patch}0",
    ]
    return nearby + [f"{major}.{minor}", f"{VERSION}.0", f"{VERSION}-rc.1"]


@pytest.mark.parametrize("name", [f"v{VERSION}", PROJECT.go_tag(VERSION)])
def test_the_release_tag_and_the_go_tag_of_the_spec_version_pass(name: str) -> None:
    result = tag("check", name)
    assert (result.returncode, result.stdout, result.stderr) == (
        0,
        f"tag {name} releases {VERSION}\n",
        "",
    )


@pytest.mark.parametrize(
    "name",
    [
        *(f"v{other}" for other in other_versions()),
        *(PROJECT.go_tag(other) for other in other_versions()),
        VERSION,  # no v
        f"V{VERSION}",
        f"release-v{VERSION}",
        f"go/v{VERSION}",  # not the prefix the module's folder implies
        "",
    ],
)
def test_any_other_tag_is_refused_in_one_line_before_anything_is_published(name: str) -> None:
    result = tag("check", name)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr == (
        f"release: error: tag {name!r} does not release the spec's version {VERSION} "
        f"(spec/codes.yaml); tag v{VERSION}, or set `version` in the spec and regenerate\n"
    )


CHANGELOG = """\
# Changelog

## {newer} — 2031-01-02

- not yet

## {version} — 2030-05-06

### Breaking changes

- the thing that broke

## 0.0.1 — 2029-01-01

- the first
"""


def newer() -> str:
    major, minor, patch = map(int, VERSION.split("."))
    return f"{major}.{minor}.{patch + 1}"


def test_the_notes_are_the_versions_changelog_section_without_its_heading(
    tmp_path: Path,
) -> None:
    (tmp_path / "CHANGELOG.md").write_text(
        CHANGELOG.format(newer=newer(), version=VERSION), encoding="utf-8"
    )
    result = tag("notes", f"v{VERSION}", tmp_path / "CHANGELOG.md")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == "### Breaking changes\n\n- the thing that broke\n"


def test_no_section_for_the_version_stops_the_release(tmp_path: Path) -> None:
    (tmp_path / "CHANGELOG.md").write_text(
        CHANGELOG.format(newer=newer(), version="0.0.2"), encoding="utf-8"
    )
    result = tag("notes", f"v{VERSION}", tmp_path / "CHANGELOG.md")
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        f"release: error: the changelog has no section '## {VERSION} — YYYY-MM-DD'; write it first\n"
    )


def test_an_empty_section_or_no_changelog_stops_it_too(tmp_path: Path) -> None:
    (tmp_path / "CHANGELOG.md").write_text(f"## {VERSION} — 2030-05-06\n\n## 0.0.1\n- x\n")
    empty = tag("notes", f"v{VERSION}", tmp_path / "CHANGELOG.md")
    assert empty.stderr == f"release: error: the changelog's section for {VERSION} is empty\n"
    missing = tag("notes", f"v{VERSION}", tmp_path / "nothing.md")
    assert missing.stderr == (
        f"release: error: {tmp_path / 'nothing.md'}: no such file; the release notes come from it\n"
    )
    assert (empty.returncode, missing.returncode) == (1, 1)


def test_notes_for_a_wrong_tag_are_refused_as_the_tag_is(tmp_path: Path) -> None:
    (tmp_path / "CHANGELOG.md").write_text(
        CHANGELOG.format(newer=newer(), version=VERSION), encoding="utf-8"
    )
    result = tag("notes", f"v{newer()}", tmp_path / "CHANGELOG.md")
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith(f"release: error: tag 'v{newer()}' does not release")


@pytest.mark.parametrize("args", [(), ("check",), ("publish", "v1.0.0"), ("check", "v1", "x")])
def test_a_wrong_command_line_is_a_usage_error(args: tuple[str, ...]) -> None:
    result = tag(*args)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == "usage: python tools/release/tag.py check TAG | notes TAG [FILE]\n"
