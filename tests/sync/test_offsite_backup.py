"""Off-site backups an archive cannot read (issue 16 item 4, decision 0017).

A school links to a district archive (a real ``NetworkService`` on 127.0.0.1, TLS, the
archive's node ID pinned), sends its encrypted backup file over a ``vault`` session, lists
and fetches it back, and restores from the copy. The archive keeps the file byte for byte
and no key: no learner's name is anywhere in its data folder or database. It refuses a file
from a PC that is not a member of the school the file is of, a file that is not a backup, a
file whose bytes are not the ones announced, and keeps nothing of an upload cut short.
"""

from __future__ import annotations

import asyncio
import json
import os
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from tests.sync.netutil import PIN, cli, service, stop_all, wait_for

from edunode.errors import PermissionDenied, SyncError, ValidationError
from edunode.service import restore
from edunode.service.network import NetworkService
from edunode.service.node import Node
from edunode.service.vault import ArchiveKeeper, OffsiteBackups
from edunode.store import schema as t
from edunode.sync import messages as m
from edunode.sync.session import Session
from edunode.sync.vault import VaultClient

pytestmark = [pytest.mark.net]

PASS = "correct horse battery"
LEARNER = "Zawadi Otieno-Kamau"


def _link(pc: Node, svc: NetworkService, archive: Node, port: int) -> None:
    svc.link(f"127.0.0.1:{port}")
    wait_for(lambda: archive.peers.get(pc.node_id) is not None, what="the link request")
    archive.approve(pc.node_id, "community", PIN)
    pc.approve(archive.node_id, "community", PIN)


def _vault_rows(node: Node) -> tuple[int, int]:
    with node.store.read() as conn:
        files = conn.execute(select(func.count()).select_from(t.vault_files)).scalar()
        chunks = conn.execute(select(func.count()).select_from(t.vault_chunks)).scalar()
    return int(files or 0), int(chunks or 0)


@pytest.fixture
def district(tmp_path: Path, request: pytest.FixtureRequest) -> Any:
    """An archive (on the store URL given by the test's parameter, SQLite by default) and
    Hill School's one PC, linked as community peers and in sync; yields both and the
    services."""
    url = getattr(request, "param", None)
    url = request.getfixturevalue("pg_url") if url == "postgresql" else None
    archive = Node.init(tmp_path / "archive", name="District Archive", school_name=None,
                        admin_pin=PIN, archive=True, store_url=url)  # fmt: skip
    hill = Node.init(tmp_path / "hill", name="Hill Office", school_name="Hill School",
                     admin_pin=PIN)  # fmt: skip
    hill.add_learner(LEARNER)
    archive_svc = service(archive)
    hill_svc = service(hill)
    try:
        _link(hill, hill_svc, archive, archive_svc.port)
        wait_for(lambda: archive.store.documents("school"), timeout=20,
                 what="Hill's school document at the archive")  # fmt: skip
        yield archive, hill, archive_svc, hill_svc
    finally:
        stop_all(hill_svc, archive_svc)
        archive.close()
        hill.close()


