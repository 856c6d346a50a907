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

from generator.files import write_tree
from generator.render import render
from generator.spec import Spec, load_spec

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "codes.yaml"
GENERATED = ROOT / "generated"
DATA = Path(__file__).resolve().parent / "data"

# The real spec, and one whose texts carry every character class that could
# break a target language (quotes, backslashes, */, |, ${, newlines, RTL…).
SPECS = {"real": SPEC, "awkward": DATA / "awkward.yaml"}


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
    """Import a generated module from its file, under a name of our choosing."""
    module_spec = importlib.util.spec_from_file_location(name, path)
    assert module_spec is not None and module_spec.loader is not None
    module = importlib.util.module_from_spec(module_spec)
    sys.modules[name] = module
    module_spec.loader.exec_module(module)
    return module


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
