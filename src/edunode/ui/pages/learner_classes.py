"""The Learners page's actions on whole classes (issue 12 item 12): "Import class list…"
(choose a CSV file, preview it with each bad row marked, import all or nothing) and
"Enrol in course…" for the learners selected in the list. A mixin of ``LearnersPage``,
which owns the widgets it uses (``table``, ``model``, ``course_filter``, the buttons)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from PySide6.QtWidgets import QFileDialog, QWidget

from edunode.ui.bridge import describe
from edunode.ui.widgets.class_list import ClassListDialog, EnrolDialog


class WholeClassActions:
    """Needs from the page: ``ctx``, ``node``, ``bridge``, ``table``, ``model``,
    ``course_filter``, ``enrol_button``, ``_courses``, ``_total``, ``show_info``,
    ``show_error``, ``clear_error``, ``tr``, ``reload`` and ``transferred``."""

    ctx: Any
    node: Any
    bridge: Any
    table: Any
    model: Any
    course_filter: Any
    enrol_button: Any
    class_dialog: ClassListDialog | None
    enrol_dialog: EnrolDialog | None
    _courses: list[dict[str, Any]]
    _total: int
    tr: Any
    show_info: Any
    show_error: Any
    clear_error: Any
    reload: Any
    transferred: Any

    def _page(self) -> QWidget:
        """The page itself, as the parent of the dialogs it opens."""
        return cast(QWidget, self)

    def selected_ids(self) -> list[str]:
        """The selected learners this school holds (one transferred away takes no more
        enrolments, so "Show transferred" adds nothing to a whole-class action)."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        picked = [self.model.row(r) for r in rows if r < self.model.rowCount()]
        return [row["id"] for row in picked if not self.transferred(row)]

    def _selection_changed(self, *_: Any) -> None:
        self.enrol_button.setEnabled(bool(self.selected_ids()))

    def enrol_selected(self) -> None:
        """Enrol the selected learners in the course chosen in a small dialog."""
        learner_ids = self.selected_ids()
        if not learner_ids:
            self.show_error(self.tr("Select the learners to enrol first."))
            return
        if not self._courses:
            self.show_error(self.tr("There is no course yet: make one on the Courses page."))
            return
        dialog = EnrolDialog(
            self._page(), len(learner_ids), self._courses, self.course_filter.currentData()
        )
        self.enrol_dialog = dialog

        def enrolled(added: int) -> None:
            skipped = len(learner_ids) - added
            title = dialog.course.currentText()
            text = self.tr("%n learners enrolled in {course}.", "", added).format(course=title)
            if skipped:
                text += " " + self.tr("%n were already enrolled.", "", skipped)
            self.show_info(text)
            self.model.refresh()

        def chosen() -> None:
            self.bridge.run(
                self.node.enrol_many,
                learner_ids,
                dialog.course_id(),
                on_ok=enrolled,
                on_error=self.show_error,
            )

        dialog.accepted.connect(chosen)
        dialog.open()

    def choose_class_list(self) -> str | None:
        """The class list file, or None when cancelled (tests replace this, as for the
        bundle). Starts in the folder used last time."""
        start = str(self.ctx.settings.value("classlist/folder", "") or Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self._page(),
            self.tr("Import a class list"),
            start,
            self.tr("Class lists (*.csv *.txt)") + ";;" + self.tr("All files (*)"),
        )
        if not path:
            return None
        self.ctx.settings.setValue("classlist/folder", str(Path(path).parent))
        return path

    def import_class_list(self) -> None:
        """Choose a file → read it (off the GUI thread) → the preview → Import."""
        path = self.choose_class_list()
        if path is None:
            return
        self.clear_error()
        self.bridge.run(
            self.node.read_class_list,
            path,
            on_ok=lambda read: self._preview_class_list(path, read),
            on_error=self.show_error,
        )

    def _preview_class_list(self, path: str, read: Any) -> None:
        dialog = ClassListDialog(
            self._page(), Path(path).name, read, self._courses, self.course_filter.currentData()
        )
        self.class_dialog = dialog

        def imported(learner_ids: list[str]) -> None:
            dialog.accept()
            course = dialog.course_id()
            self.show_info(
                self.tr("%n learners added and enrolled in {course}.", "", len(learner_ids)).format(
                    course=dialog.course.currentText()
                )
                if course
                else self.tr("%n learners added.", "", len(learner_ids))
            )
            self._total += len(learner_ids)
            self.model.refresh()
            self.reload()

        def confirmed(course_id: str) -> None:
            self.bridge.run(
                self.node.import_class_list,
                read,
                course_id or None,
                on_ok=imported,
                on_error=lambda exc: dialog.show_error(describe(exc)),
            )

        dialog.confirmed.connect(confirmed)
        dialog.open()
