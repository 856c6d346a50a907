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

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# A run starts with a Han character and takes the full-width punctuation in it.
RUN = re.compile(f"[{HAN}][{HAN}\u3000-\u303f\uff00-\uffef]*")
# Comments and elements whose content is not text to read (scripts, styles,
# titles) pass whole; then tags, and the text between them.
TOKEN = re.compile(
    r"<!--.*?-->|<(?P<raw>script|style|textarea|title)\b.*?</(?P=raw)\s*>"
    r"|<(?P<close>/?)(?P<tag>[A-Za-z][\w-]*)(?P<attrs>[^>]*)>|(?P<text>[^<]+)|<",
    re.S | re.I,
)
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


def mark(html: str) -> str:
    """`html` with each run of Chinese outside a lang="zh…" element wrapped in one."""
    out: list[str] = []
    stack: list[tuple[str, bool]] = []  # open elements: (tag, inside Chinese)
    for token in TOKEN.finditer(html):
        text, tag = token["text"], (token["tag"] or "").lower()
        if text is not None:
            out.append(text if stack and stack[-1][1] else RUN.sub(_wrap, text))
            continue
        out.append(token.group())
        if not tag or tag in VOID or token["attrs"].rstrip().endswith("/"):
            continue
        if token["close"]:
            names = [name for name, _ in stack]
            if tag in names:  # close it and whatever was left open inside it
                del stack[len(names) - 1 - names[::-1].index(tag) :]
            continue
        lang = LANG.search(token["attrs"])
        chinese = lang[1].lower().startswith("zh") if lang else bool(stack and stack[-1][1])
        stack.append((tag, chinese))
    return "".join(out)


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return mark(html) if config.theme["language"] == "en" else html
