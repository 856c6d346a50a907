"""The packages others install: the Python wheel, the npm tarball and the pre-commit hooks.

Each package is built from the rendered real spec exactly as a user would
get it (pip into a fresh venv, npm pack + npm install into an empty project),
then used from outside the repository.  Building is shared per module: a
fresh venv and an npm install cost seconds.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import Case, ROOT, SPEC, code_info
from generator.output.sync import write_tree
from generator.names import upper_snake
from generator.render.engine import render
from generator.load.loader import Spec, load_spec

COMPILERS = {
    "tsc5": ROOT / "node_modules" / "typescript" / "bin" / "tsc",
    "tsc7": ROOT / "node_modules" / "typescript7" / "bin" / "tsc",
}
NODENEXT = [
    "--strict",
    "--noUncheckedIndexedAccess",
    "--module",
    "nodenext",
    "--moduleResolution",
    "nodenext",
]


def run(*args: str | Path, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert result.returncode == 0, f"{args}\n{result.stdout}\n{result.stderr}"
    return result


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed; `make test` needs Node.js and npm")
    return path


@pytest.fixture(scope="module")
def spec() -> Spec:
    return load_spec(SPEC)


@pytest.fixture(scope="module")
def generated(spec: Spec, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("packages") / "generated"
    write_tree(out, render(spec))
    return out


# --- Python ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def venv(generated: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with `pip install generated/python`: what a user's project gets."""
    folder = tmp_path_factory.mktemp("venv")
    run(sys.executable, "-m", "venv", folder / "env", cwd=folder)
    python = folder / "env" / "bin" / "python"
    run(python, "-m", "pip", "install", "--quiet", generated / "python", cwd=folder)
    return python


@pytest.mark.toolchain
def test_pip_installs_a_typed_zero_dependency_package(
    venv: Path, spec: Spec, tmp_path: Path
) -> None:
    probe = (
        "import importlib.metadata as m, importlib.resources as r, json, faceid_codes\n"
        "print(json.dumps([faceid_codes.__file__, m.version('faceid-codes'), m.requires('faceid-codes'),\n"
        "    r.files('faceid_codes').joinpath('py.typed').is_file(), int(faceid_codes.SdkCode.FACE_SIMILARITY_TOO_LOW_BILLED),\n"
        "    faceid_codes.SdkCode(66660004).billable]))\n"
    )
    where, version, requires, typed, value, billed = json.loads(
        run(venv, "-c", probe, cwd=tmp_path).stdout
    )
    assert Path(where).is_relative_to(venv.parent.parent)  # the installed copy, not the repo's
    assert (version, requires, typed, value, billed) == (spec.version, None, True, 66660004, True)


@pytest.mark.toolchain
def test_installed_package_explains_codes_from_the_shell(venv: Path, tmp_path: Path) -> None:
    by_module = run(venv, "-m", "faceid_codes", "66660004", cwd=tmp_path).stdout
    by_script = run(venv.parent / "faceid-codes", "66660004", cwd=tmp_path).stdout
    assert by_module == by_script and by_module.startswith(
        "sdk 66660004: SdkCode.FACE_SIMILARITY_TOO_LOW_BILLED\n"
    )


