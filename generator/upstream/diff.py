"""Tencent's return-code table against the spec: every difference, as data.

Compared: the codes, the table and sub-table each one sits in, its Chinese
message, its steps and its billing.  Never the names or the English: those
are the project's own.  A code the spec keeps as a tombstone (`removed: true`)
is meant to be absent from the table: that agrees.  Pure: the spec and the
table's rows in, a list of differences out.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

from generator.model import Channel, Code, Spec
from generator.quoting import MESSAGE_LIMIT, shortened
from generator.upstream.table import Row

Key = tuple[str, int]  # (channel key, code)


class Placement(NamedTuple):
    """Where a code added upstream goes in the spec, for its ready-to-paste entry."""

    path: str  # the YAML list it joins, e.g. "channels.sdk.codes"
    after: int | None  # the code it follows there; None: first in the list
    categories: tuple[str, ...]  # the keys to choose from, for a list that needs `category`
    new_list: str  # why the list does not exist yet ("" when it does)


class Difference(NamedTuple):
    kind: str  # a key of KINDS: the group it is reported in
    channel: str  # the spec's channel key; the table's heading where no channel matches
    code: int | None  # None for a heading or the snapshot record
    name: str  # the spec's member name ("" where the spec lacks the code)
    old: Any  # what the spec says
    new: Any  # what the table says
    placement: Placement | None = None  # codes added upstream only


class Kind(NamedTuple):
    title: str  # the group's heading in a report
    advice: str = ""  # what to do about it, where that is not obvious


# The groups of a report, in report order: billing first, because a flip
# changes what every call ending with that code costs.
KINDS = {
    "billing": Kind("BILLING CHANGED", "calls ending with these codes are billed differently now"),
    "added": Kind("codes added upstream", "paste each entry and write what the table cannot say"),
    "gone": Kind("codes gone upstream", "keep each entry and add `removed: true` (a tombstone)"),
    "unrecorded": Kind(
        "codes not in the recorded copy of the table",
        "the spec gained them after the copy was recorded: save Tencent's current table and, "
        "once the spec agrees with it, record it (`python -m generator upstream --record FILE`); "
        "a code Tencent does not list does not belong in the spec",
    ),
    "returned": Kind("retired codes listed again", "the spec has them as `removed: true`"),
    "message": Kind("Chinese message changed"),
    "steps": Kind("steps (处理措施) changed"),
    "table": Kind("codes moved to another table"),
    "sub_table": Kind("codes moved to another sub-table"),
    "heading": Kind("headings changed", "the spec's `title` follows the table's heading"),
    "order": Kind("codes listed in another order", "the spec keeps the table's order"),
    "snapshot": Kind("the copy of the table the spec records"),
}


# --- matching tables and sub-tables to channels and categories ----------------


def _match(found: dict[str, set[int]], known: dict[str, tuple[str, set[int]]]) -> dict[str, str]:
    """Each heading found upstream -> the key of the spec group it is.

    By equal title first; then a heading the spec does not know goes to a
    group no heading claimed, the one it shares most codes with: the same
    table, renamed.  A heading that shares no code stays unmatched (new).
    """
    by_title = {title: key for key, (title, _) in known.items()}
    matched = {heading: by_title[heading] for heading in found if heading in by_title}
    claimed = set(matched.values())
    owner = {code: key for key, (_, codes) in known.items() if key not in claimed for code in codes}
    shared: dict[tuple[str, str], int] = {}  # (heading, key) -> codes in both
    for heading, codes in found.items():
        if heading not in matched:
            for code in codes & owner.keys():
                pair = (heading, owner[code])
                shared[pair] = shared.get(pair, 0) + 1
    for (heading, key), _ in sorted(shared.items(), key=lambda item: (-item[1], item[0])):
        if heading not in matched and key not in claimed:
            matched[heading] = key
            claimed.add(key)
    return matched


def _groups(rows: list[Row], field: str) -> dict[str, set[int]]:
    groups: dict[str, set[int]] = {}
    for row in rows:
        title = getattr(row, field)
        if title is not None:
            groups.setdefault(title, set()).add(row.code)
    return groups


def _everything(channel: Channel) -> tuple[Code, ...]:
    return channel.codes + channel.removed


class _Tables(NamedTuple):
    """How the table's headings map onto the spec."""

    channel: dict[str, str]  # `##` heading -> channel key (or the heading itself)
    category: dict[tuple[str, str | None], str | None]  # (channel, sub-table) -> category key
    split: frozenset[str]  # channels whose table upstream has sub-tables
    titles: dict[tuple[str, str], str]  # (channel, category key) -> the spec's title
    keys: dict[str, tuple[str, ...]]  # channel -> its category keys


