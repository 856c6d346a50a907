"""Reading the generated Markdown reference back, as MkDocs renders it: a pipe table
per category, a line per code (`entries`), and the rows the spec says it must hold."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

import markdown

MODULE = "docs/return-codes.md"
MODULE_EN = "docs/return-codes.en.md"
BILLING = "docs/billing.md"
BILLING_EN = "docs/billing.en.md"
PAGES = (MODULE, MODULE_EN, BILLING, BILLING_EN)
TENCENT_PAGE = "https://cloud.tencent.com/document/product/1007/47912"
# What MkDocs renders the pages with (mkdocs.yml), as far as these pages use it.
MKDOCS_EXTENSIONS = ["attr_list", "md_in_html", "tables", "toc", "admonition"]
YES = {"是": True, "否": False, "Yes": True, "No": False}
# HTML the Markdown could carry: any tag but the <br> a newline inside a text
# becomes in a table cell (outside code spans and <https://…> autolinks).
HTML_TAG = re.compile(r"<(?!br>|https://)/?[A-Za-z][^>]*>")
CODE_SPAN = re.compile(r"`[^`\n]*`")


@dataclass
class Entry:
    """One code's row as a reader gets it."""

    anchor: str  # <channel>-<code>: the id the site build gives the row
    code: str = ""
    name: str = ""
    message: str = ""  # the cell's text; a link in it reads back as [label](url)
    billed: str = ""  # the cell's text: 是/否 (Yes/No), and a twin's warning

    @property
    def billable(self) -> bool:
        return YES[self.billed.split()[0]]


class _Rows(HTMLParser):
    """Rows of the rendered tables, each under the channel whose <h2 id> precedes it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.entries: list[Entry] = []
        self.channel = ""
        self._cells: list[str] | None = None
        self._in_cell = False
        self._href = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        if tag == "h2":
            self.channel = attributes.get("id", "")
        elif tag == "tr":
            self._cells = []
        elif tag == "td" and self._cells is not None:
            self._cells.append("")
            self._in_cell = True
        elif tag == "a":
            self._href = attributes.get("href", "")
            self._add("[")
        elif tag == "br":
            self._add("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._add(f"]({self._href})")
        elif tag == "td":
            self._in_cell = False
        elif tag == "tr" and self._cells:
            code, name, message, billed = self._cells
            self.entries.append(Entry(f"{self.channel}-{code}", code, name, message, billed))
            self._cells = None

    def handle_data(self, data: str) -> None:
        self._add(data)

    def _add(self, data: str) -> None:
        if self._cells and self._in_cell:
            self._cells[-1] += data


def html_of(text: str) -> str:
    return markdown.markdown(text, extensions=MKDOCS_EXTENSIONS)


def entries(text: str) -> dict[str, Entry]:
    """Every code's row of a page (its Markdown), by anchor."""
    rows = _Rows()
    rows.feed(html_of(text))
    rows.close()
    return {e.anchor: e for e in rows.entries}


def shown(text: str) -> str:
    """What a browser shows of a text: a tab or a run of spaces is one space."""
    return re.sub(r"[ \t]+", " ", text)


def expected_rows(spec, english: bool = False, seen=lambda text: text) -> list[Entry]:
    """Every code in page order, as its row must read back."""
    rows = []
    for channel in spec.channels:
        related = channel.relations()
        ordered = [c for cat in channel.categories for c in channel.codes_in(cat.key)]
        for c in ordered + list(channel.removed):
            twins = related[c.code].billing_twins
            billed = ("Yes" if c.billable else "No") if english else ("是" if c.billable else "否")
            if twins:
                billed += " ⚠"
            rows.append(
                Entry(
                    f"{channel.key}-{c.code}",
                    str(c.code),
                    c.name,
                    seen(c.message_en if english else c.message),
                    billed,
                )
            )
    return rows


def read_rows(text: str) -> list[Entry]:
    found = list(entries(text).values())
    for e in found:  # the twin's words after ⚠ are checked on their own
        e.billed = e.billed.split("⚠", 1)[0] + ("⚠" if "⚠" in e.billed else "")
        e.billed = " ".join(e.billed.split())
    return found
