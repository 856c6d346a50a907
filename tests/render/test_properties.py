"""Property-based: any valid spec round-trips through every artefact; any broken one is refused cleanly.

`make test` runs a small profile; `make fuzz` runs >= 1,000 examples of each.
"""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import tempfile
from pathlib import Path

import black
import jsonschema
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from conftest import PYTHON_MODULE, PYTHON_TEXTS, ROOT, exec_package
from generator import cli
from generator.names import upper_snake
from generator.render.engine import render
from generator.load.loader import parse_spec
from generator.project import PROJECT
from helpers import go as go_artefact
from helpers import java as java_artefact
from specgen import SpecData, quoted, specs, to_yaml
from helpers.reference import entries, shown

pytestmark = pytest.mark.fuzz
BLACK = black.Mode(target_versions={black.TargetVersion.PY311})
TS_BATCH = 100  # specs per tsc run: one compile for many examples keeps this fast
COMPILE_BATCH = 100  # likewise per Go build and per javac run
JAVA_PACKAGE = f"\npackage {PROJECT.java_package};\n"
TSC = [
    ROOT / "node_modules" / "typescript7" / "bin" / "tsc",
    "--strict",
    "--noUncheckedIndexedAccess",
    "--target",
    "es2022",
    "--module",
    "commonjs",
    "--rootDir",
    ".",
    "--outDir",
    "js",
]


def load(data: SpecData):
    return parse_spec(to_yaml(data).encode("utf-8"), "fuzz.yaml", "spec/fuzz.yaml")


def expected(data: SpecData) -> list[tuple[str, str, list[tuple]]]:
    return [
        (
            c.key,
            c.enum,
            [
                (
                    e.code,
                    e.name,
                    e.message,
                    e.message_en,
                    e.billable,
                    e.category,
                    tuple(e.action),
                    tuple(e.action_en),
                    e.family,
                )
                for e in c.ordered()
            ],
        )
        for c in data.channels
    ]


@given(specs())
def test_valid_specs_load_exactly(data: SpecData) -> None:
    spec = load(data)
    assert spec.version == data.version
    assert [(c.key, c.enum, [tuple(code) for code in c.codes]) for c in spec.channels] == expected(
        data
    )


def camel_case_entry(code: tuple) -> dict:
    """An expected entry as the JSON Schema and the TypeScript info tables write it."""
    number, name, message, message_en, billable, category, action, action_en, family = code
    return {
        "code": number,
        "name": name,
        "message": message,
        "messageEn": message_en,
        "billable": billable,
        "category": category,
        "action": list(action),
        "actionEn": list(action_en),
        "family": family,
    }


@given(specs())
def test_python_schema_and_markdown_round_trip(data: SpecData) -> None:
    spec = load(data)
    files = render(spec)
    assert render(spec) == files  # deterministic
    _python_round_trips(files, data)
    _schema_round_trips(
        files["schema/faceid-codes.annotated.schema.json"],
        files["schema/faceid-codes.schema.json"],
        data,
    )
    _markdown_round_trips(files["docs/return-codes.md"], files["docs/return-codes.en.md"], data)


def _python_round_trips(files: dict[str, str], data: SpecData) -> None:
    for path in (PYTHON_MODULE, PYTHON_TEXTS):
        assert black.format_str(files[path], mode=BLACK) == files[path]
    namespace = vars(exec_package(files, "faceid_codes_fuzz"))
    for key, enum_name, codes in expected(data):
        enum = namespace[enum_name]
        assert namespace["CHANNELS"][key] is enum
        got = [
            (
                m.value,
                m.name,
                m.message,
                m.message_en,
                m.billable,
                m.category,
                m.action,
                m.action_en,
                m.family,
            )
            for m in enum
        ]
        assert got == codes
        for family in {code[-1] for code in codes} - {None}:
            assert enum.family_members(family) == tuple(m for m in enum if m.family == family)


