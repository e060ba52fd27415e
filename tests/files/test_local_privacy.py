"""The data folder is private to its account (issue 9 item 4): another user of a shared
classroom PC must not read the learners, the results or the admin PIN's hash.

Real files made by the real CLI (a subprocess with the usual ``umask 022``) and by a real
Node: the folder is 0700 and every file in it 0600, the SQLite -wal/-shm files too (checked
while they exist, after writes), kept bundles too, and a folder made by an older version
(0755/0644) is fixed the next time any command opens it.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from tests.sync.netutil import PIN, make_node

from edunode.bundle import transfer

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")

EDUNODE = [sys.executable, "-m", "edunode"]


def _usual_umask() -> None:
    os.umask(0o022)


def run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "EDUNODE_ADMIN_PIN": PIN}
    env.pop("EDUNODE_STORE_URL", None)
    done = subprocess.run(
        [*EDUNODE, "--home", str(home), *args],
        capture_output=True, text=True, timeout=60, env=env, preexec_fn=_usual_umask,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done


@contextmanager
def usual_umask() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def modes(home: Path) -> dict[str, int]:
    """Every entry under ``home`` (and ``home`` itself as ".") with its permission bits."""
    found = {".": mode(home)}
    for path in home.rglob("*"):
        found[str(path.relative_to(home))] = mode(path)
    return found


def assert_private(home: Path) -> None:
    wrong = {
        name: oct(m)
        for name, m in modes(home).items()
        if m != (0o700 if (home / name).is_dir() else 0o600)
    }
    assert not wrong, f"readable by others: {wrong}"


def test_a_new_data_folder_and_its_files_are_private(tmp_path: Path) -> None:
    home = tmp_path / "home"
    run(home, "init", "--name", "Classroom PC", "--school", "Hill School")
    run(home, "learner", "add", "--name", "Asha Mwangi")
    assert (home / "edunode.db").exists() and (home / "node.key").exists()
    assert_private(home)


def test_wal_and_shm_files_are_private_while_the_store_is_open(tmp_path: Path) -> None:
    with usual_umask():
        node = make_node(tmp_path / "home", "Classroom PC", "Hill School")
        try:
            for n in range(20):
                node.add_learner(f"Learner {n}")
            home = node.paths.home
            wal, shm = home / "edunode.db-wal", home / "edunode.db-shm"
            assert wal.exists() and shm.exists(), sorted(p.name for p in home.iterdir())
            assert (mode(wal), mode(shm), mode(home / "edunode.db")) == (0o600,) * 3
            assert_private(home)
        finally:
            node.close()


def test_a_folder_made_by_an_older_version_is_fixed_when_opened(tmp_path: Path) -> None:
    home = tmp_path / "home"
    run(home, "init", "--name", "Classroom PC", "--school", "Hill School")
    (home / "transfers").mkdir()
    (home / "transfers" / "old.edunode-learner.json").write_text("{}")
    (home / "desktop.log").write_text("a line\n")
    os.chmod(home, 0o755)
    for path in home.rglob("*"):
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    run(home, "status")  # any command that opens the node
    assert_private(home)


def test_a_kept_bundle_is_private(tmp_path: Path) -> None:
    with usual_umask():
        hill = make_node(tmp_path / "hill", "Hill Office", "Hill School")
        river = make_node(tmp_path / "river", "River Office", "River School")
        try:
            asha = hill.add_learner("Asha Mwangi", birth_year=2014)
            out = tmp_path / "asha.edunode-learner.json"
            transfer.export_bundle(hill, asha, out, PIN)
            transfer.import_bundle(river, out, PIN)
            kept = list((river.paths.home / "transfers").iterdir())
            assert kept, "the imported bundle was not kept"
            assert mode(river.paths.home / "transfers") == 0o700
            assert {mode(p) for p in kept} == {0o600}
            assert_private(river.paths.home)
        finally:
            hill.close()
            river.close()


def test_only_group_and_other_permissions_are_taken_away(tmp_path: Path) -> None:
    """A data folder pointed somewhere odd: an executable keeps its owner's x bit, and a
    deep tree below is not walked."""
    home = tmp_path / "home"
    run(home, "init", "--name", "Classroom PC", "--join")
    tool = home / "tool.sh"
    tool.write_text("#!/bin/sh\n")
    deep = home / "a" / "b" / "c"
    deep.mkdir(parents=True)
    (deep / "f").write_text("x")
    os.chmod(tool, 0o755)
    os.chmod(deep / "f", 0o644)
    run(home, "status")
    assert mode(tool) == 0o700 and mode(home / "a") == 0o700 and mode(home / "a" / "b") == 0o700
    assert mode(deep / "f") == 0o644  # three levels down: not EduNode's, not touched
