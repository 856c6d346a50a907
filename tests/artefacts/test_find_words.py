"""`faceid-codes TEXT`: every code whose message, handling or name holds the
words, best first; exit 1 when none does.  Numbers and member names keep
their meaning (tests/artefacts/test_explain.py)."""

from __future__ import annotations

import json
import unicodedata

import pytest

from conftest import SPEC
from generator.load.loader import load_spec
from test_explain import UNKNOWN, explain, rendered

spec = load_spec(SPEC)


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory):
    return rendered(spec, tmp_path_factory.mktemp("words") / "generated")


def holding(text: str, channels=None) -> list[tuple[str, int]]:
    """(channel, code) of every code whose Chinese or English texts hold `text` as written."""
    return [
        (channel.key, c.code)
        for channel in spec.channels
        if channels is None or channel.key in channels
        for c in channel.codes
        if any(text in t for t in (c.message, c.message_en, *c.action, *c.action_en))
    ]


def listed(result) -> list[tuple[str, int]]:
    return [(m["channel"], m["code"]) for m in json.loads(result.stdout)]


def test_the_words_a_user_reports_list_every_code_that_holds_them(package) -> None:
    result = explain(package, "正脸对框", "--json")
    assert result.returncode == 0, result.stderr
    found = listed(result)
    assert ("sdk", 66660023) in found
    assert sorted(found) == sorted(holding("正脸对框"))
    text = explain(package, "正脸对框")
    assert "sdk 66660023: SdkCode." in text.stdout
    assert f"{len(found)} code(s) match '正脸对框', best first" in text.stderr


def test_the_best_match_comes_first(package) -> None:
    """A whole message before a text that merely holds it; then the shorter text."""
    for channel in spec.channels:
        code = channel.codes[-1]
        for query in (code.message, code.message_en.upper()):
            found = json.loads(explain(package, channel.key, query, "--json").stdout)
            assert found[0]["message"] == code.message, query
            assert (channel.key, code.code) in [(m["channel"], m["code"]) for m in found]


def test_english_words_in_any_order_and_case_match(package) -> None:
    code = next(c for ch in spec.channels for c in ch.codes if len(c.message_en.split()) >= 3)
    first, *_, last = code.message_en.split()
    found = listed(explain(package, last.upper(), first.lower(), "--json"))
    assert any(number == code.code for _, number in found)


def test_full_width_and_punctuation_do_not_get_in_the_way(package) -> None:
    wide = unicodedata.normalize("NFKC", "正脸对框")  # the same; now a full-width query
    query = "，" + wide + "。"
    assert sorted(listed(explain(package, query, "--json"))) == sorted(holding("正脸对框"))


def test_a_channel_narrows_the_search(package) -> None:
    for channel in spec.channels:
        found = listed(explain(package, channel.key, "正脸对框", "--json"))
        assert sorted(found) == sorted(holding("正脸对框", {channel.key}))


def test_words_nothing_holds_exit_1(package) -> None:
    query = "zzqx"
    assert not holding(query)
    result = explain(package, query)
    assert (result.returncode, result.stdout) == (UNKNOWN, "")
    assert result.stderr.count("\n") == 1 and repr(query) in result.stderr
    as_json = explain(package, query, "--json")
    assert (as_json.returncode, as_json.stdout) == (UNKNOWN, "[]\n")


def test_a_member_name_in_lower_case_is_found_by_its_words(package) -> None:
    code = spec.channels[-1].codes[0]
    found = listed(explain(package, code.name.lower(), "--json"))
    assert (spec.channels[-1].key, code.code) in found
