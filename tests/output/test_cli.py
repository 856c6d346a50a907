"""The contract of `python -m generator generate|check`: exit codes, diffs, what is written."""

from __future__ import annotations

import contextlib
import errno
import gc
import io
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from helpers.cli import cli

from conftest import DATA, GENERATED, ROOT, SPEC
from generator import cli as generator_cli
from generator.render.engine import render
from generator.load.loader import load_spec
from generator.render.manifest import MANIFEST
from generator.targets import paths


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts  # Python's, beside an imported module
    }


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "generated"
    assert cli("generate", "--spec", SPEC, "--out", folder).returncode == 0
    return folder


def test_committed_artefacts_match_the_spec() -> None:
    """The drift check, as a test: generated/ in the repo is what the spec renders."""
    result = cli("check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert snapshot(GENERATED).keys() == {*paths(load_spec(SPEC)), MANIFEST}


def test_generate_writes_every_target_and_a_manifest(out: Path) -> None:
    files = render(load_spec(SPEC))
    assert {p: data for p, (data, _) in snapshot(out).items()} == {
        p: t.encode() for p, t in files.items()
    }
    for path, text in files.items():
        assert not text or text.endswith("\n") and "\r" not in text, path


def test_check_passes_on_fresh_output(out: Path) -> None:
    result = cli("check", "--out", out)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == f"{out} matches the spec ({len(paths(load_spec(SPEC))) + 1} files)\n"


def test_check_shows_a_hand_edit_as_a_diff(out: Path) -> None:
    target = out / "typescript" / "faceid-codes.ts"
    target.write_text(
        target.read_text(encoding="utf-8").replace("SUCCESS = 0,", "SUCCESS = 1,"), encoding="utf-8"
    )
    result = cli("check", "--out", out)
    assert result.returncode == 1
    assert f"--- a/{target.as_posix().lstrip('/')}\n" in result.stdout
    assert "-  SUCCESS = 1,\n+  SUCCESS = 0,\n" in result.stdout
    assert "make generate" in result.stderr


def test_check_diff_applies_with_patch_p1_from_the_working_folder(out: Path) -> None:
    """Paths in the diff are the output folder as named, relative: `patch -p1` applies it."""
    target = out / "python" / "pyproject.toml"
    rendered = target.read_bytes()
    target.write_bytes(rendered.replace(b'version = "', b'version = "9'))
    result = cli("check", "--spec", SPEC, "--out", out.name, cwd=out.parent)
    assert result.returncode == 1
    assert result.stdout.startswith(
        "--- a/generated/python/pyproject.toml\n+++ b/generated/python/pyproject.toml\n"
    )
    patch = shutil.which("patch") or pytest.fail("patch is not installed")
    subprocess.run([patch, "-p1"], input=result.stdout, text=True, cwd=out.parent, check=True)
    assert target.read_bytes() == rendered


def test_check_names_a_deleted_file(out: Path) -> None:
    (out / "docs" / "return-codes.md").unlink()
    result = cli("check", "--out", out)
    assert result.returncode == 1
    assert "missing: " in result.stdout and "return-codes.md" in result.stdout


def test_check_and_generate_handle_stale_and_stray_files(out: Path) -> None:
    manifest = out / MANIFEST
    manifest.write_text(
        manifest.read_text(encoding="utf-8") + "rust/faceid_codes.rs\n", encoding="utf-8"
    )
    stale = out / "rust" / "faceid_codes.rs"  # a target this version does not have
    stale.parent.mkdir()
    stale.write_text("pub enum WechatCode {}\n", encoding="utf-8")
    mine = out / "docs" / "notes.md"  # a file the generator does not own
    mine.write_text("my notes\n", encoding="utf-8")
    result = cli("check", "--out", out)
    assert result.returncode == 1
    shown = out.as_posix()
    assert f"stale: {shown}/rust/faceid_codes.rs (the spec no longer produces it" in result.stdout
    assert f"stray: {shown}/docs/notes.md (not produced by the spec; remove it)" in result.stdout
    # 1 changed: the MANIFEST that lists the stale file (a stale file never comes alone).
    assert result.stderr == (
        f"{shown} has drifted from the spec: 1 changed, 0 missing, 1 stale, 1 stray, 0 unsafe. "
        "To fix: remove the stray and unsafe entries by hand (generate never deletes them); "
        "then run `make generate` (or `python -m generator generate`) and commit the result.\n"
    )
    generated = cli("generate", "--out", out)
    assert generated.returncode == 0
    assert f"removed {shown}/rust/faceid_codes.rs" in generated.stdout
    assert generated.stderr == (
        f"{shown}/docs/notes.md: warning: not produced by the spec; left alone, "
        "but `check` fails until it is removed\n"
    )
    assert not stale.exists() and not stale.parent.exists()  # the emptied folder goes too
    assert mine.read_text(encoding="utf-8") == "my notes\n"
    assert cli("check", "--out", out).returncode == 1
    mine.unlink()
    assert cli("check", "--out", out).returncode == 0


def test_check_catches_a_spec_edit_not_yet_generated(out: Path, tmp_path: Path) -> None:
    edited = tmp_path / "codes.yaml"
    edited.write_text(
        SPEC.read_text(encoding="utf-8").replace("billable: true", "billable: false", 1),
        encoding="utf-8",
    )
    result = cli("check", "--spec", edited, "--out", out)
    assert result.returncode == 1
    diffs = {
        diff.split("\n", 1)[0].rsplit("/generated/", 1)[-1]: diff
        for diff in result.stdout.split("--- a/")[1:]
    }
    # The first billed code is WechatCode.SUCCESS: now free in the module and the reference.
    assert "\n-            True,\n+            False,\n" in diffs["python/faceid_codes/_texts.py"]
    assert (
        "\n-| 0 | `SUCCESS` | 成功 | 是 |\n+| 0 | `SUCCESS` | 成功 | 否 |\n"
        in diffs["docs/return-codes.md"]
    )
    assert result.stderr.startswith(
        f"{out.as_posix()} has drifted from the spec: {len(diffs)} changed, 0 missing"
    )


def test_generate_leaves_unchanged_files_alone(out: Path) -> None:
    before = snapshot(out)
    result = cli("generate", "--out", out)
    assert (result.returncode, result.stdout) == (
        0,
        f"{out.as_posix()}: up to date ({len(before)} files)\n",
    )
    assert snapshot(out) == before  # same bytes and same mtimes


def test_generate_rewrites_only_what_changed(out: Path) -> None:
    target = out / "docs" / "return-codes.md"
    target.write_text("edited\n", encoding="utf-8")
    before = snapshot(out)
    cli("generate", "--out", out)
    after = snapshot(out)
    assert [p for p in after if after[p] != before[p]] == ["docs/return-codes.md"]
    assert not list(out.rglob("*.tmp"))


def test_invalid_spec_exits_2_and_touches_nothing(out: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        SPEC.read_text(encoding="utf-8").replace("billable: false", "billable: nope", 1),
        encoding="utf-8",
    )
    before = snapshot(out)
    for command in ("generate", "check"):
        result = cli(command, "--spec", bad, "--out", out)
        assert result.returncode == 2
        assert result.stdout == ""
        assert "Traceback" not in result.stderr
        assert all(
            ": error: " in line and line.startswith(str(bad)) for line in result.stderr.splitlines()
        )
    assert snapshot(out) == before


def test_quiet_prints_nothing_when_all_is_well(out: Path) -> None:
    for command in ("generate", "check"):
        result = cli(command, "--out", out, "--quiet")
        assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_rendering_is_deterministic_across_working_folders(tmp_path: Path) -> None:
    """The same spec, read from another folder under another path, gives the same bytes."""
    first, second = tmp_path / "a", tmp_path / "elsewhere" / "b"
    second.parent.mkdir()
    shutil.copy(SPEC, second.parent / "codes.yaml")
    assert cli("generate", "--spec", SPEC, "--out", first).returncode == 0
    result = cli("generate", "--spec", "codes.yaml", "--out", "b", cwd=second.parent)
    assert result.returncode == 0, result.stderr
    ours = {p: d for p, (d, _) in snapshot(first).items()}
    theirs = {p: d for p, (d, _) in snapshot(second).items()}
    assert ours.keys() == {*paths(load_spec(SPEC)), MANIFEST}
    # Only the header may differ: it names the spec as the run found it.
    header = "generated from spec/codes.yaml — do not edit".encode()
    outside = "generated from codes.yaml — do not edit".encode()
    assert header in ours["MANIFEST"] and header in ours["python/faceid_codes/__init__.py"]
    assert {p: d.replace(outside, header) for p, d in theirs.items()} == ours


def test_headers_name_the_spec(tmp_path: Path) -> None:
    cli("generate", "--spec", DATA / "awkward.yaml", "--out", tmp_path)
    assert (
        (tmp_path / "MANIFEST")
        .read_text(encoding="utf-8")
        .startswith("# generated from tests/data/awkward.yaml — do not edit\n")
    )


# Every command's `--help`, as the maintainers' command reference shows it.
COMMANDS_PAGE = ROOT / "docs" / "maintainers" / "commands.md"
HELP_COMMANDS = ["", "generate", "check", "validate", "compat", "upstream"]


def readme_help(command: str) -> str:
    """The block marked `<!-- help: {command} -->` in the command reference, as written."""
    text = COMMANDS_PAGE.read_text(encoding="utf-8")
    marked = rf"^<!-- help: {command} -->\n```text\n(.*?)^```$"
    (block,) = re.findall(marked, text, flags=re.S | re.M)
    return block


@pytest.mark.parametrize("command", HELP_COMMANDS, ids=lambda c: c or "top")
def test_the_command_reference_shows_each_commands_help_exactly(
    command: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "80")  # argparse wraps to the terminal
    with pytest.raises(SystemExit) as exit_:
        generator_cli.main([*command.split(), "--help"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out == readme_help(command)


def test_the_command_reference_documents_every_command() -> None:
    text = COMMANDS_PAGE.read_text(encoding="utf-8")
    assert re.findall(r"^<!-- help: (\w*) -->$", text, flags=re.M) == HELP_COMMANDS


@pytest.mark.parametrize("collecting", [True, False])
def test_main_in_process_leaves_the_garbage_collector_as_it_found_it(collecting: bool) -> None:
    """A run turns the cyclic collector off for speed; a caller's process gets it back."""
    was = gc.isenabled()
    (gc.enable if collecting else gc.disable)()
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            assert generator_cli.main(["validate", "--spec", str(SPEC)]) == 0
        assert gc.isenabled() is collecting
    finally:
        (gc.enable if was else gc.disable)()


def test_no_command_is_a_usage_error() -> None:
    result = cli()
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.splitlines()[-1] == (
        "python -m generator: error: the following arguments are required: "
        "{generate,check,validate,compat,upstream}"
    )


def test_an_output_folder_that_cannot_be_made_is_named_with_the_reason(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder\n", encoding="utf-8")
    reason = f"[Errno {errno.ENOTDIR}] {os.strerror(errno.ENOTDIR)}: 'file/out'"
    for command, failed in (("generate", "cannot write"), ("check", "cannot read")):
        result = cli(command, "--out", "file/out", cwd=tmp_path)
        assert (result.returncode, result.stdout) == (3, "")
        assert result.stderr == f"file/out: error: {failed}: {reason}\n"


def test_a_spec_named_by_its_full_path_is_shown_as_typed_from_the_working_folder(
    tmp_path: Path,
) -> None:
    (tmp_path / "bad.yaml").write_text("codes: [\n", encoding="utf-8")
    result = cli("validate", "--spec", tmp_path / "bad.yaml", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("bad.yaml:2:1: error: YAML syntax: ")


def test_compat_and_upstream_read_the_checkouts_spec_when_none_is_named(tmp_path: Path) -> None:
    """From any working folder, as generate and check do."""
    compat = cli("compat", "--baseline-spec", SPEC, "--format", "text", cwd=tmp_path)
    assert (compat.returncode, compat.stderr) == (0, "")
    assert compat.stdout.endswith(": no changes\n")
    upstream = cli("upstream", cwd=tmp_path)
    assert (upstream.returncode, upstream.stderr) == (0, "")
    assert upstream.stdout.startswith(f"{SPEC} agrees with ")
