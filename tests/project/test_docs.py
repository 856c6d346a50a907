"""The project's own documents: a short README for package users, the changelog, the
contributing guide, the maintainer pages, and the figures command they point to."""

from __future__ import annotations

import re
import subprocess
import sys

from conftest import ROOT, SPEC
from generator.load.loader import load_spec
from generator.render.engine import render

README_LIMIT = 300  # lines: package users read it on PyPI, npm and GitHub
RELEASE = re.compile(r"^## (\d+\.\d+\.\d+) — (\d{4}-\d{2}-\d{2})$")
MAINTAINER_PAGES = ("architecture", "commands", "testing", "performance", "limits-and-security")


def lines(name: str) -> list[str]:
    return (ROOT / name).read_text(encoding="utf-8").splitlines()


def test_the_readme_is_short_and_points_to_the_rest() -> None:
    readme = lines("README.md")
    assert len(readme) <= README_LIMIT
    text = "\n".join(readme)
    for target in ("CHANGELOG.md", "CONTRIBUTING.md", "USAGE.md", "docs/maintainers/"):
        assert f"]({target}" in text, target


def test_the_changelog_has_an_unreleased_section_and_dated_releases_newest_first() -> None:
    headings = [line for line in lines("CHANGELOG.md") if line.startswith("## ")]
    assert headings[0] == "## Unreleased"
    releases = [RELEASE.fullmatch(heading) for heading in headings[1:]]
    assert all(releases), headings
    versions = [tuple(map(int, found[1].split("."))) for found in releases if found]
    dates = [found[2] for found in releases if found]
    assert versions == sorted(versions, reverse=True) and dates == sorted(dates, reverse=True)
    # The spec's version is released, or about to be (then it is the next one).
    spec = tuple(map(int, load_spec(SPEC).version.split(".")))
    assert spec >= versions[0]


def test_both_package_readmes_link_the_changelog() -> None:
    files = render(load_spec(SPEC))
    for path in ("python/README.md", "typescript/README.md"):
        assert re.search(
            r"\]\(https://github\.com/[^)]+/blob/main/CHANGELOG\.md\)", files[path]
        ), path


def test_contributing_names_the_make_targets_and_the_record_command() -> None:
    text = "\n".join(lines("CONTRIBUTING.md"))
    targets = re.findall(r"^([a-z-]+):", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M)
    for target in set(targets) - {"setup", "clean"}:
        assert f"make {target}" in text, target
    assert "python -m generator upstream --record" in text


def test_the_maintainer_pages_are_there() -> None:
    for page in MAINTAINER_PAGES:
        assert lines(f"docs/maintainers/{page}.md")[0].startswith("# "), page


def test_make_figures_prints_what_the_spec_holds() -> None:
    result = subprocess.run(
        [sys.executable, "bench/figures.py", "--no-tests"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    spec = load_spec(SPEC)
    first, *rest = result.stdout.splitlines()
    assert first == f"spec {spec.version}: {spec.code_count} codes, {spec.billed_count} billed"
    for channel in spec.channels:
        assert any(line.startswith(f"  {channel.key} ({channel.enum}): ") for line in rest)
        assert f"{len(channel.codes)} codes, {len(channel.billed)} billed" in result.stdout
    assert f"generated: {len(render(spec))} files" in result.stdout
