"""The artefacts in the tools their users already run, all pinned in the lock files.

Python: mypy --strict and pyright --strict on consumer code, pydantic and
FastAPI, datamodel-code-generator, jsonschema/referencing, build + twine.
JavaScript: Ajv (strict, no options), openapi-typescript, publint,
@arethetypeswrong/cli, tsc 5.9 and 7 on ES module and CommonJS consumers.
The usage examples are read from README.md and USAGE.md (each follows an
`<!-- example: NAME -->` marker) and run exactly as written; the package
READMEs' examples likewise.  Tests reach codes by number or through the
spec model, never by a member name written here.
"""

from __future__ import annotations

import copy
import enum
import json
import os
import pickle
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

from helpers.code_rule import spellings, values
from conftest import ROOT, SPEC, Case, import_file
from helpers.examples import marked_examples
from generator.output.sync import write_tree
from generator.names import upper_snake
from generator.model import Channel, Code
from generator.render.engine import render
from generator.load.loader import Spec, load_spec
from generator.project import PROJECT

NODE_MODULES = ROOT / "node_modules"
COMPILERS = {
    "tsc5": NODE_MODULES / "typescript" / "bin" / "tsc",
    "tsc7": NODE_MODULES / "typescript7" / "bin" / "tsc",
}
PYRIGHT = NODE_MODULES / ".bin" / "pyright"
STRICT_TS = ["--strict", "--noUncheckedIndexedAccess", "--module", "nodenext"]

README_EXAMPLES = {
    "python-lookup": "python",
    "python-match": "python",
    "python-fastapi": "python",
    "python-open": "python",  # the open enum as a pydantic field type
    "typescript": "ts",
    "ajv": "js",
    "python-jsonschema": "python",
    "go": "go",  # built and run by tests/artefacts/test_go_artefact.py
    "java": "java",  # compiled and run by tests/artefacts/test_java_artefact.py
    "audit-join": "sql",  # run in SQLite and DuckDB by tests/artefacts/test_tables.py
}
# The examples whose subject is this package's types (the jsonschema one is about the schema).
TYPED_EXAMPLES = ("python-lookup", "python-match", "python-fastapi")


def fenced(text: str, lang: str) -> str:
    """The one ```lang block of a Markdown text."""
    (block,) = re.findall(rf"```{lang}\n(.*?)```\n", text, re.S)
    return block


def run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None, ok: bool = True):
    result = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    if ok:
        assert result.returncode == 0, f"{args}\n{result.stdout}\n{result.stderr}"
    return result


def node() -> str:
    path = shutil.which("node")
    if path is None:
        pytest.fail("node is not installed; `make test` needs Node.js and npm")
    return path


@pytest.fixture(scope="module")
def spec() -> Spec:
    return load_spec(SPEC)


