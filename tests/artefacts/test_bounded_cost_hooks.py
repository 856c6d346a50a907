"""Bounded cost, docs side: the site's hook that marks Chinese (overrides/hooks/chinese.py)
reads a page in time linear in its length, whatever it holds
(docs/maintainers/bounded-cost.md), and tokenizes it as the pattern it replaced did."""

from __future__ import annotations

import random
import re
import sys

import pytest

from conftest import ROOT
from helpers.cost import LARGE, MAX_RATIO, growth, repeated

sys.path.insert(0, str(ROOT / "overrides" / "hooks"))
try:
    import chinese
finally:
    sys.path.remove(str(ROOT / "overrides" / "hooks"))

# What the hook must cope with: what its tokens start and end with, unclosed.
UNITS = [
    "<",
    ">",
    "<!--",
    "-->",
    "<a",
    "<a>",
    "</a>",
    "<p></b>",
    "<script",
    "<script>",
    "</script",
    '<p lang="zh">',
    " lang=",
    "中文",
    "，",
    "<br/>",
]
# The single pattern the tokenizer replaced, quadratic on unclosed tokens:
# on short pages it is the reference for what the tokens are.
REFERENCE = re.compile(
    r"<!--.*?-->|<(?P<raw>script|style|textarea|title)\b.*?</(?P=raw)\s*>"
    r"|<(?P<close>/?)(?P<tag>[A-Za-z][\w-]*)(?P<attrs>[^>]*)>|(?P<text>[^<]+)|<",
    re.S | re.I,
)


@pytest.mark.parametrize("unit", UNITS, ids=repr)
def test_marking_a_page_grows_linearly(unit: str) -> None:
    ratio = growth(lambda size: lambda html=repeated(unit, size): chinese.mark(html))
    assert ratio <= MAX_RATIO, f"{LARGE:,} characters took {ratio:.1f}x as long as a tenth"


def test_the_tokens_are_those_of_the_pattern_it_replaced() -> None:
    pieces = [
        *UNITS,
        "</SCRIPT >",
        "<title>",
        "</title>",
        "<span lang='en'>",
        "</span>",
        "a",
        " ",
        "\n",
        "İ",
    ]
    draw = random.Random(23)
    for _ in range(5_000):
        html = "".join(draw.choice(pieces) for _ in range(draw.randrange(30)))
        expected = [m.group() for m in REFERENCE.finditer(html)]
        assert [token.text for token in chinese._tokens(html)] == expected, html
