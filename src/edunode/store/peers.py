"""The ``peers`` table: one row per node this one has met, asked or been asked to link.

``service/peers.py`` decides what the rows mean (the link state machine, the admin's
decisions); this repository only reads and writes them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select, update

from edunode.store import schema as t
from edunode.store.repo import Store


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
