// generated from spec/codes.yaml — do not edit
package io.github.faceid_codes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A return code of the table 微信 H5/小程序返回码 (WeChat H5 / Mini Program).
 *
 * <p>Each constant carries what the documentation says about its code. Look a raw code up with
 * {@link #fromCode(long)}, which is empty for a code this version does not know.
 */
public enum WechatCode {
    /** 0: 成功 (Success) Billed. */
    SUCCESS(
            0L,
            "成功",
            "Success",
            true,
            "system",
            new String[0],
            new String[0],
            null),
    /** 1: 请求不合法，缺少参数 (Invalid request: a parameter is missing) */
    MISSING_PARAMETER(
            1L,
            "请求不合法，缺少参数",
            "Invalid request: a parameter is missing",
            false,
            "system",
            new String[0],
            new String[0],
            null),
    /** 2: 请求不合法，参数有误 (Invalid request: a parameter is incorrect) */
    INVALID_PARAMETER(
            2L,
            "请求不合法，参数有误",
            "Invalid request: a parameter is incorrect",
            false,
            "system",
            new String[0],
            new String[0],
            null),
    /** 3: 业务请求不合法 (Invalid business request) */
    INVALID_BUSINESS_REQUEST(
            3L,
            "业务请求不合法",
            "Invalid business request",
            false,
            "system",
            new String[0],
            new String[0],
            null),
    /** 4: 系统错误 (System error) */
    SYSTEM_ERROR(
            4L,
            "系统错误",
            "System error",
            false,
            "system",
            new String[0],
            new String[0],
            null),
    /** 5: 未找到数据 (Data not found) */
    DATA_NOT_FOUND(
            5L,
            "未找到数据",
            "Data not found",
            false,
            "system",
            new String[0],
            new String[0],
            null),
    /** 6: 数据插入异常 (Data insertion error) */
    DATA_INSERT_ERROR(
            6L,
            "数据插入异常",
            "Data insertion error",
            false,
            "system",
            new String[0],
            new String[0],
            null),
    /** 7: 数据更新异常 (Data update error) */
    DATA_UPDATE_ERROR(
            7L,
            "数据更新异常",
            "Data update error",
            false,
            "system",
            new String[0],
            new String[0],
            null),
    /** 8: 文件存储失败，请稍后重试 (File storage failed, please try again later) */
    FILE_STORAGE_FAILED(
            8L,
            "文件存储失败，请稍后重试",
            "File storage failed, please try again later",
            false,
            "system",
            new String[0],
            new String[0],
            null),
    /** 9: 文件格式错误，请确认后重试 (Incorrect file format, please check it and try again) */
    INVALID_FILE_FORMAT(
            9L,
            "文件格式错误，请确认后重试",
            "Incorrect file format, please check it and try again",
            false,
            "system",
            new String[0],
            new String[0],
            null),
    /** 10: 文件系统错误，请稍后重试 (File system error, please try again later) */
    FILE_SYSTEM_ERROR(
            10L,
            "文件系统错误，请稍后重试",
            "File system error, please try again later",
            false,
            "system",
            new String[0],
            new String[0],
            null),
    /** 11: 文件系统超时，请稍后重试 (File system timed out, please try again later) */
    FILE_SYSTEM_TIMEOUT(
            11L,
            "文件系统超时，请稍后重试",
            "File system timed out, please try again later",
            false,
            "system",
            new String[0],
            new String[0],
            null),
    /** 12: CKV 数据有误 (Incorrect CKV data) */
    CKV_DATA_ERROR(
            12L,
            "CKV 数据有误",
            "Incorrect CKV data",
            false,
            "system",
            new String[0],
            new String[0],
            null),
    /** 13: CKV 服务出错 (CKV service error) */
    CKV_SERVICE_ERROR(
            13L,
            "CKV 服务出错",
            "CKV service error",
            false,
            "system",
            new String[0],
            new String[0],
            null),
    /** 14: 本次校验已完成 (This verification has already been completed) */
    VERIFICATION_ALREADY_COMPLETED(
            14L,
            "本次校验已完成",
            "This verification has already been completed",
            false,
            "system",
            new String[0],
            new String[0],
            null),
    /** 15: token 过期，请重试 (Token expired, please try again) */
    TOKEN_EXPIRED(
            15L,
            "token 过期，请重试",
            "Token expired, please try again",
            false,
            "system",
            new String[0],
            new String[0],
            null),
    /** 201: 从微信拉取图片失败 (Failed to fetch the image from WeChat) */
    WECHAT_IMAGE_FETCH_FAILED(
            201L,
            "从微信拉取图片失败",
            "Failed to fetch the image from WeChat",
            false,
            "wechat",
            new String[0],
            new String[0],
            null),
    /** 202: 视频获取失败 (Failed to get the video) */
    WECHAT_VIDEO_FETCH_FAILED(
            202L,
            "视频获取失败",
            "Failed to get the video",
            false,
            "wechat",
            new String[0],
            new String[0],
            null),
    /** 301: 当前认证人身份证号码与上传证件号码不符，请重新上传 (The ID card number of the person being verified does not match the number on the uploaded ID document, please upload again) */
    ID_NUMBER_MISMATCH(
            301L,
            "当前认证人身份证号码与上传证件号码不符，请重新上传",
            "The ID card number of the person being verified does not match the number on the uploaded ID document, please upload again",
            false,
            "wechat",
            new String[0],
            new String[0],
            null),
    /** 302: 证件已过期 (The ID document has expired) */
    ID_DOCUMENT_EXPIRED(
            302L,
            "证件已过期",
            "The ID document has expired",
            false,
            "wechat",
            new String[0],
            new String[0],
            null),
    /** 303: OCR 识别失败 (OCR failed) */
    OCR_FAILED(
            303L,
            "OCR 识别失败",
            "OCR failed",
            false,
            "wechat",
            new String[0],
            new String[0],
            null),
    /** 1001: 调用活体引擎接口出错 (Error calling the liveness engine API) */
    LIVENESS_ENGINE_ERROR(
            1001L,
            "调用活体引擎接口出错",
            "Error calling the liveness engine API",
            false,
            "liveness_common",
            new String[0],
            new String[0],
            null),
    /** 1002: 疑似非真人录制 (Suspected spoofed recording) */
    SUSPECTED_SPOOFED_RECORDING(
            1002L,
            "疑似非真人录制",
            "Suspected spoofed recording",
            false,
            "liveness_common",
            new String[0],
            new String[0],
            null),
    /** 1003: 视频实人（真人）检测未通过 (The real-person (live human) check on the video failed) */
    VIDEO_REAL_PERSON_CHECK_FAILED(
            1003L,
            "视频实人（真人）检测未通过",
            "The real-person (live human) check on the video failed",
            false,
            "liveness_common",
            new String[0],
            new String[0],
            null),
    /** 1004: 人脸检测失败，无法提取比对照 (Face detection failed, unable to extract a photo for comparison) */
    LIVENESS_FACE_DETECTION_FAILED(
            1004L,
            "人脸检测失败，无法提取比对照",
            "Face detection failed, unable to extract a photo for comparison",
            false,
            "liveness_common",
            new String[0],
            new String[0],
            null),
    /** 1005: 活体检测未通过 (Liveness check failed) */
    LIVENESS_CHECK_FAILED(
            1005L,
            "活体检测未通过",
            "Liveness check failed",
            false,
            "liveness_common",
            new String[0],
            new String[0],
            null),
    /** 1006: 证照库出错，请重试 (ID photo database error, please try again) */
    ID_PHOTO_DATABASE_ERROR(
            1006L,
            "证照库出错，请重试",
            "ID photo database error, please try again",
            false,
            "liveness_common",
            new String[0],
            new String[0],
            null),
    /** 1101: 未检测到声音 (No voice detected) */
    NO_VOICE_DETECTED(
            1101L,
            "未检测到声音",
            "No voice detected",
            false,
            "liveness_digital",
            new String[0],
            new String[0],
            null),
    /** 1102: 脸部未完整露出 (Face not fully visible) */
    FACE_NOT_FULLY_VISIBLE(
            1102L,
            "脸部未完整露出",
            "Face not fully visible",
            false,
            "liveness_digital",
            new String[0],
            new String[0],
            null),
    /** 1103: 声音识别失败 (Speech recognition failed) */
    SPEECH_RECOGNITION_FAILED(
            1103L,
            "声音识别失败",
            "Speech recognition failed",
            false,
            "liveness_digital",
            new String[0],
            new String[0],
            null),
    /** 1104: 视频格式有误 (Incorrect video format) */
    INVALID_VIDEO_FORMAT(
            1104L,
            "视频格式有误",
            "Incorrect video format",
            false,
            "liveness_digital",
            new String[0],
            new String[0],
            null),
    /** 1105: 视频拉取失败，请重试 (Failed to fetch the video, please try again) */
    VIDEO_FETCH_FAILED(
            1105L,
            "视频拉取失败，请重试",
            "Failed to fetch the video, please try again",
            false,
            "liveness_digital",
            new String[0],
            new String[0],
            null),
    /** 1106: 视频声音太小 (Video volume too low) */
    VIDEO_VOLUME_TOO_LOW(
            1106L,
            "视频声音太小",
            "Video volume too low",
            false,
            "liveness_digital",
            new String[0],
            new String[0],
            null),
    /** 1107: 视频为空，或大小不合适，请控制录制时长在6s左右 (The video is empty or its size is unsuitable, please keep the recording to about 6 seconds) */
    VIDEO_EMPTY_OR_WRONG_SIZE(
            1107L,
            "视频为空，或大小不合适，请控制录制时长在6s左右",
            "The video is empty or its size is unsuitable, please keep the recording to about 6 seconds",
            false,
            "liveness_digital",
            new String[0],
            new String[0],
            null),
    /** 1108: 视频像素太低 (Video resolution too low) */
    VIDEO_RESOLUTION_TOO_LOW(
            1108L,
            "视频像素太低",
            "Video resolution too low",
            false,
            "liveness_digital",
            new String[0],
            new String[0],
            null),
    /** 1109: 嘴唇动作幅度过小 (Lip movement too small) */
    LIP_MOVEMENT_TOO_SMALL(
            1109L,
            "嘴唇动作幅度过小",
            "Lip movement too small",
            false,
            "liveness_digital",
            new String[0],
            new String[0],
            null),
    /** 1201: 光线太暗 (Light too dim) */
    LIGHT_TOO_DIM(
            1201L,
            "光线太暗",
            "Light too dim",
            false,
            "liveness_action",
            new String[0],
            new String[0],
            null),
    /** 1202: 光线太强 (Light too strong) */
    LIGHT_TOO_STRONG(
            1202L,
            "光线太强",
            "Light too strong",
            false,
            "liveness_action",
            new String[0],
            new String[0],
            null),
    /** 1203: 脸离屏幕太近 (Face too close to the screen) */
    FACE_TOO_CLOSE(
            1203L,
            "脸离屏幕太近",
            "Face too close to the screen",
            false,
            "liveness_action",
            new String[0],
            new String[0],
            null),
    /** 1204: 脸离屏幕太右 (Face too far to the right of the screen) */
    FACE_TOO_FAR_RIGHT(
            1204L,
            "脸离屏幕太右",
            "Face too far to the right of the screen",
            false,
            "liveness_action",
            new String[0],
            new String[0],
            null),
    /** 1205: 脸离屏幕太远 (Face too far from the screen) */
    FACE_TOO_FAR_AWAY(
            1205L,
            "脸离屏幕太远",
            "Face too far from the screen",
            false,
            "liveness_action",
            new String[0],
            new String[0],
            null),
    /** 1206: 脸离屏幕太左 (Face too far to the left of the screen) */
    FACE_TOO_FAR_LEFT(
            1206L,
            "脸离屏幕太左",
            "Face too far to the left of the screen",
            false,
            "liveness_action",
            new String[0],
            new String[0],
            null),
    /** 1207: 未检测到闭眼动作 (Eye-closing action not detected) */
    EYE_CLOSING_NOT_DETECTED(
            1207L,
            "未检测到闭眼动作",
            "Eye-closing action not detected",
            false,
            "liveness_action",
            new String[0],
            new String[0],
            null),
    /** 1208: 未检测到第一个动作 (First action not detected) */
    FIRST_ACTION_NOT_DETECTED(
            1208L,
            "未检测到第一个动作",
            "First action not detected",
            false,
            "liveness_action",
            new String[0],
            new String[0],
            null),
    /** 1209: 未检测到张嘴动作 (Mouth-opening action not detected) */
    MOUTH_OPENING_NOT_DETECTED(
            1209L,
            "未检测到张嘴动作",
            "Mouth-opening action not detected",
            false,
            "liveness_action",
            new String[0],
            new String[0],
            null),
    /** 1210: 未能检测到完整人脸 (Could not detect the whole face) */
    LIVENESS_FULL_FACE_NOT_DETECTED(
            1210L,
            "未能检测到完整人脸",
            "Could not detect the whole face",
            false,
            "liveness_action",
            new String[0],
            new String[0],
            null),
    /** 1301: 实人检测失败 (Real-person check failed) */
    REAL_PERSON_CHECK_FAILED(
            1301L,
            "实人检测失败",
            "Real-person check failed",
            false,
            "liveness_silent",
            new String[0],
            new String[0],
            null),
    /** 1302: 实人检测未达到通过标准 (The real-person check did not reach the pass threshold) */
    REAL_PERSON_CHECK_BELOW_THRESHOLD(
            1302L,
            "实人检测未达到通过标准",
            "The real-person check did not reach the pass threshold",
            false,
            "liveness_silent",
            new String[0],
            new String[0],
            null),
    /** 1303: 视频录制时间过短，请录制2秒以上的视频 (Video recording too short, please record a video of 2 seconds or more) */
    VIDEO_TOO_SHORT(
            1303L,
            "视频录制时间过短，请录制2秒以上的视频",
            "Video recording too short, please record a video of 2 seconds or more",
            false,
            "liveness_silent",
            new String[0],
            new String[0],
            null),
    /** 2001: 调用比对引擎接口出错 (Error calling the comparison engine API) */
    COMPARISON_ENGINE_ERROR(
            2001L,
            "调用比对引擎接口出错",
            "Error calling the comparison engine API",
            false,
            "id_image_comparison",
            new String[0],
            new String[0],
            null),
    /** 2002: 输入的姓名有误 (The name entered is incorrect) */
    INVALID_NAME(
            2002L,
            "输入的姓名有误",
            "The name entered is incorrect",
            false,
            "id_image_comparison",
            new String[0],
            new String[0],
            null),
    /** 2003: 输入的身份证号有误 (The ID card number entered is incorrect) */
    INVALID_ID_NUMBER(
            2003L,
            "输入的身份证号有误",
            "The ID card number entered is incorrect",
            false,
            "id_image_comparison",
            new String[0],
            new String[0],
            null),
    /** 2004: 传入图片过大或过小 (The image sent is too large or too small) */
    IMAGE_SIZE_OUT_OF_RANGE(
            2004L,
            "传入图片过大或过小",
            "The image sent is too large or too small",
            false,
            "id_image_comparison",
            new String[0],
            new String[0],
            null),
    /** 2005: 库中无此号，请到户籍所在地进行核实 (This ID number is not in the database, please go to your place of household registration (hukou) to have it checked) */
    ID_NUMBER_NOT_FOUND(
            2005L,
            "库中无此号，请到户籍所在地进行核实",
            "This ID number is not in the database, please go to your place of household registration (hukou) to have it checked",
            false,
            "id_image_comparison",
            new String[0],
            new String[0],
            null),
    /** 2006: 姓名和身份证号不一致，请核实后重试 (Name and ID card number do not match, please check them and try again) Billed. */
    ID_NAME_MISMATCH(
            2006L,
            "姓名和身份证号不一致，请核实后重试",
            "Name and ID card number do not match, please check them and try again",
            true,
            "id_image_comparison",
            new String[0],
            new String[0],
            null),
    /** 2007: 库中无此用户照片，请到户籍所在地进行核实 (The database has no photo of this user, please go to your place of household registration (hukou) to have it checked) Billed. */
    USER_PHOTO_NOT_FOUND(
            2007L,
            "库中无此用户照片，请到户籍所在地进行核实",
            "The database has no photo of this user, please go to your place of household registration (hukou) to have it checked",
            true,
            "id_image_comparison",
            new String[0],
            new String[0],
            null),
    /** 2008: 客户库自建库或认证中心返照失败，请稍后再试 (The customer's own database or the authentication center failed to return a photo, please try again later) */
    REFERENCE_PHOTO_FETCH_FAILED(
            2008L,
            "客户库自建库或认证中心返照失败，请稍后再试",
            "The customer's own database or the authentication center failed to return a photo, please try again later",
            false,
            "id_image_comparison",
            new String[0],
            new String[0],
            null),
    /** 2009: 传入图片分辨率太低，请重新上传 (The image sent has too low a resolution, please upload it again) Billed. */
    IMAGE_RESOLUTION_TOO_LOW_2009(
            2009L,
            "传入图片分辨率太低，请重新上传",
            "The image sent has too low a resolution, please upload it again",
            true,
            "id_image_comparison",
            new String[0],
            new String[0],
            "image_resolution_too_low"),
    /** 2010: 人脸检测失败，无法提取比对照 (Face detection failed, unable to extract a photo for comparison) Billed. */
    COMPARISON_FACE_DETECTION_FAILED(
            2010L,
            "人脸检测失败，无法提取比对照",
            "Face detection failed, unable to extract a photo for comparison",
            true,
            "id_image_comparison",
            new String[0],
            new String[0],
            null),
    /** 2011: 实人比对未通过 (Real-person comparison failed) Billed. */
    REAL_PERSON_COMPARISON_FAILED(
            2011L,
            "实人比对未通过",
            "Real-person comparison failed",
            true,
            "id_image_comparison",
            new String[0],
            new String[0],
            null),
    /** 2012: 检测到多张人脸 (Multiple faces detected) Billed. */
    MULTIPLE_FACES_DETECTED(
            2012L,
            "检测到多张人脸",
            "Multiple faces detected",
            true,
            "id_image_comparison",
            new String[0],
            new String[0],
            null),
    /** 2013: 未能检测到完整人脸 (Could not detect the whole face) Billed. */
    COMPARISON_FULL_FACE_NOT_DETECTED(
            2013L,
            "未能检测到完整人脸",
            "Could not detect the whole face",
            true,
            "id_image_comparison",
            new String[0],
            new String[0],
            null),
    /** 2014: 传入图片分辨率太低，请重新上传 (The image sent has too low a resolution, please upload it again) Billed. */
    IMAGE_RESOLUTION_TOO_LOW_2014(
            2014L,
            "传入图片分辨率太低，请重新上传",
            "The image sent has too low a resolution, please upload it again",
            true,
            "id_image_comparison",
            new String[0],
            new String[0],
            "image_resolution_too_low"),
    /** 2015: 比对失败 (Comparison failed) Billed. */
    COMPARISON_FAILED(
            2015L,
            "比对失败",
            "Comparison failed",
            true,
            "id_image_comparison",
            new String[0],
            new String[0],
            null),
    /** 2016: 比对相似度未达到通过标准 (The comparison similarity did not reach the pass threshold) Billed. */
    SIMILARITY_BELOW_THRESHOLD(
            2016L,
            "比对相似度未达到通过标准",
            "The comparison similarity did not reach the pass threshold",
            true,
            "id_image_comparison",
            new String[0],
            new String[0],
            null);

    /** The numeric code FaceID returns. */
    public final long code;

    /** The documentation's Chinese message, verbatim. */
    public final String message;

    /** English translation of {@code message}. */
    public final String messageEn;

    /** Whether a call that ends with this code is billed. */
    public final boolean billable;

    /** What the code is about, e.g. {@code system} or {@code liveness}. */
    public final String category;

    /** Handling steps in Chinese, verbatim, unmodifiable; empty when the documentation gives none. */
    public final List<String> action;

    /** The handling steps in English, unmodifiable. */
    public final List<String> actionEn;

    /**
     * Key shared by the codes of one meaning (see {@link #familyMembers(String)}); empty if none.
     * Optional rather than null: Kotlin and Java callers alike must say what "none" means.
     */
    public final Optional<String> family;

    // Lower-case names: an upper-case static field could share a constant's name.
    private static final Map<Long, WechatCode> byCode = new HashMap<>();
    private static final Map<String, List<WechatCode>> families = new HashMap<>();

    static {
        for (WechatCode constant : values()) {
            byCode.put(constant.code, constant);
            constant.family.ifPresent(
                    family -> families.computeIfAbsent(family, key -> new ArrayList<>()).add(constant));
        }
        families.replaceAll((key, members) -> Collections.unmodifiableList(members));
    }

    WechatCode(
            long code,
            String message,
            String messageEn,
            boolean billable,
            String category,
            String[] action,
            String[] actionEn,
            String family) {
        this.code = code;
        this.message = message;
        this.messageEn = messageEn;
        this.billable = billable;
        this.category = category;
        this.action = Collections.unmodifiableList(Arrays.asList(action));
        this.actionEn = Collections.unmodifiableList(Arrays.asList(actionEn));
        this.family = Optional.ofNullable(family);
    }

    /**
     * Looks up a raw code, in constant time.
     *
     * @param code a code FaceID returned
     * @return its constant, or empty for a code this version does not know (FaceID adds codes
     *     over time, so a response may carry a new one)
     */
    public static Optional<WechatCode> fromCode(long code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The codes of a family: the codes the documentation gives one meaning ({@link #family}).
     *
     * @param family a family key
     * @return its constants in documentation order, unmodifiable
     * @throws IllegalArgumentException for a family this enum does not have, so that a typo
     *     cannot quietly match nothing
     */
    public static List<WechatCode> familyMembers(String family) {
        List<WechatCode> members = families.get(family);
        if (members == null) {
            throw new IllegalArgumentException("WechatCode has no family " + family);
        }
        return members;
    }
}
