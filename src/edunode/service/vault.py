"""Off-site backups: a school sends its encrypted backup files to an archive it links to,
and gets them back when a PC must be rebuilt (decision 0017).

Two halves:

* :class:`ArchiveKeeper` — on an archive node, the :class:`~edunode.sync.vault.Keeper` its
  ``serve`` gives each vault session. It decides who may store and fetch what, from signed
  data it already holds: a PC may store and read the backups of the school whose school
  document (synced to the archive as a community document) names its key as a current
  member. A PC that has no school yet (a replacement being rebuilt) may read one school's
  backups only while the archive's admin allowed it (``edunode vault allow``). It keeps the
  newest ``KEEP`` files per school. It never has a key to open them.
* :class:`OffsiteBackups` — on a school PC: send a file, list and fetch, each over one TLS
  session to an archive this PC is linked with (the archive's node ID pinned in TLS).
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from edunode.errors import NotFoundError, PermissionDenied, SyncError, ValidationError
from edunode.identity import short_id
from edunode.service import backup
from edunode.service.node import Node
from edunode.service.replica import NodeReplica
from edunode.store.vault import VaultRecords
from edunode.sync import messages as m
from edunode.sync import tls
from edunode.sync.pipeline import SessionConfig
from edunode.sync.session import Session
from edunode.sync.vault import VaultClient

KEEP = 14  # files an archive keeps per school (the newest)
MAX_FILE = 8 << 30  # bytes of one backup file an archive accepts
ALLOW_DAYS = 7  # how long an admin's permission to rebuild from the archive lasts
ALLOWED = "vault_allowed"  # settings: {node_id: {"school_id": ..., "until": ts}}
STALE_UPLOAD_S = 6 * 3600.0  # an upload unfinished for this long is from a gone process
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,199}")


def _entry(row: dict[str, Any]) -> m.VaultEntry:
    return m.VaultEntry(row["name"], int(row["size"]), bytes(row["digest"]), row["created"],
                        row["node_id"])  # fmt: skip


class ArchiveKeeper:
    """The archive's side (see the module docstring); its methods block (SQL)."""

    def __init__(self, node: Node, clock: Callable[[], float] = time.time) -> None:
        self.node, self.clock = node, clock
        self.records = VaultRecords(node.store)
        self._schools: dict[int, str] = {}  # upload row -> the school it must be a backup of

    # ------------------------------------------------------------------ who may

    def _member_school(self, peer_id: str) -> str:
        """The school whose current member the peer is ("" if none this archive knows)."""
        peer = self.node.peers.get(peer_id)
        key = self.node.peers.public_key(peer_id)
        school_id = str(peer["school_id"]) if peer else ""
        if school_id and key and key in self.node.docs.school_members(school_id):
            return school_id
        return ""

    def _readable_school(self, peer_id: str, asked: str) -> str:
        school_id = self._member_school(peer_id)
        if school_id and asked in ("", school_id):
            return school_id
        allowed = (self.node.store.setting(ALLOWED) or {}).get(peer_id) or {}
        live = bool(allowed) and float(allowed.get("until", 0)) > self.clock()
        if live and asked in ("", allowed.get("school_id")):
            return str(allowed["school_id"])
        if school_id:
            raise PermissionDenied("a PC may fetch only its own school's backups")
        raise PermissionDenied(
            "this PC belongs to no school the archive knows: ask the archive's admin to allow "
            "it (edunode vault allow NODE_ID --school SCHOOL_ID)"
        )

    # ------------------------------------------------------------------ Keeper

    def begin(self, peer_id: str, request: m.VaultRequest) -> int:
        school_id = self._member_school(peer_id)
        if not school_id:
            raise PermissionDenied(
                "this archive keeps backups only for PCs that its copy of their school's "
                "document names as members (sync with the archive first)"
            )
        if not _NAME.fullmatch(request.name) or not request.name.endswith(backup.SUFFIX):
            raise ValidationError(f"{request.name!r} is not the name of an EduNode backup file")
        if not 0 < request.size <= MAX_FILE or len(request.digest) != m.HASH_BYTES:
            raise ValidationError(f"a backup file of {request.size} bytes is not accepted")
        self.records.drop_unfinished(self.clock() - STALE_UPLOAD_S)
        file_id = self.records.begin(
            {"school_id": school_id, "node_id": peer_id, "name": request.name,
             "size": request.size, "digest": request.digest, "stored_at": self.clock()}
        )  # fmt: skip
        self._schools[file_id] = school_id
        return file_id

    def piece(self, upload: int, n: int, data: bytes) -> None:
        if n == 0:  # the clear header comes first: a backup of the sender's own school
            self._check_header(upload, data)
        self.records.add_chunk(upload, n, data)

    def _check_header(self, upload: int, data: bytes) -> None:
        try:
            header = backup.header_of(data)
        except backup.BackupError:
            raise ValidationError("the file is not an EduNode backup: nothing was kept") from None
        if header.fields.get("school_id") != self._schools.get(upload):
            raise PermissionDenied("the file is a backup of another school: nothing was kept")
        self.records.set_created(upload, str(header.fields.get("created", "")))

    def finish(self, upload: int) -> list[m.VaultEntry]:
        school_id = self._schools.pop(upload)
        dropped = self.records.finish(upload, KEEP)
        row = next(r for r in self.records.files(school_id) if r["id"] == upload)
        self.node.audit(
            "vault_stored",
            f"kept backup {row['name']} ({row['size']} bytes) for school {short_id(school_id)}"
            + (f"; dropped {len(dropped)} older" if dropped else ""),
            row["node_id"],
        )
        return [_entry(r) for r in self.records.files(school_id)]

    def abort(self, upload: int) -> None:
        self._schools.pop(upload, None)
        self.records.abort(upload)

    def listing(self, peer_id: str, request: m.VaultRequest) -> list[m.VaultEntry]:
        school_id = self._readable_school(peer_id, request.school_id)
        return [_entry(r) for r in self.records.files(school_id)][: m.MAX_VAULT_ENTRIES]

    def open(self, peer_id: str, request: m.VaultRequest) -> tuple[m.VaultEntry, int, int]:
        school_id = self._readable_school(peer_id, request.school_id)
        row = self.records.file(school_id, request.name)
        if row is None:
            raise NotFoundError(f"the archive keeps no backup {request.name!r} of that school")
        self.node.audit("vault_sent", f"sent backup {row['name']} back", peer_id)
        return _entry(row), int(row["id"]), self.records.chunk_count(int(row["id"]))

    def read(self, file_id: int, n: int) -> bytes:
        return self.records.chunk(file_id, n)

    # ------------------------------------------------------------------ the archive's admin

    def allow(self, node_id: str, school_id: str, pin: str | None) -> dict[str, Any]:
        """Let a PC with no school yet fetch one school's backups for ``ALLOW_DAYS``."""
        self.node.settings.check_admin_pin(pin)
        node_id = self.node.peers.resolve(node_id)
        if self.node.peers.role(node_id) is None:
            raise ValidationError(
                f"node {short_id(node_id)} is not an approved peer of this archive"
            )
        if not self.records.files(school_id):
            raise NotFoundError(f"this archive keeps no backup of school {school_id}")
        allowed = dict(self.node.store.setting(ALLOWED) or {})
        until = self.clock() + ALLOW_DAYS * 86400
        allowed[node_id] = {"school_id": school_id, "until": until}
        self.node.store.set_setting(ALLOWED, allowed)
        self.node.audit(
            "vault_allowed",
            f"node {short_id(node_id)} may fetch backups of school {short_id(school_id)} "
            f"for {ALLOW_DAYS} days",
            node_id,
        )
        return {"node_id": node_id, "school_id": school_id, "until": until}

    def files(self) -> list[dict[str, Any]]:
        """Every complete file kept, for the archive's admin (``edunode vault list``)."""
        return [
            {k: row[k] for k in ("school_id", "node_id", "name", "size", "created")}
            | {"sha256": bytes(row["digest"]).hex(), "stored_at": row["stored_at"]}
            for row in self.records.files()
        ]


