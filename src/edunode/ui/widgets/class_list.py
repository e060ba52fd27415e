"""Whole classes at once: the class list preview and the "Enrol in course" dialog.

The preview shows every row of the chosen file as EduNode read it (``service/class_list``),
each bad row in red with why; *Import* is enabled only when every row is good, and nothing
is written before the teacher presses it. The page runs the import on the bridge.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from edunode.ui.widgets.tables import cell, tidy

BAD = QColor(160, 0, 0)
BAD_BACKGROUND = QColor(255, 235, 235)


def course_choice(parent: QWidget, courses: list[dict[str, Any]], none: str | None) -> QComboBox:
    box = QComboBox(parent)
    if none is not None:
        box.addItem(none, None)
    for c in courses:
        box.addItem(c["title"], c["id"])
    box.setMinimumContentsLength(18)
    return box


class ClassListDialog(QDialog):
    """The preview of a class list: every row, the bad ones marked; Import or Cancel.
    *Import* emits ``confirmed`` (the course ID or ""); the page imports and closes it, or
    shows why not inside it."""

    confirmed = Signal(str)

    def __init__(
        self,
        parent: QWidget,
        file_name: str,
        class_list: Any,
        courses: list[dict[str, Any]],
        course_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.class_list = class_list
        self.setWindowTitle(self.tr("Import a class list"))
        self.setModal(True)
        self.resize(760, 480)
        bad = class_list.bad
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        if bad:
            self.summary.setText(
                self.tr("{file}: %n rows have a problem (in red).", "", len(bad)).format(
                    file=file_name
                )
                + " "
                + self.tr(
                    "Nothing will be imported until every row is right: correct the file "
                    "and choose it again."
                )
            )
            self.summary.setObjectName("error")
        else:
            self.summary.setText(
                self.tr(
                    "{file}: %n learners to add. Check them, then press Import.",
                    "",
                    len(class_list.rows),
                ).format(file=file_name)
            )
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Line"),
                self.tr("Name"),
                self.tr("Birth year"),
                self.tr("Guardian"),
                self.tr("Problem"),
            ]
        )
        self.table.setAccessibleName(self.tr("Class list preview"))
        tidy(self.table, stretch=4)
        header = self.table.horizontalHeader()
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for row in class_list.rows:
            r = self.table.rowCount()
            self.table.insertRow(r)
            problem = row.problem or ""
            items = [
                cell(row.line, right=True),
                cell(row.name),
                cell(row.birth_year or "", right=True),
                cell(row.guardian),
                cell(problem[:1].upper() + problem[1:] if problem else self.tr("OK")),
            ]
            for c, item in enumerate(items):
                if row.problem:
                    item.setForeground(QBrush(BAD))
                    item.setBackground(QBrush(BAD_BACKGROUND))
                    item.setToolTip(problem)
                self.table.setItem(r, c, item)
        self.course = course_choice(self, courses, self.tr("No course (add them only)"))
        self.course.setAccessibleName(self.tr("Also enrol them in this course"))
        self.course.setCurrentIndex(max(self.course.findData(course_id), 0))
        form = QFormLayout()
        form.addRow(self.tr("Also enrol them in:"), self.course)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setEnabled(class_list.ok)
        self.import_button.setDefault(class_list.ok)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def course_id(self) -> str | None:
        data = self.course.currentData()
        return str(data) if data else None

    def _confirm(self) -> None:
        if self.class_list.ok and self.import_button.isEnabled():
            self.import_button.setEnabled(False)  # one import, however often it is pressed
            self.error.hide()
            self.confirmed.emit(self.course_id() or "")

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.import_button.setEnabled(self.class_list.ok)


class EnrolDialog(QDialog):
    """Choose the course to enrol the selected learners in."""

    def __init__(
        self, parent: QWidget, count: int, courses: list[dict[str, Any]], current: str | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enrol in a course"))
        self.setModal(True)
        text = QLabel(self.tr("Enrol the %n selected learners in:", "", count))
        text.setWordWrap(True)
        self.course = course_choice(self, courses, None)
        self.course.setAccessibleName(self.tr("Course"))
        self.course.setCurrentIndex(max(self.course.findData(current), 0))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.enrol_button = QPushButton(self.tr("&Enrol"))
        self.enrol_button.setDefault(True)
        self.enrol_button.setEnabled(bool(courses))
        buttons.addButton(self.enrol_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.course)
        layout.addWidget(buttons)

    def course_id(self) -> str | None:
        data = self.course.currentData()
        return str(data) if data else None
