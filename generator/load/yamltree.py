"""A bounded YAML reader that remembers where every value came from.

PyYAML's composer is not fit for a spec that must report `file:line:col`:
it lets a duplicate key silently overwrite the first, forgets positions once
values are constructed, recurses in C (a file of 100,000 `[` crashes the
interpreter) and slows down quadratically on deep nesting.  So we read
libyaml's flat event stream ourselves, with an explicit stack, and stop at
the first sign of a hostile file: too big, too deep, or an alias bomb.
"""

from __future__ import annotations

from typing import Any

import yaml

from generator.load import characters
from generator.quoting import shown

try:  # libyaml's C parser is ~10x faster; pure Python is the same grammar.
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _Loader = yaml.SafeLoader

# Documented in docs/maintainers/limits-and-security.md ("Limits").  A 100,000-code spec is ~30 MB and
# nests 7 levels deep, so honest files stay far below these.
MAX_BYTES = 128 * 1024 * 1024
MAX_DEPTH = 32
# Aliases are for shared texts; the text they expand to is budgeted in
# characters against the file's own, so that a "billion laughs" file, or one
# long text repeated a million times, fails in microseconds.
ALIAS_FACTOR = 10
ALIAS_FLOOR = 1_000_000
MAX_REPORTED = 100  # forbidden characters listed one by one; then one line for the rest

STR = "tag:yaml.org,2002:str"
INT = "tag:yaml.org,2002:int"
BOOL = "tag:yaml.org,2002:bool"
FLOAT = "tag:yaml.org,2002:float"
NULL = "tag:yaml.org,2002:null"
MAP = "map"
SEQ = "seq"

_RESOLVER = yaml.resolver.Resolver()
_MERGE_KEY = "<<"


class YamlProblem(Exception):
    """A file that cannot be read as a tree at all; carries its position."""

    def __init__(self, line: int, col: int, message: str) -> None:
        super().__init__(message)
        self.line, self.col, self.message = line, col, message


class Node:
    """One YAML value: `kind` is MAP, SEQ or the scalar's resolved tag.

    `value` is a dict of key -> Node for MAP, a list of Nodes for SEQ and
    the raw text for scalars; `keys` keeps where each mapping key stood.
    `weight` counts the characters of text below (and one per node), to
    budget alias expansion.
    """

    __slots__ = ("kind", "value", "line", "col", "keys", "weight")

    def __init__(self, kind: str, value: Any, line: int, col: int, weight: int = 1) -> None:
        self.kind, self.line, self.col = kind, line, col
        self.value: Any = value  # dict, list or str by kind: the readers check which
        self.keys: dict[str, tuple[int, int]] | None = None
        self.weight = weight


class _Reader:
    """Builds the tree from events; one handler per event type."""

    def __init__(self, own: int) -> None:
        self.problems: list[YamlProblem] = []
        self.anchors: dict[str, Node] = {}
        self.stack: list[list] = []  # [collection, key awaiting its value]
        self.root: Node | None = None
        self.documents = 0
        self.budget = ALIAS_FACTOR * own + ALIAS_FLOOR  # characters aliases may expand to
        self.expanded = 0
        self.handlers = {
            yaml.ScalarEvent: self.scalar,
            yaml.AliasEvent: self.alias,
            yaml.MappingStartEvent: self.mapping,
            yaml.SequenceStartEvent: self.sequence,
            yaml.MappingEndEvent: self.end,
            yaml.SequenceEndEvent: self.end,
            yaml.DocumentStartEvent: self.document,
        }

    def document(self, event: yaml.DocumentStartEvent) -> None:
        self.documents += 1
        if self.documents > 1:
            raise _problem(event, "one YAML document per file; remove the extra '---'")

    def scalar(self, event: yaml.ScalarEvent) -> None:
        node = Node(_scalar_tag(event), event.value, *_mark(event), len(event.value) + 1)
        if event.anchor is not None:
            self.anchors[event.anchor] = node
        self.attach(node)

    def alias(self, event: yaml.AliasEvent) -> None:
        node = self.anchors.get(event.anchor)
        if node is None:
            raise _problem(event, f"unknown alias *{event.anchor}; define &{event.anchor} first")
        if node.kind is MAP or (
            node.kind is SEQ and any(item.kind in (MAP, SEQ) for item in node.value)
        ):
            raise _problem(
                event,
                f"*{event.anchor} repeats {'a mapping' if node.kind is MAP else 'a nested list'}; "
                "aliases may repeat a text or a list of texts only: write it out",
            )
        self.expanded += node.weight
        if self.expanded > self.budget:
            raise _problem(
                event,
                f"aliases expand to more than {ALIAS_FACTOR}x the file's own text "
                "(an alias bomb?); write the values out or share fewer of them",
            )
        self.attach(node)

    def mapping(self, event: yaml.MappingStartEvent) -> None:
        node = self.open(event, MAP, {})
        node.keys = {}

    def sequence(self, event: yaml.SequenceStartEvent) -> None:
        self.open(event, SEQ, [])

    def open(self, event: yaml.NodeEvent, kind: str, value: object) -> Node:
        if event.tag not in (None, "!"):
            raise _problem(event, f"YAML tag {event.tag} is not supported here; remove it")
        if len(self.stack) >= MAX_DEPTH:
            raise _problem(event, f"nested deeper than {MAX_DEPTH} levels")
        node = Node(kind, value, *_mark(event))
        if event.anchor is not None:
            self.anchors[event.anchor] = node
        self.stack.append([node, None])
        return node

    def end(self, event: yaml.CollectionEndEvent) -> None:
        self.attach(self.stack.pop()[0])

    def attach(self, child: Node) -> None:
        if not self.stack:
            self.root = child
            return
        top = self.stack[-1]
        parent, pending = top
        parent.weight += child.weight
        if parent.kind is SEQ:
            parent.value.append(child)
        elif pending is None:
            top[1] = child if self._new_key(parent, child) else _DISCARD
        else:
            if pending is not _DISCARD:
                parent.value[pending.value] = child
            top[1] = None

    def _new_key(self, parent: Node, key: Node) -> bool:
        where = (key.line, key.col)
        if key.kind in (MAP, SEQ):
            raise YamlProblem(*where, "a mapping key must be plain text")
        if key.value == _MERGE_KEY:
            raise YamlProblem(
                *where, "merge keys (<<) are not supported; use an alias on the value"
            )
        if key.kind != STR:
            # YAML 1.1 tools (and this reader) would not read such a key as text.
            self.problems.append(
                YamlProblem(
                    *where,
                    f"key {shown(key.value)} is read as {_KIND_WORDS.get(key.kind, 'not text')}; "
                    "quote it or choose another",
                )
            )
            return False
        assert parent.keys is not None
        first = parent.keys.get(key.value)
        if first is not None:
            self.problems.append(
                YamlProblem(
                    *where,
                    f"duplicate key {shown(key.value)} (first at line {first[0]}); remove one",
                )
            )
            return False  # keep reading to report more, but keep the first value
        parent.keys[key.value] = where
        return True


