"""The examples the READMEs and the docs home page show, read as written."""

from __future__ import annotations

import re

from conftest import ROOT

# Where the usage examples are: the README's first use per language, and the
# page that goes further.  An example's name is unique across them.
EXAMPLE_PAGES = (ROOT / "README.md", ROOT / "USAGE.md")
EXAMPLE = re.compile(r"<!-- example: ([a-z0-9-]+) -->\n```(\w+)\n(.*?)```\n", re.S)


def marked_examples() -> list[tuple[str, str, str]]:
    """Every marked example of the usage pages, in page order: (name, language, code)."""
    return [
        found
        for page in EXAMPLE_PAGES
        for found in EXAMPLE.findall(page.read_text(encoding="utf-8"))
    ]


def readme_example(language: str) -> str:
    """The example marked `<!-- example: {language} -->`, as written."""
    (block,) = [code for name, lang, code in marked_examples() if name == lang == language]
    return block


def home_page_example(language: str) -> tuple[str, list[str]]:
    """The docs home page's snippet in `language` (a function body), and what
    its comments say each print shows (up to a colon)."""
    text = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    (block,) = re.findall(rf"^    ```{language}\n(.*?)^    ```$", text, flags=re.S | re.M)
    body = re.sub(r"^    ", "", block, flags=re.M)
    said = re.findall(
        r"// ([^:\n]*)", "\n".join(line for line in body.splitlines() if "print" in line.lower())
    )
    return body, said
