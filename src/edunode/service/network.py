"""The network service: discovery, the TLS server, connections to approved peers, live sync.

One :class:`NetworkService` runs a node on the network, on the asyncio loop of a
:class:`LoopThread`; everything that touches the store (SQLite, Automerge, Ed25519) runs on a
single worker thread, so the loop stays responsive while a large frame is applied.

* **Server.** TLS 1.3; the trust anchors are the certificates of approved peers (and of
  revoked ones, so that a revoked node reconnecting is told so and logged, not silently cut
  by OpenSSL; the session refuses it). The context is rebuilt whenever links change, and a
  revoke or a role change drops that peer's live connections at once. Connections from
  *strangers* (no certificate, or one of a peer not approved now) that are still in their
  handshake or a link request are capped, ``MAX_UNSETTLED_PER_ADDRESS`` per address and
  ``MAX_UNSETTLED`` in all; an approved peer's certificate is never turned away for them.
* **Discovery** (``presence.py``): zeroconf announces this node and reports others; only a
  hint, every connection pins the node ID in TLS.
* **Dialing** (``dialer.py``): one task per approved peer keeps one connection up, with
  backoff. When both ends dial at once, the connection from the node with the smaller ID
  wins (both ends apply the same rule, :meth:`NetworkService._admit`).
* **Link requests** (``link_request.py``) go out on a connection of their own.
* **Other processes.** A CLI command on the same data folder writes to the same store. Every
  ``poll_interval`` the service reads the newest change-log position and the peers table, so
  new local changes are pushed and approvals/revocations take effect within a second.

Why one file of about 550 lines: it is the composition of the running node (server,
discovery, dialers, polling) around one loop and one store thread; each part it wires already
lives in its own module (``dialer``, ``presence``, ``link_request``, ``replica``), and what is
left here is the shared state they meet in (connections by peer, links, limits).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import ssl
import time
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Any, TypeVar

from edunode.errors import SyncError, ValidationError
from edunode.events import ChangesApplied, LinkChanged, PeerTrouble, SyncProgress
from edunode.identity import node_id_from_public_key
from edunode.service.dialer import Dialer, PeerLink, never_dialled, wait_event
from edunode.service.interfaces import resolve as resolve_interfaces
from edunode.service.link_request import send_link_request
from edunode.service.loop import LoopThread
from edunode.service.node import Node
from edunode.service.presence import Presence
from edunode.service.replica import NodeReplica
from edunode.service.vault import ArchiveKeeper
from edunode.store import clocks
from edunode.sync import DEFAULT_PORT, tls
from edunode.sync.pipeline import SessionConfig, Stage
from edunode.sync.session import Observer, Session
from edunode.sync.vault import VaultServer

log = logging.getLogger("edunode.network")
T = TypeVar("T")

SEEN_EVERY = 5.0  # seconds between refreshes of last_seen for connected/discovered peers
MAX_UNSETTLED = 32  # strangers' incoming connections still in their handshake or a link request
MAX_UNSETTLED_PER_ADDRESS = 4  # of those, from one address


class NetworkService:
    """Runs ``node`` on the network. Blocking ``start/stop/link/sync_once`` for the CLI and
    the UI; ``async_*`` for code already on the loop."""

    def __init__(
        self,
        node: Node,
        *,
        port: int = DEFAULT_PORT,
        interfaces: list[str] | None = None,
        serve: bool = True,
        discover: bool = True,
        dial: bool = True,
        config: SessionConfig | None = None,
        poll_interval: float = 0.5,
        backoff: tuple[float, float] = (0.5, 30.0),
        discovery_options: dict[str, Any] | None = None,
        observer: Observer | None = None,
        loop_thread: LoopThread | None = None,
    ) -> None:
        self.node = node
        self.replica = NodeReplica(node)
        self._keeper = ArchiveKeeper(node) if node.archive else None
        self.config = config or SessionConfig()
        self.port = port
        # Connection names (eth0) become their addresses; None: every connection.
        self.interfaces = resolve_interfaces(interfaces) if interfaces else None
        mdns = [a for a in self.interfaces or () if ":" not in a]  # zeroconf: IPv4 addresses
        if self.interfaces and not mdns:
            log.info("no IPv4 address chosen: this node is not announced on the network")
            discover = False
        self._serve, self._discover, self._dial_peers = serve, discover, dial
        self._poll_interval, self._backoff = poll_interval, backoff
        self._presence = Presence(
            node, self._run, self._spawn, self._peer,
            interfaces=mdns or None, options=discovery_options or {}, record=serve,
        )  # fmt: skip
        self._observer = observer
        self._own_thread = loop_thread is None
        self.thread = loop_thread or LoopThread("edunode-network")
        self._executor = ThreadPoolExecutor(1, thread_name_prefix="edunode-store")
        # Signature checks of frames waiting to be applied (Ed25519 runs without the GIL).
        self._checks = ThreadPoolExecutor(1, thread_name_prefix="edunode-verify")
        self._peers: dict[str, PeerLink] = {}
        self._dialer = Dialer(
            self._open_session,
            own_id=node.node_id,
            enabled=dial,
            backoff=backoff,
            grace=1.0 if serve else 0.0,
            stopping=lambda: self._stopping,
            on_trouble=self._trouble,
        )
        self._links_sig: tuple[Any, ...] = ()
        self._anchors: tuple[bytes, ...] | None = None
        self._server: tls.TlsServer | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._unsubscribe: list[Callable[[], None]] = []
        self._links_dirty: asyncio.Event | None = None
        self._incoming: set[Session] = set()
        self._strangers: set[Session] = set()  # incoming without an approved certificate
        self._flood_logged = 0.0
        self._stopping = False
        self._started = False
        self._stopped = False
        self._mark = 0
        self._hello: tuple[str, str, str] = ("", "", "")

    # ------------------------------------------------------------------ blocking API

    def start(self, timeout: float = 20.0) -> NetworkService:
        if self._own_thread:
            self.thread.start()
        self.thread.call(self.async_start(), timeout)
        return self

    def stop(self, timeout: float = 20.0) -> None:
        """Stop (idempotent): tell peers, let an apply in progress finish, close sockets."""
        if self._stopped:
            return
        self._stopped = True
        try:
            if self._started and not self._stopping:
                self.thread.call(self.async_stop(), timeout)
        finally:
            if self._own_thread:
                self.thread.stop()
            self._executor.shutdown(wait=True)  # an apply in progress finishes (commit/rollback)
            self._checks.shutdown(wait=True, cancel_futures=True)

    def link(self, target: str, timeout: float = 15.0) -> dict[str, Any]:
        return self.thread.call(self.async_link(target, timeout), timeout + 5)

    def sync_once(self, timeout: float = 30.0) -> list[dict[str, Any]]:
        return self.thread.call(self.async_sync_once(timeout), timeout + 5)

    def sync_now(self) -> None:
        """Reconcile with every reachable approved peer now, without waiting for it (the
        window's Sync now): wake each dialing loop (one is started even if this service does
        not dial by itself) and pick up the store's news at once. Progress arrives as
        :class:`~edunode.events.SyncProgress` events; connected peers are already live."""
        if not self._started or self._stopping:
            return
        loop = self.thread.loop
        self._threadsafe(loop, lambda: self._spawn(self._sync_now()))

    async def _sync_now(self) -> None:
        await self._refresh_links()
        for peer in self._peers.values():
            if peer.state == "approved":
                self._dialer.ensure(peer, force=True)
                peer.hurry = True
                peer.wake.set()
        if self._links_dirty is not None:
            self._links_dirty.set()  # the poll loop reads new changes of other processes now

    def connected(self, node_id: str) -> bool:
        peer = self._peers.get(node_id)
        return bool(peer and peer.sessions)

    def sessions(self, node_id: str | None = None) -> list[Session]:
        """The sessions past their handshake, with one peer or with all."""
        if node_id is not None:
            peer = self._peers.get(node_id)
            return list(peer.sessions) if peer else []
        return [s for p in list(self._peers.values()) for s in list(p.sessions)]

    # ------------------------------------------------------------------ plumbing

    async def _run(self, fn: Callable[..., T], *args: Any) -> T:
        """Run a blocking (store) call on the store thread."""
        return await asyncio.get_running_loop().run_in_executor(self._executor, partial(fn, *args))

    async def _check(self, fn: Callable[..., T], *args: Any) -> T:
        """Run a pre-check (pure computation, no store) on the verify thread."""
        return await asyncio.get_running_loop().run_in_executor(self._checks, partial(fn, *args))

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("network task failed: %s", task.exception(), exc_info=task.exception())

    def _peer(self, node_id: str) -> PeerLink:
        if node_id not in self._peers:
            self._peers[node_id] = PeerLink(node_id)
        return self._peers[node_id]

    # ------------------------------------------------------------------ start / stop

    async def async_start(self) -> None:
        loop = asyncio.get_running_loop()
        self._links_dirty = asyncio.Event()
        node = self.node
        self._mark = await self._run(clocks.log_position, node.store)
        self._hello = await self._run(self.replica.hello_fields)
        cert = node.certificate_pem()
        self._client_ctx = await self._run(tls.client_context, node.identity, cert, True)
        self._anon_ctx = await self._run(tls.client_context, node.identity, cert, False)
        self._started = True
        await self._refresh_links()
        if self._serve:
            hosts: Any = (
                self.interfaces[0]
                if self.interfaces and len(self.interfaces) == 1
                else self.interfaces
            )
            if self.port == 0 and self.interfaces and len(self.interfaces) > 1:
                self.port = _free_port(self.interfaces[0])
            ctx = await self._run(self._server_context)
            try:
                self._server = await tls.start_server(self._on_connection, hosts, self.port, ctx)
            except OSError as exc:  # explain() says why and what to try
                where = ", ".join(self.interfaces) if self.interfaces else "every connection"
                raise SyncError(
                    f"EduNode could not listen for other PCs on port {self.port} ({where}): "
                    f"{exc.strerror or exc}",
                    code="listen",
                ) from exc
            self.port = self._server.port
            await self._run(node.store.set_setting, "network_port", self.port)  # for `edunode link`
        if self._discover:
            self._presence.announce(self._hello[0], self._hello[1], self.port)
        bus = node.bus
        self._unsubscribe = [
            bus.subscribe(
                ChangesApplied, lambda e: self._threadsafe(loop, self._notify, [e.doc_id], e.origin)
            ),
            bus.subscribe(LinkChanged, lambda e: self._threadsafe(loop, self._links_dirty.set)),  # type: ignore[union-attr]
        ]
        self._spawn(self._poll_loop())
        log.info(
            "%s (%s) is on the network%s",
            self._hello[0] or "this node",
            node.node_id,
            f", listening on port {self.port}" if self._serve else "",
        )

    @staticmethod
    def _threadsafe(loop: asyncio.AbstractEventLoop, fn: Callable[..., Any], *args: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the loop is closing
            loop.call_soon_threadsafe(fn, *args)

    async def async_stop(self) -> None:
        self._stopping = True
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        online = [p.node_id for p in self._peers.values() if p.sessions or p.discovered]
        if self._server is not None:
            self._server.stop_listening()
        sessions = set(self.sessions()) | {s for s in self._incoming if not s.closed.is_set()}
        for session in sessions:
            session.close("shutdown", "the other node is shutting down")
        if sessions:
            await asyncio.wait(
                [asyncio.ensure_future(s.closed.wait()) for s in sessions], timeout=3
            )
        for task in [t for t in self._tasks if not self._presence.is_starting(t)]:
            task.cancel()
        await self._dialer.stop()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._server is not None:
            await self._server.close()
        await self._presence.close()
        for node_id in online:  # nothing this process knows proves them there any more
            self.node.peers.set_online(node_id, False)
        with contextlib.suppress(Exception):
            await self._run(self._presence.mark_offline, online)
        log.info("stopped")

    # ------------------------------------------------------------------ links

    def _server_context(self) -> ssl.SSLContext:
        return tls.server_context(
            self.node.identity, self.node.certificate_pem(), list(self._anchors or ())
        )

    def _load_links(
        self, previous: tuple[Any, ...]
    ) -> tuple[tuple[Any, ...], list[dict[str, Any]], tuple[bytes, ...] | None]:
        rows = self.node.peers.list()
        sig = tuple((p["id"], p["state"], p["role"], p["host"], p["port"], p["name"]) for p in rows)
        if sig == previous:
            return sig, rows, None
        anchors = tuple(
            sorted(
                c
                for p in rows
                if p["state"] in ("approved", "revoked")
                if (c := self.node.peers.certificate(p["id"]))
            )
        )
        return sig, rows, anchors

    async def _refresh_links(self) -> None:
        sig, rows, anchors = await self._run(self._load_links, self._links_sig)
        if sig == self._links_sig:
            return
        self._links_sig = sig
        if anchors is not None and anchors != self._anchors:
            self._anchors = anchors
            if self._server is not None:  # before dropping anyone: no reconnect slips in
                self._server.set_context(await self._run(self._server_context))
        for row in rows:
            peer = self._peer(row["id"])
            was = (peer.state, peer.role)
            peer.name, peer.state, peer.role = row["name"], row["state"], row["role"]
            peer.host, peer.port = row["host"], row["port"]
            if was == (peer.state, peer.role) or not was[0]:
                if peer.state == "approved":
                    self._dialer.ensure(peer)
                continue
            if was[0] == "approved" and peer.state != "approved":
                log.info("link with %s is now %s: dropping its connections", peer.label, peer.state)
                for session in list(peer.sessions):
                    session.close("not_approved", f"this node's link with you was {peer.state}")
            elif peer.state == "approved" and was[0] == "approved":
                log.info("link with %s changed to role %s: reconnecting", peer.label, peer.role)
                for session in list(peer.sessions):
                    session.close("reconnect", "the link's scope changed")
            elif peer.state == "approved":
                log.info("link with %s approved as %s", peer.label, peer.role)
            if peer.state == "approved":
                self._dialer.ensure(peer)
            peer.hurry = True  # a decision a person made: try now, whatever the back-off
            peer.wake.set()

    # ------------------------------------------------------------------ sessions

    def _admit(self, session: Session) -> str | None:
        """Register a session at handshake, or say why not (an Error code)."""
        if self._stopping:
            return "shutdown"
        peer = self._peer(session.peer_id)

        def preferred(s: Session) -> bool:  # the connection dialed by the smaller node ID
            return (s.role == "client") == (self.node.node_id < s.peer_id)

        def one_of_a_pair(s: Session) -> bool:  # not a one-off `sync --once` (it does not listen)
            hello = s.conn.their_hello
            return s.role == "client" or (hello is not None and hello.port != 0)

        others = [s for s in peer.sessions if s.role != session.role and one_of_a_pair(s)]
        if not one_of_a_pair(session):
            others = []
        elif not preferred(session) and any(preferred(o) for o in others):
            return "duplicate"
        if preferred(session):
            for other in others:
                other.close("duplicate", "a connection the other way round replaces this one")
        hello = session.conn.their_hello
        if self._serve and hello is not None and hello.port and session.host:
            self._spawn(self._run(self.node.peers.seen, peer.node_id, session.host, hello.port))
        if not peer.sessions:
            log.info(
                "connected to %s (%s)",
                session.peer_label,
                "outgoing" if session.role == "client" else "incoming",
            )
        peer.sessions.add(session)
        self.node.peers.set_online(peer.node_id, True)  # a connection proves it
        return None

    def problems(self) -> dict[str, str]:
        """Peers whose sessions keep failing: node ID → the problem, in words."""
        return {p.node_id: p.problem for p in self._peers.values() if p.problem}

    def _trouble(self, peer: PeerLink, retry_in: float) -> None:
        self.node.bus.publish(
            PeerTrouble(
                peer_id=peer.node_id, name=peer.name, problem=peer.problem, retry_in=retry_in
            )  # fmt: skip
        )

    def _forget(self, session: Session) -> None:
        peer = self._peers.get(session.peer_id)
        if peer is None or session not in peer.sessions:
            return
        peer.sessions.discard(session)
        peer.wake.set()
        if not peer.sessions and not peer.discovered:
            self.node.peers.set_online(peer.node_id, False)
            if not self._stopping:
                self._spawn(self._run(self._presence.mark_offline, [peer.node_id]))

    def _new_session(self, reader: Any, writer: Any, role: Any, key: bytes | None) -> Session:
        # An archive keeps schools' encrypted backups (a Hello with purpose "vault").
        vault = VaultServer(self._keeper, self._run) if self._keeper and role == "server" else None
        return Session(
            self.replica,
            reader,
            writer,
            role=role,
            runner=self._run,
            peer_key=key,
            config=self.config,
            listen_port=self.port if self._serve else 0,
            admit=self._admit,
            observer=self._observer,
            checker=self._check,
            progress=self._progress,
            vault=vault,
        )

    def _progress(self, session: Session) -> None:
        """A session's bulk exchange moved on: tell the Node's listeners (the window)."""
        sent, received, to_send, to_receive, finished, in_sync = session.exchange_figures()
        if in_sync and session.peer_id in self._peers:
            self._dialer.synced(self._peers[session.peer_id])
        self.node.bus.publish(
            SyncProgress(
                peer_id=session.peer_id,
                name=session.peer_name,
                sent=sent,
                received=received,
                to_send=to_send,
                to_receive=to_receive,
                finished=finished,
                in_sync=in_sync,
            )
        )

    async def _on_connection(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, key: bytes | None
    ) -> None:
        self._incoming = {s for s in self._incoming if not s.closed.is_set()}
        self._strangers &= self._incoming
        session = self._new_session(reader, writer, "server", key)
        if not self._approved(key):
            unsettled = [s for s in self._strangers if s.stage in (Stage.HANDSHAKE, Stage.LINK)]
            if sum(s.host == session.host for s in unsettled) >= MAX_UNSETTLED_PER_ADDRESS:
                self._turn_away(f"too many connections from {session.host} still unsettled")
                return  # the TLS server closes it
            if len(unsettled) >= MAX_UNSETTLED:
                self._turn_away("too many connections still in their handshake")
                return
            self._strangers.add(session)
        self._incoming.add(session)
        try:
            await session.run()
        except asyncio.CancelledError:
            pass  # shutting down; returning normally keeps asyncio (3.11) from logging it
        finally:
            self._forget(session)
            if session.peer_id in self._peers and self._approved(key) and session.vault is None:
                self._dialer.ended(self._peers[session.peer_id], session)  # either way round

    def _approved(self, key: bytes | None) -> bool:
        """Whether ``key`` (from the TLS handshake) is an approved peer's: never turned away."""
        if key is None:
            return False
        peer = self._peers.get(node_id_from_public_key(key))
        return peer is not None and peer.state == "approved"

    def _turn_away(self, why: str) -> None:
        if time.monotonic() - self._flood_logged > 60:  # one line a minute under a flood
            self._flood_logged = time.monotonic()
            log.warning("%s; turning new ones away (approved peers are still admitted)", why)

    def _notify(self, doc_ids: list[str], origin: str) -> None:
        for peer in self._peers.values():
            for session in peer.sessions:
                session.notify(doc_ids, origin)

    async def _open_session(self, peer: PeerLink, host: str, port: int) -> Session:
        """Dial an approved peer (pinned by its node ID) and run the session to its end."""
        reader, writer, key = await tls.open_connection(
            host, port, self._client_ctx, peer.node_id, timeout=5
        )
        session = self._new_session(reader, writer, "client", key)
        try:
            await session.run()
        finally:
            self._forget(session)
        return session

    # ------------------------------------------------------------------ link & sync once

    async def async_link(self, target: str, timeout: float = 15.0) -> dict[str, Any]:
        """Send a link request to ``NODE_ID`` (a discovered or known node) or ``HOST:PORT``."""
        host, port, expected = await self._resolve_target(target)
        if never_dialled(host, port):
            raise ValidationError(f"{target} is a made-up PC of the sample data: never dialled")
        listening = self.port if self._serve else 0
        if not self._serve:  # a CLI beside a running `edunode serve` gives that serve's port
            listening = int(await self._run(self.node.store.setting, "network_port", 0) or 0)
        peer = await send_link_request(
            self.node, self._run, self._anon_ctx, host, port,
            expected=expected, listening=listening, timeout=timeout,
        )  # fmt: skip
        if self._links_dirty is not None:
            self._links_dirty.set()
        return peer

    async def async_sync_once(self, timeout: float = 30.0) -> list[dict[str, Any]]:
        """Connect to every approved peer that can be reached and wait until each is in sync
        (see :meth:`Dialer.sync_once`)."""
        await self._refresh_links()
        approved = [p for p in self._peers.values() if p.state == "approved"]
        return await self._dialer.sync_once(approved, timeout)

    async def _resolve_target(self, target: str) -> tuple[str, int, str | None]:
        text = target.strip()
        if ":" in text and not text.count("-") >= 7:
            host, _, port_text = text.rpartition(":")
            if not port_text.isdigit() or not 0 < int(port_text) < 65536 or not host:
                raise ValidationError(f"'{target}' is neither a node ID nor HOST:PORT")
            return host.strip("[]"), int(port_text), None
        node_id = await self._run(self.node.peers.resolve, text)
        await self._refresh_links()
        address = self._peer(node_id).address()
        if address is None:
            raise ValidationError(
                f"no address is known for {node_id}: start 'edunode serve' to discover it, "
                "or give HOST:PORT"
            )
        return address[0], address[1], node_id

    # ------------------------------------------------------------------ polling

    async def _poll_loop(self) -> None:
        """Pick up what other processes wrote: new changes, link decisions, our name."""
        assert self._links_dirty is not None
        last_seen = time.monotonic()
        while not self._stopping:
            await wait_event(self._links_dirty, self._poll_interval)
            try:
                changed, self._mark = await self._run(
                    clocks.changed_since, self.node.store, self._mark
                )
                for doc_id, origin in changed.items():  # never back to where it came from
                    self._notify([doc_id], origin)
                await self._refresh_links()
                if time.monotonic() - last_seen >= SEEN_EVERY:
                    last_seen = time.monotonic()
                    live = [p.node_id for p in self._peers.values() if p.sessions or p.discovered]
                    await self._run(self._presence.mark_seen, live)
                    announced = [p.node_id for p in self._peers.values() if p.discovered]
                    await self._run(self._presence.mark_announced, announced)
                    hello = await self._run(self.replica.hello_fields)
                    if hello != self._hello:  # renamed, or joined a school
                        self._hello = hello
                        await self._presence.update(hello[0], hello[1], self.port)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # a busy store must not stop the service
                log.warning("could not check the store for news: %s", exc)


def _free_port(host: str) -> int:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])
