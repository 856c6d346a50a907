"""What each value of the spec may be: one reader per kind of value, and the
tables of which keys each mapping has.

The tables mirror spec/codes.schema.json (tests keep the two in step).  A
reader returns the value or raises Bad with the node it blames.
"""

from __future__ import annotations

import builtins
import datetime
import keyword
import re
from typing import Callable, NamedTuple

from generator.load import characters
from generator.load import yamltree
from generator import names
from generator.targets import file_clash
from generator.load.yamltree import MAP, SEQ, Node
from generator.quoting import shortened, shown

MAX_SAFE_INTEGER = 2**53 - 1

NAME = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\Z")
KEY = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*\Z")
# PascalCase, not an ALL_CAPS constant: letters and digits, a capital first and a
# lowercase letter somewhere.  The lookahead finds that letter in one pass: two
# free runs around it ([A-Za-z0-9]*[a-z][A-Za-z0-9]*) would try every split of
# a long name, quadratic in its length.
ENUM = re.compile(r"(?=[A-Z][A-Z0-9]*[a-z])[A-Z][A-Za-z0-9]*\Z")
VERSION = re.compile(r"(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\Z")
# A code as every artefact writes it (str(code) in Python, String(code) in
# JavaScript): no sign but a minus, no leading zero, and no -0, which is 0.
# The generated lookups and the explain command read a string by the same rule
# (docs/maintainers/limits.md).
DECIMAL = re.compile(r"(?:0|-?[1-9][0-9]*)\Z")
SHA256 = re.compile(r"[0-9a-f]{64}\Z")
# A path below the spec's folder: "/"-separated names that do not start with
# a dot, so no "..", no absolute path and no drive can lead elsewhere.
RELATIVE_PATH = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*(?:/[A-Za-z0-9_][A-Za-z0-9_.-]*)*\Z")
DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
# An API field as Tencent's API reference names it: `Text.LivenessDetail[].Errcode`
# (`[]`: every element of a list).  Letters and digits only, so it is code in
# every target and never markup.
API = re.compile(r"[A-Z][A-Za-z0-9]*\Z")
FIELD_PATH = re.compile(r"[A-Z][A-Za-z0-9]*(?:\[\])?(?:\.[A-Z][A-Za-z0-9]*(?:\[\])?)*\Z")
# How Tencent's SDKs hand a field over.
FIELD_TYPES = ("int", "str")
TIMESTAMP = "tag:yaml.org,2002:timestamp"
YAML_TRUE_FALSE = {
    "true": True,
    "True": True,
    "TRUE": True,
    "false": False,
    "False": False,
    "FALSE": False,
}

# Names an enum may not take, because a generated file uses the same name at
# module level (an enum of that name would shadow it) though no template
# defines it: PascalCase Python builtins, the Java standard library types the
# Java enums use, and the JavaScript and TypeScript globals a `.ts` file can
# see.  The names the templates define are the names table's
# (generator/names.py).  A test collects every such name from the rendered
# artefacts and checks that it is in one or the other.
LANGUAGE_NAMES = frozenset(
    {
        # the Java standard library types the Java enums use (an enum of the
        # same name in their package would shadow them)
        *"""ArrayList Arrays Collections HashMap IllegalArgumentException List Long Map
        Optional""".split(),
        # Python builtins
        *(name for name in dir(builtins) if name[:1].isupper()),
        # JavaScript globals (ES2023, Node.js) and TypeScript's utility types
        *"""Array ArrayBuffer Atomics BigInt BigInt64Array BigUint64Array Boolean
        DataView Date Error EvalError FinalizationRegistry Float32Array Float64Array
        Function Infinity Int8Array Int16Array Int32Array Intl Iterator JSON Map Math
        NaN Number Object Promise Proxy RangeError ReferenceError Reflect RegExp Set
        SharedArrayBuffer String Symbol SyntaxError TypeError URIError Uint8Array
        Uint8ClampedArray Uint16Array Uint32Array WeakMap WeakRef WeakSet WebAssembly
        AbortController AbortSignal Blob Buffer Event EventTarget Headers Request
        Response TextDecoder TextEncoder URL URLSearchParams
        Awaited Partial Required Readonly Pick Record Exclude Extract Omit NonNullable
        Parameters ConstructorParameters ReturnType InstanceType ThisParameterType
        OmitThisParameter ThisType Uppercase Lowercase Capitalize Uncapitalize NoInfer
        PropertyKey ArrayLike Iterable IterableIterator PromiseLike ReadonlyArray
        ReadonlyMap ReadonlySet TemplateStringsArray Generator AsyncGenerator""".split(),
    }
)
RESERVED_ENUM_NAMES = LANGUAGE_NAMES | names.FIXED

