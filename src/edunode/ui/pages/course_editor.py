"""The course editor: modules and lessons (add, rename, reorder, delete), lesson text, details.

A course maintained by another school is shown read only: every control that would write
is disabled and a note says why. The schools that maintain a course are named under its
title; the owning school invites another school it knows (or stops sharing) behind the
admin PIN. Each lesson says which PC last changed it, and when.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from edunode.ui.bridge import describe
from edunode.ui.context import Context
from edunode.ui.widgets import dialogs
from edunode.ui.widgets.adapted import AdaptedNotice
from edunode.ui.widgets.course_form import CourseDetails
from edunode.ui.widgets.lesson_editor import LessonEditor

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # ("module" | "lesson", id, module_id)


def new_position(items: list[dict[str, Any]], i: int, direction: int) -> float | None:
    """A position that puts ``items[i]`` one step up (-1) or down (+1): between its
    neighbour and the item beyond, so the move is one small change that merges."""
    j = i + direction
    if not 0 <= j < len(items):
        return None
    neighbour = float(items[j]["position"])
    k = j + direction
    beyond = float(items[k]["position"]) if 0 <= k < len(items) else neighbour + direction
    if beyond == neighbour:
        beyond = neighbour + direction * 0.001
    return (neighbour + beyond) / 2


def _structure(course: dict[str, Any]) -> list[Any]:
    return [
        (m["id"], m["title"], [(le["id"], le["title"]) for le in m["lessons"]])
        for m in course["modules"]
    ]


class CourseEditor(QWidget):
    back = Signal()
    error = Signal(object)
    info = Signal(str)
    done = Signal()  # an action worked (an error shown before is out of date)
    loaded = Signal()  # the open course's structure landed (first time or after a change)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge, self.node = ctx.bridge, ctx.node
        self.course_id: str | None = None
        self.course: dict[str, Any] | None = None
        self.editable = False
        self._structure: list[Any] = []
        self._want_select: str | None = None

        self.back_button = QPushButton(self.tr("‹ All courses"))
        self.back_button.setToolTip(self.tr("Back to the list of courses (Esc)"))
        self.back_button.clicked.connect(self.back)
        self.course_title = QLabel()
        self.course_title.setObjectName("subHeading")
        self.sharing = QLabel()
        self.sharing.setObjectName("badge")
        self.read_only = QLabel(self.tr("Read only: this course is maintained by another school."))
        self.read_only.setObjectName("note")
        self.read_only.hide()
        head = QHBoxLayout()
        head.addWidget(self.back_button)
        head.addWidget(self.course_title, 1)
        head.addWidget(self.sharing)
        self.maintainers = QLabel()
        self.maintainers.setObjectName("muted")
        self.maintainers.setWordWrap(True)
        self.school_choice = QComboBox()
        self.school_choice.setAccessibleName(self.tr("Another school"))
        self.school_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.invite_button = QPushButton(self.tr("&Invite a school…"))
        self.invite_button.setToolTip(
            self.tr("Let the chosen school's PCs edit this course too (admin PIN)")
        )
        self.stop_sharing_button = QPushButton(self.tr("Stop &sharing…"))
        self.invite_button.clicked.connect(lambda: self.change_maintainer(share=True))
        self.stop_sharing_button.clicked.connect(lambda: self.change_maintainer(share=False))
        self.school_choice.currentIndexChanged.connect(lambda _i: self._update_sharing())
        sharing_row = QHBoxLayout()
        sharing_row.addWidget(self.maintainers, 1)
        sharing_row.addWidget(self.school_choice)
        sharing_row.addWidget(self.invite_button)
        sharing_row.addWidget(self.stop_sharing_button)
        self.pin_dialog: dialogs.PinDialog | None = None
        self.adapted = AdaptedNotice(self.bridge, self.node)  # issue 14 item 2
        self.adapted.taken.connect(self._load)
        self._schools: dict[str, str] = {}
        self._pcs: dict[str, str] = {}

        # Lessons tab: the tree and its buttons on the left, the lesson text on the right.
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Modules and lessons"))
        self.add_module_button = QPushButton(self.tr("Add &module"))
        self.add_lesson_button = QPushButton(self.tr("Add &lesson"))
        self.rename_button = QPushButton(self.tr("&Rename"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setObjectName("danger")
        grid = QGridLayout()
        buttons = [
            self.add_module_button,
            self.add_lesson_button,
            self.rename_button,
            self.up_button,
            self.down_button,
            self.delete_button,
        ]
        for n, b in enumerate(buttons):
            grid.addWidget(b, n // 3, n % 3)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.tree, 1)
        lv.addLayout(grid)
        self.lesson_title = QLabel()
        self.lesson_title.setObjectName("subHeading")
        self.lesson_edited = QLabel()
        self.lesson_edited.setObjectName("muted")
        self.lesson_editor = LessonEditor(self.bridge, self.node)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.lesson_title)
        rv.addWidget(self.lesson_edited)
        rv.addWidget(self.lesson_editor, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)

        self.details = CourseDetails()
        self.details.save.connect(self._save_details)

        self.tabs = QTabWidget()
        self.tabs.addTab(split, self.tr("Modules and lessons"))
        self.tabs.addTab(self.details, self.tr("Details"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addLayout(sharing_row)
        layout.addWidget(self.adapted)
        layout.addWidget(self.read_only)
        layout.addWidget(self.tabs, 1)

        QWidget.setTabOrder(self.back_button, self.tabs)
        QWidget.setTabOrder(self.tabs, self.tree)
        previous: QWidget = self.tree
        for b in buttons:
            QWidget.setTabOrder(previous, b)
            previous = b
        QWidget.setTabOrder(previous, self.lesson_editor.edit)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(250)
        self._reload_timer.timeout.connect(self._load)
        self.tree.currentItemChanged.connect(self._selected)
        self.add_module_button.clicked.connect(self.add_module)
        self.add_lesson_button.clicked.connect(self.add_lesson)
        self.rename_button.clicked.connect(self.rename)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(+1))
        self.delete_button.clicked.connect(self.delete)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.back.emit)
        for keys, action in (
            (QKeySequence(Qt.Key.Key_F2), self.rename),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.delete),
            (QKeySequence("Alt+Up"), lambda: self.move(-1)),
            (QKeySequence("Alt+Down"), lambda: self.move(+1)),
        ):  # only while the tree has the focus (Delete in the lesson text is typing)
            shortcut = QShortcut(keys, self.tree, activated=action)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

    # ------------------------------------------------------------------ opening

    def open(self, course_id: str) -> None:
        if course_id != self.course_id:
            self.close_course()
            self.course_id = course_id
            self.course = None
            self._structure = []
            self.details.forget()
            self.tree.clear()
            self.course_title.setText(self.tr("Opening…"))
            self.tabs.setCurrentIndex(0)
        self._load()
        self.tree.setFocus()

    def close_course(self) -> None:
        self.lesson_editor.set_lesson(None)
        self.course_id = None

    def document_changed(self) -> None:
        """The open course changed (here, on another PC, or from the network)."""
        self.lesson_editor.remote_changed()
        self._reload_timer.start()

    def original_changed(self) -> None:
        """The course this one was adapted from changed: count its changed lessons again."""
        self._reload_timer.start()

    def _load(self) -> None:
        if self.course_id is None:
            return
        course_id = self.course_id
        self.bridge.run(
            self.node.course,
            course_id,
            on_ok=lambda c: self._got(course_id, c),
            on_error=self.error.emit,
        )

    def _got(self, course_id: str, course: dict[str, Any]) -> None:
        if course_id != self.course_id:
            return
        self.course = course
        self.editable = bool(course["editable"])
        self.course_title.setText(course["title"])
        self.sharing.setText(
            self.tr("Shared with the community")
            if course["shared"]
            else self.tr("Private to this school")
        )
        self.read_only.setVisible(not self.editable)
        self._show_maintainers(course)
        self.adapted.show_course(course)
        self.details.show_course(course, self.editable)
        structure = _structure(course)
        if structure != self._structure:
            self._structure = structure
            self._rebuild_tree()
        self._update_buttons()
        self.loaded.emit()

    def _rebuild_tree(self) -> None:
        assert self.course is not None
        current = self.tree.currentItem()
        keep = self._want_select or (current.data(0, ITEM_ROLE)[1] if current else None)
        self._want_select = None
        self.tree.blockSignals(True)
        self.tree.clear()
        select: QTreeWidgetItem | None = None
        for module in self.course["modules"]:
            m_item = QTreeWidgetItem([module["title"]])
            m_item.setData(0, ITEM_ROLE, ("module", module["id"], module["id"]))
            font = m_item.font(0)
            font.setBold(True)
            m_item.setFont(0, font)
            self.tree.addTopLevelItem(m_item)
            if module["id"] == keep:
                select = m_item
            for lesson in module["lessons"]:
                l_item = QTreeWidgetItem([lesson["title"]])
                l_item.setData(0, ITEM_ROLE, ("lesson", lesson["id"], module["id"]))
                m_item.addChild(l_item)
                if lesson["id"] == keep:
                    select = l_item
            m_item.setExpanded(True)
        self.tree.blockSignals(False)
        if select is not None:
            self.tree.setCurrentItem(select)
        elif self.lesson_editor.lesson_id is not None:
            self.lesson_editor.set_lesson(None)  # the open lesson was deleted
            self.lesson_title.setText("")
            self._selected(None, None)
        elif self.tree.topLevelItemCount():
            self._update_buttons()

    # ------------------------------------------------------------------ selection

    def selected(self) -> tuple[str, str, str] | None:
        item = self.tree.currentItem()
        return tuple(item.data(0, ITEM_ROLE)) if item else None  # type: ignore[return-value]

    def _selected(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        sel = self.selected()
        if sel and sel[0] == "lesson":
            self.lesson_title.setText(item.text(0) if item else "")
            self.lesson_editor.set_lesson(sel[1], editable=self.editable)
        else:
            self.lesson_title.setText("")
            self.lesson_editor.set_lesson(None)
        self._show_edited()
        self._update_buttons()

    def _show_edited(self) -> None:
        """Which PC last changed the selected lesson, and when."""
        sel = self.selected()
        lesson = None
        if sel and sel[0] == "lesson" and self.course is not None:
            lesson = next(
                (le for m in self.course["modules"] for le in m["lessons"] if le["id"] == sel[1]),
                None,
            )
        if not lesson or not lesson.get("edited_by"):
            self.lesson_edited.setText("")
            return
        who = lesson["edited_by"]
        self.lesson_edited.setText(
            self.tr("Last changed by {pc} on {date}").format(
                pc=self._pcs.get(who) or who[:7], date=lesson.get("edited_on", "")
            )
        )

    def _update_buttons(self) -> None:
        sel = self.selected()
        w = self.editable
        self.add_module_button.setEnabled(w)
        self.add_lesson_button.setEnabled(w and sel is not None)
        for b in (self.rename_button, self.delete_button):
            b.setEnabled(w and sel is not None)
        items, i = self._siblings()
        self.up_button.setEnabled(w and i > 0)
        self.down_button.setEnabled(w and 0 <= i < len(items) - 1)

    def _siblings(self) -> tuple[list[dict[str, Any]], int]:
        sel = self.selected()
        if not sel or self.course is None:
            return [], -1
        kind, item_id, module_id = sel
        if kind == "module":
            items = self.course["modules"]
        else:
            module = next((m for m in self.course["modules"] if m["id"] == module_id), None)
            items = module["lessons"] if module else []
        return items, next((n for n, x in enumerate(items) if x["id"] == item_id), -1)

    # ------------------------------------------------------------------ actions

    def _then_reload(self, select: str | None = None) -> Any:
        def done(result: Any) -> None:
            self._want_select = (
                select if select is not None else (result if isinstance(result, str) else None)
            )
            self.done.emit()
            self._load()

        return done

    def add_module(self) -> None:
        title = dialogs.ask_text(
            self,
            self.tr("Add a module"),
            self.tr("Title of the new module:"),
            what=self.tr("module title"),
        )
        if title is None or self.course_id is None:
            return
        self.bridge.run(
            self.node.add_module,
            self.course_id,
            title,
            on_ok=self._then_reload(),
            on_error=self.error.emit,
        )

    def add_lesson(self) -> None:
        sel = self.selected()
        if sel is None or self.course_id is None:
            return
        title = dialogs.ask_text(
            self,
            self.tr("Add a lesson"),
            self.tr("Title of the new lesson:"),
            what=self.tr("lesson title"),
        )
        if title is None:
            return
        self.bridge.run(
            self.node.add_lesson,
            self.course_id,
            sel[2],
            title,
            on_ok=self._lesson_added,
            on_error=self.error.emit,
        )

    def _lesson_added(self, lesson_id: str) -> None:
        self.done.emit()
        self._want_select = lesson_id
        self._load()
        self.lesson_editor.edit.setFocus()

    def rename(self) -> None:
        sel = self.selected()
        if sel is None or self.course_id is None or not self.editable:
            return
        item = self.tree.currentItem()
        kind, item_id, _ = sel
        label = (
            self.tr("New title of the module:")
            if kind == "module"
            else self.tr("New title of the lesson:")
        )
        title = dialogs.ask_text(
            self,
            self.tr("Rename"),
            label,
            item.text(0),
            what=self.tr("module title") if kind == "module" else self.tr("lesson title"),
        )
        if title is None or title.strip() == item.text(0):
            return
        if kind == "module":
            self.bridge.run(
                self.node.rename_module,
                self.course_id,
                item_id,
                title,
                on_ok=self._then_reload(item_id),
                on_error=self.error.emit,
            )
        else:
            self.bridge.run(
                self.node.edit_lesson,
                item_id,
                title=title,
                on_ok=self._then_reload(item_id),
                on_error=self.error.emit,
            )

    def move(self, direction: int) -> None:
        sel = self.selected()
        if sel is None or self.course_id is None or not self.editable:
            return
        items, i = self._siblings()
        position = new_position(items, i, direction)
        if position is None:
            return
        kind, item_id, _ = sel
        self.bridge.run(
            self.node.move_item,
            self.course_id,
            item_id,
            position,
            lesson=kind == "lesson",
            on_ok=self._then_reload(item_id),
            on_error=self.error.emit,
        )

    def delete(self) -> None:
        sel = self.selected()
        if sel is None or self.course_id is None or not self.editable:
            return
        kind, item_id, _ = sel
        name = self.tree.currentItem().text(0)
        if kind == "module":
            question = self.tr("Delete the module “{name}” and all its lessons?").format(name=name)
        else:
            question = self.tr("Delete the lesson “{name}” and its text?").format(name=name)
        if not dialogs.confirm(self, self.tr("Delete"), question, action=self.tr("Delete")):
            return
        if kind == "lesson" and self.lesson_editor.lesson_id == item_id:
            self.lesson_editor.set_lesson(None)
        self.bridge.run(
            self.node.delete_item,
            self.course_id,
            item_id,
            lesson=kind == "lesson",
            on_ok=lambda _: (
                self.info.emit(self.tr("“{name}” deleted.").format(name=name)),
                self._load(),
            ),
            on_error=self.error.emit,
        )

    def _save_details(self, values: dict[str, str]) -> None:
        if self.course_id is None:
            return

        def saved(_: Any) -> None:
            self.details.saved(values)
            self.info.emit(self.tr("Course details saved."))
            self._load()

        self.bridge.run(
            self.node.update_course, self.course_id, **values, on_ok=saved, on_error=self.error.emit
        )

    # ------------------------------------------------------------------ maintainers

    def _show_maintainers(self, course: dict[str, Any]) -> None:
        names = [
            (m["name"] or m["id"][:8]) + (self.tr(" (owner)") if m["owner"] else "")
            for m in course.get("maintained_by", [])
        ]
        self.maintainers.setText(self.tr("Maintained by: {schools}").format(
            schools=", ".join(names)))  # fmt: skip
        owner = course.get("school") == self.node.school_id
        self.bridge.run(self.node.school_names, on_ok=self._got_schools, on_error=self.error.emit)
        self.bridge.run(self.node.pc_names, on_ok=self._got_pcs, on_error=self.error.emit)
        for w in (self.school_choice, self.invite_button, self.stop_sharing_button):
            w.setVisible(owner)

    def _got_pcs(self, names: dict[str, str]) -> None:
        self._pcs = names
        self._show_edited()

    def _got_schools(self, names: dict[str, str]) -> None:
        mine = self.node.school_id
        others = {sid: name for sid, name in names.items() if sid and sid != mine}
        if others == self._schools:
            self._update_sharing()
            return
        self._schools = others
        current = self.school_choice.currentData()
        self.school_choice.blockSignals(True)
        self.school_choice.clear()
        for sid, name in sorted(others.items(), key=lambda kv: kv[1].casefold()):
            self.school_choice.addItem(name or sid, sid)
        i = self.school_choice.findData(current)
        self.school_choice.setCurrentIndex(max(0, i))
        self.school_choice.blockSignals(False)
        self._update_sharing()

    def _update_sharing(self) -> None:
        chosen = self.school_choice.currentData()
        maintaining = {m["id"] for m in (self.course or {}).get("maintained_by", [])}
        self.invite_button.setEnabled(bool(chosen) and chosen not in maintaining)
        self.stop_sharing_button.setEnabled(bool(chosen) and chosen in maintaining)
        if not self._schools:
            self.invite_button.setToolTip(
                self.tr("No other school is known here yet: link a PC of that school first")
            )

    def change_maintainer(self, *, share: bool) -> dialogs.PinDialog | None:
        """Invite the chosen school to maintain this course, or stop sharing with it."""
        school_id = self.school_choice.currentData()
        if not school_id or self.course_id is None or self.course is None:
            return None
        course_id, school = self.course_id, self.school_choice.currentText()
        if share:
            title = self.tr("Invite a school")
            text = self.tr(
                "Let every PC of {school} edit “{course}” (its lessons, modules and details) "
                "with this school? Their edits and yours merge."
            )
            action, call = self.tr("Invite"), self.node.share_course
        else:
            title = self.tr("Stop sharing")
            text = self.tr(
                "Stop {school} editing “{course}”? Edits its PCs make from now on are refused "
                "everywhere; what they wrote before stays."
            )
            action, call = self.tr("Stop sharing"), self.node.unshare_course
        dialog = dialogs.PinDialog(
            self, title, text.format(school=school, course=self.course["title"]), action=action
        )
        self.pin_dialog = dialog

        def submitted(pin: str, _role: str) -> None:
            def ok(course: dict[str, Any]) -> None:
                dialog.accept()
                self._got(course_id, course)
                self.done.emit()

            def failed(exc: BaseException) -> None:
                dialog.show_error(describe(exc), wait=getattr(exc, "wait", 0.0))

            self.bridge.run(call, course_id, school_id, pin, on_ok=ok, on_error=failed)

        dialog.submitted.connect(submitted)
        dialog.open()
        return dialog
