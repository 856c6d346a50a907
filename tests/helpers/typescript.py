"""Compiling the generated TypeScript with the real compilers and running it in Node.js."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import Case, ROOT

MODULE = "typescript/faceid-codes.ts"
COMPILERS = {
    "tsc5": ROOT / "node_modules" / "typescript" / "bin" / "tsc",
    "tsc7": ROOT / "node_modules" / "typescript7" / "bin" / "tsc",
}
STRICT = ["--strict", "--noUncheckedIndexedAccess", "--target", "es2022", "--module", "commonjs"]

# Prints every enum and info map as JSON, so Python can compare them with the spec.
DUMP = """\
import * as codes from "./faceid-codes";
const out: Record<string, unknown> = {};
for (const [key, value] of Object.entries(codes)) out[key] = value;
console.log(JSON.stringify(out));
"""

# What an application with the strictest settings writes.
CONSUMER = """\
import { CodeInfo, OpenSdkCode, SdkCode, SDK_CODE_INFO, isSdkCode, lookupSdkCode } from "./faceid-codes";
const info: CodeInfo = SDK_CODE_INFO[SdkCode.{member}];
const billed: boolean = info.billable;
const steps: readonly string[] = info.actionEn;
const unknown: CodeInfo | undefined = lookupSdkCode(123456789);
// An open enum: a code from a response may be newer than the package.
function describe(code: OpenSdkCode): string {
  return isSdkCode(code) ? SDK_CODE_INFO[code].name : `newer code ${code}`;
}
const fromResponse: OpenSdkCode = 123456789;
export const summary = [billed, steps.length, unknown === undefined, describe(fromResponse)];
"""


def _node() -> str:
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is not installed; `make test` needs Node.js for the TypeScript compilers")
    return node


def compile_and_run(case: Case, compiler: str, tmp_path: Path) -> dict:
    work = tmp_path / compiler
    work.mkdir()
    shutil.copy(case.path(MODULE), work / "faceid-codes.ts")
    (work / "dump.ts").write_text(DUMP, encoding="utf-8")
    member = case.spec.channels[-1].codes[0].name
    (work / "consumer.ts").write_text(CONSUMER.replace("{member}", member), encoding="utf-8")
    tsc = [_node(), str(COMPILERS[compiler]), *STRICT, "--outDir", "js"]
    result = subprocess.run(
        [*tsc, "faceid-codes.ts", "dump.ts", "consumer.ts"],
        cwd=work,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    run = subprocess.run(
        [_node(), "js/dump.js"], cwd=work, capture_output=True, text=True, check=True
    )
    return json.loads(run.stdout)
