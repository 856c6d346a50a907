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
from generator.targets import file_clash
from generator.load.yamltree import MAP, SEQ, Node, shown

MAX_SAFE_INTEGER = 2**53 - 1

NAME = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\Z")
KEY = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*\Z")
ENUM = re.compile(r"[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*\Z")  # PascalCase: not an ALL_CAPS constant
VERSION = re.compile(r"(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\Z")
DECIMAL = re.compile(r"-?(0|[1-9][0-9]*)\Z")
SHA256 = re.compile(r"[0-9a-f]{64}\Z")
# A path below the spec's folder: "/"-separated names that do not start with
# a dot, so no "..", no absolute path and no drive can lead elsewhere.
RELATIVE_PATH = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*(?:/[A-Za-z0-9_][A-Za-z0-9_.-]*)*\Z")
DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
TIMESTAMP = "tag:yaml.org,2002:timestamp"
YAML_TRUE_FALSE = {
    "true": True,
    "True": True,
    "TRUE": True,
    "false": False,
    "False": False,
    "FALSE": False,
}

# Names an enum may not take, because a generated file defines or uses the
# same name at module level (an enum of that name would shadow it): the
# templates' own type names, PascalCase Python builtins, and the JavaScript
# and TypeScript globals a `.ts` file can see.  A test collects every such
# name from the rendered artefacts and checks that it is listed here.
RESERVED_ENUM_NAMES = frozenset(
    {
        # the templates' own
        "CodeInfo",
        "FaceIdCode",
        "IntEnum",
        "Any",
        "Self",
        "Sequence",
        "TypeVar",
        "Code",  # type parameters of the TypeScript CodeInfo
        "Name",
        "Info",  # Go
        "Version",
        "SuccessCode",
        "FaceIdCodes",  # Java
        # the Java standard library types the Java enums use (an enum of the
        # same name in their package would shadow them)
        *"""ArrayList Arrays Collections HashMap IllegalArgumentException List Long
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
        raise Bad(node, f"{node.value!r} is not a date in the calendar") from None
    return node.value


def read_enum(node: Node) -> str:
    name = _read_enum_pattern(node)
    if keyword.iskeyword(name) or name in RESERVED_ENUM_NAMES:
        raise Bad(node, f"{name!r} is reserved by the generated code; choose another enum name")
    clash = file_clash(name)
    if clash is not None:
        raise Bad(
            node,
            f"{name!r} would name a file that is {clash} where case is ignored; choose another enum name",
        )
    return name


def _safe_integer(digits: str) -> bool:
    # Compare lengths first: int() of a 5,000-digit text raises.
    return len(digits) < _SAFE_DIGITS or (
        len(digits) == _SAFE_DIGITS and int(digits) <= MAX_SAFE_INTEGER
    )


def read_code(node: Node) -> int:
    text = _expect_scalar(node, yamltree.INT, "an integer")
    if not DECIMAL.match(text):
        raise Bad(node, f"write the code {shown(text)} as a plain decimal integer")
    if not _safe_integer(text.lstrip("-")):
        shown_digits = text if len(text) <= 20 else f"{text[:16]}… ({len(text):,} characters)"
        raise Bad(
            node,
            f"code {shown_digits} is outside JavaScript's safe integers (±{MAX_SAFE_INTEGER})",
        )
    return int(text)


def read_version(node: Node) -> str:
    version = _read_version_pattern(node)
    if not all(_safe_integer(part) for part in version.split(".")):
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
