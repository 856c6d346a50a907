"""The published docs site: built with mkdocs, served locally, read in headless Chromium.

One strict build and one browser for the whole module.  The browser is Debian's
Chromium (`.ci/run` installs it); Playwright never downloads one.  axe-core
comes from npm (package-lock.json) and is injected into the pages.  Set
FACEID_SKIP_BROWSER=1 to run only the checks that need no browser.

The browser tests measure over every code of the spec and print their
figures (run pytest with -s to see them), so that runs can be compared.
"""

from __future__ import annotations

import doctest
import functools
import json
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
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
PAGES = ("", "return-codes/", "billing/", "releasing/")
SEARCH_INPUT = "input[data-md-component=search-query]"
RESULT_LINK = "a.md-search-result__link"
ANCHOR = re.compile(r'<tr id="([a-z0-9_]+--?\d+)">')
# A tag that makes the browser fetch what it names (links to read are fine).
OUTSIDE_RESOURCE = re.compile(
    r'<(?:script|link|img|iframe|source|video|audio)\b[^>]*\b(?:src|href)="(?:https?:)?//'
)
BILLING_WORDS = ("收费", "计费", "是否收费", "billed", "free")
# Typed as readers type them: misspelt English, and Chinese words inside messages.
LIVENESS_QUERIES = ("livness", "liveness", "活体", "活体检测", "活体检侧")


def anchors(spec: Spec) -> list[str]:
    return [f"{ch.key}-{c.code}" for ch in spec.channels for c in ch.codes]


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


@pytest.mark.parametrize("page", ["return-codes.md", "billing.md"])
def test_generated_pages_are_the_generated_files_in_place(page: str) -> None:
    link = ROOT / "docs" / page
    assert link.is_symlink(), f"docs/{page} must link to the generated page"
    assert link.resolve() == (GENERATED / "docs" / page).resolve()


def test_every_code_anchor_is_on_the_built_page(site: Path) -> None:
    generated = (GENERATED / "docs" / "return-codes.md").read_text(encoding="utf-8")
    built = (site / "return-codes" / "index.html").read_text(encoding="utf-8")
    found = ANCHOR.findall(generated)
    assert found and set(found) <= set(re.findall(r'id="([^"]+)"', built))


def test_code_index_holds_every_code_and_stays_small(site: Path, real_spec: Spec) -> None:
    """search/codes.json: one row per code, in page order; the whole search payload is printed."""
    index = json.loads((site / "search" / "codes.json").read_text(encoding="utf-8"))
    rows = [(index["channels"][row[0]]["key"], *row[1:5], row[7]) for row in index["codes"]]
    assert rows == [
        (ch.key, c.code, c.name, c.message, c.message_en, int(c.billable))
        for ch in real_spec.channels
        for c in ch.codes + ch.removed
    ]
    assert index["pages"] == {"reference": "return-codes/", "billing": "billing/"}
    sizes = {name: (site / "search" / name).stat().st_size for name in os.listdir(site / "search")}
    print(f"\nsearch payload: {sizes} = {sum(sizes.values()):,} bytes")
    assert set(sizes) == {"codes.json", "search_index.json"}
    # The code tables stay out of lunr's index: each code is found once, by code-search.js.
    lunr = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [
        doc["location"] for doc in lunr["docs"] if "请确保本人操作且正脸对框" in doc["text"]
    ]


def test_site_asks_for_nothing_outside_itself(site: Path) -> None:
    """No web fonts, analytics or CDN: pages load nothing from another host."""
    for page in site.rglob("*.html"):
        assert not OUTSIDE_RESOURCE.search(page.read_text(encoding="utf-8")), page


