"""Long runs show a status line on a terminal, and nothing in pipes or with --quiet."""

from __future__ import annotations

import io

from generator.progress import StatusLine, status_line
from test_cli import cli


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
