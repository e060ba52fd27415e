"""Learners: a table with search and filters (course, enrolment status), fetched 200 at a
time; opening a learner shows their page; Take register opens the class register."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from edunode.ui.context import Context
from edunode.ui.models.paged import Column, PagedTableModel
from edunode.ui.pages.learner_detail import LearnerDetail
from edunode.ui.pages.register import RegisterView
from edunode.ui.widgets.learner_form import NewLearnerDialog
from edunode.ui.widgets.page import Page
from edunode.ui.widgets.tables import fit_columns, tidy


def filter_choices(node: Any) -> tuple[list[dict[str, Any]], int]:
    """Courses for the filter and the number of learners (worker side)."""
    return node.list_courses(), node.count_learners()


class LearnersPage(Page):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_heading(self.tr("Learners"))
        self._total = 0
        self._choices_loaded = False
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
        self.add_button = QPushButton(self.tr("&Add learner…"))
        self.register_button = QPushButton(self.tr("Take &register…"))
        self.register_button.setToolTip(self.tr("Mark a whole class present or absent for a day"))
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.course_filter, 1)
        top.addWidget(self.status_filter)
        top.addWidget(self.register_button)
        top.addWidget(self.add_button)
        self.model = PagedTableModel(
            self.bridge,
            [
                Column("name", self.tr("Name")),
                Column("birth_year", self.tr("Birth year"), align_right=True),
                Column("enrolments", self.tr("Active courses"), align_right=True),
            ],
            parent=self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Learners"))
        tidy(self.table)
        fit_columns(self.table)
        self.count = QLabel()
        self.count.setObjectName("muted")
        lv = QVBoxLayout(listing)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(top)
        lv.addWidget(self.table, 1)
        lv.addWidget(self.count)
        self.stack.addWidget(listing)

        self.detail = LearnerDetail(ctx)
        self.register = RegisterView(ctx)
        for view in (self.detail, self.register):
            view.back.connect(self.show_list)
            view.error.connect(self.show_error)
            view.info.connect(self.show_info)
            self.stack.addWidget(view)

        order = [
            self.search,
            self.course_filter,
            self.status_filter,
            self.register_button,
            self.add_button,
            self.table,
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
        self.add_button.clicked.connect(self.add_learner)
        self.register_button.clicked.connect(self.take_register)
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

    def _got_choices(self, result: tuple[list[dict[str, Any]], int]) -> None:
        courses, self._total = result
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
        self._model_loaded()

    def _query(self) -> None:
        self._search_timer.stop()
        text = self.search.text().strip()
        course = self.course_filter.currentData()
        status = self.status_filter.currentData()
        node = self.node
        self.model.set_source(
            lambda limit, offset: node.list_learners(
                text, course_id=course, status=status, limit=limit, offset=offset
            )
        )

    def _model_loaded(self) -> None:
        if not self.model.has_loaded:
            return
        n = self.model.rowCount()
        filtered = bool(
            self.search.text().strip()
            or self.course_filter.currentData()
            or self.status_filter.currentData()
        )
        if n == 0:
            self.count.setText(
                self.tr("No learner matches.")
                if filtered
                else self.tr("No learners yet. Add one with “Add learner…”.")
            )
        elif filtered:
            self.count.setText(
                self.tr("{n}{more} matching learners").format(
                    n=n, more="" if self.model.complete else "+"
                )
            )
        else:
            self.count.setText(
                self.tr("Showing {n} of {total} learners").format(n=n, total=max(self._total, n))
            )
        if self.table.currentIndex().row() < 0 and n:
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
        self.stack.setCurrentWidget(self.detail)
        self.detail.open(learner_id)

    def show_list(self) -> None:
        self.detail.learner_id = None
        self.stack.setCurrentIndex(0)
        self.table.setFocus()

    def take_register(self) -> None:
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

    def focus_first(self) -> None:
        self.search.setFocus()
