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

_PY_ESCAPES = str.maketrans({"\\": "\\\\", "\n": "\\n", "\t": "\\t"})


def py_str(text: str) -> str:
    """A Python string literal, quoted the way black would leave it.

    black prefers double quotes unless single quotes need fewer escapes, so
    choosing the same way makes the output black-stable without running black.
    """
    body = text.translate(_PY_ESCAPES)
    if body.count('"') > body.count("'"):
        return "'" + body.replace("'", "\\'") + "'"
    return '"' + body.replace('"', '\\"') + '"'


def js_str(text: str) -> str:
    """A JSON string, which is also a TypeScript string literal (never a template).

    Readable UTF-8, not \\u escapes; the loader has refused U+2028/U+2029,
    the only characters JSON allows in a string that older JavaScript did not.
    """
    return encode_basestring(text)


def json_value(value: object) -> str:
    """A JSON value on one line: str, bool, int, None, or a sequence of str."""
    if isinstance(value, str):
        return encode_basestring(value)
    if isinstance(value, (tuple, list)) and all(isinstance(v, str) for v in value):
        return "[" + ", ".join(map(encode_basestring, value)) + "]"
    return json.dumps(value, ensure_ascii=False)


# Inside a /** … */ doc comment: one line, no terminator, and no `@`, which
# would start a JSDoc tag (`@deprecated`) or an inline link (`{@link …}`);
# editors render doc comments as Markdown, so the entity still reads as "@".
_COMMENT_ESCAPES = str.maketrans({"\n": " ", "@": "&#64;"})


def comment(text: str) -> str:
    """Text safe inside a /** … */ doc comment: plain prose, never markup or code."""
    return text.translate(_COMMENT_ESCAPES).replace("*/", "*\\/")


_NAME_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-")


def file_name(text: str) -> str:
    """A file name as it may appear in any generated file, even on line 1.

    Every character outside [A-Za-z0-9/._-] is percent-encoded (as in a
    URL), so a name cannot carry a newline, a comment terminator, markup or
    the `coding:` of a Python encoding declaration.
    """
    return "".join(
        char if char in _NAME_CHARACTERS else "".join(f"%{b:02X}" for b in char.encode())
        for char in text
    )


# Inside a Markdown table cell or heading: entities keep HTML inert,
# backslashes keep Markdown inert, `|` would end the cell, a newline the row,
# and a `#` at the end of a heading would be taken for its closing sequence.
_MD_ESCAPES = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        "\n": "<br>",
        **{c: "\\" + c for c in "\\`*_[]{}|#"},
    }
)


# A Markdown link in the source text (the seed has one, on 66660002) stays a
# link: its text is escaped like any other, its web address kept as it is.
LINK = re.compile(r"\[([^\]\n]+)\]\((https?://[A-Za-z0-9._~:/?#@!$&'*+,=%-]+)\)")


def md_cell(text: str) -> str:
    parts = []
    for plain, label, url in _split_links(text):
        parts.append(plain.translate(_MD_ESCAPES))
        if url:
            parts.append(f"[{label.translate(_MD_ESCAPES)}]({url})")
    return "".join(parts)


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


def upper_snake(pascal: str) -> str:
    """WechatCode -> WECHAT_CODE, for the TypeScript info maps."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", pascal).upper()


FILTERS = {
    "upper_snake": upper_snake,
    "py_str": py_str,
    "js_str": js_str,
    "json": json_value,
    "comment": comment,
    "md_cell": md_cell,
    "html_text": html_text,
    "file_name": file_name,
}
