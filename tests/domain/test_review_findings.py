"""Security review of verification, membership and receiving: hostile-peer findings.

Each test states what the rules (DESIGN §3-§4, ADR 0001) require and builds the hostile
batch a peer holding only its own valid key could send. Tests marked ``xfail(strict=True)``
are confirmed holes: they fail today and must be un-marked when the fix lands.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from tests.helpers import (
    close_all,
    deliver,
    forge_change,
    join_school,
    make_school,
    outgoing,
    send_doc,
    sync_all,
)

from edunode import crdt, identity
from edunode.crdt import ChangeInfo
from edunode.domain import verify
from edunode.domain.meta import Meta, doc_id_from_hash, genesis
from edunode.errors import RejectedChanges
from edunode.identity import NodeIdentity
from edunode.service.node import Node

ORIGIN = "PEERNOD-REVIEW"


@dataclass
class World:
    a: Node  # founded school S
    b: Node  # member of school S
    e: Node  # founded school T; holds S's school document and course X; A holds T's
    course: str  # X: a shared (community) course of school S
    learner: str  # L: a learner of school S
    lesson: str  # a lesson of X
    home: Path


@pytest.fixture
def world(tmp_path: Path) -> Any:
    a, b = make_school(tmp_path / "s", 2)
    course = a.create_course("Fractions", subject="maths")
    lesson = a.add_lesson(course, "Unit 1", "Halves", "One half is ½.")
    learner = a.add_learner("Amina Juma", birth_year=2014)
    a.enrol(learner, course, "2025-01-06")
    sync_all([a, b])
    e = Node.init(tmp_path / "t", name="Other PC", school_name="River School")
    send_doc(a, e, a.school_id)
    send_doc(a, e, course)
    send_doc(e, a, e.school_id)  # school documents are community: every peer has them
    yield World(a=a, b=b, e=e, course=course, learner=learner, lesson=lesson, home=tmp_path)
    close_all([a, b, e])


def forge_as(
    signer: NodeIdentity, base: Node, doc_id: str, edit: Any
) -> tuple[list[ChangeInfo], dict[bytes, bytes]]:
    """A change by ``signer``'s key on top of ``base``'s copy of ``doc_id``, validly signed."""
    fork = base.docs.get(doc_id).doc.fork()
    fork.set_actor(signer.public_key)
    before = crdt.heads(fork)
    with fork.transaction() as tx:
        edit(tx)
    new = crdt.changes_since(fork, before)
    return new, {c.hash: signer.sign_change(doc_id, c.hash) for c in new}


def resign(data: bytes) -> bytes:
    """Fix the checksum of a hand-edited change chunk."""
    out = bytearray(data)
    out[4:8] = crdt.change_hash(bytes(out))[:4]
    return bytes(out)


def try_deliver(
    node: Node, doc_id: str, changes: list[Any], sigs: dict[bytes, bytes]
) -> BaseException | None:
    """Deliver; return whatever was raised (a Rust panic is a BaseException), or None."""
    try:
        deliver(node, doc_id, changes, sigs, ORIGIN)
    except BaseException as exc:  # noqa: BLE001 - we want to see panics too
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        return exc
    return None


def assert_cleanly_rejected(
    node: Node, doc_id: str, changes: list[Any], sigs: dict[bytes, bytes]
) -> RejectedChanges:
    exc = try_deliver(node, doc_id, changes, sigs)
    assert isinstance(exc, RejectedChanges), f"accepted or crashed: {exc!r}"
    return exc


# =========================================================================== finding 1
# Course writers are computed on the state *after* the batch, and any writer may edit the
# ``maintainers`` map, so a batch can authorise itself.


def test_outsider_makes_itself_maintainer_of_another_schools_course(world: World) -> None:
    e_school = world.e.school_id

    def takeover(tx: Any) -> None:
        crdt.put(tx, crdt.get_obj(tx, crdt.ROOT, "maintainers"), e_school, True)
        crdt.put(tx, crdt.ROOT, "title", "Taken over by River School")

    changes, sigs = forge_change(world.e, world.course, takeover)
    assert_cleanly_rejected(world.a, world.course, changes, sigs)
    assert world.a.course(world.course)["title"] == "Fractions"


def test_outsider_creates_course_claiming_another_schools_ownership(world: World) -> None:
    # E (school T) makes a course whose meta says school S owns it, and lists T as a
    # maintainer in the same genesis batch, so T's members count as writers.
    meta = Meta(kind="course", school=world.a.school_id, scope="community")
    doc_id, doc = genesis(world.e.public_key, meta)
    with doc.transaction() as tx:
        crdt.put(tx, crdt.ROOT, "title", "Official S course (fake)")
        crdt.put_map(tx, crdt.ROOT, "maintainers", {world.e.school_id: True})
        tx.put_object(crdt.ROOT, "modules", crdt.O.Map)
    new = crdt.changes_since(doc, [])
    sigs = {c.hash: world.e.identity.sign_change(doc_id, c.hash) for c in new}
    assert_cleanly_rejected(world.a, doc_id, new, sigs)
    assert world.a.store.meta(doc_id) is None


# =========================================================================== finding 2
# Removal is just two fields in the member's map entry; the school document's writers are
# computed after the batch. A removed PC deletes (or overwrites) its own removal marker
# and is a member again everywhere.


def _remove_b(world: World) -> None:
    world.a.remove_school_member(world.b.node_id)
    send_doc(world.a, world.b, world.a.school_id)  # B learns of its removal
    assert world.b.public_key not in world.a.docs.school_members(world.a.school_id)


def test_removed_member_deletes_its_removal(world: World) -> None:
    _remove_b(world)
    sid = world.a.school_id

    # A removal entry lives under "<removed node ID>/<remover node ID>": delete B's.
    names = [n for n in world.b.docs.state(sid)["removals"] if n.startswith(world.b.node_id)]
    assert names

    def unremove(tx: Any) -> None:
        for name in names:
            tx.delete(crdt.get_obj(tx, crdt.ROOT, "removals"), name)

    changes, sigs = forge_change(world.b, sid, unremove)
    exc = try_deliver(world.a, sid, changes, sigs)
    assert world.b.public_key not in world.a.docs.school_members(sid), "B is a member again"
    assert isinstance(exc, RejectedChanges)


def test_removed_member_certifies_a_fresh_key(world: World) -> None:
    _remove_b(world)
    sid = world.a.school_id
    k2 = NodeIdentity.generate()  # B's new key: no removal names it
    cert = world.b.identity.sign(
        identity.membership_message(sid, k2.public_key, "admin", removed=False)
    )

    def enrol_k2(tx: Any) -> None:
        crdt.put_map(
            tx,
            crdt.get_obj(tx, crdt.ROOT, "members"),
            k2.node_id,
            {
                "key": k2.public_key,
                "name": "B again",
                "role": "admin",
                "by": world.b.public_key,
                "sig": cert,
            },
        )

    changes, sigs = forge_as(k2, world.b, sid, enrol_k2)  # authored by K2 alone
    exc = try_deliver(world.a, sid, changes, sigs)
    assert k2.public_key not in world.a.docs.school_members(sid), "a removed PC minted a member"
    assert isinstance(exc, RejectedChanges)


# =========================================================================== finding 3
# Automerge panics on reading a counter; those reads happen outside the guard in
# verify_batch (writers() reads the whole school document before authorisation) and in
# the projections after it: a PanicException (BaseException) escapes receive_changes
# instead of RejectedChanges (no audit entry, the session's `except Exception` misses it).


def _counterize(data: bytes) -> bytes:
    """Turn the one small Int value a change sets into a Counter (value type 4 -> 8)."""
    out = bytearray(data)
    at = out.rfind(bytes([0x7F, 0x14, 0x07]))  # literal run of one: meta (len 1, int), value 7
    assert at > 0, data.hex()
    out[at + 1] = 0x18
    return resign(bytes(out))


def _counter_change(
    signer: NodeIdentity, base: Node, doc_id: str
) -> tuple[list[bytes], dict[bytes, bytes]]:
    changes, _ = forge_as(signer, base, doc_id, lambda tx: crdt.put(tx, crdt.ROOT, "zz", 7))
    (change,) = changes
    data = _counterize(change.data)
    return [data], {crdt.change_hash(data): signer.sign_change(doc_id, crdt.change_hash(data))}


def test_outsider_counter_in_school_document_panics_instead_of_rejecting(world: World) -> None:
    changes, sigs = _counter_change(world.e.identity, world.e, world.a.school_id)
    before = len(world.a.audit_log(action="rejected"))
    assert_cleanly_rejected(world.a, world.a.school_id, changes, sigs)
    assert len(world.a.audit_log(action="rejected")) == before + 1


def test_member_counter_in_course_panics_instead_of_rejecting(world: World) -> None:
    changes, sigs = _counter_change(world.b.identity, world.b, world.course)
    assert_cleanly_rejected(world.a, world.course, changes, sigs)
    assert world.a.course(world.course)["title"] == "Fractions"


# =========================================================================== finding 4
# Projections trust document contents: a value of the wrong type, or a lesson ID that
# another course also uses (p_lessons.id is a global primary key), makes receive raise
# ValueError / IntegrityError, not RejectedChanges, and the document can never sync.


def test_other_schools_course_reusing_a_lesson_id_blocks_sync(world: World) -> None:
    # E publishes its *own* community course, legitimately, with a lesson keyed by the
    # ID of a lesson of S's course X (IDs are visible to every community peer).
    from edunode.domain import course as course_mod

    meta = Meta(kind="course", school=world.e.school_id, scope="community")

    def build(tx: Any) -> None:
        course_mod.create(tx, {"title": "Copycat"})
        module = crdt.put_map(
            tx, crdt.get_obj(tx, crdt.ROOT, "modules"), "m1", {"title": "M", "position": 1.0}
        )
        lessons = tx.put_object(module, "lessons", crdt.O.Map)
        crdt.put_map(tx, lessons, world.lesson, {"title": "Same ID", "position": 1.0})

    copycat, doc = genesis(world.e.public_key, meta)
    with doc.transaction() as tx:
        build(tx)
    new = crdt.changes_since(doc, [])
    sigs = {new[-1].hash: world.e.identity.sign_change(copycat, new[-1].hash)}
    # A new PC of school S gets the copycat first (any order is possible), then S's own X.
    c = join_school(world.a, world.home / "c", "Node C")
    try:
        assert send_doc(world.e, c, world.e.school_id) > 0
        exc = try_deliver(c, copycat, new, sigs)
        assert exc is None or isinstance(exc, RejectedChanges), repr(exc)
        exc = try_deliver(c, world.course, *outgoing(world.a, c, world.course))
        assert exc is None, f"a PC of school S cannot receive S's own course: {exc!r}"
    finally:
        c.close()


def test_member_result_with_text_score_breaks_projection(world: World) -> None:
    def edit(tx: Any) -> None:
        results = crdt.get_obj(tx, crdt.ROOT, "results")
        crdt.put_map(
            tx, results, "r1", {"course": world.course, "title": "T", "score": "ten", "max": 10.0}
        )

    changes, sigs = forge_change(world.b, world.learner, edit)
    exc = try_deliver(world.a, world.learner, changes, sigs)
    assert exc is None or isinstance(exc, RejectedChanges), repr(exc)


# =========================================================================== finding 5
# Automerge sees every received byte before any signature or authorisation check (here
# and in replica.genesis_meta). Change columns are RLE-encoded: an ~80-byte change can
# declare 10^5..10^9 ops (100,000 conflicting puts on one key take ~40 s to apply while
# receive() holds the node lock and the store write transaction).


def _sleb(n: int) -> bytes:
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if (n == 0 and not byte & 0x40) or (n == -1 and byte & 0x40):
            out.append(byte)
            return bytes(out)
        out.append(byte | 0x80)


def op_bomb(actor: bytes, seq: int, start_op: int, deps: list[bytes], n: int) -> bytes:
    """A well-formed change chunk of n conflicting ``root.c = false`` ops, in ~80 bytes."""
    u = crdt.write_uleb
    cols = [
        (0x15, _sleb(n) + u(1) + b"c"),  # key string: run of n x "c"
        (0x34, u(n)),  # insert: n x false
        (0x42, _sleb(n) + u(1)),  # action: n x set
        (0x56, _sleb(n) + u(0x01)),  # value meta: n x false
        (0x57, b""),  # value raw
        (0x70, _sleb(n) + u(0)),  # pred count: n x 0
    ]
    body = bytearray(u(len(deps)) + b"".join(deps) + u(len(actor)) + actor)
    body += u(seq) + u(start_op) + _sleb(0) + u(0) + u(0)
    return _seal(body, cols)


def _seal(body: bytearray, cols: list[tuple[int, bytes]]) -> bytes:
    """A change chunk from its header fields (``body``, up to the other actors) and its
    columns: the column table, the column data, the chunk type, length and checksum."""
    u = crdt.write_uleb
    body += u(len(cols))
    for spec, data in cols:
        body += u(spec) + u(len(data))
    for _, data in cols:
        body += data
    chunk = bytes([crdt.CHUNK_CHANGE]) + u(len(body)) + bytes(body)
    return crdt.MAGIC + hashlib.sha256(chunk).digest()[:4] + chunk


def test_unsigned_change_from_a_stranger_never_reaches_automerge(
    world: World, monkeypatch: Any
) -> None:
    stranger = NodeIdentity.generate()
    heads = crdt.heads(world.a.docs.get(world.course).doc)
    seen: list[int] = []
    real_apply = crdt.apply

    def spy(doc: Any, changes: list[bytes]) -> None:
        seen.append(len(changes))
        real_apply(doc, changes)

    monkeypatch.setattr(crdt, "apply", spy)
    bomb = op_bomb(stranger.public_key, 1, 10_000, heads, 500)
    assert crdt.well_formed(bomb) and len(bomb) < 200
    assert_cleanly_rejected(world.a, world.course, [bomb], {})  # no signature at all
    assert seen == [], "Automerge decoded a change no one signed"


def test_rle_op_bomb_from_a_member_is_refused(world: World) -> None:
    od = world.a.docs.get(world.course)
    b_seq = max(
        (c.seq for c in crdt.changes_since(od.doc, []) if c.actor == world.b.public_key), default=0
    )
    bomb = op_bomb(world.b.public_key, b_seq + 1, 10_000, crdt.heads(od.doc), 12_000)
    assert len(bomb) < 120
    h = crdt.change_hash(bomb)
    exc = try_deliver(
        world.a, world.course, [bomb], {h: world.b.identity.sign_change(world.course, h)}
    )
    assert isinstance(exc, RejectedChanges), "a 100-byte change with 12,000 ops was applied"


# =========================================================================== finding 6
# Verification cost is O(authors x changes): every author's ancestry is walked over the
# whole batch, before authorisation. Authors are free (any key signs), so one batch of N
# changes by N throw-away keys costs N^2/2 steps (200,000 allowed: 2*10^10).


def test_many_author_batch_is_refused_cheaply(world: World, monkeypatch: Any) -> None:
    n = 300
    doc = world.a.docs.get(world.course).doc.fork()
    changes, sigs = [], {}
    verified = [0]
    for i in range(n):
        key = NodeIdentity.generate()
        doc.set_actor(key.public_key)
        before = crdt.heads(doc)
        with doc.transaction() as tx:
            crdt.put(tx, crdt.ROOT, "summary", f"spam {i}")
        (c,) = crdt.changes_since(doc, before)
        changes.append(c)
        sigs[c.hash] = key.sign_change(world.course, c.hash)
    real_verify = identity.verify_change_signature
    walked = [0]
    real = verify._ancestry

    def counting(tip: bytes, by_hash: dict[bytes, Any]) -> set[bytes]:
        out = real(tip, by_hash)
        walked[0] += len(out)
        return out

    def counting_verify(*args: Any) -> bool:
        verified[0] += 1
        return real_verify(*args)

    monkeypatch.setattr(verify, "_ancestry", counting)
    monkeypatch.setattr(identity, "verify_change_signature", counting_verify)
    assert_cleanly_rejected(world.a, world.course, changes, sigs)
    assert walked[0] <= 4 * n, f"{walked[0]} ancestry steps for {n} changes"
    assert verified[0] <= 1, f"{verified[0]} Ed25519 checks for a batch by strangers"


# =========================================================================== finding 7
# One author's changes need not form a chain across batches: Automerge accepts a change
# numbered seq+1 that does not depend on the author's change seq. Each batch passes, but
# the holder can then never send the document to a new PC (one tip signature cannot cover
# both branches): a member poisons a document's propagation.


def test_member_forked_own_chain_poisons_propagation(world: World) -> None:
    a, b = world.a, world.b
    sid_heads = crdt.heads(a.docs.get(world.course).doc)
    first, first_sigs = forge_change(
        b, world.course, lambda tx: crdt.put(tx, crdt.ROOT, "level", "P4")
    )
    deliver(a, world.course, first, first_sigs, b.node_id)
    # B's next change, numbered after `first` but built beside it (same deps as `first`).
    fork = crdt.new_document(b.public_key)
    crdt.apply(
        fork,
        [
            c.data
            for c in crdt.changes_since(a.docs.get(world.course).doc, [])
            if c.hash != first[0].hash
        ],
    )
    assert crdt.heads(fork) == sid_heads
    with fork.transaction() as tx:
        crdt.put(tx, crdt.ROOT, "language", "sw")
    (second,) = crdt.changes_since(fork, sid_heads)
    data = bytearray(second.data)
    pos = 9
    _, pos = crdt.read_uleb(bytes(data), pos)
    ndeps, pos = crdt.read_uleb(bytes(data), pos)
    pos += 32 * ndeps
    alen, pos = crdt.read_uleb(bytes(data), pos)
    pos += alen
    assert data[pos] == first[0].seq and first[0].seq < 0x7F
    data[pos] = first[0].seq + 1
    forked = resign(bytes(data))
    h = crdt.change_hash(forked)
    exc = try_deliver(a, world.course, [forked], {h: b.identity.sign_change(world.course, h)})
    if exc is None:  # accepted: can A still hand the course to a new PC of its own school?
        c = join_school(a, world.home / "c", "Node C")
        try:
            exc2 = try_deliver(c, world.course, *outgoing(a, c, world.course))
        finally:
            c.close()
        assert exc2 is None, f"A holds a course it can no longer sync: {exc2!r}"
    else:
        assert isinstance(exc, RejectedChanges)


# =========================================================================== finding 8
# A change by a removed member that is a head of a document is carried to a new PC only if
# a current writer builds on it; until then every PC lacking it rejects the whole document.


def test_removed_members_head_change_blocks_document_for_new_pc(world: World) -> None:
    a, b = world.a, world.b
    b.record_attendance(world.learner, "2025-02-10", True)
    assert send_doc(b, a, world.learner) == 1  # accepted while B was a member
    a.remove_school_member(b.node_id)
    c = join_school(a, world.home / "c", "Node C")
    try:
        send_doc(a, c, world.course)
        exc = try_deliver(c, world.learner, *outgoing(a, c, world.learner))
        assert exc is None, f"a new PC of the school cannot receive its learner: {exc!r}"
    finally:
        c.close()


# =========================================================================== finding 9
# The meta of a document new to us is read from the state after the whole batch, while the
# sync layer decides scope from the genesis change alone (replica.genesis_meta). The
# creator can ship a genesis saying one thing and store another ("meta is fixed by the
# genesis change" does not hold for the first batch).


def test_new_document_meta_is_the_genesis_meta(world: World) -> None:
    b = world.b
    meta = Meta(kind="course", school=b.school_id, scope="school")  # private course
    doc_id, doc = genesis(b.public_key, meta)
    h0 = crdt.heads(doc)
    with doc.transaction() as tx:
        crdt.put(tx, crdt.get_obj(tx, crdt.ROOT, "meta"), "scope", "community")
        crdt.put(tx, crdt.ROOT, "title", "Now public")
    new = crdt.changes_since(doc, [])
    assert len(crdt.changes_since(doc, h0)) == 1
    sigs = {new[-1].hash: b.identity.sign_change(doc_id, new[-1].hash)}
    exc = try_deliver(world.a, doc_id, new, sigs)
    stored = world.a.store.meta(doc_id)
    assert stored is None or stored.scope == "school", f"genesis said school, stored {stored}"
    assert exc is None or isinstance(exc, RejectedChanges)


# =========================================================================== finding 10
# A node with no school yet adopts *any* school document that lists its key, from any
# approved peer (even a community one): a hostile school can enrol a fresh PC without its
# consent (its learners then belong to the hostile school).


def test_fresh_pc_does_not_adopt_a_school_from_a_community_peer(
    world: World, tmp_path: Path
) -> None:
    from edunode.service.replica import NodeReplica
    from edunode.sync import messages as m

    fresh = Node.init(tmp_path / "fresh", name="New PC", school_name=None)
    try:
        e = world.e
        fresh.peers.request_received(e.certificate_pem(), e.name, "River School", e.school_id)
        fresh.peers.decide(e.node_id, "approve", "community")
        e.add_school_member(fresh.public_key, "New PC", "member")  # E's own decision
        changes, sigs = e.docs.outgoing(e.school_id, [])
        batch = m.DocChanges(e.school_id, tuple(c.data for c in changes), tuple(sigs.items()))
        NodeReplica(fresh).receive(e.node_id, [batch])
        assert fresh.school_id == "", (
            "the fresh PC joined River School on a community peer's say-so"
        )
    finally:
        fresh.close()


# =========================================================================== checked: fine


def test_signature_for_one_document_does_not_verify_for_another(world: World) -> None:
    h = os.urandom(32)
    sig = world.b.identity.sign_change(world.course, h)
    assert identity.verify_change_signature(world.b.public_key, world.course, h, sig)
    assert not identity.verify_change_signature(world.b.public_key, world.learner, h, sig)
    # Membership certificates name the school: one from S is worthless in T.
    cert = world.a.identity.sign(
        identity.membership_message(world.a.school_id, world.b.public_key, "member", False)
    )
    assert not identity.verify_signature(
        world.a.public_key,
        identity.membership_message(world.e.school_id, world.b.public_key, "member", False),
        cert,
    )


def test_outsider_cannot_certify_itself_into_a_school(world: World) -> None:
    sid = world.a.school_id
    cert = world.e.identity.sign(
        identity.membership_message(sid, world.e.public_key, "admin", removed=False)
    )

    def join(tx: Any) -> None:
        crdt.put_map(
            tx,
            crdt.get_obj(tx, crdt.ROOT, "members"),
            world.e.node_id,
            {
                "key": world.e.public_key,
                "name": "E",
                "role": "admin",
                "by": world.e.public_key,
                "sig": cert,
            },
        )

    changes, sigs = forge_change(world.e, sid, join)
    exc = assert_cleanly_rejected(world.a, sid, changes, sigs)
    assert exc.facts["reason"] == "not_authorized"


def test_outsider_changes_cannot_be_endorsed_without_a_writers_signature(world: World) -> None:
    # E's change, then a change by "B" on top of it that B never signed: E signs both.
    doc = world.a.docs.get(world.course).doc.fork()
    doc.set_actor(world.e.public_key)
    h0 = crdt.heads(doc)
    with doc.transaction() as tx:
        crdt.put(tx, crdt.ROOT, "summary", "by E")
    doc.set_actor(world.b.public_key)
    with doc.transaction() as tx:
        crdt.put(tx, crdt.ROOT, "title", "by 'B'")
    new = crdt.changes_since(doc, h0)
    sigs = {c.hash: world.e.identity.sign_change(world.course, c.hash) for c in new}
    exc = assert_cleanly_rejected(world.a, world.course, new, sigs)
    assert exc.facts["reason"] == "bad_signature"


def test_duplicate_sequence_number_is_rejected(world: World) -> None:
    first, first_sigs = forge_change(
        world.b, world.course, lambda tx: crdt.put(tx, crdt.ROOT, "level", "P4")
    )
    deliver(world.a, world.course, first, first_sigs, world.b.node_id)
    second, second_sigs = forge_change(
        world.b, world.course, lambda tx: crdt.put(tx, crdt.ROOT, "level", "P5")
    )
    assert second[0].seq == first[0].seq  # B's own copy lacks `first`: same number
    assert (
        assert_cleanly_rejected(world.a, world.course, second, second_sigs).facts["reason"]
        == "malformed"
    )


def test_genesis_of_another_document_cannot_open_an_unknown_id(world: World) -> None:
    changes, sigs = world.a.docs.outgoing(world.course, [])
    other = doc_id_from_hash(hashlib.sha256(b"x").digest())
    # Signatures name the document, so they fail first; either way nothing is opened.
    reason = assert_cleanly_rejected(world.e, other, changes, sigs).facts["reason"]
    assert reason in ("bad_signature", "wrong_document")
