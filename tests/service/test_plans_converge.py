"""Two PCs of one school edit a learner's goals at once (one marks a goal done, the other
rewords another and sets a pace), then sync: both keep every edit and hold the same."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import close_all, make_school, state, sync

from edunode.service.node import Node


def _goals(node: Node, learner_id: str) -> dict[str, tuple[str, bool, str]]:
    return {g["goal"]: (g["text"], g["done"], g["by"]) for g in node.learner(learner_id)["goals"]}


def test_concurrent_goal_edits_converge(tmp_path: Path) -> None:
    a, b = make_school(tmp_path, 2)
    try:
        course = a.create_course("Maths")
        amina = a.add_learner("Amina")
        a.enrol(amina, course, "2026-01-05")
        first = a.add_goal(amina, "Times tables")
        second = a.add_goal(amina, "Read aloud", by="2027-01-31")
        sync(a, b)
        # concurrently: A marks the first done; B rewords the second, moves its date, and
        # sets the pace; A also marks the second done
        a.edit_goal(first, done=True)
        a.edit_goal(second, done=True)
        b.edit_goal(second, text="Read aloud to the class", by="2027-03-31")
        b.set_plan(amina, course, 2)
        sync(a, b)
        assert state(a, amina) == state(b, amina)
        key1, key2 = first.split("/")[1], second.split("/")[1]
        expected = {
            key1: ("Times tables", True, ""),
            key2: ("Read aloud to the class", True, "2027-03-31"),
        }
        assert _goals(a, amina) == _goals(b, amina) == expected
        assert a.learner(amina)["plans"][0]["pace"] == b.learner(amina)["plans"][0]["pace"] == 2
        # concurrent goals added on both PCs both stay
        a.add_goal(amina, "From A")
        b.add_goal(amina, "From B")
        sync(a, b)
        texts = {t for t, _, _ in _goals(a, amina).values()}
        assert {"From A", "From B"} <= texts and _goals(a, amina) == _goals(b, amina)
    finally:
        close_all([a, b])
