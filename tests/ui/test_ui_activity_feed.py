"""What happened (issue 12 item 13): the Activity page lists teaching activity — courses,
lessons, learners, results and registers made here or received from other PCs, by which
PC and when — filterable; and a short notice says when another PC's changes arrive. The
other PC is a real second node syncing over TLS on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.sync.netutil import PIN as OTHER_PIN
from tests.sync.netutil import address, service, stop_all, wait_for
from tests.ui.uihelpers import PIN, page

from edunode.service.node import Node

pytestmark = pytest.mark.gui


def _rows(activity: Any) -> list[list[str]]:
    proxy = activity.proxy
    return [
        [proxy.index(r, c).data() for c in range(proxy.columnCount())]
        for r in range(proxy.rowCount())
    ]


def _choose(combo: Any, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def test_local_teaching_activity_is_listed_and_filtered(
    qtbot: Any, window: Any, node: Node
) -> None:
    course_id = node.create_course("Fractions")
    node.add_lesson(course_id, "Numbers", "Halves")
    learner_id = node.add_learner("Aïcha")
    node.enrol(learner_id, course_id)
    activity = page(qtbot, window, "activity")
    rows = _rows(activity)
    what = {r[1] for r in rows}
    assert {"Course created", "Learner added", "Node created"} <= what
    [course_row] = [r for r in rows if r[1] == "Course created"]
    assert course_row[2].startswith("Fractions: ") and course_row[3] == "Classroom PC"
    _choose(activity.kind, "Learners")
    assert [r[1] for r in _rows(activity)] == ["Learner added"]
    assert "Aïcha" in _rows(activity)[0][2] and "enrolments" in _rows(activity)[0][2]
    # A result recorded now shows up without a refresh, under Results.
    node.record_result(learner_id, course_id, "Quiz", 8, 10)
    _choose(activity.kind, "Results")
    qtbot.waitUntil(lambda: len(_rows(activity)) == 1, timeout=10_000)
    assert "Aïcha" in _rows(activity)[0][2]
    _choose(activity.origin, "Received from other PCs")
    assert _rows(activity) == []


@pytest.mark.net
@pytest.mark.slow
def test_changes_received_from_another_pc_are_listed_by_its_name(
    qtbot: Any, window: Any, ctx: Any, node: Node, tmp_path: Path
) -> None:
    library = Node.init(
        tmp_path / "lib", name="Hill Library", school_name=None, admin_pin=OTHER_PIN
    )
    course_id = node.create_course("Reading")
    mine, theirs = service(node), service(library)
    ctx.network = mine
    try:
        activity = page(qtbot, window, "activity")
        theirs.link(address(mine))
        node.approve(library.node_id, "school", PIN)  # a PC of this school
        library.approve(node.node_id, "school", OTHER_PIN)
        wait_for(
            lambda: (
                library.school_id == node.school_id and library.docs.maybe(course_id) is not None
            ),
            timeout=15,
            what="the library PC joined the school",
        )
        window.last_notice = ""
        learner_id = library.add_learner("Zoë Achieng", 2015)
        library.enrol(learner_id, course_id)
        library.record_result(learner_id, course_id, "Reading test", 7, 10)
        library.record_attendance(learner_id, None, True)

        def received() -> list[list[str]]:
            return [r for r in _rows(activity) if "received from Hill Library" in r[2]]

        qtbot.waitUntil(lambda: any("Zoë Achieng" in r[2] for r in received()), timeout=15_000)
        [row] = [r for r in received() if "Zoë Achieng" in r[2]]
        assert row[1] == "Learner added" and row[3] == "Hill Library"
        assert "results" in row[2] and "attendance" in row[2]
        qtbot.waitUntil(lambda: window.last_notice.startswith("Hill Library sent "), timeout=10_000)

        _choose(activity.origin, "Received from other PCs")
        shown = _rows(activity)
        assert shown and all(r[3] == "Hill Library" or "Hill Library" in r[2] for r in shown)
        _choose(activity.kind, "Registers and attendance")
        assert [r[2].split(":")[0] for r in _rows(activity)] == ["Zoë Achieng"]
        _choose(activity.origin, "On this PC")
        assert _rows(activity) == []  # nobody took a register here
    finally:
        stop_all(theirs, mine)
        ctx.network = None
        library.close()
