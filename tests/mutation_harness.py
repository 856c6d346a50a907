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
import sys
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
    _forget_cached_results()
    root = Path.cwd()
    (root / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    paths = [str(root), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    os.environ["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(paths))
    folder = tempfile.mkdtemp(prefix="mutation-hits-")
    os.environ[HITS] = folder
    config.add_cleanup(lambda: shutil.rmtree(folder, ignore_errors=True))


def _forget_cached_results() -> None:
    """Empty the generator's functools caches, filled by the run this test run forked from.

    mutmut runs each mutant in a child forked from a process that has already
    run the tests; a cached result computed there by the original function
    would hide a mutant of it from every in-process test.
    """
    for name, module in list(sys.modules.items()):
        if name == "generator" or name.startswith("generator."):
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


def _against_a_mutant() -> bool:
    return _under_mutmut() and "__mutmut_" in os.environ["MUTANT_UNDER_TEST"]


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Against a mutant, the quickest tests first (by the times mutmut recorded).

    mutmut runs a mutant's tests with -x, so a killed mutant stops at the first
    test that fails; in the order given, a two-second subprocess test often ran
    before the millisecond one that kills.  The same tests run either way.
    """
    if not _against_a_mutant():
        return
    from mutmut.state import state

    took = state().duration_by_test
    items.sort(key=lambda item: took.get(item.nodeid, 0.0))


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


# The tests written for each module of generator/ (test files, or test names
# within a file).  A test counts toward the mutants of the modules it is
# written for, not of every module it happens to call: nearly every test loads
# and renders the real spec, so without this table each surviving mutant of
# the loader would run some 500 tests, four minutes, and a complete run would
# take most of a day on two cores.  The score is then that of each module's
# own tests, a lower bound of what the whole suite catches.
LOADER = (
    "tests/load/test_spec_errors.py",
    "tests/load/test_hostile_spec.py",
    "tests/load/test_spec_schema.py",
    "tests/load/test_seed.py",
    "tests/load/test_names.py",
    "tests/load/test_families.py",
    "tests/load/test_tombstones.py",
    "tests/load/test_glossary.py",
    "tests/load/test_enum_names.py",
    "tests/render/test_properties.py::test_valid_specs_load_exactly",
    "tests/render/test_properties.py::test_broken_specs_",
    "tests/output/test_faults.py::test_code_count_limit",
    "tests/load/test_bounded_cost.py",
    "tests/artefacts/test_code_rule.py::test_the_spec_loader_",
)
RENDERER = (
    "tests/artefacts/test_python_artefact.py",
    "tests/artefacts/test_typescript_artefact.py",
    "tests/artefacts/test_markdown_artefact.py",
    "tests/artefacts/test_schema_artefact.py",
    "tests/artefacts/test_go_artefact.py",
    "tests/artefacts/test_java_artefact.py",
    "tests/render/test_literals.py",
    "tests/render/test_injection.py",
    "tests/load/test_families.py",
    "tests/load/test_names.py",
    "tests/artefacts/test_explain.py",
    "tests/render/test_properties.py::test_python_schema_and_markdown_round_trip",
    "tests/render/test_properties.py::test_go_",
    "tests/render/test_properties.py::test_java_",
    "tests/load/test_hostile_spec.py::test_a_cache_folder_",  # the template cache
    "tests/load/test_hostile_spec.py::test_a_private_cache_",
    "tests/load/test_hostile_spec.py::test_an_unwritable_cache_",
    "tests/load/test_hostile_spec.py::test_a_template_",  # the template environment
    "tests/output/test_progress.py::test_render_",
    "tests/output/test_cli.py::test_committed_artefacts_",  # generated/ as the spec renders it
)
WRITER = (
    "tests/output/test_cli.py",
    "tests/output/test_drift.py",
    "tests/output/test_output_folder.py",
    "tests/output/test_faults.py",
    "tests/output/test_progress.py",
    "tests/render/test_injection.py",
    "tests/load/test_spec_errors.py",  # the problems as the command prints them
    "tests/load/test_hostile_spec.py",
)
HELP = ("tests/output/test_cli.py::test_the_command_reference_",)  # every command's --help
COMPAT = (
    "tests/compat/test_compat.py",
    "tests/compat/test_bounded_cost_compat.py",
    "tests/load/test_tombstones.py",
    *HELP,
)
UPSTREAM = (
    *HELP,
    "tests/upstream/test_upstream.py",
    "tests/upstream/test_upstream_properties.py",
    "tests/upstream/test_upstream_table.py",
    "tests/upstream/test_worddiff.py",
    "tests/upstream/test_bounded_cost_upstream.py",
)
WRITTEN_FOR = {
    "generator.load.loader": LOADER,
    "generator.load.yamltree": LOADER,
    "generator.load.fields": LOADER,
    "generator.load.naming": LOADER,
    "generator.load.families": LOADER,
    "generator.names": LOADER + RENDERER,  # the loader's clash checks, the templates' names
    "generator.load.pairs": LOADER,
    "generator.model": LOADER + RENDERER,
    "generator.load.characters": LOADER + UPSTREAM,
    "generator.load.reading": ("tests/load/test_reading.py",)
    + LOADER
    + UPSTREAM
    + WRITER,  # the writer reads without following links
    "generator.render.engine": RENDERER,
    "generator.render.escaping": RENDERER + ("tests/artefacts/test_tables.py",),
    "generator.render.lookups": ("tests/artefacts/test_field_map.py",),
    "generator.targets": RENDERER + WRITER,
    "generator.project": RENDERER,  # every coordinate the templates write
    "generator.render.lookups": RENDERER,
    "generator.cli": WRITER,
    "generator.output.sync": WRITER,
    "generator.render.manifest": WRITER,
    "generator.progress": WRITER,
    "generator.quoting": LOADER + UPSTREAM + COMPAT + WRITER,
    "generator.compat": COMPAT,
    "generator.upstream.command": UPSTREAM,
    "generator.upstream.diff": UPSTREAM,
    "generator.upstream.record": UPSTREAM,
    "generator.upstream.report": UPSTREAM,
    "generator.upstream.table": UPSTREAM,
    "generator.upstream.worddiff": UPSTREAM,
}


def _written_for(nodeid: str, function: str) -> bool:
    """Whether the test `nodeid` is written for the module of `function`."""
    module = function.rsplit(".", 1)[0]
    if module not in WRITTEN_FOR:  # a new module: add it to the table
        raise pytest.UsageError(f"tests/mutation_harness.py: {module} has no row in WRITTEN_FOR")
    return nodeid.startswith(WRITTEN_FOR[module])


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    """Before mutmut's own teardown hook files the calls recorded during this test."""
    if not _recording():
        return
    from mutmut.state import state

    state()._stats.update(_subprocess_calls())
    for name in getattr(item, "fixturenames", ()):
        state()._stats.update(_FIXTURE_CALLS.get(name, ()))
    state()._stats = {f for f in state()._stats if _written_for(item.nodeid, f)}
