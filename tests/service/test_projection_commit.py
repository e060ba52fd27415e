"""A learner record's projection rows stay right when a commit rewrites only the tables its
edits touched, on a PC that has just been opened (the record not projected in this
session: the store's rows are the last commit's). Real SQLite files, a node reopened
between edits as a school PC is each morning."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.sync.netutil import PIN, make_node

from edunode import crdt
from edunode.bundle import export
from edunode.service.node import Node
from edunode.service.opendoc import rows_of


def differences(node: Node, learner_id: str) -> list[str]:
    """The projection tables whose stored rows differ from the record read whole."""
    od = node.docs.get(learner_id)
    state = crdt.read(od.doc)
    assert isinstance(state, dict)
    return node.store.projection_differences(learner_id, rows_of(learner_id, od.meta, state))


def school(home: Path) -> tuple[str, str, str]:
    with make_node(home, "Hill Office", "Hill School") as node:
        maths = node.create_course("Fractions")
        lesson = node.add_lesson(maths, "Unit 1", "Halves", "One half.")
        learner = node.add_learner("Amina Mwangi", birth_year=2012)
        node.enrol(learner, maths, "2025-01-06")
        node.record_result(learner, maths, "Quiz 1", 7, 10, "2025-01-10")
        node.record_attendance(learner, "2025-01-10", True)
        node.record_progress(learner, lesson, 20, date="2025-01-10")
        return maths, lesson, learner


EDITS = ["result", "attendance", "progress", "goal", "plan", "name"]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])  # fmt: skip
@given(st.lists(st.tuples(st.sampled_from(EDITS), st.booleans()), min_size=1, max_size=6))
def test_each_commit_after_opening_leaves_the_rows_a_full_read_gives(
    tmp_path_factory: Any, edits: list[tuple[str, bool]]
) -> None:
    home = tmp_path_factory.mktemp("hill")
    maths, lesson, learner = school(home)
    node = Node(home)
    try:
        for number, (edit, reopen) in enumerate(edits):
            if reopen:  # the next edit is the record's first commit since it was opened
                node.close()
                node = Node(home)
            day = f"2025-02-{number + 1:02d}"
            if edit == "result":
                node.record_result(learner, maths, f"Quiz {number}", number, 10, day)
            elif edit == "attendance":
                node.record_attendance(learner, day, number % 2 == 0)
            elif edit == "progress":
                node.record_progress(learner, lesson, number, date=day)
            elif edit == "goal":
                node.add_goal(learner, f"Read {number} books")
            elif edit == "plan":
                node.set_plan(learner, maths, number + 1)
            else:
                node.update_learner(learner, name=f"Amina {number}")
            assert differences(node, learner) == []
    finally:
        node.close()


def test_a_release_on_a_pc_just_opened_shows_the_learner_transferred(tmp_path: Path) -> None:
    """The bundle export's commit: the release rewrites the learner's own row (now away)
    and keeps their results, attendance and lessons as they were."""
    home = tmp_path / "hill"
    _, _, learner = school(home)
    with Node(home) as node:
        export.export_bundle(node, learner, tmp_path / "amina.bundle", PIN)
        assert differences(node, learner) == []
        assert learner not in [row["id"] for row in node.list_learners()]
        assert learner in [row["id"] for row in node.list_learners(everyone=True)]
        assert node.learner(learner)["status"] == "transferred"
    with Node(home) as node:  # and so it stays, read by the next session
        assert differences(node, learner) == []
        assert [r["title"] for r in node.learner(learner)["results"]] == ["Quiz 1"]


def test_a_commit_that_touched_one_collection_rewrites_only_its_tables(tmp_path: Path) -> None:
    """The quick path is taken (the point of it): after opening, recording a result
    writes the learner's results and own rows, not their attendance or lessons."""
    home = tmp_path / "hill"
    maths, _, learner = school(home)
    with Node(home) as node:
        written: list[set[str]] = []
        replace = node.store.replace_projections

        def spy(conn: Any, rows: Any, new: Any = ()) -> None:
            written.append({table.name for table in rows.get(learner, {})})
            replace(conn, rows, new)

        node.store.replace_projections = spy  # type: ignore[method-assign]
        node.record_result(learner, maths, "Quiz 2", 9, 10, "2025-02-01")
        assert written and "p_attendance" not in written[-1] and "p_progress" not in written[-1]
        assert "p_results" in written[-1]
        assert differences(node, learner) == []
