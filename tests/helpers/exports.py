"""Responses as FaceID's API returns them, made for the audit's tests, with a
hand count of what they hold (kept apart from the code under test)."""

from __future__ import annotations

import json
import random

from conftest import SPEC
from generator.load.loader import load_spec

spec = load_spec(SPEC)


def newer(channel, n: int) -> int:
    """The n-th code above the channel's largest: codes FaceID may add later."""
    return max(c.code for c in channel.codes) + 1 + n


class Export:
    """Responses as the API returns them, and the hand count of what they hold."""

    def __init__(self, channel, seed: int) -> None:
        self.channel = channel
        self.random = random.Random(seed)
        self.billable = {c.code: c.billable for c in channel.codes}
        self.attempts = self.by_table = self.by_tencent = self.unknown = 0
        self.disagreements: list[tuple[str, int]] = []  # (request id, code)
        self.rows: list[tuple] = []  # the attempts table of the SQL test

    def code(self) -> int:
        pool = [c.code for c in self.channel.codes] + [spec.success_code, newer(self.channel, 0)]
        return self.random.choice(pool)

    def attempt(self, request_id: str, index: int) -> dict:
        code = self.code()
        known = code in self.billable
        tencent = self.billable[code] if known else self.random.random() < 0.5
        if known and self.random.random() < 0.01:  # Tencent's verdict differs
            tencent = not tencent
            self.disagreements.append((request_id, code))
        self.attempts += 1
        self.by_table += known and self.billable[code]
        self.by_tencent += tencent
        self.unknown += not known
        time = f"17000000{index:05d}"
        self.rows.append((request_id, None, time, self.channel.key, code, tencent))
        return {"ReqTime": time, "Seq": f"seq-{index}", "Errcode": code, "IsNeedCharge": tencent}

    def detect_response(self, number: int) -> dict:
        """GetDetectInfoEnhanced, as the API returns it (wrapped)."""
        request_id = f"req-{number}"
        details = [
            self.attempt(request_id, number * 10 + i) for i in range(self.random.randint(1, 3))
        ]
        text = {"ErrCode": details[-1]["Errcode"], "ErrMsg": "…", "LivenessDetail": details}
        return {"Response": {"Text": text, "RequestId": request_id}}


def lines(responses: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in responses)
