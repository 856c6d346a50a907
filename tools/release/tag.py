"""What a release tag releases, checked before anything is published.

    python tools/release/tag.py check TAG          exit 0 when TAG releases the spec's version
    python tools/release/tag.py notes TAG [FILE]   print that version's CHANGELOG.md section

A release is tagged vX.Y.Z, X.Y.Z the spec's `version`; the Go module's tag
(generated/go/vX.Y.Z, the prefix its folder implies) names the same version.
Any other tag stops the release workflow before its first upload, with one
line saying why.  The notes are the changelog's section headed
`## X.Y.Z — YYYY-MM-DD`, without its heading: the GitHub release's text.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from generator.load.loader import SpecError, load_spec  # noqa: E402  (the checkout's own)
from generator.project import PROJECT  # noqa: E402

SPEC = ROOT / "spec" / "codes.yaml"
CHANGELOG = ROOT / "CHANGELOG.md"
OK, REFUSED, USAGE = 0, 1, 2


class Refused(Exception):
    """The tag releases nothing, or a version the repository does not describe."""


def released_version(tag: str, spec_version: str) -> str:
    """The version `tag` releases; Refused unless it is the spec's."""
    for prefix in ("v", PROJECT.go_tag_prefix + "v"):
        if tag.startswith(prefix) and tag[len(prefix) :] == spec_version:
            return spec_version
    raise Refused(
        f"tag {tag!r} does not release the spec's version {spec_version} ({SPEC.relative_to(ROOT)}); "
        f"tag v{spec_version}, or set `version` in the spec and regenerate"
    )


def notes(changelog: str, version: str) -> str:
    """The body of the changelog's section for `version`; Refused when it has none."""
    heading = re.compile(
        rf"^## {re.escape(version)}(?: [—-] \d{{4}}-\d{{2}}-\d{{2}})?[ \t]*$", re.M
    )
    found = heading.search(changelog)
    if found is None:
        raise Refused(f"the changelog has no section '## {version} — YYYY-MM-DD'; write it first")
    rest = changelog[found.end() :]
    end = re.search(r"^## ", rest, re.M)
    body = (rest[: end.start()] if end else rest).strip("\n")
    if not body.strip():
        raise Refused(f"the changelog's section for {version} is empty")
    return body + "\n"


def main(argv: list[str]) -> int:
    if (
        len(argv) not in (2, 3)
        or argv[0] not in ("check", "notes")
        or (argv[0] == "check" and len(argv) != 2)
    ):
        print("usage: python tools/release/tag.py check TAG | notes TAG [FILE]", file=sys.stderr)
        return USAGE
    try:
        version = released_version(argv[1], load_spec(SPEC).version)
        if argv[0] == "check":
            print(f"tag {argv[1]} releases {version}")
        else:
            changelog = Path(argv[2]) if len(argv) == 3 else CHANGELOG
            if not changelog.is_file():
                raise Refused(f"{changelog}: no such file; the release notes come from it")
            sys.stdout.write(notes(changelog.read_text(encoding="utf-8"), version))
    except SpecError as error:
        print("\n".join(error.lines()), file=sys.stderr)
        return REFUSED
    except Refused as error:
        print(f"release: error: {error}", file=sys.stderr)
        return REFUSED
    return OK


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
