"""The class register: every learner of a course on one screen, present or absent for a
day, saved with one click (in one transaction)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from edunode.ui import formatting
from edunode.ui.context import Context
from edunode.ui.widgets.forms import date_field, iso, submit_on_enter
from edunode.ui.widgets.tables import cell, read_only_table

PREFILL_LIMIT = 400  # classes larger than this are not pre-filled from earlier records


def register_for(node: Any, course_id: str, day: str) -> list[dict[str, Any]]:
    """The active learners of a course, with what was recorded for ``day`` (worker side)."""
    rows = node.list_learners(course_id=course_id, status="active")
    out = []
    for r in rows:
        recorded = None
        if len(rows) <= PREFILL_LIMIT:
            mark = next((a for a in node.learner(r["id"])["attendance"] if a["date"] == day), None)
            recorded = mark["present"] if mark else None
        out.append({"id": r["id"], "name": r["name"], "recorded": recorded})
    return out


def save_register(node: Any, day: str, marks: list[tuple[str, bool]]) -> int:
    """Record the whole class at once: one durable transaction (worker side)."""
    with node.batch():
        for learner_id, present in marks:
            node.record_attendance(learner_id, day, present)
    return len(marks)


class RegisterView(QWidget):
    back = Signal()
    error = Signal(object)
    info = Signal(str)
    loaded = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge, self.node = ctx.bridge, ctx.node
        self._filling = False
        self.already = False
        self.back_button = QPushButton(self.tr("‹ All learners"))
        self.back_button.clicked.connect(self.back)
        heading = QLabel(self.tr("Class register"))
        heading.setObjectName("subHeading")
        head = QHBoxLayout()
        head.addWidget(self.back_button)
        head.addWidget(heading, 1)
        self.course = QComboBox()
        self.course.setAccessibleName(self.tr("Class (course)"))
        self.course.setMinimumContentsLength(24)
        self.date = date_field(self.tr("Day"))
        pick = QHBoxLayout()
        class_label = QLabel(self.tr("&Class:"))
        class_label.setBuddy(self.course)
        pick.addWidget(class_label)
        pick.addWidget(self.course, 1)
        day_label = QLabel(self.tr("&Day:"))
        day_label.setBuddy(self.date)
        pick.addWidget(day_label)
        pick.addWidget(self.date)
        self.table = read_only_table([self.tr("Learner"), self.tr("Attendance")])
        self.table.setAccessibleName(self.tr("Register"))
        self.table.setToolTip(self.tr("Space marks the selected learner present or absent"))
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.all_present = QPushButton(self.tr("All &present"))
        self.all_absent = QPushButton(self.tr("All a&bsent"))
        self.save = QPushButton(self.tr("&Save register"))
        self.save.setObjectName("primary")
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_present)
        buttons.addWidget(self.all_absent)
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addLayout(pick)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        order = [
            self.back_button,
            self.course,
            self.date,
            self.table,
            self.all_present,
            self.all_absent,
            self.save,
        ]
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)
        self.course.currentIndexChanged.connect(self.load)
        self.date.dateChanged.connect(self.load)
        self.table.itemChanged.connect(self._item_changed)
        self.all_present.clicked.connect(lambda: self.mark_all(True))
        self.all_absent.clicked.connect(lambda: self.mark_all(False))
        self.save.clicked.connect(self._save)
        submit_on_enter(self.save, self.course, self.date)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.back.emit)

    def set_courses(self, courses: list[dict[str, Any]]) -> None:
        current = self.course.currentData()
        self.course.blockSignals(True)
        self.course.clear()
        for c in courses:
            self.course.addItem(c["title"], c["id"])
        self.course.setCurrentIndex(max(self.course.findData(current), 0))
        self.course.blockSignals(False)

    def start(self, course_id: str | None = None) -> None:
        if course_id:
            idx = self.course.findData(course_id)
            if idx >= 0 and idx != self.course.currentIndex():
                self.course.setCurrentIndex(idx)
                return  # currentIndexChanged loads
        self.load()
        self.course.setFocus()

    def day(self) -> str:
        return iso(self.date)

    def load(self) -> None:
        course_id = self.course.currentData()
        self.table.setRowCount(0)
        if not course_id:
            self.summary.setText(self.tr("Create a course and enrol learners to take a register."))
            self.save.setEnabled(False)
            self.loaded.emit()
            return
        self.save.setEnabled(False)
        self.summary.setText(self.tr("Loading the class…"))
        key = (course_id, self.day())
        self.bridge.run(
            register_for,
            self.node,
            course_id,
            self.day(),
            on_ok=lambda rows: self._fill(key, rows),
            on_error=self.error.emit,
        )

    def _fill(self, key: tuple[str, str], rows: list[dict[str, Any]]) -> None:
        if key != (self.course.currentData(), self.day()):
            return
        self._filling = True
        self.table.setRowCount(len(rows))
        self.already = any(r["recorded"] is not None for r in rows)
        for n, r in enumerate(rows):
            self.table.setItem(n, 0, cell(r["name"], r["id"]))
            mark = QTableWidgetItem()
            mark.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            present = r["recorded"] if r["recorded"] is not None else True
            mark.setCheckState(Qt.CheckState.Checked if present else Qt.CheckState.Unchecked)
            self.table.setItem(n, 1, mark)
            self._label(mark)
        self._filling = False
        self.save.setEnabled(bool(rows))
        self._summarise()
        if rows:
            self.table.setCurrentCell(0, 1)
        self.loaded.emit()

    def _label(self, mark: QTableWidgetItem) -> None:
        present = mark.checkState() == Qt.CheckState.Checked
        mark.setText(self.tr("Present") if present else self.tr("Absent"))

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 1:
            return
        self._filling = True
        self._label(item)
        self._filling = False
        self._summarise()

    def marks(self) -> list[tuple[str, bool]]:
        return [
            (
                self.table.item(n, 0).data(Qt.ItemDataRole.UserRole),
                self.table.item(n, 1).checkState() == Qt.CheckState.Checked,
            )
            for n in range(self.table.rowCount())
        ]

    def set_present(self, row: int, present: bool) -> None:
        self.table.item(row, 1).setCheckState(
            Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
        )

    def mark_all(self, present: bool) -> None:
        for n in range(self.table.rowCount()):
            self.set_present(n, present)

    def _summarise(self) -> None:
        marks = self.marks()
        if not marks:
            self.summary.setText(self.tr("No learner is enrolled in this course."))
            return
        present = sum(1 for _, p in marks if p)
        text = (
            self.tr("%n learners", "", len(marks))
            + " · "
            + self.tr("{present} present · {absent} absent").format(
                present=present, absent=len(marks) - present
            )
        )
        if self.already:
            text += " · " + self.tr("already recorded for this day; saving replaces it")
        self.summary.setText(text)

    def _save(self) -> None:
        marks = self.marks()
        if not marks:
            return
        self.save.setEnabled(False)
        day = self.day()

        def saved(n: int) -> None:
            self.already = True
            self.save.setEnabled(True)
            self._summarise()
            self.info.emit(
                self.tr("Register saved for {day}: %n learners.", "", n).format(
                    day=formatting.day(day)
                )
            )

        def failed(exc: BaseException) -> None:
            self.save.setEnabled(True)
            self.error.emit(exc)

        self.bridge.run(save_register, self.node, day, marks, on_ok=saved, on_error=failed)
