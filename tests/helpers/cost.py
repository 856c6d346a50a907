"""How a command's time grows with its input: the bounded-cost tests' measure.

Each test runs the same work on an input of SMALL and of LARGE characters (a
unit repeated) and asserts that the larger takes at most MAX_RATIO times as
long: linear work takes about LARGE / SMALL = 10 times, quadratic work 100.
Times are this process's CPU time (a subprocess's start-up would drown the
difference, and other jobs on a shared machine would count in wall-clock
time), the best of a few runs.  No absolute time is asserted anywhere.
"""

from __future__ import annotations

import gc
import importlib
import pkgutil
import re
import time
from collections.abc import Callable

import generator

SMALL, LARGE = 10_000, 100_000
MAX_RATIO = 15
REPEATS = 3
MIN_TOTAL = 0.01  # seconds of runs for each size, at least
MAX_RUNS = 200
ATTEMPTS = 3

# Sequences the patterns look for as a whole, beyond their single characters.
TOKENS = (
    "[a](https://x",
    "](https://x)",
    "<br",
    "<br>",
    "<be>",
    "*/",
    "\\|",
    "_MINUS_",
    "_1",
    "A_",
    "a-",
    "<!--",
    "-->",
    "## ",
    " #",
    "字",
)


def patterns() -> list[re.Pattern[str]]:
    """Every regular expression a module of the generator compiles at import."""
    found = []
    for info in pkgutil.walk_packages(generator.__path__, "generator."):
        if info.name.endswith("__main__"):
            continue  # runs the command
        module = importlib.import_module(info.name)
        found += [v for v in vars(module).values() if isinstance(v, re.Pattern)]
    return found


def metacharacters() -> list[str]:
    """The printable ASCII punctuation the generator's patterns are written with,
    blanks, a letter of each case, a digit, and the sequences above: the units
    the tests repeat."""
    used = {c for p in patterns() for c in str(p.pattern) if c.isascii() and c.isprintable()}
    punctuation = sorted(c for c in used if not c.isalnum() and c != " ")
    return [*punctuation, " ", "\t", "\n", "A", "a", "0", *TOKENS]


def repeated(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def best_time(run: Callable[[], object]) -> float:
    """The best of at least REPEATS runs, and of as many as fill MIN_TOTAL
    seconds (a run of a millisecond is at the mercy of the scheduler)."""
    times: list[float] = []
    gc.disable()  # a collection would land in one run, at either size
    try:
        while len(times) < REPEATS or (sum(times) < MIN_TOTAL and len(times) < MAX_RUNS):
            start = time.process_time()
            run()
            times.append(time.process_time() - start)
    finally:
        gc.enable()
    return min(times)


def growth(work: Callable[[int], Callable[[], object]]) -> float:
    """LARGE's time over SMALL's: `work(size)` prepares the input and returns the run.

    Measured up to ATTEMPTS times, the lowest ratio counting: on a machine
    shared with other jobs one measurement may be unlucky, every one of them
    only when the work really grows faster than its input.
    """
    small, large = work(SMALL), work(LARGE)
    large()  # once before timing: imports and caches are no part of the cost
    ratios = []
    for _ in range(ATTEMPTS):
        ratios.append(best_time(large) / max(best_time(small), 1e-7))
        if ratios[-1] <= MAX_RATIO:
            break
    return min(ratios)
