"""The generated Go package: gofmt- and vet-clean, and a program built against
it with the real Go toolchain reads every entry back equal to the spec."""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from conftest import GENERATED, ROOT, Case, code_info
from generator.load.loader import Spec
from generator.project import PROJECT

PACKAGE = "go/faceidcodes.go"
UNKNOWN_FAMILY = "no such family"

# Offline and reproducible: no module proxy, no workspace from a parent
# folder, no C toolchain; Go's caches under the temporary folder when there is
# no home folder to keep them in (as under some CI runners).
SCRATCH = Path(tempfile.gettempdir()) / "faceid-codes-go"
ENV = {
    **os.environ,
    "GOPROXY": "off",
    "GOFLAGS": "-mod=mod",
    "GOWORK": "off",
    "CGO_ENABLED": "0",
    **(
        {} if "HOME" in os.environ else {"GOCACHE": f"{SCRATCH}/cache", "GOPATH": f"{SCRATCH}/path"}
    ),
}


def go_tool(name: str = "go") -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed; `make test` installs Debian's golang-go")
    return path


def run(cmd: list[str], cwd: Path) -> str:
    result = subprocess.run(cmd, cwd=cwd, env=ENV, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


# --- the program that prints every entry -----------------------------------------

HEAD = """\
package main

import (
\t"encoding/json"
\t"os"
{imports}
)

// entry has the fields of Info, with the names the TypeScript CodeInfo uses.
type entry struct {{
\tCode      int64    `json:"code"`
\tName      string   `json:"name"`
\tMessage   string   `json:"message"`
\tMessageEn string   `json:"messageEn"`
\tBillable  bool     `json:"billable"`
\tCategory  string   `json:"category"`
\tAction    []string `json:"action"`
\tActionEn  []string `json:"actionEn"`
\tFamily    string   `json:"family"`
}}

func main() {{
\tout := []map[string]any{{{{}}}}
{body}
\tif err := json.NewEncoder(os.Stdout).Encode(out); err != nil {{
\t\tpanic(err)
\t}}
}}
"""

# One channel: every entry as Info gives it, what String says, whether a copy
# can change the table, each family, and what an unknown code or family gives.
CHANNEL = """\
\t{{
\t\tvar entries []any
\t\tisolated := true
\t\tfor _, c := range {p}.{enum}s() {{
\t\t\tinfo, ok := c.Info()
\t\t\tentries = append(entries, []any{{c.String(), ok, entry(info)}})
\t\t\tif len(info.Action) > 0 {{
\t\t\t\tbefore := info.Action[0]
\t\t\t\tinfo.Action[0] += "!"
\t\t\t\tagain, _ := c.Info()
\t\t\t\tisolated = isolated && again.Action[0] == before
\t\t\t\tinfo.Action[0] = before
\t\t\t}}
\t\t}}
\t\tfamilies := map[string][]int64{{}}
\t\tfor _, key := range []string{{{family_keys}}} {{
\t\t\tmembers, ok := {p}.{enum}Family(key)
\t\t\tif !ok {{
\t\t\t\tpanic("family " + key)
\t\t\t}}
\t\t\tfor _, m := range members {{
\t\t\t\tfamilies[key] = append(families[key], int64(m))
\t\t\t}}
\t\t}}
\t\tnoFamily, noFamilyOK := {p}.{enum}Family({unknown_family})
\t\tunknownInfo, unknownOK := {p}.{enum}({unknown}).Info()
\t\tout[{i}][{enum_str}] = map[string]any{{
\t\t\t"entries":   entries,
\t\t\t"isolated":  isolated,
\t\t\t"families":  families,
\t\t\t"noFamily":  []any{{noFamily == nil, noFamilyOK}},
\t\t\t"unknown":   []any{{{p}.{enum}({unknown}).String(), unknownOK, entry(unknownInfo)}},
\t\t\t"constants": []int64{{{constants}}},
\t\t}}
\t}}
"""


def unknown_code(channel) -> int:
    """A code the channel does not have."""
    return max(c.code for c in channel.codes) + 1


def program(packages: list[tuple[str, Spec]]) -> str:
    """A Go main that prints, per package, every channel as CHANNEL records it."""
    imports, body = [], []
    for i, (path, spec) in enumerate(packages):
        imports.append(f'\tp{i} "{path}"')
        if i:
            body.append("\tout = append(out, map[string]any{})")
        body.append(f'\tout[{i}]["version"] = p{i}.Version')
        if spec.success_code is not None:
            body.append(f'\tout[{i}]["successCode"] = p{i}.SuccessCode')
        for channel in spec.channels:
            body.append(
                CHANNEL.format(
                    p=f"p{i}",
                    i=i,
                    enum=channel.enum,
                    enum_str=json.dumps(channel.enum),
                    family_keys=", ".join(json.dumps(f.key) for f in channel.live_families),
                    unknown_family=json.dumps(UNKNOWN_FAMILY),
                    unknown=unknown_code(channel),
                    constants=", ".join(
                        f"int64(p{i}.{channel.enum}_{c.name})" for c in channel.codes
                    ),
                )
            )
    return HEAD.format(imports="\n".join(imports), body="\n".join(body))


def _entry(dumped: dict) -> dict:
    """Go's zero values as the other artefacts write them: no family is null, no steps []."""
    return {
        **dumped,
        "action": dumped["action"] or [],
        "actionEn": dumped["actionEn"] or [],
        "family": dumped["family"] or None,
    }


def assert_reads_back(spec: Spec, dumped: dict) -> None:
    assert dumped["version"] == spec.version
    assert dumped.get("successCode") == spec.success_code
    for channel in spec.channels:
        got = dumped[channel.enum]
        assert [(name, ok, _entry(info)) for name, ok, info in got["entries"]] == [
            (c.name, True, code_info(c)) for c in channel.codes
        ]
        assert got["constants"] == [c.code for c in channel.codes]
        assert got["families"] == {f.key: [c.code for c in f.codes] for f in channel.live_families}
        assert got["isolated"] is True
        assert got["noFamily"] == [True, False]
        unknown = unknown_code(channel)
        name, ok, info = got["unknown"]
        assert (name, ok) == (f"{channel.enum}({unknown})", False)
        assert _entry(info) == {**{k: "" for k in info}, **_ZERO}


_ZERO = {"code": 0, "billable": False, "action": [], "actionEn": [], "family": None}


# --- building against the package as a user does ---------------------------------

GO_MOD = """\
module app

go 1.19

require {module} v{version}

replace {module} => {folder}
"""


def go_mod(spec: Spec, folder: Path | str) -> str:
    """An application's go.mod that requires the package by its module path, from `folder`."""
    module = PROJECT.go_module(spec.version)
    return GO_MOD.format(module=module, version=spec.version, folder=folder)


@functools.cache
def build_and_run(case: Case) -> dict:
    """Copy the package, build a program that requires it as README shows, run it once per case."""
    work = case.out.with_name(case.out.name + "-go")
    shutil.copytree(case.path("go"), work / "faceidcodes")
    (work / "app").mkdir()
    (work / "app" / "go.mod").write_text(go_mod(case.spec, "../faceidcodes"), encoding="utf-8")
    module = PROJECT.go_module(case.spec.version)
    (work / "app" / "main.go").write_text(program([(module, case.spec)]), encoding="utf-8")
    run([go_tool(), "build", "-o", "dump", "."], work / "app")
    (dumped,) = json.loads(run([str(work / "app" / "dump")], work / "app"))
    return dumped


def test_a_program_built_against_the_package_reads_every_entry_back(case: Case) -> None:
    assert_reads_back(case.spec, build_and_run(case))


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


def test_header_says_generated_to_people_and_to_go_tools(case: Case) -> None:
    first, second = case.path(PACKAGE).read_text(encoding="utf-8").splitlines()[:2]
    assert first.startswith("// generated from ") and first.endswith(" — do not edit")
    # The form `go generate`, gopls and linters recognise (golang.org/s/generatedcode).
    assert second == "// Code generated by faceid-codes. DO NOT EDIT."


def readme_example(language: str) -> str:
    """The README's example marked `<!-- example: {language} -->`, as written."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    marked = rf"^<!-- example: {language} -->\n```{language}\n(.*?)^```$"
    (block,) = re.findall(marked, text, flags=re.S | re.M)
    return block


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


def home_page_example(language: str) -> tuple[str, list[str]]:
    """The docs home page's snippet in `language` (a function body), and what
    its comments say each print shows (up to a colon)."""
    text = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    (block,) = re.findall(rf"^    ```{language}\n(.*?)^    ```$", text, flags=re.S | re.M)
    body = re.sub(r"^    ", "", block, flags=re.M)
    said = re.findall(
        r"// ([^:\n]*)", "\n".join(line for line in body.splitlines() if "print" in line.lower())
    )
    return body, said


def test_the_home_page_example_builds_and_prints_what_it_says(
    real_spec: Spec, tmp_path: Path
) -> None:
    (tmp_path / "go.mod").write_text(go_mod(real_spec, GENERATED / "go"), encoding="utf-8")
    body, said = home_page_example("go")
    module = PROJECT.go_module(real_spec.version)
    program = f'package main\n\nimport (\n\t"fmt"\n\n\t"{module}"\n)\n\nfunc main() {{\n{body}}}\n'
    (tmp_path / "main.go").write_text(program, encoding="utf-8")
    assert run([go_tool(), "run", "."], tmp_path).splitlines() == said


# Member names spelling what the generated types define or use (Java's enum
# methods and fields, Go's methods, tables and constants), upper-cased as a
# member name must be: none may collide with them.
CLASHING_NAMES = """VALUES VALUE_OF NAME ORDINAL COMPARE_TO CODE MESSAGE MESSAGE_EN BILLABLE
CATEGORY ACTION ACTION_EN FAMILY FROM_CODE FAMILY_MEMBERS BY_CODE FAMILIES TO_STRING STRING
INFO INFOS INDEX CLONE SUCCESS_CODE VERSION FACE_ID_CODES WECHAT_CODE_FAMILY""".split()


def clashing_case(tmp_path: Path) -> Case:
    from generator.output.sync import write_tree
    from generator.render.engine import render
    from generator.load.loader import parse_spec

    entries = "".join(
        f"          - code: {number}\n            name: {name}\n"
        f"            message: 文本\n            message_en: Text\n            billable: false\n"
        for number, name in enumerate(CLASHING_NAMES, 1)
    )
    text = (
        "version: 1.0.0\nchannels:\n  wechat:\n    enum: WechatCode\n    title: 微信\n"
        "    title_en: WeChat\n    categories:\n      system:\n        title: 系统\n"
        f"        title_en: System\n        codes:\n{entries}"
    )
    spec = parse_spec(text.encode(), "names.yaml", "spec/names.yaml")
    out = tmp_path / "generated"
    write_tree(out, render(spec))
    return Case("names", spec, out)


def test_member_names_cannot_collide_with_what_the_package_defines(tmp_path: Path) -> None:
    case = clashing_case(tmp_path)
    assert_reads_back(case.spec, build_and_run(case))
