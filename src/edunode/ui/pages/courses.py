"""Courses: a searchable list (fetched 200 at a time) and, on opening one, its editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
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
from edunode.ui.pages.course_editor import CourseEditor
from edunode.ui.widgets.adapted import AdaptDialog
from edunode.ui.widgets.course_form import NewCourseDialog, language_name
from edunode.ui.widgets.page import Page
from edunode.ui.widgets.tables import fit_columns, tidy


def school_names(node: Any) -> tuple[str, dict[str, str]]:
    """This node's school ID, and school ID → name from it and its peers (worker side)."""
    names = {
        p["school_id"]: p["school"]
        for p in node.peers.list()
        if p.get("school_id") and p.get("school")
    }
    info = node.info()
    if info["school_id"]:
        names[info["school_id"]] = info["school"]
    return str(info["school_id"]), names


class CoursesPage(Page):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._schools: dict[str, str] = {}
        self._own_school = ""
        self.set_heading(self.tr("Courses"))
        self.stack = QStackedWidget()
        self.outer.addWidget(self.stack, 1)

        # The list.
        listing = QWidget()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by title or subject"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search courses"))
        self.new_button = QPushButton(self.tr("&New course…"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.adapt_button = QPushButton(self.tr("&Adapt…"))
        self.adapt_button.setToolTip(
            self.tr("Make a course of this school from the chosen one, to change as you wish")
        )
        self.adapt_dialog: AdaptDialog | None = None
        self.count = QLabel()
        self.count.setObjectName("muted")
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.adapt_button)
        top.addWidget(self.new_button)
        self.model = PagedTableModel(
            self.bridge,
            [
                Column("title", self.tr("Title")),
                Column("subject", self.tr("Subject")),
                Column("level", self.tr("Level")),
                Column(
                    "language", self.tr("Language"), format=lambda r: language_name(r["language"])
                ),
                Column("school", self.tr("School"), format=self._school_of),
                Column(
                    "scope",
                    self.tr("Sharing"),
                    format=lambda r: self.tr("Shared") if r["shared"] else self.tr("Private"),
                ),
                Column("lessons", self.tr("Lessons"), align_right=True),
            ],
            parent=self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Courses"))
        tidy(self.table)
        fit_columns(self.table)
        col = QVBoxLayout(listing)
        col.setContentsMargins(0, 0, 0, 0)
        col.addLayout(top)
        col.addWidget(self.table, 1)
        col.addWidget(self.count)
        self.stack.addWidget(listing)

        # The editor.
        self.editor = CourseEditor(ctx)
        self.editor.back.connect(self.show_list)
        self.editor.error.connect(self.show_error)
        self.editor.info.connect(self.show_info)
        self.editor.done.connect(self.clear_error)
        self.stack.addWidget(self.editor)

        QWidget.setTabOrder(self.search, self.table)
        QWidget.setTabOrder(self.table, self.open_button)
        QWidget.setTabOrder(self.open_button, self.adapt_button)
        QWidget.setTabOrder(self.adapt_button, self.new_button)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._query)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._query)
        self.new_button.clicked.connect(self.new_course)
        self.open_button.clicked.connect(self.open_selected)
        self.adapt_button.clicked.connect(self.adapt_selected)
        self.table.activated.connect(self._activated)
        self.model.loaded.connect(self._model_loaded)
        self.model.failed.connect(self.show_error)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._focus_search)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_course)
        self.bridge.changesApplied.connect(self._changed)
        self.bridge.linkChanged.connect(lambda *_: self.reload_soon())

    def title(self) -> str:
        return self.tr("Courses")

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        self.bridge.run(school_names, self.node, on_ok=self._got_schools, on_error=self.show_error)

    def _got_schools(self, result: tuple[str, dict[str, str]]) -> None:
        self._own_school, self._schools = result
        if self.model.has_loaded:
            self.model.refresh()
        else:
            self._query()

    def _query(self) -> None:
        self._search_timer.stop()
        text = self.search.text().strip()
        node = self.node
        self.model.set_source(
            lambda limit, offset: node.list_courses(text, limit=limit, offset=offset)
        )

    def _model_loaded(self) -> None:
        n = self.model.rowCount()
        more = "" if self.model.complete else "+"
        if n == 0:
            self.count.setText(
                self.tr("No course matches this search.")
                if self.search.text().strip()
                else self.tr("No courses yet. Create the first one with “New course…”.")
            )
        else:
            self.count.setText(
                self.tr("%n courses", "", n) if not more else self.tr("%n+ courses", "", n)
            )
        if self.table.currentIndex().row() < 0 and n:
            self.table.selectRow(0)
        fit_columns(self.table)
        self.mark_loaded()

    def _school_of(self, row: dict[str, Any]) -> str:
        if row["school"] and row["school"] == self._own_school:
            return self.tr("This school")
        return self._schools.get(row["school"], "") or self.tr("Another school")

    def _changed(self, doc_id: str, kind: str, origin: str) -> None:
        if kind in ("course", "school"):
            self.reload_soon()
        if kind == "course" and doc_id == self.editor.course_id:
            self.editor.document_changed()
        elif kind == "course" and doc_id == self.editor.adapted.original:
            self.editor.original_changed()

    # ------------------------------------------------------------------ actions

    def _focus_search(self) -> None:
        self.show_list()
        self.search.setFocus()
        self.search.selectAll()

    def _activated(self, index: QModelIndex) -> None:
        self.open_course(self.model.row(index.row())["id"])

    def open_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._activated(index)

    def open_course(self, course_id: str) -> None:
        self.clear_error()
        self.stack.setCurrentWidget(self.editor)
        self.editor.open(course_id)

    def show_list(self) -> None:
        self.clear_error()
        self.editor.close_course()
        self.stack.setCurrentIndex(0)
        self.table.setFocus()
        self.model.refresh()

    def new_course(self) -> None:
        dialog = NewCourseDialog(self)
        self.new_dialog = dialog
        dialog.accepted.connect(lambda: self._create(dialog))
        dialog.open()

    def _create(self, dialog: NewCourseDialog) -> None:
        values = dialog.fields.values()
        shared = dialog.shared.isChecked()
        self.bridge.run(
            self.node.create_course,
            values["title"],
            values["subject"],
            values["level"],
            values["language"],
            values["summary"],
            shared=shared,
            on_ok=self._created,
            on_error=self.show_error,
        )

    def adapt_selected(self) -> AdaptDialog | None:
        """Adapt the chosen course: a copy of this school's, its source named (issue 14)."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.model.row(index.row())
        dialog = AdaptDialog(self, row["title"])
        self.adapt_dialog = dialog

        def adapt() -> None:
            self.bridge.run(
                self.node.adapt_course, row["id"], dialog.value(),
                shared=dialog.shared.isChecked(), on_ok=self._adapted, on_error=self.show_error,
            )  # fmt: skip

        dialog.accepted.connect(adapt)
        dialog.open()
        return dialog

    def _adapted(self, course_id: str) -> None:
        self.show_info(self.tr("Course adapted: change it as you wish; the original stays as "
                               "it was."))  # fmt: skip
        self.model.refresh()
        self.open_course(course_id)

    def _created(self, course_id: str) -> None:
        self.show_info(self.tr("Course created. Add its first module and lesson below."))
        self.model.refresh()
        self.open_course(course_id)

    def focus_first(self) -> None:
        if self.stack.currentIndex() == 0:
            self.search.setFocus()
        else:
            self.editor.setFocus()
