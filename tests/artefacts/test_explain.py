"""`python -m faceid_codes`: a person at a shell learns what a code means, scripts get JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SPEC, Case
from generator.output.sync import write_tree
from generator.render.engine import render
from generator.load.loader import Code, Spec, load_spec

UNKNOWN, USAGE = 1, 2


def explain(package: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the module as a user would, from a folder outside the repository."""
    return subprocess.run(
        [sys.executable, "-m", "faceid_codes", *args],
        cwd=package.parent.parent,
        env={**os.environ, "PYTHONPATH": str(package), "PYTHONIOENCODING": "utf-8"},
        capture_output=True,
        text=True,
        encoding="utf-8",
    )


def rendered(spec: Spec, out: Path) -> Path:
    write_tree(out, render(spec))
    return out / "python"


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> tuple[Spec, Path]:
    spec = load_spec(SPEC)
    return spec, rendered(spec, tmp_path_factory.mktemp("explain") / "generated")


def code_of(spec: Spec, channel: str, number: int) -> Code:
    return next(
        c for ch in spec.channels if ch.key == channel for c in ch.codes if c.code == number
    )


def as_json(channel: str, code: Code, enum: str, success_code: int | None) -> dict:
    return {
        "channel": channel,
        "enum": enum,
        "code": code.code,
        "name": code.name,
        "message": code.message,
        "message_en": code.message_en,
        "action": list(code.action),
        "action_en": list(code.action_en),
        "category": code.category,
        "billable": code.billable,
        "family": code.family,
        "success": code.code == success_code,
    }


@pytest.mark.parametrize(
    ("args", "channel", "number"),
    [
        (["66660004"], "sdk", 66660004),
        (["-5020"], "sdk", -5020),
        (["wechat", "2006"], "wechat", 2006),
    ],
)
def test_text_shows_channel_name_messages_steps_and_billing(
    real, args: list[str], channel: str, number: int
) -> None:
    spec, package = real
    code = code_of(spec, channel, number)
    result = explain(package, *args)
    assert (result.returncode, result.stderr) == (0, "")
    lines = result.stdout.splitlines()
    assert (
        lines[0]
        == f"{channel} {number}: {'SdkCode' if channel == 'sdk' else 'WechatCode'}.{code.name}"
    )
    assert f"  message      {code.message}" in lines
    assert f"  message_en   {code.message_en}" in lines
    steps = [f"- {step}" for step in code.action_en] or ["(none documented)"]
    first = lines.index(f"  handling_en  {steps[0]}")
    assert [line.strip() for line in lines[first + 1 : first + len(steps)]] == steps[1:]
    assert f"  billed       {'yes' if code.billable else 'no'}" in lines


def test_a_member_name_works_like_its_code(real) -> None:
    spec, package = real
    name = code_of(spec, "sdk", 66660004).name
    assert explain(package, name).stdout == explain(package, "66660004").stdout


