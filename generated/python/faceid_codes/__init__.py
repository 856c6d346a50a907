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
    from collections.abc import Sequence
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

__version__ = "2.0.0"

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


def _describe(
    enum: "type[FaceIdCode]",
    table: "tuple[tuple[str, str, bool, str, Sequence[str], Sequence[str], str | None], ...]",
) -> None:
    """Attach what the documentation says to each member; the table is in member order."""
    for member, info in zip(enum, table, strict=True):
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


_describe(
    WechatCode,
    (
        (  # SUCCESS
            "成功",
            "Success",
            True,
            "system",
            (),
            (),
            None,
        ),
        (  # MISSING_PARAMETER
            "请求不合法，缺少参数",
            "Invalid request: a parameter is missing",
            False,
            "system",
            (),
            (),
            None,
        ),
        (  # INVALID_PARAMETER
            "请求不合法，参数有误",
            "Invalid request: a parameter is incorrect",
            False,
            "system",
            (),
            (),
            None,
        ),
        (  # INVALID_BUSINESS_REQUEST
            "业务请求不合法",
            "Invalid business request",
            False,
            "system",
            (),
            (),
            None,
        ),
        (  # SYSTEM_ERROR
            "系统错误",
            "System error",
            False,
            "system",
            (),
            (),
            None,
        ),
        (  # DATA_NOT_FOUND
            "未找到数据",
            "Data not found",
            False,
            "system",
            (),
            (),
            None,
        ),
        (  # DATA_INSERT_ERROR
            "数据插入异常",
            "Data insertion error",
            False,
            "system",
            (),
            (),
            None,
        ),
        (  # DATA_UPDATE_ERROR
            "数据更新异常",
            "Data update error",
            False,
            "system",
            (),
            (),
            None,
        ),
        (  # FILE_STORAGE_FAILED
            "文件存储失败，请稍后重试",
            "File storage failed, please try again later",
            False,
            "system",
            (),
            (),
            None,
        ),
        (  # INVALID_FILE_FORMAT
            "文件格式错误，请确认后重试",
            "Incorrect file format, please check it and try again",
            False,
            "system",
            (),
            (),
            None,
        ),
        (  # FILE_SYSTEM_ERROR
            "文件系统错误，请稍后重试",
            "File system error, please try again later",
            False,
            "system",
            (),
            (),
            None,
        ),
        (  # FILE_SYSTEM_TIMEOUT
            "文件系统超时，请稍后重试",
            "File system timed out, please try again later",
            False,
            "system",
            (),
            (),
            None,
        ),
        (  # CKV_DATA_ERROR
            "CKV 数据有误",
            "Incorrect CKV data",
            False,
            "system",
            (),
            (),
            None,
        ),
        (  # CKV_SERVICE_ERROR
            "CKV 服务出错",
            "CKV service error",
            False,
            "system",
            (),
            (),
            None,
        ),
        (  # VERIFICATION_ALREADY_COMPLETED
            "本次校验已完成",
            "This verification has already been completed",
            False,
            "system",
            (),
            (),
            None,
        ),
        (  # TOKEN_EXPIRED
            "token 过期，请重试",
            "Token expired, please try again",
            False,
            "system",
            (),
            (),
            None,
        ),
        (  # WECHAT_IMAGE_FETCH_FAILED
            "从微信拉取图片失败",
            "Failed to fetch the image from WeChat",
            False,
            "wechat",
            (),
            (),
            None,
        ),
        (  # WECHAT_VIDEO_FETCH_FAILED
            "视频获取失败",
            "Failed to get the video",
            False,
            "wechat",
            (),
            (),
            None,
        ),
        (  # ID_NUMBER_MISMATCH
            "当前认证人身份证号码与上传证件号码不符，请重新上传",
            "The ID card number of the person being verified does not match the number on the uploaded ID document, please upload again",
            False,
            "wechat",
            (),
            (),
            None,
        ),
        (  # ID_DOCUMENT_EXPIRED
            "证件已过期",
            "The ID document has expired",
            False,
            "wechat",
            (),
            (),
            None,
        ),
        (  # OCR_FAILED
            "OCR 识别失败",
            "OCR failed",
            False,
            "wechat",
            (),
            (),
            None,
        ),
        (  # LIVENESS_ENGINE_ERROR
            "调用活体引擎接口出错",
            "Error calling the liveness engine API",
            False,
            "liveness_common",
            (),
            (),
            None,
        ),
        (  # SUSPECTED_SPOOFED_RECORDING
            "疑似非真人录制",
            "Suspected spoofed recording",
            False,
            "liveness_common",
            (),
            (),
            None,
        ),
        (  # VIDEO_REAL_PERSON_CHECK_FAILED
            "视频实人（真人）检测未通过",
            "The real-person (live human) check on the video failed",
            False,
            "liveness_common",
            (),
            (),
            None,
        ),
        (  # LIVENESS_FACE_DETECTION_FAILED
            "人脸检测失败，无法提取比对照",
            "Face detection failed, unable to extract a photo for comparison",
            False,
            "liveness_common",
            (),
            (),
            None,
        ),
        (  # LIVENESS_CHECK_FAILED
            "活体检测未通过",
            "Liveness check failed",
            False,
            "liveness_common",
            (),
            (),
            None,
        ),
        (  # ID_PHOTO_DATABASE_ERROR
            "证照库出错，请重试",
            "ID photo database error, please try again",
            False,
            "liveness_common",
            (),
            (),
            None,
        ),
        (  # NO_VOICE_DETECTED
            "未检测到声音",
            "No voice detected",
            False,
            "liveness_digital",
            (),
            (),
            None,
        ),
        (  # FACE_NOT_FULLY_VISIBLE
            "脸部未完整露出",
            "Face not fully visible",
            False,
            "liveness_digital",
            (),
            (),
            None,
        ),
        (  # SPEECH_RECOGNITION_FAILED
            "声音识别失败",
            "Speech recognition failed",
            False,
            "liveness_digital",
            (),
            (),
            None,
        ),
        (  # INVALID_VIDEO_FORMAT
            "视频格式有误",
            "Incorrect video format",
            False,
            "liveness_digital",
            (),
            (),
            None,
        ),
        (  # VIDEO_FETCH_FAILED
            "视频拉取失败，请重试",
            "Failed to fetch the video, please try again",
            False,
            "liveness_digital",
            (),
            (),
            None,
        ),
        (  # VIDEO_VOLUME_TOO_LOW
            "视频声音太小",
            "Video volume too low",
            False,
            "liveness_digital",
            (),
            (),
            None,
        ),
        (  # VIDEO_EMPTY_OR_WRONG_SIZE
            "视频为空，或大小不合适，请控制录制时长在6s左右",
            "The video is empty or its size is unsuitable, please keep the recording to about 6 seconds",
            False,
            "liveness_digital",
            (),
            (),
            None,
        ),
        (  # VIDEO_RESOLUTION_TOO_LOW
            "视频像素太低",
            "Video resolution too low",
            False,
            "liveness_digital",
            (),
            (),
            None,
        ),
        (  # LIP_MOVEMENT_TOO_SMALL
            "嘴唇动作幅度过小",
            "Lip movement too small",
            False,
            "liveness_digital",
            (),
            (),
            None,
        ),
        (  # LIGHT_TOO_DIM
            "光线太暗",
            "Light too dim",
            False,
            "liveness_action",
            (),
            (),
            None,
        ),
        (  # LIGHT_TOO_STRONG
            "光线太强",
            "Light too strong",
            False,
            "liveness_action",
            (),
            (),
            None,
        ),
        (  # FACE_TOO_CLOSE
            "脸离屏幕太近",
            "Face too close to the screen",
            False,
            "liveness_action",
            (),
            (),
            None,
        ),
        (  # FACE_TOO_FAR_RIGHT
            "脸离屏幕太右",
            "Face too far to the right of the screen",
            False,
            "liveness_action",
            (),
            (),
            None,
        ),
        (  # FACE_TOO_FAR_AWAY
            "脸离屏幕太远",
            "Face too far from the screen",
            False,
            "liveness_action",
            (),
            (),
            None,
        ),
        (  # FACE_TOO_FAR_LEFT
            "脸离屏幕太左",
            "Face too far to the left of the screen",
            False,
            "liveness_action",
            (),
            (),
            None,
        ),
        (  # EYE_CLOSING_NOT_DETECTED
            "未检测到闭眼动作",
            "Eye-closing action not detected",
            False,
            "liveness_action",
            (),
            (),
            None,
        ),
        (  # FIRST_ACTION_NOT_DETECTED
            "未检测到第一个动作",
            "First action not detected",
            False,
            "liveness_action",
            (),
            (),
            None,
        ),
        (  # MOUTH_OPENING_NOT_DETECTED
            "未检测到张嘴动作",
            "Mouth-opening action not detected",
            False,
            "liveness_action",
            (),
            (),
            None,
        ),
        (  # LIVENESS_FULL_FACE_NOT_DETECTED
            "未能检测到完整人脸",
            "Could not detect the whole face",
            False,
            "liveness_action",
            (),
            (),
            None,
        ),
        (  # REAL_PERSON_CHECK_FAILED
            "实人检测失败",
            "Real-person check failed",
            False,
            "liveness_silent",
            (),
            (),
            None,
        ),
        (  # REAL_PERSON_CHECK_BELOW_THRESHOLD
            "实人检测未达到通过标准",
            "The real-person check did not reach the pass threshold",
            False,
            "liveness_silent",
            (),
            (),
            None,
        ),
        (  # VIDEO_TOO_SHORT
            "视频录制时间过短，请录制2秒以上的视频",
            "Video recording too short, please record a video of 2 seconds or more",
            False,
            "liveness_silent",
            (),
            (),
            None,
        ),
        (  # COMPARISON_ENGINE_ERROR
            "调用比对引擎接口出错",
            "Error calling the comparison engine API",
            False,
            "id_image_comparison",
            (),
            (),
            None,
        ),
        (  # INVALID_NAME
            "输入的姓名有误",
            "The name entered is incorrect",
            False,
            "id_image_comparison",
            (),
            (),
            None,
        ),
        (  # INVALID_ID_NUMBER
            "输入的身份证号有误",
            "The ID card number entered is incorrect",
            False,
            "id_image_comparison",
            (),
            (),
            None,
        ),
        (  # IMAGE_SIZE_OUT_OF_RANGE
            "传入图片过大或过小",
            "The image sent is too large or too small",
            False,
            "id_image_comparison",
            (),
            (),
            None,
        ),
        (  # ID_NUMBER_NOT_FOUND
            "库中无此号，请到户籍所在地进行核实",
            "This ID number is not in the database, please go to your place of household registration (hukou) to have it checked",
            False,
            "id_image_comparison",
            (),
            (),
            None,
        ),
        (  # ID_NAME_MISMATCH
            "姓名和身份证号不一致，请核实后重试",
            "Name and ID card number do not match, please check them and try again",
            True,
            "id_image_comparison",
            (),
            (),
            None,
        ),
        (  # USER_PHOTO_NOT_FOUND
            "库中无此用户照片，请到户籍所在地进行核实",
            "The database has no photo of this user, please go to your place of household registration (hukou) to have it checked",
            True,
            "id_image_comparison",
            (),
            (),
            None,
        ),
        (  # REFERENCE_PHOTO_FETCH_FAILED
            "客户库自建库或认证中心返照失败，请稍后再试",
            "The customer's own database or the authentication center failed to return a photo, please try again later",
            False,
            "id_image_comparison",
            (),
            (),
            None,
        ),
        (  # IMAGE_RESOLUTION_TOO_LOW_2009
            "传入图片分辨率太低，请重新上传",
            "The image sent has too low a resolution, please upload it again",
            True,
            "id_image_comparison",
            (),
            (),
            "image_resolution_too_low",
        ),
        (  # COMPARISON_FACE_DETECTION_FAILED
            "人脸检测失败，无法提取比对照",
            "Face detection failed, unable to extract a photo for comparison",
            True,
            "id_image_comparison",
            (),
            (),
            None,
        ),
        (  # REAL_PERSON_COMPARISON_FAILED
            "实人比对未通过",
            "Real-person comparison failed",
            True,
            "id_image_comparison",
            (),
            (),
            None,
        ),
        (  # MULTIPLE_FACES_DETECTED
            "检测到多张人脸",
            "Multiple faces detected",
            True,
            "id_image_comparison",
            (),
            (),
            None,
        ),
        (  # COMPARISON_FULL_FACE_NOT_DETECTED
            "未能检测到完整人脸",
            "Could not detect the whole face",
            True,
            "id_image_comparison",
            (),
            (),
            None,
        ),
        (  # IMAGE_RESOLUTION_TOO_LOW_2014
            "传入图片分辨率太低，请重新上传",
            "The image sent has too low a resolution, please upload it again",
            True,
            "id_image_comparison",
            (),
            (),
            "image_resolution_too_low",
        ),
        (  # COMPARISON_FAILED
            "比对失败",
            "Comparison failed",
            True,
            "id_image_comparison",
            (),
            (),
            None,
        ),
        (  # SIMILARITY_BELOW_THRESHOLD
            "比对相似度未达到通过标准",
            "The comparison similarity did not reach the pass threshold",
            True,
            "id_image_comparison",
            (),
            (),
            None,
        ),
    ),
)


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


