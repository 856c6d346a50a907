"""The published docs site: built with mkdocs, served locally, read in headless Chromium.

One strict build and one browser for the whole module.  The browser is Debian's
Chromium (`.ci/run` installs it); Playwright never downloads one.  axe-core
comes from npm (package-lock.json) and is injected into the pages.  Set
FACEID_SKIP_BROWSER=1 to run only the checks that need no browser.

The site is Chinese first (zh at its root, English under en/), with a page per
code made by the build; the browser reads it under a base path of its own.
The browser tests measure over every code of the spec and print their
figures (run pytest with -s to see them), so that runs can be compared.
"""

from __future__ import annotations

import doctest
import functools
import gzip
import html
import json
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.server import ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import (
    ConsoleMessage,
    Page,
    Request,
    Response,
    ViewportSize,
    sync_playwright,
)

from conftest import GENERATED, ROOT
from generator.load.loader import Spec
from helpers.browser import CHROMIUM, CHROMIUM_ARGS, QuietHandler

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
DESKTOP: ViewportSize = {"width": 1366, "height": 800}
LAPTOP: ViewportSize = {"width": 1024, "height": 768}
PHONE: ViewportSize = {"width": 390, "height": 844}
PAGES = tuple(
    f"{lang}{page}"
    for lang in ("", "en/")
    for page in ("", "return-codes/", "billing/", "responses/", "releasing/")
)
LANGS = {"": "zh-CN", "en/": "en"}  # a language's root -> its pages' lang
GENERATED_PAGES = (
    "return-codes.md",
    "return-codes.en.md",
    "billing.md",
    "billing.en.md",
    "responses.md",
    "responses.en.md",
)
SEARCH_INPUT = "input[data-md-component=search-query]"
RESULT_LINK = "a.md-search-result__link"
CODE_PAGE = re.compile(r"(?:en/)?codes/([a-z0-9_]+)/(-?\d+)/")
# A tag that makes the browser fetch what it names (links to read are fine).
OUTSIDE_RESOURCE = re.compile(
    r'<(?:script|link|img|iframe|source|video|audio)\b[^>]*\b(?:src|href)="(?:https?:)?//'
)
# A link or resource from the server's root: it would miss a site served under a base path.
FROM_SERVER_ROOT = re.compile(r'\b(?:src|href|action)="/(?!/)')
BILLING_WORDS = ("收费", "计费", "是否收费", "billed", "free")
# Typed as readers type them: misspelt English, and Chinese words inside messages.
LIVENESS_QUERIES = ("livness", "liveness", "活体", "活体检测", "活体检侧")
# Ten Chinese queries a team might type, for the report (run with -s).
CHINESE_QUERIES = (
    "无法确认为同一人",
    "活体检测",
    "人脸",
    "身份证",
    "收费",
    "光线太强",
    "请确保本人操作且正脸对框",
    "视频",
    "姓名和身份证号不一致",
    "网络不给力",
)


def code_pages(spec: Spec) -> list[tuple[str, object, object]]:
    """Every code's page path (default language) with its channel and code."""
    return [
        (f"codes/{ch.key}/{c.code}/", ch, c) for ch in spec.channels for c in ch.codes + ch.removed
    ]


def twin_pairs(spec: Spec) -> list[tuple[str, str]]:
    """Billing twins, derived from the spec: (page, twin's page), each way."""
    return [
        (f"codes/{ch.key}/{c}/", f"codes/{ch.key}/{t.code}/")
        for ch in spec.channels
        for c, related in ch.relations().items()
        for t in related.billing_twins
    ]


def site_path(href: str) -> str:
    """A link's path under the site's base (see BASE_PATH)."""
    return urlsplit(href).path.removeprefix(BASE_PATH)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert build.returncode == 0, f"mkdocs build --strict failed:\n{build.stderr}"
    return out


