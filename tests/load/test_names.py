"""Member names say which code they are: the rule, on the real spec and on any spec.

The loader enforces it (generator/naming.py): a name holds no digits but its
own code, written last (_2014, _MINUS_5026); a family's codes are named for the
family and their code; a code outside every family carries no code in its name.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import SPEC
from generator.load.naming import claimed_code, code_suffix, member_name, name_problem
from generator.load.fields import MAX_SAFE_INTEGER
from generator.load.loader import SpecError, load_spec

from helpers.specs import FAMILY_BASE as BASE


def errors(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "codes.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        load_spec(path, display="codes.yaml")
    return caught.value.lines()


def test_the_base_spec_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "codes.yaml"
    path.write_text(BASE, encoding="utf-8")
    (sdk,) = load_spec(path).channels
    assert [(c.name, c.family) for c in sdk.codes] == [
        ("LIVENESS_FAILED_MINUS_5026", "liveness_failed"),
        ("LIVENESS_FAILED_1404", "liveness_failed"),
        ("RISK_CONTROL_TRIGGERED", None),
    ]


# name as written -> the one error it gets, exactly.
CASES = {
    "counter": (
        "RISK_CONTROL_TRIGGERED_2",
        "codes.yaml:31:15: error: name RISK_CONTROL_TRIGGERED_2 ends in _2, which is not its code 66665001; names carry no counters",
    ),
    "digits that are not the code": (
        "MP4_RISK_CONTROL",
        "codes.yaml:31:15: error: name MP4_RISK_CONTROL has digits that are not its code 66665001; spell the number out",
    ),
    "own code outside a family": (
        "RISK_CONTROL_TRIGGERED_66665001",
        "codes.yaml:31:15: error: name RISK_CONTROL_TRIGGERED_66665001 carries its code, which only codes of a family do; add a family or drop _66665001",
    ),
    "own code with the wrong sign outside a family": (
        "RISK_CONTROL_TRIGGERED_MINUS_66665001",
        "codes.yaml:31:15: error: name RISK_CONTROL_TRIGGERED_MINUS_66665001 carries its code, which only codes of a family do; add a family or drop _MINUS_66665001",
    ),
    "the bare family name": (
        "LIVENESS_FAILED",
        "codes.yaml:31:15: error: name LIVENESS_FAILED reads as the whole family 'liveness_failed'; say what sets this code apart",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_name_outside_every_family(tmp_path: Path, case: str) -> None:
    name, expected = CASES[case]
    text = BASE.replace("name: RISK_CONTROL_TRIGGERED\n", f"name: {name}\n")
    assert errors(tmp_path, text) == [expected]


MEMBER_CASES = {
    "negative code spelled as positive": (
        "LIVENESS_FAILED_MINUS_5026",
        "LIVENESS_FAILED_5026",
        "codes.yaml:17:15: error: name LIVENESS_FAILED_5026 should be LIVENESS_FAILED_MINUS_5026: a code of family 'liveness_failed' is named for the family and its own code",
    ),
    "positive code spelled as negative": (
        "LIVENESS_FAILED_1404",
        "LIVENESS_FAILED_MINUS_1404",
        "codes.yaml:24:15: error: name LIVENESS_FAILED_MINUS_1404 should be LIVENESS_FAILED_1404: a code of family 'liveness_failed' is named for the family and its own code",
    ),
    "a counter": (
        "LIVENESS_FAILED_1404",
        "LIVENESS_FAILED_2",
        "codes.yaml:24:15: error: name LIVENESS_FAILED_2 should be LIVENESS_FAILED_1404: a code of family 'liveness_failed' is named for the family and its own code",
    ),
    "the bare family name": (
        "LIVENESS_FAILED_MINUS_5026",
        "LIVENESS_FAILED",
        "codes.yaml:17:15: error: name LIVENESS_FAILED should be LIVENESS_FAILED_MINUS_5026: a code of family 'liveness_failed' is named for the family and its own code",
    ),
    "another stem": (
        "LIVENESS_FAILED_1404",
        "LIVENESS_CHECK_FAILED_1404",
        "codes.yaml:24:15: error: name LIVENESS_CHECK_FAILED_1404 should be LIVENESS_FAILED_1404: a code of family 'liveness_failed' is named for the family and its own code",
    ),
}


@pytest.mark.parametrize("case", sorted(MEMBER_CASES))
def test_a_family_member_is_named_for_the_family_and_its_code(tmp_path: Path, case: str) -> None:
    old, new, expected = MEMBER_CASES[case]
    text = BASE.replace(f"name: {old}\n", f"name: {new}\n")
    assert text != BASE
    assert errors(tmp_path, text) == [expected]


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (
            "liveness_v2",
            "codes.yaml:8:7: error: family key 'liveness_v2' is not lower_snake_case letters (a-z, single underscores); its members' names start with it and carry no digits but their code",
        ),
        (
            "liveness_minus",
            "codes.yaml:8:7: error: family key 'liveness_minus' ends in 'minus', which its members' names would read as a negative code",
        ),
        (
            "minus",
            "codes.yaml:8:7: error: family key 'minus' ends in 'minus', which its members' names would read as a negative code",
        ),
    ],
)
def test_a_family_key_that_would_break_its_members_names(
    tmp_path: Path, key: str, expected: str
) -> None:
    text = BASE.replace("liveness_failed", key).replace("LIVENESS_FAILED", key.upper())
    assert expected in errors(tmp_path, text)


# --- the rule for any code ------------------------------------------------------------

CODES = st.integers(-MAX_SAFE_INTEGER, MAX_SAFE_INTEGER)
FAMILY_KEYS = st.from_regex(r"[a-z]{1,8}(_[a-z]{1,5}){0,3}", fullmatch=True).filter(
    lambda key: not key.endswith("minus")
)
STEMS = st.from_regex(r"[A-Z]{1,8}(_[A-Z]{1,5}){0,3}", fullmatch=True)


def test_a_name_claims_a_code_of_at_most_sixteen_digits() -> None:
    assert claimed_code("X_" + "9" * 16) == int("9" * 16)
    assert claimed_code("X_MINUS_" + "9" * 16) == -int("9" * 16)
    assert claimed_code("X_" + "9" * 17) is None


def test_the_naming_rule_can_be_left_out_for_an_old_spec(tmp_path: Path) -> None:
    """As `compat` reads a baseline written before the rule."""
    path = tmp_path / "codes.yaml"
    path.write_text(BASE.replace("RISK_CONTROL_TRIGGERED", "RISK_66665001"), encoding="utf-8")
    with pytest.raises(SpecError):
        load_spec(path)
    risky = load_spec(path, check_names=False).channels[0].codes[-1]
    assert (risky.code, risky.name) == (66665001, "RISK_66665001")


def test_a_code_suffix_spells_the_sign_only_below_zero() -> None:
    codes = (-MAX_SAFE_INTEGER, -5026, -1, 0, 1, 66660023)
    assert [code_suffix(code) for code in codes] == [
        f"_MINUS_{MAX_SAFE_INTEGER}",
        "_MINUS_5026",
        "_MINUS_1",
        "_0",
        "_1",
        "_66660023",
    ]


@given(FAMILY_KEYS, CODES, CODES)
def test_a_member_name_spells_exactly_its_own_code(key: str, code: int, other: int) -> None:
    name = member_name(key, code)
    assert claimed_code(name) == code  # the sign cannot be misread
    assert name_problem(name, code, key, {}) is None
    if other != code:
        assert name_problem(name, other, key, {}) is not None
        assert name_problem(member_name(key, other), code, key, {}) is not None


@given(STEMS, CODES, st.integers(0, 99))
def test_outside_a_family_a_name_carries_no_number(stem: str, code: int, counter: int) -> None:
    assert name_problem(stem, code, None, {}) is None
    assert name_problem(stem + code_suffix(code), code, None, {}) is not None
    assert name_problem(f"{stem}_{counter}", code, None, {}) is not None
    assert name_problem(f"{stem}{counter}", code, None, {}) is not None
    assert name_problem(stem, code, None, {stem: stem.lower()}) is not None


# --- the real spec --------------------------------------------------------------------


@pytest.fixture(scope="module")
def spec():
    return load_spec(SPEC)


def test_no_name_carries_digits_but_its_own_code(spec) -> None:
    for channel in spec.channels:
        for code in channel.codes + channel.removed:
            own = f"_MINUS_{-code.code}" if code.code < 0 else f"_{code.code}"
            rest = code.name.removesuffix(own)
            assert not re.search(r"[0-9]", rest), (channel.key, code.code, code.name)
            assert (rest != code.name) is (code.family is not None), (channel.key, code.name)
            if code.family is not None:
                assert rest == code.family.upper(), (channel.key, code.name)


def test_no_name_is_a_familys_bare_name(spec) -> None:
    for channel in spec.channels:
        stems = {family.key.upper() for family in channel.families}
        assert not stems & {code.name for code in channel.codes + channel.removed}


def test_codes_the_seed_tells_apart_have_names_that_say_how(spec) -> None:
    """Same message, different sub-table or billing: the names differ there, not by a counter."""
    names = {(ch.key, c.code): c.name for ch in spec.channels for c in ch.codes}
    pairs = [
        (("wechat", 1004), ("wechat", 2010)),  # unbilled liveness / billed comparison
        (("wechat", 1210), ("wechat", 2013)),
        (("sdk", 66660004), ("sdk", -4007)),  # billed / unbilled
        (("sdk", 66660041), ("sdk", -5012)),  # -5012 is about the video
    ]
    for first, second in pairs:
        stems = [names[key].removesuffix(code_suffix(key[1])) for key in (first, second)]
        assert stems[0] != stems[1], (first, second)  # told apart in words, not by a number
