// generated from spec/codes.yaml — do not edit
package io.github.faceid_codes;

/**
 * Tencent Cloud FaceID return codes: one enum per channel ({@link WechatCode}, {@link SdkCode}),
 * and what they share.
 */
public final class FaceIdCodes {
    /** The spec version these enums were generated from. */
    public static final String VERSION = "3.0.0";

    /**
     * What FaceID returns when a verification succeeds, on every channel. A channel whose table
     * does not list it has no constant for it: compare with it before looking a code up.
     */
    public static final long SUCCESS_CODE = 0L;

    private FaceIdCodes() {}
}
