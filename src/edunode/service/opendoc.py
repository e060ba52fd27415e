"""An open document as ``Documents`` keeps it in memory, and the projection rows it yields.

Each local commit or received batch refreshes the read projections of the documents it
touched. A learner's edit names the collections it touched (``enrolments``, ``progress``,
…), so only those are read from the document again; what else was projected is kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from edunode import crdt
from edunode.domain import course, custody, learner
from edunode.domain.meta import Meta
from edunode.store import projections

Tx = Any  # automerge Transaction
Rows = dict[Any, list[dict[str, Any]]]  # projection table -> that document's rows


@dataclass
class OpenDoc:
    doc: crdt.Document
    meta: Meta
    last_seq_no: int
    since_snapshot: int  # changes in the log after the snapshot (or all, without one)
    rows: Rows | None = None  # projection rows already computed
    # The projection rows this process last wrote for the document (None: not known).
    projected: Rows | None = None
    # Learner collections the pending local edits touched (None: anything may have changed).
    touched: frozenset[str] | None = None


def projection_rows(doc_id: str, od: OpenDoc) -> Rows:
    """The rows ``od`` projects to now; consumes ``od.rows`` and ``od.touched``."""
    touched, od.touched = od.touched, None
    if od.rows is not None:
        rows, od.rows = od.rows, None
        return rows
    if od.meta.kind not in ("course", "learner"):
        return {}
    if od.meta.kind == "learner" and touched is not None and od.projected is not None:
        # Only some collections changed: read those (and the profile fields), keep the
        # rest of what we last projected. Recording a result reads the results only.
        partial, keep = _touched_rows(doc_id, od, touched)
        return {
            table: (partial[table] if table in keep else od.projected.get(table, []))
            for table in partial
        }
    state = crdt.read(od.doc)
    assert isinstance(state, dict)
    return rows_of(doc_id, od.meta, state)


def commit_rows(doc_id: str, od: OpenDoc, created: bool) -> tuple[Rows, Rows | None]:
    """The projection rows a commit writes for ``od``, and what it then projects (None:
    not known in full). Consumes ``od.rows`` and ``od.touched``.

    A learner record not projected since it was opened, whose pending edits touched only
    some collections (a release, one result), rewrites those tables only: the store holds
    the rest as the last commit left them, which is the record as it is, so the record is
    not read whole (six years of records: most of a bundle export's commit)."""
    if (
        od.rows is None
        and od.projected is None
        and od.touched is not None
        and od.meta.kind == "learner"
        and not created  # a new record has no rows yet
    ):
        touched, od.touched = od.touched, None
        partial, keep = _touched_rows(doc_id, od, touched)
        return {table: items for table, items in partial.items() if table in keep}, None
    fresh = projection_rows(doc_id, od)
    return projections.changed_tables(fresh, od.projected), fresh


def _touched_rows(doc_id: str, od: OpenDoc, touched: frozenset[str]) -> tuple[Rows, set[Any]]:
    """A learner record's rows from the collections ``touched`` (and the profile) alone,
    and the tables those rows are right for."""
    holder = custody.of(doc_id, od.meta.school, od.doc).holder
    partial = projections.learner_rows(
        doc_id, holder, learner.view(learner.read_part(od.doc, touched))
    )
    return partial, projections.tables_for(touched)


def rows_of(doc_id: str, meta: Meta, state: dict[str, Any] | None) -> Rows:
    """The projection rows of a document with this meta and (plain) state."""
    if state is None:
        return {}
    if meta.kind == "course":
        return projections.course_rows(doc_id, meta.school, meta.scope, course.view(state))
    if meta.kind == "learner":
        # The school holding custody (``""`` in transit): lists show that school's learners.
        holder = custody.of_state(doc_id, meta.school, state).holder
        return projections.learner_rows(doc_id, holder, learner.view(state))
    return {}


def merge_touched(
    od: OpenDoc, touched: frozenset[str] | None, already_dirty: bool
) -> frozenset[str] | None:
    """Collections touched by all pending edits of a document (None: unknown, so all)."""
    if touched is None or (already_dirty and od.touched is None):
        return None
    return touched | od.touched if already_dirty and od.touched is not None else touched
