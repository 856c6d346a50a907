"""Hypothesis strategies for valid specs, and a YAML writer that knows where each entry lies.

Texts are drawn from all of Unicode except what the loader refuses
(generator/characters.py: controls other than tab and newline, line
separators, surrogates, format and other invisible characters), mixed with
the snippets most likely to break a target language.
"""

from __future__ import annotations

import json
import keyword
from dataclasses import dataclass, field

from hypothesis import strategies as st

from generator.load.characters import first_forbidden
from generator.load.naming import member_name
from generator import names
from generator.load.fields import ENUM, MAX_SAFE_INTEGER, RESERVED_ENUM_NAMES
from generator.targets import file_clash

SNIPPETS = [
    '"',
    "'",
    '"""',
    "'''",
    "\\",
    "*/",
    "/*",
    "|",
    "${x}",
    "`",
    "<script>",
    "&amp;",
    "{{ x }}",
    "{%",
    "\n",
    "\t",
    "# ",
    "- ",
    "1. ",
    "[a](b)",
    "**",
    "_",
    "~~",
    "😀",
    "👍🏽",
    "مرحبا",
    "עברית",
    "é",
    "𝔘",
    "\\n",
    "%s",
]

CHARS = st.characters(exclude_categories=("Cc", "Cs", "Zl", "Zp", "Cf")).filter(
    lambda char: first_forbidden(char) is None
) | st.sampled_from("\n\t")
TEXTS = (
    st.lists(CHARS | st.sampled_from(SNIPPETS), min_size=1, max_size=12)
    .map("".join)
    .map(str.strip)
    .filter(bool)
)
KEYS = st.from_regex(r"[a-z][a-z0-9]{0,5}(_[a-z0-9]{1,3}){0,2}", fullmatch=True)
# Names carry no digits but their own code, and only family members carry it.
NAMES = st.from_regex(r"[A-Z]{1,6}(_[A-Z]{1,3}){0,2}", fullmatch=True)
FAMILY_KEYS = st.from_regex(r"[a-z]{1,6}(_[a-z]{1,3}){0,2}", fullmatch=True).filter(
    lambda key: not key.endswith("minus")
)
ENUMS = st.from_regex(r"[A-Z][A-Za-z0-9]{0,8}", fullmatch=True).filter(
    lambda n: ENUM.match(n)
    and n not in RESERVED_ENUM_NAMES
    and not keyword.iskeyword(n)
    and file_clash(n) is None
)


def _names_apart(enums: list[str]) -> bool:
    """What the loader asks of a spec's enums, by the names table."""
    return not names.begins_another(enums) and next(names.clashes(enums), None) is None


CODES = st.integers(-MAX_SAFE_INTEGER, MAX_SAFE_INTEGER) | st.integers(-100, 100)
VERSIONS = st.tuples(*[st.integers(0, 30)] * 3).map(lambda v: ".".join(map(str, v)))


@dataclass
class Entry:
    code: int
    name: str
    category: str
    message: str
    message_en: str
    billable: bool
    action: list[str]
    action_en: list[str]
    family: str | None = None


@dataclass
class ChannelData:
    key: str
    enum: str
    title: str
    title_en: str
    categories: list[tuple[str, str, str]]  # key, title, title_en
    entries: list[Entry]
    nested: bool  # codes under their categories, or one list at channel level
    families: list[tuple[str, str, str]] = field(default_factory=list)  # key, title, title_en

    def ordered(self) -> list[Entry]:
        """Entries in the order the loader yields them."""
        if not self.nested:
            return self.entries
        return [e for key, _, _ in self.categories for e in self.entries if e.category == key]


@dataclass
class SpecData:
    version: str
    channels: list[ChannelData]
    # Filled by to_yaml: (channel index, entry, first line, last line), 1-based.
    spans: list[tuple[int, Entry, int, int]] = field(default_factory=list)


@st.composite
def entries(draw, categories: list[str], count: int) -> list[Entry]:
    codes = draw(st.lists(CODES, min_size=count, max_size=count, unique=True))
    names = draw(st.lists(NAMES, min_size=count, max_size=count, unique=True))
    found = []
    for i, (code, name) in enumerate(zip(codes, names)):
        steps = draw(st.lists(TEXTS, max_size=3))
        category = categories[i] if i < len(categories) else draw(st.sampled_from(categories))
        found.append(
            Entry(
                code,
                name,
                category,
                draw(TEXTS),
                draw(TEXTS),
                draw(st.booleans()),
                steps,
                draw(st.lists(TEXTS, min_size=len(steps), max_size=len(steps))),
            )
        )
    return found


