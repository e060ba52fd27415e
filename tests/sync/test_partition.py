"""Partition and restart: a node killed with SIGKILL in the middle of a large initial sync,
edits on both sides while it is down, a restart → both converge with nothing lost, nothing
duplicated, and the resumed sync sends only what had not arrived.

Hill Office runs in-process (a NetworkService with small frames, so the initial sync is many
frames, each committed on arrival, and a WireLog of what it sends); Hill Lab, a fresh PC that
joins the school over the link, is a real ``edunode serve`` process that the test kills by its
PID while frames are still being applied. Zeroconf is off (explicit 127.0.0.1 addresses).
"""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
from pathlib import Path

import pytest
from tests.helpers import raw_db
from tests.sync.netutil import (
    PIN,
    Served,
    WireLog,
    cli,
    make_node,
    service,
    wait_for,
)

from edunode import crdt
from edunode.service.node import Node
from edunode.sync import messages as m
from edunode.sync.pipeline import SessionConfig

pytestmark = [pytest.mark.net, pytest.mark.slow]

LEARNERS = 240
RECORDS = 10  # per learner, after its creation and enrolment
# Small frames: the initial sync is ~100 Changes messages, each its own store transaction.
SMALL = SessionConfig(
    handshake_timeout=2.0,
    idle_timeout=10.0,
    ping_interval=2.0,
    frame_budget=8_000,
    docs_per_query=20,
)


def change_set(home: Path) -> set[tuple[str, bytes]]:
    """(doc_id, hash) of every change in a node's log, read straight from SQLite (read-only:
    works while another process writes). Community summaries are left out: a ``serve``
    publishes its school's by itself once a day (decision 0016), which no test here counts."""
    with raw_db(home / "edunode.db", readonly=True) as db:
        return set(
            db.execute(
                "SELECT c.doc_id, c.hash FROM changes c JOIN documents d ON d.doc_id = c.doc_id "
                "WHERE d.kind != 'summary'"
            )
        )


def summary_changes(home: Path) -> set[bytes]:
    """Hashes of the community-summary changes a node holds (``serve`` publishes its own)."""
    with raw_db(home / "edunode.db", readonly=True) as db:
        return {
            h
            for (h,) in db.execute(
                "SELECT c.hash FROM changes c JOIN documents d ON d.doc_id = c.doc_id "
                "WHERE d.kind = 'summary'"
            )
        }


def duplicates(home: Path) -> tuple[int, int]:
    """(rows, distinct (doc_id, hash)) of a node's change log: equal when nothing is twice."""
    counted = (  # as change_set counts them: without the community summary
        "FROM changes c JOIN documents d ON d.doc_id = c.doc_id WHERE d.kind != 'summary'"
    )
    with raw_db(home / "edunode.db", readonly=True) as db:
        rows = db.execute(f"SELECT count(*) {counted}").fetchone()[0]
        distinct = db.execute(f"SELECT count(*) FROM (SELECT DISTINCT c.doc_id, c.hash {counted})")
        return int(rows), int(distinct.fetchone()[0])


def count_changes(home: Path) -> int:
    try:
        with raw_db(home / "edunode.db", readonly=True, timeout=1) as db:
            return int(db.execute("SELECT count(*) FROM changes").fetchone()[0])
    except sqlite3.OperationalError:  # busy for a moment: ask again on the next poll
        return -1


def hashes_sent(wire: WireLog, peer: str, start: int) -> list[bytes]:
    return [
        crdt.change_hash(data)
        for message in wire.sent[peer][start:]
        if isinstance(message, m.Changes)
        for batch in message.batches
        for data in batch.changes
    ]


def documents(node: Node) -> dict[str, tuple[list[bytes], object]]:
    return {
        doc_id: (crdt.heads(node.docs.get(doc_id).doc), node.docs.state(doc_id))
        for doc_id, _ in node.store.documents()
    }


