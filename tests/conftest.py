"""Shared fixtures: the specs every artefact test runs on, rendered once per session."""

from __future__ import annotations

import importlib.util
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, settings

from generator.output.sync import write_tree
from generator.render.engine import render
from generator.load.loader import Spec, load_spec

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "codes.yaml"
GENERATED = ROOT / "generated"
DATA = Path(__file__).resolve().parent / "data"

# The real spec, and one whose texts carry every character class that could
# break a target language (quotes, backslashes, */, |, ${, newlines, RTL…).
SPECS = {"real": SPEC, "awkward": DATA / "awkward.yaml"}
PYTHON_MODULE = "python/faceid_codes/__init__.py"
PYTHON_TEXTS = "python/faceid_codes/_texts.py"  # loaded by the module on first use
PYTHON_CODES = "python/faceid_codes/_codes.py"  # the static classes the module builds on


@dataclass(frozen=True)
class Case:
    name: str
    spec: Spec
    out: Path

    def path(self, relative: str) -> Path:
        return self.out / relative


@pytest.fixture(scope="session")
def real_spec() -> Spec:
    return load_spec(SPEC)


@pytest.fixture(scope="session", params=sorted(SPECS))
def case(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Case:
    spec = load_spec(SPECS[request.param])
    out = tmp_path_factory.mktemp(f"generated-{request.param}")
    write_tree(out, render(spec))
    return Case(request.param, spec, out)


def import_file(path: Path, name: str) -> ModuleType:
    """Import a generated module from its file, under a name of our choosing.

    A package's `__init__.py` is imported as the package, so that its
    relative imports (the Python module's texts) find their siblings.
    """
    folder = [str(path.parent)] if path.name == "__init__.py" else None
    module_spec = importlib.util.spec_from_file_location(
        name, path, submodule_search_locations=folder
    )
    assert module_spec is not None and module_spec.loader is not None
    module = importlib.util.module_from_spec(module_spec)
    sys.modules[name] = module
    module_spec.loader.exec_module(module)
    return module


def exec_package(files: dict[str, str], name: str) -> ModuleType:
    """The generated Python package run from rendered sources, without writing them."""
    package = ModuleType(name)
    package.__path__ = []  # a package: its relative imports resolve through sys.modules
    modules = ((f"{name}._texts", PYTHON_TEXTS), (f"{name}._codes", PYTHON_CODES))
    for module, path in (*modules, (name, PYTHON_MODULE)):
        target = package if module == name else ModuleType(module)
        target.__package__ = name
        sys.modules[module] = target
        exec(compile(files[path], path, "exec"), target.__dict__)
    return package


def write_spec(tmp_path: Path, text: str, name: str = "codes.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# Property-based tests: a quick profile for `make test`, >= 1,000 examples for `make fuzz`.
settings.register_profile(
    "default",
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "fuzz",
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# CI: the same examples on every run (no random seed, no example database), so
# that a red run can be reproduced and a green one means the same each time;
# `make fuzz` keeps exploring.
settings.register_profile(
    "ci",
    max_examples=25,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "default")
)


def code_info(code) -> dict:
    """A code as the TypeScript CodeInfo, the npm package and the schema's x-faceid-codes carry it."""
    return {
        "code": code.code,
        "name": code.name,
        "message": code.message,
        "messageEn": code.message_en,
        "billable": code.billable,
        "category": code.category,
        "action": list(code.action),
        "actionEn": list(code.action_en),
        "family": code.family,
    }
