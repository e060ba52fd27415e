"""Received changes that must not be applied are rejected whole, with the right reason.

For each attack or accident: ``receive_changes`` raises ``RejectedChanges`` with a
``reason``, nothing is stored (log rows, heads, projections unchanged), the store still
checks out, and the incident is in the audit log against the sender.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from tests.helpers import (
    close_all,
    deliver,
    fingerprint,
    forge_change,
    join_school,
    make_school,
    outgoing,
    send_doc,
    sync_all,
)

from edunode import crdt
from edunode.crdt import ChangeInfo
from edunode.errors import PermissionDenied, RejectedChanges
from edunode.events import ChangesRejected
from edunode.identity import NodeIdentity
from edunode.service.node import Node

ORIGIN = "PEERNOD-TESTING"


@dataclass
class World:
    a: Node  # founded school S
    b: Node  # member of school S
    e: Node  # founded another school T; has S's school document and course X
    course: str  # X: a shared course of school S
    learner: str  # L: a learner of school S
    home: Path


@pytest.fixture
def world(tmp_path: Path) -> Any:
    a, b = make_school(tmp_path / "s", 2)
    course = a.create_course("Fractions", subject="maths")
    a.add_lesson(course, "Unit 1", "Halves", "One half is ½.")
    learner = a.add_learner("Amina Juma", birth_year=2014)
    a.enrol(learner, course, "2025-01-06")
    sync_all([a, b])
    e = Node.init(tmp_path / "t", name="Other PC", school_name="River School")
    send_doc(a, e, a.school_id)  # community documents reach every approved peer
    send_doc(a, e, course)
    assert e.list_courses()[0]["id"] == course
    yield World(a=a, b=b, e=e, course=course, learner=learner, home=tmp_path)
    close_all([a, b, e])


def assert_rejected(
    node: Node,
    doc_id: str,
    changes: list[ChangeInfo | bytes] | list[Any],
    signatures: dict[bytes, bytes],
    reasons: str | set[str],
) -> RejectedChanges:
    """Deliver; expect a whole rejection that leaves the node exactly as it was."""
    wanted = {reasons} if isinstance(reasons, str) else reasons
    before = fingerprint(node)
    audits = node.audit_log(action="rejected")
    seen: list[ChangesRejected] = []
    unsubscribe = node.bus.subscribe(ChangesRejected, seen.append)
    try:
        with pytest.raises(RejectedChanges) as info:
            deliver(node, doc_id, changes, signatures, ORIGIN)
    finally:
        unsubscribe()
    exc = info.value
    assert exc.reason in wanted, f"{exc.reason}: {exc}"
    assert exc.doc_id == doc_id
    assert fingerprint(node) == before
    assert node.check() == []
    log = node.audit_log(action="rejected")
    assert len(log) == len(audits) + 1
    assert log[0]["peer_id"] == ORIGIN and exc.reason in log[0]["detail"]
    assert seen == [ChangesRejected(doc_id=doc_id, peer_id=ORIGIN, reason=exc.reason)]
    return exc


def b_retitles(
    w: World, title: str = "Fractions and decimals"
) -> tuple[list[ChangeInfo], dict[bytes, bytes]]:
    """A genuine change by member B that A lacks."""
    w.b.update_course(w.course, title=title)
    changes, sigs = outgoing(w.b, w.a, w.course)
    assert len(changes) == 1 and set(sigs) == {changes[0].hash}
    return changes, sigs


def accepted(w: World, changes: list[ChangeInfo], sigs: dict[bytes, bytes]) -> None:
    """The untampered batch goes through: the rejection was about the tampering."""
    assert deliver(w.a, w.course, changes, sigs, w.b.node_id) == len(changes)
    assert w.a.check() == []


# --------------------------------------------------------------------------- signatures


def test_forged_signature(world: World) -> None:
    changes, sigs = b_retitles(world)
    forger = NodeIdentity.generate()
    forged = {h: forger.sign_change(world.course, h) for h in sigs}
    exc = assert_rejected(world.a, world.course, changes, forged, "bad_signature")
    assert exc.actor == world.b.public_key.hex()
    accepted(world, changes, sigs)


def test_missing_signature(world: World) -> None:
    changes, sigs = b_retitles(world)
    assert_rejected(world.a, world.course, changes, {}, "missing_signature")
    other = {b"\x00" * 32: next(iter(sigs.values()))}  # a signature, but for no change sent
    assert_rejected(world.a, world.course, changes, other, "missing_signature")
    accepted(world, changes, sigs)


def test_signature_made_for_another_document(world: World) -> None:
    # B's change to course X, but B signed (X's change hash) under learner L's ID.
    changes, sigs = forge_change(
        world.b,
        world.course,
        lambda tx: crdt.put(tx, crdt.ROOT, "title", "Replayed"),
        sign_as=world.learner,
    )
    assert_rejected(world.a, world.course, changes, sigs, "bad_signature")


def test_valid_batch_of_one_document_presented_as_another(world: World) -> None:
    full, sigs = world.a.docs.outgoing(world.course, [])
    # To a node that does not hold the target document: the changes do not create it.
    # (The signatures name X, which may be noticed first.)
    assert_rejected(world.e, world.learner, full, sigs, {"wrong_document", "bad_signature"})
    # To a node that holds it: X's genesis writes a second, concurrent ``meta`` map. If
    # X's wins (Automerge picks by actor ID) the document would change what it is;
    # if Y's wins, A's signatures name X, not Y. Either way: rejected whole.
    learner_by_b = world.b.add_learner("Baraka")
    send_doc(world.b, world.a, learner_by_b)
    assert_rejected(world.a, learner_by_b, full, sigs, {"bad_signature", "meta_changed"})
    # The latest change of X alone, with its valid signature, as a change of L.
    world.a.update_course(world.course, summary="Halves, thirds and quarters")
    tip, tip_sig = world.a.docs.outgoing(
        world.course, crdt.heads(world.b.docs.get(world.course).doc)
    )
    assert len(tip) == 1
    assert_rejected(world.b, world.learner, tip, tip_sig, "missing_dependencies")


# --------------------------------------------------------------------------- bytes


@pytest.mark.parametrize("where", ["magic", "checksum", "body", "last"])
def test_flipped_byte(world: World, where: str) -> None:
    changes, sigs = b_retitles(world)
    data = bytearray(changes[0].data)
    index = {"magic": 1, "checksum": 5, "body": len(data) // 2, "last": len(data) - 1}[where]
    data[index] ^= 0x01
    assert_rejected(world.a, world.course, [bytes(data)], sigs, {"malformed", "hash_mismatch"})
    accepted(world, changes, sigs)


def test_altered_change_with_repaired_checksum(world: World) -> None:
    # Change a value inside the change and fix its checksum: it is well formed, but its
    # hash is no longer the one B signed.
    changes, sigs = b_retitles(world, title="AAAA fractions")
    data = bytearray(changes[0].data)
    at = data.find(b"AAAA")
    assert at > 0
    data[at : at + 4] = b"BBBB"
    data[4:8] = crdt.change_hash(bytes(data))[:4]
    altered = bytes(data)
    assert crdt.well_formed(altered)
    assert_rejected(world.a, world.course, [altered], sigs, "missing_signature")
    # Presenting B's signature as if it were over the altered hash does not help.
    moved = {crdt.change_hash(altered): sigs[changes[0].hash]}
    assert_rejected(world.a, world.course, [altered], moved, "bad_signature")
    accepted(world, changes, sigs)


@pytest.mark.parametrize(
    "garbage",
    [
        b"",
        b"garbage",
        os.urandom(64),
        crdt.MAGIC + os.urandom(60),
        crdt.MAGIC + b"\x00" * 4 + b"\x01" + os.urandom(30),
    ],
    ids=["empty", "text", "random", "magic+random", "magic+header+random"],
)
def test_garbage_bytes(world: World, garbage: bytes) -> None:
    assert_rejected(world.a, world.course, [garbage], {}, "malformed")


def test_not_bytes_at_all(world: World) -> None:
    assert_rejected(world.a, world.course, ["a string, not bytes"], {}, "malformed")


def test_empty_batch_for_an_unknown_document(world: World) -> None:
    unknown = "a" * 24
    assert_rejected(world.a, unknown, [], {}, {"malformed", "wrong_document"})
    assert world.a.store.meta(unknown) is None


# --------------------------------------------------------------------------- authorization


def test_node_of_another_school_may_not_write_a_course(world: World) -> None:
    # E cannot do it through its own Node...
    with pytest.raises(PermissionDenied):
        world.e.update_course(world.course, title="Taken over")
    # ...so it edits its own fork of the document and signs validly with its own key.
    changes, sigs = forge_change(
        world.e, world.course, lambda tx: crdt.put(tx, crdt.ROOT, "title", "Taken over")
    )
    exc = assert_rejected(world.a, world.course, changes, sigs, "not_authorized")
    assert exc.actor == world.e.public_key.hex()
    assert_rejected(world.b, world.course, changes, sigs, "not_authorized")


def test_node_of_another_school_may_not_write_a_learner(world: World) -> None:
    send_doc(world.a, world.e, world.learner)  # as if it had leaked (e.g. in a bundle)

    def edit(tx: Any) -> None:
        results = crdt.get_obj(tx, crdt.ROOT, "results")
        crdt.put_map(
            tx,
            results,
            "forged",
            {
                "course": world.course,
                "title": "Final exam",
                "score": 10.0,
                "max": 10.0,
                "date": "2025-06-01",
            },
        )

    changes, sigs = forge_change(world.e, world.learner, edit)
    assert_rejected(world.a, world.learner, changes, sigs, "not_authorized")


def test_change_to_meta_is_rejected(world: World) -> None:
    # B may write the course, but not change what it is or whose it is.
    def move_to_other_school(tx: Any) -> None:
        meta = crdt.get_obj(tx, crdt.ROOT, "meta")
        crdt.put(tx, meta, "school", world.e.school_id)

    def make_private(tx: Any) -> None:
        crdt.put(tx, crdt.get_obj(tx, crdt.ROOT, "meta"), "scope", "school")

    for edit in (move_to_other_school, make_private):
        changes, sigs = forge_change(world.b, world.course, edit)
        assert_rejected(world.a, world.course, changes, sigs, "meta_changed")

    changes, sigs = forge_change(world.b, world.course, lambda tx: tx.delete(crdt.ROOT, "meta"))
    assert_rejected(world.a, world.course, changes, sigs, {"malformed", "meta_changed"})


# --------------------------------------------------------------------------- mixed batches


def test_batch_with_one_bad_change_is_rejected_whole(world: World) -> None:
    good, good_sigs = b_retitles(world)
    bad, bad_sigs = forge_change(
        world.e, world.course, lambda tx: crdt.put(tx, crdt.ROOT, "summary", "Nonsense")
    )
    both = good + bad
    assert_rejected(world.a, world.course, both, {**good_sigs, **bad_sigs}, "not_authorized")
    assert world.a.course(world.course)["title"] == "Fractions"  # B's valid change is not in
    assert_rejected(world.a, world.course, [b"garbage", *both[:1]], good_sigs, "malformed")
    assert_rejected(world.a, world.course, both[:1] + [b"garbage"], good_sigs, "malformed")
    accepted(world, good, good_sigs)
    assert world.a.course(world.course)["title"] == "Fractions and decimals"


def test_batch_with_one_unsigned_author_is_rejected_whole(world: World) -> None:
    good, good_sigs = b_retitles(world)
    # A second genuine author (the founder of another copy: node C of school S).
    c = join_school(world.a, world.home / "c", "Node C")
    sync_all([world.a, world.b, c])
    world.b.update_course(world.course, level="P4")
    c.update_course(world.course, subject="numeracy")
    send_doc(c, world.b, world.course)
    changes, sigs = outgoing(world.b, world.a, world.course)
    authors = {ch.actor for ch in changes}
    assert authors == {world.b.public_key, c.public_key}
    only_b = {
        h: s
        for h, s in sigs.items()
        if any(ch.hash == h and ch.actor == world.b.public_key for ch in changes)
    }
    assert_rejected(world.a, world.course, changes, only_b, "missing_signature")
    assert deliver(world.a, world.course, changes, sigs, world.b.node_id) == len(changes)
    close_all([c])


# --------------------------------------------------------------------------- removed members


def test_removed_member_new_changes_rejected_old_ones_stay(world: World) -> None:
    a, b = world.a, world.b
    # B records a result while still a member; A accepts it.
    result_id = b.record_result(world.learner, world.course, "Quiz 1", 7, 10, "2025-02-10")
    assert send_doc(b, a, world.learner) == 1
    a.remove_school_member(b.node_id)
    assert b.public_key not in a.docs.school_members(a.school_id)
    assert any(m["removed"] for m in a.school()["members"])

    # B has not heard yet and keeps writing: A refuses the new change.
    b.record_attendance(world.learner, "2025-02-11", True)
    changes, sigs = outgoing(b, a, world.learner)
    held = set(a.docs.known_hashes(world.learner, [c.hash for c in changes]))
    assert [c.actor for c in changes if c.hash not in held] == [b.public_key]  # one new change
    exc = assert_rejected(a, world.learner, changes, sigs, "not_authorized")
    assert exc.actor == b.public_key.hex()
    # The same goes for B's course edits.
    changes, sigs = b_retitles(world, "Renamed after removal")
    assert_rejected(a, world.course, changes, sigs, "not_authorized")

    # B's earlier, accepted change is still there and still checks out.
    assert [r["id"] for r in a.learner(world.learner)["results"]] == [result_id]
    assert a.check() == []

    # Once B learns of its removal, B cannot write through its Node either.
    send_doc(a, b, a.school_id)
    with pytest.raises(PermissionDenied):
        b.record_attendance(world.learner, "2025-02-12", True)

    # A current member building on the old change carries it to a PC that joins later.
    a.record_attendance(world.learner, "2025-02-13", False)
    c = join_school(a, world.home / "c", "Node C")
    for doc_id in (world.course, world.learner):
        assert send_doc(a, c, doc_id) > 0
    assert [r["id"] for r in c.learner(world.learner)["results"]] == [result_id]
    assert c.check() == []
    close_all([c])
