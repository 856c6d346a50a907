"""Characters no spec may contain: what they are, and how to find them fast.

A text in the spec ends up inside source code, Markdown and HTML.  Some
characters would break those files or hide something in them: control
characters; the line and paragraph separators that YAML, JavaScript and
editors count as line ends while others do not (so every position after
them would be off); the bidirectional overrides of CVE-2021-42574 ("Trojan
Source"); and invisible characters that make two different texts look the
same or smuggle data past a reviewer: zero-width spaces and joiners, the
soft hyphen, tag characters ("ASCII smuggling"), variation selectors,
Hangul fillers, interlinear annotation marks, noncharacters.  Every format
character (Unicode category Cf) is among them.

The file as a whole is scanned once, so a raw character is reported at its
exact line and column; a text that YAML unescaped (`"\\u200b"`) is checked
again as a value.  Nearly every file and text holds none of them, which a set
of the table's characters tells at C speed; only then does a regular
expression find where they are (with this many ranges it tries each of them
on every character: ~5× slower than the set on the real spec, and compiling
it costs more than the rest of this module).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator

# Ranges of invisible or format characters (all of category Cf as of Unicode
# 16, plus invisible letters, marks and symbols of other categories).
HIDDEN_RANGES = (
    (0x00AD, 0x00AD),  # soft hyphen
    (0x034F, 0x034F),  # combining grapheme joiner
    (0x0600, 0x0605),
    (0x061C, 0x061C),  # Arabic letter mark (bidi)
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0x115F, 0x1160),  # Hangul choseong and jungseong fillers
    (0x17B4, 0x17B5),  # Khmer inherent vowels (invisible)
    (0x180B, 0x180F),  # Mongolian variation selectors and vowel separator
    (0x200B, 0x200F),  # zero-width space, joiners, left-to-right and right-to-left marks
    (0x202A, 0x202E),  # bidi embeddings and overrides
    (0x2060, 0x206F),  # word joiner, invisible operators, bidi isolates, deprecated formats
    (0x2800, 0x2800),  # braille blank
    (0x3164, 0x3164),  # Hangul filler
    (0xFDD0, 0xFDEF),  # noncharacters
    (0xFE00, 0xFE0F),  # variation selectors
    (0xFEFF, 0xFEFF),  # byte-order mark / zero-width no-break space
    (0xFFA0, 0xFFA0),  # halfwidth Hangul filler
    (0xFFF9, 0xFFFB),  # interlinear annotation
    (0xFFFE, 0xFFFF),  # noncharacters
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x1343F),  # Egyptian hieroglyph format controls
    (0x1BCA0, 0x1BCA3),  # shorthand format controls
    (0x1D173, 0x1D17A),  # musical formatting
    (0xE0000, 0xE007F),  # tag characters
    (0xE0100, 0xE01EF),  # variation selectors supplement
    *((plane + 0xFFFE, plane + 0xFFFF) for plane in range(0x10000, 0x110000, 0x10000)),
)
# C0 and C1 controls but tab and newline, and the separators YAML counts as
# line breaks: U+0085, U+2028, U+2029.
CONTROL_RANGES = ((0x00, 0x08), (0x0B, 0x1F), (0x7F, 0x9F), (0x2028, 0x2029))


def _character_class(ranges) -> str:
    return "".join(
        re.escape(chr(low)) if low == high else f"{re.escape(chr(low))}-{re.escape(chr(high))}"
        for low, high in ranges
    )


TABLE = HIDDEN_RANGES + CONTROL_RANGES
FORBIDDEN = frozenset(chr(code) for low, high in TABLE for code in range(low, high + 1))


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """In a text, and in the file itself (where a carriage return is fine only in CRLF)."""
    in_text = f"[{_character_class(TABLE)}]"
    return re.compile(in_text), re.compile(f"{in_text}|\r(?!\n)")


def in_file(text: str) -> Iterator[re.Match[str]]:
    """Each character the file may not hold, as a match: where, and which."""
    if "\r" not in text and FORBIDDEN.isdisjoint(set(text)):
        return iter(())
    return _patterns()[1].finditer(text)


# What a newer Unicode may add to these categories is refused as well.
_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
_ALLOWED = frozenset("\t\n")


def name(char: str) -> str:
    """U+200B ZERO WIDTH SPACE, as error messages show a character."""
    fallback = "CARRIAGE RETURN without a line feed" if char == "\r" else "control character"
    return f"U+{ord(char):04X} {unicodedata.name(char, fallback)}"


def first_forbidden(text: str) -> tuple[int, str] | None:
    """The index and character of the first character a text may not hold."""
    found = None if FORBIDDEN.isdisjoint(text) else _patterns()[0].search(text)
    first = (found.start(), found.group()) if found else None
    # Nearly every text is printable, which str.isprintable() tells in C; only
    # then is each character looked at, for categories the table predates.
    if text.isprintable():
        return first
    end = first[0] if first else len(text)
    for index, char in enumerate(text[:end]):
        if char not in _ALLOWED and unicodedata.category(char) in _CATEGORIES:
            return index, char
    return first
