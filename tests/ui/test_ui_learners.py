"""Learners page: add a learner (a validation error first), enrol, record progress and a
result, take the class register; search and filters."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from tests.ui.uihelpers import page

from edunode.service.node import Node

pytestmark = pytest.mark.gui


def test_add_learner_after_a_validation_error(qtbot: Any, window: Any, node: Node) -> None:
    learners = page(qtbot, window, "learners")
    learners.add_button.click()
    dialog = learners.new_dialog
    f = dialog.fields
    assert not dialog.add.isEnabled()  # a name is needed
    qtbot.keyClicks(f.name, "Amina Mwangi")
    qtbot.keyClicks(f.birth_year, "20l5")  # a letter l instead of a 1
    assert not dialog.add.isEnabled()
    assert "year written with digits" in dialog.errors.text()
    f.birth_year.clear()
    qtbot.keyClicks(f.birth_year, "1850")
    assert "between 1900 and" in dialog.errors.text() and not dialog.add.isEnabled()
    f.birth_year.clear()
    qtbot.keyClicks(f.birth_year, "2015")
    assert dialog.add.isEnabled() and dialog.errors.isHidden()
    dialog.add.click()

    detail = learners.detail
    qtbot.waitUntil(lambda: detail.record is not None and detail.name.text() == "Amina Mwangi")
    [row] = node.list_learners()
    assert row["name"] == "Amina Mwangi" and row["birth_year"] == 2015
    detail.back_button.click()
    qtbot.waitUntil(lambda: learners.model.rowCount() == 1)


def test_enrol_progress_result_and_profile(qtbot: Any, window: Any, node: Node) -> None:
    course_id = node.create_course("Fractions", "Mathematics")
    first = node.add_lesson(course_id, "Numbers", "Halves")
    second = node.add_lesson(course_id, "Numbers", "Quarters")
    node.add_lesson(course_id, "Numbers", "Thirds")
    learner_id = node.add_learner("Baraka Otieno", 2014)
    learners = page(qtbot, window, "learners")
    learners.open_learner(learner_id)
    detail = learners.detail
    qtbot.waitUntil(lambda: detail.record is not None)

    # Enrol.
    detail.tabs.setCurrentIndex(1)
    assert detail.enrol_course.currentData() == course_id
    detail.enrol_button.click()
    qtbot.waitUntil(lambda: detail.enrolments.rowCount() == 1)
    assert node.learner(learner_id)["enrolments"][0]["status"] == "active"

    # Pathway: the first lesson is current; record it done with 35 minutes.
    detail.tabs.setCurrentWidget(detail.pathway)
    pathway = detail.pathway
    assert pathway.lesson.currentData() == first
    assert "0 of 3 lessons done" in pathway.summary.text()
    pathway.minutes.setValue(35)
    pathway.save.click()
    qtbot.waitUntil(lambda: "1 of 3 lessons done · 35 min" in pathway.summary.text())
    assert pathway.lesson.currentData() == second  # the next lesson is now current
    states = [pathway.tree.topLevelItem(0).child(i).text(1) for i in range(3)]
    assert states == ["✓ Done", "▶ Current", "Next"]

    # Results: a score above the maximum is refused before anything is saved.
    detail.tabs.setCurrentWidget(detail.results)
    results = detail.results
    qtbot.keyClicks(results.title, "Quiz 1")
    qtbot.keyClicks(results.score, "25")
    results.max.clear()
    qtbot.keyClicks(results.max, "20")
    assert not results.add.isEnabled()
    assert "higher than the maximum" in results.errors.text()
    results.score.clear()
    qtbot.keyClicks(results.score, "17")
    assert results.add.isEnabled()
    results.add.click()
    qtbot.waitUntil(lambda: results.table.rowCount() == 1)
    assert results.table.item(0, 4).text() == "85%"
    [result] = node.learner(learner_id)["results"]
    assert (result["score"], result["max"], result["course"]) == (17, 20, course_id)

    # Profile: an invalid change keeps Save disabled; a valid one is saved.
    detail.tabs.setCurrentIndex(0)
    detail.profile.name.clear()
    assert not detail.save_profile.isEnabled()
    assert "Please enter the learner's name" in detail.profile_errors.text()
    qtbot.keyClicks(detail.profile.name, "Baraka O. Otieno")
    detail.save_profile.click()
    qtbot.waitUntil(lambda: node.learner(learner_id)["name"] == "Baraka O. Otieno")

    # Notes.
    detail.tabs.setCurrentIndex(5)
    qtbot.keyClicks(detail.notes, "Sits in front.")
    detail.save_notes.click()
    qtbot.waitUntil(lambda: node.learner(learner_id)["notes"] == "Sits in front.")


def test_class_register_in_one_screen(qtbot: Any, window: Any, node: Node) -> None:
    course_id = node.create_course("Reading")
    other = node.create_course("Garden")
    names = ["Amina", "Baraka", "Chiara", "Daudi"]
    ids = {}
    for name in names:
        ids[name] = node.add_learner(name)
        node.enrol(ids[name], course_id)
    node.enrol(node.add_learner("Esther"), other)  # not in this class
    learners = page(qtbot, window, "learners")
    learners.take_register()
    register = learners.register
    register.course.setCurrentIndex(register.course.findData(course_id))
    qtbot.waitUntil(lambda: register.table.rowCount() == 4)
    assert [register.table.item(r, 0).text() for r in range(4)] == names
    assert "4 present · 0 absent" in register.summary.text()
    register.mark_all(False)
    register.set_present(0, True)
    register.table.item(2, 1).setCheckState(Qt.CheckState.Checked)
    assert "2 present · 2 absent" in register.summary.text()
    register.save.click()
    today = dt.date.today().isoformat()

    def marks() -> dict[str, bool]:
        out = {}
        for name, lid in ids.items():
            for a in node.learner(lid)["attendance"]:
                if a["date"] == today:
                    out[name] = a["present"]
        return out

    qtbot.waitUntil(
        lambda: marks() == {"Amina": True, "Baraka": False, "Chiara": True, "Daudi": False}
    )
    # Opening the register again for the same day shows what was recorded.
    register.load()
    qtbot.waitUntil(
        lambda: register.table.rowCount() == 4 and "already recorded" in register.summary.text()
    )
    assert register.table.item(1, 1).checkState() == Qt.CheckState.Unchecked


def test_search_and_filters(qtbot: Any, window: Any, node: Node) -> None:
    math = node.create_course("Mathematics")
    with node.batch():
        for n in range(450):  # more than two pages of 200
            lid = node.add_learner(f"Learner {n:03d}")
            if n % 10 == 0:
                node.enrol(lid, math)
    node.set_enrolment_status(node.list_learners("Learner 010")[0]["id"], math, "completed")
    learners = page(qtbot, window, "learners")
    qtbot.waitUntil(lambda: learners.model.rowCount() == 200)
    assert not learners.model.complete
    learners.table.scrollToBottom()
    qtbot.waitUntil(lambda: learners.model.rowCount() >= 400, timeout=10_000)

    qtbot.keyClicks(learners.search, "Learner 04")
    qtbot.waitUntil(lambda: learners.model.rowCount() == 10 and learners.model.complete)
    learners.search.clear()
    learners.course_filter.setCurrentIndex(learners.course_filter.findData(math))
    qtbot.waitUntil(lambda: learners.model.rowCount() == 45)
    learners.status_filter.setCurrentIndex(learners.status_filter.findData("completed"))
    qtbot.waitUntil(lambda: learners.model.rowCount() == 1)
    assert learners.model.row(0)["name"] == "Learner 010"