_KIND_NAMES = {
    MAP: "a mapping",
    SEQ: "a list",
    yamltree.INT: "an integer",
    yamltree.FLOAT: "a number",
    yamltree.BOOL: "a boolean",
    yamltree.NULL: "null",
    yamltree.STR: "text",
    TIMESTAMP: "a date or time",
}


class Bad(Exception):
    """One value is wrong; the field reader turns it into a Problem."""

    def __init__(self, node: Node, message: str) -> None:
        self.node, self.message = node, message


# --- readers: one per kind of value ----------------------------------------


def describe(node: Node) -> str:
    kind = _KIND_NAMES.get(node.kind, "a tagged value")
    if node.kind in (MAP, SEQ):
        return kind
    return f"{kind} ({shown(node.value)})"


def _expect_scalar(node: Node, kind: str, wanted: str) -> str:
    if node.kind != kind:
        hint = "; put it in quotes" if kind == yamltree.STR and node.kind not in (MAP, SEQ) else ""
        raise Bad(node, f"expected {wanted}, but YAML reads {describe(node)}{hint}")
    return node.value


def read_text(node: Node) -> str:
    text = _expect_scalar(node, yamltree.STR, "text")
    bad = characters.first_forbidden(text)
    if bad is not None:
        index, char = bad
        raise Bad(
            node,
            f"character {index + 1} is {characters.name(char)}, "
            "which can hide or break generated code; remove it",
        )
    if not text.strip():
        raise Bad(node, "is empty; write the text")
    if text != text.strip():
        raise Bad(node, "has leading or trailing whitespace; remove it")
    return text


def _read_pattern(pattern: re.Pattern[str], rule: str) -> Callable[[Node], str]:
    def read(node: Node) -> str:
        text = _expect_scalar(node, yamltree.STR, "text")
        if not pattern.match(text):
            raise Bad(node, f"{shown(text)} is not {rule}")
        return text

    return read


read_name = _read_pattern(
    NAME, "UPPER_SNAKE_CASE (A-Z, 0-9, single underscores, starting with a letter)"
)
read_key = _read_pattern(
    KEY, "lower_snake_case (a-z, 0-9, single underscores, starting with a letter)"
)
read_api = _read_pattern(API, "a FaceID API name such as GetDetectInfoEnhanced")
read_field_path = _read_pattern(
    FIELD_PATH, "a field path such as Text.ErrCode or Text.LivenessDetail[].Errcode"
)
_read_enum_pattern = _read_pattern(ENUM, "a PascalCase type name such as WechatCode")
_read_version_pattern = _read_pattern(
    VERSION, "a version like 1.2.3; put it in quotes if YAML reads it as a number"
)
_SAFE_DIGITS = len(str(MAX_SAFE_INTEGER))
read_sha256 = _read_pattern(
    SHA256, "a SHA-256 in lowercase hex (64 characters, as sha256sum prints it)"
)
read_relative_path = _read_pattern(
    RELATIVE_PATH, "a path below the spec's folder, with / (no '..', no leading / or dot)"
)


def read_date(node: Node) -> str:
    """YYYY-MM-DD, quoted or not (YAML 1.1 reads an unquoted date as a timestamp)."""
    if node.kind not in (yamltree.STR, TIMESTAMP) or not DATE.match(node.value):
        raise Bad(node, f"expected a date as YYYY-MM-DD, but YAML reads {describe(node)}")
    try:
        datetime.date.fromisoformat(node.value)
    except ValueError:
        raise Bad(node, f"{shown(node.value)} is not a date in the calendar") from None
    return node.value


def read_enum(node: Node) -> str:
    name = _read_enum_pattern(node)
    if keyword.iskeyword(name) or name in RESERVED_ENUM_NAMES:
        raise Bad(
            node, f"{shown(name)} is reserved by the generated code; choose another enum name"
        )
    clash = file_clash(name)
    if clash is not None:
        raise Bad(
            node,
            f"{shown(name)} would name a file that is {clash} where case is ignored; choose another enum name",
        )
    return name


