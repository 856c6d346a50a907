"""The escaping functions' fast paths: a text they pass through untouched is
one the full escaping would not have changed either."""

from __future__ import annotations

import json

import black
import pytest

from generator.render import escaping as literals

# (the search that decides whether a text needs escaping, the table it escapes with)
FAST_PATHS = {
    "py_str": (literals._PY_SPECIAL, literals._PY_ESCAPES),
    "comment": (literals._COMMENT_SPECIAL, literals._COMMENT_ESCAPES),
    "java_str": (literals._JAVA_SPECIAL, literals._JAVA_ESCAPES),
    "javadoc": (literals._JAVADOC_SPECIAL, literals._JAVADOC_ESCAPES),
    "md_cell": (literals._MD_SPECIAL, literals._MD_ESCAPES),
}
EVERY_CHARACTER = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]


@pytest.mark.parametrize("name", sorted(FAST_PATHS))
def test_the_search_finds_exactly_the_characters_the_table_escapes(name: str) -> None:
    special, table = FAST_PATHS[name]
    found = {ord(c) for c in special.findall("".join(EVERY_CHARACTER)) if len(c) == 1}
    assert found == set(table)


@pytest.mark.parametrize(
    "text",
    [
        *("纯中文文本", "plain text (with) 'quotes' ~ %", "a */ b", "*/", "\\u002a/", "x\ty"),
        *("@", "", "both ' and \" quotes", "line\nbreak \\ back"),
    ],
)
def test_fast_and_full_paths_agree(text: str) -> None:
    assert literals.java_str(text) == '"' + text.translate(literals._JAVA_ESCAPES) + '"'
    full = text.translate(literals._JAVADOC_ESCAPES).replace("*/", "*&#47;")
    assert literals.javadoc(text) == full
    assert literals.go_comment(text) == text.translate(literals._GO_COMMENT_ESCAPES)
    full = text.translate(literals._COMMENT_ESCAPES).replace("*/", "*\\/")
    assert literals.comment(text) == full
    quoted = literals.py_str(text)
    assert eval(quoted) == text and quoted[0] in "'\""  # noqa: S307 (a literal we just wrote)
    if not literals.LINK.search(text):
        assert literals.md_cell(text) == text.translate(literals._MD_ESCAPES)


@pytest.mark.parametrize(
    "value",
    [
        *(None, True, False, 0, 1, -5026, 2**53 - 1, '文本 "q" \\', ["a", "b"], []),
        *({"键": ["值"]}, [1, "文本"]),  # what the shortcuts do not cover: json itself
    ],
)
def test_json_values_are_what_json_writes(value: object) -> None:
    assert literals.json_value(value) == json.dumps(value, ensure_ascii=False)


@pytest.mark.parametrize(
    "name, shown",
    [
        ("spec/codes.yaml", "spec/codes.yaml"),
        ("a_B.9/c-d.yaml", "a_B.9/c-d.yaml"),  # every character a name keeps
        ("a b.yaml", "a%20b.yaml"),
        ("codes\n.yaml", "codes%0A.yaml"),
        ("-->", "-%2D%3E"),  # no `--` to end the pom's XML comment
        ("x--y---z.yaml", "x-%2Dy-%2D%2Dz.yaml"),
        ("规范.yaml", "%E8%A7%84%E8%8C%83.yaml"),  # UTF-8, byte by byte
    ],
)
def test_a_file_name_keeps_plain_characters_and_percent_encodes_the_rest(
    name: str, shown: str
) -> None:
    assert literals.file_name(name) == shown


@pytest.mark.parametrize(
    "text, literal",
    [
        ("plain", '"plain"'),
        ("it's", '"it\'s"'),
        ('say "hi"', "'say \"hi\"'"),  # fewer escapes in single quotes
        ("one ' one \"", '"one \' one \\""'),  # a tie: double quotes, as black keeps them
        ("two '' one \"", '"two \'\' one \\""'),
        ("a\\b\n", '"a\\\\b\\n"'),
    ],
)
def test_a_python_literal_takes_the_quotes_black_would_keep(text: str, literal: str) -> None:
    assert literals.py_str(text) == literal and eval(literal) == text  # noqa: S307
    assert black.format_str(f"x = {literal}\n", mode=black.Mode()) == f"x = {literal}\n"