def read(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def title_of(page: str) -> str:
    return html.unescape(re.search(r"<title>(.*?)</title>", page, re.S)[1])


@pytest.mark.parametrize("page", GENERATED_PAGES)
def test_generated_pages_are_the_generated_files_in_place(page: str) -> None:
    link = ROOT / "docs" / page
    assert link.is_symlink(), f"docs/{page} must link to the generated page"
    assert link.resolve() == (GENERATED / "docs" / page).resolve()


def test_every_code_has_a_page_in_each_language_titled_with_its_code_and_message(
    site: Path, real_spec: Spec
) -> None:
    for path, channel, code in code_pages(real_spec):
        for root, message in (("", code.message), ("en/", code.message_en)):
            page = read(site, root + path)
            assert title_of(page).startswith(f"{code.code} {message} - "), (root, path)
            assert f'<html lang="{LANGS[root]}"' in page


def test_a_number_alone_finds_every_channel_code_with_it(site: Path, real_spec: Spec) -> None:
    numbers: dict[int, list[str]] = {}
    for path, channel, code in code_pages(real_spec):
        numbers.setdefault(code.code, []).append(path)
    for number, paths in numbers.items():
        for root in LANGS:
            page = read(site, f"{root}codes/{number}/")
            found = re.findall(r'<a href="\.\./([a-z0-9_]+)/(-?\d+)/">', page)
            assert [f"codes/{ch}/{n}/" for ch, n in found] == paths


def test_reference_rows_keep_their_anchors_and_link_to_their_pages(
    site: Path, real_spec: Spec
) -> None:
    """#<channel>-<code> still lands on the row; its number opens the code's page."""
    for root in LANGS:
        built = read(site, f"{root}return-codes/")
        rows = re.findall(
            r'<tr id="([a-z0-9_]+--?\d+)" class="([^"]+)"><td class="codes__code"><a href="([^"]+)">',
            built,
        )
        expected = []
        for path, channel, code in code_pages(real_spec):
            twin = bool(channel.relations()[code.code].billing_twins)
            expected.append(
                (
                    f"{channel.key}-{code.code}",
                    "codes__row codes__twin" if twin else "codes__row",
                    f"../{path}",
                )
            )
        in_page_order = [
            e for e in expected if any(r[0] == e[0] for r in rows)
        ]  # the tables list the categories' codes, then the removed ones
        assert sorted(rows) == sorted(expected) and len(in_page_order) == len(rows)


def test_code_index_holds_every_code_and_stays_small(site: Path, real_spec: Spec) -> None:
    """search/codes.json: one row per code, in page order; the whole search payload is printed."""
    index = json.loads((site / "search" / "codes.json").read_text(encoding="utf-8"))
    rows = [(index["channels"][row[0]]["key"], *row[1:5], row[7]) for row in index["codes"]]
    assert rows == [
        (ch.key, c.code, c.name, c.message, c.message_en, int(c.billable))
        for ch in real_spec.channels
        for c in ch.codes + ch.removed
    ]
    assert index["pages"] == {
        "reference": "return-codes/",
        "billing": "billing/",
        "codes": "codes/",
    }
    assert index["languages"] == {"zh-CN": "", "en": "en/"}
    sizes = {name: (site / "search" / name).stat().st_size for name in os.listdir(site / "search")}
    print(f"\nsearch payload: {sizes} = {sum(sizes.values()):,} bytes")
    assert set(sizes) == {"codes.json", "search_index.json"}
    # The code tables and pages stay out of lunr's index: each code is found once, by code-search.js.
    lunr = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [
        d["location"] for d in lunr["docs"] if d["location"].startswith(("codes/", "en/codes/"))
    ]
    assert not [
        doc["location"]
        for doc in lunr["docs"]
        if "请确保本人操作且正脸对框" in doc["text"].replace("\u200b", "")
    ]


def test_site_asks_for_nothing_outside_itself_and_works_under_any_base_path(site: Path) -> None:
    """No web fonts, analytics or CDN; no link from the server's root (a base path would break it)."""
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert not OUTSIDE_RESOURCE.search(text), page
        if page.name != "404.html":  # Material's 404 page uses site_url, set by the Pages workflow
            assert not FROM_SERVER_ROOT.search(text), (page, FROM_SERVER_ROOT.search(text))


def page_weight(site: Path, path: str) -> dict[str, int]:
    """Gzipped bytes of a page and of everything it loads: styles, scripts, the
    search worker and both search indexes (the worker fetches them on load)."""
    page = site / path / "index.html"
    text = page.read_text(encoding="utf-8")
    loaded = re.findall(r'<(?:link rel="stylesheet"|script)[^>]+(?:href|src)="([^"]+)"', text)
    loaded += re.findall(r'"search": *"([^"]+)"', text)
    files = [page] + [(page.parent / ref).resolve() for ref in loaded]
    files += [site / "search" / "search_index.json", site / "search" / "codes.json"]
    return {
        str(f.resolve().relative_to(site.resolve())): len(gzip.compress(f.read_bytes(), 9))
        for f in files
    }


SEARCH_PAYLOAD = re.compile(r"^(search/|assets/javascripts/workers/)")


def test_the_reference_weighs_at_most_100_kb_gzipped(site: Path) -> None:
    """The page and what it draws with (HTML, styles, scripts) at most 100 KiB
    gzipped; the search (its worker and both indexes, fetched once the page has
    loaded) is measured beside it."""
    for path in ("return-codes/", "en/return-codes/", "codes/sdk/66660004/"):
        weights = page_weight(site, path)
        search = sum(size for name, size in weights.items() if SEARCH_PAYLOAD.match(name))
        page = sum(weights.values()) - search
        print(f"\n{path}: {page:,} bytes gzipped, {page + search:,} with the search ({weights})")
        assert page <= 100 * 1024, (path, page)


@pytest.mark.parametrize("page", ["index.md", "index.en.md"])
def test_python_examples_on_the_home_page_run(monkeypatch: pytest.MonkeyPatch, page: str) -> None:
    """The pycon blocks of the home page are doctests against generated/."""
    text = (ROOT / "docs" / page).read_text(encoding="utf-8")
    blocks = re.findall(r"```pycon\n(.*?)```", text, flags=re.S)
    assert blocks
    monkeypatch.syspath_prepend(str(GENERATED / "python"))
    monkeypatch.chdir(GENERATED / "schema")  # the JSON Schema example opens the file by name
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    for number, block in enumerate(blocks):
        test = doctest.DocTestParser().get_doctest(
            re.sub(r"^ {4}", "", block, flags=re.M), {}, f"{page} pycon block {number}", None, 0
        )
        runner.run(test)
    assert runner.summarize(verbose=False).failed == 0


def test_every_page_has_its_english_twin(site: Path) -> None:
    """Same pages, same anchors, in both languages."""
    zh = {p.relative_to(site) for p in site.rglob("index.html") if p.parts[len(site.parts)] != "en"}
    en = {p.relative_to(site / "en") for p in (site / "en").rglob("index.html")}
    assert zh == en
    for page in zh:
        ids = [
            re.findall(r'\bid="([^"]+)"', re.sub(r"<h1 id=\"[^\"]*\"", "<h1", p.read_text("utf-8")))
            for p in (site / page, site / "en" / page)
        ]
        assert ids[0] == ids[1], page


class _Prose(HTMLParser):
    """The text of each block of prose (paragraph, list item, heading) in a page's
    article, with code and text marked as another language left out."""

    BLOCKS = {"p", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption"}
    SKIPPED = {"code", "pre", "kbd", "script", "style"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[list[str]] = []
        self.open: list[tuple[str, str, int]] = []  # (tag, "block" | "skip" | "", its block)
        self.article = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.article += tag == "article"
        if tag in VOID_TAGS:
            return
        lang = dict(attrs).get("lang")
        kind = ""
        if tag in self.SKIPPED or (self.article and lang and not lang.startswith("zh")):
            kind = "skip"
        elif tag in self.BLOCKS and self.article:
            kind = "block"
            self.blocks.append([])
        self.open.append((tag, kind, len(self.blocks) - 1))

    def handle_endtag(self, tag: str) -> None:
        self.article -= tag == "article"
        if any(open_tag == tag for open_tag, _, _ in self.open):
            while self.open.pop()[0] != tag:
                pass

    def handle_data(self, data: str) -> None:
        kinds = [(kind, block) for _, kind, block in self.open if kind]
        if kinds and all(kind == "block" for kind, _ in kinds):
            self.blocks[kinds[-1][1]].append(data)


VOID_TAGS = {"br", "hr", "img", "input", "link", "meta", "source", "wbr", "col", "area"}
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
HAN_CHARACTER = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def english_prose(page: str) -> list[str]:
    """The blocks of a page's prose with words in Latin letters and no Chinese."""
    parser = _Prose()
    parser.feed(page)
    texts = ("".join(block).strip() for block in parser.blocks)
    return [t for t in texts if LATIN_WORD.search(t) and not HAN_CHARACTER.search(t)]


def test_the_chinese_pages_prose_is_chinese(site: Path) -> None:
    """Every paragraph, list item and heading of a Chinese page that has words
    (outside code) is written in Chinese: an English page left on the Chinese site,
    marked zh-CN as a whole, fails here."""
    pages = [p for p in site.rglob("index.html") if p.parts[len(site.parts)] != "en"]
    assert {site / path / "index.html" for path in PAGES if not path.startswith("en/")} <= set(
        pages
    )
    english = {str(p.relative_to(site)): english_prose(p.read_text("utf-8")) for p in pages}
    assert {page: blocks for page, blocks in english.items() if blocks} == {}
    # and the check sees English where there is some: the English twins have it
    assert english_prose((site / "en" / "responses" / "index.html").read_text("utf-8"))


def test_chinese_hook_marks_only_unmarked_chinese() -> None:
    """Runs of Chinese get lang="zh-CN"; marked text, tags and scripts stay as they are."""
    sys.path.insert(0, str(ROOT / "overrides" / "hooks"))
    try:
        from chinese import mark
    finally:
        sys.path.remove(str(ROOT / "overrides" / "hooks"))
    html = (
        '<p title="人脸">人脸核身 (FaceID), <code>"无法确认为同一人"</code><br>'
        '<span lang="zh-CN">已标记<b>内</b></span> <i lang="en">mixed 中文</i>'
        '<script>const s = "<中>";</script><!-- 注释 --></p>'
    )
    assert mark(html) == (
        '<p title="人脸"><span lang="zh-CN">人脸核身</span> (FaceID), '
        '<code>"<span lang="zh-CN">无法确认为同一人</span>"</code><br>'
        '<span lang="zh-CN">已标记<b>内</b></span> <i lang="en">mixed <span lang="zh-CN">中文</span></i>'
        '<script>const s = "<中>";</script><!-- 注释 --></p>'
    )
    assert mark("请求不合法，缺少参数。OK") == '<span lang="zh-CN">请求不合法，缺少参数。</span>OK'


# --- in the browser -------------------------------------------------------


# The browser tests read the site under a base path of its own, as a team
# hosting it inside its network might: nothing outside it is served.
BASE_PATH = "/intranet/faceid-codes/"


class _UnderBasePath(QuietHandler):
    def translate_path(self, path: str) -> str:
        if not path.startswith(BASE_PATH):
            return str(Path(self.directory) / "not-served" / "at-all")
        return super().translate_path("/" + path[len(BASE_PATH) :])


@pytest.fixture(scope="module")
def base_url(site: Path) -> Iterator[str]:
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_UnderBasePath, directory=str(site))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}{BASE_PATH}"
    server.shutdown()
    server.server_close()
    thread.join()


@dataclass
class Session:
    """One page of one headless Chromium, and everything that went wrong in it."""

    page: Page
    base_url: str
    problems: list[str] = field(default_factory=list)

    def watch(self) -> None:
        page = self.page
        page.on("console", self._on_console)
        page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))
        page.on("requestfailed", lambda r: self.problems.append(f"failed: {r.url} {r.failure}"))
        page.on("response", self._on_response)
        page.on("request", self._on_request)

    def _on_console(self, message: ConsoleMessage) -> None:
        if message.type in ("error", "warning"):
            self.problems.append(f"console {message.type}: {message.text}")

    def _on_response(self, response: Response) -> None:
        if response.status >= 400:
            self.problems.append(f"HTTP {response.status}: {response.url}")

    def _on_request(self, request: Request) -> None:
        if not request.url.startswith((self.base_url, "data:", "blob:")):
            self.problems.append(f"request outside the site: {request.url}")

    def open(self, path: str, viewport: ViewportSize = DESKTOP, scheme: str = "light") -> None:
        self.page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
        self.page.set_viewport_size(viewport)
        self.page.goto(self.base_url + path)

    def open_search(
        self, viewport: ViewportSize = DESKTOP, scheme: str = "light", path: str = ""
    ) -> None:
        """Open the search box of a page (the home page) as a reader does: click it,
        or on a narrow screen the search button that opens it."""
        self.open(path, viewport, scheme)
        if viewport["width"] < 960:  # Material's breakpoint for the inline search box
            self.page.locator("label.md-header__button[for=__search]").click()
        self.page.locator(SEARCH_INPUT).click()
        # The worker has its index and the code index is loaded once a first query answers.
        self.searches(["0"])

    def searches(self, queries: list[str]) -> list[list[dict]]:
        """Type each query into the open search box; the rendered results of each.

        Each result is Material's list item: its links in order, each with its
        location, heading level, text, and whether it is shown (not folded away
        under "N more on this page").
        """
        results: list[list[dict]] = self.page.evaluate(SEARCH_ALL, queries)
        return results

    def search(self, query: str, path: str = "") -> list[str]:
        """Search `query` from a page (the home page); where the result links lead:
        "path#anchor", the path under the site's base."""
        self.open_search(path=path)
        (groups,) = self.searches([query])
        return [f"{site_path(link['href'])}#{link['hash']}" for group in groups for link in group]


