"""Every documented keyboard shortcut (README, "The desktop app"), pressed as keys on every
page and in every list/detail view: Ctrl+1 … Ctrl+6, Ctrl+F, Ctrl+N, Esc.

Keys go to the widget that has the focus, as a person's keys would; a shortcut that raised
an error in its slot fails the test (pytest-qt re-raises exceptions from slots) and the page
must show no error banner."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tests.ui.uihelpers import idle, page

from edunode.service.node import Node
from edunode.ui.main_window import PAGES

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier


def press(
    qtbot: Any, window: Any, key: Qt.Key, modifier: Any = Qt.KeyboardModifier.NoModifier
) -> None:
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifier)


def activate(qtbot: Any, window: Any) -> None:
    """The window is the active one again (as after a dialog closes on a desktop)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def no_errors(window: Any) -> None:
    for name, p in window.pages.items():
        assert not p.banner.is_error, f"{name}: {p.banner.text()}"


@pytest.fixture
def active(qtbot: Any, window: Any, node: Node) -> Any:
    course = node.create_course("Fractions")
    module = node.add_module(course, "Numbers")
    node.add_lesson(course, module, "Halves")
    learner = node.add_learner("Amina")
    node.enrol(learner, course)
    activate(qtbot, window)
    return window


def test_ctrl_digit_shows_each_page_with_the_focus_in_it(qtbot: Any, active: Any) -> None:
    window = active
    for n, name in enumerate(PAGES, start=1):
        press(qtbot, window, getattr(Qt.Key, f"Key_{n}"), CTRL)
        assert window.current_page_name() == name
        p = window.pages[name]
        qtbot.waitUntil(lambda p=p: p.is_loaded)
        focus = QApplication.focusWidget()
        assert focus is not None and p.isAncestorOf(focus), f"Ctrl+{n}: focus not in {name}"
    # Back to the first page from the last.
    press(qtbot, window, Qt.Key.Key_1, CTRL)
    assert window.current_page_name() == "courses"
    no_errors(window)


def test_esc_goes_back_to_the_list_from_every_detail_view(qtbot: Any, active: Any) -> None:
    window = active
    courses = page(qtbot, window, "courses")
    qtbot.waitUntil(lambda: courses.model.rowCount() == 1)
    courses.table.setFocus()
    press(qtbot, window, Qt.Key.Key_Return)  # Enter opens the selected course
    editor = courses.editor
    qtbot.waitUntil(lambda: courses.stack.currentWidget() is editor and editor.course is not None)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert courses.stack.currentIndex() == 0
    no_errors(window)

    learners = page(qtbot, window, "learners")
    qtbot.waitUntil(lambda: learners.model.rowCount() == 1)
    learners.table.setFocus()
    learners.table.selectRow(0)
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: learners.stack.currentWidget() is learners.detail)
    qtbot.waitUntil(lambda: learners.detail.record is not None)
    for tab in range(learners.detail.tabs.count()):  # from any tab
        learners.detail.tabs.setCurrentIndex(tab)
        learners.detail.tabs.setFocus()
        if learners.stack.currentWidget() is not learners.detail:
            learners.open_learner(learners.model.row(0)["id"])
        press(qtbot, window, Qt.Key.Key_Escape)
        assert learners.stack.currentIndex() == 0, f"Esc on tab {tab}"
        learners.open_learner(learners.model.row(0)["id"])
        learners.detail.tabs.setCurrentIndex(tab)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert learners.stack.currentIndex() == 0

    learners.register_button.click()
    register = learners.register
    qtbot.waitUntil(lambda: register.table.rowCount() == 1)
    register.table.setFocus()
    press(qtbot, window, Qt.Key.Key_Escape)
    assert learners.stack.currentIndex() == 0
    idle(qtbot, window.bridge)
    no_errors(window)


def test_ctrl_f_searches_and_ctrl_n_adds_where_the_page_has_them(qtbot: Any, active: Any) -> None:
    window = active
    courses = page(qtbot, window, "courses")
    qtbot.waitUntil(lambda: courses.model.rowCount() == 1)
    courses.open_selected()
    qtbot.waitUntil(lambda: courses.editor.course is not None)
    courses.editor.tree.setFocus()
    press(qtbot, window, Qt.Key.Key_F, CTRL)  # from the editor: back to the list's search
    assert courses.stack.currentIndex() == 0 and courses.search.hasFocus()
    press(qtbot, window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: getattr(courses, "new_dialog", None) is not None)
    dialog = courses.new_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc closes the dialog, nothing is created
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert courses.model.rowCount() == 1
    activate(qtbot, window)

    learners = page(qtbot, window, "learners")
    qtbot.waitUntil(lambda: learners.model.rowCount() == 1)
    learners.open_learner(learners.model.row(0)["id"])
    qtbot.waitUntil(lambda: learners.detail.record is not None)
    learners.detail.tabs.setFocus()
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    assert learners.stack.currentIndex() == 0 and learners.search.hasFocus()
    press(qtbot, window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: getattr(learners, "new_dialog", None) is not None)
    dialog = learners.new_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.reject()
    activate(qtbot, window)

    activity = page(qtbot, window, "activity")
    activity.table.setFocus()
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    assert activity.search.hasFocus()
    no_errors(window)


@pytest.mark.parametrize("name", PAGES)
def test_every_shortcut_on_every_page_does_no_harm(qtbot: Any, active: Any, name: str) -> None:
    """Pages without a search or an Add ignore Ctrl+F / Ctrl+N; Esc on a list does nothing;
    none of them raises or shows an error."""
    window = active
    n = PAGES.index(name) + 1
    press(qtbot, window, getattr(Qt.Key, f"Key_{n}"), CTRL)
    p = window.pages[name]
    qtbot.waitUntil(lambda: p.is_loaded)
    for key, modifier in (
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F, CTRL),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    ):
        press(qtbot, window, key, modifier)
        assert window.current_page_name() == name
    press(qtbot, window, Qt.Key.Key_N, CTRL)
    dialog = getattr(p, "new_dialog", None)
    if dialog is not None:
        qtbot.waitUntil(dialog.isVisible)
        dialog.reject()
    assert window.current_page_name() == name
    idle(qtbot, window.bridge)
    no_errors(window)
