"""A full disk and a read-only folder give a sentence that says what happened and what to do,
exit 2, and lose nothing reported saved (issue 11 item 5). The small filesystem is a real
tmpfs the test mounts (root only; skipped with the reason otherwise)."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from edunode.cli.main import main

RAW = ("Traceback", "internal error", "OperationalError", "sqlalche.me", "Errno")


def _mount(point: Path, size: str) -> str | None:
    """Mount a tmpfs of ``size`` at ``point``; the reason when that is not possible."""
    if os.geteuid() != 0:
        return "mounting a small filesystem needs root"
    point.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(point)],
        capture_output=True,
        text=True,
    )
    return None if done.returncode == 0 else f"mount not permitted: {done.stderr.strip()}"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    point = tmp_path / "disk"
    why = _mount(point, "1200k")
    if why:
        pytest.skip(why)
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


def run(capsys: pytest.CaptureFixture[str], home: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--home", str(home), *args])
    out, err = capsys.readouterr()
    for raw in RAW:
        assert raw not in out + err, out + err
    return code, out, err


def test_full_disk_says_so_and_loses_nothing_saved(
    small_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = small_disk / "home"
    code, _, err = run(capsys, home, "init", "--name", "Office PC", "--school", "Hill")
    assert code == 0, err
    saved: list[str] = []
    message = ""
    for i in range(2000):
        name = f"Learner {i:04d} " + "x" * 150
        code, out, err = run(capsys, home, "learner", "add", "--name", name)
        if code != 0:
            assert code == 2 and out == ""
            message = err
            break
        saved.append(name)
    assert message, "the disk never filled"
    assert "The disk is full" in message and "Free some space" in message
    assert "everything saved before is safe" in message
    # Nothing reported saved was lost: free room and read it all back.
    subprocess.run(["mount", "-o", "remount,size=8m", str(small_disk)], check=True)
    code, out, err = run(capsys, home, "--json", "learner", "list")
    assert code == 0, err
    assert sorted(r["name"] for r in json.loads(out)) == sorted(saved)
    code, out, _ = run(capsys, home, "check")
    assert (code, out.strip()) == (0, "store is sound")


def test_read_only_folder_says_so(small_disk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = small_disk / "home"
    code, _, err = run(capsys, home, "init", "--name", "Office PC", "--school", "Hill")
    assert code == 0, err
    assert run(capsys, home, "learner", "add", "--name", "Ama")[0] == 0
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    code, out, err = run(capsys, home, "learner", "add", "--name", "Kofi")
    assert code == 2 and out == ""
    assert "can only be read" in err or "could not be opened" in err, err
    assert "write" in err
    subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    code, out, err = run(capsys, home, "--json", "learner", "list")
    assert code == 0 and [r["name"] for r in json.loads(out)] == ["Ama"]


def test_serve_on_a_locked_store_says_so_in_one_line(tmp_path: Path) -> None:
    """Another program holds the store's write lock past the busy timeout: ``serve`` says
    in one plain sentence what is wrong and what to do, exit 2, no traceback."""
    import signal
    import sys
    import time

    home = tmp_path / "office"
    env = {k: v for k, v in os.environ.items() if not k.startswith("EDUNODE_")}
    assert main(["--home", str(home), "init", "--name", "Office", "--school", "Hill"]) == 0
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys, time\n"
         f"c = sqlite3.connect({str(home / 'edunode.db')!r}, isolation_level=None)\n"
         "c.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "edunode", "--home", str(home), "serve", "--port", "0",
             "--interfaces", "127.0.0.1", "--for", "5"],
            capture_output=True, text=True, timeout=90, env=env,
        )  # fmt: skip
        assert time.monotonic() - started < 60
    finally:
        os.kill(holder.pid, signal.SIGKILL)  # the lock holder this test started
        holder.wait(timeout=30)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and "internal error" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert lines[-1].startswith("edunode: The records are busy"), done.stderr
    assert "close the other EduNode program" in lines[-1]
