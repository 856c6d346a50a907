"""A word-level diff for Chinese (and mixed Chinese and Latin) text.

Chinese has no spaces to split words at, so the unit here is the smallest one
that carries meaning without a dictionary: each Han character, punctuation
mark or space is a unit, and a run of Latin letters and digits (`AppID`,
`6s`, `66660004`) is one unit, so a changed number or identifier shows whole.
A word segmenter would give nicer units but adds a dependency whose dictionary
changes the output between versions; splitting at punctuation instead would
show a one-character edit as a whole clause removed and added.  An unchanged
stretch of a single unit between two changes joins them, so a reworded
phrase reads as one edit and not as alternating fragments.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from generator.quoting import shortened

_UNIT = re.compile(r"[A-Za-z0-9]+(?:[._-][A-Za-z0-9]+)*|\s+|.", re.DOTALL)
# difflib's matcher is cubic at worst in the units it compares (two texts of
# 500 "[" and "]" take a second, of 2,000 a minute): beyond this many unit
# pairs, the common beginning and end are taken off first, and what is left
# is diffed only when it is within the limit again; otherwise it is one change.
MAX_PAIRS = 250 * 250
# How a diff stays readable in one report line: an unchanged stretch keeps this
# many characters on each side of an ellipsis, and a line of more characters
# than LINE_LIMIT shows the old and the new text whole (each shortened) instead.
CONTEXT = 40
LINE_LIMIT = 2_000

Opcode = tuple[str, int, int, int, int]


class Piece(NamedTuple):
    old: str  # the text before; equal to `new` where nothing changed
    new: str

    @property
    def same(self) -> bool:
        return self.old == self.new


def units(text: str) -> list[str]:
    return _UNIT.findall(text)


def _opcodes(a: list[str], b: list[str]) -> Sequence[Opcode]:
    """difflib's opcodes for a and b, within MAX_PAIRS (see above)."""
    import difflib  # only here: keeps the generator's start-up fast

    if len(a) * len(b) <= MAX_PAIRS:
        return list(difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes())
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    end_a, end_b = len(a) - tail, len(b) - tail
    middle_a, middle_b = a[head:end_a], b[head:end_b]
    if len(middle_a) * len(middle_b) <= MAX_PAIRS:
        inner = difflib.SequenceMatcher(None, middle_a, middle_b, autojunk=False).get_opcodes()
        middle = [
            (tag, i1 + head, i2 + head, j1 + head, j2 + head) for tag, i1, i2, j1, j2 in inner
        ]
    else:
        middle = [("replace", head, end_a, head, end_b)]
    ends = [("equal", 0, head, 0, head)] if head else []
    after = [("equal", end_a, len(a), end_b, len(b))] if tail else []
    return [*ends, *(op for op in middle if op[1] != op[2] or op[3] != op[4]), *after]


def diff(old: str, new: str) -> list[Piece]:
    """`old` -> `new` as pieces, unchanged and changed, in order."""
    a, b = units(old), units(new)
    # Opcodes alternate between equal runs and changes.
    opcodes = _opcodes(a, b)
    pieces: list[Piece] = []
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        old_text, new_text = "".join(a[i1:i2]), "".join(b[j1:j2])
        inside = tag == "equal" and i2 - i1 == 1 and 0 < index < len(opcodes) - 1
        if pieces and not pieces[-1].same and (tag != "equal" or inside):
            last = pieces.pop()  # a change, or one unit between two changes: one edit
            pieces.append(Piece(last.old + old_text, last.new + new_text))
        else:
            pieces.append(Piece(old_text, new_text))
    return pieces


def bounded(pieces: list[Piece], old: str, new: str) -> list[Piece]:
    """The pieces as a report line shows them: long unchanged stretches elided,
    long changes shortened, and a line too long for that the two texts whole."""
    shown = []
    for piece in pieces:
        if piece.same and len(piece.old) > 2 * CONTEXT + 1:
            kept = f"{piece.old[:CONTEXT]}…{piece.old[-CONTEXT:]}"
            shown.append(Piece(kept, kept))
        elif not piece.same:
            shown.append(Piece(shortened(piece.old), shortened(piece.new)))
        else:
            shown.append(piece)
    if sum(len(p.old) + len(p.new) for p in shown) > LINE_LIMIT:
        return [Piece(shortened(old), shortened(new))]
    return shown


def render(
    pieces: list[Piece], deleted: str, inserted: str, escape: Callable[[str], str] = str
) -> str:
    """The diff as one text: `deleted` and `inserted` are format strings around a change.

    `render(pieces, "[-{}-]", "{{+{}+}}")` gives git's `--word-diff=plain` notation;
    `escape` prepares every piece of text for the target format first.
    """
    out = []
    for piece in pieces:
        if piece.same:
            out.append(escape(piece.old))
            continue
        if piece.old:
            out.append(deleted.format(escape(piece.old)))
        if piece.new:
            out.append(inserted.format(escape(piece.new)))
    return "".join(out)
