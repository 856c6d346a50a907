"""The generated TypeScript: compiles with the real tsc (5.x and native 7.x) and reads back equal."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from conftest import Case, ROOT, code_info
from generator.names import upper_snake
from helpers.typescript import COMPILERS, _node, compile_and_run


@pytest.mark.toolchain
@pytest.mark.parametrize("compiler", sorted(COMPILERS))
def test_compiles_strict_and_reads_back_equal(case: Case, compiler: str, tmp_path: Path) -> None:
    dumped = compile_and_run(case, compiler, tmp_path)
    assert dumped["FACEID_CODES_VERSION"] == case.spec.version
    for channel in case.spec.channels:
        enum = dumped[channel.enum]
        info = dumped[upper_snake(channel.enum) + "_INFO"]
        assert list(info) == sorted((str(c.code) for c in channel.codes), key=_js_key_order)
        for code in channel.codes:
            assert enum[code.name] == code.code
            assert enum[str(code.code)] == code.name  # numeric enums map back
            assert info[str(code.code)] == code_info(code)


def _js_key_order(key: str) -> tuple[int, int | str]:
    """JavaScript lists integer-like keys (0 … 2**32-2) first, ascending, then the rest in insertion order."""
    is_index = key.isdigit() and int(key) < 2**32 - 1
    return (0, int(key)) if is_index else (1, 0)


# Reads each enum of the declaration files with TypeScript's own parser (members in
# source order, their values and doc comments), and each enum of the two JavaScript
# modules as Node.js loads them.
READ_ENUMS = """\
const ts = require(process.argv[2]);
const fs = require("node:fs");
const { pathToFileURL } = require("node:url");
const [, , , dir, ...enums] = process.argv;

function declared(file) {
  const text = fs.readFileSync(`${dir}/${file}`, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found = {};
  for (const statement of source.statements) {
    if (!ts.isEnumDeclaration(statement)) continue;
    found[statement.name.text] = statement.members.map((member) => {
      const docs = ts.getJSDocCommentsAndTags(member);
      return {
        name: member.name.text,
        value: Number(member.initializer.getText(source)),
        doc: docs.map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? "").join("\\n"),
        tags: docs.flatMap((doc) => (doc.tags ?? []).map((tag) => tag.tagName.text)),
      };
    });
  }
  return found;
}

function loaded(module) {
  return Object.fromEntries(enums.map((name) => [name, Object.entries(module[name])]));
}

(async () => {
  const esm = await import(pathToFileURL(`${dir}/faceid-codes.js`).href);
  const cjs = require(`${dir}/faceid-codes.cjs`);
  console.log(JSON.stringify({
    "faceid-codes.ts": declared("faceid-codes.ts"),
    "faceid-codes.d.ts": declared("faceid-codes.d.ts"),
    "faceid-codes.d.cts": declared("faceid-codes.d.cts"),
    "faceid-codes.js": loaded(esm),
    "faceid-codes.cjs": loaded(cjs),
  }));
})();
"""
TYPESCRIPT = ROOT / "node_modules" / "typescript" / "lib" / "typescript.js"


def read_enums(case: Case, work: Path) -> dict:
    """Each enum of each of the five files, by file and enum name (see READ_ENUMS)."""
    script = work / "read-enums.cjs"
    script.write_text(READ_ENUMS, encoding="utf-8")
    names = [channel.enum for channel in case.spec.channels]
    run = subprocess.run(
        [_node(), str(script), str(TYPESCRIPT), str(case.path("typescript")), *names],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(run.stdout)


@pytest.fixture(scope="module")
def enums(case: Case, tmp_path_factory: pytest.TempPathFactory) -> dict:
    return read_enums(case, tmp_path_factory.mktemp("read-enums"))


@pytest.mark.toolchain
@pytest.mark.parametrize("file", ["faceid-codes.ts", "faceid-codes.d.ts", "faceid-codes.d.cts"])
def test_declared_members_are_in_spec_order_with_their_values(
    case: Case, enums: dict, file: str
) -> None:
    for channel in case.spec.channels:
        members = enums[file][channel.enum]
        assert [(m["name"], m["value"]) for m in members] == [
            (c.name, c.code) for c in channel.codes
        ]


@pytest.mark.toolchain
@pytest.mark.parametrize("file", ["faceid-codes.js", "faceid-codes.cjs"])
def test_module_enums_map_names_in_spec_order_and_codes_back(
    case: Case, enums: dict, file: str
) -> None:
    for channel in case.spec.channels:
        entries = enums[file][channel.enum]
        numbers = {str(c.code) for c in channel.codes}
        # JavaScript lists integer-like keys first, ascending; the names keep their order.
        assert [(k, v) for k, v in entries if k not in numbers] == [
            (c.name, c.code) for c in channel.codes
        ]
        assert sorted((k, v) for k, v in entries if k in numbers) == sorted(
            (str(c.code), c.name) for c in channel.codes
        )


@pytest.mark.toolchain
@pytest.mark.parametrize("file", ["faceid-codes.ts", "faceid-codes.d.ts", "faceid-codes.d.cts"])
def test_each_members_doc_comment_says_its_code_messages_and_billing(
    case: Case, enums: dict, file: str
) -> None:
    """What an editor shows on hover: "Billed." exactly on the billed codes, no JSDoc tag."""
    for channel in case.spec.channels:
        for member, code in zip(enums[file][channel.enum], channel.codes):
            doc = member["doc"]
            assert member["tags"] == [], doc
            assert doc.startswith(f"{code.code}: "), doc
            assert doc.endswith(" Billed.") is code.billable, doc
            if case.name == "real":  # texts with nothing to escape in a comment
                billed = " Billed." if code.billable else ""
                assert doc == f"{code.code}: {code.message} ({code.message_en}){billed}"
