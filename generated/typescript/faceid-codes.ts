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
}

/** The spec version these enums were generated from. */
export const FACEID_CODES_VERSION = "1.0.0";

/** The number a string spells in plain decimal, or `undefined` for any other string. */
function decimal(text: string): number | undefined {
  return /^-?[0-9]{1,20}$/.test(text) ? Number(text) : undefined;
}

/** 微信 H5/小程序返回码 (WeChat H5 / Mini Program). */
export enum WechatCode {
  /** 0: 成功 (Success) Billed. */
  SUCCESS = 0,
  /** 1: 请求不合法，缺少参数 (Invalid request, missing parameter) */
  MISSING_PARAMETER = 1,
  /** 2: 请求不合法，参数有误 (Invalid request, incorrect parameter) */
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
  /** 9: 文件格式错误，请确认后重试 (Incorrect file format, please check and try again) */
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
  /** 301: 当前认证人身份证号码与上传证件号码不符，请重新上传 (The ID card number of the person being verified does not match the uploaded ID document number, please upload again) */
  ID_NUMBER_MISMATCH = 301,
  /** 302: 证件已过期 (The ID document has expired) */
  ID_DOCUMENT_EXPIRED = 302,
  /** 303: OCR 识别失败 (OCR recognition failed) */
  OCR_FAILED = 303,
  /** 1001: 调用活体引擎接口出错 (Error calling the liveness engine API) */
  LIVENESS_ENGINE_ERROR = 1001,
  /** 1002: 疑似非真人录制 (Suspected recording not made by a real person) */
  SUSPECTED_NOT_REAL_PERSON = 1002,
  /** 1003: 视频实人（真人）检测未通过 (Real-person (real human) detection on the video failed) */
  VIDEO_REAL_PERSON_CHECK_FAILED = 1003,
  /** 1004: 人脸检测失败，无法提取比对照 (Face detection failed, unable to extract a comparison photo) */
  FACE_DETECTION_FAILED = 1004,
  /** 1005: 活体检测未通过 (Liveness detection failed) */
  LIVENESS_CHECK_FAILED = 1005,
  /** 1006: 证照库出错，请重试 (ID photo database error, please try again) */
  ID_PHOTO_DATABASE_ERROR = 1006,
  /** 1101: 未检测到声音 (No voice detected) */
  NO_VOICE_DETECTED = 1101,
  /** 1102: 脸部未完整露出 (Face not fully visible) */
  FACE_NOT_FULLY_VISIBLE = 1102,
  /** 1103: 声音识别失败 (Voice recognition failed) */
  VOICE_RECOGNITION_FAILED = 1103,
  /** 1104: 视频格式有误 (Incorrect video format) */
  INVALID_VIDEO_FORMAT = 1104,
  /** 1105: 视频拉取失败，请重试 (Failed to fetch the video, please try again) */
  VIDEO_FETCH_FAILED = 1105,
  /** 1106: 视频声音太小 (Video volume too low) */
  VIDEO_VOLUME_TOO_LOW = 1106,
  /** 1107: 视频为空，或大小不合适，请控制录制时长在6s左右 (The video is empty or its size is unsuitable, please keep the recording duration to about 6 s) */
  VIDEO_EMPTY_OR_BAD_SIZE = 1107,
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
  /** 1204: 脸离屏幕太右 (Face too far right on the screen) */
  FACE_TOO_FAR_RIGHT = 1204,
  /** 1205: 脸离屏幕太远 (Face too far from the screen) */
  FACE_TOO_FAR_AWAY = 1205,
  /** 1206: 脸离屏幕太左 (Face too far left on the screen) */
  FACE_TOO_FAR_LEFT = 1206,
  /** 1207: 未检测到闭眼动作 (No eye-closing action detected) */
  EYE_CLOSING_NOT_DETECTED = 1207,
  /** 1208: 未检测到第一个动作 (First action not detected) */
  FIRST_ACTION_NOT_DETECTED = 1208,
  /** 1209: 未检测到张嘴动作 (No mouth-opening action detected) */
  MOUTH_OPENING_NOT_DETECTED = 1209,
  /** 1210: 未能检测到完整人脸 (Could not detect a complete face) */
  FULL_FACE_NOT_DETECTED = 1210,
  /** 1301: 实人检测失败 (Real-person detection failed) */
  REAL_PERSON_CHECK_FAILED = 1301,
  /** 1302: 实人检测未达到通过标准 (Real-person detection did not reach the pass threshold) */
  REAL_PERSON_CHECK_BELOW_THRESHOLD = 1302,
  /** 1303: 视频录制时间过短，请录制2秒以上的视频 (Video recording too short, please record a video of 2 seconds or more) */
  VIDEO_TOO_SHORT = 1303,
  /** 2001: 调用比对引擎接口出错 (Error calling the comparison engine API) */
  COMPARISON_ENGINE_ERROR = 2001,
  /** 2002: 输入的姓名有误 (The name entered is incorrect) */
  INVALID_NAME = 2002,
  /** 2003: 输入的身份证号有误 (The ID card number entered is incorrect) */
  INVALID_ID_NUMBER = 2003,
  /** 2004: 传入图片过大或过小 (The image passed in is too large or too small) */
  IMAGE_SIZE_OUT_OF_RANGE = 2004,
  /** 2005: 库中无此号，请到户籍所在地进行核实 (This number is not in the database, please go to your place of household registration to have it verified) */
  ID_NUMBER_NOT_FOUND = 2005,
  /** 2006: 姓名和身份证号不一致，请核实后重试 (Name and ID card number do not match, please verify and try again) Billed. */
  ID_NAME_MISMATCH = 2006,
  /** 2007: 库中无此用户照片，请到户籍所在地进行核实 (No photo of this user in the database, please go to your place of household registration to have it verified) Billed. */
  USER_PHOTO_NOT_FOUND = 2007,
  /** 2008: 客户库自建库或认证中心返照失败，请稍后再试 (The customer's own database or the authentication center failed to return a photo, please try again later) */
  REFERENCE_PHOTO_FETCH_FAILED = 2008,
  /** 2009: 传入图片分辨率太低，请重新上传 (The image passed in has too low a resolution, please upload it again) Billed. */
  IMAGE_RESOLUTION_TOO_LOW = 2009,
  /** 2010: 人脸检测失败，无法提取比对照 (Face detection failed, unable to extract a comparison photo) Billed. */
  FACE_DETECTION_FAILED_2 = 2010,
  /** 2011: 实人比对未通过 (Real-person comparison failed) Billed. */
  REAL_PERSON_COMPARISON_FAILED = 2011,
  /** 2012: 检测到多张人脸 (Multiple faces detected) Billed. */
  MULTIPLE_FACES = 2012,
  /** 2013: 未能检测到完整人脸 (Could not detect a complete face) Billed. */
  FULL_FACE_NOT_DETECTED_2 = 2013,
  /** 2014: 传入图片分辨率太低，请重新上传 (The image passed in has too low a resolution, please upload it again) Billed. */
  IMAGE_RESOLUTION_TOO_LOW_2 = 2014,
  /** 2015: 比对失败 (Comparison failed) Billed. */
  COMPARISON_FAILED = 2015,
  /** 2016: 比对相似度未达到通过标准 (Comparison similarity did not reach the pass threshold) Billed. */
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
  },
  [WechatCode.MISSING_PARAMETER]: {
    code: 1,
    name: "MISSING_PARAMETER",
    message: "请求不合法，缺少参数",
    messageEn: "Invalid request, missing parameter",
    billable: false,
    category: "system",
    action: [],
    actionEn: [],
  },
  [WechatCode.INVALID_PARAMETER]: {
    code: 2,
    name: "INVALID_PARAMETER",
    message: "请求不合法，参数有误",
    messageEn: "Invalid request, incorrect parameter",
    billable: false,
    category: "system",
    action: [],
    actionEn: [],
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
  },
  [WechatCode.INVALID_FILE_FORMAT]: {
    code: 9,
    name: "INVALID_FILE_FORMAT",
    message: "文件格式错误，请确认后重试",
    messageEn: "Incorrect file format, please check and try again",
    billable: false,
    category: "system",
    action: [],
    actionEn: [],
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
  },
  [WechatCode.ID_NUMBER_MISMATCH]: {
    code: 301,
    name: "ID_NUMBER_MISMATCH",
    message: "当前认证人身份证号码与上传证件号码不符，请重新上传",
    messageEn: "The ID card number of the person being verified does not match the uploaded ID document number, please upload again",
    billable: false,
    category: "wechat",
    action: [],
    actionEn: [],
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
  },
  [WechatCode.OCR_FAILED]: {
    code: 303,
    name: "OCR_FAILED",
    message: "OCR 识别失败",
    messageEn: "OCR recognition failed",
    billable: false,
    category: "wechat",
    action: [],
    actionEn: [],
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
  },
  [WechatCode.SUSPECTED_NOT_REAL_PERSON]: {
    code: 1002,
    name: "SUSPECTED_NOT_REAL_PERSON",
    message: "疑似非真人录制",
    messageEn: "Suspected recording not made by a real person",
    billable: false,
    category: "liveness_common",
    action: [],
    actionEn: [],
  },
  [WechatCode.VIDEO_REAL_PERSON_CHECK_FAILED]: {
    code: 1003,
    name: "VIDEO_REAL_PERSON_CHECK_FAILED",
    message: "视频实人（真人）检测未通过",
    messageEn: "Real-person (real human) detection on the video failed",
    billable: false,
    category: "liveness_common",
    action: [],
    actionEn: [],
  },
  [WechatCode.FACE_DETECTION_FAILED]: {
    code: 1004,
    name: "FACE_DETECTION_FAILED",
    message: "人脸检测失败，无法提取比对照",
    messageEn: "Face detection failed, unable to extract a comparison photo",
    billable: false,
    category: "liveness_common",
    action: [],
    actionEn: [],
  },
  [WechatCode.LIVENESS_CHECK_FAILED]: {
    code: 1005,
    name: "LIVENESS_CHECK_FAILED",
    message: "活体检测未通过",
    messageEn: "Liveness detection failed",
    billable: false,
    category: "liveness_common",
    action: [],
    actionEn: [],
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
  },
  [WechatCode.VOICE_RECOGNITION_FAILED]: {
    code: 1103,
    name: "VOICE_RECOGNITION_FAILED",
    message: "声音识别失败",
    messageEn: "Voice recognition failed",
    billable: false,
    category: "liveness_digital",
    action: [],
    actionEn: [],
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
  },
  [WechatCode.VIDEO_EMPTY_OR_BAD_SIZE]: {
    code: 1107,
    name: "VIDEO_EMPTY_OR_BAD_SIZE",
    message: "视频为空，或大小不合适，请控制录制时长在6s左右",
    messageEn: "The video is empty or its size is unsuitable, please keep the recording duration to about 6 s",
    billable: false,
    category: "liveness_digital",
    action: [],
    actionEn: [],
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
  },
  [WechatCode.FACE_TOO_FAR_RIGHT]: {
    code: 1204,
    name: "FACE_TOO_FAR_RIGHT",
    message: "脸离屏幕太右",
    messageEn: "Face too far right on the screen",
    billable: false,
    category: "liveness_action",
    action: [],
    actionEn: [],
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
  },
  [WechatCode.FACE_TOO_FAR_LEFT]: {
    code: 1206,
    name: "FACE_TOO_FAR_LEFT",
    message: "脸离屏幕太左",
    messageEn: "Face too far left on the screen",
    billable: false,
    category: "liveness_action",
    action: [],
    actionEn: [],
  },
  [WechatCode.EYE_CLOSING_NOT_DETECTED]: {
    code: 1207,
    name: "EYE_CLOSING_NOT_DETECTED",
    message: "未检测到闭眼动作",
    messageEn: "No eye-closing action detected",
    billable: false,
    category: "liveness_action",
    action: [],
    actionEn: [],
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
  },
  [WechatCode.MOUTH_OPENING_NOT_DETECTED]: {
    code: 1209,
    name: "MOUTH_OPENING_NOT_DETECTED",
    message: "未检测到张嘴动作",
    messageEn: "No mouth-opening action detected",
    billable: false,
    category: "liveness_action",
    action: [],
    actionEn: [],
  },
  [WechatCode.FULL_FACE_NOT_DETECTED]: {
    code: 1210,
    name: "FULL_FACE_NOT_DETECTED",
    message: "未能检测到完整人脸",
    messageEn: "Could not detect a complete face",
    billable: false,
    category: "liveness_action",
    action: [],
    actionEn: [],
  },
  [WechatCode.REAL_PERSON_CHECK_FAILED]: {
    code: 1301,
    name: "REAL_PERSON_CHECK_FAILED",
    message: "实人检测失败",
    messageEn: "Real-person detection failed",
    billable: false,
    category: "liveness_silent",
    action: [],
    actionEn: [],
  },
  [WechatCode.REAL_PERSON_CHECK_BELOW_THRESHOLD]: {
    code: 1302,
    name: "REAL_PERSON_CHECK_BELOW_THRESHOLD",
    message: "实人检测未达到通过标准",
    messageEn: "Real-person detection did not reach the pass threshold",
    billable: false,
    category: "liveness_silent",
    action: [],
    actionEn: [],
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
  },
  [WechatCode.IMAGE_SIZE_OUT_OF_RANGE]: {
    code: 2004,
    name: "IMAGE_SIZE_OUT_OF_RANGE",
    message: "传入图片过大或过小",
    messageEn: "The image passed in is too large or too small",
    billable: false,
    category: "id_image_comparison",
    action: [],
    actionEn: [],
  },
  [WechatCode.ID_NUMBER_NOT_FOUND]: {
    code: 2005,
    name: "ID_NUMBER_NOT_FOUND",
    message: "库中无此号，请到户籍所在地进行核实",
    messageEn: "This number is not in the database, please go to your place of household registration to have it verified",
    billable: false,
    category: "id_image_comparison",
    action: [],
    actionEn: [],
  },
  [WechatCode.ID_NAME_MISMATCH]: {
    code: 2006,
    name: "ID_NAME_MISMATCH",
    message: "姓名和身份证号不一致，请核实后重试",
    messageEn: "Name and ID card number do not match, please verify and try again",
    billable: true,
    category: "id_image_comparison",
    action: [],
    actionEn: [],
  },
  [WechatCode.USER_PHOTO_NOT_FOUND]: {
    code: 2007,
    name: "USER_PHOTO_NOT_FOUND",
    message: "库中无此用户照片，请到户籍所在地进行核实",
    messageEn: "No photo of this user in the database, please go to your place of household registration to have it verified",
    billable: true,
    category: "id_image_comparison",
    action: [],
    actionEn: [],
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
  },
  [WechatCode.IMAGE_RESOLUTION_TOO_LOW]: {
    code: 2009,
    name: "IMAGE_RESOLUTION_TOO_LOW",
    message: "传入图片分辨率太低，请重新上传",
    messageEn: "The image passed in has too low a resolution, please upload it again",
    billable: true,
    category: "id_image_comparison",
    action: [],
    actionEn: [],
  },
  [WechatCode.FACE_DETECTION_FAILED_2]: {
    code: 2010,
    name: "FACE_DETECTION_FAILED_2",
    message: "人脸检测失败，无法提取比对照",
    messageEn: "Face detection failed, unable to extract a comparison photo",
    billable: true,
    category: "id_image_comparison",
    action: [],
    actionEn: [],
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
  },
  [WechatCode.MULTIPLE_FACES]: {
    code: 2012,
    name: "MULTIPLE_FACES",
    message: "检测到多张人脸",
    messageEn: "Multiple faces detected",
    billable: true,
    category: "id_image_comparison",
    action: [],
    actionEn: [],
  },
  [WechatCode.FULL_FACE_NOT_DETECTED_2]: {
    code: 2013,
    name: "FULL_FACE_NOT_DETECTED_2",
    message: "未能检测到完整人脸",
    messageEn: "Could not detect a complete face",
    billable: true,
    category: "id_image_comparison",
    action: [],
    actionEn: [],
  },
  [WechatCode.IMAGE_RESOLUTION_TOO_LOW_2]: {
    code: 2014,
    name: "IMAGE_RESOLUTION_TOO_LOW_2",
    message: "传入图片分辨率太低，请重新上传",
    messageEn: "The image passed in has too low a resolution, please upload it again",
    billable: true,
    category: "id_image_comparison",
    action: [],
    actionEn: [],
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
  },
  [WechatCode.SIMILARITY_BELOW_THRESHOLD]: {
    code: 2016,
    name: "SIMILARITY_BELOW_THRESHOLD",
    message: "比对相似度未达到通过标准",
    messageEn: "Comparison similarity did not reach the pass threshold",
    billable: true,
    category: "id_image_comparison",
    action: [],
    actionEn: [],
  },
};

