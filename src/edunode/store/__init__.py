"""The durable store: SQLAlchemy 2 over SQLite (WAL) by default, any SQLAlchemy URL allowed.

The signed change log is the source of truth; snapshots and read projections are derived
from it and can be rebuilt. ``Store`` (repo.py) holds the transactions, the documents, the
log, snapshots, settings and the audit trail; ``PeerRecords``, ``CourseRecords`` and
``LearnerRecords`` are the small repositories for the peers table and the read projections.
"""

from edunode.store.activity import ActivityRecords
from edunode.store.courses import CourseRecords
from edunode.store.learners import LearnerRecords
from edunode.store.peers import PeerRecords
from edunode.store.repo import Store

__all__ = ["ActivityRecords", "CourseRecords", "LearnerRecords", "PeerRecords", "Store"]
