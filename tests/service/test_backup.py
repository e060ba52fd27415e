"""Backups and restores on real parts (issue 11 items 1 and 3, decision 0013).

A real writer process keeps writing while backups are taken; the backup file is attacked
byte by byte; a backup process is SIGKILLed at random moments; a restored PC syncs with the
school's other PC over TLS on loopback while the old PC's later changes are refused.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.sync.netutil import PIN, address, service, stop_all, wait_for

from edunode.errors import PermissionDenied
from edunode.service import backup, restore
from edunode.service.backup import BackupError
from edunode.service.node import Node

PASS = "a long backup passphrase"
WRITER = Path(__file__).parent.parent / "cli" / "crash_writer.py"
ENV = {k: v for k, v in os.environ.items() if not k.startswith("EDUNODE_")}


def school_pc(home: Path, learners: int = 3) -> Node:
    node = Node.init(home, name="Office", school_name="Hill School", admin_pin=PIN)
    course = node.create_course("Maths")
    node.add_lesson(course, "Module 1", "Counting", body="one two three")
    with node.batch():
        for i in range(learners):
            learner = node.add_learner(f"Learner {i}", 2010 + i % 8)
            node.record_result(learner, course, "Quiz", i % 10, 10)
            node.record_attendance(learner, "2026-11-02", i % 3 != 0)
    return node


def records(node: Node) -> dict[str, Any]:
    """Everything a teacher sees: the lists, and each learner's and lesson's record."""
    courses = node.list_courses()
    return {
        "learners": node.list_learners(),
        "courses": courses,
        "lessons": {c["id"]: node.lessons(c["id"]) for c in courses},
        "records": {row["id"]: node.learner(row["id"]) for row in node.list_learners()},
        "school": node.membership.school_name,
        "audit": [a["action"] for a in node.audit_log()][-5:],
    }


def nothing_restored(target: Path) -> None:
    assert not target.exists(), f"{target} was written"
    leftovers = [p.name for p in target.parent.iterdir() if ".restoring-" in p.name]
    assert not leftovers, f"a half restore was left behind: {leftovers}"


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    root = tmp_path_factory.mktemp("made")
    with school_pc(root / "office", learners=20) as node:
        path = Path(node.backup(root / "office.bak", PASS, PIN)["path"])
    return path, path.read_bytes()


# --------------------------------------------------------------------------- consistency


def test_a_backup_taken_while_another_process_writes_restores_one_moment(tmp_path: Path) -> None:
    home = tmp_path / "office"
    school_pc(home).close()
    out = (tmp_path / "writer.out").open("w")
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(home), "7", "100000", "60"],
        stdout=out, stderr=subprocess.PIPE, env=ENV,
    )  # fmt: skip
    taken: list[Path] = []
    try:
        wait_for(lambda: (tmp_path / "writer.out").read_text().startswith("ready"), 30, "writer")
        with Node(home) as node:
            for i in range(3):
                time.sleep(0.3)
                taken.append(Path(node.backup(tmp_path / f"during{i}.bak", PASS, PIN)["path"]))
        assert proc.poll() is None, "the writer finished before the backups: nothing was tested"
    finally:
        proc.terminate()  # the writer we started; it never runs past its own 60 s bound
        proc.wait(timeout=60)
        out.close()
    with Node(home) as live:
        final = records(live)
        seen = {row["id"]: live.learner(row["id"]) for row in live.list_learners()}
        after = Path(live.backup(tmp_path / "after.bak", PASS, PIN)["path"])
        final = records(live)
    counts = []
    for i, path in enumerate(taken):
        restore.restore(path, PASS, tmp_path / f"r{i}")
        with Node(tmp_path / f"r{i}") as node:
            assert node.check() == [], f"backup {i} restored a store that is not sound"
            got = {row["id"]: node.learner(row["id"]) for row in node.list_learners()}
            assert set(got) <= set(seen)
            for learner_id, record in got.items():  # results only ever grow in the writer
                ids = {r["id"] for r in record["results"]}
                assert ids <= {r["id"] for r in seen[learner_id]["results"]}
            counts.append(sum(len(r["results"]) for r in got.values()))
    assert counts == sorted(counts) and counts[0] < counts[-1] <= sum(
        len(r["results"]) for r in seen.values()
    ), "each backup is a later moment of the same writes"
    restore.restore(after, PASS, tmp_path / "r-after")
    with Node(tmp_path / "r-after") as node:
        restored = records(node)
    assert restored["learners"] == final["learners"]
    assert restored["courses"] == final["courses"]
    assert restored["lessons"] == final["lessons"]
    assert restored["records"] == final["records"]
    assert restored["school"] == "Hill School"


def test_a_backup_file_is_private_and_says_whose_it_is(made: tuple[Path, bytes]) -> None:
    path, data = made
    assert path.stat().st_mode & 0o777 == 0o600
    header = backup.read_header(path).fields
    assert header["school"] == "Hill School" and header["pc"] == "Office"
    assert header["cipher"] == "AES-256-GCM" and header["kdf"]["name"] == "scrypt"
    assert b"Learner 1" not in data and b"SQLite format" not in data, "the contents are sealed"


# --------------------------------------------------------------------------- damage


def test_a_wrong_passphrase_a_flipped_byte_and_a_cut_file_each_restore_nothing(
    made: tuple[Path, bytes], tmp_path: Path
) -> None:
    path, data = made
    target = tmp_path / "new"
    with pytest.raises(BackupError, match="wrong passphrase"):
        restore.restore(path, "not the passphrase", target)
    nothing_restored(target)
    flipped = bytearray(data)
    flipped[len(data) // 2] ^= 0x01
    (tmp_path / "flipped.bak").write_bytes(bytes(flipped))
    with pytest.raises(BackupError, match="damaged: part"):
        restore.restore(tmp_path / "flipped.bak", PASS, target)
    nothing_restored(target)
    (tmp_path / "cut.bak").write_bytes(data[: len(data) - 40])
    with pytest.raises(BackupError, match="cut short"):
        restore.restore(tmp_path / "cut.bak", PASS, target)
    nothing_restored(target)
    (tmp_path / "empty.bak").write_bytes(b"")
    with pytest.raises(BackupError, match="not an EduNode backup"):
        restore.restore(tmp_path / "empty.bak", PASS, target)
    nothing_restored(target)
    target.mkdir()
    (target / "keep.txt").write_text("mine")
    with pytest.raises(BackupError, match="not empty"):
        restore.restore(path, PASS, target)
    assert [p.name for p in target.iterdir()] == ["keep.txt"]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.data())
def test_any_damage_is_refused_with_a_message(made: tuple[Path, bytes], tmp_path: Path,
                                              data: st.DataObject) -> None:  # fmt: skip
    path, good = made
    where = data.draw(st.integers(0, len(good) - 1), "where")
    how = data.draw(st.sampled_from(["flip", "cut", "insert"]), "how")
    if how == "flip":
        flip = data.draw(st.integers(1, 255), "flip")
        bad = good[:where] + bytes([good[where] ^ flip]) + good[where + 1 :]
    elif how == "cut":
        bad = good[:where]
    else:
        bad = good[:where] + data.draw(st.binary(min_size=1, max_size=8)) + good[where:]
    target = tmp_path / f"bad-{where}-{how}.bak"
    target.write_bytes(bad)
    with pytest.raises(BackupError):
        backup.verify_backup(target, PASS)
    target.unlink()


def test_a_backup_killed_at_any_moment_leaves_no_file_restore_accepts(tmp_path: Path) -> None:
    home = tmp_path / "office"
    school_pc(home, learners=400).close()
    out = tmp_path / "stick" / "school.bak"
    out.parent.mkdir()
    env = {**ENV, "EDUNODE_ADMIN_PIN": PIN, "EDUNODE_BACKUP_PASSPHRASE": PASS}
    rng, killed, whole = random.Random(11), 0, 0
    for _ in range(8):
        proc = subprocess.Popen(
            [sys.executable, "-m", "edunode", "--home", str(home), "backup", "--out", str(out)],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        time.sleep(rng.uniform(0.2, 1.5))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            killed += 1
        proc.wait(timeout=60)
        for candidate in out.parent.iterdir():
            try:
                backup.verify_backup(candidate, PASS)
            except BackupError:
                assert candidate != out, "the backup's own name holds a file restore refuses"
                continue
            assert candidate == out, f"restore accepts a file left by a killed backup: {candidate}"
            whole += 1
    assert killed, "no backup was interrupted: nothing was tested"


# --------------------------------------------------------------------------- the restored PC


def test_the_restored_pc_syncs_with_the_other_pc_and_the_old_key_is_refused(
    tmp_path: Path,
) -> None:
    office = school_pc(tmp_path / "office")
    teacher = Node.init(tmp_path / "teacher", name="Teacher", school_name=None, admin_pin=PIN)
    so, st_ = service(office), service(teacher)
    try:
        sent = so.link(address(st_))
        teacher.approve(office.node_id, "school", PIN)
        office.approve(teacher.node_id, "school", PIN)
        assert sent["code"]
        wait_for(lambda: teacher.school_id == office.school_id or teacher.adopt_school(
            office.school_id), 20, "teacher joins the school")  # fmt: skip
        wait_for(lambda: len(teacher.list_learners()) == 3, 20, "the school's records")
        learner = teacher.list_learners()[0]["id"]
        teacher.record_attendance(learner, "2026-11-03", True)
        wait_for(lambda: len(office.learner(learner)["attendance"]) == 2, 20, "attendance")
        path = Path(office.backup(tmp_path / "office.bak", PASS, PIN)["path"])
        stop_all(so)  # the office PC dies
        restore.restore(path, PASS, tmp_path / "new")
        new = Node(tmp_path / "new")
        sn = service(new)
        try:
            sn.link(address(st_))  # the teacher's admin approves the new PC once
            teacher.approve(new.node_id, "school", PIN)
            wait_for(lambda: sn.connected(teacher.node_id), 20, "the restored PC connects")
            kofi = new.add_learner("Kofi Boateng", 2013)
            wait_for(lambda: kofi in {r["id"] for r in teacher.list_learners()}, 20, "sync")
            teacher.record_result(learner, office.list_courses()[0]["id"], "Quiz 2", 7, 10)
            wait_for(lambda: len(new.learner(learner)["results"]) == 2, 20, "sync back")
            roles = {m["node_id"]: m for m in teacher.membership.view()["members"]}
            assert roles[new.node_id]["role"] == "admin"
            assert roles[office.node_id]["removed"]
            assert new.check() == [] and teacher.check() == [], "no sequence conflicts"
            # the old PC comes back on: its later changes are refused, and it learns why
            office.record_attendance(learner, "2026-11-04", False)
            so2 = service(office)
            try:
                wait_for(lambda: office.membership.replaced_by() == new.node_id, 20,
                         "the old PC hears of the handover")  # fmt: skip
                time.sleep(1.0)
                days = {a["date"] for a in teacher.learner(learner)["attendance"]}
                assert "2026-11-04" not in days, "the old key's later change was accepted"
                with pytest.raises(PermissionDenied, match="restored onto another PC"):
                    office.record_attendance(learner, "2026-11-05", True)
            finally:
                stop_all(so2)
        finally:
            stop_all(sn)
            new.close()
    finally:
        stop_all(st_)
        office.close()
        teacher.close()
