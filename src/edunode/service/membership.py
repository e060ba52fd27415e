"""School membership: founding a school, its members (signed into the school document),
removing a PC, and taking a school as this node's own once its document lists us.

Who may write a school's documents follows from this membership (``Documents.writers``);
links decide only which peers see them (``links.py``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from edunode import crdt, identity
from edunode.domain import school
from edunode.domain.meta import Meta
from edunode.errors import ValidationError
from edunode.identity import NodeIdentity
from edunode.service.admin import Audit, NodeSettings
from edunode.service.documents import Documents
from edunode.store import Store


def today() -> str:
    return dt.date.today().isoformat()


class SchoolMembership:
    def __init__(
        self,
        store: Store,
        docs: Documents,
        me: NodeIdentity,
        settings: NodeSettings,
        audit: Audit,
    ) -> None:
        self.store = store
        self.docs = docs
        self.me = me
        self.settings = settings
        self._audit = audit

    def found(self, school_name: str) -> str:
        """Create a new school with this node as its founder and first admin."""
        meta = Meta(kind="school", school="", scope="community", founder=self.me.public_key)
        school_id, _ = self.docs.create(meta, lambda tx: school.create(tx, school_name))
        self.docs.change(
            school_id,
            lambda tx: school.add_member(
                tx, school_id, self.me, self.me.public_key, self.settings.name, "admin"
            ),
        )
        self.settings.set_school(school_id)
        return school_id

    @property
    def school_name(self) -> str:
        sid = self.settings.school_id
        if not sid or self.docs.maybe(sid) is None:
            return ""
        return str(self.docs.state(sid).get("name", ""))

    def member_keys(self) -> set[bytes]:
        """The keys of this school's current members (empty without a school)."""
        return self.docs.school_members(self.settings.school_id)

    def view(self) -> dict[str, Any]:
        sid = self.settings.require_school()
        od = self.docs.get(sid)
        state = self.docs.state(sid)
        members = school.members(sid, state, od.meta.founder)
        return {
            "id": sid,
            "name": str(state.get("name", "")),
            "members": [
                {"node_id": m.node_id, "name": m.name, "role": m.role, "removed": m.removed}
                for m in members.values()
            ],
        }

    def add_member(self, public_key: bytes, name: str, role: str = "member") -> None:
        sid = self.settings.require_school()
        self.docs.change(
            sid, lambda tx: school.add_member(tx, sid, self.me, public_key, name, role)
        )
        self._audit(
            "member_added",
            f"{name} ({identity.node_id_from_public_key(public_key)}) joined the school",
            "",
        )

    def remove_member(self, node_id: str) -> None:
        """Sign the PC out of the school, after endorsing its last accepted changes.

        Once removed, a PC's changes are only accepted where a current writer built on
        them, and only up to the removal's cut-off: per document, its last change this
        node holds (ADR 0001). So first, on every document where the PC wrote something,
        this node commits a small change on top of what it holds: a PC of the school that
        has never seen the removed PC's work can still receive those documents whole.
        """
        sid = self.settings.require_school()
        node_id = identity.parse_node_id(node_id)
        key = next(
            (
                m.key
                for m in school.members(
                    sid, self.docs.state(sid), self.docs.get(sid).meta.founder
                ).values()
                if m.node_id == node_id
            ),
            None,
        )
        if key is None:
            raise ValidationError(f"{node_id} is not a member of this school")
        if key == self.docs.get(sid).meta.founder:
            raise ValidationError("the PC that founded the school cannot be removed")
        with self.docs.batch():
            cutoff: dict[str, int] = {}
            for doc_id in self.store.documents_written_by(key):
                cutoff[doc_id] = (self.docs.author_tip(doc_id)(key) or (0, b""))[0]
                if doc_id != sid and self.docs.may_write(doc_id):
                    self.docs.change(
                        doc_id, lambda tx: crdt.put(tx, crdt.ROOT, "endorsed", today())
                    )
            self.docs.change(
                sid, lambda tx: school.remove_member(tx, sid, self.me, node_id, cutoff)
            )
        self._audit("member_removed", f"{node_id} was removed from the school", node_id)

    def take_over_from(self, old: NodeIdentity) -> dict[str, Any]:
        """This PC, restored from a backup made on ``old``'s PC, takes its place in the
        school (decision 0013): ``old`` signs a handover naming this PC's key and what it
        wrote (per document, its last change held here), and this PC signs again the
        certificates ``old`` had signed. Committed by this PC's key, which the handover
        makes a member with ``old``'s role."""
        sid = self.settings.require_school()
        tips = self.store.author_tips(old.public_key)
        name = self.settings.name
        signed_again = self.docs.change(
            sid,
            lambda tx: school.hand_over(tx, sid, old, self.me, name, tips),
            check_writer=False,
        )
        self._audit(
            "handover",
            f"this PC took the place of {old.node_id} (restored from its backup)",
            old.node_id,
        )
        return {"old": old.node_id, "new": self.me.node_id, "documents": len(tips),
                "signed_again": signed_again}  # fmt: skip

    def replaced_by(self) -> str:
        """The node ID of the PC that took this PC's place (a restored backup), or ""."""
        sid = self.settings.school_id
        od = self.docs.maybe(sid) if sid else None
        if od is None:
            return ""
        member = school.members(sid, self.docs.state(sid), od.meta.founder).get(
            self.me.public_key
        )
        return member.successor if member is not None else ""

    def adopt(self, school_id: str) -> bool:
        """Take ``school_id`` as this node's school once its document lists us as a member."""
        if self.settings.school_id or self.me.public_key not in self.docs.school_members(school_id):
            return False
        self.settings.set_school(school_id)
        self._audit("joined", f"this node joined school {school_id}", "")
        return True
