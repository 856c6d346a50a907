// generated from spec/codes.yaml — do not edit
// The enums as TypeScript source, to copy into a project.  Under
// `erasableSyntaxOnly` (TypeScript 5.8+, Node.js type stripping), where an
// `enum` is not allowed, copy faceid-codes.js with faceid-codes.d.ts instead:
// the same names and types.

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
export const FACEID_CODES_VERSION = "3.0.0";

/**
 * What FaceID returns when a verification succeeds, on every channel. A
 * channel whose table does not list it has no member for it: compare with it
 * before looking a code up.
 */
export const SUCCESS_CODE = 0;

/** The code a string writes as `String(code)` would, or `undefined` for any other string. */
function decimal(text: string): number | undefined {
  return /^(?:0|-?[1-9][0-9]{0,15})$/.test(text) ? Number(text) : undefined;
}

/** 微信 H5/小程序返回码 (WeChat H5 / Mini Program). */
export enum WechatCode {
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
export const WECHAT_CODE_INFO: Readonly<Record<WechatCode, CodeInfo<WechatCode, keyof typeof WechatCode>>> = {
  [WechatCode.SUCCESS]: {
    code: 0,
    name: "SUCCESS",
    message: "成功",
    messageEn: "Success",
    billable: true,
    category: "system",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.MISSING_PARAMETER]: {
    code: 1,
    name: "MISSING_PARAMETER",
    message: "请求不合法，缺少参数",
    messageEn: "Invalid request: a parameter is missing",
    billable: false,
    category: "system",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.INVALID_PARAMETER]: {
    code: 2,
    name: "INVALID_PARAMETER",
    message: "请求不合法，参数有误",
    messageEn: "Invalid request: a parameter is incorrect",
    billable: false,
    category: "system",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.INVALID_BUSINESS_REQUEST]: {
    code: 3,
    name: "INVALID_BUSINESS_REQUEST",
    message: "业务请求不合法",
    messageEn: "Invalid business request",
    billable: false,
    category: "system",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.SYSTEM_ERROR]: {
    code: 4,
    name: "SYSTEM_ERROR",
    message: "系统错误",
    messageEn: "System error",
    billable: false,
    category: "system",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.DATA_NOT_FOUND]: {
    code: 5,
    name: "DATA_NOT_FOUND",
    message: "未找到数据",
    messageEn: "Data not found",
    billable: false,
    category: "system",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.DATA_INSERT_ERROR]: {
    code: 6,
    name: "DATA_INSERT_ERROR",
    message: "数据插入异常",
    messageEn: "Data insertion error",
    billable: false,
    category: "system",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.DATA_UPDATE_ERROR]: {
    code: 7,
    name: "DATA_UPDATE_ERROR",
    message: "数据更新异常",
    messageEn: "Data update error",
    billable: false,
    category: "system",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.FILE_STORAGE_FAILED]: {
    code: 8,
    name: "FILE_STORAGE_FAILED",
    message: "文件存储失败，请稍后重试",
    messageEn: "File storage failed, please try again later",
    billable: false,
    category: "system",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.INVALID_FILE_FORMAT]: {
    code: 9,
    name: "INVALID_FILE_FORMAT",
    message: "文件格式错误，请确认后重试",
    messageEn: "Incorrect file format, please check it and try again",
    billable: false,
    category: "system",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.FILE_SYSTEM_ERROR]: {
    code: 10,
    name: "FILE_SYSTEM_ERROR",
    message: "文件系统错误，请稍后重试",
    messageEn: "File system error, please try again later",
    billable: false,
    category: "system",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.FILE_SYSTEM_TIMEOUT]: {
    code: 11,
    name: "FILE_SYSTEM_TIMEOUT",
    message: "文件系统超时，请稍后重试",
    messageEn: "File system timed out, please try again later",
    billable: false,
    category: "system",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.CKV_DATA_ERROR]: {
    code: 12,
    name: "CKV_DATA_ERROR",
    message: "CKV 数据有误",
    messageEn: "Incorrect CKV data",
    billable: false,
    category: "system",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.CKV_SERVICE_ERROR]: {
    code: 13,
    name: "CKV_SERVICE_ERROR",
    message: "CKV 服务出错",
    messageEn: "CKV service error",
    billable: false,
    category: "system",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.VERIFICATION_ALREADY_COMPLETED]: {
    code: 14,
    name: "VERIFICATION_ALREADY_COMPLETED",
    message: "本次校验已完成",
    messageEn: "This verification has already been completed",
    billable: false,
    category: "system",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.TOKEN_EXPIRED]: {
    code: 15,
    name: "TOKEN_EXPIRED",
    message: "token 过期，请重试",
    messageEn: "Token expired, please try again",
    billable: false,
    category: "system",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.WECHAT_IMAGE_FETCH_FAILED]: {
    code: 201,
    name: "WECHAT_IMAGE_FETCH_FAILED",
    message: "从微信拉取图片失败",
    messageEn: "Failed to fetch the image from WeChat",
    billable: false,
    category: "wechat",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.WECHAT_VIDEO_FETCH_FAILED]: {
    code: 202,
    name: "WECHAT_VIDEO_FETCH_FAILED",
    message: "视频获取失败",
    messageEn: "Failed to get the video",
    billable: false,
    category: "wechat",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.ID_NUMBER_MISMATCH]: {
    code: 301,
    name: "ID_NUMBER_MISMATCH",
    message: "当前认证人身份证号码与上传证件号码不符，请重新上传",
    messageEn: "The ID card number of the person being verified does not match the number on the uploaded ID document, please upload again",
    billable: false,
    category: "wechat",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.ID_DOCUMENT_EXPIRED]: {
    code: 302,
    name: "ID_DOCUMENT_EXPIRED",
    message: "证件已过期",
    messageEn: "The ID document has expired",
    billable: false,
    category: "wechat",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.OCR_FAILED]: {
    code: 303,
    name: "OCR_FAILED",
    message: "OCR 识别失败",
    messageEn: "OCR failed",
    billable: false,
    category: "wechat",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.LIVENESS_ENGINE_ERROR]: {
    code: 1001,
    name: "LIVENESS_ENGINE_ERROR",
    message: "调用活体引擎接口出错",
    messageEn: "Error calling the liveness engine API",
    billable: false,
    category: "liveness_common",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.SUSPECTED_SPOOFED_RECORDING]: {
    code: 1002,
    name: "SUSPECTED_SPOOFED_RECORDING",
    message: "疑似非真人录制",
    messageEn: "Suspected spoofed recording",
    billable: false,
    category: "liveness_common",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.VIDEO_REAL_PERSON_CHECK_FAILED]: {
    code: 1003,
    name: "VIDEO_REAL_PERSON_CHECK_FAILED",
    message: "视频实人（真人）检测未通过",
    messageEn: "The real-person (live human) check on the video failed",
    billable: false,
    category: "liveness_common",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.LIVENESS_FACE_DETECTION_FAILED]: {
    code: 1004,
    name: "LIVENESS_FACE_DETECTION_FAILED",
    message: "人脸检测失败，无法提取比对照",
    messageEn: "Face detection failed, unable to extract a photo for comparison",
    billable: false,
    category: "liveness_common",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.LIVENESS_CHECK_FAILED]: {
    code: 1005,
    name: "LIVENESS_CHECK_FAILED",
    message: "活体检测未通过",
    messageEn: "Liveness check failed",
    billable: false,
    category: "liveness_common",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.ID_PHOTO_DATABASE_ERROR]: {
    code: 1006,
    name: "ID_PHOTO_DATABASE_ERROR",
    message: "证照库出错，请重试",
    messageEn: "ID photo database error, please try again",
    billable: false,
    category: "liveness_common",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.NO_VOICE_DETECTED]: {
    code: 1101,
    name: "NO_VOICE_DETECTED",
    message: "未检测到声音",
    messageEn: "No voice detected",
    billable: false,
    category: "liveness_digital",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.FACE_NOT_FULLY_VISIBLE]: {
    code: 1102,
    name: "FACE_NOT_FULLY_VISIBLE",
    message: "脸部未完整露出",
    messageEn: "Face not fully visible",
    billable: false,
    category: "liveness_digital",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.SPEECH_RECOGNITION_FAILED]: {
    code: 1103,
    name: "SPEECH_RECOGNITION_FAILED",
    message: "声音识别失败",
    messageEn: "Speech recognition failed",
    billable: false,
    category: "liveness_digital",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.INVALID_VIDEO_FORMAT]: {
    code: 1104,
    name: "INVALID_VIDEO_FORMAT",
    message: "视频格式有误",
    messageEn: "Incorrect video format",
    billable: false,
    category: "liveness_digital",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.VIDEO_FETCH_FAILED]: {
    code: 1105,
    name: "VIDEO_FETCH_FAILED",
    message: "视频拉取失败，请重试",
    messageEn: "Failed to fetch the video, please try again",
    billable: false,
    category: "liveness_digital",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.VIDEO_VOLUME_TOO_LOW]: {
    code: 1106,
    name: "VIDEO_VOLUME_TOO_LOW",
    message: "视频声音太小",
    messageEn: "Video volume too low",
    billable: false,
    category: "liveness_digital",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.VIDEO_EMPTY_OR_WRONG_SIZE]: {
    code: 1107,
    name: "VIDEO_EMPTY_OR_WRONG_SIZE",
    message: "视频为空，或大小不合适，请控制录制时长在6s左右",
    messageEn: "The video is empty or its size is unsuitable, please keep the recording to about 6 seconds",
    billable: false,
    category: "liveness_digital",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.VIDEO_RESOLUTION_TOO_LOW]: {
    code: 1108,
    name: "VIDEO_RESOLUTION_TOO_LOW",
    message: "视频像素太低",
    messageEn: "Video resolution too low",
    billable: false,
    category: "liveness_digital",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.LIP_MOVEMENT_TOO_SMALL]: {
    code: 1109,
    name: "LIP_MOVEMENT_TOO_SMALL",
    message: "嘴唇动作幅度过小",
    messageEn: "Lip movement too small",
    billable: false,
    category: "liveness_digital",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.LIGHT_TOO_DIM]: {
    code: 1201,
    name: "LIGHT_TOO_DIM",
    message: "光线太暗",
    messageEn: "Light too dim",
    billable: false,
    category: "liveness_action",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.LIGHT_TOO_STRONG]: {
    code: 1202,
    name: "LIGHT_TOO_STRONG",
    message: "光线太强",
    messageEn: "Light too strong",
    billable: false,
    category: "liveness_action",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.FACE_TOO_CLOSE]: {
    code: 1203,
    name: "FACE_TOO_CLOSE",
    message: "脸离屏幕太近",
    messageEn: "Face too close to the screen",
    billable: false,
    category: "liveness_action",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.FACE_TOO_FAR_RIGHT]: {
    code: 1204,
    name: "FACE_TOO_FAR_RIGHT",
    message: "脸离屏幕太右",
    messageEn: "Face too far to the right of the screen",
    billable: false,
    category: "liveness_action",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.FACE_TOO_FAR_AWAY]: {
    code: 1205,
    name: "FACE_TOO_FAR_AWAY",
    message: "脸离屏幕太远",
    messageEn: "Face too far from the screen",
    billable: false,
    category: "liveness_action",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.FACE_TOO_FAR_LEFT]: {
    code: 1206,
    name: "FACE_TOO_FAR_LEFT",
    message: "脸离屏幕太左",
    messageEn: "Face too far to the left of the screen",
    billable: false,
    category: "liveness_action",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.EYE_CLOSING_NOT_DETECTED]: {
    code: 1207,
    name: "EYE_CLOSING_NOT_DETECTED",
    message: "未检测到闭眼动作",
    messageEn: "Eye-closing action not detected",
    billable: false,
    category: "liveness_action",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.FIRST_ACTION_NOT_DETECTED]: {
    code: 1208,
    name: "FIRST_ACTION_NOT_DETECTED",
    message: "未检测到第一个动作",
    messageEn: "First action not detected",
    billable: false,
    category: "liveness_action",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.MOUTH_OPENING_NOT_DETECTED]: {
    code: 1209,
    name: "MOUTH_OPENING_NOT_DETECTED",
    message: "未检测到张嘴动作",
    messageEn: "Mouth-opening action not detected",
    billable: false,
    category: "liveness_action",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.LIVENESS_FULL_FACE_NOT_DETECTED]: {
    code: 1210,
    name: "LIVENESS_FULL_FACE_NOT_DETECTED",
    message: "未能检测到完整人脸",
    messageEn: "Could not detect the whole face",
    billable: false,
    category: "liveness_action",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.REAL_PERSON_CHECK_FAILED]: {
    code: 1301,
    name: "REAL_PERSON_CHECK_FAILED",
    message: "实人检测失败",
    messageEn: "Real-person check failed",
    billable: false,
    category: "liveness_silent",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.REAL_PERSON_CHECK_BELOW_THRESHOLD]: {
    code: 1302,
    name: "REAL_PERSON_CHECK_BELOW_THRESHOLD",
    message: "实人检测未达到通过标准",
    messageEn: "The real-person check did not reach the pass threshold",
    billable: false,
    category: "liveness_silent",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.VIDEO_TOO_SHORT]: {
    code: 1303,
    name: "VIDEO_TOO_SHORT",
    message: "视频录制时间过短，请录制2秒以上的视频",
    messageEn: "Video recording too short, please record a video of 2 seconds or more",
    billable: false,
    category: "liveness_silent",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.COMPARISON_ENGINE_ERROR]: {
    code: 2001,
    name: "COMPARISON_ENGINE_ERROR",
    message: "调用比对引擎接口出错",
    messageEn: "Error calling the comparison engine API",
    billable: false,
    category: "id_image_comparison",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.INVALID_NAME]: {
    code: 2002,
    name: "INVALID_NAME",
    message: "输入的姓名有误",
    messageEn: "The name entered is incorrect",
    billable: false,
    category: "id_image_comparison",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.INVALID_ID_NUMBER]: {
    code: 2003,
    name: "INVALID_ID_NUMBER",
    message: "输入的身份证号有误",
    messageEn: "The ID card number entered is incorrect",
    billable: false,
    category: "id_image_comparison",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.IMAGE_SIZE_OUT_OF_RANGE]: {
    code: 2004,
    name: "IMAGE_SIZE_OUT_OF_RANGE",
    message: "传入图片过大或过小",
    messageEn: "The image sent is too large or too small",
    billable: false,
    category: "id_image_comparison",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.ID_NUMBER_NOT_FOUND]: {
    code: 2005,
    name: "ID_NUMBER_NOT_FOUND",
    message: "库中无此号，请到户籍所在地进行核实",
    messageEn: "This ID number is not in the database, please go to your place of household registration (hukou) to have it checked",
    billable: false,
    category: "id_image_comparison",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.ID_NAME_MISMATCH]: {
    code: 2006,
    name: "ID_NAME_MISMATCH",
    message: "姓名和身份证号不一致，请核实后重试",
    messageEn: "Name and ID card number do not match, please check them and try again",
    billable: true,
    category: "id_image_comparison",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.USER_PHOTO_NOT_FOUND]: {
    code: 2007,
    name: "USER_PHOTO_NOT_FOUND",
    message: "库中无此用户照片，请到户籍所在地进行核实",
    messageEn: "The database has no photo of this user, please go to your place of household registration (hukou) to have it checked",
    billable: true,
    category: "id_image_comparison",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.REFERENCE_PHOTO_FETCH_FAILED]: {
    code: 2008,
    name: "REFERENCE_PHOTO_FETCH_FAILED",
    message: "客户库自建库或认证中心返照失败，请稍后再试",
    messageEn: "The customer's own database or the authentication center failed to return a photo, please try again later",
    billable: false,
    category: "id_image_comparison",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.IMAGE_RESOLUTION_TOO_LOW_2009]: {
    code: 2009,
    name: "IMAGE_RESOLUTION_TOO_LOW_2009",
    message: "传入图片分辨率太低，请重新上传",
    messageEn: "The image sent has too low a resolution, please upload it again",
    billable: true,
    category: "id_image_comparison",
    action: [],
    actionEn: [],
    family: "image_resolution_too_low",
  },
  [WechatCode.COMPARISON_FACE_DETECTION_FAILED]: {
    code: 2010,
    name: "COMPARISON_FACE_DETECTION_FAILED",
    message: "人脸检测失败，无法提取比对照",
    messageEn: "Face detection failed, unable to extract a photo for comparison",
    billable: true,
    category: "id_image_comparison",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.REAL_PERSON_COMPARISON_FAILED]: {
    code: 2011,
    name: "REAL_PERSON_COMPARISON_FAILED",
    message: "实人比对未通过",
    messageEn: "Real-person comparison failed",
    billable: true,
    category: "id_image_comparison",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.MULTIPLE_FACES_DETECTED]: {
    code: 2012,
    name: "MULTIPLE_FACES_DETECTED",
    message: "检测到多张人脸",
    messageEn: "Multiple faces detected",
    billable: true,
    category: "id_image_comparison",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.COMPARISON_FULL_FACE_NOT_DETECTED]: {
    code: 2013,
    name: "COMPARISON_FULL_FACE_NOT_DETECTED",
    message: "未能检测到完整人脸",
    messageEn: "Could not detect the whole face",
    billable: true,
    category: "id_image_comparison",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.IMAGE_RESOLUTION_TOO_LOW_2014]: {
    code: 2014,
    name: "IMAGE_RESOLUTION_TOO_LOW_2014",
    message: "传入图片分辨率太低，请重新上传",
    messageEn: "The image sent has too low a resolution, please upload it again",
    billable: true,
    category: "id_image_comparison",
    action: [],
    actionEn: [],
    family: "image_resolution_too_low",
  },
  [WechatCode.COMPARISON_FAILED]: {
    code: 2015,
    name: "COMPARISON_FAILED",
    message: "比对失败",
    messageEn: "Comparison failed",
    billable: true,
    category: "id_image_comparison",
    action: [],
    actionEn: [],
    family: null,
  },
  [WechatCode.SIMILARITY_BELOW_THRESHOLD]: {
    code: 2016,
    name: "SIMILARITY_BELOW_THRESHOLD",
    message: "比对相似度未达到通过标准",
    messageEn: "The comparison similarity did not reach the pass threshold",
    billable: true,
    category: "id_image_comparison",
    action: [],
    actionEn: [],
    family: null,
  },
};

/**
 * WechatCode families: the codes the documentation gives one meaning, by
 * family key (`CodeInfo.family`), in documentation order. Ask whether a raw
 * code is any of them with `.includes(code)`.
 */
export const WECHAT_CODE_FAMILIES: {
  /** 传入图片分辨率太低 (Image resolution too low) */
  readonly image_resolution_too_low: readonly WechatCode[];
} = {
  image_resolution_too_low: [WechatCode.IMAGE_RESOLUTION_TOO_LOW_2009, WechatCode.IMAGE_RESOLUTION_TOO_LOW_2014],
};

/** Whether `value` is a number that is a WechatCode (narrows it to the enum). */
export function isWechatCode(value: unknown): value is WechatCode {
  return typeof value === "number" && Object.prototype.hasOwnProperty.call(WECHAT_CODE_INFO, value);
}

/**
 * The info for a raw `code`, or `undefined` for a code this version does not
 * know (FaceID adds codes over time, so a response may carry a new one).
 * A number is the code it equals; a boolean is none. A string is the code it
 * writes as `String(code)` does (an optional minus, ASCII digits, no leading
 * zero, no -0), as Tencent's SDKs hand the code over: `"66660004"`. Python's
 * lookup reads a code by the same rule.
 */
export function lookupWechatCode(
  code: number | string,
): CodeInfo<WechatCode, keyof typeof WechatCode> | undefined {
  const value = typeof code === "string" ? decimal(code) : code;
  return isWechatCode(value) ? WECHAT_CODE_INFO[value] : undefined;
}

/**
 * A `wechat` code as it comes from outside (a response, a request): a
 * WechatCode when this version knows it, any other number otherwise (an open
 * enum: FaceID adds codes). Narrow it with `isWechatCode`.
 */
export type OpenWechatCode = WechatCode | number;

/** 其他返回码 (SDK, standalone H5 and PC H5). */
export enum SdkCode {
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
export const SDK_CODE_INFO: Readonly<Record<SdkCode, CodeInfo<SdkCode, keyof typeof SdkCode>>> = {
  [SdkCode.INVALID_SIGNATURE]: {
    code: 400101,
    name: "INVALID_SIGNATURE",
    message: "不合法的请求",
    messageEn: "Invalid request",
    billable: false,
    category: "request",
    action: ["签名校验不通过"],
    actionEn: ["Signature verification failed"],
    family: null,
  },
  [SdkCode.LOGIN_SESSION_EXPIRED]: {
    code: 400102,
    name: "LOGIN_SESSION_EXPIRED",
    message: "不合法的请求",
    messageEn: "Invalid request",
    billable: false,
    category: "request",
    action: ["登录态失效"],
    actionEn: ["The login session has expired"],
    family: null,
  },
  [SdkCode.ACCESS_DENIED_400103]: {
    code: 400103,
    name: "ACCESS_DENIED_400103",
    message: "服务器拒绝访问此接口",
    messageEn: "The server refused access to this API",
    billable: false,
    category: "request",
    action: ["需要仔细核对请求获取 Token 或 ticket 参数"],
    actionEn: ["Carefully check the parameters of the request that obtains the Token or ticket"],
    family: "access_denied",
  },
  [SdkCode.ACCESS_DENIED_400104]: {
    code: 400104,
    name: "ACCESS_DENIED_400104",
    message: "服务器拒绝访问此接口",
    messageEn: "The server refused access to this API",
    billable: false,
    category: "request",
    action: ["需要仔细核对请求获取 Token 或 ticket 参数"],
    actionEn: ["Carefully check the parameters of the request that obtains the Token or ticket"],
    family: "access_denied",
  },
  [SdkCode.INVALID_VERSION_PARAMETER]: {
    code: 400502,
    name: "INVALID_VERSION_PARAMETER",
    message: "请求上送版本参数错误",
    messageEn: "The version parameter sent in the request is incorrect",
    billable: false,
    category: "request",
    action: ["需要仔细核对请求获取 Token 或 ticket 参数"],
    actionEn: ["Carefully check the parameters of the request that obtains the Token or ticket"],
    family: null,
  },
  [SdkCode.USER_RATE_LIMITED]: {
    code: 400504,
    name: "USER_RATE_LIMITED",
    message: "请求访问频率过高",
    messageEn: "Request rate too high",
    billable: false,
    category: "rate_limit",
    action: ["同一个 AppID 下，同一个 userID 2s内只能请求成功一次 nonceticket"],
    actionEn: ["Under one AppID, one userID can successfully request a nonceticket only once within 2 seconds"],
    family: null,
  },
  [SdkCode.APP_RATE_LIMITED]: {
    code: 400506,
    name: "APP_RATE_LIMITED",
    message: "请求频率过高，请稍后再试",
    messageEn: "Request rate too high, please try again later",
    billable: false,
    category: "rate_limit",
    action: ["针对同一个 AppID 的并发访问频率控制"],
    actionEn: ["Rate control of concurrent requests for one AppID"],
    family: null,
  },
  [SdkCode.REQUEST_BODY_TOO_LARGE]: {
    code: 400601,
    name: "REQUEST_BODY_TOO_LARGE",
    message: "请求参数体过大",
    messageEn: "Request body too large",
    billable: false,
    category: "request",
    action: ["检查上送的报文大小，尤其是包含图片和文件的报文，不能超过接口要求大小"],
    actionEn: ["Check the size of the payload sent, especially a payload with images or files: it must not exceed the size the API allows"],
    family: null,
  },
  [SdkCode.VIDEO_NOT_RECORDED_LIVE]: {
    code: 400604,
    name: "VIDEO_NOT_RECORDED_LIVE",
    message: "上送视频非实时录制",
    messageEn: "The uploaded video was not recorded in real time",
    billable: false,
    category: "liveness",
    action: ["需要实时录制视频上传"],
    actionEn: ["Record the video in real time and upload it"],
    family: null,
  },
  [SdkCode.APP_ID_NOT_FOUND]: {
    code: 66660001,
    name: "APP_ID_NOT_FOUND",
    message: "不合法请求",
    messageEn: "Invalid request",
    billable: false,
    category: "request",
    action: ["AppID 不存在"],
    actionEn: ["The AppID does not exist"],
    family: null,
  },
  [SdkCode.SERVICE_EXPIRED]: {
    code: 66660002,
    name: "SERVICE_EXPIRED",
    message: "服务已过有效期",
    messageEn: "The service has expired",
    billable: false,
    category: "request",
    action: ["服务已经过了有效期，请 [联系我们](https://cloud.tencent.com/about/connect)"],
    actionEn: ["The service is past its validity period, please [contact us](https://cloud.tencent.com/about/connect)"],
    family: null,
  },
  [SdkCode.FACE_SIMILARITY_TOO_LOW_BILLED]: {
    code: 66660004,
    name: "FACE_SIMILARITY_TOO_LOW_BILLED",
    message: "无法确认为同一人",
    messageEn: "Cannot confirm that this is the same person",
    billable: true,
    category: "identity",
    action: ["人脸比对相似度得分不够"],
    actionEn: ["The face comparison similarity score is too low"],
    family: null,
  },
  [SdkCode.NO_AUTHORITATIVE_PHOTO]: {
    code: 66660005,
    name: "NO_AUTHORITATIVE_PHOTO",
    message: "无照片信息，无法比对",
    messageEn: "No photo information, cannot compare",
    billable: false,
    category: "identity",
    action: ["权威数据源无照片"],
    actionEn: ["The authoritative data source has no photo"],
    family: null,
  },
  [SdkCode.ID_NAME_MISMATCH]: {
    code: 66660010,
    name: "ID_NAME_MISMATCH",
    message: "姓名和身份证不一致，请确认",
    messageEn: "Name and ID card do not match, please check",
    billable: true,
    category: "identity",
    action: ["姓名和身份证不匹配"],
    actionEn: ["Name and ID card do not match"],
    family: null,
  },
  [SdkCode.NO_VERIFICATION_RESULT]: {
    code: 66660011,
    name: "NO_VERIFICATION_RESULT",
    message: "无此查询结果",
    messageEn: "No result for this query",
    billable: false,
    category: "request",
    action: ["当前订单或用户无人脸验证结果"],
    actionEn: ["The current order or user has no face verification result"],
    family: null,
  },
  [SdkCode.INVALID_NAME_OR_ID_NUMBER]: {
    code: 66660015,
    name: "INVALID_NAME_OR_ID_NUMBER",
    message: "姓名或身份证不合法",
    messageEn: "Invalid name or ID card",
    billable: false,
    category: "identity",
    action: ["身份证或姓名非法，后台校验身份证有效性，同时也校验姓名"],
    actionEn: ["The ID card or name is invalid: the back end checks that the ID card is valid, and checks the name too"],
    family: null,
  },
  [SdkCode.INVALID_VIDEO_FORMAT_OR_SIZE_66660016]: {
    code: 66660016,
    name: "INVALID_VIDEO_FORMAT_OR_SIZE_66660016",
    message: "视频格式或大小不合法",
    messageEn: "Invalid video format or size",
    billable: false,
    category: "media",
    action: ["文件或视频不合法"],
    actionEn: ["Invalid file or video"],
    family: "invalid_video_format_or_size",
  },
  [SdkCode.DAILY_VERIFICATION_LIMIT_EXCEEDED]: {
    code: 66660017,
    name: "DAILY_VERIFICATION_LIMIT_EXCEEDED",
    message: "验证次数超限",
    messageEn: "Verification limit exceeded",
    billable: false,
    category: "rate_limit",
    action: ["当日用户验证次数超限"],
    actionEn: ["The user has exceeded the number of verifications allowed for the day"],
    family: null,
  },
  [SdkCode.IDENTITY_INFO_NOT_FOUND]: {
    code: 66660018,
    name: "IDENTITY_INFO_NOT_FOUND",
    message: "操作超时，请退出重试",
    messageEn: "Operation timed out, please exit and try again",
    billable: false,
    category: "request",
    action: ["无此 ID 的用户身份信息，针对 H5 刷脸的信息"],
    actionEn: ["There is no user identity information for this ID (applies to H5 face verification)"],
    family: null,
  },
  [SdkCode.SYSTEM_TIMEOUT]: {
    code: 66660021,
    name: "SYSTEM_TIMEOUT",
    message: "网络不给力，请稍后重试",
    messageEn: "Poor network connection, please try again later",
    billable: false,
    category: "service",
    action: ["系统超时，请您稍后再试"],
    actionEn: ["The system timed out, please try again later"],
    family: null,
  },
  [SdkCode.LIP_READING_DIGITS_EXPIRED]: {
    code: 66660022,
    name: "LIP_READING_DIGITS_EXPIRED",
    message: "动态数字失效，请重新验证",
    messageEn: "The dynamic digits have expired, please verify again",
    billable: false,
    category: "liveness",
    action: ["在缓存的唇语失效，需要重新拉取，用于 API 接口"],
    actionEn: ["The cached lip-reading digits have expired and must be fetched again (applies to API integration)"],
    family: null,
  },
  [SdkCode.ANTI_SPOOFING_FAILED_66660023]: {
    code: 66660023,
    name: "ANTI_SPOOFING_FAILED_66660023",
    message: "请确保本人操作且正脸对框",
    messageEn: "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
    billable: false,
    category: "liveness",
    action: ["防攻击活体检测不通过（包含翻拍、模型等）"],
    actionEn: ["Anti-spoofing liveness check failed (including recaptured photos, models, etc.)"],
    family: "anti_spoofing_failed",
  },
  [SdkCode.ANTI_SPOOFING_FAILED_66660036]: {
    code: 66660036,
    name: "ANTI_SPOOFING_FAILED_66660036",
    message: "请确保本人操作且正脸对框",
    messageEn: "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
    billable: false,
    category: "liveness",
    action: ["防攻击活体检测不通过（包含翻拍、模型等）"],
    actionEn: ["Anti-spoofing liveness check failed (including recaptured photos, models, etc.)"],
    family: "anti_spoofing_failed",
  },
  [SdkCode.ANTI_SPOOFING_FAILED_MINUS_5020]: {
    code: -5020,
    name: "ANTI_SPOOFING_FAILED_MINUS_5020",
    message: "请确保本人操作且正脸对框",
    messageEn: "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
    billable: false,
    category: "liveness",
    action: ["防攻击活体检测不通过（包含翻拍、模型等）"],
    actionEn: ["Anti-spoofing liveness check failed (including recaptured photos, models, etc.)"],
    family: "anti_spoofing_failed",
  },
  [SdkCode.ANTI_SPOOFING_FAILED_MINUS_5025]: {
    code: -5025,
    name: "ANTI_SPOOFING_FAILED_MINUS_5025",
    message: "请确保本人操作且正脸对框",
    messageEn: "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
    billable: false,
    category: "liveness",
    action: ["防攻击活体检测不通过（包含翻拍、模型等）"],
    actionEn: ["Anti-spoofing liveness check failed (including recaptured photos, models, etc.)"],
    family: "anti_spoofing_failed",
  },
  [SdkCode.ID_NUMBER_NOT_FOUND]: {
    code: 66660024,
    name: "ID_NUMBER_NOT_FOUND",
    message: "无此证件号码",
    messageEn: "No such ID document number",
    billable: false,
    category: "identity",
    action: ["权威数据源返回无此证件号码"],
    actionEn: ["The authoritative data source returned no such ID document number"],
    family: null,
  },
  [SdkCode.REFLECTION_LIVENESS_FAILED]: {
    code: 66660025,
    name: "REFLECTION_LIVENESS_FAILED",
    message: "请确保本人操作且正脸对框",
    messageEn: "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
    billable: false,
    category: "liveness",
    action: ["光线活体识别不通过，按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"],
    actionEn: ["Reflection-based liveness check failed; try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure your face is straight on, inside the frame", "3. Please make sure your face is not covered"],
    family: null,
  },
  [SdkCode.INVALID_HD_PHOTO_SIZE_OR_FORMAT]: {
    code: 66660026,
    name: "INVALID_HD_PHOTO_SIZE_OR_FORMAT",
    message: "高清照大小或格式不符合",
    messageEn: "HD photo size or format does not meet the requirements",
    billable: false,
    category: "media",
    action: ["高清照大小或格式不符合"],
    actionEn: ["HD photo size or format does not meet the requirements"],
    family: null,
  },
  [SdkCode.UNSUPPORTED_SERVICE_TYPE]: {
    code: 66660030,
    name: "UNSUPPORTED_SERVICE_TYPE",
    message: "不支持此类型服务",
    messageEn: "This type of service is not supported",
    billable: false,
    category: "request",
    action: ["不支持此类型服务"],
    actionEn: ["This type of service is not supported"],
    family: null,
  },
  [SdkCode.TOO_MANY_FACES_IN_IMAGE]: {
    code: 66660033,
    name: "TOO_MANY_FACES_IN_IMAGE",
    message: "图片中人脸数超限，请确保最多只有两张脸",
    messageEn: "Too many faces in the image, please make sure there are at most two",
    billable: false,
    category: "face_capture",
    action: ["图片中人脸数超限"],
    actionEn: ["Too many faces in the image"],
    family: null,
  },
  [SdkCode.SELFIE_DECODE_FAILED_66660035]: {
    code: 66660035,
    name: "SELFIE_DECODE_FAILED_66660035",
    message: "未识别到人脸，请确保正脸对框且清晰完整",
    messageEn: "No face detected, please make sure your face is straight on, inside the frame, clear and fully visible",
    billable: false,
    category: "media",
    action: ["自拍照编码问题，无法解析，可以尝试重新拍照或上传可靠自拍照比对"],
    actionEn: ["The selfie has an encoding problem and cannot be decoded; try taking the photo again, or upload a reliable selfie for comparison"],
    family: "selfie_decode_failed",
  },
  [SdkCode.SELFIE_DECODE_FAILED_MINUS_1102]: {
    code: -1102,
    name: "SELFIE_DECODE_FAILED_MINUS_1102",
    message: "未识别到人脸，请确保正脸对框且清晰完整",
    messageEn: "No face detected, please make sure your face is straight on, inside the frame, clear and fully visible",
    billable: false,
    category: "media",
    action: ["自拍照编码问题，无法解析，可以尝试重新拍照或上传可靠自拍照比对"],
    actionEn: ["The selfie has an encoding problem and cannot be decoded; try taking the photo again, or upload a reliable selfie for comparison"],
    family: "selfie_decode_failed",
  },
  [SdkCode.MULTIPLE_FACES_IN_COMPARISON_PHOTO]: {
    code: 66660037,
    name: "MULTIPLE_FACES_IN_COMPARISON_PHOTO",
    message: "照片出现多张脸",
    messageEn: "Multiple faces in the photo",
    billable: false,
    category: "face_capture",
    action: ["比对照片采集到多张脸"],
    actionEn: ["Multiple faces were captured in the comparison photo"],
    family: null,
  },
  [SdkCode.FACE_NOT_DETECTED_66660038]: {
    code: 66660038,
    name: "FACE_NOT_DETECTED_66660038",
    message: "未识别到人脸，请确保正脸对框且清晰完整",
    messageEn: "No face detected, please make sure your face is straight on, inside the frame, clear and fully visible",
    billable: false,
    category: "face_capture",
    action: ["按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"],
    actionEn: ["Try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure your face is straight on, inside the frame", "3. Please make sure your face is not covered"],
    family: "face_not_detected",
  },
  [SdkCode.FACE_NOT_DETECTED_MINUS_1101]: {
    code: -1101,
    name: "FACE_NOT_DETECTED_MINUS_1101",
    message: "未识别到人脸，请确保正脸对框且清晰完整",
    messageEn: "No face detected, please make sure your face is straight on, inside the frame, clear and fully visible",
    billable: false,
    category: "face_capture",
    action: ["按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"],
    actionEn: ["Try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure your face is straight on, inside the frame", "3. Please make sure your face is not covered"],
    family: "face_not_detected",
  },
  [SdkCode.FACE_NOT_DETECTED_MINUS_4014]: {
    code: -4014,
    name: "FACE_NOT_DETECTED_MINUS_4014",
    message: "未识别到人脸，请确保正脸对框且清晰完整",
    messageEn: "No face detected, please make sure your face is straight on, inside the frame, clear and fully visible",
    billable: false,
    category: "face_capture",
    action: ["按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"],
    actionEn: ["Try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure your face is straight on, inside the frame", "3. Please make sure your face is not covered"],
    family: "face_not_detected",
  },
  [SdkCode.ID_PHOTO_UNUSABLE_66660039]: {
    code: 66660039,
    name: "ID_PHOTO_UNUSABLE_66660039",
    message: "证件照不存在或无法处理",
    messageEn: "The ID photo does not exist or cannot be processed",
    billable: false,
    category: "identity",
    action: ["提供的比对源照片编码问题，无法解析，如果是合作伙伴自带数据源，请确保数据源照片"],
    actionEn: ["The comparison source photo provided has an encoding problem and cannot be decoded; if it is the partner's own data source, please make sure the data source photo"],
    family: "id_photo_unusable",
  },
  [SdkCode.ID_PHOTO_UNUSABLE_66660040]: {
    code: 66660040,
    name: "ID_PHOTO_UNUSABLE_66660040",
    message: "证件照不存在或无法处理",
    messageEn: "The ID photo does not exist or cannot be processed",
    billable: false,
    category: "identity",
    action: ["提供的比对源照片编码问题，无法解析，如果是合作伙伴自带数据源，请确保数据源照片"],
    actionEn: ["The comparison source photo provided has an encoding problem and cannot be decoded; if it is the partner's own data source, please make sure the data source photo"],
    family: "id_photo_unusable",
  },
  [SdkCode.ID_PHOTO_UNUSABLE_66660046]: {
    code: 66660046,
    name: "ID_PHOTO_UNUSABLE_66660046",
    message: "证件照不存在或无法处理",
    messageEn: "The ID photo does not exist or cannot be processed",
    billable: false,
    category: "identity",
    action: ["提供的比对源照片编码问题，无法解析，如果是合作伙伴自带数据源，请确保数据源照片"],
    actionEn: ["The comparison source photo provided has an encoding problem and cannot be decoded; if it is the partner's own data source, please make sure the data source photo"],
    family: "id_photo_unusable",
  },
  [SdkCode.ID_PHOTO_UNUSABLE_MINUS_4017]: {
    code: -4017,
    name: "ID_PHOTO_UNUSABLE_MINUS_4017",
    message: "证件照不存在或无法处理",
    messageEn: "The ID photo does not exist or cannot be processed",
    billable: false,
    category: "identity",
    action: ["提供的比对源照片编码问题，无法解析，如果是合作伙伴自带数据源，请确保数据源照片"],
    actionEn: ["The comparison source photo provided has an encoding problem and cannot be decoded; if it is the partner's own data source, please make sure the data source photo"],
    family: "id_photo_unusable",
  },
  [SdkCode.ID_PHOTO_UNUSABLE_MINUS_4018]: {
    code: -4018,
    name: "ID_PHOTO_UNUSABLE_MINUS_4018",
    message: "证件照不存在或无法处理",
    messageEn: "The ID photo does not exist or cannot be processed",
    billable: false,
    category: "identity",
    action: ["提供的比对源照片编码问题，无法解析，如果是合作伙伴自带数据源，请确保数据源照片"],
    actionEn: ["The comparison source photo provided has an encoding problem and cannot be decoded; if it is the partner's own data source, please make sure the data source photo"],
    family: "id_photo_unusable",
  },
  [SdkCode.FACE_COVERED_66660041]: {
    code: 66660041,
    name: "FACE_COVERED_66660041",
    message: "脸部有遮挡，请保持人脸清晰无遮挡",
    messageEn: "Face covered, please keep your face clear and uncovered",
    billable: false,
    category: "face_capture",
    action: ["脸部有遮挡，录制时，确保人脸清晰完整"],
    actionEn: ["Face covered; when recording, make sure your face is clear and fully visible"],
    family: "face_covered",
  },
  [SdkCode.PHOTO_BLURRY_66660042]: {
    code: 66660042,
    name: "PHOTO_BLURRY_66660042",
    message: "照片模糊，请保持人脸清晰勿晃动",
    messageEn: "Blurry photo, please keep your face clear and steady",
    billable: false,
    category: "face_capture",
    action: ["照片模糊，录制时，确保人脸清晰勿晃动"],
    actionEn: ["Blurry photo; when recording, make sure your face is clear and steady"],
    family: "photo_blurry",
  },
  [SdkCode.VIDEO_PARSE_FAILED]: {
    code: 66660045,
    name: "VIDEO_PARSE_FAILED",
    message: "自拍照处理失败",
    messageEn: "Selfie processing failed",
    billable: false,
    category: "media",
    action: ["视频解析失败，需重新录制视频"],
    actionEn: ["Parsing the video failed; record the video again"],
    family: null,
  },
  [SdkCode.LIVENESS_RISK_CONTROL_TRIGGERED]: {
    code: 66665001,
    name: "LIVENESS_RISK_CONTROL_TRIGGERED",
    message: "活体检测不通过",
    messageEn: "Liveness check failed",
    billable: false,
    category: "liveness",
    action: ["活体检测失败，命中风控逻辑"],
    actionEn: ["Liveness check failed: risk-control rules were triggered"],
    family: null,
  },
  [SdkCode.FACE_SIMILARITY_TOO_LOW_UNBILLED]: {
    code: -4007,
    name: "FACE_SIMILARITY_TOO_LOW_UNBILLED",
    message: "无法确认为同一人",
    messageEn: "Cannot confirm that this is the same person",
    billable: false,
    category: "identity",
    action: ["人脸比对相似度得分不够"],
    actionEn: ["The face comparison similarity score is too low"],
    family: null,
  },
  [SdkCode.FACE_COVERED_IN_VIDEO]: {
    code: -5012,
    name: "FACE_COVERED_IN_VIDEO",
    message: "视频中人脸被遮挡",
    messageEn: "Face covered in the video",
    billable: false,
    category: "face_capture",
    action: ["脸部有遮挡，录制时，确保人脸清晰完整"],
    actionEn: ["Face covered; when recording, make sure your face is clear and fully visible"],
    family: null,
  },
  [SdkCode.ABNORMAL_VIDEO]: {
    code: -5001,
    name: "ABNORMAL_VIDEO",
    message: "视频异常，请重新录制",
    messageEn: "Abnormal video, please record again",
    billable: false,
    category: "media",
    action: ["按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"],
    actionEn: ["Try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure your face is straight on, inside the frame", "3. Please make sure your face is not covered"],
    family: null,
  },
  [SdkCode.FACE_TOO_CLOSE_OR_FAR]: {
    code: -5005,
    name: "FACE_TOO_CLOSE_OR_FAR",
    message: "离屏幕太近或太远；录制时，确保人脸清晰完整",
    messageEn: "Too close to or too far from the screen; when recording, make sure your face is clear and fully visible",
    billable: false,
    category: "face_capture",
    action: ["离屏幕太近或太远；录制时，确保人脸清晰完整"],
    actionEn: ["Too close to or too far from the screen; when recording, make sure your face is clear and fully visible"],
    family: null,
  },
  [SdkCode.SPEECH_NOT_RECOGNIZED_MINUS_5008]: {
    code: -5008,
    name: "SPEECH_NOT_RECOGNIZED_MINUS_5008",
    message: "声音未能识别，请大声慢读一遍数字",
    messageEn: "Speech not recognized, please read the digits once, aloud and slowly",
    billable: false,
    category: "liveness",
    action: ["录制时，普通话大声读数字"],
    actionEn: ["When recording, read the digits aloud in Mandarin"],
    family: "speech_not_recognized",
  },
  [SdkCode.NO_FACE_IN_VIDEO]: {
    code: -5009,
    name: "NO_FACE_IN_VIDEO",
    message: "视频中人脸检测不到；录制时，确保人脸清晰完整",
    messageEn: "No face can be detected in the video; when recording, make sure your face is clear and fully visible",
    billable: false,
    category: "face_capture",
    action: ["按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"],
    actionEn: ["Try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure your face is straight on, inside the frame", "3. Please make sure your face is not covered"],
    family: null,
  },
  [SdkCode.SPEECH_NOT_RECOGNIZED_MINUS_5010]: {
    code: -5010,
    name: "SPEECH_NOT_RECOGNIZED_MINUS_5010",
    message: "声音未能识别；请大声慢读一遍数字",
    messageEn: "Speech not recognized; please read the digits once, aloud and slowly",
    billable: false,
    category: "liveness",
    action: ["录制时，普通话大声读数字"],
    actionEn: ["When recording, read the digits aloud in Mandarin"],
    family: "speech_not_recognized",
  },
  [SdkCode.FACE_NOT_DETECTED_IN_VIDEO]: {
    code: -5011,
    name: "FACE_NOT_DETECTED_IN_VIDEO",
    message: "未识别到人脸；请保持本人操作且正脸对框",
    messageEn: "No face detected; please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
    billable: false,
    category: "face_capture",
    action: ["视频中未检测到人脸"],
    actionEn: ["No face detected in the video"],
    family: null,
  },
  [SdkCode.BLINK_NOT_DETECTED]: {
    code: -5018,
    name: "BLINK_NOT_DETECTED",
    message: "未识别到眨眼；录制时请保持正脸对框且眨眼",
    messageEn: "No blink detected; when recording, please keep your face straight on, inside the frame, and blink",
    billable: false,
    category: "liveness",
    action: ["录制视频视频时需配合做眨眼动作"],
    actionEn: ["When recording the video, blink when asked"],
    family: null,
  },
  [SdkCode.LIVENESS_FAILED_MINUS_5026]: {
    code: -5026,
    name: "LIVENESS_FAILED_MINUS_5026",
    message: "请确保本人操作且正脸对框",
    messageEn: "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
    billable: false,
    category: "liveness",
    action: ["活体识别不通过，按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"],
    actionEn: ["Liveness check failed; try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure your face is straight on, inside the frame", "3. Please make sure your face is not covered"],
    family: "liveness_failed",
  },
  [SdkCode.ABNORMAL_VIDEO_PARSE_FAILED_MINUS_5027]: {
    code: -5027,
    name: "ABNORMAL_VIDEO_PARSE_FAILED_MINUS_5027",
    message: "请确保本人操作且正脸对框",
    messageEn: "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
    billable: false,
    category: "media",
    action: ["异常视频解析失败"],
    actionEn: ["Parsing failed for an abnormal video"],
    family: "abnormal_video_parse_failed",
  },
  [SdkCode.ABNORMAL_VIDEO_PARSE_FAILED_MINUS_5052]: {
    code: -5052,
    name: "ABNORMAL_VIDEO_PARSE_FAILED_MINUS_5052",
    message: "请确保本人操作且正脸对框",
    messageEn: "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
    billable: false,
    category: "media",
    action: ["异常视频解析失败"],
    actionEn: ["Parsing failed for an abnormal video"],
    family: "abnormal_video_parse_failed",
  },
  [SdkCode.LIVENESS_FAILED_MINUS_1404]: {
    code: -1404,
    name: "LIVENESS_FAILED_MINUS_1404",
    message: "请确保本人操作且正脸对框",
    messageEn: "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
    billable: false,
    category: "liveness",
    action: ["活体识别不通过，按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"],
    actionEn: ["Liveness check failed; try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure your face is straight on, inside the frame", "3. Please make sure your face is not covered"],
    family: "liveness_failed",
  },
  [SdkCode.ABNORMAL_VIDEO_CHECK_FAILED]: {
    code: -1304,
    name: "ABNORMAL_VIDEO_CHECK_FAILED",
    message: "视频异常，请重新录制",
    messageEn: "Abnormal video, please record again",
    billable: false,
    category: "media",
    action: ["检查异常视频失败"],
    actionEn: ["The abnormal-video check failed"],
    family: null,
  },
  [SdkCode.FEATURE_DISTANCE_CALCULATION_FAILED]: {
    code: -4005,
    name: "FEATURE_DISTANCE_CALCULATION_FAILED",
    message: "服务内部错误",
    messageEn: "Internal service error",
    billable: false,
    category: "service",
    action: ["计算特征距离失败"],
    actionEn: ["Failed to calculate the feature distance"],
    family: null,
  },
  [SdkCode.INTERNAL_SDK_ERROR]: {
    code: -5000,
    name: "INTERNAL_SDK_ERROR",
    message: "服务内部错误",
    messageEn: "Internal service error",
    billable: false,
    category: "service",
    action: ["服务内部 SDK 没有正常工作"],
    actionEn: ["The service's internal SDK is not working properly"],
    family: null,
  },
  [SdkCode.VIDEO_REQUIREMENTS_NOT_MET]: {
    code: -15001,
    name: "VIDEO_REQUIREMENTS_NOT_MET",
    message: "视频中人脸检测不到；录制时，确保人脸清晰完整",
    messageEn: "No face can be detected in the video; when recording, make sure your face is clear and fully visible",
    billable: false,
    category: "face_capture",
    action: ["视频不符合要求。如：全程无人脸"],
    actionEn: ["The video does not meet the requirements, for example: no face at any point"],
    family: null,
  },
  [SdkCode.VIDEO_SYNTHESIZED_FROM_IMAGE]: {
    code: -15002,
    name: "VIDEO_SYNTHESIZED_FROM_IMAGE",
    message: "请确保本人操作且正脸对框",
    messageEn: "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
    billable: false,
    category: "liveness",
    action: ["视频由单张图片合成而来"],
    actionEn: ["The video was synthesized from a single image"],
    family: null,
  },
  [SdkCode.LIVENESS_FAILED_MINUS_14099]: {
    code: -14099,
    name: "LIVENESS_FAILED_MINUS_14099",
    message: "请确保本人操作且正脸对框",
    messageEn: "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
    billable: false,
    category: "liveness",
    action: ["活体识别不通过，按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"],
    actionEn: ["Liveness check failed; try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure your face is straight on, inside the frame", "3. Please make sure your face is not covered"],
    family: "liveness_failed",
  },
  [SdkCode.LIVENESS_FAILED_MINUS_7001]: {
    code: -7001,
    name: "LIVENESS_FAILED_MINUS_7001",
    message: "请确保本人操作且正脸对框",
    messageEn: "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
    billable: false,
    category: "liveness",
    action: ["活体识别不通过，按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"],
    actionEn: ["Liveness check failed; try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure your face is straight on, inside the frame", "3. Please make sure your face is not covered"],
    family: "liveness_failed",
  },
  [SdkCode.FACE_COVERED_MINUS_5103]: {
    code: -5103,
    name: "FACE_COVERED_MINUS_5103",
    message: "脸部有遮挡；请保持人脸清晰无遮挡",
    messageEn: "Face covered; please keep your face clear and uncovered",
    billable: false,
    category: "face_capture",
    action: ["脸部有遮挡，录制时，确保人脸清晰完整"],
    actionEn: ["Face covered; when recording, make sure your face is clear and fully visible"],
    family: "face_covered",
  },
  [SdkCode.PHOTO_BLURRY_MINUS_5102]: {
    code: -5102,
    name: "PHOTO_BLURRY_MINUS_5102",
    message: "照片模糊，请保持人脸清晰勿晃动",
    messageEn: "Blurry photo, please keep your face clear and steady",
    billable: false,
    category: "face_capture",
    action: ["照片模糊，录制时，确保人脸清晰勿晃动"],
    actionEn: ["Blurry photo; when recording, make sure your face is clear and steady"],
    family: "photo_blurry",
  },
  [SdkCode.INVALID_VIDEO_FORMAT_OR_SIZE_MINUS_5051]: {
    code: -5051,
    name: "INVALID_VIDEO_FORMAT_OR_SIZE_MINUS_5051",
    message: "视频格式或大小不合法",
    messageEn: "Invalid video format or size",
    billable: false,
    category: "media",
    action: ["文件或视频不合法"],
    actionEn: ["Invalid file or video"],
    family: "invalid_video_format_or_size",
  },
  [SdkCode.INVALID_VIDEO_FORMAT_OR_SIZE_MINUS_5050]: {
    code: -5050,
    name: "INVALID_VIDEO_FORMAT_OR_SIZE_MINUS_5050",
    message: "视频格式或大小不合法",
    messageEn: "Invalid video format or size",
    billable: false,
    category: "media",
    action: ["文件或视频不合法"],
    actionEn: ["Invalid file or video"],
    family: "invalid_video_format_or_size",
  },
  [SdkCode.LIVENESS_FAILED_MINUS_5024]: {
    code: -5024,
    name: "LIVENESS_FAILED_MINUS_5024",
    message: "请确保本人操作且正脸对框",
    messageEn: "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
    billable: false,
    category: "liveness",
    action: ["活体识别不通过，按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"],
    actionEn: ["Liveness check failed; try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure your face is straight on, inside the frame", "3. Please make sure your face is not covered"],
    family: "liveness_failed",
  },
  [SdkCode.LIGHT_TOO_STRONG]: {
    code: -5023,
    name: "LIGHT_TOO_STRONG",
    message: "光线太强，请到室内识别",
    messageEn: "Light too strong, please go indoors to verify",
    billable: false,
    category: "face_capture",
    action: ["活体识别不通过，按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"],
    actionEn: ["Liveness check failed; try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure your face is straight on, inside the frame", "3. Please make sure your face is not covered"],
    family: null,
  },
  [SdkCode.ANTI_SPOOFING_FAILED_MINUS_5021]: {
    code: -5021,
    name: "ANTI_SPOOFING_FAILED_MINUS_5021",
    message: "活体检测不通过",
    messageEn: "Liveness check failed",
    billable: false,
    category: "liveness",
    action: ["防攻击活体检测不通过"],
    actionEn: ["Anti-spoofing liveness check failed"],
    family: "anti_spoofing_failed",
  },
  [SdkCode.LIVENESS_FAILED_MINUS_5019]: {
    code: -5019,
    name: "LIVENESS_FAILED_MINUS_5019",
    message: "请确保本人操作且正脸对框",
    messageEn: "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
    billable: false,
    category: "liveness",
    action: ["活体识别不通过，按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"],
    actionEn: ["Liveness check failed; try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure your face is straight on, inside the frame", "3. Please make sure your face is not covered"],
    family: "liveness_failed",
  },
  [SdkCode.FACE_DETECTION_FAILED_MINUS_4003]: {
    code: -4003,
    name: "FACE_DETECTION_FAILED_MINUS_4003",
    message: "人脸检测失败",
    messageEn: "Face detection failed",
    billable: false,
    category: "face_capture",
    action: ["按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"],
    actionEn: ["Try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure your face is straight on, inside the frame", "3. Please make sure your face is not covered"],
    family: "face_detection_failed",
  },
  [SdkCode.LIVENESS_FAILED_MINUS_1497]: {
    code: -1497,
    name: "LIVENESS_FAILED_MINUS_1497",
    message: "请确保本人操作且正脸对框",
    messageEn: "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
    billable: false,
    category: "liveness",
    action: ["活体识别不通过，按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"],
    actionEn: ["Liveness check failed; try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure your face is straight on, inside the frame", "3. Please make sure your face is not covered"],
    family: "liveness_failed",
  },
  [SdkCode.EYES_CLOSED]: {
    code: -1493,
    name: "EYES_CLOSED",
    message: "录制过程中请勿闭眼",
    messageEn: "Do not close your eyes while recording",
    billable: false,
    category: "liveness",
    action: ["录制过程中请勿闭眼"],
    actionEn: ["Do not close your eyes while recording"],
    family: null,
  },
  [SdkCode.ANTI_SPOOFING_FAILED_MINUS_1492]: {
    code: -1492,
    name: "ANTI_SPOOFING_FAILED_MINUS_1492",
    message: "活体检测不通过，请重试",
    messageEn: "Liveness check failed, please try again",
    billable: false,
    category: "liveness",
    action: ["防攻击活体检测不通过"],
    actionEn: ["Anti-spoofing liveness check failed"],
    family: "anti_spoofing_failed",
  },
  [SdkCode.ANTI_SPOOFING_FAILED_MINUS_1490]: {
    code: -1490,
    name: "ANTI_SPOOFING_FAILED_MINUS_1490",
    message: "活体检测不通过，请重试",
    messageEn: "Liveness check failed, please try again",
    billable: false,
    category: "liveness",
    action: ["防攻击活体检测不通过"],
    actionEn: ["Anti-spoofing liveness check failed"],
    family: "anti_spoofing_failed",
  },
  [SdkCode.FACE_DETECTION_FAILED_MINUS_1406]: {
    code: -1406,
    name: "FACE_DETECTION_FAILED_MINUS_1406",
    message: "人脸检测失败",
    messageEn: "Face detection failed",
    billable: false,
    category: "face_capture",
    action: ["按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"],
    actionEn: ["Try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure your face is straight on, inside the frame", "3. Please make sure your face is not covered"],
    family: "face_detection_failed",
  },
  [SdkCode.INVALID_REQUEST_FIELD]: {
    code: -1301,
    name: "INVALID_REQUEST_FIELD",
    message: "网络不给力，请稍后重试",
    messageEn: "Poor network connection, please try again later",
    billable: false,
    category: "request",
    action: ["请求参数字段非法"],
    actionEn: ["A field in the request parameters is invalid"],
    family: null,
  },
  [SdkCode.SERVER_PROCESSING_FAILED_MINUS_1105]: {
    code: -1105,
    name: "SERVER_PROCESSING_FAILED_MINUS_1105",
    message: "服务器处理失败，请稍后重试",
    messageEn: "Server processing failed, please try again later",
    billable: false,
    category: "service",
    action: ["服务器处理失败"],
    actionEn: ["Server processing failed"],
    family: "server_processing_failed",
  },
  [SdkCode.SERVER_PROCESSING_FAILED_MINUS_1104]: {
    code: -1104,
    name: "SERVER_PROCESSING_FAILED_MINUS_1104",
    message: "服务器处理失败，请稍后重试",
    messageEn: "Server processing failed, please try again later",
    billable: false,
    category: "service",
    action: ["服务器处理失败"],
    actionEn: ["Server processing failed"],
    family: "server_processing_failed",
  },
};

/**
 * SdkCode families: the codes the documentation gives one meaning, by
 * family key (`CodeInfo.family`), in documentation order. Ask whether a raw
 * code is any of them with `.includes(code)`.
 */
export const SDK_CODE_FAMILIES: {
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
} = {
  access_denied: [SdkCode.ACCESS_DENIED_400103, SdkCode.ACCESS_DENIED_400104],
  invalid_video_format_or_size: [SdkCode.INVALID_VIDEO_FORMAT_OR_SIZE_66660016, SdkCode.INVALID_VIDEO_FORMAT_OR_SIZE_MINUS_5051, SdkCode.INVALID_VIDEO_FORMAT_OR_SIZE_MINUS_5050],
  anti_spoofing_failed: [SdkCode.ANTI_SPOOFING_FAILED_66660023, SdkCode.ANTI_SPOOFING_FAILED_66660036, SdkCode.ANTI_SPOOFING_FAILED_MINUS_5020, SdkCode.ANTI_SPOOFING_FAILED_MINUS_5025, SdkCode.ANTI_SPOOFING_FAILED_MINUS_5021, SdkCode.ANTI_SPOOFING_FAILED_MINUS_1492, SdkCode.ANTI_SPOOFING_FAILED_MINUS_1490],
  selfie_decode_failed: [SdkCode.SELFIE_DECODE_FAILED_66660035, SdkCode.SELFIE_DECODE_FAILED_MINUS_1102],
  face_not_detected: [SdkCode.FACE_NOT_DETECTED_66660038, SdkCode.FACE_NOT_DETECTED_MINUS_1101, SdkCode.FACE_NOT_DETECTED_MINUS_4014],
  id_photo_unusable: [SdkCode.ID_PHOTO_UNUSABLE_66660039, SdkCode.ID_PHOTO_UNUSABLE_66660040, SdkCode.ID_PHOTO_UNUSABLE_66660046, SdkCode.ID_PHOTO_UNUSABLE_MINUS_4017, SdkCode.ID_PHOTO_UNUSABLE_MINUS_4018],
  face_covered: [SdkCode.FACE_COVERED_66660041, SdkCode.FACE_COVERED_MINUS_5103],
  photo_blurry: [SdkCode.PHOTO_BLURRY_66660042, SdkCode.PHOTO_BLURRY_MINUS_5102],
  speech_not_recognized: [SdkCode.SPEECH_NOT_RECOGNIZED_MINUS_5008, SdkCode.SPEECH_NOT_RECOGNIZED_MINUS_5010],
  liveness_failed: [SdkCode.LIVENESS_FAILED_MINUS_5026, SdkCode.LIVENESS_FAILED_MINUS_1404, SdkCode.LIVENESS_FAILED_MINUS_14099, SdkCode.LIVENESS_FAILED_MINUS_7001, SdkCode.LIVENESS_FAILED_MINUS_5024, SdkCode.LIVENESS_FAILED_MINUS_5019, SdkCode.LIVENESS_FAILED_MINUS_1497],
  abnormal_video_parse_failed: [SdkCode.ABNORMAL_VIDEO_PARSE_FAILED_MINUS_5027, SdkCode.ABNORMAL_VIDEO_PARSE_FAILED_MINUS_5052],
  face_detection_failed: [SdkCode.FACE_DETECTION_FAILED_MINUS_4003, SdkCode.FACE_DETECTION_FAILED_MINUS_1406],
  server_processing_failed: [SdkCode.SERVER_PROCESSING_FAILED_MINUS_1105, SdkCode.SERVER_PROCESSING_FAILED_MINUS_1104],
};

/** Whether `value` is a number that is a SdkCode (narrows it to the enum). */
export function isSdkCode(value: unknown): value is SdkCode {
  return typeof value === "number" && Object.prototype.hasOwnProperty.call(SDK_CODE_INFO, value);
}

/**
 * The info for a raw `code`, or `undefined` for a code this version does not
 * know (FaceID adds codes over time, so a response may carry a new one).
 * A number is the code it equals; a boolean is none. A string is the code it
 * writes as `String(code)` does (an optional minus, ASCII digits, no leading
 * zero, no -0), as Tencent's SDKs hand the code over: `"66660004"`. Python's
 * lookup reads a code by the same rule.
 */
export function lookupSdkCode(
  code: number | string,
): CodeInfo<SdkCode, keyof typeof SdkCode> | undefined {
  const value = typeof code === "string" ? decimal(code) : code;
  return isSdkCode(value) ? SDK_CODE_INFO[value] : undefined;
}

/**
 * A `sdk` code as it comes from outside (a response, a request): a
 * SdkCode when this version knows it, any other number otherwise (an open
 * enum: FaceID adds codes). Narrow it with `isSdkCode`.
 */
export type OpenSdkCode = SdkCode | number;

/** A return code of any channel. */
export type FaceIdCode = WechatCode | SdkCode;

/** Channel key (as in the spec) -> its enum, as `CHANNELS` in the Python package. */
export const CHANNELS: {
  readonly "wechat": typeof WechatCode;
  readonly "sdk": typeof SdkCode;
} = {
  "wechat": WechatCode,
  "sdk": SdkCode,
};
