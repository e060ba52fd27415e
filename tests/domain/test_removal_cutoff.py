"""A removed PC's changes can't be laundered through a member that had not heard of the removal.

The story (issue 9 item 2): the office removes a laptop from the school. The laptop, not yet
told, records a result; a teacher PC that has not received the removal either takes it,
builds on it (records attendance for the same learner) and passes both on. Built-on changes
used to count as endorsed, so the office took the laptop's post-removal change through the
teacher. Now the removal carries a signed cut-off — per document, the laptop's last change
the office held — and every PC that has the removal refuses the laptop's changes beyond it,
whoever built on them, on every path: a peer's batch, a USB package, a record bundle.

Real nodes and stores throughout; changes move only through ``Node.receive_changes`` (the
network's path), ``service.usb`` packages in a folder and ``bundle.transfer`` files.
"""

from __future__ import annotations

import json
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
from tests.sync.netutil import link, service, stop_all, wait_for

from edunode import crdt, identity
from edunode.bundle import transfer
from edunode.domain import school
from edunode.errors import BundleError, RejectedChanges, ValidationError
from edunode.service import usb
from edunode.service.node import Node

PIN = "123456"


@dataclass
class Hill:
    office: Node  # founded the school (admin): removes the laptop
    laptop: Node  # a member, removed; goes on writing, not yet told
    teacher: Node  # a member that has not heard of the removal yet
    course: str
    learner: str
    home: Path


@pytest.fixture
def hill(tmp_path: Path) -> Any:
    office, laptop, teacher = make_school(tmp_path / "hill", 3)
    for node in (office, laptop, teacher):
        node.set_admin_pin(PIN)
    course = office.create_course("Fractions", subject="maths")
    learner = office.add_learner("Amina Juma", birth_year=2014)
    office.enrol(learner, course, "2025-01-06")
    sync_all([office, laptop, teacher])
    yield Hill(office, laptop, teacher, course, learner, tmp_path)
    close_all([office, laptop, teacher])


def results(node: Node, learner: str) -> list[str]:
    return sorted(r["title"] for r in node.learner(learner)["results"])


def launder(h: Hill) -> None:
    """The laptop's accepted result, its removal, then a result after it that the
    uninformed teacher takes and builds on (attendance for the same learner)."""
    h.laptop.record_result(h.learner, h.course, "Quiz 1", 7, 10, "2025-02-10")
    assert send_doc(h.laptop, h.office, h.learner) == 1  # accepted: still a member
    h.office.remove_school_member(h.laptop.node_id)
    h.laptop.record_result(h.learner, h.course, "Quiz 2 (after removal)", 10, 10, "2025-02-11")
    assert send_doc(h.laptop, h.teacher, h.learner) == 2  # the teacher has not heard
    h.teacher.record_attendance(h.learner, "2025-02-12", True)


def rejected(node: Node, doc_id: str, changes: list[Any], sigs: dict[bytes, bytes]) -> Any:
    with pytest.raises(RejectedChanges) as info:
        deliver(node, doc_id, changes, sigs, "PEERNOD-CUTOFF")
    return info.value


# --------------------------------------------------------------------------- the story


def test_removed_pcs_change_laundered_through_uninformed_member_is_refused(hill: Hill) -> None:
    h = hill
    launder(h)
    before = fingerprint(h.office)
    changes, sigs = outgoing(h.teacher, h.office, h.learner)
    # The batch: the laptop's post-removal result and the teacher's attendance built on it,
    # the teacher's signature on its tip vouching for both.
    held = set(h.office.docs.known_hashes(h.learner, [c.hash for c in changes]))
    new = [c.actor for c in changes if c.hash not in held]
    assert new == [h.laptop.public_key, h.teacher.public_key]
    exc = rejected(h.office, h.learner, changes, sigs)
    assert exc.reason == "not_authorized"
    assert exc.actor == h.laptop.public_key.hex()
    assert "after its removal" in exc.message
    assert fingerprint(h.office) == before  # nothing of it applied
    assert results(h.office, h.learner) == ["Quiz 1"]
    assert h.office.learner(h.learner)["attendance"] == []
    assert any(r["action"] == "rejected" for r in h.office.audit_log())


def test_removed_pcs_changes_up_to_the_cutoff_are_still_accepted(hill: Hill) -> None:
    h = hill
    launder(h)
    # The laptop's pre-removal result travels on: the office carries it (it endorsed it at
    # the removal) to a PC that joins later, with nothing of the post-removal one.
    newcomer = join_school(h.office, h.home / "newcomer", "New PC")
    try:
        sync_all([h.office, newcomer])
        assert results(newcomer, h.learner) == ["Quiz 1"]
        assert newcomer.check() == [] and h.office.check() == []
    finally:
        newcomer.close()
    # The cut-off is in the signed removal entry: exactly what the office held.
    state = h.office.docs.state(h.office.school_id)
    founder = h.office.docs.get(h.office.school_id).meta.founder
    (removal,) = school.removals(h.office.school_id, state, founder)
    assert removal.key == h.laptop.public_key and removal.by == h.office.public_key
    held = {
        d: h.office.store.author_tip(d, h.laptop.public_key)[0]  # type: ignore[index]
        for d in h.office.store.documents_written_by(h.laptop.public_key)
    }
    assert school.decode_cutoff(removal.cutoff) == held
    assert set(held) == {h.learner}
    laptop_tip = h.laptop.store.author_tip(h.learner, h.laptop.public_key)
    assert laptop_tip is not None and laptop_tip[0] == held[h.learner] + 1  # Quiz 2 is beyond


