"""The store's small repositories on a real SQLite file: the peers table, the course and
learner projections, and the log look-ups service/ uses instead of writing SQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from edunode.service.node import Node
from edunode.store import CourseRecords, LearnerRecords, PeerRecords, Store
from edunode.store.repo import sqlite_url


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(sqlite_url(tmp_path / "store.db"))
    yield s
    s.close()


def test_peer_rows_are_written_updated_and_counted(store: Store) -> None:
    peers = PeerRecords(store)
    assert peers.row("N1") is None
    peers.add("N1", "discovered", 100.0, name="Office PC", host="127.0.0.1", port=7000)
    peers.add("N2", "approved", 100.0, name="Library PC", cert=b"pem")
    row = peers.row("N1")
    assert row is not None
    assert (row["state"], row["name"], row["first_seen"], row["updated"]) == (
        "discovered",
        "Office PC",
        100.0,
        100.0,
    )
    peers.update("N1", state="pending", updated=200.0, last_seen=None)
    peers.count_sync("N1", 300.0, sent=5, received=7)
    peers.count_sync("N1", 400.0, sent=1, received=0)
    peers.count_incident("N1")
    row = peers.row("N1")
    assert row is not None
    assert (row["state"], row["updated"], row["last_sync"]) == ("pending", 200.0, 400.0)
    assert (row["changes_out"], row["changes_in"], row["incidents"]) == (6, 7, 1)
    assert [r["node_id"] for r in peers.rows()] == ["N2", "N1"]  # by state, then name
    assert peers.approved_certificates() == [b"pem"]


def test_projection_reads_answer_in_domain_terms(tmp_path: Path) -> None:
    with Node.init(tmp_path / "home", name="Office PC", school_name="Hill School") as node:
        maths = node.create_course("Maths", subject="numeracy")
        reading = node.create_course("reading", subject="Literacy")
        lesson = node.add_lesson(maths, "Unit 1", "Counting")
        amina, baraka = node.add_learner("Amina"), node.add_learner("baraka")
        node.enrol(amina, maths)
        courses, learners = CourseRecords(node.store), LearnerRecords(node.store)
        assert courses.lesson_course(lesson) == maths
        assert courses.lesson_course("no-such-lesson") is None
        assert [c["id"] for c in courses.courses()] == [maths, reading]  # ignoring case
        assert [c["id"] for c in courses.courses("LITER")] == [reading]  # the subject too
        assert [c["id"] for c in courses.courses(limit=1, offset=1)] == [reading]
        assert [lsn["id"] for lsn in courses.lessons(maths)] == [lesson]
        assert [r["id"] for r in learners.learners()] == [amina, baraka]
        assert [r["id"] for r in learners.learners(course_id=maths)] == [amina]
        assert learners.count() == 2
        assert learners.summaries()[amina]["enrolments"][0]["course"] == maths


def test_known_hashes_and_the_url_shown(tmp_path: Path) -> None:
    with Node.init(tmp_path / "home", name="Office PC", school_name="Hill School") as node:
        course = node.create_course("Maths")
        held = [c.hash for c in node.docs.outgoing(course, [])[0]]
        assert sorted(node.store.known_hashes(course, [*held, b"\x00" * 32])) == sorted(held)
        assert node.store.known_hashes(course, []) == []
        assert node.store.backend() == "sqlite"
    shown = Store("sqlite://")
    try:
        assert shown.public_url() == "sqlite://"
    finally:
        shown.close()
