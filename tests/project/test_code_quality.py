"""The generator's own code stays formatted and type-checks, as the artefacts it writes must."""

from __future__ import annotations

import os
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


def test_property_tests_draw_the_same_examples_on_every_ci_run() -> None:
    probe = (
        "import conftest\n"
        "from hypothesis import given, settings, strategies as st\n"
        "seen = []\n"
        "@given(st.text())\n"
        "def draw(text): seen.append(text)\n"
        "draw()\n"
        "print(settings.default.derandomize, settings.default.database, repr(seen))\n"
    )
    env = {**os.environ, "CI": "true", "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'tests'}"}
    env.pop("HYPOTHESIS_PROFILE", None)
    runs = [
        subprocess.run(
            [sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True
        )
        for _ in range(2)
    ]
    assert runs[0].returncode == 0, runs[0].stderr
    assert runs[0].stdout.startswith("True None [") and runs[0].stdout == runs[1].stdout


def test_the_mutation_table_names_every_module_and_only_real_tests() -> None:
    """`make mutate` stops at a module without a row; a stale row would count no test."""
    import mutation_harness

    # Every module of every stage; a package's __init__ only says what the stage is.
    modules = {
        ".".join(p.relative_to(ROOT).with_suffix("").parts)
        for p in (ROOT / "generator").rglob("*.py")
        if p.name != "__init__.py"
    }
    assert set(mutation_harness.WRITTEN_FOR) == modules - {"generator.__main__"}
    for entries in mutation_harness.WRITTEN_FOR.values():
        for entry in entries:
            path, _, name = entry.partition("::")
            text = (ROOT / path).read_text(encoding="utf-8")
            assert not name or f"def {name}" in text, entry
