"""The admin's decisions on links (approve, refuse, revoke, each behind the admin PIN) and
what each link shares and accepts (DESIGN §4).

``peers.py`` keeps the link records and their state machine; this module adds what a
decision means for the school: approving a PC as ``school`` signs it into the school,
revoking a PC of the school signs it out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from edunode.domain import custody
from edunode.domain.meta import Meta
from edunode.errors import NotFoundError, ValidationError
from edunode.identity import NodeIdentity
from edunode.service.admin import NodeSettings
from edunode.service.documents import Documents
from edunode.service.membership import SchoolMembership
from edunode.service.peers import Peers

_SEND_ORDER = {"school": 0, "course": 1, "learner": 2}  # a school before its records


def send_rank(meta: Meta | None) -> int:
    """Where a document goes in what we send: a school before its records, since the peer
    verifies a school's documents against that school's members."""
    return 3 if meta is None else _SEND_ORDER.get(meta.kind, 3)


class Links:
    def __init__(
        self,
        peers: Peers,
        docs: Documents,
        me: NodeIdentity,
        settings: NodeSettings,
        membership: SchoolMembership,
    ) -> None:
        self.peers = peers
        self.docs = docs
        self.me = me
        self.settings = settings
        self.membership = membership
        self.archive = False  # set by the Node: an archive holds no school (decision 0012a)

    # ------------------------------------------------------------------ admin decisions

    def approve(self, node_id: str, role: str, pin: str | None) -> dict[str, Any]:
        """Approve a link. ``school`` also makes that PC a member of this school (signed)."""
        self.settings.check_admin_pin(pin)
        node_id = self.peers.resolve(node_id)
        peer = self.peers.get(node_id)
        if peer is None:
            raise NotFoundError(f"no known node {node_id}")
        school_id = self.settings.school_id
        if role == "school" and self.archive:
            raise ValidationError(
                f"this is an archive node: it belongs to no school, so {peer['name']} "
                "can only be approved as a community peer"
            )
        if role == "school" and school_id:
            if peer["school_id"] and peer["school_id"] != school_id:
                raise ValidationError(
                    f"{peer['name']} belongs to another school ({peer['school']}); "
                    "approve it as a community peer"
                )
            key = self.peers.public_key(node_id)
            assert key is not None
            if key not in self.docs.school_members(school_id):
                self.membership.add_member(key, peer["name"], "member")
        return self.peers.decide(node_id, "approve", role)

    def refuse(self, node_id: str, pin: str | None, *, block: bool = False) -> dict[str, Any]:
        self.settings.check_admin_pin(pin)
        return self.peers.decide(self.peers.resolve(node_id), "block" if block else "refuse")

    def revoke(self, node_id: str, pin: str | None) -> dict[str, Any]:
        """Revoke a link at once; a PC of this school is also removed from the school."""
        self.settings.check_admin_pin(pin)
        node_id = self.peers.resolve(node_id)
        key = self.peers.public_key(node_id)
        school_id = self.settings.school_id
        if (
            school_id
            and key
            and key in self.docs.school_members(school_id)
            and key != self.me.public_key
        ):
            self.membership.remove_member(node_id)
        return self.peers.decide(node_id, "revoke")

    # ------------------------------------------------------------------ what a link shares

    def sharing_rule(self, node_id: str) -> Callable[[Meta, str], bool]:
        """Whether a document with this meta (and ID) goes to the peer: community documents
        go to every approved peer; school documents only to approved members of the owning
        school, and a learner's record to the members of every school that has held it
        (decision 0009): the school it moved to, and the one it left, which keeps the
        history read-only. The link's role, the peer's key and our school's members are read
        once, not per document."""
        role = self.peers.role(node_id)
        if role is None:
            return lambda meta, doc_id: False
        key = self.peers.public_key(node_id)
        school_id = self.settings.school_id
        member = (
            role == "school"
            and bool(school_id)
            and key is not None
            and key in self.docs.school_members(school_id)
        )
        ours = self._ours(school_id)
        return lambda meta, doc_id: meta.scope == "community" or (member and ours(meta, doc_id))

    def _ours(self, school_id: str) -> Callable[[Meta, str], bool]:
        """Whether a school-scoped document is our school's: made here, or a learner's record
        our school has held (its custody entries say so; few records move, so each is
        opened once per rule, when asked)."""
        seen: dict[str, bool] = {}

        def ours(meta: Meta, doc_id: str) -> bool:
            if not school_id:
                return False
            if meta.school == school_id:
                return True
            if meta.kind != "learner" or not doc_id:
                return False
            if doc_id not in seen:
                od = self.docs.maybe(doc_id)
                seen[doc_id] = od is not None and school_id in custody.of(
                    doc_id, meta.school, od.doc
                ).chain
            return seen[doc_id]

        return ours

    def documents_for(self, node_id: str) -> list[tuple[str, Meta]]:
        """Every document in the scope of the link with ``node_id``, school documents first."""
        rule = self.sharing_rule(node_id)
        docs = [(d, m) for d, m in self.docs.store.documents() if rule(m, d)]
        return sorted(docs, key=lambda dm: send_rank(dm[1]))

    def accepting_rule(self, node_id: str) -> Callable[[Meta, str], bool]:
        """Whether we take a document with this meta (and ID) from that peer at all, read
        once per batch and asked after verifying. A school-scoped document is accepted only
        for our own school (a learner's record also once our school has held it): learner
        data never lands outside its school even if a peer sends it by mistake or malice."""
        if self.peers.role(node_id) is None:
            return lambda meta, doc_id: False
        ours = self._ours(self.settings.school_id)
        return lambda meta, doc_id: meta.scope == "community" or ours(meta, doc_id)
