"""Write a synthetic spec of N codes, shaped like the real one, for scale benchmarks.

    python bench/synth.py 100000 > /tmp/codes-100k.yaml

Texts mix Chinese, English and the characters that need escaping, so every
filter does real work; half the codes carry handling steps, some share them
through anchors, and one code in three is in a family of two, as in the real
spec.  Names follow the naming rule: no digits but a family member's own code.
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


def words(i: int) -> str:
    return "".join(WORDS[(i * k) % len(WORDS)] for k in (1, 3, 7))


def letters(i: int) -> str:
    """0 -> "A", 1 -> "B", 26 -> "BA": a number spelled without digits."""
    out = ""
    while True:
        i, rest = divmod(i, 26)
        out = chr(ord("A") + rest) + out
        if i == 0:
            return out


def family_of(i: int, share: int) -> int | None:
    """Codes 6k+2 and 6k+3 form a family, named after the first."""
    start = i if i % 6 == 2 else i - 1 if i % 6 == 3 else None
    return start if start is not None and start + 1 <= share else None


def first_of(i: int, share: int) -> int:
    """The code whose category, billing and title a family shares."""
    start = family_of(i, share)
    return i if start is None else start


def category_of(i: int, share: int) -> str:
    return CATEGORIES[(first_of(i, share) - 1) % min(len(CATEGORIES), share)]


def entry(i: int, share: int) -> str:
    code = i * (-1 if i % 5 == 0 else 1)
    start, first = family_of(i, share), first_of(i, share)
    if start is None:
        name, family = f"CODE_{letters(i)}", []
    else:
        suffix = f"_MINUS_{-code}" if code < 0 else f"_{code}"
        name, family = f"F_{letters(start)}{suffix}", [
            f"        family: f_{letters(start).lower()}"
        ]
    lines = [f"      - code: {code}", f"        name: {name}", *family]
    lines.append(f"        category: {category_of(i, share)}")
    lines += [
        f"        message: {words(first)}，编号 {i}",
        f'        message_en: "Synthetic code {i}: it\'s a `test` with ${{x}}"',
    ]
    text = "\n".join(lines) + "\n"
    if i % 4 == 1:
        text += "        action: *steps\n        action_en: *steps_en\n"
    elif i % 4 == 3:
        text += (
            f"        action:\n          - 第 {i} 步\n        action_en:\n          - Step {i}\n"
        )
    return text + f"        billable: {'true' if first % 10 == 0 else 'false'}\n"


def spec(n: int) -> str:
    out = ["version: 1.0.0\nchannels:\n"]
    first = True  # the first code with shared steps defines the anchors
    for key, enum, share in (("wechat", "WechatCode", n // 2), ("sdk", "SdkCode", n - n // 2)):
        out.append(
            f"  {key}:\n    enum: {enum}\n    title: 渠道 {key}\n    title_en: Channel {key}\n    categories:\n"
        )
        filed = {category_of(i, share) for i in range(1, share + 1)}
        used = [c for c in CATEGORIES if c in filed]
        out += [
            f"      {c}:\n        title: 类别 {c}\n        title_en: Category {c}\n" for c in used
        ]
        starts = [i for i in range(1, share + 1) if family_of(i, share) == i]
        if starts:
            out.append("    families:\n")
            out += [
                f"      f_{letters(i).lower()}:\n        title: {words(i)}\n        title_en: Family {i}\n"
                for i in starts
            ]
        out.append("    codes:\n")
        for i in range(1, share + 1):
            text = entry(i, share)
            if first and i % 4 == 1:
                text = text.replace(
                    "        action: *steps\n        action_en: *steps_en\n", SHARED_STEPS
                )
                first = False
            out.append(text)
    return "".join(out)


if __name__ == "__main__":
    sys.stdout.write(spec(int(sys.argv[1])))
