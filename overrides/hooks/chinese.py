"""Mark every run of Chinese on an English page as Chinese (lang="zh-CN").

The English pages are <html lang="en">; the Chinese ones (the default
language) are zh-CN as a whole and need no mark.  Without a lang of its own, Chinese
is drawn with whichever CJK glyph forms the browser picks first (often the
Japanese ones: 骨, 直, 说 differ visibly) and read by screen readers with an
English voice (WCAG 3.1.2).  The generated pages mark their Chinese texts
themselves; this hook marks what is left, such as Chinese in hand-written
prose and in code examples, and leaves text already inside a lang="zh…"
element alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# A run starts with a Han character and takes the full-width punctuation in it.
RUN = re.compile(f"[{HAN}][{HAN}\u3000-\u303f\uff00-\uffef]*")
# Comments and elements whose content is not text to read (scripts, styles,
# titles) pass whole; then tags, and the text between them.  Found by _tokens,
# not by one pattern: `<!--.*?-->` or `<a[^>]*>` tried at every "<" of a page
# with many unclosed ones would read to its end each time (quadratic).
RAW = ("script", "style", "textarea", "title")
_RAW = re.compile(rf"<({'|'.join(RAW)})\b", re.I)
_TAG = re.compile(r"<(/?)([A-Za-z][\w-]*)", re.I)
LANG = re.compile(r"""\blang\s*=\s*["']?([\w-]*)""", re.I)
VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}


def _wrap(run: re.Match[str]) -> str:
    return f'<span lang="zh-CN">{run.group()}</span>'


class Token(NamedTuple):
    text: str  # the token as it stands in the page
    kind: str  # "text", "tag" or "other" (a comment, a raw element, a lone "<")
    tag: str = ""  # lowercase, for a tag
    close: bool = False
    attrs: str = ""


class _Searches:
    """Searches of one page that each read it once in all, however often asked.

    A search from a position at or before the last one's answer has that
    answer (nothing lies between), and one that found nothing finds nothing
    later either: each is searched again only past its last answer.
    """

    def __init__(self, html: str) -> None:
        self.html = html
        self.last: dict[str, tuple[int, int, int]] = {}  # key -> (from, start, end) of the answer

    def __call__(self, pattern: re.Pattern[str], start: int) -> tuple[int, int]:
        """(start, end) of the first match at or after `start`, or (-1, -1)."""
        since, found, end = self.last.get(pattern.pattern, (len(self.html) + 1, -1, -1))
        if not (since <= start and (found == -1 or found >= start)):
            match = pattern.search(self.html, start)
            since, found, end = (start, *match.span()) if match else (start, -1, -1)
            self.last[pattern.pattern] = (since, found, end)
        return found, end


_LT = re.compile("<")
_GT = re.compile(">")
_COMMENT_END = re.compile("-->")
_RAW_END = {name: re.compile(rf"</{name}\s*>", re.I) for name in RAW}


def _tokens(html: str) -> Iterator[Token]:
    search, position = _Searches(html), 0
    while position < len(html):
        if html[position] != "<":
            end = search(_LT, position)[0]
            end = len(html) if end == -1 else end
            yield Token(html[position:end], "text")
            position = end
            continue
        end = _special_end(html, position, search)
        if end != -1:
            yield Token(html[position:end], "other")
            position = end
            continue
        tag = _TAG.match(html, position)
        close = search(_GT, tag.end())[0] if tag else -1
        if tag and close != -1:
            yield Token(
                html[position : close + 1],
                "tag",
                tag[2].lower(),
                bool(tag[1]),
                html[tag.end() : close],
            )
            position = close + 1
            continue
        yield Token("<", "other")
        position += 1


def _special_end(html: str, position: int, search: _Searches) -> int:
    """Where a closed comment or raw element (a script, …) starting here ends; else -1."""
    if html.startswith("<!--", position):
        return search(_COMMENT_END, position + 4)[1]
    raw = _RAW.match(html, position)
    return -1 if raw is None else search(_RAW_END[raw[1].lower()], raw.end())[1]


def mark(html: str) -> str:
    """`html` with each run of Chinese outside a lang="zh…" element wrapped in one."""
    out: list[str] = []
    stack: list[tuple[str, bool]] = []  # open elements: (tag, inside Chinese)
    places: dict[str, list[int]] = {}  # tag -> where it is open in the stack: a close costs no scan
    for token in _tokens(html):
        if token.kind == "text":
            out.append(token.text if stack and stack[-1][1] else RUN.sub(_wrap, token.text))
            continue
        out.append(token.text)
        tag = token.tag
        if not tag or tag in VOID or token.attrs.rstrip().endswith("/"):
            continue
        if token.close:
            if places.get(tag):  # close it and whatever was left open inside it
                first = places[tag][-1]
                for name, _ in stack[first:]:
                    places[name].pop()
                del stack[first:]
            continue
        lang = LANG.search(token.attrs)
        chinese = lang[1].lower().startswith("zh") if lang else bool(stack and stack[-1][1])
        places.setdefault(tag, []).append(len(stack))
        stack.append((tag, chinese))
    return "".join(out)


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return mark(html) if config.theme["language"] == "en" else html
