"""A PC restored from a backup takes the old PC's place through a signed handover.

The story (issue 11 item 3): the office PC founded Hill School; its backup is restored on a
new PC, which gets a new key. The old key signs a handover naming the new key and what it
wrote (per document, its last change); the new key takes its role. Every PC that has the
handover refuses the old key's later changes, accepts its earlier ones without anyone's
endorsement (the handover vouches for them up to the head it names), and no longer counts
certificates the old key signs (a stolen old key can't mint members).

Real nodes and SQLite stores; the restore goes through ``service.restore``, changes move
through ``Node.receive_changes`` (the network's path).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.helpers import close_all, deliver, forge_change, make_school, outgoing, send_doc, sync

from edunode import crdt, identity
from edunode.domain import school
from edunode.errors import PermissionDenied, RejectedChanges
from edunode.identity import NodeIdentity
from edunode.service import restore
from edunode.service.node import Node

PIN = "123456"
PASS = "a long backup passphrase"


@pytest.fixture
def hill(tmp_path: Path) -> Any:
    office, teacher = make_school(tmp_path / "hill", 2)
    office.set_admin_pin(PIN)
    course = office.create_course("Maths")
    learner = office.add_learner("Ama Mensah", 2014)
    office.record_result(learner, course, "Test 1", 8, 10)
    sync(office, teacher)
    office.backup(tmp_path / "office.bak", PASS, PIN)
    restore.restore(tmp_path / "office.bak", PASS, tmp_path / "new")
    new = Node(tmp_path / "new")
    yield office, teacher, new, course, learner, tmp_path
    close_all([office, teacher, new])


def members(node: Node) -> dict[str, dict[str, Any]]:
    return {m["node_id"]: m for m in node.membership.view()["members"]}


def test_the_restored_pc_takes_the_old_pcs_place_and_role(hill: Any) -> None:
    office, teacher, new, _, learner, _ = hill
    assert new.node_id != office.node_id
    mine = members(new)
    assert mine[new.node_id]["role"] == "admin" and not mine[new.node_id]["removed"]
    assert mine[office.node_id]["removed"]
    assert new.learner(learner)["name"] == "Ama Mensah"
    sync(new, teacher)
    theirs = members(teacher)
    assert theirs[new.node_id]["role"] == "admin"
    assert theirs[office.node_id]["removed"]
    # the teacher's certificate, signed by the old founder key, was signed again by the new
    state = teacher.docs.state(teacher.school_id)
    assert state["members"][teacher.node_id]["by"] == new.public_key
    assert not theirs[teacher.node_id]["removed"]


def test_the_old_keys_later_changes_are_refused_everywhere(hill: Any) -> None:
    office, teacher, new, course, learner, _ = hill
    office.record_result(learner, course, "Test 2", 5, 10)  # after the backup: not vouched
    sync(new, teacher)
    changes, sigs = outgoing(office, teacher, learner)
    with pytest.raises(RejectedChanges) as refused:
        deliver(teacher, learner, changes, sigs, office.node_id)
    assert refused.value.reason == "not_authorized"
    assert "Test 2" not in str(teacher.learner(learner))
    # the old PC learns of the handover and stops writing, saying why
    send_doc(teacher, office, teacher.school_id)
    with pytest.raises(PermissionDenied, match="restored onto another PC"):
        office.record_attendance(learner, None, True)
    with pytest.raises(PermissionDenied, match="restored onto another PC"):
        office.add_learner("Kofi", 2013)


def test_a_new_pc_takes_the_old_keys_records_from_the_restored_pc_unendorsed(
    hill: Any, tmp_path: Path
) -> None:
    """Nobody built on the old key's last change to the learner, yet a PC that joins after
    the restore accepts it: the handover vouches for it."""
    office, teacher, new, _, learner, _ = hill
    late = Node.init(tmp_path / "late", name="Late PC", school_name=None)
    new.add_school_member(late.public_key, "Late PC", "member")
    send_doc(new, late, new.school_id)
    assert late.adopt_school(new.school_id)
    assert send_doc(new, late, learner) > 0
    assert late.learner(learner)["results"]
    close_all([late])


def test_the_stolen_old_key_can_not_mint_a_member_after_the_handover(hill: Any) -> None:
    office, teacher, new, _, _, _ = hill
    sync(new, teacher)
    thief = NodeIdentity.generate()
    sid = office.school_id
    changes, sigs = forge_change(
        office, sid,
        lambda tx: school.add_member(tx, sid, office.identity, thief.public_key, "Thief", "admin"),
    )  # fmt: skip
    with pytest.raises(RejectedChanges):  # the old key's change comes after its cut-off
        deliver(teacher, sid, changes, sigs, office.node_id)
    assert thief.public_key not in teacher.docs.school_members(sid)
    # even written by a current member (who builds on nothing), the certificate doesn't count
    teacher.docs.change(
        sid,
        lambda tx: school.add_member(tx, sid, office.identity, thief.public_key, "Thief", "admin"),
    )
    assert thief.public_key not in teacher.docs.school_members(sid)


def test_a_forged_or_tampered_handover_counts_for_nothing(hill: Any) -> None:
    office, teacher, new, _, _, _ = hill
    sid = teacher.school_id
    stranger, successor = NodeIdentity.generate(), NodeIdentity.generate()
    before = teacher.docs.school_members(sid)
    # a stranger's key "hands over" its place: it never had one
    teacher.docs.change(
        sid, lambda tx: school.hand_over(tx, sid, stranger, successor, "x", {}), check_writer=False
    )
    assert teacher.docs.school_members(sid) == before
    # the teacher's real key hands over, then the entry's cut-off is changed: the signature
    # no longer covers it
    teacher.docs.change(
        sid,
        lambda tx: school.hand_over(tx, sid, teacher.identity, successor, "y", {}),
    )
    assert successor.public_key in teacher.docs.school_members(sid)
    entry = crdt.get_obj(teacher.docs.get(sid).doc, crdt.ROOT, "handovers")
    assert entry is not None
    teacher.docs.change(sid, lambda tx: tx.put(
        crdt.get_obj(tx, entry, teacher.node_id), "cutoff", crdt.S.Bytes,
        school.encode_cutoff({sid: 999}),
    ), check_writer=False)  # fmt: skip
    keys = teacher.docs.school_members(sid)
    assert successor.public_key not in keys and teacher.public_key in keys


def test_a_batch_may_not_drop_a_handover(hill: Any) -> None:
    office, teacher, new, _, _, _ = hill
    sync(new, teacher)
    sid = teacher.school_id
    changes, sigs = forge_change(
        new, sid, lambda tx: tx.delete(crdt.ROOT, "handovers"), sign_as=None
    )
    with pytest.raises(RejectedChanges) as refused:
        deliver(teacher, sid, changes, sigs, new.node_id)
    assert refused.value.reason == "not_authorized"
    assert office.public_key not in teacher.docs.school_members(sid)
    assert new.public_key in teacher.docs.school_members(sid)


def test_a_key_hands_its_place_over_once(hill: Any) -> None:
    office, _, new, _, _, _ = hill
    sid = new.school_id
    with pytest.raises(Exception, match="already handed its place"):
        new.docs.change(
            sid,
            lambda tx: school.hand_over(
                tx, sid, office.identity, NodeIdentity.generate(), "again", {}
            ),
        )


def test_the_handover_message_covers_both_keys_and_the_tips() -> None:
    a, b = NodeIdentity.generate(), NodeIdentity.generate()
    m = identity.handover_message("s", a.public_key, b.public_key, b"tips")
    assert m != identity.handover_message("s", b.public_key, a.public_key, b"tips")
    assert m != identity.handover_message("s", a.public_key, b.public_key, b"tipz")
    assert m != identity.handover_message("t", a.public_key, b.public_key, b"tips")