@st.composite
def specs(draw, max_channels: int = 3, max_codes: int = 6) -> SpecData:
    count = draw(st.integers(1, max_channels))
    keys = draw(st.lists(KEYS, min_size=count, max_size=count, unique=True))
    enums = draw(
        st.lists(ENUMS, min_size=count, max_size=count, unique_by=str.lower).filter(_names_apart)
    )
    channels = []
    for key, enum in zip(keys, enums):
        categories = draw(st.lists(KEYS, min_size=1, max_size=3, unique=True))
        codes = draw(
            entries(categories, draw(st.integers(len(categories), max(max_codes, len(categories)))))
        )
        titled = [(c, draw(TEXTS), draw(TEXTS)) for c in categories]
        channel = ChannelData(
            key, enum, draw(TEXTS), draw(TEXTS), titled, codes, draw(st.booleans())
        )
        if draw(st.booleans()):
            draw(family(channel))
        channels.append(channel)
    return SpecData(draw(VERSIONS), channels)


@st.composite
def family(draw, channel: ChannelData) -> None:
    """Make the codes of one category a family, when it has two or more.

    They then follow the family rules: named for the family and their code,
    one billing flag, and the family's title inside every message.
    """
    by_category = [
        [e for e in channel.entries if e.category == key] for key, _, _ in channel.categories
    ]
    members = next((group for group in by_category if len(group) >= 2), None)
    key = draw(FAMILY_KEYS)
    if members is None or any(e.name == key.upper() for e in channel.entries):
        return
    title, billable = draw(TEXTS), members[0].billable
    for entry in members:
        entry.family, entry.name, entry.billable = key, member_name(key, entry.code), billable
        entry.message = title + entry.message
    channel.families.append((key, title, draw(TEXTS)))


def quoted(text: str) -> str:
    """A YAML double-quoted scalar: JSON's escapes are YAML's, plus the two non-characters YAML refuses raw."""
    return (
        json.dumps(text, ensure_ascii=False)
        .replace("\ufffe", "\\ufffe")
        .replace("\uffff", "\\uffff")
    )


def to_yaml(spec: SpecData) -> str:
    lines = [f"version: {quoted(spec.version)}", "channels:"]
    spec.spans.clear()
    for index, channel in enumerate(spec.channels):
        lines += [
            f"  {quoted(channel.key)}:",  # YAML 1.1 reads a key like `no` as a boolean
            f"    enum: {quoted(channel.enum)}",
            f"    title: {quoted(channel.title)}",
            f"    title_en: {quoted(channel.title_en)}",
        ]
        if channel.families:
            lines.append("    families:")
            for key, title, title_en in channel.families:
                lines += [
                    f"      {quoted(key)}:",
                    f"        title: {quoted(title)}",
                    f"        title_en: {quoted(title_en)}",
                ]
        lines.append("    categories:")
        for key, title, title_en in channel.categories:
            lines += [
                f"      {quoted(key)}:",
                f"        title: {quoted(title)}",
                f"        title_en: {quoted(title_en)}",
            ]
            if channel.nested:
                lines.append("        codes:")
                for entry in (e for e in channel.entries if e.category == key):
                    _entry(lines, spec, index, entry, "          ", with_category=False)
        if not channel.nested:
            lines.append("    codes:")
            for entry in channel.entries:
                _entry(lines, spec, index, entry, "      ", with_category=True)
    return "\n".join(lines) + "\n"


def _entry(
    lines: list[str], spec: SpecData, index: int, entry: Entry, indent: str, with_category: bool
) -> None:
    first = len(lines) + 1
    # Quoted: YAML 1.1 would read a name like NO, or a key like on, as a boolean.
    body = [f"code: {entry.code}", f"name: {quoted(entry.name)}"]
    if with_category:
        body.append(f"category: {quoted(entry.category)}")
    if entry.family is not None:
        body.append(f"family: {quoted(entry.family)}")
    body += [f"message: {quoted(entry.message)}", f"message_en: {quoted(entry.message_en)}"]
    if entry.action:
        body += ["action:", *(f"  - {quoted(s)}" for s in entry.action)]
        body += ["action_en:", *(f"  - {quoted(s)}" for s in entry.action_en)]
    body.append(f"billable: {'true' if entry.billable else 'false'}")
    lines.append(f"{indent}- {body[0]}")
    lines += [f"{indent}  {line}" for line in body[1:]]
    spec.spans.append((index, entry, first, len(lines)))
