# generated from spec/codes.yaml — do not edit
"""Tencent Cloud FaceID return codes as `IntEnum` classes.

Each member is the `int` FaceID returns and carries the documentation's
Chinese message (`message`, verbatim), an English translation
(`message_en`), whether the call is billed (`billable`), a `category`,
the handling steps (`action` / `action_en`, tuples of str) and its
`family`: the key shared by codes the documentation gives one meaning
(`None` for a code with no such siblings):

    >>> from faceid_codes import SdkCode
    >>> SdkCode(66660004).billable
    True
    >>> SdkCode.lookup("66660004") is SdkCode(66660004)  # as Tencent's SDK hands it over
    True
    >>> SdkCode.lookup(123456) is None  # a code this version does not know
    True

`SUCCESS_CODE` is what FaceID returns when a verification succeeds, on every
channel; a channel whose table does not list it has no member for it, so
compare with it before looking a code up.
"""

from enum import IntEnum

# Importing typing (or __future__) would cost more than this whole module;
# type checkers treat TYPE_CHECKING as true and read the names anyway, and
# the annotations that name them are strings.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Self, TypeVar

    _T = TypeVar("_T")

__all__ = [
    "WechatCode",
    "SdkCode",
    "CHANNELS",
    "SUCCESS_CODE",
    "CodeInfo",
    "FaceIdCode",
]

__version__ = "3.0.0"

