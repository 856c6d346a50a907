"""Load spec/codes.yaml into an immutable model, or say everything wrong with it.

Every problem is reported at once, one per line, as `FILE:LINE:COL: error: …`,
sorted by position, so a maintainer fixes a whole batch in one go.  The
rules that say *what keys exist and what type they hold* mirror
spec/codes.schema.json (tests keep the two in step); the rules no schema can
express (uniqueness, matching step counts, Trojan Source characters) live
here too.
"""

from __future__ import annotations

import keyword
import re
import unicodedata
from pathlib import Path
from typing import Callable, NamedTuple

from . import yamltree
from .yamltree import MAP, SEQ, Node

# JavaScript numbers are doubles: beyond 2**53 - 1 two codes could compare equal.
MAX_SAFE_INTEGER = 2**53 - 1
MAX_CODES = 250_000

NAME = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\Z")
KEY = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*\Z")
ENUM = re.compile(r"[A-Z][A-Za-z0-9]*\Z")
VERSION = re.compile(r"(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\Z")
DECIMAL = re.compile(r"-?(0|[1-9][0-9]*)\Z")
YAML_TRUE_FALSE = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}

# Type names the templates declare next to the enums, plus TypeScript globals
# they use: an enum of the same name would shadow them.
RESERVED_ENUM_NAMES = frozenset(
    {"CodeInfo", "FaceIdCode", "IntEnum", "Any", "Self", "Readonly", "Record", "Object", "Array", "String", "Number"}
)

# Characters that would let text hide or break code once pasted into a
# generated file: C0/C1 controls (tab and newline are ordinary text), the
# bidirectional overrides and isolates of CVE-2021-42574 ("Trojan Source"),
# line/paragraph separators that some languages treat as line ends, lone
# surrogates and the byte-order mark.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
_FORBIDDEN_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})
_ALLOWED_CONTROLS = frozenset("\t\n")

_KIND_NAMES = {
    MAP: "a mapping",
    SEQ: "a list",
    yamltree.INT: "an integer",
    yamltree.FLOAT: "a number",
    yamltree.BOOL: "a boolean",
    yamltree.NULL: "null",
    yamltree.STR: "text",
}


# --- the model ---------------------------------------------------------------
# NamedTuples rather than dataclasses: as immutable, and five times cheaper
# to define, which `make check`'s start-up time notices.


class Code(NamedTuple):
    code: int
    name: str
    message: str
    message_en: str
    billable: bool
    category: str
    action: tuple[str, ...] = ()
    action_en: tuple[str, ...] = ()


class Category(NamedTuple):
    key: str
    title: str
    title_en: str


class Channel(NamedTuple):
    key: str
    enum: str
    title: str
    title_en: str
    categories: tuple[Category, ...]
    codes: tuple[Code, ...]

    @property
    def billed(self) -> tuple[Code, ...]:
        return tuple(c for c in self.codes if c.billable)

    @property
    def has_steps(self) -> bool:
        return any(c.action for c in self.codes)


class Spec(NamedTuple):
    version: str
    channels: tuple[Channel, ...]
    source: str  # how generated headers name the spec, e.g. "spec/codes.yaml"

    @property
    def code_count(self) -> int:
        return sum(len(c.codes) for c in self.channels)

    @property
    def billed_count(self) -> int:
        return sum(len(c.billed) for c in self.channels)


class Problem(NamedTuple):
    line: int
    col: int
    message: str

    def format(self, file: str) -> str:
        return f"{file}:{self.line}:{self.col}: error: {self.message}"


class SpecError(Exception):
    """The spec is invalid; `lines()` gives every problem, ready to print."""

    def __init__(self, file: str, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s) in {file}")
        self.file = file
        self.problems = sorted(set(problems))

    def lines(self) -> list[str]:
        return [p.format(self.file) for p in self.problems]


class _Bad(Exception):
    """One value is wrong; the field reader turns it into a Problem."""

    def __init__(self, node: Node, message: str) -> None:
        self.node, self.message = node, message


# --- readers: one per kind of value ----------------------------------------


def _describe(node: Node) -> str:
    kind = _KIND_NAMES.get(node.kind, "a tagged value")
    if node.kind in (MAP, SEQ):
        return kind
    return f"{kind} ({node.value!r})"


def _expect_scalar(node: Node, kind: str, wanted: str) -> str:
    if node.kind != kind:
        hint = "; put it in quotes" if kind == yamltree.STR and node.kind not in (MAP, SEQ) else ""
        raise _Bad(node, f"expected {wanted}, but YAML reads {_describe(node)}{hint}")
    return node.value  # type: ignore[return-value]


