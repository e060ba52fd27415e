"""Finding other EduNode computers on the local network: a port and its zeroconf adapter.

The port is small: a :class:`PeerInfo` value and two callbacks, ``on_found(peer)`` and
``on_lost(node_id)``. The Node depends on that shape (:class:`Discovery`), never on
zeroconf, so tests of the Node can feed it peers directly.

What discovery says is only a *hint*. Anyone on the LAN can announce any node ID and name;
trust comes from pinning the node ID in the TLS handshake (see :mod:`edunode.sync.tls`).
So a service with missing or malformed TXT fields is ignored with a warning, never an
error: a stranger's broken announcement must not take discovery down.

The adapter, :class:`ZeroconfDiscovery`:

* announces ``<node ID without dashes>._edunode._tcp.local.``: unique per node, 56 bytes
  (an mDNS label holds 63), stable across renames; the display name travels in TXT;
* ignores its own service, and every callback once :meth:`~ZeroconfDiscovery.close` began;
* resolves services asynchronously; ``on_found`` is called again when a peer's details
  (name, school, address, port) change;
* reports a peer lost on a goodbye (graceful shutdown) or PTR expiry, and also when a
  computer vanished without goodbye, using a liveness check described below.

**Why a liveness check.** zeroconf's browser reports *Removed* only when the PTR record
expires, and receivers raise any PTR TTL below 1125 s to 1125 s (the default is 4500 s),
so a node that crashed or lost power would stay "present" for 19 to 75 minutes. The
address records (SRV, A) carry a short ``host_ttl`` (120 s by default) and expire from the
cache on time. Every ``check_interval`` the adapter re-resolves each known service: while
its records are cached this costs nothing on the wire; once they expire it sends one query,
which a live node answers (refreshing everyone's cache, answers are multicast) and a dead
one does not, so the peer is reported lost about ``host_ttl + check_interval +
resolve_timeout`` after it died. If it comes back, it is reported found again.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from zeroconf import (
    InterfaceChoice,
    IPVersion,
    NonUniqueNameException,
    ServiceInfo,
    ServiceStateChange,
    Zeroconf,
)
from zeroconf.asyncio import AsyncServiceBrowser, AsyncServiceInfo, AsyncZeroconf

from edunode.controls import has_control
from edunode.errors import SyncError, ValidationError
from edunode.identity import parse_node_id

__all__ = ["SERVICE_TYPE", "Discovery", "PeerInfo", "ZeroconfDiscovery", "instance_name"]

T = TypeVar("T")
log = logging.getLogger(__name__)

SERVICE_TYPE = "_edunode._tcp.local."
_TXT_TEXT_MAX = 200  # bytes of a display name or school in TXT (one TXT string is <= 255)


def instance_name(node_id: str) -> str:
    """The full mDNS service name of a node: its node ID without dashes, then the type."""
    return parse_node_id(node_id).replace("-", "") + "." + SERVICE_TYPE


def _truncate_utf8(text: str, limit: int) -> str:
    return text.encode()[:limit].decode(errors="ignore")


@dataclass(frozen=True)
class PeerInfo:
    """What a node announces about itself. A hint, checked later by TLS pinning."""

    node_id: str
    name: str
    school: str
    protocol: int
    host: str
    port: int

    def to_service_info(self, *, host_ttl: int = 120, other_ttl: int = 4500) -> ServiceInfo:
        compact = parse_node_id(self.node_id).replace("-", "")
        return ServiceInfo(
            SERVICE_TYPE,
            instance_name(self.node_id),
            port=self.port,
            properties={
                "id": parse_node_id(self.node_id),
                "name": _truncate_utf8(self.name, _TXT_TEXT_MAX),
                "school": _truncate_utf8(self.school, _TXT_TEXT_MAX),
                "proto": str(self.protocol),
            },
            server=f"edunode-{compact.lower()[:32]}.local.",
            parsed_addresses=[self.host],
            host_ttl=host_ttl,
            other_ttl=other_ttl,
        )

    @classmethod
    def from_service_info(cls, info: ServiceInfo) -> PeerInfo | None:
        """Read a resolved service; None (and a warning) if anything is missing or wrong."""
        try:
            return _parse_service_info(info)
        except ValueError as exc:
            log.warning("ignoring EduNode service %r: %s", info.name, exc)
            return None


def _parse_service_info(info: ServiceInfo) -> PeerInfo:
    """The PeerInfo in a resolved service, or ValueError saying what is wrong."""
    props = info.decoded_properties
    missing = [key for key in ("id", "name", "school", "proto") if props.get(key) is None]
    if missing:
        raise ValueError(f"TXT lacks {', '.join(missing)}")
    raw_id, name, school, proto = (props[k] or "" for k in ("id", "name", "school", "proto"))
    try:
        node_id = parse_node_id(raw_id)
    except ValidationError as exc:
        raise ValueError(str(exc)) from None
    if info.name.lower() != instance_name(node_id).lower():
        raise ValueError(f"the service name does not match its node ID {node_id}")
    if has_control(name) or has_control(school):
        raise ValueError("its name or school holds control characters (a newline, an escape)")
    if not (proto.isascii() and proto.isdigit() and len(proto) <= 9):
        raise ValueError(f"protocol version {proto!r} is not a number")
    if info.port is None or not 1 <= info.port <= 65535:
        raise ValueError(f"port {info.port} is not usable")
    addresses = info.parsed_addresses(IPVersion.V4Only) or info.parsed_addresses()
    if not addresses:
        raise ValueError("no address")
    return PeerInfo(node_id, name, school, int(proto), addresses[0], info.port)


class Discovery(Protocol):
    """The port the Node uses; :class:`ZeroconfDiscovery` is the production adapter."""

    async def start(self) -> None: ...
    async def update(self, own: PeerInfo) -> None: ...
    async def close(self) -> None: ...


class ZeroconfDiscovery:
    """Announce this node and report other EduNode nodes, with python-zeroconf.

    ``interfaces`` is a list of local IP addresses to bind to, or None for all interfaces
    (production). Tests must pass ``["127.0.0.1"]``. Callbacks run on the event loop that
    called :meth:`start`; an exception in a callback is logged, not propagated.
    """

    def __init__(
        self,
        own: PeerInfo,
        interfaces: list[str] | None,
        on_found: Callable[[PeerInfo], None],
        on_lost: Callable[[str], None],
        *,
        host_ttl: int = 120,
        other_ttl: int = 4500,
        check_interval: float = 30.0,
        resolve_timeout: float = 3.0,
    ) -> None:
        if interfaces is not None and not interfaces:
            raise ValueError("interfaces must be None (all) or a non-empty list of addresses")
        self._own = own
        self._interfaces = interfaces
        self._on_found = on_found
        self._on_lost = on_lost
        self._host_ttl, self._other_ttl = host_ttl, other_ttl
        self._check_interval = check_interval
        self._resolve_timeout_ms = int(resolve_timeout * 1000)
        self._azc: AsyncZeroconf | None = None
        self._browser: AsyncServiceBrowser | None = None
        self._info: ServiceInfo | None = None
        self._known: set[str] = set()  # service names the browser currently lists
        self._peers: dict[str, PeerInfo] = {}  # name -> peer reported found and not lost
        self._rejected: dict[str, str] = {}  # name -> why, to warn once per reason
        self._resolving: dict[str, asyncio.Task[None]] = {}
        self._again: set[str] = set()
        self._checker: asyncio.Task[None] | None = None
        self._closed = False

    @property
    def peers(self) -> dict[str, PeerInfo]:
        """Peers found and not lost, by node ID."""
        return {p.node_id: p for p in self._peers.values()}

    async def start(self) -> None:
        """Bind, announce ourselves and start browsing. Raises SyncError on a name clash."""
        if self._azc is not None or self._closed:
            raise RuntimeError("a ZeroconfDiscovery starts once")
        self._azc = AsyncZeroconf(
            interfaces=self._interfaces if self._interfaces is not None else InterfaceChoice.All
        )
        self._info = self._own.to_service_info(host_ttl=self._host_ttl, other_ttl=self._other_ttl)
        try:
            await (await self._azc.async_register_service(self._info))
        except BaseException as exc:
            self._closed = True
            await self._azc.async_close()
            if isinstance(exc, NonUniqueNameException):
                raise SyncError(
                    f"another computer on the network already announces node "
                    f"{self._own.node_id}; is EduNode running twice with the same data folder?",
                    code="duplicate_node",
                ) from None
            raise
        self._browser = AsyncServiceBrowser(
            self._azc.zeroconf, SERVICE_TYPE, handlers=[self._on_state_change]
        )
        self._checker = asyncio.ensure_future(self._check_loop())

    async def update(self, own: PeerInfo) -> None:
        """Re-announce after our name, school, address or port changed."""
        if parse_node_id(own.node_id) != parse_node_id(self._own.node_id):
            raise ValueError("the node ID of a running discovery cannot change")
        self._own = own
        if self._azc is None or self._closed:
            return
        self._info = own.to_service_info(host_ttl=self._host_ttl, other_ttl=self._other_ttl)
        await (await self._azc.async_update_service(self._info))

    async def close(self) -> None:
        """Say goodbye and stop; no callback runs after this starts."""
        if self._closed:
            return
        self._closed = True
        tasks = [t for t in (self._checker, *self._resolving.values()) if t is not None]
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks, timeout=2)
        if self._browser is not None:
            await self._browser.async_cancel()
        if self._azc is not None:
            await self._azc.async_close()  # unregisters: sends the goodbye packets

    # ------------------------------------------------------------------ browser events

    def _is_own(self, name: str) -> bool:
        return self._info is not None and name.lower() == self._info.name.lower()

    def _on_state_change(
        self, zeroconf: Zeroconf, service_type: str, name: str, state_change: ServiceStateChange
    ) -> None:
        if self._closed or self._is_own(name):
            return
        if state_change is ServiceStateChange.Removed:
            self._known.discard(name)
            self._rejected.pop(name, None)
            self._again.discard(name)
            task = self._resolving.pop(name, None)
            if task is not None:
                task.cancel()
            self._report_lost(name)
        else:
            self._known.add(name)
            self._resolve_soon(name)

    def _resolve_soon(self, name: str) -> None:
        if name in self._resolving:
            self._again.add(name)  # details changed while resolving: look again after
            return
        self._resolving[name] = asyncio.ensure_future(self._resolve(name))

    async def _resolve(self, name: str) -> None:
        try:
            while not self._closed:
                self._again.discard(name)
                info = AsyncServiceInfo(SERVICE_TYPE, name)
                assert self._azc is not None
                ok = await info.async_request(self._azc.zeroconf, self._resolve_timeout_ms)
                if self._closed or name not in self._known:
                    return
                if not ok:
                    self._report_lost(name)  # no answer: gone without goodbye (or not yet up)
                else:
                    self._accept(name, info)
                if name not in self._again:
                    return
        finally:
            if self._resolving.get(name) is asyncio.current_task():
                del self._resolving[name]

    def _accept(self, name: str, info: ServiceInfo) -> None:
        try:
            peer = _parse_service_info(info)
        except ValueError as exc:
            reason = str(exc)
            if self._rejected.get(name) != reason:  # warn once, not at every check
                self._rejected[name] = reason
                log.warning("ignoring EduNode service %r: %s", name, reason)
            self._report_lost(name)
            return
        self._rejected.pop(name, None)
        if peer.node_id == parse_node_id(self._own.node_id):
            return  # someone announcing our own ID: not a peer
        if self._peers.get(name) != peer:
            self._peers[name] = peer
            self._call(self._on_found, peer)

    def _report_lost(self, name: str) -> None:
        peer = self._peers.pop(name, None)
        if peer is not None:
            self._call(self._on_lost, peer.node_id)

    def _call(self, callback: Callable[[T], None], arg: T) -> None:
        if self._closed:
            return
        try:
            callback(arg)
        except Exception:
            log.exception("discovery callback %r failed", callback)

    async def _check_loop(self) -> None:
        while not self._closed:
            await asyncio.sleep(self._check_interval)
            for name in sorted(self._known):
                if name not in self._resolving:
                    self._resolve_soon(name)
