"""Load spec/codes.yaml into an immutable model, or say everything wrong with it.

Every problem is reported at once, one per line, as `FILE:LINE:COL: error: …`,
sorted by position, so a maintainer fixes a whole batch in one go.  What each
value may be is in rules.py; here is what only the whole spec can tell
(unique codes and names, categories in use, matching step counts); families.py
and naming.py hold the rules for families and member names.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from generator import names
from generator.load import families, pairs
from generator.load import yamltree
from generator.model import ApiField, Category, Channel, Code, Family, Spec, Upstream
from generator.load.reading import NotRegular, TooLarge, read_regular
from generator.load.fields import (
    API_FIELD_FIELDS,
    CATEGORY_FIELDS,
    CHANNEL_FIELDS,
    CODE_FIELDS,
    KEY,
    TOP_FIELDS,
    UPSTREAM_FIELDS,
    Bad,
    Field,
    describe,
)
from generator.load.yamltree import MAP, Node
from generator.quoting import MESSAGE_LIMIT, listed, shortened, shown

__all__ = [
    "ApiField",
    "Category",
    "Channel",
    "Code",
    "Family",
    "Problem",
    "Spec",
    "SpecError",
    "Upstream",
    "load_spec",
    "parse_spec",
]

MAX_CODES = 250_000


class Problem(NamedTuple):
    line: int
    col: int
    message: str

    def format(self, file: str) -> str:
        """One line, whatever the message quotes (a value or a file name)."""
        return _one_line(f"{file}:{self.line}:{self.col}: error: {self.message}")


MAX_LINE = 500  # characters of one error line; values in messages are shortened before


def _one_line(text: str) -> str:
    if not text.isprintable():
        text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
    return text if len(text) <= MAX_LINE else text[: MAX_LINE - 1] + "…"


def _bare(value: str) -> str:
    """A name, an enum or a code as messages write it: without quotes, shortened."""
    return shortened(value, MESSAGE_LIMIT)


class SpecError(Exception):
    """The spec is invalid; `lines()` gives every problem, ready to print."""

    def __init__(self, file: str, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s) in {file}")
        self.file = file
        self.problems = sorted(set(problems))

    def lines(self) -> list[str]:
        return [p.format(self.file) for p in self.problems]


class _Checker:
    """Collects problems while the model is built, so one run reports them all."""

    def __init__(self, check_names: bool = True) -> None:
        self.problems: list[Problem] = []
        # Off for a baseline (compat): its names are history, not choices.
        self.check_names = check_names
        self.pairs: list[pairs.Declared] = []  # same_condition, resolved once every channel is read

    def fields(self, node: Node, table: dict[str, Field], what: str) -> dict[str, Any] | None:
        if node.kind != MAP:
            self.problems.append(
                Problem(node.line, node.col, f"{what}: expected a mapping, found {describe(node)}")
            )
            return None
        assert node.keys is not None
        values: dict[str, Any] = {}
        for key, child in node.value.items():
            field = table.get(key)
            if field is None:
                self._unknown(key, node.keys[key], table, what)
                continue
            try:
                values[key] = field.read(child)
            except Bad as bad:
                self.add(bad.node, f"{key}: {bad.message}")
        for key, field in table.items():
            if field.required and key not in node.value:
                self.add(node, f"{what} lacks the required key '{key}'")
        return values

    def _unknown(
        self, key: str, where: tuple[int, int], table: dict[str, Field], what: str
    ) -> None:
        import difflib  # only on this error path: keeps `check` start-up fast

        close = difflib.get_close_matches(key, table, n=1)
        hint = f"did you mean '{close[0]}'?" if close else f"allowed: {', '.join(table)}"
        self.problems.append(Problem(*where, f"unknown key {shown(key)} in {what}; {hint}"))

    def add(self, where: Node | tuple[int, int], message: str) -> None:
        """A problem at a node, or at a mapping key's (line, col)."""
        line, col = (where.line, where.col) if isinstance(where, Node) else where
        self.problems.append(Problem(line, col, message))


# --- building the model ------------------------------------------------------


