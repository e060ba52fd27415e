"""Courses page: create a course, add modules and lessons, rename, reorder, delete, edit a
lesson body; a course of another school is read only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.ui.uihelpers import idle, page

from edunode.service.node import Node
from edunode.ui.widgets import dialogs

pytestmark = pytest.mark.gui


def answers(monkeypatch: pytest.MonkeyPatch, *texts: str) -> None:
    replies = iter(texts)
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: next(replies))


def titles(tree: Any) -> list[str]:
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_create_course_module_lesson_and_write_the_lesson(
    qtbot: Any, window: Any, node: Node, monkeypatch: pytest.MonkeyPatch
) -> None:
    courses = page(qtbot, window, "courses")
    assert "No courses yet" in courses.count.text()
    courses.new_button.click()
    dialog = courses.new_dialog
    fields = dialog.fields
    assert not dialog.create.isEnabled()  # a course needs a title
    qtbot.keyClicks(fields.title, "Fractions")
    fields.language.setEditText("english!")
    assert not dialog.create.isEnabled()
    assert "not a language code" in dialog.errors.text()
    fields.language.setEditText("en")
    assert dialog.create.isEnabled() and dialog.errors.isHidden()
    dialog.create.click()

    editor = courses.editor
    qtbot.waitUntil(lambda: editor.course is not None and editor.course["title"] == "Fractions")
    assert courses.stack.currentWidget() is editor and editor.editable

    answers(monkeypatch, "Numbers", "What is a fraction?")
    editor.add_module_button.click()
    qtbot.waitUntil(lambda: titles(editor.tree) == ["Numbers"])
    editor.tree.setCurrentItem(editor.tree.topLevelItem(0))
    editor.add_lesson_button.click()
    lessons = editor.lesson_editor
    qtbot.waitUntil(lambda: lessons.lesson_id is not None and lessons.in_step)
    assert editor.lesson_title.text() == "What is a fraction?"
    lesson_id = lessons.lesson_id

    qtbot.keyClicks(lessons.edit, "Half a mango is 1/2.")
    qtbot.waitUntil(
        lambda: lessons.in_step and node.lesson_body(lesson_id) == "Half a mango is 1/2."
    )
    assert lessons.state.text() == "All changes saved."

    editor.back_button.click()
    qtbot.waitUntil(lambda: courses.model.rowCount() == 1 and courses.model.row(0)["lessons"] == 1)
    assert courses.model.row(0)["title"] == "Fractions"


def test_rename_reorder_and_delete(
    qtbot: Any, window: Any, node: Node, monkeypatch: pytest.MonkeyPatch
) -> None:
    course_id = node.create_course("Reading", "English", "Grade 4", "en")
    for module in ("Stories", "Poems", "Letters"):
        node.add_module(course_id, module)
    node.add_lesson(course_id, "Stories", "Characters")
    node.add_lesson(course_id, "Stories", "Setting")
    courses = page(qtbot, window, "courses")
    courses.open_course(course_id)
    editor = courses.editor
    qtbot.waitUntil(lambda: titles(editor.tree) == ["Stories", "Poems", "Letters"])

    editor.tree.setCurrentItem(editor.tree.topLevelItem(2))  # Letters
    assert not editor.down_button.isEnabled()
    editor.up_button.click()
    qtbot.waitUntil(lambda: titles(editor.tree) == ["Stories", "Letters", "Poems"])
    assert [m["title"] for m in node.course(course_id)["modules"]] == [
        "Stories",
        "Letters",
        "Poems",
    ]
    assert editor.tree.currentItem().text(0) == "Letters"  # the moved item stays selected

    answers(monkeypatch, "Songs and poems")
    editor.tree.setCurrentItem(editor.tree.topLevelItem(2))
    editor.rename_button.click()
    qtbot.waitUntil(lambda: titles(editor.tree) == ["Stories", "Letters", "Songs and poems"])

    stories = editor.tree.topLevelItem(0)
    editor.tree.setCurrentItem(stories.child(1))  # Setting
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _p, _t, text, **_k: asked.append(text) or False)
    editor.delete_button.click()
    assert asked and "Setting" in asked[0]
    idle(qtbot, editor.bridge)
    assert editor.tree.topLevelItem(0).childCount() == 2  # cancelled: nothing deleted
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    editor.delete_button.click()
    qtbot.waitUntil(lambda: editor.tree.topLevelItem(0).childCount() == 1)
    assert [le["title"] for le in node.course(course_id)["modules"][0]["lessons"]] == ["Characters"]


def test_details_are_validated_and_saved(qtbot: Any, window: Any, node: Node) -> None:
    course_id = node.create_course("Garden", "Agriculture")
    courses = page(qtbot, window, "courses")
    courses.open_course(course_id)
    editor = courses.editor
    qtbot.waitUntil(lambda: editor.course is not None)
    editor.tabs.setCurrentIndex(1)
    assert not editor.details.save_button.isEnabled()  # nothing changed yet
    editor.details.fields.title.clear()
    assert not editor.details.save_button.isEnabled()
    assert "Please enter the course title" in editor.details.errors.text()
    qtbot.keyClicks(editor.details.fields.title, "School garden")
    qtbot.keyClicks(editor.details.fields.level, "Grade 6")
    assert editor.details.save_button.isEnabled()
    editor.details.save_button.click()
    qtbot.waitUntil(lambda: node.course(course_id)["title"] == "School garden")
    assert node.course(course_id)["level"] == "Grade 6"


def test_a_course_of_another_school_is_read_only(
    qtbot: Any, window: Any, node: Node, tmp_path: Path
) -> None:
    other = Node.init(tmp_path / "river", name="River PC", school_name="River School")
    course_id = other.create_course("Geometry", "Mathematics")
    lesson_id = other.add_lesson(course_id, "Shapes", "Triangles", "Three sides.")
    for doc_id in (other.school_id, course_id):
        changes, signatures = other.docs.outgoing(doc_id, [])
        node.receive_changes(doc_id, [c.data for c in changes], dict(signatures), other.node_id)
    other.close()

    courses = page(qtbot, window, "courses")
    qtbot.waitUntil(lambda: courses.model.rowCount() == 1)
    assert courses.model.data(courses.model.index(0, 4)) == "Another school"
    courses.open_course(course_id)
    editor = courses.editor
    qtbot.waitUntil(lambda: editor.course is not None)
    assert not editor.editable and editor.read_only.isVisibleTo(editor)
    editor.tree.setCurrentItem(editor.tree.topLevelItem(0).child(0))
    qtbot.waitUntil(
        lambda: editor.lesson_editor.lesson_id == lesson_id and editor.lesson_editor.in_step
    )
    assert editor.lesson_editor.edit.isReadOnly()
    assert editor.lesson_editor.edit.toPlainText() == "Three sides."
    for button in (
        editor.add_module_button,
        editor.add_lesson_button,
        editor.rename_button,
        editor.delete_button,
        editor.up_button,
        editor.down_button,
    ):
        assert not button.isEnabled()


def test_the_owner_invites_a_known_school_and_sees_who_changed_a_lesson(
    qtbot: Any, window: Any, node: Node, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt
    from tests.ui.uihelpers import PIN, submit

    other = Node.init(tmp_path / "river", name="River PC", school_name="River School")
    changes, signatures = other.docs.outgoing(other.school_id, [])
    node.receive_changes(other.school_id, [c.data for c in changes], dict(signatures), "x")
    course_id = node.create_course("Fractions")
    lesson_id = node.add_lesson(course_id, "Unit 1", "Halves", "One half.")

    courses = page(qtbot, window, "courses")
    courses.open_course(course_id)
    editor = courses.editor
    qtbot.waitUntil(lambda: editor.course is not None and editor.school_choice.count() == 1)
    assert "Hill School (owner)" in editor.maintainers.text()
    assert editor.school_choice.currentText() == "River School"
    assert editor.invite_button.isEnabled() and not editor.stop_sharing_button.isEnabled()
    editor.tree.setCurrentItem(editor.tree.topLevelItem(0).child(0))
    qtbot.waitUntil(lambda: "Classroom PC" in editor.lesson_edited.text())

    editor.invite_button.click()  # Esc first: nothing happens
    dialog = editor.pin_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert other.school_id not in node.course(course_id)["maintainers"]
    editor.invite_button.click()
    dialog = editor.pin_dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    submit(qtbot, dialog, "000000")
    qtbot.waitUntil(lambda: "PIN" in dialog.error.text())
    submit(qtbot, dialog, PIN)
    qtbot.waitUntil(lambda: "River School" in editor.maintainers.text(), timeout=10_000)
    assert other.school_id in node.course(course_id)["maintainers"]
    qtbot.waitUntil(lambda: editor.stop_sharing_button.isEnabled())
    assert not editor.invite_button.isEnabled()
    assert node.lesson_body(lesson_id) == "One half."
    other.close()
