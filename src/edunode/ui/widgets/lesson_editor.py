"""The lesson body editor: saves as you type, merges other PCs' edits in live.

The editor keeps ``base``, the body as it last agreed with the Node. One round trip,
:func:`sync_body`, serves both directions: on the worker it takes the stored body, applies
our edits since ``base`` on top (``textmerge.merge3``), stores that as one small splice per
hunk, and returns the merged body. Back on the GUI thread, whatever the person typed while
the request was out is merged once more, and only the differing spans are spliced into the
document through a ``QTextCursor``: the person's cursor and selection stay on the same
characters (moved only by splices before them), and nothing they typed is lost.

Saves are debounced (400 ms after the last keystroke); a change to the open course from
anywhere (``ChangesApplied``) triggers the same round trip at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from edunode.errors import NotFoundError
from edunode.ui import textmerge
from edunode.ui.bridge import Bridge, describe

SAVE_DELAY_MS = 400


def sync_body(node: Any, lesson_id: str, base: str, local: str) -> str:
    """Worker side: store our edits (``base`` → ``local``) on top of the stored body.

    Runs inside ``node.batch()``, which holds the Node's document lock, so no change from
    the network can slip in between reading the body and writing the merge.
    """
    with node.batch():
        current = node.lesson_body(lesson_id)
        if local == base:
            return str(current)
        merged = textmerge.merge3(base, local, current)
        text = current
        # One edit per hunk, last first: each stored change touches only what it changes,
        # so it merges per character with what other nodes did elsewhere in the text.
        for start, end, rep in reversed(textmerge.hunks(current, merged)):
            text = text[:start] + rep + text[end:]
            node.edit_lesson(lesson_id, body=text)
        return merged


class LessonEditor(QWidget):
    synced = Signal()  # a round trip finished and the editor is in step with the Node

    def __init__(self, bridge: Bridge, node: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.node = node
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(self.tr("Lesson text"))
        self.state = QLabel()
        self.state.setObjectName("saveState")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.state)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.sync)
        self.edit.textChanged.connect(self._typed)
        self.lesson_id: str | None = None
        self.base = ""
        self._sent = ""
        self._editable = False
        self._session = 0
        self._loading = False
        self._in_flight = False
        self._again = False
        self._applying = False
        self.set_lesson(None)

    # ------------------------------------------------------------------ opening

    def set_lesson(self, lesson_id: str | None, *, editable: bool = True) -> None:
        """Show another lesson (saving what was typed in the current one first)."""
        if lesson_id == self.lesson_id and lesson_id is not None:
            self._editable = editable
            self.edit.setReadOnly(not editable or self._loading)
            self._placeholder()
            return
        self.leave()
        self._session += 1
        self.lesson_id = lesson_id
        self._editable = editable
        self._in_flight = self._again = False
        self._set_text("")
        self.base = ""
        self.edit.setReadOnly(True)
        self._placeholder()
        if lesson_id is None:
            self._loading = False
            self.edit.setEnabled(False)
            self.state.setText(self.tr("Choose a lesson on the left to read or edit it."))
            return
        self.edit.setEnabled(True)
        self._loading = True
        self.state.setText(self.tr("Opening the lesson…"))
        session = self._session
        self.bridge.run(
            self.node.lesson_body,
            lesson_id,
            on_ok=lambda body: self._opened(session, body),
            on_error=lambda exc: self._failed(session, exc),
        )

    def _opened(self, session: int, body: str) -> None:
        if session != self._session:
            return
        self._loading = False
        self._set_text(body)
        self.base = body
        self.edit.setReadOnly(not self._editable)
        self._placeholder()
        self._show_saved()
        if self._again:
            self._again = False
            self.sync()
        self.synced.emit()

    def _placeholder(self) -> None:
        """The hint in an empty editor says what can be done here, and nothing else: no
        hint without a lesson (the line below says to choose one), another for read only."""
        if self.lesson_id is None or self._loading:
            text = ""
        elif self._editable:
            text = self.tr("Write the lesson here. It is saved as you type.")
        else:
            text = self.tr("This lesson has no text yet.")
        self.edit.setPlaceholderText(text)

    # ------------------------------------------------------------------ saving and merging

    @property
    def dirty(self) -> bool:
        return (
            self.lesson_id is not None
            and not self._loading
            and self.edit.toPlainText() != self.base
        )

    @property
    def in_step(self) -> bool:
        """Nothing typed is waiting and no round trip is out."""
        return (
            not self._loading
            and not self._in_flight
            and not self._timer.isActive()
            and not self.dirty
        )

    def _typed(self) -> None:
        if self._applying or self._loading or not self._editable or self.lesson_id is None:
            return
        self.state.setText(self.tr("Editing…"))
        self._timer.start()

    def remote_changed(self) -> None:
        """The open course changed somewhere: fetch and merge now."""
        if self.lesson_id is None:
            return
        if self._loading:
            self._again = True
            return
        self.sync()

    def leave(self) -> None:
        """Save what is typed and stop following this lesson (another lesson is opened, the
        course is closed, or the window closes). The save is queued behind a round trip
        still out, so it merges on top of it; what comes back is no longer applied here."""
        if self.lesson_id is None or self._loading or not self._editable:
            return
        text = self.edit.toPlainText()
        base = self._sent if self._in_flight else self.base
        if text != base:
            self.bridge.run(sync_body, self.node, self.lesson_id, base, text)
        self._timer.stop()
        self._session += 1
        self._in_flight = self._again = False
        self.base = text

    def sync(self) -> None:
        self._timer.stop()
        if self.lesson_id is None or self._loading:
            return
        if self._in_flight:
            self._again = True
            return
        sent = self.edit.toPlainText() if self._editable else self.base
        self._in_flight = True
        self._sent = sent
        if sent != self.base:
            self.state.setText(self.tr("Saving…"))
        session, lesson_id = self._session, self.lesson_id
        self.bridge.run(
            sync_body,
            self.node,
            lesson_id,
            self.base,
            sent,
            on_ok=lambda merged: self._synced(session, sent, merged),
            on_error=lambda exc: self._failed(session, exc),
        )

    def _synced(self, session: int, sent: str, merged: str) -> None:
        if session != self._session:
            return
        self._in_flight = False
        current = self.edit.toPlainText()
        # What was typed while the request was out goes on top of the merged body.
        target = textmerge.merge3(sent, current, merged)
        if target != current:
            self._splice(current, target)
        self.base = merged
        if self._again:
            self._again = False
            self.sync()
            return
        if target != merged and self._editable:
            self._timer.start()  # typing that is not stored yet
        else:
            self._show_saved()
        self.synced.emit()

    def _failed(self, session: int, exc: BaseException) -> None:
        if session != self._session:
            return
        self._loading = self._in_flight = False
        if isinstance(exc, NotFoundError):
            self._editable = False
            self.edit.setReadOnly(True)
            self.state.setText(
                self.tr("This lesson no longer exists (it was deleted, perhaps on another PC).")
            )
        else:
            self.state.setText(self.tr("Not saved: {reason}").format(reason=describe(exc)))
        self.synced.emit()

    def _show_saved(self) -> None:
        if self._editable:
            self.state.setText(self.tr("All changes saved."))
        else:
            self.state.setText(self.tr("Read only: this course is maintained by another school."))

    # ------------------------------------------------------------------ editing the document

    def _set_text(self, text: str) -> None:
        self._applying = True
        try:
            self.edit.setPlainText(text)
        finally:
            self._applying = False

    def _splice(self, current: str, target: str) -> None:
        """Turn the document from ``current`` into ``target`` by splicing only what differs,
        keeping the person's cursor, selection and scroll position."""
        splices = textmerge.hunks(current, target)
        cursor = self.edit.textCursor()
        pos = textmerge.from_utf16(current, cursor.position())
        anchor = textmerge.from_utf16(current, cursor.anchor())
        bar = self.edit.verticalScrollBar()
        scroll = bar.value()
        doc = self.edit.document()
        self._applying = True
        try:
            edit = QTextCursor(doc)
            edit.beginEditBlock()
            for start, end, rep in reversed(splices):
                edit.setPosition(textmerge.utf16_index(current, start))
                edit.setPosition(
                    textmerge.utf16_index(current, end), QTextCursor.MoveMode.KeepAnchor
                )
                edit.insertText(rep)
            edit.endEditBlock()
        finally:
            self._applying = False
        new_pos = textmerge.move_position(pos, splices)
        new_anchor = textmerge.move_position(anchor, splices)
        restored = QTextCursor(doc)
        restored.setPosition(textmerge.utf16_index(target, new_anchor))
        restored.setPosition(
            textmerge.utf16_index(target, new_pos), QTextCursor.MoveMode.KeepAnchor
        )
        self.edit.setTextCursor(restored)
        bar.setValue(scroll)
