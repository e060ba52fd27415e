"""The course details form (title, subject, level, language, summary), checked as you type.
Used by the New course dialog and by the course editor's Details tab."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from edunode.ui import validation
from edunode.ui.widgets.forms import PENDING, LiveForm, Problems, error_label, submit_on_enter

LANGUAGES = (
    ("", "—"),
    ("en", "English"),
    ("fr", "Français"),
    ("sw", "Kiswahili"),
    ("pt", "Português"),
    ("es", "Español"),
    ("ar", "العربية"),
    ("am", "አማርኛ"),
    ("ha", "Hausa"),
    ("yo", "Yorùbá"),
)


def validation_ok(code: str) -> bool:
    return not validation.language(code)


def language_name(code: str) -> str:
    return next((name for c, name in LANGUAGES if c and c == code), code)


class CourseFields(QWidget):
    """The fields; ``check()`` lists problems, ``values()`` what to send to the Node."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit()
        self.subject = QLineEdit()
        self.subject.setPlaceholderText(self.tr("e.g. Mathematics"))
        self.level = QLineEdit()
        self.level.setPlaceholderText(self.tr("e.g. Grade 5"))
        self.language = QComboBox()
        self.language.setEditable(True)
        for code, name in LANGUAGES:
            self.language.addItem(f"{name} ({code})" if code else name, code)
        self.language.setToolTip(
            self.tr("Choose a language or type its code (such as en, fr, sw, pt-BR).")
        )
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(
            self.tr("What learners will be able to do after this course")
        )
        self.summary.setMaximumHeight(self.fontMetrics().height() * 6)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Subject:"), self.subject)
        form.addRow(self.tr("&Level:"), self.level)
        form.addRow(self.tr("La&nguage:"), self.language)
        form.addRow(self.tr("S&ummary:"), self.summary)
        self.form = form
        QWidget.setTabOrder(self.title, self.subject)
        QWidget.setTabOrder(self.subject, self.level)
        QWidget.setTabOrder(self.level, self.language)
        QWidget.setTabOrder(self.language, self.summary)

    def language_code(self) -> str:
        """The code for what the language field shows: a list entry in any case, as the
        completer writes it while filling in ("english (en)"), a language's name alone
        ("kiswahili"), or a code typed by hand ("pt-BR")."""
        text = self.language.currentText().strip()
        idx = self.language.findText(text, Qt.MatchFlag.MatchFixedString)  # any case
        if idx >= 0:
            return str(self.language.itemData(idx) or "")
        folded = text.casefold()
        for code, name in LANGUAGES:
            if code and folded in (name.casefold(), code.casefold()):
                return code
        started = self._entries_starting(folded)
        if len(started) == 1 and not validation_ok(text):  # "kisw": the one it can be
            return started[0]
        return text

    def _entries_starting(self, folded: str) -> list[str]:
        """The codes of the list entries whose name or label starts with ``folded``."""
        if not folded:
            return []
        return [
            code
            for code, name in LANGUAGES
            if code
            and (
                name.casefold().startswith(folded)
                or f"{name} ({code})".casefold().startswith(folded)
            )
        ]

    def _completing(self) -> bool:
        """The completer is offering entries: the person is still choosing."""
        completer = self.language.completer()
        popup = completer.popup() if completer is not None else None
        return popup is not None and popup.isVisible()

    def _language_problem(self, code: str) -> str:
        problem = validation.language(code)
        if problem and (
            self._completing() or self._entries_starting(self.language.currentText().casefold())
        ):
            return PENDING  # a name being typed or completed: not wrong, not done either
        return problem

    def set_values(self, course: dict[str, Any]) -> None:
        self.title.setText(course.get("title", ""))
        self.subject.setText(course.get("subject", ""))
        self.level.setText(course.get("level", ""))
        code = course.get("language", "")
        idx = self.language.findData(code)
        if idx >= 0:
            self.language.setCurrentIndex(idx)
        else:
            self.language.setEditText(code)
        self.summary.setPlainText(course.get("summary", ""))

    def values(self) -> dict[str, str]:
        return {
            "title": self.title.text().strip(),
            "subject": self.subject.text().strip(),
            "level": self.level.text().strip(),
            "language": self.language_code(),
            "summary": self.summary.toPlainText().strip(),
        }

    def check(self) -> Problems:
        v = self.values()
        return [
            (self.title, validation.text(v["title"], self.tr("course title"), required=True)),
            (self.subject, validation.text(v["subject"], self.tr("subject"), limit=100)),
            (self.level, validation.text(v["level"], self.tr("level"), limit=100)),
            (self.language, self._language_problem(v["language"])),
            (self.summary, self._summary_problem(v["summary"])),
        ]

    def _summary_problem(self, text: str) -> str:
        if len(text) > 2000:
            return self.tr("The summary is too long: {n} characters, at most 2000.").format(
                n=len(text)
            )
        return ""

    def watched(self) -> list[QWidget]:
        return [self.title, self.subject, self.level, self.language, self.summary]

    def set_read_only(self, read_only: bool) -> None:
        for w in (self.title, self.subject, self.level):
            w.setReadOnly(read_only)
        self.summary.setReadOnly(read_only)
        self.language.setEnabled(not read_only)


class NewCourseDialog(QDialog):
    """Title first; the rest can be filled in later. Shared or private is chosen here, once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New course"))
        self.fields = CourseFields()
        self.shared = QCheckBox(
            self.tr("Share this course with the other schools of the community")
        )
        self.shared.setChecked(True)
        self.shared.setToolTip(
            self.tr(
                "Shared courses go to every linked school. Private ones stay inside this school."
            )
        )
        self.errors = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create = QPushButton(self.tr("&Create course"))
        self.create.setDefault(True)
        buttons.addButton(self.create, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.shared)
        layout.addWidget(self.errors)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        QWidget.setTabOrder(self.fields.summary, self.shared)
        self.live = LiveForm(self.create, self.errors, self.fields.check, self).watch(
            *self.fields.watched()
        )
        self.fields.title.setFocus()
        self.resize(self.sizeHint().expandedTo(self.fontMetrics().boundingRect("M" * 45).size()))


class CourseDetails(QWidget):
    """The course editor's Details tab: the fields, what is wrong, and Save (enabled only
    when something valid changed). What arrives from elsewhere replaces the fields unless
    the person is in the middle of changing them."""

    save = Signal(dict)  # the values to store

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = CourseFields()
        self.errors = error_label()
        self.save_button = QPushButton(self.tr("&Save details"))
        self._shown: dict[str, str] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.errors)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.form = LiveForm(
            self.save_button,
            self.errors,
            self.fields.check,
            self,
            ready=lambda: self.fields.values() != self._shown,
        ).watch(*self.fields.watched())
        self.save_button.clicked.connect(self._save)
        submit_on_enter(self.save_button, *self.fields.watched())

    def forget(self) -> None:
        self._shown = {}

    def show_course(self, course: dict[str, Any], editable: bool) -> None:
        if not self._shown or self.fields.values() == self._shown:
            self.fields.set_values(course)
            self._shown = self.fields.values()
            self.form.reset()
        self.fields.set_read_only(not editable)
        self.form.set_enabled(editable)

    def saved(self, values: dict[str, str]) -> None:
        self._shown = values
        self.form.recheck()

    def _save(self) -> None:
        if self.form.recheck():
            self.save_button.setEnabled(False)
            self.save.emit(self.fields.values())
