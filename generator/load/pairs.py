"""Same condition in another channel: declared once, on one of the two entries.

    - code: 2006
      name: ID_NAME_MISMATCH
      same_condition: {sdk: 66660010}

The two channels' tables cannot say that two numbers report one condition
(their texts differ: 姓名和身份证号不一致 and 姓名和身份证不一致), so the spec
declares it, and every artefact that shows relations shows it both ways.  A
pair is declared once: on one entry, naming another channel and a code it has,
and neither code is paired twice with the same channel.
"""

from __future__ import annotations

from typing import NamedTuple, Protocol

from generator.model import Channel, Pair
from generator.load.fields import Bad, read_code
from generator.load.yamltree import MAP, Node, shown


class Declared(NamedTuple):
    channel: str
    code: int
    node: Node  # the `same_condition` value


class Checker(Protocol):
    def add(self, where: Node | tuple[int, int], message: str) -> None: ...


def declared(channel: str, fields: dict, node: Node) -> list[Declared]:
    """The entry's declaration, if it has one and its code was readable."""
    if "same_condition" not in fields or "code" not in fields:
        return []
    return [Declared(channel, fields["code"], node.value["same_condition"])]


def resolve(
    found: list[Declared], channels: tuple[Channel, ...], checker: Checker
) -> tuple[Pair, ...]:
    """Every declaration checked against the channels; the pairs that hold."""
    numbers = {ch.key: {c.code for c in ch.codes + ch.removed} for ch in channels}
    taken: dict[tuple[str, int, str], int] = {}  # (channel, code, other channel) -> line
    pairs = []
    for item in found:
        assert item.node.kind == MAP and item.node.keys is not None
        for other, value in item.node.value.items():
            where = item.node.keys[other]
            if other == item.channel:
                checker.add(
                    where,
                    f"same_condition names this code's own channel {shown(other)}; name another channel",
                )
                continue
            if other not in numbers:
                known = ", ".join(k for k in numbers if k != item.channel) or "none"
                checker.add(
                    where,
                    f"same_condition: unknown channel {shown(other)}; other channels: {known}",
                )
                continue
            try:
                code = read_code(value)
            except Bad as bad:
                checker.add(bad.node, f"same_condition: {bad.message}")
                continue
            if code not in numbers[other]:
                checker.add(value, f"same_condition: channel {other} has no code {code}")
                continue
            if _taken(
                taken, (item.channel, item.code, other), (other, code, item.channel), value, checker
            ):
                continue
            pairs.append(Pair(item.channel, item.code, other, code))
    return tuple(pairs)


def _taken(taken: dict, mine: tuple, theirs: tuple, value: Node, checker: Checker) -> bool:
    """A code paired with a channel already (from either side) is refused where it is paired again."""
    for key, who in ((mine, "this code"), (theirs, f"code {theirs[1]} of {theirs[0]}")):
        if key in taken:
            checker.add(
                value,
                f"same_condition: {who} is paired with channel {key[2]} already (line {taken[key]}); "
                "declare each pair once, on one of its two codes",
            )
            return True
    for key in (mine, theirs):
        taken[key] = value.line
    return False
