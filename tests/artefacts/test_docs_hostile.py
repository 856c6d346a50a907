"""No text from the spec becomes markup on the site: the real site build, hostile texts.

Hypothesis draws texts from every Markdown and HTML metacharacter (and the
tricks built of them: attr_list's `{: … }`, images, autolinks, raw HTML,
emphasis, admonition and tab markers, entities) into every text field of a
small spec (messages, steps, English, family, channel and category titles).
The spec is rendered by the generator and built by mkdocs --strict with the
project's own mkdocs.yml, hooks and templates, in a copy of the project.
Every page of the hostile site may hold only elements and attributes that the
same build writes for plain texts, every link leads inside the site or to
https, and each text is shown as the characters it is.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT
from generator.load import load_spec
from generator.output.sync import write_tree
from generator.render.engine import render
from generator.render.escaping import LINK

# What the project copy needs to build the site; the pages with links to the
# real spec's codes are replaced by plain ones.
COPIED = ("mkdocs.yml", "overrides", "docs", "generator", "templates")
HOME = {"index.md": "# 首页\n\n中文首页。\n", "index.en.md": "# Home\n\nThe home page.\n"}

# Every field that holds a text, as the spec below names its placeholders.
FIELDS = (
    "CH1",
    "CH1_EN",
    "CAT1",
    "CAT1_EN",
    "CH2",
    "CH2_EN",
    "CAT2",
    "CAT2_EN",
    "FAM",
    "FAM_EN",
    "M1",
    "M1_EN",
    "M2",
    "M2_EN",
    "M3_EN",
    "M4",
    "M4_EN",
    "S1",
    "S1_EN",
    "S2",
    "S2_EN",
)
SPEC = """version: 1.0.0
channels:
  wechat:
    enum: WechatCode
    title: {CH1}
    title_en: {CH1_EN}
    categories:
      system:
        title: {CAT1}
        title_en: {CAT1_EN}
        codes:
          - code: 1
            name: FIRST
            message: {M1}
            message_en: {M1_EN}
            billable: true
            same_condition: {{sdk: -5}}
          - code: 2
            name: SECOND
            message: {M1}
            message_en: {M1_EN}
            billable: false
  sdk:
    enum: SdkCode
    title: {CH2}
    title_en: {CH2_EN}
    families:
      fam_x: {{title: {FAM}, title_en: {FAM_EN}}}
    categories:
      misc:
        title: {CAT2}
        title_en: {CAT2_EN}
    codes:
      - code: -5
        name: FAM_X_MINUS_5
        family: fam_x
        category: misc
        message: {M2}
        message_en: {M2_EN}
        action: [{FAM}, {S1}, {S2}]
        action_en: [{FAM_EN}, {S1_EN}, {S2_EN}]
        billable: false
      - code: 1
        name: FAM_X_1
        family: fam_x
        category: misc
        message: {M2}
        message_en: {M3_EN}
        action: [{FAM}, {S1}, {S2}]
        action_en: [{FAM_EN}, {S1_EN}, {S2_EN}]
        billable: false
      - code: 7
        name: RETIRED
        category: misc
        message: {M4}
        message_en: {M4_EN}
        billable: true
        removed: true
