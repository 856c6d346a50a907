"""The generated docs pages: every code's entry reads back as the spec says, in its language.

The reference's code tables are HTML inside the Markdown (so that each text
carries its lang and each cell its column label); `entries` reads them back.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import markdown
import pytest

from conftest import Case
from helpers.reference import (
    BILLING,
    HAN,
    MKDOCS_EXTENSIONS,
    MODULE,
    TENCENT_PAGE,
    check_reference,
    entries,
    shown,
)


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
