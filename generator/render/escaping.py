"""How a spec text is written inside each target language.

Each function turns arbitrary text (quotes, backslashes, `*/`, `|`, `${`,
newlines, any script) into something the target reads back as exactly that
text.  The loader has already refused control characters other than tab and
newline, bidi overrides and line separators, so none of them appear here.
"""

from __future__ import annotations

import json
import re
from json.encoder import encode_basestring  # json's C string quoter, without dumps' per-call set-up
from typing import Any, Callable

_PY_ESCAPES = str.maketrans({"\\": "\\\\", "\n": "\\n", "\t": "\\t"})
# Searched first: translate looks up every character of a non-ASCII text.
_PY_SPECIAL = re.compile(r"[\\\n\t]")


def py_str(text: str) -> str:
    """A Python string literal, quoted the way black would leave it.

    black prefers double quotes unless single quotes need fewer escapes, so
    choosing the same way makes the output black-stable without running black.
    """
    body = text.translate(_PY_ESCAPES) if _PY_SPECIAL.search(text) else text
    if body.count('"') > body.count("'"):
        return "'" + body.replace("'", "\\'") + "'"
    return '"' + body.replace('"', '\\"') + '"'


def js_str(text: str) -> str:
    """A JSON string, which is also a TypeScript string literal (never a template).

    Readable UTF-8, not \\u escapes; the loader has refused U+2028/U+2029,
    the only characters JSON allows in a string that older JavaScript did not.
    """
    return encode_basestring(text)


# Go's interpreted string literals take JSON's escapes (\", \\, \n, \t,
# \uXXXX below U+0020) with the same meaning, and JSON never writes the
# surrogate \u escapes Go refuses: Go reads a JSON string as the same text.
go_str = js_str


# Java decodes \uXXXX anywhere in a source file before it reads a token, so a
# text's `\u0022` would end a string and `\u000a` would end a line.  Doubling
# every backslash disarms them (a \u preceded by an odd number of backslashes
# is no escape); what is left to escape gets Java's own escapes, and any other
# control character an octal one, which Java does not decode early.
_JAVA_ESCAPES = str.maketrans(
    {
        **{chr(c): f"\\{c:03o}" for c in (*range(0x20), 0x7F)},
        "\\": "\\\\",
        '"': '\\"',
        "\n": "\\n",
        "\t": "\\t",
    }
)


# str.translate looks up every character of a non-ASCII text in the table; a
# search for the few that need it first makes the common case (no escape) cheap.
_JAVA_SPECIAL = re.compile(r'[\x00-\x1f\x7f"\\]')


def java_str(text: str) -> str:
    """A Java string literal: readable UTF-8 (the pom and the README say -encoding UTF-8)."""
    if _JAVA_SPECIAL.search(text) is None:
        return '"' + text + '"'
    return '"' + text.translate(_JAVA_ESCAPES) + '"'


# Handling steps as one literal each: one filter call per list rather than a
# Jinja map and join, which `check` would notice.
def java_strings(texts: tuple[str, ...]) -> str:
    """A Java String[] expression."""
    if not texts:
        return "new String[0]"
    return "new String[] {" + ", ".join(map(java_str, texts)) + "}"


def go_strings(texts: tuple[str, ...]) -> str:
    """A Go []string expression; nil for none, as Go code writes no steps."""
    if not texts:
        return "nil"
    return "[]string{" + ", ".join(map(encode_basestring, texts)) + "}"


# The scalars every entry carries, written without json.dumps' set-up (a few
# microseconds a call, thousands of calls a render); an int is its decimal.
_JSON_SCALARS: dict[type, Callable[[Any], str]] = {
    type(None): lambda _: "null",
    bool: lambda b: "true" if b else "false",
    int: str,
}


def json_value(value: object) -> str:
    """A JSON value on one line: str, bool, int, None, or a sequence of str."""
    if isinstance(value, str):
        return encode_basestring(value)
    scalar = _JSON_SCALARS.get(type(value))
    if scalar is not None:
        return scalar(value)
    if isinstance(value, (tuple, list)) and all(isinstance(v, str) for v in value):
        return "[" + ", ".join(map(encode_basestring, value)) + "]"
    return json.dumps(value, ensure_ascii=False)