"""

# Pieces a text is drawn from: every metacharacter, and what attackers build of them.
PIECES = [
    *"<>&\"'`*_[](){}#!|\\~=+-.:;/@$%^\n",
    "a",
    "Z",
    "中文",
    "9",
    " ",
    "{: onmouseover=alert(1) }",
    "{#evil}",
    "{: .cls #id }",
    "![x](https://example.com/x.png)",
    "[link](javascript:alert(1))",
    "[联系我们](https://cloud.tencent.com/about/connect)",
    "[plain](http://example.com)",
    "<https://example.com/auto>",
    "https://example.com/bare",
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    '<div markdown="1">*x*</div>',
    "**bold**",
    "__under__",
    "`code`",
    "&lt;b&gt;",
    "&#x3c;i&#x3e;",
    "!!! danger",
    '=== "tab"',
    "1. ",
    "- ",
    "> ",
    "---",
    "|",
    "<!-- c -->",
    "{{ x }}",
    "{% if %}",
]


def hostile_text() -> st.SearchStrategy[str]:
    """A non-empty text the loader accepts (no surrounding whitespace)."""
    return (
        st.lists(st.sampled_from(PIECES), min_size=1, max_size=8)
        .map(lambda parts: "".join(parts).strip())
        .filter(bool)
    )


def plain_texts() -> dict[str, str]:
    """The baseline: plain texts, with the newline and the Chinese hostile ones may hold."""
    return {name: f"文本{name.lower()}\n中文 plain" for name in FIELDS}


def spec_text(texts: dict[str, str]) -> str:
    # A family's title is quoted from its codes' texts: their steps begin with it.
    return SPEC.format(**{k: json.dumps(v, ensure_ascii=False) for k, v in texts.items()})


def build(texts: dict[str, str], where: Path) -> Path:
    """The site of a spec with these texts, built as `make docs` builds it, in a copy."""
    project = where / "project"
    project.mkdir()
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(
                source, project / name, symlinks=True, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            shutil.copy(source, project / name)
    for name, text in HOME.items():
        (project / "docs" / name).write_text(text, encoding="utf-8")
    (project / "spec").mkdir()
    spec_path = project / "spec" / "codes.yaml"
    spec_path.write_text(spec_text(texts), encoding="utf-8")
    files = render(load_spec(spec_path))
    write_tree(project / "generated", {p: t for p, t in files.items() if p.startswith("docs/")})
    site = where / "site"
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return site


class _Markup(HTMLParser):
    """Every element with its attribute names; every link; the text shown."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: set[tuple[str, tuple[str, ...]]] = set()
        self.links: list[str] = []
        self.text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.add((tag, tuple(sorted(name for name, _ in attrs))))
        self.links += [v or "" for name, v in attrs if name in ("href", "src", "action")]
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "br":
            self.text.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.text.append(data)


def markup(site: Path) -> dict[str, _Markup]:
    found = {}
    for page in site.rglob("*.html"):
        parser = _Markup()
        parser.feed(page.read_text(encoding="utf-8"))
        parser.close()
        found[str(page.relative_to(site))] = parser
    return found


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> dict[str, _Markup]:
    return markup(build(plain_texts(), tmp_path_factory.mktemp("plain")))


def words(text: str) -> str:
    return " ".join(text.split())


SAFE_LINK = re.compile(r"(?:https://|#|\.|[A-Za-z0-9_-]+(?:/|\.(?:css|js|png|xml)\b)|$)")


# Not an outside toolchain, but five builds of the site: `make test` runs it.
@pytest.mark.toolchain
@settings(
    max_examples=int(os.environ.get("FACEID_HOSTILE_EXAMPLES", "4")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.fixed_dictionaries({name: hostile_text() for name in FIELDS}))
def test_hostile_texts_never_become_markup_on_the_site(
    baseline: dict[str, _Markup], tmp_path_factory: pytest.TempPathFactory, texts: dict[str, str]
) -> None:
    site = build(texts, tmp_path_factory.mktemp("hostile"))
    hostile = markup(site)
    assert set(hostile) == set(baseline)  # the same pages
    allowed = set().union(*(page.elements for page in baseline.values()))
    for name, page in hostile.items():
        assert page.elements <= allowed, (name, page.elements - allowed)
        # Material's 404 page links from the server's root (or site_url, which
        # the Pages workflow sets): it cannot know where it is served from.
        links = [link.removeprefix("/") if name == "404.html" else link for link in page.links]
        unsafe = [link for link in links if not SAFE_LINK.match(link)]
        assert unsafe == [], (name, unsafe)
    # Each text as the characters it is, on the pages that show it.
    shown = {name: words("".join(page.text)) for name, page in hostile.items()}
    code_pages = {
        "codes/wechat/1/index.html": ("M1", "CH1", "CAT1"),
        "en/codes/wechat/1/index.html": ("M1_EN", "M1", "CH1_EN", "CAT1_EN"),
        "codes/sdk/-5/index.html": ("M2", "S1", "S2", "FAM", "CH2", "CAT2"),
        "en/codes/sdk/-5/index.html": ("M2_EN", "S1_EN", "S2_EN", "S1", "FAM_EN", "CH2_EN"),
        "codes/sdk/7/index.html": ("M4",),
    }
    for page, fields in code_pages.items():
        for field in fields:
            if not LINK.search(texts[field]):  # Tencent's link form shows its label only
                assert words(texts[field]) in shown[page], (page, field)
