"""Adapted courses in the window (issue 14 item 2): adapt a course of another school from the
Courses page; the editor names the original; when the original changes, a notice counts the
lessons changed and a dialog shows both texts side by side. Esc closes it with nothing
changed; Take theirs, Keep mine and Save combined each bring one lesson in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.helpers import send_doc
from tests.ui.uihelpers import page

from edunode.service.node import Node

pytestmark = pytest.mark.gui


def _bodies(node: Node, course_id: str) -> dict[str, str]:
    return {le["title"]: le["body"] for m in node.course(course_id)["modules"]
            for le in m["lessons"]}  # fmt: skip


def test_adapt_then_review_the_originals_changes(
    qtbot: Any, window: Any, node: Node, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    river = Node.init(tmp_path / "river", name="River PC", school_name="River School")
    geometry = river.create_course("Geometry", "Mathematics")
    lessons = {
        title: river.add_lesson(geometry, "Shapes", title, body)
        for title, body in (("Triangles", "Three sides."), ("Squares", "Four equal sides."),
                            ("Circles", "Round."))
    }  # fmt: skip
    send_doc(river, node, river.school_id)
    send_doc(river, node, geometry)

    courses = page(qtbot, window, "courses")
    qtbot.waitUntil(lambda: courses.model.rowCount() == 1)
    courses.table.selectRow(0)
    dialog = courses.adapt_selected()
    assert dialog is not None and dialog.field.text() == "Geometry"
    dialog.field.setText("Geometry at Hill")
    dialog.shared.setChecked(False)
    dialog.ok.click()
    editor = courses.editor
    qtbot.waitUntil(lambda: (editor.course or {}).get("title") == "Geometry at Hill")
    ours = editor.course_id
    assert editor.editable and not node.course(ours)["shared"]
    notice = editor.adapted
    assert notice.isVisibleTo(editor)
    assert notice.attribution.text() == "Adapted from “Geometry” by River School"
    assert not notice.notice.isVisibleTo(editor)

    here = {le["title"]: le["id"] for m in node.course(ours)["modules"] for le in m["lessons"]}
    node.edit_lesson(here["Squares"], body="Four equal sides. Hill: a window pane.")
    for title, body in (("Triangles", "Three sides and three corners."),
                        ("Squares", "Four equal sides and four right angles."),
                        ("Circles", "Round: every point is as far from the centre.")):
        river.edit_lesson(lessons[title], body=body)  # fmt: skip
    river.add_lesson(geometry, "Shapes", "Hexagons", "Six sides.")  # new in the original
    before = _bodies(node, ours)
    send_doc(river, node, geometry)  # the window hears of it (changesApplied)
    qtbot.waitUntil(lambda: notice.notice.isVisibleTo(editor), timeout=10_000)
    assert notice.notice.text() == "4 lessons changed in the original course"
    assert _bodies(node, ours) == before

    review = notice.open_updates()
    assert review is not None
    qtbot.waitUntil(review.isVisible)
    assert [review.lessons.item(i).text() for i in range(review.lessons.count())] == [
        "Triangles", "Squares", "Circles", "Hexagons (new)"]  # fmt: skip
    review.lessons.setCurrentRow(1)  # Squares: edited on both sides
    assert review.theirs.isReadOnly() and review.mine.isReadOnly()
    assert not review.combined.isReadOnly()
    assert review.theirs.toPlainText() == "Four equal sides and four right angles."
    assert review.mine.toPlainText() == "Four equal sides. Hill: a window pane."
    assert "changed here too" in review.edited_note.text()
    assert not review.save_button.isEnabled()  # the combined text is still this course's
    review.combined.setFocus()
    qtbot.keyClicks(review.combined, " Four right angles.")
    assert review.save_button.isEnabled()
    qtbot.keyClick(review.combined, Qt.Key.Key_Escape)  # Esc: closed, nothing changed
    qtbot.waitUntil(lambda: not review.isVisible())
    assert _bodies(node, ours) == before
    assert len(node.course_updates(ours)["updates"]) == 4

    editor.tree.setCurrentItem(editor.tree.topLevelItem(0).child(0))  # Triangles, open
    lesson_editor = editor.lesson_editor
    qtbot.waitUntil(lambda: lesson_editor.lesson_id == here["Triangles"] and lesson_editor.in_step)
    review = notice.open_updates()
    assert review is not None
    qtbot.waitUntil(review.isVisible)
    review.lessons.setCurrentRow(0)  # Triangles: not edited here, taken as it is
    assert "not changed here" in review.edited_note.text()
    review.take_button.click()
    qtbot.waitUntil(lambda: review.lessons.count() == 3)
    assert node.lesson_body(here["Triangles"]) == "Three sides and three corners."
    qtbot.waitUntil(lambda: lesson_editor.edit.toPlainText() == "Three sides and three corners.")
    review.lessons.setCurrentRow(0)  # Squares: combined
    review.combined.selectAll()
    qtbot.keyClicks(review.combined, "Four equal sides, four right angles: a window pane.")
    review.save_button.click()
    qtbot.waitUntil(lambda: review.lessons.count() == 2)
    squares = node.lesson_body(here["Squares"])
    assert squares == "Four equal sides, four right angles: a window pane."
    review.keep_button.click()  # Circles: keep this course's
    qtbot.waitUntil(lambda: review.lessons.count() == 1)
    assert node.lesson_body(here["Circles"]) == "Round."
    assert "new in the original" in review.edited_note.text()  # Hexagons: added here
    assert review.combined.toPlainText() == "Six sides." and review.mine.toPlainText() == ""
    review.take_button.click()
    qtbot.waitUntil(lambda: not review.isVisible())
    assert _bodies(node, ours)["Hexagons"] == "Six sides."
    assert node.course_updates(ours)["updates"] == []
    qtbot.waitUntil(lambda: not notice.notice.isVisibleTo(editor))
    river.close()


def test_esc_closes_the_adapt_dialog_and_makes_nothing(
    qtbot: Any, window: Any, node: Node
) -> None:
    from PySide6.QtCore import Qt

    node.create_course("Fractions")
    courses = page(qtbot, window, "courses")
    qtbot.waitUntil(lambda: courses.model.rowCount() == 1)
    courses.table.selectRow(0)
    dialog = courses.adapt_selected()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(node.list_courses()) == 1
    editor = courses.editor
    courses.open_course(node.list_courses()[0]["id"])
    qtbot.waitUntil(lambda: editor.course is not None)
    assert not editor.adapted.isVisibleTo(editor)  # a course not adapted: no attribution