# Inside a /** … */ doc comment: one line, no terminator, and no `@`, which
# would start a JSDoc tag (`@deprecated`) or an inline link (`{@link …}`);
# editors render doc comments as Markdown, so the entity still reads as "@".
_COMMENT_ESCAPES = str.maketrans({"\n": " ", "@": "&#64;"})
_COMMENT_SPECIAL = re.compile(r"[\n@]|\*/")


def comment(text: str) -> str:
    """Text safe inside a /** … */ doc comment: plain prose, never markup or code."""
    if _COMMENT_SPECIAL.search(text) is None:
        return text
    return text.translate(_COMMENT_ESCAPES).replace("*/", "*\\/")


# A Go comment runs to the end of its line, so one newline would let a text
# write code or a `//go:` directive; a tab would be re-laid by gofmt.  Texts
# never go into a top-level doc comment, which gofmt rewrites (`` and '' into
# curly quotes, indented lines into code): only indented or trailing comments.
_GO_COMMENT_ESCAPES = str.maketrans({"\n": " ", "\t": " "})


def go_comment(text: str) -> str:
    """Text safe inside a one-line Go comment that starts with a fixed word."""
    if "\n" not in text and "\t" not in text:
        return text
    return text.translate(_GO_COMMENT_ESCAPES)


# Javadoc is HTML: entities keep markup inert and read as the character.  `@`
# would start a tag (`@deprecated`, `{@code …}`), `*/` would end the comment,
# and a backslash could start one of the \u escapes Java decodes before it
# sees the comment at all (`\u002a/` is `*/`).
_JAVADOC_ESCAPES = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        "@": "&#64;",
        "\\": "&#92;",
        "\n": " ",
        "\t": " ",
    }
)


_JAVADOC_SPECIAL = re.compile(r"[&<>@\\\n\t]|\*/")


def javadoc(text: str) -> str:
    """Text safe inside a /** … */ Javadoc comment: plain prose, never markup or code."""
    if _JAVADOC_SPECIAL.search(text) is None:
        return text
    return text.translate(_JAVADOC_ESCAPES).replace("*/", "*&#47;")


_NAME_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-")


def file_name(text: str) -> str:
    """A file name as it may appear in any generated file, even on line 1.

    Every character outside [A-Za-z0-9/._-] is percent-encoded (as in a
    URL), so a name cannot carry a newline, a comment terminator, markup or
    the `coding:` of a Python encoding declaration; so is a `-` after a `-`,
    since `--` may not appear inside an XML comment (the pom's header).
    """
    return "".join(
        (
            char
            if char in _NAME_CHARACTERS and not (char == "-" and text[i - 1 : i] == "-")
            else "".join(f"%{b:02X}" for b in char.encode())
        )
        for i, char in enumerate(text)
    )


# Inside a Markdown table cell, list item or heading: entities keep HTML
# inert, backslashes keep Markdown inert (emphasis, code, links, images,
# attr_list's `{: … }`), `|` would end the cell, a newline the row, and a `#`
# at the end of a heading would be taken for its closing sequence.
_MD_ESCAPES = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        "\n": "<br>",
        **{c: "\\" + c for c in "\\`*_[]{}|#!"},
    }
)


# A Markdown link as Tencent's own text writes it (the seed has one, on
# 66660002: [联系我们](https://…)) stays a link: its label is escaped like any
# other text, and its address is kept only if it is https (no javascript:,
# no data:, no plain http), written with URL characters that cannot end the
# link or the attribute.  `![…](…)`, an image, is never one.  The label holds
# no "[" (as in CommonMark, the innermost brackets make the link), so no
# attempt reads past the next "[" and a text of n "[" costs n steps, not n²
# (neither does the address, which holds no bracket either).
LINK = re.compile(r"(?<!!)\[([^\[\]\n]+)\]\((https://[A-Za-z0-9._~:/?#@!$&'*+,=%-]+)\)")


