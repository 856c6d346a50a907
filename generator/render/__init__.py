"""Stage 2, render: the model -> {path: text}, in memory.

The target table (`generator.targets`) says which template writes which
file; `escaping` holds every language's literal and markup escaping, declared
once; `engine` runs Jinja2; `manifest` is the list of files the generator
owns.  `render` and `header` are imported on first use, so that a command
which only needs the escaping (the upstream report) does not pay for Jinja.
"""

from typing import Any

__all__ = ["header", "render", "render_page"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from generator.render import engine

        return getattr(engine, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