def build_school(node: Node) -> tuple[str, str, list[str]]:
    course = node.create_course("Fractions", subject="maths")
    lesson = node.add_lesson(course, "Unit 1", "Halves", "One half.")
    learners: list[str] = []
    for first in range(0, LEARNERS, 60):
        with node.batch():
            for i in range(first, min(first + 60, LEARNERS)):
                learner = node.add_learner(f"Learner {i:03d}", birth_year=2012 + i % 5)
                node.enrol(learner, course, "2025-01-06")
                for r in range(RECORDS):
                    day = f"2025-02-{1 + r:02d}"
                    if r % 2:
                        node.record_attendance(learner, day, (i + r) % 7 != 0)
                    else:
                        node.record_result(learner, course, f"Quiz {r}", (i + r) % 11, 10, day)
                learners.append(learner)
    return course, lesson, learners


def test_sigkill_mid_sync_then_edits_on_both_sides_then_restart_converges(
    tmp_path: Path,
) -> None:
    a_home, b_home = tmp_path / "hill-office", tmp_path / "hill-lab"
    a = make_node(a_home, "Hill Office", "Hill School")
    make_node(b_home, "Hill Lab", None).close()
    course, lesson, learners = build_school(a)
    total = len(change_set(a_home))
    assert total > LEARNERS * RECORDS

    wire = WireLog()
    sa = service(a, config=SMALL, observer=wire)
    sb: Served | None = Served(b_home)
    try:
        b_id = json.loads(cli(b_home, "--json", "id").stdout)["id"]
        sent = sa.link(f"127.0.0.1:{sb.port}")
        assert sent["reply"] == "pending"
        cli(b_home, "approve", a.node_id, "--role", "school")  # the PIN from the environment
        a.approve(b_id, "school", PIN)  # sync starts: Hill Lab joins, then everything flows

        # ---- SIGKILL the serve process while the initial sync is in flight
        wait_for(
            lambda: count_changes(b_home) >= total // 4,
            timeout=30,
            what="a quarter of the initial sync applied",
        )
        os.kill(sb.proc.pid, signal.SIGKILL)  # only the PID we started
        assert sb.proc.wait(10) == -signal.SIGKILL
        sb.out.close()
        killed_log = sb.text()
        sb = None
        wait_for(lambda: not sa.connected(b_id), timeout=10, what="Office notices the cut")
        boundary = len(wire.sent[b_id])  # what Office sends from here on is the second session

        # The first process to open the file after the kill recovers the WAL index, so a
        # commit whose WAL write beat the kill but whose index update did not is counted
        # (the test's own connections are closed, see raw_db: none holds the index open).
        assert cli(b_home, "check").returncode == 0  # what arrived is whole: no torn frame
        arrived = change_set(b_home)
        assert total // 4 <= len(arrived) < total, (
            f"the kill should come mid-sync: {len(arrived)} of {total} changes had arrived"
        )
        assert "sync with" not in killed_log  # it never finished

        # ---- both sides edit while Hill Lab is down
        late = a.add_learner("Late Learner")
        a.record_attendance(learners[0], "2025-03-03", False)
        a.edit_lesson(lesson, body="One half. Two halves make a whole.")
        have = {le["id"] for le in json.loads(cli(b_home, "--json", "learner", "list").stdout)}
        assert json.loads(cli(b_home, "--json", "id").stdout)["school"] == "Hill School"
        known = next(le for le in learners if le in have)
        offline = json.loads(
            cli(b_home, "--json", "learner", "add", "--name", "Offline Learner").stdout
        )["id"]
        cli(b_home, "attendance", known, "--date", "2025-03-04", "--absent")
        cli(b_home, "lesson", "edit", lesson, "--body", "Lesson 1: One half.")
        b_edits = change_set(b_home) - arrived
        assert len(b_edits) >= 3

        # ---- restart: converge, nothing lost, nothing duplicated, nothing resent
        a_side = change_set(a_home)  # all of Office's changes, its offline edits included
        a_summaries = summary_changes(a_home)
        assert not a_side & b_edits
        sb = Served(b_home)
        restart_at = len(sb.text())
        final = wait_for(
            lambda: (s := change_set(a_home)) == change_set(b_home) and s,
            timeout=60,
            what="both logs hold the same changes",
        )
        assert final == a_side | b_edits  # no change lost on either side, none invented
        for home in (a_home, b_home):
            rows, distinct = duplicates(home)
            assert rows == distinct == len(final), f"{home.name}: duplicated changes"

        resent = hashes_sent(wire, b_id, boundary)
        assert len(resent) == len(set(resent)), "a change was sent twice in one session"
        already = {h for _, h in arrived}
        assert not already & set(resent), (
            f"{len(already & set(resent))} changes that had arrived before the kill were sent again"
        )
        owed = {h for _, h in final - arrived - b_edits}
        assert set(resent) == owed, "the resumed sync must send exactly what Hill Lab lacked"
        # Hill Lab's own counters agree: the second session received exactly what was owed
        done = wait_for(
            lambda: re.search(
                r"sync with Hill Office \S+ done: sent (\d+), received (\d+) changes",
                sb.text()[restart_at:],  # type: ignore[union-attr]
            ),
            timeout=10,
            what="Hill Lab logs its sync",
        )
        published = summary_changes(a_home) - a_summaries  # Hill Lab's serve published
        assert int(done.group(2)) == len(owed)
        assert int(done.group(1)) == len(b_edits) + len(published)
        assert len(owed) < total - len(arrived) + 10  # the rest of the sync + A's few edits
    finally:
        codes = sb.stop() if sb is not None else 0
        sa.stop()
        a.close()
    assert codes == 0

    # ---- the same documents, the same heads and states, and both stores pass check
    with Node(a_home) as a, Node(b_home) as b:
        docs_a, docs_b = documents(a), documents(b)
        assert docs_a.keys() == docs_b.keys()
        assert {late, offline} <= docs_a.keys()
        for doc_id, (heads, state) in docs_a.items():
            assert docs_b[doc_id] == (heads, state), f"document {doc_id} differs"
        merged = "Lesson 1: One half. Two halves make a whole."
        assert a.lesson_body(lesson) == b.lesson_body(lesson) == merged
        assert a.count_learners() == b.count_learners() == LEARNERS + 2
    for home in (a_home, b_home):
        assert cli(home, "check").returncode == 0
    del course  # built for the learners' enrolments


