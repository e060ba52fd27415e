"""Typed events and the event bus (an instance owned by the Node, never a global)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Event:
    pass


@dataclass(frozen=True)
class ChangesApplied(Event):
    """Changes were committed to the store (local edit or received from a peer)."""

    doc_id: str
    kind: str
    count: int
    origin: str  # "local", a peer node ID, or "usb"


@dataclass(frozen=True)
class ChangesRejected(Event):
    doc_id: str
    peer_id: str
    reason: str


@dataclass(frozen=True)
class PeerFound(Event):
    node_id: str
    name: str
    school: str
    host: str
    port: int


@dataclass(frozen=True)
class PeerLost(Event):
    node_id: str


@dataclass(frozen=True)
class PeerOnline(Event):
    node_id: str
    online: bool


@dataclass(frozen=True)
class LinkRequested(Event):
    node_id: str
    name: str
    school: str
    code: str


@dataclass(frozen=True)
class LinkChanged(Event):
    node_id: str
    state: str  # a state of sync/links.py, or "expired" / "evicted" when the row was removed


@dataclass(frozen=True)
class SyncCompleted(Event):
    node_id: str
    sent: int
    received: int
    seconds: float


@dataclass(frozen=True)
class PeerTrouble(Event):
    """Sessions with a peer keep failing (``problem``, in words) and this node waits
    ``retry_in`` seconds before the next try; ``problem`` "" once a sync worked again."""

    peer_id: str
    name: str
    problem: str
    retry_in: float = 0.0


@dataclass(frozen=True)
class SyncProgress(Event):
    """How far the bulk exchange with one peer is, in changes (each way, and in all).

    ``to_send``/``to_receive`` are known exactly once both inventories are in (per author,
    the clocks say how many changes each side lacks); ``finished`` is set on the last figure:
    with ``in_sync`` when the session reached its live stage (both sides hold everything),
    without when the connection ended first (the rest comes at the next one)."""

    peer_id: str
    name: str
    sent: int
    received: int
    to_send: int
    to_receive: int
    finished: bool = False
    in_sync: bool = False

    @property
    def done(self) -> int:
        return min(self.sent, self.to_send) + min(self.received, self.to_receive)

    @property
    def total(self) -> int:
        return self.to_send + self.to_receive


@dataclass(frozen=True)
class AuditRecorded(Event):
    action: str
    detail: str


@dataclass(frozen=True)
class LearnerPurged(Event):
    """A learner's record was deleted from this PC at the school's instruction (decision
    0018): a window showing it closes it, lists drop it."""

    learner_id: str
    date: str


Handler = Callable[[Any], None]


@dataclass
class EventBus:
    """Synchronous publish/subscribe. Handlers run on the publishing thread."""

    _subscribers: list[tuple[type, Handler]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def subscribe(self, event_type: type, handler: Handler) -> Callable[[], None]:
        entry = (event_type, handler)
        with self._lock:
            self._subscribers.append(entry)

        def unsubscribe() -> None:
            with self._lock:
                if entry in self._subscribers:
                    self._subscribers.remove(entry)

        return unsubscribe

    def publish(self, event: Event) -> None:
        with self._lock:
            targets = [h for t, h in self._subscribers if isinstance(event, t)]
        for handler in targets:
            handler(event)
