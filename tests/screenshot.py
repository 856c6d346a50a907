"""Take a screenshot of the built docs site, as the browser tests see it.

    make docs
    .venv/bin/python tests/screenshot.py 'codes/sdk/66660004/' twin-phone.png
    .venv/bin/python tests/screenshot.py 'en/codes/wechat/2010/' twin-en.png --width 1366 --height 800
    .venv/bin/python tests/screenshot.py 'return-codes/#sdk--5020' phone-dark.png --dark
    .venv/bin/python tests/screenshot.py 'return-codes/#sdk-66660004' laptop.png --width 1024 --height 768
    .venv/bin/python tests/screenshot.py 'codes/1101/' number.png

Serves site/ on a free local port and opens the page in Debian's Chromium
(the same browser and flags as tests/artefacts/test_docs_site.py), 390 x 844 by
default: a phone.
"""

from __future__ import annotations

import argparse
import functools
import sys
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent.parent)]  # conftest imports the generator

from playwright.sync_api import sync_playwright  # noqa: E402

from helpers.browser import CHROMIUM, CHROMIUM_ARGS, QuietHandler  # noqa: E402

SITE = Path(__file__).resolve().parent.parent / "site"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("page", help="a path under the site, e.g. 'codes/sdk/66660004/'")
    parser.add_argument("output", type=Path, help="the PNG to write")
    parser.add_argument("--width", type=int, default=390)
    parser.add_argument("--height", type=int, default=844)
    parser.add_argument("--dark", action="store_true", help="prefer the dark colour scheme")
    args = parser.parse_args()
    if not (SITE / "index.html").exists():
        parser.error(f"{SITE} has no site: run `make docs` first")
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(SITE))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            page = browser.new_page(
                viewport={"width": args.width, "height": args.height},
                color_scheme="dark" if args.dark else "light",
            )
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/{args.page}")
            page.wait_for_load_state("networkidle")
            page.screenshot(path=args.output)
            browser.close()
    finally:
        server.shutdown()
    print(args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
