"""Unfinished details a teacher noticed: labels, the look of a disabled Delete, the lesson
hint, counts in the singular, activity labels, language names, the guardian hint, the node
ID in the status bar and the About dialog."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QStyleFactory
from tests.ui.uihelpers import idle, page

from edunode import __version__
from edunode.service.node import Node
from edunode.ui.i18n import ENGLISH_ONE, I18N_DIR, install_english_plurals, language_label
from edunode.ui.style import apply_style

pytestmark = pytest.mark.gui

SRC = Path(__file__).parents[2] / "src" / "edunode"


@pytest.fixture
def english(qapp: Any) -> Any:
    """What make_app installs: the English singulars (the source language has no .qm)."""
    translator = install_english_plurals(qapp)
    yield translator
    qapp.removeTranslator(translator)


def test_every_counted_text_has_its_english_singular() -> None:
    # The texts with a count, as lupdate found them (test_translations.py keeps the .ts
    # files equal to what lupdate finds in the sources, strings split over lines included).
    ts = ET.parse(I18N_DIR / "edunode_fr.ts")
    counted = {
        m.findtext("source") for m in ts.getroot().iter("message") if m.get("numerus") == "yes"
    }
    assert counted, "no counted text found"
    assert counted <= set(ENGLISH_ONE), sorted(counted - set(ENGLISH_ONE))


def test_counts_in_the_singular(qtbot: Any, english: Any, window: Any, node: Node) -> None:
    # First, while the log holds only "Node created": the Activity page also lists teaching
    # activity (issue 12 item 13), so with courses and learners it has more entries.
    activity = page(qtbot, window, "activity")
    qtbot.waitUntil(lambda: activity.count.text() == "1 entry")  # "Node created"
    course = node.create_course("Fractions")
    learner = node.add_learner("Amina")
    node.enrol(learner, course)
    courses = page(qtbot, window, "courses")
    qtbot.waitUntil(lambda: courses.count.text() == "1 course")
    node.create_course("Reading")
    courses.reload()
    qtbot.waitUntil(lambda: courses.count.text() == "2 courses")
    learners = page(qtbot, window, "learners")
    qtbot.waitUntil(lambda: learners.count.text() == "Showing 1 of 1 learner")
    reports = page(qtbot, window, "reports")
    qtbot.waitUntil(lambda: reports.state.text() == "2 courses")
    learners = page(qtbot, window, "learners")
    learners.take_register()
    register = learners.register
    register.course.setCurrentIndex(register.course.findData(course))
    qtbot.waitUntil(lambda: register.table.rowCount() == 1)
    assert register.summary.text().startswith("1 learner · 1 present · 0 absent")
    assert "Fractions: 1 result" in learners.bundle_summary(
        {
            "learner": "Amina",
            "birth_year": None,
            "school": "Hill School",
            "school_id": "S1",
            "issued": "2026-03-14",
            "attendance_days": 1,
            "courses": [{"title": "Fractions", "id": course, "results": 1}],
        }
    )
    idle(qtbot, window.bridge)


@pytest.fixture
def styled(qapp: Any) -> Any:
    """The app's look, as make_app sets it; the plain look again afterwards."""
    sheet, palette, style = qapp.styleSheet(), qapp.palette(), qapp.style().name()
    apply_style(qapp)
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setStyle(QStyleFactory.create(style))


