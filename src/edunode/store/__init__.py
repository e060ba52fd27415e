"""The durable store: SQLAlchemy 2 over SQLite (WAL) by default, any SQLAlchemy URL allowed.

The signed change log is the source of truth; snapshots and read projections are derived
from it and can be rebuilt.
"""

from edunode.store.repo import Store

__all__ = ["Store"]