def read_text(node: Node) -> str:
    text = _expect_scalar(node, yamltree.STR, "text")
    if not text.strip():
        raise _Bad(node, "is empty; write the text")
    if text != text.strip():
        raise _Bad(node, "has leading or trailing whitespace; remove it")
    bad = _first_forbidden(text)
    if bad is not None:
        index, char = bad
        raise _Bad(
            node,
            f"character {index + 1} is U+{ord(char):04X} {unicodedata.name(char, 'control character')}, "
            "which can hide or break generated code (CVE-2021-42574); remove it",
        )
    return text


def _first_forbidden(text: str) -> tuple[int, str] | None:
    # Every forbidden character is also "not printable", and isprintable() runs
    # in C: ordinary text costs one call, and only rare characters are looked at.
    if text.isprintable():
        return None
    for index, char in enumerate(text):
        if char.isprintable() or char in _ALLOWED_CONTROLS:
            continue
        if char in _BIDI_CONTROLS or char == "\ufeff" or unicodedata.category(char) in _FORBIDDEN_CATEGORIES:
            return index, char
    return None


def _read_pattern(pattern: re.Pattern[str], rule: str) -> Callable[[Node], str]:
    def read(node: Node) -> str:
        text = _expect_scalar(node, yamltree.STR, "text")
        if not pattern.match(text):
            raise _Bad(node, f"{text!r} is not {rule}")
        return text

    return read


read_name = _read_pattern(NAME, "UPPER_SNAKE_CASE (A-Z, 0-9, single underscores, starting with a letter)")
read_key = _read_pattern(KEY, "lower_snake_case (a-z, 0-9, single underscores, starting with a letter)")
read_version = _read_pattern(VERSION, "a version like 1.2.3; put it in quotes if YAML reads it as a number")
_read_enum_pattern = _read_pattern(ENUM, "a PascalCase type name such as WechatCode")


def read_enum(node: Node) -> str:
    name = _read_enum_pattern(node)
    if keyword.iskeyword(name) or name in RESERVED_ENUM_NAMES:
        raise _Bad(node, f"{name!r} is reserved by the generated code; choose another enum name")
    return name


def read_code(node: Node) -> int:
    text = _expect_scalar(node, yamltree.INT, "an integer")
    if not DECIMAL.match(text):
        raise _Bad(node, f"write the code {text!r} as a plain decimal integer")
    value = int(text)
    if abs(value) > MAX_SAFE_INTEGER:
        raise _Bad(node, f"code {value} is outside JavaScript's safe integers (±{MAX_SAFE_INTEGER})")
    return value


def read_bool(node: Node) -> bool:
    text = _expect_scalar(node, yamltree.BOOL, "true or false")
    if text not in YAML_TRUE_FALSE:
        raise _Bad(node, f"write true or false, not {text!r} (YAML 1.1 reads it as a boolean, YAML 1.2 as text)")
    return YAML_TRUE_FALSE[text]


def read_steps(node: Node) -> tuple[str, ...]:
    if node.kind != SEQ:
        raise _Bad(node, f"expected a list of steps, but YAML reads {_describe(node)}")
    return tuple(read_text(item) for item in node.value)  # type: ignore[attr-defined]


def read_map(node: Node) -> Node:
    if node.kind != MAP:
        raise _Bad(node, f"expected a mapping, but YAML reads {_describe(node)}")
    return node


def read_list(node: Node) -> Node:
    if node.kind != SEQ:
        raise _Bad(node, f"expected a list, but YAML reads {_describe(node)}")
    return node


# --- field tables: which keys each mapping has ------------------------------


class Field(NamedTuple):
    read: Callable[[Node], object]
    required: bool = True


TOP_FIELDS = {"version": Field(read_version), "channels": Field(read_map)}
CHANNEL_FIELDS = {
    "enum": Field(read_enum),
    "title": Field(read_text),
    "title_en": Field(read_text),
    "categories": Field(read_map),
    "codes": Field(read_list, required=False),
}
CATEGORY_FIELDS = {
    "title": Field(read_text),
    "title_en": Field(read_text),
    "codes": Field(read_list, required=False),
}
CODE_FIELDS = {
    "code": Field(read_code),
    "name": Field(read_name),
    "category": Field(read_key, required=False),
    "message": Field(read_text),
    "message_en": Field(read_text),
    "action": Field(read_steps, required=False),
    "action_en": Field(read_steps, required=False),
    "billable": Field(read_bool),
}


