"""What `make test` sets up on a fresh machine before running the suite."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from conftest import ROOT


def planned(*args: str) -> list[str]:
    """The commands `make` would run (`make -n`), one per line."""
    make = shutil.which("make") or pytest.fail("make is not installed")
    result = subprocess.run([make, "-n", *args], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_make_test_installs_chromium_before_the_suite_when_it_is_missing() -> None:
    steps = planned("test", "CHROMIUM=/nonexistent/chromium")
    install = "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null"
    assert "apt-get update -qq" in steps and install in steps
    suite = next(i for i, step in enumerate(steps) if step.startswith(".venv/bin/python -m pytest"))
    assert steps.index(install) < suite


def test_make_test_leaves_an_installed_chromium_alone(tmp_path) -> None:
    present = tmp_path / "chromium"
    present.touch()
    assert not [s for s in planned("test", f"CHROMIUM={present}") if "apt-get" in s]


def test_make_test_installs_missing_go_and_java_tools_with_the_browser_in_one_go() -> None:
    absent = "faceid-codes-absent-program"
    tools = f"TOOLS={absent}-1:golang-go {absent}-2:maven {absent}-3:golang-go go:not-needed"
    steps = planned("test", "CHROMIUM=/nonexistent/chromium", tools)
    installs = [s for s in steps if s.startswith("DEBIAN_FRONTEND=")]
    assert installs == [
        "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium golang-go maven >/dev/null"
    ]
    assert steps.count("apt-get update -qq") == 1
    suite = next(i for i, step in enumerate(steps) if step.startswith(".venv/bin/python -m pytest"))
    assert steps.index(installs[0]) < suite
