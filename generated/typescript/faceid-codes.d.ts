// generated from spec/codes.yaml — do not edit
// Declarations for faceid-codes.js (ESM, as .d.ts) and faceid-codes.cjs
// (CommonJS, as .d.cts): the same names and types as faceid-codes.ts.

/**
 * What the FaceID documentation says about one return code.  `Code` and
 * `Name` narrow to one channel's enum and member names, e.g.
 * `CodeInfo<SdkCode, keyof typeof SdkCode>`.
 */
export interface CodeInfo<Code extends number = number, Name extends string = string> {
  /** The numeric code FaceID returns. */
  readonly code: Code;
  /** The enum member's name. */
  readonly name: Name;
  /** The documentation's Chinese message, verbatim. */
  readonly message: string;
  /** English translation of `message`. */
  readonly messageEn: string;
  /** Whether a call that ends with this code is billed. */
  readonly billable: boolean;
  /** What the code is about, e.g. `system` or `liveness`. */
  readonly category: string;
  /** Handling steps in Chinese, verbatim; empty when the documentation gives none. */
  readonly action: readonly string[];
  /** The handling steps in English. */
  readonly actionEn: readonly string[];
  /** Key shared by the codes of one meaning (its enum's `…_FAMILIES` table), or null. */
  readonly family: string | null;
}

/** The spec version these enums were generated from. */
export declare const FACEID_CODES_VERSION = "3.0.0";

/**
 * What FaceID returns when a verification succeeds, on every channel. A
 * channel whose table does not list it has no member for it: compare with it
 * before looking a code up.
 */
export declare const SUCCESS_CODE = 0;

