"""Versioned schema migrations. Each entry upgrades from version N-1 to N, in one transaction."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, insert, inspect, select, text, update

from edunode.errors import StoreError
from edunode.store import schema as t


def _v1(conn: Connection) -> None:
    t.metadata.create_all(conn)


def _v2(conn: Connection) -> None:
    """peers.source and peers.announced (link-request and discovery limits). A store made
    at schema 2 or later already has them from ``_v1``'s ``create_all``."""
    have = {c["name"] for c in inspect(conn).get_columns("peers")}
    if "source" not in have:
        conn.execute(text("ALTER TABLE peers ADD COLUMN source VARCHAR(100) NOT NULL DEFAULT ''"))
    if "announced" not in have:
        conn.execute(text("ALTER TABLE peers ADD COLUMN announced FLOAT"))


MIGRATIONS: list[Callable[[Connection], None]] = [_v1, _v2]
CURRENT = len(MIGRATIONS)


def current_version(conn: Connection) -> int:
    if not conn.dialect.has_table(conn, "schema_version"):
        return 0
    row = conn.execute(select(t.schema_version.c.version)).first()
    return int(row[0]) if row else 0


def upgrade(conn: Connection) -> int:
    version = current_version(conn)
    if version > CURRENT:
        raise StoreError(
            f"this data was written by a newer EduNode (schema {version}, this one knows "
            f"{CURRENT}); please update EduNode",
            version=version,
        )
    for number in range(version + 1, CURRENT + 1):
        MIGRATIONS[number - 1](conn)
        if number == 1:
            conn.execute(insert(t.schema_version).values(version=1))
        else:
            conn.execute(update(t.schema_version).values(version=number))
    return CURRENT
