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
from collections.abc import Callable
from typing import NamedTuple

_UNIT = re.compile(r"[A-Za-z0-9]+(?:[._-][A-Za-z0-9]+)*|\s+|.", re.DOTALL)
# difflib's matcher is quadratic at worst: texts beyond this many unit pairs
# (two 2,000-unit texts; messages are a few dozen) show whole, old then new.
MAX_PAIRS = 4_000_000


class Piece(NamedTuple):
    old: str  # the text before; equal to `new` where nothing changed
    new: str

    @property
    def same(self) -> bool:
        return self.old == self.new


def units(text: str) -> list[str]:
    return _UNIT.findall(text)


def diff(old: str, new: str) -> list[Piece]:
    """`old` -> `new` as pieces, unchanged and changed, in order."""
    import difflib  # only here: keeps the generator's start-up fast

    a, b = units(old), units(new)
    if len(a) * len(b) > MAX_PAIRS:
        return [Piece(old, new)]
    # Opcodes alternate between equal runs and changes.
    opcodes = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
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
