"""The reports of `python -m generator upstream`: plain text, and Markdown for a pull request.

One line per difference, grouped as upstream_diff.KINDS orders them (billing first
and loud); a code added upstream also gets the spec entry to paste, with what
only the project can write (name, English, family) left for the maintainer.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import NamedTuple

from generator.load import yamltree
from generator.quoting import MESSAGE_LIMIT, shortened
from generator.upstream import worddiff
from generator.render.escaping import md_cell
from generator.model import Spec
from generator.upstream.diff import KINDS, Difference, absent_tombstones
from generator.upstream.table import Row


class Style(NamedTuple):
    """How a report writes text from the table or the spec, and a word diff."""

    escape: Callable[[str], str]  # what the format needs done to any text
    deleted: str  # format string around removed text
    inserted: str  # … and around added text

    def text(self, text: str) -> str:
        """A whole text as a line quotes it: shortened first (generator.quoting)."""
        return self.escape(shortened(text))


# The entry to paste for a code added upstream is data, and holds its texts whole.
TEXT = Style(lambda text: text, "[-{}-]", "{{+{}+}}")  # git's --word-diff=plain
MARKDOWN = Style(md_cell, "<del>{}</del>", "<ins>{}</ins>")


def _billing(billed: bool) -> str:
    return "billed (是)" if billed else "free (否)"


def _steps(steps: tuple[str, ...]) -> str:
    return "<br>".join(steps) or "(none)"


def _after(code: int | None) -> str:
    return "first" if code is None else f"after {code}"


def _diff(old: str, new: str, style: Style) -> str:
    pieces = worddiff.bounded(worddiff.diff(old, new), old, new)  # shortened already
    return worddiff.render(pieces, style.deleted, style.inserted, style.escape)


def _added(d: Difference, style: Style) -> str:
    row: Row = d.new
    table = row.table if row.sub_table is None else f"{row.table} › {row.sub_table}"
    return (
        f"in {style.text(table)}: {style.text(row.message)}"
        f" | steps: {style.text(_steps(row.action))} | {_billing(row.billable)}"
    )


# Kind -> its detail, after the code it is about.
DETAILS: dict[str, Callable[[Difference, Style], str]] = {
    "billing": lambda d, s: f"{_billing(d.old)} → {_billing(d.new)}",
    "added": _added,
    "gone": lambda d, s: f"{s.text(d.old.message)} (the table no longer lists it)",
    "unrecorded": lambda d, s: f"{s.text(d.old.message)} (the recorded copy does not list it)",
    "returned": lambda d, s: f"listed again: {s.text(d.new.message)}",
    "message": lambda d, s: _diff(d.old, d.new, s),
    "steps": lambda d, s: _diff(_steps(d.old), _steps(d.new), s),
    "table": lambda d, s: f"table {s.text(d.old)} → {s.text(d.new)}",
    "sub_table": lambda d, s: f"sub-table {s.text(d.old)} → {s.text(d.new or '(none)')}",
    "heading": lambda d, s: f"{s.text(d.old)} → {s.text(d.new)}",
    "order": lambda d, s: f"the table lists it {_after(d.new)}, the spec {_after(d.old)}",
    "snapshot": lambda d, s: (
        f"upstream.sha256 is {d.old[:12]}…, the file's is {d.new}: once the spec agrees "
        "with the table, record it with `python -m generator upstream --record`"
    ),
}


# --- the entry to paste for a code added upstream ---------------------------------


def _yaml_text(text: str) -> str:
    """Text as a YAML value: plain where the spec's reader reads it back as that
    text, else double-quoted.  The spec's own bounded reader, not yaml.safe_load:
    PyYAML's composer recurses, and a text of 3,000 "[" ended in a RecursionError."""
    try:
        root, problems = yamltree.read(f"key: {text}")
    except yamltree.YamlProblem:
        root, problems = None, []
    value = root.value.get("key") if root is not None and root.kind == yamltree.MAP else None
    if not problems and value is not None and value.kind == yamltree.STR and value.value == text:
        return text
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted one


