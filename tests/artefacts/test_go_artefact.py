"""The generated Go package: gofmt- and vet-clean, and a program built against
it with the real Go toolchain reads every entry back equal to the spec."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


from conftest import GENERATED, Case
from generator.load.loader import Spec
from helpers.examples import home_page_example, readme_example
from helpers.go import GO_MOD, assert_reads_back, build_and_run, go_tool, run
from helpers.names import clashing_case


@pytest.mark.toolchain
def test_a_program_built_against_the_package_reads_every_entry_back(case: Case) -> None:
    assert_reads_back(case.spec, build_and_run(case))


@pytest.mark.toolchain
def test_gofmt_prints_nothing_and_vet_is_clean(case: Case, tmp_path: Path) -> None:
    shutil.copytree(case.path("go"), tmp_path / "go")
    assert run([go_tool("gofmt"), "-l", "."], tmp_path / "go") == ""
    run([go_tool(), "vet", "./..."], tmp_path / "go")


def test_go_mod_names_the_module_the_readme_documents(case: Case) -> None:
    lines = case.path("go/go.mod").read_text(encoding="utf-8").splitlines()
    assert [line for line in lines if line and not line.startswith("//")] == [
        "module faceidcodes",
        "go 1.19",
    ]


@pytest.mark.toolchain
def test_the_readme_example_builds_and_runs(real_spec: Spec, tmp_path: Path) -> None:
    (tmp_path / "go.mod").write_text(
        GO_MOD.replace("../faceidcodes", str(GENERATED / "go")), encoding="utf-8"
    )
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
def test_the_home_page_example_builds_and_prints_what_it_says(tmp_path: Path) -> None:
    (tmp_path / "go.mod").write_text(
        GO_MOD.replace("../faceidcodes", str(GENERATED / "go")), encoding="utf-8"
    )
    body, said = home_page_example("go")
    program = f'package main\n\nimport (\n\t"faceidcodes"\n\t"fmt"\n)\n\nfunc main() {{\n{body}}}\n'
    (tmp_path / "main.go").write_text(program, encoding="utf-8")
    assert run([go_tool(), "run", "."], tmp_path).splitlines() == said


@pytest.mark.toolchain
def test_member_names_cannot_collide_with_what_the_package_defines(tmp_path: Path) -> None:
    case = clashing_case(tmp_path)
    assert_reads_back(case.spec, build_and_run(case))
