"""Backup files to and from an archive: the two ends of a session with purpose ``vault``
(decision 0017).

A school PC opens a TLS session to an archive it is linked with, says Hello with purpose
``vault`` and then asks for one thing: store a backup file (``put``), list the files the
archive keeps for its school (``list``) or send one back (``get``). The file travels as it
is on disk, already encrypted under the school's passphrase (service/backup.py): the archive
never has a key, so it checks only what it can without one — who sent it (the TLS key of an
approved peer that its copy of the school document names as a member), the file's clear
header (an EduNode backup of that school), its size and SHA-256 — and keeps it in its store.

:class:`VaultServer` is the archive's end and :class:`VaultClient` the school PC's; both run
inside :class:`~edunode.sync.session.Session` (which does the handshake, the limits and the
timeouts) and reach the store only through :class:`Keeper`, whose blocking calls run off the
event loop.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from edunode.errors import EdunodeError, RemoteProtocolError, SyncError
from edunode.sync import messages as m
from edunode.sync.session import Refused, Session

PIECE = m.MAX_VAULT_DATA

Runner = Callable[..., Awaitable[Any]]


class Keeper(Protocol):
    """What the archive's store does for a vault session (service/vault.py). Each call may
    raise an :class:`EdunodeError` whose message is sent to the PC as the refusal."""

    def begin(self, peer_id: str, request: m.VaultRequest) -> int: ...

    def piece(self, upload: int, n: int, data: bytes) -> None: ...

    def finish(self, upload: int) -> list[m.VaultEntry]: ...

    def abort(self, upload: int) -> None: ...

    def listing(self, peer_id: str, request: m.VaultRequest) -> list[m.VaultEntry]: ...

    def open(self, peer_id: str, request: m.VaultRequest) -> tuple[m.VaultEntry, int, int]:
        """The entry, its row and its number of pieces."""
        ...

    def read(self, file_id: int, n: int) -> bytes: ...


@dataclass
class _Upload:
    file_id: int
    size: int
    digest: bytes
    pieces: int = 0
    received: int = 0
    hasher: Any = field(default_factory=hashlib.sha256)


class VaultServer:
    """The archive's end: one per session."""

    def __init__(self, keeper: Keeper, runner: Runner) -> None:
        self.keeper, self._run = keeper, runner
        self._upload: _Upload | None = None

    async def start(self, session: Session) -> None:  # the client speaks first
        return None

    async def on_message(
        self, session: Session, message: m.VaultRequest | m.VaultReply | m.VaultData
    ) -> bool:
        if isinstance(message, m.VaultRequest):
            if self._upload is not None:
                raise RemoteProtocolError("a request in the middle of a file", code="unexpected")
            await self._request(session, message)
        elif isinstance(message, m.VaultData):
            await self._piece(session, message)
        return False  # the PC ends the session when it has what it asked for

    async def _request(self, session: Session, request: m.VaultRequest) -> None:
        peer = session.peer_id
        try:
            if request.op == "put":
                file_id = await self._run(self.keeper.begin, peer, request)
                self._upload = _Upload(file_id, request.size, request.digest)
                await session.send(m.VaultReply("ready"))
            elif request.op == "list":
                entries = await self._run(self.keeper.listing, peer, request)
                await session.send(m.VaultReply("list", tuple(entries)))
            else:
                entry, file_id, count = await self._run(self.keeper.open, peer, request)
                await session.send(m.VaultReply("ready", (entry,)))
                for n in range(count):
                    data = await self._run(self.keeper.read, file_id, n)
                    await session.send(m.VaultData(data, last=n == count - 1))
        except EdunodeError as exc:
            if isinstance(exc, SyncError):
                raise
            raise Refused(str(exc), code="vault_refused") from None

    async def _piece(self, session: Session, data: m.VaultData) -> None:
        upload = self._upload
        if upload is None:
            raise RemoteProtocolError("file data that no request announced", code="unexpected")
        upload.received += len(data.data)
        if upload.received > upload.size:
            raise RemoteProtocolError("more file data than the request announced", code="limit")
        upload.hasher.update(data.data)
        try:
            await self._run(self.keeper.piece, upload.file_id, upload.pieces, data.data)
            upload.pieces += 1
            if not data.last:
                return
            if upload.received != upload.size or upload.hasher.digest() != upload.digest:
                raise Refused(
                    "the file that arrived is not the one announced (its size or SHA-256 "
                    "differs): nothing was kept",
                    code="vault_refused",
                )
            entries = await self._run(self.keeper.finish, upload.file_id)
        except EdunodeError as exc:
            if isinstance(exc, SyncError):
                raise
            raise Refused(str(exc), code="vault_refused") from None
        self._upload = None
        await session.send(m.VaultReply("stored", tuple(entries)))

    async def closed(self, session: Session) -> None:
        """A session cut in the middle of a file: what arrived of it is dropped."""
        upload, self._upload = self._upload, None
        if upload is not None:
            await self._run(self.keeper.abort, upload.file_id)


