"""The generated Go package: gofmt- and vet-clean, and a program built against
it with the real Go toolchain reads every entry back equal to the spec."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest


from conftest import GENERATED, ROOT, Case
from generator.load.loader import Spec
from generator.project import PROJECT
from helpers.examples import home_page_example, readme_example
from helpers.go import assert_reads_back, build_and_run, go_mod, go_tool, run
from helpers.names import clashing_case


@pytest.mark.toolchain
def test_a_program_built_against_the_package_reads_every_entry_back(case: Case) -> None:
    assert_reads_back(case.spec, build_and_run(case))


@pytest.mark.toolchain
def test_gofmt_prints_nothing_and_vet_is_clean(case: Case, tmp_path: Path) -> None:
    shutil.copytree(case.path("go"), tmp_path / "go")
    assert run([go_tool("gofmt"), "-l", "."], tmp_path / "go") == ""
    run([go_tool(), "vet", "./..."], tmp_path / "go")


def test_go_mod_names_the_module_go_get_accepts(case: Case) -> None:
    lines = case.path("go/go.mod").read_text(encoding="utf-8").splitlines()
    module = PROJECT.go_module(case.spec.version)
    assert [line for line in lines if line and not line.startswith("//")] == [
        f"module {module}",
        "go 1.19",
    ]
    major = int(case.spec.version.split(".")[0])
    # A domain first, and /vN from major 2 on: what `go get` requires of a path.
    assert module.split("/")[0] == "github.com" and "." in module.split("/")[0]
    assert module.endswith(f"/v{major}") == (major >= 2)


@pytest.mark.toolchain
def test_the_module_says_its_go_version_in_the_form_every_supported_go_reads(
    case: Case, tmp_path: Path
) -> None:
    """`go mod edit -json` (the go command's own go.mod reader) reads the module path and a
    go directive no newer than the Go this machine runs, so it never fetches a toolchain."""
    shutil.copy(case.path("go/go.mod"), tmp_path / "go.mod")
    parsed = json.loads(run([go_tool(), "mod", "edit", "-json"], tmp_path))
    assert parsed["Module"]["Path"] == PROJECT.go_module(case.spec.version)
    local = run([go_tool(), "env", "GOVERSION"], tmp_path).strip().removeprefix("go")
    wanted = tuple(int(part) for part in parsed["Go"].split("."))
    assert wanted <= tuple(int(part) for part in re.findall(r"\d+", local)[:2])


def test_the_module_carries_the_licence(case: Case) -> None:
    assert case.path("go/LICENSE").read_text(encoding="utf-8") == (ROOT / "LICENSE").read_text(
        encoding="utf-8"
    )


@pytest.mark.toolchain
def test_the_readme_example_builds_and_runs(real_spec: Spec, tmp_path: Path) -> None:
    (tmp_path / "go.mod").write_text(go_mod(real_spec, GENERATED / "go"), encoding="utf-8")
    (tmp_path / "main.go").write_text(readme_example("go"), encoding="utf-8")
    out = run([go_tool(), "run", "."], tmp_path).splitlines()
    sdk = next(c for c in real_spec.channels if c.enum == "SdkCode")
    code = next(c for c in sdk.codes if c.code == -5020)
    billed = next(c for c in sdk.codes if c.code == 66660004)
    assert out == [
        f"{code.name} {code.message_en} {str(code.billable).lower()} {code.family}",
        f"{billed.name} {len(sdk.members(code.family))}",
    ]


@pytest.mark.toolchain
def test_the_home_page_example_builds_and_prints_what_it_says(
    real_spec: Spec, tmp_path: Path
) -> None:
    (tmp_path / "go.mod").write_text(go_mod(real_spec, GENERATED / "go"), encoding="utf-8")
    body, said = home_page_example("go")
    module = PROJECT.go_module(real_spec.version)
    program = f'package main\n\nimport (\n\t"fmt"\n\n\t"{module}"\n)\n\nfunc main() {{\n{body}}}\n'
    (tmp_path / "main.go").write_text(program, encoding="utf-8")
    assert run([go_tool(), "run", "."], tmp_path).splitlines() == said


@pytest.mark.toolchain
def test_member_names_cannot_collide_with_what_the_package_defines(tmp_path: Path) -> None:
    case = clashing_case(tmp_path)
    assert_reads_back(case.spec, build_and_run(case))
