"""`python -m generator upstream`: a maintainer holding a newer Tencent table learns what changed.

Each test edits a copy of the table the spec records (spec/upstream/) the way
Tencent would, and reads the report.  Codes are reached by number and names
read from the spec, never written here: they are the project's own.
"""

from __future__ import annotations

import datetime
import hashlib
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, SPEC
from helpers.fifo import opened_for_writing_if_still_waited_on
from helpers.seed import channel_of_table, read_seed
from generator import cli
from generator.load import fields as rules
from generator.upstream import worddiff
from generator.upstream import command as upstream_command
from generator.upstream.report import REPORTS
from generator.load.loader import SpecError, load_spec

SNAPSHOT = ROOT / "spec" / "upstream" / "faceid-saas-return-codes.md"
TABLE = SNAPSHOT.read_text(encoding="utf-8")
MODEL = load_spec(SPEC)
NAMES = {(ch.key, c.code): c.name for ch in MODEL.channels for c in ch.codes}
SHOWN_SPEC = "spec/codes.yaml"  # how reports name the spec, run from the repository
SHA256 = MODEL.upstream.sha256 if MODEL.upstream else ""
TAKEN = MODEL.upstream.taken if MODEL.upstream else ""
# How many codes the table lists, and in how many tables: the tests' own reading of it.
SEED = read_seed(SNAPSHOT)
SEED_TABLES = len({row.table for row in SEED})
# Codes the table does not list, for the tests that add one: after 15 (wechat) and -4007 (sdk).
CHANNEL_OF_TABLE = channel_of_table()  # read once: PyYAML's pure-Python reading is slow
LISTED = {(CHANNEL_OF_TABLE[row.table], row.code) for row in SEED}
NEW_WECHAT = next(n for n in itertools.count(16) if ("wechat", n) not in LISTED)
NEW_SDK = next(n for n in itertools.count(-4008, -1) if ("sdk", n) not in LISTED)
SEED_SUMMARY = f"{len(SEED)} codes in {SEED_TABLES} tables"

# Rows of the table, exactly as written there.
ROW_14 = "| 14     | 本次校验已完成             | 否       |\n"
ROW_15 = "| 15     | token 过期，请重试         | 否       |\n"
ROW_1107 = "| 1107   | 视频为空，或大小不合适，请控制录制时长在6s左右 | 否       |\n"
ROW_1201 = "| 1201   | 光线太暗           | 否       |\n"
ROW_1301 = "| 1301   | 实人检测失败                          | 否       |\n"
ROW_2006 = "| 2006   | 姓名和身份证号不一致，请核实后重试         | 是       |\n"
ROW_400103 = (
    "| 400103/400104 | 服务器拒绝访问此接口       "
    "| 需要仔细核对请求获取 Token 或 ticket 参数                    | 否       |\n"
)
BILLED_66660004 = "| 66660004      | 无法确认为同一人           | 人脸比对相似度得分不够                                       | 是       |"
ROW_4007 = "|-4007 | 无法确认为同一人 | 人脸比对相似度得分不够 |否|\n"
ROW_5009_STEPS = (
    "按照如下提示再次尝试：<br> 1. 请确保光线充足 <br>2. 请确保人脸正对框内 <br>3. 请确保脸部无遮挡"
)
ROW_5011 = "|-5011|	未识别到人脸；请保持本人操作且正脸对框|	视频中未检测到人脸|	否|\n"
ROW_5051 = "|-5051	|视频格式或大小不合法	| 文件或视频不合法 |	否|\n"
ROW_5050 = "|-5050 |视频格式或大小不合法	| 文件或视频不合法 |	否|\n"
ROW_4005 = "|-4005	|服务内部错误	| 计算特征距离失败|	否|\n"
ROW_5000 = "|-5000	|服务内部错误	| 服务内部 SDK 没有正常工作|	否|\n"
LAST_ROW = "|-1104|	服务器处理失败，请稍后重试	|服务器处理失败|否|\n"