def paste_entry(d: Difference) -> list[str]:
    """The spec entry for a code added upstream, indented for its place in spec/codes.yaml."""
    row: Row = d.new
    where = d.placement
    assert where is not None
    pad = "  " * (where.path.count(".") + 1)  # the spec indents by two per level
    place = f"after code {where.after}" if where.after is not None else "as its first entry"
    if where.new_list:
        place = where.new_list
    todo = ["name", "message_en"]
    if row.action:
        todo.append("action_en")
    if where.categories:  # a list at channel level: each entry names its category
        todo.append("category")
    lines = [
        f"# paste into {where.path}, {place}",
        f"# then write {', '.join(todo)}, and its family where it shares a meaning with other codes",
        f"- code: {row.code}",
        "  name:",
    ]
    if where.categories:
        lines.append(f"  category:  # one of: {', '.join(where.categories)}")
    lines += [f"  message: {_yaml_text(row.message)}", "  message_en:"]
    if row.action:
        lines += ["  action:", *(f"    - {_yaml_text(step)}" for step in row.action)]
        lines.append("  action_en:")
    lines.append(f"  billable: {'true' if row.billable else 'false'}")
    return [pad + line for line in lines]


# --- reports -------------------------------------------------------------------------------


def _summary(
    spec: Spec, rows: list[Row], differences: list[Difference], table: str, source: str
) -> str:
    """The first line: agreement, or how many differences."""
    retired = len(absent_tombstones(spec, rows))
    note = ""
    if retired:
        note = f"; {retired} retired code(s) (removed: true) absent from the table, as recorded"
    if not differences:
        tables = len({row.table for row in rows})
        return f"{source} agrees with {table}: {len(rows)} codes in {tables} tables{note}"
    return f"{table} against {source}: {len(differences)} difference(s){note}"


def _code_span(text: str) -> str:
    """Markdown code: a path shows as it is, whatever it holds."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    return f"{fence} {text} {fence}" if longest else f"`{text}`"


def _subject(d: Difference) -> str:
    if d.kind == "snapshot":
        return d.name  # where the spec records the SHA-256: a path of the command line
    parts = (d.channel, d.code, d.name)  # a channel may be a heading of the table
    return " ".join(shortened(str(part), MESSAGE_LIMIT) for part in parts if part not in ("", None))


def text_report(
    spec: Spec, rows: list[Row], differences: list[Difference], table: str, source: str
) -> str:
    lines = [_summary(spec, rows, differences, table, source)]
    for kind, (title, advice) in KINDS.items():
        chosen = [d for d in differences if d.kind == kind]
        if chosen:
            lines.append(f"{title} ({len(chosen)})" + (f": {advice}" if advice else ""))
        for d in chosen:
            lines.append(f"  {_subject(d)}: {DETAILS[kind](d, TEXT)}")
            if kind == "added":
                lines += paste_entry(d)
    return "\n".join(lines) + "\n"


def _md_subject(d: Difference) -> str:
    if d.kind == "snapshot":
        return f"`{d.name}`"
    parts = [_code_span(shortened(d.channel, MESSAGE_LIMIT)) if d.channel else ""]
    parts.append(f"**{d.code}**" if d.code is not None else "")
    parts.append(_code_span(shortened(d.name, MESSAGE_LIMIT)) if d.name else "")
    return " ".join(part for part in parts if part)


def _fence(lines: list[str]) -> list[str]:
    """A fenced block that no run of backticks inside can close."""
    longest = max((len(run) for run in re.findall(r"`+", "\n".join(lines))), default=0)
    fence = "`" * max(3, longest + 1)
    return ["", f"  {fence}yaml", *(f"  {line}" for line in lines), f"  {fence}"]


def markdown_report(
    spec: Spec, rows: list[Row], differences: list[Difference], table: str, source: str
) -> str:
    lines = ["## Tencent's return-code table against the spec", ""]
    summary = _summary(spec, rows, differences, _code_span(table), _code_span(source))
    lines += [summary, ""]
    for kind, (title, advice) in KINDS.items():
        chosen = [d for d in differences if d.kind == kind]
        if not chosen:
            continue
        # The titles and advice are this module's own Markdown-safe text.
        heading = f"{title} ({len(chosen)})" + (f": {advice}" if advice else "")
        items = [f"- {_md_subject(d)}: {DETAILS[kind](d, MARKDOWN)}" for d in chosen]
        if kind == "billing":  # loud: a GitHub alert box
            lines += ["> [!CAUTION]", f"> **{heading}**", ">", *(f"> {i}" for i in items), ""]
            continue
        lines += [f"### {heading}", ""]
        for d, item in zip(chosen, items):
            lines.append(item)
            if kind == "added":
                lines += [*_fence(paste_entry(d)), ""]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


REPORTS = {"text": text_report, "markdown": markdown_report}
