"""Dates are picked, not typed: results, attendance and the class register use a date
field with a calendar, today by default, shown in the user's date format; Enter submits."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit
from tests.ui.uihelpers import idle, page

from edunode.service.node import Node
from edunode.ui.widgets.forms import date_format

pytestmark = pytest.mark.gui


def test_date_format_follows_the_locale_with_the_year_in_full() -> None:
    assert date_format(QLocale("en_US")) == "M/d/yyyy"
    assert date_format(QLocale("fr_FR")) == "dd/MM/yyyy"
    assert date_format(QLocale("de_DE")) == "dd.MM.yyyy"
    assert date_format(QLocale.c()) == "yyyy-MM-dd"


def check_field(field: Any) -> None:
    assert isinstance(field, QDateEdit)
    assert field.calendarPopup() and field.calendarWidget() is not None
    assert field.date() == QDate.currentDate()
    assert field.displayFormat() == date_format()
    assert field.maximumDate() == QDate.currentDate().addDays(366)


def test_results_and_attendance_use_a_date_picker(qtbot: Any, window: Any, node: Node) -> None:
    course = node.create_course("Fractions")
    learner = node.add_learner("Amina")
    node.enrol(learner, course)
    learners = page(qtbot, window, "learners")
    learners.open_learner(learner)
    detail = learners.detail
    qtbot.waitUntil(lambda: detail.record is not None)

    results = detail.results
    detail.tabs.setCurrentWidget(results)
    check_field(results.date)
    qtbot.keyClicks(results.title, "Quiz 1")
    qtbot.keyClicks(results.score, "15")
    # Pick an earlier day in the calendar, as a mouse would.
    field = results.date
    arrow = QPoint(field.width() - 6, field.height() // 2)  # the drop-down arrow
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=arrow)
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    picked = QDate.currentDate().addDays(-3)
    calendar.setSelectedDate(picked)
    calendar.clicked.emit(picked)  # what a click on a day sends
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert results.date.date() == picked
    qtbot.keyClick(results.date, Qt.Key.Key_Return)  # Enter in the date submits the form
    qtbot.waitUntil(lambda: len(node.learner(learner)["results"]) == 1)
    assert node.learner(learner)["results"][0]["date"] == picked.toString(Qt.DateFormat.ISODate)
    qtbot.waitUntil(lambda: results.table.rowCount() == 1)
    assert results.date.date() == picked  # the day stays for the next result of that test

    attendance = detail.attendance
    detail.tabs.setCurrentWidget(attendance)
    check_field(attendance.date)
    attendance.absent.setChecked(True)
    attendance.date.setCurrentSection(QDateTimeEdit.Section.DaySection)  # the day, clicked
    qtbot.keyClick(attendance.date, Qt.Key.Key_Down)  # a day back with the arrow key
    yesterday = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    assert attendance.date.date().toString(Qt.DateFormat.ISODate) == yesterday
    qtbot.keyClick(attendance.date, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(node.learner(learner)["attendance"]) == 1)
    mark = node.learner(learner)["attendance"][0]
    assert mark == {**mark, "date": yesterday, "present": False}
    # No day beyond a year ahead can be picked (the Node refuses those).
    attendance.date.setDate(QDate.currentDate().addYears(5))
    assert attendance.date.date() == QDate.currentDate().addDays(366)
    idle(qtbot, window.bridge)


def test_the_register_uses_a_date_picker_and_enter_saves(
    qtbot: Any, window: Any, node: Node
) -> None:
    course = node.create_course("Reading")
    for name in ("Amina", "Baraka"):
        node.enrol(node.add_learner(name), course)
    learners = page(qtbot, window, "learners")
    learners.take_register()
    register = learners.register
    qtbot.waitUntil(lambda: register.table.rowCount() == 2)
    check_field(register.date)
    register.date.setCurrentSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClick(register.date, Qt.Key.Key_Down)  # yesterday: the class reloads
    day = register.date.date().toString(Qt.DateFormat.ISODate)
    assert day == (dt.date.today() - dt.timedelta(days=1)).isoformat() == register.day()
    qtbot.waitUntil(lambda: register.table.rowCount() == 2 and register.save.isEnabled())
    register.set_present(1, False)
    qtbot.keyClick(register.date, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Register saved for" in learners.banner.text())
    assert learners.banner.text() == f"Register saved for {day}: 2 learners."
    marks = {
        node.learner(r["id"])["name"]: [a["present"] for a in node.learner(r["id"])["attendance"]]
        for r in node.list_learners()
    }
    assert marks == {"Amina": [True], "Baraka": [False]}
