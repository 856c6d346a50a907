# generated from spec/codes.yaml — do not edit
"""Tencent Cloud FaceID return codes as `IntEnum` classes.

Each member is the `int` FaceID returns and carries the documentation's
Chinese message (`message`, verbatim), an English translation
(`message_en`), whether the call is billed (`billable`), a `category` and
the handling steps (`action` / `action_en`, tuples of str):

    >>> from faceid_codes import SdkCode
    >>> SdkCode(66660004).billable
    True
    >>> SdkCode.lookup("66660004") is SdkCode(66660004)  # as Tencent's SDK hands it over
    True
    >>> SdkCode.lookup(123456) is None  # a code this version does not know
    True
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
    "CodeInfo",
    "FaceIdCode",
]

__version__ = "1.0.0"


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
    table: "tuple[tuple[str, str, bool, str, Sequence[str], Sequence[str]], ...]",
) -> None:
    """Attach what the documentation says to each member; the table is in member order."""
    for member, info in zip(enum, table, strict=True):
        message, message_en, billable, category, action, action_en = info
        member.message = message
        member.message_en = message_en
        member.billable = billable
        member.category = category
        member.action = tuple(action)
        member.action_en = tuple(action_en)


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
    SUSPECTED_NOT_REAL_PERSON = 1002
    VIDEO_REAL_PERSON_CHECK_FAILED = 1003
    FACE_DETECTION_FAILED = 1004
    LIVENESS_CHECK_FAILED = 1005
    ID_PHOTO_DATABASE_ERROR = 1006
    NO_VOICE_DETECTED = 1101
    FACE_NOT_FULLY_VISIBLE = 1102
    VOICE_RECOGNITION_FAILED = 1103
    INVALID_VIDEO_FORMAT = 1104
    VIDEO_FETCH_FAILED = 1105
    VIDEO_VOLUME_TOO_LOW = 1106
    VIDEO_EMPTY_OR_BAD_SIZE = 1107
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
    FULL_FACE_NOT_DETECTED = 1210
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
    IMAGE_RESOLUTION_TOO_LOW = 2009
    FACE_DETECTION_FAILED_2 = 2010
    REAL_PERSON_COMPARISON_FAILED = 2011
    MULTIPLE_FACES = 2012
    FULL_FACE_NOT_DETECTED_2 = 2013
    IMAGE_RESOLUTION_TOO_LOW_2 = 2014
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
        ),
        (  # MISSING_PARAMETER
            "请求不合法，缺少参数",
            "Invalid request, missing parameter",
            False,
            "system",
            (),
            (),
        ),
        (  # INVALID_PARAMETER
            "请求不合法，参数有误",
            "Invalid request, incorrect parameter",
            False,
            "system",
            (),
            (),
        ),
        (  # INVALID_BUSINESS_REQUEST
            "业务请求不合法",
            "Invalid business request",
            False,
            "system",
            (),
            (),
        ),
        (  # SYSTEM_ERROR
            "系统错误",
            "System error",
            False,
            "system",
            (),
            (),
        ),
        (  # DATA_NOT_FOUND
            "未找到数据",
            "Data not found",
            False,
            "system",
            (),
            (),
        ),
        (  # DATA_INSERT_ERROR
            "数据插入异常",
            "Data insertion error",
            False,
            "system",
            (),
            (),
        ),
        (  # DATA_UPDATE_ERROR
            "数据更新异常",
            "Data update error",
            False,
            "system",
            (),
            (),
        ),
        (  # FILE_STORAGE_FAILED
            "文件存储失败，请稍后重试",
            "File storage failed, please try again later",
            False,
            "system",
            (),
            (),
        ),
        (  # INVALID_FILE_FORMAT
            "文件格式错误，请确认后重试",
            "Incorrect file format, please check and try again",
            False,
            "system",
            (),
            (),
        ),
        (  # FILE_SYSTEM_ERROR
            "文件系统错误，请稍后重试",
            "File system error, please try again later",
            False,
            "system",
            (),
            (),
        ),
        (  # FILE_SYSTEM_TIMEOUT
            "文件系统超时，请稍后重试",
            "File system timed out, please try again later",
            False,
            "system",
            (),
            (),
        ),
        (  # CKV_DATA_ERROR
            "CKV 数据有误",
            "Incorrect CKV data",
            False,
            "system",
            (),
            (),
        ),
        (  # CKV_SERVICE_ERROR
            "CKV 服务出错",
            "CKV service error",
            False,
            "system",
            (),
            (),
        ),
        (  # VERIFICATION_ALREADY_COMPLETED
            "本次校验已完成",
            "This verification has already been completed",
            False,
            "system",
            (),
            (),
        ),
        (  # TOKEN_EXPIRED
            "token 过期，请重试",
            "Token expired, please try again",
            False,
            "system",
            (),
            (),
        ),
        (  # WECHAT_IMAGE_FETCH_FAILED
            "从微信拉取图片失败",
            "Failed to fetch the image from WeChat",
            False,
            "wechat",
            (),
            (),
        ),
        (  # WECHAT_VIDEO_FETCH_FAILED
            "视频获取失败",
            "Failed to get the video",
            False,
            "wechat",
            (),
            (),
        ),
        (  # ID_NUMBER_MISMATCH
            "当前认证人身份证号码与上传证件号码不符，请重新上传",
            "The ID card number of the person being verified does not match the uploaded ID document number, please upload again",
            False,
            "wechat",
            (),
            (),
        ),
        (  # ID_DOCUMENT_EXPIRED
            "证件已过期",
            "The ID document has expired",
            False,
            "wechat",
            (),
            (),
        ),
        (  # OCR_FAILED
            "OCR 识别失败",
            "OCR recognition failed",
            False,
            "wechat",
            (),
            (),
        ),
        (  # LIVENESS_ENGINE_ERROR
            "调用活体引擎接口出错",
            "Error calling the liveness engine API",
            False,
            "liveness_common",
            (),
            (),
        ),
        (  # SUSPECTED_NOT_REAL_PERSON
            "疑似非真人录制",
            "Suspected recording not made by a real person",
            False,
            "liveness_common",
            (),
            (),
        ),
        (  # VIDEO_REAL_PERSON_CHECK_FAILED
            "视频实人（真人）检测未通过",
            "Real-person (real human) detection on the video failed",
            False,
            "liveness_common",
            (),
            (),
        ),
        (  # FACE_DETECTION_FAILED
            "人脸检测失败，无法提取比对照",
            "Face detection failed, unable to extract a comparison photo",
            False,
            "liveness_common",
            (),
            (),
        ),
        (  # LIVENESS_CHECK_FAILED
            "活体检测未通过",
            "Liveness detection failed",
            False,
            "liveness_common",
            (),
            (),
        ),
        (  # ID_PHOTO_DATABASE_ERROR
            "证照库出错，请重试",
            "ID photo database error, please try again",
            False,
            "liveness_common",
            (),
            (),
        ),
        (  # NO_VOICE_DETECTED
            "未检测到声音",
            "No voice detected",
            False,
            "liveness_digital",
            (),
            (),
        ),
        (  # FACE_NOT_FULLY_VISIBLE
            "脸部未完整露出",
            "Face not fully visible",
            False,
            "liveness_digital",
            (),
            (),
        ),
        (  # VOICE_RECOGNITION_FAILED
            "声音识别失败",
            "Voice recognition failed",
            False,
            "liveness_digital",
            (),
            (),
        ),
        (  # INVALID_VIDEO_FORMAT
            "视频格式有误",
            "Incorrect video format",
            False,
            "liveness_digital",
            (),
            (),
        ),
        (  # VIDEO_FETCH_FAILED
            "视频拉取失败，请重试",
            "Failed to fetch the video, please try again",
            False,
            "liveness_digital",
            (),
            (),
        ),
        (  # VIDEO_VOLUME_TOO_LOW
            "视频声音太小",
            "Video volume too low",
            False,
            "liveness_digital",
            (),
            (),
        ),
        (  # VIDEO_EMPTY_OR_BAD_SIZE
            "视频为空，或大小不合适，请控制录制时长在6s左右",
            "The video is empty or its size is unsuitable, please keep the recording duration to about 6 s",
            False,
            "liveness_digital",
            (),
            (),
        ),
        (  # VIDEO_RESOLUTION_TOO_LOW
            "视频像素太低",
            "Video resolution too low",
            False,
            "liveness_digital",
            (),
            (),
        ),
        (  # LIP_MOVEMENT_TOO_SMALL
            "嘴唇动作幅度过小",
            "Lip movement too small",
            False,
            "liveness_digital",
            (),
            (),
        ),
        (  # LIGHT_TOO_DIM
            "光线太暗",
            "Light too dim",
            False,
            "liveness_action",
            (),
            (),
        ),
        (  # LIGHT_TOO_STRONG
            "光线太强",
            "Light too strong",
            False,
            "liveness_action",
            (),
            (),
        ),
        (  # FACE_TOO_CLOSE
            "脸离屏幕太近",
            "Face too close to the screen",
            False,
            "liveness_action",
            (),
            (),
        ),
        (  # FACE_TOO_FAR_RIGHT
            "脸离屏幕太右",
            "Face too far right on the screen",
            False,
            "liveness_action",
            (),
            (),
        ),
        (  # FACE_TOO_FAR_AWAY
            "脸离屏幕太远",
            "Face too far from the screen",
            False,
            "liveness_action",
            (),
            (),
        ),
        (  # FACE_TOO_FAR_LEFT
            "脸离屏幕太左",
            "Face too far left on the screen",
            False,
            "liveness_action",
            (),
            (),
        ),
        (  # EYE_CLOSING_NOT_DETECTED
            "未检测到闭眼动作",
            "No eye-closing action detected",
            False,
            "liveness_action",
            (),
            (),
        ),
        (  # FIRST_ACTION_NOT_DETECTED
            "未检测到第一个动作",
            "First action not detected",
            False,
            "liveness_action",
            (),
            (),
        ),
        (  # MOUTH_OPENING_NOT_DETECTED
            "未检测到张嘴动作",
            "No mouth-opening action detected",
            False,
            "liveness_action",
            (),
            (),
        ),
        (  # FULL_FACE_NOT_DETECTED
            "未能检测到完整人脸",
            "Could not detect a complete face",
            False,
            "liveness_action",
            (),
            (),
        ),
        (  # REAL_PERSON_CHECK_FAILED
            "实人检测失败",
            "Real-person detection failed",
            False,
            "liveness_silent",
            (),
            (),
        ),
        (  # REAL_PERSON_CHECK_BELOW_THRESHOLD
            "实人检测未达到通过标准",
            "Real-person detection did not reach the pass threshold",
            False,
            "liveness_silent",
            (),
            (),
        ),
        (  # VIDEO_TOO_SHORT
            "视频录制时间过短，请录制2秒以上的视频",
            "Video recording too short, please record a video of 2 seconds or more",
            False,
            "liveness_silent",
            (),
            (),
        ),
        (  # COMPARISON_ENGINE_ERROR
            "调用比对引擎接口出错",
            "Error calling the comparison engine API",
            False,
            "id_image_comparison",
            (),
            (),
        ),
        (  # INVALID_NAME
            "输入的姓名有误",
            "The name entered is incorrect",
            False,
            "id_image_comparison",
            (),
            (),
        ),
        (  # INVALID_ID_NUMBER
            "输入的身份证号有误",
            "The ID card number entered is incorrect",
            False,
            "id_image_comparison",
            (),
            (),
        ),
        (  # IMAGE_SIZE_OUT_OF_RANGE
            "传入图片过大或过小",
            "The image passed in is too large or too small",
            False,
            "id_image_comparison",
            (),
            (),
        ),
        (  # ID_NUMBER_NOT_FOUND
            "库中无此号，请到户籍所在地进行核实",
            "This number is not in the database, please go to your place of household registration to have it verified",
            False,
            "id_image_comparison",
            (),
            (),
        ),
        (  # ID_NAME_MISMATCH
            "姓名和身份证号不一致，请核实后重试",
            "Name and ID card number do not match, please verify and try again",
            True,
            "id_image_comparison",
            (),
            (),
        ),
        (  # USER_PHOTO_NOT_FOUND
            "库中无此用户照片，请到户籍所在地进行核实",
            "No photo of this user in the database, please go to your place of household registration to have it verified",
            True,
            "id_image_comparison",
            (),
            (),
        ),
        (  # REFERENCE_PHOTO_FETCH_FAILED
            "客户库自建库或认证中心返照失败，请稍后再试",
            "The customer's own database or the authentication center failed to return a photo, please try again later",
            False,
            "id_image_comparison",
            (),
            (),
        ),
        (  # IMAGE_RESOLUTION_TOO_LOW
            "传入图片分辨率太低，请重新上传",
            "The image passed in has too low a resolution, please upload it again",
            True,
            "id_image_comparison",
            (),
            (),
        ),
        (  # FACE_DETECTION_FAILED_2
            "人脸检测失败，无法提取比对照",
            "Face detection failed, unable to extract a comparison photo",
            True,
            "id_image_comparison",
            (),
            (),
        ),
        (  # REAL_PERSON_COMPARISON_FAILED
            "实人比对未通过",
            "Real-person comparison failed",
            True,
            "id_image_comparison",
            (),
            (),
        ),
        (  # MULTIPLE_FACES
            "检测到多张人脸",
            "Multiple faces detected",
            True,
            "id_image_comparison",
            (),
            (),
        ),
        (  # FULL_FACE_NOT_DETECTED_2
            "未能检测到完整人脸",
            "Could not detect a complete face",
            True,
            "id_image_comparison",
            (),
            (),
        ),
        (  # IMAGE_RESOLUTION_TOO_LOW_2
            "传入图片分辨率太低，请重新上传",
            "The image passed in has too low a resolution, please upload it again",
            True,
            "id_image_comparison",
            (),
            (),
        ),
        (  # COMPARISON_FAILED
            "比对失败",
            "Comparison failed",
            True,
            "id_image_comparison",
            (),
            (),
        ),
        (  # SIMILARITY_BELOW_THRESHOLD
            "比对相似度未达到通过标准",
            "Comparison similarity did not reach the pass threshold",
            True,
            "id_image_comparison",
            (),
            (),
        ),
    ),
)


@_enum
class SdkCode(_Members):
    """FaceID return codes of the `sdk` channel."""

    INVALID_SIGNATURE = 400101
    LOGIN_STATE_EXPIRED = 400102
    ACCESS_DENIED = 400103
    ACCESS_DENIED_2 = 400104
    INVALID_VERSION_PARAMETER = 400502
    USER_RATE_LIMITED = 400504
    APP_RATE_LIMITED = 400506
    REQUEST_BODY_TOO_LARGE = 400601
    VIDEO_NOT_RECORDED_LIVE = 400604
    APP_ID_NOT_FOUND = 66660001
    SERVICE_EXPIRED = 66660002
    NOT_SAME_PERSON = 66660004
    NO_AUTHORITATIVE_PHOTO = 66660005
    ID_NAME_MISMATCH = 66660010
    NO_VERIFICATION_RESULT = 66660011
    INVALID_NAME_OR_ID_NUMBER = 66660015
    INVALID_VIDEO_FILE = 66660016
    DAILY_VERIFICATION_LIMIT_EXCEEDED = 66660017
    IDENTITY_INFO_NOT_FOUND = 66660018
    SYSTEM_TIMEOUT = 66660021
    LIP_READING_DIGITS_EXPIRED = 66660022
    ANTI_SPOOFING_FAILED = 66660023
    ANTI_SPOOFING_FAILED_2 = 66660036
    ANTI_SPOOFING_FAILED_3 = -5020
    ANTI_SPOOFING_FAILED_4 = -5025
    ID_NUMBER_NOT_FOUND = 66660024
    LIGHT_LIVENESS_FAILED = 66660025
    INVALID_HD_PHOTO = 66660026
    UNSUPPORTED_SERVICE_TYPE = 66660030
    TOO_MANY_FACES_IN_IMAGE = 66660033
    SELFIE_DECODE_FAILED = 66660035
    SELFIE_DECODE_FAILED_2 = -1102
    MULTIPLE_FACES_IN_PHOTO = 66660037
    FACE_NOT_RECOGNIZED = 66660038
    FACE_NOT_RECOGNIZED_2 = -1101
    FACE_NOT_RECOGNIZED_3 = -4014
    ID_PHOTO_UNUSABLE = 66660039
    ID_PHOTO_UNUSABLE_2 = 66660040
    ID_PHOTO_UNUSABLE_3 = 66660046
    ID_PHOTO_UNUSABLE_4 = -4017
    ID_PHOTO_UNUSABLE_5 = -4018
    FACE_OCCLUDED = 66660041
    PHOTO_BLURRED = 66660042
    SELFIE_PROCESSING_FAILED = 66660045
    LIVENESS_RISK_CONTROL_TRIGGERED = 66665001
    NOT_SAME_PERSON_2 = -4007
    FACE_OCCLUDED_2 = -5012
    ABNORMAL_VIDEO = -5001
    FACE_TOO_CLOSE_OR_FAR = -5005
    VOICE_NOT_RECOGNIZED = -5008
    NO_FACE_IN_VIDEO = -5009
    VOICE_NOT_RECOGNIZED_2 = -5010
    FACE_NOT_RECOGNIZED_IN_VIDEO = -5011
    BLINK_NOT_DETECTED = -5018
    LIVENESS_FAILED = -5026
    ABNORMAL_VIDEO_PARSE_FAILED = -5027
    ABNORMAL_VIDEO_PARSE_FAILED_2 = -5052
    LIVENESS_FAILED_2 = -1404
    ABNORMAL_VIDEO_CHECK_FAILED = -1304
    FEATURE_DISTANCE_FAILED = -4005
    INTERNAL_SDK_ERROR = -5000
    VIDEO_REQUIREMENTS_NOT_MET = -15001
    VIDEO_SYNTHESIZED_FROM_IMAGE = -15002
    LIVENESS_FAILED_3 = -14099
    LIVENESS_FAILED_4 = -7001
    FACE_OCCLUDED_3 = -5103
    PHOTO_BLURRED_2 = -5102
    INVALID_VIDEO_FILE_2 = -5051
    INVALID_VIDEO_FILE_3 = -5050
    LIVENESS_FAILED_5 = -5024
    LIGHT_TOO_STRONG = -5023
    ANTI_SPOOFING_FAILED_5 = -5021
    LIVENESS_FAILED_6 = -5019
    FACE_DETECTION_FAILED = -4003
    LIVENESS_FAILED_7 = -1497
    EYES_CLOSED = -1493
    ANTI_SPOOFING_FAILED_6 = -1492
    ANTI_SPOOFING_FAILED_7 = -1490
    FACE_DETECTION_FAILED_2 = -1406
    INVALID_REQUEST_FIELD = -1301
    SERVER_PROCESSING_FAILED = -1105
    SERVER_PROCESSING_FAILED_2 = -1104


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
        ),
        (  # LOGIN_STATE_EXPIRED
            "不合法的请求",
            "Invalid request",
            False,
            "request",
            [
                "登录态失效",
            ],
            [
                "The login state has expired",
            ],
        ),
        (  # ACCESS_DENIED
            "服务器拒绝访问此接口",
            "The server refused access to this API",
            False,
            "request",
            [
                "需要仔细核对请求获取 Token 或 ticket 参数",
            ],
            [
                "Carefully check the parameters of the request used to obtain the Token or ticket",
            ],
        ),
        (  # ACCESS_DENIED_2
            "服务器拒绝访问此接口",
            "The server refused access to this API",
            False,
            "request",
            [
                "需要仔细核对请求获取 Token 或 ticket 参数",
            ],
            [
                "Carefully check the parameters of the request used to obtain the Token or ticket",
            ],
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
                "Carefully check the parameters of the request used to obtain the Token or ticket",
            ],
        ),
        (  # USER_RATE_LIMITED
            "请求访问频率过高",
            "Access request rate too high",
            False,
            "rate_limit",
            [
                "同一个 AppID 下，同一个 userID 2s内只能请求成功一次 nonceticket",
            ],
            [
                "Under the same AppID, the same userID can successfully request a nonceticket only once within 2 s",
            ],
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
                "Concurrent access rate control for the same AppID",
            ],
        ),
        (  # REQUEST_BODY_TOO_LARGE
            "请求参数体过大",
            "Request parameter body too large",
            False,
            "request",
            [
                "检查上送的报文大小，尤其是包含图片和文件的报文，不能超过接口要求大小",
            ],
            [
                "Check the size of the message sent, especially messages containing images and files; it must not exceed the size the API requires",
            ],
        ),
        (  # VIDEO_NOT_RECORDED_LIVE
            "上送视频非实时录制",
            "The uploaded video was not recorded in real time",
            False,
            "media",
            [
                "需要实时录制视频上传",
            ],
            [
                "The video must be recorded in real time and then uploaded",
            ],
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
        ),
        (  # NOT_SAME_PERSON
            "无法确认为同一人",
            "Cannot confirm that this is the same person",
            True,
            "comparison",
            [
                "人脸比对相似度得分不够",
            ],
            [
                "Face comparison similarity score too low",
            ],
        ),
        (  # NO_AUTHORITATIVE_PHOTO
            "无照片信息，无法比对",
            "No photo information, cannot compare",
            False,
            "identity_data",
            [
                "权威数据源无照片",
            ],
            [
                "The authoritative data source has no photo",
            ],
        ),
        (  # ID_NAME_MISMATCH
            "姓名和身份证不一致，请确认",
            "Name and ID card do not match, please check",
            True,
            "identity_data",
            [
                "姓名和身份证不匹配",
            ],
            [
                "Name and ID card do not match",
            ],
        ),
        (  # NO_VERIFICATION_RESULT
            "无此查询结果",
            "No such query result",
            False,
            "request",
            [
                "当前订单或用户无人脸验证结果",
            ],
            [
                "The current order or user has no face verification result",
            ],
        ),
        (  # INVALID_NAME_OR_ID_NUMBER
            "姓名或身份证不合法",
            "Invalid name or ID card",
            False,
            "identity_data",
            [
                "身份证或姓名非法，后台校验身份证有效性，同时也校验姓名",
            ],
            [
                "ID card or name is invalid; the backend checks the validity of the ID card and also checks the name",
            ],
        ),
        (  # INVALID_VIDEO_FILE
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
        ),
        (  # DAILY_VERIFICATION_LIMIT_EXCEEDED
            "验证次数超限",
            "Verification count limit exceeded",
            False,
            "rate_limit",
            [
                "当日用户验证次数超限",
            ],
            [
                "The user's verification count for the day has exceeded the limit",
            ],
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
                "No user identity information for this ID; the information is for H5 face scanning",
            ],
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
                "System timed out, please try again later",
            ],
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
                "The cached lip-reading code has expired and must be fetched again; this is for the API",
            ],
        ),
        (  # ANTI_SPOOFING_FAILED
            "请确保本人操作且正脸对框",
            "Please make sure you are doing this yourself and face the camera inside the frame",
            False,
            "liveness",
            [
                "防攻击活体检测不通过（包含翻拍、模型等）",
            ],
            [
                "Anti-spoofing liveness detection failed (including recaptured screens or photos, models, etc.)",
            ],
        ),
        (  # ANTI_SPOOFING_FAILED_2
            "请确保本人操作且正脸对框",
            "Please make sure you are doing this yourself and face the camera inside the frame",
            False,
            "liveness",
            [
                "防攻击活体检测不通过（包含翻拍、模型等）",
            ],
            [
                "Anti-spoofing liveness detection failed (including recaptured screens or photos, models, etc.)",
            ],
        ),
        (  # ANTI_SPOOFING_FAILED_3
            "请确保本人操作且正脸对框",
            "Please make sure you are doing this yourself and face the camera inside the frame",
            False,
            "liveness",
            [
                "防攻击活体检测不通过（包含翻拍、模型等）",
            ],
            [
                "Anti-spoofing liveness detection failed (including recaptured screens or photos, models, etc.)",
            ],
        ),
        (  # ANTI_SPOOFING_FAILED_4
            "请确保本人操作且正脸对框",
            "Please make sure you are doing this yourself and face the camera inside the frame",
            False,
            "liveness",
            [
                "防攻击活体检测不通过（包含翻拍、模型等）",
            ],
            [
                "Anti-spoofing liveness detection failed (including recaptured screens or photos, models, etc.)",
            ],
        ),
        (  # ID_NUMBER_NOT_FOUND
            "无此证件号码",
            "No such ID document number",
            False,
            "identity_data",
            [
                "权威数据源返回无此证件号码",
            ],
            [
                "The authoritative data source returned no such ID document number",
            ],
        ),
        (  # LIGHT_LIVENESS_FAILED
            "请确保本人操作且正脸对框",
            "Please make sure you are doing this yourself and face the camera inside the frame",
            False,
            "liveness",
            [
                "光线活体识别不通过，按照如下提示再次尝试：",
                "1. 请确保光线充足",
                "2. 请确保人脸正对框内",
                "3. 请确保脸部无遮挡",
            ],
            [
                "Light-based liveness recognition failed; try again following these tips:",
                "1. Please make sure there is enough light",
                "2. Please make sure you face the camera inside the frame",
                "3. Please make sure your face is not covered",
            ],
        ),
        (  # INVALID_HD_PHOTO
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
        ),
        (  # TOO_MANY_FACES_IN_IMAGE
            "图片中人脸数超限，请确保最多只有两张脸",
            "The number of faces in the image exceeds the limit, please make sure there are at most two faces",
            False,
            "face_capture",
            [
                "图片中人脸数超限",
            ],
            [
                "The number of faces in the image exceeds the limit",
            ],
        ),
        (  # SELFIE_DECODE_FAILED
            "未识别到人脸，请确保正脸对框且清晰完整",
            "No face recognized, please make sure you face the camera inside the frame and your face is clear and complete",
            False,
            "media",
            [
                "自拍照编码问题，无法解析，可以尝试重新拍照或上传可靠自拍照比对",
            ],
            [
                "Selfie encoding problem, it cannot be parsed; you can try taking the photo again or uploading a reliable selfie for comparison",
            ],
        ),
        (  # SELFIE_DECODE_FAILED_2
            "未识别到人脸，请确保正脸对框且清晰完整",
            "No face recognized, please make sure you face the camera inside the frame and your face is clear and complete",
            False,
            "media",
            [
                "自拍照编码问题，无法解析，可以尝试重新拍照或上传可靠自拍照比对",
            ],
            [
                "Selfie encoding problem, it cannot be parsed; you can try taking the photo again or uploading a reliable selfie for comparison",
            ],
        ),
        (  # MULTIPLE_FACES_IN_PHOTO
            "照片出现多张脸",
            "Multiple faces appear in the photo",
            False,
            "face_capture",
            [
                "比对照片采集到多张脸",
            ],
            [
                "Multiple faces captured in the comparison photo",
            ],
        ),
        (  # FACE_NOT_RECOGNIZED
            "未识别到人脸，请确保正脸对框且清晰完整",
            "No face recognized, please make sure you face the camera inside the frame and your face is clear and complete",
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
                "2. Please make sure you face the camera inside the frame",
                "3. Please make sure your face is not covered",
            ],
        ),
        (  # FACE_NOT_RECOGNIZED_2
            "未识别到人脸，请确保正脸对框且清晰完整",
            "No face recognized, please make sure you face the camera inside the frame and your face is clear and complete",
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
                "2. Please make sure you face the camera inside the frame",
                "3. Please make sure your face is not covered",
            ],
        ),
        (  # FACE_NOT_RECOGNIZED_3
            "未识别到人脸，请确保正脸对框且清晰完整",
            "No face recognized, please make sure you face the camera inside the frame and your face is clear and complete",
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
                "2. Please make sure you face the camera inside the frame",
                "3. Please make sure your face is not covered",
            ],
        ),
        (  # ID_PHOTO_UNUSABLE
            "证件照不存在或无法处理",
            "The ID photo does not exist or cannot be processed",
            False,
            "media",
            [
                "提供的比对源照片编码问题，无法解析，如果是合作伙伴自带数据源，请确保数据源照片",
            ],
            [
                "The comparison source photo provided has an encoding problem and cannot be parsed; if it is the partner's own data source, please make sure the data source photo",
            ],
        ),
        (  # ID_PHOTO_UNUSABLE_2
            "证件照不存在或无法处理",
            "The ID photo does not exist or cannot be processed",
            False,
            "media",
            [
                "提供的比对源照片编码问题，无法解析，如果是合作伙伴自带数据源，请确保数据源照片",
            ],
            [
                "The comparison source photo provided has an encoding problem and cannot be parsed; if it is the partner's own data source, please make sure the data source photo",
            ],
        ),
        (  # ID_PHOTO_UNUSABLE_3
            "证件照不存在或无法处理",
            "The ID photo does not exist or cannot be processed",
            False,
            "media",
            [
                "提供的比对源照片编码问题，无法解析，如果是合作伙伴自带数据源，请确保数据源照片",
            ],
            [
                "The comparison source photo provided has an encoding problem and cannot be parsed; if it is the partner's own data source, please make sure the data source photo",
            ],
        ),
        (  # ID_PHOTO_UNUSABLE_4
            "证件照不存在或无法处理",
            "The ID photo does not exist or cannot be processed",
            False,
            "media",
            [
                "提供的比对源照片编码问题，无法解析，如果是合作伙伴自带数据源，请确保数据源照片",
            ],
            [
                "The comparison source photo provided has an encoding problem and cannot be parsed; if it is the partner's own data source, please make sure the data source photo",
            ],
        ),
        (  # ID_PHOTO_UNUSABLE_5
            "证件照不存在或无法处理",
            "The ID photo does not exist or cannot be processed",
            False,
            "media",
            [
                "提供的比对源照片编码问题，无法解析，如果是合作伙伴自带数据源，请确保数据源照片",
            ],
            [
                "The comparison source photo provided has an encoding problem and cannot be parsed; if it is the partner's own data source, please make sure the data source photo",
            ],
        ),
        (  # FACE_OCCLUDED
            "脸部有遮挡，请保持人脸清晰无遮挡",
            "Face is covered, please keep your face clear and uncovered",
            False,
            "face_capture",
            [
                "脸部有遮挡，录制时，确保人脸清晰完整",
            ],
            [
                "Face is covered; when recording, make sure your face is clear and complete",
            ],
        ),
        (  # PHOTO_BLURRED
            "照片模糊，请保持人脸清晰勿晃动",
            "Photo is blurry, please keep your face clear and do not shake",
            False,
            "face_capture",
            [
                "照片模糊，录制时，确保人脸清晰勿晃动",
            ],
            [
                "Photo is blurry; when recording, make sure your face is clear and does not shake",
            ],
        ),
        (  # SELFIE_PROCESSING_FAILED
            "自拍照处理失败",
            "Selfie processing failed",
            False,
            "media",
            [
                "视频解析失败，需重新录制视频",
            ],
            [
                "Video parsing failed; the video must be recorded again",
            ],
        ),
        (  # LIVENESS_RISK_CONTROL_TRIGGERED
            "活体检测不通过",
            "Liveness detection failed",
            False,
            "liveness",
            [
                "活体检测失败，命中风控逻辑",
            ],
            [
                "Liveness detection failed; risk control logic was triggered",
            ],
        ),
        (  # NOT_SAME_PERSON_2
            "无法确认为同一人",
            "Cannot confirm that this is the same person",
            False,
            "comparison",
            [
                "人脸比对相似度得分不够",
            ],
            [
                "Face comparison similarity score too low",
            ],
        ),
        (  # FACE_OCCLUDED_2
            "视频中人脸被遮挡",
            "Face in the video is covered",
            False,
            "face_capture",
            [
                "脸部有遮挡，录制时，确保人脸清晰完整",
            ],
            [
                "Face is covered; when recording, make sure your face is clear and complete",
            ],
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
                "2. Please make sure you face the camera inside the frame",
                "3. Please make sure your face is not covered",
            ],
        ),
        (  # FACE_TOO_CLOSE_OR_FAR
            "离屏幕太近或太远；录制时，确保人脸清晰完整",
            "Too close to or too far from the screen; when recording, make sure your face is clear and complete",
            False,
            "face_capture",
            [
                "离屏幕太近或太远；录制时，确保人脸清晰完整",
            ],
            [
                "Too close to or too far from the screen; when recording, make sure your face is clear and complete",
            ],
        ),
        (  # VOICE_NOT_RECOGNIZED
            "声音未能识别，请大声慢读一遍数字",
            "Voice not recognized, please read the digits aloud slowly once",
            False,
            "liveness",
            [
                "录制时，普通话大声读数字",
            ],
            [
                "When recording, read the digits aloud in Mandarin",
            ],
        ),
        (  # NO_FACE_IN_VIDEO
            "视频中人脸检测不到；录制时，确保人脸清晰完整",
            "No face can be detected in the video; when recording, make sure your face is clear and complete",
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
                "2. Please make sure you face the camera inside the frame",
                "3. Please make sure your face is not covered",
            ],
        ),
        (  # VOICE_NOT_RECOGNIZED_2
            "声音未能识别；请大声慢读一遍数字",
            "Voice not recognized; please read the digits aloud slowly once",
            False,
            "liveness",
            [
                "录制时，普通话大声读数字",
            ],
            [
                "When recording, read the digits aloud in Mandarin",
            ],
        ),
        (  # FACE_NOT_RECOGNIZED_IN_VIDEO
            "未识别到人脸；请保持本人操作且正脸对框",
            "No face recognized; please keep doing this yourself and face the camera inside the frame",
            False,
            "face_capture",
            [
                "视频中未检测到人脸",
            ],
            [
                "No face detected in the video",
            ],
        ),
        (  # BLINK_NOT_DETECTED
            "未识别到眨眼；录制时请保持正脸对框且眨眼",
            "No blink recognized; when recording, please keep facing the camera inside the frame and blink",
            False,
            "liveness",
            [
                "录制视频视频时需配合做眨眼动作",
            ],
            [
                "When recording the video, blink as prompted",
            ],
        ),
        (  # LIVENESS_FAILED
            "请确保本人操作且正脸对框",
            "Please make sure you are doing this yourself and face the camera inside the frame",
            False,
            "liveness",
            [
                "活体识别不通过，按照如下提示再次尝试：",
                "1. 请确保光线充足",
                "2. 请确保人脸正对框内",
                "3. 请确保脸部无遮挡",
            ],
            [
                "Liveness recognition failed; try again following these tips:",
                "1. Please make sure there is enough light",
                "2. Please make sure you face the camera inside the frame",
                "3. Please make sure your face is not covered",
            ],
        ),
        (  # ABNORMAL_VIDEO_PARSE_FAILED
            "请确保本人操作且正脸对框",
            "Please make sure you are doing this yourself and face the camera inside the frame",
            False,
            "media",
            [
                "异常视频解析失败",
            ],
            [
                "Abnormal video parsing failed",
            ],
        ),
        (  # ABNORMAL_VIDEO_PARSE_FAILED_2
            "请确保本人操作且正脸对框",
            "Please make sure you are doing this yourself and face the camera inside the frame",
            False,
            "media",
            [
                "异常视频解析失败",
            ],
            [
                "Abnormal video parsing failed",
            ],
        ),
        (  # LIVENESS_FAILED_2
            "请确保本人操作且正脸对框",
            "Please make sure you are doing this yourself and face the camera inside the frame",
            False,
            "liveness",
            [
                "活体识别不通过，按照如下提示再次尝试：",
                "1. 请确保光线充足",
                "2. 请确保人脸正对框内",
                "3. 请确保脸部无遮挡",
            ],
            [
                "Liveness recognition failed; try again following these tips:",
                "1. Please make sure there is enough light",
                "2. Please make sure you face the camera inside the frame",
                "3. Please make sure your face is not covered",
            ],
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
                "Abnormal video check failed",
            ],
        ),
        (  # FEATURE_DISTANCE_FAILED
            "服务内部错误",
            "Internal service error",
            False,
            "service",
            [
                "计算特征距离失败",
            ],
            [
                "Failed to compute the feature distance",
            ],
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
        ),
        (  # VIDEO_REQUIREMENTS_NOT_MET
            "视频中人脸检测不到；录制时，确保人脸清晰完整",
            "No face can be detected in the video; when recording, make sure your face is clear and complete",
            False,
            "face_capture",
            [
                "视频不符合要求。如：全程无人脸",
            ],
            [
                "The video does not meet the requirements. For example, no face appears at any point",
            ],
        ),
        (  # VIDEO_SYNTHESIZED_FROM_IMAGE
            "请确保本人操作且正脸对框",
            "Please make sure you are doing this yourself and face the camera inside the frame",
            False,
            "liveness",
            [
                "视频由单张图片合成而来",
            ],
            [
                "The video was synthesized from a single image",
            ],
        ),
        (  # LIVENESS_FAILED_3
            "请确保本人操作且正脸对框",
            "Please make sure you are doing this yourself and face the camera inside the frame",
            False,
            "liveness",
            [
                "活体识别不通过，按照如下提示再次尝试：",
                "1. 请确保光线充足",
                "2. 请确保人脸正对框内",
                "3. 请确保脸部无遮挡",
            ],
            [
                "Liveness recognition failed; try again following these tips:",
                "1. Please make sure there is enough light",
                "2. Please make sure you face the camera inside the frame",
                "3. Please make sure your face is not covered",
            ],
        ),
        (  # LIVENESS_FAILED_4
            "请确保本人操作且正脸对框",
            "Please make sure you are doing this yourself and face the camera inside the frame",
            False,
            "liveness",
            [
                "活体识别不通过，按照如下提示再次尝试：",
                "1. 请确保光线充足",
                "2. 请确保人脸正对框内",
                "3. 请确保脸部无遮挡",
            ],
            [
                "Liveness recognition failed; try again following these tips:",
                "1. Please make sure there is enough light",
                "2. Please make sure you face the camera inside the frame",
                "3. Please make sure your face is not covered",
            ],
        ),
        (  # FACE_OCCLUDED_3
            "脸部有遮挡；请保持人脸清晰无遮挡",
            "Face is covered; please keep your face clear and uncovered",
            False,
            "face_capture",
            [
                "脸部有遮挡，录制时，确保人脸清晰完整",
            ],
            [
                "Face is covered; when recording, make sure your face is clear and complete",
            ],
        ),
        (  # PHOTO_BLURRED_2
            "照片模糊，请保持人脸清晰勿晃动",
            "Photo is blurry, please keep your face clear and do not shake",
            False,
            "face_capture",
            [
                "照片模糊，录制时，确保人脸清晰勿晃动",
            ],
            [
                "Photo is blurry; when recording, make sure your face is clear and does not shake",
            ],
        ),
        (  # INVALID_VIDEO_FILE_2
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
        ),
        (  # INVALID_VIDEO_FILE_3
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
        ),
        (  # LIVENESS_FAILED_5
            "请确保本人操作且正脸对框",
            "Please make sure you are doing this yourself and face the camera inside the frame",
            False,
            "liveness",
            [
                "活体识别不通过，按照如下提示再次尝试：",
                "1. 请确保光线充足",
                "2. 请确保人脸正对框内",
                "3. 请确保脸部无遮挡",
            ],
            [
                "Liveness recognition failed; try again following these tips:",
                "1. Please make sure there is enough light",
                "2. Please make sure you face the camera inside the frame",
                "3. Please make sure your face is not covered",
            ],
        ),
        (  # LIGHT_TOO_STRONG
            "光线太强，请到室内识别",
            "Light too strong, please go indoors for the recognition",
            False,
            "face_capture",
            [
                "活体识别不通过，按照如下提示再次尝试：",
                "1. 请确保光线充足",
                "2. 请确保人脸正对框内",
                "3. 请确保脸部无遮挡",
            ],
            [
                "Liveness recognition failed; try again following these tips:",
                "1. Please make sure there is enough light",
                "2. Please make sure you face the camera inside the frame",
                "3. Please make sure your face is not covered",
            ],
        ),
        (  # ANTI_SPOOFING_FAILED_5
            "活体检测不通过",
            "Liveness detection failed",
            False,
            "liveness",
            [
                "防攻击活体检测不通过",
            ],
            [
                "Anti-spoofing liveness detection failed",
            ],
        ),
        (  # LIVENESS_FAILED_6
            "请确保本人操作且正脸对框",
            "Please make sure you are doing this yourself and face the camera inside the frame",
            False,
            "liveness",
            [
                "活体识别不通过，按照如下提示再次尝试：",
                "1. 请确保光线充足",
                "2. 请确保人脸正对框内",
                "3. 请确保脸部无遮挡",
            ],
            [
                "Liveness recognition failed; try again following these tips:",
                "1. Please make sure there is enough light",
                "2. Please make sure you face the camera inside the frame",
                "3. Please make sure your face is not covered",
            ],
        ),
        (  # FACE_DETECTION_FAILED
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
                "2. Please make sure you face the camera inside the frame",
                "3. Please make sure your face is not covered",
            ],
        ),
        (  # LIVENESS_FAILED_7
            "请确保本人操作且正脸对框",
            "Please make sure you are doing this yourself and face the camera inside the frame",
            False,
            "liveness",
            [
                "活体识别不通过，按照如下提示再次尝试：",
                "1. 请确保光线充足",
                "2. 请确保人脸正对框内",
                "3. 请确保脸部无遮挡",
            ],
            [
                "Liveness recognition failed; try again following these tips:",
                "1. Please make sure there is enough light",
                "2. Please make sure you face the camera inside the frame",
                "3. Please make sure your face is not covered",
            ],
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
        ),
        (  # ANTI_SPOOFING_FAILED_6
            "活体检测不通过，请重试",
            "Liveness detection failed, please try again",
            False,
            "liveness",
            [
                "防攻击活体检测不通过",
            ],
            [
                "Anti-spoofing liveness detection failed",
            ],
        ),
        (  # ANTI_SPOOFING_FAILED_7
            "活体检测不通过，请重试",
            "Liveness detection failed, please try again",
            False,
            "liveness",
            [
                "防攻击活体检测不通过",
            ],
            [
                "Anti-spoofing liveness detection failed",
            ],
        ),
        (  # FACE_DETECTION_FAILED_2
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
                "2. Please make sure you face the camera inside the frame",
                "3. Please make sure your face is not covered",
            ],
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
                "Invalid field in the request parameters",
            ],
        ),
        (  # SERVER_PROCESSING_FAILED
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
        ),
        (  # SERVER_PROCESSING_FAILED_2
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
        ),
    ),
)


# Channel key (as in the spec) -> its enum.
CHANNELS: dict[str, type[FaceIdCode]] = {
    "wechat": WechatCode,
    "sdk": SdkCode,
}
