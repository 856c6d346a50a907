"""`python -m generator generate|check`: see generator/cli.py."""

from generator.cli import main

raise SystemExit(main())
