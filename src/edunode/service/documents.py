"""Open documents, local commits and received batches, wired to the store.

``Documents`` keeps loaded Automerge documents in memory and keeps them in step with the
change log (another process, e.g. a CLI command beside ``edunode serve``, may have appended
to it). Every local commit is signed and written with its signature, projections and, now
and then, a snapshot, in one store transaction before anyone is told about it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from edunode import crdt
from edunode.domain import course, learner, school
from edunode.domain.meta import Meta, genesis
from edunode.domain.verify import Verified, verify_batch
from edunode.errors import NotFoundError, PermissionDenied, RejectedChanges
from edunode.identity import NodeIdentity
from edunode.store import Store, projections

SNAPSHOT_EVERY = 200  # changes since the last snapshot before writing a new one


@dataclass
class OpenDoc:
    doc: crdt.Document
    meta: Meta
    last_seq_no: int
    snapshot_seq_no: int


Tx = Any  # automerge Transaction


class Documents:
    def __init__(self, store: Store, me: NodeIdentity, on_commit: Callable[[str, str, int, str], None]) -> None:
        self.store = store
        self.me = me
        self._open: dict[str, OpenDoc] = {}
        self._members_cache: dict[tuple[str, tuple[bytes, ...]], set[bytes]] = {}
        self._on_commit = on_commit
        self._batch: list[tuple[str, str, int, str]] | None = None
        self._touched: set[str] = set()
        self.lock = threading.RLock()

    # ---------------------------------------------------------------- loading

    def get(self, doc_id: str) -> OpenDoc:
        with self.lock:
            od = self._open.get(doc_id)
            if od is None:
                od = self._load(doc_id)
                self._open[doc_id] = od
            else:
                self._catch_up(doc_id, od)
            return od

    def maybe(self, doc_id: str) -> OpenDoc | None:
        try:
            return self.get(doc_id)
        except NotFoundError:
            return None

    def _load(self, doc_id: str) -> OpenDoc:
        meta = self.store.meta(doc_id)
        if meta is None:
            raise NotFoundError(f"there is no document {doc_id} on this node", doc_id=doc_id)
        snap = self.store.snapshot(doc_id)
        if snap:
            doc = crdt.load(snap[0], self.me.public_key)
            after = snap[1]
        else:
            doc = crdt.new_document(self.me.public_key)
            after = 0
        od = OpenDoc(doc=doc, meta=meta, last_seq_no=after, snapshot_seq_no=after)
        self._catch_up(doc_id, od)
        return od

    def _catch_up(self, doc_id: str, od: OpenDoc) -> None:
        rows = self.store.changes(doc_id, od.last_seq_no)
        if rows:
            crdt.apply(od.doc, [data for _, data in rows])
            od.last_seq_no = rows[-1][0]

    def forget(self, doc_id: str) -> None:
        with self.lock:
            self._open.pop(doc_id, None)

    def state(self, doc_id: str) -> dict[str, Any]:
        state = crdt.read(self.get(doc_id).doc)
        assert isinstance(state, dict)
        return state

    # ---------------------------------------------------------------- authorization

    def school_members(self, school_id: str) -> set[bytes]:
        od = self.maybe(school_id) if school_id else None
        if od is None or od.meta.kind != "school":
            return set()
        return self._members_of(school_id, od.doc, od.meta)

    def _members_of(self, school_id: str, doc: crdt.Document, meta: Meta) -> set[bytes]:
        key = (school_id, tuple(crdt.heads(doc)))
        cached = self._members_cache.get(key)
        if cached is None:
            state = crdt.read(doc)
            assert isinstance(state, dict)
            cached = school.active_keys(school_id, state, meta.founder)
            if len(self._members_cache) > 256:
                self._members_cache.clear()
            self._members_cache[key] = cached
        return cached

    def writers(self, doc_id: str, meta: Meta, doc: crdt.Document) -> set[bytes]:
        """Who may write ``doc_id`` (DESIGN §4): members of the owning/maintaining schools."""
        if meta.kind == "school":
            return self._members_of(doc_id, doc, meta)
        schools = {meta.school}
        if meta.kind == "course":
            maintainers = crdt.get_obj(doc, crdt.ROOT, "maintainers")
            if maintainers is not None:
                schools |= set(doc.keys(maintainers))
        keys: set[bytes] = set()
        for school_id in schools:
            keys |= self.school_members(school_id)
        return keys

    def may_write(self, doc_id: str) -> bool:
        od = self.get(doc_id)
        return self.me.public_key in self.writers(doc_id, od.meta, od.doc)

    # ---------------------------------------------------------------- local writes

    def create(self, meta: Meta, build: Callable[[Tx], Any]) -> tuple[str, Any]:
        doc_id, doc = genesis(self.me.public_key, meta)
        with doc.transaction() as tx:
            result = build(tx)
        new = crdt.changes_since(doc, [])
        with self.lock, self.store.write() as conn:
            self.store.add_document(conn, doc_id, meta)
            od = OpenDoc(doc=doc, meta=meta, last_seq_no=0, snapshot_seq_no=0)
            self._persist(conn, doc_id, od, new, self._sign(doc_id, new), "local")
            self._open[doc_id] = od
            self._touched.add(doc_id)
        self._announce(doc_id, meta.kind, len(new), "local")
        return doc_id, result

    def change(self, doc_id: str, edit: Callable[[Tx], Any], *, check_writer: bool = True) -> Any:
        """Run ``edit`` in an Automerge transaction; sign and store what it changed."""
        with self.lock:
            try:
                with self.store.write() as conn:
                    od = self.get(doc_id)
                    if check_writer and self.me.public_key not in self.writers(doc_id, od.meta, od.doc):
                        raise PermissionDenied(
                            "this node may not change that document (it belongs to another school)",
                            doc_id=doc_id,
                        )
                    before = crdt.heads(od.doc)
                    with od.doc.transaction() as tx:
                        result = edit(tx)
                    new = crdt.changes_since(od.doc, before)
                    if new:
                        self._persist(conn, doc_id, od, new, self._sign(doc_id, new), "local")
            except BaseException:
                self._open.pop(doc_id, None)  # reload from the log: memory may be ahead of disk
                raise
            self._touched.add(doc_id)
        if new:
            self._announce(doc_id, od.meta.kind, len(new), "local")
        return result

    def _announce(self, doc_id: str, kind: str, count: int, origin: str) -> None:
        """Tell listeners, but only once the store transaction has committed."""
        if self._batch is not None:
            self._batch.append((doc_id, kind, count, origin))
        else:
            self._on_commit(doc_id, kind, count, origin)

    def _sign(self, doc_id: str, new: list[crdt.ChangeInfo]) -> dict[bytes, bytes]:
        return {c.hash: self.me.sign_change(doc_id, c.hash) for c in new}

    def _persist(
        self,
        conn: Any,
        doc_id: str,
        od: OpenDoc,
        new: list[crdt.ChangeInfo],
        signatures: dict[bytes, bytes],
        origin: str,
    ) -> None:
        od.last_seq_no = self.store.append_changes(conn, doc_id, new, signatures, origin)
        self.store.replace_projection(conn, doc_id, self.projection_rows(doc_id, od))
        if od.last_seq_no - od.snapshot_seq_no >= SNAPSHOT_EVERY:
            self.store.put_snapshot(conn, doc_id, od.doc.save(), od.last_seq_no)
            od.snapshot_seq_no = od.last_seq_no

    def projection_rows(self, doc_id: str, od: OpenDoc) -> dict[Any, list[dict[str, Any]]]:
        if od.meta.kind == "course":
            state = crdt.read(od.doc)
            assert isinstance(state, dict)
            return projections.course_rows(doc_id, od.meta.school, od.meta.scope, course.view(state))
        if od.meta.kind == "learner":
            state = crdt.read(od.doc)
            assert isinstance(state, dict)
            return projections.learner_rows(doc_id, od.meta.school, learner.view(state))
        return {}

    # ---------------------------------------------------------------- received changes

    def receive(
        self,
        doc_id: str,
        changes: list[bytes],
        signatures: dict[bytes, bytes],
        origin: str,
    ) -> int:
        """Verify a batch and store it, or reject it whole (RejectedChanges) storing nothing."""
        with self.lock:
            with self.store.write() as conn:
                current = self.maybe(doc_id)
                verified: Verified = verify_batch(
                    doc_id,
                    current.doc if current else None,
                    current.meta if current else None,
                    changes,
                    signatures,
                    self.writers,
                    actor=self.me.public_key,
                )
                if not verified.changes:
                    return 0
                if current is None:
                    self.store.add_document(conn, doc_id, verified.meta)
                    od = OpenDoc(doc=verified.doc, meta=verified.meta, last_seq_no=0, snapshot_seq_no=0)
                else:
                    od = OpenDoc(
                        doc=verified.doc,
                        meta=current.meta,
                        last_seq_no=current.last_seq_no,
                        snapshot_seq_no=current.snapshot_seq_no,
                    )
                try:
                    self._persist(conn, doc_id, od, verified.changes, verified.signatures, origin)
                except BaseException:
                    self._open.pop(doc_id, None)
                    raise
            self._open[doc_id] = od
            self._touched.add(doc_id)
        self._announce(doc_id, od.meta.kind, len(verified.changes), origin)
        return len(verified.changes)

    def outgoing(self, doc_id: str, their_heads: list[bytes]) -> tuple[list[crdt.ChangeInfo], dict[bytes, bytes]]:
        """What a peer holding ``their_heads`` lacks, with each actor's tip signature."""
        with self.lock:
            od = self.get(doc_id)
            known = self.known_hashes(doc_id, their_heads)
            new = crdt.changes_since(od.doc, known)
        tips: dict[bytes, crdt.ChangeInfo] = {}
        for c in new:
            if c.actor not in tips or c.seq > tips[c.actor].seq:
                tips[c.actor] = c
        return new, self.store.signatures(doc_id, [c.hash for c in tips.values()])

    def known_hashes(self, doc_id: str, hashes: list[bytes]) -> list[bytes]:
        if not hashes:
            return []
        from sqlalchemy import select

        from edunode.store import schema

        rows = self.store.query(
            select(schema.changes.c.hash).where(
                schema.changes.c.doc_id == doc_id, schema.changes.c.hash.in_(list(hashes))
            )
        )
        return [r["hash"] for r in rows]

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group several writes into one durable transaction; announce them after commit.

        If anything in the batch fails, the whole batch is rolled back and every document it
        touched is reloaded from the log.
        """
        with self.lock:
            if self._batch is not None:  # nested: the outer batch decides
                yield
                return
            self._batch, self._touched = [], set()
            try:
                with self.store.write():
                    yield
            except BaseException:
                for doc_id in self._touched:
                    self._open.pop(doc_id, None)
                self._batch = None
                raise
            pending, self._batch = self._batch, None
        for event in pending:
            self._on_commit(*event)


__all__ = ["Documents", "OpenDoc", "RejectedChanges"]