_describe(
    SdkCode,
    (
        (  # INVALID_SIGNATURE
            "不合法的请求",
            "Invalid request",
            False,
            "request",
            [
                "签名校验不通过",
            ],
            [
                "Signature verification failed",
            ],
            None,
        ),
        (  # LOGIN_SESSION_EXPIRED
            "不合法的请求",
            "Invalid request",
            False,
            "request",
            [
                "登录态失效",
            ],
            [
                "The login session has expired",
            ],
            None,
        ),
        (  # ACCESS_DENIED_400103
            "服务器拒绝访问此接口",
            "The server refused access to this API",
            False,
            "request",
            [
                "需要仔细核对请求获取 Token 或 ticket 参数",
            ],
            [
                "Carefully check the parameters of the request that obtains the Token or ticket",
            ],
            "access_denied",
        ),
        (  # ACCESS_DENIED_400104
            "服务器拒绝访问此接口",
            "The server refused access to this API",
            False,
            "request",
            [
                "需要仔细核对请求获取 Token 或 ticket 参数",
            ],
            [
                "Carefully check the parameters of the request that obtains the Token or ticket",
            ],
            "access_denied",
        ),
        (  # INVALID_VERSION_PARAMETER
            "请求上送版本参数错误",
            "The version parameter sent in the request is incorrect",
            False,
            "request",
            [
                "需要仔细核对请求获取 Token 或 ticket 参数",
            ],
            [
                "Carefully check the parameters of the request that obtains the Token or ticket",
            ],
            None,
        ),
        (  # USER_RATE_LIMITED
            "请求访问频率过高",
            "Request rate too high",
            False,
            "rate_limit",
            [
                "同一个 AppID 下，同一个 userID 2s内只能请求成功一次 nonceticket",
            ],
            [
                "Under one AppID, one userID can successfully request a nonceticket only once within 2 seconds",
            ],
            None,
        ),
        (  # APP_RATE_LIMITED
            "请求频率过高，请稍后再试",
            "Request rate too high, please try again later",
            False,
            "rate_limit",
            [
                "针对同一个 AppID 的并发访问频率控制",
            ],
            [
                "Rate control of concurrent requests for one AppID",
            ],
            None,
        ),
        (  # REQUEST_BODY_TOO_LARGE
            "请求参数体过大",
            "Request body too large",
            False,
            "request",
            [
                "检查上送的报文大小，尤其是包含图片和文件的报文，不能超过接口要求大小",
            ],
            [
                "Check the size of the payload sent, especially a payload with images or files: it must not exceed the size the API allows",
            ],
            None,
        ),
        (  # VIDEO_NOT_RECORDED_LIVE
            "上送视频非实时录制",
            "The uploaded video was not recorded in real time",
            False,
            "liveness",
            [
                "需要实时录制视频上传",
            ],
            [
                "Record the video in real time and upload it",
            ],
            None,
        ),
        (  # APP_ID_NOT_FOUND
            "不合法请求",
            "Invalid request",
            False,
            "request",
            [
                "AppID 不存在",
            ],
            [
                "The AppID does not exist",
            ],
            None,
        ),
        (  # SERVICE_EXPIRED
            "服务已过有效期",
            "The service has expired",
            False,
            "request",
            [
                "服务已经过了有效期，请 [联系我们](https://cloud.tencent.com/about/connect)",
            ],
            [
                "The service is past its validity period, please [contact us](https://cloud.tencent.com/about/connect)",
            ],
            None,
        ),
        (  # FACE_SIMILARITY_TOO_LOW_BILLED
            "无法确认为同一人",
            "Cannot confirm that this is the same person",
            True,
            "identity",
            [
                "人脸比对相似度得分不够",
            ],
            [
                "The face comparison similarity score is too low",
            ],
            None,
        ),
        (  # NO_AUTHORITATIVE_PHOTO
            "无照片信息，无法比对",
            "No photo information, cannot compare",
            False,
            "identity",
            [
                "权威数据源无照片",
            ],
            [
                "The authoritative data source has no photo",
            ],
            None,
        ),
        (  # ID_NAME_MISMATCH
            "姓名和身份证不一致，请确认",
            "Name and ID card do not match, please check",
            True,
            "identity",
            [
                "姓名和身份证不匹配",
            ],
            [
                "Name and ID card do not match",
            ],
            None,
        ),
        (  # NO_VERIFICATION_RESULT
            "无此查询结果",
            "No result for this query",
            False,
            "request",
            [
                "当前订单或用户无人脸验证结果",
            ],
            [
                "The current order or user has no face verification result",
            ],
            None,
        ),
        (  # INVALID_NAME_OR_ID_NUMBER
            "姓名或身份证不合法",
            "Invalid name or ID card",
            False,
            "identity",
            [
                "身份证或姓名非法，后台校验身份证有效性，同时也校验姓名",
            ],
            [
                "The ID card or name is invalid: the back end checks that the ID card is valid, and checks the name too",
            ],
            None,
        ),
        (  # INVALID_VIDEO_FORMAT_OR_SIZE_66660016
            "视频格式或大小不合法",
            "Invalid video format or size",
            False,
            "media",
            [
                "文件或视频不合法",
            ],
            [
                "Invalid file or video",
            ],
            "invalid_video_format_or_size",
        ),
        (  # DAILY_VERIFICATION_LIMIT_EXCEEDED
            "验证次数超限",
            "Verification limit exceeded",
            False,
            "rate_limit",
            [
                "当日用户验证次数超限",
            ],
            [
                "The user has exceeded the number of verifications allowed for the day",
            ],
            None,
        ),
        (  # IDENTITY_INFO_NOT_FOUND
            "操作超时，请退出重试",
            "Operation timed out, please exit and try again",
            False,
            "request",
            [
                "无此 ID 的用户身份信息，针对 H5 刷脸的信息",
            ],
            [
                "There is no user identity information for this ID (applies to H5 face verification)",
            ],
            None,
        ),
        (  # SYSTEM_TIMEOUT
            "网络不给力，请稍后重试",
            "Poor network connection, please try again later",
            False,
            "service",
            [
                "系统超时，请您稍后再试",
            ],
            [
                "The system timed out, please try again later",
            ],
            None,
        ),
        (  # LIP_READING_DIGITS_EXPIRED
            "动态数字失效，请重新验证",
            "The dynamic digits have expired, please verify again",
            False,
            "liveness",
            [
                "在缓存的唇语失效，需要重新拉取，用于 API 接口",
            ],
            [
                "The cached lip-reading digits have expired and must be fetched again (applies to API integration)",
            ],
            None,
        ),
        (  # ANTI_SPOOFING_FAILED_66660023
            "请确保本人操作且正脸对框",
            "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
            False,
            "liveness",
            [
                "防攻击活体检测不通过（包含翻拍、模型等）",
            ],
            [
                "Anti-spoofing liveness check failed (including recaptured photos, models, etc.)",
            ],
            "anti_spoofing_failed",
        ),
        (  # ANTI_SPOOFING_FAILED_66660036
            "请确保本人操作且正脸对框",
            "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
            False,
            "liveness",
            [
                "防攻击活体检测不通过（包含翻拍、模型等）",
            ],
            [
                "Anti-spoofing liveness check failed (including recaptured photos, models, etc.)",
            ],
            "anti_spoofing_failed",
        ),
        (  # ANTI_SPOOFING_FAILED_MINUS_5020
            "请确保本人操作且正脸对框",
            "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
            False,
            "liveness",
            [
                "防攻击活体检测不通过（包含翻拍、模型等）",
            ],
            [
                "Anti-spoofing liveness check failed (including recaptured photos, models, etc.)",
            ],
            "anti_spoofing_failed",
        ),
        (  # ANTI_SPOOFING_FAILED_MINUS_5025
            "请确保本人操作且正脸对框",
            "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
            False,
            "liveness",
            [
                "防攻击活体检测不通过（包含翻拍、模型等）",
            ],
            [
                "Anti-spoofing liveness check failed (including recaptured photos, models, etc.)",
            ],
            "anti_spoofing_failed",
        ),
        (  # ID_NUMBER_NOT_FOUND
            "无此证件号码",
            "No such ID document number",
            False,
            "identity",
            [
                "权威数据源返回无此证件号码",
            ],
            [
                "The authoritative data source returned no such ID document number",
            ],
            None,
        ),
        (  # REFLECTION_LIVENESS_FAILED
            "请确保本人操作且正脸对框",
            "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
            False,
            "liveness",
            [
                "光线活体识别不通过，按照如下提示再次尝试：",
                "1. 请确保光线充足",
                "2. 请确保人脸正对框内",
                "3. 请确保脸部无遮挡",
            ],
            [
                "Reflection-based liveness check failed; try again following these tips:",
                "1. Please make sure there is enough light",
                "2. Please make sure your face is straight on, inside the frame",
                "3. Please make sure your face is not covered",
            ],
            None,
        ),
        (  # INVALID_HD_PHOTO_SIZE_OR_FORMAT
            "高清照大小或格式不符合",
            "HD photo size or format does not meet the requirements",
            False,
            "media",
            [
                "高清照大小或格式不符合",
            ],
            [
                "HD photo size or format does not meet the requirements",
            ],
            None,
        ),
        (  # UNSUPPORTED_SERVICE_TYPE
            "不支持此类型服务",
            "This type of service is not supported",
            False,
            "request",
            [
                "不支持此类型服务",
            ],
            [
                "This type of service is not supported",
            ],
            None,
        ),
        (  # TOO_MANY_FACES_IN_IMAGE
            "图片中人脸数超限，请确保最多只有两张脸",
            "Too many faces in the image, please make sure there are at most two",
            False,
            "face_capture",
            [
                "图片中人脸数超限",
            ],
            [
                "Too many faces in the image",
            ],
            None,
        ),
        (  # SELFIE_DECODE_FAILED_66660035
            "未识别到人脸，请确保正脸对框且清晰完整",
            "No face detected, please make sure your face is straight on, inside the frame, clear and fully visible",
            False,
            "media",
            [
                "自拍照编码问题，无法解析，可以尝试重新拍照或上传可靠自拍照比对",
            ],
            [
                "The selfie has an encoding problem and cannot be decoded; try taking the photo again, or upload a reliable selfie for comparison",
            ],
            "selfie_decode_failed",
        ),
        (  # SELFIE_DECODE_FAILED_MINUS_1102
            "未识别到人脸，请确保正脸对框且清晰完整",
            "No face detected, please make sure your face is straight on, inside the frame, clear and fully visible",
            False,
            "media",
            [
                "自拍照编码问题，无法解析，可以尝试重新拍照或上传可靠自拍照比对",
            ],
            [
                "The selfie has an encoding problem and cannot be decoded; try taking the photo again, or upload a reliable selfie for comparison",
            ],
            "selfie_decode_failed",
        ),
        (  # MULTIPLE_FACES_IN_COMPARISON_PHOTO
            "照片出现多张脸",
            "Multiple faces in the photo",
            False,
            "face_capture",
            [
                "比对照片采集到多张脸",
            ],
            [
                "Multiple faces were captured in the comparison photo",
            ],
            None,
        ),
        (  # FACE_NOT_DETECTED_66660038
            "未识别到人脸，请确保正脸对框且清晰完整",
            "No face detected, please make sure your face is straight on, inside the frame, clear and fully visible",
            False,
            "face_capture",
            [
                "按照如下提示再次尝试：",
                "1. 请确保光线充足",
                "2. 请确保人脸正对框内",
                "3. 请确保脸部无遮挡",
            ],
            [
                "Try again following these tips:",
                "1. Please make sure there is enough light",
                "2. Please make sure your face is straight on, inside the frame",
                "3. Please make sure your face is not covered",
            ],
            "face_not_detected",
        ),
        (  # FACE_NOT_DETECTED_MINUS_1101
            "未识别到人脸，请确保正脸对框且清晰完整",
            "No face detected, please make sure your face is straight on, inside the frame, clear and fully visible",
            False,
            "face_capture",
            [
                "按照如下提示再次尝试：",
                "1. 请确保光线充足",
                "2. 请确保人脸正对框内",
                "3. 请确保脸部无遮挡",
            ],
            [
                "Try again following these tips:",
                "1. Please make sure there is enough light",
                "2. Please make sure your face is straight on, inside the frame",
                "3. Please make sure your face is not covered",
            ],
            "face_not_detected",
        ),
        (  # FACE_NOT_DETECTED_MINUS_4014
            "未识别到人脸，请确保正脸对框且清晰完整",
            "No face detected, please make sure your face is straight on, inside the frame, clear and fully visible",
            False,
            "face_capture",
            [
                "按照如下提示再次尝试：",
                "1. 请确保光线充足",
                "2. 请确保人脸正对框内",
                "3. 请确保脸部无遮挡",
            ],
            [
                "Try again following these tips:",
                "1. Please make sure there is enough light",
                "2. Please make sure your face is straight on, inside the frame",
                "3. Please make sure your face is not covered",
            ],
            "face_not_detected",
        ),
        (  # ID_PHOTO_UNUSABLE_66660039
            "证件照不存在或无法处理",
            "The ID photo does not exist or cannot be processed",
            False,
            "identity",
            [
                "提供的比对源照片编码问题，无法解析，如果是合作伙伴自带数据源，请确保数据源照片",
            ],
            [
                "The comparison source photo provided has an encoding problem and cannot be decoded; if it is the partner's own data source, please make sure the data source photo",
            ],
            "id_photo_unusable",
        ),
        (  # ID_PHOTO_UNUSABLE_66660040
            "证件照不存在或无法处理",
            "The ID photo does not exist or cannot be processed",
            False,
            "identity",
            [
                "提供的比对源照片编码问题，无法解析，如果是合作伙伴自带数据源，请确保数据源照片",
            ],
            [
                "The comparison source photo provided has an encoding problem and cannot be decoded; if it is the partner's own data source, please make sure the data source photo",
            ],
            "id_photo_unusable",
        ),
        (  # ID_PHOTO_UNUSABLE_66660046
            "证件照不存在或无法处理",
            "The ID photo does not exist or cannot be processed",
            False,
            "identity",
            [
                "提供的比对源照片编码问题，无法解析，如果是合作伙伴自带数据源，请确保数据源照片",
            ],
            [
                "The comparison source photo provided has an encoding problem and cannot be decoded; if it is the partner's own data source, please make sure the data source photo",
            ],
            "id_photo_unusable",
        ),
        (  # ID_PHOTO_UNUSABLE_MINUS_4017
            "证件照不存在或无法处理",
            "The ID photo does not exist or cannot be processed",
            False,
            "identity",
            [
                "提供的比对源照片编码问题，无法解析，如果是合作伙伴自带数据源，请确保数据源照片",
            ],
            [
                "The comparison source photo provided has an encoding problem and cannot be decoded; if it is the partner's own data source, please make sure the data source photo",
            ],
            "id_photo_unusable",
        ),
        (  # ID_PHOTO_UNUSABLE_MINUS_4018
            "证件照不存在或无法处理",
            "The ID photo does not exist or cannot be processed",
            False,
            "identity",
            [
                "提供的比对源照片编码问题，无法解析，如果是合作伙伴自带数据源，请确保数据源照片",
            ],
            [
                "The comparison source photo provided has an encoding problem and cannot be decoded; if it is the partner's own data source, please make sure the data source photo",
            ],
            "id_photo_unusable",
        ),
        (  # FACE_COVERED_66660041
            "脸部有遮挡，请保持人脸清晰无遮挡",
            "Face covered, please keep your face clear and uncovered",
            False,
            "face_capture",
            [
                "脸部有遮挡，录制时，确保人脸清晰完整",
            ],
            [
                "Face covered; when recording, make sure your face is clear and fully visible",
            ],
            "face_covered",
        ),
        (  # PHOTO_BLURRY_66660042
            "照片模糊，请保持人脸清晰勿晃动",
            "Blurry photo, please keep your face clear and steady",
            False,
            "face_capture",
            [
                "照片模糊，录制时，确保人脸清晰勿晃动",
            ],
            [
                "Blurry photo; when recording, make sure your face is clear and steady",
            ],
            "photo_blurry",
        ),
        (  # VIDEO_PARSE_FAILED
            "自拍照处理失败",
            "Selfie processing failed",
            False,
            "media",
            [
                "视频解析失败，需重新录制视频",
            ],
            [
                "Parsing the video failed; record the video again",
            ],
            None,
        ),
        (  # LIVENESS_RISK_CONTROL_TRIGGERED
            "活体检测不通过",
            "Liveness check failed",
            False,
            "liveness",
            [
                "活体检测失败，命中风控逻辑",
            ],
            [
                "Liveness check failed: risk-control rules were triggered",
            ],
            None,
        ),
        (  # FACE_SIMILARITY_TOO_LOW_UNBILLED
            "无法确认为同一人",
            "Cannot confirm that this is the same person",
            False,
            "identity",
            [
                "人脸比对相似度得分不够",
            ],
            [
                "The face comparison similarity score is too low",
            ],
            None,
        ),
        (  # FACE_COVERED_IN_VIDEO
            "视频中人脸被遮挡",
            "Face covered in the video",
            False,
            "face_capture",
            [
                "脸部有遮挡，录制时，确保人脸清晰完整",
            ],
            [
                "Face covered; when recording, make sure your face is clear and fully visible",
            ],
            None,
        ),
        (  # ABNORMAL_VIDEO
            "视频异常，请重新录制",
            "Abnormal video, please record again",
            False,
            "media",
            [
                "按照如下提示再次尝试：",
                "1. 请确保光线充足",
                "2. 请确保人脸正对框内",
                "3. 请确保脸部无遮挡",
            ],
            [
                "Try again following these tips:",
                "1. Please make sure there is enough light",
                "2. Please make sure your face is straight on, inside the frame",
                "3. Please make sure your face is not covered",
            ],
            None,
        ),
        (  # FACE_TOO_CLOSE_OR_FAR
            "离屏幕太近或太远；录制时，确保人脸清晰完整",
            "Too close to or too far from the screen; when recording, make sure your face is clear and fully visible",
            False,
            "face_capture",
            [
                "离屏幕太近或太远；录制时，确保人脸清晰完整",
            ],
            [
                "Too close to or too far from the screen; when recording, make sure your face is clear and fully visible",
            ],
            None,
        ),
        (  # SPEECH_NOT_RECOGNIZED_MINUS_5008
            "声音未能识别，请大声慢读一遍数字",
            "Speech not recognized, please read the digits once, aloud and slowly",
            False,
            "liveness",
            [
                "录制时，普通话大声读数字",
            ],
            [
                "When recording, read the digits aloud in Mandarin",
            ],
            "speech_not_recognized",
        ),
        (  # NO_FACE_IN_VIDEO
            "视频中人脸检测不到；录制时，确保人脸清晰完整",
            "No face can be detected in the video; when recording, make sure your face is clear and fully visible",
            False,
            "face_capture",
            [
                "按照如下提示再次尝试：",
                "1. 请确保光线充足",
                "2. 请确保人脸正对框内",
                "3. 请确保脸部无遮挡",
            ],
            [
                "Try again following these tips:",
                "1. Please make sure there is enough light",
                "2. Please make sure your face is straight on, inside the frame",
                "3. Please make sure your face is not covered",
            ],
            None,
        ),
        (  # SPEECH_NOT_RECOGNIZED_MINUS_5010
            "声音未能识别；请大声慢读一遍数字",
            "Speech not recognized; please read the digits once, aloud and slowly",
            False,
            "liveness",
            [
                "录制时，普通话大声读数字",
            ],
            [
                "When recording, read the digits aloud in Mandarin",
            ],
            "speech_not_recognized",
        ),
        (  # FACE_NOT_DETECTED_IN_VIDEO
            "未识别到人脸；请保持本人操作且正脸对框",
            "No face detected; please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
            False,
            "face_capture",
            [
                "视频中未检测到人脸",
            ],
            [
                "No face detected in the video",
            ],
            None,
        ),
        (  # BLINK_NOT_DETECTED
            "未识别到眨眼；录制时请保持正脸对框且眨眼",
            "No blink detected; when recording, please keep your face straight on, inside the frame, and blink",
            False,
            "liveness",
            [
                "录制视频视频时需配合做眨眼动作",
            ],
            [
                "When recording the video, blink when asked",
            ],
            None,
        ),
        (  # LIVENESS_FAILED_MINUS_5026
            "请确保本人操作且正脸对框",
            "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
            False,
            "liveness",
            [
                "活体识别不通过，按照如下提示再次尝试：",
                "1. 请确保光线充足",
                "2. 请确保人脸正对框内",
                "3. 请确保脸部无遮挡",
            ],
            [
                "Liveness check failed; try again following these tips:",
                "1. Please make sure there is enough light",
                "2. Please make sure your face is straight on, inside the frame",
                "3. Please make sure your face is not covered",
            ],
            "liveness_failed",
        ),
        (  # ABNORMAL_VIDEO_PARSE_FAILED_MINUS_5027
            "请确保本人操作且正脸对框",
            "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
            False,
            "media",
            [
                "异常视频解析失败",
            ],
            [
                "Parsing failed for an abnormal video",
            ],
            "abnormal_video_parse_failed",
        ),
        (  # ABNORMAL_VIDEO_PARSE_FAILED_MINUS_5052
            "请确保本人操作且正脸对框",
            "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
            False,
            "media",
            [
                "异常视频解析失败",
            ],
            [
                "Parsing failed for an abnormal video",
            ],
            "abnormal_video_parse_failed",
        ),
        (  # LIVENESS_FAILED_MINUS_1404
            "请确保本人操作且正脸对框",
            "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
            False,
            "liveness",
            [
                "活体识别不通过，按照如下提示再次尝试：",
                "1. 请确保光线充足",
                "2. 请确保人脸正对框内",
                "3. 请确保脸部无遮挡",
            ],
            [
                "Liveness check failed; try again following these tips:",
                "1. Please make sure there is enough light",
                "2. Please make sure your face is straight on, inside the frame",
                "3. Please make sure your face is not covered",
            ],
            "liveness_failed",
        ),
        (  # ABNORMAL_VIDEO_CHECK_FAILED
            "视频异常，请重新录制",
            "Abnormal video, please record again",
            False,
            "media",
            [
                "检查异常视频失败",
            ],
            [
                "The abnormal-video check failed",
            ],
            None,
        ),
        (  # FEATURE_DISTANCE_CALCULATION_FAILED
            "服务内部错误",
            "Internal service error",
            False,
            "service",
            [
                "计算特征距离失败",
            ],
            [
                "Failed to calculate the feature distance",
            ],
            None,
        ),
        (  # INTERNAL_SDK_ERROR
            "服务内部错误",
            "Internal service error",
            False,
            "service",
            [
                "服务内部 SDK 没有正常工作",
            ],
            [
                "The service's internal SDK is not working properly",
            ],
            None,
        ),
        (  # VIDEO_REQUIREMENTS_NOT_MET
            "视频中人脸检测不到；录制时，确保人脸清晰完整",
            "No face can be detected in the video; when recording, make sure your face is clear and fully visible",
            False,
            "face_capture",
            [
                "视频不符合要求。如：全程无人脸",
            ],
            [
                "The video does not meet the requirements, for example: no face at any point",
            ],
            None,
        ),
        (  # VIDEO_SYNTHESIZED_FROM_IMAGE
            "请确保本人操作且正脸对框",
            "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
            False,
            "liveness",
            [
                "视频由单张图片合成而来",
            ],
            [
                "The video was synthesized from a single image",
            ],
            None,
        ),
        (  # LIVENESS_FAILED_MINUS_14099
            "请确保本人操作且正脸对框",
            "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
            False,
            "liveness",
            [
                "活体识别不通过，按照如下提示再次尝试：",
                "1. 请确保光线充足",
                "2. 请确保人脸正对框内",
                "3. 请确保脸部无遮挡",
            ],
            [
                "Liveness check failed; try again following these tips:",
                "1. Please make sure there is enough light",
                "2. Please make sure your face is straight on, inside the frame",
                "3. Please make sure your face is not covered",
            ],
            "liveness_failed",
        ),
        (  # LIVENESS_FAILED_MINUS_7001
            "请确保本人操作且正脸对框",
            "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
            False,
            "liveness",
            [
                "活体识别不通过，按照如下提示再次尝试：",
                "1. 请确保光线充足",
                "2. 请确保人脸正对框内",
                "3. 请确保脸部无遮挡",
            ],
            [
                "Liveness check failed; try again following these tips:",
                "1. Please make sure there is enough light",
                "2. Please make sure your face is straight on, inside the frame",
                "3. Please make sure your face is not covered",
            ],
            "liveness_failed",
        ),
        (  # FACE_COVERED_MINUS_5103
            "脸部有遮挡；请保持人脸清晰无遮挡",
            "Face covered; please keep your face clear and uncovered",
            False,
            "face_capture",
            [
                "脸部有遮挡，录制时，确保人脸清晰完整",
            ],
            [
                "Face covered; when recording, make sure your face is clear and fully visible",
            ],
            "face_covered",
        ),
        (  # PHOTO_BLURRY_MINUS_5102
            "照片模糊，请保持人脸清晰勿晃动",
            "Blurry photo, please keep your face clear and steady",
            False,
            "face_capture",
            [
                "照片模糊，录制时，确保人脸清晰勿晃动",
            ],
            [
                "Blurry photo; when recording, make sure your face is clear and steady",
            ],
            "photo_blurry",
        ),
        (  # INVALID_VIDEO_FORMAT_OR_SIZE_MINUS_5051
            "视频格式或大小不合法",
            "Invalid video format or size",
            False,
            "media",
            [
                "文件或视频不合法",
            ],
            [
                "Invalid file or video",
            ],
            "invalid_video_format_or_size",
        ),
        (  # INVALID_VIDEO_FORMAT_OR_SIZE_MINUS_5050
            "视频格式或大小不合法",
            "Invalid video format or size",
            False,
            "media",
            [
                "文件或视频不合法",
            ],
            [
                "Invalid file or video",
            ],
            "invalid_video_format_or_size",
        ),
        (  # LIVENESS_FAILED_MINUS_5024
            "请确保本人操作且正脸对框",
            "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
            False,
            "liveness",
            [
                "活体识别不通过，按照如下提示再次尝试：",
                "1. 请确保光线充足",
                "2. 请确保人脸正对框内",
                "3. 请确保脸部无遮挡",
            ],
            [
                "Liveness check failed; try again following these tips:",
                "1. Please make sure there is enough light",
                "2. Please make sure your face is straight on, inside the frame",
                "3. Please make sure your face is not covered",
            ],
            "liveness_failed",
        ),
        (  # LIGHT_TOO_STRONG
            "光线太强，请到室内识别",
            "Light too strong, please go indoors to verify",
            False,
            "face_capture",
            [
                "活体识别不通过，按照如下提示再次尝试：",
                "1. 请确保光线充足",
                "2. 请确保人脸正对框内",
                "3. 请确保脸部无遮挡",
            ],
            [
                "Liveness check failed; try again following these tips:",
                "1. Please make sure there is enough light",
                "2. Please make sure your face is straight on, inside the frame",
                "3. Please make sure your face is not covered",
            ],
            None,
        ),
        (  # ANTI_SPOOFING_FAILED_MINUS_5021
            "活体检测不通过",
            "Liveness check failed",
            False,
            "liveness",
            [
                "防攻击活体检测不通过",
            ],
            [
                "Anti-spoofing liveness check failed",
            ],
            "anti_spoofing_failed",
        ),
        (  # LIVENESS_FAILED_MINUS_5019
            "请确保本人操作且正脸对框",
            "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
            False,
            "liveness",
            [
                "活体识别不通过，按照如下提示再次尝试：",
                "1. 请确保光线充足",
                "2. 请确保人脸正对框内",
                "3. 请确保脸部无遮挡",
            ],
            [
                "Liveness check failed; try again following these tips:",
                "1. Please make sure there is enough light",
                "2. Please make sure your face is straight on, inside the frame",
                "3. Please make sure your face is not covered",
            ],
            "liveness_failed",
        ),
        (  # FACE_DETECTION_FAILED_MINUS_4003
            "人脸检测失败",
            "Face detection failed",
            False,
            "face_capture",
            [
                "按照如下提示再次尝试：",
                "1. 请确保光线充足",
                "2. 请确保人脸正对框内",
                "3. 请确保脸部无遮挡",
            ],
            [
                "Try again following these tips:",
                "1. Please make sure there is enough light",
                "2. Please make sure your face is straight on, inside the frame",
                "3. Please make sure your face is not covered",
            ],
            "face_detection_failed",
        ),
        (  # LIVENESS_FAILED_MINUS_1497
            "请确保本人操作且正脸对框",
            "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
            False,
            "liveness",
            [
                "活体识别不通过，按照如下提示再次尝试：",
                "1. 请确保光线充足",
                "2. 请确保人脸正对框内",
                "3. 请确保脸部无遮挡",
            ],
            [
                "Liveness check failed; try again following these tips:",
                "1. Please make sure there is enough light",
                "2. Please make sure your face is straight on, inside the frame",
                "3. Please make sure your face is not covered",
            ],
            "liveness_failed",
        ),
        (  # EYES_CLOSED
            "录制过程中请勿闭眼",
            "Do not close your eyes while recording",
            False,
            "liveness",
            [
                "录制过程中请勿闭眼",
            ],
            [
                "Do not close your eyes while recording",
            ],
            None,
        ),
        (  # ANTI_SPOOFING_FAILED_MINUS_1492
            "活体检测不通过，请重试",
            "Liveness check failed, please try again",
            False,
            "liveness",
            [
                "防攻击活体检测不通过",
            ],
            [
                "Anti-spoofing liveness check failed",
            ],
            "anti_spoofing_failed",
        ),
        (  # ANTI_SPOOFING_FAILED_MINUS_1490
            "活体检测不通过，请重试",
            "Liveness check failed, please try again",
            False,
            "liveness",
            [
                "防攻击活体检测不通过",
            ],
            [
                "Anti-spoofing liveness check failed",
            ],
            "anti_spoofing_failed",
        ),
        (  # FACE_DETECTION_FAILED_MINUS_1406
            "人脸检测失败",
            "Face detection failed",
            False,
            "face_capture",
            [
                "按照如下提示再次尝试：",
                "1. 请确保光线充足",
                "2. 请确保人脸正对框内",
                "3. 请确保脸部无遮挡",
            ],
            [
                "Try again following these tips:",
                "1. Please make sure there is enough light",
                "2. Please make sure your face is straight on, inside the frame",
                "3. Please make sure your face is not covered",
            ],
            "face_detection_failed",
        ),
        (  # INVALID_REQUEST_FIELD
            "网络不给力，请稍后重试",
            "Poor network connection, please try again later",
            False,
            "request",
            [
                "请求参数字段非法",
            ],
            [
                "A field in the request parameters is invalid",
            ],
            None,
        ),
        (  # SERVER_PROCESSING_FAILED_MINUS_1105
            "服务器处理失败，请稍后重试",
            "Server processing failed, please try again later",
            False,
            "service",
            [
                "服务器处理失败",
            ],
            [
                "Server processing failed",
            ],
            "server_processing_failed",
        ),
        (  # SERVER_PROCESSING_FAILED_MINUS_1104
            "服务器处理失败，请稍后重试",
            "Server processing failed, please try again later",
            False,
            "service",
            [
                "服务器处理失败",
            ],
            [
                "Server processing failed",
            ],
            "server_processing_failed",
        ),
    ),
)


# Channel key (as in the spec) -> its enum.
CHANNELS: dict[str, type[FaceIdCode]] = {
    "wechat": WechatCode,
    "sdk": SdkCode,
}
