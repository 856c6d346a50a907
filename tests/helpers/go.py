"""Building Go programs against the generated package, offline, as its users do."""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from conftest import Case, code_info
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
