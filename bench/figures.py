"""`make figures`: the figures that change with the data or the code, printed rather than pasted.

What the spec holds (codes per channel, billed codes, tombstones, families
and their codes), what it renders (files per target), and how many tests
there are, in all and in `make test-fast`.  The docs name these figures and
point here instead of writing them down, so they are never stale.

    python bench/figures.py [--spec FILE] [--no-tests]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.load import load_spec  # noqa: E402
from generator.model import Spec  # noqa: E402
from generator.render import render  # noqa: E402

COLLECTED = re.compile(r"^(\d+)(?:/\d+)? tests? collected", re.M)


def spec_lines(spec: Spec) -> list[str]:
    lines = [f"spec {spec.version}: {spec.code_count} codes, {spec.billed_count} billed"]
    for channel in spec.channels:
        lines.append(
            f"  {channel.key} ({channel.enum}): {len(channel.codes)} codes, "
            f"{len(channel.billed)} billed, {len(channel.removed)} retired, "
            f"{len(channel.families)} families"
        )
        for family in channel.families:
            codes = " ".join(str(c.code) for c in channel.members(family.key))
            lines.append(f"    family {family.key}: {codes}")
    if spec.upstream is not None:
        lines.append(f"  follows {spec.upstream.file}, taken {spec.upstream.taken}")
    return lines


def file_lines(spec: Spec) -> list[str]:
    files = render(spec)
    by_folder = Counter(path.split("/", 1)[0] for path in files)
    listed = ", ".join(f"{folder} {count}" for folder, count in sorted(by_folder.items()))
    return [f"generated: {len(files)} files ({listed})"]


def collected(*marks: str) -> str:
    """How many tests pytest collects (with `-m` marks), as pytest counts them."""
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--collect-only"]
    result = subprocess.run(
        [*command, *marks], cwd=ROOT, capture_output=True, text=True, check=False
    )
    found = COLLECTED.search(result.stdout)
    return found[1] if found else f"? (pytest exited {result.returncode})"


def test_lines() -> list[str]:
    return [
        f"tests: {collected()} in all (make test), "
        f"{collected('-m', 'not toolchain')} without an outside toolchain (make test-fast)"
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=ROOT / "spec" / "codes.yaml")
    parser.add_argument("--no-tests", action="store_true", help="skip counting the tests")
    args = parser.parse_args(argv)
    spec = load_spec(args.spec)
    lines = spec_lines(spec) + file_lines(spec)
    if not args.no_tests:
        lines += test_lines()
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
