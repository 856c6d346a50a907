"""spec/codes.yaml against the copy of Tencent's table it records (spec/upstream/).

Every code of the table must be in the spec, in its channel and in the table's
order, with the table's Chinese message and handling steps verbatim, the same
billable flag and (wechat) the same sub-table; the spec must hold no code the
table lacks.  The copy is in the repository, so these tests run in every clone.
The last tests pin down how generator.upstream.table reads the tricky rows.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import SPEC
from generator.load.loader import load_spec
from generator.upstream.table import Row, parse_codes, read_table, split_steps
from helpers.seed import channel_of_table, read_seed

# What the table holds, read by the tests' own reader (helpers/seed.py), not the generator's.
INDEPENDENT = read_seed()
TABLES = channel_of_table()
CHANNELS = tuple(dict.fromkeys(TABLES[row.table] for row in INDEPENDENT))
EXPECTED_COUNTS = {ch: sum(TABLES[row.table] == ch for row in INDEPENDENT) for ch in CHANNELS}
EXPECTED_BILLABLE = sum(row.billable for row in INDEPENDENT)


def snapshot_path() -> Path:
    upstream = load_spec(SPEC).upstream
    assert upstream is not None, "spec/codes.yaml records no copy of the table (upstream:)"
    return SPEC.parent / upstream.file


@pytest.fixture(scope="module")
def seed() -> list[Row]:
    return read_table(snapshot_path().read_bytes(), "snapshot")


@pytest.fixture(scope="module")
def channels() -> dict:
    return {channel.key: channel for channel in load_spec(SPEC).channels}


def seed_in(seed: list[Row], channel: str) -> list[Row]:
    return [s for s in seed if TABLES[s.table] == channel]


def spec_codes(channels: dict, channel: str) -> dict:
    return {c.code: c for c in channels[channel].codes}


# -- the spec against the seed ------------------------------------------------


def test_the_generators_reader_and_the_tests_reader_agree(seed):
    assert [(s.table, s.code, s.message, s.billable) for s in seed] == [
        (row.table, row.code, row.message, row.billable) for row in INDEPENDENT
    ]
    assert {ch: len(seed_in(seed, ch)) for ch in CHANNELS} == EXPECTED_COUNTS
    assert sum(s.billable for s in seed) == EXPECTED_BILLABLE
    assert set(CHANNELS) == {"wechat", "sdk"}  # the two tables DESIGN.md names


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
            assert titles[c.category] == s.sub_table, f"{channel} {s.code}: category"


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


# -- how upstream_table reads the tricky rows ---------------------------------------


def by_code(seed: list[Row], channel: str) -> dict[int, Row]:
    return {s.code: s for s in seed_in(seed, channel)}


def row_fields(s: Row) -> tuple:
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
    titles = list(dict.fromkeys(s.sub_table for s in seed_in(seed, "wechat")))
    independent = [r.sub_table for r in INDEPENDENT if TABLES[r.table] == "wechat"]
    assert titles == list(dict.fromkeys(independent))
    assert all(title and title == title.strip() for title in titles)


def test_cell_helpers():
    assert parse_codes(" 66660035/-1102 ") == [66660035, -1102]
    assert split_steps("a<br> b <be>c") == ("a", "b", "c")
    assert split_steps("no separator") == ("no separator",)
    assert split_steps("") == ()


def test_the_copy_is_the_one_the_spec_records():
    import hashlib

    upstream = load_spec(SPEC).upstream
    assert upstream is not None
    assert snapshot_path() == SPEC.parent / "upstream" / "faceid-saas-return-codes.md"
    assert hashlib.sha256(snapshot_path().read_bytes()).hexdigest() == upstream.sha256
