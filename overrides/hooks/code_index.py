"""Write search/codes.json: every return code, for the search box.

Material's search (lunr) ranks sections by term frequency, which cannot
promise that the number or the message a reader pastes from a log finds its
code first.  docs/javascripts/code-search.js ranks the codes itself, in the
browser, from this file, which is read from the spec the reference is
generated from; the code tables themselves stay out of lunr's index
(`data-search-exclude`), so that each code is found once.

One compact row per code keeps the file small: it is fetched with the page.
Both languages share it (the default language's build writes it): a code's
page is <language root><codes>/<channel>/<code>/, which the script puts
together for the language of the page it runs on.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

# The generator's package sits at the project root, beside mkdocs.yml; plain
# `mkdocs build` (not `python -m mkdocs` from the root) would not find it.
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from generator.model import Channel, Code, Spec  # noqa: E402
from generator.load import load_spec  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from code_pages import CODES, DEFAULT, LANGUAGES, language, root  # noqa: E402

sys.path.pop(0)

SPEC = ROOT / "spec" / "codes.yaml"
PAGES = {"reference": "return-codes.md", "billing": "billing.md"}
OUTPUT = Path("search") / "codes.json"

_urls: dict[str, str] = {}


def row(number: int, channel: Channel, code: Code, removed: bool) -> list[object]:
    return [
        number,
        code.code,
        code.name,
        code.message,
        code.message_en,
        "\n".join(code.action),
        "\n".join(code.action_en),
        int(code.billable),
        "removed" if removed else code.category,
        int(removed),
    ]


def index(spec: Spec, urls: dict[str, str]) -> dict[str, object]:
    channels, codes = [], []
    for number, channel in enumerate(spec.channels):
        categories = {c.key: [c.title_en, c.title] for c in channel.categories}
        categories["removed"] = ["Removed codes", ""]
        channels.append(
            {
                "key": channel.key,
                "title": channel.title_en,
                "zh": channel.title,
                "categories": categories,
                "billed": [c.code for c in channel.billed],
            }
        )
        codes += [row(number, channel, c, False) for c in channel.codes]
        codes += [row(number, channel, c, True) for c in channel.removed]
    return {
        "pages": {**urls, "codes": f"{CODES}/"},
        # The page's <html lang> -> where its language's pages are.
        "languages": {lang: root(key) for key, (_, lang) in LANGUAGES.items()},
        "total": spec.code_count,
        "billed": spec.billed_count,
        "channels": channels,
        "codes": codes,
    }


def on_files(files: Files, config: MkDocsConfig) -> Files:
    if language(config) != DEFAULT:
        return files
    _urls.clear()
    for name, path in PAGES.items():
        page = files.get_file_from_path(path)
        if page is None:
            raise LookupError(f"code_index hook: {path} is not among the docs")
        _urls[name] = page.url
    return files


def on_post_build(config: MkDocsConfig) -> None:
    if language(config) != DEFAULT:
        return
    path = Path(config.site_dir) / OUTPUT
    path.parent.mkdir(parents=True, exist_ok=True)
    data = index(load_spec(SPEC), dict(_urls))
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), "utf-8")
