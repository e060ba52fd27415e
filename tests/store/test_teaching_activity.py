"""The teaching-activity feed derived from the change log (issue 12 item 13): one entry per
run of changes to a document by one PC, what they did, and where they came from."""

from __future__ import annotations

from pathlib import Path

from edunode.service.node import Node
from edunode.store.activity import ActivityRecords


def test_feed_entries_say_what_which_who_and_from_where(tmp_path: Path) -> None:
    with Node.init(tmp_path / "a", name="Classroom PC", school_name="Hill School") as node:
        course_id = node.create_course("Fractions", "Mathematics")
        lesson_id = node.add_lesson(course_id, "Numbers", "Halves")
        amina = node.add_learner("Amina", 2015)
        node.enrol(amina, course_id)
        node.record_result(amina, course_id, "Quiz", 8, 10)
        node.record_attendance(amina, None, True)
        node.record_progress(amina, lesson_id, 20)
        feed = node.teaching_activity()
        assert [(e["kind"], e["title"]) for e in feed] == [
            ("learner", "Amina"),
            ("course", "Fractions"),
        ]
        learner, course = feed
        assert learner["what"] == ["created", "result", "attendance", "progress", "enrolment"]
        assert course["what"][0] == "created" and "lessons" in course["what"]
        assert learner["changes"] == len(node.store.changes(amina))  # every one, in one entry
        assert learner["author_name"] == "Classroom PC"
        assert not learner["received"] and learner["origin_name"] == ""
        assert node.teaching_activity(received_only=True) == []

        raw = ActivityRecords(node.store).feed()
        assert {"score", "max", "present", "completed", "status"} <= raw[0]["keys"]


def test_a_gap_starts_a_new_entry(tmp_path: Path) -> None:
    with Node.init(tmp_path / "a", name="PC", school_name="Hill School") as node:
        amina = node.add_learner("Amina")
        with node.store.write() as conn:  # make the learner's creation an hour old
            conn.exec_driver_sql("UPDATE changes SET received = received - 3600")
        node.update_learner(amina, birth_year=2015)
        first, second = node.teaching_activity()
        assert first["what"] == ["profile"] and second["what"] == ["created"]
        assert first["ts"] > second["ts"] + 3000