def _schema_round_trips(annotated_text: str, plain_text: str, data: SpecData) -> None:
    """Every entry whole, in order, in the annotated schema; both schemas accept exactly the codes."""
    annotated, plain = json.loads(annotated_text), json.loads(plain_text)
    for schema in (annotated, plain):
        jsonschema.Draft202012Validator.check_schema(schema)
    for _, enum_name, codes in expected(data):
        definition = annotated["$defs"][enum_name]
        assert definition["x-faceid-codes"] == [camel_case_entry(code) for code in codes]
        assert definition["enum"] == [code[0] for code in codes]
        assert definition["x-enum-varnames"] == [code[1] for code in codes]
        assert definition["x-enum-descriptions"] == [code[3] for code in codes]
        families = {code[-1] for code in codes} - {None}
        assert {key: value["codes"] for key, value in definition["x-faceid-families"].items()} == {
            key: [code[0] for code in codes if code[-1] == key] for key in families
        }
        known = {code[0] for code in codes}
        unknown = next(n for n in (max(known) + 1, min(known) - 1) if n not in known)
        for schema in (annotated, plain):
            validator = jsonschema.Draft202012Validator(
                {"$ref": f"#/$defs/{enum_name}", "$defs": schema["$defs"]}
            )
            assert all(validator.is_valid(code) for code in known)
            for wrong in (unknown, str(codes[0][0]), 0.5, None, [codes[0][0]]):
                assert not validator.is_valid(wrong), (enum_name, wrong)


def _markdown_round_trips(text: str, text_en: str, data: SpecData) -> None:
    """Rendered by Python-Markdown as MkDocs renders it, each row reads back whole:
    the Chinese reference with the message, the English one with message_en.
    (The steps are on each code's page: tests/artefacts/test_docs_hostile.py.)

    (A tab or a run of spaces is one space in a browser, and Python-Markdown
    expands tabs, so texts are compared as shown.)
    """
    found, found_en = entries(shown(text)), entries(shown(text_en))
    assert len(found) == len(found_en) == sum(len(channel.entries) for channel in data.channels)
    for channel in data.channels:
        for entry in channel.entries:
            got = found[f"{channel.key}-{entry.code}"]
            got_en = found_en[f"{channel.key}-{entry.code}"]
            assert (got.code, got.name, got.billable) == (
                str(entry.code),
                entry.name,
                entry.billable,
            )
            assert got_en.billable == entry.billable
            assert (got.message, got_en.message) == (shown(entry.message), shown(entry.message_en))


@pytest.mark.toolchain
def test_typescript_compiles_strict_and_reads_back() -> None:
    """Hypothesis draws the specs; tsc compiles them TS_BATCH at a time (one compile is ~0.4 s)."""
    drawn: list[SpecData] = []

    @given(specs(max_channels=2, max_codes=4))
    def draw(data: SpecData) -> None:
        drawn.append(data)

    draw()
    # As many specs as the profile asks for (25 in `make test`, 1,000 in `make fuzz`).
    assert len(drawn) == settings.default.max_examples
    checked = sum(
        _check_typescript(drawn[start : start + TS_BATCH])
        for start in range(0, len(drawn), TS_BATCH)
    )
    assert checked == len(drawn)