/** 微信 H5/小程序返回码 (WeChat H5 / Mini Program). */
export declare enum WechatCode {
  /** 0: 成功 (Success) Billed. */
  SUCCESS = 0,
  /** 1: 请求不合法，缺少参数 (Invalid request: a parameter is missing) */
  MISSING_PARAMETER = 1,
  /** 2: 请求不合法，参数有误 (Invalid request: a parameter is incorrect) */
  INVALID_PARAMETER = 2,
  /** 3: 业务请求不合法 (Invalid business request) */
  INVALID_BUSINESS_REQUEST = 3,
  /** 4: 系统错误 (System error) */
  SYSTEM_ERROR = 4,
  /** 5: 未找到数据 (Data not found) */
  DATA_NOT_FOUND = 5,
  /** 6: 数据插入异常 (Data insertion error) */
  DATA_INSERT_ERROR = 6,
  /** 7: 数据更新异常 (Data update error) */
  DATA_UPDATE_ERROR = 7,
  /** 8: 文件存储失败，请稍后重试 (File storage failed, please try again later) */
  FILE_STORAGE_FAILED = 8,
  /** 9: 文件格式错误，请确认后重试 (Incorrect file format, please check it and try again) */
  INVALID_FILE_FORMAT = 9,
  /** 10: 文件系统错误，请稍后重试 (File system error, please try again later) */
  FILE_SYSTEM_ERROR = 10,
  /** 11: 文件系统超时，请稍后重试 (File system timed out, please try again later) */
  FILE_SYSTEM_TIMEOUT = 11,
  /** 12: CKV 数据有误 (Incorrect CKV data) */
  CKV_DATA_ERROR = 12,
  /** 13: CKV 服务出错 (CKV service error) */
  CKV_SERVICE_ERROR = 13,
  /** 14: 本次校验已完成 (This verification has already been completed) */
  VERIFICATION_ALREADY_COMPLETED = 14,
  /** 15: token 过期，请重试 (Token expired, please try again) */
  TOKEN_EXPIRED = 15,
  /** 201: 从微信拉取图片失败 (Failed to fetch the image from WeChat) */
  WECHAT_IMAGE_FETCH_FAILED = 201,
  /** 202: 视频获取失败 (Failed to get the video) */
  WECHAT_VIDEO_FETCH_FAILED = 202,
  /** 301: 当前认证人身份证号码与上传证件号码不符，请重新上传 (The ID card number of the person being verified does not match the number on the uploaded ID document, please upload again) */
  ID_NUMBER_MISMATCH = 301,
  /** 302: 证件已过期 (The ID document has expired) */
  ID_DOCUMENT_EXPIRED = 302,
  /** 303: OCR 识别失败 (OCR failed) */
  OCR_FAILED = 303,
  /** 1001: 调用活体引擎接口出错 (Error calling the liveness engine API) */
  LIVENESS_ENGINE_ERROR = 1001,
  /** 1002: 疑似非真人录制 (Suspected spoofed recording) */
  SUSPECTED_SPOOFED_RECORDING = 1002,
  /** 1003: 视频实人（真人）检测未通过 (The real-person (live human) check on the video failed) */
  VIDEO_REAL_PERSON_CHECK_FAILED = 1003,
  /** 1004: 人脸检测失败，无法提取比对照 (Face detection failed, unable to extract a photo for comparison) */
  LIVENESS_FACE_DETECTION_FAILED = 1004,
  /** 1005: 活体检测未通过 (Liveness check failed) */
  LIVENESS_CHECK_FAILED = 1005,
  /** 1006: 证照库出错，请重试 (ID photo database error, please try again) */
  ID_PHOTO_DATABASE_ERROR = 1006,
  /** 1101: 未检测到声音 (No voice detected) */
  NO_VOICE_DETECTED = 1101,
  /** 1102: 脸部未完整露出 (Face not fully visible) */
  FACE_NOT_FULLY_VISIBLE = 1102,
  /** 1103: 声音识别失败 (Speech recognition failed) */
  SPEECH_RECOGNITION_FAILED = 1103,
  /** 1104: 视频格式有误 (Incorrect video format) */
  INVALID_VIDEO_FORMAT = 1104,
  /** 1105: 视频拉取失败，请重试 (Failed to fetch the video, please try again) */
  VIDEO_FETCH_FAILED = 1105,
  /** 1106: 视频声音太小 (Video volume too low) */
  VIDEO_VOLUME_TOO_LOW = 1106,
  /** 1107: 视频为空，或大小不合适，请控制录制时长在6s左右 (The video is empty or its size is unsuitable, please keep the recording to about 6 seconds) */
  VIDEO_EMPTY_OR_WRONG_SIZE = 1107,
  /** 1108: 视频像素太低 (Video resolution too low) */
  VIDEO_RESOLUTION_TOO_LOW = 1108,
  /** 1109: 嘴唇动作幅度过小 (Lip movement too small) */
  LIP_MOVEMENT_TOO_SMALL = 1109,
  /** 1201: 光线太暗 (Light too dim) */
  LIGHT_TOO_DIM = 1201,
  /** 1202: 光线太强 (Light too strong) */
  LIGHT_TOO_STRONG = 1202,
  /** 1203: 脸离屏幕太近 (Face too close to the screen) */
  FACE_TOO_CLOSE = 1203,
  /** 1204: 脸离屏幕太右 (Face too far to the right of the screen) */
  FACE_TOO_FAR_RIGHT = 1204,
  /** 1205: 脸离屏幕太远 (Face too far from the screen) */
  FACE_TOO_FAR_AWAY = 1205,
  /** 1206: 脸离屏幕太左 (Face too far to the left of the screen) */
  FACE_TOO_FAR_LEFT = 1206,
  /** 1207: 未检测到闭眼动作 (Eye-closing action not detected) */
  EYE_CLOSING_NOT_DETECTED = 1207,
  /** 1208: 未检测到第一个动作 (First action not detected) */
  FIRST_ACTION_NOT_DETECTED = 1208,
  /** 1209: 未检测到张嘴动作 (Mouth-opening action not detected) */
  MOUTH_OPENING_NOT_DETECTED = 1209,
  /** 1210: 未能检测到完整人脸 (Could not detect the whole face) */
  LIVENESS_FULL_FACE_NOT_DETECTED = 1210,
  /** 1301: 实人检测失败 (Real-person check failed) */
  REAL_PERSON_CHECK_FAILED = 1301,
  /** 1302: 实人检测未达到通过标准 (The real-person check did not reach the pass threshold) */
  REAL_PERSON_CHECK_BELOW_THRESHOLD = 1302,
  /** 1303: 视频录制时间过短，请录制2秒以上的视频 (Video recording too short, please record a video of 2 seconds or more) */
  VIDEO_TOO_SHORT = 1303,
  /** 2001: 调用比对引擎接口出错 (Error calling the comparison engine API) */
  COMPARISON_ENGINE_ERROR = 2001,
  /** 2002: 输入的姓名有误 (The name entered is incorrect) */
  INVALID_NAME = 2002,
  /** 2003: 输入的身份证号有误 (The ID card number entered is incorrect) */
  INVALID_ID_NUMBER = 2003,
  /** 2004: 传入图片过大或过小 (The image sent is too large or too small) */
  IMAGE_SIZE_OUT_OF_RANGE = 2004,
  /** 2005: 库中无此号，请到户籍所在地进行核实 (This ID number is not in the database, please go to your place of household registration (hukou) to have it checked) */
  ID_NUMBER_NOT_FOUND = 2005,
  /** 2006: 姓名和身份证号不一致，请核实后重试 (Name and ID card number do not match, please check them and try again) Billed. */
  ID_NAME_MISMATCH = 2006,
  /** 2007: 库中无此用户照片，请到户籍所在地进行核实 (The database has no photo of this user, please go to your place of household registration (hukou) to have it checked) Billed. */
  USER_PHOTO_NOT_FOUND = 2007,
  /** 2008: 客户库自建库或认证中心返照失败，请稍后再试 (The customer's own database or the authentication center failed to return a photo, please try again later) */
  REFERENCE_PHOTO_FETCH_FAILED = 2008,
  /** 2009: 传入图片分辨率太低，请重新上传 (The image sent has too low a resolution, please upload it again) Billed. */
  IMAGE_RESOLUTION_TOO_LOW_2009 = 2009,
  /** 2010: 人脸检测失败，无法提取比对照 (Face detection failed, unable to extract a photo for comparison) Billed. */
  COMPARISON_FACE_DETECTION_FAILED = 2010,
  /** 2011: 实人比对未通过 (Real-person comparison failed) Billed. */
  REAL_PERSON_COMPARISON_FAILED = 2011,
  /** 2012: 检测到多张人脸 (Multiple faces detected) Billed. */
  MULTIPLE_FACES_DETECTED = 2012,
  /** 2013: 未能检测到完整人脸 (Could not detect the whole face) Billed. */
  COMPARISON_FULL_FACE_NOT_DETECTED = 2013,
  /** 2014: 传入图片分辨率太低，请重新上传 (The image sent has too low a resolution, please upload it again) Billed. */
  IMAGE_RESOLUTION_TOO_LOW_2014 = 2014,
  /** 2015: 比对失败 (Comparison failed) Billed. */
  COMPARISON_FAILED = 2015,
  /** 2016: 比对相似度未达到通过标准 (The comparison similarity did not reach the pass threshold) Billed. */
  SIMILARITY_BELOW_THRESHOLD = 2016,
}

