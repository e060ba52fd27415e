"""Keeping one connection up to each approved peer, and ``edunode sync --once``.

Each approved peer gets a small loop on the event loop: while no session with it is up, it
dials (the address discovery reported, else the one stored from a link request or an earlier
connection), runs the session until it ends, and waits before the next try: 0.5 s after a
session that completed a sync, otherwise doubling up to 30 s, with ±20 % jitter so that
nodes cut off together don't all come back in the same instant. Anything that makes a retry
worthwhile now (the peer was discovered again, a link was approved, ``sync --once`` asked)
sets the peer's ``wake`` event and cuts the wait short.

When both nodes dial, the node with the larger ID waits a moment first: the connection
dialed by the smaller ID is the one both keep (see ``NetworkService._admit``).
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from edunode import identity
from edunode.errors import SyncError
from edunode.sync.pipeline import Status
from edunode.sync.session import Session

log = logging.getLogger("edunode.network")

#: The made-up PCs of ``edunode sample-data`` have addresses in 127.0.0.0/8 on this port (the
#: "discard" port, which no EduNode listens on): such an address is never dialled.
SAMPLE_PORT = 9
SKIPPED = ("skipped", "a made-up PC of the sample data: never dialled")


def never_dialled(host: str, port: int) -> bool:
    """Whether ``host:port`` is the address of a sample-data PC (see ``SAMPLE_PORT``)."""
    try:
        return port == SAMPLE_PORT and ipaddress.ip_address(host) in _LOOPBACK
    except ValueError:
        return False


_LOOPBACK = ipaddress.ip_network("127.0.0.0/8")

#: open TLS to (host, port) pinned to the peer, run a client session to its end, return it;
#: raises SyncError when the peer can't be reached.
SessionOpener = Callable[["PeerLink", str, int], Awaitable[Session]]


@dataclass(eq=False)
class PeerLink:
    """What the network service knows about one other node (kept on the event loop)."""

    node_id: str
    name: str = ""
    state: str = ""
    role: str | None = None
    host: str = ""
    port: int = 0
    discovered: tuple[str, int] | None = None
    sessions: set[Session] = field(default_factory=set)
    wake: asyncio.Event = field(default_factory=asyncio.Event)
    dialer: asyncio.Task[None] | None = None
    attempts: int = 0
    outcome: tuple[str, str] = ("", "")  # ("synced" | "unreachable" | "failed", detail)
    # The back-off: sessions failed in a row (either way round), when the next dial may go
    # out, and the problem in words (shown on the Community page); ``hurry`` lets a person's
    # request (sync now, a link approved) cut the wait short.
    failures: int = 0
    retry_at: float = 0.0
    problem: str = ""
    hurry: bool = False

    @property
    def label(self) -> str:
        return f"{self.name or 'a peer'} ({identity.short_id(self.node_id)})"

    def address(self) -> tuple[str, int] | None:
        return self.discovered or ((self.host, self.port) if self.host and self.port else None)


async def wait_event(event: asyncio.Event, timeout: float) -> None:
    """Wait until ``event`` is set or ``timeout`` passes; then clear it."""
    with contextlib.suppress(asyncio.TimeoutError):
        await asyncio.wait_for(event.wait(), timeout)
    event.clear()


class Dialer:
    """The dialing loops of one network service."""

    def __init__(
        self,
        open_session: SessionOpener,
        *,
        own_id: str,
        enabled: bool,
        backoff: tuple[float, float],
        grace: float,
        stopping: Callable[[], bool],
        on_trouble: Callable[[PeerLink, float], None] | None = None,
    ) -> None:
        self._open_session, self._own_id, self._enabled = open_session, own_id, enabled
        self._backoff, self._grace, self._stopping = backoff, grace, stopping
        self._on_trouble = on_trouble
        self._loops: set[asyncio.Task[None]] = set()

    def synced(self, peer: PeerLink) -> None:
        """A session with ``peer`` reached its live stage: the back-off is over."""
        if peer.failures or peer.problem:
            log.info("%s: syncing works again", peer.label)
            peer.problem = ""
            if self._on_trouble is not None:
                self._on_trouble(peer, 0.0)
        peer.failures, peer.retry_at, peer.problem = 0, 0.0, ""

    def ended(self, peer: PeerLink, session: Session) -> None:
        """A session with ``peer`` ended (dialed or accepted): a sync that completed and
        ended cleanly clears the back-off; a failure makes the next dial wait longer —
        ``low`` doubled per failure in a row, at most ``high`` — and is logged once per
        step (and when the problem changes), so a lasting error can never loop."""
        loop = asyncio.get_running_loop()
        low, high = self._backoff
        if session.in_sync.is_set() and session.status is not Status.FAILED:
            self.synced(peer)
            return
        if session.status is not Status.FAILED or not session.error:
            return  # ended before anything was tried (a duplicate, a shutdown): no step
        if session.error.startswith(("shutdown", "duplicate", "reconnect")):
            return
        peer.failures += 1
        delay = min(low * 2 ** (peer.failures - 1), high)
        peer.retry_at = loop.time() + delay * random.uniform(0.8, 1.2)
        problem, was = session.error, peer.problem
        peer.problem = problem
        if delay < high or problem != was or peer.failures == 1:
            log.log(
                logging.WARNING if peer.failures >= 3 else logging.INFO,
                "the session with %s failed (%s); next try in %.3g s",
                peer.label,
                problem,
                delay,
            )
            if self._on_trouble is not None:
                self._on_trouble(peer, delay)

    def ensure(self, peer: PeerLink, *, force: bool = False) -> None:
        """Keep a dialing loop for ``peer`` (``force``: even if this service does not dial
        by itself, as for ``sync --once``)."""
        if not (self._enabled or force) or self._stopping():
            return
        if peer.dialer is None or peer.dialer.done():
            peer.dialer = asyncio.ensure_future(self._loop(peer))
            self._loops.add(peer.dialer)
            peer.dialer.add_done_callback(self._loops.discard)

    async def stop(self) -> None:
        loops = list(self._loops)
        for task in loops:
            task.cancel()
        await asyncio.gather(*loops, return_exceptions=True)

    async def _loop(self, peer: PeerLink) -> None:
        low, high = self._backoff
        delay = low
        if self._grace and self._own_id > peer.node_id:
            await wait_event(peer.wake, self._grace)  # let the preferred side dial first
        while not self._stopping() and peer.state == "approved":
            if peer.sessions:
                await wait_event(peer.wake, 60)
                continue
            if await self._backing_off(peer):
                continue
            address = peer.address()
            if address is not None and never_dialled(*address):
                peer.outcome = SKIPPED  # not an attempt: nothing is sent anywhere
                await wait_event(peer.wake, 60)
                continue
            if address is None:
                peer.outcome, peer.attempts = ("unreachable", "no known address"), peer.attempts + 1
                await wait_event(peer.wake, 5.0)
                continue
            synced = await self._dial(peer, *address)
            peer.attempts += 1
            delay = low if synced else min(delay * 2, high)
            if peer.outcome[1].startswith("shutdown"):
                delay = max(delay, high / 4)  # it said goodbye: discovery will tell when it's back
            await wait_event(peer.wake, delay * random.uniform(0.8, 1.2))

    async def _backing_off(self, peer: PeerLink) -> bool:
        """Wait out the back-off of ``peer`` (a person's request cuts it short); True when
        the loop should look again (something changed meanwhile)."""
        loop = asyncio.get_running_loop()
        left = peer.retry_at - loop.time()
        if left <= 0 or peer.hurry:
            peer.hurry = False
            return False
        await wait_event(peer.wake, left)
        return True

    async def _dial(self, peer: PeerLink, host: str, port: int) -> bool:
        """One attempt; True when it completed a sync (reconnect soon if it drops)."""
        try:
            session = await self._open_session(peer, host, port)
            self.ended(peer, session)
        except SyncError as exc:
            if peer.outcome != ("unreachable", str(exc)):
                log.info("cannot reach %s at %s:%d: %s", peer.label, host, port, exc)
            peer.outcome = ("unreachable", str(exc))
            return False
        if session.in_sync.is_set() and not session.error.startswith("shutdown"):
            peer.outcome = ("synced", "")
            return True
        outcome = ("failed", session.error or "the connection ended before the sync did")
        if outcome != peer.outcome:
            log.info("connection to %s at %s:%d ended: %s", peer.label, host, port, outcome[1])
        peer.outcome = outcome
        return False

    async def sync_once(self, peers: list[PeerLink], timeout: float) -> list[dict[str, Any]]:
        """Dial every peer now and wait until each is in sync or an attempt failed.

        Returns one entry per peer with ``result`` ``in_sync``, ``unreachable``, ``failed`` or
        ``timeout``, and the changes sent and received.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        before = {p.node_id: p.attempts for p in peers}
        results: dict[str, tuple[str, str]] = {}
        for peer in peers:
            self.ensure(peer, force=True)
            peer.hurry = True
            peer.wake.set()
        while len(results) < len(peers) and loop.time() < deadline:
            for peer in peers:
                if peer.node_id in results:
                    continue
                if any(s.in_sync.is_set() for s in peer.sessions):
                    results[peer.node_id] = ("in_sync", "")
                elif peer.outcome == SKIPPED:
                    results[peer.node_id] = SKIPPED
                elif peer.attempts > before[peer.node_id] and not peer.sessions:
                    results[peer.node_id] = peer.outcome  # an attempt since we asked failed
            await asyncio.sleep(0.05)
        out = []
        for peer in peers:
            timed_out = ("timeout", f"not in sync after {timeout:g} s")
            result, detail = results.get(peer.node_id, timed_out)
            synced = [s for s in peer.sessions if s.in_sync.is_set()]
            out.append(
                {
                    "id": peer.node_id,
                    "name": peer.name,
                    "result": result,
                    "detail": detail,
                    "sent": sum(s.sent for s in synced),
                    "received": sum(s.received for s in synced),
                }
            )
        return out
