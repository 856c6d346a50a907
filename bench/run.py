"""`make bench`: how fast the toolchain and the generated code are, each beside its floor.

Every figure is the median of several runs (min–max beside it) and is put
next to a floor measured in the same run on the same machine, as a ratio, so
the table means something on any machine.  Ours and the floor are timed
alternately, one of each per pair, and the ratio is the median of the pairs'
ratios: a machine that speeds up or slows down during the run (other jobs,
CPU frequency) then moves both sides of a pair alike instead of landing in
the ratio.  Nothing here asserts: the figures are printed, never pasted
(docs/maintainers/performance.md says what each row measures).

    python bench/run.py [--quick] [--only NAME…] [--package DIR]
      --quick    fewer runs, no 100,000-code spec
      --only     some of: check instructions upstream import lookups generate tsc
      --package  time another build of the Python package (e.g. an older one)
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
    "tsc 5.9": ROOT / "node_modules/typescript/bin/tsc",
    "tsc 7": ROOT / "node_modules/typescript7/bin/tsc",
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
# The same, until the first text is read: the enums' texts load on first use.
FIRST_TEXT = (
    "import time; t = time.perf_counter(); import {module}; {text}; "
    "print(time.perf_counter() - t)"
)
TEXTS = {
    "faceid_codes": "faceid_codes.WechatCode(2006).message",
    "http": "http.HTTPStatus(404).phrase",
}
# The module's own cost: enum (which both import) is loaded before the clock
# starts, and the cyclic collector's debt from start-up is paid: otherwise
# whichever import first allocates ~400 objects pays for a collection of
# everything start-up allocated (~1.9 ms here), whatever its own cost.
OWN_TIME = "import enum, gc; gc.collect(); " + IMPORT_TIME
# How many enum members each module builds, for the cost per member.
MEMBERS = {
    "faceid_codes": "import faceid_codes as m; print(sum(len(e) for e in m.CHANNELS.values()))",
    "http": "import http as m; print(len(m.HTTPStatus) + len(m.HTTPMethod))",
}
PACKAGE = ROOT / "generated/python"

# Each repeat times every statement once, in turn: the floor is measured
# between ours, not after them.
LOOKUPS = """\
import timeit
from http import HTTPStatus
from faceid_codes import WechatCode
n = 200_000
stmts = {"known": "WechatCode(2006).message", "unknown": "WechatCode.lookup(999999)",
         "string": "WechatCode.lookup('2006')", "floor": "HTTPStatus(404).phrase"}
times = {label: [] for label in stmts}
for _ in range(7):
    for label, stmt in stmts.items():
        times[label].append(timeit.timeit(stmt, globals=globals(), number=n) / n)
for label, values in times.items():
    print(label, *values)
"""


class Sample:
    def __init__(self, values: list[float]) -> None:
        self.values = values
        self.median = statistics.median(values)

    def text(self, unit: str) -> str:
        if unit == "s" and self.median < 1:
            unit = "ms"
        scale, suffix = {"s": (1, "s"), "ms": (1e3, "ms"), "us": (1e6, "µs"), "ns": (1e9, "ns")}[
            unit
        ]
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


def paired(ours: list[str], floor: list[str], runs: int, before=None):
    """(ours, floor, ratio of each pair, peak RSS of ours, of the floor), timed alternately."""
    run_process(ours), run_process(floor)  # warm caches (bytecode, Jinja, disk)
    times: tuple[list[float], list[float]] = ([], [])
    peaks = [0, 0]
    for _ in range(runs):
        for side, cmd in enumerate((ours, floor)):
            if before:
                before()
            elapsed, rss = run_process(cmd)
            times[side].append(elapsed)
            peaks[side] = max(peaks[side], rss)
    ratios = [a / b for a, b in zip(*times)]
    return Sample(times[0]), Sample(times[1]), Sample(ratios), peaks[0], peaks[1]


def with_package(code: str, package: Path = PACKAGE) -> str:
    """Run `code` in a fresh Python that imports the generated package; its stdout."""
    env = {**ENV, "PYTHONPATH": str(package)}
    return subprocess.run(
        [PY, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout


def in_process(ours: str, floor: str, runs: int, package: Path = PACKAGE):
    """Times the snippets print, each in a fresh process, alternately; as `paired`."""
    with_package(ours, package), with_package(floor, package)  # write the bytecode caches
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        times[0].append(float(with_package(ours, package)))
        times[1].append(float(with_package(floor, package)))
    ratios = [a / b for a, b in zip(*times)]
    return Sample(times[0]), Sample(times[1]), Sample(ratios)


def row(
    what: str,
    ours: Sample,
    floor_name: str,
    floor: Sample,
    unit: str,
    goal: str,
    ratio: Sample | None = None,
) -> str:
    """A table row; the ratio is the median of the pairs' ratios when they were paired."""
    value = ratio.median if ratio else ours.median / floor.median
    return (
        f"| {what} | {ours.text(unit)} | {floor_name}: {floor.text(unit)} | {value:.2f}× | {goal} |"
    )


