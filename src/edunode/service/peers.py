"""Links with other nodes: requests, the admin's decisions, and per-peer sync figures.

The state machine itself is ``sync/links.py``; this module persists it (the ``peers`` table,
so pending requests survive restarts), checks the admin PIN for every decision, writes the
audit log, and publishes events.

``online`` is what this process knows: a peer is online once a connection with it is up or
a fresh mDNS announcement is heard, and offline again when both are gone (the network
service publishes :class:`PeerOnline`, which this class follows). At start nobody is online,
whatever an earlier run left in ``last_seen``. Only ``edunode peers``, which reads a serve
running in *another* process, sets :attr:`Peers.from_store` and derives ``online`` from
``last_seen``, which that serve refreshes every few seconds.

**Limits** (docs/decisions/0010-link-flood-and-discovery-limits.md). Anyone on the LAN can
send link requests with fresh keys and announce fake node IDs, so neither may bury or rewrite
what the admin needs to see:

* pending requests: at most :data:`MAX_PER_SOURCE` per source address (the TCP peer address),
  the newest ones kept; introductions from a USB stick (source "usb": an admin chose to read
  that folder, which may hold a whole classroom's) only count towards the total of
  :data:`MAX_PENDING`,
  and when the list is full a request from an address with fewer waiting than the busiest
  address evicts that address's oldest request (so a flood from a few addresses can't crowd
  out a new one), while one from an address as busy as the busiest is not recorded and is
  answered ``busy``; a request not asked again for :data:`PENDING_EXPIRY` expires. Every
  dropped or evicted request is counted (:meth:`Peers.dropped_requests`).
* an announcement (mDNS) never changes a node we know from a signed link request or a TLS
  connection: it only creates or refreshes a *discovered* row; at most
  :data:`MAX_DISCOVERED` of those, the one announced longest ago evicted first, and one not
  announced for :data:`DISCOVERED_EXPIRY` is removed.
"""

from __future__ import annotations

import builtins
import logging
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

from edunode import identity
from edunode.errors import NotFoundError, ValidationError
from edunode.events import EventBus, LinkChanged, LinkRequested, PeerOnline
from edunode.store import PeerRecords, Store
from edunode.sync import links

log = logging.getLogger("edunode.peers")

ONLINE_WINDOW = 20.0  # seconds since last_seen for a peer to count as online
REFUSED_RETRY = 3600.0  # a refused node may ask again once an hour
PENDING_RETRY = 60.0  # a pending node may ask again (making a new code) once a minute
MAX_PENDING = 50  # pending link requests in all
MAX_PER_SOURCE = 3  # pending link requests from one source address
PENDING_EXPIRY = 14 * 86400.0  # a pending request not asked again for two weeks expires
MAX_DISCOVERED = 100  # rows of nodes only announced on the network
DISCOVERED_EXPIRY = 600.0  # a discovered node not announced for ten minutes is forgotten
USB = "usb"  # the source of introductions read from a USB stick (no per-address limit)
BUSY = "busy"  # request_received: not recorded, the list of pending requests is full
REMOVED = {"expire": "expired", "evict": "evicted"}  # LinkChanged.state of a removed row
DROP_LOG_EVERY = 60.0  # seconds between log lines about dropped requests


