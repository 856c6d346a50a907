"""The published docs site: built with mkdocs, served locally, read in headless Chromium.

One strict build and one browser for the whole module.  The browser is Debian's
Chromium (`.ci/run` installs it); Playwright never downloads one.  Set
FACEID_SKIP_BROWSER=1 to run only the checks that need no browser.
"""

from __future__ import annotations

import doctest
import functools
import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import (
    ConsoleMessage,
    Locator,
    Page,
    Request,
    Response,
    ViewportSize,
    sync_playwright,
)

from conftest import GENERATED, ROOT

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP: ViewportSize = {"width": 1280, "height": 800}
PHONE: ViewportSize = {"width": 375, "height": 740}
SEARCH_INPUT = "input[data-md-component=search-query]"
RESULT_LINK = "a.md-search-result__link"
ANCHOR = re.compile(r'<a id="([a-z0-9_]+--?\d+)"></a>')
# A tag that makes the browser fetch what it names (links to read are fine).
OUTSIDE_RESOURCE = re.compile(
    r'<(?:script|link|img|iframe|source|video|audio)\b[^>]*\b(?:src|href)="(?:https?:)?//'
)


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


def test_reference_is_the_generated_file_in_place() -> None:
    link = ROOT / "docs" / "return-codes.md"
    assert link.is_symlink(), "docs/return-codes.md must link to the generated reference"
    assert link.resolve() == (GENERATED / "docs" / "return-codes.md").resolve()


def test_every_code_anchor_is_on_the_built_page(site: Path) -> None:
    generated = (GENERATED / "docs" / "return-codes.md").read_text(encoding="utf-8")
    built = (site / "return-codes" / "index.html").read_text(encoding="utf-8")
    anchors = ANCHOR.findall(generated)
    assert anchors and set(anchors) <= set(re.findall(r'id="([^"]+)"', built))


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


# --- in the browser -------------------------------------------------------


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def base_url(site: Path) -> Iterator[str]:
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site))
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
        if message.type == "error":
            self.problems.append(f"console error: {message.text}")

    def _on_response(self, response: Response) -> None:
        if response.status >= 400:
            self.problems.append(f"HTTP {response.status}: {response.url}")

    def _on_request(self, request: Request) -> None:
        if not request.url.startswith((self.base_url, "data:", "blob:")):
            self.problems.append(f"request outside the site: {request.url}")

    def open(self, path: str, viewport: ViewportSize = DESKTOP) -> None:
        self.page.set_viewport_size(viewport)
        self.page.goto(self.base_url + path)

    def search(self, query: str) -> list[str]:
        """Type `query` into the search box of the home page; the result links."""
        self.open("")
        box = self.page.locator(SEARCH_INPUT)
        box.click()
        # Material reads the box on keyup; CJK text arrives without key events,
        # as from an input method, so a final key press stands for its commit.
        box.fill(query)
        box.press("End")
        self.page.locator(RESULT_LINK).first.wait_for()
        links: list[str] = self.page.locator(RESULT_LINK).evaluate_all("as => as.map(a => a.href)")
        return links


@pytest.fixture(scope="module")
def session(base_url: str) -> Iterator[Session]:
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
        page = chromium.new_context(viewport=DESKTOP).new_page()
        page.set_default_timeout(10_000)
        session = Session(page, base_url)
        session.watch()
        yield session
        chromium.close()


def row_of(session: Session, anchor: str) -> Locator:
    return session.page.locator(f"tr:has(> td > a[id='{anchor}'])")


def wait_until_row_is_seen(session: Session, anchor: str) -> None:
    """Wait until the row's first cell is on screen and not under the sticky header."""
    session.page.wait_for_function(
        """anchor => {
            const cell = document.getElementById(anchor).closest("td");
            const box = cell.getBoundingClientRect();
            const x = box.left + box.width / 2, y = box.top + box.height / 2;
            return y > 0 && y < innerHeight && cell.contains(document.elementFromPoint(x, y));
        }""",
        arg=anchor,
    )


def test_code_anchor_shows_its_row(session: Session, tmp_path: Path) -> None:
    session.open("return-codes/#sdk-66660004")
    wait_until_row_is_seen(session, "sdk-66660004")
    cells = row_of(session, "sdk-66660004").locator("> td")
    assert cells.nth(0).inner_text().strip() == "66660004"
    assert cells.nth(2).inner_text().strip() == "无法确认为同一人"
    billed = cells.last.locator("strong")
    assert billed.inner_text() == "Yes" and billed.is_visible()
    session.page.screenshot(path=tmp_path / "reference-desktop.png")


def test_searching_a_number_leads_to_its_row(session: Session) -> None:
    links = session.search("2006")
    assert any(link.endswith("#wechat-2006") for link in links), links
    session.page.locator(f"{RESULT_LINK}[href$='#wechat-2006']").first.click()
    session.page.wait_for_url(re.compile(r"/return-codes/.*#wechat-2006$"))
    wait_until_row_is_seen(session, "wechat-2006")


@pytest.mark.parametrize(
    ("query", "anchor"),
    [
        ("66660004", "sdk-66660004"),
        ("-5020", "sdk--5020"),  # a leading minus must not mean "exclude"
        ("无法确认为同一人", "sdk-66660004"),  # a whole message
        ("身份证", "wechat-2006"),  # a word inside 姓名和身份证号不一致，请核实后重试
        ("same person", "sdk-66660004"),
    ],
)
def test_search_finds_codes_by_number_and_text(session: Session, query: str, anchor: str) -> None:
    links = session.search(query)
    assert any(link.endswith(f"#{anchor}") for link in links), links


def test_phone_width_scrolls_tables_not_the_page(session: Session, tmp_path: Path) -> None:
    session.open("return-codes/#sdk-66660004", PHONE)
    wait_until_row_is_seen(session, "sdk-66660004")
    widths = session.page.evaluate("""() => {
            const wrap = document.getElementById("sdk-66660004").closest(".md-typeset__scrollwrap");
            return {page: document.documentElement.scrollWidth, view: innerWidth,
                    table: wrap.scrollWidth, wrap: wrap.clientWidth};
        }""")
    assert widths["page"] <= widths["view"], widths
    assert widths["table"] > widths["wrap"], widths  # the table does scroll, inside its wrapper
    session.page.screenshot(path=tmp_path / "reference-phone.png")


def test_pages_load_without_errors_or_outside_requests(session: Session) -> None:
    session.problems.clear()  # count this test's page loads only, not earlier tests' navigation
    for path in ("", "return-codes/", "billing/"):
        session.open(path)
        session.page.wait_for_load_state("networkidle")
    session.search("2006")  # the search worker and its index load too
    assert session.problems == []
