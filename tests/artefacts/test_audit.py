"""`faceid-codes audit`: Tencent's billing verdicts (IsNeedCharge) against the table,
on responses this test makes, counted by hand here from the spec."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import GENERATED, SPEC, import_file
from helpers.exports import Export, lines, newer
from generator.load.loader import load_spec

spec = load_spec(SPEC)
package = import_file(GENERATED / "python/faceid_codes/__init__.py", "faceid_codes_audit")
import_file(GENERATED / "python/faceid_codes/audit.py", "faceid_codes_audit.audit")
audit = sys.modules["faceid_codes_audit.audit"]
SDK = next(c for c in spec.channels if c.key == "sdk")
WECHAT = next(c for c in spec.channels if c.key == "wechat")


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> tuple[Export, Path]:
    made = Export(SDK, seed=26)
    responses = [made.detect_response(n) for n in range(3000)]
    assert made.disagreements, "the seed makes no disagreement: the test would prove nothing"
    path = tmp_path_factory.mktemp("audit") / "results.jsonl"
    path.write_text(lines(responses), encoding="utf-8")
    return made, path


def test_the_audit_agrees_with_a_hand_count_of_thousands_of_responses(export) -> None:
    made, path = export
    report = audit.audit_files([str(path)], channel="sdk")
    assert (report["attempts"], report["billed_by_table"], report["billed_by_tencent"]) == (
        made.attempts,
        made.by_table,
        made.by_tencent,
    )
    assert report["unknown"] == made.unknown
    found = [(d["request_id"], d["code"]) for d in report["disagreements"]]
    assert found == made.disagreements
    for d in report["disagreements"]:
        assert d["table"] == SDK_BILLABLE[d["code"]] and d["tencent"] is not d["table"]
        assert d["time"] and d["seq"] and d["line"] >= 1
    unknown = {row["code"] for row in report["unknown_codes"]}
    assert unknown == {spec.success_code, newer(SDK, 0)} - set(SDK_BILLABLE)
    assert sum(row["attempts"] for row in report["per_code"]) + made.unknown == made.attempts


SDK_BILLABLE = {c.code: c.billable for c in SDK.codes}


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "faceid_codes", "audit", *args],
        env={"PYTHONPATH": str(GENERATED / "python"), "PYTHONIOENCODING": "utf-8"},
        input=stdin,
        capture_output=True,
        text=True,
    )


def one_attempt(code: int, tencent: bool, request_id: str = "req-crafted") -> dict:
    detail = {"ReqTime": "1700000000000", "Seq": "s-1", "Errcode": code, "IsNeedCharge": tencent}
    text = {"ErrCode": code, "LivenessDetail": [detail]}
    return {"BizToken": "token-1", "Response": {"Text": text, "RequestId": request_id}}


def test_a_free_code_billed_by_tencent_is_a_disagreement_and_exit_1(tmp_path: Path) -> None:
    free = next(c for c in SDK.codes if not c.billable)
    billed = next(c for c in SDK.codes if c.billable)
    path = tmp_path / "bill.jsonl"
    path.write_text(
        lines([one_attempt(billed.code, True, "req-ok"), one_attempt(free.code, True)]),
        encoding="utf-8",
    )
    result = run("--channel", "sdk", "--json", str(path))
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert report["attempts"] == 2 and report["billed_by_tencent"] == 2
    assert report["billed_by_table"] == 1
    (d,) = report["disagreements"]
    assert (d["code"], d["name"], d["table"], d["tencent"]) == (free.code, free.name, False, True)
    assert (d["request_id"], d["biz_token"], d["time"], d["seq"]) == (
        "req-crafted",
        "token-1",
        "1700000000000",
        "s-1",
    )
    assert (d["file"], d["line"]) == (str(path), 2)
    text = run("--channel", "sdk", str(path))
    assert text.returncode == 1
    assert f"sdk {free.code} {free.name}: table free, Tencent billed" in text.stdout
    assert "request req-crafted, BizToken token-1" in text.stdout


def test_agreement_exits_0_and_stdin_is_read(tmp_path: Path) -> None:
    billed = next(c for c in SDK.codes if c.billable)
    result = run("--channel", "sdk", "--json", "-", stdin=lines([one_attempt(billed.code, True)]))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["disagreements"] == []


def test_a_bill_of_wechat_details_needs_no_channel() -> None:
    """GetWeChatBillDetails: codes as strings, on the one channel the map gives them."""
    free = next(c for c in WECHAT.codes if not c.billable)
    detail = {"ReqTime": "1", "Seq": "s", "ErrorCode": str(free.code), "IsNeedCharge": True}
    bill = {"WeChatBillDetails": [{"BizToken": "tk", "ChargeDetails": [detail]}], "RequestId": "r"}
    result = run("--json", "-", stdin=json.dumps({"Response": bill}))
    assert result.returncode == 1, result.stderr
    (d,) = json.loads(result.stdout)["disagreements"]
    assert (d["channel"], d["code"], d["biz_token"]) == ("wechat", free.code, "tk")


def test_a_field_of_several_channels_asks_for_the_channel() -> None:
    result = run("-", stdin=json.dumps(one_attempt(SDK.codes[0].code, False)))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "pass --channel" in result.stderr


@pytest.mark.parametrize(
    "text, line",
    [
        ('{"Response": {}}\n{"Response": {}}\n{"Response": \n', 3),
        ('{"Response": {}}\nnot json\n', 2),
        ("[{}, {}\n", 1),
        ('[{}]\n{"more": 1}\n', 2),
        ('{"Text": {"LivenessDetail": [{"Errcode": "x1", "IsNeedCharge": true}]}}\n', 1),
        ('\n\n{"Text": {"LivenessDetail": [{"Errcode": 1, "IsNeedCharge": "yes"}]}}\n', 3),
    ],
)
def test_unreadable_input_is_exit_2_with_its_line(tmp_path: Path, text: str, line: int) -> None:
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    result = run("--channel", "sdk", str(path))
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith(f"{path}:{line}: error: ") and result.stderr.count("\n") == 1


def test_an_array_and_unwrapped_responses_read_as_json_lines(export) -> None:
    made, path = export
    responses = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    expected = audit.audit([path.read_text(encoding="utf-8")], "sdk", str(path))
    array = json.dumps([r["Response"] for r in responses[:200]], indent=1)
    jsonl = lines(responses[:200])

    def strip(report):  # the line numbers differ between the two layouts
        return {**report, "disagreements": [d | {"line": 0} for d in report["disagreements"]]}

    assert strip(audit.audit([array], "sdk")) == strip(audit.audit([jsonl], "sdk"))
    assert expected == audit.audit_files([str(path)], "sdk")


@pytest.mark.parametrize("size", [1, 2, 3, 7, 64])
def test_every_chunking_reads_the_same(size: int) -> None:
    made = Export(SDK, seed=size)
    responses = [made.detect_response(n) for n in range(30)]
    layouts = (
        lines(responses),
        json.dumps(responses, indent=2),
        " ".join(map(json.dumps, responses)),
    )
    for text in layouts:
        whole = audit.audit([text], "sdk")
        chunks = [text[i : i + size] for i in range(0, len(text), size)]
        assert audit.audit(chunks, "sdk") == whole
    assert audit.audit([lines(responses)], "sdk")["attempts"] == made.attempts


def test_the_input_is_read_as_a_stream() -> None:
    """Each response is counted after at most a few chunks past it: memory stays bounded."""
    made = Export(SDK, seed=1)
    text = lines([made.detect_response(n) for n in range(2000)])
    size = 4096
    consumed = 0

    def chunks():
        nonlocal consumed
        for start in range(0, len(text), size):
            consumed += 1
            yield text[start : start + size]

    ends = []
    offset = 0
    for line in text.splitlines(keepends=True):
        offset += len(line)
        ends.append(offset)
    for index, (line, _) in enumerate(audit.responses(chunks())):
        assert line == index + 1
        # Read so far: the chunks up to this response's end, and the look-ahead
        # that doubles what is held while a value is incomplete.
        assert consumed <= ends[index] // size + 2 + (audit.CHUNK // size)
