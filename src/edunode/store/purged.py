"""Purging a learner's document from the store (issue 10 item 2, decision 0018).

:meth:`PurgeRecords.erase` deletes every row of one document — its meta, its changes, its
snapshot, its projection rows — rewrites the audit lines that name it, and records the ID
(with the instruction's date) in ``purged``, all in the caller's transaction.
:meth:`PurgeRecords.compact` then rewrites the database file so no deleted byte is left in
a free page or in the write-ahead log.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Iterable

from sqlalchemy import delete, insert, or_, select, text, update

from edunode.store import schema as t
from edunode.store.repo import Store

log = logging.getLogger("edunode.purge")
COMPACT_WAIT_MS = 2_000  # how long compacting waits for another connection to let go
_CACHE = "purged"  # store.extras: the purged IDs, read once per process (refresh: forget)


class PurgeRecords:
    def __init__(self, store: Store) -> None:
        self.store = store

    def ids(self) -> dict[str, str]:
        """Every purged document ID with its instruction's date (kept in memory)."""
        known: dict[str, str] | None = self.store.extras.get(_CACHE)
        if known is None:
            rows = self.store.query(select(t.purged.c.doc_id, t.purged.c.date))
            known = {r["doc_id"]: r["date"] for r in rows}
            self.store.extras[_CACHE] = known
        return known

    def forget_cache(self) -> None:
        """Read the purged IDs again at the next look-up (another process may have purged)."""
        self.store.extras.pop(_CACHE, None)

    def erase(self, doc_id: str, date: str, needles: Iterable[str], note: str) -> int:
        """Delete every row of ``doc_id`` and record it as purged on ``date``; audit lines
        holding the ID or any of ``needles`` (the learner's name, their guardian's contact)
        get ``note`` as their text instead. Returns the number of change rows deleted."""
        words = [w for w in {doc_id, *needles} if w]
        with self.store.write() as conn:
            removed = conn.execute(delete(t.changes).where(t.changes.c.doc_id == doc_id))
            conn.execute(delete(t.snapshots).where(t.snapshots.c.doc_id == doc_id))
            conn.execute(delete(t.p_learners).where(t.p_learners.c.id == doc_id))
            for table in t.LEARNER_PROJECTIONS[1:]:
                conn.execute(delete(table).where(table.c.learner_id == doc_id))
            conn.execute(delete(t.documents).where(t.documents.c.doc_id == doc_id))
            conn.execute(
                update(t.audit)
                .where(or_(*(t.audit.c.detail.contains(w, autoescape=True) for w in words)))
                .values(detail=note)
            )
            conn.execute(delete(t.purged).where(t.purged.c.doc_id == doc_id))
            conn.execute(insert(t.purged).values(doc_id=doc_id, date=date, at=time.time()))
        self.store.forget_meta(doc_id)
        self.store.extras.pop("clocks", None)  # the kept sync clocks held this document's
        self.ids()[doc_id] = date
        return int(removed.rowcount or 0)

    def lift(self, doc_id: str) -> None:
        """The learner came back (a record bundle an admin imported): no longer purged
        here, in the caller's transaction (the cache is read again after it)."""
        with self.store.write() as conn:
            conn.execute(delete(t.purged).where(t.purged.c.doc_id == doc_id))
        self.forget_cache()

    def compact(self) -> None:
        """Rewrite the database without its free pages (SQLite: ``VACUUM``, then the
        write-ahead log emptied into the file and cut to nothing; PostgreSQL: ``VACUUM
        FULL`` of the tables a purge deletes from). Outside any transaction."""
        if self.store.backend() == "sqlite":
            raw = self.store.engine.raw_connection()  # no BEGIN: VACUUM runs on its own
            try:
                cursor = raw.cursor()
                # Another connection (the window, a serve) holding the file: wait a little,
                # not the store's 15 s twice over (decision 0018 says what is then left);
                # the pooled connection gets its own wait back for what it is used for next.
                usual = cursor.execute("PRAGMA busy_timeout").fetchone()[0]
                cursor.execute(f"PRAGMA busy_timeout={COMPACT_WAIT_MS}")
                try:
                    try:
                        cursor.execute("VACUUM")
                    except sqlite3.OperationalError as exc:
                        log.warning("the store could not be compacted after a purge yet: %s", exc)
                    cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                finally:
                    cursor.execute(f"PRAGMA busy_timeout={int(usual)}")
                    cursor.close()
            finally:
                raw.close()
            return
        names = ["changes", "snapshots", "documents", "audit",
                 *(tb.name for tb in t.LEARNER_PROJECTIONS)]  # fmt: skip
        with self.store.engine.connect() as conn:
            conn = conn.execution_options(isolation_level="AUTOCOMMIT")
            conn.execute(text(f"VACUUM FULL {', '.join(names)}"))