# Types each query, waits until Material has rendered the results (meta line
# and list change in one task), and reads them.  Material reads the box on keyup.
SEARCH_ALL = """async queries => {
    const input = document.querySelector("input[data-md-component=search-query]");
    const output = document.querySelector("[data-md-component=search-result]");
    const read = () => [...output.querySelectorAll(".md-search-result__item")].map(li =>
        [...li.querySelectorAll("a.md-search-result__link")].map(a => ({
            href: a.href,
            hash: decodeURIComponent(new URL(a.href).hash.slice(1)),
            level: a.querySelector("h1") ? 1 : 2,
            text: a.innerText,
            shown: !a.closest("details:not([open])"),
            terms: a.querySelector(".md-search-result__terms")?.innerText ?? "",
        })));
    const results = [];
    for (const query of queries) {
        if (input.value !== query) {  // the box ignores a value it already has
            // Settled: rendered, then 300 ms without another change (on a busy
            // machine the results of one query may arrive in more than one task).
            const rendered = new Promise((resolve, reject) => {
                let quiet;
                const observer = new MutationObserver(() => {
                    clearTimeout(quiet);
                    quiet = setTimeout(() => { observer.disconnect(); resolve(); }, 300);
                });
                observer.observe(output, {childList: true, subtree: true, characterData: true});
                setTimeout(() => reject(new Error(`no results rendered for ${query}`)), 10000);
            });
            input.value = query;
            input.dispatchEvent(new KeyboardEvent("keyup", {key: "End", bubbles: true}));
            await rendered;
        }
        results.push(read());
    }
    return results;
}"""