# What FaceID returns when a verification succeeds, on every channel.
SUCCESS_CODE: int = 0


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
        code read from a response, so that a new code cannot raise.  A string
        is read as a decimal number (ASCII digits after an optional minus,
        nothing else), as Tencent's SDKs hand the code over: `"66660004"`.
        """
        if isinstance(code, str):
            return cls._value2member_map_.get(_decimal(code))  # type: ignore[return-value]
        return cls._value2member_map_.get(code)  # type: ignore[return-value]

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
    """The number a string spells in plain decimal, or None for any other string."""
    digits = text[1:] if text[:1] == "-" else text
    if not (digits.isascii() and digits.isdigit()):
        return None  # no sign but minus, no spaces, underscores or non-ASCII digits
    if len(digits) > 20:
        return None  # longer than any code (and than int() reads without a limit)
    return int(text)


if TYPE_CHECKING:
    # Type checkers see each class below as what it becomes: a FaceIdCode
    # whose members are ints, as typeshed declares HTTPStatus.
    _Members = FaceIdCode

    def _enum(cls: type[_T]) -> type[_T]: ...

else:
    # At run time the class body is plain and `_enum` makes the enum from it
    # the way the standard library builds HTTPStatus: `enum._simple_enum`
    # skips the checks a hand-written enum needs, and halves the import.
    _Members = object
    try:
        from enum import _simple_enum

        _enum = _simple_enum(FaceIdCode)
    # A private helper: should a Python version drop it, build the usual way.
    except ImportError:

        def _enum(cls):
            members = {k: v for k, v in vars(cls).items() if not k.startswith("_")}
            enum = FaceIdCode(cls.__name__, members, module=cls.__module__)
            enum.__doc__ = cls.__doc__
            return enum


_TEXT_FIELDS = frozenset(
    ("message", "message_en", "billable", "category", "action", "action_en", "family")
)


def _load_texts() -> None:
    """Give every member of every channel its texts, from the _texts module."""
    from . import _texts

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


@_enum
class WechatCode(_Members):
    """FaceID return codes of the `wechat` channel."""

    SUCCESS = 0
    MISSING_PARAMETER = 1
    INVALID_PARAMETER = 2
    INVALID_BUSINESS_REQUEST = 3
    SYSTEM_ERROR = 4
    DATA_NOT_FOUND = 5
    DATA_INSERT_ERROR = 6
    DATA_UPDATE_ERROR = 7
    FILE_STORAGE_FAILED = 8
    INVALID_FILE_FORMAT = 9
    FILE_SYSTEM_ERROR = 10
    FILE_SYSTEM_TIMEOUT = 11
    CKV_DATA_ERROR = 12
    CKV_SERVICE_ERROR = 13
    VERIFICATION_ALREADY_COMPLETED = 14
    TOKEN_EXPIRED = 15
    WECHAT_IMAGE_FETCH_FAILED = 201
    WECHAT_VIDEO_FETCH_FAILED = 202
    ID_NUMBER_MISMATCH = 301
    ID_DOCUMENT_EXPIRED = 302
    OCR_FAILED = 303
    LIVENESS_ENGINE_ERROR = 1001
    SUSPECTED_SPOOFED_RECORDING = 1002
    VIDEO_REAL_PERSON_CHECK_FAILED = 1003
    LIVENESS_FACE_DETECTION_FAILED = 1004
    LIVENESS_CHECK_FAILED = 1005
    ID_PHOTO_DATABASE_ERROR = 1006
    NO_VOICE_DETECTED = 1101
    FACE_NOT_FULLY_VISIBLE = 1102
    SPEECH_RECOGNITION_FAILED = 1103
    INVALID_VIDEO_FORMAT = 1104
    VIDEO_FETCH_FAILED = 1105
    VIDEO_VOLUME_TOO_LOW = 1106
    VIDEO_EMPTY_OR_WRONG_SIZE = 1107
    VIDEO_RESOLUTION_TOO_LOW = 1108
    LIP_MOVEMENT_TOO_SMALL = 1109
    LIGHT_TOO_DIM = 1201
    LIGHT_TOO_STRONG = 1202
    FACE_TOO_CLOSE = 1203
    FACE_TOO_FAR_RIGHT = 1204
    FACE_TOO_FAR_AWAY = 1205
    FACE_TOO_FAR_LEFT = 1206
    EYE_CLOSING_NOT_DETECTED = 1207
    FIRST_ACTION_NOT_DETECTED = 1208
    MOUTH_OPENING_NOT_DETECTED = 1209
    LIVENESS_FULL_FACE_NOT_DETECTED = 1210
    REAL_PERSON_CHECK_FAILED = 1301
    REAL_PERSON_CHECK_BELOW_THRESHOLD = 1302
    VIDEO_TOO_SHORT = 1303
    COMPARISON_ENGINE_ERROR = 2001
    INVALID_NAME = 2002
    INVALID_ID_NUMBER = 2003
    IMAGE_SIZE_OUT_OF_RANGE = 2004
    ID_NUMBER_NOT_FOUND = 2005
    ID_NAME_MISMATCH = 2006
    USER_PHOTO_NOT_FOUND = 2007
    REFERENCE_PHOTO_FETCH_FAILED = 2008
    IMAGE_RESOLUTION_TOO_LOW_2009 = 2009
    COMPARISON_FACE_DETECTION_FAILED = 2010
    REAL_PERSON_COMPARISON_FAILED = 2011
    MULTIPLE_FACES_DETECTED = 2012
    COMPARISON_FULL_FACE_NOT_DETECTED = 2013
    IMAGE_RESOLUTION_TOO_LOW_2014 = 2014
    COMPARISON_FAILED = 2015
    SIMILARITY_BELOW_THRESHOLD = 2016


@_enum
class SdkCode(_Members):
    """FaceID return codes of the `sdk` channel."""

    INVALID_SIGNATURE = 400101
    LOGIN_SESSION_EXPIRED = 400102
    ACCESS_DENIED_400103 = 400103
    ACCESS_DENIED_400104 = 400104
    INVALID_VERSION_PARAMETER = 400502
    USER_RATE_LIMITED = 400504
    APP_RATE_LIMITED = 400506
    REQUEST_BODY_TOO_LARGE = 400601
    VIDEO_NOT_RECORDED_LIVE = 400604
    APP_ID_NOT_FOUND = 66660001
    SERVICE_EXPIRED = 66660002
    FACE_SIMILARITY_TOO_LOW_BILLED = 66660004
    NO_AUTHORITATIVE_PHOTO = 66660005
    ID_NAME_MISMATCH = 66660010
    NO_VERIFICATION_RESULT = 66660011
    INVALID_NAME_OR_ID_NUMBER = 66660015
    INVALID_VIDEO_FORMAT_OR_SIZE_66660016 = 66660016
    DAILY_VERIFICATION_LIMIT_EXCEEDED = 66660017
    IDENTITY_INFO_NOT_FOUND = 66660018
    SYSTEM_TIMEOUT = 66660021
    LIP_READING_DIGITS_EXPIRED = 66660022
    ANTI_SPOOFING_FAILED_66660023 = 66660023
    ANTI_SPOOFING_FAILED_66660036 = 66660036
    ANTI_SPOOFING_FAILED_MINUS_5020 = -5020
    ANTI_SPOOFING_FAILED_MINUS_5025 = -5025
    ID_NUMBER_NOT_FOUND = 66660024
    REFLECTION_LIVENESS_FAILED = 66660025
    INVALID_HD_PHOTO_SIZE_OR_FORMAT = 66660026
    UNSUPPORTED_SERVICE_TYPE = 66660030
    TOO_MANY_FACES_IN_IMAGE = 66660033
    SELFIE_DECODE_FAILED_66660035 = 66660035
    SELFIE_DECODE_FAILED_MINUS_1102 = -1102
    MULTIPLE_FACES_IN_COMPARISON_PHOTO = 66660037
    FACE_NOT_DETECTED_66660038 = 66660038
    FACE_NOT_DETECTED_MINUS_1101 = -1101
    FACE_NOT_DETECTED_MINUS_4014 = -4014
    ID_PHOTO_UNUSABLE_66660039 = 66660039
    ID_PHOTO_UNUSABLE_66660040 = 66660040
    ID_PHOTO_UNUSABLE_66660046 = 66660046
    ID_PHOTO_UNUSABLE_MINUS_4017 = -4017
    ID_PHOTO_UNUSABLE_MINUS_4018 = -4018
    FACE_COVERED_66660041 = 66660041
    PHOTO_BLURRY_66660042 = 66660042
    VIDEO_PARSE_FAILED = 66660045
    LIVENESS_RISK_CONTROL_TRIGGERED = 66665001
    FACE_SIMILARITY_TOO_LOW_UNBILLED = -4007
    FACE_COVERED_IN_VIDEO = -5012
    ABNORMAL_VIDEO = -5001
    FACE_TOO_CLOSE_OR_FAR = -5005
    SPEECH_NOT_RECOGNIZED_MINUS_5008 = -5008
    NO_FACE_IN_VIDEO = -5009
    SPEECH_NOT_RECOGNIZED_MINUS_5010 = -5010
    FACE_NOT_DETECTED_IN_VIDEO = -5011
    BLINK_NOT_DETECTED = -5018
    LIVENESS_FAILED_MINUS_5026 = -5026
    ABNORMAL_VIDEO_PARSE_FAILED_MINUS_5027 = -5027
    ABNORMAL_VIDEO_PARSE_FAILED_MINUS_5052 = -5052
    LIVENESS_FAILED_MINUS_1404 = -1404
    ABNORMAL_VIDEO_CHECK_FAILED = -1304
    FEATURE_DISTANCE_CALCULATION_FAILED = -4005
    INTERNAL_SDK_ERROR = -5000
    VIDEO_REQUIREMENTS_NOT_MET = -15001
    VIDEO_SYNTHESIZED_FROM_IMAGE = -15002
    LIVENESS_FAILED_MINUS_14099 = -14099
    LIVENESS_FAILED_MINUS_7001 = -7001
    FACE_COVERED_MINUS_5103 = -5103
    PHOTO_BLURRY_MINUS_5102 = -5102
    INVALID_VIDEO_FORMAT_OR_SIZE_MINUS_5051 = -5051
    INVALID_VIDEO_FORMAT_OR_SIZE_MINUS_5050 = -5050
    LIVENESS_FAILED_MINUS_5024 = -5024
    LIGHT_TOO_STRONG = -5023
    ANTI_SPOOFING_FAILED_MINUS_5021 = -5021
    LIVENESS_FAILED_MINUS_5019 = -5019
    FACE_DETECTION_FAILED_MINUS_4003 = -4003
    LIVENESS_FAILED_MINUS_1497 = -1497
    EYES_CLOSED = -1493
    ANTI_SPOOFING_FAILED_MINUS_1492 = -1492
    ANTI_SPOOFING_FAILED_MINUS_1490 = -1490
    FACE_DETECTION_FAILED_MINUS_1406 = -1406
    INVALID_REQUEST_FIELD = -1301
    SERVER_PROCESSING_FAILED_MINUS_1105 = -1105
    SERVER_PROCESSING_FAILED_MINUS_1104 = -1104


# Channel key (as in the spec) -> its enum.
CHANNELS: dict[str, type[FaceIdCode]] = {
    "wechat": WechatCode,
    "sdk": SdkCode,
}
