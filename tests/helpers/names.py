"""A spec whose member names spell what the generated types define or use."""

from __future__ import annotations

from pathlib import Path

from conftest import Case

# Member names spelling what the generated types define or use (Java's enum
# methods and fields, Go's methods, tables and constants), upper-cased as a
# member name must be: none may collide with them.
CLASHING_NAMES = """VALUES VALUE_OF NAME ORDINAL COMPARE_TO CODE MESSAGE MESSAGE_EN BILLABLE
CATEGORY ACTION ACTION_EN FAMILY FROM_CODE FAMILY_MEMBERS BY_CODE FAMILIES TO_STRING STRING
INFO INFOS INDEX CLONE SUCCESS_CODE VERSION FACE_ID_CODES WECHAT_CODE_FAMILY""".split()


def clashing_case(tmp_path: Path) -> Case:
    from generator.output.sync import write_tree
    from generator.render.engine import render
    from generator.load.loader import parse_spec

    entries = "".join(
        f"          - code: {number}\n            name: {name}\n"
        f"            message: 文本\n            message_en: Text\n            billable: false\n"
        for number, name in enumerate(CLASHING_NAMES, 1)
    )
    text = (
        "version: 1.0.0\nchannels:\n  wechat:\n    enum: WechatCode\n    title: 微信\n"
        "    title_en: WeChat\n    categories:\n      system:\n        title: 系统\n"
        f"        title_en: System\n        codes:\n{entries}"
    )
    spec = parse_spec(text.encode(), "names.yaml", "spec/names.yaml")
    out = tmp_path / "generated"
    write_tree(out, render(spec))
    return Case("names", spec, out)
