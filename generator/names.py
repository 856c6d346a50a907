"""Every name a target defines at the top level of its code: one table.

The templates take the names they derive from an enum's (TypeScript's
SDK_CODE_INFO, Go's SdkCodeFamily) from here, and the loader keeps enums from
colliding with the same table: an enum may not take a fixed name, nor a name
derived from another enum's.  Names that a language itself provides
(builtins, globals, standard types) are not defined by a target and are
listed beside the readers, in generator/load/fields.py.

A pattern holds `{Enum}` (the enum as the spec names it, SdkCode), `{UPPER}`
(SDK_CODE), `{enum}` (sdkCode) and, for one constant per member, `{NAME}`
(the member's name, UPPER_SNAKE_CASE).
"""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import Callable, Iterator, NamedTuple, Sequence

ENUM, UPPER, LOWER, MEMBER = "{Enum}", "{UPPER}", "{enum}", "{NAME}"


class TargetNames(NamedTuple):
    # The names every rendering defines, whatever the spec holds.
    fixed: frozenset[str]
    # role -> pattern; "enum" (the enum itself) is in every target that has one.
    derived: dict[str, str]
    # Whether two names that differ only in case are one: a name that is also
    # a file's (Java's public types) is one file on macOS and Windows.
    folds_case: bool = False


def _fixed(text: str) -> frozenset[str]:
    return frozenset(text.split())


NAMES = {
    # The package's modules whose top level the enums share: __init__.py (the
    # enums), _codes.py (what they are made of) and _texts.py (their texts);
    # not their names with a leading underscore, which no enum can take.
    "python": TargetNames(
        _fixed("""CodeField CodeInfo FaceIdCode Members OpenCode make_enum CHANNELS FIELDS
            SUCCESS_CODE TYPE_CHECKING IntEnum Any Self TypeVar DECIMAL_PATTERN TABLES
            Sequence __all__ __version__"""),
        {"enum": ENUM, "open": "Open" + ENUM},
    ),
    # One set of names for faceid-codes.ts, .js, .cjs and the declarations.
    # Code and Name are CodeInfo's type parameters.
    "typescript": TargetNames(
        _fixed("""CodeInfo Code Name FaceIdCode FACEID_CODES_VERSION SUCCESS_CODE CHANNELS
            deepFreeze decimal"""),
        {
            "enum": ENUM,
            "info": UPPER + "_INFO",
            "families": UPPER + "_FAMILIES",
            "guard": "is" + ENUM,
            "lookup": "lookup" + ENUM,
            "open": "Open" + ENUM,
        },
    ),
    "go": TargetNames(
        _fixed("Info Version SuccessCode strconv"),
        {
            "enum": ENUM,
            "constant": ENUM + "_" + MEMBER,
            "all": ENUM + "s",
            "family": ENUM + "Family",
            "table": LOWER + "Infos",
            "index": LOWER + "Index",
        },
    ),
    # The package's public types, each in a file of its own name.
    "java": TargetNames(_fixed("FaceIdCodes"), {"enum": ENUM}, folds_case=True),
    # The schema's $defs.
    "schema": TargetNames(frozenset(), {"enum": ENUM, "open": "Open" + ENUM}),
}

# How error messages name each target, and what each derived name is.
TITLES = {
    "python": "Python",
    "typescript": "TypeScript",
    "go": "Go",
    "java": "Java",
    "schema": "the JSON Schema",
}

ROLES = {
    "enum": "enum",
    "open": "open enum",
    "info": "info map",
    "families": "families map",
    "guard": "type guard",
    "lookup": "lookup function",
    "constant": "member constants",
    "all": "list of codes",
    "family": "family function",
    "table": "info table",
    "index": "code index",
}

# Every fixed name of every target: none of them may be an enum's.
FIXED = frozenset().union(*(target.fixed for target in NAMES.values()))


def upper_snake(pascal: str) -> str:
    """WechatCode -> WECHAT_CODE, for the TypeScript info maps."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", pascal).upper()


def lower_first(name: str) -> str:
    """SdkCode -> sdkCode: the Go template's unexported names."""
    return name[:1].lower() + name[1:]


def derive(pattern: str, enum: str, member: str = MEMBER) -> str:
    """The name `pattern` gives `enum` (and `member`, for one per member)."""
    name = pattern.replace(ENUM, enum)
    # Only the spellings the pattern holds: the loader derives every name of
    # every enum for every target.
    if UPPER in name:
        name = name.replace(UPPER, upper_snake(enum))
    if LOWER in name:
        name = name.replace(LOWER, lower_first(enum))
    return name.replace(MEMBER, member) if MEMBER in name else name


