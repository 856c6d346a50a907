"""`make bench`: how fast the toolchain and the generated code are, each beside its floor.

Every figure is the median of several runs (min–max beside it) and is put
next to a floor measured in the same run on the same machine, as a ratio, so
the table means something on any machine.  Nothing here asserts: the figures
go in the README's "Performance" section.

    python bench/run.py [--quick] [--only NAME ...]
        --quick: fewer runs, no 100,000-code spec
        --only: just these rows (check, instructions, import, lookups, generate, tsc)
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import synth  # noqa: E402  (bench/synth.py)

PY = sys.executable
# Children run as users run them: with bytecode caches on, kept out of the
# work tree (generated/ holds only what the generator writes).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENV["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "faceid-codes-bench-pycache")
NODE = shutil.which("node") or "node"
TSC = {
    "tsc 5.9": ROOT / "node_modules/typescript5/bin/tsc",
    "tsc 7": ROOT / "node_modules/typescript/bin/tsc",
}

# Parse with libyaml's C loader and write as many bytes as `generate` does:
# the least any YAML-to-files generator must do.
FLOOR_GENERATE = """\
import sys, yaml
data = yaml.load(open(sys.argv[1], encoding="utf-8").read(), Loader=yaml.CSafeLoader)
with open(sys.argv[2], "wb") as out:
    out.write(b"x" * int(sys.argv[3]))
"""
FLOOR_GENERATE_NOGC = "import gc; gc.disable()\n" + FLOOR_GENERATE

IMPORT_TIME = (
    "import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
)

LOOKUPS = """\
import timeit
from http import HTTPStatus
from faceid_codes import WechatCode
n = 200_000
for label, stmt in (("known", "WechatCode(2006).message"), ("unknown", "WechatCode.lookup(999999)"), ("floor", "HTTPStatus(404).phrase")):
    runs = timeit.repeat(stmt, globals=globals(), number=n, repeat=7)
    print(label, *(r / n for r in runs))
