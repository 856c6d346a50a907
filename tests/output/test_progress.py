"""Long runs show a status line on a terminal, and nothing in pipes or with --quiet."""

from __future__ import annotations

import contextlib
import io
import re

import pytest

from conftest import ROOT, SPEC
from generator import cli as generator_cli
from generator.progress import StatusLine, status_line
from generator.render.engine import render
from generator.load.loader import load_spec
from generator.render.manifest import MANIFEST
from generator.targets import paths
from helpers.cli import cli


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_status_line_only_on_a_terminal_and_not_when_quiet() -> None:
    assert status_line(quiet=False, stream=io.StringIO()) is None
    assert status_line(quiet=True, stream=FakeTerminal()) is None
    assert isinstance(status_line(quiet=False, stream=FakeTerminal()), StatusLine)


def test_status_line_overwrites_itself_and_clears_before_output() -> None:
    terminal = FakeTerminal()
    note = StatusLine(terminal)
    note("")  # nothing shown yet: nothing to clear
    assert terminal.getvalue() == ""
    note("rendering a (1/2)")
    note("rendering b (2/2)")
    note("")
    note("")  # clearing twice writes nothing more
    assert terminal.getvalue() == "\r\x1b[Krendering a (1/2)\r\x1b[Krendering b (2/2)\r\x1b[K"


def test_piped_output_has_no_status_lines(tmp_path) -> None:
    result = cli("generate", "--out", tmp_path)
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout.endswith(" change(s)\n") and "wrote " in result.stdout
    assert "\r" not in result.stdout and "\x1b" not in result.stdout


def test_the_status_line_goes_to_stderr_as_it_is_when_main_runs(tmp_path, monkeypatch) -> None:
    """In process, with stderr redirected: status lines there, cleared before the summary."""
    monkeypatch.chdir(ROOT)  # the default spec, an absolute path, is shown relative to here
    terminal = FakeTerminal()
    with contextlib.redirect_stderr(terminal), contextlib.redirect_stdout(io.StringIO()) as out:
        assert generator_cli.main(["generate", "--out", str(tmp_path)]) == 0
    shown = terminal.getvalue()
    assert shown.startswith("\r\x1b[Kreading spec/codes.yaml\r") and shown.endswith("\r\x1b[K")
    planned = len(paths(load_spec(SPEC)))
    rendered = re.findall(r"\r\x1b\[Krendering \S+ \((\d+)/(\d+)\)", shown)
    assert rendered == [(str(number), str(planned)) for number in range(1, planned + 1)]
    total = planned + 1  # and the MANIFEST, written last
    assert f"\r\x1b[Kwriting MANIFEST ({total}/{total})" in shown
    assert out.getvalue().endswith(" change(s)\n")
    piped = io.StringIO()
    with contextlib.redirect_stderr(piped), contextlib.redirect_stdout(io.StringIO()):
        assert generator_cli.main(["generate", "--out", str(tmp_path)]) == 0
    assert piped.getvalue() == ""
    quiet = FakeTerminal()
    with contextlib.redirect_stderr(quiet), contextlib.redirect_stdout(io.StringIO()):
        assert generator_cli.main(["generate", "--quiet", "--out", str(tmp_path)]) == 0
    assert quiet.getvalue() == ""


@pytest.mark.parametrize("command", ["generate", "check", "validate"])
def test_every_command_clears_its_status_line_before_it_reports(command: str, tmp_path) -> None:
    assert generator_cli.main(["generate", "-q", "--out", str(tmp_path)]) == 0
    terminal = FakeTerminal()
    with contextlib.redirect_stderr(terminal), contextlib.redirect_stdout(io.StringIO()) as out:
        assert generator_cli.main([command, "--out", str(tmp_path)]) == 0
    shown = terminal.getvalue()
    assert shown.startswith("\r\x1b[Kreading ") and shown.endswith("\r\x1b[K")
    assert out.getvalue().endswith("\n") and "\x1b" not in out.getvalue()


CLEAR = "\r\x1b[K"


@pytest.mark.parametrize(
    "args, status, first_error",
    [
        (["generate", "--out", "{tmp}/file"], 3, "{tmp}/file: error: is a file, not a folder"),
        (["check", "--out", "{tmp}/file"], 1, "{tmp}/file has drifted from the spec: "),
        (["check", "--out", "{tmp}/file/sub"], 3, "{tmp}/file/sub: error: cannot read: "),
        (["validate", "--spec", "{tmp}/file"], 2, "{tmp}/file:1:1: error: "),
    ],
    ids=["refused output", "drift", "cannot read", "invalid spec"],
)
def test_every_failure_clears_the_status_line_before_its_errors(
    tmp_path, args: list[str], status: int, first_error: str
) -> None:
    (tmp_path / "file").write_text("mine\n", encoding="utf-8")
    args = [arg.replace("{tmp}", str(tmp_path)) for arg in args]
    terminal = FakeTerminal()
    with contextlib.redirect_stderr(terminal), contextlib.redirect_stdout(io.StringIO()):
        assert generator_cli.main(args) == status
    shown = terminal.getvalue()
    errors = shown[shown.rindex(CLEAR) + len(CLEAR) :]
    assert shown.startswith(f"{CLEAR}reading ") and errors.endswith("\n")
    assert errors.startswith(first_error.replace("{tmp}", str(tmp_path)))


def test_render_notes_each_file_with_its_number_and_the_total() -> None:
    notes: list[str] = []
    files = render(load_spec(SPEC), notes.append)
    planned = [path for path in files if path != MANIFEST]  # the MANIFEST is the writer's note
    assert notes == [
        f"rendering {path} ({number}/{len(planned)})" for number, path in enumerate(planned, 1)
    ]
