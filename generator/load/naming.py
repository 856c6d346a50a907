"""How a member's name says which code it is: the rule the loader enforces.

Names are the public API: applications write `SdkCode.LIVENESS_FAILED_MINUS_5026`
and logs print it, so a name must never suggest the wrong code.

- A name holds no digits but its own code, written last: `_5026` for 5026,
  `_MINUS_5026` for -5026 (a bare `_5026` on a negative code would read as
  the positive one).  A counter such as `_2` is therefore refused.
- The codes of a family (one meaning, several codes) are named for the family
  and their own code: family `liveness_failed`, code -5026 ->
  `LIVENESS_FAILED_MINUS_5026`.  No code keeps the bare family name, which
  would look as if it covered them all.
- A code outside every family carries no code in its name: a suffix promises
  siblings with the same meaning.
"""

from __future__ import annotations

import re

from generator.quoting import MESSAGE_LIMIT, shortened, shown

# Family keys start their members' names, which may hold no other digits;
# lower_snake_case letters only.
FAMILY_KEY = re.compile(r"[a-z]+(?:_[a-z]+)*\Z")
_SUFFIX = re.compile(r"_(MINUS_)?([0-9]+)\Z")
_DIGIT = re.compile(r"[0-9]")


def code_suffix(code: int) -> str:
    """-5026 -> "_MINUS_5026", 66660023 -> "_66660023"."""
    return f"_MINUS_{-code}" if code < 0 else f"_{code}"


def member_name(family: str, code: int) -> str:
    return family.upper() + code_suffix(code)


def family_key_problem(key: str) -> str | None:
    if not FAMILY_KEY.match(key):
        return (
            f"family key {shown(key)} is not lower_snake_case letters (a-z, single underscores); "
            "its members' names start with it and carry no digits but their code"
        )
    if key == "minus" or key.endswith("_minus"):
        return f"family key {shown(key)} ends in 'minus', which its members' names would read as a negative code"
    return None


def claimed_code(name: str) -> int | None:
    """The code a name's last words spell (_5026 -> 5026, _MINUS_5026 -> -5026), if any."""
    suffix = _SUFFIX.search(name)
    if suffix is None or len(suffix[2]) > 16:  # no code has more digits; int() of 5,000 raises
        return None
    return -int(suffix[2]) if suffix[1] else int(suffix[2])


def name_problem(name: str, code: int, family: str | None, stems: dict[str, str]) -> str | None:
    """What is wrong with `name` for `code`, or None.

    `family` is the entry's family key (None outside every family); `stems`
    maps each family's bare name (LIVENESS_FAILED) to its key.
    """
    if family is not None:
        expected = member_name(family, code)
        if name != expected:
            return f"name {_bare(name)} should be {_bare(expected)}: a code of family {shown(family)} is named for the family and its own code"
        return None
    claimed = claimed_code(name)
    suffix = _SUFFIX.search(name)
    quoted = _bare(name)
    if suffix is not None and claimed is not None and not _DIGIT.search(name[: suffix.start()]):
        if abs(claimed) == abs(code):
            return f"name {quoted} carries its code, which only codes of a family do; add a family or drop {suffix[0]}"
        return f"name {quoted} ends in {suffix[0]}, which is not its code {code}; names carry no counters"
    if _DIGIT.search(name):
        return f"name {quoted} has digits that are not its code {code}; spell the number out"
    if name in stems:
        return f"name {quoted} reads as the whole family {shown(stems[name])}; say what sets this code apart"
    return None


def _bare(name: str) -> str:
    """A name as messages quote it (without quotes: names are UPPER_SNAKE), shortened."""
    return shortened(name, MESSAGE_LIMIT)
