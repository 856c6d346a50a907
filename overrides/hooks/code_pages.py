"""The site's pages per code, its language switch, and the reference's rows.

A page per code, as the Rust compiler's error index has one per error: made
at build time from the spec (templates/docs/code.md.j2), so the repository
holds no file per code.  codes/<channel>/<code>/ is a code's page in the
default language (Chinese), en/codes/<channel>/<code>/ its English one;
codes/<code>/ lists every channel's code with that number, so a link that
names only the number finds it.

The generated reference is plain Markdown (a line per code); here its rows
get what only a browser needs: an id per code (the old #<channel>-<code>
anchors keep working), the number as a link to the code's page, a class per
column for the phone's cards, the channel and category above each table, and
a mark on billing twins.  The language switch links every page to the same
page in the other language, relatively, so the site works under any base path.

mkdocs-static-i18n builds the English site after the Chinese one, running
these hooks again; each event reads which language it builds from the theme.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

# The generator sits at the project root, beside mkdocs.yml.
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from generator.load import load_spec  # noqa: E402
from generator.model import Channel, Code, Spec  # noqa: E402
from generator.render import render_page  # noqa: E402
from generator.render.escaping import html_plain  # noqa: E402
from generator.targets import SITE_PAGES  # noqa: E402

SPEC = ROOT / "spec" / "codes.yaml"
DEFAULT = "zh"  # the site's default language, at the site's root
# The languages as the switch names them, and the page `lang` each declares.
LANGUAGES = {"zh": ("中文", "zh-CN"), "en": ("English", "en")}
REFERENCE = "return-codes"
CODES = "codes"

_spec: list[Spec] = []  # read once per build (each language's, each of `mkdocs serve`)


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    _spec.clear()
    return config


def spec() -> Spec:
    if not _spec:
        _spec.append(load_spec(SPEC))
    return _spec[0]


def language(config: MkDocsConfig) -> str:
    """The language being built: mkdocs-static-i18n sets the theme's for each build."""
    return "en" if config.theme["language"] == "en" else DEFAULT


def root(lang: str) -> str:
    """Where a language's pages are, under the site root."""
    return "" if lang == DEFAULT else f"{lang}/"


def code_path(channel: Channel, code: Code) -> str:
    return f"{CODES}/{channel.key}/{code.code}"


# --- pages per code ---------------------------------------------------------


def _page(config: MkDocsConfig, path: str, lang: str, text: str) -> File:
    """A generated page at <root>/<path>/; its source name follows the i18n
    plugin's (page.en.md), so that its links find the English pages."""
    if lang == DEFAULT:
        return File.generated(config, f"{path}.md", content=text)
    page = File(
        f"{path}.{lang}.md",
        None,
        config.site_dir,
        config.use_directory_urls,
        dest_uri=f"{root(lang)}{path}/index.html",
    )
    page.generated_by = __name__
    page.content_string = text
    return page


def pages(config: MkDocsConfig, model: Spec, lang: str) -> list[File]:
    counterparts = model.counterparts()
    numbers: dict[int, list[tuple[Channel, Code]]] = {}
    made = []
    for channel in model.channels:
        related = channel.relations()
        families = channel.family_table()
        categories = {c.key: c for c in channel.categories}
        for removed, codes in ((False, channel.codes), (True, channel.removed)):
            for code in codes:
                numbers.setdefault(code.code, []).append((channel, code))
                text = render_page(
                    SITE_PAGES["code"],
                    lang=lang,
                    channel=channel,
                    code=code,
                    category=categories[code.category],
                    related=related[code.code],
                    counterparts=counterparts.get((channel.key, code.code), ()),
                    family=families.get(code.family) if code.family else None,
                    removed=removed,
                )
                made.append(_page(config, code_path(channel, code), lang, text))
    for number, found in numbers.items():
        text = render_page(SITE_PAGES["number"], lang=lang, number=number, found=found)
        made.append(_page(config, f"{CODES}/{number}", lang, text))
    return made


@event_priority(-200)  # after mkdocs-static-i18n (-100) has chosen the language's files
def on_files(files: Files, config: MkDocsConfig) -> Files:
    for page in pages(config, spec(), language(config)):
        files.append(page)
    return files


# --- the reference's rows ---------------------------------------------------

HEADING = re.compile(r'<h([23]) id="([^"]+)"')
TABLE = re.compile(r"<table>\s*<thead>\s*<tr>(.*?)</tr>\s*</thead>", re.S)
ROW = re.compile(r"<tr>\s*<td>(-?\d+)</td>(.*?)</tr>", re.S)
CELL = re.compile(r"<td>")
COLUMNS = ("code", "name", "message", "billed")


