"""Small specs the loader tests edit, and the table of one edit per loader rule.

BASE is a two-channel spec; each entry of CASES is an edit of it, (old,
new), with the error lines the loader must print for it.  The loader tests
check each line, and the spec's JSON Schema test checks that the schema
refuses the same edits.  FAMILY_BASE holds a family of two and a code outside it.
"""

from __future__ import annotations

BASE = """\
version: 1.0.0
channels:
  wechat:
    enum: WechatCode
    title: 微信
    title_en: WeChat
    categories:
      system:
        title: 系统
        title_en: System
        codes:
          - code: 0
            name: SUCCESS
            message: 成功
            message_en: Success
            billable: true
  sdk:
    enum: SdkCode
    title: 其他
    title_en: Other
    categories:
      request:
        title: 请求
        title_en: Request
    codes:
      - code: 400101
        name: INVALID_SIGNATURE
        category: request
        message: 不合法的请求
        message_en: Invalid request
        action:
          - 签名校验不通过
        action_en:
          - Signature check failed
        billable: false
"""


# An `upstream:` record for BASE, its values well formed.
UPSTREAM = "upstream:\n  file: seed.md\n  sha256: " + "a" * 64 + "\n  taken: 2026-01-01\n"


def mutate(old: str, new: str, base: str = BASE) -> str:
    assert base.count(old) == 1, old
    return base.replace(old, new)


