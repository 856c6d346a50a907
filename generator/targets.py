"""The artefacts: one row per target, naming the files it is made of and the
template that writes each.

Adding a target language is its templates under templates/ and one row here.
A path may hold `{enum}`: the template then writes one file per channel (a
Java public type needs a file of its own name) and sees that channel as
`channel`.  Enum names are PascalCase letters and digits, so such a path is as
safe as the others; the loader keeps them unique even where case is not.
"""

from __future__ import annotations

from typing import Iterator, NamedTuple

from generator.model import Channel, Spec
from generator.project import PROJECT

PER_CHANNEL = "{enum}"
TEMPLATE = ".j2"
# A file under templates/ whose name does not end in TEMPLATE is static source
# (real code that linters and type checkers read as it is): it is copied
# unchanged after the generated header, written as a comment of its language.
COMMENT = {".py": "# "}
JAVA_SOURCES = f"java/src/main/java/{PROJECT.java_dir}"


class Target(NamedTuple):
    name: str
    # (path relative to the output folder, always with "/"; file name under
    # templates/).  Plain pairs: every class defined here is paid for by `check`.
    files: tuple[tuple[str, str], ...]


TARGETS = (
    Target(
        "python",
        (
            ("python/faceid_codes/__init__.py", "python/__init__.py.j2"),
            ("python/faceid_codes/_texts.py", "python/_texts.py.j2"),
            ("python/faceid_codes/py.typed", "python/py.typed.j2"),
            ("python/faceid_codes/_codes.py", "python/_codes.py"),
            ("python/faceid_codes/__main__.py", "python/__main__.py"),
            ("python/faceid_codes/audit.py", "python/audit.py"),
            ("python/faceid_codes/_search.py", "python/_search.py"),
            ("python/pyproject.toml", "python/pyproject.toml.j2"),
            ("python/README.md", "python/README.md.j2"),
            ("python/LICENSE", "shared/LICENSE.j2"),
        ),
    ),
    Target(
        "typescript",
        (
            ("typescript/package.json", "typescript/package.json.j2"),
            ("typescript/faceid-codes.js", "typescript/faceid-codes.js.j2"),
            ("typescript/faceid-codes.cjs", "typescript/faceid-codes.cjs.j2"),
            # One declaration text serves both: .d.ts types the ES module,
            # .d.cts the CommonJS one.
            ("typescript/faceid-codes.d.ts", "typescript/faceid-codes.d.ts.j2"),
            ("typescript/faceid-codes.d.cts", "typescript/faceid-codes.d.ts.j2"),
            ("typescript/faceid-codes.ts", "typescript/faceid-codes.ts.j2"),
            ("typescript/README.md", "typescript/README.md.j2"),
            ("typescript/LICENSE", "shared/LICENSE.j2"),
        ),
    ),
    Target(
        "docs",
        (
            # Chinese first (the site's default language), English beside it.
            ("docs/return-codes.md", "docs/return-codes.md.j2"),
            ("docs/return-codes.en.md", "docs/return-codes.en.md.j2"),
            ("docs/billing.md", "docs/billing.md.j2"),
            ("docs/billing.en.md", "docs/billing.en.md.j2"),
            ("docs/responses.md", "docs/responses.md.j2"),
            ("docs/responses.en.md", "docs/responses.en.md.j2"),
        ),
    ),
    Target(
        "schema",
        (
            ("schema/faceid-codes.schema.json", "schema/faceid-codes.schema.json.j2"),
            (
                "schema/faceid-codes.annotated.schema.json",
                "schema/faceid-codes.annotated.schema.json.j2",
            ),
        ),
    ),
    Target(
        "go",
        (
            ("go/go.mod", "go/go.mod.j2"),
            ("go/faceidcodes.go", "go/faceidcodes.go.j2"),
            # pkg.go.dev shows a module's documentation only under a licence it recognises.
            ("go/LICENSE", "shared/LICENSE.j2"),
        ),
    ),
    # The codes as a table, for audits as a JOIN in a warehouse.  CSV has no
    # comment syntax: its first line is the column names, not the header.
    Target("csv", (("csv/faceid-codes.csv", "csv/faceid-codes.csv.j2"),)),
    Target("sql", (("sql/faceid-codes.sql", "sql/faceid-codes.sql.j2"),)),
    Target(
        "java",
        (
            ("java/pom.xml", "java/pom.xml.j2"),
            ("java/LICENSE", "shared/LICENSE.j2"),  # the pom puts it in the jar's META-INF
            (f"{JAVA_SOURCES}/FaceIdCodes.java", "java/FaceIdCodes.java.j2"),
            (f"{JAVA_SOURCES}/{PER_CHANNEL}.java", "java/enum.java.j2"),
        ),
    ),
)


# Templates outside the table: the docs site's build renders a page per code
# and per number from the spec (overrides/hooks/code_pages.py), not `generate`.
SITE_PAGES = {"code": "docs/code.md.j2", "number": "docs/number.md.j2"}


def outputs(spec: Spec) -> Iterator[tuple[str, str, Channel | None]]:
    """Every file the spec produces, in table order: (path, template, the
    channel of a per-channel file)."""
    for target in TARGETS:
        for path, template in target.files:
            if PER_CHANNEL not in path:
                yield path, template, None
                continue
            for channel in spec.channels:
                yield path.replace(PER_CHANNEL, channel.enum), template, channel


def comment(template: str) -> str | None:
    """How a static source's header comment starts; None for a template."""
    if template.endswith(TEMPLATE):
        return None
    return COMMENT[template[template.rindex(".") :]]


def paths(spec: Spec) -> list[str]:
    return [path for path, _, _ in outputs(spec)]


def file_clash(enum: str) -> str | None:
    """The fixed file that `enum`'s own file would be where case is ignored
    (macOS, Windows): FaceidCodes.java beside FaceIdCodes.java is one file there."""
    every = [path for target in TARGETS for path, _ in target.files]
    fixed = {path.lower(): path for path in every if PER_CHANNEL not in path}
    for path in every:
        if PER_CHANNEL in path:
            clash = fixed.get(path.replace(PER_CHANNEL, enum).lower())
            if clash is not None:
                return clash
    return None
