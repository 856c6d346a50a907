"""Static code is source: the files under templates/ that are no templates are
copied as they are after the header, and type-check as source, together with
the data modules the spec renders."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import black
import pytest

from conftest import GENERATED, ROOT, Case
from generator.render.engine import TEMPLATES, header
from generator.targets import TARGETS, comment

STATIC = [(path, source) for t in TARGETS for path, source in t.files if comment(source)]
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"


def test_the_python_package_has_static_sources() -> None:
    assert {source for _, source in STATIC} >= {"python/__main__.py", "python/_codes.py"}


@pytest.mark.parametrize("path, source", STATIC)
def test_a_static_source_is_copied_byte_for_byte_after_the_header(
    case: Case, path: str, source: str
) -> None:
    text = (TEMPLATES / source).read_text(encoding="utf-8")
    assert "{{" not in text and "{%" not in text  # no template syntax to forget
    written = case.path(path).read_text(encoding="utf-8")
    assert written == f"{comment(source)}{header(case.spec)}\n{text}"


@pytest.mark.parametrize("path, source", [s for s in STATIC if s[1].endswith(".py")])
def test_a_static_python_source_is_what_black_makes_of_it(path: str, source: str) -> None:
    text = (TEMPLATES / source).read_text(encoding="utf-8")
    mode = black.Mode(target_versions={black.TargetVersion.PY311})
    assert black.format_str(text, mode=mode) == text


def source_package(generated: Path, folder: Path) -> Path:
    """The package with every static file taken from templates/, the rest as rendered.

    Rendered from the real spec: the awkward one has no success code, and the
    package users get types SUCCESS_CODE as the int it is."""
    package = folder / "faceid_codes"
    shutil.copytree(generated / "python/faceid_codes", package)
    for path, source in STATIC:
        if path.startswith("python/faceid_codes/"):
            shutil.copyfile(TEMPLATES / source, folder / path.removeprefix("python/"))
    return package


def test_mypy_strict_accepts_the_static_sources(tmp_path: Path) -> None:
    source_package(GENERATED, tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir=/dev/null"]
        + ["-p", "faceid_codes"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.toolchain
def test_pyright_strict_accepts_the_static_sources(tmp_path: Path) -> None:
    source_package(GENERATED, tmp_path)
    (tmp_path / "pyrightconfig.json").write_text(
        json.dumps({"typeCheckingMode": "strict"}), encoding="utf-8"
    )
    result = subprocess.run(
        [PYRIGHT, "--pythonpath", sys.executable, "faceid_codes"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert "0 errors, 0 warnings, 0 informations" in result.stdout, result.stdout
