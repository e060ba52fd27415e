"""Reports read learners from the projections: those must say what the documents say."""

from __future__ import annotations

from pathlib import Path

from edunode.service.node import Node


def _key(view: dict) -> dict:
    return {
        "name": view["name"],
        "enrolments": sorted((e["course"], e["status"], e["date"]) for e in view["enrolments"]),
        "progress": sorted((p["lesson"], p["completed"], p["minutes"]) for p in view["progress"]),
        "results": sorted(
            (r["course"], r["title"], r["score"], r["max"], r["date"]) for r in view["results"]
        ),
        "attendance": sorted((a["date"], a["present"]) for a in view["attendance"]),
    }


def test_learner_summaries_match_the_documents(tmp_path: Path) -> None:
    node = Node.init(tmp_path / "n", name="PC", school_name="Hill School", admin_pin="123456")
    course = node.create_course("Maths")
    lesson = node.add_lesson(course, "Numbers", "Counting")
    other = node.create_course("Reading")
    ids = [node.add_learner(f"Learner {i}", 2014) for i in range(4)]
    node.enrol(ids[0], course, "2026-01-05")
    node.enrol(ids[0], other, "2026-01-06")
    node.record_progress(ids[0], lesson, 20)
    node.record_progress(ids[0], lesson, 5)
    node.record_result(ids[0], course, "Quiz", 7, 10, "2026-02-01")
    node.enrol(ids[1], course, "2026-01-05")
    node.set_enrolment_status(ids[1], course, "withdrawn")
    node.record_attendance(ids[1], "2026-02-02", False)
    node.record_attendance(ids[2], "2026-02-02", True)
    summaries = node.learner_summaries()
    assert set(summaries) == set(ids)
    for learner_id in ids:
        assert _key(summaries[learner_id]) == _key(node.learner(learner_id))
    node.close()
