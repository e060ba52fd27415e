"""A learner's page: profile, courses (enrolments), pathway, results, attendance, notes;
and the transfer to a new school (the record bundle the learner carries, admin PIN). A
learner transferred away is shown read-only, under a note that says where they went."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from edunode.ui import formatting
from edunode.ui.context import Context
from edunode.ui.pages.learner_records import AttendanceTab, PathwayTab, ResultsTab
from edunode.ui.pages.learner_transfer import TransferActions
from edunode.ui.widgets.bundle_summary import html_paragraphs, html_text
from edunode.ui.widgets.dialogs import PinDialog
from edunode.ui.widgets.forms import LiveForm, error_label, submit_on_enter
from edunode.ui.widgets.learner_form import ProfileFields
from edunode.ui.widgets.progress import ProgressDialog
from edunode.ui.widgets.tables import cell, read_only_table
from edunode.ui.widgets.transfer_dialog import bundle_file_name

__all__ = ["LearnerDetail", "bundle_file_name", "html_paragraphs", "html_text", "learner_record"]


def learner_record(node: Any, learner_id: str) -> dict[str, Any]:
    """The learner's full view, the courses by ID and the lessons of their courses (worker)."""
    learner = node.learner(learner_id)
    courses = {c["id"]: c for c in node.list_courses()}
    lessons = {
        e["course"]: node.lessons(e["course"])
        for e in learner["enrolments"]
        if e["course"] in courses
    }
    ours = node.school_id
    schools = {sid: name for sid, name in node.school_names().items() if sid != ours}
    return {"learner": learner, "courses": courses, "lessons": lessons, "today": node.today(),
            "pathway": node.pathway_status(learner_id), "schools": schools}  # fmt: skip