def test_python_examples_on_the_home_page_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pycon blocks of docs/index.md are doctests against generated/."""
    text = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```pycon\n(.*?)```", text, flags=re.S)
    assert blocks
    monkeypatch.syspath_prepend(str(GENERATED / "python"))
    monkeypatch.chdir(GENERATED / "schema")  # the JSON Schema example opens the file by name
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    for number, block in enumerate(blocks):
        test = doctest.DocTestParser().get_doctest(
            re.sub(r"^ {4}", "", block, flags=re.M), {}, f"index.md pycon block {number}", None, 0
        )
        runner.run(test)
    assert runner.summarize(verbose=False).failed == 0


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


@pytest.fixture(scope="module")
def base_url(site: Path) -> Iterator[str]:
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(site))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
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

    def open_search(self, viewport: ViewportSize = DESKTOP, scheme: str = "light") -> None:
        """Open the search box of the home page as a reader does: click it, or on a
        narrow screen the search button that opens it."""
        self.open("", viewport, scheme)
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

    def search(self, query: str) -> list[str]:
        """Search `query` from the home page; where the result links lead: "path#anchor"."""
        self.open_search()
        (groups,) = self.searches([query])
        return [
            f"{urlsplit(link['href']).path}#{link['hash']}" for group in groups for link in group
        ]


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


# --- search ---------------------------------------------------------------


def code_hits(groups: list[list[dict]], keys: set[str]) -> list[tuple[str, bool]]:
    """The codes a result list leads to, in order: (anchor, shown), each once.

    A code result is a list item whose links lead to code anchors; the first
    link heads the item and repeats its first code's address.
    """
    hits: list[tuple[str, bool]] = []
    for group in groups:
        for link in group:
            anchor = link["hash"]
            if anchor.split("-", 1)[0] in keys and re.fullmatch(r"[a-z0-9_]+--?\d+", anchor):
                if link["level"] == 2 and anchor not in [a for a, _ in hits]:
                    hits.append((anchor, link["shown"]))
    return hits


def leads_with(groups: list[list[dict]], keys: set[str], expected: set[str]) -> bool:
    """The first len(expected) codes found are exactly `expected`, none folded away."""
    first = code_hits(groups, keys)[: len(expected)]
    return {a for a, _ in first} == expected and all(shown for _, shown in first)


@pytest.mark.toolchain
def test_search_finds_every_code_by_number_and_by_its_messages(
    session: Session, real_spec: Spec
) -> None:
    """Over every code: its number puts it first; its exact Chinese or English message
    puts it first, or, where codes share that message, puts all of them first, none
    folded away."""
    keys = {ch.key for ch in real_spec.channels}
    codes = [(f"{ch.key}-{c.code}", c) for ch in real_spec.channels for c in ch.codes]
    queries: dict[str, set[str]] = {}  # query -> the codes it must lead with
    for anchor, c in codes:
        queries.setdefault(str(c.code), set()).add(anchor)
        queries.setdefault(c.message, set()).add(anchor)
        queries.setdefault(c.message_en, set()).add(anchor)
    session.open_search()
    started = time.perf_counter()
    found = dict(zip(queries, session.searches(list(queries))))
    took = time.perf_counter() - started  # typed, ranked by both searches, rendered, read back
    figures = {}
    for kind, text in [
        ("number", lambda c: str(c.code)),
        ("zh message", lambda c: c.message),
        ("en message", lambda c: c.message_en),
    ]:
        misses = [a for a, c in codes if not leads_with(found[text(c)], keys, queries[text(c)])]
        figures[kind] = (len(codes) - len(misses), misses)
    print(
        "\n"
        + "; ".join(f"{kind} first: {ok}/{len(codes)}" for kind, (ok, _) in figures.items())
        + f"  ({len(queries)} distinct queries, {1000 * took / len(queries):.1f} ms each)"
    )
    assert figures["number"][0] == len(codes), figures["number"][1]
    assert figures["zh message"][0] >= len(codes) - 2, figures["zh message"][1]
    assert figures["en message"][0] >= len(codes) - 2, figures["en message"][1]


@pytest.mark.toolchain
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
    assert [(q, t) for q, t in missing if t.lower() not in q.lower()] == []


@pytest.mark.toolchain
@pytest.mark.parametrize("query", LIVENESS_QUERIES)
def test_search_finds_liveness_codes_despite_typos(
    session: Session, real_spec: Spec, query: str
) -> None:
    keys = {ch.key for ch in real_spec.channels}
    session.open_search()
    (groups,) = session.searches([query])
    liveness = {
        f"{ch.key}-{c.code}"
        for ch in real_spec.channels
        for c in ch.codes
        if "liveness" in f"{c.message_en} {c.action_en} {c.category}".lower()
        or "活体" in f"{c.message} {c.action}"
    }
    first = code_hits(groups, keys)[:5]
    assert len(first) == 5 and {a for a, _ in first} <= liveness, first


@pytest.mark.toolchain
@pytest.mark.parametrize("query", BILLING_WORDS)
def test_billing_words_lead_to_the_billing_list(session: Session, query: str) -> None:
    links = session.search(query)
    assert links[0] == "/billing/#billed-codes", links[:3]


@pytest.mark.toolchain
@pytest.mark.parametrize(
    ("query", "anchor"),
    [
        ("-1101", "sdk--1101"),  # the WeChat code 1101 has the same digits
        ("1101", "wechat-1101"),
        ("1", "wechat-1"),
        ("−5020", "sdk--5020"),  # a typographic minus, as some logs print it
        ("ErrorCode: 66660004", "sdk-66660004"),
    ],
)
def test_enter_opens_the_code_searched_for(session: Session, query: str, anchor: str) -> None:
    session.open_search()
    session.searches([query])
    session.page.locator(SEARCH_INPUT).press("Enter")
    session.page.wait_for_url(re.compile(f"/return-codes/.*#{re.escape(anchor)}$"))
    wait_until_row_is_seen(session.page, anchor)


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
        const context = table.querySelector(".codes__context th");
        const labels = table.querySelector(".codes__labels");
        out[anchor] = {
            code: seen(row.querySelector(".codes__code > a")),
            message: [...row.querySelectorAll(".codes__message > p[lang]")].every(seen),
            billed: seen(row.querySelector(".codes__billed")),
            context: seen(context),
            labels: getComputedStyle(labels).display !== "none" && seen(labels),
            target: row.matches(":target"),
            pageWidth: document.documentElement.scrollWidth,
            tableWidth: table.scrollWidth - table.clientWidth,
        };
    }
    return out;
}"""