@pytest.fixture(scope="module")
def browser(base_url: str) -> Iterator:
    if os.environ.get("FACEID_SKIP_BROWSER") == "1":
        pytest.skip("FACEID_SKIP_BROWSER=1")
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: the browser tests drive Debian's chromium, "
            "which .ci/run installs (apt-get install chromium)",
            pytrace=False,
        )
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def session(browser, base_url: str) -> Iterator[Session]:
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.set_default_timeout(15_000)
    session = Session(page, base_url)
    session.watch()
    yield session
    context.close()


# --- pages per code, languages -----------------------------------------------

# The page's title, language, switch link to English (resolved), and warnings.
PAGE_FACTS = """() => ({
    title: document.title,
    lang: document.documentElement.lang,
    english: document.querySelector('.md-select__link[hreflang="en"]')?.href ?? "",
    chinese: document.querySelector('.md-select__link[hreflang="zh-CN"]')?.href ?? "",
    warnings: [...document.querySelectorAll(".admonition.danger")].map(box => {
        const rect = box.getBoundingClientRect();
        return {
            seen: rect.width > 0 && rect.height > 0 && rect.top < innerHeight,
            links: [...box.querySelectorAll("a")].map(a => a.href),
        };
    }),
})"""


def test_every_code_has_its_page_in_chinese_and_in_english_through_the_switch(
    session: Session, real_spec: Spec
) -> None:
    """Every code: its page, titled with the code and its Chinese message, in zh-CN;
    the language switch leads to the same code's English page, titled in English."""
    wrong = []
    started = time.perf_counter()
    for path, channel, code in code_pages(real_spec):
        session.open(path)
        zh = session.page.evaluate(PAGE_FACTS)
        if not (zh["title"].startswith(f"{code.code} {code.message} - ") and zh["lang"] == "zh-CN"):
            wrong.append(("zh", path, zh["title"], zh["lang"]))
        session.page.goto(zh["english"])
        en = session.page.evaluate(PAGE_FACTS)
        if not (
            en["title"].startswith(f"{code.code} {code.message_en} - ")
            and en["lang"] == "en"
            and site_path(en["chinese"]) == path
        ):
            wrong.append(("en", path, en["title"], en["lang"]))
    took = time.perf_counter() - started
    print(
        f"\n{len(code_pages(real_spec))} codes, each in 2 languages: {len(wrong)} wrong ({took:.1f} s)"
    )
    assert wrong == []