def extends(pattern: str) -> str | None:
    """What a pattern adds after the enum, when the name is the enum extended
    by letters or digits (Go's {Enum}s, {Enum}Family): another enum could
    begin with the same letters.  None for any other pattern."""
    rest = pattern.removeprefix(ENUM)
    if rest == pattern or not rest[:1].isalnum():
        return None
    return rest


# The patterns that extend an enum's name, by target (Go: {Enum}s, {Enum}Family).
EXTENDING = {
    target: [pattern for pattern in table.derived.values() if extends(pattern)]
    for target, table in NAMES.items()
    if any(extends(pattern) for pattern in table.derived.values())
}


def begins_another(enums: Sequence[str]) -> list[tuple[int, int]]:
    """Pairs (earlier, later) of enums where one begins with the other, case
    ignored, while a target names things by extending an enum's name (Go's
    SdkCodes, SdkCodeFamily): those would take the other's, and any pattern
    of that kind added later could.

    Sorted, a name that begins with another sorts right after it or after a
    name that also does, so neighbours suffice (no quadratic scan).
    """
    if not EXTENDING:
        return []
    ordered = sorted(range(len(enums)), key=lambda i: enums[i].lower())
    pairs = []
    for first, then in zip(ordered, ordered[1:]):
        short, long = enums[first].lower(), enums[then].lower()
        if short != long and long.startswith(short):
            pairs.append((min(first, then), max(first, then)))
    return pairs


def _namer(pattern: str) -> Callable[..., str]:
    def name(channel: object, member: object = None) -> str:
        enum = getattr(channel, "enum", channel)
        assert isinstance(enum, str)
        if member is None:
            return derive(pattern, enum)
        return derive(pattern, enum, str(getattr(member, "name", member)))

    return name


# For the templates, as the global `names`: names.typescript.info(channel) is
# SDK_CODE_INFO, names.go.constant(channel, code) is SdkCode_SUCCESS.
# Namespaces, not dicts: Jinja would find a dict's own methods first.
TEMPLATE_NAMES = SimpleNamespace(
    **{
        target: SimpleNamespace(
            **{role: _namer(pattern) for role, pattern in names.derived.items()}
        )
        for target, names in NAMES.items()
    }
)


class Clash(NamedTuple):
    """Two enums' names that are one in a target: `first` (the earlier enum,
    by position) and `second` are (enum index, role)."""

    target: str
    name: str
    first: tuple[int, str]
    second: tuple[int, str]


def clashes(enums: Sequence[str]) -> Iterator[Clash]:
    """Every name one enum's patterns give that another enum's also give, or
    that is a fixed name, in one target.  An enum that is itself a fixed name
    is the field reader's to refuse (generator/load/fields.py), so not here.
    Linear: one dictionary per target."""
    for target, table in NAMES.items():
        fold = str.lower if table.folds_case else str
        seen: dict[str, tuple[int, str]] = {fold(name): (-1, "fixed") for name in table.fixed}
        prefixes: dict[str, tuple[int, str]] = {}
        for index, enum in enumerate(enums):
            for role, pattern in table.derived.items():
                if MEMBER in pattern:  # one name per member: all begin the same way
                    prefixes[fold(derive(pattern.split(MEMBER)[0], enum))] = (index, role)
                    continue
                name = fold(derive(pattern, enum))
                owner = seen.setdefault(name, (index, role))
                if owner[0] != index and (owner[0] >= 0 or role != "enum"):
                    yield Clash(target, derive(pattern, enum), owner, (index, role))
        yield from _prefixed(target, seen, prefixes)


def _prefixed(
    target: str, seen: dict[str, tuple[int, str]], prefixes: dict[str, tuple[int, str]]
) -> Iterator[Clash]:
    """Names that begin as one enum's per-member names do (Go's SdkCode_…)."""
    if not prefixes:
        return
    for name, owner in seen.items():
        if name.isalnum():  # a prefix ends in a character no enum holds
            continue
        for end, char in enumerate(name):
            prefix = prefixes.get(name[: end + 1]) if not char.isalnum() else None
            if prefix is not None and prefix[0] != owner[0]:
                yield Clash(target, name, *sorted((owner, prefix)))
