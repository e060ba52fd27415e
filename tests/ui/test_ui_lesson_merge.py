"""A lesson open in the editor while it changes elsewhere: the remote text merges in live,
the local cursor stays on the same character, and nothing typed locally is lost. Both
nodes end with the same body."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QTextCursor
from tests.helpers import close_all, make_school, send_doc
from tests.ui.uihelpers import page

from edunode.service.node import Node
from edunode.ui.bridge import Bridge
from edunode.ui.context import Context, settings_for
from edunode.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def school(tmp_path: Path) -> Iterator[list[Node]]:
    nodes = make_school(tmp_path / "school", 2)
    yield nodes
    close_all(nodes)


@pytest.fixture
def win(qtbot: Any, school: list[Node]) -> Iterator[MainWindow]:
    node = school[0]
    bridge = Bridge(node)
    ctx = Context(
        node=node, bridge=bridge, settings=settings_for(node.paths.home), home=node.paths.home
    )
    w = MainWindow(ctx, remember=False)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.shutdown()
    qtbot.waitUntil(lambda: not bridge.busy, timeout=10_000)
    bridge.shutdown()


def open_lesson(qtbot: Any, win: MainWindow, course_id: str) -> Any:
    courses = page(qtbot, win, "courses")
    courses.open_course(course_id)
    editor = courses.editor
    qtbot.waitUntil(lambda: editor.tree.topLevelItemCount() == 1)
    editor.tree.setCurrentItem(editor.tree.topLevelItem(0).child(0))
    lesson = editor.lesson_editor
    qtbot.waitUntil(lambda: lesson.lesson_id is not None and lesson.in_step)
    return lesson


def put_cursor(lesson: Any, pos: int) -> None:
    cursor = lesson.edit.textCursor()
    cursor.setPosition(pos)
    lesson.edit.setTextCursor(cursor)
    lesson.edit.setFocus()


def in_thread(fn: Any) -> None:
    t = threading.Thread(target=fn)
    t.start()
    t.join(30)


def test_remote_edit_merges_without_moving_the_cursor(
    qtbot: Any, school: list[Node], win: MainWindow
) -> None:
    a, b = school
    course_id = a.create_course("Fractions", "Mathematics")
    lesson_id = a.add_lesson(course_id, "Numbers", "Halves", "The quick fox.")
    send_doc(a, b, course_id)
    lesson = open_lesson(qtbot, win, course_id)
    assert lesson.edit.toPlainText() == "The quick fox."

    put_cursor(lesson, len("The quick"))
    qtbot.keyClicks(lesson.edit, " brown")  # typed here, not stored yet (the save waits 400 ms)
    assert lesson.dirty

    # Meanwhile another PC of the school edits the same lesson, before and after the cursor.
    b.edit_lesson(lesson_id, body="Today: The quick fox. It jumps.")
    in_thread(lambda: send_doc(b, a, course_id))  # what the network thread does

    expected = "Today: The quick brown fox. It jumps."
    qtbot.waitUntil(
        lambda: lesson.edit.toPlainText() == expected and lesson.in_step, timeout=10_000
    )
    assert lesson.edit.textCursor().position() == len("Today: The quick brown")
    qtbot.waitUntil(lambda: a.lesson_body(lesson_id) == expected)

    send_doc(a, b, course_id)
    assert b.lesson_body(lesson_id) == a.lesson_body(lesson_id) == lesson.edit.toPlainText()


def test_typing_while_a_merge_is_in_flight_is_kept(
    qtbot: Any, school: list[Node], win: MainWindow
) -> None:
    a, _ = school
    course_id = a.create_course("Reading")
    lesson_id = a.add_lesson(course_id, "Stories", "Setting", "Once upon a time.")
    lesson = open_lesson(qtbot, win, course_id)
    bridge = win.ctx.bridge
    put_cursor(lesson, len("Once upon a time"))

    gate = threading.Event()
    bridge.run(gate.wait, 10)  # hold the worker: the next round trip waits behind this
    # The same node changes the body from another thread (as a sync would).
    in_thread(lambda: a.edit_lesson(lesson_id, body="Title\n" + a.lesson_body(lesson_id)))
    qtbot.waitUntil(lambda: lesson._in_flight, timeout=5000)  # the merge request is out
    qtbot.keyClicks(lesson.edit, ", in a village")  # typed while it is out
    gate.set()

    expected = "Title\nOnce upon a time, in a village."
    qtbot.waitUntil(
        lambda: lesson.edit.toPlainText() == expected and lesson.in_step, timeout=10_000
    )
    assert lesson.edit.textCursor().position() == len("Title\nOnce upon a time, in a village")
    qtbot.waitUntil(lambda: a.lesson_body(lesson_id) == expected)


def test_a_selection_survives_a_merge(qtbot: Any, school: list[Node], win: MainWindow) -> None:
    a, _ = school
    course_id = a.create_course("Health")
    lesson_id = a.add_lesson(course_id, "Water", "Safe water", "Boil water. Cover it.")
    lesson = open_lesson(qtbot, win, course_id)
    cursor = lesson.edit.textCursor()
    cursor.setPosition(len("Boil "))
    cursor.setPosition(len("Boil water"), QTextCursor.MoveMode.KeepAnchor)
    lesson.edit.setTextCursor(cursor)
    in_thread(lambda: a.edit_lesson(lesson_id, body="Step 1. Boil water. Cover it."))
    qtbot.waitUntil(lambda: lesson.edit.toPlainText().startswith("Step 1.") and lesson.in_step)
    assert lesson.edit.textCursor().selectedText() == "water"


def test_leaving_a_lesson_while_a_save_is_out_keeps_everything_typed(
    qtbot: Any, school: list[Node], win: MainWindow
) -> None:
    a, _ = school
    course_id = a.create_course("Garden")
    first = a.add_lesson(course_id, "Planning", "Crops", "Beans")
    a.add_lesson(course_id, "Planning", "Beds", "Dig.")
    lesson = open_lesson(qtbot, win, course_id)
    bridge = win.ctx.bridge
    put_cursor(lesson, len("Beans"))
    gate = threading.Event()
    bridge.run(gate.wait, 10)
    qtbot.keyClicks(lesson.edit, " and maize")
    lesson.sync()  # the save goes out (and waits behind the gate)
    assert lesson._in_flight
    qtbot.keyClicks(lesson.edit, ", cassava")  # typed while it is out
    editor = win.pages["courses"].editor
    editor.tree.setCurrentItem(editor.tree.topLevelItem(0).child(1))  # open the other lesson
    gate.set()
    qtbot.waitUntil(lambda: lesson.edit.toPlainText() == "Dig." and lesson.in_step)
    qtbot.waitUntil(lambda: not bridge.busy)
    assert a.lesson_body(first) == "Beans and maize, cassava"