def decorate(html: str, page: Page, model: Spec, lang: str) -> str:
    """The reference's HTML, each code row linked and labelled (see the module's doc)."""
    channels = {c.key: c for c in model.channels}
    context: dict = {}  # the channel and category of the table being read, its labels
    out, at = [], 0
    for match in re.finditer(f"{HEADING.pattern}|{TABLE.pattern}|{ROW.pattern}", html, re.S):
        out.append(html[at : match.start()])
        at = match.end()
        piece = match.group()
        if piece.startswith("<h"):
            _heading(piece, channels, context, lang)
        elif piece.startswith("<table"):
            piece = _table(piece, context)
        elif context.get("channel") in channels:
            piece = _row(ROW.match(piece), channels[context["channel"]], context, page, lang)
        out.append(piece)
    out.append(html[at:])
    return "".join(out)


def _heading(piece: str, channels: dict[str, Channel], context: dict, lang: str) -> None:
    level, anchor = HEADING.match(piece).groups()
    title = "title" if lang == DEFAULT else "title_en"
    if level == "2":
        channel = channels.get(anchor)
        context.clear()
        if channel is not None:
            context.update(channel=anchor, label=html_plain(getattr(channel, title)))
        return
    channel = channels.get(context.get("channel", ""))
    if channel is None:
        return
    categories = {f"{channel.key}-{c.key}": getattr(c, title) for c in channel.categories}
    context["category"] = html_plain(categories.get(anchor, ""))


def _table(piece: str, context: dict) -> str:
    labels = re.findall(r"<th>(.*?)</th>", piece, re.S)
    context["labels"] = labels
    where = " › ".join(filter(None, (context.get("label"), context.get("category"))))
    head = "".join(
        f'<th scope="col" class="codes__{name}">{label}</th>'
        for name, label in zip(COLUMNS, labels)
    )
    return (
        '<table class="codes" data-search-exclude>\n<thead>\n'
        f'<tr class="codes__context"><th colspan="{len(labels)}" scope="colgroup">{where}</th></tr>\n'
        f'<tr class="codes__labels">{head}</tr>\n</thead>'
    )


def _row(match: re.Match[str], channel: Channel, context: dict, page: Page, lang: str) -> str:
    number = int(match[1])
    if context.get("relations_of") != channel.key:
        context["relations_of"], context["relations"] = channel.key, channel.relations()
    twin = " codes__twin" if context["relations"][number].billing_twins else ""
    href = get_relative_url(f"{root(lang)}{CODES}/{channel.key}/{number}/", page.url)
    cells = iter(zip(COLUMNS[1:], context.get("labels", [])[1:]))

    def cell(_: re.Match[str]) -> str:
        name, label = next(cells, ("extra", ""))
        return f'<td class="codes__{name}" data-label="{label}">'

    return (
        f'<tr id="{channel.key}-{number}" class="codes__row{twin}">'
        f'<td class="codes__code"><a href="{href}">{number}</a></td>'
        + CELL.sub(cell, match[2])
        + "</tr>"
    )


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if page.file.src_uri.split(".")[0] == REFERENCE:
        return decorate(html, page, spec(), language(config))
    return html


# --- the language switch and the page's language -----------------------------


def alternates(url: str, lang: str) -> list[dict[str, str]]:
    """The same page in every language, as links from the site root (no leading
    "/": Material's `url` filter makes them relative to the page)."""
    bare = url[len(root(lang)) :] if url.startswith(root(lang)) else url
    return [
        {"name": name, "lang": lang_code, "link": (root(other) + bare) or "./"}
        for other, (name, lang_code) in LANGUAGES.items()
    ]


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: object) -> dict:
    # Both ways: mkdocs-static-i18n sets it as an attribute, which the
    # templates read before the item.
    config.extra["alternate"] = config.extra.alternate = alternates(page.url, language(config))
    return context


def on_template_context(context: dict, template_name: str, config: MkDocsConfig) -> dict:
    """A page without a source (404.html): the switch leads to each language's home."""
    config.extra["alternate"] = config.extra.alternate = alternates(
        root(language(config)), language(config)
    )
    return context


HTML_LANG = re.compile(r'<html lang="[^"]*"')
# Material's <link rel="alternate" hreflang> in the head: its script takes each
# for a language's root and fetches <link>/sitemap.xml, which a link to the
# same page in the other language is not (a 404 per page and language).  The
# switch in the header links each page to its twin without them.
HEAD_ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Material writes its interface language ("zh"); the page is zh-CN, as every
    Chinese text of the spec is (browsers then draw Simplified Chinese glyphs)."""
    output = HEAD_ALTERNATE.sub("", output)
    return HTML_LANG.sub(f'<html lang="{LANGUAGES[language(config)][1]}"', output, count=1)