class LearnerDetail(TransferActions, QWidget):
    back = Signal()
    error = Signal(object)
    info = Signal(str)
    loaded = Signal()
    purged = Signal(str)  # a learner transferred away, deleted from this school: their ID

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bridge, self.node = ctx.bridge, ctx.node
        self.pin_dialog: PinDialog | None = None
        self.bundle_progress: ProgressDialog | None = None
        self.learner_id: str | None = None
        self.record: dict[str, Any] | None = None
        self._courses: list[dict[str, Any]] = []
        self._profile_shown: dict[str, Any] = {}
        self._notes_shown = ""
        self.status_labels = {
            "active": self.tr("Active"),
            "completed": self.tr("Completed"),
            "withdrawn": self.tr("Withdrawn"),
        }
        self.back_button = QPushButton(self.tr("‹ All learners"))
        self.back_button.setToolTip(self.tr("Back to the list of learners (Esc)"))
        self.back_button.clicked.connect(self.back)
        self.name = QLabel()
        self.name.setObjectName("subHeading")
        self.export_button = QPushButton(self.tr("&Transfer to another school…"))
        self.export_button.setToolTip(
            self.tr(
                "Give this learner's record to their new school: a signed record bundle and "
                "a printable transcript they carry there (admin PIN)"
            )
        )
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export_bundle)
        head = QHBoxLayout()
        head.addWidget(self.back_button)
        head.addWidget(self.name, 1)
        head.addWidget(self.export_button)
        self.purge_button = QPushButton(self.tr("&Purge record…"))
        self.purge_button.setObjectName("danger")
        self.purge_button.setToolTip(
            self.tr("Delete this record from every PC of this school (admin PIN; cannot be undone)")
        )
        self.purge_button.hide()
        self.purge_button.clicked.connect(self.purge)
        head.addWidget(self.purge_button)
        # Where a learner transferred away went; their record stays here read-only.
        self.transferred = QLabel()
        self.transferred.setObjectName("note")
        self.transferred.setWordWrap(True)
        self.transferred.hide()

        # Profile.
        self.profile = ProfileFields()
        self.profile_errors = error_label()
        self.save_profile = QPushButton(self.tr("&Save profile"))
        profile_tab = QWidget()
        pv = QVBoxLayout(profile_tab)
        pv.addWidget(self.profile)
        pv.addWidget(self.profile_errors)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_profile)
        pv.addLayout(row)
        pv.addStretch(1)
        self.profile_form = LiveForm(
            self.save_profile, self.profile_errors, self.profile.check, self
        )
        self.profile_form.watch(*self.profile.watched())
        self.save_profile.clicked.connect(self._save_profile)
        submit_on_enter(self.save_profile, *self.profile.watched())

        # Courses (enrolments).
        self.enrolments = read_only_table([self.tr("Course"), self.tr("Since"), self.tr("Status")])
        self.enrol_course = QComboBox()
        self.enrol_course.setAccessibleName(self.tr("Course to enrol in"))
        self.enrol_button = QPushButton(self.tr("&Enrol"))
        self.status_choice = QComboBox()
        self.status_choice.setAccessibleName(self.tr("New status of the selected enrolment"))
        for value, label in self.status_labels.items():
            self.status_choice.addItem(label, value)
        self.status_button = QPushButton(self.tr("Set s&tatus"))
        self.enrol_box = QWidget()
        enrol_row = QHBoxLayout(self.enrol_box)
        enrol_row.setContentsMargins(0, 0, 0, 0)
        enrol_row.addWidget(QLabel(self.tr("Enrol in:")))
        enrol_row.addWidget(self.enrol_course, 1)
        enrol_row.addWidget(self.enrol_button)
        enrol_row.addSpacing(24)
        enrol_row.addWidget(QLabel(self.tr("Selected enrolment:")))
        enrol_row.addWidget(self.status_choice)
        enrol_row.addWidget(self.status_button)
        courses_tab = QWidget()
        cv = QVBoxLayout(courses_tab)
        cv.addWidget(self.enrolments, 1)
        cv.addWidget(self.enrol_box)
        self.enrol_button.clicked.connect(self._enrol)
        self.status_button.clicked.connect(self._set_status)
        self.enrolments.itemSelectionChanged.connect(self._enrolment_selected)

        self.pathway = PathwayTab(self)
        self.results = ResultsTab(self)
        self.attendance = AttendanceTab(self)

        # Notes.
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(
            self.tr("Notes about this learner, visible to the staff of this school.")
        )
        self.save_notes = QPushButton(self.tr("Save &notes"))
        self.save_notes.setEnabled(False)
        notes_tab = QWidget()
        nv = QVBoxLayout(notes_tab)
        nv.addWidget(self.notes, 1)
        nrow = QHBoxLayout()
        nrow.addStretch(1)
        nrow.addWidget(self.save_notes)
        nv.addLayout(nrow)
        self.notes.textChanged.connect(self._notes_changed)
        self.save_notes.clicked.connect(self._save_notes)

        self.tabs = QTabWidget()
        self.tabs.addTab(profile_tab, self.tr("Profile"))
        self.tabs.addTab(courses_tab, self.tr("Courses"))
        self.tabs.addTab(self.pathway, self.tr("Pathway"))
        self.tabs.addTab(self.results, self.tr("Results"))
        self.tabs.addTab(self.attendance, self.tr("Attendance"))
        self.tabs.addTab(notes_tab, self.tr("Notes"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.transferred)
        layout.addWidget(self.tabs, 1)
        QWidget.setTabOrder(self.back_button, self.export_button)
        QWidget.setTabOrder(self.export_button, self.tabs)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.back.emit)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(250)
        self._reload_timer.timeout.connect(self.reload)

    # ------------------------------------------------------------------ loading

    def set_courses(self, courses: list[dict[str, Any]]) -> None:
        self._courses = courses

    def open(self, learner_id: str) -> None:
        if learner_id != self.learner_id:
            self.learner_id = learner_id
            self.record = None
            self.name.setText(self.tr("Opening…"))
            self.export_button.setEnabled(False)
            self.transferred.hide()  # until this learner's record says where they are
            self.purge_button.hide()
            self.tabs.setCurrentIndex(0)
            self._profile_shown = {}
            self._notes_shown = ""
        self.reload()

    def reload_soon(self) -> None:
        self._reload_timer.start()

    def reload(self) -> None:
        if self.learner_id is None:
            return
        learner_id = self.learner_id
        self.bridge.run(
            learner_record,
            self.node,
            learner_id,
            on_ok=lambda r: self._got(learner_id, r),
            on_error=self.error.emit,
        )

    def _got(self, learner_id: str, record: dict[str, Any]) -> None:
        if learner_id != self.learner_id:
            return
        self.record = record
        learner = record["learner"]
        self.name.setText(learner["name"])
        if not self._profile_shown or self.profile.values() == self._profile_shown:
            self.profile.set_values(learner)
            self._profile_shown = self.profile.values()
            self.profile_form.reset()
        if self.notes.toPlainText() == self._notes_shown:
            self.notes.setPlainText(learner["notes"])
            self._notes_shown = learner["notes"]
            self.save_notes.setEnabled(False)
        self._show_enrolments(record)
        self.pathway.show_record(record)
        self.results.show_record(record)
        self.attendance.show_record(record)
        self._show_custody(record)  # last: the forms above enable their buttons
        self.loaded.emit()

    def _show_custody(self, record: dict[str, Any]) -> None:
        learner = record["learner"]
        gone = learner["status"] == "transferred"
        if gone:
            day = formatting.day(learner["transferred_on"])
            to = learner["transferred_to"]
            self.transferred.setText(
                self.tr(
                    "Transferred to {school} on {date} — this record is kept read-only here"
                ).format(school=record["schools"].get(to) or to, date=day)
                if to
                else self.tr(
                    "Given with an open record bundle on {date} — this record is kept "
                    "read-only here"
                ).format(date=day)
            )
        self.transferred.setVisible(gone)
        self.purge_button.setVisible(gone)
        self.export_button.setEnabled(not gone)
        # Every control that writes the record; what it holds stays readable.
        for widget in (
            self.profile,
            self.save_profile,
            self.enrol_box,
            self.save_notes,
            self.pathway.box,
            self.results.box,
            self.attendance.box,
        ):
            widget.setEnabled(not gone)
        self.notes.setReadOnly(gone)

    def course_title(self, course_id: str) -> str:
        courses = self.record["courses"] if self.record else {}
        return courses.get(course_id, {}).get("title") or self.tr("(a course not on this PC)")

    def _show_enrolments(self, record: dict[str, Any]) -> None:
        enrolments = record["learner"]["enrolments"]
        self.enrolments.setRowCount(len(enrolments))
        for r, e in enumerate(enrolments):
            self.enrolments.setItem(r, 0, cell(self.course_title(e["course"]), e["course"]))
            self.enrolments.setItem(r, 1, cell(formatting.day(e["date"])))
            self.enrolments.setItem(
                r, 2, cell(self.status_labels.get(e["status"], e["status"]), e["status"])
            )
        active = {e["course"] for e in enrolments if e["status"] == "active"}
        self.enrol_course.clear()
        for c in record["courses"].values():
            if c["id"] not in active:
                self.enrol_course.addItem(c["title"], c["id"])
        self.enrol_button.setEnabled(self.enrol_course.count() > 0)
        self._enrolment_selected()

    def _enrolment_selected(self) -> None:
        self.status_button.setEnabled(
            self.enrolments.currentRow() >= 0 and bool(self.enrolments.selectedItems())
        )

    # ------------------------------------------------------------------ writing

    def write(self, fn: Any, *args: Any, done: str, on_ok: Any = None, **kwargs: Any) -> None:
        """Run a Node write for this learner, then say so and reload."""

        def ok(result: Any) -> None:
            self.info.emit(done)
            if on_ok is not None:
                on_ok(result)
            self.reload()

        self.bridge.run(fn, *args, on_ok=ok, on_error=self.error.emit, **kwargs)

    def _save_profile(self) -> None:
        if self.learner_id is None or not self.profile_form.recheck():
            return
        v = self.profile.values()

        def saved(_: Any) -> None:
            self._profile_shown = v

        self.write(
            self.node.update_learner,
            self.learner_id,
            name=v["name"],
            birth_year=v["birth_year"],
            guardian=v["guardian"],
            done=self.tr("Profile saved."),
            on_ok=saved,
        )

    def _enrol(self) -> None:
        course_id = self.enrol_course.currentData()
        if self.learner_id is None or not course_id:
            return
        self.write(
            self.node.enrol,
            self.learner_id,
            course_id,
            done=self.tr("Enrolled in {course}.").format(course=self.enrol_course.currentText()),
        )

    def _set_status(self) -> None:
        row = self.enrolments.currentRow()
        if self.learner_id is None or row < 0:
            return
        course_id = self.enrolments.item(row, 0).data(Qt.ItemDataRole.UserRole)
        self.write(
            self.node.set_enrolment_status,
            self.learner_id,
            course_id,
            self.status_choice.currentData(),
            done=self.tr("Enrolment updated."),
        )

    def _notes_changed(self) -> None:
        self.save_notes.setEnabled(
            not self.read_only and self.notes.toPlainText() != self._notes_shown
        )

    def _save_notes(self) -> None:
        if self.learner_id is None:
            return
        text = self.notes.toPlainText()

        def saved(_: Any) -> None:
            self._notes_shown = text
            self.save_notes.setEnabled(self.notes.toPlainText() != text)

        self.write(
            self.node.update_learner,
            self.learner_id,
            notes=text,
            done=self.tr("Notes saved."),
            on_ok=saved,
        )
