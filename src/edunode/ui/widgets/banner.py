"""A message strip at the top of a page: errors stay until closed, the next successful action
or a change of page; notes fade after a while.

The strip floats over the page's heading row (the page places it, see ``Page``): showing or
hiding it never moves the lists and buttons under it, so nothing jumps under the mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class Banner(QFrame):
    INFO_SECONDS = 6
    placed = Signal()  # shown with a new text: the page puts it in place

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close this message"))
        close.setAccessibleName(self.tr("Close message"))
        close.clicked.connect(self.hide)
        self.row = row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.addWidget(self.label, 1)
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_message(self, text: str, *, error: bool) -> None:
        self.label.setText(text)
        self.setProperty("kind", "error" if error else "info")
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()
        self.raise_()
        self.placed.emit()
        if error:
            self._timer.stop()
        else:
            self._timer.start(self.INFO_SECONDS * 1000)

    def two_line_height(self) -> int:
        """The height of the strip with a message of two lines."""
        m = self.row.contentsMargins()
        return 2 * self.label.fontMetrics().lineSpacing() + m.top() + m.bottom() + 2

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()

    @property
    def is_error(self) -> bool:
        return not self.isHidden() and self.property("kind") == "error"

    def clear(self) -> None:
        """Hide the message, whatever it is."""
        self._timer.stop()
        self.hide()

    def clear_error(self) -> None:
        """Hide the message if it is an error (a note stays until it fades)."""
        if self.is_error:
            self.clear()


class BackupBanner(QFrame):
    """The window's box at the foot of the side column while the school's records are at risk: a
    one-PC school with no recent backup, or an automatic backup that failed
    (``node.backups.status()["warning"]``). It stays until a backup is made; its button
    opens Settings › Backup."""

    set_up = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setProperty("kind", "warning")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(self.tr("Set up backups"))
        self.button.clicked.connect(self.set_up)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 8, 10, 8)
        column.addWidget(self.label)
        column.addWidget(self.button)
        self.hide()

    def show_warning(self, text: str) -> None:
        self.label.setText(text)
        self.setVisible(bool(text))

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()