def edited(tmp_path: Path, *edits: tuple[str, str], name: str = "table.md") -> Path:
    """A copy of the table with each `old` replaced by `new` (each must occur once)."""
    text = TABLE
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def upstream(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    status = cli.main(["upstream", *map(str, args)])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def line(channel: str, code: int, detail: str) -> str:
    return f"  {channel} {code} {NAMES[channel, code]}: {detail}"


# --- the real table and the spec ------------------------------------------------------


def test_the_recorded_table_agrees_with_the_spec() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "upstream"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == (
        f"{SHOWN_SPEC} agrees with spec/upstream/faceid-saas-return-codes.md: {SEED_SUMMARY}\n"
    )


def test_quiet_prints_nothing_when_they_agree(capsys) -> None:
    assert upstream(capsys, "--quiet") == (0, "", "")


def test_the_spec_records_the_copy_it_follows() -> None:
    record = MODEL.upstream
    assert record is not None
    assert SPEC.parent / record.file == SNAPSHOT
    assert record.sha256 == hashlib.sha256(SNAPSHOT.read_bytes()).hexdigest()
    taken = datetime.date.fromisoformat(record.taken)  # a day of the calendar
    assert taken <= datetime.datetime.now(datetime.timezone.utc).date()  # and not yet to come
    assert record.taken == yaml.safe_load(SPEC.read_text(encoding="utf-8"))["upstream"]["taken"]
    assert SPEC.read_text(encoding="utf-8").splitlines()[record.sha256_at[0] - 1] == (
        f"  sha256: {record.sha256}"
    )


def test_git_keeps_the_copy_byte_for_byte() -> None:
    shown = subprocess.run(
        ["git", "check-attr", "text", "--", "spec/upstream/faceid-saas-return-codes.md"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert shown.stdout == "spec/upstream/faceid-saas-return-codes.md: text: unset\n"


def test_make_check_fails_when_the_spec_no_longer_follows_its_table(tmp_path: Path) -> None:
    work = tmp_path / "clone"
    for folder in ("generator", "templates", "spec", "generated"):
        shutil.copytree(ROOT / folder, work / folder, ignore=shutil.ignore_patterns("__pycache__"))
    for file in ("Makefile", "requirements.lock"):
        shutil.copy2(ROOT / file, work / file)
    (work / ".venv").symlink_to(ROOT / ".venv")  # set up already: make installs nothing,
    os.utime(work / "requirements.lock", (0, 0))  # however new the checkout's lock file is
    copy = work / "spec" / "upstream" / SNAPSHOT.name
    copy.write_text(TABLE.replace(BILLED_66660004, BILLED_66660004.replace("是", "否")), "utf-8")
    result = subprocess.run(["make", "check"], cwd=work, capture_output=True, text=True)
    assert result.returncode != 0
    assert re.search(
        r"^generated matches the spec \(\d+ files\)$", result.stdout, re.M
    )  # drift check passed
    assert line("sdk", 66660004, "billed (是) → free (否)") + "\n" in result.stdout


# --- each kind of change --------------------------------------------------------------------


def test_billing_flips_come_first_and_loud(tmp_path: Path, capsys) -> None:
    table = edited(
        tmp_path,
        (ROW_1107, ROW_1107.replace("6s", "8s")),
        (BILLED_66660004, BILLED_66660004.replace("是", "否")),
        (ROW_2006, ROW_2006.replace("是", "否")),
    )
    status, out, err = upstream(capsys, table)
    assert (status, err) == (1, "")
    assert out.splitlines() == [
        f"{table} against {SHOWN_SPEC}: 3 difference(s)",
        "BILLING CHANGED (2): calls ending with these codes are billed differently now",
        line("wechat", 2006, "billed (是) → free (否)"),
        line("sdk", 66660004, "billed (是) → free (否)"),
        "Chinese message changed (1)",
        line("wechat", 1107, "视频为空，或大小不合适，请控制录制时长在[-6s-]{+8s+}左右"),
    ]


def test_reworded_steps_show_a_word_diff(tmp_path: Path, capsys) -> None:
    steps = ROW_5009_STEPS + "<br>4. 请摘下眼镜"
    table = edited(
        tmp_path,
        (ROW_5009_STEPS, steps),
        (ROW_5011, ROW_5011.replace("视频中未检测到人脸", "视频中未检测到完整人脸")),
    )
    status, out, _ = upstream(capsys, table)
    assert status == 1
    assert out.splitlines()[1:] == [
        "steps (处理措施) changed (2)",
        line(
            "sdk",
            -5009,
            "按照如下提示再次尝试：<br>1. 请确保光线充足<br>2. 请确保人脸正对框内"
            "<br>3. 请确保脸部无遮挡{+<br>4. 请摘下眼镜+}",
        ),
        line("sdk", -5011, "视频中未检测到{+完整+}人脸"),
    ]


def test_a_code_gone_upstream_is_to_be_kept_as_a_tombstone(tmp_path: Path, capsys) -> None:
    table = edited(tmp_path, (ROW_14, ""))
    status, out, _ = upstream(capsys, table)
    assert status == 1
    assert out.splitlines()[1:] == [
        "codes gone upstream (1): keep each entry and add `removed: true` (a tombstone)",
        line("wechat", 14, "本次校验已完成 (the table no longer lists it)"),
    ]
    # Done as advised, the spec and the table agree; the tombstone is counted.
    spec = tombstoned(tmp_path, 14)
    status, out, _ = upstream(capsys, "--spec", spec, table)
    assert status == 0
    assert out == (
        f"{spec} agrees with {table}: {len(SEED) - 1} codes in {SEED_TABLES} tables; "
        "1 retired code(s) (removed: true) absent from the table, as recorded\n"
    )


def test_a_retired_code_listed_again_is_reported(tmp_path: Path, capsys) -> None:
    spec = tombstoned(tmp_path, 14)
    status, out, _ = upstream(capsys, "--spec", spec, SNAPSHOT)
    assert status == 1
    assert out.splitlines()[1:] == [
        "retired codes listed again (1): the spec has them as `removed: true`",
        f"  wechat 14 {NAMES['wechat', 14]}: listed again: 本次校验已完成",
    ]


def tombstoned(tmp_path: Path, code: int) -> Path:
    """A copy of the spec whose entry for `code` (wechat) is a tombstone."""
    text = SPEC.read_text(encoding="utf-8")
    start = text.index(f"          - code: {code}\n")
    end = text.index("billable: false\n", start) + len("billable: false\n")
    path = tmp_path / "codes.yaml"
    path.write_text(text[:end] + "            removed: true\n" + text[end:], encoding="utf-8")
    return path


def test_moves_between_tables_and_sub_tables(tmp_path: Path, capsys) -> None:
    table = edited(
        tmp_path,
        (ROW_2006, ""),
        (LAST_ROW, LAST_ROW + "|2006|姓名和身份证号不一致，请核实后重试||是|\n"),
        (ROW_1201, ""),
        (ROW_1301, ROW_1301 + ROW_1201),
    )
    status, out, _ = upstream(capsys, table)
    assert status == 1
    assert out.splitlines()[1:] == [
        "codes moved to another table (1)",
        line("wechat", 2006, "table 微信 H5/小程序返回码 → 其他返回码"),
        "codes moved to another sub-table (1)",
        line("wechat", 1201, "sub-table 动作活体返回码 → 静默活体返回码"),
    ]


def test_renamed_headings_keep_their_codes(tmp_path: Path, capsys) -> None:
    table = edited(
        tmp_path,
        ("## 微信 H5/小程序返回码\n", "## 微信 H5/小程序/E证通返回码\n"),
        ("### 微信相关返回码\n", "### 微信返回码\n"),
    )
    status, out, _ = upstream(capsys, table)
    assert status == 1
    category = next(c.key for c in MODEL.channels[0].categories if c.title == "微信相关返回码")
    assert out.splitlines()[1:] == [
        "headings changed (2): the spec's `title` follows the table's heading",
        "  wechat table heading: 微信 H5/小程序返回码 → 微信 H5/小程序/E证通返回码",
        f"  wechat sub-table heading (category {category}): 微信相关返回码 → 微信返回码",
    ]


def test_another_order_is_reported(tmp_path: Path, capsys) -> None:
    table = edited(tmp_path, (ROW_4005 + ROW_5000, ROW_5000 + ROW_4005))
    status, out, _ = upstream(capsys, table)
    assert status == 1
    assert out.splitlines()[1:] == [
        "codes listed in another order (1): the spec keeps the table's order",
        line("sdk", -5000, "the table lists it after -1304, the spec after -4005"),
    ]


def test_a_multi_code_row_split_or_merged_is_only_layout(tmp_path: Path, capsys) -> None:
    split = ROW_400103.replace("400103/400104", "400103       ")
    split += ROW_400103.replace("400103/400104", "400104       ")
    merged = ROW_5051.replace("-5051", "-5051/-5050")
    table = edited(tmp_path, (ROW_400103, split), (ROW_5051 + ROW_5050, merged))
    assert upstream(capsys, table)[0] == 0


def test_a_split_row_with_its_own_text_differs_for_that_code_only(tmp_path: Path, capsys) -> None:
    split = ROW_400103.replace("400103/400104", "400103       ")
    split += ROW_400103.replace("400103/400104", "400104       ").replace("拒绝访问", "拒绝访问该")
    table = edited(tmp_path, (ROW_400103, split))
    status, out, _ = upstream(capsys, table)
    assert status == 1
    assert out.splitlines()[1:] == [
        "Chinese message changed (1)",
        line("sdk", 400104, "服务器拒绝访问{+该+}此接口"),
    ]


def test_a_malformed_row_exits_2_naming_its_line(tmp_path: Path, capsys) -> None:
    row = "| 3      | 业务请求不合法             | 否       |\n"
    bad = row.replace("否", "不")
    table = edited(tmp_path, (row, bad))
    number = TABLE[: TABLE.index(row)].count("\n") + 1
    status, out, err = upstream(capsys, table)
    assert (status, out) == (2, "")
    assert (
        err == f"{table}:{number}:{bad.rindex('不') + 1}: error: 是否收费 is '不'; write 是 or 否\n"
    )


@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_only_a_regular_file_is_read(tmp_path: Path, capsys, kind: str) -> None:
    # A FIFO would wait for a writer and /dev/zero never ends: neither is opened for reading.
    path = {"fifo": tmp_path / "table.md", "device": Path("/dev/zero"), "folder": tmp_path}[kind]
    if kind == "fifo":
        os.mkfifo(path)
    with opened_for_writing_if_still_waited_on(path, after=10) as waited:
        status, out, err = upstream(capsys, path)
    assert not waited, "the reader waited for a writer"
    what = {"fifo": "a FIFO (named pipe)", "device": "a character device", "folder": "a folder"}
    assert (status, out, err) == (
        2,
        "",
        f"{path}: error: cannot read the table: is {what[kind]}, not a regular file\n",
    )


# --- codes added upstream: a ready-to-paste entry ---------------------------------------


def test_a_code_added_upstream_comes_with_its_entry(tmp_path: Path, capsys) -> None:
    table = edited(
        tmp_path,
        (ROW_15, ROW_15 + f"| {NEW_WECHAT}     | 已达到重试上限 | 否 |\n"),
        (ROW_4007, ROW_4007 + f"|{NEW_SDK} | 比对服务繁忙: 请稍后 #重试 | 等待<br>重试 |是|\n"),
    )
    status, out, _ = upstream(capsys, table)
    assert status == 1
    system = next(c.key for c in MODEL.channels[0].categories if c.title == "系统返回码")
    sdk_keys = ", ".join(c.key for c in MODEL.channels[1].categories)
    todo = "and its family where it shares a meaning with other codes"
    assert out.splitlines()[1:] == [
        "codes added upstream (2): paste each entry and write what the table cannot say",
        f"  wechat {NEW_WECHAT}: in 微信 H5/小程序返回码 › 系统返回码: 已达到重试上限 | steps: (none) | free (否)",
        f"          # paste into channels.wechat.categories.{system}.codes, after code 15",
        f"          # then write name, message_en, {todo}",
        f"          - code: {NEW_WECHAT}",
        "            name:",
        "            message: 已达到重试上限",
        "            message_en:",
        "            billable: false",
        f"  sdk {NEW_SDK}: in 其他返回码: 比对服务繁忙: 请稍后 #重试 | steps: 等待<br>重试 | billed (是)",
        "      # paste into channels.sdk.codes, after code -4007",
        f"      # then write name, message_en, action_en, category, {todo}",
        f"      - code: {NEW_SDK}",
        "        name:",
        f"        category:  # one of: {sdk_keys}",
        '        message: "比对服务繁忙: 请稍后 #重试"',
        "        message_en:",
        "        action:",
        "          - 等待",
        "          - 重试",
        "        action_en:",
        "        billable: true",
    ]
    # Pasted where it says and completed, the spec agrees with the table.
    spec = tmp_path / "codes.yaml"
    spec.write_text(paste(SPEC.read_text(encoding="utf-8"), out), encoding="utf-8")
    assert upstream(capsys, "--spec", spec, table)[:2] == (
        0,
        f"{spec} agrees with {table}: {len(SEED) + 2} codes in {SEED_TABLES} tables\n",
    )


def paste(spec: str, report: str) -> str:
    """`spec` with every entry of the report pasted as it says, blanks filled in."""
    lines = spec.splitlines()
    blocks: list[list[str]] = []
    for text in report.splitlines():
        if text.startswith("      "):
            blocks[-1].append(text)
        elif text.startswith("  "):
            blocks.append([])
    for block in blocks:
        after = int(block[0].rsplit("after code ", 1)[1])
        pad = block[0][: len(block[0]) - len(block[0].lstrip())]
        start = lines.index(f"{pad}- code: {after}")
        end = start + 1
        while lines[end].startswith(pad + " "):
            end += 1
        lines[end:end] = [filled(text, pad) for text in block[2:]]
    return "\n".join(lines) + "\n"


def filled(text: str, pad: str) -> str:
    """What the maintainer writes in each blank of an entry."""
    code = "NEW_CODE"
    answers = {
        "name:": f"name: {code}",
        "message_en:": "message_en: A new code",
        "action_en:": "action_en: [Wait, Retry]",
    }
    key = text.strip()
    if key.startswith("category:"):
        return f"{pad}  category: service"
    if key in answers:
        return text.replace(key, answers[key])
    return text


def test_an_entry_keeps_awkward_text_exactly(tmp_path: Path, capsys) -> None:
    message = "引号\"'：# 井号: 冒号 \\ 反斜杠 ${x} */ `反引号` - 开头"
    steps = ["- 像列表", "* 星号", "| 竖线"]
    cell = message.replace("|", "\\|")
    step_cell = "<br>".join(step.replace("|", "\\|") for step in steps)
    table = edited(tmp_path, (LAST_ROW, LAST_ROW + f"|-1106|{cell}|{step_cell}|否|\n"))
    status, out, _ = upstream(capsys, table)
    assert status == 1
    entry = [text for text in out.splitlines() if text.startswith("      ")]
    data = yaml.safe_load(textwrap.dedent("\n".join(entry)))
    assert data == [
        {
            "code": -1106,
            "name": None,
            "category": None,
            "message": message,
            "message_en": None,
            "action": steps,
            "action_en": None,
            "billable": False,
        }
    ]


# --- the record of the copy ---------------------------------------------------------


def beside_a_copy(tmp_path: Path, table: bytes) -> Path:
    """The spec and a copy of the table in the layout of the repository."""
    (tmp_path / "upstream").mkdir()
    (tmp_path / "upstream" / SNAPSHOT.name).write_bytes(table)
    spec = tmp_path / "codes.yaml"
    shutil.copy(SPEC, spec)
    return spec


def test_a_replaced_copy_must_be_recorded_even_when_its_table_agrees(
    tmp_path: Path, capsys
) -> None:
    data = SNAPSHOT.read_bytes() + b"\n"
    spec = beside_a_copy(tmp_path, data)
    new = hashlib.sha256(data).hexdigest()
    assert MODEL.upstream is not None
    old, (row, col) = MODEL.upstream.sha256, MODEL.upstream.sha256_at
    status, out, _ = upstream(capsys, "--spec", spec)
    assert status == 1
    assert out.splitlines()[1:] == [
        "the copy of the table the spec records (1)",
        f"  {spec}:{row}:{col}: upstream.sha256 is {old[:12]}…, the file's is {new}: "
        "once the spec agrees with the table, record it with `python -m generator upstream "
        "--record`",
    ]
    spec.write_text(spec.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    assert upstream(capsys, "--spec", spec)[0] == 0


def test_the_recorded_copy_must_stay_in_the_spec_folder(tmp_path: Path, capsys) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy(SNAPSHOT, elsewhere / SNAPSHOT.name)
    folder = tmp_path / "spec"
    folder.mkdir()
    (folder / "upstream").symlink_to(elsewhere)
    spec = folder / "codes.yaml"
    shutil.copy(SPEC, spec)
    assert MODEL.upstream is not None
    row, col = MODEL.upstream.file_at
    status, out, err = upstream(capsys, "--spec", spec)
    assert (status, out) == (2, "")
    assert err == (
        f"{spec}:{row}:{col}: error: upstream.file: "
        "upstream/faceid-saas-return-codes.md leads out of the spec's folder\n"
    )


def test_a_recorded_copy_in_a_loop_of_links_is_an_error_not_a_traceback(
    tmp_path: Path, capsys
) -> None:
    (tmp_path / "upstream").mkdir()
    loop = tmp_path / "upstream" / SNAPSHOT.name
    loop.symlink_to(loop)
    spec = tmp_path / "codes.yaml"
    shutil.copy(SPEC, spec)
    assert MODEL.upstream is not None
    row, col = MODEL.upstream.file_at
    assert upstream(capsys, "--spec", spec) == (
        2,
        "",
        f"{spec}:{row}:{col}: error: upstream.file: Too many levels of symbolic links\n",
    )


def test_a_missing_copy_or_record_exits_2(tmp_path: Path, capsys) -> None:
    spec = tmp_path / "codes.yaml"
    shutil.copy(SPEC, spec)
    assert MODEL.upstream is not None
    row, col = MODEL.upstream.file_at
    status, out, err = upstream(capsys, "--spec", spec)
    assert (status, out) == (2, "")
    assert err == (
        f"{spec}:{row}:{col}: error: upstream.file: cannot read "
        f"{tmp_path / 'upstream' / SNAPSHOT.name}: No such file or directory\n"
    )
    text = SPEC.read_text(encoding="utf-8")
    start = text.index("upstream:\n")
    spec.write_text(text[:start] + text[text.index("channels:\n") :], encoding="utf-8")
    status, _, err = upstream(capsys, "--spec", spec)
    assert status == 2
    assert err == (
        f"{spec}: error: the spec records no copy of the table (`upstream:`); name the table's FILE\n"
    )
    assert upstream(capsys, "--spec", spec, SNAPSHOT)[0] == 0


@pytest.mark.parametrize(
    "old, new, expected",
    [
        (
            f"sha256: {SHA256}",
            f"sha256: {SHA256.upper()}",
            f"{{spec}}:{{sha256}}: error: sha256: '{SHA256.upper()}' is not a SHA-256 in "
            "lowercase hex (64 characters, as sha256sum prints it)",
        ),
        (
            "  file: upstream/",
            "  file: ../upstream/",
            "{spec}:{file}: error: file: '../upstream/faceid-saas-return-codes.md' is not a path "
            "below the spec's folder, with / (no '..', no leading / or dot)",
        ),
        (
            f'  taken: "{TAKEN}"',
            '  taken: "2026-02-30"',
            "{spec}:{taken}: error: taken: '2026-02-30' is not a date in the calendar",
        ),
        (
            f'  taken: "{TAKEN}"',
            "  taken: 28.11.2026",
            "{spec}:{taken}: error: taken: expected a date as YYYY-MM-DD, but YAML reads text ('28.11.2026')",
        ),
        (
            f'  taken: "{TAKEN}"\n',
            "",
            "{spec}:{upstream}: error: upstream lacks the required key 'taken'",
        ),
    ],
    ids=[
        "sha256 in capitals",
        "a path out of the folder",
        "no such day",
        "another format",
        "no date",
    ],
)
def test_the_record_is_checked_by_the_loader(tmp_path: Path, old: str, new: str, expected: str):
    text = SPEC.read_text(encoding="utf-8")
    assert text.count(old) == 1
    spec = tmp_path / "codes.yaml"
    spec.write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        load_spec(spec, display="codes.yaml")
    record = MODEL.upstream
    assert record is not None
    (row, col), (sha_row, sha_col) = record.file_at, record.sha256_at
    where = {
        "upstream": f"{row}:3",  # the mapping starts at its first key
        "file": f"{row}:{col}",
        "sha256": f"{sha_row}:{sha_col}",
        "taken": "{}:{}".format(*record.taken_at),
    }
    assert caught.value.lines() == [expected.format(spec="codes.yaml", **where)]


def test_an_unquoted_date_is_read_as_the_same_date(tmp_path: Path) -> None:
    spec = tmp_path / "codes.yaml"
    text = SPEC.read_text(encoding="utf-8").replace(f'taken: "{TAKEN}"', f"taken: {TAKEN}")
    spec.write_text(text, encoding="utf-8")
    assert load_spec(spec).upstream == MODEL.upstream


def test_the_command_offers_every_report_format() -> None:
    assert upstream_command.FORMATS == tuple(sorted(REPORTS))


def test_the_spec_schema_says_what_the_loader_checks() -> None:
    schema = json.loads((ROOT / "spec" / "codes.schema.json").read_text(encoding="utf-8"))
    fields = schema["$defs"]["upstream"]["properties"]
    for key, pattern in (
        ("file", rules.RELATIVE_PATH),
        ("sha256", rules.SHA256),
        ("taken", rules.DATE),
    ):
        assert (
            fields[key]["pattern"]
            == "^" + pattern.pattern.replace("(?:", "(").removesuffix("\\Z") + "$"
        )


# --- recording a copy: `upstream --record` ---------------------------------------------

# A billed code Tencent adds after 15, as a maintainer writes it into the spec.
ROW_16 = f"| {NEW_WECHAT}     | 已达到重试上限             | 是       |\n"
ENTRY_16 = (
    f"          - code: {NEW_WECHAT}\n"
    "            name: TEST_RETRY_LIMIT_REACHED\n"
    "            message: 已达到重试上限\n"
    "            message_en: The retry limit has been reached\n"
    "            billable: true\n"
)
AFTER_15 = "            message_en: Token expired, please try again\n            billable: false\n"


def with_code_16(spec: Path) -> None:
    text = spec.read_text(encoding="utf-8")
    assert text.count(AFTER_15) == 1
    spec.write_text(text.replace(AFTER_15, AFTER_15 + ENTRY_16), encoding="utf-8")


def test_a_code_the_recorded_copy_lacks_is_not_called_gone_upstream(tmp_path: Path, capsys) -> None:
    """The spec gained it after the copy was recorded: nothing was dropped, no tombstone."""
    spec = beside_a_copy(tmp_path, SNAPSHOT.read_bytes())
    with_code_16(spec)
    status, out, _ = upstream(capsys, "--spec", spec)
    assert status == 1
    assert out.splitlines()[1:] == [
        "codes not in the recorded copy of the table (1): the spec gained them after the copy "
        "was recorded: save Tencent's current table and, once the spec agrees with it, record "
        "it (`python -m generator upstream --record FILE`); a code Tencent does not list does "
        "not belong in the spec",
        f"  wechat {NEW_WECHAT} TEST_RETRY_LIMIT_REACHED: 已达到重试上限 "
        "(the recorded copy does not list it)",
    ]
    # The same bytes given as FILE are still the recorded copy; a newer table lacking a
    # code the spec has is what "gone upstream" means.
    status, out, _ = upstream(capsys, "--spec", spec, spec.parent / "upstream" / SNAPSHOT.name)
    assert "codes not in the recorded copy of the table (1)" in out
    newer = edited(tmp_path, (ROW_14, ""))
    status, out, _ = upstream(capsys, newer)
    assert "codes gone upstream (1)" in out and "not in the recorded copy" not in out


def test_record_copies_an_agreeing_table_and_rewrites_only_its_hash_and_date(
    tmp_path: Path, capsys
) -> None:
    spec = beside_a_copy(tmp_path, SNAPSHOT.read_bytes())
    with_code_16(spec)
    before = spec.read_text(encoding="utf-8")
    table = edited(tmp_path, (ROW_15, ROW_15 + ROW_16), name="saved.md")
    status, out, err = upstream(capsys, "--spec", spec, "--record", "--taken", "2030-01-02", table)
    sha = hashlib.sha256(table.read_bytes()).hexdigest()
    copy = spec.parent / "upstream" / SNAPSHOT.name
    assert (status, err) == (0, "")
    assert out == f"{spec} records {copy}: copied {table} over it; sha256 {sha}, taken 2030-01-02\n"
    assert copy.read_bytes() == table.read_bytes()
    assert MODEL.upstream is not None
    expected = before.replace(MODEL.upstream.sha256, sha).replace(
        f'taken: "{TAKEN}"', 'taken: "2030-01-02"'
    )
    assert spec.read_text(encoding="utf-8") == expected
    assert upstream(capsys, "--spec", spec) == (
        0,
        f"{spec} agrees with {copy}: {len(SEED) + 1} codes in {SEED_TABLES} tables\n",
        "",
    )


def test_record_refuses_a_table_the_spec_does_not_agree_with(tmp_path: Path, capsys) -> None:
    spec = beside_a_copy(tmp_path, SNAPSHOT.read_bytes())
    table = edited(tmp_path, (ROW_15, ROW_15 + ROW_16), name="saved.md")
    before = {path: path.read_bytes() for path in tmp_path.rglob("*") if path.is_file()}
    status, out, err = upstream(capsys, "--spec", spec, "--record", table)
    assert status == 1
    assert "codes added upstream (1)" in out
    assert err == f"{table}: nothing recorded: the spec does not agree with the table yet\n"
    assert {path: path.read_bytes() for path in tmp_path.rglob("*") if path.is_file()} == before


def test_record_in_place_takes_todays_date_and_keeps_the_date_of_an_unchanged_copy(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    """Saved over the recorded copy, the table is recorded where it lies; today by default."""
    from generator.upstream import record

    monkeypatch.setattr(record, "today", lambda: "2031-05-06")
    spec = beside_a_copy(tmp_path, TABLE.replace(ROW_15, ROW_15 + ROW_16).encode("utf-8"))
    with_code_16(spec)
    status, _, _ = upstream(capsys, "--spec", spec, "--record", "--quiet")
    assert status == 0
    assert 'taken: "2031-05-06"' in spec.read_text(encoding="utf-8")
    monkeypatch.setattr(record, "today", lambda: "2032-01-01")
    once = spec.read_bytes()
    assert upstream(capsys, "--spec", spec, "--record", "--quiet") == (0, "", "")
    assert spec.read_bytes() == once  # the same copy: its date is the day it was taken


def test_record_keeps_an_unquoted_date_unquoted(tmp_path: Path, capsys) -> None:
    spec = beside_a_copy(tmp_path, SNAPSHOT.read_bytes())
    text = spec.read_text(encoding="utf-8").replace(f'taken: "{TAKEN}"', f"taken: {TAKEN}")
    spec.write_text(text, encoding="utf-8")
    table = edited(tmp_path, (ROW_14, ROW_14.replace("已完成", "已结束")), name="saved.md")
    reworded = spec.read_text(encoding="utf-8").replace(
        "message: 本次校验已完成", "message: 本次校验已结束"
    )
    spec.write_text(reworded, encoding="utf-8")
    status, _, err = upstream(capsys, "--spec", spec, "--record", "--taken", "2030-03-04", table)
    assert (status, err) == (0, "")
    assert "\n  taken: 2030-03-04\n" in spec.read_text(encoding="utf-8")


def test_a_record_written_with_escapes_is_left_for_a_hand_edit(tmp_path: Path, capsys) -> None:
    spec = beside_a_copy(tmp_path, SNAPSHOT.read_bytes())
    assert MODEL.upstream is not None
    escaped = '"\\x' + format(ord(SHA256[0]), "x") + SHA256[1:] + '"'  # YAML reads the same hash
    text = spec.read_text(encoding="utf-8").replace(f"sha256: {SHA256}", f"sha256: {escaped}")
    spec.write_text(text, encoding="utf-8")
    assert load_spec(spec).upstream.sha256 == SHA256
    table = tmp_path / "saved.md"
    table.write_bytes(SNAPSHOT.read_bytes() + b"\n")  # the same rows, other bytes
    before = {path: path.read_bytes() for path in tmp_path.rglob("*") if path.is_file()}
    status, out, err = upstream(capsys, "--spec", spec, "--record", "--taken", "2030-01-02", table)
    row, col = MODEL.upstream.sha256_at
    new = hashlib.sha256(table.read_bytes()).hexdigest()
    assert (status, out) == (3, "")
    assert err == (
        f"{spec}:{row}:{col}: error: upstream: cannot rewrite {SHA256!r} in place; "
        f"write {new!r} there; nothing recorded\n"
    )
    assert {path: path.read_bytes() for path in tmp_path.rglob("*") if path.is_file()} == before


@pytest.mark.parametrize("taken", ["2030-02-30", "30-01-02", "today"])
def test_record_takes_only_a_calendar_date(capsys, taken: str) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["upstream", "--record", "--taken", taken])
    assert exited.value.code == 2
    assert "--taken" in capsys.readouterr().err


def test_record_needs_a_spec_that_records_a_copy(tmp_path: Path, capsys) -> None:
    text = SPEC.read_text(encoding="utf-8")
    start = text.index("upstream:\n")
    end = text.index("channels:\n", start)
    spec = tmp_path / "codes.yaml"
    spec.write_text(text[:start] + text[end:], encoding="utf-8")
    status, out, err = upstream(capsys, "--spec", spec, "--record", SNAPSHOT)
    assert (status, out) == (2, "")
    assert err == (
        f"{spec}: error: --record: the spec records no copy of the table; "
        "add `upstream:` with its file, sha256 and taken\n"
    )


# --- the Markdown report, for a pull request ----------------------------------------------


def test_markdown_report_for_a_pull_request(tmp_path: Path, capsys) -> None:
    table = edited(
        tmp_path,
        (ROW_1107, ROW_1107.replace("6s", "8s")),
        (BILLED_66660004, BILLED_66660004.replace("是", "否")),
        (ROW_14, ""),
    )
    status, out, _ = upstream(capsys, "--format", "markdown", table)
    assert status == 1
    assert out == "\n".join(
        [
            "## Tencent's return-code table against the spec",
            "",
            f"`{table}` against `{SHOWN_SPEC}`: 3 difference(s)",
            "",
            "> [!CAUTION]",
            "> **BILLING CHANGED (1): calls ending with these codes are billed differently now**",
            ">",
            f"> - `sdk` **66660004** `{NAMES['sdk', 66660004]}`: billed (是) → free (否)",
            "",
            "### codes gone upstream (1): keep each entry and add `removed: true` (a tombstone)",
            "",
            f"- `wechat` **14** `{NAMES['wechat', 14]}`: 本次校验已完成 (the table no longer lists it)",
            "",
            "### Chinese message changed (1)",
            "",
            f"- `wechat` **1107** `{NAMES['wechat', 1107]}`: "
            "视频为空，或大小不合适，请控制录制时长在<del>6s</del><ins>8s</ins>左右",
            "",
        ]
    )


# --- the word-level diff of Chinese text ----------------------------------------------------


@pytest.mark.parametrize(
    "old, new, expected",
    [
        ("请控制录制时长在6s左右", "请控制录制时长在8s左右", "请控制录制时长在[-6s-]{+8s+}左右"),
        ("同一个 AppID 下", "同一个 AppId 下", "同一个 [-AppID-]{+AppId+} 下"),
        ("请求不合法，缺少参数", "请求不合法，缺少必要参数", "请求不合法，缺少{+必要+}参数"),
        # one unchanged character between two changes joins them into one edit
        (
            "人脸比对相似度得分不够",
            "人脸识别相似度得分太低",
            "人脸[-比对-]{+识别+}相似度得分[-不够-]{+太低+}",
        ),
        ("光线太暗", "光线太强", "光线太[-暗-]{+强+}"),
        ("证件已过期", "身份证已过期", "[-证件-]{+身份证+}已过期"),
        ("相同", "相同", "相同"),
    ],
)
def test_word_diff_of_chinese(old: str, new: str, expected: str) -> None:
    assert worddiff.render(worddiff.diff(old, new), "[-{}-]", "{{+{}+}}") == expected


def test_word_diff_of_very_long_texts_diffs_what_lies_between_their_common_ends() -> None:
    # difflib is cubic at worst: past worddiff.MAX_PAIRS the common beginning and
    # end are taken off, and only the middle between them is diffed.
    old, new = "字" * 2_001, "字" * 1_000 + "改" + "字" * 1_000
    assert len(old) * len(new) > worddiff.MAX_PAIRS
    assert worddiff.diff(old, new) == [
        worddiff.Piece("字" * 1_000, "字" * 1_000),
        worddiff.Piece("字", "改"),
        worddiff.Piece("字" * 1_000, "字" * 1_000),
    ]
    short = "字" * 1_000
    assert worddiff.render(worddiff.diff(short, short + "改"), "[-{}-]", "{{+{}+}}") == (
        short + "{+改+}"
    )


def test_markdown_report_of_additions_moves_headings_and_order(tmp_path: Path, capsys) -> None:
    """Every kind of line the Markdown report has, texts escaped and fences that hold."""
    row_0 = "| 0      | 成功                       | 是       |\n"
    row_1 = "| 1      | 请求不合法，缺少参数       | 否       |\n"
    table = edited(
        tmp_path,
        ("## 微信 H5/小程序返回码\n", "## 微信 H5/小程序/E证通返回码\n"),
        (row_0 + row_1, row_1 + row_0),
        (ROW_1201, ""),
        (ROW_1301, ROW_1301 + ROW_1201),
        (ROW_15, ROW_15 + f"| {NEW_WECHAT}     | 已达到重试上限 *重要* | 否 |\n"),
        (ROW_4007, ROW_4007 + f"|{NEW_SDK} | 代码 ``` 块 | 等待 |是|\n"),
        (ROW_1107, ROW_1107.replace("6s", "*6s*")),
        name="table `v2`.md",
    )
    status, out, _ = upstream(capsys, "--format", "markdown", table)
    system = next(c.key for c in MODEL.channels[0].categories if c.title == "系统返回码")
    sdk_keys = ", ".join(c.key for c in MODEL.channels[1].categories)
    todo = "and its family where it shares a meaning with other codes"
    assert status == 1
    assert out == "\n".join(
        [
            "## Tencent's return-code table against the spec",
            "",
            f"`` {table} `` against `{SHOWN_SPEC}`: 6 difference(s)",
            "",
            "### codes added upstream (2): paste each entry and write what the table cannot say",
            "",
            f"- `wechat` **{NEW_WECHAT}**: in 微信 H5/小程序/E证通返回码 › 系统返回码: 已达到重试上限 \\*重要\\* "
            "| steps: (none) | free (否)",
            "",
            "  ```yaml",
            f"            # paste into channels.wechat.categories.{system}.codes, after code 15",
            f"            # then write name, message_en, {todo}",
            f"            - code: {NEW_WECHAT}",
            "              name:",
            "              message: 已达到重试上限 *重要*",
            "              message_en:",
            "              billable: false",
            "  ```",
            "",
            f"- `sdk` **{NEW_SDK}**: in 其他返回码: 代码 \\`\\`\\` 块 | steps: 等待 | billed (是)",
            "",
            "  ````yaml",
            "        # paste into channels.sdk.codes, after code -4007",
            f"        # then write name, message_en, action_en, category, {todo}",
            f"        - code: {NEW_SDK}",
            "          name:",
            f"          category:  # one of: {sdk_keys}",
            "          message: 代码 ``` 块",
            "          message_en:",
            "          action:",
            "            - 等待",
            "          action_en:",
            "          billable: true",
            "  ````",
            "",
            "",
            "### Chinese message changed (1)",
            "",
            f"- `wechat` **1107** `{NAMES['wechat', 1107]}`: "
            "视频为空，或大小不合适，请控制录制时长在<del>6s</del><ins>\\*6s\\*</ins>左右",
            "",
            "### codes moved to another sub-table (1)",
            "",
            f"- `wechat` **1201** `{NAMES['wechat', 1201]}`: sub-table 动作活体返回码 → 静默活体返回码",
            "",
            "### headings changed (1): the spec's `title` follows the table's heading",
            "",
            "- `wechat` `table heading`: 微信 H5/小程序返回码 → 微信 H5/小程序/E证通返回码",
            "",
            "### codes listed in another order (1): the spec keeps the table's order",
            "",
            f"- `wechat` **1** `{NAMES['wechat', 1]}`: the table lists it first, the spec after 0",
            "",
        ]
    )


def test_a_code_in_a_new_table_or_sub_table_goes_into_a_new_list(tmp_path: Path, capsys) -> None:
    heading = "| 返回码 | 含义 | 是否收费 |\n| ------ | ---- | -------- |\n"
    table = edited(
        tmp_path,
        (
            "### 微信相关返回码\n",
            f"### 新子表\n\n{heading}| 30 | 新的子表里的码 | 否 |\n\n### 微信相关返回码\n",
        ),
        (LAST_ROW, f"{LAST_ROW}\n## 新表\n\n{heading}| 77 | 新表里的码 | 是 |\n"),
    )
    status, out, _ = upstream(capsys, table)
    todo = (
        "# then write name, message_en, and its family where it shares a meaning with other codes"
    )
    assert status == 1
    assert out.splitlines()[1:] == [
        "codes added upstream (2): paste each entry and write what the table cannot say",
        "  wechat 30: in 微信 H5/小程序返回码 › 新子表: 新的子表里的码 | steps: (none) | free (否)",
        "          # paste into channels.wechat.categories.NEW.codes, a new category for the "
        "sub-table 新子表",
        f"          {todo}",
        "          - code: 30",
        "            name:",
        "            message: 新的子表里的码",
        "            message_en:",
        "            billable: false",
        "  新表 77: in 新表: 新表里的码 | steps: (none) | billed (是)",
        "      # paste into channels.NEW.codes, a new channel for the table 新表",
        f"      {todo}",
        "      - code: 77",
        "        name:",
        "        message: 新表里的码",
        "        message_en:",
        "        billable: true",
    ]


def test_a_replaced_copy_that_differs_reports_both(tmp_path: Path, capsys, monkeypatch) -> None:
    """The table's differences and the unrecorded copy, paths as typed from where it runs."""
    data = TABLE.replace(BILLED_66660004, BILLED_66660004.replace("是", "否")).encode()
    spec = beside_a_copy(tmp_path, data)
    monkeypatch.chdir(tmp_path)
    assert MODEL.upstream is not None
    old, (row, col) = MODEL.upstream.sha256, MODEL.upstream.sha256_at
    status, out, _ = upstream(capsys, "--spec", spec)
    assert status == 1
    assert out.splitlines() == [
        f"upstream/{SNAPSHOT.name} against codes.yaml: 2 difference(s)",
        "BILLING CHANGED (1): calls ending with these codes are billed differently now",
        line("sdk", 66660004, "billed (是) → free (否)"),
        "the copy of the table the spec records (1)",
        f"  codes.yaml:{row}:{col}: upstream.sha256 is {old[:12]}…, the file's is "
        f"{hashlib.sha256(data).hexdigest()}: once the spec agrees with the table, record it "
        "with `python -m generator upstream --record`",
    ]


def test_an_invalid_spec_is_reported_as_typed_from_where_it_runs(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    spec = tmp_path / "codes.yaml"
    spec.write_text("version: 1\nchannels: []\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    status, out, err = upstream(capsys, "--spec", spec)
    assert (status, out) == (2, "")
    assert err == (
        "codes.yaml:1:10: error: version: expected text, but YAML reads an integer ('1'); "
        "put it in quotes\n"
        "codes.yaml:2:11: error: channels: expected a mapping, but YAML reads a list\n"
    )


def test_a_code_added_first_in_its_sub_table_goes_first_in_its_category(
    tmp_path: Path, capsys
) -> None:
    """Its predecessor in the table is in another sub-table, so another category: none here."""
    first = "| 201    | 从微信拉取图片失败                                 | 否       |\n"
    table = edited(tmp_path, (first, "| 20     | 新的第一个码 | 否 |\n" + first))
    category = next(c.key for c in MODEL.channels[0].categories if c.title == "微信相关返回码")
    status, out, _ = upstream(capsys, table)
    assert status == 1
    assert out.splitlines()[1:4] == [
        "codes added upstream (1): paste each entry and write what the table cannot say",
        "  wechat 20: in 微信 H5/小程序返回码 › 微信相关返回码: 新的第一个码 | steps: (none) | free (否)",
        f"          # paste into channels.wechat.categories.{category}.codes, as its first entry",
    ]


def test_each_code_listed_twice_is_named(tmp_path: Path, capsys) -> None:
    table = edited(tmp_path, (LAST_ROW, LAST_ROW + "| 400101/400102 | 重复 | 重复 | 否 |\n"))
    number = TABLE.count("\n") + 1 - TABLE[TABLE.index(LAST_ROW) :].count("\n") + 1
    first = {code: TABLE[: TABLE.index(f"| {code} ")].count("\n") + 1 for code in (400101, 400102)}
    status, out, err = upstream(capsys, table)
    assert (status, out) == (2, "")
    assert err == "".join(
        f"{table}:{number}:3: error: code {code} is listed twice in 其他返回码 "
        f"(first at line {first[code]})\n"
        for code in (400101, 400102)
    )


def test_a_split_sub_table_keeps_its_category_where_most_of_its_codes_are(
    tmp_path: Path, capsys
) -> None:
    """Two unknown headings share the codes of one category: the one sharing more takes it."""
    row_2001 = "| 2001   | 调用比对引擎接口出错                       | 否       |\n"
    head = "| 返回码 | 含义 | 是否收费 |\n| ------ | ---- | -------- |\n"
    table = edited(
        tmp_path,
        (row_2001, ""),
        (
            "### 证件图像比对返回码\n",
            f"### 比对返回码（一）\n\n{head}{row_2001}\n### 比对返回码（二）\n",
        ),
    )
    category = next(c.key for c in MODEL.channels[0].categories if c.title == "证件图像比对返回码")
    status, out, _ = upstream(capsys, table)
    assert status == 1
    assert out.splitlines()[1:] == [
        "codes moved to another sub-table (1)",
        line("wechat", 2001, "sub-table 证件图像比对返回码 → 比对返回码（一）"),
        "headings changed (1): the spec's `title` follows the table's heading",
        f"  wechat sub-table heading (category {category}): 证件图像比对返回码 → 比对返回码（二）",
    ]


def test_a_moved_code_with_a_new_billing_reports_both_in_its_spec_channel(
    tmp_path: Path, capsys
) -> None:
    table = edited(
        tmp_path,
        (ROW_2006, ""),
        (LAST_ROW, LAST_ROW + "|2006|姓名和身份证号不一致，请核实后重试||否|\n"),
    )
    status, out, _ = upstream(capsys, table)
    assert status == 1
    assert out.splitlines()[1:] == [
        "BILLING CHANGED (1): calls ending with these codes are billed differently now",
        line("wechat", 2006, "billed (是) → free (否)"),
        "codes moved to another table (1)",
        line("wechat", 2006, "table 微信 H5/小程序返回码 → 其他返回码"),
    ]
