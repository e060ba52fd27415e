"""The CLI counts in correct English: "1 course", "2 courses", "(1 result)"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from edunode.cli import bundle
from edunode.cli.common import plural
from edunode.cli.desktop import window_size


def test_plural() -> None:
    assert plural(0, "course") == "0 courses"
    assert plural(1, "course") == "1 course"
    assert plural(2, "course") == "2 courses"
    assert plural(1, "entry", "entries") == "1 entry"
    assert plural(3, "entry", "entries") == "3 entries"
    assert plural(12_345, "byte") == "12,345 bytes"


def test_bundle_text_counts_results_per_course() -> None:
    held = {
        "learner": "Amina",
        "school": "Hill School",
        "school_id": "S1",
        "issued": "2026-03-14",
        "issuer": "X" * 40,
        "results": 3,
        "attendance_days": 1,
        "courses": [
            {"title": "Fractions", "id": "c1", "results": 1},
            {"title": "Reading", "id": "c2", "results": 2},
        ],
    }
    text = bundle._text(held)
    assert "Fractions (1 result), Reading (2 results)" in text
    assert "(1 results)" not in text


def test_window_size() -> None:
    assert window_size("1024x768") == (1024, 768)
    assert window_size("1024X768") == (1024, 768)
    for bad in ("1024", "x768", "big", "10x10"):
        with pytest.raises(Exception, match="size"):
            window_size(bad)


def test_sample_data_says_one_learner(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EDUNODE_")}
    done = subprocess.run(
        [sys.executable, "-m", "edunode", "sample-data", "--home", str(tmp_path / "h")]
        + ["--learners", "1"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert ", 1 learner;" in done.stdout and "1 learners" not in done.stdout