def test_interrupted_transfer_resumes_from_the_committed_frames(tmp_path: Path) -> None:
    """Byte and change counters: after a cut, the second session carries only the rest."""
    a_home, b_home = tmp_path / "a", tmp_path / "b"
    a = make_node(a_home, "Hill Office", "Hill School")
    make_node(b_home, "Hill Lab", None).close()
    with a.batch():
        for i in range(150):
            learner = a.add_learner(f"Learner {i:03d}")
            a.update_learner(learner, notes=f"note {i} " * 20)
    total = len(change_set(a_home))
    first, second = WireLog(), WireLog()
    sa = service(a, config=SMALL, observer=first)
    sb = Served(b_home)
    try:
        b_id = json.loads(cli(b_home, "--json", "id").stdout)["id"]
        sa.link(f"127.0.0.1:{sb.port}")
        cli(b_home, "approve", a.node_id, "--role", "school")
        a.approve(b_id, "school", PIN)  # adds Hill Lab to the school: one more change
        total = len(change_set(a_home))
        wait_for(lambda: count_changes(b_home) >= total // 3, timeout=30, what="part of the sync")
        os.kill(sb.proc.pid, signal.SIGKILL)
        sb.proc.wait(10)
        sb.out.close()
        assert cli(b_home, "check").returncode == 0  # recovers the WAL index (see above)
        arrived = change_set(b_home)
        assert len(arrived) < total, "the kill should come mid-sync"
        sa.stop()
        sa = service(a, port=sa.port, config=SMALL, observer=second)
        sb = Served(b_home)
        wait_for(lambda: change_set(b_home) == change_set(a_home), timeout=30, what="resumed sync")
        first_sent = hashes_sent(first, b_id, 0)
        second_sent = hashes_sent(second, b_id, 0)
        # every change crossed at least once; the second session only the ones not committed
        assert {h for _, h in change_set(a_home)} <= set(first_sent) | set(second_sent)
        assert len(second_sent) == total - len(arrived)
        assert not set(second_sent) & {h for _, h in arrived}
    finally:
        sb.stop()
        sa.stop()
        a.close()
    assert cli(b_home, "check").returncode == 0
