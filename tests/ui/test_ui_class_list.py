"""Whole classes at once on the Learners page (issue 12 item 12): "Import class list…" shows
a preview that marks each bad row and why, writes nothing until the teacher confirms and
nothing at all while a row is bad; several selected learners enrol in a course at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from tests.ui.uihelpers import idle, page

from edunode.service.node import Node

pytestmark = pytest.mark.gui


def _learners_choosing(qtbot: Any, window: Any, path: Path, monkeypatch: Any) -> Any:
    learners = page(qtbot, window, "learners")
    monkeypatch.setattr(learners, "choose_class_list", lambda: str(path))
    return learners


def _preview(qtbot: Any, learners: Any) -> Any:
    before = learners.class_dialog
    learners.class_button.click()
    qtbot.waitUntil(
        lambda: (
            learners.class_dialog is not None
            and learners.class_dialog is not before
            and learners.class_dialog.isVisible()
        )
    )
    return learners.class_dialog


def _cells(dialog: Any, row: int) -> list[str]:
    return [dialog.table.item(row, c).text() for c in range(dialog.table.columnCount())]


def test_a_bad_row_is_marked_and_nothing_is_written(
    qtbot: Any, window: Any, node: Node, tmp_path: Path, monkeypatch: Any
) -> None:
    node.add_learner("Already Here", 2014)
    csv_file = tmp_path / "4B.csv"
    csv_file.write_text(
        "Name;Birth year;Guardian\nAmina;2015;Grace\n;2016;\nBaraka;20l4;\nAlready Here;2014;\n",
        "utf-8",
    )
    before = node.count_learners()
    learners = _learners_choosing(qtbot, window, csv_file, monkeypatch)
    dialog = _preview(qtbot, learners)
    assert dialog.table.rowCount() == 4
    assert _cells(dialog, 0)[:2] == ["2", "Amina"] and _cells(dialog, 0)[4] == "OK"
    assert "name must not be empty" in _cells(dialog, 1)[4]
    assert "“20l4” is not a year" in _cells(dialog, 2)[4]
    assert "already has a learner" in _cells(dialog, 3)[4]
    assert (
        dialog.table.item(1, 4).foreground().color() != dialog.table.item(0, 4).foreground().color()
    )
    assert "3 rows have a problem" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    dialog.import_button.click()  # disabled: does nothing
    dialog.reject()
    idle(qtbot, window.bridge)
    assert node.count_learners() == before


def test_import_a_class_enrolled_in_a_course(
    qtbot: Any, window: Any, node: Node, tmp_path: Path, monkeypatch: Any
) -> None:
    course_id = node.create_course("Fractions")
    csv_file = tmp_path / "class.csv"
    csv_file.write_bytes("\ufeffZoë,2015,\nAïcha,2016,Mama Aïcha\n\nChiara,2015,\n".encode())
    learners = _learners_choosing(qtbot, window, csv_file, monkeypatch)
    qtbot.waitUntil(lambda: learners.course_filter.count() == 2)
    dialog = _preview(qtbot, learners)
    assert dialog.import_button.isEnabled()
    assert "3 learners to add" in dialog.summary.text()
    assert node.count_learners() == 0  # nothing before Import
    dialog.course.setCurrentIndex(dialog.course.findData(course_id))
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: learners.model.rowCount() == 3)
    assert [learners.model.index(r, 0).data() for r in range(3)] == ["Aïcha", "Chiara", "Zoë"]
    assert "3 learners added and enrolled in Fractions" in learners.banner.text()
    enrolled = node.list_learners(course_id=course_id, status="active")
    assert [r["name"] for r in enrolled] == ["Aïcha", "Chiara", "Zoë"]


def test_enrol_selected_learners_at_once(qtbot: Any, window: Any, node: Node) -> None:
    course_id = node.create_course("Reading")
    ids = [node.add_learner(name) for name in ("Amina", "Baraka", "Chiara", "Daudi")]
    node.enrol(ids[0], course_id)  # already enrolled: left as it is
    learners = page(qtbot, window, "learners")
    qtbot.waitUntil(lambda: learners.model.rowCount() == 4 and learners.course_filter.count() == 2)
    table = learners.table
    table.clearSelection()
    assert not learners.enrol_button.isEnabled()
    selection = table.selectionModel()
    for row in (0, 1, 3):  # Amina, Baraka, Daudi, as Ctrl+click picks them
        selection.select(
            learners.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    assert learners.enrol_button.isEnabled()
    learners.enrol_button.click()
    dialog = learners.enrol_dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    dialog.course.setCurrentIndex(dialog.course.findData(course_id))
    qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "enrolled in Reading" in learners.banner.text())
    assert "2 learners enrolled in Reading" in learners.banner.text()
    assert "already enrolled" in learners.banner.text()  # Amina
    enrolled = {r["id"] for r in node.list_learners(course_id=course_id, status="active")}
    assert enrolled == {ids[0], ids[1], ids[3]}