def load_spec(
    path: Path, display: str | None = None, source: str | None = None, *, check_names: bool = True
) -> Spec:
    """Read and validate the spec at `path`; raise SpecError listing every problem.

    `display` names the file in error lines (default: the path as given);
    `source` is how generated headers name it (default: "spec/<file name>");
    `check_names=False` skips the naming rule (naming.py), for a published
    baseline whose names predate it.
    """
    display = display or str(path)
    try:
        data = read_regular(path, yamltree.MAX_BYTES)
    except (NotRegular, TooLarge) as exc:  # a FIFO, a device, a folder; /dev/zero
        raise SpecError(display, [Problem(1, 1, f"cannot read the spec: it {exc}")]) from None
    except OSError as exc:
        raise SpecError(display, [Problem(1, 1, f"cannot read the spec: {exc.strerror}")]) from None
    if data is None:
        raise SpecError(display, [Problem(1, 1, "cannot read the spec: no such file")])
    return parse_spec(data, display, source or f"spec/{path.name}", check_names=check_names)


def parse_spec(data: bytes, display: str, source: str, *, check_names: bool = True) -> Spec:
    try:
        text = yamltree.decode(data)
        hidden = yamltree.scan(text)
        if hidden:
            raise SpecError(display, [Problem(p.line, p.col, p.message) for p in hidden])
        root, yaml_problems = yamltree.read(text)
    except yamltree.YamlProblem as exc:
        raise SpecError(display, [Problem(exc.line, exc.col, exc.message)]) from None
    checker = _Checker(check_names)
    checker.problems.extend(Problem(p.line, p.col, p.message) for p in yaml_problems)
    spec = _build(root, checker, source)
    if checker.problems or spec is None:
        raise SpecError(display, checker.problems or [Problem(1, 1, "the spec is empty")])
    return spec


def _build(root: Node | None, checker: _Checker, source: str) -> Spec | None:
    if root is None:
        return None
    top = checker.fields(root, TOP_FIELDS, "the spec")
    if top is None or "channels" not in top:
        return None
    channels_node: Node = top["channels"]
    channels = tuple(_channel(key, node, checker) for key, node in channels_node.value.items())
    _check_channel_set(channels_node, channels, checker)
    complete = tuple(c for c in channels if c is not None)
    upstream = _upstream(top["upstream"], checker) if "upstream" in top else None
    # Every channel the spec names, valid or not: a broken channel is one error, not one per field.
    keys = set(channels_node.value)
    fields = _api_fields(top["fields"], keys, checker) if "fields" in top else ()
    if "version" not in top or len(complete) != len(channels):
        return None
    paired = pairs.resolve(checker.pairs, complete, checker)
    spec = Spec(
        top["version"],
        complete,
        source,
        top.get("success_code"),
        upstream,
        fields=fields,
        pairs=paired,
    )
    if spec.success_code is not None and not spec.listing_success():
        checker.add(
            root.value["success_code"],
            f"success_code {spec.success_code} is no channel's code; list it (with its message) in the channel whose table has it",
        )
    return spec


def _api_fields(node: Node, channels: set[str], checker: _Checker) -> tuple[ApiField, ...]:
    """The field map: which API field carries which channel's codes, each once."""
    read: list[ApiField] = []
    seen: set[tuple[str, str, str]] = set()
    for entry in node.value:
        fields = checker.fields(entry, API_FIELD_FIELDS, "field")
        required = [key for key, f in API_FIELD_FIELDS.items() if f.required]
        if fields is None or not all(key in fields for key in required):
            continue
        field = ApiField(**fields)
        if field.channel not in channels:
            checker.add(
                entry.value["channel"],
                f"channel: {field.channel!r} is no channel of this spec; "
                f"choose from {', '.join(sorted(channels))}",
            )
            continue
        if (field.api, field.path, field.channel) in seen:
            checker.add(entry, f"field {field.api} {field.path} ({field.channel}) is listed twice")
            continue
        seen.add((field.api, field.path, field.channel))
        read.append(field)
    return tuple(read)


def _upstream(node: Node, checker: _Checker) -> Upstream | None:
    """Which copy of Tencent's table the spec follows; `upstream` checks the copy itself."""
    fields = checker.fields(node, UPSTREAM_FIELDS, "upstream")
    if fields is None or len(fields) != len(UPSTREAM_FIELDS):
        return None
    where = {key: (node.value[key].line, node.value[key].col) for key in UPSTREAM_FIELDS}
    return Upstream(
        fields["file"],
        fields["sha256"],
        fields["taken"],
        where["file"],
        where["sha256"],
        where["taken"],
    )


