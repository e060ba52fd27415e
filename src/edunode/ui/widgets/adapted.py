"""Adapted courses in the window (issue 14 item 2): the dialog that adapts a course, and the
one that lists the lessons changed in the original and brings them in one by one.

The updates dialog shows, per lesson, the original's text and this course's side by side
(both read only) over an editable combined text: "Take theirs", "Keep mine" or "Save
combined" write; Esc or Close leaves the course as it was (docs/DESKTOP.md).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from edunode.ui.bridge import Bridge, describe
from edunode.ui.widgets.forms import error_label
from edunode.ui.widgets.text_dialog import TextDialog

LESSON_ROLE = Qt.ItemDataRole.UserRole + 1


class AdaptDialog(TextDialog):
    """The new course's title (the original's to begin with) and whether it is shared."""

    def __init__(self, parent: QWidget | None, original: str) -> None:
        super().__init__(
            parent,
            self.tr("Adapt a course"),
            self.tr(
                "Make a course of this school from “{course}”: its modules and lessons are "
                "copied, and the original is named as the source. Title of the new course:"
            ).format(course=original),
            original,
            what=self.tr("course title"),
        )
        self.shared = QCheckBox(
            self.tr("Share this course with the other schools of the community")
        )
        self.shared.setChecked(True)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.count() - 1, self.shared)
        self.ok.setText(self.tr("&Adapt"))


def _pane(label: str, read_only: bool) -> tuple[QWidget, QPlainTextEdit]:
    box = QWidget()
    v = QVBoxLayout(box)
    v.setContentsMargins(0, 0, 0, 0)
    caption = QLabel(label)
    caption.setObjectName("muted")
    edit = QPlainTextEdit()
    edit.setReadOnly(read_only)
    edit.setAccessibleName(label)
    caption.setBuddy(edit)
    v.addWidget(caption)
    v.addWidget(edit, 1)
    return box, edit


class UpdatesDialog(QDialog):
    """The lessons changed in the original course; per lesson, both texts and a choice."""

    taken = Signal(str)  # a lesson of the course took an update (or dismissed it)

    def __init__(
        self, parent: QWidget | None, bridge: Bridge, node: Any, updates: dict[str, Any]
    ) -> None:
        super().__init__(parent)
        self.bridge, self.node = bridge, node
        self.course_id = str(updates["course"])
        self._updates = {u["lesson"]: u for u in updates["updates"]}
        self.setWindowTitle(self.tr("Changes in the original course"))
        source = updates.get("adapted_from") or {}
        self.intro = QLabel(
            self.tr(
                "These lessons changed in “{course}” since this course was adapted. For each, "
                "take the original's text, keep this course's, or combine the two."
            ).format(course=source.get("title", ""))
        )
        self.intro.setWordWrap(True)
        self.lessons = QListWidget()
        self.lessons.setAccessibleName(self.tr("Lessons changed in the original"))
        theirs_box, self.theirs = _pane(self.tr("The original"), True)
        mine_box, self.mine = _pane(self.tr("This course"), True)
        combined_box, self.combined = _pane(self.tr("Combined (you may edit it)"), False)
        self.edited_note = QLabel()
        self.edited_note.setObjectName("muted")
        self.edited_note.setWordWrap(True)
        sides = QSplitter(Qt.Orientation.Horizontal)
        sides.addWidget(theirs_box)
        sides.addWidget(mine_box)
        sides.setChildrenCollapsible(False)
        texts = QSplitter(Qt.Orientation.Vertical)
        texts.addWidget(sides)
        texts.addWidget(combined_box)
        texts.setChildrenCollapsible(False)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.lessons)
        body.addWidget(texts)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 4)
        body.setChildrenCollapsible(False)

        self.take_button = QPushButton(self.tr("Take &theirs"))
        self.take_button.setToolTip(self.tr("Replace this course's lesson with the original's"))
        self.keep_button = QPushButton(self.tr("&Keep mine"))
        self.keep_button.setToolTip(
            self.tr("Keep this course's lesson as it is; the change is no longer listed")
        )
        self.save_button = QPushButton(self.tr("&Save combined"))
        self.save_button.setToolTip(self.tr("Use the combined text for this course's lesson"))
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.take_button)
        row.addWidget(self.keep_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(body, 1)
        layout.addWidget(self.edited_note)
        layout.addWidget(self.error)
        layout.addLayout(row)

        for lesson_id, u in self._updates.items():
            new = self.tr("{title} (new)").format(title=u["upstream_title"])
            item = QListWidgetItem(new if u["new"] else u["title"])
            item.setData(LESSON_ROLE, lesson_id)
            self.lessons.addItem(item)
        self.lessons.currentItemChanged.connect(lambda *_: self._show())
        self.combined.textChanged.connect(self._update_buttons)
        self.take_button.clicked.connect(lambda: self._take("upstream"))
        self.keep_button.clicked.connect(lambda: self._take("mine"))
        self.save_button.clicked.connect(lambda: self._take(None))
        self.busy = False
        if self.lessons.count():
            self.lessons.setCurrentRow(0)
        self.lessons.setFocus()
        size = self.fontMetrics().boundingRect("M" * 70).size()
        self.resize(size.width(), size.width() * 2 // 3)

    def current(self) -> dict[str, Any] | None:
        item = self.lessons.currentItem()
        return self._updates.get(item.data(LESSON_ROLE)) if item else None

    def _show(self) -> None:
        u = self.current()
        self.theirs.setPlainText(u["upstream_body"] if u else "")
        self.mine.setPlainText(u["body"] if u else "")
        self.combined.setPlainText((u["upstream_body"] if u["new"] else u["body"]) if u else "")
        if u is None:
            self.edited_note.setText("")
        elif u["new"]:
            self.edited_note.setText(self.tr(
                "This lesson is new in the original course: Take theirs adds it to this course, "
                "Keep mine leaves it out."))  # fmt: skip
        elif u["edited_here"]:
            self.edited_note.setText(
                self.tr(
                    "This lesson was changed here too since it was adapted: choose, or combine."
                )
            )
        else:
            self.edited_note.setText(self.tr(
                "This lesson was not changed here since it was adapted."))  # fmt: skip
        self.error.hide()
        self._update_buttons()

    def _update_buttons(self) -> None:
        u = self.current()
        idle = u is not None and not self.busy
        self.take_button.setEnabled(idle)
        self.keep_button.setEnabled(idle)
        text = self.combined.toPlainText()
        self.save_button.setEnabled(idle and u is not None and text != u["body"])

    def _take(self, use: str | None) -> None:
        u = self.current()
        if u is None or self.busy:
            return
        text = self.combined.toPlainText() if use is None else None
        lesson_id = u["lesson"]
        self.busy = True
        self._update_buttons()

        def ok(_result: Any) -> None:
            self.busy = False
            self._updates.pop(lesson_id, None)
            self.lessons.takeItem(self.lessons.currentRow())
            self.taken.emit(lesson_id)
            if not self._updates:
                self.accept()
            else:
                self._show()

        def failed(exc: BaseException) -> None:
            self.busy = False
            self.error.setText(describe(exc))
            self.error.show()
            self._update_buttons()

        self.bridge.run(
            self.node.take_course_update, self.course_id, lesson_id, use, text,
            on_ok=ok, on_error=failed,
        )  # fmt: skip


class AdaptedNotice(QWidget):
    """Under an adapted course's title in the course editor: "Adapted from «…» by …", and
    while lessons changed in the original, "N lessons changed in the original course" with
    a button that opens :class:`UpdatesDialog`. Hidden for a course not adapted."""

    taken = Signal()  # an update was taken: the editor reloads the course

    def __init__(self, bridge: Bridge, node: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge, self.node = bridge, node
        self.course_id: str | None = None
        self.original: str | None = None  # the original course's ID
        self.updates: dict[str, Any] | None = None
        self.dialog: UpdatesDialog | None = None
        self.attribution = QLabel()
        self.attribution.setObjectName("muted")
        self.attribution.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setObjectName("note")
        self.review_button = QPushButton(self.tr("Re&view changes…"))
        self.review_button.setToolTip(
            self.tr("See what changed in the original course and take it, lesson by lesson")
        )
        self.review_button.clicked.connect(self.open_updates)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.notice, 1)
        row.addWidget(self.review_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.attribution)
        layout.addLayout(row)
        self._show_notice(None)
        self.hide()

    def show_course(self, course: dict[str, Any]) -> None:
        source = course.get("adapted_from")
        self.course_id = str(course["id"])
        self.original = str(source["course"]) if source else None
        self.setVisible(bool(source))
        if not source:
            self._show_notice(None)
            return
        school = source["school_name"] or source["school"][:8]
        text = self.tr("Adapted from “{course}” by {school}")
        self.attribution.setText(text.format(course=source["title"], school=school))
        if not (course.get("editable") and source.get("held")):
            self._show_notice(None)
            return
        course_id = self.course_id
        self.bridge.run(
            self.node.course_updates,
            course_id,
            on_ok=lambda u: self._show_notice(u) if course_id == self.course_id else None,
            on_error=lambda _e: self._show_notice(None),
        )

    def _show_notice(self, updates: dict[str, Any] | None) -> None:
        self.updates = updates
        n = len(updates["updates"]) if updates else 0
        self.notice.setText(self.tr("%n lessons changed in the original course", "", n))
        self.notice.setVisible(n > 0)
        self.review_button.setVisible(n > 0)

    def open_updates(self) -> UpdatesDialog | None:
        if not self.updates or not self.updates["updates"]:
            return None
        dialog = UpdatesDialog(self, self.bridge, self.node, self.updates)
        dialog.taken.connect(lambda _lesson: self.taken.emit())
        self.dialog = dialog
        dialog.open()
        return dialog
