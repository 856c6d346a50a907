"""The generated Markdown pages: plain Markdown, a line per code, read back as the spec says.

The reference (docs/return-codes.md in Chinese, docs/return-codes.en.md in
English) is a pipe table per category: number, name, message, billing, and
nothing of HTML but the header comment; the site build adds the rest.
`entries` reads a page back through Python-Markdown, as MkDocs renders it.
"""

from __future__ import annotations

import html
import re
import markdown
import pytest
from conftest import Case
from helpers.reference import (
    BILLING,
    BILLING_EN,
    CODE_SPAN,
    HTML_TAG,
    MKDOCS_EXTENSIONS,
    MODULE,
    MODULE_EN,
    PAGES,
    TENCENT_PAGE,
    entries,
    expected_rows,
    html_of,
    read_rows,
    shown,
)


@pytest.mark.parametrize("page, english", [(MODULE, False), (MODULE_EN, True)], ids=["zh", "en"])
def test_every_code_reads_back_as_the_spec_says(case: Case, page: str, english: bool) -> None:
    """Rendered as MkDocs renders it: every code, once, in page order; no text turned
    into markup, no row lost a cell (Python-Markdown expands tabs, shown as one space)."""
    rows = read_rows(shown(case.path(page).read_text(encoding="utf-8")))
    assert rows == expected_rows(case.spec, english, shown)


@pytest.mark.parametrize("page", PAGES)
def test_a_page_is_plain_markdown_with_a_line_per_code(case: Case, page: str) -> None:
    """No HTML but the header comment; in the reference, each code is one line."""
    text = case.path(page).read_text(encoding="utf-8")
    assert HTML_TAG.findall(CODE_SPAN.sub("", text)) == []
    if page in (MODULE, MODULE_EN):
        lines = [line for line in text.splitlines() if re.match(r"\| -?\d+ \| `", line)]
        codes = sum(len(ch.codes) + len(ch.removed) for ch in case.spec.channels)
        assert len(lines) == codes
        ids = re.findall(r"\{#([^}]+)\}", text)
        assert len(ids) == len(set(ids)), "an anchor is used twice"


def test_both_languages_have_the_same_anchors(case: Case) -> None:
    for zh, en in ((MODULE, MODULE_EN), (BILLING, BILLING_EN)):
        ids = [
            re.findall(r'\bid="([^"]+)"', html_of(case.path(p).read_text("utf-8")))
            for p in (zh, en)
        ]
        assert ids[0] == ids[1]


def test_billing_twins_are_flagged_both_ways_in_the_reference(case: Case) -> None:
    """A code whose message another code shows, billed the other way, names that code."""
    for page, english in ((MODULE, False), (MODULE_EN, True)):
        found = entries(case.path(page).read_text(encoding="utf-8"))
        for channel in case.spec.channels:
            for number, related in channel.relations().items():
                billed = found[f"{channel.key}-{number}"].billed
                twins = [str(t.code) for t in related.billing_twins]
                assert ("⚠" in billed) == bool(twins)
                assert all(t in billed.split("⚠", 1)[1] for t in twins)


def test_the_real_specs_billing_twins_are_the_three_pairs(real_spec) -> None:
    """Derived from the texts, not typed: the pairs the issue names are found."""
    pairs = {
        frozenset((c, t.code))
        for ch in real_spec.channels
        for c, related in ch.relations().items()
        for t in related.billing_twins
    }
    assert {frozenset(p) for p in ((66660004, -4007), (2010, 1004), (2013, 1210))} == pairs


def test_billing_page_lists_every_billed_code_per_channel(case: Case) -> None:
    for page in (BILLING, BILLING_EN):
        html = html_of(case.path(page).read_text(encoding="utf-8"))
        listed = html.split('id="billed-codes"', 1)[1].split("<h2", 1)[0]
        sections = re.split(r"<h3[^>]*>", listed)[1:]
        assert len(sections) == len(case.spec.channels)
        for section, channel in zip(sections, case.spec.channels):
            codes = re.findall(r"<li>(-?\d+) <code>(\w+)</code>", section)
            assert codes == [(str(c.code), c.name) for c in channel.billed]


def test_billing_page_lists_every_billing_twin(case: Case) -> None:
    html = html_of(case.path(BILLING).read_text(encoding="utf-8"))
    listed = html.split('id="billing-twins"', 1)[1].split("<h2", 1)[0]
    found = re.findall(r"：(-?\d+)（是）/ (-?\d+)（否）", listed)
    assert found == [
        (str(c.code), str(t.code))
        for ch in case.spec.channels
        for c in ch.billed
        for t in ch.relations()[c.code].billing_twins
    ]


def test_families_and_pairs_are_listed(case: Case) -> None:
    text = case.path(MODULE).read_text(encoding="utf-8")
    for channel in case.spec.channels:
        for family in channel.families:
            numbers = "、".join(str(c.code) for c in family.codes + family.removed)
            assert f"（`{family.key}`）：{numbers}\n" in text
    for pair in case.spec.pairs:
        assert re.search(rf" {pair.code} = .* {pair.other_code}\n", text)


@pytest.mark.parametrize("page", PAGES)
def test_source_section_names_tencents_page_and_the_spec_version(case: Case, page: str) -> None:
    text = case.path(page).read_text(encoding="utf-8")
    source = text.split("{#source}\n", 1)[1]
    assert f"<{TENCENT_PAGE}>" in source
    assert case.spec.version in source


def test_the_seeds_link_stays_a_link_and_only_https_does(real_spec) -> None:
    """66660002's handling links to Tencent's contact page (on its code's page); any
    other link, image or autolink in a text stays the characters it is."""
    from generator.render.escaping import md_cell

    html = html_of(md_cell("请 [联系我们](https://cloud.tencent.com/about/connect)"))
    assert '<a href="https://cloud.tencent.com/about/connect">联系我们</a>' in html
    for text in (
        "![x](https://example.com/x.png)",
        "[x](http://example.com)",
        "[x](javascript:alert(1))",
        "<https://example.com>",
        "**失败**{: onmouseover=alert(1) }",
    ):
        assert not re.search(r"<(?!/?p>)", html_of(md_cell(text))), text


@pytest.mark.parametrize(
    "start", ["1. ", "12) ", "- ", "+ ", '=== "t" ', "~~~ ", "!!! note ", "> ", "# "]
)
def test_a_text_that_starts_a_list_item_starts_no_block_of_its_own(start: str) -> None:
    """What would open a list, a tab, a fence, an admonition, a quote or a heading stays text."""
    from generator.render.escaping import md_text

    text = f"{start}文本"
    rendered = markdown.markdown(
        f"- {md_text(text)}",
        extensions=[*MKDOCS_EXTENSIONS, "pymdownx.superfences", "pymdownx.tabbed"],
    )
    assert re.fullmatch(r"<ul>\n<li>[^<]*</li>\n</ul>", rendered)  # one item, no markup in it
    assert html.unescape(rendered) == f"<ul>\n<li>{text}</li>\n</ul>"
