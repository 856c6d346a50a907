"""Nothing in a spec, its file name included, becomes code or markup in an artefact."""

from __future__ import annotations

import ast
import io
import re
import tokenize

import markdown
import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import SPEC
from generator.render.escaping import file_name
from generator.render.engine import header, render
from generator.load.loader import load_spec, parse_spec
from generator.targets import JAVA_SOURCES
from helpers.specs import BASE

REAL = SPEC.read_bytes()
PLAIN = render(parse_spec(REAL, "codes.yaml", "spec/codes.yaml"))
HEADER = re.compile(r"generated from [A-Za-z0-9/._%-]+ — do not edit")

HOSTILE_NAMES = [
    "codes.yaml\nimport os; os.system('id')\n#",
    "x --> <script>alert(1)</script> <!-- .yaml",
    "coding=unicode_escape,codes.yaml",
    "# -*- coding: latin-1 -*-.yaml",
    "*/ alert(1); /*.yaml",
    '"; process.exit(1); ".yaml',
    "\u202ecodes.yaml",
    "${process.exit(1)}.yaml",
]


def rendered_as(source: str) -> dict[str, str]:
    return render(parse_spec(REAL, "spec.yaml", source))


SENTINEL = "spec/SENTINEL-SPEC-NAME.yaml"
BY_SENTINEL = render(parse_spec(REAL, "spec.yaml", SENTINEL))


def _same_but_header(files: dict[str, str], source: str) -> None:
    """The name may appear only percent-encoded, where the spec's name goes, and change nothing else."""
    first = header(parse_spec(REAL, "spec.yaml", source))
    assert HEADER.fullmatch(first), first
    encoded = file_name(source)
    for path, text in files.items():
        lines, expected = text.split("\n"), BY_SENTINEL[path].split("\n")
        assert len(lines) == len(expected), path
        for line, model in zip(lines, expected):
            assert line == model.replace(SENTINEL, encoded), path


@pytest.mark.parametrize("source", HOSTILE_NAMES)
def test_a_hostile_spec_file_name_changes_nothing_but_the_header(source: str) -> None:
    files = rendered_as(source)
    _same_but_header(files, source)
    module = files["python/faceid_codes/__init__.py"].encode()
    encoding, _ = tokenize.detect_encoding(io.BytesIO(module).readline)
    assert encoding == "utf-8"
    html = markdown.markdown(files["docs/return-codes.md"], extensions=["tables"])
    assert "<script" not in html


@given(st.text(min_size=1, max_size=60))
def test_any_spec_file_name_changes_nothing_but_the_header(source: str) -> None:
    _same_but_header(rendered_as(source), source)


JSDOC = ["@deprecated use something else", "see {@link evil}", "x */ @type {any} /*", "a\n@param b"]


@pytest.mark.parametrize("text", JSDOC)
def test_doc_comments_carry_no_jsdoc_tags_from_the_spec(text: str) -> None:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    spec = parse_spec(
        BASE.replace("message_en: Success", f'message_en: "{escaped}"').encode(),
        "spec.yaml",
        "spec/spec.yaml",
    )
    files = render(spec)
    for path in ("typescript/faceid-codes.ts", "typescript/faceid-codes.d.ts"):
        for doc in re.findall(r"/\*\*(.*?)\*/", files[path], flags=re.S):
            assert "@" not in doc and "*/" not in doc, (path, doc)
    # The value itself is untouched where it is data.
    assert f'messageEn: "{escaped}"' in files["typescript/faceid-codes.ts"]


@pytest.mark.parametrize("title", ["Billing #", "Codes ##", "#1 codes", "C# codes #"])
def test_a_heading_keeps_every_character_of_its_title(title: str) -> None:
    spec = parse_spec(
        BASE.replace("title_en: System", f'title_en: "{title}"').encode(), "spec.yaml", "s"
    )
    html = markdown.markdown(
        render(spec)["docs/return-codes.en.md"], extensions=["tables", "attr_list"]
    )
    assert f'<h3 id="wechat-system">{title}</h3>' in html


def test_the_python_module_body_is_the_same_whatever_the_name() -> None:
    tree = ast.dump(ast.parse(rendered_as(HOSTILE_NAMES[0])["python/faceid_codes/__init__.py"]))
    assert tree == ast.dump(ast.parse(PLAIN["python/faceid_codes/__init__.py"]))


# Java decodes \uXXXX before it reads a token, in comments and strings alike;
# Javadoc reads `@` as a tag and HTML as markup; Go reads a `//go:` line as a
# directive and a `Deprecated:` paragraph in a doc comment as a deprecation.
JAVA_AND_GO = [
    "@deprecated use something else",
    "see {@code x} {@link Evil} <b>bold</b> &amp;",
    "x */ class Evil {} /*",
    "\\u002a/ class Evil {} /*",
    "\\u000a class Evil {}",
    "\\u0022 + Evil.run() + \\u0022",
    "\\\\u0022 even backslashes",
    "a\n//go:generate rm -rf /",
    "a\n\nDeprecated: use nothing",
    "''curly'' ``quotes``",
]
# An escape Java would decode: \u preceded by an even number of backslashes.
JAVA_UNICODE_ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*\\u+[0-9A-Fa-f]{4}")


@pytest.mark.parametrize("text", JAVA_AND_GO)
def test_java_and_go_carry_texts_as_data_never_as_code_tags_or_directives(text: str) -> None:
    from generator.render.escaping import go_str, java_str

    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    spec = parse_spec(
        BASE.replace("message_en: Success", f'message_en: "{escaped}"').encode(),
        "spec.yaml",
        "spec/spec.yaml",
    )
    files = render(spec)
    java = {p: t for p, t in files.items() if p.endswith(".java")}
    for path, source in java.items():
        assert JAVA_UNICODE_ESCAPE.search(source) is None, path
    enum = java[f"{JAVA_SOURCES}/WechatCode.java"]
    (doc,) = re.findall(r"^    /\*\* 0: (.*) \*/$", enum, flags=re.M)
    assert not re.search(r"[@<>\\]|\*/", doc), doc  # no tag, markup, escape or end
    assert f"        {java_str(text)},\n" in enum  # the value itself is untouched data
    go = files["go/faceidcodes.go"]
    data = f"\t\tMessageEn: {go_str(text)},"
    assert data in go.splitlines()
    for line in go.splitlines():
        assert not re.match(r"\s*//(go:|line |export )", line), line
        if "Deprecated" in line or "rm -rf" in line:  # only in the constant's own comment
            assert line == data or line.startswith("\t// WechatCode_SUCCESS is 0: "), line
