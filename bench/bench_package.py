"""The packages ``make package`` built: their sizes and the frozen app's start times.

Reports "not built" when dist/ holds no built app (``make package`` is not part of bench).
"Cold" is a start with the page cache dropped first (``/proc/sys/vm/drop_caches``, as root:
the app's 145 MB read from disk, as on a PC just switched on); where that can't be written
the figure says "first run" instead (the files may still be cached from the build). The
window figure is ``gui --screenshot`` offscreen: start, the main window laid out and painted
once, the PNG written, exit.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from pathlib import Path

from bench import Report

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
APP = DIST / "edunode" / "edunode"
SIZE_TARGET_MB = 150


def _mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return (
        sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6
    )


def _timed(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - start


def _drop_caches() -> bool:
    """Empty the page cache (root only); False where this machine does not allow it."""
    try:
        os.sync()
        with open("/proc/sys/vm/drop_caches", "w") as f:
            f.write("3\n")
        return True
    except OSError:
        return False


def run(report: Report) -> None:
    if not APP.exists():
        report("frozen app", "not built", "run 'make package' first")
        return
    size = _mb(APP.parent)
    report(
        "dist/edunode unpacked", f"{size:.0f} MB", f"< {SIZE_TARGET_MB} MB", size < SIZE_TARGET_MB
    )
    for package in sorted(DIST.glob("*.deb")) + sorted(DIST.glob("*.tar.gz")):
        report(package.name, f"{_mb(package):.0f} MB")
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            "PATH": "/usr/bin:/bin",
            "HOME": tmp,
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
            "EDUNODE_HOME": os.path.join(tmp, "home"),
        }
        cold = "cold" if _drop_caches() else "first run"
        report(f"edunode --version ({cold})", f"{_timed([str(APP), '--version'], env):.2f} s")
        report("edunode --version (warm)", f"{_timed([str(APP), '--version'], env):.2f} s")
        _timed([str(APP), "init", "--name", "Bench PC", "--school", "Bench School"], env)
        shot = [str(APP), "gui", "--screenshot", os.path.join(tmp, "shot.png"), "--no-network"]
        window = "start to a painted window, gui --screenshot"
        cold = "cold" if _drop_caches() else "first run"
        report(f"{window} ({cold})", f"{_timed(shot, env):.2f} s")
        report(f"{window} (warm)", f"{_timed(shot, env):.2f} s")