def _check_typescript(batch: list[SpecData]) -> int:
    """Compiles and runs the batch; returns how many specs were read back."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        main = []
        for i, data in enumerate(batch):
            folder = work / f"s{i}"
            folder.mkdir()
            (folder / "faceid-codes.ts").write_text(
                render(load(data))["typescript/faceid-codes.ts"], encoding="utf-8"
            )
            main.append(f'import * as s{i} from "./s{i}/faceid-codes";')
        names = ", ".join(f"s{i}" for i in range(len(batch)))
        (work / "main.ts").write_text(
            "\n".join(main) + f"\nconsole.log(JSON.stringify([{names}]));\n", encoding="utf-8"
        )
        compiled = subprocess.run(
            ["node", *map(str, TSC), "main.ts"], cwd=work, capture_output=True, text=True
        )
        assert compiled.returncode == 0, compiled.stdout
        dumped = json.loads(
            subprocess.run(
                ["node", "js/main.js"], cwd=work, capture_output=True, text=True, check=True
            ).stdout
        )
    assert len(dumped) == len(batch)
    for data, module in zip(batch, dumped):
        for _, enum_name, codes in expected(data):
            enum = module[enum_name]
            info = module[upper_snake(enum_name) + "_INFO"]
            families = module[upper_snake(enum_name) + "_FAMILIES"]
            assert families == {
                key: [c[0] for c in codes if c[-1] == key]
                for key in {c[-1] for c in codes} - {None}
            }, to_yaml(data)
            # A numeric enum maps name -> code and code -> name, its names in spec order.
            numbers = {str(c[0]) for c in codes}
            assert [name for name in enum if name not in numbers] == [c[1] for c in codes]
            assert {name: enum[name] for name in enum if name not in numbers} == {
                c[1]: c[0] for c in codes
            }
            assert {number: enum[number] for number in numbers} == {str(c[0]): c[1] for c in codes}
            assert info == {str(code[0]): camel_case_entry(code) for code in codes}, to_yaml(data)
    return len(dumped)


def _drawn(max_channels: int = 2, max_codes: int = 4) -> list[SpecData]:
    """The specs Hypothesis draws, collected so that one compile can take many."""
    drawn: list[SpecData] = []

    @given(specs(max_channels=max_channels, max_codes=max_codes))
    def draw(data: SpecData) -> None:
        drawn.append(data)

    draw()
    return drawn


@pytest.mark.toolchain
def test_go_is_gofmt_and_vet_clean_and_reads_back() -> None:
    """One Go module holds a package per drawn spec: one gofmt, vet and build per batch."""
    drawn = _drawn()
    for start in range(0, len(drawn), COMPILE_BATCH):
        _check_go([load(data) for data in drawn[start : start + COMPILE_BATCH]])


def _check_go(batch: list) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "go.mod").write_text("module batch\n\ngo 1.19\n", encoding="utf-8")
        for i, spec in enumerate(batch):
            (work / f"s{i}").mkdir()
            (work / f"s{i}" / "faceidcodes.go").write_text(
                render(spec)["go/faceidcodes.go"], encoding="utf-8"
            )
        (work / "main.go").write_text(
            go_artefact.program([(f"batch/s{i}", spec) for i, spec in enumerate(batch)]),
            encoding="utf-8",
        )
        packages = [f"s{i}" for i in range(len(batch))]
        gofmt = go_artefact.go_tool("gofmt")
        assert go_artefact.run([gofmt, "-l", *packages], work) == "", go_artefact.run(
            [gofmt, "-d", *packages], work
        )
        go_artefact.run([go_artefact.go_tool(), "vet", "./..."], work)
        go_artefact.run([go_artefact.go_tool(), "build", "-o", "dump", "."], work)
        dumped = json.loads(go_artefact.run([str(work / "dump")], work))
    for spec, module in zip(batch, dumped):
        go_artefact.assert_reads_back(spec, module)


@pytest.mark.toolchain
def test_java_compiles_lint_clean_and_reads_back() -> None:
    """One javac per batch: each drawn spec's files go into a package of their own."""
    drawn = _drawn()
    for start in range(0, len(drawn), COMPILE_BATCH):
        _check_java([load(data) for data in drawn[start : start + COMPILE_BATCH]])


def _check_java(batch: list) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for i, spec in enumerate(batch):
            folder = work / "src" / f"s{i}"
            folder.mkdir(parents=True)
            for path, text in render(spec).items():
                if path.endswith(".java"):
                    assert text.count(JAVA_PACKAGE) == 1, path
                    moved = text.replace(JAVA_PACKAGE, f"\npackage s{i};\n")
                    (folder / path.rsplit("/", 1)[1]).write_text(moved, encoding="utf-8")
        jar = java_artefact.build_jar(work / "src", work)
        source = java_artefact.program([(f"s{i}", spec) for i, spec in enumerate(batch)])
        dumped = java_artefact.run_program(jar, source, work)
    for spec, module in zip(batch, dumped):
        java_artefact.assert_reads_back(spec, module)