def _check_channel_set(node: Node, channels: tuple[Channel | None, ...], checker: _Checker) -> None:
    if not channels:
        checker.add(node, "channels: add at least one channel")
    assert node.keys is not None
    for key in node.value:
        if not KEY.match(key):
            checker.add(node.keys[key], f"channel key {shown(key)} is not lower_snake_case")
    _check_enum_names(node, [c for c in channels if c is not None], checker)
    total = sum(len(c.codes) for c in channels if c is not None)
    if total > MAX_CODES:
        checker.add(node, f"the spec has {total:,} codes; the limit is {MAX_CODES:,}")


def _check_enum_names(node: Node, channels: list[Channel], checker: _Checker) -> None:
    """No two enums give a target one name (generator/names.py); each pair of
    channels is told once, by the first rule it breaks."""
    told: set[tuple[int, int]] = set()
    for first, then in names.begins_another([c.enum for c in channels]):
        told.add((first, then))
        checker.add(node, _begins_message(channels[first], channels[then]))
    for clash in names.clashes([c.enum for c in channels]):
        (first, _), (then, _) = clash.first, clash.second
        if (first, then) not in told:
            told.add((first, then))
            checker.add(node, _clash_message(clash, channels))


def _begins_message(one: Channel, other: Channel) -> str:
    first, then = sorted((one, other), key=lambda c: len(c.enum))
    derived = "; ".join(
        ", ".join(_bare(names.derive(p, first.enum)) for p in patterns) + f" in {names.TITLES[t]}"
        for t, patterns in names.EXTENDING.items()
    )
    return (
        f"enum {_bare(then.enum)} of channel {_bare(then.key)} begins with enum "
        f"{_bare(first.enum)} of channel {_bare(first.key)}, whose generated names "
        f"({derived}) begin the same way; rename one"
    )


def _clash_message(clash: names.Clash, channels: list[Channel]) -> str:
    (first, first_role), (then, then_role) = clash.first, clash.second
    one, other = channels[then], channels[first] if first >= 0 else None
    where = names.TITLES[clash.target]
    if other is None:
        return (
            f"enum {_bare(one.enum)} of channel {_bare(one.key)} gives {where} the name "
            f"{_bare(clash.name)}, which the generated code has already; choose another enum name"
        )
    if one.enum.lower() == other.enum.lower():
        return (
            f"channels {_bare(other.key)} and {_bare(one.key)} have enums that differ only in case; "
            "rename one"
        )
    if "enum" in (first_role, then_role):
        named, owner, role = (
            (other, one, then_role) if first_role == "enum" else (one, other, first_role)
        )
        return (
            f"enum {_bare(named.enum)} of channel {_bare(named.key)} is the name of the "
            f"{names.ROLES[role]} of channel {_bare(owner.key)} ({_bare(clash.name)}); rename one"
        )
    return (
        f"enums {_bare(other.enum)} of channel {_bare(other.key)} and {_bare(one.enum)} of "
        f"channel {_bare(one.key)} both give {where} the name {_bare(clash.name)}; rename one"
    )


def _channel(key: str, node: Node, checker: _Checker) -> Channel | None:
    fields = checker.fields(node, CHANNEL_FIELDS, f"channel {shown(key)}")
    if fields is None or "categories" not in fields:
        return None
    categories, entries = _categories(fields["categories"], checker)
    if "codes" in fields:
        if entries:
            checker.add(
                fields["codes"], "list codes under their categories or in this list, not both"
            )
        entries = [(item, None) for item in fields["codes"].value]
    if not entries:
        checker.add(node, f"channel {shown(key)} has no codes")
    declared = families.declared(fields.get("families"), checker)
    read = [_entry(item, sub_table, categories, checker) for item, sub_table in entries]
    for entry_node, entry in read:
        checker.pairs.extend(pairs.declared(key, entry, entry_node))
    families.resolve(read, declared, checker)
    _check_unique(read, checker, fields.get("enum", key))
    _check_categories_used(fields["categories"], read, checker)
    families.check(fields.get("families"), declared, read, checker)
    codes = [(_to_code(f), f.get("removed", False)) for _, f in read]
    if any(c is None for c, _ in codes) or any(
        k not in fields for k in ("enum", "title", "title_en")
    ):
        return None
    live = tuple(c for c, removed in codes if c is not None and not removed)
    tombstones = tuple(c for c, removed in codes if c is not None and removed)
    if entries and not live:
        checker.add(
            node, f"channel {shown(key)} has only removed codes; an enum needs at least one"
        )
    titles = (fields["enum"], fields["title"], fields["title_en"])
    grouped = families.with_codes(declared, live, tombstones)
    return Channel(key, *titles, tuple(categories.values()), live, tombstones, grouped)