"""


class Sample:
    def __init__(self, values: list[float]) -> None:
        self.values = values
        self.median = statistics.median(values)

    def text(self, unit: str) -> str:
        if unit == "s" and self.median < 1:
            unit = "ms"
        scale, suffix = {"s": (1, "s"), "ms": (1e3, "ms"), "ns": (1e9, "ns")}[unit]
        return f"{self.median * scale:,.1f} {suffix} ({min(self.values) * scale:,.1f}–{max(self.values) * scale:,.1f})"


def run_process(cmd: list[str], cwd: Path = ROOT) -> tuple[float, int]:
    """Wall time and peak RSS (bytes) of one child process."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"failed: {' '.join(map(str, cmd))}\n{proc.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss * 1024


def sample(cmd: list[str], runs: int, before=None) -> tuple[Sample, int]:
    times, peak = [], 0
    run_process(cmd)  # warm caches (bytecode, Jinja, disk)
    for _ in range(runs):
        if before:
            before()
        elapsed, rss = run_process(cmd)
        times.append(elapsed)
        peak = max(peak, rss)
    return Sample(times), peak


def with_package(code: str) -> str:
    """Run `code` in a fresh Python that imports the generated package; its stdout."""
    env = {**ENV, "PYTHONPATH": str(ROOT / "generated/python")}
    return subprocess.run(
        [PY, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout


def in_process(code: str, runs: int) -> Sample:
    values = [float(with_package(code)) for _ in range(runs + 1)]
    return Sample(values[1:])  # the first run wrote the bytecode cache


def row(what: str, ours: Sample, floor_name: str, floor: Sample, unit: str, goal: str) -> str:
    return f"| {what} | {ours.text(unit)} | {floor_name}: {floor.text(unit)} | {ours.median / floor.median:.2f}× | {goal} |"


def alternating(ours_cmd: list[str], floor_cmd: list[str], runs: int) -> tuple[Sample, Sample]:
    """Runs the two in turn (A B A B …), so that a machine busy for a while
    slows both alike rather than whichever happened to run then."""
    run_process(ours_cmd)  # warm caches (bytecode, Jinja, disk)
    run_process(floor_cmd)
    ours, floor = [], []
    for _ in range(runs):
        ours.append(run_process(ours_cmd)[0])
        floor.append(run_process(floor_cmd)[0])
    return Sample(ours), Sample(floor)


def bench_check(runs: int) -> list[str]:
    ours, floor = alternating(
        [PY, "-m", "generator", "check", "-q"], [PY, "-c", "import yaml, jinja2"], runs
    )
    return [
        row(
            "`python -m generator check` (real spec, 147 codes)",
            ours,
            "`import yaml, jinja2`",
            floor,
            "ms",
            "≤ 1.5×",
        )
    ]


def instructions(cmd: list[str]) -> int:
    """Instructions one run executes (valgrind's callgrind): unlike time, the
    same on a busy machine as on an idle one, so a small change shows."""
    env = {**ENV, "PYTHONHASHSEED": "0"}
    subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, check=True)  # write bytecode
    result = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return int(result.stderr.split("Collected :")[1].split()[0])


def bench_instructions() -> list[str]:
    if shutil.which("valgrind") is None:
        return ["| `check`, instructions | (valgrind is not installed) | | | |"]
    ours = instructions([PY, "-m", "generator", "check", "-q"])
    floor = instructions([PY, "-c", "import yaml, jinja2"])
    return [
        f"| `python -m generator check`, instructions (callgrind) | {ours / 1e6:,.1f} M "
        f"| `import yaml, jinja2`: {floor / 1e6:,.1f} M | {ours / floor:.2f}× | — |"
    ]


def bench_generate(sizes: list[int], runs: int, work: Path) -> list[str]:
    lines, medians = [], {}
    for n in sizes:
        spec = work / f"codes-{n}.yaml"
        spec.write_text(synth.spec(n), encoding="utf-8")
        out = work / f"out-{n}"
        clear = lambda out=out: shutil.rmtree(
            out, ignore_errors=True
        )  # noqa: E731  (fresh folder: every file written)
        ours, peak = sample(
            [PY, "-m", "generator", "generate", "-q", "--spec", str(spec), "--out", str(out)],
            runs,
            clear,
        )
        size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
        floor_cmd = [PY, "-c", FLOOR_GENERATE, str(spec), str(work / "floor.bin"), str(size)]
        floor, floor_peak = sample(floor_cmd, runs)
        nogc, _ = sample([PY, "-c", FLOOR_GENERATE_NOGC, *floor_cmd[3:]], runs)
        medians[n] = ours.median
        what = f"`generate`, {n:,} codes ({spec.stat().st_size / 1e6:.1f} MB spec → {size / 1e6:.0f} MB out)"
        lines.append(row(what, ours, "C loader + write", floor, "s", "≤ 1.5× at 100,000"))
        lines.append(
            row(
                "… same, floor with GC off",
                ours,
                "C loader, no GC, + write",
                nogc,
                "s",
                "(stricter floor)",
            )
        )
        lines.append(
            f"| … peak memory, {n:,} codes | {peak / 2**20:,.0f} MiB | C loader + write: {floor_peak / 2**20:,.0f} MiB | {peak / floor_peak:.2f}× | ≤ 2 GiB |"
        )
    if 10_000 in medians and 100_000 in medians:
        lines.append(
            f"| growth, 100,000 ÷ 10,000 codes | {medians[100_000] / medians[10_000]:.1f}× | linear: 10× | | ≤ 11× |"
        )
    return lines


def bench_import(runs: int) -> list[str]:
    ours = in_process(IMPORT_TIME.format(module="faceid_codes"), runs)
    floor = in_process(IMPORT_TIME.format(module="http"), runs)
    return [
        row(
            "`import faceid_codes` (fresh process)",
            ours,
            "`import http` (HTTPStatus)",
            floor,
            "ms",
            "≤ 1.0×",
        )
    ]


def bench_lookups() -> list[str]:
    out = with_package(LOOKUPS)
    found = {
        line.split()[0]: Sample([float(v) for v in line.split()[1:]]) for line in out.splitlines()
    }
    floor = found["floor"]
    return [
        row(
            "`WechatCode(2006).message`",
            found["known"],
            "`HTTPStatus(404).phrase`",
            floor,
            "ns",
            "≤ 1.2×",
        ),
        row(
            "`WechatCode.lookup(999999)` (unknown → None)",
            found["unknown"],
            "`HTTPStatus(404).phrase`",
            floor,
            "ns",
            "≤ 1.2×",
        ),
    ]


def bench_tsc(sizes: list[int], runs: int, work: Path) -> list[str]:
    from generator.render import render
    from generator.spec import parse_spec

    lines = []
    empty = work / "empty.ts"
    empty.write_text("export const x = 1;\n", encoding="utf-8")
    for n in sizes:
        if n == 147:
            source = ROOT / "generated/typescript/faceid-codes.ts"
        else:
            spec = parse_spec(synth.spec(n).encode(), "synthetic", "synthetic")
            source = work / f"faceid-codes-{n}.ts"
            source.write_text(render(spec)["typescript/faceid-codes.ts"], encoding="utf-8")
        for name, tsc in TSC.items():
            flags = ["--strict", "--noUncheckedIndexedAccess", "--noEmit", "--target", "es2022"]
            ours, _ = sample([NODE, str(tsc), *flags, str(source)], runs)
            floor, _ = sample([NODE, str(tsc), *flags, str(empty)], runs)
            lines.append(
                row(
                    f"`{name} --strict`, {n:,} codes",
                    ours,
                    "same on a one-line file",
                    floor,
                    "s",
                    "—",
                )
            )
    return lines


def main() -> None:
    quick = "--quick" in sys.argv
    runs = 5 if quick else 7
    sizes = [1_000, 10_000] if quick else [1_000, 10_000, 100_000]
    print(
        f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs; medians of {runs} runs (min–max)\n"
    )
    print("| what | ours | floor | ratio | goal |\n| --- | --- | --- | ---: | --- |")
    benches = {
        "check": lambda work: bench_check(runs * 3),
        "instructions": lambda work: bench_instructions(),
        "import": lambda work: bench_import(runs * 3),
        "lookups": lambda work: bench_lookups(),
        "generate": lambda work: bench_generate(sizes, runs, work),
        "tsc": lambda work: bench_tsc([147, 10_000], runs, work),
    }
    after = sys.argv[sys.argv.index("--only") + 1 :] if "--only" in sys.argv else list(benches)
    only = [name for name in after if not name.startswith("--")]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name in only:
            for line in benches[name](work):
                print(line, flush=True)


if __name__ == "__main__":
    main()