def test_a_change_made_before_the_removal_but_not_yet_seen_by_the_office_is_refused(
    hill: Hill,
) -> None:
    # The decision (ADR 0001): the office cannot tell "made before" from "made after" (no
    # trusted clock), so the cut-off is what it held; a record the laptop made earlier but
    # had not synced is refused too and must be entered again by a member.
    h = hill
    h.laptop.record_result(h.learner, h.course, "Quiz 1 (never synced)", 7, 10, "2025-02-10")
    h.office.remove_school_member(h.laptop.node_id)
    assert send_doc(h.laptop, h.teacher, h.learner) == 1
    h.teacher.record_attendance(h.learner, "2025-02-12", True)
    exc = rejected(h.office, h.learner, *outgoing(h.teacher, h.office, h.learner))
    assert exc.actor == h.laptop.public_key.hex()
    assert results(h.office, h.learner) == []


def test_removed_pcs_own_later_change_is_refused_as_before(hill: Hill) -> None:
    h = hill
    launder(h)
    exc = rejected(h.office, h.learner, *outgoing(h.laptop, h.office, h.learner))
    assert exc.reason == "not_authorized"


# --------------------------------------------------------------------------- the member


def test_member_that_built_on_a_refused_change_learns_it_and_the_rest_still_syncs(
    hill: Hill, tmp_path: Path
) -> None:
    """What the teacher sees: its batch is refused whole (an incident at the office); once it
    has the removal, ``edunode check`` names the document and the changes of its own that
    can't reach the school; its USB package leaves that document out, so everything else
    still gets through; a record re-entered at the office is the way back."""
    h = hill
    launder(h)
    other = h.teacher.add_learner("Baraka Otieno", birth_year=2013)  # untouched by the laptop
    stick = tmp_path / "stick"
    usb_link(h.office, h.teacher, stick)
    assert send_doc(h.office, h.teacher, h.office.school_id) > 0  # the teacher hears of it
    problems = h.teacher.check()
    assert len(problems) == 1 and problems[0].startswith(h.learner)
    assert h.laptop.node_id in problems[0] and "1 made on this PC" in problems[0]
    result = carry(h.teacher, h.office, stick)
    assert result["state"] == "imported", result
    assert h.office.learner(other)["name"] == "Baraka Otieno"
    assert results(h.office, h.learner) == ["Quiz 1"]  # the learner's record stayed behind
    # The teacher's later edits of that learner build on the refused change: refused too.
    h.teacher.record_attendance(h.learner, "2025-02-13", True)
    rejected(h.office, h.learner, *outgoing(h.teacher, h.office, h.learner))
    # The way back: the attendance is entered at a PC that has the removal.
    h.office.record_attendance(h.learner, "2025-02-12", True)
    assert h.office.check() == []


# --------------------------------------------------------------------------- other paths


def usb_link(a: Node, b: Node, stick: Path) -> None:
    """Link two PCs of one school through introductions on the stick."""
    stick.mkdir(exist_ok=True)
    usb.introduce(a, stick)
    usb.introduce(b, stick)
    usb.import_folder(a, stick)
    usb.import_folder(b, stick)
    a.approve(b.node_id, "school", PIN)
    b.approve(a.node_id, "school", PIN)


def carry(src: Node, dst: Node, stick: Path) -> dict[str, Any]:
    usb.export_package(src, stick, dst.node_id, PIN)
    name = usb.package_name(src.node_id, dst.node_id)
    (result,) = [r for r in usb.import_folder(dst, stick) if Path(r["path"]).name == name]
    return result


def test_laundering_refused_over_usb(hill: Hill, tmp_path: Path) -> None:
    h = hill
    launder(h)
    stick = tmp_path / "stick"
    usb_link(h.office, h.teacher, stick)
    before = fingerprint(h.office)
    result = carry(h.teacher, h.office, stick)  # the teacher still has not heard
    assert result["state"] == "refused", result
    assert "after its removal" in result["reason"]
    assert fingerprint(h.office) == before
    assert results(h.office, h.learner) == ["Quiz 1"]


