"""Every dialog checks as you type, like the course form: OK stays disabled and a message
under the field says what is wrong; the language field accepts what its completer writes;
Enter submits a page's form."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from tests.ui.uihelpers import idle, page

from edunode.service.node import Node
from edunode.ui.widgets.text_dialog import TextDialog

pytestmark = pytest.mark.gui


def while_open(qtbot: Any, steps: Any) -> list[str]:
    """Run ``steps(dialog)`` once the modal text dialog opened by the next click is up."""
    problems: list[str] = []

    def poke() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, TextDialog):
            QTimer.singleShot(20, poke)
            return
        try:
            steps(dialog)
        except AssertionError as exc:  # reported after exec() returns
            problems.append(str(exc) or repr(exc))
            dialog.reject()

    QTimer.singleShot(0, poke)
    return problems


def test_add_module_refuses_an_empty_title_before_closing(
    qtbot: Any, window: Any, node: Node
) -> None:
    course = node.create_course("Fractions")
    courses = page(qtbot, window, "courses")
    qtbot.waitUntil(lambda: courses.model.rowCount() == 1)
    courses.open_course(course)
    editor = courses.editor
    qtbot.waitUntil(lambda: editor.course is not None)

    def steps(dialog: TextDialog) -> None:
        assert not dialog.ok.isEnabled(), "OK is enabled with no title"
        assert dialog.errors.isHidden()  # nothing typed yet: no shouting
        qtbot.keyClicks(dialog.field, "  ")
        qtbot.keyClick(dialog.field, Qt.Key.Key_Backspace)
        assert not dialog.ok.isEnabled()
        assert dialog.errors.isVisible()
        assert dialog.errors.text() == "Please enter the module title."
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)  # Enter on an invalid title
        assert dialog.isVisible(), "the dialog closed on an empty title"
        qtbot.keyClicks(dialog.field, "x" * 201)
        assert not dialog.ok.isEnabled() and "too long" in dialog.errors.text()
        dialog.field.clear()
        qtbot.keyClicks(dialog.field, "Numbers")
        assert dialog.ok.isEnabled() and dialog.errors.isHidden()
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)

    problems = while_open(qtbot, steps)
    editor.add_module_button.click()
    assert not problems, problems
    qtbot.waitUntil(lambda: editor.tree.topLevelItemCount() == 1)
    assert editor.tree.topLevelItem(0).text(0) == "Numbers"
    assert not courses.banner.is_error  # nothing was refused after the dialog closed

    # Rename checks the same way, starting from the current title.
    editor.tree.setCurrentItem(editor.tree.topLevelItem(0))

    def rename(dialog: TextDialog) -> None:
        assert dialog.field.text() == "Numbers" and dialog.ok.isEnabled()
        dialog.field.clear()
        assert not dialog.ok.isEnabled() and "module title" in dialog.errors.text()
        dialog.reject()

    problems = while_open(qtbot, rename)
    editor.rename_button.click()
    assert not problems, problems
    idle(qtbot, window.bridge)
    assert [m["title"] for m in node.course(course)["modules"]] == ["Numbers"]


def test_the_language_field_takes_what_its_completer_writes(qtbot: Any, window: Any) -> None:
    courses = page(qtbot, window, "courses")
    courses.new_button.click()
    dialog = courses.new_dialog
    fields = dialog.fields
    qtbot.keyClicks(fields.title, "Fractions")
    edit = fields.language.lineEdit()
    for typed, code in (("english", "en"), ("kisw", "sw"), ("FRANÇAIS", "fr"), ("pt-BR", "pt-BR")):
        edit.clear()
        qtbot.keyClicks(edit, typed)
        shown = fields.language.currentText()
        assert "not a language code" not in dialog.errors.text(), (typed, shown)
        assert fields.language_code() == code, (typed, shown)
        assert dialog.create.isEnabled(), typed
    # What the completer writes, in the case it was typed, and a name alone.
    for text, code in (("english (en)", "en"), ("kiswahili", "sw"), ("Português (pt)", "pt")):
        fields.language.setEditText(text)
        assert fields.language_code() == code and dialog.errors.isHidden(), text
    fields.language.setEditText("english!")  # still refused
    assert not dialog.create.isEnabled() and "not a language code" in dialog.errors.text()
    dialog.reject()


def test_enter_submits_the_forms_of_a_page(qtbot: Any, window: Any, node: Node) -> None:
    course = node.create_course("Fractions")
    learner = node.add_learner("Amina")
    node.enrol(learner, course)
    learners = page(qtbot, window, "learners")
    learners.open_learner(learner)
    detail = learners.detail
    qtbot.waitUntil(lambda: detail.record is not None)

    # Profile: Enter in a field saves.
    detail.profile.birth_year.clear()
    qtbot.keyClicks(detail.profile.birth_year, "2015")
    qtbot.keyClick(detail.profile.birth_year, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: node.learner(learner)["birth_year"] == 2015)

    # Results: Enter in the score adds the result; Enter while invalid adds nothing.
    detail.tabs.setCurrentWidget(detail.results)
    results = detail.results
    qtbot.keyClicks(results.title, "Quiz 1")
    qtbot.keyClick(results.title, Qt.Key.Key_Return)  # no score yet
    idle(qtbot, window.bridge)
    assert node.learner(learner)["results"] == []
    qtbot.keyClicks(results.score, "17")
    qtbot.keyClick(results.score, Qt.Key.Key_Enter)  # the keypad's Enter too
    qtbot.waitUntil(lambda: len(node.learner(learner)["results"]) == 1)
    assert node.learner(learner)["results"][0]["score"] == 17

    # Settings: Enter in the name saves it.
    settings = page(qtbot, window, "settings")
    settings.name.clear()
    qtbot.keyClicks(settings.name, "Library PC")
    qtbot.keyClick(settings.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: node.name == "Library PC")
