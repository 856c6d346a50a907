"""Template mutants: one-line bugs planted in a copy of templates/, each caught by a named test.

Each row changes one line of one template (the change must alter the
rendered output), renders a spec with the copy, and runs the named artefact
test on the result: it must pass on the real templates and fail on the
mutant.  The table is the README's "Template mutants".
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest

# The tests each mutant must fail: this module runs other modules' tests on purpose.
from artefacts import test_markdown_artefact as markdown_tests
from artefacts import test_python_artefact as python_tests
from artefacts import test_schema_artefact as schema_tests
from artefacts import test_typescript_artefact as typescript_tests
from conftest import ROOT, SPECS, Case, import_file
from generator.render import engine as render_module
from generator.output.sync import write_tree
from generator.render.engine import render
from generator.load.loader import load_spec


def _python(case: Case) -> None:
    module = import_file(case.path(python_tests.MODULE), f"faceid_codes_mutant_{id(case)}")
    python_tests.test_every_member_equals_the_spec(case, module)


def _schemas(case: Case) -> tuple[dict, dict]:
    return tuple(
        json.loads(case.path(path).read_text(encoding="utf-8"))
        for path in (schema_tests.MODULE, schema_tests.ANNOTATED)
    )


def _schema_keywords(case: Case) -> None:
    schema_tests.test_each_definition_is_an_integer_enum_with_exactly_its_keywords(
        case, *_schemas(case)
    )


def _schema_annotations(case: Case) -> None:
    schema_tests.test_annotated_schema_carries_name_messages_and_billing_per_value(
        case, _schemas(case)[1]
    )


def _declared_order(case: Case) -> None:
    enums = typescript_tests.read_enums(case, case.out)
    typescript_tests.test_declared_members_are_in_spec_order_with_their_values(
        case, enums, "faceid-codes.d.ts"
    )


def _module_order(case: Case) -> None:
    enums = typescript_tests.read_enums(case, case.out)
    typescript_tests.test_module_enums_map_names_in_spec_order_and_codes_back(
        case, enums, "faceid-codes.cjs"
    )


def _doc_comments(case: Case) -> None:
    enums = typescript_tests.read_enums(case, case.out)
    typescript_tests.test_each_members_doc_comment_says_its_code_messages_and_billing(
        case, enums, "faceid-codes.ts"
    )


class Mutant(NamedTuple):
    spec: str  # a key of conftest.SPECS
    template: str
    line: str  # the line as it is, exactly once in the template
    mutated: str
    test: Callable[[Case], None]  # runs the named test on a rendered case


MUTANTS = {
    "TypeScript enum members in reverse order": Mutant(
        "real",
        "typescript/_ecmascript.j2",
        "{% for c in channel.codes %}\n  /** {{ c.code }}",
        "{% for c in channel.codes | reverse %}\n  /** {{ c.code }}",
        _declared_order,
    ),
    "JavaScript enum names in reverse order": Mutant(
        "real",
        "typescript/_ecmascript.j2",
        "{% for c in channel.codes %}\n  {{ c.name }}: {{ c.code }},",
        "{% for c in channel.codes | reverse %}\n  {{ c.name }}: {{ c.code }},",
        _module_order,
    ),
    '"Billed." on the free codes': Mutant(
        "real",
        "typescript/_ecmascript.j2",
        '{{ " Billed." if c.billable }}',
        '{{ " Billed." }}',
        _doc_comments,
    ),
    'JSON Schema without "type": "integer"': Mutant(
        "real", "schema/_jsonschema.j2", '      "type": "integer",\n', "", _schema_keywords
    ),
    "JSON Schema family left out": Mutant(
        "real",
        "schema/_jsonschema.j2",
        '"family": {{ c.family | json }}}',
        '"family": null}',
        _schema_annotations,
    ),
    "Python message without escaping": Mutant(
        "awkward",
        "python/_texts.py.j2",
        "            {{ c.message | py_str }},",
        '            "{{ c.message }}",',
        _python,
    ),
    "Python message and message_en swapped": Mutant(
        "real",
        "python/_texts.py.j2",
        "            {{ c.message | py_str }},",
        "            {{ c.message_en | py_str }},",
        _python,
    ),
    "reference texts without Markdown escaping": Mutant(
        "awkward",
        "docs/_docs.j2",
        '{% macro message(c, lang) %}{{ (c.message if lang == "zh" else c.message_en) | md_text }}{% endmacro %}',
        '{% macro message(c, lang) %}{{ (c.message if lang == "zh" else c.message_en) }}{% endmacro %}',
        lambda case: markdown_tests.test_every_code_reads_back_as_the_spec_says(
            case, markdown_tests.MODULE, False
        ),
    ),
    "reference says every code is billed": Mutant(
        "real",
        "docs/_docs.j2",
        "{{- yes_no(c.billable, lang) }}",
        "{{- yes_no(true, lang) }}",
        lambda case: markdown_tests.test_every_code_reads_back_as_the_spec_says(
            case, markdown_tests.MODULE_EN, True
        ),
    ),
}


def _case(spec: str, templates: Path, out: Path, monkeypatch: pytest.MonkeyPatch) -> Case:
    monkeypatch.setattr(render_module, "TEMPLATES", templates)
    monkeypatch.setattr(render_module, "_bytecode_cache", lambda: None)
    loaded = load_spec(SPECS[spec])
    write_tree(out, render(loaded))
    return Case(spec, loaded, out)


# The rows whose test reads the enums with TypeScript's parser, in Node.js.
IN_NODE = {_declared_order, _module_order, _doc_comments}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(name, marks=pytest.mark.toolchain) if mutant.test in IN_NODE else name
        for name, mutant in MUTANTS.items()
    ],
)
def test_the_named_test_catches_the_template_mutant(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mutant = MUTANTS[name]
    copy = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", copy)
    template = copy / mutant.template
    text = template.read_text(encoding="utf-8")
    assert text.count(mutant.line) == 1, "the line to change is no longer in the template"
    clean = _case(mutant.spec, copy, tmp_path / "clean", monkeypatch)
    mutant.test(clean)  # the test passes on the real templates
    template.write_text(text.replace(mutant.line, mutant.mutated), encoding="utf-8")
    mutated = _case(mutant.spec, copy, tmp_path / "mutated", monkeypatch)
    assert _tree(mutated.out) != _tree(clean.out), "the mutant changes nothing"
    with pytest.raises(Exception):  # an AssertionError, or the artefact does not even load
        mutant.test(mutated)


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }
