"""Open documents, local commits and received batches, wired to the store.

``Documents`` keeps loaded Automerge documents in memory and keeps them in step with the
change log (another process, e.g. a CLI command beside ``edunode serve``, may have appended
to it). Every local commit is signed and written with its signature, projections and, now
and then, a snapshot, in one store transaction before anyone is told about it.

The open-document record and the projection rows it yields are in ``opendoc.py``; the
verification of received batches in ``domain/verify.py``.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from edunode import crdt, identity
from edunode.domain import custody
from edunode.domain.meta import Meta, genesis, looks_like_doc_id
from edunode.domain.resources import content_rule
from edunode.domain.verify import Verified, verify_batch
from edunode.errors import NotFoundError, PermissionDenied, RejectedChanges, ValidationError
from edunode.identity import NodeIdentity
from edunode.service.authority import Authority
from edunode.service.opendoc import (
    OpenDoc,
    Rows,
    Tx,
    commit_rows,
    merge_touched,
    projection_rows,
    rows_of,
)
from edunode.store import Store

SNAPSHOT_EVERY = 200  # changes since the last snapshot before writing a new one
# Open documents kept in memory, least recently used dropped first (they reload from
# snapshot + log). An Automerge document costs ~70 KB even when small: 10,000 open
# learners would take ~700 MB.
MAX_OPEN = 1_000


class Documents:
    def __init__(
        self, store: Store, me: NodeIdentity, on_commit: Callable[[str, str, int, str], None]
    ) -> None:
        self.store = store
        self.me = me
        self._open: OrderedDict[str, OpenDoc] = OrderedDict()
        self.authority = Authority(self.maybe)
        self._on_commit = on_commit
        self._batch: list[tuple[str, str, int, str]] | None = None
        self._touched: set[str] = set()
        # Every open document reflects the log up to this seq_no. When the log's newest
        # seq_no is still this, nobody else (e.g. a CLI beside `serve`) has written.
        with store.read() as conn:
            self._mark = store.last_seq_no(conn)
        self._dirty: dict[str, OpenDoc] = {}  # projections/snapshots to refresh at batch end
        self._pending: list[dict[str, Any]] = []  # change rows to insert at batch end
        self._pending_docs: list[dict[str, Any]] = []  # new documents' rows, likewise
        self.lock = threading.RLock()
        self._content = content_rule(self.school_members)
        # Set by the Node (service/purge.py): documents never stored again, and what to do
        # when another process wrote to the log (it may have purged one).
        self.refuses: Callable[[str, str], bool] = lambda _doc_id, _origin: False
        self.foreign_news: Callable[[list[str]], None] = lambda _changed: None

    # ---------------------------------------------------------------- loading

    def get(self, doc_id: str) -> OpenDoc:
        with self.lock:
            if self._batch is None:
                self.sync_with_log()
            od = self._open.get(doc_id)
            if od is None:
                od = self._load(doc_id)
                self._open[doc_id] = od
                self._evict()
            else:
                self._open.move_to_end(doc_id)
            return od

    def _evict(self) -> None:
        """Keep at most MAX_OPEN documents open; never drop one with unflushed writes."""
        kept: list[tuple[str, OpenDoc]] = []
        while self._open and len(self._open) + len(kept) > MAX_OPEN:
            doc_id, od = self._open.popitem(last=False)
            if doc_id in self._dirty:
                kept.append((doc_id, od))
        for doc_id, od in kept:
            self._open[doc_id] = od

    def sync_with_log(self) -> list[str]:
        """Apply to open documents what other processes appended to the log; one query
        when nothing happened. Returns the IDs of documents that had news."""
        with self.lock, self.store.read() as conn:
            newest = self.store.last_seq_no(conn)
        if newest <= self._mark:  # below it only when this process purged the newest rows
            return []
        changed = [d for d, _ in self.store.changed_documents(self._mark)]
        for doc_id in changed:
            od = self._open.get(doc_id)
            if od is not None:
                self._catch_up(doc_id, od)
        self._mark = max(self._mark, newest)
        if changed:
            self.foreign_news(changed)
        return changed

    def maybe(self, doc_id: str) -> OpenDoc | None:
        try:
            return self.get(doc_id)
        except NotFoundError:
            return None

    def require(self, doc_id: str, kind: str) -> None:
        """Refuse an ID that is not a document of this kind here, in words."""
        what = {"course": "course", "learner": "learner", "school": "school", "need": "need",
                "offer": "offer", "fund": "fund", "summary": "summary"}[kind]  # fmt: skip
        if not looks_like_doc_id(doc_id):
            raise ValidationError(f"'{doc_id}' is not a {what} ID")
        meta = self.store.meta(doc_id)
        if meta is None or meta.kind != kind:
            raise NotFoundError(f"there is no {what} with ID {doc_id}", doc_id=doc_id)

    def _load(self, doc_id: str) -> OpenDoc:
        meta = self.store.meta(doc_id)
        if meta is None:
            raise NotFoundError(f"there is no document {doc_id} on this node", doc_id=doc_id)
        snap = self.store.snapshot(doc_id)
        doc, after = None, 0
        if snap:
            try:
                doc, after = crdt.load(snap[0], self.me.public_key), snap[1]
            except BaseException as exc:  # a Rust panic surfaces as BaseException
                if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                    raise
                doc = None  # a damaged snapshot: the log is the source of truth (check reports it)
        if doc is None:
            doc, after = crdt.new_document(self.me.public_key), 0
        od = OpenDoc(doc=doc, meta=meta, last_seq_no=after, since_snapshot=0)
        self._catch_up(doc_id, od)
        return od

    def _catch_up(self, doc_id: str, od: OpenDoc) -> None:
        rows = self.store.changes(doc_id, od.last_seq_no)
        if rows:
            crdt.apply(od.doc, [data for _, data in rows])
            od.last_seq_no = rows[-1][0]
            od.since_snapshot += len(rows)
            od.projected = None  # someone else wrote: rewrite all its projections next time

    def _reset(self) -> None:
        """After a failed write: drop every open document and re-read the log's position."""
        self._open.clear()
        for row in self._pending_docs:
            self.store.forget_meta(row["doc_id"])
        self._dirty, self._pending, self._pending_docs = {}, [], []
        with self.store.read() as conn:
            self._mark = self.store.last_seq_no(conn)

    def reload(self) -> None:
        """Drop every open document: they load again from the log (after a repair)."""
        with self.lock:
            self._reset()

    def forget(self, doc_id: str) -> None:
        with self.lock:
            self._open.pop(doc_id, None)

    def state(self, doc_id: str) -> dict[str, Any]:
        state = crdt.read(self.get(doc_id).doc)
        assert isinstance(state, dict)
        return state

    # ---------------------------------------------------------------- authorization
    # Who may write what is decided in authority.py, from the school documents held here.

    def school_members(self, school_id: str) -> set[bytes]:
        return self.authority.school_members(school_id)

    def writers(self, doc_id: str, meta: Meta, doc: crdt.Document) -> set[bytes]:
        return self.authority.writers(doc_id, meta, doc)

    def removal_records(self, doc_id: str, meta: Meta, doc: crdt.Document | None) -> set[object]:
        return self.authority.removal_records(doc_id, meta, doc)

    def cutoffs(self, doc_id: str, meta: Meta, doc: crdt.Document) -> dict[bytes, int]:
        return self.authority.cutoffs(doc_id, meta, doc)

    def vouched(self, doc_id: str, meta: Meta, doc: crdt.Document) -> dict[bytes, bytes]:
        return self.authority.vouched(doc_id, meta, doc)

    def hold_back_rule(self, school_id: str) -> Callable[[str, Sequence[tuple[bytes, int]]], int]:
        return self.authority.hold_back_rule(school_id)

    def author_tip(self, doc_id: str) -> Callable[[bytes], tuple[int, bytes] | None]:
        """The author's newest change we hold, counting rows not yet flushed in this batch."""

        def tip(actor: bytes) -> tuple[int, bytes] | None:
            best = self.store.author_tip(doc_id, actor)
            for row in self._pending:
                if (
                    row["doc_id"] == doc_id
                    and row["actor"] == actor
                    and (best is None or row["seq"] > best[0])
                ):
                    best = (row["seq"], row["hash"])
            return best

        return tip

    def _known(self, doc_id: str) -> Callable[[list[bytes]], set[bytes]]:
        def known(hashes: list[bytes]) -> set[bytes]:
            found = set(self.known_hashes(doc_id, hashes))
            wanted = set(hashes) - found
            if wanted:
                found |= {
                    r["hash"]
                    for r in self._pending
                    if r["doc_id"] == doc_id and r["hash"] in wanted
                }
            return found

        return known

    def _why_not_writer(self, doc_id: str, meta: Meta) -> str:
        """Why this PC may not write a document: the learner moved to another school,
        replaced by a restored backup, removed from the school, or the document is another
        school's."""
        if meta.kind == "learner" and doc_id in self._open:
            held = custody.of(doc_id, meta.school, self._open[doc_id].doc)
            if held.moved and self.me.public_key not in self.school_members(held.holder):
                step = held.steps[-1]
                where = f"to {self.school_name(held.holder)}" if held.holder else (
                    "with an open record bundle (to whichever school imports it)"
                )
                return (
                    f"this learner transferred {where} on {step.date}: their record here is "
                    "kept read-only"
                )
        for r in self.authority.school_removals(doc_id if meta.kind == "school" else meta.school):
            if r.key == self.me.public_key and r.handover:
                new = identity.node_id_from_public_key(r.successor)
                return (
                    "this PC no longer writes the school's records: the school's backup was "
                    f"restored onto another PC ({new}), which took its place"
                )
            if r.key == self.me.public_key:
                return "this PC was removed from its school, so it no longer writes its records"
        return "this node may not change that document (it belongs to another school)"

    def school_name(self, school_id: str) -> str:
        """A school's name from its document held here ("school ID" when not held)."""
        od = self.maybe(school_id) if school_id else None
        name = crdt.get_value(od.doc, crdt.ROOT, "name") if od is not None else None
        return name if isinstance(name, str) and name else f"school {school_id}"

    def may_write(self, doc_id: str) -> bool:
        od = self.get(doc_id)
        return self.me.public_key in self.writers(doc_id, od.meta, od.doc)

    # ---------------------------------------------------------------- local writes

    def create(
        self,
        meta: Meta,
        build: Callable[..., Any],
        extra: dict[str, str] | None = None,
        *,
        pass_id: bool = False,
    ) -> tuple[str, Any]:
        """A new document: its genesis (``meta`` and ``extra`` keys of the meta map), then
        ``build(tx)`` (``build(tx, doc_id)`` with ``pass_id``: a signed entry names it)."""
        if meta.kind != "school" and meta.school and (
            self.me.public_key not in self.school_members(meta.school)
        ):  # every PC would refuse its genesis (verify_batch step 4)
            raise PermissionDenied(self._why_not_writer("", meta))
        doc_id, doc = genesis(self.me.public_key, meta, extra)
        with doc.transaction() as tx:
            result = build(tx, doc_id) if pass_id else build(tx)
        new = crdt.changes_since(doc, [])
        with self.lock:
            try:
                with self.store.write() as conn:
                    if self._batch is None:
                        self.sync_with_log()
                    self._pending_docs.append(self.store.document_row(doc_id, meta))
                    self.store.remember_meta(doc_id, meta)
                    od = OpenDoc(doc=doc, meta=meta, last_seq_no=0, since_snapshot=0)
                    self._persist(conn, doc_id, od, new, self._sign(doc_id, new), "local")
            except BaseException:
                self._reset()
                raise
            self._open[doc_id] = od
            self._evict()
            self._touched.add(doc_id)
        self._announce(doc_id, meta.kind, len(new), "local")
        return doc_id, result

    def change(
        self,
        doc_id: str,
        edit: Callable[[Tx], Any],
        *,
        check_writer: bool = True,
        touched: frozenset[str] | None = None,
    ) -> Any:
        """Run ``edit`` in an Automerge transaction; sign and store what it changed."""
        with self.lock:
            try:
                with self.store.write() as conn:
                    od = self.get(doc_id)
                    if check_writer and self.me.public_key not in self.writers(
                        doc_id, od.meta, od.doc
                    ):
                        raise PermissionDenied(self._why_not_writer(doc_id, od.meta), doc_id=doc_id)
                    before = crdt.heads(od.doc)
                    with od.doc.transaction() as tx:
                        result = edit(tx)
                    new = crdt.changes_since(od.doc, before)
                    if new:
                        if od.rows is not None:  # rows of a batch received before this edit
                            od.rows, od.touched = None, None  # are stale: read it all again
                            touched = None
                        od.touched = merge_touched(od, touched, doc_id in self._dirty)
                        self._persist(conn, doc_id, od, new, self._sign(doc_id, new), "local")
            except BaseException:
                self._reset()  # reload from the log: memory may be ahead of disk
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
        self._pending.extend(self.store.change_rows(doc_id, new, signatures, origin))
        od.since_snapshot += len(new)
        self._dirty[doc_id] = od
        if self._batch is None:
            self._flush(conn)

    def _flush(self, conn: Any) -> None:
        """Write the changes of this transaction and refresh projections (and snapshots
        when due) once per document, however many changes it got."""
        dirty, self._dirty = self._dirty, {}
        pending, self._pending = self._pending, []
        docs, self._pending_docs = self._pending_docs, []
        self.store.add_documents(conn, docs)
        created = {row["doc_id"] for row in docs}
        if pending:
            newest = self.store.insert_changes(conn, pending)
            for doc_id, seq_no in newest.items():
                if doc_id in dirty:
                    dirty[doc_id].last_seq_no = seq_no
            self._mark = max(self._mark, *newest.values())  # we caught up before writing
        rows = {}
        for doc_id, od in dirty.items():
            rows[doc_id], od.projected = commit_rows(doc_id, od, doc_id in created)
        self.store.replace_projections(conn, rows, created)
        self.store.touch_documents(conn, list(dirty))
        for doc_id, od in dirty.items():
            if od.since_snapshot >= SNAPSHOT_EVERY:
                self.store.put_snapshot(conn, doc_id, od.doc.save(), od.last_seq_no)
                od.since_snapshot = 0

    def projection_rows(self, doc_id: str, od: OpenDoc) -> Rows:
        return projection_rows(doc_id, od)

    def rebuild_projections(self) -> int:
        """Rewrite every document's projection rows from the document; returns how many."""
        count = 0
        for doc_id, _meta in self.store.documents():
            od = self.get(doc_id)
            with self.store.write() as conn:
                self.store.replace_projection(conn, doc_id, self.projection_rows(doc_id, od))
            count += 1
        return count

    # ---------------------------------------------------------------- received changes

    def receive(
        self,
        doc_id: str,
        changes: list[bytes],
        signatures: dict[bytes, bytes],
        origin: str,
        headers: Sequence[crdt.Header | None] | None = None,
    ) -> int:
        """Verify a batch and store it, or reject it whole (RejectedChanges) storing nothing.
        A purged document (decision 0018) is never stored again: a peer or a USB package
        that still holds it is ignored (its other documents go on), a bundle refused."""
        if self.refuses(doc_id, origin):  # ignored, or RejectedChanges (service/purge.py)
            return 0
        with self.lock:
            with self.store.write() as conn:
                # A document new to us (every one, in an initial sync): one indexed look-up,
                # not a failed load with its exception.
                current = self.maybe(doc_id) if self.store.meta(doc_id) is not None else None
                verified: Verified = verify_batch(
                    doc_id,
                    current.doc if current else None,
                    current.meta if current else None,
                    changes,
                    signatures,
                    self.writers,
                    actor=self.me.public_key,
                    members_of=self.school_members,
                    removed=self.removal_records,
                    cutoffs=self.cutoffs,
                    vouched=self.vouched,
                    author_tip=self.author_tip(doc_id),
                    known=self._known(doc_id),
                    headers=headers,
                    content=self._content,
                    custody=self.authority.custody,
                )
                if not verified.changes:
                    return 0
                try:  # projections must be computable from what arrived: else reject it
                    rows = rows_of(doc_id, verified.meta, verified.state)
                except (ValueError, TypeError, KeyError) as exc:
                    raise RejectedChanges(
                        f"changes for document {doc_id} rejected: unreadable content ({exc})",
                        reason="malformed",
                        doc_id=doc_id,
                        actor="",
                    ) from None
                if current is None:
                    self._pending_docs.append(self.store.document_row(doc_id, verified.meta))
                    self.store.remember_meta(doc_id, verified.meta)
                    od = OpenDoc(
                        doc=verified.doc, meta=verified.meta, last_seq_no=0, since_snapshot=0
                    )
                    od.rows = rows
                else:
                    od = OpenDoc(
                        doc=verified.doc,
                        meta=current.meta,
                        last_seq_no=current.last_seq_no,
                        since_snapshot=current.since_snapshot,
                    )
                    od.rows = rows
                try:
                    self._persist(conn, doc_id, od, verified.changes, verified.signatures, origin)
                except BaseException:
                    self._reset()
                    raise
            self._open[doc_id] = od
            self._evict()
            self._touched.add(doc_id)
        self._announce(doc_id, od.meta.kind, len(verified.changes), origin)
        return len(verified.changes)

    def outgoing(
        self, doc_id: str, their_heads: list[bytes]
    ) -> tuple[list[crdt.ChangeInfo], dict[bytes, bytes]]:
        """What a peer holding ``their_heads`` lacks, with each actor's tip signature."""
        with self.lock:
            od = self.get(doc_id)
            known = self.known_hashes(doc_id, their_heads)
            new = crdt.changes_since(od.doc, known)
            tips: dict[bytes, crdt.ChangeInfo] = {}
            for c in new:
                if c.actor not in tips or c.seq > tips[c.actor].seq:
                    tips[c.actor] = c
            wanted = {c.hash for c in tips.values()}
            # Inside a batch, this batch's own changes are not in the store yet.
            pending = {
                r["hash"]: r["signature"]
                for r in self._pending
                if r["doc_id"] == doc_id and r["hash"] in wanted and r["signature"]
            }
        stored = self.store.signatures(doc_id, sorted(wanted - pending.keys()))
        return new, {**stored, **pending}

    def known_hashes(self, doc_id: str, hashes: list[bytes]) -> list[bytes]:
        return self.store.known_hashes(doc_id, hashes)

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
            self._batch, self._touched, self._dirty = [], set(), {}
            try:
                with self.store.write() as conn:
                    self.sync_with_log()
                    yield
                    self._flush(conn)
            except BaseException:
                for doc_id in self._touched:
                    self.store.forget_meta(doc_id)
                self._batch = None
                self._reset()
                raise
            pending, self._batch = self._batch, None
        for event in pending:
            self._on_commit(*event)


__all__ = ["Documents", "OpenDoc", "RejectedChanges"]