class Peers:
    def __init__(
        self,
        store: Store,
        me: identity.NodeIdentity,
        bus: EventBus,
        audit: Callable[[str, str, str], None],
    ) -> None:
        self.store = store
        self.records = PeerRecords(store)
        self.me = me
        self.bus = bus
        self._audit = audit
        self._drop_logged = 0.0
        self._online: set[str] = set()
        self.from_store = False  # derive ``online`` from last_seen (another process's serve)
        bus.subscribe(PeerOnline, self._follow)

    def _follow(self, event: PeerOnline) -> None:  # any thread; set.add/discard are atomic
        if event.online:
            self._online.add(event.node_id)
        else:
            self._online.discard(event.node_id)

    def set_online(self, node_id: str, online: bool) -> None:
        """Say that a connection or an mDNS record proves ``node_id`` is (or no longer is)
        around; publishes PeerOnline when that changes."""
        if (node_id in self._online) != online:
            self.bus.publish(PeerOnline(node_id=node_id, online=online))

    def is_online(self, node_id: str, last_seen: float | None = None) -> bool:
        if self.from_store:
            return bool(last_seen and time.time() - last_seen < ONLINE_WINDOW)
        return node_id in self._online

    # ------------------------------------------------------------------ reading

    def _row(self, node_id: str) -> dict[str, Any] | None:
        return self.records.row(node_id)

    def resolve(self, text: str) -> str:
        """A node ID from what a person typed: a full ID or an unambiguous prefix."""
        cleaned = text.strip().upper()
        try:
            return identity.parse_node_id(cleaned)
        except ValidationError:
            pass
        if len(cleaned.replace("-", "")) >= 4:
            matches = [
                p["node_id"]
                for p in self.list()
                if p["node_id"].replace("-", "").startswith(cleaned.replace("-", ""))
            ]
            if len(matches) == 1:
                return str(matches[0])
            if len(matches) > 1:
                raise ValidationError(
                    f"'{text}' matches {len(matches)} nodes; type more of the node ID"
                )
        raise NotFoundError(f"no known node matches '{text}'")

    def get(self, node_id: str) -> dict[str, Any] | None:
        row = self._row(node_id)
        return self._public(row) if row else None

    def _public(self, row: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": row["node_id"],
            "node_id": row["node_id"],
            "name": row["name"],
            "school": row["school"],
            "school_id": row["school_id"],
            "state": row["state"],
            "role": row["role"] or None,
            "code": row["code"] or None,
            "online": self.is_online(row["node_id"], row["last_seen"]),
            "host": row["host"],
            "port": row["port"],
            "last_seen": row["last_seen"],
            "last_sync": row["last_sync"],
            "changes_in": row["changes_in"],
            "changes_out": row["changes_out"],
            "incidents": row["incidents"],
            "source": row["source"] or None,
        }

    def list(self) -> list[dict[str, Any]]:
        return [self._public(r) for r in self.records.rows()]

    def public_key(self, node_id: str) -> bytes | None:
        row = self._row(node_id)
        return row["public_key"] if row and row["public_key"] else None

    def certificate(self, node_id: str) -> bytes | None:
        row = self._row(node_id)
        return row["cert"] if row and row["cert"] else None

    def approved(self) -> builtins.list[dict[str, Any]]:
        return [p for p in self.list() if p["state"] == "approved"]

    def trusted_certificates(self) -> builtins.list[bytes]:
        return self.records.approved_certificates()

    def role(self, node_id: str) -> str | None:
        row = self._row(node_id)
        return row["role"] if row and row["state"] == "approved" else None

    # ------------------------------------------------------------------ transitions

    def _apply(self, node_id: str, event: str, **fields: Any) -> str | None:
        row = self._row(node_id)
        new_state = links.next_state(row["state"] if row else None, event)
        now = time.time()
        values = {k: v for k, v in fields.items() if v is not None}
        if row is None:
            self.records.add(node_id, new_state, now, **values)
        else:
            if new_state is not None:
                values["state"] = new_state
            if values:
                values["updated"] = now
                self.records.update(node_id, **values)
        if new_state is not None and (row is None or row["state"] != new_state):
            self.bus.publish(LinkChanged(node_id=node_id, state=new_state))
        return new_state

    def discovered(self, node_id: str, name: str, school: str, host: str, port: int) -> None:
        """mDNS reported ``node_id``. Only a node we know of nothing more than that is
        written (a *discovered* row); for any other the announcement is a dialing hint the
        network service keeps in memory: its name and school come from its signed link
        request, its address from a TLS-authenticated connection."""
        row = self._row(node_id)
        if row is not None and row["state"] != "discovered":
            return
        now = time.time()
        if row is None:
            self.expire(now)
            self._evict_discovered(MAX_DISCOVERED - 1)
        self._apply(
            node_id, "discover", name=name[:200], school=school[:200], host=host[:100],
            port=port, announced=now,
        )  # fmt: skip

    def announced(self, node_ids: builtins.list[str]) -> None:
        """Discovery still reports these nodes (a serving node says so every few seconds):
        renew their discovered rows, and expire what is stale."""
        now = time.time()
        self.records.touch_announced(node_ids, now)
        self.expire(now)

    def expire(self, now: float | None = None) -> None:
        """Remove pending requests not asked again for :data:`PENDING_EXPIRY` and discovered
        nodes not announced for :data:`DISCOVERED_EXPIRY`."""
        now = time.time() if now is None else now
        for node_id in self._remove(
            self.records.stale("pending", now - PENDING_EXPIRY), "pending", "expire"
        ):
            self._audit("link_expired", "a link request nobody decided expired", node_id)
        self._remove(
            self.records.stale("discovered", now - DISCOVERED_EXPIRY), "discovered", "expire"
        )

    def _evict_discovered(self, keep: int) -> None:
        by_age = self.records.discovered_by_age()
        self._remove(by_age[: max(0, len(by_age) - keep)], "discovered", "evict")

    def _remove(self, node_ids: builtins.list[str], state: str, event: str) -> builtins.list[str]:
        links.check_removal(state, event)
        gone = self.records.remove(node_ids, state)
        for node_id in gone:
            self.bus.publish(LinkChanged(node_id=node_id, state=REMOVED[event]))
        return gone

    # ------------------------------------------------------------------ link requests

    def dropped_requests(self) -> dict[str, Any]:
        """Link requests dropped (list full) or evicted (by newer ones) so far: ``count``
        and ``last`` (when the last one was, or None)."""
        return self.records.dropped()

    def _dropped(self, count: int, now: float, why: str) -> None:
        self.records.count_dropped(count, now)
        if now - self._drop_logged >= DROP_LOG_EVERY:  # one line a minute in a flood
            self._drop_logged = now
            total = self.records.dropped()["count"]
            log.warning("%s (%d link requests dropped so far)", why, total)

    def _make_room(self, source: str, now: float) -> bool:
        """Room for one more pending request from ``source``, evicting one if the limits
        say so; False when the request can't be recorded (answer ``busy``)."""
        queue = self.records.pending_queue()
        mine = [r["node_id"] for r in queue if r["source"] == source]
        if source != USB and len(mine) >= MAX_PER_SOURCE:
            evict = mine[0]  # the newest requests of an address are the ones kept
        elif len(queue) < MAX_PENDING:
            return True
        else:
            counts = Counter(r["source"] for r in queue)
            busiest = max(counts.values())
            if len(mine) >= busiest:
                self._dropped(1, now, f"link request from {source} not recorded: the list is full")
                return False
            evict = next(r["node_id"] for r in queue if counts[r["source"]] == busiest)
        if self._remove([evict], "pending", "evict"):
            self._dropped(1, now, f"a link request was evicted by a newer one from {source}")
        return True

    def request_received(
        self,
        cert_pem: bytes,
        name: str,
        school: str,
        school_id: str,
        host: str = "",
        port: int = 0,
        *,
        code: str | None = None,
        source: str | None = None,
    ) -> str | None:
        """Record an incoming link request; returns the new state, None when ignored
        (blocked, or asked again too soon: the requester is answered ``received``), or
        :data:`BUSY` when it was not recorded because too many requests are waiting.
        ``code`` is the verification code the link exchange produced (sample data and tests
        that file a request without one get a code from the two keys alone). ``source`` is
        the address it came from, for the per-address limit: by default ``host``, or "usb"
        without one."""
        key = identity.public_key_from_certificate(cert_pem)
        node_id = identity.node_id_from_public_key(key)
        if node_id == self.me.node_id:
            return None
        now = time.time()
        self.expire(now)
        row = self._row(node_id)
        source = ((source if source is not None else host) or USB)[:100]
        if row and row["state"] == "blocked":
            return None  # dropped silently
        if (
            row
            and row["state"] == "refused"
            and row["last_request"]
            and now - row["last_request"] < REFUSED_RETRY
        ):
            return None  # rate-limited
        if (
            row
            and row["state"] == "pending"
            and row["last_request"]
            and now - row["last_request"] < PENDING_RETRY
        ):
            # Each request makes a new verification code; one a minute at most, so a machine
            # in the middle can't keep asking until the code here matches the one it showed
            # the other admin. The requester keeps the code it had (its reply says
            # "received"), so both screens still agree.
            return None
        needs_room = row is None or row["state"] not in ("pending", "approved", "requested")
        if needs_room and not self._make_room(source, now):
            return BUSY
        state = self._apply(
            node_id,
            "request_received",
            name=name[:200],
            school=school[:200],
            school_id=school_id[:32],
            public_key=key,
            cert=cert_pem,
            code=code or identity.verification_code(key, self.me.public_key, b"", b""),
            host=host or None,
            port=port or None,
            last_request=now,
            source=source,
        )
        current = self._row(node_id)
        assert current is not None
        if current["state"] == "pending" and (row is None or row["state"] != "pending"):
            self._audit(
                "link_request",
                f"link request from {name} ({school}), code {current['code']}",
                node_id,
            )
            self.bus.publish(
                LinkRequested(node_id=node_id, name=name, school=school, code=current["code"])
            )
        return str(current["state"]) if state is not None or current else None

    def request_sent(
        self,
        cert_pem: bytes,
        name: str,
        school: str,
        school_id: str,
        host: str,
        port: int,
        code: str,
        *,
        recorded: bool = True,
    ) -> str:
        """Record a link request we sent. ``recorded``: the other node said it recorded it
        (``pending`` or ``approved``); when it did not (a repeat within a minute, a block),
        it kept the code it had, and so do we."""
        key = identity.public_key_from_certificate(cert_pem)
        node_id = identity.node_id_from_public_key(key)
        row = self._row(node_id)
        keep = not recorded and row is not None and bool(row["code"])
        self._apply(
            node_id,
            "request_sent",
            name=name[:200],
            school=school[:200],
            school_id=school_id[:32],
            public_key=key,
            cert=cert_pem,
            code=row["code"] if keep and row is not None else code,
            host=host,
            port=port,
            outgoing=True,
        )
        self._audit("link_sent", f"link request sent to {name} ({school})", node_id)
        return node_id

    def decide(self, node_id: str, event: str, role: str | None = None) -> dict[str, Any]:
        row = self._row(node_id)
        if row is None:
            raise NotFoundError(f"no known node {node_id}")
        if event == "approve":
            if role not in links.ROLES:
                raise ValidationError(
                    "choose a role: community (shared courses) or school (a PC of this school)"
                )
            if not row["cert"]:
                raise ValidationError(
                    "that node has not sent a link request yet; ask it to link first"
                )
        self._apply(node_id, event, role=role if event == "approve" else "")
        as_role = "member of this school" if role == "school" else "community peer"
        detail = {
            "approve": f"link with {row['name']} approved as {as_role}",
            "refuse": f"link request from {row['name']} refused",
            "block": f"{row['name']} blocked",
            "revoke": f"link with {row['name']} revoked",
            "unblock": f"{row['name']} unblocked",
        }[event]
        self._audit(event, detail, node_id)
        public = self.get(node_id)
        assert public is not None
        return public

    # ------------------------------------------------------------------ figures

    def seen(self, node_id: str, host: str | None = None, port: int | None = None) -> None:
        values: dict[str, Any] = {"last_seen": time.time()}
        if host:
            values["host"] = host
        if port:
            values["port"] = port
        self.records.update(node_id, **values)

    def offline(self, node_id: str) -> None:
        self.records.update(node_id, last_seen=None)

    def record_sync(self, node_id: str, sent: int, received: int) -> None:
        self.records.count_sync(node_id, time.time(), sent, received)

    def record_incident(self, node_id: str, reason: str) -> None:
        self.records.count_incident(node_id)
        self._audit("incident", reason, node_id)
