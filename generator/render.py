"""Model -> {path: text}, entirely in memory and deterministic.

Nothing here reads the clock, the environment or the disk beyond the
templates, so the same spec gives the same bytes on every machine.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from .literals import FILTERS
from .progress import Note, silent
from .spec import Spec
from .targets import MANIFEST, TARGETS

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,  # a typo in a template fails loudly
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,  # each target escapes with its own filter
        # Compiling the templates costs more than rendering them; Jinja keys its
        # cache (in the user's temp folder) on each template's checksum.
        bytecode_cache=jinja2.FileSystemBytecodeCache(),
    )
    env.filters.update(FILTERS)
    return env


def render(spec: Spec, note: Note = silent) -> dict[str, str]:
    """Every generated file, keyed by its path under the output folder."""
    env = _environment()
    header = f"generated from {spec.source} — do not edit"
    files = {}
    for number, target in enumerate(TARGETS, 1):
        note(f"rendering {target.path} ({number}/{len(TARGETS)})")
        files[target.path] = env.get_template(target.template).render(spec=spec, header=header)
    files[MANIFEST] = manifest(files, header)
    return files


def manifest(files: dict[str, str], header: str) -> str:
    lines = [
        f"# {header}",
        "# The files below are written by the generator; others here are left alone.",
    ]
    return "\n".join([*lines, *sorted(files), MANIFEST]) + "\n"


def owned_paths(manifest_text: str) -> set[str]:
    """The paths a manifest lists (comments and blank lines skipped)."""
    return {line for line in manifest_text.splitlines() if line and not line.startswith("#")}
