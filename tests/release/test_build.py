"""tools/release/build.py refuses what it should before building anything: a
folder holding files it did not write (it would delete them), a bad spec, an
unknown package.  The Maven Central bundle is the deployed files alone."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import ROOT

BUILD = ROOT / "tools" / "release" / "build.py"


def build(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, BUILD, *map(str, args)], cwd=ROOT, capture_output=True, text=True
    )


def test_a_folder_holding_other_files_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine\n", encoding="utf-8")
    (tmp_path / "python").mkdir()  # a name build.py writes does not make the folder its own
    result = build("--out", tmp_path, "python")
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        f"build: error: {tmp_path} holds files it did not build; name a new or empty folder\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt", "python"]
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine\n"


def test_a_bad_spec_is_reported_in_its_error_lines_and_nothing_is_written(tmp_path: Path) -> None:
    spec = tmp_path / "codes.yaml"
    spec.write_text("version: x\n", encoding="utf-8")
    result = build("--out", tmp_path / "dist", "--spec", spec, "python")
    assert result.returncode == 1 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines and all(line.startswith(f"{spec}:1:") and ": error: " in line for line in lines)
    assert not (tmp_path / "dist").exists()


def test_an_unknown_package_is_a_usage_error(tmp_path: Path) -> None:
    result = build("--out", tmp_path / "dist", "python", "cargo")
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1].endswith(
        "error: no package cargo; choose from python, npm, go, maven"
    )
    assert not (tmp_path / "dist").exists()


def test_the_central_bundle_holds_the_deployed_files_without_repository_metadata(
    tmp_path: Path,
) -> None:
    loaded = importlib.util.spec_from_file_location("release_build", BUILD)
    assert loaded is not None and loaded.loader is not None
    module = importlib.util.module_from_spec(loaded)
    loaded.loader.exec_module(module)
    folder = tmp_path / "repo" / "io" / "example" / "x" / "1.0.0"
    folder.mkdir(parents=True)
    kept = ["x-1.0.0.jar", "x-1.0.0.jar.asc", "x-1.0.0.jar.sha1", "x-1.0.0.pom"]
    for name in [*kept, "maven-metadata.xml", "maven-metadata.xml.sha1"]:
        (folder / name).write_text(name, encoding="utf-8")
    (folder.parent / "maven-metadata.xml").write_text("m", encoding="utf-8")
    module.bundle(tmp_path / "repo", tmp_path / "bundle.zip")
    with zipfile.ZipFile(tmp_path / "bundle.zip") as archive:
        names = archive.namelist()
        assert names == [f"io/example/x/1.0.0/{name}" for name in sorted(kept)]
        assert [archive.read(n).decode() for n in names] == sorted(kept)