# Most texts need no escape at all: finding that with one search is cheaper
# than translating every character of a Chinese text through the table.
_MD_SPECIAL = re.compile(r"[&<>\n\\`*_\[\]{}|#!]")


def md_cell(text: str) -> str:
    if _MD_SPECIAL.search(text) is None:
        return text
    parts = []
    for plain, label, url in _split_links(text):
        parts.append(plain.translate(_MD_ESCAPES))
        if url:
            parts.append(f"[{label.translate(_MD_ESCAPES)}]({url})")
    return "".join(parts)


# At the start of a list item or paragraph, `1.`, `1)`, `-` or `+` would start
# a list of its own, `===` a tab (pymdownx.tabbed) and `~~~` a fenced block
# (`>`, `#`, `!` and backticks are escaped already).  Markdown has no escape
# for `=` and `~`: an entity reads as the character.  Escaped, they read the
# same anywhere else in a line, so a text may take md_text wherever it stands.
_BLOCK_START = re.compile(r"\A(?:(\d+)([.)])|([-+])|([=~]))")
_ENTITY = {"=": "&#61;", "~": "&#126;"}


def _block_start(match: re.Match[str]) -> str:
    if match[1]:
        return f"{match[1]}\\{match[2]}"
    return f"\\{match[3]}" if match[3] else _ENTITY[match[4]]


def md_text(text: str) -> str:
    """md_cell, for a text that starts a list item or a paragraph."""
    return _BLOCK_START.sub(_block_start, md_cell(text))


def _split_links(text: str):
    """(text before, link label, link address) triples; the last has no link."""
    start = 0
    for match in LINK.finditer(text):
        yield text[start : match.start()], match[1], match[2]
        start = match.end()
    yield text[start:], "", ""


# Inside the reference's HTML tables (HTML, so that each text carries its
# language and the rows can reflow on a phone): entities keep the text inert,
# a newline is a line break, and a Markdown link in the source text is a link.
_HTML_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "<br>"})


def html_text(text: str) -> str:
    parts = []
    for plain, label, url in _split_links(text):
        parts.append(plain.translate(_HTML_ESCAPES))
        if url:
            parts.append(
                f'<a href="{url.translate(_HTML_ESCAPES)}">{label.translate(_HTML_ESCAPES)}</a>'
            )
    return "".join(parts)


def csv_cell(text: str) -> str:
    """A CSV field (RFC 4180), always quoted: commas, quotes and newlines stay text."""
    return '"' + text.replace('"', '""') + '"'


# What the SQL file writes as a string: keys and names only (the loader's
# patterns).  A free text would need backslash and newline rules that SQL
# dialects do not share (MySQL, ClickHouse, Spark and BigQuery read \ as an
# escape; BigQuery allows no newline in a quoted string); the texts are in the CSV.
_SQL_PLAIN = re.compile(r"[A-Za-z0-9_]*\Z")


def sql_str(text: str) -> str:
    """A SQL string literal that every dialect reads alike."""
    if not _SQL_PLAIN.match(text):
        raise ValueError(f"{text!r} is not a key or name: the SQL file holds no free text")
    return f"'{text}'"


def html_plain(text: str) -> str:
    """Text inside an HTML element or a double-quoted attribute: characters only,
    no links (the site build's own labels, such as a table's channel and category)."""
    return text.translate(_HTML_ESCAPES)


FILTERS = {
    "py_str": py_str,
    "js_str": js_str,
    "json": json_value,
    "comment": comment,
    "go_str": go_str,
    "go_comment": go_comment,
    "java_str": java_str,
    "java_strings": java_strings,
    "go_strings": go_strings,
    "javadoc": javadoc,
    "md_cell": md_cell,
    "md_text": md_text,
    "html_text": html_text,
    "html_plain": html_plain,
    "file_name": file_name,
    "csv_cell": csv_cell,
    "sql_str": sql_str,
}
