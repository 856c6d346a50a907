# generated from spec/codes.yaml — do not edit
"""What every member of the enums in __init__.py is made of: the classes,
the lazily loaded texts and the enum builder.  Static code: the data (the
members, their texts) lives in the generated __init__.py and _texts.py.
"""

from enum import IntEnum

# Importing typing (or __future__) would cost more than this whole module;
# type checkers treat TYPE_CHECKING as true and read the names anyway, and
# the annotations that name them are strings.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Self, TypeVar

    _T = TypeVar("_T")


class CodeInfo:
    """What the documentation says of a code; the attributes every member carries.

    A plain mixin rather than annotations on the enum itself, which type
    checkers would read as enum members.
    """

    message: str  # the documentation's Chinese message, verbatim
    message_en: str  # its English translation
    billable: bool  # whether a call ending with this code is billed
    category: str  # what the code is about, e.g. "system" or "liveness"
    action: tuple[str, ...]  # handling steps in Chinese, verbatim; may be empty
    action_en: tuple[str, ...]  # the steps in English
    family: str | None  # key shared by the codes of one meaning; None if none

    if not TYPE_CHECKING:

        def __getattr__(self, name):
            # Reached only while a member has no texts yet: the first use of
            # any of them loads every member's (from _texts), so that an import
            # pays for the enums alone; from then on they are plain attributes.
            if name in _TEXT_FIELDS:
                _load_texts()
                if name in vars(self):
                    return vars(self)[name]
            raise AttributeError(
                f"{type(self).__name__!r} object has no attribute {name!r}",
                name=name,
                obj=self,
            )


class FaceIdCode(CodeInfo, IntEnum):
    """A FaceID return code: an `int` that knows what the documentation says of it."""

    _value_: int

    @classmethod
    def lookup(cls, code: int | str) -> "Self | None":
        """The member for `code`, or `None` for a code this version does not know.

        FaceID adds codes over time: use this rather than `cls(code)` on a
        code read from a response, so that a new code cannot raise.  A number
        is the code it equals (66660004.0 is 66660004, as in JSON and
        JavaScript); a bool is none, though `True == 1`.  A string is the
        code it writes as `str(code)` does (an optional minus, ASCII digits,
        no leading zero, no -0), as Tencent's SDKs hand the code over:
        `"66660004"`.  Anything else is no code.  The npm package's lookup
        reads a code by the same rule.
        """
        if isinstance(code, str):
            return cls._value2member_map_.get(_decimal(code))  # type: ignore[return-value]
        if isinstance(code, bool):
            return None
        try:
            return cls._value2member_map_.get(code)  # type: ignore[return-value]
        except TypeError:  # unhashable (a list, a dict): no code either
            return None

    @classmethod
    def read(cls, code: int | str) -> "Self | int":
        """The member for `code`, or the code itself as an `int` when this
        version does not know it: the open reading of a code from outside.

        A string is read as `lookup` reads it; any other string raises
        `ValueError`, since it is no code at all.
        """
        number = _decimal(code) if isinstance(code, str) else _integral(code)
        if number is None:
            raise ValueError(f"{code!r} is not a decimal number")
        member: "Self | None" = cls._value2member_map_.get(number)  # type: ignore[assignment]
        return number if member is None else member

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema: "Any", handler: "Any") -> "Any":
        """Names and English messages in pydantic's JSON schema, and so in FastAPI's OpenAPI.

        Code generators read `x-enum-varnames` for member names, as in this
        package's JSON Schema.  pydantic calls this hook by name: nothing
        here imports it.
        """
        json_schema = handler(core_schema)
        schema = handler.resolve_ref_schema(json_schema)
        schema["x-enum-varnames"] = [member.name for member in cls]
        schema["x-enum-descriptions"] = [member.message_en for member in cls]
        return json_schema

    @classmethod
    def family_members(cls, family: str) -> "tuple[Self, ...]":
        """Every member of `family` (codes of one meaning), in documentation order.

        `code in SdkCode.family_members("liveness_failed")` asks whether a raw
        code is any of them; `member.family == "liveness_failed"` asks it of a
        member.  A family this enum does not have raises `KeyError`, so that a
        typo cannot quietly match nothing.
        """
        # Built on first use, so that importing the module stays as cheap.
        table: "dict[str, tuple[Self, ...]] | None" = cls.__dict__.get("_family_table")
        if table is None:
            table = {}
            for member in cls:
                if member.family is not None:
                    table[member.family] = (*table.get(member.family, ()), member)
            setattr(cls, "_family_table", table)
        if family not in table:
            raise KeyError(f"{cls.__name__} has no family {family!r}")
        return table[family]


