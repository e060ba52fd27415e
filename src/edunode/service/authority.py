"""Who may write a document, decided from the school documents this PC holds (DESIGN §4).

The owning school's certified members write its documents (a need or an offer on the board
too); a fund is written by the PCs of every school holding it (its fixed terms); a course's
maintainer schools (by a signed grant) write it too; a school document is written by its own
members. A PC removed from a school stays refused beyond its removal's signed cut-off (ADR
0001). Reading a school document's members or removals walks signed certificates, so answers
are cached per school document state (its heads): every PC holding the same school document
decides the same way.
``Documents`` asks here for every local commit and every received batch.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from edunode import crdt
from edunode.domain import course, custody, fund, school
from edunode.domain.meta import Meta, meta_map
from edunode.service.opendoc import OpenDoc


class Authority:
    """Writers, removals and cut-offs of documents; ``maybe(doc_id)`` opens a held document."""

    def __init__(self, maybe: Callable[[str], OpenDoc | None]) -> None:
        self.maybe = maybe
        self._members_cache: dict[tuple[str, tuple[bytes, ...]], set[bytes]] = {}
        self._removals_cache: dict[tuple[str, tuple[bytes, ...]], list[school.Removal]] = {}
        self._last_maintainers: (
            tuple[tuple[str, tuple[bytes, ...], frozenset[bytes]], list[str]] | None
        ) = None

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
        """Who may write ``doc_id`` (DESIGN §4): members of the owning school and of schools
        it granted maintenance by a signed grant; for a school, its certified members."""
        if meta.kind == "school":
            return self._members_of(doc_id, doc, meta)
        if meta.kind == "learner":  # the school holding custody now (decision 0009)
            return set(self.school_members(custody.of(doc_id, meta.school, doc).holder))
        keys = set(self.school_members(meta.school))
        if meta.kind == "fund":  # the holding schools' PCs, named in the fixed terms
            terms = fund.read_terms(meta_map(doc))
            for school_id in terms.holders if terms is not None else ():
                keys |= self.school_members(school_id)
        if meta.kind == "course":
            for school_id in self._maintainers(doc_id, doc, meta):
                keys |= self.school_members(school_id)
        return keys

    def _maintainers(self, doc_id: str, doc: crdt.Document, meta: Meta) -> list[str]:
        """A course's certified maintainer schools; the last answer is kept, because
        verifying a batch asks for both its writers and its cut-offs of the same state."""
        owners = self.school_members(meta.school)
        key = (doc_id, tuple(crdt.heads(doc)), frozenset(owners))
        last = self._last_maintainers  # one read: another thread may replace it
        if last is None or last[0] != key:
            state = crdt.read(doc)
            assert isinstance(state, dict)
            last = (key, sorted(course.maintainer_schools(doc_id, state, owners)))
            self._last_maintainers = last
        return last[1]

    def removal_records(
        self, doc_id: str, meta: Meta, doc: crdt.Document | None
    ) -> set[object]:
        """What a batch may add to, never change or drop: a school's valid removal entries
        and handovers; a course's valid rounds of maintenance (grants, revocations)."""
        if doc is None:
            return set()
        if meta.kind == "course":
            owners = self.school_members(meta.school)
            return set(course.maintenance(doc_id, _maintainers_only(doc), owners))
        if meta.kind != "school":
            return set()
        return set(self._removals_of(doc_id, doc, meta))

    def _removals_of(self, school_id: str, doc: crdt.Document, meta: Meta) -> list[school.Removal]:
        key = (school_id, tuple(crdt.heads(doc)))
        cached = self._removals_cache.get(key)
        if cached is None:
            state = crdt.read(doc)
            assert isinstance(state, dict)
            cached = school.removals(school_id, state, meta.founder)
            if len(self._removals_cache) > 256:
                self._removals_cache.clear()
            self._removals_cache[key] = cached
        return cached

    def school_removals(self, school_id: str) -> list[school.Removal]:
        od = self.maybe(school_id) if school_id else None
        if od is None or od.meta.kind != "school":
            return []
        return self._removals_of(school_id, od.doc, od.meta)

    def cutoffs(self, doc_id: str, meta: Meta, doc: crdt.Document) -> dict[bytes, int]:
        """For each key removed from a school whose members may write ``doc_id`` (as
        ``writers`` counts them), the seq of its last change here that its removal accepts."""
        entries = self._entries(doc_id, meta, doc)
        cut = school.cutoffs(entries, doc_id) if entries else {}
        if meta.kind == "course":  # PCs of a school whose maintenance was revoked
            owners = self.school_members(meta.school)
            for revoked in course.revocations(doc_id, _maintainers_only(doc), owners):
                for key, seq in course.decode_key_cutoff(revoked.cutoff).items():
                    cut[key] = max(cut.get(key, 0), seq)
        return cut

    def _entries(self, doc_id: str, meta: Meta, doc: crdt.Document) -> list[school.Removal]:
        """The removals and handovers of the schools whose members may write ``doc_id``."""
        if meta.kind == "school":
            return self._removals_of(doc_id, doc, meta)
        entries = list(self.school_removals(meta.school))
        if meta.kind == "learner":  # every school that has held the record
            for school_id in custody.of(doc_id, meta.school, doc).chain[1:]:
                entries += self.school_removals(school_id)
        if meta.kind == "course":
            for school_id in self._maintainers(doc_id, doc, meta):
                entries += self.school_removals(school_id)
        return entries

    def custody(
        self,
        doc_id: str,
        meta: Meta,
        before: crdt.Document | None,
        fork: crdt.Document,
        new: list[crdt.ChangeInfo],
    ) -> tuple[str, dict[bytes, set[bytes]] | None]:
        """The custody rule of a learner's record (``domain/custody.py``), by the school
        documents held here."""
        return custody.check_changes(doc_id, meta.school, before, fork, new, self.school_members)

    def vouched(self, doc_id: str, meta: Meta, doc: crdt.Document) -> dict[bytes, bytes]:
        """For each key handed over to a restored PC (decision 0013) in a school whose
        members may write ``doc_id``: the hash of its last change here its handover names."""
        return school.handover_heads(self._entries(doc_id, meta, doc), doc_id)

    def hold_back_rule(self, school_id: str) -> Callable[[str, Sequence[tuple[bytes, int]]], int]:
        """For documents of ``school_id`` (or that school document itself): how many of the
        changes we would send ((actor, seq) pairs) are by a PC removed from the school,
        numbered beyond its removal's cut-off. Every PC that knows of the removal refuses a
        batch holding one, so such a document is not sent (``edunode check`` names it).
        Read once per school, like ``Node.sharing_rule``."""
        entries = self.school_removals(school_id)
        if not entries:
            return lambda doc_id, rows: 0
        removed = {r.key for r in entries} - self.school_members(school_id)

        def held(doc_id: str, rows: Sequence[tuple[bytes, int]]) -> int:
            if not removed & {actor for actor, _ in rows}:
                return 0
            cut = school.cutoffs(entries, doc_id)
            return sum(1 for a, seq in rows if a in removed and seq > cut[a])

        return held


def _maintainers_only(doc: crdt.Document) -> dict[str, crdt.Plain]:
    """A course's ``maintainers`` map alone (not its lessons' text), as a state."""
    obj = crdt.get_obj(doc, crdt.ROOT, "maintainers")
    return {"maintainers": crdt.read(doc, obj) if obj is not None else {}}