def test_json_for_every_code_equals_the_spec(case: Case) -> None:
    """Every member of both specs (the awkward texts too) round-trips through --json."""
    script = (
        "import contextlib, io, json\n"
        "from faceid_codes import CHANNELS\n"
        "from faceid_codes.__main__ import main\n"
        "out = []\n"
        "for key, enum in CHANNELS.items():\n"
        "    for member in enum:\n"
        "        buffer = io.StringIO()\n"
        "        with contextlib.redirect_stdout(buffer):\n"
        "            assert main(['--json', key, str(member.value)]) == 0\n"
        "        out.extend(json.loads(buffer.getvalue()))\n"
        "print(json.dumps(out))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, "PYTHONPATH": str(case.path("python"))},
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    expected = [
        as_json(ch.key, c, ch.enum, case.spec.success_code)
        for ch in case.spec.channels
        for c in ch.codes
    ]
    assert json.loads(result.stdout) == expected


def test_an_unknown_code_says_so_on_stderr_and_exits_1(real) -> None:
    _, package = real
    for args in (["123456"], ["wechat", "66660004"], ["NO_SUCH_NAME"]):
        result = explain(package, *args)
        assert result.returncode == UNKNOWN and result.stdout == ""
        assert (
            f"has no code {args[-1]} in " in result.stderr
            and "newer than this version" in result.stderr
        )


def test_usage_errors_exit_2(real) -> None:
    _, package = real
    for args in ([], ["nochannel", "2006"], ["wechat", "1", "2"]):
        result = explain(package, *args)
        assert result.returncode == USAGE and "usage:" in result.stderr, args


def test_a_code_in_several_channels_shows_all_and_says_so(tmp_path: Path) -> None:
    # The real spec has no number in both channels; give SdkCode a 2006 too.
    text = SPEC.read_text(encoding="utf-8").replace("- code: 66660004\n", "- code: 2006\n", 1)
    text = text.replace("same_condition: {sdk: 66660004}", "same_condition: {sdk: 2006}")
    (tmp_path / "codes.yaml").write_text(text, encoding="utf-8")
    spec = load_spec(tmp_path / "codes.yaml")
    package = rendered(spec, tmp_path / "generated")
    wechat, sdk = code_of(spec, "wechat", 2006).name, code_of(spec, "sdk", 2006).name
    both = explain(package, "2006")
    assert both.returncode == 0
    assert "2006 matches codes in 2 channels (wechat, sdk)" in both.stderr
    assert [line for line in both.stdout.splitlines() if line.startswith(("wechat ", "sdk "))] == [
        f"wechat 2006: WechatCode.{wechat}",
        f"sdk 2006: SdkCode.{sdk}",
    ]
    assert [m["channel"] for m in json.loads(explain(package, "2006", "--json").stdout)] == [
        "wechat",
        "sdk",
    ]
    one = explain(package, "sdk", "2006", "--json")
    assert (one.stderr, [m["name"] for m in json.loads(one.stdout)]) == ("", [sdk])


def test_billable_lists_exactly_the_billed_codes(real) -> None:
    spec, package = real
    billed = [(ch.key, c) for ch in spec.channels for c in ch.billed]
    text = explain(package, "--billable")
    assert text.returncode == 0
    assert text.stdout.splitlines() == [
        f"{key}\t{c.code}\t{c.name}\t{c.message_en}" for key, c in billed
    ]
    listed = json.loads(explain(package, "--billable", "--json").stdout)
    assert [(m["channel"], m["code"]) for m in listed] == [(key, c.code) for key, c in billed]
    only_sdk = explain(package, "--billable", "sdk").stdout.splitlines()
    assert only_sdk and all(line.startswith("sdk\t") for line in only_sdk)


# --- hostile or careless input, and hostile terminals --------------------------------


@pytest.mark.parametrize(
    "word",
    # No letters: each looks like a number, so it is refused as one ("abc" is words to find).
    ["", "99999999999999999999", "٢٠٠٦", "２００６", "2_006", "+2006", " 2006", "2006.0"]
    + ["-0", "02006", "00000000000000000001"],  # not how a code is written (lookup's rule)
)
def test_a_word_that_is_not_a_code_is_a_usage_error(real, word: str) -> None:
    _, package = real
    for args in ([word], ["wechat", word], [word, "--json"]):
        result = explain(package, *args)
        assert (result.returncode, result.stdout) == (USAGE, "")
        assert result.stderr.splitlines()[-1] == (
            f"python -m faceid_codes: error: {word!r} is not a valid code (digits with an "
            "optional minus, at most ±9007199254740991) nor a member name"
        )


def test_json_for_an_unknown_code_is_an_empty_list(real) -> None:
    _, package = real
    result = explain(package, "123456", "--json")
    assert (result.returncode, json.loads(result.stdout)) == (UNKNOWN, [])
    assert "has no code 123456" in result.stderr


def test_a_channel_named_twice_lists_its_billed_codes_once(real) -> None:
    spec, package = real
    once = explain(package, "--billable", "wechat").stdout
    assert explain(package, "--billable", "wechat", "wechat", "WechatCode").stdout == once
    assert len(once.splitlines()) == len(spec.channels[0].billed)


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_a_terminal_that_cannot_show_chinese_gets_escapes_not_a_traceback(
    real, encoding: str
) -> None:
    spec, package = real
    code = code_of(spec, "sdk", 66660004)
    env = {**os.environ, "PYTHONPATH": str(package), "PYTHONIOENCODING": encoding, "LC_ALL": "C"}
    for args, check in (
        (["66660004"], lambda out: code.message.encode("unicode_escape").decode() in out),
        (["66660004", "--json"], lambda out: json.loads(out)[0]["message"] == code.message),
    ):
        result = subprocess.run(
            [sys.executable, "-m", "faceid_codes", *args],
            env=env,
            capture_output=True,
        )
        assert result.returncode == 0 and result.stderr == b""
        out = result.stdout.decode("ascii")  # nothing but ASCII reached the terminal
        assert check(out)


def test_a_reader_that_closes_the_pipe_early_gets_no_traceback(real) -> None:
    _, package = real
    process = subprocess.Popen(
        [sys.executable, "-m", "faceid_codes", "--billable", "--json"],
        env={**os.environ, "PYTHONPATH": str(package), "PYTHONIOENCODING": "utf-8"},
        stdin=subprocess.PIPE,  # held open: the process starts, then finds no reader
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    process.stdout.close()  # the reader is gone before the first byte
    _, err = process.communicate(timeout=60)
    assert process.returncode == 141 and err == b""


def test_the_success_code_is_explained_where_its_channel_does_not_list_it(real) -> None:
    """The sdk table has no 0: asking for it is not an unknown, maybe-newer code."""
    spec, package = real
    success = str(spec.success_code)
    sdk = explain(package, "sdk", success)
    assert (sdk.returncode, sdk.stderr) == (0, "")
    assert sdk.stdout.splitlines() == [
        f"sdk {success}: success (SdkCode has no member {success})",
        f"  FaceID returns {success} when a verification succeeds. The documentation",
        "  lists it in wechat as WechatCode.SUCCESS only, and does not say whether a",
        "  successful call on this channel is billed.",
    ]
    every = explain(package, success)
    heads = [line for line in every.stdout.splitlines() if line.startswith(("wechat ", "sdk "))]
    assert (every.returncode, every.stderr) == (0, "")
    assert heads == [f"wechat {success}: WechatCode.SUCCESS", sdk.stdout.splitlines()[0]]
    listed = json.loads(explain(package, success, "--json").stdout)
    assert [(m["channel"], m["name"], m["success"], m["billable"]) for m in listed] == [
        ("wechat", "SUCCESS", True, True),
        ("sdk", None, True, None),  # the seed does not say whether it is billed there
    ]
    assert listed[1].keys() == listed[0].keys()


def test_a_family_member_names_the_codes_of_the_same_meaning(real) -> None:
    spec, package = real
    sdk = next(ch for ch in spec.channels if ch.key == "sdk")
    code = code_of(spec, "sdk", -5020)
    assert code.family is not None
    others = ", ".join(str(c.code) for c in sdk.members(code.family) if c is not code)
    lines = explain(package, "-5020").stdout.splitlines()
    assert f"  family       {code.family}: same meaning as {others}" in lines
    assert code_of(spec, "sdk", 66660045).family is None
    lone = explain(package, "66660045").stdout.splitlines()
    assert lone[0].startswith("sdk 66660045: ")
    assert not any(line.startswith("  family") for line in lone)
