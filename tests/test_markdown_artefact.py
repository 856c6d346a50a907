"""The generated Markdown reference: tables parse back to the spec, anchors and billing are right."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import markdown

from conftest import Case
from generator.literals import LINK

MODULE = "docs/return-codes.md"
ROW = re.compile(r'^\| <a id="(?P<anchor>[^"]+)"></a>(?P<code>-?\d+) \| (?P<rest>.*) \|$')
_UNESCAPE = {"&amp;": "&", "&lt;": "<", "&gt;": ">"}


def split_cells(rest: str) -> list[str]:
    """Cells of a table row, split on unescaped pipes."""
    return [cell.strip() for cell in re.split(r"(?<!\\)\|", rest)]


def unescape(cell: str) -> str:
    text = cell.replace("<br>", "\n")
    text = re.sub(r"&(amp|lt|gt);", lambda m: _UNESCAPE[m.group()], text)
    return re.sub(r"\\(.)", r"\1", text)


def rows(case: Case) -> dict[str, list[str]]:
    text = case.path(MODULE).read_text(encoding="utf-8")
    found = {}
    for line in text.splitlines():
        match = ROW.match(line)
        if match:
            found[match["anchor"]] = [match["code"], *split_cells(match["rest"])]
    return found


def name_cell(channel, code) -> str:
    """The Name cell: the member name, then the codes of the same meaning, linked."""
    links = [f"[{o.code}](#{channel.key}-{o.code})" for o in channel.same_meaning(code)]
    return f"`{code.name}`" + (f"<br>Same meaning as {', '.join(links)}" if links else "")


def test_every_code_has_a_row_that_parses_back(case: Case) -> None:
    parsed = rows(case)
    assert len(parsed) == sum(len(ch.codes) + len(ch.removed) for ch in case.spec.channels)
    for channel in case.spec.channels:
        for code in channel.codes + channel.removed:
            cells = parsed[f"{channel.key}-{code.code}"]
            expected = [str(code.code), name_cell(channel, code), code.message, code.message_en]
            if channel.has_steps:
                expected += ["\n".join(code.action), "\n".join(code.action_en)]
            expected.append("Yes" if code.billable else "No")
            got = [cells[0], cells[1], *(unescape(c) for c in cells[2:-1]), cells[-1].strip("*")]
            assert got == expected


def test_billing_summary_lists_exactly_the_billed_codes(case: Case) -> None:
    text = case.path(MODULE).read_text(encoding="utf-8")
    summary = text.split("## Billed codes", 1)[1].split("\n## ", 1)[0]
    linked = set(re.findall(r"\]\(#([a-z0-9_]+--?\d+)\)", summary))
    billed = {f"{ch.key}-{c.code}" for ch in case.spec.channels for c in ch.billed}
    assert linked == billed


class _Cells(HTMLParser):
    """Collects the text of each <td>, and the ids of anchors."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.cells: list[str] = []
        self.ids: list[str] = []
        self._in_cell = False

    def handle_starttag(self, tag, attrs):
        if tag == "td":
            self._in_cell, self.cells = True, [*self.cells, ""]
        elif tag == "br" and self._in_cell:
            self.cells[-1] += "\n"
        elif tag == "a" and dict(attrs).get("id"):
            self.ids.append(dict(attrs)["id"])

    def handle_endtag(self, tag):
        if tag == "td":
            self._in_cell = False

    def handle_data(self, data):
        if self._in_cell:
            self.cells[-1] += data


def shown(text: str) -> str:
    """What a reader sees of a text: itself, whitespace collapsed, a Markdown link as its label."""
    return " ".join(LINK.sub(r"\1", text).split())


def test_python_markdown_renders_every_text_as_text(case: Case) -> None:
    """What MkDocs shows: no text turns into markup (links stay links), no cell spills into another."""
    html = markdown.markdown(case.path(MODULE).read_text(encoding="utf-8"), extensions=["tables"])
    parser = _Cells()
    parser.feed(html)
    in_page_order = [
        (ch, [*(c for cat in ch.categories for c in ch.codes_in(cat.key)), *ch.removed])
        for ch in case.spec.channels
    ]
    expected_ids = [f"{ch.key}-{c.code}" for ch, codes in in_page_order for c in codes]
    assert parser.ids == expected_ids
    cells = iter(parser.cells)
    for channel, codes in in_page_order:
        width = 7 if channel.has_steps else 5
        for code in codes:
            row = [next(cells) for _ in range(width)]
            others = ", ".join(str(o.code) for o in channel.same_meaning(code))
            assert row[1] == code.name + (f"\nSame meaning as {others}" if others else "")
            assert " ".join(row[2].split()) == shown(code.message)
            assert " ".join(row[3].split()) == shown(code.message_en)
            assert row[-1] == ("Yes" if code.billable else "No")


def test_the_seeds_link_stays_a_link(real_spec) -> None:
    """66660002's handling step links to Tencent's contact page: the reference keeps it clickable."""
    from conftest import GENERATED

    html = markdown.markdown(
        (GENERATED / MODULE).read_text(encoding="utf-8"), extensions=["tables"]
    )
    assert '<a href="https://cloud.tencent.com/about/connect">联系我们</a>' in html
