"""What several test modules share: builders that run the real toolchains on the
artefacts, readers of generated pages, specs and guards.  Test modules import
from here, never from one another."""
