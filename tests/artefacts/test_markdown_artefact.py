"""The generated docs pages: every code's entry reads back as the spec says, in its language.

The reference's code tables are HTML inside the Markdown (so that each text
carries its lang and each cell its column label); `entries` reads them back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

import markdown
import pytest

from conftest import Case

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


def test_every_code_reads_back_with_its_language_marked(case: Case) -> None:
    """Texts, steps, billing, name and self-link of every code; no Chinese outside lang="zh-CN"."""
    check_reference(case.path(MODULE).read_text(encoding="utf-8"), case.spec)


def test_mkdocs_markdown_keeps_every_entry_as_written(case: Case) -> None:
    """Rendered as MkDocs renders it, no text turns into markup and no row loses a cell.

    (Python-Markdown expands tabs to spaces, which a browser shows as one space anyway.)
    """
    text = case.path(MODULE).read_text(encoding="utf-8")
    html = markdown.markdown(text, extensions=MKDOCS_EXTENSIONS)
    check_reference(shown(html), case.spec, shown)
    ids = re.findall(r'\bid="([^"]+)"', html)
    assert len(ids) == len(set(ids)), "an anchor is used twice"


def test_same_meaning_links_the_codes_of_its_family(real_spec) -> None:
    sdk = next(ch for ch in real_spec.channels if ch.key == "sdk")
    same = {c.code: sorted(o.code for o in sdk.same_meaning(c)) for c in sdk.codes}
    assert {-5025, 66660023, 66660036} <= set(same[-5020])  # its row of the seed, and more
    assert len(same[-5020]) == 6  # the seven anti-spoofing codes
    assert same[66660004] == []  # same words as -4007, but billed: not one meaning
    assert same[66660010] == []
    for channel in real_spec.channels:
        for code in channel.codes:
            others = channel.same_meaning(code)
            assert all(o.family == code.family is not None for o in others)
            assert code not in others


def test_billed_summary_lists_exactly_the_billed_codes(case: Case) -> None:
    text = case.path(MODULE).read_text(encoding="utf-8")
    summary = text.split("## Billed codes", 1)[1].split("\n## ", 1)[0]
    linked = set(re.findall(r"\]\(#([a-z0-9_]+--?\d+)\)", summary))
    billed = {f"{ch.key}-{c.code}" for ch in case.spec.channels for c in ch.billed}
    assert linked == billed


def test_billing_page_lists_every_billed_code_per_channel(case: Case) -> None:
    """Under each channel's heading: its billed codes, linked to their rows, messages marked."""
    html = markdown.markdown(
        case.path(BILLING).read_text(encoding="utf-8"), extensions=MKDOCS_EXTENSIONS
    )
    listed = html.split('id="billed-codes"', 1)[1].split("<h2", 1)[0]
    sections = re.split(r"<h3[^>]*>", listed)[1:]
    assert len(sections) == len(case.spec.channels)
    for section, channel in zip(sections, case.spec.channels):
        links = re.findall(r'<a href="return-codes\.md#([^"]+)">', section)
        assert links == [f"{channel.key}-{c.code}" for c in channel.billed]
        title, *messages = [text for text, lang in texts(section) if lang == "zh-CN"]
        assert title == channel.title
        assert messages == [c.message for c in channel.billed]
        if not channel.billed:
            assert f"none of its {len(channel.codes)} codes is billed" in section


@pytest.mark.parametrize("page", [MODULE, BILLING])
def test_no_chinese_outside_a_chinese_element(case: Case, page: str) -> None:
    html = markdown.markdown(
        case.path(page).read_text(encoding="utf-8"), extensions=MKDOCS_EXTENSIONS
    )
    assert [text for text, lang in texts(html) if HAN.search(text) and lang != "zh-CN"] == []


class _Texts(HTMLParser):
    """Each element's text with the lang it is in; a link inside reads back as [label](url)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str | None]] = []
        self._langs: list[tuple[str, str | None]] = []
        self._href: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "br":
            self._add("\n")
        elif tag == "a":
            self._href = attributes.get("href")
            self._add("[")
        elif tag not in ("wbr", "img", "hr"):
            inherited = self._langs[-1][1] if self._langs else None
            lang = attributes.get("lang", inherited)
            if "lang" in attributes:
                self.found.append(("", lang))  # a text of its own starts here
            self._langs.append((tag, lang))

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._add(f"]({self._href})")
            return
        while self._langs:
            name, lang = self._langs.pop()
            if name == tag:
                if self._langs and self._langs[-1][1] != lang:
                    self.found.append(("", self._langs[-1][1]))
                break

    def handle_data(self, data: str) -> None:
        self._add(data)

    def _add(self, data: str) -> None:
        lang = self._langs[-1][1] if self._langs else None
        if self.found and self.found[-1][1] == lang:
            self.found[-1] = (self.found[-1][0] + data, lang)
        else:
            self.found.append((data, lang))


def texts(html: str) -> list[tuple[str, str | None]]:
    """The runs of text of `html`, each with the language it is marked with (None: unmarked)."""
    parser = _Texts()
    parser.feed(html)
    parser.close()
    return [(" ".join(t.split(" ")).strip(" "), lang) for t, lang in parser.found if t.strip()]


@pytest.mark.parametrize("page", [MODULE, BILLING])
def test_source_section_names_tencents_page_and_the_spec_version(case: Case, page: str) -> None:
    text = case.path(page).read_text(encoding="utf-8")
    source = text.split("\n## Source\n", 1)[1]
    assert f'[<span lang="zh-CN">SaaS 服务错误码</span>]({TENCENT_PAGE})' in source
    assert f"Spec version: **{case.spec.version}**" in source
    assert f"Spec version: **{case.spec.version}** (the Python and npm packages" in source


def test_the_seeds_link_stays_a_link(real_spec) -> None:
    """66660002's handling step links to Tencent's contact page: the reference keeps it clickable."""
    from conftest import GENERATED

    html = markdown.markdown(
        (GENERATED / MODULE).read_text(encoding="utf-8"), extensions=MKDOCS_EXTENSIONS
    )
    assert '<a href="https://cloud.tencent.com/about/connect">联系我们</a>' in html
