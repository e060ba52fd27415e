"""Benchmarks: ``make bench`` (``python -m bench``) or ``python -m bench store sync``.

Every ``bench/bench_<name>.py`` module is found automatically. It defines
``run(report: Report) -> None`` and calls ``report(figure, measured, target, ok)`` once per
figure it measures: ``measured`` and ``target`` are short strings written for people
("2,350 changes/s", "≥ 2,000/s"), ``ok`` is True/False, or None for a figure given for
information only (e.g. the raw-Automerge floor that DESIGN §9 asks to compare against).

``EDUNODE_BENCH_SCALE`` (a float, default 1.0) scales data sizes down for a quick run;
modules read it with :func:`scale`. Benchmarks measure; tests assert behaviour (DESIGN §9).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field


def scale() -> float:
    """The data-size factor from ``EDUNODE_BENCH_SCALE`` (default 1.0)."""
    raw = os.environ.get("EDUNODE_BENCH_SCALE", "1.0")
    try:
        value = float(raw)
    except ValueError:
        raise SystemExit(f"EDUNODE_BENCH_SCALE must be a number, not {raw!r}") from None
    if not 0 < value <= 100:
        raise SystemExit("EDUNODE_BENCH_SCALE must be above 0 and at most 100")
    return value


def scaled(full: int, minimum: int = 1) -> int:
    return max(minimum, round(full * scale()))


def peak_rss_mb() -> float:
    """This process's peak resident memory, in MB.

    ``VmHWM`` from /proc, not ``getrusage().ru_maxrss``: Linux carries ``ru_maxrss`` across
    ``exec``, so a child started by a big parent (``make bench`` runs the store and sync
    benchmarks first) would report the parent's peak as its own.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            hwm = next((line for line in status if line.startswith("VmHWM:")), "")
    except OSError:  # not Linux: fall back
        hwm = ""
    if hwm:
        return int(hwm.split()[1]) / 1024  # kB
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


@dataclass(frozen=True)
class Row:
    bench: str
    figure: str
    measured: str
    target: str
    verdict: str  # "ok", "MISSED", "-" (information) or "ERROR"


@dataclass
class Report:
    """Collects the figures of every benchmark module and prints them as one table."""

    rows: list[Row] = field(default_factory=list)
    current: str = ""

    def __call__(
        self, figure: str, measured: str, target: str = "", ok: bool | None = None
    ) -> None:
        verdict = "-" if ok is None else ("ok" if ok else "MISSED")
        self.rows.append(Row(self.current, figure, measured, target, verdict))
        print(
            f"  {figure}: {measured}" + (f" (target {target}: {verdict})" if target else ""),
            flush=True,
        )

    def error(self, message: str) -> None:
        self.rows.append(Row(self.current, "benchmark crashed", message, "", "ERROR"))

    @property
    def failed(self) -> bool:
        return any(r.verdict in ("MISSED", "ERROR") for r in self.rows)

    def table(self) -> str:
        head = ("bench", "figure", "measured", "target", "verdict")
        cells = [head] + [(r.bench, r.figure, r.measured, r.target, r.verdict) for r in self.rows]
        widths = [max(len(row[i]) for row in cells) for i in range(len(head))]
        lines = []
        for n, row in enumerate(cells):
            padded = (cell.ljust(w) for cell, w in zip(row, widths, strict=True))
            lines.append("  ".join(padded).rstrip())
            if n == 0:
                lines.append("  ".join("-" * w for w in widths))
        return "\n".join(lines)
