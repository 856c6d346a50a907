"""Find codes by their words, as a user or a log reports them: `faceid-codes 正脸对框`.

A query matches a code when its message, its handling steps (Chinese or
English) or its member name holds it; best first: the whole text before a
part of it, the message before the handling, a text the query covers more
of before a longer one, then the enums' own order.  Both sides are compared
in Unicode's compatibility form (full-width letters are ASCII), case-folded,
without spaces and punctuation, so `请正脸对框。` finds `请确保正脸对框`'s
neighbours and `Face not detected` finds `face not detected`.  A query of
several words (`face frame`) also matches a text holding every one of them.
"""

import re
import unicodedata
from collections.abc import Callable, Iterable

from . import FaceIdCode

# Unicode categories left out: punctuation, separators (spaces), symbols, controls.
_LEFT_OUT = frozenset("PZSC")
_WORD = re.compile(r"\w+")

EXACT, WHOLE, EVERY_WORD = 0, 1, 2  # how a text matches, best first

# The texts searched, and their rank: messages first, then handling, then names.
FIELDS: "tuple[tuple[int, Callable[[FaceIdCode], str]], ...]" = (
    (0, lambda member: member.message),
    (0, lambda member: member.message_en),
    (1, lambda member: "\n".join(member.action)),
    (1, lambda member: "\n".join(member.action_en)),
    (2, lambda member: member.name.replace("_", " ")),
)


def normalized(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(c for c in folded if unicodedata.category(c)[0] not in _LEFT_OUT)


def words(text: str) -> "list[str]":
    folded = unicodedata.normalize("NFKC", text).casefold()
    return [normalized(w) for w in _WORD.findall(folded) if normalized(w)]


def is_query(text: str) -> bool:
    """Whether a word is text to find: it holds a letter or an ideograph (a
    number, or what merely looks like one, is not)."""
    return any(c.isalpha() for c in text)


def _rank(query: str, parts: "list[str]", text: str) -> "tuple[int, float] | None":
    found = normalized(text)
    if not found or not query:
        return None
    if found == query:
        return EXACT, 0.0
    if query in found:
        return WHOLE, -len(query) / len(found)
    if len(parts) > 1 and all(part in found for part in parts):
        return EVERY_WORD, -sum(map(len, parts)) / len(found)
    return None


def search(text: str, enums: "Iterable[type[FaceIdCode]]") -> "list[FaceIdCode]":
    """Every member whose texts hold `text`, best match first."""
    # Each distinct word once: the cost is the query's length times the texts', never more.
    query, parts = normalized(text), list(dict.fromkeys(words(text)))
    ranked: "list[tuple[tuple[int, int, float], int, FaceIdCode]]" = []
    for member in (member for enum in enums for member in enum):
        scores: "list[tuple[int, int, float]]" = []
        for weight, read in FIELDS:
            rank = _rank(query, parts, read(member))
            if rank is not None:
                scores.append((rank[0], weight, rank[1]))
        if scores:
            ranked.append((min(scores), len(ranked), member))
    return [member for *_, member in sorted(ranked)]
