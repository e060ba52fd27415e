"""The learner page's record tabs: pathway (with progress), results, attendance."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from edunode.ui import formatting, records, validation
from edunode.ui.widgets.forms import LiveForm, date_field, error_label, iso, submit_on_enter
from edunode.ui.widgets.tables import cell, read_only_table


class LearnerDetail(Protocol):
    """What a record tab needs from the learner page that holds it (``LearnerDetail``)."""

    node: Any
    learner_id: str | None

    def course_title(self, course_id: str) -> str: ...

    def write(self, fn: Any, *args: Any, done: str, on_ok: Any = None, **kwargs: Any) -> None: ...


def _enrolled_courses(detail: LearnerDetail, record: dict[str, Any], combo: QComboBox) -> None:
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for e in record["learner"]["enrolments"]:
        if e["status"] != "withdrawn":
            combo.addItem(detail.course_title(e["course"]), e["course"])
    idx = combo.findData(current)
    combo.setCurrentIndex(max(idx, 0))
    combo.blockSignals(False)


def _set_today(field: Any, today: str) -> None:
    """Put the Node's today (``2026-03-14``) in a date field, a year ahead its limit."""
    day = QDate.fromString(today, Qt.DateFormat.ISODate)
    if day.isValid():
        field.setMaximumDate(day.addDays(366))
        field.setDate(day)