def test_the_switch_is_a_click_away_on_every_page(session: Session) -> None:
    """The language switch itself, clicked as a reader does, on the main pages."""
    for path in PAGES:
        session.open(path)
        other = "zh-CN" if path.startswith("en/") else "en"
        session.page.locator(".md-header__option .md-select").hover()
        session.page.locator(f'.md-select__link[hreflang="{other}"]').click()
        session.page.wait_for_function(f"document.documentElement.lang === '{other}'")
        assert site_path(session.page.url) == (
            path.removeprefix("en/") if path.startswith("en/") else "en/" + path
        )


def test_billing_twins_are_flagged_both_ways(session: Session, real_spec: Spec) -> None:
    """Each code of a twin pair (derived from the spec) warns, in view, on its page in
    both languages, naming the other with a link; its reference row is marked."""
    pairs = twin_pairs(real_spec)
    assert pairs
    for path, twin in pairs:
        for root in LANGS:
            session.open(root + path, PHONE)
            facts = session.page.evaluate(PAGE_FACTS)
            assert [w["seen"] for w in facts["warnings"]] == [True], (root, path)
            linked = {site_path(link) for link in facts["warnings"][0]["links"]}
            assert root + twin in linked, (root, path, linked)
    for root in LANGS:
        session.open(f"{root}return-codes/")
        marked = session.page.evaluate(
            """() => [...document.querySelectorAll("tr.codes__twin")].map(row => [
                row.id, getComputedStyle(row.querySelector("td")).boxShadow !== "none"])"""
        )
        expected = {p.split("/")[1] + "-" + p.split("/")[2] for p, _ in pairs}
        assert {row for row, _ in marked} == expected and all(bar for _, bar in marked)
    print(f"\nbilling twins flagged both ways: {len(pairs) // 2} pairs, {len(pairs) * 2} pages")