/** Every WechatCode with what the documentation says about it. */
export declare const WECHAT_CODE_INFO: Readonly<Record<WechatCode, CodeInfo<WechatCode, keyof typeof WechatCode>>>;

/**
 * WechatCode families: the codes the documentation gives one meaning, by
 * family key (`CodeInfo.family`), in documentation order. Ask whether a raw
 * code is any of them with `.includes(code)`.
 */
export declare const WECHAT_CODE_FAMILIES: {
  /** 传入图片分辨率太低 (Image resolution too low) */
  readonly image_resolution_too_low: readonly WechatCode[];
};

/** Whether `value` is a number that is a WechatCode (narrows it to the enum). */
export declare function isWechatCode(value: unknown): value is WechatCode;

/**
 * The info for a raw `code`, or `undefined` for a code this version does not
 * know (FaceID adds codes over time, so a response may carry a new one).
 * A number is the code it equals; a boolean is none. A string is the code it
 * writes as `String(code)` does (an optional minus, ASCII digits, no leading
 * zero, no -0), as Tencent's SDKs hand the code over: `"66660004"`. Python's
 * lookup reads a code by the same rule.
 */
export declare function lookupWechatCode(
  code: number | string,
): CodeInfo<WechatCode, keyof typeof WechatCode> | undefined;

/**
 * A `wechat` code as it comes from outside (a response, a request): a
 * WechatCode when this version knows it, any other number otherwise (an open
 * enum: FaceID adds codes). Narrow it with `isWechatCode`.
 */
export type OpenWechatCode = WechatCode | number;

