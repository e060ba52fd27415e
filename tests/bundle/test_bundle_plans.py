"""A learner's own plan (pace per course) and goals travel in their record bundle."""

from __future__ import annotations

from pathlib import Path

from tests.sync.netutil import PIN, make_node

from edunode.bundle import transfer


def test_plans_and_goals_survive_a_transfer_bundle(tmp_path: Path) -> None:
    hill = make_node(tmp_path / "hill", "Hill Office", "Hill School")
    river = make_node(tmp_path / "river", "River Office", "River School")
    try:
        shared = hill.create_course("Fractions", subject="maths")
        hill.add_lesson(shared, "Unit 1", "Halves", "One half.")
        asha = hill.add_learner("Asha Mwangi", birth_year=2014)
        hill.enrol(asha, shared, "2026-01-05")
        hill.set_plan(asha, shared, 3)
        read = hill.add_goal(asha, "Read one book a month", by="2027-06-30")
        halves = hill.add_goal(asha, "Master halves", course_id=shared)
        hill.edit_goal(halves, done=True)
        out = tmp_path / "asha.json"
        transfer.export_bundle(hill, asha, out, PIN)
        moved_id = transfer.import_bundle(river, out, PIN)["id"]
        moved = river.learner(moved_id)
        assert moved["plans"] == [{"course": shared, "pace": 3, "date": hill.today()}]
        goals = {g["text"]: g for g in moved["goals"]}
        assert set(goals) == {"Read one book a month", "Master halves"}
        assert goals["Read one book a month"]["by"] == "2027-06-30"
        assert not goals["Read one book a month"]["done"]
        assert goals["Master halves"]["done"] and goals["Master halves"]["course"] == shared
        # the goal keys are kept, so the teacher's goal IDs read the same with the new ID
        assert {g["goal"] for g in moved["goals"]} == {read.split("/")[1], halves.split("/")[1]}
        river.edit_goal(f"{moved_id}/{read.split('/')[1]}", done=True)
        assert all(g["done"] for g in river.learner(moved_id)["goals"])
        status = river.pathway_status(moved_id, "2026-01-26")  # 3 weeks × 3, capped at 1
        assert [(s["pace"], s["expected"]) for s in status] == [(3, 1)]
    finally:
        hill.close()
        river.close()
