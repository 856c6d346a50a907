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

from ._codes import CodeField, CodeInfo, FaceIdCode, Members, OpenCode, make_enum

# Type checkers treat TYPE_CHECKING as true (importing typing would cost more
# than this module): they see each open enum as its alias below.
TYPE_CHECKING = False

__all__ = [
    "WechatCode",
    "SdkCode",
    "CHANNELS",
    "FIELDS",
    "SUCCESS_CODE",
    "CodeField",
    "CodeInfo",
    "FaceIdCode",
    "OpenWechatCode",
    "OpenSdkCode",
]

__version__ = "3.0.0"

# What FaceID returns when a verification succeeds, on every channel.
SUCCESS_CODE: int = 0


@make_enum
class WechatCode(Members):
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


@make_enum
class SdkCode(Members):
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


# Open enums, for codes that come from outside (a response, a request): a
# known code reads as its member, any other integer stays an int.
if TYPE_CHECKING:
    OpenWechatCode = WechatCode | int
    OpenSdkCode = SdkCode | int
else:

    class OpenWechatCode(OpenCode):
        """A `wechat` code from outside: WechatCode if known, else int."""

        enum = WechatCode

    class OpenSdkCode(OpenCode):
        """A `sdk` code from outside: SdkCode if known, else int."""

        enum = SdkCode


# Channel key (as in the spec) -> its enum.
CHANNELS: dict[str, type[FaceIdCode]] = {
    "wechat": WechatCode,
    "sdk": SdkCode,
}


# The field map: the FaceID API fields that carry these codes, and each
# field's channel.
FIELDS: tuple[CodeField, ...] = (
    CodeField(
        "GetDetectInfoEnhanced",
        "Text.ErrCode",
        "int",
        "wechat",
        "the final result of a DetectAuth BizToken whose verification ran in WeChat (H5 or Mini Program)",
    ),
    CodeField(
        "GetDetectInfoEnhanced",
        "Text.ErrCode",
        "int",
        "sdk",
        "the final result of a DetectAuth BizToken whose verification ran in a standalone H5 or PC H5 page",
    ),
    CodeField(
        "GetDetectInfoEnhanced",
        "Text.LivenessDetail[].Errcode",
        "int",
        "wechat",
        "each liveness attempt of a verification in WeChat; IsNeedCharge beside it is Tencent's billing verdict",
        "IsNeedCharge",
    ),
    CodeField(
        "GetDetectInfoEnhanced",
        "Text.LivenessDetail[].Errcode",
        "int",
        "sdk",
        "each liveness attempt of a verification in a standalone H5 or PC H5 page; IsNeedCharge beside it is Tencent's billing verdict",
        "IsNeedCharge",
    ),
    CodeField(
        "GetEidResult",
        "Text.ErrCode",
        "int",
        "wechat",
        "the final result of an E-ID (GetEidToken) verification that ran in WeChat (H5 or Mini Program)",
    ),
    CodeField(
        "GetEidResult",
        "Text.ErrCode",
        "int",
        "sdk",
        "the final result of an E-ID (GetEidToken) verification that ran in a standalone H5 page",
    ),
    CodeField(
        "GetEidResult",
        "Text.LivenessDetail[].Errcode",
        "int",
        "wechat",
        "each liveness attempt of a verification in WeChat; IsNeedCharge beside it is Tencent's billing verdict",
        "IsNeedCharge",
    ),
    CodeField(
        "GetEidResult",
        "Text.LivenessDetail[].Errcode",
        "int",
        "sdk",
        "each liveness attempt of a verification in a standalone H5 or PC H5 page; IsNeedCharge beside it is Tencent's billing verdict",
        "IsNeedCharge",
    ),
    CodeField(
        "GetFaceIdResult",
        "Result",
        "str",
        "sdk",
        "the result of a FaceIdToken (GetFaceIdToken) verification in the App SDK",
    ),
    CodeField(
        "GetWeChatBillDetails",
        "WeChatBillDetails[].ChargeDetails[].ErrorCode",
        "str",
        "wechat",
        "each billing detail of a WeChat verification; IsNeedCharge beside it is Tencent's billing verdict",
        "IsNeedCharge",
    ),
)
