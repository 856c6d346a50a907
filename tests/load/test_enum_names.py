"""The names table (generator/names.py) against the loader: every name a target
derives from one enum that another enum could take is refused, and a spec the
loader accepts gives no target one name twice."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import names
from generator.load.fields import ENUM, RESERVED_ENUM_NAMES
from generator.targets import file_clash
from generator.load.loader import SpecError, parse_spec
from helpers.specs import BASE, mutate
from specgen import ENUMS


def errors(text: str) -> list[str]:
    with pytest.raises(SpecError) as caught:
        parse_spec(text.encode(), "codes.yaml", "spec/codes.yaml")
    return caught.value.lines()


def with_enums(first: str, second: str) -> str:
    # Quoted: YAML 1.1 reads an enum such as No as a boolean.
    second_set = mutate("enum: SdkCode", f'enum: "{second}"')
    return mutate("enum: WechatCode", f'enum: "{first}"', second_set)


# Each derived name of WechatCode that is itself a valid enum name, from the table.
TAKEN = sorted(
    {
        (target, role, names.derive(pattern, "WechatCode"))
        for target, table in names.NAMES.items()
        for role, pattern in table.derived.items()
        if role != "enum" and ENUM.match(names.derive(pattern, "WechatCode"))
    }
)


def test_a_per_member_name_puts_a_separator_before_the_member() -> None:
    # Go's SdkCode_SUCCESS: the clash check finds such names by the prefix
    # that ends at the separator, a character no enum holds.
    for table in names.NAMES.values():
        for pattern in table.derived.values():
            if names.MEMBER in pattern:
                head = pattern.split(names.MEMBER)[0]
                assert head.startswith(names.ENUM) and not head[-1].isalnum(), pattern


def test_the_table_derives_names_an_enum_could_take() -> None:
    # Open{Enum} (Python, TypeScript, the schema), Go's {Enum}s and {Enum}Family.
    assert {"OpenWechatCode", "WechatCodes", "WechatCodeFamily"} <= {n for _, _, n in TAKEN}


@pytest.mark.parametrize("target, role, taken", TAKEN)
def test_an_enum_cannot_be_a_name_another_enum_gives_a_target(
    target: str, role: str, taken: str
) -> None:
    (problem,) = errors(with_enums("WechatCode", taken))
    assert problem.startswith("codes.yaml:3:3: error: enum ")
    assert "WechatCode" in problem and taken in problem and problem.endswith("rename one")


def _defined(target: str, enum: str) -> set[str]:
    """The names `enum` gives `target`, as that target compares names; a
    per-member pattern is its prefix (every member's name begins with it)."""
    table = names.NAMES[target]
    fold = str.lower if table.folds_case else str
    return {fold(names.derive(p.split(names.MEMBER)[0], enum)) for p in table.derived.values()}


def _near(enum: str) -> st.SearchStrategy[tuple[str, str]]:
    """`enum` and a name made from it: one it derives, or it in another case."""
    made = [names.derive(p, enum) for t in names.NAMES.values() for p in t.derived.values()]
    made += [enum.lower().capitalize(), enum + "X"]
    return st.sampled_from([(enum, m) for m in made if _may_be_enum(m)] or [(enum, enum)])


def _may_be_enum(name: str) -> bool:
    """What the field reader lets through (as specgen's ENUMS draws)."""
    return bool(ENUM.match(name)) and name not in RESERVED_ENUM_NAMES and file_clash(name) is None


PAIRS = st.tuples(ENUMS, ENUMS) | ENUMS.flatmap(_near)


@settings(max_examples=300, deadline=None)
@given(PAIRS)
def test_the_loader_refuses_two_enums_exactly_when_they_clash(pair: tuple[str, str]) -> None:
    """Checked apart from the loader's code: every derived name of one enum
    against every name of the other and the target's fixed ones."""
    first, second = pair
    clash = first == second
    for target, table in names.NAMES.items():
        fold = str.lower if table.folds_case else str
        one, other = _defined(target, first), _defined(target, second)
        fixed = {fold(n) for n in table.fixed}
        clash |= bool(one & other) or bool((one | other) & fixed - {fold(first), fold(second)})
        for mine, theirs in ((one, other), (other, one)):
            clash |= any(a.startswith(p) for p in mine if p.endswith("_") for a in theirs)
    try:
        parse_spec(with_enums(first, second).encode(), "codes.yaml", "spec/codes.yaml")
    except SpecError as error:
        assert all(line.startswith("codes.yaml:3:3: error: ") for line in error.lines())
        # The one rule stricter than a clash: no enum begins with another.
        short, long = sorted((first.lower(), second.lower()), key=len)
        assert clash or long.startswith(short), error.lines()
        return
    assert not clash, (first, second)


def test_two_enums_that_give_one_derived_name_are_told_so(monkeypatch) -> None:
    # No pattern pair of today's table does that but by case; a new one might.
    table = names.NAMES["typescript"]
    derived = {**table.derived, "live": "LIVE_" + names.UPPER + "_INFO"}
    monkeypatch.setitem(names.NAMES, "typescript", table._replace(derived=derived))
    assert errors(with_enums("Face", "LiveFace")) == [
        "codes.yaml:3:3: error: enums Face of channel wechat and LiveFace of channel sdk both "
        "give TypeScript the name LIVE_FACE_INFO; rename one"
    ]


def test_an_enum_whose_derived_name_is_a_fixed_one_is_told_so(monkeypatch) -> None:
    table = names.NAMES["python"]
    monkeypatch.setitem(names.NAMES, "python", table._replace(fixed=table.fixed | {"OpenFace"}))
    assert errors(with_enums("Face", "SdkCode")) == [
        "codes.yaml:3:3: error: enum Face of channel wechat gives Python the name OpenFace, "
        "which the generated code has already; choose another enum name"
    ]


def test_each_pair_of_enums_is_told_once() -> None:
    # Differ only in case (Java's files) and begin alike: one line, not one per rule.
    assert len(errors(with_enums("WechatCode", "Wechatcode"))) == 1
    assert len(errors(with_enums("WechatCode", "WechatCodes"))) == 1


def test_messages_can_name_every_target_and_role() -> None:
    assert set(names.TITLES) == set(names.NAMES)
    assert {role for t in names.NAMES.values() for role in t.derived} <= set(names.ROLES)
