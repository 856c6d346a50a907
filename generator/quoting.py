"""How every error line and report quotes a value from its input: whole when
it is short, else its beginning and how long it was.

A value comes from a spec, a table or a baseline that anyone may have
written: a name of 100,000 letters, a message of a million `[`.  Quoted
whole, one such value makes a line nobody can read and a CI log of
megabytes.  Every command quotes through this module, so the limits are the
same everywhere (docs/maintainers/bounded-cost.md).
"""

from __future__ import annotations

from collections.abc import Collection

# Characters of one value in an error line (quoted with repr, so that hidden
# characters show); the spec's names and keys are far shorter.
MESSAGE_LIMIT = 80
# Characters of one text in a report line (upstream, compat): the longest text
# of the real spec is about 160 characters, and every one of them shows whole.
REPORT_LIMIT = 300


def shortened(text: str, limit: int = REPORT_LIMIT) -> str:
    """`text`, or its first characters, an ellipsis and its length."""
    if len(text) <= limit:
        return text
    return f"{text[: limit - 1]}… ({len(text):,} characters)"


def shown(value: str, limit: int = MESSAGE_LIMIT) -> str:
    """A value as error messages quote it: its repr (hidden characters show), shortened
    the same way, the length counted in the value's own characters."""
    text = repr(value)
    if len(text) <= limit:
        return text
    return f"{text[: limit - 1]}…' ({len(value):,} characters)"


def listed(names: Collection[str], most: int = 10) -> str:
    """Names a message offers ("defined: a, b"), at most `most` of them, each
    shortened: a spec may define thousands, and every error line lists them."""
    chosen = [shortened(name, MESSAGE_LIMIT) for _, name in zip(range(most), names)]
    more = f", … ({len(names):,} in all)" if len(names) > most else ""
    return ", ".join(chosen) + more