class _Checker:
    """Collects problems while the model is built, so one run reports them all."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def fields(self, node: Node, table: dict[str, Field], what: str) -> dict[str, object] | None:
        if node.kind != MAP:
            self.problems.append(Problem(node.line, node.col, f"{what}: expected a mapping, found {_describe(node)}"))
            return None
        assert node.keys is not None
        values: dict[str, object] = {}
        for key, child in node.value.items():  # type: ignore[attr-defined]
            field = table.get(key)
            if field is None:
                self._unknown(key, node.keys[key], table, what)
                continue
            try:
                values[key] = field.read(child)
            except _Bad as bad:
                self.add(bad.node, f"{key}: {bad.message}")
        for key, field in table.items():
            if field.required and key not in node.value:  # type: ignore[operator]
                self.add(node, f"{what} lacks the required key '{key}'")
        return values

    def _unknown(self, key: str, where: tuple[int, int], table: dict[str, Field], what: str) -> None:
        import difflib  # only on this error path: keeps `check` start-up fast

        close = difflib.get_close_matches(key, table, n=1)
        hint = f"did you mean '{close[0]}'?" if close else f"allowed: {', '.join(table)}"
        self.problems.append(Problem(*where, f"unknown key '{key}' in {what}; {hint}"))

    def add(self, node: Node, message: str) -> None:
        self.problems.append(Problem(node.line, node.col, message))


# --- building the model ------------------------------------------------------


def load_spec(path: Path, display: str | None = None, source: str | None = None) -> Spec:
    """Read and validate the spec at `path`; raise SpecError listing every problem.

    `display` names the file in error lines (default: the path as given);
    `source` is how generated headers name it (default: "spec/<file name>").
    """
    display = display or str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SpecError(display, [Problem(1, 1, f"cannot read the spec: {exc.strerror}")]) from None
    return parse_spec(data, display, source or f"spec/{path.name}")


def parse_spec(data: bytes, display: str, source: str) -> Spec:
    try:
        root, yaml_problems = yamltree.read(yamltree.decode(data))
    except yamltree.YamlProblem as exc:
        raise SpecError(display, [Problem(exc.line, exc.col, exc.message)]) from None
    checker = _Checker()
    checker.problems.extend(Problem(p.line, p.col, p.message) for p in yaml_problems)
    spec = _build(root, checker, source)
    if checker.problems or spec is None:
        raise SpecError(display, checker.problems or [Problem(1, 1, "the spec is empty")])
    return spec


def _build(root: Node | None, checker: _Checker, source: str) -> Spec | None:
    if root is None:
        return None
    top = checker.fields(root, TOP_FIELDS, "the spec")
    if top is None or "channels" not in top:
        return None
    channels_node: Node = top["channels"]  # type: ignore[assignment]
    channels = tuple(_channel(key, node, checker) for key, node in channels_node.value.items())  # type: ignore[attr-defined]
    _check_channel_set(channels_node, channels, checker)
    if "version" not in top or None in channels:
        return None
    return Spec(top["version"], channels, source)  # type: ignore[arg-type]


def _check_channel_set(node: Node, channels: tuple[Channel | None, ...], checker: _Checker) -> None:
    if not channels:
        checker.add(node, "channels: add at least one channel")
    assert node.keys is not None
    for key in node.value:  # type: ignore[attr-defined]
        if not KEY.match(key):
            checker.add(Node(MAP, None, *node.keys[key]), f"channel key {key!r} is not lower_snake_case")
    # Case-insensitively: TypeScript's WECHAT_CODE_INFO is derived from WechatCode.
    seen: dict[str, str] = {}
    for channel in channels:
        if channel is None:
            continue
        other = seen.setdefault(channel.enum.lower(), channel.key)
        if other != channel.key:
            checker.add(node, f"channels {other} and {channel.key} have enums that differ only in case; rename one")
    total = sum(len(c.codes) for c in channels if c is not None)
    if total > MAX_CODES:
        checker.add(node, f"the spec has {total:,} codes; the limit is {MAX_CODES:,}")


def _channel(key: str, node: Node, checker: _Checker) -> Channel | None:
    fields = checker.fields(node, CHANNEL_FIELDS, f"channel '{key}'")
    if fields is None or "categories" not in fields:
        return None
    categories, entries = _categories(fields["categories"], checker)  # type: ignore[arg-type]
    if "codes" in fields:
        if entries:
            checker.add(fields["codes"], "list codes under their categories or in this list, not both")  # type: ignore[arg-type]
        entries = [(item, None) for item in fields["codes"].value]  # type: ignore[attr-defined]
    if not entries:
        checker.add(node, f"channel '{key}' has no codes")
    read = [_entry(item, sub_table, categories, checker) for item, sub_table in entries]
    _check_unique(read, checker, fields.get("enum", key))
    _check_categories_used(fields["categories"], read, checker)  # type: ignore[arg-type]
    codes = tuple(_to_code(f) for _, f in read)
    if None in codes or any(k not in fields for k in ("enum", "title", "title_en")):
        return None
    return Channel(key, fields["enum"], fields["title"], fields["title_en"], tuple(categories.values()), codes)  # type: ignore[arg-type]


def _categories(node: Node, checker: _Checker) -> tuple[dict[str, Category], list[tuple[Node, str | None]]]:
    """The channel's categories and the code entries that sit under them."""
    categories: dict[str, Category] = {}
    entries: list[tuple[Node, str | None]] = []
    assert node.keys is not None
    for key, child in node.value.items():  # type: ignore[attr-defined]
        if not KEY.match(key):
            checker.add(Node(MAP, None, *node.keys[key]), f"category key {key!r} is not lower_snake_case")
        fields = checker.fields(child, CATEGORY_FIELDS, f"category '{key}'")
        if fields is None:
            continue
        categories[key] = Category(key, fields.get("title", ""), fields.get("title_en", ""))  # type: ignore[arg-type]
        if "codes" in fields:
            entries.extend((item, key) for item in fields["codes"].value)  # type: ignore[attr-defined]
    return categories, entries


