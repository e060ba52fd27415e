"""`make run` on a PC without a display: bare `edunode` explains instead of aborting in Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.parametrize("platform", ["", None])
def test_bare_edunode_without_a_display_prints_a_hint(tmp_path: Path, platform: str | None) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    if platform is not None:
        env["QT_QPA_PLATFORM"] = platform  # set but empty, as an old Makefile did
    env["EDUNODE_HOME"] = str(tmp_path / "home")
    out = subprocess.run(
        [sys.executable, "-m", "edunode"], env=env, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert "edunode init" in out.stdout


@pytest.mark.parametrize("initialised", [False, True])
def test_no_display_says_so_and_what_to_use(tmp_path: Path, initialised: bool) -> None:
    """As `make run` on a server: no DISPLAY, no WAYLAND_DISPLAY, QT_QPA_PLATFORM unset."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["EDUNODE_HOME"] = str(tmp_path / "home")
    if initialised:
        subprocess.run([sys.executable, "-m", "edunode", "init", "--name", "PC", "--join"], env=env,
                       capture_output=True, check=True, timeout=60)  # fmt: skip
    out = subprocess.run(
        [sys.executable, "-m", "edunode"], env=env, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert "no display found" in out.stderr
    assert "edunode serve" in out.stderr and "command line" in out.stderr
    gui = subprocess.run(
        [sys.executable, "-m", "edunode", "gui"], env=env, capture_output=True, text=True,
        timeout=60,
    )  # fmt: skip
    assert gui.returncode == 2 and "no display found" in gui.stderr
