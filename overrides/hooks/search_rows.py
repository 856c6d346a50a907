"""Make every return code a search result of its own.

Material's search indexes a page by heading, so a search for `2006` would
only lead to the section whose table holds that code.  Support engineers need
the row itself: this hook indexes each table row whose first cell carries an
anchor (`<a id="wechat-2006"></a>2006`) as one entry linking to that anchor,
and keeps those tables out of the per-heading entries so that each code is
found once.

Chinese has no spaces and no word segmenter is installed, so each entry also
gets a `bigrams` field: every pair of adjacent Han characters.  The search box
asks for the pairs of a Chinese query (docs/javascripts/search-query.js), so
a word such as 身份证 is found inside 姓名和身份证号不一致.
"""

from __future__ import annotations

import json
import re
from html import escape
from html.parser import HTMLParser
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
TABLE_TAG = re.compile(r"<table(?=[\s>])")
# Material's search plugin removes data-search-* attributes once it has
# indexed the page, so this marker never reaches the reader.
EXCLUDED_TABLE = '<table data-search-exclude="indexed-by-row"'
BIGRAMS_FIELD = {"bigrams": {"boost": 1.0}}

_entries: dict[str, list[dict[str, str]]] = {}  # page URL -> its row entries


class _RowParser(HTMLParser):
    """Collects table rows as (anchor id, header names, cell texts)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.headers: list[str] = []
        self.rows: list[tuple[str, list[str], list[str]]] = []
        self._cells: list[str] | None = None
        self._anchor = ""
        self._in_header = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self._cells, self._anchor = None, ""
        elif tag in ("td", "th"):
            self._in_header = tag == "th"
            self._cells = (self._cells or []) + [""]
        elif tag == "a" and self._cells is not None and len(self._cells) == 1:
            self._anchor = self._anchor or dict(attrs).get("id") or ""
        elif tag == "br" and self._cells:
            self._cells[-1] += " "

    def handle_data(self, data: str) -> None:
        if self._cells:
            self._cells[-1] += data

    def handle_endtag(self, tag: str) -> None:
        if tag != "tr" or not self._cells:
            return
        cells = [" ".join(cell.split()) for cell in self._cells]
        if self._in_header:
            self.headers = cells
        elif self._anchor:
            self.rows.append((self._anchor, self.headers, cells))


def bigrams(text: str) -> str:
    """The distinct pairs of adjacent Han characters in `text`, in order."""
    pairs: dict[str, None] = {}
    for run in HAN_RUN.findall(text):
        for start in range(len(run) - 1):
            pairs[run[start : start + 2]] = None
    return " ".join(pairs)


def row_entry(url: str, anchor: str, headers: list[str], cells: list[str]) -> dict[str, str]:
    """One search entry: "code NAME" as title, the other cells as text."""
    code, name, *details = cells
    # The last column is a bare Yes/No: it needs its header to mean anything.
    *texts, last = details
    labelled = [*texts, f"{headers[-1]}: {last}" if headers else last]
    return {
        "location": f"{url}#{anchor}",
        "title": escape(f"{code} {name}", quote=False),
        "text": f"<p>{escape(' · '.join(text for text in labelled if text), quote=False)}</p>",
        "bigrams": bigrams(" ".join(details)),
    }


def on_pre_build(config: MkDocsConfig) -> None:
    _entries.clear()


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    parser = _RowParser()
    parser.feed(html)
    parser.close()
    if not parser.rows:
        return html
    _entries[page.url] = [row_entry(page.url, *row) for row in parser.rows]
    return TABLE_TAG.sub(EXCLUDED_TABLE, html)


@event_priority(-100)  # after the search plugin has written its index
def on_post_build(config: MkDocsConfig) -> None:
    path = Path(config.site_dir) / "search" / "search_index.json"
    index = json.loads(path.read_text(encoding="utf-8"))
    index["config"]["fields"].update(BIGRAMS_FIELD)
    index["docs"] += [entry for entries in _entries.values() for entry in entries]
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), "utf-8")
