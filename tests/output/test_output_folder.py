"""The output folder, written or tampered with by someone else: the generator
never reads, writes or deletes outside it, never reads through a link, never
blocks on a FIFO, and names whatever does not belong there."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import ROOT, SPEC
from generator.output import sync as files
from generator.render import manifest
from generator.output.sync import Problem, UnsafeOutput, compare, strays, write_tree
from generator.render.engine import render
from generator.load.loader import load_spec
from generator.render.manifest import MANIFEST
from generator.targets import JAVA_SOURCES

FILES = render(load_spec(SPEC))
GENERATE, CHECK = "generate", "check"


def cli(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    # A hang guard only (a FIFO must never block): a correct run takes about a second.
    return subprocess.run(
        [sys.executable, "-m", "generator", *map(str, args)],
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
    )


def tree(folder: Path) -> dict[str, bytes | str]:
    """Every entry under `folder`: file bytes, or where a link points."""
    found: dict[str, bytes | str] = {}
    for path in sorted(folder.rglob("*")):
        key = path.relative_to(folder).as_posix()
        if path.is_symlink():
            found[key] = f"-> {os.readlink(path)}"
        elif path.is_file():
            found[key] = path.read_bytes()
    return found


@pytest.fixture
def site(tmp_path: Path) -> tuple[Path, Path]:
    """A generated folder, and beside it files an attacker would like deleted."""
    out = tmp_path / "generated"
    write_tree(out, FILES)
    victims = tmp_path / "victims"
    victims.mkdir()
    (victims / "README.md").write_text("keep me\n", encoding="utf-8")
    (tmp_path / "victim.txt").write_text("keep me too\n", encoding="utf-8")
    return out, tmp_path


HOSTILE_LINES = [
    "../victim.txt",
    "../victims/README.md",
    "python/../../victim.txt",
    "{tmp}/victim.txt",  # absolute
    "//victim.txt",
    "./docs/return-codes.md",
    ".hidden",
    "docs/",
    "..\\victim.txt",
    "C:\\victim.txt",
    "~/victim.txt",
    "docs/*",
    "docs/return-codes.md\x00.txt",
    "a" * 300,
]


@pytest.mark.parametrize("line", HOSTILE_LINES)
def test_a_hostile_manifest_line_is_refused_and_nothing_is_touched(
    site: tuple[Path, Path], line: str
) -> None:
    out, tmp = site
    line = line.replace("{tmp}", tmp.as_posix())
    manifest_file = out / MANIFEST
    lines = manifest_file.read_text(encoding="utf-8").splitlines()
    manifest_file.write_text("\n".join([*lines, line]) + "\n", encoding="utf-8")
    (out / "docs" / "return-codes.md").write_text("edited\n", encoding="utf-8")
    before = tree(tmp)

    generated = cli(GENERATE, "--out", out)
    assert generated.returncode == 3, generated.stderr
    first, last = generated.stderr.splitlines()
    assert first.startswith(f"{out.as_posix()}/MANIFEST:{len(lines) + 1}: error: lists ")
    assert first.endswith(
        "which is not a plain relative path inside the output folder; delete that line"
    )
    assert last == f"{out.as_posix()}: nothing was written"
    assert tree(tmp) == before  # not even the edited reference was rewritten

    checked = cli(CHECK, "--out", out)
    assert checked.returncode == 1
    assert f"unsafe: {out.as_posix()}/MANIFEST:{len(lines) + 1}: lists " in checked.stdout
    assert "remove the stray and unsafe entries by hand" in checked.stderr
    assert tree(tmp) == before


def test_a_folder_with_no_manifest_or_an_empty_one_belongs_to_no_one(tmp_path: Path) -> None:
    assert files.survey(tmp_path, set()) == files.Survey(set(), [])
    (tmp_path / MANIFEST).write_bytes(b"")
    assert files.survey(tmp_path, set()) == files.Survey(set(), [])


def test_a_manifest_too_large_to_be_ours_is_refused_and_nothing_is_touched(
    site: tuple[Path, Path],
) -> None:
    out, tmp = site
    (out / MANIFEST).write_bytes(b"#" * (manifest.MAX_BYTES + 1))
    before = tree(tmp)
    problem = f"is larger than {manifest.MAX_BYTES:,} bytes; it is not the generator's"

    generated = cli(GENERATE, "--out", out)
    assert (generated.returncode, generated.stderr.splitlines()) == (
        3,
        [f"{out.as_posix()}/MANIFEST: error: {problem}", f"{out.as_posix()}: nothing was written"],
    )
    checked = cli(CHECK, "--out", out)
    assert checked.returncode == 1
    assert f"unsafe: {out.as_posix()}/MANIFEST: {problem}" in checked.stdout.splitlines()
    assert tree(tmp) == before


@given(st.lists(st.text(min_size=1, max_size=40).filter(lambda t: "\n" not in t), max_size=6))
def test_any_manifest_deletes_nothing_outside_the_output_folder(lines: list[str]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        out = root / "deep" / "generated"
        write_tree(out, FILES)
        for name in ("victim", "deep/victim", "deep/generated.bak"):
            (root / name).write_text("keep\n", encoding="utf-8")
        data = (out / MANIFEST).read_bytes() + "".join(f"{l}\n" for l in lines).encode()
        (out / MANIFEST).write_bytes(data)
        outside = {
            p: p.read_bytes() for p in root.rglob("*") if p.is_file() and out not in p.parents
        }
        owned, unsafe = manifest.parse(data)
        assert all(manifest.is_safe(p) and not p.startswith((".", "/")) for p in owned)
        try:
            write_tree(out, FILES)
        except UnsafeOutput as refused:
            assert unsafe and len(refused.problems) >= len(unsafe)
        else:
            assert not unsafe
        compare(out, FILES)
        assert {p: p.read_bytes() for p in outside} == outside


def link_the_python_folder_elsewhere(out: Path, tmp: Path) -> None:
    """generated/python becomes a link to a folder outside, holding a file of its own."""
    elsewhere = tmp / "victims"
    (elsewhere / "faceid_codes").mkdir()
    (elsewhere / "faceid_codes" / "__init__.py").write_text("mine\n", encoding="utf-8")
    real = out / "python"
    for child in sorted(real.rglob("*"), reverse=True):
        child.unlink() if child.is_file() else child.rmdir()
    real.rmdir()
    real.symlink_to(elsewhere, target_is_directory=True)


def test_a_manifest_with_crlf_line_ends_or_bytes_that_are_not_utf8_is_read_line_by_line() -> None:
    """A CRLF checkout still lists the same paths; a line of bad bytes is unsafe, not a crash."""
    owned, unsafe = manifest.parse(b"# header\r\ndocs/a.md\r\n\r\ndocs/\xff.md\n")
    assert (owned, unsafe) == ({"docs/a.md"}, [(4, "docs/\ufffd.md")])


def test_a_linked_folder_inside_the_output_is_not_written_through(site: tuple[Path, Path]) -> None:
    out, tmp = site
    link_the_python_folder_elsewhere(out, tmp)
    before = tree(tmp)
    generated = cli(GENERATE, "--out", out)
    assert generated.returncode == 3
    assert generated.stderr.splitlines()[0] == (
        f"{out.as_posix()}/python: error: is a symbolic link, not a folder; remove it"
    )
    assert tree(tmp) == before
    checked = cli(CHECK, "--out", out)
    assert checked.returncode == 1
    assert f"unsafe: {out.as_posix()}/python: is a symbolic link, not a folder" in checked.stdout


def test_check_reads_nothing_below_a_linked_folder_and_compares_every_file_after_it(
    site: tuple[Path, Path],
) -> None:
    out, tmp = site
    link_the_python_folder_elsewhere(out, tmp)
    later = "typescript/faceid-codes.ts"  # sorted after python/
    (out / later).write_text("edited\n", encoding="utf-8")
    drift = compare(out, FILES)
    assert drift.unsafe == [Problem("python", "is a symbolic link, not a folder; remove it")]
    assert (drift.changed, drift.missing) == ({later: ("edited\n", FILES[later])}, [])


def test_strays_are_listed_once_the_folder_holds_nothing_unsafe(site: tuple[Path, Path]) -> None:
    out, tmp = site
    link_the_python_folder_elsewhere(out, tmp)
    (out / "docs" / "notes.md").write_text("mine\n", encoding="utf-8")
    assert compare(out, FILES).strays == []  # first the unsafe entry
    (out / "python").unlink()
    assert compare(out, FILES).strays == ["docs/notes.md"]


def test_a_stray_link_to_a_folder_is_named_and_not_entered(site: tuple[Path, Path]) -> None:
    out, tmp = site
    (out / "docs" / "elsewhere").symlink_to(tmp / "victims", target_is_directory=True)
    assert strays(out, set(FILES)) == ["docs/elsewhere"]


def test_the_walk_for_strays_stops_only_past_its_limit(
    site: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    out, _ = site
    (out / "docs" / "notes.md").write_text("mine\n", encoding="utf-8")
    entries = sum(1 for _ in out.rglob("*"))
    monkeypatch.setattr(files, "MAX_ENTRIES", entries)
    assert strays(out, set(FILES)) == ["docs/notes.md"]
    monkeypatch.setattr(files, "MAX_ENTRIES", entries - 1)
    assert strays(out, set(FILES))[-1] == f"… (stopped looking after {entries - 1:,} entries)"


def test_a_file_too_large_to_compare_is_named_unread_and_the_files_after_it_compared(
    site: tuple[Path, Path],
) -> None:
    """check reads a generated file only up to twice its expected size and 64 KiB more."""
    out, _ = site
    path, later = "docs/billing.md", "typescript/faceid-codes.ts"
    limit = 2 * len(FILES[path].encode("utf-8")) + 65536
    (out / later).write_text("edited\n", encoding="utf-8")
    (out / path).write_bytes(b"x" * (limit + 1))
    assert compare(out, FILES).changed == {
        path: (f"(the file is larger than {limit:,} bytes; not shown)\n", FILES[path]),
        later: ("edited\n", FILES[later]),
    }
    (out / path).write_bytes(b"x" * limit)
    assert compare(out, FILES).changed[path] == ("x" * limit, FILES[path])


def test_a_file_that_is_not_utf8_is_compared_with_replacement_characters(
    site: tuple[Path, Path],
) -> None:
    out, _ = site
    path = "docs/billing.md"
    (out / path).write_bytes(b"caf\xe9 \xff\n")
    assert compare(out, FILES).changed == {path: ("caf\ufffd \ufffd\n", FILES[path])}


# A file at the top, one deep down, and one written per channel ({enum}).
LINKED_FILES = [
    "typescript/faceid-codes.ts",
    "go/faceidcodes.go",
    f"{JAVA_SOURCES}/SdkCode.java",
    MANIFEST,
]


def test_a_linked_folder_deep_inside_the_output_is_not_written_through(
    site: tuple[Path, Path],
) -> None:
    out, tmp = site
    elsewhere = tmp / "victims"
    (elsewhere / "SdkCode.java").write_text("mine\n", encoding="utf-8")
    real = out / JAVA_SOURCES
    for child in real.iterdir():
        child.unlink()
    real.rmdir()
    real.symlink_to(elsewhere, target_is_directory=True)
    before = tree(tmp)
    generated = cli(GENERATE, "--out", out)
    assert generated.returncode == 3
    assert generated.stderr.splitlines()[0] == (
        f"{real.as_posix()}: error: is a symbolic link, not a folder; remove it"
    )
    assert tree(tmp) == before
    checked = cli(CHECK, "--out", out)
    assert checked.returncode == 1
    assert f"unsafe: {real.as_posix()}: is a symbolic link, not a folder" in checked.stdout


@pytest.mark.parametrize("target", LINKED_FILES)
def test_check_never_reads_through_a_link_and_names_it(
    site: tuple[Path, Path], target: str
) -> None:
    out, tmp = site
    secret = tmp / "secret.txt"
    secret.write_text("TOKEN=hunter2\n", encoding="utf-8")
    (out / target).unlink()
    (out / target).symlink_to(secret)
    checked = cli(CHECK, "--out", out)
    assert checked.returncode == 1
    assert "hunter2" not in checked.stdout + checked.stderr
    assert (
        f"unsafe: {out.as_posix()}/{target}: is a symbolic link, not a regular file; remove it"
        in checked.stdout
    )
    generated = cli(GENERATE, "--out", out)
    assert generated.returncode == 3 and "hunter2" not in generated.stdout + generated.stderr
    assert secret.read_text(encoding="utf-8") == "TOKEN=hunter2\n"


@pytest.mark.parametrize(
    "make, kind",
    [
        (lambda path: os.mkfifo(path), "a FIFO (named pipe)"),
        (lambda path: path.symlink_to("/dev/zero"), "a symbolic link"),
        (lambda path: path.mkdir(), "a folder"),
    ],
)
def test_a_fifo_device_or_folder_in_place_of_a_file_is_refused_at_once(
    site: tuple[Path, Path], make, kind: str
) -> None:
    out, _ = site
    target = out / "docs" / "return-codes.md"
    target.unlink()
    make(target)
    for command, status in ((CHECK, 1), (GENERATE, 3), (CHECK, 1)):
        result = cli(command, "--out", out)
        assert result.returncode == status
        assert f"docs/return-codes.md: " in result.stdout + result.stderr
        assert f"is {kind}, not a regular file; remove it" in result.stdout + result.stderr


NOT_A_FOLDER = {
    "file": (lambda path: path.write_text("mine\n"), "is a file, not a folder"),
    "fifo": (os.mkfifo, "is a FIFO (named pipe), not a folder"),
    "link to nothing": (
        lambda path: path.symlink_to(path.parent / "nowhere"),
        "is a symbolic link that leads to no folder",
    ),
    "link to a file": (
        lambda path: path.symlink_to(path.parent / "victim.txt"),
        "is a symbolic link that leads to no folder",
    ),
    "loop of links": (
        lambda path: path.symlink_to(path),
        "is a symbolic link that leads to no folder",
    ),
}


@pytest.mark.parametrize("kind", NOT_A_FOLDER)
def test_an_output_that_is_not_a_folder_is_named_and_left_alone(
    site: tuple[Path, Path], kind: str
) -> None:
    _, tmp = site
    make, what = NOT_A_FOLDER[kind]
    out = tmp / "elsewhere"
    make(out)
    before = tree(tmp)
    refused = [Problem(".", f"{what}; name a folder as the output")]
    with pytest.raises(UnsafeOutput) as caught:
        write_tree(out, FILES)
    assert caught.value.problems == refused
    drift = compare(out, FILES)
    assert (drift.unsafe, drift.changed, drift.missing, drift.stale, drift.strays) == (
        refused,
        {},
        [],
        [],
        [],
    )
    assert tree(tmp) == before


def test_an_output_that_is_not_a_folder_is_one_line_for_each_command(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    out.write_text("mine\n", encoding="utf-8")
    shown = out.as_posix()
    generated = cli(GENERATE, "--out", out)
    assert (generated.returncode, generated.stdout, generated.stderr) == (
        3,
        "",
        f"{shown}: error: is a file, not a folder; name a folder as the output\n"
        f"{shown}: nothing was written\n",
    )
    checked = cli(CHECK, "--out", out)
    assert (checked.returncode, checked.stdout) == (
        1,
        f"unsafe: {shown}: is a file, not a folder; name a folder as the output\n",
    )
    below = cli(CHECK, "--out", out / "sub")  # check reads; it never says "cannot write"
    assert (below.returncode, below.stdout, below.stderr) == (
        3,
        "",
        f"{shown}/sub: error: cannot read: [Errno 20] Not a directory: '{shown}/sub'\n",
    )
    assert out.read_text(encoding="utf-8") == "mine\n"


def test_strays_fail_check_and_generate_names_them(site: tuple[Path, Path]) -> None:
    out, _ = site
    stub = out / "python" / "faceid_codes" / "__init__.pyi"
    stub.write_text("WechatCode: int\n", encoding="utf-8")
    cache = out / "python" / "faceid_codes" / "__pycache__"
    cache.mkdir()
    (cache / "__init__.cpython-311.pyc").write_bytes(b"\0")
    checked = cli(CHECK, "--out", out)
    assert checked.returncode == 1
    assert checked.stdout == (
        f"stray: {out.as_posix()}/python/faceid_codes/__init__.pyi "
        "(not produced by the spec; remove it)\n"
    )
    generated = cli(GENERATE, "--out", out)
    assert generated.returncode == 0 and stub.exists()
    assert "python/faceid_codes/__init__.pyi: warning: not produced by the spec" in generated.stderr
    stub.unlink()
    assert cli(CHECK, "--out", out).returncode == 0  # Python's __pycache__ is no stray


def test_a_leftover_link_named_like_a_temporary_is_removed_not_followed(
    site: tuple[Path, Path],
) -> None:
    out, tmp = site
    victim = tmp / "victim.txt"
    leftover = out / "docs" / ".return-codes.md.abc123.tmp"
    leftover.symlink_to(victim)
    assert cli(GENERATE, "--out", out).returncode == 0
    assert not leftover.is_symlink() and victim.read_text(encoding="utf-8") == "keep me too\n"


@pytest.mark.parametrize("option", ["--out", "--spec"])
def test_an_empty_path_is_a_usage_error(tmp_path: Path, option: str) -> None:
    result = cli(GENERATE, option, "", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1].endswith(f"argument {option}: must not be empty")
    assert list(tmp_path.iterdir()) == []


def test_diff_headers_are_relative_to_where_check_runs(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    write_tree(out, FILES)
    (out / "MANIFEST").write_text("# edited\n", encoding="utf-8")
    result = cli(CHECK, "--out", "generated", cwd=tmp_path)
    assert "--- a/generated/MANIFEST\n+++ b/generated/MANIFEST\n" in result.stdout
