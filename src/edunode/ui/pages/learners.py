"""Learners: a table with search and filters (course, enrolment status), fetched 200 at a
time; opening a learner shows their page; Take register opens the class register; a learner
from another school comes in with their record bundle (verified and summed up first, then
the admin PIN). The list holds this school's learners; "Show transferred" adds those who
moved to another school, marked so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from edunode.bundle import transfer
from edunode.ui.bridge import describe
from edunode.ui.context import Context
from edunode.ui.models.paged import Column, PagedTableModel
from edunode.ui.pages.learner_classes import WholeClassActions
from edunode.ui.pages.learner_detail import LearnerDetail
from edunode.ui.pages.register import RegisterView
from edunode.ui.widgets.bundle_summary import (
    BundleSummaryDialog,
    html_paragraphs,
    html_text,
    summary_html,
)
from edunode.ui.widgets.dialogs import PinDialog
from edunode.ui.widgets.learner_form import NewLearnerDialog
from edunode.ui.widgets.page import Page
from edunode.ui.widgets.progress import PROGRESS_DELAY_MS, ProgressDialog, run_with_dialog
from edunode.ui.widgets.tables import fit_columns, tidy


def filter_choices(node: Any) -> tuple[list[dict[str, Any]], int, str]:
    """Courses for the filter, the number of learners and this school's ID (worker side)."""
    return node.list_courses(), node.count_learners(), node.school_id


def check_bundle(path: str) -> dict[str, Any]:
    """What a record bundle holds, verified completely (worker side). Needs no PIN, no Node,
    and writes nothing: the admin sees what they accept before the PIN is asked."""
    return transfer.describe(transfer.verify(transfer.load(Path(path))))


def check_bundle_here(node: Any, path: str) -> tuple[dict[str, Any], str, dict[str, str]]:
    """:func:`check_bundle`, with this school's ID and the schools this PC knows by name,
    to say where the bundle was released to (worker side; writes nothing)."""
    return check_bundle(path), node.school_id, node.school_names()


