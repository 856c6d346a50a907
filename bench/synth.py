"""Write a synthetic spec of N codes, shaped like the real one, for scale benchmarks.

    python bench/synth.py 100000 > /tmp/codes-100k.yaml

Texts mix Chinese, English and the characters that need escaping, so every
filter does real work; half the codes carry handling steps, some share them
through anchors, as the real spec does.
"""

from __future__ import annotations

import sys

CATEGORIES = (
    "request",
    "rate_limit",
    "identity_data",
    "comparison",
    "liveness",
    "face_capture",
    "media",
    "service",
)
WORDS = (
    "人脸",
    "比对",
    "活体",
    "视频",
    "证件",
    "请求",
    "服务",
    "光线",
    "超时",
    "失败",
    "请重试",
    "不合法",
)
SHARED_STEPS = """\
        action: &steps
          - 按照如下提示再次尝试：
          - 1. 请确保光线充足
          - "2. 请确保人脸正对框内 | \\"quoted\\" */"
        action_en: &steps_en
          - "Try again as follows:"
          - 1. Make sure there is enough light
          - "2. Keep your face inside the frame | \\"quoted\\" */"
"""


def message(i: int) -> str:
    return "".join(WORDS[(i * k) % len(WORDS)] for k in (1, 3, 7)) + f"，编号 {i}"


def entry(i: int, categories: int) -> str:
    lines = [
        f"      - code: {i * (-1 if i % 5 == 0 else 1) or 0}",
        f"        name: CODE_NUMBER_{i}",
    ]
    lines.append(f"        category: {CATEGORIES[(i - 1) % categories]}")
    lines += [
        f"        message: {message(i)}",
        f'        message_en: "Synthetic code {i}: it\'s a `test` with ${{x}}"',
    ]
    text = "\n".join(lines) + "\n"
    if i % 4 == 1:
        text += "        action: *steps\n        action_en: *steps_en\n"
    elif i % 4 == 3:
        text += (
            f"        action:\n          - 第 {i} 步\n        action_en:\n          - Step {i}\n"
        )
    return text + f"        billable: {'true' if i % 10 == 0 else 'false'}\n"


def spec(n: int) -> str:
    out = ["version: 1.0.0\nchannels:\n"]
    first = True  # the first code with shared steps defines the anchors
    for key, enum, share in (("wechat", "WechatCode", n // 2), ("sdk", "SdkCode", n - n // 2)):
        out.append(
            f"  {key}:\n    enum: {enum}\n    title: 渠道 {key}\n    title_en: Channel {key}\n    categories:\n"
        )
        used = CATEGORIES[: min(len(CATEGORIES), share)]
        out += [
            f"      {c}:\n        title: 类别 {c}\n        title_en: Category {c}\n" for c in used
        ]
        out.append("    codes:\n")
        for i in range(1, share + 1):
            text = entry(i, len(used))
            if first and i % 4 == 1:
                text = text.replace(
                    "        action: *steps\n        action_en: *steps_en\n", SHARED_STEPS
                )
                first = False
            out.append(text)
    return "".join(out)


if __name__ == "__main__":
    sys.stdout.write(spec(int(sys.argv[1])))
