"""Reading the generated Markdown reference back, as MkDocs renders it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

MODULE = "docs/return-codes.md"
BILLING = "docs/billing.md"
TENCENT_PAGE = "https://cloud.tencent.com/document/product/1007/47912"
# What MkDocs renders the pages with (mkdocs.yml), as far as these pages use it.
MKDOCS_EXTENSIONS = ["attr_list", "md_in_html", "tables", "toc"]


@dataclass
class Entry:
    """One code's row as a reader gets it: texts, and the language each is marked with."""

    anchor: str
    code: str = ""
    name: str = ""
    link: str = ""  # where the code's number links to
    message: str = ""
    message_en: str = ""
    action: list[str] = field(default_factory=list)
    action_en: list[str] = field(default_factory=list)
    billed: str = ""
    same: list[str] = field(default_factory=list)  # anchors under "Same meaning"
    labels: dict[str, str] = field(default_factory=dict)  # cell class -> data-label
    unmarked: list[str] = field(default_factory=list)  # Chinese outside a lang="zh-CN"


@dataclass
class Table:
    context: str = ""
    labels: list[str] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)


HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


class _Reader(HTMLParser):
    """Reads <table class="codes"> back into Tables of Entries.

    Text under lang="zh-CN" is a Chinese text, under lang="en" an English one;
    which field it is comes from the cell's class.  A link inside a text reads
    back as the Markdown link the spec wrote.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[Table] = []
        self._open: list[tuple[str, dict[str, str]]] = []
        self._row: Entry | None = None
        self._cell = ""
        self._label: str | None = None  # the text of a heading cell being read
        self._href = ""
        self._link_text = ""

    def _inside(self, attr: str, value: str | None = None) -> str | None:
        for _, attrs in reversed(self._open):
            if attr in attrs and (value is None or attrs[attr] == value):
                return attrs[attr]
        return None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        if tag == "table" and "codes" in attributes.get("class", "").split():
            self.tables.append(Table())
        if not self.tables:
            return
        if tag in ("br", "wbr"):
            self._text("\n" if tag == "br" else "")
            return
        self._open.append((tag, attributes))
        if tag == "th":
            self._label = ""
        elif tag == "tr" and attributes.get("id"):
            self._row = Entry(attributes["id"])
            self.tables[-1].entries.append(self._row)
        elif tag == "td" and self._row is not None:
            self._cell = attributes.get("class", "")
            self._row.labels[self._cell] = attributes.get("data-label", "")
        elif tag == "li" and self._row is not None:
            self._row.action.append("")
            self._row.action_en.append("")
        elif tag == "a" and self._row is not None:
            self._href, self._link_text = attributes.get("href", ""), ""
            if self._cell == "codes__code":
                self._row.link = self._href
            elif self._inside("class", "codes__same"):
                self._row.same.append(self._href.removeprefix("#"))

    def handle_endtag(self, tag: str) -> None:
        if not self._open or not self.tables:
            return
        if tag == "a" and self._row is not None and self._inside("lang"):
            # A link inside a text: the spec wrote it as [label](url).
            self._text(f"[{self._link_text}]({self._href})", raw=True)
        if tag == "th" and self._label is not None:
            table = self.tables[-1]
            if self._inside("class", "codes__context"):
                table.context = " ".join(self._label.split())
            else:
                table.labels.append(self._label.strip())
            self._label = None
        while self._open:
            name, _ = self._open.pop()
            if name == tag:
                break
        if tag == "tr":
            self._row = None

    def handle_data(self, data: str) -> None:
        if self._label is not None:
            self._label += data
        elif self._row is not None:
            self._text(data)

    def _text(self, data: str, raw: bool = False) -> None:
        row = self._row
        if row is None:
            return
        if self._inside("href") and not raw and self._inside("lang"):
            self._link_text += data
            return
        lang = self._inside("lang")
        if HAN.search(data) and lang != "zh-CN":
            row.unmarked.append(data)
        if self._cell == "codes__code":
            if self._inside("href"):
                row.code += data
            else:
                row.name += data.strip()
        elif self._cell == "codes__message" and lang:
            if lang == "zh-CN":
                row.message += data
            else:
                row.message_en += data
        elif self._cell == "codes__steps" and lang:
            steps = row.action if lang == "zh-CN" else row.action_en
            steps[-1] += data
        elif self._cell == "codes__billed":
            row.billed += data.strip()


def read_tables(html: str) -> list[Table]:
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return reader.tables


def entries(text: str) -> dict[str, Entry]:
    """Every code's entry in a page (Markdown with HTML tables, or its HTML), by anchor."""
    return {e.anchor: e for table in read_tables(text) for e in table.entries}


def in_page_order(spec) -> list[tuple]:
    """(channel, category title_en, category title, codes) per table, in page order."""
    tables = []
    for ch in spec.channels:
        for cat in ch.categories:
            if ch.codes_in(cat.key):
                tables.append((ch, cat.title_en, cat.title, ch.codes_in(cat.key)))
        if ch.removed:
            tables.append((ch, "Removed codes", "", ch.removed))
    return tables


def as_is(text: str) -> str:
    return text


def shown(text: str) -> str:
    """What a browser shows of a text: a tab or a run of spaces is one space."""
    return re.sub(r"[ \t]+", " ", text)


def expected_entry(channel, code, same=(), seen=as_is) -> Entry:
    anchor = f"{channel.key}-{code.code}"
    return Entry(
        anchor,
        code=str(code.code),
        name=code.name,
        link=f"#{anchor}",
        message=seen(code.message),
        message_en=seen(code.message_en),
        action=[seen(step) for step in code.action],
        action_en=[seen(step) for step in code.action_en],
        billed="Yes" if code.billable else "No",
        same=[f"{channel.key}-{o.code}" for o in same],
        labels={
            "codes__code": "Code",
            "codes__message": "Message",
            **({"codes__steps": "Handling"} if channel.has_steps else {}),
            "codes__billed": "Billed",
        },
    )


def check_reference(html: str, spec, seen=as_is) -> None:
    """Each table: its context, its column labels and exactly its codes, each as the spec says."""
    tables = read_tables(html)
    expected = in_page_order(spec)
    assert len(tables) == len(expected)
    for table, (channel, title_en, title, codes) in zip(tables, expected):
        assert table.context == " ".join(f"{channel.title_en} › {title_en} {title}".split())
        assert table.labels == (
            ["Code", "Message", "Handling", "Billed"]
            if channel.has_steps
            else ["Code", "Message", "Billed"]
        )
        assert table.entries == [
            expected_entry(channel, c, channel.same_meaning(c), seen) for c in codes
        ]
