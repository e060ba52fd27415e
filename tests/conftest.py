"""Fixtures shared by every test.

``tmp_home``: a fresh, not yet initialised EduNode data folder.
An autouse guard fails a test that leaves a non-daemon thread or a child process running
(STYLE rule 12). Daemon threads are ignored: libraries start some and they never block exit.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

LEFTOVER_GRACE_S = 3.0


@pytest.fixture
def tmp_home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def _running_children() -> set[int]:
    """PIDs of this process's live (not zombie) children; empty where /proc is absent."""
    me, found = os.getpid(), set()
    try:
        entries = os.listdir("/proc")
    except OSError:
        return found
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if len(fields) > 1 and fields[1] == str(me) and fields[0] != "Z":
            found.add(int(entry))
    return found


def _leftovers(threads: set[threading.Thread], children: set[int]) -> list[str]:
    left = [
        f"thread {t.name!r}"
        for t in threading.enumerate()
        if t not in threads and t.is_alive() and not t.daemon
    ]
    left += [f"child process {pid}" for pid in sorted(_running_children() - children)]
    return left


@pytest.fixture(autouse=True)
def _no_leftover_threads_or_processes() -> Iterator[None]:
    threads, children = set(threading.enumerate()), _running_children()
    yield
    deadline = time.monotonic() + LEFTOVER_GRACE_S
    while (left := _leftovers(threads, children)) and time.monotonic() < deadline:
        time.sleep(0.05)
    if left:
        pytest.fail("the test left running: " + ", ".join(left), pytrace=False)


# --------------------------------------------------------------------------- PostgreSQL
# A real server per test worker (pytest-xdist runs one session per worker), started the
# first time a test asks for it, in its own temporary folder; each test gets a fresh database.


@pytest.fixture(scope="session")
def pg_server() -> Iterator[object]:
    from tests.pgserver import PostgresServer, binaries

    bin_dir, reason = binaries()
    if bin_dir is None:
        pytest.skip(reason)
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg 3 is not installed (pip install '.[test]')")
    try:
        server = PostgresServer(bin_dir)
    except KeyError:  # pwd: no such user
        pytest.skip("running as root with no unprivileged user 'nobody' to run PostgreSQL as")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server: object) -> str:
    """The URL of a fresh, empty PostgreSQL database."""
    return pg_server.new_database()  # type: ignore[attr-defined,no-any-return]


BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh store URL on each supported backend in turn."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return request.getfixturevalue("pg_url")  # type: ignore[no-any-return]
