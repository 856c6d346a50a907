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
