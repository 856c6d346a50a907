"""A pytest plugin for `make mutate`: the mutants reach `python -m generator` subprocesses too.

mutmut 3 copies the project to mutants/, rewrites each function of
generator/ into a trampoline that dispatches on the MUTANT_UNDER_TEST
environment variable, and runs pytest there.  Many tests run the generator as
a subprocess (`python -m generator …` with the working folder or PYTHONPATH
at mutants/), which inherits that variable, so a mutant is live in the
subprocess as well.  But to choose which tests run against each mutant, mutmut
first records, in its own process, which functions each test calls; calls
made in a subprocess would be lost, and a mutant only a subprocess test can
catch would be reported as "no tests" or run against the wrong tests.

So, under mutmut only (the plugin is loaded by `pytest_add_cli_args` in
pyproject.toml), this plugin writes a `sitecustomize.py` into mutants/ that,
in a subprocess of the recording run, notes every function called and writes
the names to a folder at exit; before mutmut files the calls of a test, the
plugin adds those of its subprocesses, and those of the shared fixtures it
uses (see pytest_fixture_setup).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

HITS = "FACEID_MUTATION_HITS"  # the folder subprocesses write their calls to

# Runs at the start of every Python process whose sys.path has mutants/
# (PYTHONPATH), and does something only while mutmut records calls.
SITECUSTOMIZE = f'''\
"""Written by tests/mutation_harness.py: reports a subprocess's calls to mutmut."""

import os

if os.environ.get("MUTANT_UNDER_TEST") == "stats" and os.environ.get("{HITS}"):
    import atexit

    from mutmut.mutation import trampoline

    _called = set()

    def _record(name, caller=None):
        _called.add(name)

    def _report():
        folder = os.environ["{HITS}"]
        with open(os.path.join(folder, f"{{os.getpid()}}.hits"), "w", encoding="utf-8") as out:
            out.write("\\n".join(sorted(_called)))

    trampoline.record_trampoline_hit = _record
    atexit.register(_report)
'''


def _under_mutmut() -> bool:
    return "MUTANT_UNDER_TEST" in os.environ and Path.cwd().name == "mutants"


def pytest_configure(config: pytest.Config) -> None:
    if not _under_mutmut():
        return
    root = Path.cwd()
    (root / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    paths = [str(root), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    os.environ["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(paths))
    folder = tempfile.mkdtemp(prefix="mutation-hits-")
    os.environ[HITS] = folder
    config.add_cleanup(lambda: shutil.rmtree(folder, ignore_errors=True))


def _recording() -> bool:
    return os.environ.get("MUTANT_UNDER_TEST") == "stats" and bool(os.environ.get(HITS))


def _subprocess_calls() -> set[str]:
    """The calls the subprocesses that have ended since the last look reported."""
    called: set[str] = set()
    for report in Path(os.environ[HITS]).glob("*.hits"):
        called.update(filter(None, report.read_text(encoding="utf-8").split("\n")))
        report.unlink()
    return called


# A fixture shared by many tests (the rendered specs, scope="session") runs
# once: mutmut would file its calls under the first test that used it alone,
# and no other test using it would run against a mutant of what it calls.
# So the calls made while setting up a fixture are kept per fixture name, and
# filed under every test that uses the fixture.
_FIXTURE_CALLS: dict[str, set[str]] = {}


@pytest.hookimpl(wrapper=True)
def pytest_fixture_setup(fixturedef: pytest.FixtureDef, request: pytest.FixtureRequest):
    if not _recording():
        return (yield)
    from mutmut.state import state

    outer, state()._stats = state()._stats, set()
    try:
        return (yield)
    finally:
        calls = state()._stats | _subprocess_calls()
        state()._stats = outer | calls
        _FIXTURE_CALLS.setdefault(fixturedef.argname, set()).update(calls)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    """Before mutmut's own teardown hook files the calls recorded during this test."""
    if not _recording():
        return
    from mutmut.state import state

    state()._stats.update(_subprocess_calls())
    for name in getattr(item, "fixturenames", ()):
        state()._stats.update(_FIXTURE_CALLS.get(name, ()))
