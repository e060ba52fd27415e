"""Run the benchmarks: ``python -m bench [NAME ...]`` (NAME: ``store`` for bench_store.py).

Exit status 1 when a figure misses its target or a benchmark crashes.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
import time
import traceback

import bench
from bench import Report, scale

PREFIX = "bench_"


def available() -> list[str]:
    return sorted(
        m.name[len(PREFIX) :]
        for m in pkgutil.iter_modules(bench.__path__)
        if m.name.startswith(PREFIX)
    )


def main(argv: list[str]) -> int:
    names = available()
    if any(a in ("-h", "--help") for a in argv):
        print(__doc__.strip())
        print("available:", ", ".join(names) or "(none)")
        return 0
    wanted = [a[len(PREFIX) :] if a.startswith(PREFIX) else a.removesuffix(".py") for a in argv]
    unknown = [w for w in wanted if w not in names]
    if unknown:
        print(
            f"no benchmark named {', '.join(unknown)}; available: {', '.join(names)}",
            file=sys.stderr,
        )
        return 2
    report = Report()
    cpus = os.cpu_count() or 1
    print(
        f"EduNode benchmarks (EDUNODE_BENCH_SCALE={scale():g}, {cpus} CPUs, "
        f"load average {os.getloadavg()[0]:.1f})",
        flush=True,
    )
    for name in wanted or names:
        report.current = name
        print(f"\n== {name}", flush=True)
        started = time.perf_counter()
        try:
            module = importlib.import_module(f"bench.{PREFIX}{name}")
            module.run(report)
        except Exception as exc:  # one broken benchmark must not hide the others
            traceback.print_exc()
            report.error(f"{type(exc).__name__}: {exc}")
        print(f"   ({time.perf_counter() - started:.1f} s)", flush=True)
    print()
    print(report.table())
    load = os.getloadavg()[0]
    if load > cpus * 0.75:
        print(
            f"\nnote: load average {load:.1f} on {cpus} CPUs: other work competed with the "
            "benchmarks; timings are pessimistic"
        )
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