/** 其他返回码 (SDK, standalone H5 and PC H5). */
export declare enum SdkCode {
  /** 400101: 不合法的请求 (Invalid request) */
  INVALID_SIGNATURE = 400101,
  /** 400102: 不合法的请求 (Invalid request) */
  LOGIN_SESSION_EXPIRED = 400102,
  /** 400103: 服务器拒绝访问此接口 (The server refused access to this API) */
  ACCESS_DENIED_400103 = 400103,
  /** 400104: 服务器拒绝访问此接口 (The server refused access to this API) */
  ACCESS_DENIED_400104 = 400104,
  /** 400502: 请求上送版本参数错误 (The version parameter sent in the request is incorrect) */
  INVALID_VERSION_PARAMETER = 400502,
  /** 400504: 请求访问频率过高 (Request rate too high) */
  USER_RATE_LIMITED = 400504,
  /** 400506: 请求频率过高，请稍后再试 (Request rate too high, please try again later) */
  APP_RATE_LIMITED = 400506,
  /** 400601: 请求参数体过大 (Request body too large) */
  REQUEST_BODY_TOO_LARGE = 400601,
  /** 400604: 上送视频非实时录制 (The uploaded video was not recorded in real time) */
  VIDEO_NOT_RECORDED_LIVE = 400604,
  /** 66660001: 不合法请求 (Invalid request) */
  APP_ID_NOT_FOUND = 66660001,
  /** 66660002: 服务已过有效期 (The service has expired) */
  SERVICE_EXPIRED = 66660002,
  /** 66660004: 无法确认为同一人 (Cannot confirm that this is the same person) Billed. */
  FACE_SIMILARITY_TOO_LOW_BILLED = 66660004,
  /** 66660005: 无照片信息，无法比对 (No photo information, cannot compare) */
  NO_AUTHORITATIVE_PHOTO = 66660005,
  /** 66660010: 姓名和身份证不一致，请确认 (Name and ID card do not match, please check) Billed. */
  ID_NAME_MISMATCH = 66660010,
  /** 66660011: 无此查询结果 (No result for this query) */
  NO_VERIFICATION_RESULT = 66660011,
  /** 66660015: 姓名或身份证不合法 (Invalid name or ID card) */
  INVALID_NAME_OR_ID_NUMBER = 66660015,
  /** 66660016: 视频格式或大小不合法 (Invalid video format or size) */
  INVALID_VIDEO_FORMAT_OR_SIZE_66660016 = 66660016,
  /** 66660017: 验证次数超限 (Verification limit exceeded) */
  DAILY_VERIFICATION_LIMIT_EXCEEDED = 66660017,
  /** 66660018: 操作超时，请退出重试 (Operation timed out, please exit and try again) */
  IDENTITY_INFO_NOT_FOUND = 66660018,
  /** 66660021: 网络不给力，请稍后重试 (Poor network connection, please try again later) */
  SYSTEM_TIMEOUT = 66660021,
  /** 66660022: 动态数字失效，请重新验证 (The dynamic digits have expired, please verify again) */
  LIP_READING_DIGITS_EXPIRED = 66660022,
  /** 66660023: 请确保本人操作且正脸对框 (Please make sure the person being verified is the one doing it, with the face straight on, inside the frame) */
  ANTI_SPOOFING_FAILED_66660023 = 66660023,
  /** 66660036: 请确保本人操作且正脸对框 (Please make sure the person being verified is the one doing it, with the face straight on, inside the frame) */
  ANTI_SPOOFING_FAILED_66660036 = 66660036,
  /** -5020: 请确保本人操作且正脸对框 (Please make sure the person being verified is the one doing it, with the face straight on, inside the frame) */
  ANTI_SPOOFING_FAILED_MINUS_5020 = -5020,
  /** -5025: 请确保本人操作且正脸对框 (Please make sure the person being verified is the one doing it, with the face straight on, inside the frame) */
  ANTI_SPOOFING_FAILED_MINUS_5025 = -5025,
  /** 66660024: 无此证件号码 (No such ID document number) */
  ID_NUMBER_NOT_FOUND = 66660024,
  /** 66660025: 请确保本人操作且正脸对框 (Please make sure the person being verified is the one doing it, with the face straight on, inside the frame) */
  REFLECTION_LIVENESS_FAILED = 66660025,
  /** 66660026: 高清照大小或格式不符合 (HD photo size or format does not meet the requirements) */
  INVALID_HD_PHOTO_SIZE_OR_FORMAT = 66660026,
  /** 66660030: 不支持此类型服务 (This type of service is not supported) */
  UNSUPPORTED_SERVICE_TYPE = 66660030,
  /** 66660033: 图片中人脸数超限，请确保最多只有两张脸 (Too many faces in the image, please make sure there are at most two) */
  TOO_MANY_FACES_IN_IMAGE = 66660033,
  /** 66660035: 未识别到人脸，请确保正脸对框且清晰完整 (No face detected, please make sure your face is straight on, inside the frame, clear and fully visible) */
  SELFIE_DECODE_FAILED_66660035 = 66660035,
  /** -1102: 未识别到人脸，请确保正脸对框且清晰完整 (No face detected, please make sure your face is straight on, inside the frame, clear and fully visible) */
  SELFIE_DECODE_FAILED_MINUS_1102 = -1102,
  /** 66660037: 照片出现多张脸 (Multiple faces in the photo) */
  MULTIPLE_FACES_IN_COMPARISON_PHOTO = 66660037,
  /** 66660038: 未识别到人脸，请确保正脸对框且清晰完整 (No face detected, please make sure your face is straight on, inside the frame, clear and fully visible) */
  FACE_NOT_DETECTED_66660038 = 66660038,
  /** -1101: 未识别到人脸，请确保正脸对框且清晰完整 (No face detected, please make sure your face is straight on, inside the frame, clear and fully visible) */
  FACE_NOT_DETECTED_MINUS_1101 = -1101,
  /** -4014: 未识别到人脸，请确保正脸对框且清晰完整 (No face detected, please make sure your face is straight on, inside the frame, clear and fully visible) */
  FACE_NOT_DETECTED_MINUS_4014 = -4014,
  /** 66660039: 证件照不存在或无法处理 (The ID photo does not exist or cannot be processed) */
  ID_PHOTO_UNUSABLE_66660039 = 66660039,
  /** 66660040: 证件照不存在或无法处理 (The ID photo does not exist or cannot be processed) */
  ID_PHOTO_UNUSABLE_66660040 = 66660040,
  /** 66660046: 证件照不存在或无法处理 (The ID photo does not exist or cannot be processed) */
  ID_PHOTO_UNUSABLE_66660046 = 66660046,
  /** -4017: 证件照不存在或无法处理 (The ID photo does not exist or cannot be processed) */
  ID_PHOTO_UNUSABLE_MINUS_4017 = -4017,
  /** -4018: 证件照不存在或无法处理 (The ID photo does not exist or cannot be processed) */
  ID_PHOTO_UNUSABLE_MINUS_4018 = -4018,
  /** 66660041: 脸部有遮挡，请保持人脸清晰无遮挡 (Face covered, please keep your face clear and uncovered) */
  FACE_COVERED_66660041 = 66660041,
  /** 66660042: 照片模糊，请保持人脸清晰勿晃动 (Blurry photo, please keep your face clear and steady) */
  PHOTO_BLURRY_66660042 = 66660042,
  /** 66660045: 自拍照处理失败 (Selfie processing failed) */
  VIDEO_PARSE_FAILED = 66660045,
  /** 66665001: 活体检测不通过 (Liveness check failed) */
  LIVENESS_RISK_CONTROL_TRIGGERED = 66665001,
  /** -4007: 无法确认为同一人 (Cannot confirm that this is the same person) */
  FACE_SIMILARITY_TOO_LOW_UNBILLED = -4007,
  /** -5012: 视频中人脸被遮挡 (Face covered in the video) */
  FACE_COVERED_IN_VIDEO = -5012,
  /** -5001: 视频异常，请重新录制 (Abnormal video, please record again) */
  ABNORMAL_VIDEO = -5001,
  /** -5005: 离屏幕太近或太远；录制时，确保人脸清晰完整 (Too close to or too far from the screen; when recording, make sure your face is clear and fully visible) */
  FACE_TOO_CLOSE_OR_FAR = -5005,
  /** -5008: 声音未能识别，请大声慢读一遍数字 (Speech not recognized, please read the digits once, aloud and slowly) */
  SPEECH_NOT_RECOGNIZED_MINUS_5008 = -5008,
  /** -5009: 视频中人脸检测不到；录制时，确保人脸清晰完整 (No face can be detected in the video; when recording, make sure your face is clear and fully visible) */
  NO_FACE_IN_VIDEO = -5009,
  /** -5010: 声音未能识别；请大声慢读一遍数字 (Speech not recognized; please read the digits once, aloud and slowly) */
  SPEECH_NOT_RECOGNIZED_MINUS_5010 = -5010,
  /** -5011: 未识别到人脸；请保持本人操作且正脸对框 (No face detected; please make sure the person being verified is the one doing it, with the face straight on, inside the frame) */
  FACE_NOT_DETECTED_IN_VIDEO = -5011,
  /** -5018: 未识别到眨眼；录制时请保持正脸对框且眨眼 (No blink detected; when recording, please keep your face straight on, inside the frame, and blink) */
  BLINK_NOT_DETECTED = -5018,
  /** -5026: 请确保本人操作且正脸对框 (Please make sure the person being verified is the one doing it, with the face straight on, inside the frame) */
  LIVENESS_FAILED_MINUS_5026 = -5026,
  /** -5027: 请确保本人操作且正脸对框 (Please make sure the person being verified is the one doing it, with the face straight on, inside the frame) */
  ABNORMAL_VIDEO_PARSE_FAILED_MINUS_5027 = -5027,
  /** -5052: 请确保本人操作且正脸对框 (Please make sure the person being verified is the one doing it, with the face straight on, inside the frame) */
  ABNORMAL_VIDEO_PARSE_FAILED_MINUS_5052 = -5052,
  /** -1404: 请确保本人操作且正脸对框 (Please make sure the person being verified is the one doing it, with the face straight on, inside the frame) */
  LIVENESS_FAILED_MINUS_1404 = -1404,
  /** -1304: 视频异常，请重新录制 (Abnormal video, please record again) */
  ABNORMAL_VIDEO_CHECK_FAILED = -1304,
  /** -4005: 服务内部错误 (Internal service error) */
  FEATURE_DISTANCE_CALCULATION_FAILED = -4005,
  /** -5000: 服务内部错误 (Internal service error) */
  INTERNAL_SDK_ERROR = -5000,
  /** -15001: 视频中人脸检测不到；录制时，确保人脸清晰完整 (No face can be detected in the video; when recording, make sure your face is clear and fully visible) */
  VIDEO_REQUIREMENTS_NOT_MET = -15001,
  /** -15002: 请确保本人操作且正脸对框 (Please make sure the person being verified is the one doing it, with the face straight on, inside the frame) */
  VIDEO_SYNTHESIZED_FROM_IMAGE = -15002,
  /** -14099: 请确保本人操作且正脸对框 (Please make sure the person being verified is the one doing it, with the face straight on, inside the frame) */
  LIVENESS_FAILED_MINUS_14099 = -14099,
  /** -7001: 请确保本人操作且正脸对框 (Please make sure the person being verified is the one doing it, with the face straight on, inside the frame) */
  LIVENESS_FAILED_MINUS_7001 = -7001,
  /** -5103: 脸部有遮挡；请保持人脸清晰无遮挡 (Face covered; please keep your face clear and uncovered) */
  FACE_COVERED_MINUS_5103 = -5103,
  /** -5102: 照片模糊，请保持人脸清晰勿晃动 (Blurry photo, please keep your face clear and steady) */
  PHOTO_BLURRY_MINUS_5102 = -5102,
  /** -5051: 视频格式或大小不合法 (Invalid video format or size) */
  INVALID_VIDEO_FORMAT_OR_SIZE_MINUS_5051 = -5051,
  /** -5050: 视频格式或大小不合法 (Invalid video format or size) */
  INVALID_VIDEO_FORMAT_OR_SIZE_MINUS_5050 = -5050,
  /** -5024: 请确保本人操作且正脸对框 (Please make sure the person being verified is the one doing it, with the face straight on, inside the frame) */
  LIVENESS_FAILED_MINUS_5024 = -5024,
  /** -5023: 光线太强，请到室内识别 (Light too strong, please go indoors to verify) */
  LIGHT_TOO_STRONG = -5023,
  /** -5021: 活体检测不通过 (Liveness check failed) */
  ANTI_SPOOFING_FAILED_MINUS_5021 = -5021,
  /** -5019: 请确保本人操作且正脸对框 (Please make sure the person being verified is the one doing it, with the face straight on, inside the frame) */
  LIVENESS_FAILED_MINUS_5019 = -5019,
  /** -4003: 人脸检测失败 (Face detection failed) */
  FACE_DETECTION_FAILED_MINUS_4003 = -4003,
  /** -1497: 请确保本人操作且正脸对框 (Please make sure the person being verified is the one doing it, with the face straight on, inside the frame) */
  LIVENESS_FAILED_MINUS_1497 = -1497,
  /** -1493: 录制过程中请勿闭眼 (Do not close your eyes while recording) */
  EYES_CLOSED = -1493,
  /** -1492: 活体检测不通过，请重试 (Liveness check failed, please try again) */
  ANTI_SPOOFING_FAILED_MINUS_1492 = -1492,
  /** -1490: 活体检测不通过，请重试 (Liveness check failed, please try again) */
  ANTI_SPOOFING_FAILED_MINUS_1490 = -1490,
  /** -1406: 人脸检测失败 (Face detection failed) */
  FACE_DETECTION_FAILED_MINUS_1406 = -1406,
  /** -1301: 网络不给力，请稍后重试 (Poor network connection, please try again later) */
  INVALID_REQUEST_FIELD = -1301,
  /** -1105: 服务器处理失败，请稍后重试 (Server processing failed, please try again later) */
  SERVER_PROCESSING_FAILED_MINUS_1105 = -1105,
  /** -1104: 服务器处理失败，请稍后重试 (Server processing failed, please try again later) */
  SERVER_PROCESSING_FAILED_MINUS_1104 = -1104,
}

