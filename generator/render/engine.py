"""Model -> {path: text}, entirely in memory and deterministic.

Nothing here reads the clock, the environment or the disk beyond the
templates, so the same spec gives the same bytes on every machine.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import jinja2

from generator.render import lookups, manifest
from generator.names import TEMPLATE_NAMES
from generator.render.escaping import FILTERS, file_name
from generator.progress import Note, silent
from generator.model import Spec
from generator.project import PROJECT
from generator.targets import comment, outputs

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE.parent.parent / "templates"
# Compiled templates live beside the generator's own bytecode, in a folder of
# this checkout that only its owner may write: loading them runs their code.
CACHE = HERE / "__pycache__" / "templates"


# What a template compiles to depends on these settings as well as on its
# source (they are Jinja's lexer key, and autoescape); Jinja keys its cache
# on the source alone, so without them a changed setting would reuse code
# compiled under the old one.
_COMPILED_WITH = (
    "block_start_string",
    "block_end_string",
    "variable_start_string",
    "variable_end_string",
    "comment_start_string",
    "comment_end_string",
    "line_statement_prefix",
    "line_comment_prefix",
    "trim_blocks",
    "lstrip_blocks",
    "newline_sequence",
    "keep_trailing_newline",
    "autoescape",
    "optimized",
)


class _OptionalCache(jinja2.FileSystemBytecodeCache):
    """Jinja's file cache, where a file that cannot be read or written costs only speed."""

    def get_bucket(
        self, environment: jinja2.Environment, name: str, filename: str | None, source: str
    ) -> jinja2.bccache.Bucket:
        settings = repr([getattr(environment, option) for option in _COMPILED_WITH])
        return super().get_bucket(environment, f"{name}\0{settings}", filename, source)

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except OSError:
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """The cache, or None when its folder is not a private folder of this user."""
    try:
        CACHE.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = os.lstat(CACHE)
    except OSError:
        return None
    owner = getattr(os, "getuid", lambda: info.st_uid)()
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != owner or info.st_mode & 0o022:
        return None
    return _OptionalCache(str(CACHE))


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,  # a typo in a template fails loudly
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,  # each target escapes with its own filter
        # Compiling the templates costs more than rendering them; Jinja keys its
        # cache on each template's checksum.
        bytecode_cache=_bytecode_cache(),
    )
    env.filters.update(FILTERS)
    env.filters.update(lookups.FILTERS)
    env.globals["project"] = PROJECT  # every coordinate and link (generator/project.py)
    env.globals["names"] = (
        TEMPLATE_NAMES  # every name an enum's gives a target (generator/names.py)
    )
    return env


def _source(env: jinja2.Environment, name: str) -> str:
    """A static source file under templates/, as it is (through the loader that
    confines templates to that folder)."""
    assert env.loader is not None
    return env.loader.get_source(env, name)[0]


def header(spec: Spec) -> str:
    """The first line of every artefact.  The spec's file name is written so
    that it cannot be code, markup or an encoding declaration in any target."""
    return f"generated from {file_name(spec.source)} — do not edit"


def render_page(template: str, **context: object) -> str:
    """One template outside the target table: the docs site's pages per code,
    which its build makes from the spec (overrides/hooks/code_pages.py)."""
    return _environment().get_template(template).render(**context)


def render(spec: Spec, note: Note = silent) -> dict[str, str]:
    """Every generated file, keyed by its path under the output folder."""
    env = _environment()
    first_line = header(spec)
    files = {}
    planned = list(outputs(spec))
    for number, (path, template, channel) in enumerate(planned, 1):
        note(f"rendering {path} ({number}/{len(planned)})")
        prefix = comment(template)
        if prefix is None:
            files[path] = env.get_template(template).render(
                spec=spec, header=first_line, channel=channel
            )
        else:
            files[path] = prefix + first_line + "\n" + _source(env, template)
    files[manifest.MANIFEST] = manifest.text(list(files), first_line)
    return files
