"""The examples the READMEs and the docs home page show, read as written."""

from __future__ import annotations

import re

from conftest import ROOT


def readme_example(language: str) -> str:
    """The README's example marked `<!-- example: {language} -->`, as written."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    marked = rf"^<!-- example: {language} -->\n```{language}\n(.*?)^```$"
    (block,) = re.findall(marked, text, flags=re.S | re.M)
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
