"""The generator's own code stays formatted and type-checks, as the artefacts it writes must."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_project_code_is_black_formatted() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "black", "--check", "--quiet", "generator", "tests", "bench"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr or "run: .venv/bin/black generator tests bench"


def test_generator_type_checks() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--ignore-missing-imports",
            "--cache-dir",
            "/dev/null",
            "generator",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout
