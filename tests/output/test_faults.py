"""Writes survive faults: every generated file is its complete old or complete new self, always."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, SPEC
from generator import cli
from generator.output import sync as files
from generator.load import loader as spec_module
from generator.output.sync import write_tree
from generator.render.engine import render
from generator.load.loader import load_spec, parse_spec

sys.path.insert(0, str(ROOT / "bench"))
import synth  # noqa: E402  (bench/synth.py: realistic specs of any size)


def rendered(n: int) -> dict[str, str]:
    return render(parse_spec(synth.spec(n).encode(), "synthetic.yaml", "spec/synthetic.yaml"))


@pytest.fixture(scope="module")
def old_new() -> tuple[dict[str, str], dict[str, str]]:
    return rendered(40), rendered(50)  # every file differs between the two


def assert_each_file_whole(out: Path, *versions: dict[str, str]) -> None:
    for path in versions[0]:
        on_disk = (out / path).read_bytes()
        assert any(on_disk == v[path].encode() for v in versions), f"{path} is neither old nor new"
    assert not list(out.rglob("*.tmp")), "temporary files left behind"


@pytest.mark.parametrize("fail_after", [0, 1, 3, 5])
def test_failing_rename_leaves_whole_files_and_the_next_run_recovers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, old_new, fail_after: int
) -> None:
    old, new = old_new
    write_tree(tmp_path, old)
    real_replace, calls = os.replace, []

    def failing_replace(src, dst):
        calls.append(dst)
        if len(calls) > fail_after:
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(files.os, "replace", failing_replace)
    with pytest.raises(OSError):
        write_tree(tmp_path, new)
    assert_each_file_whole(tmp_path, old, new)
    monkeypatch.setattr(files.os, "replace", real_replace)
    write_tree(tmp_path, new)
    assert_each_file_whole(tmp_path, new)


FULL_DISK = """\
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[1]), int(sys.argv[1])))
from generator.cli import main
raise SystemExit(main(["generate", "--spec", sys.argv[2], "--out", sys.argv[3]]))
"""


def test_full_disk_exits_3_with_a_message_and_whole_files(tmp_path: Path) -> None:
    small, big = tmp_path / "small.yaml", tmp_path / "big.yaml"
    small.write_text(synth.spec(10), encoding="utf-8")
    big.write_text(synth.spec(2000), encoding="utf-8")
    out = tmp_path / "out"
    assert cli.main(["generate", "-q", "--spec", str(small), "--out", str(out)]) == 0
    old = {
        p.relative_to(out).as_posix(): p.read_text(encoding="utf-8")
        for p in out.rglob("*")
        if p.is_file()
    }
    limit = 200_000  # the small spec's files fit, the big spec's largest does not
    result = subprocess.run(
        [sys.executable, "-c", FULL_DISK, str(limit), str(big), str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 3, result.stderr
    assert "error: cannot write" in result.stderr and "Traceback" not in result.stderr
    new = render(parse_spec(big.read_bytes(), "big.yaml", big.name))
    assert_each_file_whole(out, old, new)


def test_read_only_output_exits_3_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    out = tmp_path / "out"
    assert cli.main(["generate", "-q", "--out", str(out)]) == 0
    (out / "docs" / "return-codes.md").write_text("stale\n", encoding="utf-8")
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def refuse(*args, **kwargs):  # root ignores chmod, so the refusal is simulated
        raise PermissionError(13, "Permission denied", kwargs.get("dir"))

    monkeypatch.setattr(files.tempfile, "mkstemp", refuse)
    assert cli.main(["generate", "--out", str(out)]) == 3
    assert "cannot write" in capsys.readouterr().err
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


KILLS = 4


def test_sigkill_at_random_moments_then_recover(tmp_path: Path) -> None:
    old_spec, new_spec = tmp_path / "old.yaml", tmp_path / "new.yaml"
    # Large enough that a run spends most of its second writing megabytes (the
    # moments a kill could leave half a file), small enough for `make test-fast`.
    old_spec.write_text(synth.spec(2_000), encoding="utf-8")
    new_spec.write_text(synth.spec(2_200), encoding="utf-8")
    out = tmp_path / "out"
    generate = [sys.executable, "-m", "generator", "generate", "-q", "--out", str(out), "--spec"]
    subprocess.run([*generate, str(old_spec)], cwd=ROOT, check=True)
    old = {
        p.relative_to(out).as_posix(): p.read_text(encoding="utf-8")
        for p in out.rglob("*")
        if p.is_file()
    }
    new = render(parse_spec(new_spec.read_bytes(), "new.yaml", new_spec.name))
    started = time.perf_counter()
    subprocess.run([*generate, str(new_spec)], cwd=ROOT, check=True)
    full_run = time.perf_counter() - started
    shutil.rmtree(out)
    subprocess.run([*generate, str(old_spec)], cwd=ROOT, check=True)
    moments = random.Random(2026).sample(range(1, 100), KILLS)  # percent of a full run
    for percent in moments:
        proc = subprocess.Popen([*generate, str(new_spec)], cwd=ROOT)
        time.sleep(full_run * percent / 100)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        for path in old:  # no half file, whatever the moment
            on_disk = (out / path).read_bytes()
            assert on_disk in (old[path].encode(), new[path].encode()), (percent, path)
    subprocess.run([*generate, str(new_spec)], cwd=ROOT, check=True)
    assert_each_file_whole(out, new)
    # Killed while it writes a temporary: the temporary stays behind, and the next run
    # removes it.
    left, spec = _kill_while_a_temporary_exists(generate, [old_spec, new_spec], out)
    assert left, "no run was killed while writing"
    for path in old:
        assert (out / path).read_bytes() in (old[path].encode(), new[path].encode()), path
    subprocess.run([*generate, str(spec)], cwd=ROOT, check=True)
    assert [p for p in left if p.exists()] == []
    assert_each_file_whole(out, old if spec == old_spec else new)


def _kill_while_a_temporary_exists(
    generate: list[str], specs: list[Path], out: Path
) -> tuple[list[Path], Path]:
    """SIGKILL a run the moment a temporary of it shows: the temporaries left, and its spec.

    `out` holds the last of `specs`; each try generates the other one, so that there is
    always something to write, even after a run that finished before it could be killed.
    """
    for attempt in range(10):
        spec = specs[attempt % 2]
        proc = subprocess.Popen([*generate, str(spec)], cwd=ROOT)
        while proc.poll() is None and not list(out.rglob(".*.tmp")):
            time.sleep(0.001)
        proc.send_signal(signal.SIGKILL)
        if proc.wait() == 0:  # it finished first: out now holds `spec`
            continue
        left = sorted(out.rglob(".*.tmp"))
        if left:
            return left, spec
        subprocess.run([*generate, str(spec)], cwd=ROOT, check=True)  # as the loop expects
    return [], specs[0]


def test_two_runs_at_once_leave_one_consistent_result(tmp_path: Path) -> None:
    specs = [tmp_path / "a.yaml", tmp_path / "b.yaml"]
    for path, n in zip(specs, (2000, 2300)):
        path.write_text(synth.spec(n), encoding="utf-8")
    out = tmp_path / "out"
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "generator",
                "generate",
                "-q",
                "--spec",
                str(p),
                "--out",
                str(out),
            ],
            cwd=ROOT,
        )
        for p in specs
    ]
    assert [p.wait() for p in procs] == [0, 0]
    results = [cli.main(["check", "-q", "--spec", str(p), "--out", str(out)]) for p in specs]
    assert sorted(results) == [0, 1]  # exactly one spec's output, whole
    assert not list(out.rglob("*.tmp"))


def _blocked_on_a_lock(pid: int) -> bool:
    """Whether `pid` waits for an flock: /proc/locks lists waiters after "->"."""
    locks = Path("/proc/locks").read_text(encoding="ascii")
    return any(
        line.split()[1:3] == ["->", "FLOCK"] and line.split()[5] == str(pid)
        for line in locks.splitlines()
    )


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="needs Linux's /proc/locks")
def test_generate_waits_for_a_run_that_holds_the_folder(tmp_path: Path) -> None:
    import fcntl

    out = tmp_path / "out"
    assert cli.main(["generate", "-q", "--out", str(out)]) == 0
    (out / "docs" / "return-codes.md").write_text("edited\n", encoding="utf-8")
    holder = os.open(out, os.O_RDONLY)
    fcntl.flock(holder, fcntl.LOCK_EX)  # as a concurrent run does
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "generator", "generate", "-q", "--out", str(out)], cwd=ROOT
        )
        deadline = time.monotonic() + 120  # a hang guard only
        while not _blocked_on_a_lock(proc.pid):
            assert proc.poll() is None, "generate ran while another run held the folder"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        assert (out / "docs" / "return-codes.md").read_text(encoding="utf-8") == "edited\n"
    finally:
        os.close(holder)
    assert proc.wait(timeout=120) == 0
    assert cli.main(["check", "-q", "--out", str(out)]) == 0


def test_leftover_temporaries_of_a_killed_run_are_removed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert cli.main(["generate", "-q", "--out", str(out)]) == 0
    leftovers = [
        out / "docs" / ".return-codes.md.k1ll3d.tmp",
        out / "python" / "faceid_codes" / ".__init__.py.x.tmp",
        out / ".MANIFEST.abc.tmp",
    ]
    for leftover in leftovers:
        leftover.write_text("half a file", encoding="utf-8")
    mine = out / "docs" / ".notes.tmp"  # not named like one of ours
    mine.write_text("keep", encoding="utf-8")
    assert cli.main(["generate", "-q", "--out", str(out)]) == 0
    assert [p for p in leftovers if p.exists()] == [] and mine.exists()


def test_each_temporary_is_written_beside_its_file_named_for_the_clean_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Same folder: the rename is atomic. Named `.NAME.*.tmp`: a killed run's is found."""
    real_replace, renamed = os.replace, []

    def recording_replace(src, dst):
        renamed.append((Path(src), Path(dst)))
        real_replace(src, dst)

    monkeypatch.setattr(files.os, "replace", recording_replace)
    rendered = render(load_spec(SPEC))
    write_tree(tmp_path / "out", rendered)
    assert len(renamed) == len(rendered)
    for src, dst in renamed:
        assert src.parent == dst.parent, src
        assert src.name.startswith(f".{dst.name}.") and src.name.endswith(".tmp"), src


def test_new_files_are_world_readable_and_existing_modes_are_kept(tmp_path: Path) -> None:
    out = tmp_path / "out"
    old_mask = os.umask(0o077)  # a strict umask must not leave files the package cannot share
    try:
        assert cli.main(["generate", "-q", "--out", str(out)]) == 0
    finally:
        os.umask(old_mask)
    modes = {
        p.relative_to(out).as_posix(): p.stat().st_mode & 0o777
        for p in out.rglob("*")
        if p.is_file()
    }
    assert set(modes.values()) == {0o644}
    target = out / "docs" / "return-codes.md"
    target.chmod(0o664)
    target.write_text("edited\n", encoding="utf-8")
    assert cli.main(["generate", "-q", "--out", str(out)]) == 0
    assert (
        target.stat().st_mode & 0o777 == 0o664 and target.read_text(encoding="utf-8") != "edited\n"
    )


def _commit_of_the_working_tree(tmp_path: Path) -> Path:
    """A repository holding the working tree as it is now (committed or not)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    repo = tmp_path / "repo"
    for name in filter(None, listed):
        source = ROOT / name.decode()
        if source.is_file() and not source.is_symlink():
            (repo / name.decode()).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, repo / name.decode())
    git = [
        "git",
        "-c",
        "user.name=t",
        "-c",
        "user.email=t@example.invalid",
        "-c",
        "core.autocrlf=false",
    ]
    subprocess.run([*git, "init", "-q"], cwd=repo, check=True)
    subprocess.run([*git, "add", "-A"], cwd=repo, check=True)
    subprocess.run([*git, "commit", "-qm", "working tree"], cwd=repo, check=True)
    return repo


def test_crlf_checkout_shows_no_false_drift(tmp_path: Path) -> None:
    """A Windows-style clone (core.autocrlf=true) still checks clean: .gitattributes keeps generated/ LF."""
    if not (ROOT / ".git").exists() or shutil.which("git") is None:
        pytest.fail("this test clones the repository with git")
    clone = tmp_path / "clone"
    subprocess.run(
        [
            "git",
            "-c",
            "core.autocrlf=true",
            "clone",
            "-q",
            str(_commit_of_the_working_tree(tmp_path)),
            str(clone),
        ],
        check=True,
    )
    subprocess.run(["git", "config", "core.autocrlf", "true"], cwd=clone, check=True)
    assert b"\r\n" not in (clone / "generated" / "docs" / "return-codes.md").read_bytes()
    assert b"\r\n" in (clone / "README.md").read_bytes()  # the clone really converts
    env = {**os.environ, "PYTHONPATH": str(clone)}
    result = subprocess.run(
        [sys.executable, "-m", "generator", "check"],
        cwd=clone,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-2000:]


def test_code_count_limit(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(spec_module, "MAX_CODES", 100)
    path = tmp_path / "many.yaml"
    path.write_text(synth.spec(101), encoding="utf-8")
    with pytest.raises(spec_module.SpecError) as caught:
        spec_module.load_spec(path, display="many.yaml")
    assert caught.value.lines() == [
        "many.yaml:3:3: error: the spec has 101 codes; the limit is 100"
    ]
