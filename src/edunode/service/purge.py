"""Purging a learner transferred away: leaving no personal data behind (issue 10 item 2,
decision 0018).

The instruction is a scalar root key of this school's own school document,
``purge/<learner ID>`` → ``YYYY-MM-DD``, written by :meth:`Purges.purge` (admin PIN): a
signed change like every other, that only the school's members can write and that every PC
of the school receives by sync or USB. Every PC applies every instruction its school
document holds (:meth:`Purges.apply`): after a commit to that document or to a learner it
waits for, and when the Node opens. Applying deletes the learner's document — meta,
changes, snapshot, projections —, the bundles kept in ``<home>/transfers/`` that hold it,
the audit text and log lines that name the learner, damaged store copies that hold them,
then compacts the database file. It keeps one audit line ``learner_purged`` with the ID and
the date, and the ID in the ``purged`` table: the document is never stored here again
(:meth:`Purges.refuses`).

Every PC applies an instruction as it finds it, whatever its own copy of the record shows:
the PC that wrote it checked that the learner was transferred away, and the PC that
exported the record may have purged it before the release reached the others (they would
wait for it forever).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from edunode import crdt
from edunode.config import Paths
from edunode.domain import custody, learner, validate
from edunode.domain.meta import looks_like_doc_id
from edunode.errors import EdunodeError, NotFoundError, RejectedChanges, ValidationError
from edunode.events import EventBus, LearnerPurged
from edunode.service.admin import Audit, NodeSettings
from edunode.service.documents import Documents
from edunode.store import Store
from edunode.store.purged import PurgeRecords

log = logging.getLogger("edunode.purge")

PURGE_KEY = "purge/"  # + a learner's ID, in the school's own school document
LIFTED = "lifted "  # + a date: the instruction's value once the learner came back
TRANSFERS = "transfers"  # the kept record bundles (bundle/file.py)
LOG_NAME = "edunode.log"  # and its rotated copies (files/log.py)
_CHUNK = 1 << 20


class Purges:
    def __init__(
        self,
        store: Store,
        docs: Documents,
        settings: NodeSettings,
        audit: Audit,
        paths: Paths,
        bus: EventBus,
    ) -> None:
        self.bus = bus
        self.store = store
        self.docs = docs
        self.settings = settings
        self._audit = audit
        self.home = paths.home
        db = paths.db  # the files a sweep never touches: the live store, the key, settings
        self._keep = {paths.key, paths.cert, paths.config, db,
                      db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")}  # fmt: skip
        self.records = PurgeRecords(store)
        self._lock = threading.RLock()  # one thread applies at a time (``apply``)
        self._again = False

    # ------------------------------------------------------------------ the instruction

    def purge(self, learner_id: str, pin: str | None) -> dict[str, Any]:
        """Instruct every PC of this school to delete a learner transferred away, and apply
        it here. Refused (nothing written) for a malformed ID, a wrong PIN, a document that
        is not a learner, or a learner this school still holds."""
        learner_id = (learner_id or "").strip()
        if not looks_like_doc_id(learner_id):
            raise ValidationError(f"'{learner_id}' is not a learner ID")
        self.settings.check_admin_pin(pin)
        school_id = self.settings.require_school()
        done = self.records.ids().get(learner_id)
        if done is not None:
            return {"id": learner_id, "date": done, "removed": False}
        meta = self.store.meta(learner_id)
        if meta is None or meta.kind != "learner":
            raise NotFoundError(f"there is no learner with ID {learner_id}", doc_id=learner_id)
        if not self._transferred(learner_id, school_id):
            raise ValidationError(
                "still a learner of this school: only a learner transferred away can be purged"
            )
        date = validate.date(None)
        have = crdt.get_value(self.docs.get(school_id).doc, crdt.ROOT, PURGE_KEY + learner_id)
        if isinstance(have, str) and have.startswith(LIFTED):
            have = None  # purged once, came back, purged again: a new instruction
        date = have[:10] if isinstance(have, str) else date
        with self._lock:
            return self._purge(learner_id, school_id, have, date)

    def _purge(self, learner_id: str, school_id: str, have: object, date: str) -> dict[str, Any]:
        if learner_id in self.records.ids():  # another thread applied it meanwhile
            return {"id": learner_id, "date": self.records.ids()[learner_id], "removed": False}
        try:
            with self.docs.batch():  # the instruction and this PC's deletion: one transaction
                if not isinstance(have, str):
                    self.docs.change(
                        school_id,
                        lambda tx: crdt.put(tx, crdt.ROOT, PURGE_KEY + learner_id, date),
                    )
                erased = self._erase(learner_id, date)
        except BaseException:
            self.records.forget_cache()  # it counted the learner as purged: read it again
            raise
        self._finish(learner_id, date, *erased)
        self.records.compact()
        return {"id": learner_id, "date": date, "removed": True}

    def _keys(self) -> dict[str, str]:
        """Learner ID → value of every ``purge/ID`` key in this school's document."""
        school_id = self.settings.school_id
        od = self.docs.maybe(school_id) if school_id else None
        if od is None:
            return {}
        out: dict[str, str] = {}
        for key in od.doc.keys(crdt.ROOT):
            doc_id = key[len(PURGE_KEY) :]
            if key.startswith(PURGE_KEY) and looks_like_doc_id(doc_id):
                value = crdt.get_value(od.doc, crdt.ROOT, key)
                if isinstance(value, str):
                    out[doc_id] = value
        return out

    def instructions(self) -> dict[str, str]:
        """Learner ID → date of every purge instruction in this school's document."""
        return {d: v[:10] for d, v in self._keys().items() if not v.startswith(LIFTED)}

    def lifted(self) -> set[str]:
        """Learners purged here who came back with a record bundle (the instruction says
        ``lifted``): every PC of the school takes their record again."""
        return {d for d, v in self._keys().items() if v.startswith(LIFTED)}

    def lift(self, learner_id: str) -> bool:
        """A learner purged here comes back: the admin imports their record bundle (admin
        PIN, checked by the import). The instruction is marked lifted in the school document,
        in the caller's transaction, so every PC of the school takes the record again.
        False when the learner was never purged here."""
        if learner_id not in self.records.ids():
            return False
        school_id = self.settings.require_school()
        value = LIFTED + validate.date(None)
        key = PURGE_KEY + learner_id
        self.docs.change(school_id, lambda tx: crdt.put(tx, crdt.ROOT, key, value))
        self.records.lift(learner_id)
        return True

    # ------------------------------------------------------------------ applying

    def on_commit(self, doc_id: str, kind: str) -> None:
        """After a commit: the school's document may hold a new instruction."""
        if kind == "school" and doc_id == self.settings.school_id:
            try:
                self.apply()
            except EdunodeError as exc:  # the store is busy or damaged: the next start retries
                log.warning("could not apply a purge instruction yet: %s", exc)

    def apply(self) -> list[str]:
        """Apply every instruction held here and not applied yet; returns the IDs purged.
        Inside a write transaction nothing is done (the commit that ends it applies them);
        while another thread applies, it is asked to look again when done."""
        if self.store.writing():
            return []
        if not self._lock.acquire(blocking=False):
            self._again = True
            return []
        purged: list[str] = []
        try:
            self._again = True
            while self._again:
                self._again = False
                for doc_id in sorted(self.lifted() & set(self.records.ids())):
                    self.records.lift(doc_id)  # came back: take the record again
                for doc_id, date in sorted(self.instructions().items()):
                    if doc_id in self.records.ids():
                        continue  # done
                    meta = self.store.meta(doc_id)
                    if meta is not None and meta.kind != "learner":
                        continue  # not a learner's record: no instruction deletes it
                    self._finish(doc_id, date, *self._erase(doc_id, date))
                    purged.append(doc_id)
            if purged:
                self.records.compact()
        finally:
            self._lock.release()
        return purged

    def refuses(self, doc_id: str, origin: str = "") -> bool:
        """Whether a document may never be stored here again (it was purged): a peer's or a
        stick's batch is then ignored, a bundle's refused (RejectedChanges, ``purged``)."""
        if doc_id not in self.records.ids():
            return False
        if origin.startswith("bundle:"):
            raise RejectedChanges(
                f"changes for document {doc_id} rejected: this learner's record was purged "
                "from this school, which keeps no copy of it any more",
                reason="purged",
                doc_id=doc_id,
                actor="",
            )
        return True

    def on_news(self, changed: list[str]) -> None:
        """Another process wrote to the store (a CLI beside ``serve``): it may have purged
        a document this one keeps open, or stored an instruction this one can apply."""
        self.records.forget_cache()
        for doc_id in self.records.ids():
            self.docs.forget(doc_id)
            self.store.forget_meta(doc_id)
        school_id = self.settings.school_id
        if school_id in changed:
            self.on_commit(school_id, "school")

    def _transferred(self, doc_id: str, school_id: str) -> bool:
        od = self.docs.get(doc_id)
        return custody.of(doc_id, od.meta.school, od.doc).released_by(school_id) is not None

    def _erase(self, doc_id: str, date: str) -> tuple[int, list[str]]:
        """The store's part, in one transaction (the caller's, if any): returns how many
        changes were deleted and the learner's words the files are searched for."""
        needles: list[str] = []
        if self.store.meta(doc_id) is not None:
            seen = learner.view(self.docs.state(doc_id))
            needles = [w for w in (seen["name"], seen["guardian"]) if len(w.strip()) >= 2]
        note = f"learner {doc_id}: details purged on {date}"
        count = self.records.erase(doc_id, date, needles, note)
        self.docs.forget(doc_id)
        return count, needles

    def _finish(self, doc_id: str, date: str, count: int, needles: list[str]) -> None:
        """After the commit: the files, and the one audit line kept."""
        self.docs.forget(doc_id)
        files = self._sweep(doc_id, needles)
        self._audit(
            "learner_purged",
            f"learner {doc_id} purged on the school's instruction of {date}: "
            f"{count} change(s) and {files} file(s) removed",
            "",
        )
        self.bus.publish(LearnerPurged(learner_id=doc_id, date=date))

    # ------------------------------------------------------------------ files

    def _sweep(self, doc_id: str, words: list[str]) -> int:
        """Every file of the data folder that holds the learner: a kept bundle or a damaged
        copy of the store holding the ID is deleted (not one that merely holds a word of the
        name: another learner may share it), a log loses the lines holding the ID or any of
        ``words``. Returns how many files were deleted or rewritten."""
        needles = [w.encode() for w in (doc_id, *words) if w]
        keep = {p.resolve() for p in self._keep}
        touched = 0
        for path in _files(self.home):
            if path.resolve() in keep or not _holds(path, needles):
                continue
            try:
                if path.name.startswith(LOG_NAME):
                    lines = path.read_bytes().splitlines(keepends=True)
                    path.write_bytes(b"".join(x for x in lines if not any(n in x for n in needles)))
                elif path.parent.name == TRANSFERS or ".damaged-" in path.name:
                    if not _holds(path, needles[:1]):
                        continue
                    path.unlink()
                else:
                    log.warning("purge: %s holds the learner's data; EduNode did not make it", path)
                    continue
            except OSError as exc:  # the store is clean already; say which file is left
                log.warning("purge: could not clean %s: %s", path, exc)
                continue
            touched += 1
        return touched


def _files(home: Path) -> Iterator[Path]:
    for folder, _dirs, names in os.walk(home, followlinks=False):
        for name in names:
            path = Path(folder) / name
            if path.is_file() and not path.is_symlink():
                yield path


def _holds(path: Path, needles: list[bytes]) -> bool:
    """Whether the file holds any of ``needles`` (read in chunks: backups can be large)."""
    overlap = max((len(n) for n in needles), default=0)
    tail = b""
    try:
        with path.open("rb") as f:
            while chunk := f.read(_CHUNK):
                block = tail + chunk
                if any(n in block for n in needles):
                    return True
                tail = block[-overlap:] if overlap else b""
    except OSError:
        return False
    return False
