"""Leaving no personal data behind (issue 10 item 2, decision 0018): ``learner purge``
deletes a learner transferred away from every PC of the old school, by a signed instruction
in the school's document; each PC keeps only an audit line with the ID and the date."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from tests.helpers import fingerprint, join_school, send_doc, sync
from tests.sync.netutil import PIN, cli, in_sync, link, make_node, service, stop_all, wait_for

from edunode import crdt
from edunode.bundle import transfer
from edunode.errors import NotFoundError, PermissionDenied, ValidationError
from edunode.events import LearnerPurged
from edunode.service import purge, restore, usb
from edunode.service.node import Node

NAME = "Asha Zawadi Mwangi"
GUARDIAN = "Neema Mwangi +255 711 222 333"


@pytest.fixture
def schools(tmp_path: Path):
    """Hill School (office and lab), River School; Asha at Hill with results, given to
    River by a record bundle; both Hill PCs know of the transfer."""
    hill = make_node(tmp_path / "hill", "Hill Office", "Hill School")
    lab = join_school(hill, tmp_path / "lab", "Hill Lab")
    river = make_node(tmp_path / "river", "River Office", "River School")
    nodes = [hill, lab, river]
    for a in nodes:  # the school documents: community documents every peer gets
        for b in nodes:
            if a is not b:
                send_doc(a, b, a.school_id)
    course = hill.create_course("Fractions")
    lesson = hill.add_lesson(course, "Unit 1", "Halves", "One half.")
    asha = hill.add_learner(NAME, birth_year=2014, guardian=GUARDIAN)
    hill.enrol(asha, course, "2025-01-06")
    hill.record_result(asha, course, "Quiz 1", 7, 10, "2025-02-03")
    hill.record_result(asha, course, "Quiz 2", 9, 10, "2025-03-03")
    hill.record_attendance(asha, "2025-02-03", True)
    hill.record_progress(asha, lesson, 25, date="2025-02-03")
    bundle = tmp_path / "asha.json"
    transfer.export_bundle(hill, asha, bundle, PIN, to=river.school_id)
    transfer.import_bundle(river, bundle, PIN)
    bundle.unlink()  # the family's copy: not in any data folder
    sync(hill, lab)
    yield {"hill": hill, "lab": lab, "river": river, "asha": asha, "course": course}
    for node in nodes:
        node.close()


def words() -> list[bytes]:
    return [w.encode() for w in (NAME, NAME.casefold(), GUARDIAN)]


def holding(home: Path) -> list[str]:
    """Every file under ``home`` (the SQLite file, its -wal and -shm included) that holds a
    byte sequence of the learner's name or their guardian's contact."""
    found = []
    for folder, _dirs, names in os.walk(home):
        for name in names:
            data = (Path(folder) / name).read_bytes()
            found += [f"{name}: {w.decode()}" for w in words() if w in data]
    return found


def test_after_purge_no_pc_of_the_old_school_holds_a_byte_of_the_learner(schools) -> None:
    hill, lab, river, asha = (schools[k] for k in ("hill", "lab", "river", "asha"))
    homes = [hill.paths.home, lab.paths.home]
    told: list[LearnerPurged] = []
    lab.bus.subscribe(LearnerPurged, told.append)
    # A bundle this PC imported once and a log line: files of the data folder naming her.
    kept = hill.paths.home / "transfers" / "0123abcd.edunode-learner.json"
    kept.parent.mkdir(exist_ok=True)
    kept.write_text(json.dumps({"learner": asha, "name": NAME}))
    sibling = kept.with_name("4567cdef.edunode-learner.json")  # her brother's: it stays
    sibling.write_text(json.dumps({"learner": "b" * 24, "name": "Juma Mwangi"}))
    (lab.paths.home / "edunode.log").write_text(f"sync ok\nopened {NAME} ({asha})\nsync ok\n")
    for home in homes:  # the search finds her before: in the store's files too
        assert any(f.startswith("edunode.db") for f in holding(home)), holding(home)

    done = hill.purge_learner(asha, PIN)
    assert (done["id"], done["removed"]) == (asha, True) and len(done["date"]) == 10
    assert send_doc(hill, lab, hill.school_id) == 1  # the signed instruction, as sync sends it
    assert told == [LearnerPurged(learner_id=asha, date=done["date"])]  # the window is told
    for node in (hill, lab):
        with pytest.raises(NotFoundError):
            node.learner(asha)
        assert asha not in {x["id"] for x in node.list_learners(everyone=True)}
        purged = node.audit_log(action="learner_purged")
        assert len(purged) == 1 and asha in purged[0]["detail"]
        assert done["date"] in purged[0]["detail"]
        assert not [a for a in node.audit_log() if NAME in a["detail"]]
        assert not [e for e in node.teaching_activity() if e["doc_id"] == asha]
        assert node.check() == []  # the store is whole without her
    assert not kept.exists() and sibling.exists()
    assert (lab.paths.home / "edunode.log").read_text() == "sync ok\nsync ok\n"
    hill.close()
    lab.close()
    for home in homes:
        assert holding(home) == [], home

    # River holds her record, whole
    got = river.learner(asha)
    assert (got["name"], got["guardian"], got["status"]) == (NAME, GUARDIAN, "active")
    assert [r["title"] for r in got["results"]] == ["Quiz 1", "Quiz 2"]
    # and purging again, after a restart, is a no-op that says when it was done
    again = Node(homes[0])
    assert again.purge_learner(asha, PIN) == {**done, "removed": False}
    again.close()


def test_purging_an_active_learner_a_non_learner_or_with_a_wrong_pin_writes_nothing(
    schools,
) -> None:
    hill, asha, course = schools["hill"], schools["asha"], schools["course"]
    still = hill.add_learner("Baraka Otieno", birth_year=2013)
    before = fingerprint(hill)
    with pytest.raises(ValidationError, match="still a learner of this school: only a learner "
                       "transferred away can be purged"):  # fmt: skip
        hill.purge_learner(still, PIN)
    with pytest.raises(PermissionDenied):
        hill.purge_learner(asha, "999999")
    with pytest.raises(NotFoundError, match="no learner"):
        hill.purge_learner(course, PIN)
    with pytest.raises(ValidationError, match="not a learner ID"):
        hill.purge_learner("no such thing", PIN)
    assert fingerprint(hill) == before
    assert hill.learner(asha)["status"] == "transferred"
    assert not hill.audit_log(action="learner_purged")


def test_a_purged_record_sent_again_is_not_stored_but_the_learner_can_come_back(
    schools, tmp_path: Path
) -> None:
    hill, lab, river, asha = (schools[k] for k in ("hill", "lab", "river", "asha"))
    hill.purge_learner(asha, PIN)
    # the lab was away: it still holds her and sends her record back; nothing is stored
    assert lab.learner(asha)["name"] == NAME
    rows = fingerprint(hill)["change_rows"]
    assert send_doc(lab, hill, asha) == 0
    assert hill.store.meta(asha) is None and fingerprint(hill)["change_rows"] == rows
    # the lab purges her as soon as the school's document reaches it, and refuses her too
    send_doc(hill, lab, hill.school_id)
    assert lab.store.meta(asha) is None
    assert send_doc(river, lab, asha) == 0 and lab.store.meta(asha) is None
    # she comes back: the admin imports her bundle, and the same record continues at Hill
    river.record_result(asha, schools["course"], "River test", 8, 10, "2025-04-01")
    back = tmp_path / "back.json"
    transfer.export_bundle(river, asha, back, PIN, to=hill.school_id)
    assert transfer.import_bundle(hill, back, PIN)["id"] == asha
    assert hill.learner(asha)["status"] == "active"
    assert [r["title"] for r in hill.learner(asha)["results"]][-1] == "River test"
    # the lifted instruction reaches the lab, which takes her record again
    send_doc(hill, lab, hill.school_id)
    assert send_doc(hill, lab, asha) > 0 and lab.learner(asha)["status"] == "active"
    assert hill.check() == [] and lab.check() == []
    # and if she leaves again, a new purge deletes her again everywhere
    transfer.export_bundle(hill, asha, tmp_path / "again.json", PIN, to=river.school_id)
    send_doc(hill, lab, asha)  # the lab hears of the new release
    assert hill.purge_learner(asha, PIN)["removed"] is True
    send_doc(hill, lab, hill.school_id)
    assert hill.store.meta(asha) is None and lab.store.meta(asha) is None


def test_a_pc_closed_when_the_instruction_was_stored_applies_it_when_it_opens(schools) -> None:
    hill, lab, asha = schools["hill"], schools["lab"], schools["asha"]
    hill.purge_learner(asha, PIN)
    # the instruction reaches the lab's store while the lab's Node does not apply it (as a
    # CLI process beside it would have stored it); the Node opening next applies it
    lab.purges.on_commit = lambda _doc_id, _kind: None  # type: ignore[method-assign]
    send_doc(hill, lab, hill.school_id)
    assert lab.store.meta(asha) is not None
    lab.close()
    reopened = Node(lab.paths.home)
    try:
        assert reopened.store.meta(asha) is None
        assert len(reopened.audit_log(action="learner_purged")) == 1
    finally:
        reopened.close()
    assert holding(lab.paths.home) == []


def test_cli_learner_purge(schools) -> None:
    hill, asha = schools["hill"], schools["asha"]
    still = hill.add_learner("Baraka Otieno", birth_year=2013)
    home = hill.paths.home
    hill.close()
    refused = cli(home, "learner", "purge", still, check=False)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    assert "only a learner transferred away can be purged" in refused.stderr
    shown = json.loads(cli(home, "learner", "purge", asha, "--json").stdout)
    assert (shown["id"], shown["removed"]) == (asha, True)
    assert holding(home) == []


def test_a_backup_made_before_the_purge_restored_then_synced_purges_again(
    schools, tmp_path: Path
) -> None:
    hill, lab, asha = schools["hill"], schools["lab"], schools["asha"]
    lab.set_admin_pin(PIN)
    made = Path(lab.backup(tmp_path / "lab.bak", "a long backup passphrase", PIN)["path"])
    assert not any(w in made.read_bytes() for w in words())  # encrypted: no plain name
    hill.purge_learner(asha, PIN)
    target = tmp_path / "lab-restored"
    restore.restore(made, "a long backup passphrase", target)
    with Node(target) as back:
        assert back.learner(asha)["name"] == NAME  # the backup still holds her
        send_doc(hill, back, hill.school_id)  # the next sync brings the instruction
        assert back.store.meta(asha) is None
        assert len(back.audit_log(action="learner_purged")) == 1
    assert holding(target) == []


def test_a_usb_package_still_holding_the_record_brings_the_rest_and_takes_the_purge_back(
    schools, tmp_path: Path
) -> None:
    hill, lab, asha = schools["hill"], schools["lab"], schools["asha"]
    stick = tmp_path / "stick"
    stick.mkdir()
    lab.set_admin_pin(PIN)
    for node in (hill, lab):
        usb.introduce(node, stick)
    for node, other in ((hill, lab), (lab, hill)):
        usb.import_folder(node, stick)
        node.approve(other.node_id, "school", PIN)
    hill.purge_learner(asha, PIN)
    # the lab, away, adds a learner and writes its package: Asha's record is in it too
    baraka = lab.add_learner("Baraka Otieno", birth_year=2013)
    usb.export_package(lab, stick, hill.node_id, PIN)
    package = stick / usb.SUBFOLDER / usb.package_name(lab.node_id, hill.node_id)
    data = package.read_bytes()
    _, start = usb.read_header(data)
    body = memoryview(data)[: -usb.SIGNATURE_BYTES]
    assert asha in {b.doc_id for message in usb._frames(body, start) for b in message.batches}
    usb.import_folder(hill, stick)
    assert hill.learner(baraka)["name"] == "Baraka Otieno"  # the rest of the package arrived
    assert hill.store.meta(asha) is None  # and Asha's record was not stored
    # the office's package carries the instruction: the lab purges her on reading it
    usb.export_package(hill, stick, lab.node_id, PIN)
    usb.import_folder(lab, stick)
    assert lab.store.meta(asha) is None
    assert len(lab.audit_log(action="learner_purged")) == 1
    lab.close()
    assert holding(lab.paths.home) == []


def test_over_the_network_the_purge_reaches_the_lab_and_the_record_does_not_come_back(
    schools,
) -> None:
    hill, lab, asha = schools["hill"], schools["lab"], schools["asha"]
    lab.set_admin_pin(PIN)
    hill.purge_learner(asha, PIN)
    baraka = lab.add_learner("Baraka Otieno", birth_year=2013)  # the lab's news meanwhile
    office_net, lab_net = service(hill), service(lab)
    try:
        link((hill, office_net), (lab, lab_net), "school")
        wait_for(lambda: lab.store.meta(asha) is None, what="the lab to purge her")
        wait_for(lambda: hill.store.meta(baraka) is not None, what="the lab's news")
        wait_for(lambda: in_sync((office_net, lab.node_id), (lab_net, hill.node_id)),
                 what="both in sync")  # fmt: skip
    finally:
        stop_all(office_net, lab_net)
    assert hill.store.meta(asha) is None
    assert not hill.audit_log(action="rejected") and not lab.audit_log(action="rejected")
    assert [p["incidents"] for p in hill.peers.list()] == [0]


def test_a_pc_that_joins_the_school_later_never_takes_the_purged_record(
    schools, tmp_path: Path
) -> None:
    hill, lab, asha = schools["hill"], schools["lab"], schools["asha"]
    hill.purge_learner(asha, PIN)
    annex = join_school(hill, tmp_path / "annex", "Hill Annex")
    try:
        assert annex.purges.refuses(asha)  # its school's document told it on joining
        assert send_doc(lab, annex, asha) == 0 and annex.store.meta(asha) is None
    finally:
        annex.close()


def test_an_instruction_naming_a_course_or_the_school_deletes_nothing(schools) -> None:
    hill, lab, course = schools["hill"], schools["lab"], schools["course"]
    before = fingerprint(lab)
    def instruct(doc_id: str) -> None:  # written by a member PC, as a bug might
        key = purge.PURGE_KEY + doc_id
        hill.docs.change(hill.school_id, lambda tx: crdt.put(tx, crdt.ROOT, key, "2025-05-05"))

    instruct(course)
    instruct(hill.school_id)
    send_doc(hill, lab, hill.school_id)
    after = fingerprint(lab)
    assert (after["documents"], after["projections"]) == (
        before["documents"], before["projections"])  # fmt: skip
    assert lab.course(course)["title"] == "Fractions"
    assert not lab.audit_log(action="learner_purged")


def test_compacting_gives_the_store_connections_their_usual_wait_back(schools) -> None:
    """The compaction after a purge waits only 2 s for the file; the pooled connection it
    used then serves ordinary writes, which wait the store's 15 s again."""
    hill = schools["hill"]
    hill.purge_learner(schools["asha"], PIN)
    held = [hill.store.engine.raw_connection() for _ in range(6)]  # the pool's, then new
    try:
        waits = {c.cursor().execute("PRAGMA busy_timeout").fetchone()[0] for c in held}
    finally:
        for c in held:
            c.close()
    assert waits == {15000}
