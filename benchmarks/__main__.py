"""Run the benchmarks: ``python -m benchmarks [name-filter] [--cache DIR]``.

Every module ``benchmarks/bench_*.py`` with a ``run(cache_dir)`` function is run in name order; a
filter keeps the modules whose name contains it (``python -m benchmarks lod``). Generated data is
cached in ``bench-data/`` at the project root unless ``--cache`` says otherwise.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path

import benchmarks
from benchmarks.synthetic import DEFAULT_CACHE


def discover(name_filter: str = "") -> list[str]:
    """Module names of the benchmark modules whose name contains ``name_filter``."""
    names = [info.name for info in pkgutil.iter_modules(benchmarks.__path__)
             if info.name.startswith("bench_") and name_filter in info.name]
    return sorted(f"benchmarks.{name}" for name in names)


def main(argv: list[str] | None = None) -> int:
    """Run the selected benchmark modules; the exit code is 1 when none matched or one failed."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("name_filter", nargs="?", default="", help="run modules whose name has this")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="folder for generated data")
    args = parser.parse_args(argv)
    modules = discover(args.name_filter)
    if not modules:
        print(f"no benchmark module matches {args.name_filter!r}", file=sys.stderr)
        return 1
    args.cache.mkdir(parents=True, exist_ok=True)
    failed = 0
    for name in modules:
        print(f"# {name}", flush=True)
        module = importlib.import_module(name)
        try:
            module.run(args.cache)
        except Exception as exc:  # one broken module must not hide the others' figures
            failed += 1
            print(f"# {name} failed: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