@pytest.mark.toolchain
@pytest.mark.parametrize(
    ("viewport", "labelled"), [(PHONE, False), (LAPTOP, True)], ids=["phone", "laptop"]
)
def test_deep_link_to_any_code_shows_it_whole_without_sideways_scrolling(
    session: Session, real_spec: Spec, viewport: ViewportSize, labelled: bool, tmp_path: Path
) -> None:
    """Every code: its number, message and billed status in view, with its channel and
    category (and, on a table, the column labels) above it; nothing wider than the screen."""
    session.open("return-codes/#sdk--5020", viewport)  # an old anchor, loaded as a link
    wait_until_row_is_seen(session.page, "sdk--5020")
    session.page.screenshot(path=tmp_path / f"deep-link-{viewport['width']}.png")
    seen = session.page.evaluate(DEEP_LINKS, anchors(real_spec))
    width = viewport["width"]
    whole = [
        a
        for a, s in seen.items()
        if s["code"] and s["message"] and s["billed"] and s["context"] and s["target"]
    ]
    print(
        f"\n{width} px deep links: {len(whole)}/{len(seen)} show code, message, billed and"
        f" context in view; widest page {max(s['pageWidth'] for s in seen.values())} px;"
        f" widest table overflow {max(s['tableWidth'] for s in seen.values())} px"
    )
    assert set(whole) == set(seen), sorted(set(seen) - set(whole))
    assert all(s["pageWidth"] <= width and s["tableWidth"] <= 0 for s in seen.values())
    assert all(s["labels"] == labelled for s in seen.values())