def _entry(node: Node, sub_table: str | None, categories: dict, checker: _Checker) -> tuple[Node, dict]:
    """One code entry's readable fields, its category resolved."""
    fields = checker.fields(node, CODE_FIELDS, "code entry") or {}
    category = _code_category(node, fields, sub_table, categories, checker)
    if category is None:
        fields.pop("category", None)
    else:
        fields["category"] = category
    action, action_en = fields.get("action", ()), fields.get("action_en", ())
    if "action" in fields and "action_en" in fields and len(action) != len(action_en):
        checker.add(node.value["action_en"], f"action_en has {len(action_en)} steps but action has {len(action)}; translate each step")  # type: ignore[index]
    elif ("action" in node.value) != ("action_en" in node.value):  # type: ignore[operator]
        checker.add(node, "give both action and action_en, or neither")
    return node, fields


def _to_code(fields: dict) -> Code | None:
    try:
        return Code(
            fields["code"], fields["name"], fields["message"], fields["message_en"],
            fields["billable"], fields["category"], fields.get("action", ()), fields.get("action_en", ()),
        )
    except KeyError:  # already reported
        return None


def _code_category(node: Node, fields: dict, sub_table: str | None, categories: dict, checker: _Checker) -> str | None:
    if sub_table is not None:
        if "category" in fields:
            checker.add(node.value["category"], "remove 'category': the entry sits under a category already")  # type: ignore[index]
        return sub_table
    if "category" not in fields:
        if node.kind == MAP and "category" not in node.value:  # type: ignore[operator]
            checker.add(node, "code entry lacks 'category' (required for codes listed at channel level)")
        return None
    if fields["category"] not in categories:
        known = ", ".join(categories) or "none defined"
        checker.add(node.value["category"], f"unknown category {fields['category']!r}; defined: {known}")  # type: ignore[index]
        return None
    return fields["category"]


def _check_unique(read: list[tuple[Node, dict]], checker: _Checker, enum: object) -> None:
    for key, what in (("code", "codes"), ("name", "names")):
        first: dict[object, Node] = {}
        for node, fields in read:
            if key not in fields:
                continue
            earlier = first.setdefault(fields[key], node)
            if earlier is not node:
                owner = earlier.value.get("name" if key == "code" else "code")  # type: ignore[attr-defined]
                label = f" by {'' if key == 'code' else 'code '}{owner.value}" if owner is not None else ""
                checker.add(
                    node.value[key],  # type: ignore[index]
                    f"{key} {fields[key]} is already used{label} at line {earlier.value[key].line}; {what} are unique in {enum}",  # type: ignore[index]
                )


def _check_categories_used(node: Node, read: list[tuple[Node, dict]], checker: _Checker) -> None:
    used = {fields.get("category") for _, fields in read}
    assert node.keys is not None
    for key in node.value:  # type: ignore[attr-defined]
        if key not in used:
            checker.add(Node(MAP, None, *node.keys[key]), f"category '{key}' has no codes; remove it or file codes under it")