def _backup(node: Node, folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    return Path(node.backup(folder, PASS, PIN)["path"])


@pytest.mark.parametrize("district", ["sqlite", "postgresql"], indirect=True)
def test_a_school_sends_lists_fetches_and_restores_from_the_archive(
    district: Any, tmp_path: Path
) -> None:
    archive, hill, _, _ = district
    made = _backup(hill, tmp_path / "stick")
    sent = OffsiteBackups(hill).send(made)
    assert [f["name"] for f in sent["kept"]] == [made.name]
    # The archive keeps exactly the bytes that were sent, and nothing it could read.
    keeper = ArchiveKeeper(archive)
    (row,) = keeper.files()
    assert row["school_id"] == hill.school_id and row["node_id"] == hill.node_id
    assert row["size"] == made.stat().st_size
    stored = b"".join(keeper.records.chunk(r["id"], n) for r in keeper.records.files()
                      for n in range(keeper.records.chunk_count(r["id"])))  # fmt: skip
    assert stored == made.read_bytes()
    for path in (tmp_path / "archive").rglob("*"):
        if path.is_file():
            assert LEARNER.encode() not in path.read_bytes(), path
    listed = OffsiteBackups(hill).list()
    assert [(f["name"], f["size"]) for f in listed] == [(made.name, made.stat().st_size)]
    # Fetched back, it is the same file, and a new PC is restored from it.
    got = OffsiteBackups(hill).fetch(made.name, tmp_path / "fetched.edunode-backup")
    assert Path(got["path"]).read_bytes() == made.read_bytes()
    assert oct(Path(got["path"]).stat().st_mode & 0o777) == "0o600"
    done = restore.restore(Path(got["path"]), PASS, tmp_path / "rebuilt")
    with Node(tmp_path / "rebuilt") as rebuilt:
        assert [x["name"] for x in rebuilt.list_learners()] == [LEARNER]
    assert done["old_node_id"] == hill.node_id
    assert "vault_stored" in {a["action"] for a in archive.audit_log()}
    # A file of several pieces (the archive can't look inside: the header and the
    # SHA-256 are all it checks) comes back byte for byte.
    big = made.with_name("hill-big.edunode-backup")
    big.write_bytes(made.read_bytes() + os.urandom(3 * m.MAX_VAULT_DATA + 12345))
    OffsiteBackups(hill).send(big)
    back = OffsiteBackups(hill).fetch(big.name, tmp_path / "back.edunode-backup")
    assert Path(back["path"]).read_bytes() == big.read_bytes()
    assert keeper.records.chunk_count(next(
        r["id"] for r in keeper.records.files() if r["name"] == big.name)) == 4  # fmt: skip


def test_a_new_pc_of_no_school_fetches_only_once_the_archive_admin_allows_it(
    district: Any, tmp_path: Path
) -> None:
    archive, hill, archive_svc, _ = district
    made = _backup(hill, tmp_path / "stick")
    OffsiteBackups(hill).send(made)
    fresh = Node.init(tmp_path / "fresh", name="Replacement PC", school_name=None, admin_pin=PIN)
    fresh_svc = service(fresh)
    try:
        _link(fresh, fresh_svc, archive, archive_svc.port)
        offsite = OffsiteBackups(fresh)
        with pytest.raises(SyncError, match="vault allow"):
            offsite.list(school_id=hill.school_id)
        assert not (tmp_path / "got.edunode-backup").exists()
        with pytest.raises(PermissionDenied):
            ArchiveKeeper(archive).allow(fresh.node_id, hill.school_id, "000000")
        ArchiveKeeper(archive).allow(fresh.node_id, hill.school_id, PIN)
        assert [f["name"] for f in offsite.list(school_id=hill.school_id)] == [made.name]
        got = offsite.fetch(made.name, tmp_path, school_id=hill.school_id)
        assert Path(got["path"]).read_bytes() == made.read_bytes()
        # Allowed to read, never to store: it is no member of Hill School.
        with pytest.raises(ValidationError, match="not a backup of this school"):
            offsite.send(made)
    finally:
        stop_all(fresh_svc)
        fresh.close()


class _Lying(VaultClient):
    """Announces the file's real size and SHA-256 but sends it with its last byte changed
    (a fault a real PC can't produce on purpose)."""

    async def _send_file(self, session: Session) -> None:
        assert self.path is not None
        data = bytearray(self.path.read_bytes())
        data[-1] ^= 1
        await session.send(m.VaultData(bytes(data[: m.MAX_VAULT_DATA])))
        await session.send(m.VaultData(bytes(data[m.MAX_VAULT_DATA :]), last=True))


class _CutShort(VaultClient):
    """Sends the first piece of the file and then drops the connection."""

    async def _send_file(self, session: Session) -> None:
        assert self.path is not None
        await session.send(m.VaultData(self.path.read_bytes()[: m.MAX_VAULT_DATA // 4]))
        await asyncio.sleep(0.3)
        session.close("shutdown", "gone")


def test_the_archive_refuses_what_is_not_a_members_own_backup_and_keeps_no_half_file(
    district: Any, tmp_path: Path
) -> None:
    archive, hill, archive_svc, _ = district
    made = _backup(hill, tmp_path / "stick")
    vale = Node.init(tmp_path / "vale", name="Vale Office", school_name="Vale School",
                     admin_pin=PIN)  # fmt: skip
    vale_svc = service(vale)
    try:
        _link(vale, vale_svc, archive, archive_svc.port)
        wait_for(lambda: len(archive.store.documents("school")) == 2, timeout=20,
                 what="Vale's school document at the archive")  # fmt: skip
        offsite = OffsiteBackups(vale)
        peer = offsite.archives()[0]
        with pytest.raises(SyncError, match="another school"):  # Hill's file from Vale
            offsite._run(peer, VaultClient("put", path=made))
        junk = tmp_path / "junk.edunode-backup"
        junk.write_bytes(os.urandom(5000))
        with pytest.raises(SyncError, match="not an EduNode backup"):
            offsite._run(peer, VaultClient("put", path=junk))
        hill_peer = OffsiteBackups(hill).archives()[0]
        with pytest.raises(SyncError, match="not the one announced"):
            OffsiteBackups(hill)._run(hill_peer, _Lying("put", path=made))
        with pytest.raises(SyncError):
            OffsiteBackups(hill)._run(hill_peer, _CutShort("put", path=made))
        wait_for(lambda: _vault_rows(archive) == (0, 0), what="the cut upload dropped")
        with pytest.raises(SyncError, match="keeps no backup"):
            OffsiteBackups(hill).fetch("nothing.edunode-backup", tmp_path)
        assert not (tmp_path / "nothing.edunode-backup").exists()
        assert list(tmp_path.glob(".*.part")) == []
    finally:
        stop_all(vale_svc)
        vale.close()
    # A school PC is no archive: it refuses to keep another PC's backups.
    assert _vault_rows(archive) == (0, 0)


def test_a_school_pc_refuses_to_keep_backups(tmp_path: Path) -> None:
    hill = Node.init(tmp_path / "a", name="Hill A", school_name="Hill School", admin_pin=PIN)
    vale = Node.init(tmp_path / "b", name="Vale", school_name="Vale School", admin_pin=PIN)
    svc_a, svc_b = service(hill), service(vale)
    try:
        _link(vale, svc_b, hill, svc_a.port)
        made = _backup(vale, tmp_path / "stick")
        peer = {**vale.peers.get(hill.node_id), "school_id": ""}  # as if it were an archive
        with pytest.raises(SyncError, match="only an archive"):
            OffsiteBackups(vale)._run(peer, VaultClient("put", path=made))
        with pytest.raises(ValidationError, match="linked with no archive"):
            OffsiteBackups(vale).send(made)
    finally:
        stop_all(svc_a, svc_b)
        hill.close()
        vale.close()


def test_automatic_backups_go_off_site_and_the_cli_lists_and_fetches(
    district: Any, tmp_path: Path
) -> None:
    archive, hill, _, _ = district
    stick = tmp_path / "stick"
    stick.mkdir()
    hill.backups.configure(stick, PASS, PIN, offsite=True)
    hill.backups.offsite = OffsiteBackups(hill).send_to_all
    made = hill.backups.run_if_due()
    assert made is not None and [s.get("failed") for s in made["offsite"]] == [None]
    status = hill.backups.status()
    assert status["offsite"] is True and status["warning"] == ""
    assert [f["name"] for f in ArchiveKeeper(archive).files()] == [Path(made["path"]).name]
    # The command line, from the school PC's data folder (a process of its own).
    home = tmp_path / "hill"
    listed = json.loads(cli(home, "--json", "backup", "--archive-list").stdout)
    assert [f["name"] for f in listed] == [Path(made["path"]).name]
    out = tmp_path / "cli-fetch"
    out.mkdir()
    cli(home, "backup", "--fetch", listed[0]["name"], "--out", str(out))
    assert (out / listed[0]["name"]).read_bytes() == Path(made["path"]).read_bytes()
    second = _backup(hill, tmp_path / "stick2")
    done = cli(home, "backup", "--send", str(second))
    assert "sent" in done.stdout
    assert len(ArchiveKeeper(archive).files()) == 2
    for args, words in [
        (("backup", "--fetch", "x.edunode-backup"), "needs --out"),
        (("backup", "--offsite"), "give one of"),
        (("backup", "--out", str(out), "--offsite"), "goes with --schedule"),
        (("backup", "--send", str(tmp_path / "missing")), "is not a file"),
        (("backup", "--fetch", "../evil", "--out", str(out)), "not the name"),
        (("vault", "list"), "for an archive node"),
    ]:
        bad = cli(home, *args, check=False)
        assert bad.returncode == 2, (args, bad.stderr)
        assert words in bad.stderr and "Traceback" not in bad.stderr
        assert len(bad.stderr.strip().splitlines()) == 1, bad.stderr
    assert len(ArchiveKeeper(archive).files()) == 2
    shown = json.loads(cli(tmp_path / "archive", "--json", "vault", "list").stdout)
    assert {f["school_id"] for f in shown} == {hill.school_id}