def test_installed_script_finds_words_and_audits_a_bill(
    venv: Path, spec: Spec, tmp_path: Path
) -> None:
    """The console script's two other uses, on the installed copy (its static modules shipped)."""
    script = venv.parent / "faceid-codes"
    found = subprocess.run([script, "正脸对框"], cwd=tmp_path, capture_output=True, text=True)
    assert found.returncode == 0 and "sdk 66660023: SdkCode." in found.stdout, found.stderr
    billed = next(c for ch in spec.channels if ch.key == "sdk" for c in ch.codes if c.billable)
    detail = {"Errcode": billed.code, "IsNeedCharge": False, "ReqTime": "1", "Seq": "s"}
    bill = {"Response": {"Text": {"LivenessDetail": [detail]}, "RequestId": "r"}}
    (tmp_path / "bill.jsonl").write_text(json.dumps(bill) + "\n", encoding="utf-8")
    audit = subprocess.run(
        [script, "audit", "--channel", "sdk", "--json", "bill.jsonl"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert audit.returncode == 1, audit.stderr  # billed by the table; Tencent said free
    assert [d["code"] for d in json.loads(audit.stdout)["disagreements"]] == [billed.code]


# --- npm ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def npm_project(generated: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty ESM project that has `npm install`ed the packed tarball, offline."""
    work = tmp_path_factory.mktemp("npm")
    packed = json.loads(
        run(
            tool("npm"),
            "pack",
            "--json",
            "--pack-destination",
            work,
            generated / "typescript",
            cwd=work,
        ).stdout
    )
    project = work / "project"
    project.mkdir()
    (project / "package.json").write_text(
        '{"name": "consumer", "private": true, "type": "module"}\n', encoding="utf-8"
    )
    run(
        tool("npm"),
        "install",
        "--offline",
        "--no-audit",
        "--no-fund",
        work / packed[0]["filename"],
        cwd=project,
    )
    (project / "packed.json").write_text(json.dumps(packed[0]), encoding="utf-8")
    return project


@pytest.mark.toolchain
def test_tarball_holds_the_modules_their_types_readme_and_licence(
    npm_project: Path, spec: Spec
) -> None:
    packed = json.loads((npm_project / "packed.json").read_text(encoding="utf-8"))
    assert sorted(f["path"] for f in packed["files"]) == [
        "LICENSE",
        "README.md",
        "faceid-codes.cjs",
        "faceid-codes.d.cts",
        "faceid-codes.d.ts",
        "faceid-codes.js",
        "package.json",
    ]
    manifest = json.loads(
        (npm_project / "node_modules/faceid-codes/package.json").read_text(encoding="utf-8")
    )
    assert (manifest["name"], manifest["version"], manifest["type"]) == (
        "faceid-codes",
        spec.version,
        "module",
    )
    assert manifest["sideEffects"] is False and manifest.get("dependencies") is None
    assert manifest["exports"]["."] == {
        "import": {"types": "./faceid-codes.d.ts", "default": "./faceid-codes.js"},
        "require": {"types": "./faceid-codes.d.cts", "default": "./faceid-codes.cjs"},
    }


# Prints every export as JSON, each lookup's answer for every code and one
# unknown code, and whether the maps are frozen; reads from the given module.
DUMP = """\
const codes = await import(process.argv[2]);
const out = { values: {}, lookups: {}, frozen: [] };
for (const [key, value] of Object.entries(codes)) {
  if (typeof value === "function") continue;
  out.values[key] = value;
  if (typeof value === "object") out.frozen.push(Object.isFrozen(value));
}
for (const [key, value] of Object.entries(codes)) {
  if (typeof value !== "function" || !key.startsWith("lookup")) continue;
  const info = codes[key.replace("lookup", "").replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase() + "_INFO"];
  out.lookups[key] = [...Object.keys(info).map(Number), 123456789].map((code) => value(code) ?? null);
}
console.log(JSON.stringify(out));
"""


def dump(project: Path, module: str) -> dict:
    (project / "dump.mjs").write_text(DUMP, encoding="utf-8")
    return json.loads(run(tool("node"), "dump.mjs", module, cwd=project).stdout)


def assert_equals_spec(dumped: dict, spec: Spec) -> None:
    values = dumped["values"]
    assert values["FACEID_CODES_VERSION"] == spec.version
    for channel in spec.channels:
        enum, info = values[channel.enum], values[upper_snake(channel.enum) + "_INFO"]
        for code in channel.codes:
            assert (enum[code.name], enum[str(code.code)]) == (code.code, code.name)
            assert info[str(code.code)] == code_info(code)
        lookups = dumped["lookups"][f"lookup{channel.enum}"]
        assert lookups[:-1] == list(info.values()) and lookups[-1] is None  # then an unknown code
    # No importer can change a code for the others.
    assert dumped["frozen"] and all(dumped["frozen"])


@pytest.mark.toolchain
def test_node_esm_import_gives_the_spec_values(npm_project: Path, spec: Spec) -> None:
    assert_equals_spec(dump(npm_project, "faceid-codes"), spec)


@pytest.mark.toolchain
def test_module_and_declarations_carry_awkward_texts_exactly(case: Case, tmp_path: Path) -> None:
    """Quotes, backslashes, `*/`, newlines, RTL text: the .js still parses and reads back equal."""
    module = case.path("typescript/faceid-codes.js").as_uri()
    assert_equals_spec(dump(tmp_path, module), case.spec)
    # One compiler is enough here: the npm tests compile the real declarations with both.
    tsc = COMPILERS["tsc7"]
    run(tool("node"), tsc, "--strict", "--noEmit", "faceid-codes.d.ts", cwd=case.path("typescript"))


def test_every_top_level_statement_is_side_effect_free(generated: Path) -> None:
    """What lets a bundler drop the maps an application does not import (with "sideEffects": false)."""
    pure = re.compile(
        r'(export )?function \w+\(|export const \w+ = ("[^"]*";|-?\d+;|null;|/\*#__PURE__\*/ (Object\.freeze|deepFreeze)\(\{)'
    )
    source = (generated / "typescript/faceid-codes.js").read_text(encoding="utf-8")
    statements = [line for line in source.splitlines() if line and not line[0].isspace()]
    others = [s for s in statements if not (pure.match(s) or s.startswith(("//", "/**", "}")))]
    assert others == []


TS_CONSUMER = """\
import {
  CodeInfo, FACEID_CODES_VERSION, SdkCode, SDK_CODE_FAMILIES, SDK_CODE_INFO, SUCCESS_CODE, WechatCode,
  WECHAT_CODE_INFO, lookupSdkCode, lookupWechatCode,
} from "faceid-codes";
const info: CodeInfo = SDK_CODE_INFO[SdkCode.FACE_SIMILARITY_TOO_LOW_BILLED];
const family: string | null = info.family;
const raw: number = -5020;
const spoofed: boolean = raw !== SUCCESS_CODE && SDK_CODE_FAMILIES.anti_spoofing_failed.includes(raw);
const billed: boolean = info.billable;
const steps: readonly string[] = info.actionEn;
const unknown: CodeInfo | undefined = lookupSdkCode(123456789);
const code: WechatCode = WechatCode.SUCCESS;  // the enum is a type as well as a value
const name: string | undefined = WechatCode[code];
const viaMap: CodeInfo = WECHAT_CODE_INFO[code];
function isBilled(c: SdkCode): boolean {
  return SDK_CODE_INFO[c].billable;
}
export const summary = [
  billed, steps.length, unknown, name, viaMap.name, FACEID_CODES_VERSION,
  isBilled(SdkCode.FACE_SIMILARITY_TOO_LOW_BILLED), lookupWechatCode(0)?.messageEn, family, spoofed,
];
"""

# The package and tsc's own compile of faceid-codes.ts must declare the same
# exports with mutually assignable types; enums with the same name and
# members are compatible across declarations, so this also compares values.
SAME = """\
import * as fromTs from "./{compiled}/faceid-codes.js";
import * as fromPackage from "faceid-codes";
type Same<X, Y> = [X] extends [Y] ? ([Y] extends [X] ? true : false) : false;
export const exports: Same<keyof typeof fromTs, keyof typeof fromPackage> = true;
export const modules: Same<typeof fromTs, typeof fromPackage> = true;
export const info: Same<keyof fromTs.CodeInfo, keyof fromPackage.CodeInfo> = true;
export const infoTypes: Same<fromTs.CodeInfo, fromPackage.CodeInfo> = true;
"""


@pytest.mark.toolchain
@pytest.mark.parametrize("compiler", sorted(COMPILERS))
def test_a_strict_nodenext_consumer_compiles_against_the_package(
    npm_project: Path, compiler: str
) -> None:
    (npm_project / f"consumer-{compiler}.ts").write_text(TS_CONSUMER, encoding="utf-8")
    run(
        tool("node"),
        COMPILERS[compiler],
        *NODENEXT,
        "--noEmit",
        f"consumer-{compiler}.ts",
        cwd=npm_project,
    )


@pytest.mark.toolchain
@pytest.mark.parametrize("compiler", sorted(COMPILERS))
def test_package_agrees_with_tsc_compiling_faceid_codes_ts(
    npm_project: Path, generated: Path, compiler: str
) -> None:
    node, tsc, compiled = tool("node"), COMPILERS[compiler], f"compiled-{compiler}"
    (npm_project / "source").mkdir(exist_ok=True)
    shutil.copy(generated / "typescript/faceid-codes.ts", npm_project / "source")
    emit = ["--target", "es2022", "--declaration", "--outDir", compiled]
    run(node, tsc, *NODENEXT, *emit, "source/faceid-codes.ts", cwd=npm_project)
    # The same types, and the consumer compiles against tsc's declarations too.
    same, consumer = f"same-{compiler}.ts", f"consumer-{compiler}-ts.ts"
    (npm_project / same).write_text(SAME.replace("{compiled}", compiled), encoding="utf-8")
    local = TS_CONSUMER.replace('"faceid-codes"', f'"./{compiled}/faceid-codes.js"')
    (npm_project / consumer).write_text(local, encoding="utf-8")
    run(node, tsc, *NODENEXT, "--noEmit", same, consumer, cwd=npm_project)
    # The same values, and every lookup answers the same.
    from_ts = dump(npm_project, f"./{compiled}/faceid-codes.js")
    from_package = dump(npm_project, "faceid-codes")
    assert from_package["values"] == from_ts["values"]
    assert from_package["lookups"] == from_ts["lookups"]


# --- pre-commit hooks -------------------------------------------------------------


def hooks() -> list[dict]:
    return yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("hook", hooks(), ids=lambda hook: hook["id"])
def test_each_pre_commit_hook_passes_on_this_repository(hook: dict) -> None:
    assert {"id", "name", "entry", "language"} <= hook.keys() and hook["pass_filenames"] is False
    python, *args = shlex.split(hook["entry"])
    assert python == "python"
    run(sys.executable, *args, cwd=ROOT, PYTHONPATH=str(ROOT))


def test_the_validate_hook_fails_on_an_invalid_spec(tmp_path: Path) -> None:
    (entry,) = [h["entry"] for h in hooks() if h["entry"].endswith(" validate")]
    bad = tmp_path / "codes.yaml"
    bad.write_text(
        SPEC.read_text(encoding="utf-8").replace("billable: true", "billable: maybe", 1),
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, *shlex.split(entry)[1:], "--spec", bad],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2 and result.stdout == ""
    assert re.fullmatch(rf"{re.escape(str(bad))}:\d+:\d+: error: billable: .*\n", result.stderr)