# --- search ---------------------------------------------------------------


def code_hits(groups: list[list[dict]]) -> list[tuple[str, bool]]:
    """The code pages a result list leads to, in order: ("<channel>-<code>", shown), each once."""
    hits: list[tuple[str, bool]] = []
    for group in groups:
        for link in group:
            found = CODE_PAGE.fullmatch(site_path(link["href"]))
            if found and link["level"] == 2:
                anchor = f"{found[1]}-{found[2]}"
                if anchor not in [a for a, _ in hits]:
                    hits.append((anchor, link["shown"]))
    return hits


def leads_with(groups: list[list[dict]], expected: set[str]) -> bool:
    """The first len(expected) codes found are exactly `expected`, none folded away."""
    first = code_hits(groups)[: len(expected)]
    return {a for a, _ in first} == expected and all(shown for _, shown in first)


@pytest.mark.parametrize("root", list(LANGS), ids=["zh", "en"])
def test_search_finds_every_code_by_number_and_by_its_messages(
    session: Session, real_spec: Spec, root: str
) -> None:
    """Over every code: its number puts its page first; its exact Chinese or English
    message puts it first, or, where codes share that message, all of them, none folded."""
    codes = [(f"{ch.key}-{c.code}", c) for ch in real_spec.channels for c in ch.codes]
    queries: dict[str, set[str]] = {}  # query -> the codes it must lead with
    for anchor, c in codes:
        queries.setdefault(str(c.code), set()).add(anchor)
        queries.setdefault(c.message, set()).add(anchor)
        queries.setdefault(c.message_en, set()).add(anchor)
    session.open_search(path=root)
    started = time.perf_counter()
    found = dict(zip(queries, session.searches(list(queries))))
    took = time.perf_counter() - started
    pages = {
        site_path(link["href"]).startswith("en/")
        for groups in found.values()
        for group in groups
        for link in group
    }
    assert pages == {root == "en/"}, "a result in the other language"
    figures = {}
    for kind, text in [
        ("number", lambda c: str(c.code)),
        ("zh message", lambda c: c.message),
        ("en message", lambda c: c.message_en),
    ]:
        misses = [a for a, c in codes if not leads_with(found[text(c)], queries[text(c)])]
        figures[kind] = (len(codes) - len(misses), misses)
    print(
        f"\n{LANGS[root]}: "
        + "; ".join(f"{kind} first: {ok}/{len(codes)}" for kind, (ok, _) in figures.items())
        + f"  ({len(queries)} distinct queries, {1000 * took / len(queries):.1f} ms each)"
    )
    assert figures["number"][0] == len(codes), figures["number"][1]
    assert figures["zh message"][0] >= len(codes) - 2, figures["zh message"][1]
    assert figures["en message"][0] >= len(codes) - 2, figures["en message"][1]


def test_ten_chinese_queries(session: Session) -> None:
    """The report's ten Chinese queries: each finds something, its first results printed."""
    session.open_search()
    report = []
    for query, groups in zip(CHINESE_QUERIES, session.searches(list(CHINESE_QUERIES))):
        first = [
            f"{site_path(link['href'])}#{link['hash']}".removesuffix("#")
            + f" {link['text'].split(chr(10))[0]}"
            for group in groups[:3]
            for link in group[:1]
        ]
        report.append(f"{query}: {len(groups)} results; " + " | ".join(first))
        assert groups, query
    print("\n" + "\n".join(report))


def test_search_shows_readers_words_only(session: Session, real_spec: Spec) -> None:
    """A result's "Missing:" line names words of the query, never internal index tokens."""
    session.open_search()
    queries = list(dict.fromkeys(c.message for ch in real_spec.channels for c in ch.codes))
    queries += ["livness", "收费", "-5020", "无法确认"]
    missing = {
        (query, term)
        for query, groups in zip(queries, session.searches(queries))
        for group in groups
        for link in group
        for term in link["terms"].partition(":")[2].split()
    }
    print(f"\nwords shown as missing: {len(missing)}")
    # Material shows a term with lunr's trailing wildcard, and the Chinese words
    # jieba cut from the query run together: every character is the reader's.
    assert [(q, t) for q, t in missing if not set(t.lower().rstrip("*")) <= set(q.lower())] == []