def _tables(spec: Spec, rows: list[Row]) -> tuple[_Tables, list[Difference]]:
    known = {c.key: (c.title, {x.code for x in _everything(c)}) for c in spec.channels}
    matched = _match(_groups(rows, "table"), known)
    headings = [
        Difference("heading", key, None, "table heading", known[key][0], heading)
        for heading, key in matched.items()
        if known[key][0] != heading
    ]
    channel = {row.table: matched.get(row.table, row.table) for row in rows}
    by_channel: dict[str, list[Row]] = {}
    for row in rows:
        by_channel.setdefault(channel[row.table], []).append(row)
    category: dict[tuple[str, str | None], str | None] = {}
    split = set()
    all_titles = {(ch.key, c.key): c.title for ch in spec.channels for c in ch.categories}
    for ch in spec.channels:
        mine = by_channel.get(ch.key, [])
        if not any(row.sub_table for row in mine):
            continue  # the table is not split: the spec's categories are its own
        split.add(ch.key)
        titles = {c.key: c.title for c in ch.categories}
        codes: dict[str, set[int]] = {key: set() for key in titles}
        for x in _everything(ch):
            codes[x.category].add(x.code)
        sub_matched = _match(_groups(mine, "sub_table"), {k: (titles[k], codes[k]) for k in titles})
        for row in mine:  # a row outside any sub-table belongs to no category
            found = None if row.sub_table is None else sub_matched.get(row.sub_table)
            category[ch.key, row.sub_table] = found
        headings += [
            Difference(
                "heading", ch.key, None, f"sub-table heading (category {key})", titles[key], heading
            )
            for heading, key in sub_matched.items()
            if titles[key] != heading
        ]
    keys = {ch.key: tuple(c.key for c in ch.categories) for ch in spec.channels}
    return _Tables(channel, category, frozenset(split), all_titles, keys), headings


# --- the comparison -------------------------------------------------------------


def _fields(channel: str, code: Code, row: Row) -> Iterator[Difference]:
    for kind, old, new in (
        ("billing", code.billable, row.billable),
        ("message", code.message, row.message),
        ("steps", tuple(code.action), row.action),
    ):
        if old != new:
            yield Difference(kind, channel, code.code, code.name, old, new)


def compare(spec: Spec, rows: list[Row]) -> list[Difference]:
    """Every difference between the spec and the table's rows, grouped by kind."""
    tables, differences = _tables(spec, rows)
    channels = {c.key: c for c in spec.channels}
    table = {(tables.channel[r.table], r.code): r for r in rows}
    live = {(c.key, x.code): x for c in spec.channels for x in c.codes}
    retired = {(c.key, x.code): x for c in spec.channels for x in c.removed}
    moved = _moves(table, live)
    before = _predecessors(rows, tables)
    for key, row in table.items():
        if key in moved:
            origin = moved[key]
            code = live[origin]
            old_title = channels[origin[0]].title
            differences.append(
                Difference("table", origin[0], row.code, code.name, old_title, row.table)
            )
            differences += _fields(origin[0], code, row)
        elif key in live:
            differences += _fields(key[0], live[key], row)
            differences += _sub_table(channels[key[0]], live[key], row, tables)
        elif key in retired:
            name = retired[key].name
            differences.append(Difference("returned", key[0], row.code, name, retired[key], row))
        else:
            where = _placement(channels.get(key[0]), tables, row, before[key])
            differences.append(Difference("added", key[0], row.code, "", None, row, where))
    gone_from = set(moved.values())
    for key, code in live.items():
        if key not in table and key not in gone_from:
            differences.append(Difference("gone", key[0], code.code, code.name, code, None))
    # Grouped once by channel: a pass over every row per channel would be
    # quadratic in a table of many `##` tables.
    moved_within: dict[str, set[int | None]] = {}
    for d in differences:
        if d.kind == "sub_table":
            moved_within.setdefault(d.channel, set()).add(d.code)
    listed: dict[str, list[int]] = {}
    for row in rows:
        listed.setdefault(tables.channel[row.table], []).append(row.code)
    for channel in spec.channels:
        differences += _order(
            channel, listed.get(channel.key, []), moved_within.get(channel.key, set())
        )
    order = {kind: index for index, kind in enumerate(KINDS)}
    return sorted(differences, key=lambda d: order[d.kind])  # stable: each group in page order


