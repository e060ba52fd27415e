"""Inserting many rows of one shape at once: the store's bulk path (sync, projections)."""

from __future__ import annotations

import operator
from typing import Any

from sqlalchemy import Connection, insert


def bulk_insert(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    """Insert many rows of one shape. On SQLite this goes straight to the driver's
    executemany: SQLAlchemy's per-row parameter processing cost more than SQLite itself
    when a bulk sync stores tens of thousands of changes."""
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), rows)
        return
    columns = list(rows[0])
    sql = (
        f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    )
    values = operator.itemgetter(*columns)  # one row's values as a tuple, at C speed
    if len(columns) == 1:
        conn.exec_driver_sql(sql, [(values(row),) for row in rows])
    else:
        conn.exec_driver_sql(sql, list(map(values, rows)))