@pytest.mark.parametrize("query", LIVENESS_QUERIES)
def test_search_finds_liveness_codes_despite_typos(
    session: Session, real_spec: Spec, query: str
) -> None:
    session.open_search()
    (groups,) = session.searches([query])
    liveness = {
        f"{ch.key}-{c.code}"
        for ch in real_spec.channels
        for c in ch.codes
        if "liveness" in f"{c.message_en} {c.action_en} {c.category}".lower()
        or "活体" in f"{c.message} {c.action}"
    }
    first = code_hits(groups)[:5]
    assert len(first) == 5 and {a for a, _ in first} <= liveness, first


@pytest.mark.parametrize("query", BILLING_WORDS)
def test_billing_words_lead_to_the_billing_list(session: Session, query: str) -> None:
    for root in LANGS:
        links = session.search(query, root)
        assert links[0] == f"{root}billing/#billed-codes", links[:3]


@pytest.mark.parametrize(
    ("query", "path"),
    [
        ("-1101", "codes/sdk/-1101/"),  # the WeChat code 1101 has the same digits
        ("1101", "codes/wechat/1101/"),
        ("1", "codes/wechat/1/"),
        ("−5020", "codes/sdk/-5020/"),  # a typographic minus, as some logs print it
        ("ErrorCode: 66660004", "codes/sdk/66660004/"),
    ],
)
def test_enter_opens_the_page_of_the_code_searched_for(
    session: Session, query: str, path: str
) -> None:
    for root in LANGS:
        session.open_search(path=root)
        session.searches([query])
        session.page.locator(SEARCH_INPUT).press("Enter")
        # Material adds ?h=<terms> to highlight them; a code result has none.
        session.page.wait_for_url(re.compile(re.escape(BASE_PATH + root + path) + r"(\?h=)?$"))


# --- layout ---------------------------------------------------------------


def wait_until_row_is_seen(page: Page, anchor: str) -> None:
    """Wait until the row's code cell is on screen and not under the sticky header."""
    page.wait_for_function(
        """anchor => {
            const cell = document.getElementById(anchor).querySelector("td");
            const box = cell.getBoundingClientRect();
            const x = box.left + box.width / 2, y = box.top + box.height / 2;
            return y > 0 && y < innerHeight && cell.contains(document.elementFromPoint(x, y));
        }""",
        arg=anchor,
    )


# For each anchor: follow it as a link does, then measure what the reader sees.
# "seen" means inside the viewport and not hidden under the sticky headers.
DEEP_LINKS = """async anchors => {
    const frame = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
    const seen = el => {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.top < 0 || box.bottom > innerHeight) return false;
        if (box.left < 0 || box.right > innerWidth) return false;
        const hit = document.elementFromPoint(box.left + 2, box.top + Math.min(box.height / 2, 8));
        return el.contains(hit) || hit === el;
    };
    const out = {};
    for (const anchor of anchors) {
        location.hash = anchor;
        await frame();
        const row = document.getElementById(anchor);
        const table = row.closest("table");
        out[anchor] = {
            code: seen(row.querySelector(".codes__code > a")),
            message: seen(row.querySelector(".codes__message")),
            billed: seen(row.querySelector(".codes__billed")),
            context: seen(table.querySelector(".codes__context th")),
            labels: getComputedStyle(table.querySelector(".codes__labels")).display !== "none",
            target: row.matches(":target"),
            pageWidth: document.documentElement.scrollWidth,
            tableWidth: table.scrollWidth - table.clientWidth,
        };
    }
    return out;
}"""


@pytest.mark.parametrize(
    ("viewport", "labelled"), [(PHONE, False), (LAPTOP, True)], ids=["phone", "laptop"]
)
def test_an_old_anchor_shows_its_row_whole_without_sideways_scrolling(
    session: Session, real_spec: Spec, viewport: ViewportSize, labelled: bool, tmp_path: Path
) -> None:
    """Every code's old anchor on the reference: its number, message and billing in view,
    with its channel and category above it; nothing wider than the screen."""
    anchors = [f"{ch.key}-{c.code}" for ch in real_spec.channels for c in ch.codes + ch.removed]
    session.open("return-codes/#sdk--5020", viewport)
    wait_until_row_is_seen(session.page, "sdk--5020")
    session.page.screenshot(path=tmp_path / f"deep-link-{viewport['width']}.png")
    seen = session.page.evaluate(DEEP_LINKS, anchors)
    width = viewport["width"]
    whole = [
        a
        for a, s in seen.items()
        if all(s[k] for k in ("code", "message", "billed", "context", "target"))
    ]
    print(
        f"\n{width} px old anchors: {len(whole)}/{len(seen)} show code, message, billing and"
        f" context in view; widest page {max(s['pageWidth'] for s in seen.values())} px;"
        f" widest table overflow {max(s['tableWidth'] for s in seen.values())} px"
    )
    assert set(whole) == set(seen), sorted(set(seen) - set(whole))
    assert all(s["pageWidth"] <= width and s["tableWidth"] <= 0 for s in seen.values())
    assert all(s["labels"] == labelled for s in seen.values())


