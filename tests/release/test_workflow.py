""".github/workflows/release.yml: actionlint (the checker GitHub workflows are
written against) finds nothing, and the order that keeps a wrong tag from
publishing holds: every publishing job waits for the build job, whose first
project step is the tag check, and publishes only what that job built."""

from __future__ import annotations

import functools
import os
import re
import subprocess

import pytest
import yaml

from conftest import ROOT, SPEC
from generator.load.loader import load_spec
from generator.project import PROJECT

WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
ACTIONLINT = "github.com/rhysd/actionlint/cmd/actionlint@v1.7.12"
VERSION = load_spec(SPEC).version
PUBLISHING = ("pypi", "npm", "maven-central", "go", "docs", "github-release")
ON_RELEASE_TAG = "startsWith(github.ref, 'refs/tags/v')"


@functools.cache
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def jobs() -> dict:
    return workflow()["jobs"]


def needs(job: str) -> set[str]:
    """Every job `job` waits for, directly or not."""
    direct = jobs()[job].get("needs", [])
    direct = [direct] if isinstance(direct, str) else direct
    return set(direct).union(*(needs(other) for other in direct))


def glob(pattern: str) -> re.Pattern[str]:
    """A GitHub filter pattern: * matches anything but a slash."""
    return re.compile("".join("[^/]*" if c == "*" else re.escape(c) for c in pattern) + r"\Z")


@pytest.mark.toolchain
def test_actionlint_finds_nothing() -> None:
    env = {**os.environ, "GOFLAGS": "-mod=mod"}
    result = subprocess.run(
        ["go", "run", ACTIONLINT, "-shellcheck=", "-pyflakes=", str(WORKFLOW)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_release_tag_and_the_go_tag_trigger_it() -> None:
    # PyYAML reads the key `on` as True (YAML 1.1); GitHub reads it as "on".
    patterns = workflow()[True]["push"]["tags"]
    for tag in (f"v{VERSION}", PROJECT.go_tag(VERSION)):
        assert any(glob(p).match(tag) for p in patterns), tag


def test_every_publishing_job_waits_for_the_build_and_runs_for_a_release_tag_only() -> None:
    assert set(jobs()) == {"build", *PUBLISHING}
    for job in PUBLISHING:
        assert "build" in needs(job), job
        assert jobs()[job]["if"] == ON_RELEASE_TAG, job
    assert needs("github-release") == {"build", *PUBLISHING} - {"github-release"}


def test_the_tag_is_checked_before_anything_is_built_or_published() -> None:
    runs = [step.get("run", "") for step in jobs()["build"]["steps"]]
    first = next(i for i, run in enumerate(runs) if "tools/release" in run)
    assert runs[first].startswith('.venv/bin/python tools/release/tag.py check "$GITHUB_REF_NAME"')
    later = "\n".join(runs[first + 1 :])
    for step in ("tag.py notes", "make check", "tests/release", "tools/release/build.py"):
        assert step in later, step
    uploads = [s for s in jobs()["build"]["steps"] if "upload-artifact" in s.get("uses", "")]
    assert [s["with"]["path"].split() for s in uploads] == [["dist/", "release-notes.md"]]


def test_each_registry_gets_what_the_build_made_the_way_it_trusts() -> None:
    pypi = jobs()["pypi"]
    assert pypi["permissions"] == {"id-token": "write"}  # trusted publishing: no token
    (publish,) = [s for s in pypi["steps"] if "gh-action-pypi-publish" in s.get("uses", "")]
    assert publish["with"] == {"packages-dir": "dist/python/"}
    npm = "\n".join(s.get("run", "") for s in jobs()["npm"]["steps"])
    assert "npm publish --provenance" in npm and "dist/npm/" in npm
    assert jobs()["npm"]["permissions"] == {"id-token": "write"}
    central = "\n".join(s.get("run", "") for s in jobs()["maven-central"]["steps"])
    assert "--form bundle=@dist/maven-central-bundle.zip" in central
    build = [s.get("run", "") for s in jobs()["build"]["steps"]]
    signing = next(i for i, run in enumerate(build) if "gpg --batch --import" in run)
    assert signing < next(i for i, run in enumerate(build) if "build.py" in run)
    go = "\n".join(s.get("run", "") for s in jobs()["go"]["steps"])
    assert f'tag="{PROJECT.go_tag_prefix}v$VERSION"' in go
    notes = "\n".join(s.get("run", "") for s in jobs()["github-release"]["steps"])
    assert "--notes-file release-notes.md" in notes
