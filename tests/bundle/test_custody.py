"""A learner who moves keeps one continuous signed record (issue 10 item 1, decision 0009):
the bundle's export writes a signed release into the learner's document, the import
continues the same document at the new school, and the one verification function decides
who may write it from its own custody entries."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.helpers import deliver, fingerprint, forge_change, join_school, send_doc, sync
from tests.sync.netutil import PIN, make_node

from edunode import crdt
from edunode.bundle import transfer
from edunode.domain import custody, signed
from edunode.errors import BundleError, PermissionDenied, RejectedChanges
from edunode.service.node import Node

RECORDS = ("enrolments", "results", "attendance", "progress", "goals", "plans")


@pytest.fixture
def three(tmp_path: Path):
    """Hill School (office and lab), River School (office and annex), Lake School; Asha at
    Hill with a record of every kind; every school knows every school document."""
    hill = make_node(tmp_path / "hill", "Hill Office", "Hill School")
    lab = join_school(hill, tmp_path / "lab", "Hill Lab")
    river = make_node(tmp_path / "river", "River Office", "River School")
    annex = join_school(river, tmp_path / "annex", "River Annex")
    lake = make_node(tmp_path / "lake", "Lake Office", "Lake School")
    course = hill.create_course("Fractions")
    lesson = hill.add_lesson(course, "Unit 1", "Halves", "One half.")
    asha = hill.add_learner("Asha Mwangi", birth_year=2014, guardian="+255 700 000")
    hill.enrol(asha, course, "2025-01-06")
    hill.record_result(asha, course, "Quiz 1", 7, 10, "2025-02-03")
    hill.record_attendance(asha, "2025-02-03", True)
    hill.record_progress(asha, lesson, 25, date="2025-02-03")
    hill.set_plan(asha, course, 3)
    hill.add_goal(asha, "Read a whole book", course)
    sync(hill, lab)
    nodes = [hill, lab, river, annex, lake]
    for a in nodes:  # the school documents: community documents every peer gets
        for b in nodes:
            if a is not b:
                send_doc(a, b, a.school_id)
    yield {"hill": hill, "lab": lab, "river": river, "annex": annex, "lake": lake,
           "asha": asha, "course": course}  # fmt: skip
    for node in nodes:
        node.close()


def records(node: Node, learner_id: str) -> dict[str, Any]:
    got = node.learner(learner_id)
    return {key: got[key] for key in ("name", "birth_year", "guardian", *RECORDS)}


def move(src: Node, dst: Node, learner_id: str, path: Path, *, to: bool = True) -> dict:
    transfer.export_bundle(src, learner_id, path, PIN, to=dst.school_id if to else None)
    return transfer.import_bundle(dst, path, PIN)


@pytest.mark.parametrize("named", [True, False], ids=["to-a-school", "open-release"])
def test_a_transfer_continues_the_record_and_moves_on_to_a_third_school(
    three, tmp_path: Path, named: bool
) -> None:
    hill, lab, river, annex, lake = (three[k] for k in ("hill", "lab", "river", "annex", "lake"))
    asha, course = three["asha"], three["course"]
    before = records(hill, asha)

    got = move(hill, river, asha, tmp_path / "asha.json", to=named)
    assert got["id"] == asha and got["released_to"] == (river.school_id if named else "")
    assert records(river, asha) == before  # item by item, result and goal IDs included
    assert river.learner(asha)["status"] == "active"
    assert asha in {x["id"] for x in river.list_learners()}

    # Hill keeps the history read-only, out of its lists and registers
    gone = hill.learner(asha)
    assert gone["status"] == "transferred"
    assert gone["transferred_to"] == (river.school_id if named else "")
    assert asha not in {x["id"] for x in hill.list_learners()}
    assert asha not in hill.learner_summaries()
    assert asha in {x["id"] for x in hill.list_learners(everyone=True)}
    with pytest.raises(PermissionDenied, match="River School" if named else "open record"):
        hill.record_result(asha, course, "Quiz 2", 9, 10, "2025-03-01")
    # the lab hears of it from the office, through the one verification function
    sync(hill, lab)
    assert lab.learner(asha)["status"] == "transferred"
    with pytest.raises(PermissionDenied, match="read-only"):
        lab.record_attendance(asha, "2025-03-02", True)

    # River's PCs write the record now; the annex gets it from the office
    river.record_result(asha, course, "River test", 8, 10, "2025-03-03")
    assert send_doc(river, annex, asha) > 0
    Path(got["archive"]).unlink()  # as on another PC of River that already has her record
    kept = fingerprint(river)
    assert transfer.import_bundle(river, tmp_path / "asha.json", PIN)["unchanged"] is True
    assert fingerprint(river) == kept
    annex.record_attendance(asha, "2025-03-04", False)
    assert send_doc(annex, river, asha) == 1
    # Hill's PCs refuse a change River wrote: it is not theirs to hold any more, and River's
    # writes are refused by no one who knows the record moved (Hill gets none: school scope)
    assert not hill.links.sharing_rule(river.node_id)(hill.docs.get(asha).meta, asha)

    # a second transfer: Lake gets everything Hill and River wrote
    moved = records(river, asha)
    assert move(river, lake, asha, tmp_path / "again.json", to=named)["id"] == asha
    assert records(lake, asha) == moved
    titles = [r["title"] for r in lake.learner(asha)["results"]]
    assert titles == ["Quiz 1", "River test"]
    kinds = ["release", "release"] if named else ["release", "claim", "release", "claim"]
    assert [s["type"] for s in lake.learner(asha)["custody"]] == kinds
    assert river.learner(asha)["status"] == "transferred"
    lake.record_result(asha, course, "Lake test", 10, 10, "2025-04-01")
    for node in (hill, lab, river, annex, lake):
        assert node.check() == [], node.name


def test_an_open_release_is_claimed_once_and_a_learner_can_come_back(
    three, tmp_path: Path
) -> None:
    hill, river, lake = three["hill"], three["river"], three["lake"]
    asha, course = three["asha"], three["course"]
    before = records(hill, asha)
    path = tmp_path / "open.json"
    transfer.export_bundle(hill, asha, path, PIN)  # no --to: whoever imports it first
    assert hill.learner(asha)["transferred_to"] == ""
    assert transfer.describe(transfer.verify(transfer.load(path)))["released_to"] == ""
    got = transfer.import_bundle(river, path, PIN)
    assert got["id"] == asha and records(river, asha) == before
    assert [s["type"] for s in river.learner(asha)["custody"]] == ["release", "claim"]
    river.record_result(asha, course, "River test", 8, 10, "2025-03-03")

    # Lake hears of River's claim (River's school document, which every school gets) and
    # refuses to take the same release; nothing is written
    send_doc(river, lake, river.school_id)
    kept = fingerprint(lake)
    with pytest.raises(BundleError, match="River School already took this open bundle"):
        transfer.import_bundle(lake, path, PIN)
    assert fingerprint(lake) == kept
    # importing it again where it was imported changes nothing
    assert transfer.import_bundle(river, path, PIN)["unchanged"] is True

    # back to Hill: the same document again, now Hill's to write
    assert move(river, hill, asha, tmp_path / "back.json")["id"] == asha
    back = hill.learner(asha)
    assert back["status"] == "active" and back["school"] == hill.school_id
    assert [r["title"] for r in back["results"]] == ["Quiz 1", "River test"]
    hill.record_result(asha, course, "Welcome back", 9, 10, "2025-05-01")
    assert river.learner(asha)["status"] == "transferred"
    assert hill.check() == [] and river.check() == []


def test_a_bundle_for_another_school_or_from_here_is_refused(three, tmp_path: Path) -> None:
    hill, river, lake = three["hill"], three["river"], three["lake"]
    asha = three["asha"]
    path = tmp_path / "asha.json"
    transfer.export_bundle(hill, asha, path, PIN, to=river.school_id)
    kept = fingerprint(lake)
    with pytest.raises(BundleError, match="gives Asha Mwangi to River School, not to this"):
        transfer.import_bundle(lake, path, PIN)
    assert fingerprint(lake) == kept
    with pytest.raises(BundleError, match="given by this school"):
        transfer.import_bundle(hill, path, PIN)
    with pytest.raises(BundleError, match="not held by this school"):  # released already
        transfer.export_bundle(hill, asha, tmp_path / "twice.json", PIN, to=lake.school_id)
    with pytest.raises(BundleError, match="knows no school"):
        transfer.export_bundle(river, asha, tmp_path / "x.json", PIN, to="a" * 24)


def _append(sealed: str) -> Any:
    return lambda tx: custody.append(tx, sealed)


def _release(node: Node, doc_id: str, frm: str, to: str, *, signer: Any = None) -> str:
    od = node.docs.get(doc_id)
    record = custody.release_record(frm, to, "2025-06-01", custody.next_lamport(doc_id, od.doc))
    return signed.seal(signer or node.identity, doc_id, record)[1]


def test_custody_entries_that_are_not_the_holders_are_refused(three) -> None:
    """A release by a PC of another school, by a PC removed from the school, one signed by
    somebody else than the change's author, junk in the list, a removed entry: each refused
    with its reason, nothing stored."""
    hill, lab, river = three["hill"], three["lab"], three["river"]
    asha = three["asha"]
    home = hill.school_id
    # River holds a copy (as if it had leaked) and writes itself a release from Hill
    send_doc(hill, river, asha)
    cases = [
        (river, _release(river, asha, home, river.school_id), "may not move this learner"),
        (lab, _release(lab, asha, home, river.school_id, signer=hill.identity),
         "not by the PC whose change wrote it"),
        (lab, "not an entry", "signature does not verify"),
        (lab, _release(lab, asha, river.school_id, home), "does not follow"),
    ]  # fmt: skip
    for author, sealed, reason in cases:
        changes, sigs = forge_change(author, asha, _append(sealed))
        kept = fingerprint(hill)
        with pytest.raises(RejectedChanges, match=reason):
            deliver(hill, asha, changes, sigs, author.node_id)
        assert fingerprint(hill) == kept

    # a PC removed from Hill that has not heard of it
    hill.remove_school_member(lab.node_id)
    changes, sigs = forge_change(lab, asha, _append(_release(lab, asha, home, river.school_id)))
    with pytest.raises(RejectedChanges, match="may not move this learner"):
        deliver(hill, asha, changes, sigs, lab.node_id)

    # an entry, once written, is never taken away
    transfer.release(hill, asha, river.school_id)
    obj = crdt.get_obj(hill.docs.get(asha).doc, crdt.ROOT, "transfers")
    changes, sigs = forge_change(hill, asha, lambda tx: tx.delete(obj, 0))
    other = make_node(Path(str(hill.paths.home) + "-copy"), "Copy", None)
    try:
        send_doc(hill, other, home)
        send_doc(hill, other, asha)
        with pytest.raises(RejectedChanges, match="changed or removed"):
            deliver(other, asha, changes, sigs, hill.node_id)
    finally:
        other.close()


def test_a_write_made_before_the_release_was_heard_of_stays_valid(three, tmp_path: Path) -> None:
    """Custody at that point of the history: the lab's attendance, written before it heard
    of the release, is kept everywhere; a change the lab builds on the release is not."""
    hill, lab, river = three["hill"], three["lab"], three["river"]
    asha = three["asha"]
    lab.record_attendance(asha, "2025-06-02", True)  # the lab has not synced yet
    transfer.export_bundle(hill, asha, tmp_path / "a.json", PIN, to=river.school_id)
    sync(hill, lab)
    assert [a["date"] for a in hill.learner(asha)["attendance"]][-1] == "2025-06-02"
    assert hill.learner(asha)["status"] == lab.learner(asha)["status"] == "transferred"
    # the lab's late write is not River's to import: the bundle was made before it
    transfer.import_bundle(river, tmp_path / "a.json", PIN)
    changes, sigs = forge_change(lab, asha, lambda tx: crdt.put(tx, crdt.ROOT, "guardian", "x"))
    with pytest.raises(RejectedChanges, match="may not write"):
        deliver(hill, asha, changes, sigs, lab.node_id)
    late, late_sigs = lab.docs.outgoing(asha, river.docs.get(asha).doc.get_heads())
    with pytest.raises(RejectedChanges, match="may not write"):  # with what River lacks
        deliver(river, asha, [*late, *changes], {**late_sigs, **sigs}, lab.node_id)
    assert hill.check() == [] and lab.check() == [] and river.check() == []


def test_two_releases_at_once_are_decided_the_same_way_on_every_pc(three) -> None:
    """The office releases Asha to River while the lab, offline, releases her to Lake. Once
    they meet, both say the same: the entry first in (Lamport number, entry ID) order."""
    hill, lab, river, lake = three["hill"], three["lab"], three["river"], three["lake"]
    asha = three["asha"]
    first = transfer.release(hill, asha, river.school_id)
    second = transfer.release(lab, asha, lake.school_id)
    sync(hill, lab)
    winner = river.school_id if first < second else lake.school_id  # both Lamport 1
    assert hill.learner(asha)["transferred_to"] == lab.learner(asha)["transferred_to"] == winner
    assert hill.docs.get(asha).doc.get_heads() == lab.docs.get(asha).doc.get_heads()
    assert len(hill.learner(asha)["custody"]) == 1  # the other release is not taken


def test_a_forged_custody_entry_inside_a_bundle_is_refused(three, tmp_path: Path) -> None:
    """A bundle whose release was sealed by a key that did not write it: the bundle is
    refused by any verifier, and River's import stores nothing."""
    hill, river = three["hill"], three["river"]
    asha = three["asha"]
    stranger = make_node(tmp_path / "stranger", "Stranger", "Fake School")
    try:
        sealed = _release(hill, asha, hill.school_id, river.school_id, signer=stranger.identity)
        hill.docs.change(asha, _append(sealed), touched=frozenset({"transfers"}))
        path = tmp_path / "forged.json"
        path.write_text(json.dumps(transfer.build(hill, asha)))
    finally:
        stranger.close()
    with pytest.raises(BundleError, match="not by the PC whose change wrote it"):
        transfer.verify(transfer.load(path))
    kept = fingerprint(river)
    with pytest.raises(BundleError, match="not by the PC whose change wrote it"):
        transfer.import_bundle(river, path, PIN)
    assert fingerprint(river) == kept