def test_labels_and_looks(qtbot: Any, styled: Any, window: Any, node: Node) -> None:
    course = node.create_course("Fractions")
    learner = node.add_learner("Amina")
    node.enrol(learner, course)
    learners = page(qtbot, window, "learners")
    learners.open_learner(learner)
    qtbot.waitUntil(lambda: learners.detail.record is not None)
    results = learners.detail.results
    # No label shows a literal "&": each has its field as buddy, so Alt+letter works.
    for box in results.findChildren(QFormLayout):
        for row in range(box.rowCount()):
            label = box.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = label.widget() if label is not None else None
            if isinstance(widget, QLabel) and "&" in widget.text():
                assert widget.buddy() is not None, widget.text()
    score = next(w for w in results.findChildren(QLabel) if w.text() == "&Score:")
    assert score.buddy() is results.score

    # Guardian hint read in full, in the Add learner dialog and on the profile.
    learners.show_list()
    learners.add_button.click()
    dialog = learners.new_dialog
    qtbot.waitUntil(dialog.isVisible)
    for fields in (dialog.fields, learners.detail.profile):
        g = fields.guardian
        assert g.minimumWidth() > g.fontMetrics().horizontalAdvance(g.placeholderText())
    dialog.reject()

    # The course editor: a disabled Delete is grey, not red; the lesson hint only with a lesson.
    courses = page(qtbot, window, "courses")
    courses.open_course(course)
    editor = courses.editor
    qtbot.waitUntil(lambda: editor.course is not None)
    assert not editor.delete_button.isEnabled()
    disabled = editor.delete_button.grab().toImage()
    reds = [
        disabled.pixelColor(x, y)
        for x in range(disabled.width())
        for y in range(disabled.height())
        if disabled.pixelColor(x, y).red() > 140
        and disabled.pixelColor(x, y).green() < 80
        and disabled.pixelColor(x, y).blue() < 80
    ]
    assert not reds, "a disabled Delete is drawn in active red"
    assert editor.lesson_editor.edit.placeholderText() == ""  # no lesson chosen


def test_read_only_lesson_hint(qtbot: Any, window: Any, node: Node) -> None:
    course = node.create_course("Fractions")
    module = node.add_module(course, "Numbers")
    node.add_lesson(course, module, "Halves")
    courses = page(qtbot, window, "courses")
    courses.open_course(course)
    editor = courses.editor
    qtbot.waitUntil(lambda: editor.tree.topLevelItemCount() == 1)
    editor.tree.setCurrentItem(editor.tree.topLevelItem(0).child(0))
    lessons = editor.lesson_editor
    qtbot.waitUntil(lambda: lessons.in_step)
    assert lessons.edit.placeholderText() == "Write the lesson here. It is saved as you type."
    lessons.set_lesson(lessons.lesson_id, editable=False)  # a course of another school
    assert lessons.edit.placeholderText() == "This lesson has no text yet."
    lessons.set_lesson(None)
    assert lessons.edit.placeholderText() == ""
    idle(qtbot, window.bridge)


def test_every_audit_action_has_a_label(qtbot: Any, window: Any) -> None:
    actions = set()
    for path in SRC.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        actions |= set(re.findall(r'\b_?audit\(\s*"([a-z_]+)"', text))  # node.audit, _audit
    # Actions named in an f-string: each kind the services pass in.
    actions |= {f"{kind}_posted" for kind in ("need", "offer")}
    actions |= {f"fund_{kind}" for kind in ("contribution", "proposal", "approval")}
    assert {"usb_introduce", "bundle_export", "init", "link_expired", "fund_created"} <= actions
    activity = page(qtbot, window, "activity")
    assert actions <= set(activity.labels), sorted(actions - set(activity.labels))
    assert activity.labels["usb_introduce"] == "Introduction written to USB"


def test_languages_in_their_own_names(qtbot: Any, window: Any) -> None:
    assert language_label("en") == "English"
    assert language_label("en_US") == "English (United States)"
    assert language_label("fr") == "Français"
    assert language_label("sw") == "Kiswahili"
    assert language_label("pt_BR") == "Português (Brasil)"
    settings = page(qtbot, window, "settings")
    names = [settings.language.itemText(i) for i in range(settings.language.count())]
    assert "English" in names
    assert not any("American" in n or n != n[:1].upper() + n[1:] for n in names), names


def test_status_bar_short_id_and_about(qtbot: Any, window: Any, node: Node) -> None:
    short = node.node_id.split("-")[0]
    qtbot.waitUntil(lambda: window.node_label.text() == f"Classroom PC · ID {short}…")
    assert node.node_id in window.node_label.toolTip()
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: window.width() == 1024)
    label = window.node_label
    assert label.width() >= label.fontMetrics().horizontalAdvance(label.text())  # not cut

    settings = page(qtbot, window, "settings")
    assert settings.node_id.text() == node.node_id
    settings.about_button.click()
    about = settings.about_dialog
    qtbot.waitUntil(lambda: about is not None and about.isVisible())
    assert about.version.text() == __version__
    assert about.node_id.text() == node.node_id
    assert about.folder.text() == str(node.paths.home)
    assert about.name.text() == "Classroom PC"
    about.reject()
    assert QApplication.activeModalWidget() is None