def _categories(
    node: Node, checker: _Checker
) -> tuple[dict[str, Category], list[tuple[Node, str | None]]]:
    """The channel's categories and the code entries that sit under them."""
    categories: dict[str, Category] = {}
    entries: list[tuple[Node, str | None]] = []
    assert node.keys is not None
    for key, child in node.value.items():
        if not KEY.match(key):
            checker.add(node.keys[key], f"category key {shown(key)} is not lower_snake_case")
        fields = checker.fields(child, CATEGORY_FIELDS, f"category {shown(key)}")
        if fields is None:
            continue
        categories[key] = Category(key, fields.get("title", ""), fields.get("title_en", ""))
        if "codes" in fields:
            entries.extend((item, key) for item in fields["codes"].value)
    return categories, entries


def _entry(
    node: Node, sub_table: str | None, categories: dict, checker: _Checker
) -> tuple[Node, dict]:
    """One code entry's readable fields, its category resolved."""
    fields = checker.fields(node, CODE_FIELDS, "code entry") or {}
    category = _code_category(node, fields, sub_table, categories, checker)
    if category is None:
        fields.pop("category", None)
    else:
        fields["category"] = category
    action, action_en = fields.get("action", ()), fields.get("action_en", ())
    if "action" in fields and "action_en" in fields and len(action) != len(action_en):
        checker.add(
            node.value["action_en"],
            f"action_en has {len(action_en)} steps but action has {len(action)}; translate each step",
        )
    elif ("action" in node.value) != ("action_en" in node.value):
        checker.add(node, "give both action and action_en, or neither")
    return node, fields


def _to_code(fields: dict) -> Code | None:
    try:
        return Code(
            fields["code"],
            fields["name"],
            fields["message"],
            fields["message_en"],
            fields["billable"],
            fields["category"],
            fields.get("action", ()),
            fields.get("action_en", ()),
            fields.get("family"),
        )
    except KeyError:  # already reported
        return None


def _code_category(
    node: Node, fields: dict, sub_table: str | None, categories: dict, checker: _Checker
) -> str | None:
    if sub_table is not None:
        if "category" in fields:
            checker.add(
                node.value["category"], "remove 'category': the entry sits under a category already"
            )
        return sub_table
    if "category" not in fields:
        if node.kind == MAP and "category" not in node.value:
            checker.add(
                node, "code entry lacks 'category' (required for codes listed at channel level)"
            )
        return None
    if fields["category"] not in categories:
        known = listed(categories) or "none defined"
        checker.add(
            node.value["category"],
            f"unknown category {shown(fields['category'])}; defined: {known}",
        )
        return None
    return fields["category"]


def _check_unique(read: list[tuple[Node, dict]], checker: _Checker, enum: object) -> None:
    # By position in the channel, not by node: the same entry reached twice
    # (through an alias of a list) is a duplicate too.
    for key, what in (("code", "codes"), ("name", "names")):
        first: dict[object, tuple[int, Node]] = {}
        for index, (node, fields) in enumerate(read):
            if key not in fields:
                continue
            earlier_index, earlier = first.setdefault(fields[key], (index, node))
            if earlier_index != index:
                owner = earlier.value.get("name" if key == "code" else "code")
                label = (
                    f" by {'' if key == 'code' else 'code '}{_bare(str(owner.value))}"
                    if owner is not None
                    else ""
                )
                checker.add(
                    node.value[key],
                    f"{key} {_bare(str(fields[key]))} is already used{label} at line {earlier.value[key].line}; {what} are unique in {_bare(str(enum))}",
                )


def _check_categories_used(node: Node, read: list[tuple[Node, dict]], checker: _Checker) -> None:
    used = {fields.get("category") for _, fields in read}
    assert node.keys is not None
    for key in node.value:
        if key not in used:
            checker.add(
                node.keys[key],
                f"category {shown(key)} has no codes; remove it or file codes under it",
            )
