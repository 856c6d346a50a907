"""`python -m generator upstream --record [FILE]`: make a table the copy the spec follows.

Once the spec agrees with a newer table, the table is copied byte for byte
over the copy the spec records (spec/upstream/), and the spec's
`upstream.sha256` and `upstream.taken` are rewritten where they stand:
every other byte of the spec stays as it was.  Recording is refused while
the spec and the table differ, so a recorded copy is always one the spec
once agreed with.  That is what lets `upstream` tell a code gone upstream
(a newer table lacks it) from a code not yet in the recorded copy (the
spec gained it after the copy was recorded).
"""

from __future__ import annotations

import datetime
import hashlib
from pathlib import Path

from generator.load.fields import DATE
from generator.load.loader import SpecError, parse_spec
from generator.model import Spec
from generator.output.sync import write_atomically  # the writer generate uses


class CannotRecord(Exception):
    """The spec's record cannot be rewritten in place: where, and why."""

    def __init__(self, line: int, col: int, message: str) -> None:
        super().__init__(message)
        self.line, self.col, self.message = line, col, message


def today() -> str:
    """The date a copy is taken, by default: today, in UTC (as CI clocks keep it)."""
    return datetime.datetime.now(datetime.timezone.utc).date().isoformat()


def checked_date(text: str) -> str:
    """--taken: YYYY-MM-DD, a day of the calendar; ValueError says what is wrong."""
    if not DATE.match(text):
        raise ValueError(f"{text!r} is not a date as YYYY-MM-DD")
    datetime.date.fromisoformat(text)  # raises for 2026-02-30
    return text


def _replace_scalar(lines: list[str], at: tuple[int, int], old: str, new: str) -> None:
    """Write `new` over the scalar `old` at (line, column), keeping its quotes.

    The spec writes these values plain or in quotes; any other spelling
    (escapes, a block scalar) is left for a hand edit rather than guessed at.
    """
    line, col = at
    text = lines[line - 1]
    start = col - 1
    quote = text[start : start + 1]
    if quote in ("'", '"'):
        start += 1
    end = start + len(old)
    if text[start:end] != old or (quote in ("'", '"') and text[end : end + 1] != quote):
        raise CannotRecord(line, col, f"cannot rewrite {old!r} in place; write {new!r} there")
    lines[line - 1] = text[:start] + new + text[end:]


def rewritten(spec_text: str, spec: Spec, sha256: str, taken: str) -> str:
    """The spec's text with the new SHA-256 and date in place, everything else unchanged."""
    record = spec.upstream
    assert record is not None
    lines = spec_text.split("\n")
    _replace_scalar(lines, record.sha256_at, record.sha256, sha256)
    _replace_scalar(lines, record.taken_at, record.taken, taken)
    return "\n".join(lines)


def _proved(text: str, spec: Spec, sha256: str, taken: str) -> None:
    """The rewritten spec loads, and records exactly the new copy."""
    assert spec.upstream is not None
    line, col = spec.upstream.sha256_at
    try:
        again = parse_spec(text.encode("utf-8"), "spec", spec.source)
    except SpecError as error:  # the spec had loaded: only the rewrite can break it
        raise CannotRecord(line, col, f"the rewritten spec would not load: {error}") from None
    record = again.upstream
    if record is None or (record.sha256, record.taken) != (sha256, taken):
        raise CannotRecord(line, col, "the rewritten spec would not record the new copy")


def record(spec_path: Path, spec: Spec, copy: Path, table: bytes, taken: str) -> str:
    """Copy `table` over `copy` and record its SHA-256 and `taken` in the spec.

    Everything is checked before the first byte is written; the spec is
    written last, so a failure between the two leaves a copy whose hash the
    spec does not record, which `upstream` reports.
    """
    sha256 = hashlib.sha256(table).hexdigest()
    spec_text = spec_path.read_bytes().decode("utf-8")
    new_text = rewritten(spec_text, spec, sha256, taken)
    _proved(new_text, spec, sha256, taken)
    if not copy.is_file() or copy.read_bytes() != table:
        write_atomically(copy, table)
    if new_text != spec_text:
        write_atomically(spec_path.resolve(), new_text.encode("utf-8"))
    return sha256
