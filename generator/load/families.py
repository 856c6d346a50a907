"""Families: codes the documentation gives one meaning, declared once per channel.

    families:
      liveness_failed: {title: 活体识别不通过, title_en: Liveness check failed}
    codes:
      - code: -5026
        name: LIVENESS_FAILED_MINUS_5026
        family: liveness_failed

A family must be worth its name: two codes or more (tombstones count, so that
retiring a code never forces a rename of its sibling), one billing flag and
one category (a difference there is a difference in meaning), and a Chinese
title quoted from the message or steps of every code in it, so the title is
the documentation's words and the codes really do share them.
"""

from __future__ import annotations

from typing import Any, Protocol

from generator.model import Code, Family
from generator.load.naming import family_key_problem, name_problem
from generator.load.fields import FAMILY_FIELDS, Field
from generator.load.yamltree import Node
from generator.quoting import listed, shown

Entry = tuple[Node, dict]  # a code entry's node and its readable fields

# What every code of a family must agree on, and how to say it.
AGREE = {"billable": "billing", "category": "category"}


class Checker(Protocol):
    def fields(self, node: Node, table: dict[str, Field], what: str) -> dict[str, Any] | None: ...

    def add(self, where: Node | tuple[int, int], message: str) -> None: ...

    check_names: bool


def declared(node: Node | None, checker: Checker) -> dict[str, Family]:
    """The channel's `families` mapping, read."""
    if node is None:
        return {}
    assert node.keys is not None
    found = {}
    for key, child in node.value.items():
        problem = family_key_problem(key)
        if problem:
            checker.add(node.keys[key], problem)
        fields = checker.fields(child, FAMILY_FIELDS, f"family {shown(key)}")
        if fields is not None:
            found[key] = Family(key, fields.get("title", ""), fields.get("title_en", ""))
    return found


def resolve(entries: list[Entry], families: dict[str, Family], checker: Checker) -> None:
    """Refuse an entry's unknown family (dropping it), then check every name."""
    for node, fields in entries:
        if "family" in fields and fields["family"] not in families:
            known = listed(families) or "none declared"
            checker.add(
                node.value["family"],
                f"unknown family {shown(fields.pop('family'))}; declared: {known}",
            )
    if not checker.check_names:
        return
    stems = {key.upper(): key for key in families}
    for node, fields in entries:
        if "family" in node.value and "family" not in fields:
            continue  # its family is wrong already: the name cannot be judged
        if "name" in fields and "code" in fields:
            problem = name_problem(fields["name"], fields["code"], fields.get("family"), stems)
            if problem:
                checker.add(node.value["name"], problem)


def check(
    node: Node | None, families: dict[str, Family], entries: list[Entry], checker: Checker
) -> None:
    """Each declared family: enough codes, agreeing codes, a title they share."""
    if node is None:
        return
    assert node.keys is not None
    grouped: dict[str, list[Entry]] = {key: [] for key in families}
    for entry in entries:
        if entry[1].get("family") in grouped:
            grouped[entry[1]["family"]].append(entry)
    for key, family in families.items():
        members = grouped[key]
        if len(members) < 2:
            codes = ", ".join(str(f.get("code")) for _, f in members) or "none"
            checker.add(
                node.keys[key],
                f"family {shown(key)} has {len(members)} code(s) ({codes}); a family groups two or more codes of one meaning",
            )
            continue
        _check_agreement(key, members, checker)
        _check_title(node.value[key], family, members, checker)


def _check_agreement(key: str, members: list[Entry], checker: Checker) -> None:
    first_node, first = members[0]
    for field, what in AGREE.items():
        for member_node, fields in members[1:]:
            if field in first and field in fields and fields[field] != first[field]:
                checker.add(
                    member_node.value["family"],
                    f"family {shown(key)}: {field} is {_show(fields[field])} here but {_show(first[field])} "
                    f"on code {first.get('code')} (line {first_node.line}); its codes share one {what}",
                )


def _check_title(family_node: Node, family: Family, members: list[Entry], checker: Checker) -> None:
    if not family.title:
        return  # missing or invalid: reported already
    for member_node, fields in members:
        texts = [fields.get("message", ""), *fields.get("action", ())]
        if not any(family.title in text for text in texts):
            checker.add(
                family_node.value["title"],
                f"title {shown(family.title)} is not in the message or steps of code {fields.get('code')} "
                f"(line {member_node.line}); quote the Chinese the family's codes share",
            )


def with_codes(
    families: dict[str, Family], live: tuple[Code, ...], removed: tuple[Code, ...]
) -> tuple[Family, ...]:
    """The declared families, each holding its codes (one pass over the codes)."""
    codes: dict[str, list[Code]] = {key: [] for key in families}
    tombstones: dict[str, list[Code]] = {key: [] for key in families}
    for table, group in ((codes, live), (tombstones, removed)):
        for code in group:
            if code.family in table:
                table[code.family].append(code)
    return tuple(
        family._replace(codes=tuple(codes[key]), removed=tuple(tombstones[key]))
        for key, family in families.items()
    )


def _show(value: object) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    return shown(value) if isinstance(value, str) else repr(value)