def _decimal(text: str) -> int | None:
    """The code a string writes as str(code) would, or None for any other string."""
    digits = text[1:] if text[:1] == "-" else text
    if not (digits.isascii() and digits.isdigit()):
        return None  # no sign but minus, no spaces, underscores or non-ASCII digits
    if len(digits) > 16:
        return None  # more digits than a safe integer has (and int() is quadratic)
    if digits[0] == "0" and text != "0":
        return None  # a leading zero, or -0: no code is written so
    return int(text)


def _integral(code: object) -> int | None:
    """The code a number equals, or None: a bool is no code (though `True == 1`), nor is 1.5."""
    if isinstance(code, bool) or not isinstance(code, (int, float)):
        return None
    if isinstance(code, float) and not code.is_integer():
        return None  # also NaN and the infinities
    return int(code)


# The strings `_decimal` reads, as a JSON Schema pattern.
DECIMAL_PATTERN = "^(?:0|-?[1-9][0-9]{0,15})$"


class OpenCode:
    """A code from outside, read openly: a member of `enum` when this version
    knows it, otherwise the plain `int`, so that a code newer than the package
    is data rather than an error (named after protobuf's open enums).

    Type checkers see each open enum as `Enum | int`.  At run time the class
    only carries pydantic's hooks, so that it works as a pydantic (FastAPI)
    field type; they import pydantic_core when pydantic calls them, and the
    package itself depends on nothing.
    """

    enum: "type[FaceIdCode]"

    @classmethod
    def validate(cls, value: object) -> "FaceIdCode | int":
        """An integer or a plain decimal string as the enum reads it; anything
        else (bool, float, other strings) raises `ValueError`."""
        return OpenCode.of(cls.enum, value)

    @staticmethod
    def of(enum: "type[FaceIdCode]", value: object) -> "FaceIdCode | int":
        if isinstance(value, bool) or not isinstance(value, (int, str)):
            raise ValueError(
                f"a {enum.__name__} is an integer, not {type(value).__name__}"
            )
        return enum.read(value)

    @classmethod
    def __get_pydantic_core_schema__(cls, source: "Any", handler: "Any") -> "Any":
        from pydantic_core import core_schema

        return core_schema.no_info_plain_validator_function(
            cls.validate,
            serialization=core_schema.plain_serializer_function_ser_schema(
                int, when_used="json"
            ),
        )

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema: "Any", handler: "Any") -> "Any":
        """The known codes named (as the closed enum's schema names them), any
        other integer accepted, and on input the decimal string form too."""
        known: "dict[str, object]" = {
            "title": cls.enum.__name__,
            "type": "integer",
            "enum": [member.value for member in cls.enum],
            "x-enum-varnames": [member.name for member in cls.enum],
            "x-enum-descriptions": [member.message_en for member in cls.enum],
        }
        forms: "list[dict[str, object]]" = [
            known,
            {"type": "integer", "description": "a code newer than this package"},
        ]
        if handler.mode == "validation":
            forms.append(
                {
                    "type": "string",
                    "pattern": DECIMAL_PATTERN,
                    "description": "a code as a string",
                }
            )
        return {"title": cls.__name__, "anyOf": forms}