class OffsiteBackups:
    """A school PC's side: each call dials an archive, does one thing and hangs up."""

    def __init__(self, node: Node, timeout: float = 30.0) -> None:
        self.node, self.timeout = node, timeout

    def archives(self) -> list[dict[str, Any]]:
        """Approved community peers that belong to no school (archives) with an address."""
        return [
            p
            for p in self.node.peers.approved()
            if p["role"] == "community" and not p["school_id"] and p["host"] and p["port"]
        ]

    def _archive(self, archive: str | None) -> dict[str, Any]:
        found = self.archives()
        if archive:
            node_id = self.node.peers.resolve(archive)
            found = [p for p in found if p["node_id"] == node_id]
            if not found:
                raise ValidationError(
                    f"{archive} is not an archive this PC is linked with (edunode peers)"
                )
        if not found:
            raise ValidationError(
                "this PC is linked with no archive: link to the district's archive first "
                "(edunode link HOST:PORT, approved as a community peer)"
            )
        return found[0]

    def send(self, path: Path, archive: str | None = None) -> dict[str, Any]:
        """Send one backup file (as it is: encrypted) to the archive."""
        header = backup.read_header(path).fields
        if header.get("school_id") != self.node.school_id:
            raise ValidationError(f"{path} is not a backup of this school")
        peer = self._archive(archive)
        client = VaultClient("put", path=Path(path))
        self._run(peer, client)
        assert client.entries is not None
        self.node.audit(
            "backup_sent", f"backup {path.name} sent to {peer['name']}", peer["node_id"]
        )
        return {"archive": peer["node_id"], "name": path.name, "kept": _listed(client.entries)}

    def send_to_all(self, path: Path) -> list[dict[str, Any]]:
        """After an automatic backup: send it to every linked archive; failures in words."""
        out = []
        for peer in self.archives():
            try:
                out.append(self.send(path, peer["node_id"]))
            except (SyncError, ValidationError, OSError) as exc:
                out.append({"archive": peer["node_id"], "failed": True, "error": str(exc)})
        return out

    def list(self, archive: str | None = None, school_id: str = "") -> list[dict[str, Any]]:
        client = VaultClient("list", school_id=school_id)
        self._run(self._archive(archive), client)
        assert client.entries is not None
        return _listed(client.entries)

    def fetch(
        self, name: str, out: Path, archive: str | None = None, school_id: str = ""
    ) -> dict[str, Any]:
        """Fetch a backup file into ``out`` (a folder or a file name); written whole or not
        at all. Restore it with ``edunode restore``."""
        target = Path(out).expanduser()
        if target.is_dir():
            target = target / name
        if not _NAME.fullmatch(name):
            raise ValidationError(f"{name!r} is not the name of an EduNode backup file")
        if not target.parent.is_dir():
            raise ValidationError(f"the folder {target.parent} does not exist")
        client = VaultClient("get", name=name, school_id=school_id, out=target)
        self._run(self._archive(archive), client)
        assert client.entries is not None
        return {"path": str(target), **_listed(client.entries)[0]}

    def _run(self, peer: dict[str, Any], client: VaultClient) -> None:
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            pass
        else:  # a bug: the blocking API was called from the event loop
            raise RuntimeError("OffsiteBackups runs its own event loop: call it off the loop")
        session = asyncio.run(self._session(peer, client))
        if client.entries is None:
            why = session.error.split(": ", 1)[-1] if session.error else "it ended the session"
            raise SyncError(f"the archive {peer['name'] or short_id(peer['node_id'])}: {why}")

    async def _session(self, peer: dict[str, Any], client: VaultClient) -> Session:
        node = self.node
        loop = asyncio.get_running_loop()

        def runner(fn: Callable[..., Any], *args: Any) -> Any:
            return loop.run_in_executor(None, fn, *args)

        ctx = await runner(tls.client_context, node.identity, node.certificate_pem(), True)
        reader, writer, key = await tls.open_connection(
            peer["host"], int(peer["port"]), ctx, peer["node_id"], timeout=10
        )
        config = SessionConfig(idle_timeout=self.timeout, handshake_timeout=10.0)
        session = Session(NodeReplica(node), reader, writer, role="client", runner=runner,
                          peer_key=key, config=config, vault=client)  # fmt: skip
        await asyncio.wait_for(session.run(), self.timeout * 20)
        return session


def _listed(entries: tuple[m.VaultEntry, ...]) -> list[dict[str, Any]]:
    return [
        {
            "name": e.name,
            "size": e.size,
            "sha256": e.digest.hex(),
            "created": e.created,
            "sent_by": e.node_id,
        }  # fmt: skip
        for e in entries
    ]
