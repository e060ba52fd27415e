"""The Reports page's Community view: the schools compared course by course (table and
bar chart) from their published summaries, CSV export through the file dialog, "Publish
now", and Esc anywhere in it harmless."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from tests.helpers import send_doc
from tests.ui.uihelpers import idle, page

from edunode.service.node import Node

pytestmark = pytest.mark.gui


def _class(node: Node, course: str, count: int, prefix: str) -> None:
    with node.batch():
        for i in range(count):
            lid = node.add_learner(f"{prefix} {i}")
            node.enrol(lid, course, "2026-01-05")
            node.record_result(lid, course, "Quiz", 5 + i % 5, 10, "2026-02-01")
            node.record_attendance(lid, "2026-02-02", True)


@pytest.fixture
def two_schools(node: Node, tmp_path: Path) -> dict[str, Any]:
    """Hill (this window's school) and Vale both teach Hill's shared Maths; Vale's Art has
    three learners only."""
    vale = Node.init(tmp_path / "vale", name="Vale PC", school_name="Vale School")
    try:
        maths = node.create_course("Maths")
        node.add_lesson(maths, "Unit 1", "Counting")
        _class(node, maths, 6, "Hill pupil")
        send_doc(node, vale, node.school_id)
        send_doc(node, vale, maths)
        art = vale.create_course("Art")
        _class(vale, maths, 5, "Vale pupil")
        _class(vale, art, 3, "Vale artist")
        published = vale.publish_summary()
        for doc_id in (vale.school_id, art, published["id"]):
            send_doc(vale, node, doc_id)
    finally:
        vale.close()
    return {"maths": maths, "art": art}


def test_community_view_compares_schools(
    qtbot: Any, window: Any, node: Node, two_schools: dict[str, Any], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    reports = page(qtbot, window, "reports")
    reports.community_button.click()
    view = reports.community
    assert reports.views.currentWidget() is view and view.isVisible()
    qtbot.waitUntil(lambda: view.table.rowCount() == 2)  # Vale only: Hill has not published
    assert "this school has not published a summary yet" in view.state.text()
    view.publish_button.click()
    qtbot.waitUntil(lambda: view.table.rowCount() == 3)
    table = view.table
    rows = [[table.item(r, c).text() for c in range(5)] for r in range(table.rowCount())]
    assert rows == [
        ["Art", "Vale School", "fewer than 5", "—", "—"],
        ["Maths", "Hill School", "6", "0.0%", "66.7%"],
        ["Maths", "Vale School", "5", "0.0%", "70.0%"],
    ]
    assert table.item(1, 1).font().bold()  # this school stands out
    # the chart shows the course chosen (a table row chooses it too)
    table.setCurrentCell(1, 0)
    assert view.course_box.currentText() == "Maths"
    assert [r.label for r in view.chart.rows] == ["Hill School", "Vale School"]
    assert view.chart.rows[0].values == (0.0, 66.7, 100.0) and view.chart.rows[0].strong
    view.course_box.setCurrentIndex(view.course_box.findText("Art"))
    assert [r.note for r in view.chart.rows] == ["fewer than 5 learners"]
    view.chart.grab()  # paints without a warning

    # CSV export through the file dialog
    target = tmp_path / "community.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    view.export_button.click()
    lines = target.read_text("utf-8").splitlines()
    assert len(lines) == 4 and lines[0].startswith("course,course_id,school,school_id,learners")
    assert "Art," in lines[1] and ",fewer than 5," in lines[1]
    assert "Comparison saved" in reports.banner.text()

    # Esc anywhere in the view does no harm
    for widget in (view, view.table, view.course_box, view.chart, view.export_button, reports):
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Escape)
    assert window.isVisible() and reports.views.currentWidget() is view
    reports.school_button.click()
    assert reports.views.currentWidget() is reports.school_view
    qtbot.keyClick(reports, Qt.Key.Key_Escape)
    idle(qtbot, window.ctx.bridge)


def test_the_window_publishes_the_summary_once_a_day(qtbot: Any, window: Any, node: Node) -> None:
    course = node.create_course("Maths")
    _class(node, course, 5, "Pupil")
    assert node.summaries.last_published() is None
    window.summary_tick()  # what the window's timer does
    qtbot.waitUntil(lambda: node.summaries.last_published() is not None)
    first = node.summaries.last_published()
    assert first is not None and first["courses"][course]["learners"] == 5
    idle(qtbot, window.ctx.bridge)
    window.summary_tick()  # not a day old yet: nothing new
    idle(qtbot, window.ctx.bridge)
    assert node.summaries.last_published() == first
    assert len(node.audit_log(action="summary_published")) == 1
