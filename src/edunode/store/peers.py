"""The ``peers`` table: one row per node this one has met, asked or been asked to link.

``service/peers.py`` decides what the rows mean (the link state machine, the admin's
decisions); this repository only reads and writes them.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from typing import Any

from sqlalchemy import delete, func, insert, select, update

from edunode.store import schema as t
from edunode.store.repo import Store

DROPPED_KEY = "link_requests_dropped"  # settings: {"count": n, "last": time of the last drop}


class PeerRecords:
    def __init__(self, store: Store) -> None:
        self.store = store

    def row(self, node_id: str) -> dict[str, Any] | None:
        rows = self.store.query(select(t.peers).where(t.peers.c.node_id == node_id))
        return dict(rows[0]) if rows else None

    def rows(self) -> list[dict[str, Any]]:
        """Every peer, by state then name (in the locale's collation order)."""
        rows = [dict(r) for r in self.store.query(select(t.peers))]
        collator = self.store.collator()
        rows.sort(key=lambda r: (r["state"], collator.key(r["name"]), r["node_id"]))
        return rows

    def approved_certificates(self) -> list[bytes]:
        rows = self.store.query(select(t.peers.c.cert).where(t.peers.c.state == "approved"))
        return [r["cert"] for r in rows if r["cert"]]

    def add(self, node_id: str, state: str | None, now: float, **values: Any) -> None:
        """A node met for the first time."""
        with self.store.write() as conn:
            conn.execute(
                insert(t.peers).values(
                    node_id=node_id, state=state, first_seen=now, updated=now, **values
                )
            )

    def update(self, node_id: str, **values: Any) -> None:
        """Overwrite some columns of a peer's row."""
        with self.store.write() as conn:
            conn.execute(update(t.peers).where(t.peers.c.node_id == node_id).values(**values))

    def count_sync(self, node_id: str, when: float, sent: int, received: int) -> None:
        """One sync finished: its time and how many changes went each way."""
        with self.store.write() as conn:
            conn.execute(
                update(t.peers)
                .where(t.peers.c.node_id == node_id)
                .values(
                    last_sync=when,
                    changes_out=t.peers.c.changes_out + sent,
                    changes_in=t.peers.c.changes_in + received,
                )
            )

    def count_incident(self, node_id: str) -> None:
        with self.store.write() as conn:
            conn.execute(
                update(t.peers)
                .where(t.peers.c.node_id == node_id)
                .values(incidents=t.peers.c.incidents + 1)
            )

    # ------------------------------------------------------------------ limits

    def pending_queue(self) -> list[dict[str, Any]]:
        """The pending requests, oldest first: node ID, source address and time asked."""
        asked = func.coalesce(t.peers.c.last_request, t.peers.c.updated)
        rows = self.store.query(
            select(t.peers.c.node_id, t.peers.c.source, asked.label("asked"))
            .where(t.peers.c.state == "pending")
            .order_by(asked, t.peers.c.node_id)
        )
        return [dict(r) for r in rows]

    def discovered_by_age(self) -> list[str]:
        """The merely discovered nodes, the one announced longest ago first."""
        heard = func.coalesce(t.peers.c.announced, t.peers.c.updated)
        rows = self.store.query(
            select(t.peers.c.node_id)
            .where(t.peers.c.state == "discovered")
            .order_by(heard, t.peers.c.node_id)
        )
        return [r["node_id"] for r in rows]

    def stale(self, state: str, before: float) -> list[str]:
        """Nodes in ``state`` not renewed since ``before``: a pending request not asked again,
        a discovered node not announced again."""
        renewed = t.peers.c.last_request if state == "pending" else t.peers.c.announced
        rows = self.store.query(
            select(t.peers.c.node_id).where(
                t.peers.c.state == state,
                func.coalesce(renewed, t.peers.c.updated) < before,
            )
        )
        return [r["node_id"] for r in rows]

    def remove(self, node_ids: Collection[str], state: str) -> list[str]:
        """Delete the rows of ``node_ids`` that are still in ``state``; the ones deleted."""
        if not node_ids:
            return []
        where = (t.peers.c.node_id.in_(list(node_ids)), t.peers.c.state == state)
        with self.store.write() as conn:
            gone = [r[0] for r in conn.execute(select(t.peers.c.node_id).where(*where))]
            conn.execute(delete(t.peers).where(*where))
        return gone

    def touch_announced(self, node_ids: Collection[str], when: float) -> None:
        """Discovery still reports these nodes: renew the discovered ones among them."""
        if not node_ids:
            return
        with self.store.write() as conn:
            conn.execute(
                update(t.peers)
                .where(t.peers.c.node_id.in_(list(node_ids)), t.peers.c.state == "discovered")
                .values(announced=when)
            )

    def count_dropped(self, count: int, when: float) -> None:
        """``count`` more link requests were dropped or evicted (one transaction, so two
        processes on one data folder don't lose a count)."""
        with self.store.write() as conn:
            row = conn.execute(
                select(t.settings.c.value).where(t.settings.c.key == DROPPED_KEY)
            ).first()
            total = int(json.loads(row[0]).get("count", 0)) if row else 0
            value = json.dumps({"count": total + count, "last": when})
            conn.execute(delete(t.settings).where(t.settings.c.key == DROPPED_KEY))
            conn.execute(insert(t.settings).values(key=DROPPED_KEY, value=value))

    def dropped(self) -> dict[str, Any]:
        """How many link requests were dropped or evicted, and when the last one was."""
        value = self.store.setting(DROPPED_KEY, None) or {}
        return {"count": int(value.get("count", 0)), "last": value.get("last")}
