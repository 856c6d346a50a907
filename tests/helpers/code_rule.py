"""One rule for what a code is, as a table every reader of codes is tested against:
the spec loader, Python's `lookup`, TypeScript's `lookup` and the explain command
(docs/maintainers/limits.md, "What a code is").

A string is a code when it is the code written as str(code) and String(code)
write it; a number when it equals the code; a boolean never.
"""

from __future__ import annotations

MAX_SAFE_INTEGER = 2**53 - 1


def spellings(code: int) -> dict[str, bool]:
    """Strings a response (or a shell) could carry for `code`, and whether each is it."""
    text = str(code)
    digits = text.lstrip("-")
    arabic = text.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    padded = "0" * (20 - len(digits)) + digits
    return {
        text: True,
        "0" + digits: False,  # a leading zero
        padded: False,
        "-" + padded: False,
        "-" + text if code == 0 else "--" + digits: False,  # -0; a doubled minus
        "+" + text: False,
        " " + text: False,
        text + " ": False,
        text + "\n": False,
        text[:-1] + "_" + text[-1]: False,
        text + ".0": False,
        arabic: False,
        "": False,
        "-": False,
        "0x" + format(abs(code), "x"): False,
        "9" * 5000: False,
    }


def values(code: int) -> list[tuple[object, int | None]]:
    """Values that are not strings, and the code each is (None: no code).

    JSON carries each of them the same to both languages: `66660004.0` is one
    number in JavaScript, and a Python float equal to the code is it too.
    """
    return [
        (code, code),
        (float(code), code),
        (code + 0.5, None),
        (True, None),
        (False, None),
        (None, None),
        ([code], None),
        ({"code": code}, None),
    ]