class PathwayTab(QWidget):
    """Lessons done, the current and the next one, and time spent, for one course."""

    def __init__(self, detail: LearnerDetail) -> None:
        super().__init__()
        self.detail = detail
        self.record: dict[str, Any] | None = None
        self.course = QComboBox()
        self.course.setAccessibleName(self.tr("Course"))
        self.summary = QLabel()
        self.summary.setObjectName("subHeading")
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [self.tr("Lesson"), self.tr("Status"), self.tr("Time spent"), self.tr("Date")]
        )
        self.tree.setAccessibleName(self.tr("Pathway"))
        self.tree.setColumnWidth(0, self.fontMetrics().averageCharWidth() * 44)
        self.state_labels = {
            "done": self.tr("✓ Done"),
            "current": self.tr("▶ Current"),
            "next": self.tr("Next"),
            "later": "",
        }
        self.lesson = QComboBox()
        self.lesson.setAccessibleName(self.tr("Lesson"))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 1440)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Time spent in minutes"))
        self.completed = QCheckBox(self.tr("Lesson &completed"))
        self.completed.setChecked(True)
        self.save = QPushButton(self.tr("Record &progress"))
        self.box = box = QGroupBox(self.tr("Record progress"))
        form = QHBoxLayout(box)
        form.addWidget(self.lesson, 1)
        form.addWidget(self.minutes)
        form.addWidget(self.completed)
        form.addWidget(self.save)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Course:")))
        top.addWidget(self.course, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(box)
        self.course.currentIndexChanged.connect(self._show)
        self.save.clicked.connect(self._record)
        submit_on_enter(self.save, self.lesson, self.minutes, self.completed)

    def show_record(self, record: dict[str, Any]) -> None:
        self.record = record
        _enrolled_courses(self.detail, record, self.course)
        self._show()

    def _show(self) -> None:
        self.tree.clear()
        self.lesson.clear()
        course_id = self.course.currentData()
        if self.record is None or not course_id:
            self.summary.setText(self.tr("Not enrolled in any course yet."))
            self.save.setEnabled(False)
            return
        lessons = self.record["lessons"].get(course_id, [])
        path = records.pathway(lessons, self.record["learner"]["progress"])
        summary = self.tr("{done} of %n lessons done · {time} spent", "", path["total"]).format(
            done=path["done"], time=formatting.duration(path["minutes"])
        )
        status = next((s for s in self.record.get("pathway", []) if s["course"] == course_id), None)
        if status is not None:
            state = {
                "ahead": self.tr("ahead of their plan"),
                "on track": self.tr("on track with their plan"),
                "behind": self.tr("behind their plan"),
            }[status["status"]]
            summary += " · " + self.tr("{state} (pace: {pace} a week)").format(
                state=state, pace=formatting.number(status["pace"])
            )
        self.summary.setText(summary)
        modules: dict[str, QTreeWidgetItem] = {}
        for item in path["items"]:
            parent = modules.get(item["module"])
            if parent is None:
                parent = QTreeWidgetItem([item["module"] or self.tr("Lessons")])
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
                self.tree.addTopLevelItem(parent)
                parent.setExpanded(True)
                modules[item["module"]] = parent
            minutes = formatting.duration(item["minutes"]) if item["minutes"] else ""
            QTreeWidgetItem(
                parent,
                [
                    item["title"],
                    self.state_labels[item["state"]],
                    minutes,
                    formatting.day(item["date"]),
                ],
            )
            self.lesson.addItem(item["title"], item["id"])
        if path["current"]:
            self.lesson.setCurrentIndex(self.lesson.findData(path["current"]))
        self.save.setEnabled(self.lesson.count() > 0)

    def _record(self) -> None:
        lesson_id = self.lesson.currentData()
        if not lesson_id or self.detail.learner_id is None:
            return
        self.detail.write(
            self.detail.node.record_progress,
            self.detail.learner_id,
            lesson_id,
            self.minutes.value(),
            completed=self.completed.isChecked(),
            done=self.tr("Progress recorded for “{lesson}”.").format(
                lesson=self.lesson.currentText()
            ),
        )
        self.minutes.setValue(0)


class ResultsTab(QWidget):
    def __init__(self, detail: LearnerDetail) -> None:
        super().__init__()
        self.detail = detail
        self.table = read_only_table(
            [
                self.tr("Assessment"),
                self.tr("Course"),
                self.tr("Date"),
                self.tr("Score"),
                self.tr("Result"),
            ]
        )
        self.table.setAccessibleName(self.tr("Results"))
        self.course = QComboBox()
        self.course.setAccessibleName(self.tr("Course of the result"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Fractions quiz"))
        self.score = QLineEdit()
        self.score.setAccessibleName(self.tr("Score"))
        self.max = QLineEdit("100")
        self.max.setAccessibleName(self.tr("Maximum score"))
        self.date = date_field(self.tr("Date of the result"))
        self._dated = False
        self.errors = error_label()
        self.add = QPushButton(self.tr("Add &result"))
        self.box = box = QGroupBox(self.tr("Add a result"))
        form = QFormLayout(box)
        form.addRow(self.tr("Co&urse:"), self.course)
        form.addRow(self.tr("&Assessment:"), self.title)
        scores = QHBoxLayout()
        scores.addWidget(self.score)
        scores.addWidget(QLabel(self.tr("out of")))
        scores.addWidget(self.max)
        score_label = QLabel(self.tr("&Score:"))
        score_label.setBuddy(self.score)  # a layout is no buddy: the & would show
        form.addRow(score_label, scores)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.errors)
        form.addRow(self.add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(box)
        for a, b in (
            (self.course, self.title),
            (self.title, self.score),
            (self.score, self.max),
            (self.max, self.date),
            (self.date, self.add),
        ):
            QWidget.setTabOrder(a, b)
        self.form = LiveForm(self.add, self.errors, self.check, self)
        self.form.watch(self.course, self.title, self.score, self.max, self.date)
        self.add.clicked.connect(self._add)
        submit_on_enter(self.add, self.course, self.title, self.score, self.max, self.date)

    def check(self) -> list[tuple[QWidget, str]]:
        return [
            (
                self.course,
                ""
                if self.course.currentData()
                else self.tr("Enrol the learner in a course first."),
            ),
            (
                self.title,
                validation.text(self.title.text(), self.tr("assessment name"), required=True),
            ),
            (self.score, validation.score(self.score.text(), self.max.text())),
            (self.date, validation.date(iso(self.date))),
        ]

    def show_record(self, record: dict[str, Any]) -> None:
        if not self._dated:  # today, the first time; later what the teacher picked
            self._dated = True
            _set_today(self.date, record["today"])
        _enrolled_courses(self.detail, record, self.course)
        results = sorted(
            record["learner"]["results"], key=lambda r: (r["date"], r["title"]), reverse=True
        )
        self.table.setRowCount(len(results))
        for n, r in enumerate(results):
            self.table.setItem(n, 0, cell(r["title"]))
            self.table.setItem(n, 1, cell(self.detail.course_title(r["course"])))
            self.table.setItem(n, 2, cell(formatting.day(r["date"])))
            self.table.setItem(n, 3, cell(f"{r['score']:g} / {r['max']:g}", right=True))
            self.table.setItem(
                n,
                4,
                cell(formatting.percent(r["score"] / r["max"] if r["max"] else None), right=True),
            )
        self.form.recheck()

    def _add(self) -> None:
        if not self.form.recheck() or self.detail.learner_id is None:
            self.form.reveal()
            return
        score = validation.number(self.score.text())
        maximum = validation.number(self.max.text())

        def added(_: Any) -> None:
            self.title.clear()
            self.score.clear()
            self.form.reset()

        self.detail.write(
            self.detail.node.record_result,
            self.detail.learner_id,
            self.course.currentData(),
            self.title.text().strip(),
            score,
            maximum,
            iso(self.date),
            done=self.tr("Result added."),
            on_ok=added,
        )


class AttendanceTab(QWidget):
    def __init__(self, detail: LearnerDetail) -> None:
        super().__init__()
        self.detail = detail
        self.summary = QLabel()
        self.summary.setObjectName("subHeading")
        self.table = read_only_table([self.tr("Date"), self.tr("Attendance")])
        self.table.setAccessibleName(self.tr("Attendance"))
        self.date = date_field(self.tr("Day of the attendance"))
        self._dated = False
        self.present = QRadioButton(self.tr("&Present"))
        self.absent = QRadioButton(self.tr("A&bsent"))
        self.present.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.present)
        group.addButton(self.absent)
        self.errors = error_label()
        self.save = QPushButton(self.tr("&Save attendance"))
        self.box = box = QGroupBox(self.tr("Record attendance for a day"))
        row = QHBoxLayout(box)
        day_label = QLabel(self.tr("&Day:"))
        day_label.setBuddy(self.date)
        row.addWidget(day_label)
        row.addWidget(self.date)
        row.addWidget(self.present)
        row.addWidget(self.absent)
        row.addStretch(1)
        row.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(box)
        layout.addWidget(self.errors)
        self.form = LiveForm(
            self.save, self.errors, lambda: [(self.date, validation.date(iso(self.date)))], self
        )
        self.form.watch(self.date)
        self.save.clicked.connect(self._save)
        submit_on_enter(self.save, self.date, self.present, self.absent)

    def show_record(self, record: dict[str, Any]) -> None:
        if not self._dated:
            self._dated = True
            _set_today(self.date, record["today"])
        days = sorted(record["learner"]["attendance"], key=lambda a: a["date"], reverse=True)
        present = sum(1 for a in days if a["present"])
        if days:
            self.summary.setText(
                self.tr("Present {present} of %n recorded days ({rate})", "", len(days)).format(
                    present=present, rate=formatting.percent(present / len(days))
                )
            )
        else:
            self.summary.setText(self.tr("No attendance recorded yet."))
        self.table.setRowCount(len(days))
        for n, a in enumerate(days):
            self.table.setItem(n, 0, cell(formatting.day(a["date"])))
            self.table.setItem(
                n, 1, cell(self.tr("Present") if a["present"] else self.tr("Absent"))
            )

    def _save(self) -> None:
        if not self.form.recheck() or self.detail.learner_id is None:
            return
        self.detail.write(
            self.detail.node.record_attendance,
            self.detail.learner_id,
            iso(self.date),
            self.present.isChecked(),
            done=self.tr("Attendance saved."),
        )