# --- broken specs ------------------------------------------------------------


def _replace_field(field: str, value: str):
    def mutate(lines: list[str], first: int, last: int, data: SpecData) -> bool:
        for number in range(first - 1, last):
            body = lines[number].lstrip(" -")
            if body.startswith(f"{field}:"):
                lines[number] = (
                    lines[number][: len(lines[number]) - len(body)] + f"{field}: {value}"
                )
                return True
        return False

    return mutate


def _drop_field(field: str):
    def mutate(lines: list[str], first: int, last: int, data: SpecData) -> bool:
        for number in range(first, last):  # not the first line, which opens the entry
            if lines[number].lstrip().startswith(f"{field}:"):
                del lines[number]
                return True
        return False

    return mutate


def _insert_line(text: str):
    def mutate(lines: list[str], first: int, last: int, data: SpecData) -> bool:
        indent = len(lines[first]) - len(lines[first].lstrip())
        lines.insert(first, " " * indent + text)
        return True

    return mutate


def _copy_from_earlier(field: str):
    """Give the entry the code (or name) of an earlier entry of its channel."""

    def mutate(lines: list[str], first: int, last: int, data: SpecData) -> bool:
        spans = [s for s in data.spans if s[2] < first]
        mine = next(s for s in data.spans if s[2] == first)
        earlier = [s for s in spans if s[0] == mine[0]]
        if not earlier:
            return False
        value = getattr(earlier[0][1], field)
        return _replace_field(field, quoted(value) if isinstance(value, str) else str(value))(
            lines, first, last, data
        )

    return mutate


MUTATIONS = {
    "missing name": _drop_field("name"),
    "missing message_en": _drop_field("message_en"),
    "missing billable": _drop_field("billable"),
    "billable as text": _replace_field("billable", '"yes"'),
    "billable YAML 1.1": _replace_field("billable", "yes"),
    "code as text": _replace_field("code", '"12"'),
    "code as float": _replace_field("code", "1.5"),
    "code unsafe": _replace_field("code", "9007199254740993"),
    "name as boolean": _replace_field("name", "NO"),
    "name lower case": _replace_field("name", "lower_case"),
    "message as list": _replace_field("message", "[a, b]"),
    "message empty": _replace_field("message", '""'),
    "message with bidi": _replace_field("message", '"safe\\u202eevil"'),
    "message with control": _replace_field("message", '"bell\\a"'),
    "unknown key": _insert_line("billabel: true"),
    "duplicate key": _insert_line("name: TWICE"),
    "broken YAML": _insert_line("key: value: more"),
    "duplicate code": _copy_from_earlier("code"),
    "duplicate name": _copy_from_earlier("name"),
}


@given(specs(), st.sampled_from(sorted(MUTATIONS)), st.data())
def test_broken_specs_exit_2_point_at_the_entry_and_touch_nothing(
    data: SpecData, mutation: str, draw
) -> None:
    lines = to_yaml(data).splitlines()
    _, _, first, last = draw.draw(st.sampled_from(data.spans))
    # Some entries cannot take some mutations (no earlier entry to copy a code from).
    assume(MUTATIONS[mutation](lines, first, last, data))
    with tempfile.TemporaryDirectory() as tmp:
        spec, out = Path(tmp) / "broken.yaml", Path(tmp) / "out"
        spec.write_text("\n".join(lines) + "\n", encoding="utf-8")
        out.mkdir()
        (out / "keep.txt").write_text("untouched\n", encoding="utf-8")
        stdout, stderr = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            code = cli.main(["generate", "--spec", str(spec), "--out", str(out)])
        assert [p.name for p in out.iterdir()] == ["keep.txt"]
    errors = stderr.getvalue().splitlines()
    assert code == 2 and stdout.getvalue() == "" and errors, mutation
    assert all(line.startswith(f"{spec}:") and ": error: " in line for line in errors), errors
    positions = [int(line[len(str(spec)) + 1 :].split(":")[0]) for line in errors]
    assert any(first <= line <= last + 1 for line in positions), (mutation, first, last, errors)