@pytest.mark.toolchain
@pytest.mark.parametrize("viewport", [PHONE, LAPTOP, DESKTOP], ids=["phone", "laptop", "desktop"])
def test_no_page_scrolls_sideways(session: Session, viewport: ViewportSize) -> None:
    widths = []
    for path in PAGES:
        session.open(path, viewport)
        widths.append(session.page.evaluate("document.documentElement.scrollWidth"))
    assert widths == [viewport["width"]] * len(PAGES)


@pytest.mark.toolchain
def test_every_code_has_a_visible_link_to_itself(session: Session, real_spec: Spec) -> None:
    session.open("return-codes/", PHONE)
    links = session.page.evaluate("""() => [...document.querySelectorAll("tr[id]")].map(row => {
            const a = row.querySelector(".codes__code > a");
            const box = a.getBoundingClientRect();
            return [row.id, a.getAttribute("href"), box.width > 0 && box.height > 0];
        })""")
    assert sorted(links) == sorted([a, f"#{a}", True] for a in anchors(real_spec))


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


@pytest.mark.toolchain
def test_chinese_is_marked_as_chinese_and_english_as_english(
    session: Session, real_spec: Spec
) -> None:
    """Pages and search results: every Chinese text in lang="zh-CN", the page in English."""
    counts = {}
    for path in PAGES:
        session.open(path)
        page = session.page
        assert page.evaluate("document.documentElement.lang") == "en"
        texts = page.evaluate(f"({CHINESE_TEXTS})(document.body)")
        wrong = [t for t in texts if t[1] != "zh-CN"]
        assert wrong == [], (path, wrong[:5])
        counts[path or "home"] = len(texts)
    session.open("return-codes/")
    english = session.page.evaluate(
        "[...document.querySelectorAll('.codes__message > p:nth-child(2)')].map(p => p.lang)"
    )
    assert english == ["en"] * sum(len(ch.codes) + len(ch.removed) for ch in real_spec.channels)
    session.open_search()
    results = 0
    for query in ("无法确认为同一人", "活体", "-5020", "人脸核身"):
        session.searches([query])
        texts = session.page.evaluate(
            f"({CHINESE_TEXTS})(document.querySelector('.md-search-result'))"
        )
        assert texts and [t for t in texts if t[1] != "zh-CN"] == [], query
        results += len(texts)
    print(f"\nChinese texts marked zh-CN: {counts}, in search results: {results}")


# --- accessibility --------------------------------------------------------


def axe_violations(page: Page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    found: list[str] = page.evaluate("""async () => (await axe.run(document)).violations
            .map(v => `${v.id} (${v.nodes.length}): ${v.nodes[0].target.join(" ")}`)""")
    return found


@pytest.mark.toolchain
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_axe_finds_nothing(session: Session, viewport: ViewportSize, scheme: str) -> None:
    found = {}
    for path in PAGES:
        session.open(path, viewport, scheme)
        found[path or "home"] = axe_violations(session.page)
    print(f"\naxe, {viewport['width']} px {scheme}: {found}")
    assert found == {path or "home": [] for path in PAGES}


@pytest.mark.toolchain
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_axe_finds_nothing_in_the_search_dialog(
    session: Session, viewport: ViewportSize, scheme: str
) -> None:
    """The dialog open, with code results and lunr's results (highlighted terms) in it."""
    session.open_search(viewport, scheme)
    session.searches(["-5020"])
    assert axe_violations(session.page) == []


@pytest.mark.toolchain
def test_pages_load_without_errors_or_outside_requests(session: Session) -> None:
    session.problems.clear()  # count this test's page loads only, not earlier tests' navigation
    for path in PAGES:
        session.open(path)
        session.page.wait_for_load_state("networkidle")
    session.search("2006")  # the search worker and both indexes load too
    assert session.problems == []
