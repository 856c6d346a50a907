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
 * A return code of the table 其他返回码 (SDK, standalone H5 and PC H5).
 *
 * <p>Each constant carries what the documentation says about its code. Look a raw code up with
 * {@link #fromCode(long)}, which is empty for a code this version does not know.
 */
public enum SdkCode {
    /** 400101: 不合法的请求 (Invalid request) */
    INVALID_SIGNATURE(
            400101L,
            "不合法的请求",
            "Invalid request",
            false,
            "request",
            new String[] {"签名校验不通过"},
            new String[] {"Signature verification failed"},
            null),
    /** 400102: 不合法的请求 (Invalid request) */
    LOGIN_SESSION_EXPIRED(
            400102L,
            "不合法的请求",
            "Invalid request",
            false,
            "request",
            new String[] {"登录态失效"},
            new String[] {"The login session has expired"},
            null),
    /** 400103: 服务器拒绝访问此接口 (The server refused access to this API) */
    ACCESS_DENIED_400103(
            400103L,
            "服务器拒绝访问此接口",
            "The server refused access to this API",
            false,
            "request",
            new String[] {"需要仔细核对请求获取 Token 或 ticket 参数"},
            new String[] {"Carefully check the parameters of the request that obtains the Token or ticket"},
            "access_denied"),
    /** 400104: 服务器拒绝访问此接口 (The server refused access to this API) */
    ACCESS_DENIED_400104(
            400104L,
            "服务器拒绝访问此接口",
            "The server refused access to this API",
            false,
            "request",
            new String[] {"需要仔细核对请求获取 Token 或 ticket 参数"},
            new String[] {"Carefully check the parameters of the request that obtains the Token or ticket"},
            "access_denied"),
    /** 400502: 请求上送版本参数错误 (The version parameter sent in the request is incorrect) */
    INVALID_VERSION_PARAMETER(
            400502L,
            "请求上送版本参数错误",
            "The version parameter sent in the request is incorrect",
            false,
            "request",
            new String[] {"需要仔细核对请求获取 Token 或 ticket 参数"},
            new String[] {"Carefully check the parameters of the request that obtains the Token or ticket"},
            null),
    /** 400504: 请求访问频率过高 (Request rate too high) */
    USER_RATE_LIMITED(
            400504L,
            "请求访问频率过高",
            "Request rate too high",
            false,
            "rate_limit",
            new String[] {"同一个 AppID 下，同一个 userID 2s内只能请求成功一次 nonceticket"},
            new String[] {"Under one AppID, one userID can successfully request a nonceticket only once within 2 seconds"},
            null),
    /** 400506: 请求频率过高，请稍后再试 (Request rate too high, please try again later) */
    APP_RATE_LIMITED(
            400506L,
            "请求频率过高，请稍后再试",
            "Request rate too high, please try again later",
            false,
            "rate_limit",
            new String[] {"针对同一个 AppID 的并发访问频率控制"},
            new String[] {"Rate control of concurrent requests for one AppID"},
            null),
    /** 400601: 请求参数体过大 (Request body too large) */
    REQUEST_BODY_TOO_LARGE(
            400601L,
            "请求参数体过大",
            "Request body too large",
            false,
            "request",
            new String[] {"检查上送的报文大小，尤其是包含图片和文件的报文，不能超过接口要求大小"},
            new String[] {"Check the size of the payload sent, especially a payload with images or files: it must not exceed the size the API allows"},
            null),
    /** 400604: 上送视频非实时录制 (The uploaded video was not recorded in real time) */
    VIDEO_NOT_RECORDED_LIVE(
            400604L,
            "上送视频非实时录制",
            "The uploaded video was not recorded in real time",
            false,
            "liveness",
            new String[] {"需要实时录制视频上传"},
            new String[] {"Record the video in real time and upload it"},
            null),
    /** 66660001: 不合法请求 (Invalid request) */
    APP_ID_NOT_FOUND(
            66660001L,
            "不合法请求",
            "Invalid request",
            false,
            "request",
            new String[] {"AppID 不存在"},
            new String[] {"The AppID does not exist"},
            null),
    /** 66660002: 服务已过有效期 (The service has expired) */
    SERVICE_EXPIRED(
            66660002L,
            "服务已过有效期",
            "The service has expired",
            false,
            "request",
            new String[] {"服务已经过了有效期，请 [联系我们](https://cloud.tencent.com/about/connect)"},
            new String[] {"The service is past its validity period, please [contact us](https://cloud.tencent.com/about/connect)"},
            null),
    /** 66660004: 无法确认为同一人 (Cannot confirm that this is the same person) Billed. */
    FACE_SIMILARITY_TOO_LOW_BILLED(
            66660004L,
            "无法确认为同一人",
            "Cannot confirm that this is the same person",
            true,
            "identity",
            new String[] {"人脸比对相似度得分不够"},
            new String[] {"The face comparison similarity score is too low"},
            null),
    /** 66660005: 无照片信息，无法比对 (No photo information, cannot compare) */
    NO_AUTHORITATIVE_PHOTO(
            66660005L,
            "无照片信息，无法比对",
            "No photo information, cannot compare",
            false,
            "identity",
            new String[] {"权威数据源无照片"},
            new String[] {"The authoritative data source has no photo"},
            null),
    /** 66660010: 姓名和身份证不一致，请确认 (Name and ID card do not match, please check) Billed. */
    ID_NAME_MISMATCH(
            66660010L,
            "姓名和身份证不一致，请确认",
            "Name and ID card do not match, please check",
            true,
            "identity",
            new String[] {"姓名和身份证不匹配"},
            new String[] {"Name and ID card do not match"},
            null),
    /** 66660011: 无此查询结果 (No result for this query) */
    NO_VERIFICATION_RESULT(
            66660011L,
            "无此查询结果",
            "No result for this query",
            false,
            "request",
            new String[] {"当前订单或用户无人脸验证结果"},
            new String[] {"The current order or user has no face verification result"},
            null),
    /** 66660015: 姓名或身份证不合法 (Invalid name or ID card) */
    INVALID_NAME_OR_ID_NUMBER(
            66660015L,
            "姓名或身份证不合法",
            "Invalid name or ID card",
            false,
            "identity",
            new String[] {"身份证或姓名非法，后台校验身份证有效性，同时也校验姓名"},
            new String[] {"The ID card or name is invalid: the back end checks that the ID card is valid, and checks the name too"},
            null),
    /** 66660016: 视频格式或大小不合法 (Invalid video format or size) */
    INVALID_VIDEO_FORMAT_OR_SIZE_66660016(
            66660016L,
            "视频格式或大小不合法",
            "Invalid video format or size",
            false,
            "media",
            new String[] {"文件或视频不合法"},
            new String[] {"Invalid file or video"},
            "invalid_video_format_or_size"),
    /** 66660017: 验证次数超限 (Verification limit exceeded) */
    DAILY_VERIFICATION_LIMIT_EXCEEDED(
            66660017L,
            "验证次数超限",
            "Verification limit exceeded",
            false,
            "rate_limit",
            new String[] {"当日用户验证次数超限"},
            new String[] {"The user has exceeded the number of verifications allowed for the day"},
            null),
    /** 66660018: 操作超时，请退出重试 (Operation timed out, please exit and try again) */
    IDENTITY_INFO_NOT_FOUND(
            66660018L,
            "操作超时，请退出重试",
            "Operation timed out, please exit and try again",
            false,
            "request",
            new String[] {"无此 ID 的用户身份信息，针对 H5 刷脸的信息"},
            new String[] {"There is no user identity information for this ID (applies to H5 face verification)"},
            null),
    /** 66660021: 网络不给力，请稍后重试 (Poor network connection, please try again later) */
    SYSTEM_TIMEOUT(
            66660021L,
            "网络不给力，请稍后重试",
            "Poor network connection, please try again later",
            false,
            "service",
            new String[] {"系统超时，请您稍后再试"},
            new String[] {"The system timed out, please try again later"},
            null),
    /** 66660022: 动态数字失效，请重新验证 (The dynamic digits have expired, please verify again) */
    LIP_READING_DIGITS_EXPIRED(
            66660022L,
            "动态数字失效，请重新验证",
            "The dynamic digits have expired, please verify again",
            false,
            "liveness",
            new String[] {"在缓存的唇语失效，需要重新拉取，用于 API 接口"},
            new String[] {"The cached lip-reading digits have expired and must be fetched again (applies to API integration)"},
            null),
    /** 66660023: 请确保本人操作且正脸对框 (Please make sure the person being verified is the one doing it, with the face straight on, inside the frame) */
    ANTI_SPOOFING_FAILED_66660023(
            66660023L,
            "请确保本人操作且正脸对框",
            "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
            false,
            "liveness",
            new String[] {"防攻击活体检测不通过（包含翻拍、模型等）"},
            new String[] {"Anti-spoofing liveness check failed (including recaptured photos, models, etc.)"},
            "anti_spoofing_failed"),
    /** 66660036: 请确保本人操作且正脸对框 (Please make sure the person being verified is the one doing it, with the face straight on, inside the frame) */
    ANTI_SPOOFING_FAILED_66660036(
            66660036L,
            "请确保本人操作且正脸对框",
            "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
            false,
            "liveness",
            new String[] {"防攻击活体检测不通过（包含翻拍、模型等）"},
            new String[] {"Anti-spoofing liveness check failed (including recaptured photos, models, etc.)"},
            "anti_spoofing_failed"),
    /** -5020: 请确保本人操作且正脸对框 (Please make sure the person being verified is the one doing it, with the face straight on, inside the frame) */
    ANTI_SPOOFING_FAILED_MINUS_5020(
            -5020L,
            "请确保本人操作且正脸对框",
            "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
            false,
            "liveness",
            new String[] {"防攻击活体检测不通过（包含翻拍、模型等）"},
            new String[] {"Anti-spoofing liveness check failed (including recaptured photos, models, etc.)"},
            "anti_spoofing_failed"),
    /** -5025: 请确保本人操作且正脸对框 (Please make sure the person being verified is the one doing it, with the face straight on, inside the frame) */
    ANTI_SPOOFING_FAILED_MINUS_5025(
            -5025L,
            "请确保本人操作且正脸对框",
            "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
            false,
            "liveness",
            new String[] {"防攻击活体检测不通过（包含翻拍、模型等）"},
            new String[] {"Anti-spoofing liveness check failed (including recaptured photos, models, etc.)"},
            "anti_spoofing_failed"),
    /** 66660024: 无此证件号码 (No such ID document number) */
    ID_NUMBER_NOT_FOUND(
            66660024L,
            "无此证件号码",
            "No such ID document number",
            false,
            "identity",
            new String[] {"权威数据源返回无此证件号码"},
            new String[] {"The authoritative data source returned no such ID document number"},
            null),
    /** 66660025: 请确保本人操作且正脸对框 (Please make sure the person being verified is the one doing it, with the face straight on, inside the frame) */
    REFLECTION_LIVENESS_FAILED(
            66660025L,
            "请确保本人操作且正脸对框",
            "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
            false,
            "liveness",
            new String[] {"光线活体识别不通过，按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"},
            new String[] {"Reflection-based liveness check failed; try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure your face is straight on, inside the frame", "3. Please make sure your face is not covered"},
            null),
    /** 66660026: 高清照大小或格式不符合 (HD photo size or format does not meet the requirements) */
    INVALID_HD_PHOTO_SIZE_OR_FORMAT(
            66660026L,
            "高清照大小或格式不符合",
            "HD photo size or format does not meet the requirements",
            false,
            "media",
            new String[] {"高清照大小或格式不符合"},
            new String[] {"HD photo size or format does not meet the requirements"},
            null),
    /** 66660030: 不支持此类型服务 (This type of service is not supported) */
    UNSUPPORTED_SERVICE_TYPE(
            66660030L,
            "不支持此类型服务",
            "This type of service is not supported",
            false,
            "request",
            new String[] {"不支持此类型服务"},
            new String[] {"This type of service is not supported"},
            null),
    /** 66660033: 图片中人脸数超限，请确保最多只有两张脸 (Too many faces in the image, please make sure there are at most two) */
    TOO_MANY_FACES_IN_IMAGE(
            66660033L,
            "图片中人脸数超限，请确保最多只有两张脸",
            "Too many faces in the image, please make sure there are at most two",
            false,
            "face_capture",
            new String[] {"图片中人脸数超限"},
            new String[] {"Too many faces in the image"},
            null),
    /** 66660035: 未识别到人脸，请确保正脸对框且清晰完整 (No face detected, please make sure your face is straight on, inside the frame, clear and fully visible) */
    SELFIE_DECODE_FAILED_66660035(
            66660035L,
            "未识别到人脸，请确保正脸对框且清晰完整",
            "No face detected, please make sure your face is straight on, inside the frame, clear and fully visible",
            false,
            "media",
            new String[] {"自拍照编码问题，无法解析，可以尝试重新拍照或上传可靠自拍照比对"},
            new String[] {"The selfie has an encoding problem and cannot be decoded; try taking the photo again, or upload a reliable selfie for comparison"},
            "selfie_decode_failed"),
    /** -1102: 未识别到人脸，请确保正脸对框且清晰完整 (No face detected, please make sure your face is straight on, inside the frame, clear and fully visible) */
    SELFIE_DECODE_FAILED_MINUS_1102(
            -1102L,
            "未识别到人脸，请确保正脸对框且清晰完整",
            "No face detected, please make sure your face is straight on, inside the frame, clear and fully visible",
            false,
            "media",
            new String[] {"自拍照编码问题，无法解析，可以尝试重新拍照或上传可靠自拍照比对"},
            new String[] {"The selfie has an encoding problem and cannot be decoded; try taking the photo again, or upload a reliable selfie for comparison"},
            "selfie_decode_failed"),
    /** 66660037: 照片出现多张脸 (Multiple faces in the photo) */
    MULTIPLE_FACES_IN_COMPARISON_PHOTO(
            66660037L,
            "照片出现多张脸",
            "Multiple faces in the photo",
            false,
            "face_capture",
            new String[] {"比对照片采集到多张脸"},
            new String[] {"Multiple faces were captured in the comparison photo"},
            null),
    /** 66660038: 未识别到人脸，请确保正脸对框且清晰完整 (No face detected, please make sure your face is straight on, inside the frame, clear and fully visible) */
    FACE_NOT_DETECTED_66660038(
            66660038L,
            "未识别到人脸，请确保正脸对框且清晰完整",
            "No face detected, please make sure your face is straight on, inside the frame, clear and fully visible",
            false,
            "face_capture",
            new String[] {"按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"},
            new String[] {"Try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure your face is straight on, inside the frame", "3. Please make sure your face is not covered"},
            "face_not_detected"),
    /** -1101: 未识别到人脸，请确保正脸对框且清晰完整 (No face detected, please make sure your face is straight on, inside the frame, clear and fully visible) */
    FACE_NOT_DETECTED_MINUS_1101(
            -1101L,
            "未识别到人脸，请确保正脸对框且清晰完整",
            "No face detected, please make sure your face is straight on, inside the frame, clear and fully visible",
            false,
            "face_capture",
            new String[] {"按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"},
            new String[] {"Try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure your face is straight on, inside the frame", "3. Please make sure your face is not covered"},
            "face_not_detected"),
    /** -4014: 未识别到人脸，请确保正脸对框且清晰完整 (No face detected, please make sure your face is straight on, inside the frame, clear and fully visible) */
    FACE_NOT_DETECTED_MINUS_4014(
            -4014L,
            "未识别到人脸，请确保正脸对框且清晰完整",
            "No face detected, please make sure your face is straight on, inside the frame, clear and fully visible",
            false,
            "face_capture",
            new String[] {"按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"},
            new String[] {"Try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure your face is straight on, inside the frame", "3. Please make sure your face is not covered"},
            "face_not_detected"),
    /** 66660039: 证件照不存在或无法处理 (The ID photo does not exist or cannot be processed) */
    ID_PHOTO_UNUSABLE_66660039(
            66660039L,
            "证件照不存在或无法处理",
            "The ID photo does not exist or cannot be processed",
            false,
            "identity",
            new String[] {"提供的比对源照片编码问题，无法解析，如果是合作伙伴自带数据源，请确保数据源照片"},
            new String[] {"The comparison source photo provided has an encoding problem and cannot be decoded; if it is the partner's own data source, please make sure the data source photo"},
            "id_photo_unusable"),
    /** 66660040: 证件照不存在或无法处理 (The ID photo does not exist or cannot be processed) */
    ID_PHOTO_UNUSABLE_66660040(
            66660040L,
            "证件照不存在或无法处理",
            "The ID photo does not exist or cannot be processed",
            false,
            "identity",
            new String[] {"提供的比对源照片编码问题，无法解析，如果是合作伙伴自带数据源，请确保数据源照片"},
            new String[] {"The comparison source photo provided has an encoding problem and cannot be decoded; if it is the partner's own data source, please make sure the data source photo"},
            "id_photo_unusable"),
    /** 66660046: 证件照不存在或无法处理 (The ID photo does not exist or cannot be processed) */
    ID_PHOTO_UNUSABLE_66660046(
            66660046L,
            "证件照不存在或无法处理",
            "The ID photo does not exist or cannot be processed",
            false,
            "identity",
            new String[] {"提供的比对源照片编码问题，无法解析，如果是合作伙伴自带数据源，请确保数据源照片"},
            new String[] {"The comparison source photo provided has an encoding problem and cannot be decoded; if it is the partner's own data source, please make sure the data source photo"},
            "id_photo_unusable"),
    /** -4017: 证件照不存在或无法处理 (The ID photo does not exist or cannot be processed) */
    ID_PHOTO_UNUSABLE_MINUS_4017(
            -4017L,
            "证件照不存在或无法处理",
            "The ID photo does not exist or cannot be processed",
            false,
            "identity",
            new String[] {"提供的比对源照片编码问题，无法解析，如果是合作伙伴自带数据源，请确保数据源照片"},
            new String[] {"The comparison source photo provided has an encoding problem and cannot be decoded; if it is the partner's own data source, please make sure the data source photo"},
            "id_photo_unusable"),
    /** -4018: 证件照不存在或无法处理 (The ID photo does not exist or cannot be processed) */
    ID_PHOTO_UNUSABLE_MINUS_4018(
            -4018L,
            "证件照不存在或无法处理",
            "The ID photo does not exist or cannot be processed",
            false,
            "identity",
            new String[] {"提供的比对源照片编码问题，无法解析，如果是合作伙伴自带数据源，请确保数据源照片"},
            new String[] {"The comparison source photo provided has an encoding problem and cannot be decoded; if it is the partner's own data source, please make sure the data source photo"},
            "id_photo_unusable"),
    /** 66660041: 脸部有遮挡，请保持人脸清晰无遮挡 (Face covered, please keep your face clear and uncovered) */
    FACE_COVERED_66660041(
            66660041L,
            "脸部有遮挡，请保持人脸清晰无遮挡",
            "Face covered, please keep your face clear and uncovered",
            false,
            "face_capture",
            new String[] {"脸部有遮挡，录制时，确保人脸清晰完整"},
            new String[] {"Face covered; when recording, make sure your face is clear and fully visible"},
            "face_covered"),
    /** 66660042: 照片模糊，请保持人脸清晰勿晃动 (Blurry photo, please keep your face clear and steady) */
    PHOTO_BLURRY_66660042(
            66660042L,
            "照片模糊，请保持人脸清晰勿晃动",
            "Blurry photo, please keep your face clear and steady",
            false,
            "face_capture",
            new String[] {"照片模糊，录制时，确保人脸清晰勿晃动"},
            new String[] {"Blurry photo; when recording, make sure your face is clear and steady"},
            "photo_blurry"),
    /** 66660045: 自拍照处理失败 (Selfie processing failed) */
    VIDEO_PARSE_FAILED(
            66660045L,
            "自拍照处理失败",
            "Selfie processing failed",
            false,
            "media",
            new String[] {"视频解析失败，需重新录制视频"},
            new String[] {"Parsing the video failed; record the video again"},
            null),
    /** 66665001: 活体检测不通过 (Liveness check failed) */
    LIVENESS_RISK_CONTROL_TRIGGERED(
            66665001L,
            "活体检测不通过",
            "Liveness check failed",
            false,
            "liveness",
            new String[] {"活体检测失败，命中风控逻辑"},
            new String[] {"Liveness check failed: risk-control rules were triggered"},
            null),
    /** -4007: 无法确认为同一人 (Cannot confirm that this is the same person) */
    FACE_SIMILARITY_TOO_LOW_UNBILLED(
            -4007L,
            "无法确认为同一人",
            "Cannot confirm that this is the same person",
            false,
            "identity",
            new String[] {"人脸比对相似度得分不够"},
            new String[] {"The face comparison similarity score is too low"},
            null),
    /** -5012: 视频中人脸被遮挡 (Face covered in the video) */
    FACE_COVERED_IN_VIDEO(
            -5012L,
            "视频中人脸被遮挡",
            "Face covered in the video",
            false,
            "face_capture",
            new String[] {"脸部有遮挡，录制时，确保人脸清晰完整"},
            new String[] {"Face covered; when recording, make sure your face is clear and fully visible"},
            null),
    /** -5001: 视频异常，请重新录制 (Abnormal video, please record again) */
    ABNORMAL_VIDEO(
            -5001L,
            "视频异常，请重新录制",
            "Abnormal video, please record again",
            false,
            "media",
            new String[] {"按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"},
            new String[] {"Try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure your face is straight on, inside the frame", "3. Please make sure your face is not covered"},
            null),
    /** -5005: 离屏幕太近或太远；录制时，确保人脸清晰完整 (Too close to or too far from the screen; when recording, make sure your face is clear and fully visible) */
    FACE_TOO_CLOSE_OR_FAR(
            -5005L,
            "离屏幕太近或太远；录制时，确保人脸清晰完整",
            "Too close to or too far from the screen; when recording, make sure your face is clear and fully visible",
            false,
            "face_capture",
            new String[] {"离屏幕太近或太远；录制时，确保人脸清晰完整"},
            new String[] {"Too close to or too far from the screen; when recording, make sure your face is clear and fully visible"},
            null),
    /** -5008: 声音未能识别，请大声慢读一遍数字 (Speech not recognized, please read the digits once, aloud and slowly) */
    SPEECH_NOT_RECOGNIZED_MINUS_5008(
            -5008L,
            "声音未能识别，请大声慢读一遍数字",
            "Speech not recognized, please read the digits once, aloud and slowly",
            false,
            "liveness",
            new String[] {"录制时，普通话大声读数字"},
            new String[] {"When recording, read the digits aloud in Mandarin"},
            "speech_not_recognized"),
    /** -5009: 视频中人脸检测不到；录制时，确保人脸清晰完整 (No face can be detected in the video; when recording, make sure your face is clear and fully visible) */
    NO_FACE_IN_VIDEO(
            -5009L,
            "视频中人脸检测不到；录制时，确保人脸清晰完整",
            "No face can be detected in the video; when recording, make sure your face is clear and fully visible",
            false,
            "face_capture",
            new String[] {"按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"},
            new String[] {"Try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure your face is straight on, inside the frame", "3. Please make sure your face is not covered"},
            null),
    /** -5010: 声音未能识别；请大声慢读一遍数字 (Speech not recognized; please read the digits once, aloud and slowly) */
    SPEECH_NOT_RECOGNIZED_MINUS_5010(
            -5010L,
            "声音未能识别；请大声慢读一遍数字",
            "Speech not recognized; please read the digits once, aloud and slowly",
            false,
            "liveness",
            new String[] {"录制时，普通话大声读数字"},
            new String[] {"When recording, read the digits aloud in Mandarin"},
            "speech_not_recognized"),
    /** -5011: 未识别到人脸；请保持本人操作且正脸对框 (No face detected; please make sure the person being verified is the one doing it, with the face straight on, inside the frame) */
    FACE_NOT_DETECTED_IN_VIDEO(
            -5011L,
            "未识别到人脸；请保持本人操作且正脸对框",
            "No face detected; please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
            false,
            "face_capture",
            new String[] {"视频中未检测到人脸"},
            new String[] {"No face detected in the video"},
            null),
    /** -5018: 未识别到眨眼；录制时请保持正脸对框且眨眼 (No blink detected; when recording, please keep your face straight on, inside the frame, and blink) */
    BLINK_NOT_DETECTED(
            -5018L,
            "未识别到眨眼；录制时请保持正脸对框且眨眼",
            "No blink detected; when recording, please keep your face straight on, inside the frame, and blink",
            false,
            "liveness",
            new String[] {"录制视频视频时需配合做眨眼动作"},
            new String[] {"When recording the video, blink when asked"},
            null),
    /** -5026: 请确保本人操作且正脸对框 (Please make sure the person being verified is the one doing it, with the face straight on, inside the frame) */
    LIVENESS_FAILED_MINUS_5026(
            -5026L,
            "请确保本人操作且正脸对框",
            "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
            false,
            "liveness",
            new String[] {"活体识别不通过，按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"},
            new String[] {"Liveness check failed; try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure your face is straight on, inside the frame", "3. Please make sure your face is not covered"},
            "liveness_failed"),
    /** -5027: 请确保本人操作且正脸对框 (Please make sure the person being verified is the one doing it, with the face straight on, inside the frame) */
    ABNORMAL_VIDEO_PARSE_FAILED_MINUS_5027(
            -5027L,
            "请确保本人操作且正脸对框",
            "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
            false,
            "media",
            new String[] {"异常视频解析失败"},
            new String[] {"Parsing failed for an abnormal video"},
            "abnormal_video_parse_failed"),
    /** -5052: 请确保本人操作且正脸对框 (Please make sure the person being verified is the one doing it, with the face straight on, inside the frame) */
    ABNORMAL_VIDEO_PARSE_FAILED_MINUS_5052(
            -5052L,
            "请确保本人操作且正脸对框",
            "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
            false,
            "media",
            new String[] {"异常视频解析失败"},
            new String[] {"Parsing failed for an abnormal video"},
            "abnormal_video_parse_failed"),
    /** -1404: 请确保本人操作且正脸对框 (Please make sure the person being verified is the one doing it, with the face straight on, inside the frame) */
    LIVENESS_FAILED_MINUS_1404(
            -1404L,
            "请确保本人操作且正脸对框",
            "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
            false,
            "liveness",
            new String[] {"活体识别不通过，按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"},
            new String[] {"Liveness check failed; try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure your face is straight on, inside the frame", "3. Please make sure your face is not covered"},
            "liveness_failed"),
    /** -1304: 视频异常，请重新录制 (Abnormal video, please record again) */
    ABNORMAL_VIDEO_CHECK_FAILED(
            -1304L,
            "视频异常，请重新录制",
            "Abnormal video, please record again",
            false,
            "media",
            new String[] {"检查异常视频失败"},
            new String[] {"The abnormal-video check failed"},
            null),
    /** -4005: 服务内部错误 (Internal service error) */
    FEATURE_DISTANCE_CALCULATION_FAILED(
            -4005L,
            "服务内部错误",
            "Internal service error",
            false,
            "service",
            new String[] {"计算特征距离失败"},
            new String[] {"Failed to calculate the feature distance"},
            null),
    /** -5000: 服务内部错误 (Internal service error) */
    INTERNAL_SDK_ERROR(
            -5000L,
            "服务内部错误",
            "Internal service error",
            false,
            "service",
            new String[] {"服务内部 SDK 没有正常工作"},
            new String[] {"The service's internal SDK is not working properly"},
            null),
    /** -15001: 视频中人脸检测不到；录制时，确保人脸清晰完整 (No face can be detected in the video; when recording, make sure your face is clear and fully visible) */
    VIDEO_REQUIREMENTS_NOT_MET(
            -15001L,
            "视频中人脸检测不到；录制时，确保人脸清晰完整",
            "No face can be detected in the video; when recording, make sure your face is clear and fully visible",
            false,
            "face_capture",
            new String[] {"视频不符合要求。如：全程无人脸"},
            new String[] {"The video does not meet the requirements, for example: no face at any point"},
            null),
    /** -15002: 请确保本人操作且正脸对框 (Please make sure the person being verified is the one doing it, with the face straight on, inside the frame) */
    VIDEO_SYNTHESIZED_FROM_IMAGE(
            -15002L,
            "请确保本人操作且正脸对框",
            "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
            false,
            "liveness",
            new String[] {"视频由单张图片合成而来"},
            new String[] {"The video was synthesized from a single image"},
            null),
    /** -14099: 请确保本人操作且正脸对框 (Please make sure the person being verified is the one doing it, with the face straight on, inside the frame) */
    LIVENESS_FAILED_MINUS_14099(
            -14099L,
            "请确保本人操作且正脸对框",
            "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
            false,
            "liveness",
            new String[] {"活体识别不通过，按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"},
            new String[] {"Liveness check failed; try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure your face is straight on, inside the frame", "3. Please make sure your face is not covered"},
            "liveness_failed"),
    /** -7001: 请确保本人操作且正脸对框 (Please make sure the person being verified is the one doing it, with the face straight on, inside the frame) */
    LIVENESS_FAILED_MINUS_7001(
            -7001L,
            "请确保本人操作且正脸对框",
            "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
            false,
            "liveness",
            new String[] {"活体识别不通过，按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"},
            new String[] {"Liveness check failed; try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure your face is straight on, inside the frame", "3. Please make sure your face is not covered"},
            "liveness_failed"),
    /** -5103: 脸部有遮挡；请保持人脸清晰无遮挡 (Face covered; please keep your face clear and uncovered) */
    FACE_COVERED_MINUS_5103(
            -5103L,
            "脸部有遮挡；请保持人脸清晰无遮挡",
            "Face covered; please keep your face clear and uncovered",
            false,
            "face_capture",
            new String[] {"脸部有遮挡，录制时，确保人脸清晰完整"},
            new String[] {"Face covered; when recording, make sure your face is clear and fully visible"},
            "face_covered"),
    /** -5102: 照片模糊，请保持人脸清晰勿晃动 (Blurry photo, please keep your face clear and steady) */
    PHOTO_BLURRY_MINUS_5102(
            -5102L,
            "照片模糊，请保持人脸清晰勿晃动",
            "Blurry photo, please keep your face clear and steady",
            false,
            "face_capture",
            new String[] {"照片模糊，录制时，确保人脸清晰勿晃动"},
            new String[] {"Blurry photo; when recording, make sure your face is clear and steady"},
            "photo_blurry"),
    /** -5051: 视频格式或大小不合法 (Invalid video format or size) */
    INVALID_VIDEO_FORMAT_OR_SIZE_MINUS_5051(
            -5051L,
            "视频格式或大小不合法",
            "Invalid video format or size",
            false,
            "media",
            new String[] {"文件或视频不合法"},
            new String[] {"Invalid file or video"},
            "invalid_video_format_or_size"),
    /** -5050: 视频格式或大小不合法 (Invalid video format or size) */
    INVALID_VIDEO_FORMAT_OR_SIZE_MINUS_5050(
            -5050L,
            "视频格式或大小不合法",
            "Invalid video format or size",
            false,
            "media",
            new String[] {"文件或视频不合法"},
            new String[] {"Invalid file or video"},
            "invalid_video_format_or_size"),
    /** -5024: 请确保本人操作且正脸对框 (Please make sure the person being verified is the one doing it, with the face straight on, inside the frame) */
    LIVENESS_FAILED_MINUS_5024(
            -5024L,
            "请确保本人操作且正脸对框",
            "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
            false,
            "liveness",
            new String[] {"活体识别不通过，按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"},
            new String[] {"Liveness check failed; try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure your face is straight on, inside the frame", "3. Please make sure your face is not covered"},
            "liveness_failed"),
    /** -5023: 光线太强，请到室内识别 (Light too strong, please go indoors to verify) */
    LIGHT_TOO_STRONG(
            -5023L,
            "光线太强，请到室内识别",
            "Light too strong, please go indoors to verify",
            false,
            "face_capture",
            new String[] {"活体识别不通过，按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"},
            new String[] {"Liveness check failed; try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure your face is straight on, inside the frame", "3. Please make sure your face is not covered"},
            null),
    /** -5021: 活体检测不通过 (Liveness check failed) */
    ANTI_SPOOFING_FAILED_MINUS_5021(
            -5021L,
            "活体检测不通过",
            "Liveness check failed",
            false,
            "liveness",
            new String[] {"防攻击活体检测不通过"},
            new String[] {"Anti-spoofing liveness check failed"},
            "anti_spoofing_failed"),
    /** -5019: 请确保本人操作且正脸对框 (Please make sure the person being verified is the one doing it, with the face straight on, inside the frame) */
    LIVENESS_FAILED_MINUS_5019(
            -5019L,
            "请确保本人操作且正脸对框",
            "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
            false,
            "liveness",
            new String[] {"活体识别不通过，按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"},
            new String[] {"Liveness check failed; try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure your face is straight on, inside the frame", "3. Please make sure your face is not covered"},
            "liveness_failed"),
    /** -4003: 人脸检测失败 (Face detection failed) */
    FACE_DETECTION_FAILED_MINUS_4003(
            -4003L,
            "人脸检测失败",
            "Face detection failed",
            false,
            "face_capture",
            new String[] {"按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"},
            new String[] {"Try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure your face is straight on, inside the frame", "3. Please make sure your face is not covered"},
            "face_detection_failed"),
    /** -1497: 请确保本人操作且正脸对框 (Please make sure the person being verified is the one doing it, with the face straight on, inside the frame) */
    LIVENESS_FAILED_MINUS_1497(
            -1497L,
            "请确保本人操作且正脸对框",
            "Please make sure the person being verified is the one doing it, with the face straight on, inside the frame",
            false,
            "liveness",
            new String[] {"活体识别不通过，按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"},
            new String[] {"Liveness check failed; try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure your face is straight on, inside the frame", "3. Please make sure your face is not covered"},
            "liveness_failed"),
    /** -1493: 录制过程中请勿闭眼 (Do not close your eyes while recording) */
    EYES_CLOSED(
            -1493L,
            "录制过程中请勿闭眼",
            "Do not close your eyes while recording",
            false,
            "liveness",
            new String[] {"录制过程中请勿闭眼"},
            new String[] {"Do not close your eyes while recording"},
            null),
    /** -1492: 活体检测不通过，请重试 (Liveness check failed, please try again) */
    ANTI_SPOOFING_FAILED_MINUS_1492(
            -1492L,
            "活体检测不通过，请重试",
            "Liveness check failed, please try again",
            false,
            "liveness",
            new String[] {"防攻击活体检测不通过"},
            new String[] {"Anti-spoofing liveness check failed"},
            "anti_spoofing_failed"),
    /** -1490: 活体检测不通过，请重试 (Liveness check failed, please try again) */
    ANTI_SPOOFING_FAILED_MINUS_1490(
            -1490L,
            "活体检测不通过，请重试",
            "Liveness check failed, please try again",
            false,
            "liveness",
            new String[] {"防攻击活体检测不通过"},
            new String[] {"Anti-spoofing liveness check failed"},
            "anti_spoofing_failed"),
    /** -1406: 人脸检测失败 (Face detection failed) */
    FACE_DETECTION_FAILED_MINUS_1406(
            -1406L,
            "人脸检测失败",
            "Face detection failed",
            false,
            "face_capture",
            new String[] {"按照如下提示再次尝试：", "1. 请确保光线充足", "2. 请确保人脸正对框内", "3. 请确保脸部无遮挡"},
            new String[] {"Try again following these tips:", "1. Please make sure there is enough light", "2. Please make sure your face is straight on, inside the frame", "3. Please make sure your face is not covered"},
            "face_detection_failed"),
    /** -1301: 网络不给力，请稍后重试 (Poor network connection, please try again later) */
    INVALID_REQUEST_FIELD(
            -1301L,
            "网络不给力，请稍后重试",
            "Poor network connection, please try again later",
            false,
            "request",
            new String[] {"请求参数字段非法"},
            new String[] {"A field in the request parameters is invalid"},
            null),
    /** -1105: 服务器处理失败，请稍后重试 (Server processing failed, please try again later) */
    SERVER_PROCESSING_FAILED_MINUS_1105(
            -1105L,
            "服务器处理失败，请稍后重试",
            "Server processing failed, please try again later",
            false,
            "service",
            new String[] {"服务器处理失败"},
            new String[] {"Server processing failed"},
            "server_processing_failed"),
    /** -1104: 服务器处理失败，请稍后重试 (Server processing failed, please try again later) */
    SERVER_PROCESSING_FAILED_MINUS_1104(
            -1104L,
            "服务器处理失败，请稍后重试",
            "Server processing failed, please try again later",
            false,
            "service",
            new String[] {"服务器处理失败"},
            new String[] {"Server processing failed"},
            "server_processing_failed");

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
    private static final Map<Long, SdkCode> byCode = new HashMap<>();
    private static final Map<String, List<SdkCode>> families = new HashMap<>();

    static {
        for (SdkCode constant : values()) {
            byCode.put(constant.code, constant);
            constant.family.ifPresent(
                    family -> families.computeIfAbsent(family, key -> new ArrayList<>()).add(constant));
        }
        families.replaceAll((key, members) -> Collections.unmodifiableList(members));
    }

    SdkCode(
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
    public static Optional<SdkCode> fromCode(long code) {
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
    public static List<SdkCode> familyMembers(String family) {
        List<SdkCode> members = families.get(family);
        if (members == null) {
            throw new IllegalArgumentException("SdkCode has no family " + family);
        }
        return members;
    }
}
