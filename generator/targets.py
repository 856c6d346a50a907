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

from .model import Channel, Spec

PER_CHANNEL = "{enum}"


class File(NamedTuple):
    path: str  # relative to the output folder, always with "/"
    template: str  # file name under templates/


class Target(NamedTuple):
    name: str
    files: tuple[File, ...]


TARGETS = (
    Target(
        "python",
        (
            File("python/faceid_codes/__init__.py", "python.py.j2"),
            File("python/faceid_codes/py.typed", "py.typed.j2"),
            File("python/faceid_codes/__main__.py", "python_main.py.j2"),
            File("python/pyproject.toml", "pyproject.toml.j2"),
        ),
    ),
    Target(
        "typescript",
        (
            File("typescript/package.json", "package.json.j2"),
            File("typescript/faceid-codes.js", "javascript.js.j2"),
            File("typescript/faceid-codes.d.ts", "typescript.d.ts.j2"),
            File("typescript/faceid-codes.ts", "typescript.ts.j2"),
        ),
    ),
    Target("docs", (File("docs/return-codes.md", "markdown.md.j2"),)),
    Target("schema", (File("schema/faceid-codes.schema.json", "jsonschema.json.j2"),)),
    Target("go", (File("go/go.mod", "go.mod.j2"), File("go/faceidcodes.go", "go.go.j2"))),
    Target(
        "java",
        (
            File("java/pom.xml", "pom.xml.j2"),
            File("java/src/main/java/faceidcodes/FaceIdCodes.java", "java.java.j2"),
            File("java/src/main/java/faceidcodes/{enum}.java", "java_enum.java.j2"),
        ),
    ),
)

# Lists what the generator wrote last time, so that `generate` can delete a
# file the spec no longer produces and `check` can report it, without ever
# touching a file someone else put beside them.
MANIFEST = "MANIFEST"


class Output(NamedTuple):
    path: str
    template: str
    channel: Channel | None  # the channel of a per-channel file


def outputs(spec: Spec) -> Iterator[Output]:
    """Every file the spec produces, in table order."""
    for target in TARGETS:
        for file in target.files:
            if PER_CHANNEL not in file.path:
                yield Output(file.path, file.template, None)
                continue
            for channel in spec.channels:
                yield Output(file.path.replace(PER_CHANNEL, channel.enum), file.template, channel)


def paths(spec: Spec) -> list[str]:
    return [output.path for output in outputs(spec)]


def file_clash(enum: str) -> str | None:
    """The fixed file that `enum`'s own file would be where case is ignored
    (macOS, Windows): FaceidCodes.java beside FaceIdCodes.java is one file there."""
    fixed = {f.path.lower(): f.path for t in TARGETS for f in t.files if PER_CHANNEL not in f.path}
    for target in TARGETS:
        for file in target.files:
            if PER_CHANNEL in file.path:
                clash = fixed.get(file.path.replace(PER_CHANNEL, enum).lower())
                if clash is not None:
                    return clash
    return None