/** Every SdkCode with what the documentation says about it. */
export declare const SDK_CODE_INFO: Readonly<Record<SdkCode, CodeInfo<SdkCode, keyof typeof SdkCode>>>;

/**
 * SdkCode families: the codes the documentation gives one meaning, by
 * family key (`CodeInfo.family`), in documentation order. Ask whether a raw
 * code is any of them with `.includes(code)`.
 */
export declare const SDK_CODE_FAMILIES: {
  /** 服务器拒绝访问此接口 (The server refused access to this API) */
  readonly access_denied: readonly SdkCode[];
  /** 视频格式或大小不合法 (Invalid video format or size) */
  readonly invalid_video_format_or_size: readonly SdkCode[];
  /** 防攻击活体检测不通过 (Anti-spoofing liveness check failed) */
  readonly anti_spoofing_failed: readonly SdkCode[];
  /** 自拍照编码问题，无法解析 (The selfie has an encoding problem and cannot be decoded) */
  readonly selfie_decode_failed: readonly SdkCode[];
  /** 未识别到人脸 (No face detected) */
  readonly face_not_detected: readonly SdkCode[];
  /** 证件照不存在或无法处理 (The ID photo does not exist or cannot be processed) */
  readonly id_photo_unusable: readonly SdkCode[];
  /** 脸部有遮挡 (Face covered) */
  readonly face_covered: readonly SdkCode[];
  /** 照片模糊 (Blurry photo) */
  readonly photo_blurry: readonly SdkCode[];
  /** 声音未能识别 (Speech not recognized) */
  readonly speech_not_recognized: readonly SdkCode[];
  /** 活体识别不通过 (Liveness check failed) */
  readonly liveness_failed: readonly SdkCode[];
  /** 异常视频解析失败 (Parsing failed for an abnormal video) */
  readonly abnormal_video_parse_failed: readonly SdkCode[];
  /** 人脸检测失败 (Face detection failed) */
  readonly face_detection_failed: readonly SdkCode[];
  /** 服务器处理失败 (Server processing failed) */
  readonly server_processing_failed: readonly SdkCode[];
};

/** Whether `value` is a number that is a SdkCode (narrows it to the enum). */
export declare function isSdkCode(value: unknown): value is SdkCode;

/**
 * The info for a raw `code`, or `undefined` for a code this version does not
 * know (FaceID adds codes over time, so a response may carry a new one).
 * A number is the code it equals; a boolean is none. A string is the code it
 * writes as `String(code)` does (an optional minus, ASCII digits, no leading
 * zero, no -0), as Tencent's SDKs hand the code over: `"66660004"`. Python's
 * lookup reads a code by the same rule.
 */
export declare function lookupSdkCode(
  code: number | string,
): CodeInfo<SdkCode, keyof typeof SdkCode> | undefined;

/**
 * A `sdk` code as it comes from outside (a response, a request): a
 * SdkCode when this version knows it, any other number otherwise (an open
 * enum: FaceID adds codes). Narrow it with `isSdkCode`.
 */
export type OpenSdkCode = SdkCode | number;

/** A return code of any channel. */
export type FaceIdCode = WechatCode | SdkCode;

/** Channel key (as in the spec) -> its enum, as `CHANNELS` in the Python package. */
export declare const CHANNELS: {
  readonly "wechat": typeof WechatCode;
  readonly "sdk": typeof SdkCode;
};
