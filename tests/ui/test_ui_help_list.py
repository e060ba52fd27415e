"""The Reports page lists this school's learners who need help, with the reasons in words,
and a learner's pathway tab says whether they are ahead, on track or behind their plan."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from tests.ui.uihelpers import page

from edunode.service.node import Node
from edunode.ui import formatting

pytestmark = pytest.mark.gui


def test_reports_page_shows_who_needs_help(qtbot: Any, window: Any, node: Node) -> None:
    today = dt.date.today()
    course = node.create_course("Fractions")
    lessons = [node.add_lesson(course, "Numbers", f"Lesson {i}") for i in range(6)]
    start = (today - dt.timedelta(days=28)).isoformat()  # four weeks ago
    amina, baraka, chausiku = (node.add_learner(n) for n in ("Amina", "Baraka", "Chausiku"))
    for learner in (amina, baraka, chausiku):
        node.enrol(learner, course, start)
        for lesson in lessons[:4]:  # on track at one a week
            node.record_progress(learner, lesson, 20)
    node.set_plan(baraka, course, 2)  # 8 expected, capped at 6; 4 done: behind
    for n in range(3):  # Chausiku: absent the last three recorded days
        node.record_attendance(chausiku, (today - dt.timedelta(days=3 - n)).isoformat(), False)
    for n, score in enumerate((8, 6, 4)):  # and falling results
        day = (today - dt.timedelta(days=10 - n)).isoformat()
        node.record_result(chausiku, course, f"Quiz {n}", score, 10, day)

    reports = page(qtbot, window, "reports")
    assert reports.help_button.text() == "Who needs &help (2)"
    reports.help_button.click()
    table = reports.help_table
    assert table.isVisible() and not reports.chart_view.isVisible()
    rows = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
    since = formatting.day((today - dt.timedelta(days=3)).isoformat())
    assert rows == [
        ("Baraka", "behind their plan in Fractions: 4 lessons done, 6 expected by now at 2 a week"),
        (
            "Chausiku",
            "falling results in Fractions: the last three 80%, 60%, 40%; "
            f"absent the last 3 recorded school days (since {since})",
        ),
    ]
    assert reports.help_heading.text() == "Who needs help (2)"
    assert [r["id"] for r in reports.help_rows] == [baraka, chausiku]
    reports.help_button.click()  # back to the chart
    assert reports.chart_view.isVisible() and not table.isVisible()

    # A learner's pathway tab tells the status against their own pace.
    learners = page(qtbot, window, "learners")
    learners.open_learner(baraka)
    detail = learners.detail
    qtbot.waitUntil(lambda: detail.record is not None)
    detail.tabs.setCurrentWidget(detail.pathway)
    assert "behind their plan (pace: 2 a week)" in detail.pathway.summary.text()
    learners.open_learner(amina)
    qtbot.waitUntil(lambda: detail.record is not None and detail.learner_id == amina)
    qtbot.waitUntil(
        lambda: "on track with their plan (pace: 1 a week)" in detail.pathway.summary.text()
    )
