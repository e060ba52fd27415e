"""The sync pipeline's vocabulary: its stages and settings, clocks, and the Replica port.

A session (:mod:`edunode.sync.session`) runs the stages handshake → inventory → exchange →
live (a link request instead: handshake → link). Each stage is safe to retry: the change log
itself is the persisted progress, because every received frame is committed before it is
acknowledged, and a reconnect starts from a fresh inventory.

A node's changes of one document are closed under dependencies and each author's changes
form a chain, so the set is described exactly by a *clock*: per author, its highest sequence
number and (the first bytes of) the hash of that change. Equal clocks mean equal documents;
what a peer lacks is, per author, the changes above the number it has. Each side sends its
clocks in an Inventory; afterwards each side keeps the peer's clocks up to date from what it
sent and what it received, so a live push sends only what the peer still lacks and never
sends a change back to where it came from.

:class:`Replica` is the port: everything a session asks of the node. The Node's adapter is
``service/replica.py``; its methods are blocking and run off the event loop.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from edunode import crdt
from edunode.sync import messages as m

Clock = dict[bytes, tuple[int, bytes]]  # author -> (highest seq, first 8 bytes of its hash)


@dataclass(frozen=True)
class SessionConfig:
    """Timeouts and sizes of a session (tests shorten the timeouts)."""

    handshake_timeout: float = 5.0
    idle_timeout: float = 30.0
    ping_interval: float = 10.0
    frame_budget: int = 2 * 1024 * 1024  # raw change bytes per Changes frame
    inventory_part: int = 20_000  # documents per Inventory message
    docs_per_query: int = 250  # documents per outgoing() call in the bulk stage
    push_delay: float = 0.005  # coalescing window for live pushes
    read_size: int = 256 * 1024
    queue_frames: int = 2  # received messages buffered while a frame is being applied

    def __post_init__(self) -> None:
        if min(self.frame_budget, self.inventory_part, self.docs_per_query, self.read_size) < 1:
            raise ValueError("frame_budget, inventory_part, docs_per_query, read_size must be ≥ 1")


class Stage(enum.Enum):
    """Where a session is; ``CLOSED`` with a :class:`Status` once it ended."""

    HANDSHAKE = "handshake"
    LINK = "link"
    INVENTORY = "inventory"
    EXCHANGE = "exchange"
    LIVE = "live"
    VAULT = "vault"  # backup files to or from an archive (decision 0017)
    CLOSED = "closed"


class Status(enum.Enum):
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class Replica(Protocol):
    """What a session needs from the node (``service/replica.py`` adapts the Node)."""

    node_id: str
    public_key: bytes

    def hello_fields(self) -> tuple[str, str, str]: ...  # name, school name, school ID
    def link_state(self, peer_id: str) -> str | None: ...
    def peer_name(self, peer_id: str) -> str: ...
    def inventory(self, peer_id: str) -> list[m.InventoryEntry]: ...
    def sending_order(self, doc_ids: Iterable[str]) -> list[str]: ...  # school docs first
    def outgoing(
        self, peer_id: str, wants: Mapping[str, Clock | None]
    ) -> list[tuple[m.DocChanges, Clock]]: ...
    def precheck(self, peer_id: str, batches: Sequence[m.DocChanges]) -> None: ...
    def receive(self, peer_id: str, batches: Sequence[m.DocChanges]) -> int: ...
    def link_request(
        self, request: m.LinkRequest, hello: m.Hello, host: str, code: str
    ) -> str | None: ...
    def record_incident(self, peer_id: str, reason: str) -> None: ...
    def record_sync(self, peer_id: str, sent: int, received: int, seconds: float) -> None: ...


def clock_of(entry: m.InventoryEntry) -> Clock:
    """The clock an Inventory entry describes."""
    return {c.actor: (c.seq, c.tip) for c in entry.clock}


def merge(a: Clock | None, b: Clock) -> Clock:
    """The clock of the union of two sets of changes (per author, the higher number)."""
    out = dict(a or {})
    for actor, (seq, tip) in b.items():
        if seq > out.get(actor, (0, b""))[0]:
            out[actor] = (seq, tip)
    return out


def batch_clock(batch: m.DocChanges) -> Clock:
    """What the sender of ``batch`` holds at least: its changes' authors and numbers."""
    out: Clock = {}
    headers = batch.headers or (None,) * len(batch.changes)
    for data, header in zip(batch.changes, headers, strict=True):
        if header is None:
            try:
                header = crdt.parse_header(data)
            except ValueError:
                continue
        if header.seq > out.get(header.actor, (0, b""))[0]:
            out[header.actor] = (header.seq, header.hash[: m.TIP_BYTES])
    return out
