"""The Node as a sync session sees it: the :class:`edunode.sync.session.Replica` adapter.

Sessions live on the event loop; every method here is blocking (SQL, Automerge, Ed25519)
and is called on the network service's store thread. What goes out is read from the change
log (``store/clocks.py``) without loading documents; what comes in goes through
``Node.receive_changes`` — and so through the one verification function — one frame per
store transaction: a frame that fails anywhere is rolled back whole.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Mapping, Sequence

from edunode import crdt, identity
from edunode.errors import RejectedChanges, SyncError
from edunode.events import ChangesRejected, SyncCompleted
from edunode.identity import short_id
from edunode.service.links import send_rank
from edunode.service.node import Node
from edunode.service.peers import BUSY
from edunode.store import clocks
from edunode.sync import messages as m
from edunode.sync.pipeline import Clock

log = logging.getLogger("edunode.sync")


def _tips(clock: clocks.Clock) -> Clock:
    return {a: (s, h[: m.TIP_BYTES]) for a, (s, h) in clock.items()}


class NodeReplica:
    """Adapts a :class:`Node` to what :class:`edunode.sync.session.Session` needs."""

    def __init__(self, node: Node) -> None:
        self.node = node
        self.node_id = node.node_id
        self.public_key = node.public_key
        self._ignored: dict[str, float] = {}  # node -> when we last logged dropping its request

    def hello_fields(self) -> tuple[str, str, str]:
        return self.node.name, self.node.school_name, self.node.school_id

    def link_state(self, peer_id: str) -> str | None:
        peer = self.node.peers.get(peer_id)
        return str(peer["state"]) if peer else None

    def peer_name(self, peer_id: str) -> str:
        peer = self.node.peers.get(peer_id)
        return f"{peer['name'] or 'a peer'} ({short_id(peer_id)})" if peer else short_id(peer_id)

    # ------------------------------------------------------------------ sending

    def inventory(self, peer_id: str) -> list[m.InventoryEntry]:
        docs = [d for d, _ in self.node.documents_for(peer_id)]
        found = clocks.clocks(self.node.store, docs)
        return [
            m.InventoryEntry(
                d,
                tuple(
                    m.ClockEntry(a, s, h[: m.TIP_BYTES]) for a, (s, h) in sorted(found[d].items())
                ),
            )
            for d in docs
            if d in found
        ]

    def sending_order(self, doc_ids: Iterable[str]) -> list[str]:
        """``doc_ids`` in the inventory's order (a school before its records), so that a
        peer knows a school's members before it verifies that school's other documents."""
        store = self.node.store
        return sorted(doc_ids, key=lambda d: (send_rank(store.meta(d)), d))

    def outgoing(
        self, peer_id: str, wants: Mapping[str, Clock | None]
    ) -> list[tuple[m.DocChanges, Clock]]:
        """For each wanted document in the link's scope, what a peer holding ``wants[doc]``
        lacks, with each author's tip signature, and the peer's clock once it has them."""
        store = self.node.store
        rule = self.node.sharing_rule(peer_id)
        docs = [d for d in wants if (meta := store.meta(d)) is not None and rule(meta, d)]
        ours = clocks.clocks(store, docs)  # one query; then only documents that differ
        docs = [d for d in docs if _tips(ours.get(d, {})) != (wants[d] or {})]
        fresh = clocks.all_changes(store, [d for d in docs if not wants[d]])
        out: list[tuple[m.DocChanges, Clock]] = []
        hold_back: dict[str, Callable[[str, Sequence[tuple[bytes, int]]], int]] = {}
        for doc_id in docs:
            their = wants[doc_id] or {}
            rows = fresh.get(doc_id)
            if rows is None:
                rows = clocks.changes_from(store, doc_id, {a: s for a, (s, _) in their.items()})
                clash = [
                    r
                    for r in rows
                    if r.seq == their.get(r.actor, (0, b""))[0]
                    and r.hash[: m.TIP_BYTES] != their[r.actor][1]
                ]
                if clash:
                    log.warning(
                        "document %s: %s holds a different change numbered %d by the same "
                        "author (a PC restored from an old backup?); not sending it",
                        doc_id,
                        self.peer_name(peer_id),
                        clash[0].seq,
                    )
                    continue
                rows = [r for r in rows if r.seq > their.get(r.actor, (0, b""))[0]]
            if not rows:
                continue
            meta = store.meta(doc_id)
            assert meta is not None
            owner = doc_id if meta.kind == "school" else meta.school
            if owner not in hold_back:
                hold_back[owner] = self.node.docs.hold_back_rule(owner)
            held = hold_back[owner](doc_id, [(r.actor, r.seq) for r in rows])
            if held:
                log.warning(
                    "document %s: not sending it to %s: it holds %d change(s) by a PC removed "
                    "from the school, made after its removal, which every PC that knows of "
                    "the removal refuses (see 'edunode check')",
                    doc_id,
                    self.peer_name(peer_id),
                    held,
                )
                continue
            tips: dict[bytes, clocks.Row] = {}
            for r in rows:
                if r.actor not in tips or r.seq > tips[r.actor].seq:
                    tips[r.actor] = r
            sigs = tuple((r.hash, r.signature) for r in tips.values() if r.signature)
            batch = m.DocChanges(doc_id, tuple(r.data for r in rows), sigs)
            clock = {a: (r.seq, r.hash[: m.TIP_BYTES]) for a, r in tips.items()}
            out.append((batch, clock))
        return out

    # ------------------------------------------------------------------ receiving

    def precheck(self, peer_id: str, batches: Sequence[m.DocChanges]) -> None:
        """Check the author-tip signatures of a frame ahead of :meth:`receive`, on a helper
        thread (Ed25519 runs without the GIL): verification then finds them done. Nothing
        is decided here; a signature that fails is checked again, and rejected, there."""
        for batch in batches:
            if batch.headers is None:
                continue
            sigs = dict(batch.signatures)
            tips: dict[bytes, crdt.Header] = {}
            for header in batch.headers:
                if header is not None and header.seq > getattr(tips.get(header.actor), "seq", -1):
                    tips[header.actor] = header
            for actor, tip in tips.items():
                sig = sigs.get(tip.hash)
                if sig is not None and len(actor) == 32:
                    identity.precheck_change_signature(actor, batch.doc_id, tip.hash, sig)

    def receive(self, peer_id: str, batches: Sequence[m.DocChanges]) -> int:
        """Verify and apply one frame in one store transaction; RejectedChanges otherwise."""
        node = self.node
        accepts = node.accepting_rule(peer_id)
        total = 0
        with node.batch():
            node.store.prefetch_metas([b.doc_id for b in batches])
            for batch in batches:
                total += node.receive_changes(
                    batch.doc_id,
                    list(batch.changes),
                    dict(batch.signatures),
                    origin=peer_id,
                    headers=batch.headers,
                )
                # Checked after verifying, still inside the frame's transaction: a refusal
                # rolls the frame back whole, and no meta needs reading before the changes.
                opened = node.docs.maybe(batch.doc_id)
                if opened is None:
                    continue
                if not accepts(opened.meta, batch.doc_id):
                    if node.peers.role(peer_id) is None:  # revoked while this frame travelled
                        raise SyncError(
                            "the link with this peer was revoked; its last frame is dropped",
                            code="not_approved",
                            peer_id=peer_id,
                        )
                    raise self._refuse(
                        peer_id,
                        batch.doc_id,
                        "out_of_scope",
                        f"it is a {opened.meta.kind} of another school, which this node does "
                        "not take from that peer",
                    )
                joins = opened.meta.kind == "school" and self._may_adopt(peer_id)
                if joins and node.adopt_school(batch.doc_id):  # our school's document: join it
                    accepts = node.accepting_rule(peer_id)
        return total

    def _may_adopt(self, peer_id: str) -> bool:
        """A PC without a school joins the school a document lists it in only when it came
        from a peer our admin approved as *member of my school*: a community peer (say, another
        school) must not be able to enrol this PC by sending its own school document."""
        return not self.node.school_id and self.node.peers.role(peer_id) == "school"

    def _refuse(self, peer_id: str, doc_id: str, reason: str, why: str) -> RejectedChanges:
        self.node.bus.publish(ChangesRejected(doc_id=doc_id, peer_id=peer_id, reason=reason))
        return RejectedChanges(
            f"changes for document {doc_id} rejected: {why}", reason=reason, doc_id=doc_id
        )

    # ------------------------------------------------------------------ links & figures

    def link_request(
        self, request: m.LinkRequest, hello: m.Hello, host: str, code: str
    ) -> str | None:
        state = self.node.peers.request_received(
            request.cert_pem,
            request.name,
            request.school,
            request.school_id,
            host,
            hello.port,
            code=code,
            source=host,
        )
        if state == "pending":
            peer = self.node.peers.get(hello.node_id)
            log.info(
                "link request from %s (%s), node %s at %s; verification code %s",
                request.name,
                request.school or "no school",
                hello.node_id,
                host,
                peer["code"] if peer else "?",
            )
        elif state == BUSY:
            pass  # Peers logs dropped requests, once a minute in a flood
        elif state is None and time.monotonic() - self._ignored.get(hello.node_id, -3600.0) >= 3600:
            self._ignored[hello.node_id] = time.monotonic()  # one line an hour, not one per try
            log.info(
                "ignored a link request from node %s (%s): blocked or rate-limited",
                short_id(hello.node_id),
                host,
            )
        return state

    def record_incident(self, peer_id: str, reason: str) -> None:
        if self.node.peers.get(peer_id) is not None:
            self.node.peers.record_incident(peer_id, reason[:500])

    def record_sync(self, peer_id: str, sent: int, received: int, seconds: float) -> None:
        self.node.peers.record_sync(peer_id, sent, received)
        self.node.bus.publish(
            SyncCompleted(node_id=peer_id, sent=sent, received=received, seconds=seconds)
        )
