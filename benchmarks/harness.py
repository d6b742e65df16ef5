"""Timing helpers for the benchmarks: medians of repeated runs and one printed line per figure.

Every figure is printed as one line, ``bench <name> median_s=<x> ref=<name> ratio=<x>`` where ``ref``
is a reference measured in the same run and ``ratio`` is ours / ref, followed by ``goal_s=<x>`` when
the figure has a goal. Extra ``key=value`` facts (sizes, counts) may follow.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable


def measure(fn: Callable[[], object], repeat: int = 7, warmup: int = 1) -> float:
    """Median wall time of ``fn()`` in seconds over ``repeat`` runs after ``warmup`` unmeasured runs.

    The garbage collector is paused while timing so one run does not pay for another's garbage.
    """
    if repeat < 1:
        raise ValueError("repeat must be at least 1")
    for _ in range(warmup):
        fn()
    times = []
    was_enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeat):
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
    finally:
        if was_enabled:
            gc.enable()
    return statistics.median(times)


def once(fn: Callable[[], object]) -> float:
    """Wall time of a single call of ``fn()`` in seconds (for first-call and load costs)."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def bench_line(name: str, median_s: float, ref: str, ref_s: float, goal_s: float | None = None,
               **facts) -> str:
    """The one-line report of a figure (see the module docstring)."""
    ratio = median_s / ref_s if ref_s > 0 else float("inf")
    line = f"bench {name} median_s={median_s:.6f} ref={ref} ratio={ratio:.4f}"
    if goal_s is not None:
        line += f" goal_s={goal_s:g}"
    for key, value in facts.items():
        line += f" {key}={value}"
    return line


def report(name: str, median_s: float, ref: str, ref_s: float, goal_s: float | None = None,
           **facts) -> str:
    """Print :func:`bench_line` (flushed at once, benchmarks run long) and return it."""
    line = bench_line(name, median_s, ref, ref_s, goal_s, **facts)
    print(line, flush=True)
    return line
