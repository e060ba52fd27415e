"""The CLI says what went wrong and what to try in one line, never a raw system error
(issue 12 item 6), each call a real subprocess; the network commands log to the data folder
(item 2). Every address is on 127.0.0.1."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ENV = {k: v for k, v in os.environ.items() if not k.startswith("EDUNODE_")}
RAW = ("Errno", "Connect call failed", "Traceback", "internal error", "OSError")


def edunode(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "edunode", "--home", str(home), *args],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=60,
    )


@pytest.fixture
def home(tmp_path: Path) -> Path:
    h = tmp_path / "home"
    made = edunode(h, "init", "--name", "Office PC", "--school", "Hill School")
    assert made.returncode == 0, made.stderr
    return h


def one_plain_line(proc: subprocess.CompletedProcess[str]) -> str:
    assert proc.returncode != 0 and proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    for raw in RAW:
        assert raw not in lines[0], lines[0]
    return lines[0]


def test_link_to_a_closed_port(home: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    line = one_plain_line(edunode(home, "link", f"127.0.0.1:{port}", "--timeout", "5"))
    assert line.startswith(f"edunode: could not connect to 127.0.0.1:{port}. ")
    assert "EduNode may not be running there" in line and "then try again" in line
    log = home / "edunode.log"
    assert stat.S_IMODE(log.stat().st_mode) == 0o600  # the network command logged


def test_serve_on_a_port_in_use(home: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        proc = edunode(home, "serve", "--port", str(port), "--interfaces", "127.0.0.1")
    line = proc.stderr.splitlines()[-1]  # after the log lines
    assert proc.returncode == 2
    for raw in RAW:
        assert raw not in line, line
    assert f"could not listen for other PCs on port {port} (127.0.0.1)." in line
    assert "already in use: another EduNode may be running" in line


def test_usb_stick_with_a_file_where_the_folder_goes(home: Path, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "EduNode").write_text("a file, not a folder")
    line = one_plain_line(edunode(home, "usb", "introduce", str(stick)))
    assert f"{stick}/EduNode is not a folder. Choose a folder" in line


def test_usb_stick_under_sys(home: Path) -> None:
    line = one_plain_line(edunode(home, "usb", "introduce", "/sys"))
    assert "EduNode is not allowed to use that file or folder." in line


def test_a_store_that_is_not_a_database(tmp_path: Path) -> None:
    home = tmp_path / "broken"
    assert edunode(home, "init", "--name", "PC", "--school", "S").returncode == 0
    (home / "edunode.db").write_bytes(b"not a database " * 200)
    for suffix in ("-wal", "-shm"):
        (home / f"edunode.db{suffix}").unlink(missing_ok=True)
    line = one_plain_line(edunode(home, "course", "list"))
    assert "is damaged." in line and "edunode check" in line and "edunode repair" in line
