"""`check` and `generate` over every generated file, one at a time: none is skipped.

Each test edits or deletes one file of a fresh output folder and reads exactly
what `check` reports and what `generate` rewrites, for each path the spec
produces, so that a loop that misses one file cannot pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import SPEC
from generator import cli
from generator.output import sync as files_module
from generator.output.sync import write_tree
from generator.render.engine import render
from generator.load.loader import load_spec
from generator.render.manifest import MANIFEST
from generator.targets import paths

PATHS = sorted({*paths(load_spec(SPEC)), MANIFEST})


@pytest.fixture(scope="module")
def files() -> dict[str, str]:
    return render(load_spec(SPEC))


@pytest.fixture
def out(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "out"
    write_tree(folder, files)
    return folder


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = cli.main([*map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_every_path_is_generated(out: Path) -> None:
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == PATHS


@pytest.mark.parametrize("path", PATHS)
def test_an_edited_file_is_shown_as_its_diff_and_only_it_is_rewritten(
    out: Path, files: dict[str, str], capsys: pytest.CaptureFixture[str], path: str
) -> None:
    target = out / path
    target.write_text(files[path] + "# edited by hand\n", encoding="utf-8")
    code, stdout, stderr = run(capsys, "check", "--spec", SPEC, "--out", out)
    name = f"{out.as_posix().lstrip('/')}/{path}"
    assert code == cli.DRIFT
    assert stdout.startswith(f"--- a/{name}\n+++ b/{name}\n")
    assert stdout.count("\n--- a/") == 0 and stdout.endswith("-# edited by hand\n")
    assert stderr == (
        f"{out.as_posix()} has drifted from the spec: 1 changed, 0 missing, 0 stale, 0 stray, "
        "0 unsafe. To fix: run `make generate` (or `python -m generator generate`) and commit "
        "the result.\n"
    )
    assert run(capsys, "generate", "--spec", SPEC, "--out", out) == (
        cli.OK,
        f"wrote {out.as_posix()}/{path}\n{out.as_posix()}: 1 change(s)\n",
        "",
    )
    assert target.read_text(encoding="utf-8") == files[path]
    assert run(capsys, "check", "--quiet", "--spec", SPEC, "--out", out) == (cli.OK, "", "")


@pytest.mark.parametrize("path", PATHS)
def test_a_deleted_file_is_named_missing_and_written_again(
    out: Path, files: dict[str, str], capsys: pytest.CaptureFixture[str], path: str
) -> None:
    (out / path).unlink()
    code, stdout, stderr = run(capsys, "check", "--spec", SPEC, "--out", out)
    assert (code, stdout) == (cli.DRIFT, f"missing: {out.as_posix()}/{path}\n")
    assert stderr == (
        f"{out.as_posix()} has drifted from the spec: 0 changed, 1 missing, 0 stale, 0 stray, "
        "0 unsafe. To fix: run `make generate` (or `python -m generator generate`) and commit "
        "the result.\n"
    )
    assert run(capsys, "generate", "--spec", SPEC, "--out", out) == (
        cli.OK,
        f"wrote {out.as_posix()}/{path}\n{out.as_posix()}: 1 change(s)\n",
        "",
    )
    assert (out / path).read_text(encoding="utf-8") == files[path]


def test_validate_renders_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert run(capsys, "validate", "--spec", SPEC, "--out", out) == (
        cli.OK,
        f"the spec is valid ({len(PATHS)} files render from it; none written)\n",
        "",
    )
    assert run(capsys, "validate", "--quiet", "--spec", SPEC, "--out", out) == (cli.OK, "", "")
    assert not out.exists()


@pytest.mark.parametrize("length", [78, 79])
def test_a_hostile_manifest_line_is_quoted_shortened_past_80_characters(
    tmp_path: Path, length: int
) -> None:
    line = "/" + "v" * (length - 1)
    (tmp_path / MANIFEST).write_text(f"# generated\n{line}\n", encoding="utf-8")
    quoted = f"'{line}'" if length == 78 else f"'{line[:78]}…' ({length:,} characters)"
    assert files_module.survey(tmp_path, set()).unsafe == [
        files_module.Problem(
            f"{MANIFEST}:2",
            f"lists {quoted}, which is not a plain relative path inside the output folder; "
            "delete that line",
        )
    ]


def test_a_file_that_lost_its_last_newline_shows_it_in_the_diff(
    out: Path, files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    target = out / MANIFEST
    target.write_text(files[MANIFEST].rstrip("\n"), encoding="utf-8")
    code, stdout, _ = run(capsys, "check", "--spec", SPEC, "--out", out)
    last = files[MANIFEST].rstrip("\n").rsplit("\n", 1)[-1]
    assert code == cli.DRIFT
    assert stdout.endswith(f"-{last}\n\\ No newline at end of file\n+{last}\n"), stdout[-300:]
