"""The artefacts: where each one goes under generated/ and which template writes it.

Adding a target language is one template under templates/ and one row here.
"""

from __future__ import annotations

from typing import NamedTuple


class Target(NamedTuple):
    path: str  # relative to the output folder, always with "/"
    template: str  # file name under templates/


TARGETS = (
    Target("python/faceid_codes/__init__.py", "python.py.j2"),
    Target("python/faceid_codes/_texts.py", "python_texts.py.j2"),
    Target("python/faceid_codes/py.typed", "py.typed.j2"),
    Target("python/faceid_codes/__main__.py", "python_main.py.j2"),
    Target("python/pyproject.toml", "pyproject.toml.j2"),
    Target("python/README.md", "python_readme.md.j2"),
    Target("python/LICENSE", "LICENSE.j2"),
    Target("typescript/package.json", "package.json.j2"),
    Target("typescript/faceid-codes.js", "javascript.js.j2"),
    Target("typescript/faceid-codes.cjs", "javascript.cjs.j2"),
    # One declaration text serves both: .d.ts types the ES module, .d.cts the CommonJS one.
    Target("typescript/faceid-codes.d.ts", "typescript.d.ts.j2"),
    Target("typescript/faceid-codes.d.cts", "typescript.d.ts.j2"),
    Target("typescript/faceid-codes.ts", "typescript.ts.j2"),
    Target("typescript/README.md", "npm_readme.md.j2"),
    Target("typescript/LICENSE", "LICENSE.j2"),
    Target("docs/return-codes.md", "markdown.md.j2"),
    Target("docs/billing.md", "billing.md.j2"),
    Target("schema/faceid-codes.schema.json", "jsonschema.json.j2"),
    Target("schema/faceid-codes.annotated.schema.json", "jsonschema_annotated.json.j2"),
)

# Lists what the generator wrote last time, so that `generate` can delete a
# file the spec no longer produces and `check` can report it, without ever
# touching a file someone else put beside them.
MANIFEST = "MANIFEST"