@pytest.fixture(scope="module")
def generated(spec: Spec, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("tools") / "generated"
    write_tree(out, render(spec))
    return out


@pytest.fixture(scope="module")
def pyenv(generated: Path) -> dict[str, str]:
    """The project's Python (pydantic, FastAPI, jsonschema…) seeing the rendered package."""
    return {"PYTHONPATH": str(generated / "python"), "MYPYPATH": str(generated / "python")}


@pytest.fixture(scope="module")
def readme() -> dict[str, tuple[str, str]]:
    """The README's and USAGE.md's marked examples: name -> (language, code)."""
    return {name: (lang, code) for name, lang, code in marked_examples()}


def sample(spec: Spec) -> tuple[Channel, Code]:
    """The code the READMEs use: the first billed code of the last channel."""
    channel = spec.channels[-1]
    return channel, (channel.billed or channel.codes)[0]


def test_readme_marks_each_example_the_tests_run(readme: dict[str, tuple[str, str]]) -> None:
    assert {name: lang for name, (lang, _) in readme.items()} == README_EXAMPLES
    assert len(marked_examples()) == len(README_EXAMPLES)  # no name marked twice


# --- Python: the examples, type checkers, behaviour ----------------------------------


def test_readme_python_examples_run_as_written(
    readme: dict[str, tuple[str, str]],
    generated: Path,
    pyenv: dict[str, str],
    spec: Spec,
    tmp_path: Path,
) -> None:
    shutil.copy(generated / "schema/faceid-codes.schema.json", tmp_path)
    package_readme = (generated / "python/README.md").read_text(encoding="utf-8")
    sources = {name: code for name, (lang, code) in readme.items() if lang == "python"}
    sources["package-readme"] = fenced(package_readme, "python")
    printed = {}
    for name, source in sources.items():
        (tmp_path / f"{name}.py").write_text(source, encoding="utf-8")
        printed[name] = run(sys.executable, f"{name}.py", cwd=tmp_path, env=pyenv).stdout
    # The README is written with 66660004; the package README with the first billed code.
    (shown,) = [c for c in spec.channels[-1].codes if c.code == 66660004]
    assert printed["python-lookup"] == (
        f"{shown.name} {shown.message} {shown.message_en} {shown.action_en}\n"
    )
    _, code = sample(spec)
    # The open enum: the known code a member, a newer one its int.
    assert printed["package-readme"] == (
        f"{code.name} {code.billable} {code.message_en}\nTrue 123456789\n"
    )


def consumer(spec: Spec) -> str:
    """Code a strictly typed application writes, over every channel of the spec."""
    names = ", ".join(c.enum for c in spec.channels)
    lines = [
        "from typing import assert_never, assert_type",
        f"from faceid_codes import CHANNELS, FaceIdCode, {names}",
    ]
    for channel in spec.channels:
        enum, first, last = channel.enum, channel.codes[0], channel.codes[-1]
        every = " | ".join(f"{enum}.{c.name}" for c in channel.codes)
        lines += [
            f"def compare_{enum}(raw: int) -> bool:",
            f"    return raw == {enum}.{first.name} or {enum}.{last.name} == raw",
            f"def exhaustive_{enum}(code: {enum}) -> bool:",
            "    match code:",
            f"        case {every}:",
            "            return code.billable",
            "        case _:",
            "            assert_never(code)",
            f"def narrow_{enum}(code: FaceIdCode | None) -> {enum} | None:",
            f"    if isinstance(code, {enum}):",
            f"        assert_type(code, {enum})",
            "        return code",
            "    return None",
            f"assert_type({enum}({first.code}), {enum})",
            f"value_{enum}: int = {enum}({first.code}).value  # a Literal union of the codes",
            f"assert_type({enum}.lookup({first.code}), {enum} | None)",
            f'assert_type({enum}.lookup("{first.code}"), {enum} | None)',
            f"assert_type({enum}.{first.name}.message, str)",
            f"assert_type({enum}.{first.name}.billable, bool)",
            f"assert_type({enum}.{first.name}.action_en, tuple[str, ...])",
            f"total_{enum}: int = {enum}.{first.name} + 1",
            f'channel_{enum}: type[FaceIdCode] = CHANNELS["{channel.key}"]',
        ]
    return "\n".join(lines) + "\n"


# What an application writes against the package: each type as a checker must see it.
PY_CONSUMER = """\
from typing import assert_type

from faceid_codes import CHANNELS, SUCCESS_CODE, FaceIdCode, SdkCode, WechatCode

value: int = WechatCode(0).value  # to pyright, a Literal union of the codes
assert_type(WechatCode.SUCCESS.billable, bool)
assert_type(SdkCode.FACE_SIMILARITY_TOO_LOW_BILLED.message_en, str)
assert_type(SdkCode(-5026).family, str | None)
assert_type(SdkCode.family_members("liveness_failed"), tuple[SdkCode, ...])
assert_type(SUCCESS_CODE, int)
assert_type(SdkCode(66660004).action_en, tuple[str, ...])
assert_type(SdkCode.lookup(66660004), SdkCode | None)
assert_type(WechatCode.lookup(2006), WechatCode | None)
total: int = WechatCode.SUCCESS + 1
channel: type[FaceIdCode] = CHANNELS["sdk"]


def billed(code: int) -> bool:
    member = SdkCode.lookup(code)
    return member is not None and member.billable


def anti_spoofing(code: int) -> bool:
    return code != SUCCESS_CODE and code in SdkCode.family_members("anti_spoofing_failed")
"""


@pytest.fixture(scope="module")
def typed_sources(
    readme: dict[str, tuple[str, str]], generated: Path, spec: Spec, tmp_path_factory
) -> Path:
    folder = tmp_path_factory.mktemp("typed")
    for name in TYPED_EXAMPLES:
        (folder / f"{name.replace('-', '_')}.py").write_text(readme[name][1], encoding="utf-8")
    package_readme = (generated / "python/README.md").read_text(encoding="utf-8")
    (folder / "package_readme.py").write_text(fenced(package_readme, "python"), encoding="utf-8")
    (folder / "consumer.py").write_text(consumer(spec), encoding="utf-8")
    (folder / "package_consumer.py").write_text(PY_CONSUMER, encoding="utf-8")
    return folder


def test_mypy_strict_accepts_the_package_and_its_consumers(
    typed_sources: Path, generated: Path, pyenv: dict[str, str]
) -> None:
    """The one mypy run: the package itself (through MYPYPATH, so checked as source) and
    every consumer: the README's examples, the package README's, generated consumer code."""
    files = sorted(p.name for p in typed_sources.glob("*.py"))
    mypy = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir=/dev/null"]
    package = generated / "python/faceid_codes"
    result = run(*mypy, *files, package, cwd=typed_sources, env=pyenv)
    assert result.stdout.startswith("Success: no issues found in ")


@pytest.mark.toolchain
def test_pyright_strict_accepts_the_package_and_its_consumers(
    typed_sources: Path, generated: Path, tmp_path: Path
) -> None:
    """The one pyright run, over the same files, the package copied in to be checked as source."""
    work = tmp_path / "typed"
    shutil.copytree(typed_sources, work)
    shutil.copytree(generated / "python/faceid_codes", work / "faceid_codes")
    config = {"typeCheckingMode": "strict"}
    (work / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    node()
    result = run(PYRIGHT, "--pythonpath", sys.executable, cwd=work)
    assert "0 errors, 0 warnings, 0 informations" in result.stdout


MODULE = "python/faceid_codes/__init__.py"


def fingerprint(module: ModuleType, spec: Spec) -> list[object]:
    """Everything a user can observe of the enums, as plain values."""
    seen: list[object] = []
    for channel in spec.channels:
        cls = getattr(module, channel.enum)
        seen.append(
            (
                cls.__name__,
                cls.__qualname__,
                cls.__module__,
                cls.__doc__,
                type(cls),
                [base.__name__ for base in cls.__mro__],
                len(cls),
                list(cls.__members__),
                sorted(dir(cls)),
            )
        )
        for member in cls:
            seen.append(
                (
                    repr(member),
                    str(member),
                    format(member),
                    f"{member:>12}",
                    f"{member:d}",
                    hash(member),
                    member.name,
                    member.value,
                    type(member.value),
                    json.dumps(member),
                    json.dumps({member: [member]}),
                    pickle.loads(pickle.dumps(member)) is member,
                    copy.deepcopy(member) is member,
                    cls(int(member)) is member,
                    cls[member.name] is member,
                    getattr(cls, member.name) is member,
                    member + 0,
                    member == int(member),
                    # Not dir(member): the usual build lists sibling members there too,
                    # _simple_enum does not (HTTPStatus neither); attributes are the same.
                    sorted(vars(member)),
                    (member.message, member.message_en, member.billable, member.category),
                    (member.action, member.action_en),
                )
            )
        for wrong in (max(c.code for c in channel.codes) + 1, str(channel.codes[0].code), None):
            with pytest.raises(ValueError) as raised:
                cls(wrong)
            seen.append(str(raised.value))
        with pytest.raises(KeyError):
            cls["NOT_A_MEMBER"]
    return seen


def test_behaviour_is_the_same_with_and_without_simple_enum(
    generated: Path, spec: Spec, monkeypatch: pytest.MonkeyPatch
) -> None:
    """enum._simple_enum is private: the module falls back to the usual enum, unchanged."""
    path = generated / MODULE
    fast = import_file(path, "faceid_codes_fast")
    monkeypatch.delattr(enum, "_simple_enum")
    usual = import_file(path, "faceid_codes_usual")
    monkeypatch.undo()
    # Equal but for the module names the two imports were given.
    fast_print = json.dumps(fingerprint(fast, spec), default=repr, ensure_ascii=False)
    usual_print = json.dumps(fingerprint(usual, spec), default=repr, ensure_ascii=False)
    assert usual_print.replace("faceid_codes_usual", "M") == fast_print.replace(
        "faceid_codes_fast", "M"
    )
    for channel in spec.channels:
        cls = getattr(fast, channel.enum)
        assert issubclass(cls, fast.FaceIdCode) and issubclass(cls, int)
        for code in channel.codes:
            member = cls(code.code)
            assert (repr(member), str(member), json.dumps(member)) == (
                f"<{channel.enum}.{code.name}: {code.code}>",
                str(code.code),
                str(code.code),
            )
            assert hash(member) == hash(code.code) and pickle.loads(pickle.dumps(member)) is member
        unknown = max(c.code for c in channel.codes) + 1
        with pytest.raises(ValueError, match=f"^{unknown} is not a valid {channel.enum}$"):
            cls(unknown)


def lookup_table(spec: Spec) -> dict[str, list[list[object]]]:
    """Per enum: [input, the code it should find or None] for every case."""
    table: dict[str, list[list[object]]] = {}
    for channel in spec.channels:
        rows: list[list[object]] = [[c.code, c.code] for c in channel.codes]
        rows += [[str(c.code), c.code] for c in channel.codes]
        for code in (channel.codes[0].code, channel.codes[-1].code):
            rows += [[s, code if ok else None] for s, ok in spellings(code).items()]
            rows += [[given, found] for given, found in values(code)]
        unknown = max(c.code for c in channel.codes) + 1
        rows += [[unknown, None], [str(unknown), None]]
        table[channel.enum] = rows
    return table


def test_python_lookup_reads_decimal_strings_strictly(generated: Path, spec: Spec) -> None:
    module = import_file(generated / MODULE, "faceid_codes_lookup")
    for name, rows in lookup_table(spec).items():
        cls = getattr(module, name)
        for given, expected in rows:
            found = cls.lookup(given)
            assert (found if found is None else found.value) == expected, repr(given)
            assert found is None or found is cls(expected)


# --- pydantic, FastAPI and the generators that read their OpenAPI -------------------

OPENAPI_APP = """\
import json, sys
from fastapi import FastAPI
from pydantic import create_model
import faceid_codes

app, out = FastAPI(), {{"schemas": {{}}, "valid": {{}}}}
for name, code in {firsts}.items():
    enum = getattr(faceid_codes, name)
    model = create_model(name + "Result", code=(enum, ...))
    def receive(result):
        return result
    receive.__annotations__ = {{"result": model, "return": model}}
    app.post("/" + name)(receive)
    out["schemas"][name] = model.model_json_schema()
    out["valid"][name] = model.model_validate({{"code": code}}).code is enum(code)
out["openapi"] = app.openapi()
json.dump(out, sys.stdout, ensure_ascii=False)
"""


@pytest.fixture(scope="module")
def fastapi_output(spec: Spec, pyenv: dict[str, str], tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("fastapi")
    firsts = {c.enum: c.codes[0].code for c in spec.channels}
    script = OPENAPI_APP.format(firsts=firsts)
    (folder / "app.py").write_text(script, encoding="utf-8")
    return json.loads(run(sys.executable, "app.py", cwd=folder, env=pyenv).stdout)


def test_pydantic_and_fastapi_publish_names_and_messages(
    fastapi_output: dict, spec: Spec, generated: Path
) -> None:
    components = fastapi_output["openapi"]["components"]["schemas"]
    for channel in spec.channels:
        expected = {
            "title": channel.enum,
            "description": f"FaceID return codes of the `{channel.key}` channel.",
            "type": "integer",
            "enum": [c.code for c in channel.codes],
            "x-enum-varnames": [c.name for c in channel.codes],
            "x-enum-descriptions": [c.message_en for c in channel.codes],
        }
        assert components[channel.enum] == expected
        assert fastapi_output["schemas"][channel.enum]["$defs"][channel.enum] == expected
        assert fastapi_output["valid"][channel.enum] is True
    # pydantic reads the docstring as the description: it must read as Markdown.
    assert "``" not in (generated / MODULE).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def openapi_document(fastapi_output: dict, generated: Path, spec: Spec, tmp_path_factory) -> Path:
    """FastAPI's OpenAPI, plus each enum of the annotated JSON Schema by $ref."""
    folder = tmp_path_factory.mktemp("openapi")
    shutil.copy(generated / "schema/faceid-codes.annotated.schema.json", folder)
    document = copy.deepcopy(fastapi_output["openapi"])
    for channel in spec.channels:
        document["components"]["schemas"][f"Annotated{channel.enum}"] = {
            "$ref": f"faceid-codes.annotated.schema.json#/$defs/{channel.enum}"
        }
    path = folder / "openapi.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def expected_members(spec: Spec) -> dict[str, dict[str, int]]:
    members = {}
    for channel in spec.channels:
        names = {c.name: c.code for c in channel.codes}
        # openapi-typescript names the enum it reads through the $ref after its path.
        members[channel.enum] = members[f"$defs{channel.enum}"] = names
    return members


@pytest.mark.parametrize("given", ["openapi", "jsonschema"])
def test_datamodel_code_generator_names_every_member(
    fastapi_output: dict, generated: Path, spec: Spec, given: str, tmp_path: Path
) -> None:
    """From FastAPI's OpenAPI document, and from the annotated JSON Schema."""
    source = tmp_path / f"input.{given}.json"
    if given == "openapi":
        source.write_text(json.dumps(fastapi_output["openapi"]), encoding="utf-8")
    else:
        shutil.copy(generated / "schema/faceid-codes.annotated.schema.json", source)
    out = tmp_path / "models.py"
    codegen = Path(sys.executable).parent / "datamodel-codegen"
    args = ["--input", source, "--input-file-type", given, "--output", out]
    run(codegen, *args, "--output-model-type", "pydantic_v2.BaseModel", cwd=tmp_path)
    models = import_file(out, f"faceid_codes_datamodel_{given}")
    for channel in spec.channels:
        members = {m.name: m.value for m in getattr(models, channel.enum)}
        assert members == {c.name: c.code for c in channel.codes}


@pytest.mark.toolchain
def test_openapi_typescript_names_every_member(
    openapi_document: Path, spec: Spec, tmp_path: Path
) -> None:
    out = tmp_path / "api.ts"
    cli = NODE_MODULES / "openapi-typescript" / "bin" / "cli.js"
    run(node(), cli, openapi_document, "--enum", "--output", out, cwd=tmp_path)
    source = out.read_text(encoding="utf-8")
    found = {
        name: dict((m, int(v)) for m, v in re.findall(r"(\w+) = (-?\d+),?$", body, re.M))
        for name, body in re.findall(r"export enum ([\w$]+) \{\n(.*?)\n\}", source, re.S)
    }
    assert found == expected_members(spec)


# --- JSON Schema: Ajv and Python's jsonschema/referencing --------------------------

AJV_CHECK = """\
const Ajv2020 = require("ajv/dist/2020").default;
const fs = require("node:fs");
const [plain, annotated] = ["faceid-codes.schema.json", "faceid-codes.annotated.schema.json"].map(
  (file) => JSON.parse(fs.readFileSync(file, "utf8")));
const values = JSON.parse(fs.readFileSync("values.json", "utf8"));
const out = { accepted: {}, refused: null };
const ajv = new Ajv2020();
ajv.addSchema(plain);
for (const [name, list] of Object.entries(values)) {
  const validate = ajv.compile({ $ref: `faceid-codes.schema.json#/$defs/${name}` });
  out.accepted[name] = list.map((value) => validate(value));
}
try { new Ajv2020().compile(annotated); } catch (error) { out.refused = error.message; }
console.log(JSON.stringify(out));
"""


@pytest.fixture
def schema_folder(generated: Path, tmp_path: Path) -> Path:
    for name in ("faceid-codes.schema.json", "faceid-codes.annotated.schema.json"):
        shutil.copy(generated / "schema" / name, tmp_path)
    (tmp_path / "node_modules").symlink_to(NODE_MODULES)
    return tmp_path


@pytest.mark.toolchain
def test_ajv_compiles_the_schema_with_no_options(schema_folder: Path, spec: Spec) -> None:
    values, expected = {}, {}
    for channel in spec.channels:
        codes = [c.code for c in channel.codes]
        wrong = [max(codes) + 1, str(codes[0]), None, True, codes[0] + 0.5]
        values[channel.enum] = codes + wrong
        expected[channel.enum] = [True] * len(codes) + [False] * len(wrong)
    (schema_folder / "values.json").write_text(json.dumps(values), encoding="utf-8")
    (schema_folder / "check.cjs").write_text(AJV_CHECK, encoding="utf-8")
    out = json.loads(run(node(), "check.cjs", cwd=schema_folder).stdout)
    assert out["accepted"] == expected
    # Why there are two files: strict Ajv refuses the annotations generators read.
    assert out["refused"] == 'strict mode: unknown keyword: "x-faceid-success-code"'


@pytest.mark.toolchain
def test_readme_ajv_example_runs_as_written(
    readme: dict[str, tuple[str, str]], schema_folder: Path
) -> None:
    (schema_folder / "example.mjs").write_text(readme["ajv"][1], encoding="utf-8")
    assert run(node(), "example.mjs", cwd=schema_folder).stdout == "true false\n"


# --- npm: tarball, linters, ESM and CommonJS consumers ------------------------------


@pytest.fixture(scope="module")
def tarball(generated: Path, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("pack")
    npm = shutil.which("npm") or pytest.fail("npm is not installed")
    packed = run(
        npm, "pack", "--json", "--pack-destination", folder, generated / "typescript", cwd=folder
    )
    return folder / json.loads(packed.stdout)[0]["filename"]


@pytest.fixture(scope="module")
def project(tarball: Path) -> Path:
    """An empty project that has installed the tarball, offline."""
    folder = tarball.parent / "project"
    folder.mkdir()
    (folder / "package.json").write_text(
        '{"name": "consumer", "private": true}\n', encoding="utf-8"
    )
    npm = shutil.which("npm") or pytest.fail("npm is not installed")
    run(npm, "install", "--offline", "--no-audit", "--no-fund", tarball, cwd=folder)
    return folder


@pytest.mark.toolchain
def test_arethetypeswrong_finds_no_problem(tarball: Path) -> None:
    attw = NODE_MODULES / "@arethetypeswrong" / "cli" / "dist" / "index.js"
    result = run(node(), attw, tarball, "--format", "json", cwd=tarball.parent)
    report = json.loads(result.stdout)
    assert report["problems"] == {}
    resolved = {
        mode: r["resolution"]["fileName"].rsplit("/", 1)[-1]
        for mode, r in report["analysis"]["entrypoints"]["."]["resolutions"].items()
    }
    assert resolved == {
        "node10": "faceid-codes.d.cts",
        "node16-cjs": "faceid-codes.d.cts",
        "node16-esm": "faceid-codes.d.ts",
        "bundler": "faceid-codes.d.ts",
    }


@pytest.mark.toolchain
def test_publint_finds_nothing_to_suggest(generated: Path) -> None:
    publint = NODE_MODULES / "publint" / "src" / "cli.js"
    args = ["--strict", "--level", "suggestion", generated / "typescript"]
    result = run(node(), publint, *args, cwd=generated)
    plain = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)  # colours, as under CI=true
    assert plain.rstrip().endswith("All good!")


def ts_examples(readme: dict[str, tuple[str, str]], generated: Path) -> dict[str, str]:
    package_readme = (generated / "typescript/README.md").read_text(encoding="utf-8")
    return {"readme": readme["typescript"][1], "package": fenced(package_readme, "ts")}


@pytest.mark.toolchain
@pytest.mark.parametrize("compiler", sorted(COMPILERS))
def test_readme_typescript_examples_compile_and_run_as_esm_and_commonjs(
    readme: dict[str, tuple[str, str]],
    generated: Path,
    project: Path,
    spec: Spec,
    compiler: str,
) -> None:
    work = project / compiler
    work.mkdir()
    sources = ts_examples(readme, generated)
    files = []
    for name, source in sources.items():
        for ext in ("mts", "cts"):  # the same source as an ES module and as CommonJS
            (work / f"{name}.{ext}").write_text(source, encoding="utf-8")
            files.append(f"{name}.{ext}")
    tsc = [node(), COMPILERS[compiler], *STRICT_TS, "--target", "es2022", "--outDir", "out"]
    run(*tsc, *files, cwd=work)
    channel, code = sample(spec)
    expected = {
        "readme": f"{str(code.billable).lower()}\ntrue {code.message_en}\ntrue true\n",
        "package": f"{code.name} {str(code.billable).lower()} {code.message_en}\n{code.message}\n",
    }
    for name in sources:
        for ext in ("mjs", "cjs"):
            assert run(node(), f"out/{name}.{ext}", cwd=work).stdout == expected[name], (name, ext)
    # The CommonJS build really went through require(), to the .cjs file.
    assert 'require("faceid-codes")' in (work / "out/readme.cjs").read_text(encoding="utf-8")


BOTH_FORMATS = """\
const required = require("faceid-codes");
const table = JSON.parse(require("node:fs").readFileSync("lookups.json", "utf8"));
import("faceid-codes").then((imported) => {
  const answer = (module) => Object.fromEntries(Object.entries(table).map(([name, rows]) => [
    name,
    rows.map(([given]) => {
      const info = module[`lookup${name}`](given);
      return [info === undefined ? null : info.code, module[`is${name}`](given)];
    }),
  ]));
  const values = (module) => Object.fromEntries(
    Object.entries(module).filter(([, v]) => typeof v !== "function").sort());
  console.log(JSON.stringify({
    required: answer(required), imported: answer(imported),
    same: JSON.stringify(values(required)) === JSON.stringify(values(imported)),
    channels: Object.keys(required.CHANNELS),
    exports: [Object.keys(required).sort(), Object.keys(imported).sort()],
  }));
});
"""


@pytest.mark.toolchain
def test_require_and_import_agree_and_lookups_read_strings_like_python(
    project: Path, spec: Spec
) -> None:
    table = lookup_table(spec)
    (project / "lookups.json").write_text(json.dumps(table), encoding="utf-8")
    (project / "both.cjs").write_text(BOTH_FORMATS, encoding="utf-8")
    out = json.loads(run(node(), "both.cjs", cwd=project).stdout)
    for name, rows in table.items():
        # lookup answers exactly as Python's; the guard accepts numbers only.
        expected = [
            [
                found,
                isinstance(given, (int, float))
                and given is not True
                and given is not False
                and found is not None,
            ]
            for given, found in rows
        ]
        assert out["required"][name] == out["imported"][name] == expected
    assert out["same"] is True and out["channels"] == [c.key for c in spec.channels]
    per_channel = [
        (
            c.enum,
            upper_snake(c.enum) + "_INFO",
            upper_snake(c.enum) + "_FAMILIES",
            f"is{c.enum}",
            f"lookup{c.enum}",
        )
        for c in spec.channels
    ]
    names = sorted(
        [
            "FACEID_CODES_VERSION",
            "SUCCESS_CODE",
            "CHANNELS",
            *[n for each in per_channel for n in each],
        ]
    )
    assert out["exports"] == [names, names]


ERASABLE = """\
import {{ CHANNELS, type FaceIdCode, {enum}, lookup{enum} }} from "./faceid-codes.js";
const code: FaceIdCode | undefined = lookup{enum}({code})?.code;
export const found: boolean = code === {enum}.{name} && CHANNELS.{key} === {enum};
"""


@pytest.mark.toolchain
@pytest.mark.parametrize("compiler", sorted(COMPILERS))
def test_erasable_syntax_only_takes_the_js_and_declarations(
    generated: Path, spec: Spec, compiler: str, tmp_path: Path
) -> None:
    channel, code = sample(spec)
    pair, source = tmp_path / "pair", tmp_path / "source"
    for folder, names in (
        (pair, ("faceid-codes.js", "faceid-codes.d.ts")),
        (source, ("faceid-codes.ts",)),
    ):
        folder.mkdir()
        (folder / "package.json").write_text('{"type": "module"}\n', encoding="utf-8")
        for name in names:
            shutil.copy(generated / "typescript" / name, folder)
    consumer_ts = ERASABLE.format(
        enum=channel.enum, code=code.code, name=code.name, key=channel.key
    )
    (pair / "consumer.ts").write_text(consumer_ts, encoding="utf-8")
    flags = [*STRICT_TS, "--erasableSyntaxOnly", "--verbatimModuleSyntax", "--noEmit"]
    tsc = [node(), COMPILERS[compiler], *flags]
    run(*tsc, "consumer.ts", cwd=pair)
    # The .ts declares enums, which erasableSyntaxOnly refuses (as the README says).
    refused = run(*tsc, "faceid-codes.ts", cwd=source, ok=False)
    assert refused.returncode != 0 and "TS1294" in refused.stdout


# --- Python packages as published: build + twine ------------------------------------


@pytest.fixture(scope="module")
def dists(generated: Path, tmp_path_factory) -> Path:
    """The sdist and the wheel, built offline with the pinned backend (flit_core)."""
    out = tmp_path_factory.mktemp("dist")
    build = [sys.executable, "-m", "build", "--no-isolation", "--outdir", out]
    run(*build, generated / "python", cwd=out)
    return out


def test_twine_check_passes_on_wheel_and_sdist(dists: Path, spec: Spec) -> None:
    files = sorted(p.name for p in dists.iterdir())
    assert [f.removeprefix("faceid_codes-") for f in files] == [
        f"{spec.version}-py3-none-any.whl",
        f"{spec.version}.tar.gz",
    ]
    result = run(sys.executable, "-m", "twine", "check", "--strict", *files, cwd=dists)
    assert result.stdout.count("PASSED") == 2


def test_packages_carry_readme_licence_and_docs_links(
    dists: Path, generated: Path, spec: Spec
) -> None:
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    (wheel,) = dists.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        info = f"faceid_codes-{spec.version}.dist-info"
        metadata = archive.read(f"{info}/METADATA").decode("utf-8")
        assert archive.read(f"{info}/licenses/LICENSE").decode("utf-8") == licence
    head, _, description = metadata.partition("\n\n")
    fields = [line.split(": ", 1) for line in head.splitlines()]
    assert ["License-Expression", "MIT"] in fields and ["License-File", "LICENSE"] in fields
    assert ["Description-Content-Type", "text/markdown"] in fields
    readme = (generated / "python/README.md").read_text(encoding="utf-8")
    assert description.rstrip("\n") == readme.rstrip("\n")
    urls = dict(v.split(", ", 1) for k, v in fields if k == "Project-URL")
    assert urls["Documentation"].startswith("https://") and urls["Reference"].startswith(
        urls["Documentation"]
    )
    (sdist,) = dists.glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {n.split("/", 1)[1] for n in archive.getnames() if "/" in n}
    assert {"LICENSE", "README.md", "pyproject.toml", "faceid_codes/py.typed"} <= names
    package = json.loads((generated / "typescript/package.json").read_text(encoding="utf-8"))
    assert package["homepage"] == urls["Documentation"]
    # Both say where the source is and where to report a bug: the project's one home.
    assert (urls["Source"], urls["Issues"]) == (PROJECT.home, PROJECT.issues_url)
    assert package["repository"]["url"] == f"git+{PROJECT.git_url}"
    assert package["repository"]["directory"] == "generated/typescript"
    assert package["bugs"]["url"] == PROJECT.issues_url
    assert (package["name"], metadata.split("\nName: ", 1)[1].split("\n", 1)[0]) == (
        PROJECT.npm_name,
        PROJECT.pypi_name,
    )
    assert (generated / "typescript/LICENSE").read_text(encoding="utf-8") == licence


TWINS = """\
const required = require(process.argv[2]);
import(process.argv[3]).then((imported) => {
  const data = (module) => JSON.stringify(Object.entries(module)
    .filter(([key, value]) => key !== "default" && typeof value !== "function").sort());
  console.log(JSON.stringify([data(required) === data(imported), data(required).length]));
});
"""


@pytest.mark.toolchain
def test_commonjs_twin_carries_every_text_exactly(case: Case, tmp_path: Path) -> None:
    """Quotes, backslashes, `*/`, newlines, RTL text: the .cjs holds what the .js holds."""
    folder = case.path("typescript")
    (tmp_path / "twins.cjs").write_text(TWINS, encoding="utf-8")
    cjs, esm = folder / "faceid-codes.cjs", (folder / "faceid-codes.js").as_uri()
    same, size = json.loads(run(node(), "twins.cjs", cjs, esm, cwd=tmp_path).stdout)
    assert same is True and size > sum(
        len(c.message) for ch in case.spec.channels for c in ch.codes
    )
