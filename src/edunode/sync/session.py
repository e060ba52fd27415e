"""The asyncio adapter around one protocol :class:`Connection`: one sync session.

A session is a short pipeline of named stages (:class:`Stage`), the same on both sides:

1. **handshake** — Hello both ways; the server admits a sync only from an approved peer
   presenting its own certificate; an anonymous client may only deliver a link request;
2. **inventory** — each side sends the clock of every document in the link's scope;
3. **exchange** — each side sends, per document, exactly the changes the other lacks (with
   one signature per author tip), then ``Synced``; the receiver applies each frame in one
   store transaction after verifying every change, and acknowledges it;
4. **live** — changes committed later are pushed as they happen (coalesced), never back to
   the peer they came from.

Every stage is safe to retry, and that is how a cut connection resumes: each received frame
is committed before it is acknowledged, so a fresh inventory on reconnect already shows what
arrived and nothing is sent twice. A batch that fails verification is rejected whole, the
incident is recorded against the peer, the peer gets an ``Error`` and the connection closes;
the node goes on serving its other peers. Timeouts: a peer's Hello must have arrived
``handshake_timeout`` after connecting, and a whole link request ``LINK_STEPS`` times that:
deadlines for the whole handshake, not for each read, so a peer that trickles a byte at a
time is dropped as surely as a silent one. An established session ends after
``idle_timeout`` without a byte (each side pings every ``ping_interval`` when quiet).

A server reads a peer it has not identified yet with small limits (frames and decoded
payloads of at most ``MAX_STRANGER_FRAME``), reads nothing after a sync Hello until it has
decided whether to admit the peer, and raises the limits only for an admitted one.

The node is reached only through the :class:`~edunode.sync.pipeline.Replica` protocol (its
blocking methods run through ``runner``, off the event loop), so this module knows nothing of
stores or Qt. Link requests are in :mod:`edunode.sync.linking`.

Why one file of about 630 lines: :class:`Session` is the adapter of one state machine (the
transitions are the table in :mod:`edunode.sync.protocol`), and its stages share the read
loop, the deadlines and the write path; splitting it by stage would spread one connection's
state over several classes. The sans-IO parts already live elsewhere (``protocol``,
``pipeline``, ``messages``, ``linking``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Coroutine, Iterable
from typing import Any, Protocol, TypeVar

from edunode.errors import (
    EdunodeError,
    LocalProtocolError,
    RejectedChanges,
    RemoteProtocolError,
    SyncError,
)
from edunode.identity import (
    link_commitment,
    link_nonce,
    node_id_from_public_key,
    public_key_from_certificate,
    short_id,
    verification_code,
)
from edunode.sync import messages as m
from edunode.sync import packing
from edunode.sync.framing import MAX_FRAME, MAX_STRANGER_FRAME
from edunode.sync.linking import check_link_request
from edunode.sync.pipeline import (
    Clock,
    Replica,
    SessionConfig,
    Stage,
    Status,
    batch_clock,
    clock_of,
    merge,
)
from edunode.sync.protocol import MAX_MESSAGE, Connection, ConnectionClosed, Event, Role, State

log = logging.getLogger("edunode.sync")

FIRST_GROUP = 16  # documents in the first group read for a bulk send (then doubling)
MAX_DOCUMENTS = 2_000_000  # documents one peer's inventory may list, over all its parts
LINK_STEPS = 3  # a link request is Hello, LinkRequest, LinkReveal: 3 handshake timeouts in all
T = TypeVar("T")


class Runner(Protocol):
    """``await runner(fn, *args)`` runs the blocking call ``fn(*args)`` off the loop."""

    def __call__(self, fn: Callable[..., T], /, *args: Any) -> Awaitable[T]: ...


Observer = Callable[[str, str, m.Message], None]  # (direction "sent"/"received", peer, message)
ProgressHook = Callable[["Session"], None]  # called on the loop as the bulk exchange moves on


def _log_precheck_failure(task: asyncio.Future[Any]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.debug("signature pre-check failed: %s", task.exception())


class Refused(SyncError):
    """We end the session on purpose; ``code`` goes to the peer in an Error message."""


class VaultHandler(Protocol):
    """The backup-file side of a session with purpose ``vault`` (:mod:`edunode.sync.vault`):
    ``start`` runs on the client once the server's Hello is in; ``on_message`` gets each
    vault message and says whether the session is done; ``closed`` runs when it ends."""

    async def start(self, session: Session) -> None: ...

    async def on_message(
        self, session: Session, message: m.VaultRequest | m.VaultReply | m.VaultData
    ) -> bool: ...

    async def closed(self, session: Session) -> None: ...


class Session:
    """One connection, client or server side. ``await run()`` until it ends."""

    def __init__(
        self,
        replica: Replica,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        *,
        role: Role,
        runner: Runner,
        peer_key: bytes | None = None,
        config: SessionConfig | None = None,
        listen_port: int = 0,
        admit: Callable[[Session], str | None] | None = None,
        observer: Observer | None = None,
        checker: Runner | None = None,
        progress: ProgressHook | None = None,
        vault: VaultHandler | None = None,
    ) -> None:
        self.replica, self.role, self.config = replica, role, config or SessionConfig()
        self.vault = vault  # backup files to or from an archive (client: purpose "vault")
        self._reader, self._writer, self._run_blocking = reader, writer, runner
        self.peer_key = peer_key
        self.peer_id = node_id_from_public_key(peer_key) if peer_key else ""
        self.peer_label = f"node {short_id(self.peer_id)}" if self.peer_id else "an unknown node"
        peer = writer.get_extra_info("peername")
        self.host = str(peer[0]) if peer else ""
        self.conn = Connection(role)
        if role == "server":  # until the peer is admitted (see _on_hello)
            self.conn.set_limits(max_frame=MAX_STRANGER_FRAME, max_message=MAX_STRANGER_FRAME)
        self._admitted = asyncio.Event()  # an approved peer's sync Hello was accepted
        self.stage, self.status = Stage.HANDSHAKE, Status.RUNNING
        self.error = ""
        self.sent = self.received = 0
        # The bulk exchange's figures (see exchange_figures): changes each side lacks, known
        # once both inventories are in, and the changes received in frames so far.
        self.to_send = self.to_receive = self.arrived = 0
        self._progress = progress
        self._reporting = False  # a first figure went out: the last one will follow
        self.in_sync = asyncio.Event()
        self.closed = asyncio.Event()
        self._listen_port, self._admit, self._observer = listen_port, admit, observer
        self._checker = checker  # runs Replica.precheck beside the store thread, if given
        self._link_request: tuple[m.LinkRequest, bytes] | None = None  # and our nonce
        self._inbox: asyncio.Queue[Event | BaseException] = asyncio.Queue(self.config.queue_frames)
        self._ours: dict[str, Clock] = {}
        self._theirs: dict[str, Clock] = {}
        self._their_inventory = asyncio.Event()
        self._dirty: set[str] = set()
        self._dirty_event = asyncio.Event()
        self._frames_out = self._frames_synced = self._acked = 0
        self._they_synced = False
        self._last_sent = time.monotonic()
        self._started = time.monotonic()
        self._tasks: list[asyncio.Task[None]] = []
        self._task: asyncio.Task[Any] | None = None
        self._close_reason: tuple[str, str] | None = None
        self._failure: BaseException | None = None

    # ------------------------------------------------------------------ outside API

    @property
    def purpose(self) -> str:
        hello = self.conn.their_hello or self.conn.our_hello
        return hello.purpose if hello else ""

    def notify(self, doc_ids: Iterable[str], origin: str = "") -> None:
        """Documents changed locally (or from another peer): push what the peer lacks."""
        if origin and origin == self.peer_id or self.stage is Stage.CLOSED:
            return
        self._dirty.update(doc_ids)
        self._dirty_event.set()

    @property
    def peer_name(self) -> str:
        hello = self.conn.their_hello
        return hello.name if hello is not None and hello.name else self.peer_label

    @property
    def exchanging(self) -> bool:
        """In the bulk exchange: figures are being reported and the end is still to come."""
        return self._reporting and not self.in_sync.is_set() and self.stage is not Stage.CLOSED

    def _report(self) -> None:
        """Tell the progress hook where the bulk exchange is (only once there is something to
        exchange; a final report when the session reaches live or ends)."""
        if self._progress is None or not self._reporting:
            return
        try:
            self._progress(self)
        except Exception:  # figures only: never end a good session over them
            log.exception("the sync progress hook failed")

    def close(self, code: str, message: str) -> None:
        """End the session from outside (revoked link, shutdown), telling the peer why."""
        if self._close_reason is None and self._task is not None and not self._task.done():
            self._close_reason = (code, message)
            self._task.cancel()

    # ------------------------------------------------------------------ running

    async def run(self) -> None:
        """Run the session to its end. Every way it can end is handled here, once."""
        self._task = asyncio.current_task()
        self._tasks.append(asyncio.ensure_future(self._read_loop()))
        try:
            try:
                if self.role == "client":
                    name, school, school_id = await self._run_blocking(self.replica.hello_fields)
                    purpose = "vault" if self.vault is not None else "sync"
                    await self._send(
                        self.conn.hello(
                            self.replica.node_id, name, school, school_id, purpose,
                            self._listen_port,
                        )  # fmt: skip
                    )
                await self._dispatch()
                if self.status is Status.RUNNING:  # an Error from the peer may have failed it
                    self.status = Status.DONE
            except asyncio.CancelledError:
                if self._failure is not None:  # a helper task failed: handle it below
                    log.debug("helper failed", exc_info=self._failure)
                    raise self._failure from None
                raise
        except asyncio.CancelledError:
            if self._close_reason is None:
                self._finish(Status.FAILED, "cancelled")
                raise
            task = self._task
            if task is not None and hasattr(task, "uncancel"):  # 3.11+: we handled it
                task.uncancel()
            code, message = self._close_reason
            self._finish(Status.DONE, message)
            await self._send_error(code, message)
        except Exception as exc:
            await self._fail(exc)
        finally:
            self._finish(self.status, self.error)
            for task in self._tasks:
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)
            if self.vault is not None:
                with contextlib.suppress(Exception):
                    await self.vault.closed(self)
            self._writer.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._writer.wait_closed(), 1.0)
            self.closed.set()

    async def _fail(self, exc: Exception) -> None:
        """End the session because of ``exc``: one log line, an Error to the peer when one can
        still be sent, and an incident against an identified peer that broke the rules."""
        label, host = self.peer_label, self.host
        code, message, incident = "internal", "internal error", ""
        error, level, line = str(exc), logging.WARNING, ""
        if isinstance(exc, Refused):  # logged where it was decided
            code, message = str(exc.facts.get("code", "refused")), str(exc)
        elif isinstance(exc, RejectedChanges):
            reason = exc.facts.get("reason")
            code, message, error = "rejected", str(exc), f"{reason}: {exc}"
            line = f"rejected changes from {label}: {exc} ({reason}); closing the connection"
            incident = f"rejected changes ({reason}): {exc}"
        elif isinstance(exc, RemoteProtocolError):
            code, message = str(exc.facts.get("code", "protocol")), str(exc)
            line = f"closing the connection with {label} ({host}): {exc}"
            if self.conn.their_hello is not None and self.purpose == "sync":
                incident = f"protocol error: {exc}"
        elif isinstance(exc, asyncio.TimeoutError):
            code, message, error = "timeout", "nothing received in time", "timed out"
            what = "said nothing" if self.conn.their_hello is None else "went silent"
            line = f"closing the connection with {label} ({host}): it {what}"
        elif isinstance(exc, EdunodeError) and not isinstance(exc, SyncError):
            # This node could not apply or read (a full disk, a damaged store): not the
            # peer's fault. One line per back-off step is logged by whoever retries.
            code, message, error = "unavailable", "the other PC could not store the changes", (
                str(exc))  # fmt: skip
            level, line = logging.DEBUG, f"session with {label} failed: {exc}"
        elif isinstance(exc, LocalProtocolError):
            level, line = logging.ERROR, f"closing the connection with {label}: our bug: {exc}"
        elif isinstance(exc, (OSError, SyncError)):
            code = ""  # the connection is gone: nobody to tell
            if self.role == "client" and self.conn.their_hello is None:
                # TLS 1.3 reports a refused client certificate only at the first read.
                error, level = "refused the connection (has it approved this node?)", logging.DEBUG
                line = f"{label} refused the connection: {exc}"
            else:
                detail = str(exc) or type(exc).__name__
                error, level = f"connection lost: {detail}", logging.INFO
                line = f"connection with {label} lost: {detail}"
        else:
            log.error("session with %s failed", label, exc_info=exc)
        self._finish(Status.FAILED, error)
        if line:
            log.log(level, "%s", line)
        if incident:
            await self._incident(incident)
        if code:
            await self._send_error(code, message)

    def _finish(self, status: Status, error: str) -> None:
        if self.stage is not Stage.CLOSED:
            self.stage, self.status, self.error = Stage.CLOSED, status, error
            if not self.in_sync.is_set():
                self._report()  # ended before the exchange did: the last figure
                self._reporting = False

    async def _incident(self, reason: str) -> None:
        if self.peer_id:
            with contextlib.suppress(Exception):
                await self._run_blocking(self.replica.record_incident, self.peer_id, reason)

    def _write(self, message: m.Message) -> None:
        """Encode and buffer one message. Synchronous, so messages keep their order (the
        compression stream depends on it) without a lock; replies (Ack, Pong) use only this
        and so never wait behind a bulk send that waits for the peer to read."""
        self._writer.write(self.conn.send(message))
        self._last_sent = time.monotonic()
        if self._observer:
            self._observer("sent", self.peer_id, message)

    async def _send(self, message: m.Message) -> None:
        """Write and wait until the transport has room again (backpressure)."""
        self._write(message)
        await asyncio.wait_for(self._writer.drain(), 2 * self.config.idle_timeout)

    async def send(self, message: m.Message) -> None:
        """Send one message and wait for room (the vault handler's way out)."""
        await self._send(message)

    async def _send_error(self, code: str, message: str) -> None:
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self._send(m.Error(code[:100], message[:1000])), 1.0)

    async def _read_loop(self) -> None:
        try:
            while True:
                if self._deciding():
                    await self._admitted.wait()  # the session ends instead if it is refused
                data = await asyncio.wait_for(
                    self._reader.read(self.config.read_size), self._read_timeout()
                )
                for event in self.conn.receive_data(data):
                    if isinstance(event, m.Changes) and self._checker is not None:
                        self._precheck(event)
                    await self._inbox.put(event)
                if not data:
                    return
        except asyncio.CancelledError:
            raise
        except BaseException as exc:  # delivered to the dispatcher, which decides
            await self._inbox.put(exc)

    def _deciding(self) -> bool:
        """A server holds the next read while it decides on a sync Hello: whatever follows
        is read with an identified peer's limits, or not at all."""
        hello = self.conn.their_hello
        return (
            self.role == "server"
            and hello is not None
            and hello.purpose in ("sync", "vault")
            and not self._admitted.is_set()
        )

    def _read_timeout(self) -> float:
        """The idle timeout for each read once a sync is under way; before, what is left of
        the total handshake deadline (a trickle of bytes does not extend it): the peer's
        Hello within ``handshake_timeout`` of connecting, a whole link request within
        ``LINK_STEPS`` times that. An anonymous connection can't hold a slot for long."""
        hello = self.conn.their_hello
        if self.role == "server":
            syncing = self._admitted.is_set()
        else:  # the client pinned the server in TLS: identified once its Hello is in
            syncing = hello is not None and self.purpose in ("sync", "vault")
        if syncing:
            return self.config.idle_timeout
        steps = LINK_STEPS if hello is not None and hello.purpose == "link" else 1
        deadline = self._started + steps * self.config.handshake_timeout
        return max(0.0, deadline - time.monotonic())

    def _precheck(self, message: m.Changes) -> None:
        """Start the frame's signature checks now, while earlier frames are being applied;
        the dispatcher does not wait for them (verification repeats any it needs)."""
        assert self._checker is not None
        task = asyncio.ensure_future(
            self._checker(self.replica.precheck, self.peer_id, message.batches)
        )
        task.add_done_callback(_log_precheck_failure)

    def _helper(self, coro: Coroutine[Any, Any, None]) -> None:
        """Run ``coro`` beside the dispatcher; if it fails, the session ends with its error."""
        task = asyncio.ensure_future(coro)
        task.add_done_callback(self._helper_done)
        self._tasks.append(task)

    def _helper_done(self, task: asyncio.Task[None]) -> None:
        if task.cancelled() or task.exception() is None:
            return
        if self._failure is None and self._task is not None and not self._task.done():
            self._failure = task.exception()
            self._task.cancel()

    async def _ping_loop(self) -> None:
        nonce = 0
        while True:
            await asyncio.sleep(self.config.ping_interval / 2)
            if time.monotonic() - self._last_sent >= self.config.ping_interval:
                nonce += 1
                self._write(m.Ping(nonce))

    # ------------------------------------------------------------------ dispatch

    async def _dispatch(self) -> None:
        while True:
            event = await self._inbox.get()
            if isinstance(event, BaseException):
                raise event
            if self._observer and not isinstance(event, ConnectionClosed):
                self._observer("received", self.peer_id, event)
            if isinstance(event, ConnectionClosed):
                if self.stage in (Stage.LIVE, Stage.LINK, Stage.VAULT) or self.in_sync.is_set():
                    log.info("%s closed the connection", self.peer_label)
                    return
                raise SyncError(
                    f"{self.peer_label} closed the connection during {self.stage.value}"
                )
            if isinstance(event, m.Error):
                self.error = f"{event.code}: {event.message}"
                level = (
                    logging.INFO
                    if event.code in ("shutdown", "duplicate", "reconnect", "unavailable")
                    else logging.WARNING
                )
                log.log(level, "%s closed the connection: %s", self.peer_label, self.error)
                quiet = level == logging.INFO and event.code != "unavailable"
                self.status = Status.DONE if quiet else Status.FAILED
                return
            if isinstance(event, m.Hello):
                await self._on_hello(event)
            elif isinstance(event, m.LinkRequest):
                await self._on_link_request(event)
            elif isinstance(event, m.LinkReveal):
                await self._on_link_reveal(event)
                return
            elif isinstance(event, m.Inventory):
                for entry in event.entries:
                    self._theirs[entry.doc_id] = clock_of(entry)
                if len(self._theirs) > MAX_DOCUMENTS:
                    raise RemoteProtocolError("an inventory of too many documents", code="limit")
                if event.complete:
                    self._their_inventory.set()
            elif isinstance(event, m.Changes):
                await self._on_changes(event)
            elif isinstance(event, m.Ack):
                self._acked = event.frames
                self._check_in_sync()
            elif isinstance(event, m.Synced):
                self._they_synced = True
                self._check_in_sync()
            elif isinstance(event, m.Ping):
                self._write(m.Pong(event.nonce))
            elif isinstance(event, (m.VaultRequest, m.VaultReply, m.VaultData)):
                assert self.vault is not None  # a Hello(vault) without one was refused
                if await self.vault.on_message(self, event):
                    return

    async def _on_hello(self, hello: m.Hello) -> None:
        if self.role == "server":
            if hello.purpose == "link":
                self.stage = Stage.LINK
            elif self.peer_key is None:
                log.warning(
                    "refused to sync with %s (%s): it is not linked; an unknown node may only "
                    "send a link request",
                    hello.name or "an unknown node",
                    self.host,
                )
                raise Refused("this node has not approved a link with you", code="not_approved")
            elif hello.purpose == "vault" and self.vault is None:
                raise Refused(
                    "this node keeps no backups for others: only an archive node does",
                    code="not_archive",
                )
            name, school, school_id = await self._run_blocking(self.replica.hello_fields)
            await self._send(
                self.conn.hello(
                    self.replica.node_id, name, school, school_id, hello.purpose, self._listen_port
                )
            )
        if hello.purpose == "link":
            return
        if hello.node_id != self.peer_id:
            log.warning(
                "refused %s (%s): its Hello names node %s",
                self.peer_label,
                self.host,
                hello.node_id,
            )
            raise Refused("the Hello does not match the certificate", code="identity")
        self.peer_label = f"{hello.name or 'a peer'} ({short_id(self.peer_id)})"
        state = await self._run_blocking(self.replica.link_state, self.peer_id)
        if state != "approved":
            log.warning(
                "refused %s (%s): its link is %s", self.peer_label, self.host, state or "unknown"
            )
            raise Refused(f"this node's link with you is {state or 'unknown'}", code="not_approved")
        if hello.purpose == "vault":  # a short exchange of files beside any sync session
            self.stage = Stage.VAULT
            if self.role == "server":
                self.conn.set_limits(max_frame=MAX_FRAME, max_message=MAX_MESSAGE)
                self._admitted.set()
            self._helper(self._ping_loop())
            if self.role == "client":
                assert self.vault is not None
                self._helper(self.vault.start(self))
            return
        refusal = self._admit(self) if self._admit is not None else None
        if refusal is not None:
            why = {"shutdown": "this node is shutting down", "duplicate": "already connected"}
            raise Refused(why.get(refusal, refusal), code=refusal)
        self.stage = Stage.INVENTORY
        if self.role == "server":
            self.conn.set_limits(max_frame=MAX_FRAME, max_message=MAX_MESSAGE)
            self._admitted.set()  # the read loop goes on, with the full limits
        self._helper(self._ping_loop())
        self._helper(self._sender())

    async def _on_link_request(self, request: m.LinkRequest) -> None:
        """A request with a valid proof gets our nonce; it is recorded once the requester
        reveals the nonce it committed to (the verification code needs both)."""
        hello = self.conn.their_hello
        assert hello is not None
        if not check_link_request(request, hello, self.replica.public_key):
            log.warning(
                "ignored a link request from %s: its certificate proof does not verify", self.host
            )
            raise Refused("the link request's proof does not verify", code="bad_request")
        self._link_request = (request, link_nonce())
        await self._send(m.LinkChallenge(self._link_request[1]))

    async def _on_link_reveal(self, reveal: m.LinkReveal) -> None:
        hello = self.conn.their_hello
        assert hello is not None and self._link_request is not None
        request, ours = self._link_request
        if link_commitment(reveal.nonce) != request.commitment:
            log.warning(
                "ignored a link request from %s: it revealed a nonce it had not committed to",
                self.host,
            )
            raise Refused("the revealed nonce does not match the commitment", code="bad_request")
        theirs = public_key_from_certificate(request.cert_pem)  # checked with the proof
        code = verification_code(theirs, self.replica.public_key, reveal.nonce, ours)
        state = await self._run_blocking(self.replica.link_request, request, hello, self.host, code)
        # "busy": not recorded, too many requests wait; "received": ignored (blocked, or asked
        # again within the minute: the requester keeps the code it has)
        reply = state if state in ("pending", "approved", "busy") else "received"
        await self._send(m.LinkReply(reply))
        self.status = Status.DONE  # closing flushes the reply first

    # ------------------------------------------------------------------ exchange

    async def _sender(self) -> None:
        """Inventory out; once theirs is in, what they lack; Synced; then live pushes."""
        entries = await self._run_blocking(self.replica.inventory, self.peer_id)
        self._ours = {e.doc_id: clock_of(e) for e in entries}
        part = self.config.inventory_part
        for i in range(0, max(len(entries), 1), part):
            chunk = tuple(entries[i : i + part])
            await self._send(m.Inventory(chunk, complete=i + part >= len(entries)))
        await self._their_inventory.wait()
        self.stage = Stage.EXCHANGE
        self.to_send, self.to_receive = lacking(self._ours, self._theirs)
        if self.to_send or self.to_receive:
            self._reporting = True
            self._report()
        wants = {d: self._theirs.get(d) for d, c in self._ours.items() if self._theirs.get(d) != c}
        docs, changes = await self._push(wants)
        await self._send(m.Synced(docs, changes))
        self._frames_synced = self._frames_out
        self._check_in_sync()
        while True:
            await self._dirty_event.wait()
            await asyncio.sleep(self.config.push_delay)
            self._dirty_event.clear()
            dirty, self._dirty = self._dirty, set()
            # School documents first, as in the inventory: a peer verifies a course against
            # its school's members, so a school and its courses relayed together (an archive
            # passing on a school that just linked) must not arrive course first.
            ordered = await self._run_blocking(self.replica.sending_order, dirty)
            await self._push({d: self._theirs.get(d) for d in ordered})

    async def _push(self, wants: dict[str, Clock | None]) -> tuple[int, int]:
        doc_ids = list(wants)
        docs = changes = 0
        # The first groups are small and grow: the peer starts verifying a first frame
        # while we read the next, instead of waiting for a whole group to be read.
        step = min(FIRST_GROUP, self.config.docs_per_query)
        i = 0
        while i < len(doc_ids):
            group = {d: wants[d] for d in doc_ids[i : i + step]}
            i += step
            step = min(step * 2, self.config.docs_per_query)
            out = await self._run_blocking(self.replica.outgoing, self.peer_id, group)
            for batch, clock in out:
                self._theirs[batch.doc_id] = merge(self._theirs.get(batch.doc_id), clock)
                docs += 1
                changes += len(batch.changes)
            for message in packing.pack_changes((b for b, _ in out), self.config.frame_budget):
                await self._send(message)
                self._frames_out += 1
                self.sent += sum(len(b.changes) for b in message.batches)
                if self.exchanging:
                    self._report()
        return docs, changes

    async def _on_changes(self, message: m.Changes) -> None:
        applied = 0
        if message.batches:
            applied = await self._run_blocking(self.replica.receive, self.peer_id, message.batches)
            for batch in message.batches:
                self._theirs[batch.doc_id] = merge(
                    self._theirs.get(batch.doc_id), batch_clock(batch)
                )
        self.received += applied
        self.arrived += sum(len(b.changes) for b in message.batches)
        self._write(m.Ack(self.conn.frames_received, applied))
        if self.exchanging:
            self._report()

    def _check_in_sync(self) -> None:
        done = self._they_synced and self.conn.our_state is State.LIVE
        if done and self._acked >= self._frames_synced and not self.in_sync.is_set():
            self.in_sync.set()
            self.stage = Stage.LIVE
            self._report()  # the last figure of the exchange
            self._reporting = False
            seconds = time.monotonic() - self._started
            log.info(
                "sync with %s done: sent %d, received %d changes in %.2f s",
                self.peer_label,
                self.sent,
                self.received,
                seconds,
            )
            self._tasks.append(asyncio.ensure_future(self._record_sync(seconds)))

    def exchange_figures(self) -> tuple[int, int, int, int, bool, bool]:
        """``(sent, received, to_send, to_receive, finished, in_sync)`` of the bulk exchange,
        in changes; ``finished`` once it reached live (``in_sync``) or the session ended."""
        in_sync = self.in_sync.is_set()
        finished = in_sync or self.stage is Stage.CLOSED
        return self.sent, self.arrived, self.to_send, self.to_receive, finished, in_sync

    async def _record_sync(self, seconds: float) -> None:
        try:
            await self._run_blocking(
                self.replica.record_sync, self.peer_id, self.sent, self.received, seconds
            )
        except Exception as exc:  # figures only: never end a good session over them
            log.warning("could not record the sync with %s: %s", self.peer_label, exc)


def lacking(ours: dict[str, Clock], theirs: dict[str, Clock]) -> tuple[int, int]:
    """How many changes the peer lacks of ours, and we of theirs: per document and author,
    the difference of the highest sequence numbers (each author's changes form a chain and
    each side holds a prefix of it, so this is exact)."""
    give = take = 0
    for doc_id in ours.keys() | theirs.keys():
        mine, other = ours.get(doc_id, {}), theirs.get(doc_id, {})
        for actor in mine.keys() | other.keys():
            a, b = mine.get(actor, (0, b""))[0], other.get(actor, (0, b""))[0]
            give += max(0, a - b)
            take += max(0, b - a)
    return give, take
