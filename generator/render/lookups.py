"""The one-line lookup of a field-map row, in each language the docs show.

A field path is letters, digits, dots and `[]` only (the loader's pattern),
so what these return is code, and safe inside a Markdown code span.
"""

from __future__ import annotations

from generator.model import ApiField

# Loop variables for the lists along a path, outermost first.
_NAMES = "abcdefgh"


def _walk(field: ApiField) -> tuple[list[tuple[str, str]], str]:
    """(loop variable, list expression) for each list on the path, and the last value."""
    expression = "resp"
    loops: list[tuple[str, str]] = []
    for step in field.steps:
        expression = f"{expression}.{step.removesuffix('[]')}"
        if step.endswith("[]"):
            name = _NAMES[len(loops)]
            loops.append((name, expression))
            expression = name
    return loops, expression


def py_lookup(field: ApiField, enum: str) -> str:
    """`SdkCode.lookup(resp.Result)`, or a comprehension over the lists on the path."""
    loops, value = _walk(field)
    call = f"{enum}.lookup({value})"
    if not loops:
        return call
    return f"[{call} " + " ".join(f"for {name} in {source}" for name, source in loops) + "]"


def ts_lookup(field: ApiField, enum: str) -> str:
    """`lookupSdkCode(resp.Result)`, or flatMap/map over the lists on the path."""
    loops, value = _walk(field)
    text = f"lookup{enum}({value})"
    for depth, (name, source) in reversed(list(enumerate(loops))):
        method = "map" if depth == len(loops) - 1 else "flatMap"
        text = f"{source}.{method}(({name}) => {text})"
    return text


FILTERS = {"py_lookup": py_lookup, "ts_lookup": ts_lookup}