class CodeField:
    """A FaceID API field that carries return codes of one channel (the field map).

    `path` is the field in the response as Tencent's reference names it, `[]`
    marking a list (`Text.LivenessDetail[].Errcode`); `type` is how Tencent's
    SDKs hand it over ("int" or "str": a "str" never equals a member, so read
    it with `lookup`, `read` or `codes`); `flow` says when the field carries
    `channel`'s codes; `verdict` names the field beside it with Tencent's own
    billing verdict on the same attempt (`IsNeedCharge`), or is None.
    """

    __slots__ = ("api", "path", "type", "channel", "flow", "verdict")

    def __init__(
        self,
        api: str,
        path: str,
        type: str,
        channel: str,
        flow: str,
        verdict: "str | None" = None,
    ) -> None:
        self.api, self.path, self.type = api, path, type
        self.channel, self.flow, self.verdict = channel, flow, verdict

    def __repr__(self) -> str:
        return (
            f"CodeField({self.api!r}, {self.path!r}, {self.type!r}, {self.channel!r})"
        )

    @property
    def enum(self) -> "type[FaceIdCode]":
        """The closed enum of the field's channel."""
        from . import CHANNELS

        return CHANNELS[self.channel]

    def values(self, response: object) -> "list[object]":
        """The field's raw values in a response: its JSON as a dict (with or
        without the `Response` wrapper) or the SDK's model; absent or null
        values are left out."""
        found: "list[object]" = [_unwrapped(response)]
        for step in self.path.split("."):
            name = step.removesuffix("[]")
            found = [
                v for parent in found if (v := _attribute(parent, name)) is not None
            ]
            if step.endswith("[]"):
                found = [item for v in found for item in _items(v)]
        return found

    def codes(self, response: object) -> "list[FaceIdCode | int]":
        """The field's codes in a response, read openly (member, or int if unknown).

        A value that is no code (not an integer nor a decimal string) raises
        `ValueError`."""
        return [OpenCode.of(self.enum, value) for value in self.values(response)]


# Any, not object: what a response holds is known only once it is read.  The
# tests ask issubclass(type(...)) rather than isinstance, which type checkers
# would take to make the value a dict of unknown types.
def _unwrapped(response: "Any") -> object:
    if issubclass(type(response), dict) and "Response" in response:
        return response["Response"]
    return response


def _attribute(parent: "Any", name: str) -> object:
    if issubclass(type(parent), dict):
        return parent.get(name)
    return getattr(parent, name, None)


def _items(value: "Any") -> "list[object]":
    return list(value) if issubclass(type(value), list) else []


if TYPE_CHECKING:
    # Type checkers see each class below as what it becomes: a FaceIdCode
    # whose members are ints, as typeshed declares HTTPStatus.
    Members = FaceIdCode

    def make_enum(cls: type[_T]) -> type[_T]: ...

else:
    # At run time the class body is plain and `make_enum` makes the enum from it
    # the way the standard library builds HTTPStatus: `enum._simple_enum`
    # skips the checks a hand-written enum needs, and halves the import.
    Members = object
    try:
        from enum import _simple_enum

        make_enum = _simple_enum(FaceIdCode)
    # A private helper: should a Python version drop it, build the usual way.
    except ImportError:

        def make_enum(cls):
            members = {k: v for k, v in vars(cls).items() if not k.startswith("_")}
            enum = FaceIdCode(cls.__name__, members, module=cls.__module__)
            enum.__doc__ = cls.__doc__
            return enum


_TEXT_FIELDS = frozenset(
    ("message", "message_en", "billable", "category", "action", "action_en", "family")
)


def _load_texts() -> None:
    """Give every member of every channel its texts, from the _texts module."""
    from . import CHANNELS, _texts

    for key, enum in CHANNELS.items():
        for member, info in zip(enum, _texts.TABLES[key], strict=True):
            message, message_en, billable, category, action, action_en, family = info
            member.message = message
            member.message_en = message_en
            member.billable = billable
            member.category = category
            member.action = tuple(action)
            member.action_en = tuple(action_en)
            member.family = family
