"""`python -m generator generate|check`: see generator/cli.py."""

from .cli import main

raise SystemExit(main())