CASES = {
    "YAML 1.1 yes": (
        ("billable: true", "billable: yes"),
        [
            "codes.yaml:16:23: error: billable: write true or false, not 'yes' (YAML 1.1 reads it as a boolean, YAML 1.2 as text)",
        ],
    ),
    "action without action_en": (
        ("        action_en:\n          - Signature check failed\n", ""),
        [
            "codes.yaml:26:9: error: give both action and action_en, or neither",
        ],
    ),
    "bidi override": (
        ("message: 成功", 'message: "成\\u202e功"'),
        [
            "codes.yaml:14:22: error: message: character 2 is U+202E RIGHT-TO-LEFT OVERRIDE, which can hide or break generated code; remove it",
        ],
    ),
    "category key not lower snake": (
        ("      request:\n", "      Request:\n"),
        [
            "codes.yaml:22:7: error: category 'Request' has no codes; remove it or file codes under it",
            "codes.yaml:22:7: error: category key 'Request' is not lower_snake_case",
            "codes.yaml:28:19: error: unknown category 'request'; defined: Request",
        ],
    ),
    "category missing at channel level": (
        ("        category: request\n", ""),
        [
            "codes.yaml:22:7: error: category 'request' has no codes; remove it or file codes under it",
            "codes.yaml:26:9: error: code entry lacks 'category' (required for codes listed at channel level)",
        ],
    ),
    "category under a category": (
        (
            "            name: SUCCESS\n",
            "            name: SUCCESS\n            category: system\n",
        ),
        [
            "codes.yaml:14:23: error: remove 'category': the entry sits under a category already",
        ],
    ),
    "category with no codes": (
        (
            "    categories:\n      request:\n",
            "    categories:\n      unused:\n        title: 无\n        title_en: None\n      request:\n",
        ),
        [
            "codes.yaml:22:7: error: category 'unused' has no codes; remove it or file codes under it",
        ],
    ),
    "channel key not lower snake": (
        ("  sdk:\n", "  Sdk:\n"),
        [
            "codes.yaml:17:3: error: channel key 'Sdk' is not lower_snake_case",
        ],
    ),
    "code as float": (
        ("code: 0", "code: 1.5"),
        [
            "codes.yaml:12:19: error: code: expected an integer, but YAML reads a number ('1.5')",
        ],
    ),
    "code as text": (
        ("code: 0", 'code: "0"'),
        [
            "codes.yaml:12:19: error: code: expected an integer, but YAML reads text ('0')",
        ],
    ),
    "code beyond safe integers": (
        ("code: 0", "code: -9007199254740992"),
        [
            "codes.yaml:12:19: error: code: code -9007199254740992 is outside JavaScript's safe integers (±9007199254740991)",
        ],
    ),
    "code -0": (
        ("code: 0", "code: -0"),
        [
            "codes.yaml:12:19: error: code: write the code -0 as 0: every artefact writes it 0, and -0 is no other code",
        ],
    ),
    "code with a leading zero": (
        ("code: 0", "code: -012"),
        [
            "codes.yaml:12:19: error: code: write the code '-012' as a plain decimal integer",
        ],
    ),
    "code in hex": (
        ("code: 0", "code: 0x10"),
        [
            "codes.yaml:12:19: error: code: write the code '0x10' as a plain decimal integer",
        ],
    ),
    "control character": (
        ("message: 成功", 'message: "成\\a功"'),
        [
            "codes.yaml:14:22: error: message: character 2 is U+0007 control character, which can hide or break generated code; remove it",
        ],
    ),
    "duplicate key": (
        ("            message: 成功\n", "            message: 成功\n            message: 又一个\n"),
        [
            "codes.yaml:15:13: error: duplicate key 'message' (first at line 14); remove one",
        ],
    ),
    "empty text": (
        ("message_en: Success", 'message_en: ""'),
        [
            "codes.yaml:15:25: error: message_en: is empty; write the text",
        ],
    ),
    "entry not a mapping": (
        (
            "          - code: 0\n            name: SUCCESS\n            message: 成功\n"
            "            message_en: Success\n            billable: true\n",
            "          - just text\n",
        ),
        [
            "codes.yaml:12:13: error: code entry: expected a mapping, found text ('just text')",
        ],
    ),
    "enum not PascalCase": (
        ("enum: SdkCode", "enum: SDK_CODE"),
        [
            "codes.yaml:18:11: error: enum: 'SDK_CODE' is not a PascalCase type name such as WechatCode",
        ],
    ),
    "enums differ in case": (
        ("enum: SdkCode", "enum: Wechatcode"),
        [
            "codes.yaml:3:3: error: channels wechat and sdk have enums that differ only in case; rename one",
        ],
    ),
    "enum begins with another": (
        ("enum: SdkCode", "enum: WechatCodeV2"),
        [
            "codes.yaml:3:3: error: enum WechatCodeV2 of channel sdk begins with enum WechatCode of "
            "channel wechat, whose generated names (WechatCodes, WechatCodeFamily in Go) begin the "
            "same way; rename one",
        ],
    ),
    "enum is another channel's open enum": (
        ("enum: SdkCode", "enum: OpenWechatCode"),
        [
            "codes.yaml:3:3: error: enum OpenWechatCode of channel sdk is the name of the open "
            "enum of channel wechat (OpenWechatCode); rename one",
        ],
    ),
    "field of no channel": (
        (
            "channels:\n",
            "fields:\n  - api: GetFaceIdResult\n    path: Result\n    type: str\n    channel: nochannel\n    flow: a flow\nchannels:\n",
        ),
        [
            "codes.yaml:6:14: error: channel: 'nochannel' is no channel of this spec; choose from sdk, wechat",
        ],
    ),
    "field path not a path": (
        (
            "channels:\n",
            "fields:\n  - api: GetFaceIdResult\n    path: Result.[x]\n    type: str\n    channel: sdk\n    flow: a flow\nchannels:\n",
        ),
        [
            "codes.yaml:4:11: error: path: 'Result.[x]' is not a field path such as Text.ErrCode or Text.LivenessDetail[].Errcode",
        ],
    ),
    "field type neither int nor str": (
        (
            "channels:\n",
            "fields:\n  - api: GetFaceIdResult\n    path: Result\n    type: float\n    channel: sdk\n    flow: a flow\nchannels:\n",
        ),
        [
            "codes.yaml:5:11: error: type: 'float' is not int or str",
        ],
    ),
    "field listed twice": (
        (
            "channels:\n",
            "fields:\n  - api: GetFaceIdResult\n    path: Result\n    type: str\n    channel: sdk\n    flow: a flow\n  - api: GetFaceIdResult\n    path: Result\n    type: int\n    channel: sdk\n    flow: again\nchannels:\n",
        ),
        [
            "codes.yaml:8:5: error: field GetFaceIdResult Result (sdk) is listed twice",
        ],
    ),
    "enum file is another file where case is ignored": (
        ("enum: SdkCode", "enum: FaceidCodes"),
        [
            "codes.yaml:18:11: error: enum: 'FaceidCodes' would name a file that is "
            "java/src/main/java/io/github/faceid_codes/FaceIdCodes.java where case is ignored; choose another enum name",
        ],
    ),
    "codes both under categories and in the channel's list": (
        (
            "    codes:\n      - code: 400101\n",
            "        codes:\n          - code: 400102\n            name: LOGIN_EXPIRED\n"
            "            message: m\n            message_en: m\n            billable: false\n"
            "    codes:\n      - code: 400101\n",
        ),
        [
            "codes.yaml:32:7: error: list codes under their categories or in this list, not both",
        ],
    ),
    "codes not a list": (
        (
            "    codes:\n      - code: 400101\n",
            "    codes: 12\n    x_codes:\n      - code: 400101\n",
        ),
        [
            "codes.yaml:18:5: error: channel 'sdk' has no codes",
            "codes.yaml:22:7: error: category 'request' has no codes; remove it or file codes under it",
            "codes.yaml:25:12: error: codes: expected a list, but YAML reads an integer ('12')",
            "codes.yaml:26:5: error: unknown key 'x_codes' in channel 'sdk'; did you mean 'codes'?",
        ],
    ),
    "key read as boolean": (
        ("  sdk:\n", "  off:\n"),
        [
            "codes.yaml:17:3: error: key 'off' is read as a boolean; quote it or choose another",
        ],
    ),
    "lone carriage return, escaped": (
        ("message: 成功", 'message: "成\\r功"'),
        [
            "codes.yaml:14:22: error: message: character 2 is U+000D CARRIAGE RETURN without a line feed, which can hide or break generated code; remove it",
        ],
    ),
    "lone carriage return, raw": (
        ("message_en: Success", "message_en: Succ\ress"),
        [
            "codes.yaml:15:29: error: U+000D CARRIAGE RETURN without a line feed is not allowed in the spec (it can hide or break generated code); remove it",
        ],
    ),
    "line separator": (
        ("message: 成功", 'message: "成\\L功"'),
        [
            "codes.yaml:14:22: error: message: character 2 is U+2028 LINE SEPARATOR, which can hide or break generated code; remove it",
        ],
    ),
    "mapping expected": (
        (
            "    title_en: Other\n    categories:\n",
            "    title_en: Other\n    categories: []\n    x:\n",
        ),
        [
            "codes.yaml:21:17: error: categories: expected a mapping, but YAML reads a list",
            "codes.yaml:22:5: error: unknown key 'x' in channel 'sdk'; allowed: enum, title, title_en, categories, families, codes",
        ],
    ),
    "mapping key not text": (
        ("            billable: true\n", "            billable: true\n            [a, b]: 1\n"),
        [
            "codes.yaml:17:13: error: a mapping key must be plain text",
        ],
    ),
    "merge key": (
        ("        billable: false\n", "        <<: {billable: false}\n"),
        [
            "codes.yaml:35:9: error: merge keys (<<) are not supported; use an alias on the value",
        ],
    ),
    "missing key": (
        ("            message_en: Success\n", ""),
        [
            "codes.yaml:12:13: error: code entry lacks the required key 'message_en'",
        ],
    ),
    "name not upper snake": (
        ("name: SUCCESS", "name: Success"),
        [
            "codes.yaml:13:19: error: name: 'Success' is not UPPER_SNAKE_CASE (A-Z, 0-9, single underscores, starting with a letter)",
        ],
    ),
    "name read as boolean": (
        ("name: SUCCESS", "name: NO"),
        [
            "codes.yaml:13:19: error: name: expected text, but YAML reads a boolean ('NO'); put it in quotes",
        ],
    ),
    "padded text": (
        ("message_en: Success", 'message_en: " Success"'),
        [
            "codes.yaml:15:25: error: message_en: has leading or trailing whitespace; remove it",
        ],
    ),
    "quoted yes is text": (
        ("billable: true", 'billable: "yes"'),
        [
            "codes.yaml:16:23: error: billable: expected true or false, but YAML reads text ('yes')",
        ],
    ),
    "reserved enum": (
        ("enum: SdkCode", "enum: CodeInfo"),
        [
            "codes.yaml:18:11: error: enum: 'CodeInfo' is reserved by the generated code; choose another enum name",
        ],
    ),
    "step count mismatch": (
        (
            "          - Signature check failed\n",
            "          - Signature check failed\n          - extra\n",
        ),
        [
            "codes.yaml:34:11: error: action_en has 2 steps but action has 1; translate each step",
        ],
    ),
    "steps not a list": (
        ("          - 签名校验不通过\n", "          签名校验不通过\n"),
        [
            "codes.yaml:32:11: error: action: expected a list of steps, but YAML reads text ('签名校验不通过')",
        ],
    ),
    "syntax error": (
        ("message: 成功", "message: 成: 功"),
        [
            "codes.yaml:14:23: error: YAML syntax: mapping values are not allowed in this context",
        ],
    ),
    "trailing whitespace": (
        ("message_en: Success", 'message_en: "Success "'),
        [
            "codes.yaml:15:25: error: message_en: has leading or trailing whitespace; remove it",
        ],
    ),
    "two documents": (
        ("version: 1.0.0\n", "version: 1.0.0\n---\n"),
        [
            "codes.yaml:2:1: error: one YAML document per file; remove the extra '---'",
        ],
    ),
    "unknown alias": (
        ("message: 成功", "message: *nope"),
        [
            "codes.yaml:14:22: error: unknown alias *nope; define &nope first",
        ],
    ),
    "unknown category": (
        ("category: request", "category: requests"),
        [
            "codes.yaml:22:7: error: category 'request' has no codes; remove it or file codes under it",
            "codes.yaml:28:19: error: unknown category 'requests'; defined: request",
        ],
    ),
    "unknown key": (
        ("billable: true", "billabel: true"),
        [
            "codes.yaml:12:13: error: code entry lacks the required key 'billable'",
            "codes.yaml:16:13: error: unknown key 'billabel' in code entry; did you mean 'billable'?",
        ],
    ),
    "upstream file outside the spec's folder": (
        (
            "version: 1.0.0\n",
            "version: 1.0.0\nupstream:\n  file: ../seed.md\n  sha256: " + "a" * 64 + "\n"
            "  taken: 2026-01-01\n",
        ),
        [
            "codes.yaml:3:9: error: file: '../seed.md' is not a path below the spec's folder, with / (no '..', no leading / or dot)",
        ],
    ),
    "category without its title": (
        ("        title: 请求\n", ""),
        ["codes.yaml:23:9: error: category 'request' lacks the required key 'title'"],
    ),
    "a broken category, then a good one": (
        ("      request:\n", "      broken: 1\n      request:\n"),
        [
            "codes.yaml:22:7: error: category 'broken' has no codes; remove it or file codes under it",
            "codes.yaml:22:15: error: category 'broken': expected a mapping, found an integer ('1')",
        ],
    ),
    "version part too large": (
        ("version: 1.0.0", "version: 1.0.99999999999999999"),
        [
            "codes.yaml:1:10: error: version: each part of version '1.0.99999999999999999' must be at most 9007199254740991",
        ],
    ),
    "an unknown key, then a bad value": (
        (
            "message_en: Success\n            billable: true",
            "mesage_en: Success\n            billable: maybe",
        ),
        [
            "codes.yaml:12:13: error: code entry lacks the required key 'message_en'",
            "codes.yaml:15:13: error: unknown key 'mesage_en' in code entry; did you mean 'message_en'?",
            "codes.yaml:16:23: error: billable: expected true or false, but YAML reads text ('maybe')",
        ],
    ),
    "a code entry that is not a mapping": (
        ("      - code: 400101\n", "      - 400100\n      - code: 400101\n"),
        ["codes.yaml:26:9: error: code entry: expected a mapping, found an integer ('400100')"],
    ),
    "category not text": (
        ("category: request", "category: 5"),
        [
            "codes.yaml:22:7: error: category 'request' has no codes; remove it or file codes under it",
            "codes.yaml:28:19: error: category: expected text, but YAML reads an integer ('5'); put it in quotes",
        ],
    ),
    "no categories defined": (
        (
            "    categories:\n      request:\n        title: 请求\n        title_en: Request\n",
            "    categories: {}\n",
        ),
        ["codes.yaml:25:19: error: unknown category 'request'; defined: none defined"],
    ),
    "unknown category, two defined": (
        (
            "      request:\n        title: 请求",
            "      other:\n        title: 别的\n        title_en: Other\n      requests:\n        title: 请求",
        ),
        [
            "codes.yaml:22:7: error: category 'other' has no codes; remove it or file codes under it",
            "codes.yaml:25:7: error: category 'requests' has no codes; remove it or file codes under it",
            "codes.yaml:31:19: error: unknown category 'request'; defined: other, requests",
        ],
    ),
    "a tag on a mapping": (
        ("channels:\n", "channels: !!map\n"),
        ["codes.yaml:2:11: error: YAML tag tag:yaml.org,2002:map is not supported here; remove it"],
    ),
    "a key YAML reads as a date": (
        ("    enum: WechatCode\n", "    2026-01-01: 1\n    enum: WechatCode\n"),
        [
            "codes.yaml:4:5: error: key '2026-01-01' is read as not text; quote it or choose another",
        ],
    ),
    "a duplicate key keeps its first value": (
        ("            message: 成功\n", "            message: 成功\n            message: 123\n"),
        ["codes.yaml:15:13: error: duplicate key 'message' (first at line 14); remove one"],
    ),
    "the non-specific tag resolves as no tag does": (
        ("message: 成功", "message: ! 123"),
        [
            "codes.yaml:14:22: error: message: expected text, but YAML reads an integer ('123'); put it in quotes",
        ],
    ),
    "no channels": (
        ("channels:\n", "channel:\n"),
        [
            "codes.yaml:1:1: error: the spec lacks the required key 'channels'",
            "codes.yaml:2:1: error: unknown key 'channel' in the spec; did you mean 'channels'?",
        ],
    ),
    "text a number": (
        ("message: 成功", "message: 123"),
        [
            "codes.yaml:14:22: error: message: expected text, but YAML reads an integer ('123'); put it in quotes",
        ],
    ),
    "code of 20 characters, shown whole": (
        ("code: 400101", "code: " + "9" * 20),
        [
            "codes.yaml:26:15: error: code: code 99999999999999999999 is outside JavaScript's safe integers (±9007199254740991)",
        ],
    ),
    "code of 21 characters, shortened": (
        ("code: 400101", "code: " + "9" * 21),
        [
            "codes.yaml:26:15: error: code: code 9999999999999999999… (21 characters) is outside JavaScript's safe integers (±9007199254740991)",
        ],
    ),
    "upstream date not in the calendar": (
        ("version: 1.0.0\n", "version: 1.0.0\n" + UPSTREAM.replace("2026-01-01", "2026-02-30")),
        ["codes.yaml:5:10: error: taken: '2026-02-30' is not a date in the calendar"],
    ),
    "upstream date not YYYY-MM-DD": (
        ("version: 1.0.0\n", "version: 1.0.0\n" + UPSTREAM.replace("2026-01-01", "'26-1-1'")),
        [
            "codes.yaml:5:10: error: taken: expected a date as YYYY-MM-DD, but YAML reads text ('26-1-1')",
        ],
    ),
    "upstream date a number": (
        ("version: 1.0.0\n", "version: 1.0.0\n" + UPSTREAM.replace("2026-01-01", "20260101")),
        [
            "codes.yaml:5:10: error: taken: expected a date as YYYY-MM-DD, but YAML reads an integer ('20260101')",
        ],
    ),
    "upstream unknown key": (
        ("version: 1.0.0\n", "version: 1.0.0\n" + UPSTREAM.replace("taken:", "tken:")),
        [
            "codes.yaml:3:3: error: upstream lacks the required key 'taken'",
            "codes.yaml:5:3: error: unknown key 'tken' in upstream; did you mean 'taken'?",
        ],
    ),
    "upstream sha256 not lowercase hex": (
        (
            "version: 1.0.0\n",
            "version: 1.0.0\nupstream:\n  file: seed.md\n  sha256: ABC\n  taken: 2026-01-01\n",
        ),
        [
            "codes.yaml:4:11: error: sha256: 'ABC' is not a SHA-256 in lowercase hex (64 characters, as sha256sum prints it)",
        ],
    ),
    "version not x.y.z": (
        ("version: 1.0.0", "version: '1.0'"),
        [
            "codes.yaml:1:10: error: version: '1.0' is not a version like 1.2.3; put it in quotes if YAML reads it as a number",
        ],
    ),
    "yaml tag": (
        ("message: 成功", "message: !!binary 5oiQ"),
        [
            "codes.yaml:14:22: error: YAML tag tag:yaml.org,2002:binary is not supported here; remove it",
        ],
    ),
}


# A family of two, and a code outside it.
FAMILY_BASE = """\
version: 1.0.0
channels:
  sdk:
    enum: SdkCode
    title: 其他
    title_en: Other
    families:
      liveness_failed:
        title: 活体识别不通过
        title_en: Liveness check failed
    categories:
      liveness:
        title: 活体
        title_en: Liveness
    codes:
      - code: -5026
        name: LIVENESS_FAILED_MINUS_5026
        family: liveness_failed
        category: liveness
        message: 活体识别不通过
        message_en: Liveness check failed
        billable: false
      - code: 1404
        name: LIVENESS_FAILED_1404
        family: liveness_failed
        category: liveness
        message: 活体识别不通过，请重试
        message_en: Liveness check failed, please try again
        billable: false
      - code: 66665001
        name: RISK_CONTROL_TRIGGERED
        category: liveness
        message: 命中风控逻辑
        message_en: Risk-control rules triggered
        billable: false
"""
