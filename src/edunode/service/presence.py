"""Who is around: this node's mDNS announcement, the nodes it reports, and "online".

Discovery (zeroconf, ``sync/discovery.py``) only gives hints: a node ID, a name and an
address, which every connection checks again by pinning the node ID in TLS. The announced
address is kept in memory (``PeerLink.discovered``: the dialer tries it first) and wakes the
dialer of an approved peer, which then connects at once. Only a node known by nothing more
than its announcement is recorded, as *discovered* in the peers table (so ``edunode peers``
lists it, from any process; capped and expired, see ``service/peers.py``); a node that sent
a signed link request keeps the name, school and address from that request and from
TLS-authenticated connections, whatever is announced in its name.

``online`` in this process follows what the service knows now (``Peers.set_online``: a
record heard, a connection up; nothing at start). ``edunode peers`` in another process
derives it from ``last_seen``, which a serving node refreshes every few seconds for the
peers it is connected to or currently sees announced, and clears when it loses them or
stops. A one-off CLI run (``sync --once``) writes nothing about presence.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Coroutine, Iterable
from typing import Any

from edunode.service.dialer import PeerLink
from edunode.service.node import Node
from edunode.sync import messages as m
from edunode.sync.discovery import PeerInfo, ZeroconfDiscovery

log = logging.getLogger("edunode.network")


class Presence:
    """The discovery adapter wired to the peers table and the dialer."""

    def __init__(
        self,
        node: Node,
        run: Callable[..., Coroutine[Any, Any, Any]],
        spawn: Callable[[Coroutine[Any, Any, Any]], asyncio.Task[Any]],
        peer: Callable[[str], PeerLink],
        *,
        interfaces: list[str] | None,
        options: dict[str, Any],
        record: bool,
    ) -> None:
        self.node, self._run, self._spawn, self._peer = node, run, spawn, peer
        self.interfaces, self._options, self._record = interfaces, options, record
        self._discovery: ZeroconfDiscovery | None = None
        self._starting: asyncio.Task[Any] | None = None

    def host(self) -> str:
        """The address we announce: the first interface, else this computer's LAN address."""
        return self.interfaces[0] if self.interfaces else primary_address()

    def announce(self, name: str, school: str, port: int) -> None:
        """Start announcing and browsing. mDNS probing takes a second or two, so it runs in
        the background: the server does not wait for it."""
        own = PeerInfo(self.node.node_id, name, school, m.PROTOCOL_VERSION, self.host(), port)
        self._discovery = ZeroconfDiscovery(
            own, self.interfaces, self._on_found, self._on_lost, **self._options
        )
        self._starting = self._spawn(self._discovery.start())

    async def update(self, name: str, school: str, port: int) -> None:
        if self._discovery is not None:
            own = PeerInfo(self.node.node_id, name, school, m.PROTOCOL_VERSION, self.host(), port)
            await self._discovery.update(own)

    async def close(self) -> None:
        """Say goodbye on the network (after a start still in progress, if any)."""
        if self._discovery is None:
            return
        if self._starting is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(asyncio.shield(self._starting), 5)
        await self._discovery.close()

    def is_starting(self, task: asyncio.Task[Any]) -> bool:
        return task is self._starting

    # ------------------------------------------------------------------ callbacks (loop)

    def _on_found(self, info: PeerInfo) -> None:
        peer = self._peer(info.node_id)
        if peer.discovered != (info.host, info.port):
            log.info(
                "found %s (%s) at %s:%d",
                info.name or "a node", info.school or "no school", info.host, info.port,
            )  # fmt: skip
        peer.discovered = (info.host, info.port)
        if info.protocol < m.MIN_PROTOCOL_VERSION:
            log.warning("%s speaks an old protocol (%d): update it", info.name, info.protocol)
        self._spawn(self._run(self._found, info))
        self.node.peers.set_online(info.node_id, True)  # a fresh mDNS record proves it
        peer.wake.set()

    def _found(self, info: PeerInfo) -> None:
        self.node.peers.discovered(info.node_id, info.name, info.school, info.host, info.port)
        if self._record:
            self.node.peers.seen(info.node_id)

    def _on_lost(self, node_id: str) -> None:
        peer = self._peer(node_id)
        peer.discovered = None
        log.info("lost %s", peer.label)
        if not peer.sessions:
            self.node.peers.set_online(node_id, False)
            self._spawn(self._run(self.mark_offline, [node_id]))

    # ------------------------------------------------------------------ last_seen (store thread)

    def mark_seen(self, node_ids: Iterable[str]) -> None:
        if self._record:
            for node_id in node_ids:
                self.node.peers.seen(node_id)

    def mark_announced(self, node_ids: Iterable[str]) -> None:
        """Discovery still reports these nodes: keep their discovered rows from expiring
        (and expire the stale ones)."""
        if self._discovery is not None:
            self.node.peers.announced(list(node_ids))

    def mark_offline(self, node_ids: Iterable[str]) -> None:
        if self._record:
            for node_id in node_ids:
                self.node.peers.offline(node_id)


def primary_address() -> str:
    """An IPv4 address of this computer to announce when listening on all interfaces."""
    try:
        import ifaddr

        for adapter in ifaddr.get_adapters():
            for ip in adapter.ips:
                if isinstance(ip.ip, str) and not ip.ip.startswith(("127.", "169.254.")):
                    return ip.ip
    except Exception:  # noqa: BLE001 - fall back to loopback rather than fail to start
        pass
    return "127.0.0.1"
