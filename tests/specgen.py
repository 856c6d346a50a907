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

from generator.characters import first_forbidden
from generator.rules import ENUM, MAX_SAFE_INTEGER, RESERVED_ENUM_NAMES

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
NAMES = st.from_regex(r"[A-Z][A-Z0-9]{0,5}(_[A-Z0-9]{1,3}){0,2}", fullmatch=True)
ENUMS = st.from_regex(r"[A-Z][A-Za-z0-9]{0,8}", fullmatch=True).filter(
    lambda n: ENUM.match(n) and n not in RESERVED_ENUM_NAMES and not keyword.iskeyword(n)
)
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


@dataclass
class ChannelData:
    key: str
    enum: str
    title: str
    title_en: str
    categories: list[tuple[str, str, str]]  # key, title, title_en
    entries: list[Entry]
    nested: bool  # codes under their categories, or one list at channel level

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
    enums = draw(st.lists(ENUMS, min_size=count, max_size=count, unique_by=str.lower))
    channels = []
    for key, enum in zip(keys, enums):
        categories = draw(st.lists(KEYS, min_size=1, max_size=3, unique=True))
        codes = draw(
            entries(categories, draw(st.integers(len(categories), max(max_codes, len(categories)))))
        )
        titled = [(c, draw(TEXTS), draw(TEXTS)) for c in categories]
        channels.append(
            ChannelData(key, enum, draw(TEXTS), draw(TEXTS), titled, codes, draw(st.booleans()))
        )
    return SpecData(draw(VERSIONS), channels)


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
            "    categories:",
        ]
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
    body += [f"message: {quoted(entry.message)}", f"message_en: {quoted(entry.message_en)}"]
    if entry.action:
        body += ["action:", *(f"  - {quoted(s)}" for s in entry.action)]
        body += ["action_en:", *(f"  - {quoted(s)}" for s in entry.action_en)]
    body.append(f"billable: {'true' if entry.billable else 'false'}")
    lines.append(f"{indent}- {body[0]}")
    lines += [f"{indent}  {line}" for line in body[1:]]
    spec.spans.append((index, entry, first, len(lines)))