class LearnersPage(WholeClassActions, Page):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_heading(self.tr("Learners"))
        self._total = 0
        self._choices_loaded = False
        self._select_after_load: str | None = None
        self._courses: list[dict[str, Any]] = []
        self.pin_dialog: PinDialog | None = None
        self.summary_dialog: BundleSummaryDialog | None = None
        self._school_id = ""
        self.bundle_progress: ProgressDialog | None = None
        self.class_dialog = None
        self.enrol_dialog = None
        self.stack = QStackedWidget()
        self.outer.addWidget(self.stack, 1)

        listing = QWidget()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search learners"))
        self.course_filter = QComboBox()
        self.course_filter.setAccessibleName(self.tr("Only learners of this course"))
        self.course_filter.addItem(self.tr("All courses"), None)
        self.course_filter.setMinimumContentsLength(18)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Only this enrolment status"))
        for label, value in (
            (self.tr("Any status"), None),
            (self.tr("Active"), "active"),
            (self.tr("Completed"), "completed"),
            (self.tr("Withdrawn"), "withdrawn"),
        ):
            self.status_filter.addItem(label, value)
        self.show_transferred = QCheckBox(self.tr("Show trans&ferred"))
        self.show_transferred.setToolTip(
            self.tr("List the learners who moved to another school too (kept read-only here)")
        )
        self.add_button = QPushButton(self.tr("&Add learner…"))
        self.register_button = QPushButton(self.tr("Take &register…"))
        self.register_button.setToolTip(self.tr("Mark a whole class present or absent for a day"))
        self.import_button = QPushButton(self.tr("&Import a record bundle…"))
        self.import_button.setToolTip(
            self.tr("Enrol a learner from another school with the record bundle they bring")
        )
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.course_filter, 1)
        top.addWidget(self.status_filter)
        top.addWidget(self.register_button)
        top.addWidget(self.add_button)
        top.addWidget(self.import_button)
        self.model = PagedTableModel(
            self.bridge,
            [
                Column("name", self.tr("Name"), format=self._name, tooltip=self._where),
                Column("birth_year", self.tr("Birth year"), align_right=True),
                Column("enrolments", self.tr("Active courses"), align_right=True),
            ],
            parent=self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Learners"))
        tidy(self.table)
        # Many learners at once (Shift/Ctrl+click, Ctrl+A) for "Enrol in course…".
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        fit_columns(self.table)
        self.count = QLabel()
        self.count.setObjectName("muted")
        self.enrol_button = QPushButton(self.tr("&Enrol in course…"))
        self.enrol_button.setToolTip(
            self.tr("Enrol the selected learners (Shift or Ctrl and click) in a course at once")
        )
        self.enrol_button.setEnabled(False)
        self.class_button = QPushButton(self.tr("Import &class list…"))
        self.class_button.setToolTip(
            self.tr("Add a whole class from a CSV file (name, birth year, guardian)")
        )
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.show_transferred)
        bottom.addWidget(self.enrol_button)
        bottom.addWidget(self.class_button)
        lv = QVBoxLayout(listing)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(top)
        lv.addWidget(self.table, 1)
        lv.addLayout(bottom)
        self.stack.addWidget(listing)

        self.detail = LearnerDetail(ctx)
        self.register = RegisterView(ctx)
        for view in (self.detail, self.register):
            view.back.connect(self.show_list)
            view.error.connect(self.show_error)
            view.info.connect(self.show_info)
            self.stack.addWidget(view)
        self.detail.purged.connect(self._purged)

        order = [
            self.search,
            self.course_filter,
            self.status_filter,
            self.register_button,
            self.add_button,
            self.import_button,
            self.table,
            self.show_transferred,
            self.enrol_button,
            self.class_button,
        ]
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._query)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._query)
        self.course_filter.currentIndexChanged.connect(self._query)
        self.status_filter.currentIndexChanged.connect(self._query)
        self.show_transferred.toggled.connect(self._query)
        self.add_button.clicked.connect(self.add_learner)
        self.register_button.clicked.connect(self.take_register)
        self.import_button.clicked.connect(self.import_bundle)
        self.class_button.clicked.connect(self.import_class_list)
        self.enrol_button.clicked.connect(self.enrol_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(self._activated)
        self.model.loaded.connect(self._model_loaded)
        self.model.failed.connect(self.show_error)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._focus_search)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.add_learner)
        self.bridge.changesApplied.connect(self._changed)

    def title(self) -> str:
        return self.tr("Learners")

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        if not self.model.has_loaded:
            self._query()
        else:
            self.model.refresh()
        self.bridge.run(
            filter_choices, self.node, on_ok=self._got_choices, on_error=self.show_error
        )

    def transferred(self, row: dict[str, Any]) -> bool:
        """A row of a learner this school no longer holds (moved to another school)."""
        return bool(self._school_id) and row.get("school") != self._school_id

    def _name(self, row: dict[str, Any]) -> str:
        if self.transferred(row):
            return self.tr("{name} (transferred)").format(name=row["name"])
        return str(row["name"])

    def _where(self, row: dict[str, Any]) -> str:
        if self.transferred(row):
            return self.tr("Moved to another school: their record is kept here read-only")
        return ""

    def _got_choices(self, result: tuple[list[dict[str, Any]], int, str]) -> None:
        courses, self._total, self._school_id = result
        self._courses = courses
        self._choices_loaded = True
        current = self.course_filter.currentData()
        self.course_filter.blockSignals(True)
        self.course_filter.clear()
        self.course_filter.addItem(self.tr("All courses"), None)
        for c in courses:
            self.course_filter.addItem(c["title"], c["id"])
        idx = self.course_filter.findData(current)
        self.course_filter.setCurrentIndex(max(idx, 0))
        self.course_filter.blockSignals(False)
        self.register.set_courses(courses)
        self.detail.set_courses(courses)
        self.table.viewport().update()  # rows shown before: marked transferred now
        self._model_loaded()

    def _query(self) -> None:
        self._search_timer.stop()
        text = self.search.text().strip()
        course = self.course_filter.currentData()
        status = self.status_filter.currentData()
        everyone = self.show_transferred.isChecked()
        node = self.node
        self.model.set_source(
            lambda limit, offset: node.list_learners(
                text, course_id=course, status=status, limit=limit, offset=offset,
                everyone=everyone,
            )  # fmt: skip
        )

    def _model_loaded(self) -> None:
        if not self.model.has_loaded:
            return
        n = self.model.rowCount()
        filtered = bool(
            self.search.text().strip()
            or self.course_filter.currentData()
            or self.status_filter.currentData()
            or self.show_transferred.isChecked()
        )
        if n == 0:
            self.count.setText(
                self.tr("No learner matches.")
                if filtered
                else self.tr("No learners yet. Add one with “Add learner…”.")
            )
        elif filtered:
            self.count.setText(
                self.tr("%n matching learners", "", n)
                if self.model.complete
                else self.tr("%n+ matching learners", "", n)
            )
        else:
            self.count.setText(
                self.tr("Showing {n} of %n learners", "", max(self._total, n)).format(n=n)
            )
        wanted = self.model.find(self._select_after_load) if self._select_after_load else -1
        if wanted >= 0:  # a learner just imported: show where they are
            self._select_after_load = None
            self.table.selectRow(wanted)
            self.table.scrollTo(self.model.index(wanted, 0))
        elif self.table.currentIndex().row() < 0 and n:
            self.table.selectRow(0)
        fit_columns(self.table)
        if self._choices_loaded:
            self.mark_loaded()

    def _changed(self, doc_id: str, kind: str, origin: str) -> None:
        if kind == "learner":
            self.reload_soon()
            if doc_id == self.detail.learner_id:
                self.detail.reload_soon()
        elif kind == "course":
            self.reload_soon()

    # ------------------------------------------------------------------ actions

    def _focus_search(self) -> None:
        self.show_list()
        self.search.setFocus()
        self.search.selectAll()

    def _activated(self, index: QModelIndex) -> None:
        self.open_learner(self.model.row(index.row())["id"])

    def open_learner(self, learner_id: str) -> None:
        self.clear_error()
        self.stack.setCurrentWidget(self.detail)
        self.detail.open(learner_id)

    def show_list(self) -> None:
        self.clear_error()
        self.detail.learner_id = None
        self.stack.setCurrentIndex(0)
        self.table.setFocus()

    def _purged(self, _learner_id: str) -> None:
        self.stack.setCurrentIndex(0)
        self.table.setFocus()
        self.reload()

    def take_register(self) -> None:
        self.clear_error()
        self.stack.setCurrentWidget(self.register)
        course = self.course_filter.currentData()
        self.register.start(course)

    def add_learner(self) -> None:
        dialog = NewLearnerDialog(self)
        self.new_dialog = dialog
        dialog.accepted.connect(lambda: self._add(dialog))
        dialog.open()

    def _add(self, dialog: NewLearnerDialog) -> None:
        v = dialog.fields.values()
        self.bridge.run(
            self.node.add_learner,
            v["name"],
            v["birth_year"],
            v["guardian"] or None,
            on_ok=self._added,
            on_error=self.show_error,
        )

    def _added(self, learner_id: str) -> None:
        self.show_info(
            self.tr("Learner added. Enrol them in a course on the Courses tab of their page.")
        )
        self._total += 1
        self.model.refresh()
        self.open_learner(learner_id)

    # ------------------------------------------------------------------ record bundle

    def choose_bundle(self) -> str | None:
        """The bundle file to import, or None when cancelled (tests replace this: a native
        file dialog can't be driven offscreen). Starts in the folder used last time."""
        start = str(self.ctx.settings.value("bundle/folder", "") or Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a record bundle"),
            start,
            self.tr("Record bundles (*.edunode-learner.json *.json)")
            + ";;"
            + self.tr("All files (*)"),
        )
        if not path:
            return None
        self.ctx.settings.setValue("bundle/folder", str(Path(path).parent))
        return path

    def import_bundle(self) -> None:
        """Open file → verify (off the GUI thread) → what it holds, with Continue → the
        admin PIN → import. A bundle that does not verify stops at its error, one this
        school can't take at the summary: no PIN is asked, nothing imported."""
        path = self.choose_bundle()
        if path is None:
            return
        self.bridge.run(
            check_bundle_here,
            self.node,
            path,
            on_ok=lambda found: self._show_summary(path, *found),
            on_error=self.show_error,
            background=True,
        )

    def bundle_summary(self, held: dict[str, Any]) -> str:
        """What a verified bundle holds, as the summary shows it (rich text, escaped)."""
        return summary_html(held, self._school_id)

    def _show_summary(
        self, path: str, held: dict[str, Any], ours: str, schools: dict[str, str]
    ) -> None:
        dialog = BundleSummaryDialog(self, held, ours, schools)
        self.summary_dialog = dialog
        dialog.accepted.connect(lambda: self._confirm_import(path, held))
        dialog.open()

    def _confirm_import(self, path: str, held: dict[str, Any]) -> None:
        dialog = PinDialog(
            self,
            self.tr("Import a record bundle"),
            html_paragraphs(
                html_text(
                    self.tr(
                        "Import the record of {name} from {school}: {name} continues at this "
                        "school with every record in the bundle."
                    ),
                    name=held["learner"],
                    school=held["school"],
                )
            ),
            action=self.tr("Import"),
        )
        self.pin_dialog = dialog

        def imported(done: dict[str, Any]) -> None:
            dialog.accept()
            self.show_info(
                self.tr(
                    "This record bundle of {name} was imported before: nothing changed."
                ).format(name=done["learner"])
                if done.get("unchanged")
                else self.tr(
                    "{name} from {school} continues at this school, with every record of "
                    "their record bundle."
                ).format(name=done["learner"], school=done["school"])
            )
            self.show_list()
            self._select_after_load = done["id"]
            self.reload()  # the learner, and the courses that came with them

        def stopped(exc: BaseException) -> None:
            dialog.reject()
            self.show_info(describe(exc))

        def submitted(pin: str, _role: str) -> None:
            self.bundle_progress = run_with_dialog(
                dialog,
                self.bridge,
                self.tr("Importing the record bundle"),
                self.tr(
                    "Importing the record of {name}… Cancel undoes all of it: nothing is "
                    "kept until the last step."
                ).format(name=held["learner"]),
                lambda done, total: self.tr("{done} of {total} steps").format(
                    done=done, total=total
                ),
                transfer.import_bundle,
                self.node,
                Path(path),
                pin,
                on_ok=imported,
                on_error=lambda exc: dialog.show_error(
                    describe(exc), wait=getattr(exc, "wait", 0.0)
                ),
                on_cancelled=stopped,
                delay_ms=PROGRESS_DELAY_MS,
            )

        dialog.submitted.connect(submitted)
        dialog.open()

    def focus_first(self) -> None:
        self.search.setFocus()
