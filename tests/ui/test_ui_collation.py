"""Names sort as people expect (issue 12 item 8): the Learners and Courses lists, as the
window shows them, put "Aïcha" before "Amina" and "Céline" before "Chiara"."""

from __future__ import annotations

from typing import Any

import pytest
from tests.ui.uihelpers import idle, page

from edunode.service.node import Node

pytestmark = pytest.mark.gui

NAMES = ["Zoë", "Émile", "Chiara", "Céline", "Amina", "Aïcha"]
EXPECTED = ["Aïcha", "Amina", "Céline", "Chiara", "Émile", "Zoë"]


def _column(model: Any) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_learners_list_in_collation_order(qtbot: Any, window: Any, node: Node) -> None:
    with node.batch():
        for name in NAMES:
            node.add_learner(name)
    learners = page(qtbot, window, "learners")
    qtbot.waitUntil(lambda: learners.model.rowCount() == len(NAMES))
    assert _column(learners.model) == EXPECTED


def test_courses_list_and_filter_in_collation_order(qtbot: Any, window: Any, node: Node) -> None:
    with node.batch():
        for name in NAMES:
            node.create_course(name)
    courses = page(qtbot, window, "courses")
    qtbot.waitUntil(lambda: courses.model.rowCount() == len(NAMES))
    assert _column(courses.model) == EXPECTED
    learners = page(qtbot, window, "learners")
    idle(qtbot, window.bridge)
    combo = learners.course_filter
    assert [combo.itemText(i) for i in range(1, combo.count())] == EXPECTED


def test_window_sorts_for_its_language(qtbot: Any, ctx: Any, node: Node) -> None:
    """The language chosen in Settings decides the order: Swedish puts Å and Ö after Z."""
    from edunode.ui.main_window import MainWindow

    for name in ["Östen", "Zara", "Anna", "Åsa"]:
        node.add_learner(name)
    ctx.settings.setValue("language", "sv_SE")
    w = MainWindow(ctx, remember=False)
    qtbot.addWidget(w)
    w.show()
    try:
        learners = page(qtbot, w, "learners")
        qtbot.waitUntil(lambda: learners.model.rowCount() == 4)
        assert _column(learners.model) == ["Anna", "Zara", "Åsa", "Östen"]
        assert node.collation_locale() == "sv_SE"
    finally:
        w.shutdown()
        idle(qtbot, ctx.bridge)
