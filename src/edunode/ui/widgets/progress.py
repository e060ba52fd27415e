"""Progress for long work: a dialog with a bar, counts and a safe Cancel, and the panel of
per-peer sync bars the Community page shows.

:func:`run_with_dialog` is what pages call: it opens a :class:`ProgressDialog` at once
(never a silently greyed-out window), runs the Node call through
:meth:`Bridge.run_with_progress`, shows "12 of 40 documents" as the call reports, and closes
the dialog before calling back. Cancel sets the call's cancel flag; the call stops at its
next safe point (between whole packages, documents or transactions) and the page is told
what was kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from edunode.errors import Cancelled
from edunode.events import SyncProgress
from edunode.ui.bridge import Bridge

PROGRESS_DELAY_MS = 400  # a short step shows no box at all (its own dialog says "busy")
FINISHED_SHOWN_MS = 4000  # a peer's finished bar stays this long, then goes


class ProgressDialog(QDialog):
    """A window-modal box: what is being done, a bar, "12 of 40 documents", Cancel.

    ``counts`` formats the figures (``counts(done, total)``); while the total is unknown
    (0) the bar is busy. Esc and closing the box mean Cancel, which only asks: the work
    stops at its next safe point and the box says so meanwhile."""

    cancel_requested = Signal()

    def __init__(
        self,
        parent: QWidget,
        title: str,
        text: str,
        counts: Callable[[int, int], str],
        *,
        cancellable: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._counts = counts
        self._finished = False
        self.figures: list[tuple[int, int]] = []  # what the bar showed, in order
        self.cancellable = cancellable
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.counts = QLabel(self.tr("Starting…"))
        self.counts.setObjectName("muted")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setToolTip(
            self.tr("Stop at the next safe point; what was finished before is kept whole")
        )
        self.cancel_button.clicked.connect(self.request_cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.bar)
        layout.addWidget(self.counts)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.setMinimumWidth(420)

    def set_progress(self, done: int, total: int) -> None:
        self.figures.append((done, total))
        if total <= 0:
            self.bar.setRange(0, 0)
        else:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        if not self.cancel_button.isEnabled():
            return  # keeps saying that it stops
        self.counts.setText(self._counts(done, total))

    def request_cancel(self) -> None:
        if not self.cancellable or not self.cancel_button.isEnabled():
            return
        self.cancel_button.setEnabled(False)
        self.counts.setText(self.tr("Stopping at the next safe point…"))
        self.cancel_requested.emit()

    def finish(self) -> None:
        """The work ended (either way): close for good (the page that opened it lets it go
        when it opens the next one)."""
        self._finished = True
        self.done(QDialog.DialogCode.Accepted)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.request_cancel()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:  # the title bar's close button
        if self._finished:
            super().reject()
        else:
            self.request_cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._finished:
            super().closeEvent(event)
        else:
            event.ignore()
            self.request_cancel()


def run_with_dialog(
    parent: QWidget,
    bridge: Bridge,
    title: str,
    text: str,
    counts: Callable[[int, int], str],
    fn: Callable[..., Any],
    *args: Any,
    on_ok: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_cancelled: Callable[[Cancelled], None] | None = None,
    cancellable: bool = True,
    delay_ms: int = 0,
    lane: str = "",
) -> ProgressDialog:
    """Run ``fn(*args, progress=, cancel=)`` with a :class:`ProgressDialog` (see the module
    docstring). A Cancelled call goes to ``on_cancelled`` (else ``on_error``). With
    ``delay_ms`` the box opens only if the work is still running then (no flash for a
    step that takes a moment; the caller's own dialog says it is busy meanwhile)."""
    dialog = ProgressDialog(parent, title, text, counts, cancellable=cancellable)

    def ok(value: Any) -> None:
        dialog.finish()
        on_ok(value)

    def failed(exc: BaseException) -> None:
        dialog.finish()
        if isinstance(exc, Cancelled) and on_cancelled is not None:
            on_cancelled(exc)
        else:
            on_error(exc)

    cancel = bridge.run_with_progress(
        fn, *args, on_progress=dialog.set_progress, on_ok=ok, on_error=failed, lane=lane
    )
    dialog.cancel_requested.connect(cancel.set)
    if delay_ms > 0:
        QTimer.singleShot(delay_ms, dialog, lambda: None if dialog._finished else dialog.open())
    else:
        dialog.open()
    return dialog


def sync_status(parent: QWidget, figures: dict[str, SyncProgress]) -> str:
    """The status bar's words for the peers being synced ("" for none)."""
    if not figures:
        return ""
    done = sum(f.done for f in figures.values())
    total = sum(f.total for f in figures.values())
    if len(figures) == 1:
        name = next(iter(figures.values())).name
        return QCoreApplication.translate(
            "SyncProgressPanel", "Syncing with {name}: {done} of {total} changes"
        ).format(name=name, done=done, total=total)
    return QCoreApplication.translate(
        "SyncProgressPanel", "Syncing with {n} PCs: {done} of {total} changes"
    ).format(n=len(figures), done=done, total=total)


class SyncProgressPanel(QWidget):
    """A bar per peer whose bulk exchange is under way: "Hill Library: 120 of 800 changes",
    and beside it what is sent and received. A finished peer's bar shows full for a moment,
    then goes; the panel hides when no peer is syncing."""

    changed = Signal(str, int, int)  # peer, done, total: after each figure shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.rows: dict[str, tuple[QLabel, QProgressBar, QLabel]] = {}
        self.figures: dict[str, SyncProgress] = {}
        self.hide()

    def update_peer(self, ev: SyncProgress) -> None:
        if ev.peer_id not in self.rows:
            name, bar, detail = QLabel(), QProgressBar(), QLabel()
            bar.setTextVisible(False)
            detail.setObjectName("muted")
            row = self.grid.rowCount()
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(bar, row, 1)
            self.grid.addWidget(detail, row, 2)
            self.grid.setColumnStretch(1, 1)
            self.rows[ev.peer_id] = (name, bar, detail)
        name, bar, detail = self.rows[ev.peer_id]
        total = max(ev.total, 1)
        done = ev.total if ev.in_sync else min(ev.done, ev.total)  # in sync: nothing is left
        bar.setRange(0, total)
        bar.setValue(done)
        name.setText(
            self.tr("{name}: {done} of {total} changes").format(
                name=ev.name, done=done, total=ev.total
            )
        )
        if ev.finished:
            detail.setText(
                self.tr("In sync")
                if ev.in_sync
                else self.tr("Connection ended; the rest comes at the next one")
            )
            self.figures.pop(ev.peer_id, None)
            QTimer.singleShot(FINISHED_SHOWN_MS, self, lambda p=ev.peer_id: self._drop(p))
        else:
            self.figures[ev.peer_id] = ev
            detail.setText(
                self.tr("sending {sent} of {to_send}, receiving {received} of {to_receive}").format(
                    sent=min(ev.sent, ev.to_send),
                    to_send=ev.to_send,
                    received=min(ev.received, ev.to_receive),
                    to_receive=ev.to_receive,
                )
            )
        self.show()
        self.changed.emit(ev.peer_id, done, ev.total)

    def _drop(self, peer_id: str) -> None:
        if peer_id in self.figures or peer_id not in self.rows:
            return  # syncing again meanwhile
        for widget in self.rows.pop(peer_id):
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self.setVisible(bool(self.rows))
