"""Versioned schema migrations. Each entry upgrades from version N-1 to N, in one transaction."""

from __future__ import annotations

import json
from collections.abc import Callable

from sqlalchemy import (
    Connection,
    LargeBinary,
    String,
    Text,
    bindparam,
    delete,
    insert,
    inspect,
    select,
    text,
    update,
)

from edunode.collation import collator_for
from edunode.errors import StoreError
from edunode.store import schema as t

# Settings the store keeps about its collation keys (``edunode/collation.py``).
COLLATION_LOCALE = "collation_locale"  # the locale the keys follow ("" = root order)
COLLATION_NAME = "collation"  # the collator (rules and version) the keys were made with


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


def _v3(conn: Connection) -> None:
    """Lists sort by the locale's collation, not by code point: a ``sort_key`` column with
    an index on ``p_learners`` and ``p_courses``, filled in for the rows already there with
    the root order (``Store.use_collation`` rebuilds them for the user's locale)."""
    for table in (t.p_learners, t.p_courses):
        have = {c["name"] for c in inspect(conn).get_columns(table.name)}
        if "sort_key" not in have:
            kind = LargeBinary().compile(dialect=conn.dialect)
            conn.exec_driver_sql(
                f"ALTER TABLE {table.name} ADD COLUMN sort_key {kind} NOT NULL DEFAULT x''"
                if conn.dialect.name == "sqlite"
                else f"ALTER TABLE {table.name} ADD COLUMN sort_key {kind} NOT NULL DEFAULT ''"
            )
        for index in table.indexes:
            index.create(conn, checkfirst=True)
    rebuild_sort_keys(conn, None)


def rebuild_sort_keys(conn: Connection, locale: str | None) -> str:
    """Recompute every list projection's collation key for ``locale`` (None: the root order,
    no locale chosen yet), in the caller's transaction, and record what they follow;
    returns the collator's name."""
    collator = collator_for(locale or "")
    for name, source in t.SORTED_BY.items():
        table = t.metadata.tables[name]
        rows = conn.execute(select(table.c.id, table.c[source])).all()
        if rows:
            conn.execute(
                update(table)
                .where(table.c.id == bindparam("row_id"))
                .values(sort_key=bindparam("key")),
                [{"row_id": r[0], "key": collator.key(r[1])} for r in rows],
            )
    for key, value in ((COLLATION_LOCALE, locale), (COLLATION_NAME, collator.name)):
        conn.execute(delete(t.settings).where(t.settings.c.key == key))
        if value is not None:
            conn.execute(insert(t.settings).values(key=key, value=json.dumps(value)))
    return collator.name


def _v4(conn: Connection) -> None:
    """Text columns without a length limit (decision 0012a): SQLite never enforced
    ``VARCHAR(n)``, PostgreSQL refused a long title, or the longer case-folded copy of one,
    that a SQLite PC had accepted, and the link carrying it failed for good. On PostgreSQL
    ``VARCHAR`` to ``TEXT`` is a catalogue change, no table is rewritten; on SQLite the
    declared type changes nothing, so there is nothing to do."""
    if conn.dialect.name == "sqlite":
        return
    found = inspect(conn)
    for table in t.metadata.sorted_tables:
        for column in found.get_columns(table.name):
            if isinstance(column["type"], String) and not isinstance(column["type"], Text):
                conn.exec_driver_sql(
                    f'ALTER TABLE {table.name} ALTER COLUMN "{column["name"]}" TYPE TEXT'
                )


def _v5(conn: Connection) -> None:
    """The off-site backups an archive keeps (decision 0017): ``vault_files`` and
    ``vault_chunks``. A store made at schema 5 or later has them from ``_v1``."""
    for table in (t.vault_files, t.vault_chunks):
        table.create(conn, checkfirst=True)


def _v6(conn: Connection) -> None:
    """``purged``: the learners purged from this PC at their school's instruction (decision
    0018). A store made at schema 6 or later has it from ``_v1``."""
    t.purged.create(conn, checkfirst=True)


MIGRATIONS: list[Callable[[Connection], None]] = [_v1, _v2, _v3, _v4, _v5, _v6]
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
