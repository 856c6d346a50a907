"""spec/codes.yaml against the seed table it was copied from.

Every seed code must be in the spec, in its channel and in seed order, with
the seed's Chinese message and handling steps verbatim, the same billable flag
and (wechat) the same sub-table; the spec must hold no code the seed lacks.
The last tests pin down how seed_table reads the seed's tricky rows.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SPEC = REPO / "spec" / "codes.yaml"
# The seed is kept beside the repository (../shared/seed/), not in it.
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_c746a12c2dd116f5.txt"

sys.path.insert(0, str(HERE))  # seed_table.py sits beside this file, whatever pytest's import mode
from seed_table import SeedCode, parse_codes, read_seed, split_steps  # noqa: E402

from generator.spec import load_spec  # noqa: E402

CHANNELS = ("wechat", "sdk")
EXPECTED_COUNTS = {"wechat": 65, "sdk": 82}
EXPECTED_BILLABLE = 13


@pytest.fixture(scope="module")
def seed() -> list[SeedCode]:
    if not SEED.is_file():
        pytest.skip(f"seed table not found at {SEED}: it is kept beside the repository, not in it")
    return read_seed(SEED)


@pytest.fixture(scope="module")
def channels() -> dict:
    return {channel.key: channel for channel in load_spec(SPEC).channels}


def seed_in(seed: list[SeedCode], channel: str) -> list[SeedCode]:
    return [s for s in seed if s.channel == channel]


def spec_codes(channels: dict, channel: str) -> dict:
    return {c.code: c for c in channels[channel].codes}


# -- the spec against the seed ------------------------------------------------


def test_seed_counts(seed):
    assert {ch: len(seed_in(seed, ch)) for ch in CHANNELS} == EXPECTED_COUNTS
    assert len(seed) == 147
    assert sum(s.billable for s in seed) == EXPECTED_BILLABLE


def test_spec_counts(channels):
    assert set(channels) == set(CHANNELS)
    assert {ch: len(channels[ch].codes) for ch in CHANNELS} == EXPECTED_COUNTS
    assert sum(c.billable for ch in CHANNELS for c in channels[ch].codes) == EXPECTED_BILLABLE


@pytest.mark.parametrize("channel", CHANNELS)
def test_every_seed_code_is_in_the_spec_verbatim(seed, channels, channel):
    codes = spec_codes(channels, channel)
    titles = {category.key: category.title for category in channels[channel].categories}
    for s in seed_in(seed, channel):
        assert s.code in codes, f"{channel} {s.code} is missing from the spec"
        c = codes[s.code]
        assert c.message == s.message, f"{channel} {s.code}: message"
        assert tuple(c.action) == s.action, f"{channel} {s.code}: action steps"
        assert c.billable is s.billable, f"{channel} {s.code}: billable"
        if channel == "wechat":
            assert titles[c.category] == s.category_title, f"{channel} {s.code}: category"


@pytest.mark.parametrize("channel", CHANNELS)
def test_spec_has_no_code_the_seed_lacks(seed, channels, channel):
    extra = set(spec_codes(channels, channel)) - {s.code for s in seed_in(seed, channel)}
    assert not extra, f"{channel} codes not in the seed: {sorted(extra)}"


@pytest.mark.parametrize("channel", CHANNELS)
def test_spec_keeps_seed_order(seed, channels, channel):
    assert [c.code for c in channels[channel].codes] == [s.code for s in seed_in(seed, channel)]


@pytest.mark.parametrize("channel", CHANNELS)
def test_every_step_has_its_translation(channels, channel):
    for c in channels[channel].codes:
        assert len(c.action_en) == len(c.action), f"{channel} {c.code}"


# -- how seed_table reads the tricky rows ---------------------------------------


def by_code(seed: list[SeedCode], channel: str) -> dict[int, SeedCode]:
    return {s.code: s for s in seed_in(seed, channel)}


def row_fields(s: SeedCode) -> tuple:
    return s.message, s.action, s.billable


@pytest.mark.parametrize(
    "row",
    [
        (400103, 400104),
        (66660023, 66660036, -5020, -5025),
        (66660035, -1102),
        (66660038, -1101, -4014),
        (66660039, 66660040, 66660046, -4017, -4018),
        (-5027, -5052),
    ],
    ids=lambda row: "/".join(map(str, row)),
)
def test_multi_code_rows_become_one_code_each_in_row_order(seed, row):
    sdk = [s.code for s in seed_in(seed, "sdk")]
    start = sdk.index(row[0])
    assert tuple(sdk[start : start + len(row)]) == row
    sdk_by_code = by_code(seed, "sdk")
    for code in row[1:]:
        assert row_fields(sdk_by_code[code]) == row_fields(sdk_by_code[row[0]])


def test_be_typo_separates_steps_like_br(seed):
    sdk = by_code(seed, "sdk")
    assert len(sdk[-5019].action) == 4
    assert sdk[-5019].action == sdk[-5026].action  # the same cell, written with <br>


def test_steps_are_trimmed_and_free_of_separators(seed):
    for s in seed:
        for step in s.action:
            assert step == step.strip() and step
            assert "<br>" not in step and "<be>" not in step
    assert by_code(seed, "sdk")[-5009].action[1] == "1. 请确保光线充足"  # seed has "<br> 1."


def test_row_without_closing_pipe(seed):
    expected = ("上送视频非实时录制", ("需要实时录制视频上传",), False)
    assert row_fields(by_code(seed, "sdk")[400604]) == expected


def test_markdown_link_in_a_step_is_kept(seed):
    (step,) = by_code(seed, "sdk")[66660002].action
    assert step.endswith("[联系我们](https://cloud.tencent.com/about/connect)")


def test_wechat_sub_table_titles_are_trimmed(seed):
    titles = list(dict.fromkeys(s.category_title for s in seed_in(seed, "wechat")))
    assert titles == [
        "系统返回码",
        "微信相关返回码",
        "活体通用返回码",
        "数字活体返回码",
        "动作活体返回码",
        "静默活体返回码",
        "证件图像比对返回码",
    ]


def test_cell_helpers():
    assert parse_codes(" 66660035/-1102 ") == [66660035, -1102]
    assert split_steps("a<br> b <be>c") == ("a", "b", "c")
    assert split_steps("no separator") == ("no separator",)


@pytest.mark.parametrize(
    "row",
    [
        "| 12x | 坏 | 否 |",  # not a code
        "| 1 | 坏 | 也许 |",  # billable is neither 是 nor 否
        "| 1 | 坏 |",  # a cell short
    ],
)
def test_unparsable_rows_raise_value_error(tmp_path, row):
    header = "## 微信 H5/小程序返回码\n\n| 返回码 | 含义 | 是否收费 |\n| --- | --- | --- |\n"
    seed = tmp_path / "seed.md"
    seed.write_text(header + row + "\n", encoding="utf-8")
    with pytest.raises(ValueError):
        read_seed(seed)