@pytest.mark.parametrize("viewport", [PHONE, LAPTOP, DESKTOP], ids=["phone", "laptop", "desktop"])
def test_no_page_scrolls_sideways(session: Session, viewport: ViewportSize) -> None:
    paths = PAGES + ("codes/sdk/66660002/", "en/codes/wechat/2010/", "codes/1101/")
    widths = []
    for path in paths:
        session.open(path, viewport)
        widths.append(session.page.evaluate("document.documentElement.scrollWidth"))
    assert widths == [viewport["width"]] * len(paths)


# --- language -------------------------------------------------------------

# Every text node with a Chinese character, and the lang it is read in.
CHINESE_TEXTS = """root => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const found = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode())
        if (/[\\u3400-\\u9fff]/.test(node.data))
            found.push([node.data.trim(), node.parentElement.closest("[lang]")?.lang ?? ""]);
    return found;
}"""


def test_every_page_is_in_its_language_and_chinese_on_english_pages_is_marked(
    session: Session,
) -> None:
    """The Chinese pages are zh-CN as a whole; on an English page every Chinese text is
    in lang="zh-CN"; search results too."""
    counts = {}
    for path in PAGES + ("codes/sdk/66660004/", "en/codes/sdk/66660004/"):
        session.open(path)
        root = "en/" if path.startswith("en/") else ""
        assert session.page.evaluate("document.documentElement.lang") == LANGS[root]
        texts = session.page.evaluate(f"({CHINESE_TEXTS})(document.body)")
        wrong = [t for t in texts if not (t[1] or LANGS[root]).startswith("zh")]
        assert wrong == [], (path, wrong[:5])
        counts[path or "home"] = len(texts)
    for root in LANGS:
        session.open_search(path=root)
        for query in ("无法确认为同一人", "活体", "-5020", "人脸核身"):
            session.searches([query])
            texts = session.page.evaluate(
                f"({CHINESE_TEXTS})(document.querySelector('.md-search-result'))"
            )
            assert texts and [t for t in texts if not (t[1] or LANGS[root]).startswith("zh")] == []
    print(f"\nChinese texts per page: {counts}")


# --- accessibility --------------------------------------------------------


def axe_violations(page: Page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    found: list[str] = page.evaluate("""async () => (await axe.run(document)).violations
            .map(v => `${v.id} (${v.nodes.length}): ${v.nodes[0].target.join(" ")}`)""")
    return found


A11Y_PAGES = PAGES + ("codes/sdk/66660004/", "en/codes/wechat/2010/")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_axe_finds_nothing(session: Session, viewport: ViewportSize, scheme: str) -> None:
    found = {}
    for path in A11Y_PAGES:
        session.open(path, viewport, scheme)
        found[path or "home"] = axe_violations(session.page)
    print(f"\naxe, {viewport['width']} px {scheme}: {found}")
    assert found == {path or "home": [] for path in A11Y_PAGES}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_axe_finds_nothing_in_the_search_dialog(
    session: Session, viewport: ViewportSize, scheme: str
) -> None:
    """The dialog open, with code results and lunr's results (highlighted terms) in it."""
    session.open_search(viewport, scheme)
    session.searches(["-5020"])
    assert axe_violations(session.page) == []


def test_pages_load_under_a_base_path_without_errors_or_outside_requests(
    session: Session,
) -> None:
    """Served under BASE_PATH: no 404, no console error, no request outside the site."""
    session.problems.clear()  # count this test's page loads only, not earlier tests' navigation
    for path in A11Y_PAGES + ("codes/1101/",):
        session.open(path)
        session.page.wait_for_load_state("networkidle")
    session.search("2006")  # the search worker and both indexes load too
    session.search("2006", "en/")
    assert session.problems == []


# Every test that opens the site in Chromium runs an outside toolchain: they
# are the tests that take the browser session.
for _name, _test in list(globals().items()):
    if (
        _name.startswith("test_")
        and "session" in _test.__code__.co_varnames[: _test.__code__.co_argcount]
    ):
        globals()[_name] = pytest.mark.toolchain(_test)