class VaultClient:
    """The school PC's end: does one operation, then ends the session. ``entries`` holds the
    archive's answer (``stored``: the school's files after the put; ``list``; ``get``: the
    one fetched), or stays None when the archive refused (the session's error says why)."""

    def __init__(
        self,
        op: str,
        *,
        path: Path | None = None,
        name: str = "",
        school_id: str = "",
        out: Path | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        self.op, self.path, self.name, self.school_id = op, path, name, school_id
        self.out, self.progress = out, progress
        self.entries: tuple[m.VaultEntry, ...] | None = None
        self._size = 0
        self._digest = b""
        self._fetching: tuple[m.VaultEntry, Any, Any, Path] | None = None
        self._got = 0

    async def start(self, session: Session) -> None:
        if self.op == "put":
            assert self.path is not None
            self._size, self._digest = file_digest(self.path)
            request = m.VaultRequest("put", self.name or self.path.name, self._size, self._digest)
        else:
            request = m.VaultRequest(self.op, self.name, school_id=self.school_id)
        await session.send(request)

    async def on_message(
        self, session: Session, message: m.VaultRequest | m.VaultReply | m.VaultData
    ) -> bool:
        if isinstance(message, m.VaultReply):
            if message.state == "ready" and self.op == "put":
                await self._send_file(session)
                return False
            if message.state == "ready" and self.op == "get" and len(message.entries) == 1:
                self._begin_fetch(message.entries[0])
                return False
            if (message.state, self.op) in (("stored", "put"), ("list", "list")):
                self.entries = message.entries
                return True
            raise RemoteProtocolError(
                f"an unexpected vault reply {message.state!r}", code="unexpected"
            )
        if isinstance(message, m.VaultData) and self._fetching is not None:
            return self._fetched_piece(message)
        raise RemoteProtocolError("vault data that was not asked for", code="unexpected")

    async def _send_file(self, session: Session) -> None:
        assert self.path is not None
        sent = 0
        with self.path.open("rb") as f:
            while True:
                data = f.read(PIECE)
                sent += len(data)
                last = sent >= self._size
                await session.send(m.VaultData(data, last=last))
                if self.progress is not None:
                    self.progress(sent, self._size)
                if last:
                    return

    def _begin_fetch(self, entry: m.VaultEntry) -> None:
        assert self.out is not None
        part = self.out.with_name(f".{self.out.name}.part")
        handle = part.open("wb")
        os.chmod(part, 0o600)
        self._fetching = (entry, handle, hashlib.sha256(), part)

    def _fetched_piece(self, message: m.VaultData) -> bool:
        assert self._fetching is not None and self.out is not None
        entry, handle, hasher, part = self._fetching
        self._got += len(message.data)
        if self._got > entry.size:
            raise RemoteProtocolError("more file data than the archive announced", code="limit")
        handle.write(message.data)
        hasher.update(message.data)
        if self.progress is not None:
            self.progress(self._got, entry.size)
        if not message.last:
            return False
        handle.flush()
        os.fsync(handle.fileno())
        handle.close()
        self._fetching = None
        if self._got != entry.size or hasher.digest() != entry.digest:
            part.unlink(missing_ok=True)
            raise RemoteProtocolError(
                "the file the archive sent is not the one it listed (size or SHA-256)",
                code="malformed",
            )
        os.replace(part, self.out)
        self.entries = (entry,)
        return True

    async def closed(self, session: Session) -> None:
        """A fetch cut short leaves no half file behind."""
        if self._fetching is not None:
            _, handle, _, part = self._fetching
            self._fetching = None
            handle.close()
            part.unlink(missing_ok=True)


def file_digest(path: Path) -> tuple[int, bytes]:
    """(size, SHA-256) of a file, read in pieces."""
    hasher, size = hashlib.sha256(), 0
    with path.open("rb") as f:
        while data := f.read(PIECE):
            size += len(data)
            hasher.update(data)
    return size, hasher.digest()