@pytest.mark.net
def test_laundering_refused_over_the_network_and_the_rest_still_syncs(hill: Hill) -> None:
    """Real TLS sessions on 127.0.0.1: whichever reaches the other first — the teacher's
    learner batch or the office's removal — the office never takes the laptop's late result,
    and the teacher's other work arrives."""
    h = hill
    launder(h)
    other = h.teacher.add_learner("Baraka Otieno", birth_year=2013)
    sid = h.office.school_id
    so, st = service(h.office), service(h.teacher)
    try:
        link((h.office, so), (h.teacher, st), "school")
        wait_for(
            lambda: (
                other in {r["id"] for r in h.office.list_learners()}
                and h.laptop.public_key not in h.teacher.docs.school_members(sid)
            ),
            timeout=30,
            what="the teacher's other learner at the office, the removal at the teacher",
        )
    finally:
        stop_all(so, st)
    assert results(h.office, h.learner) == ["Quiz 1"]
    assert h.office.learner(h.learner)["attendance"] == []
    assert h.office.check() == []


def test_laundering_refused_in_a_bundle_at_the_receiving_school(hill: Hill, tmp_path: Path) -> None:
    h = hill
    launder(h)
    river = Node.init(tmp_path / "river", name="River Office", school_name="River School")
    try:
        river.set_admin_pin(PIN)
        send_doc(h.office, river, h.office.school_id)  # a community peer: has the removal
        path = tmp_path / "amina.edunode-bundle"
        # The teacher has not heard: its bundle checks out against the school document it
        # carries, which lacks the removal ...
        transfer.export_bundle(h.teacher, h.learner, path, PIN)
        # ... but River holds Hill's school document with the removal, and refuses it.
        with pytest.raises(BundleError, match="after its removal"):
            transfer.import_bundle(river, path, PIN)
        assert river.list_learners() == []
    finally:
        river.close()


def test_bundle_carrying_the_removal_refuses_the_removed_pcs_later_change(hill: Hill) -> None:
    h = hill
    launder(h)
    send_doc(h.office, h.teacher, h.office.school_id)  # now the teacher has heard
    bundle = transfer.build(h.teacher, h.learner)
    with pytest.raises(BundleError, match="after its removal"):
        transfer.verify(transfer.parse(json.dumps(bundle).encode()))
    with pytest.raises(BundleError, match="after its removal"):
        transfer.export_bundle(h.teacher, h.learner, h.home / "b.edunode-bundle", PIN)


# --------------------------------------------------------------------------- the entry


def test_cutoff_can_not_be_stretched_or_dropped(hill: Hill) -> None:
    h = hill
    launder(h)
    sid = h.office.school_id
    send_doc(h.office, h.teacher, sid)
    state = h.teacher.docs.state(sid)
    (name,) = state["removals"]
    entry = state["removals"][name]
    stretched = school.encode_cutoff({h.learner: 99})

    def stretch(tx: Any) -> None:  # the office's signature, a larger cut-off
        removals = crdt.get_obj(tx, crdt.ROOT, "removals")
        crdt.put_map(tx, removals, name, {**entry, "cutoff": stretched})

    def drop(tx: Any) -> None:
        tx.delete(crdt.get_obj(tx, crdt.ROOT, "removals"), name)

    for edit in (stretch, drop):
        before = fingerprint(h.office)
        exc = rejected(h.office, sid, *forge_change(h.teacher, sid, edit))
        assert "removal" in exc.message
        assert fingerprint(h.office) == before


def test_two_admins_removing_one_pc_keep_both_entries(hill: Hill) -> None:
    h = hill
    deputy = h.teacher
    h.office.add_school_member(deputy.public_key, "Deputy", "admin")
    sync_all([h.office, h.laptop, deputy])
    h.laptop.record_result(h.learner, h.course, "Quiz 1", 7, 10, "2025-02-10")
    assert send_doc(h.laptop, deputy, h.learner) == 1  # only the deputy has it
    h.office.remove_school_member(h.laptop.node_id)  # at once, neither told of the other
    deputy.remove_school_member(h.laptop.node_id)
    sync_all([h.office, deputy])  # both removals merge; the deputy's cut-off covers Quiz 1
    sid = h.office.school_id
    assert len(h.office.docs.state(sid)["removals"]) == 2
    assert results(h.office, h.learner) == ["Quiz 1"]
    assert h.office.check() == [] and deputy.check() == []
    with pytest.raises(ValidationError, match="already removed"):
        h.office.remove_school_member(h.laptop.node_id)


def test_cutoff_encoding_is_canonical() -> None:
    a, b = "a" * 24, "b" * 24
    blob = school.encode_cutoff({b: 3, a: 70_000})
    assert len(blob) == 38 and blob == school.encode_cutoff({a: 70_000, b: 3})
    assert school.decode_cutoff(blob) == {a: 70_000, b: 3}
    assert school.cutoff_seq(blob, a) == 70_000 and school.cutoff_seq(blob, "c" * 24) == 0
    assert school.decode_cutoff(blob[19:] + blob[:19]) is None  # unsorted: not canonical
    assert school.decode_cutoff(blob + blob[:19]) is None  # a repeat
    assert school.decode_cutoff(blob[:-1]) is None
    key = bytes(32)
    assert identity.removal_message("s" * 24, key, blob) != identity.removal_message(
        "s" * 24, key, school.encode_cutoff({a: 70_001, b: 3})
    )
