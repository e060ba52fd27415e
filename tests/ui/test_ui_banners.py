"""Message banners: they float over the heading row, so a message never moves the list under
the mouse; an error goes away on the next successful action or a change of page."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from tests.ui.uihelpers import idle, page

from edunode.service.node import Node
from edunode.ui.widgets import dialogs

pytestmark = pytest.mark.gui

LONG = (
    "Something went wrong that EduNode did not expect (TypeError: native Qt signal instance "
    "'back' is not callable). Nothing was changed by this step; the details were written to "
    "the log."
)


def place(widget: Any, window: Any) -> QRect:
    """Where a widget is in the window."""
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def test_a_banner_does_not_move_the_list(
    qtbot: Any, window: Any, node: Node, tmp_path: Any
) -> None:
    shots = tmp_path  # a picture to look at when it fails
    for name in ("Amina", "Baraka", "Chiara"):
        node.add_learner(name)
    learners = page(qtbot, window, "learners")
    qtbot.waitUntil(lambda: learners.model.rowCount() == 3)
    widgets = [learners.table, learners.search, learners.add_button, learners.stack]
    before = [place(w, window) for w in widgets]
    row_before = learners.table.visualRect(learners.model.index(1, 0))

    window.show_error(LONG)  # what an unexpected error in a slot shows
    qtbot.waitUntil(learners.banner.isVisible)
    assert learners.banner.text() == LONG
    assert [place(w, window) for w in widgets] == before
    assert learners.table.visualRect(learners.model.index(1, 0)) == row_before
    window.grab().save(str(shots / "ui-banner-error.png"))
    # It sits beside the page's title, above the controls, and shows the whole message.
    banner = place(learners.banner, window)
    heading = place(learners.heading, window)
    title_width = learners.heading.fontMetrics().horizontalAdvance(learners.heading.text())
    assert banner.left() >= heading.left() + title_width and banner.top() == heading.top()
    assert banner.height() >= learners.banner.heightForWidth(banner.width())
    learners.show_info("Learner added.")  # a short note: within the heading row
    assert place(learners.banner, window).bottom() <= place(learners.heading, window).bottom()
    assert [place(w, window) for w in widgets] == before

    learners.banner.clear()
    assert [place(w, window) for w in widgets] == before

    # The same when the window is resized while a message shows.
    window.show_error(LONG)
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: learners.width() < 1000)
    shown = [place(w, window) for w in widgets]
    learners.banner.clear()
    qtbot.wait(20)
    assert [place(w, window) for w in widgets] == shown


def test_an_error_goes_away_on_a_page_change(qtbot: Any, window: Any) -> None:
    courses = page(qtbot, window, "courses")
    window.show_error("The course could not be saved.")
    assert courses.banner.is_error
    page(qtbot, window, "learners")
    assert not courses.banner.isVisible()
    page(qtbot, window, "courses")
    assert courses.banner.text() == ""  # not back when the page is shown again


def test_an_error_goes_away_on_the_next_successful_action(
    qtbot: Any, window: Any, node: Node, monkeypatch: pytest.MonkeyPatch
) -> None:
    course = node.create_course("Fractions")
    courses = page(qtbot, window, "courses")
    qtbot.waitUntil(lambda: courses.model.rowCount() == 1)
    courses.open_course(course)
    editor = courses.editor
    qtbot.waitUntil(lambda: editor.course is not None)
    window.show_error("The module could not be moved.")
    assert courses.banner.is_error
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Numbers")
    editor.add_module_button.click()
    qtbot.waitUntil(lambda: editor.tree.topLevelItemCount() == 1)
    assert not courses.banner.isVisible()

    # Leaving the editor for the list (or opening something) also clears it.
    window.show_error("Something failed.")
    editor.back_button.click()
    assert not courses.banner.isVisible()

    # On the learner page: a save that works replaces the error with what was done.
    learner = node.add_learner("Amina")
    learners = page(qtbot, window, "learners")
    learners.open_learner(learner)
    detail = learners.detail
    qtbot.waitUntil(lambda: detail.record is not None)
    window.show_error("Something failed.")
    detail.profile.guardian.setText("Mama Amina, 0700 000 000")
    detail.save_profile.click()
    qtbot.waitUntil(lambda: learners.banner.text() == "Profile saved.")
    assert not learners.banner.is_error
    idle(qtbot, window.bridge)