def bench_check(runs: int) -> list[str]:
    ours, floor, ratio, _, _ = paired(
        [PY, "-m", "generator", "check", "-q"], [PY, "-c", "import yaml, jinja2"], runs
    )
    what = "`python -m generator check` (real spec, 147 codes)"
    return [row(what, ours, "`import yaml, jinja2`", floor, "ms", "≤ 1.5×", ratio)]


# Loading the spec with libyaml's C loader: the least a comparison with it costs.
FLOOR_UPSTREAM = """\
import yaml
yaml.load(open("spec/codes.yaml", encoding="utf-8").read(), Loader=yaml.CSafeLoader)
"""


def bench_upstream(runs: int) -> list[str]:
    ours, floor, ratio, _, _ = paired(
        [PY, "-m", "generator", "upstream", "-q"], [PY, "-c", FLOOR_UPSTREAM], runs
    )
    return [
        row(
            "`python -m generator upstream` (real table and spec)",
            ours,
            "`import yaml` + C-load the spec",
            floor,
            "ms",
            "≤ 1.5×",
            ratio,
        )
    ]


def instructions(cmd: list[str], **extra: str) -> int:
    """Instructions one run executes (valgrind's callgrind): unlike time, the
    same on a busy machine as on an idle one, so a small change shows."""
    env = {**ENV, "PYTHONHASHSEED": "0", **extra}
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
    # The imports without the interpreter's start, which both pay.
    package = {"PYTHONPATH": str(PACKAGE)}
    start = instructions([PY, "-c", "pass"], **package)
    imports = {
        code: instructions([PY, "-c", code], **package) - start
        for code in (
            "import faceid_codes",
            "import http",
            "import faceid_codes; faceid_codes.WechatCode(2006).message",
            "import http; http.HTTPStatus(404).phrase",
        )
    }
    ours_import, http_import, ours_text, http_text = imports.values()
    return [
        f"| `python -m generator check`, instructions (callgrind) | {ours / 1e6:,.1f} M "
        f"| `import yaml, jinja2`: {floor / 1e6:,.1f} M | {ours / floor:.2f}× | — |",
        f"| `import faceid_codes`, instructions (interpreter start subtracted) "
        f"| {ours_import / 1e6:,.1f} M | `import http`: {http_import / 1e6:,.1f} M "
        f"| {ours_import / http_import:.2f}× | ≤ 1.3× |",
        f"| … and its first text read | {ours_text / 1e6:,.1f} M "
        f"| … and `HTTPStatus(404).phrase`: {http_text / 1e6:,.1f} M "
        f"| {ours_text / http_text:.2f}× | |",
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
        generate = [PY, "-m", "generator", "generate", "-q", "--spec", str(spec), "--out", str(out)]
        run_process(generate)  # the floor writes as many bytes as this
        size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
        floor_cmd = [PY, "-c", FLOOR_GENERATE, str(spec), str(work / "floor.bin"), str(size)]
        ours, floor, ratio, peak, floor_peak = paired(generate, floor_cmd, runs, clear)
        nogc_cmd = [PY, "-c", FLOOR_GENERATE_NOGC, *floor_cmd[3:]]
        ours_again, nogc, nogc_ratio, _, _ = paired(generate, nogc_cmd, runs, clear)
        medians[n] = ours.median
        what = f"`generate`, {n:,} codes ({spec.stat().st_size / 1e6:.1f} MB spec → {size / 1e6:.0f} MB out)"
        lines.append(row(what, ours, "C loader + write", floor, "s", "≤ 1.5× at 100,000", ratio))
        lines.append(
            row(
                "… same, floor with GC off",
                ours_again,
                "C loader, no GC, + write",
                nogc,
                "s",
                "(stricter floor)",
                nogc_ratio,
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


def bench_import(runs: int, package: Path) -> list[str]:
    whole = in_process(
        *(IMPORT_TIME.format(module=m) for m in ("faceid_codes", "http")), runs, package
    )
    first_text = in_process(
        *(FIRST_TEXT.format(module=m, text=t) for m, t in TEXTS.items()), runs, package
    )
    own, http_own, own_ratio = in_process(
        *(OWN_TIME.format(module=m) for m in ("faceid_codes", "http")), runs, package
    )
    members = {m: int(with_package(code, package)) for m, code in MEMBERS.items()}
    per = Sample([v / members["faceid_codes"] for v in own.values])
    http_per = Sample([v / members["http"] for v in http_own.values])
    per_ratio = Sample([r * members["http"] / members["faceid_codes"] for r in own_ratio.values])
    started = [PY, "-c", "import faceid_codes"], [PY, "-c", "import http"]
    env = dict(ENV)  # run_process reads ENV: point it at the package for these runs
    ENV["PYTHONPATH"] = str(package)
    try:
        process, http_process, process_ratio, _, _ = paired(*started, runs)
    finally:
        ENV.clear(), ENV.update(env)
    n, h = members["faceid_codes"], members["http"]
    return [
        row(
            "`import faceid_codes`, whole (in a fresh process)",
            whole[0],
            "`import http`",
            whole[1],
            "ms",
            "≤ 1.3×",
            whole[2],
        ),
        row(
            "… and its first text read (`WechatCode(2006).message`)",
            first_text[0],
            "… and `HTTPStatus(404).phrase`",
            first_text[1],
            "ms",
            "",
            first_text[2],
        ),
        row(
            "… the module's own cost (enum imported, start-up's GC debt paid)",
            own,
            "`http`'s own",
            http_own,
            "ms",
            "",
            own_ratio,
        ),
        row(
            f"… per member ({n} members; http has {h})",
            per,
            "per `HTTPStatus`/`HTTPMethod` member",
            http_per,
            "us",
            "≤ 1.0×",
            per_ratio,
        ),
        row(
            "`python -c 'import faceid_codes'`, wall (interpreter start included)",
            process,
            "`python -c 'import http'`",
            http_process,
            "ms",
            "",
            process_ratio,
        ),
    ]


def bench_lookups(package: Path) -> list[str]:
    out = with_package(LOOKUPS, package)
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
        row(
            '`WechatCode.lookup("2006")` (a string, as Tencent\'s SDK gives it)',
            found["string"],
            "`HTTPStatus(404).phrase`",
            floor,
            "ns",
            "≤ 2.0×",
        ),
    ]


def bench_tsc(sizes: list[int], runs: int, work: Path) -> list[str]:
    from generator.render.engine import render
    from generator.load.loader import parse_spec

    lines = []
    empty = work / "empty.ts"
    no_types = work / "no-types"
    no_types.mkdir(exist_ok=True)
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
            # No @types package the dev tools bring into node_modules (verdaccio brings
            # @types/node): the package's source alone, as a project without them reads it.
            flags += ["--typeRoots", str(no_types)]
            ours, floor, ratio, _, _ = paired(
                [NODE, str(tsc), *flags, str(source)], [NODE, str(tsc), *flags, str(empty)], runs
            )
            lines.append(
                row(
                    f"`{name} --strict`, {n:,} codes",
                    ours,
                    "same on a one-line file",
                    floor,
                    "s",
                    "—",
                    ratio,
                )
            )
    return lines


def main() -> None:
    args = sys.argv[1:]
    quick = "--quick" in args
    package = Path(args[args.index("--package") + 1]).resolve() if "--package" in args else PACKAGE
    only = set(args[args.index("--only") + 1 :]) - {"--quick"} if "--only" in args else None
    runs = 5 if quick else 7
    sizes = [1_000, 10_000] if quick else [1_000, 10_000, 100_000]
    print(
        f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs; medians of {runs} runs "
        "(min–max), ours and the floor timed alternately; ratio: median of the pairs' ratios\n"
    )
    print("| what | ours | floor | ratio | goal |\n| --- | --- | --- | ---: | --- |")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        benches = {
            "check": lambda: bench_check(runs * 3),
            "instructions": bench_instructions,
            "upstream": lambda: bench_upstream(runs * 3),
            "import": lambda: bench_import(runs * 5, package),
            "lookups": lambda: bench_lookups(package),
            "generate": lambda: bench_generate(sizes, runs, work),
            "tsc": lambda: bench_tsc([147, 10_000], runs, work),
        }
        for name, bench in benches.items():
            if only is None or name in only:
                for line in bench():
                    print(line, flush=True)


if __name__ == "__main__":
    main()
