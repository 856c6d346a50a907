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

try:  # libyaml's C parser is ~10x faster; pure Python is the same grammar.
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _Loader = yaml.SafeLoader

# Documented in the README ("Limits").  A 100,000-code spec is ~30 MB and
# nests 7 levels deep, so honest files stay far below these.
MAX_BYTES = 128 * 1024 * 1024
MAX_DEPTH = 32
# Aliases are for shared texts; what they expand to is budgeted against the
# document's own size so that a "billion laughs" file fails in microseconds.
ALIAS_FACTOR = 10
ALIAS_FLOOR = 10_000

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
    `size` counts the nodes below, to budget alias expansion.
    """

    __slots__ = ("kind", "value", "line", "col", "keys", "size")

    def __init__(self, kind: str, value: Any, line: int, col: int) -> None:
        self.kind, self.line, self.col = kind, line, col
        self.value: Any = value  # dict, list or str by kind: the readers check which
        self.keys: dict[str, tuple[int, int]] | None = None
        self.size = 1


class _Reader:
    """Builds the tree from events; one handler per event type."""

    def __init__(self) -> None:
        self.problems: list[YamlProblem] = []
        self.anchors: dict[str, Node] = {}
        self.stack: list[list] = []  # [collection, key awaiting its value]
        self.root: Node | None = None
        self.documents = 0
        self.own = 0  # nodes written in the file
        self.expanded = 0  # nodes reached through aliases
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
        self.own += 1
        node = Node(_scalar_tag(event), event.value, *_mark(event))
        if event.anchor is not None:
            self.anchors[event.anchor] = node
        self.attach(node)

    def alias(self, event: yaml.AliasEvent) -> None:
        node = self.anchors.get(event.anchor)
        if node is None:
            raise _problem(event, f"unknown alias *{event.anchor}; define &{event.anchor} first")
        self.expanded += node.size
        if self.expanded > ALIAS_FACTOR * self.own + ALIAS_FLOOR:
            raise _problem(
                event,
                f"aliases expand to more than {ALIAS_FACTOR}x the file's own values "
                "(an alias bomb?); write the values out or share fewer of them",
            )
        self.attach(node)

    def mapping(self, event: yaml.MappingStartEvent) -> None:
        node = self.open(event, MAP, {})
        node.keys = {}

    def sequence(self, event: yaml.SequenceStartEvent) -> None:
        self.open(event, SEQ, [])

    def open(self, event: yaml.NodeEvent, kind: str, value: object) -> Node:
        self.own += 1
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
        parent.size += child.size
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
        assert parent.keys is not None
        first = parent.keys.get(key.value)
        if first is not None:
            self.problems.append(
                YamlProblem(
                    *where, f"duplicate key {key.value!r} (first at line {first[0]}); remove one"
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
    return _RESOLVER.resolve(yaml.ScalarNode, value, (True, False))


def decode(data: bytes) -> str:
    """UTF-8 text of `data`, or a YamlProblem at the first bad byte."""
    if len(data) > MAX_BYTES:
        raise YamlProblem(1, 1, f"file is {len(data):,} bytes; the limit is {MAX_BYTES:,}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        col = len(before) - (before.rfind(b"\n") + 1) + 1
        raise YamlProblem(line, col, "not valid UTF-8; save the file as UTF-8") from None


def read(text: str) -> tuple[Node | None, list[YamlProblem]]:
    """Parse one YAML document into a Node tree.

    Returns the root (None for an empty file) and the problems that still
    let us build a tree (duplicate keys).  Raises YamlProblem for a file
    that cannot be read on.
    """
    reader = _Reader()
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
    except yaml.YAMLError as exc:  # e.g. a character libyaml refuses, without a mark
        raise YamlProblem(1, 1, f"YAML: {exc}") from None
    finally:
        parser.dispose()
    return reader.root, reader.problems
