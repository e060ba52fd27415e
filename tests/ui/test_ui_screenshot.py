"""``edunode sample-data`` and ``edunode gui --screenshot``, each a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.gui, pytest.mark.slow]
ENV = {
    **{k: v for k, v in os.environ.items() if not k.startswith("EDUNODE_")},
    "QT_QPA_PLATFORM": "offscreen",
}


def edunode(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "edunode", *args],
        capture_output=True,
        text=True,
        env={**ENV, **env},
        timeout=120,
    )


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def test_sample_data_then_screenshots_of_pages(tmp_path: Path) -> None:
    home = tmp_path / "home"
    made = edunode("sample-data", "--home", str(home), "--learners", "12")
    assert made.returncode == 0, made.stderr
    assert "12 learners" in made.stdout
    again = edunode("sample-data", "--home", str(home))
    assert again.returncode == 2 and "already holds the sample data" in again.stderr
    for page in ("learners", "community", "course"):
        png = tmp_path / f"{page}.png"
        shot = edunode("gui", "--home", str(home), "--screenshot", str(png), "--page", page)
        assert shot.returncode == 0, shot.stderr
        assert png_size(png) == (1280, 800)
    # 200 % scaling: the same window, twice the pixels.
    png = tmp_path / "reports@2x.png"
    shot = edunode(
        "gui",
        "--home",
        str(home),
        "--screenshot",
        str(png),
        "--page",
        "reports",
        QT_SCALE_FACTOR="2",
    )
    assert shot.returncode == 0, shot.stderr
    assert png_size(png) == (2560, 1600)


def test_screenshot_of_a_new_data_folder_shows_the_wizard(tmp_path: Path) -> None:
    png = tmp_path / "wizard.png"
    shot = edunode("gui", "--home", str(tmp_path / "fresh"), "--screenshot", str(png))
    assert shot.returncode == 0, shot.stderr
    assert png.read_bytes()[:4] == b"\x89PNG"
    assert not (tmp_path / "fresh" / "node.key").exists()  # nothing was created