/** Whether `value` is a number that is a WechatCode (narrows it to the enum). */
export function isWechatCode(value: unknown): value is WechatCode {
  return typeof value === "number" && Object.prototype.hasOwnProperty.call(WECHAT_CODE_INFO, value);
}

/**
 * The info for a raw `code`, or `undefined` for a code this version does not
 * know (FaceID adds codes over time, so a response may carry a new one).
 * A string is read as a decimal number (ASCII digits after an optional minus,
 * at most 20 of them, nothing else), as Tencent's SDKs hand the code over:
 * `"66660004"`.
 */
export function lookupWechatCode(
  code: number | string,
): CodeInfo<WechatCode, keyof typeof WechatCode> | undefined {
  const value = typeof code === "string" ? decimal(code) : code;
  return isWechatCode(value) ? WECHAT_CODE_INFO[value] : undefined;
}

/** 其他返回码 (SDK, standalone H5 and PC H5). */
export enum SdkCode {
  /** 400101: 不合法的请求 (Invalid request) */
  INVALID_SIGNATURE = 400101,
  /** 400102: 不合法的请求 (Invalid request) */
  LOGIN_STATE_EXPIRED = 400102,
  /** 400103: 服务器拒绝访问此接口 (The server refused access to this API) */
  ACCESS_DENIED = 400103,
  /** 400104: 服务器拒绝访问此接口 (The server refused access to this API) */
  ACCESS_DENIED_2 = 400104,
  /** 400502: 请求上送版本参数错误 (The version parameter sent in the request is incorrect) */
  INVALID_VERSION_PARAMETER = 400502,
  /** 400504: 请求访问频率过高 (Access request rate too high) */
  USER_RATE_LIMITED = 400504,
  /** 400506: 请求频率过高，请稍后再试 (Request rate too high, please try again later) */
  APP_RATE_LIMITED = 400506,
  /** 400601: 请求参数体过大 (Request parameter body too large) */
  REQUEST_BODY_TOO_LARGE = 400601,
  /** 400604: 上送视频非实时录制 (The uploaded video was not recorded in real time) */
  VIDEO_NOT_RECORDED_LIVE = 400604,
  /** 66660001: 不合法请求 (Invalid request) */
  APP_ID_NOT_FOUND = 66660001,
  /** 66660002: 服务已过有效期 (The service has expired) */
  SERVICE_EXPIRED = 66660002,
  /** 66660004: 无法确认为同一人 (Cannot confirm that this is the same person) Billed. */
  NOT_SAME_PERSON = 66660004,
  /** 66660005: 无照片信息，无法比对 (No photo information, cannot compare) */
  NO_AUTHORITATIVE_PHOTO = 66660005,
  /** 66660010: 姓名和身份证不一致，请确认 (Name and ID card do not match, please check) Billed. */
  ID_NAME_MISMATCH = 66660010,
  /** 66660011: 无此查询结果 (No such query result) */
  NO_VERIFICATION_RESULT = 66660011,
  /** 66660015: 姓名或身份证不合法 (Invalid name or ID card) */
  INVALID_NAME_OR_ID_NUMBER = 66660015,
  /** 66660016: 视频格式或大小不合法 (Invalid video format or size) */
  INVALID_VIDEO_FILE = 66660016,
  /** 66660017: 验证次数超限 (Verification count limit exceeded) */
  DAILY_VERIFICATION_LIMIT_EXCEEDED = 66660017,
  /** 66660018: 操作超时，请退出重试 (Operation timed out, please exit and try again) */
  IDENTITY_INFO_NOT_FOUND = 66660018,
  /** 66660021: 网络不给力，请稍后重试 (Poor network connection, please try again later) */
  SYSTEM_TIMEOUT = 66660021,
  /** 66660022: 动态数字失效，请重新验证 (The dynamic digits have expired, please verify again) */
  LIP_READING_DIGITS_EXPIRED = 66660022,
  /** 66660023: 请确保本人操作且正脸对框 (Please make sure you are doing this yourself and face the camera inside the frame) */
  ANTI_SPOOFING_FAILED = 66660023,
  /** 66660036: 请确保本人操作且正脸对框 (Please make sure you are doing this yourself and face the camera inside the frame) */
  ANTI_SPOOFING_FAILED_2 = 66660036,
  /** -5020: 请确保本人操作且正脸对框 (Please make sure you are doing this yourself and face the camera inside the frame) */
  ANTI_SPOOFING_FAILED_3 = -5020,
  /** -5025: 请确保本人操作且正脸对框 (Please make sure you are doing this yourself and face the camera inside the frame) */
  ANTI_SPOOFING_FAILED_4 = -5025,
  /** 66660024: 无此证件号码 (No such ID document number) */
  ID_NUMBER_NOT_FOUND = 66660024,
  /** 66660025: 请确保本人操作且正脸对框 (Please make sure you are doing this yourself and face the camera inside the frame) */
  LIGHT_LIVENESS_FAILED = 66660025,
  /** 66660026: 高清照大小或格式不符合 (HD photo size or format does not meet the requirements) */
  INVALID_HD_PHOTO = 66660026,
  /** 66660030: 不支持此类型服务 (This type of service is not supported) */
  UNSUPPORTED_SERVICE_TYPE = 66660030,
  /** 66660033: 图片中人脸数超限，请确保最多只有两张脸 (The number of faces in the image exceeds the limit, please make sure there are at most two faces) */
  TOO_MANY_FACES_IN_IMAGE = 66660033,
  /** 66660035: 未识别到人脸，请确保正脸对框且清晰完整 (No face recognized, please make sure you face the camera inside the frame and your face is clear and complete) */
  SELFIE_DECODE_FAILED = 66660035,
  /** -1102: 未识别到人脸，请确保正脸对框且清晰完整 (No face recognized, please make sure you face the camera inside the frame and your face is clear and complete) */
  SELFIE_DECODE_FAILED_2 = -1102,
  /** 66660037: 照片出现多张脸 (Multiple faces appear in the photo) */
  MULTIPLE_FACES_IN_PHOTO = 66660037,
  /** 66660038: 未识别到人脸，请确保正脸对框且清晰完整 (No face recognized, please make sure you face the camera inside the frame and your face is clear and complete) */
  FACE_NOT_RECOGNIZED = 66660038,
  /** -1101: 未识别到人脸，请确保正脸对框且清晰完整 (No face recognized, please make sure you face the camera inside the frame and your face is clear and complete) */
  FACE_NOT_RECOGNIZED_2 = -1101,
  /** -4014: 未识别到人脸，请确保正脸对框且清晰完整 (No face recognized, please make sure you face the camera inside the frame and your face is clear and complete) */
  FACE_NOT_RECOGNIZED_3 = -4014,
  /** 66660039: 证件照不存在或无法处理 (The ID photo does not exist or cannot be processed) */
  ID_PHOTO_UNUSABLE = 66660039,
  /** 66660040: 证件照不存在或无法处理 (The ID photo does not exist or cannot be processed) */
  ID_PHOTO_UNUSABLE_2 = 66660040,
  /** 66660046: 证件照不存在或无法处理 (The ID photo does not exist or cannot be processed) */
  ID_PHOTO_UNUSABLE_3 = 66660046,
  /** -4017: 证件照不存在或无法处理 (The ID photo does not exist or cannot be processed) */
  ID_PHOTO_UNUSABLE_4 = -4017,
  /** -4018: 证件照不存在或无法处理 (The ID photo does not exist or cannot be processed) */
  ID_PHOTO_UNUSABLE_5 = -4018,
  /** 66660041: 脸部有遮挡，请保持人脸清晰无遮挡 (Face is covered, please keep your face clear and uncovered) */
  FACE_OCCLUDED = 66660041,
  /** 66660042: 照片模糊，请保持人脸清晰勿晃动 (Photo is blurry, please keep your face clear and do not shake) */
  PHOTO_BLURRED = 66660042,
  /** 66660045: 自拍照处理失败 (Selfie processing failed) */
  SELFIE_PROCESSING_FAILED = 66660045,
  /** 66665001: 活体检测不通过 (Liveness detection failed) */
  LIVENESS_RISK_CONTROL_TRIGGERED = 66665001,
  /** -4007: 无法确认为同一人 (Cannot confirm that this is the same person) */
  NOT_SAME_PERSON_2 = -4007,
  /** -5012: 视频中人脸被遮挡 (Face in the video is covered) */
  FACE_OCCLUDED_2 = -5012,
  /** -5001: 视频异常，请重新录制 (Abnormal video, please record again) */
  ABNORMAL_VIDEO = -5001,
  /** -5005: 离屏幕太近或太远；录制时，确保人脸清晰完整 (Too close to or too far from the screen; when recording, make sure your face is clear and complete) */
  FACE_TOO_CLOSE_OR_FAR = -5005,
  /** -5008: 声音未能识别，请大声慢读一遍数字 (Voice not recognized, please read the digits aloud slowly once) */
  VOICE_NOT_RECOGNIZED = -5008,
  /** -5009: 视频中人脸检测不到；录制时，确保人脸清晰完整 (No face can be detected in the video; when recording, make sure your face is clear and complete) */
  NO_FACE_IN_VIDEO = -5009,
  /** -5010: 声音未能识别；请大声慢读一遍数字 (Voice not recognized; please read the digits aloud slowly once) */
  VOICE_NOT_RECOGNIZED_2 = -5010,
  /** -5011: 未识别到人脸；请保持本人操作且正脸对框 (No face recognized; please keep doing this yourself and face the camera inside the frame) */
  FACE_NOT_RECOGNIZED_IN_VIDEO = -5011,
  /** -5018: 未识别到眨眼；录制时请保持正脸对框且眨眼 (No blink recognized; when recording, please keep facing the camera inside the frame and blink) */
  BLINK_NOT_DETECTED = -5018,
  /** -5026: 请确保本人操作且正脸对框 (Please make sure you are doing this yourself and face the camera inside the frame) */
  LIVENESS_FAILED = -5026,
  /** -5027: 请确保本人操作且正脸对框 (Please make sure you are doing this yourself and face the camera inside the frame) */
  ABNORMAL_VIDEO_PARSE_FAILED = -5027,
  /** -5052: 请确保本人操作且正脸对框 (Please make sure you are doing this yourself and face the camera inside the frame) */
  ABNORMAL_VIDEO_PARSE_FAILED_2 = -5052,
  /** -1404: 请确保本人操作且正脸对框 (Please make sure you are doing this yourself and face the camera inside the frame) */
  LIVENESS_FAILED_2 = -1404,
  /** -1304: 视频异常，请重新录制 (Abnormal video, please record again) */
  ABNORMAL_VIDEO_CHECK_FAILED = -1304,
  /** -4005: 服务内部错误 (Internal service error) */
  FEATURE_DISTANCE_FAILED = -4005,
  /** -5000: 服务内部错误 (Internal service error) */
  INTERNAL_SDK_ERROR = -5000,
  /** -15001: 视频中人脸检测不到；录制时，确保人脸清晰完整 (No face can be detected in the video; when recording, make sure your face is clear and complete) */
  VIDEO_REQUIREMENTS_NOT_MET = -15001,
  /** -15002: 请确保本人操作且正脸对框 (Please make sure you are doing this yourself and face the camera inside the frame) */
  VIDEO_SYNTHESIZED_FROM_IMAGE = -15002,
  /** -14099: 请确保本人操作且正脸对框 (Please make sure you are doing this yourself and face the camera inside the frame) */
  LIVENESS_FAILED_3 = -14099,
  /** -7001: 请确保本人操作且正脸对框 (Please make sure you are doing this yourself and face the camera inside the frame) */
  LIVENESS_FAILED_4 = -7001,
  /** -5103: 脸部有遮挡；请保持人脸清晰无遮挡 (Face is covered; please keep your face clear and uncovered) */
  FACE_OCCLUDED_3 = -5103,
  /** -5102: 照片模糊，请保持人脸清晰勿晃动 (Photo is blurry, please keep your face clear and do not shake) */
  PHOTO_BLURRED_2 = -5102,
  /** -5051: 视频格式或大小不合法 (Invalid video format or size) */
  INVALID_VIDEO_FILE_2 = -5051,
  /** -5050: 视频格式或大小不合法 (Invalid video format or size) */
  INVALID_VIDEO_FILE_3 = -5050,
  /** -5024: 请确保本人操作且正脸对框 (Please make sure you are doing this yourself and face the camera inside the frame) */
  LIVENESS_FAILED_5 = -5024,
  /** -5023: 光线太强，请到室内识别 (Light too strong, please go indoors for the recognition) */
  LIGHT_TOO_STRONG = -5023,
  /** -5021: 活体检测不通过 (Liveness detection failed) */
  ANTI_SPOOFING_FAILED_5 = -5021,
  /** -5019: 请确保本人操作且正脸对框 (Please make sure you are doing this yourself and face the camera inside the frame) */
  LIVENESS_FAILED_6 = -5019,
  /** -4003: 人脸检测失败 (Face detection failed) */
  FACE_DETECTION_FAILED = -4003,
  /** -1497: 请确保本人操作且正脸对框 (Please make sure you are doing this yourself and face the camera inside the frame) */
  LIVENESS_FAILED_7 = -1497,
  /** -1493: 录制过程中请勿闭眼 (Do not close your eyes while recording) */
  EYES_CLOSED = -1493,
  /** -1492: 活体检测不通过，请重试 (Liveness detection failed, please try again) */
  ANTI_SPOOFING_FAILED_6 = -1492,
  /** -1490: 活体检测不通过，请重试 (Liveness detection failed, please try again) */
  ANTI_SPOOFING_FAILED_7 = -1490,
  /** -1406: 人脸检测失败 (Face detection failed) */
  FACE_DETECTION_FAILED_2 = -1406,
  /** -1301: 网络不给力，请稍后重试 (Poor network connection, please try again later) */
  INVALID_REQUEST_FIELD = -1301,
  /** -1105: 服务器处理失败，请稍后重试 (Server processing failed, please try again later) */
  SERVER_PROCESSING_FAILED = -1105,
  /** -1104: 服务器处理失败，请稍后重试 (Server processing failed, please try again later) */
  SERVER_PROCESSING_FAILED_2 = -1104,
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
  },
  [SdkCode.LOGIN_STATE_EXPIRED]: {
    code: 400102,
    name: "LOGIN_STATE_EXPIRED",
    message: "不合法的请求",
    messageEn: "Invalid request",
    billable: false,
    category: "request",
    action: ["登录态失效"],
    actionEn: ["The login state has expired"],
  },
  [SdkCode.ACCESS_DENIED]: {
    code: 400103,
    name: "ACCESS_DENIED",
    message: "服务器拒绝访问此接口",
    messageEn: "The server refused access to this API",
    billable: false,
    category: "request",
    action: ["需要仔细核对请求获取 Token 或 ticket 参数"],
    actionEn: ["Carefully check the parameters of the request used to obtain the Token or ticket"],
  },
  [SdkCode.ACCESS_DENIED_2]: {
    code: 400104,
    name: "ACCESS_DENIED_2",
    message: "服务器拒绝访问此接口",
    messageEn: "The server refused access to this API",
    billable: false,
    category: "request",
    action: ["需要仔细核对请求获取 Token 或 ticket 参数"],
    actionEn: ["Carefully check the parameters of the request used to obtain the Token or ticket"],
  },
  [SdkCode.INVALID_VERSION_PARAMETER]: {
    code: 400502,
    name: "INVALID_VERSION_PARAMETER",
    message: "请求上送版本参数错误",
    messageEn: "The version parameter sent in the request is incorrect",
    billable: false,
    category: "request",
    action: ["需要仔细核对请求获取 Token 或 ticket 参数"],
    actionEn: ["Carefully check the parameters of the request used to obtain the Token or ticket"],
  },
  [SdkCode.USER_RATE_LIMITED]: {
    code: 400504,
    name: "USER_RATE_LIMITED",
    message: "请求访问频率过高",
    messageEn: "Access request rate too high",
    billable: false,
    category: "rate_limit",
    action: ["同一个 AppID 下，同一个 userID 2s内只能请求成功一次 nonceticket"],
    actionEn: ["Under the same AppID, the same userID can successfully request a nonceticket only once within 2 s"],
  },
  [SdkCode.APP_RATE_LIMITED]: {
    code: 400506,
    name: "APP_RATE_LIMITED",
    message: "请求频率过高，请稍后再试",
    messageEn: "Request rate too high, please try again later",
    billable: false,
    category: "rate_limit",
    action: ["针对同一个 AppID 的并发访问频率控制"],
    actionEn: ["Concurrent access rate control for the same AppID"],
  },
  [SdkCode.REQUEST_BODY_TOO_LARGE]: {
    code: 400601,
    name: "REQUEST_BODY_TOO_LARGE",
    message: "请求参数体过大",
    messageEn: "Request parameter body too large",
    billable: false,
    category: "request",
    action: ["检查上送的报文大小，尤其是包含图片和文件的报文，不能超过接口要求大小"],
    actionEn: ["Check the size of the message sent, especially messages containing images and files; it must not exceed the size the API requires"],
  },
  [SdkCode.VIDEO_NOT_RECORDED_LIVE]: {
    code: 400604,
    name: "VIDEO_NOT_RECORDED_LIVE",
    message: "上送视频非实时录制",
    messageEn: "The uploaded video was not recorded in real time",
    billable: false,
    category: "media",
    action: ["需要实时录制视频上传"],
    actionEn: ["The video must be recorded in real time and then uploaded"],
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
  },
  [SdkCode.NOT_SAME_PERSON]: {
    code: 66660004,
    name: "NOT_SAME_PERSON",
    message: "无法确认为同一人",
    messageEn: "Cannot confirm that this is the same person",
    billable: true,
    category: "comparison",
    action: ["人脸比对相似度得分不够"],
    actionEn: ["Face comparison similarity score too low"],
  },
  [SdkCode.NO_AUTHORITATIVE_PHOTO]: {
    code: 66660005,
    name: "NO_AUTHORITATIVE_PHOTO",
    message: "无照片信息，无法比对",
    messageEn: "No photo information, cannot compare",
    billable: false,
    category: "identity_data",
    action: ["权威数据源无照片"],
    actionEn: ["The authoritative data source has no photo"],
  },
  [SdkCode.ID_NAME_MISMATCH]: {
    code: 66660010,
    name: "ID_NAME_MISMATCH",
    message: "姓名和身份证不一致，请确认",
    messageEn: "Name and ID card do not match, please check",
    billable: true,
    category: "identity_data",
    action: ["姓名和身份证不匹配"],
    actionEn: ["Name and ID card do not match"],
  },
  [SdkCode.NO_VERIFICATION_RESULT]: {
    code: 66660011,
    name: "NO_VERIFICATION_RESULT",
    message: "无此查询结果",
    messageEn: "No such query result",
    billable: false,
    category: "request",
    action: ["当前订单或用户无人脸验证结果"],
    actionEn: ["The current order or user has no face verification result"],
  },
  [SdkCode.INVALID_NAME_OR_ID_NUMBER]: {
    code: 66660015,
    name: "INVALID_NAME_OR_ID_NUMBER",
    message: "姓名或身份证不合法",
    messageEn: "Invalid name or ID card",
    billable: false,
    category: "identity_data",
    action: ["身份证或姓名非法，后台校验身份证有效性，同时也校验姓名"],
    actionEn: ["ID card or name is invalid; the backend checks the validity of the ID card and also checks the name"],
  },
  [SdkCode.INVALID_VIDEO_FILE]: {
    code: 66660016,
    name: "INVALID_VIDEO_FILE",
    message: "视频格式或大小不合法",
    messageEn: "Invalid video format or size",
    billable: false,
    category: "media",
    action: ["文件或视频不合法"],
    actionEn: ["Invalid file or video"],
  },
  [SdkCode.DAILY_VERIFICATION_LIMIT_EXCEEDED]: {
    code: 66660017,
    name: "DAILY_VERIFICATION_LIMIT_EXCEEDED",
    message: "验证次数超限",
    messageEn: "Verification count limit exceeded",
    billable: false,
    category: "rate_limit",
    action: ["当日用户验证次数超限"],
    actionEn: ["The user's verification count for the day has exceeded the limit"],
  },
  [SdkCode.IDENTITY_INFO_NOT_FOUND]: {
    code: 66660018,
    name: "IDENTITY_INFO_NOT_FOUND",
    message: "操作超时，请退出重试",
    messageEn: "Operation timed out, please exit and try again",
    billable: false,
    category: "request",
    action: ["无此 ID 的用户身份信息，针对 H5 刷脸的信息"],
    actionEn: ["No user identity information for this ID; the information is for H5 face scanning"],
  },
  [SdkCode.SYSTEM_TIMEOUT]: {
    code: 66660021,
    name: "SYSTEM_TIMEOUT",
    message: "网络不给力，请稍后重试",
    messageEn: "Poor network connection, please try again later",
    billable: false,
    category: "service",
    action: ["系统超时，请您稍后再试"],
    actionEn: ["System timed out, please try again later"],
  },
  [SdkCode.LIP_READING_DIGITS_EXPIRED]: {
    code: 66660022,
    name: "LIP_READING_DIGITS_EXPIRED",
    message: "动态数字失效，请重新验证",
    messageEn: "The dynamic digits have expired, please verify again",
    billable: false,
    category: "liveness",
    action: ["在缓存的唇语失效，需要重新拉取，用于 API 接口"],
    actionEn: ["The cached lip-reading code has expired and must be fetched again; this is for the API"],
  },
  [SdkCode.ANTI_SPOOFING_FAILED]: {
    code: 66660023,
    name: "ANTI_SPOOFING_FAILED",
    message: "请确保本人操作且正脸对框",
    messageEn: "Please make sure you are doing this yourself and face the camera inside the frame",
    billable: false,
    category: "liveness",
    action: ["防攻击活体检测不通过（包含翻拍、模型等）"],
    actionEn: ["Anti-spoofing liveness detection failed (including recaptured screens or photos, models, etc.)"],
  },
  [SdkCode.ANTI_SPOOFING_FAILED_2]: {
    code: 66660036,
    name: "ANTI_SPOOFING_FAILED_2",
    message: "请确保本人操作且正脸对框",
    messageEn: "Please make sure you are doing this yourself and face the camera inside the frame",
    billable: false,
    category: "liveness",
    action: ["防攻击活体检测不通过（包含翻拍、模型等）"],
    actionEn: ["Anti-spoofing liveness detection failed (including recaptured screens or photos, models, etc.)"],
  },
  [SdkCode.ANTI_SPOOFING_FAILED_3]: {
    code: -5020,
    name: "ANTI_SPOOFING_FAILED_3",
    message: "请确保本人操作且正脸对框",
    messageEn: "Please make sure you are doing this yourself and face the camera inside the frame",
    billable: false,
    category: "liveness",
    action: ["防攻击活体检测不通过（包含翻拍、模型等）"],
    actionEn: ["Anti-spoofing liveness detection failed (including recaptured screens or photos, models, etc.)"],
  },
  [SdkCode.ANTI_SPOOFING_FAILED_4]: {
    code: -5025,
    name: "ANTI_SPOOFING_FAILED_4",
    message: "请确保本人操作且正脸对框",
    messageEn: "Please make sure you are doing this yourself and face the camera inside the frame",
    billable: false,
    category: "liveness",
    action: ["防攻击活体检测不通过（包含翻拍、模型等）"],
    actionEn: ["Anti-spoofing liveness detection failed (including recaptured screens or photos, models, etc.)"],
  },
  [SdkCode.ID_NUMBER_NOT_FOUND]: {
    code: 66660024,
    name: "ID_NUMBER_NOT_FOUND",
    message: "无此证件号码",
    messageEn: "No such ID document number",
    billable: false,
    category: "identity_data",
    action: ["权威数据源返回无此证件号码"],
    actionEn: ["The authoritative data source returned no such ID document number"],
  },
  [SdkCode.LIGHT_LIVENESS_FAILED]: {
    code: 66660025,
    name: "LIGHT_LIVENESS_FAILED",
    message: "请确保本人操作且正脸对框",
    messageEn: "Please make sure you are doing this yourself and face the camera inside the frame",
    billable: false,
    category: "liveness",
    action: ["光线活体识别不通过，按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"],
    actionEn: ["Light-based liveness recognition failed; try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure you face the camera inside the frame", "3. Please make sure your face is not covered"],
  },
  [SdkCode.INVALID_HD_PHOTO]: {
    code: 66660026,
    name: "INVALID_HD_PHOTO",
    message: "高清照大小或格式不符合",
    messageEn: "HD photo size or format does not meet the requirements",
    billable: false,
    category: "media",
    action: ["高清照大小或格式不符合"],
    actionEn: ["HD photo size or format does not meet the requirements"],
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
  },
  [SdkCode.TOO_MANY_FACES_IN_IMAGE]: {
    code: 66660033,
    name: "TOO_MANY_FACES_IN_IMAGE",
    message: "图片中人脸数超限，请确保最多只有两张脸",
    messageEn: "The number of faces in the image exceeds the limit, please make sure there are at most two faces",
    billable: false,
    category: "face_capture",
    action: ["图片中人脸数超限"],
    actionEn: ["The number of faces in the image exceeds the limit"],
  },
  [SdkCode.SELFIE_DECODE_FAILED]: {
    code: 66660035,
    name: "SELFIE_DECODE_FAILED",
    message: "未识别到人脸，请确保正脸对框且清晰完整",
    messageEn: "No face recognized, please make sure you face the camera inside the frame and your face is clear and complete",
    billable: false,
    category: "media",
    action: ["自拍照编码问题，无法解析，可以尝试重新拍照或上传可靠自拍照比对"],
    actionEn: ["Selfie encoding problem, it cannot be parsed; you can try taking the photo again or uploading a reliable selfie for comparison"],
  },
  [SdkCode.SELFIE_DECODE_FAILED_2]: {
    code: -1102,
    name: "SELFIE_DECODE_FAILED_2",
    message: "未识别到人脸，请确保正脸对框且清晰完整",
    messageEn: "No face recognized, please make sure you face the camera inside the frame and your face is clear and complete",
    billable: false,
    category: "media",
    action: ["自拍照编码问题，无法解析，可以尝试重新拍照或上传可靠自拍照比对"],
    actionEn: ["Selfie encoding problem, it cannot be parsed; you can try taking the photo again or uploading a reliable selfie for comparison"],
  },
  [SdkCode.MULTIPLE_FACES_IN_PHOTO]: {
    code: 66660037,
    name: "MULTIPLE_FACES_IN_PHOTO",
    message: "照片出现多张脸",
    messageEn: "Multiple faces appear in the photo",
    billable: false,
    category: "face_capture",
    action: ["比对照片采集到多张脸"],
    actionEn: ["Multiple faces captured in the comparison photo"],
  },
  [SdkCode.FACE_NOT_RECOGNIZED]: {
    code: 66660038,
    name: "FACE_NOT_RECOGNIZED",
    message: "未识别到人脸，请确保正脸对框且清晰完整",
    messageEn: "No face recognized, please make sure you face the camera inside the frame and your face is clear and complete",
    billable: false,
    category: "face_capture",
    action: ["按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"],
    actionEn: ["Try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure you face the camera inside the frame", "3. Please make sure your face is not covered"],
  },
  [SdkCode.FACE_NOT_RECOGNIZED_2]: {
    code: -1101,
    name: "FACE_NOT_RECOGNIZED_2",
    message: "未识别到人脸，请确保正脸对框且清晰完整",
    messageEn: "No face recognized, please make sure you face the camera inside the frame and your face is clear and complete",
    billable: false,
    category: "face_capture",
    action: ["按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"],
    actionEn: ["Try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure you face the camera inside the frame", "3. Please make sure your face is not covered"],
  },
  [SdkCode.FACE_NOT_RECOGNIZED_3]: {
    code: -4014,
    name: "FACE_NOT_RECOGNIZED_3",
    message: "未识别到人脸，请确保正脸对框且清晰完整",
    messageEn: "No face recognized, please make sure you face the camera inside the frame and your face is clear and complete",
    billable: false,
    category: "face_capture",
    action: ["按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"],
    actionEn: ["Try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure you face the camera inside the frame", "3. Please make sure your face is not covered"],
  },
  [SdkCode.ID_PHOTO_UNUSABLE]: {
    code: 66660039,
    name: "ID_PHOTO_UNUSABLE",
    message: "证件照不存在或无法处理",
    messageEn: "The ID photo does not exist or cannot be processed",
    billable: false,
    category: "media",
    action: ["提供的比对源照片编码问题，无法解析，如果是合作伙伴自带数据源，请确保数据源照片"],
    actionEn: ["The comparison source photo provided has an encoding problem and cannot be parsed; if it is the partner's own data source, please make sure the data source photo"],
  },
  [SdkCode.ID_PHOTO_UNUSABLE_2]: {
    code: 66660040,
    name: "ID_PHOTO_UNUSABLE_2",
    message: "证件照不存在或无法处理",
    messageEn: "The ID photo does not exist or cannot be processed",
    billable: false,
    category: "media",
    action: ["提供的比对源照片编码问题，无法解析，如果是合作伙伴自带数据源，请确保数据源照片"],
    actionEn: ["The comparison source photo provided has an encoding problem and cannot be parsed; if it is the partner's own data source, please make sure the data source photo"],
  },
  [SdkCode.ID_PHOTO_UNUSABLE_3]: {
    code: 66660046,
    name: "ID_PHOTO_UNUSABLE_3",
    message: "证件照不存在或无法处理",
    messageEn: "The ID photo does not exist or cannot be processed",
    billable: false,
    category: "media",
    action: ["提供的比对源照片编码问题，无法解析，如果是合作伙伴自带数据源，请确保数据源照片"],
    actionEn: ["The comparison source photo provided has an encoding problem and cannot be parsed; if it is the partner's own data source, please make sure the data source photo"],
  },
  [SdkCode.ID_PHOTO_UNUSABLE_4]: {
    code: -4017,
    name: "ID_PHOTO_UNUSABLE_4",
    message: "证件照不存在或无法处理",
    messageEn: "The ID photo does not exist or cannot be processed",
    billable: false,
    category: "media",
    action: ["提供的比对源照片编码问题，无法解析，如果是合作伙伴自带数据源，请确保数据源照片"],
    actionEn: ["The comparison source photo provided has an encoding problem and cannot be parsed; if it is the partner's own data source, please make sure the data source photo"],
  },
  [SdkCode.ID_PHOTO_UNUSABLE_5]: {
    code: -4018,
    name: "ID_PHOTO_UNUSABLE_5",
    message: "证件照不存在或无法处理",
    messageEn: "The ID photo does not exist or cannot be processed",
    billable: false,
    category: "media",
    action: ["提供的比对源照片编码问题，无法解析，如果是合作伙伴自带数据源，请确保数据源照片"],
    actionEn: ["The comparison source photo provided has an encoding problem and cannot be parsed; if it is the partner's own data source, please make sure the data source photo"],
  },
  [SdkCode.FACE_OCCLUDED]: {
    code: 66660041,
    name: "FACE_OCCLUDED",
    message: "脸部有遮挡，请保持人脸清晰无遮挡",
    messageEn: "Face is covered, please keep your face clear and uncovered",
    billable: false,
    category: "face_capture",
    action: ["脸部有遮挡，录制时，确保人脸清晰完整"],
    actionEn: ["Face is covered; when recording, make sure your face is clear and complete"],
  },
  [SdkCode.PHOTO_BLURRED]: {
    code: 66660042,
    name: "PHOTO_BLURRED",
    message: "照片模糊，请保持人脸清晰勿晃动",
    messageEn: "Photo is blurry, please keep your face clear and do not shake",
    billable: false,
    category: "face_capture",
    action: ["照片模糊，录制时，确保人脸清晰勿晃动"],
    actionEn: ["Photo is blurry; when recording, make sure your face is clear and does not shake"],
  },
  [SdkCode.SELFIE_PROCESSING_FAILED]: {
    code: 66660045,
    name: "SELFIE_PROCESSING_FAILED",
    message: "自拍照处理失败",
    messageEn: "Selfie processing failed",
    billable: false,
    category: "media",
    action: ["视频解析失败，需重新录制视频"],
    actionEn: ["Video parsing failed; the video must be recorded again"],
  },
  [SdkCode.LIVENESS_RISK_CONTROL_TRIGGERED]: {
    code: 66665001,
    name: "LIVENESS_RISK_CONTROL_TRIGGERED",
    message: "活体检测不通过",
    messageEn: "Liveness detection failed",
    billable: false,
    category: "liveness",
    action: ["活体检测失败，命中风控逻辑"],
    actionEn: ["Liveness detection failed; risk control logic was triggered"],
  },
  [SdkCode.NOT_SAME_PERSON_2]: {
    code: -4007,
    name: "NOT_SAME_PERSON_2",
    message: "无法确认为同一人",
    messageEn: "Cannot confirm that this is the same person",
    billable: false,
    category: "comparison",
    action: ["人脸比对相似度得分不够"],
    actionEn: ["Face comparison similarity score too low"],
  },
  [SdkCode.FACE_OCCLUDED_2]: {
    code: -5012,
    name: "FACE_OCCLUDED_2",
    message: "视频中人脸被遮挡",
    messageEn: "Face in the video is covered",
    billable: false,
    category: "face_capture",
    action: ["脸部有遮挡，录制时，确保人脸清晰完整"],
    actionEn: ["Face is covered; when recording, make sure your face is clear and complete"],
  },
  [SdkCode.ABNORMAL_VIDEO]: {
    code: -5001,
    name: "ABNORMAL_VIDEO",
    message: "视频异常，请重新录制",
    messageEn: "Abnormal video, please record again",
    billable: false,
    category: "media",
    action: ["按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"],
    actionEn: ["Try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure you face the camera inside the frame", "3. Please make sure your face is not covered"],
  },
  [SdkCode.FACE_TOO_CLOSE_OR_FAR]: {
    code: -5005,
    name: "FACE_TOO_CLOSE_OR_FAR",
    message: "离屏幕太近或太远；录制时，确保人脸清晰完整",
    messageEn: "Too close to or too far from the screen; when recording, make sure your face is clear and complete",
    billable: false,
    category: "face_capture",
    action: ["离屏幕太近或太远；录制时，确保人脸清晰完整"],
    actionEn: ["Too close to or too far from the screen; when recording, make sure your face is clear and complete"],
  },
  [SdkCode.VOICE_NOT_RECOGNIZED]: {
    code: -5008,
    name: "VOICE_NOT_RECOGNIZED",
    message: "声音未能识别，请大声慢读一遍数字",
    messageEn: "Voice not recognized, please read the digits aloud slowly once",
    billable: false,
    category: "liveness",
    action: ["录制时，普通话大声读数字"],
    actionEn: ["When recording, read the digits aloud in Mandarin"],
  },
  [SdkCode.NO_FACE_IN_VIDEO]: {
    code: -5009,
    name: "NO_FACE_IN_VIDEO",
    message: "视频中人脸检测不到；录制时，确保人脸清晰完整",
    messageEn: "No face can be detected in the video; when recording, make sure your face is clear and complete",
    billable: false,
    category: "face_capture",
    action: ["按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"],
    actionEn: ["Try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure you face the camera inside the frame", "3. Please make sure your face is not covered"],
  },
  [SdkCode.VOICE_NOT_RECOGNIZED_2]: {
    code: -5010,
    name: "VOICE_NOT_RECOGNIZED_2",
    message: "声音未能识别；请大声慢读一遍数字",
    messageEn: "Voice not recognized; please read the digits aloud slowly once",
    billable: false,
    category: "liveness",
    action: ["录制时，普通话大声读数字"],
    actionEn: ["When recording, read the digits aloud in Mandarin"],
  },
  [SdkCode.FACE_NOT_RECOGNIZED_IN_VIDEO]: {
    code: -5011,
    name: "FACE_NOT_RECOGNIZED_IN_VIDEO",
    message: "未识别到人脸；请保持本人操作且正脸对框",
    messageEn: "No face recognized; please keep doing this yourself and face the camera inside the frame",
    billable: false,
    category: "face_capture",
    action: ["视频中未检测到人脸"],
    actionEn: ["No face detected in the video"],
  },
  [SdkCode.BLINK_NOT_DETECTED]: {
    code: -5018,
    name: "BLINK_NOT_DETECTED",
    message: "未识别到眨眼；录制时请保持正脸对框且眨眼",
    messageEn: "No blink recognized; when recording, please keep facing the camera inside the frame and blink",
    billable: false,
    category: "liveness",
    action: ["录制视频视频时需配合做眨眼动作"],
    actionEn: ["When recording the video, blink as prompted"],
  },
  [SdkCode.LIVENESS_FAILED]: {
    code: -5026,
    name: "LIVENESS_FAILED",
    message: "请确保本人操作且正脸对框",
    messageEn: "Please make sure you are doing this yourself and face the camera inside the frame",
    billable: false,
    category: "liveness",
    action: ["活体识别不通过，按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"],
    actionEn: ["Liveness recognition failed; try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure you face the camera inside the frame", "3. Please make sure your face is not covered"],
  },
  [SdkCode.ABNORMAL_VIDEO_PARSE_FAILED]: {
    code: -5027,
    name: "ABNORMAL_VIDEO_PARSE_FAILED",
    message: "请确保本人操作且正脸对框",
    messageEn: "Please make sure you are doing this yourself and face the camera inside the frame",
    billable: false,
    category: "media",
    action: ["异常视频解析失败"],
    actionEn: ["Abnormal video parsing failed"],
  },
  [SdkCode.ABNORMAL_VIDEO_PARSE_FAILED_2]: {
    code: -5052,
    name: "ABNORMAL_VIDEO_PARSE_FAILED_2",
    message: "请确保本人操作且正脸对框",
    messageEn: "Please make sure you are doing this yourself and face the camera inside the frame",
    billable: false,
    category: "media",
    action: ["异常视频解析失败"],
    actionEn: ["Abnormal video parsing failed"],
  },
  [SdkCode.LIVENESS_FAILED_2]: {
    code: -1404,
    name: "LIVENESS_FAILED_2",
    message: "请确保本人操作且正脸对框",
    messageEn: "Please make sure you are doing this yourself and face the camera inside the frame",
    billable: false,
    category: "liveness",
    action: ["活体识别不通过，按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"],
    actionEn: ["Liveness recognition failed; try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure you face the camera inside the frame", "3. Please make sure your face is not covered"],
  },
  [SdkCode.ABNORMAL_VIDEO_CHECK_FAILED]: {
    code: -1304,
    name: "ABNORMAL_VIDEO_CHECK_FAILED",
    message: "视频异常，请重新录制",
    messageEn: "Abnormal video, please record again",
    billable: false,
    category: "media",
    action: ["检查异常视频失败"],
    actionEn: ["Abnormal video check failed"],
  },
  [SdkCode.FEATURE_DISTANCE_FAILED]: {
    code: -4005,
    name: "FEATURE_DISTANCE_FAILED",
    message: "服务内部错误",
    messageEn: "Internal service error",
    billable: false,
    category: "service",
    action: ["计算特征距离失败"],
    actionEn: ["Failed to compute the feature distance"],
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
  },
  [SdkCode.VIDEO_REQUIREMENTS_NOT_MET]: {
    code: -15001,
    name: "VIDEO_REQUIREMENTS_NOT_MET",
    message: "视频中人脸检测不到；录制时，确保人脸清晰完整",
    messageEn: "No face can be detected in the video; when recording, make sure your face is clear and complete",
    billable: false,
    category: "face_capture",
    action: ["视频不符合要求。如：全程无人脸"],
    actionEn: ["The video does not meet the requirements. For example, no face appears at any point"],
  },
  [SdkCode.VIDEO_SYNTHESIZED_FROM_IMAGE]: {
    code: -15002,
    name: "VIDEO_SYNTHESIZED_FROM_IMAGE",
    message: "请确保本人操作且正脸对框",
    messageEn: "Please make sure you are doing this yourself and face the camera inside the frame",
    billable: false,
    category: "liveness",
    action: ["视频由单张图片合成而来"],
    actionEn: ["The video was synthesized from a single image"],
  },
  [SdkCode.LIVENESS_FAILED_3]: {
    code: -14099,
    name: "LIVENESS_FAILED_3",
    message: "请确保本人操作且正脸对框",
    messageEn: "Please make sure you are doing this yourself and face the camera inside the frame",
    billable: false,
    category: "liveness",
    action: ["活体识别不通过，按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"],
    actionEn: ["Liveness recognition failed; try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure you face the camera inside the frame", "3. Please make sure your face is not covered"],
  },
  [SdkCode.LIVENESS_FAILED_4]: {
    code: -7001,
    name: "LIVENESS_FAILED_4",
    message: "请确保本人操作且正脸对框",
    messageEn: "Please make sure you are doing this yourself and face the camera inside the frame",
    billable: false,
    category: "liveness",
    action: ["活体识别不通过，按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"],
    actionEn: ["Liveness recognition failed; try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure you face the camera inside the frame", "3. Please make sure your face is not covered"],
  },
  [SdkCode.FACE_OCCLUDED_3]: {
    code: -5103,
    name: "FACE_OCCLUDED_3",
    message: "脸部有遮挡；请保持人脸清晰无遮挡",
    messageEn: "Face is covered; please keep your face clear and uncovered",
    billable: false,
    category: "face_capture",
    action: ["脸部有遮挡，录制时，确保人脸清晰完整"],
    actionEn: ["Face is covered; when recording, make sure your face is clear and complete"],
  },
  [SdkCode.PHOTO_BLURRED_2]: {
    code: -5102,
    name: "PHOTO_BLURRED_2",
    message: "照片模糊，请保持人脸清晰勿晃动",
    messageEn: "Photo is blurry, please keep your face clear and do not shake",
    billable: false,
    category: "face_capture",
    action: ["照片模糊，录制时，确保人脸清晰勿晃动"],
    actionEn: ["Photo is blurry; when recording, make sure your face is clear and does not shake"],
  },
  [SdkCode.INVALID_VIDEO_FILE_2]: {
    code: -5051,
    name: "INVALID_VIDEO_FILE_2",
    message: "视频格式或大小不合法",
    messageEn: "Invalid video format or size",
    billable: false,
    category: "media",
    action: ["文件或视频不合法"],
    actionEn: ["Invalid file or video"],
  },
  [SdkCode.INVALID_VIDEO_FILE_3]: {
    code: -5050,
    name: "INVALID_VIDEO_FILE_3",
    message: "视频格式或大小不合法",
    messageEn: "Invalid video format or size",
    billable: false,
    category: "media",
    action: ["文件或视频不合法"],
    actionEn: ["Invalid file or video"],
  },
  [SdkCode.LIVENESS_FAILED_5]: {
    code: -5024,
    name: "LIVENESS_FAILED_5",
    message: "请确保本人操作且正脸对框",
    messageEn: "Please make sure you are doing this yourself and face the camera inside the frame",
    billable: false,
    category: "liveness",
    action: ["活体识别不通过，按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"],
    actionEn: ["Liveness recognition failed; try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure you face the camera inside the frame", "3. Please make sure your face is not covered"],
  },
  [SdkCode.LIGHT_TOO_STRONG]: {
    code: -5023,
    name: "LIGHT_TOO_STRONG",
    message: "光线太强，请到室内识别",
    messageEn: "Light too strong, please go indoors for the recognition",
    billable: false,
    category: "face_capture",
    action: ["活体识别不通过，按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"],
    actionEn: ["Liveness recognition failed; try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure you face the camera inside the frame", "3. Please make sure your face is not covered"],
  },
  [SdkCode.ANTI_SPOOFING_FAILED_5]: {
    code: -5021,
    name: "ANTI_SPOOFING_FAILED_5",
    message: "活体检测不通过",
    messageEn: "Liveness detection failed",
    billable: false,
    category: "liveness",
    action: ["防攻击活体检测不通过"],
    actionEn: ["Anti-spoofing liveness detection failed"],
  },
  [SdkCode.LIVENESS_FAILED_6]: {
    code: -5019,
    name: "LIVENESS_FAILED_6",
    message: "请确保本人操作且正脸对框",
    messageEn: "Please make sure you are doing this yourself and face the camera inside the frame",
    billable: false,
    category: "liveness",
    action: ["活体识别不通过，按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"],
    actionEn: ["Liveness recognition failed; try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure you face the camera inside the frame", "3. Please make sure your face is not covered"],
  },
  [SdkCode.FACE_DETECTION_FAILED]: {
    code: -4003,
    name: "FACE_DETECTION_FAILED",
    message: "人脸检测失败",
    messageEn: "Face detection failed",
    billable: false,
    category: "face_capture",
    action: ["按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"],
    actionEn: ["Try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure you face the camera inside the frame", "3. Please make sure your face is not covered"],
  },
  [SdkCode.LIVENESS_FAILED_7]: {
    code: -1497,
    name: "LIVENESS_FAILED_7",
    message: "请确保本人操作且正脸对框",
    messageEn: "Please make sure you are doing this yourself and face the camera inside the frame",
    billable: false,
    category: "liveness",
    action: ["活体识别不通过，按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"],
    actionEn: ["Liveness recognition failed; try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure you face the camera inside the frame", "3. Please make sure your face is not covered"],
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
  },
  [SdkCode.ANTI_SPOOFING_FAILED_6]: {
    code: -1492,
    name: "ANTI_SPOOFING_FAILED_6",
    message: "活体检测不通过，请重试",
    messageEn: "Liveness detection failed, please try again",
    billable: false,
    category: "liveness",
    action: ["防攻击活体检测不通过"],
    actionEn: ["Anti-spoofing liveness detection failed"],
  },
  [SdkCode.ANTI_SPOOFING_FAILED_7]: {
    code: -1490,
    name: "ANTI_SPOOFING_FAILED_7",
    message: "活体检测不通过，请重试",
    messageEn: "Liveness detection failed, please try again",
    billable: false,
    category: "liveness",
    action: ["防攻击活体检测不通过"],
    actionEn: ["Anti-spoofing liveness detection failed"],
  },
  [SdkCode.FACE_DETECTION_FAILED_2]: {
    code: -1406,
    name: "FACE_DETECTION_FAILED_2",
    message: "人脸检测失败",
    messageEn: "Face detection failed",
    billable: false,
    category: "face_capture",
    action: ["按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"],
    actionEn: ["Try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure you face the camera inside the frame", "3. Please make sure your face is not covered"],
  },
  [SdkCode.INVALID_REQUEST_FIELD]: {
    code: -1301,
    name: "INVALID_REQUEST_FIELD",
    message: "网络不给力，请稍后重试",
    messageEn: "Poor network connection, please try again later",
    billable: false,
    category: "request",
    action: ["请求参数字段非法"],
    actionEn: ["Invalid field in the request parameters"],
  },
  [SdkCode.SERVER_PROCESSING_FAILED]: {
    code: -1105,
    name: "SERVER_PROCESSING_FAILED",
    message: "服务器处理失败，请稍后重试",
    messageEn: "Server processing failed, please try again later",
    billable: false,
    category: "service",
    action: ["服务器处理失败"],
    actionEn: ["Server processing failed"],
  },
  [SdkCode.SERVER_PROCESSING_FAILED_2]: {
    code: -1104,
    name: "SERVER_PROCESSING_FAILED_2",
    message: "服务器处理失败，请稍后重试",
    messageEn: "Server processing failed, please try again later",
    billable: false,
    category: "service",
    action: ["服务器处理失败"],
    actionEn: ["Server processing failed"],
  },
};

/** Whether `value` is a number that is a SdkCode (narrows it to the enum). */
export function isSdkCode(value: unknown): value is SdkCode {
  return typeof value === "number" && Object.prototype.hasOwnProperty.call(SDK_CODE_INFO, value);
}

/**
 * The info for a raw `code`, or `undefined` for a code this version does not
 * know (FaceID adds codes over time, so a response may carry a new one).
 * A string is read as a decimal number (ASCII digits after an optional minus,
 * at most 20 of them, nothing else), as Tencent's SDKs hand the code over:
 * `"66660004"`.
 */
export function lookupSdkCode(
  code: number | string,
): CodeInfo<SdkCode, keyof typeof SdkCode> | undefined {
  const value = typeof code === "string" ? decimal(code) : code;
  return isSdkCode(value) ? SDK_CODE_INFO[value] : undefined;
}

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