def _moves(table: dict[Key, Row], live: dict[Key, Code]) -> dict[Key, Key]:
    """Codes in another table upstream than in the spec: table key -> spec key."""
    gone = {key[1]: key for key in live if key not in table}
    return {
        key: gone[key[1]]
        for key in table
        if key not in live and key[1] in gone and gone[key[1]][0] != key[0]
    }


def _sub_table(channel: Channel, code: Code, row: Row, tables: _Tables) -> list[Difference]:
    if channel.key not in tables.split:
        return []
    now = tables.category[channel.key, row.sub_table]
    if now == code.category:
        return []
    title = tables.titles[channel.key, code.category]
    return [Difference("sub_table", channel.key, code.code, code.name, title, row.sub_table)]


def _order(channel: Channel, listed: list[int], moved: set[int | None]) -> list[Difference]:
    """Codes whose place in the list differs, beyond moves already reported.

    `listed` is the channel's codes in the table's order, `moved` those whose
    move to another sub-table is reported already.  The codes that keep their
    order are the longest run, in the table's order, of increasing places in
    the spec; every other code is reported.
    """
    place = {c.code: index for index, c in enumerate(channel.codes) if c.code not in moved}
    upstream = [code for code in listed if code in place]
    kept = set(_increasing([place[code] for code in upstream]))
    spec = sorted(upstream, key=place.__getitem__)
    before_spec = dict(zip(spec[1:], spec))
    names = {c.code: c.name for c in channel.codes}
    return [
        Difference(
            "order",
            channel.key,
            code,
            names[code],
            before_spec.get(code),
            upstream[index - 1] if index else None,
        )
        for index, code in enumerate(upstream)
        if place[code] not in kept
    ]


def _increasing(values: list[int]) -> list[int]:
    """A longest increasing run (not necessarily adjacent) of distinct values: O(n log n)."""
    import bisect

    tails: list[int] = []  # tails[k]: where the smallest end of a run of k + 1 values is
    ends: list[int] = []  # values[tails[k]], for bisect
    previous = [-1] * len(values)  # the value before each one in its run
    for index, value in enumerate(values):
        k = bisect.bisect_left(ends, value)
        if k:
            previous[index] = tails[k - 1]
        if k == len(tails):
            tails.append(index)
            ends.append(value)
        else:
            tails[k], ends[k] = index, value
    run, index = [], tails[-1] if tails else -1
    while index >= 0:
        run.append(values[index])
        index = previous[index]
    return run[::-1]


def _predecessors(rows: list[Row], tables: _Tables) -> dict[Key, int | None]:
    """Each code -> the code before it in the table, within the spec list it belongs to."""
    last: dict[tuple[str, str | None], int] = {}
    before: dict[Key, int | None] = {}
    for row in rows:
        channel = tables.channel[row.table]
        split = channel in tables.split
        same_list = (channel, tables.category.get((channel, row.sub_table)) if split else None)
        before[channel, row.code] = last.get(same_list)
        last[same_list] = row.code
    return before


def _placement(channel: Channel | None, tables: _Tables, row: Row, after: int | None) -> Placement:
    """Where a new code's entry goes: its list, after the code it follows in the table."""
    if channel is None:
        table = shortened(row.table, MESSAGE_LIMIT)
        return Placement("channels.NEW.codes", None, (), f"a new channel for the table {table}")
    if channel.key not in tables.split:
        return Placement(f"channels.{channel.key}.codes", after, tables.keys[channel.key], "")
    category = tables.category.get((channel.key, row.sub_table))
    if category is None:
        why = f"a new category for the sub-table {shortened(row.sub_table or '', MESSAGE_LIMIT)}"
        return Placement(f"channels.{channel.key}.categories.NEW.codes", None, (), why)
    return Placement(f"channels.{channel.key}.categories.{category}.codes", after, (), "")


def not_yet_recorded(differences: list[Difference]) -> list[Difference]:
    """Against the very copy the spec records, a code the table lacks was never in it.

    The copy was recorded when the spec agreed with it (record.py), so the
    spec gained the code since: nothing was dropped upstream.
    """
    return [d._replace(kind="unrecorded") if d.kind == "gone" else d for d in differences]


def absent_tombstones(spec: Spec, rows: list[Row]) -> list[Key]:
    """Codes the spec retired that the table no longer lists: as it should be."""
    channel = _tables(spec, rows)[0].channel
    listed = {(channel[row.table], row.code) for row in rows}
    return [
        (c.key, x.code) for c in spec.channels for x in c.removed if (c.key, x.code) not in listed
    ]
