"""The ``vault_files`` and ``vault_chunks`` tables: encrypted backups an archive keeps for
the schools that link to it (decision 0017).

``service/vault.py`` decides who may store and fetch what; this repository only reads and
writes rows. A file is written chunk by chunk, each chunk in its own short transaction (an
archive's other ``serve`` processes and sessions never wait behind a whole upload), and
becomes visible to ``files`` and ``chunks`` only once :meth:`VaultRecords.finish` marked it
complete, in the same transaction that drops the older copies it replaces.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, insert, select, update

from edunode.errors import NotFoundError
from edunode.store import schema as t
from edunode.store.repo import Store

_FILE_COLUMNS = (
    t.vault_files.c.id,
    t.vault_files.c.school_id,
    t.vault_files.c.node_id,
    t.vault_files.c.name,
    t.vault_files.c.size,
    t.vault_files.c.digest,
    t.vault_files.c.created,
    t.vault_files.c.stored_at,
)


class VaultRecords:
    def __init__(self, store: Store) -> None:
        self.store = store

    def begin(self, values: dict[str, Any]) -> int:
        """A new, incomplete file; its row ID."""
        with self.store.write() as conn:
            result = conn.execute(insert(t.vault_files).values(complete=False, **values))
            key = result.inserted_primary_key
            assert key is not None
            return int(key[0])

    def add_chunk(self, file_id: int, n: int, data: bytes) -> None:
        with self.store.write() as conn:
            conn.execute(insert(t.vault_chunks).values(file_id=file_id, n=n, data=data))

    def set_created(self, file_id: int, created: str) -> None:
        with self.store.write() as conn:
            conn.execute(
                update(t.vault_files).where(t.vault_files.c.id == file_id).values(created=created)
            )

    def finish(self, file_id: int, keep: int) -> list[str]:
        """Mark the file complete, drop any older complete file of the same school and name,
        and keep the school's newest ``keep`` files; the names dropped."""
        with self.store.write() as conn:
            row = conn.execute(
                select(t.vault_files.c.school_id, t.vault_files.c.name).where(
                    t.vault_files.c.id == file_id
                )
            ).one()
            conn.execute(
                update(t.vault_files).where(t.vault_files.c.id == file_id).values(complete=True)
            )
            same = select(t.vault_files.c.id).where(
                t.vault_files.c.school_id == row.school_id,
                t.vault_files.c.name == row.name,
                t.vault_files.c.complete.is_(True),
                t.vault_files.c.id != file_id,
            )
            gone = [r.id for r in conn.execute(same)]
            ordered = conn.execute(
                select(t.vault_files.c.id, t.vault_files.c.name)
                .where(
                    t.vault_files.c.school_id == row.school_id,
                    t.vault_files.c.complete.is_(True),
                    t.vault_files.c.id.not_in(gone) if gone else t.vault_files.c.id.isnot(None),
                )
                .order_by(t.vault_files.c.stored_at.desc(), t.vault_files.c.id.desc())
            ).all()
            old = ordered[max(1, keep) :]
            self._drop(conn, gone + [r.id for r in old])
            return [r.name for r in old]

    def abort(self, file_id: int) -> None:
        with self.store.write() as conn:
            self._drop(conn, [file_id])

    def drop_unfinished(self, before: float) -> int:
        """Remove uploads that never finished and started before ``before`` (a session cut
        in the middle of a file, in a process that has since gone)."""
        with self.store.write() as conn:
            ids = [
                r.id
                for r in conn.execute(
                    select(t.vault_files.c.id).where(
                        t.vault_files.c.complete.is_(False), t.vault_files.c.stored_at < before
                    )
                )
            ]
            self._drop(conn, ids)
            return len(ids)

    @staticmethod
    def _drop(conn: Any, ids: list[int]) -> None:
        if ids:
            conn.execute(delete(t.vault_chunks).where(t.vault_chunks.c.file_id.in_(ids)))
            conn.execute(delete(t.vault_files).where(t.vault_files.c.id.in_(ids)))

    def files(self, school_id: str | None = None) -> list[dict[str, Any]]:
        """Complete files, newest first (of one school, or of every school)."""
        query = select(*_FILE_COLUMNS).where(t.vault_files.c.complete.is_(True))
        if school_id is not None:
            query = query.where(t.vault_files.c.school_id == school_id)
        query = query.order_by(t.vault_files.c.stored_at.desc(), t.vault_files.c.id.desc())
        return [dict(r) for r in self.store.query(query)]

    def file(self, school_id: str, name: str) -> dict[str, Any] | None:
        for row in self.files(school_id):
            if row["name"] == name:
                return row
        return None

    def chunk_count(self, file_id: int) -> int:
        rows = self.store.query(
            select(func.count())
            .select_from(t.vault_chunks)
            .where(t.vault_chunks.c.file_id == file_id)
        )
        return int(next(iter(rows[0].values())))

    def chunk(self, file_id: int, n: int) -> bytes:
        """One chunk (an archive sending a file back holds one chunk in memory at a time)."""
        rows = self.store.query(
            select(t.vault_chunks.c.data).where(
                t.vault_chunks.c.file_id == file_id, t.vault_chunks.c.n == n
            )
        )
        if not rows:
            raise NotFoundError("the backup was removed while it was being sent")
        return bytes(rows[0]["data"])