_DISCARD = Node(STR, None, 0, 0)  # stands for the key of a duplicate entry


def _mark(event: yaml.Event) -> tuple[int, int]:
    return event.start_mark.line + 1, event.start_mark.column + 1


def _problem(event: yaml.Event, message: str) -> YamlProblem:
    return YamlProblem(*_mark(event), message)


# First characters that can start a non-text plain scalar (true, 12, ~, …);
# anything else is text without asking the resolver's regexes.
_RESOLVABLE_FIRST = frozenset(_RESOLVER.yaml_implicit_resolvers)
# YAML 1.1 booleans that PyYAML's resolver reads as text; other YAML 1.1
# tools read them as booleans, so the spec must not depend on either reading.
_YAML11_BOOLEANS = frozenset({"y", "Y", "n", "N"})
_KIND_WORDS = {INT: "a number", FLOAT: "a number", BOOL: "a boolean", NULL: "null"}


def _scalar_tag(event: yaml.ScalarEvent) -> str:
    if event.tag not in (None, "!"):
        if event.tag == STR:
            return STR
        raise _problem(event, f"YAML tag {event.tag} is not supported here; remove it")
    if not event.implicit[0]:  # quoted or block scalars are always text
        return STR
    value = event.value
    if value and value[0] not in _RESOLVABLE_FIRST and None not in _RESOLVABLE_FIRST:
        return STR
    if value in _YAML11_BOOLEANS:
        return BOOL
    return _RESOLVER.resolve(yaml.ScalarNode, value, (True, False))


def decode(data: bytes) -> str:
    """UTF-8 text of `data`, or a YamlProblem at the first bad byte."""
    if len(data) > MAX_BYTES:
        raise YamlProblem(1, 1, f"file is {len(data):,} bytes; the limit is {MAX_BYTES:,}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = data[: exc.start].decode("utf-8")
        line, col = _position(before, len(before))
        raise YamlProblem(line, col, "not valid UTF-8; save the file as UTF-8") from None


def _position(text: str, index: int) -> tuple[int, int]:
    """Line and column of text[index], lines ending at "\n" only, as editors count."""
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


def scan(text: str) -> list[YamlProblem]:
    """Every character the file may not hold, at its exact line and column.

    Runs before YAML reads the file: YAML would count U+0085, U+2028 and a
    lone carriage return as line breaks (every later position would be off),
    and refuses control characters with a message of its own.
    """
    problems: list[YamlProblem] = []
    found_all = characters.in_file(text)
    for found in found_all:
        if len(problems) == MAX_REPORTED:
            rest = 1 + sum(1 for _ in found_all)
            problems.append(
                YamlProblem(*_position(text, found.start()), f"and {rest:,} more such characters")
            )
            break
        problems.append(
            YamlProblem(
                *_position(text, found.start()),
                f"{characters.name(found.group())} is not allowed in the spec "
                "(it can hide or break generated code); remove it",
            )
        )
    return problems


def read(text: str) -> tuple[Node | None, list[YamlProblem]]:
    """Parse one YAML document into a Node tree.

    Returns the root (None for an empty file) and the problems that still
    let us build a tree (duplicate keys).  Raises YamlProblem for a file
    that cannot be read on.
    """
    reader = _Reader(len(text))
    handlers = reader.handlers
    parser = _Loader(text)
    try:
        # get_event() directly: a Python generator around it costs 15% at scale.
        while (event := parser.get_event()) is not None:
            handler = handlers.get(type(event))
            if handler is not None:
                handler(event)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise YamlProblem(mark.line + 1, mark.column + 1, f"YAML syntax: {exc.problem}") from None
    except yaml.YAMLError as exc:  # no position: scan() has refused what causes these
        raise YamlProblem(1, 1, f"YAML: {str(exc).splitlines()[0]}") from None
    finally:
        parser.dispose()
    return reader.root, reader.problems