def safe_integer(digits: str) -> bool:
    """Whether decimal `digits` (a minus allowed) are at most MAX_SAFE_INTEGER.

    Lengths first: int() of a 5,000-digit text raises, and below Python's
    limit it costs time quadratic in the length."""
    digits = digits.removeprefix("-")
    return len(digits) < _SAFE_DIGITS or (
        len(digits) == _SAFE_DIGITS and int(digits) <= MAX_SAFE_INTEGER
    )


def read_code(node: Node) -> int:
    text = _expect_scalar(node, yamltree.INT, "an integer")
    if text == "-0":
        raise Bad(
            node, "write the code -0 as 0: every artefact writes it 0, and -0 is no other code"
        )
    if not DECIMAL.match(text):
        raise Bad(node, f"write the code {shown(text)} as a plain decimal integer")
    if not safe_integer(text):
        shown_digits = shortened(text, 20)  # a 20-digit code shows whole
        raise Bad(
            node,
            f"code {shown_digits} is outside JavaScript's safe integers (±{MAX_SAFE_INTEGER})",
        )
    return int(text)


def read_version(node: Node) -> str:
    version = _read_version_pattern(node)
    if not all(safe_integer(part) for part in version.split(".")):
        raise Bad(node, f"each part of version {shown(version)} must be at most {MAX_SAFE_INTEGER}")
    return version


def read_bool(node: Node) -> bool:
    text = _expect_scalar(node, yamltree.BOOL, "true or false")
    if text not in YAML_TRUE_FALSE:
        raise Bad(
            node,
            f"write true or false, not {shown(text)} (YAML 1.1 reads it as a boolean, YAML 1.2 as text)",
        )
    return YAML_TRUE_FALSE[text]


def read_field_type(node: Node) -> str:
    value = _expect_scalar(node, yamltree.STR, "a type")
    if value not in FIELD_TYPES:
        raise Bad(node, f"{shown(value)} is not {' or '.join(FIELD_TYPES)}")
    return value


def read_steps(node: Node) -> tuple[str, ...]:
    if node.kind != SEQ:
        raise Bad(node, f"expected a list of steps, but YAML reads {describe(node)}")
    return tuple(read_text(item) for item in node.value)


def read_map(node: Node) -> Node:
    if node.kind != MAP:
        raise Bad(node, f"expected a mapping, but YAML reads {describe(node)}")
    return node


def read_list(node: Node) -> Node:
    if node.kind != SEQ:
        raise Bad(node, f"expected a list, but YAML reads {describe(node)}")
    return node


# --- field tables: which keys each mapping has ------------------------------


class Field(NamedTuple):
    read: Callable[[Node], object]
    required: bool = True


TOP_FIELDS = {
    "version": Field(read_version),
    "success_code": Field(read_code, required=False),
    "upstream": Field(read_map, required=False),
    "channels": Field(read_map),
    "fields": Field(read_list, required=False),
}
# One FaceID API field that carries return codes (the field map).
API_FIELD_FIELDS = {
    "api": Field(read_api),
    "path": Field(read_field_path),
    "type": Field(read_field_type),
    "channel": Field(read_key),
    "flow": Field(read_text),
    "flow_zh": Field(read_text, required=False),  # for the Chinese docs page
    "verdict": Field(read_api, required=False),
}
UPSTREAM_FIELDS = {
    "file": Field(read_relative_path),
    "sha256": Field(read_sha256),
    "taken": Field(read_date),
}
CHANNEL_FIELDS = {
    "enum": Field(read_enum),
    "title": Field(read_text),
    "title_en": Field(read_text),
    "categories": Field(read_map),
    "families": Field(read_map, required=False),
    "codes": Field(read_list, required=False),
}
CATEGORY_FIELDS = {
    "title": Field(read_text),
    "title_en": Field(read_text),
    "codes": Field(read_list, required=False),
}
FAMILY_FIELDS = {"title": Field(read_text), "title_en": Field(read_text)}
CODE_FIELDS = {
    "code": Field(read_code),
    "name": Field(read_name),
    "category": Field(read_key, required=False),
    "family": Field(read_key, required=False),
    "message": Field(read_text),
    "message_en": Field(read_text),
    "action": Field(read_steps, required=False),
    "action_en": Field(read_steps, required=False),
    "billable": Field(read_bool),
    "removed": Field(read_bool, required=False),
    "same_condition": Field(read_map, required=False),
}
