"""The base of every page: loads its data the first time it is shown, says when it has,
and shows messages in a banner at its top (never a traceback).

The banner floats over the heading row, to the right of the page's title; the row is tall
enough for a two-line message, so the page's content never moves when a message comes or
goes (a longer one covers the top of the page until it is closed)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from edunode.ui.bridge import describe
from edunode.ui.context import Context
from edunode.ui.widgets.banner import Banner


class Page(QWidget):
    """A page of the main window. Subclasses build widgets in ``__init__`` and load data in
    ``reload``; they call ``mark_loaded`` when the first data has landed."""

    loaded = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bridge = ctx.bridge
        self.node = ctx.node
        self._started = False
        self._loaded = False
        self._stale = False
        self.outer = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.outer.addWidget(self.heading)
        self.banner = Banner(self)  # not in the layout: placed over the heading row
        self.banner.placed.connect(self._place_banner)
        self.heading.setMinimumHeight(
            max(self.heading.sizeHint().height(), self.banner.two_line_height())
        )
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(250)
        self._refresh_timer.timeout.connect(self.reload)

    # ------------------------------------------------------------------ life cycle

    def title(self) -> str:
        raise NotImplementedError

    def set_heading(self, text: str) -> None:
        self.heading.setText(text)

    def activate(self) -> None:
        """Called each time the page is shown; loads the first time, or when data changed
        while it was hidden."""
        if not self._started:
            self._started = True
            self.reload()
        elif self._stale:
            self._stale = False
            self.reload()

    def reload(self) -> None:
        """Fetch the page's data through the bridge. Subclasses override."""
        self.mark_loaded()

    def reload_soon(self) -> None:
        """Coalesce bursts of events into one reload. A hidden page only notes that its
        data changed and reloads when it is shown again."""
        if not self._started:
            return
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._stale = True

    def mark_loaded(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.loaded.emit()

    @property
    def is_loaded(self) -> bool:
        return self._loaded

    def focus_first(self) -> None:
        """Put the keyboard focus on the page's first control."""
        self.focusNextChild()

    # ------------------------------------------------------------------ messages

    def show_error(self, exc: BaseException | str) -> None:
        self.banner.show_message(exc if isinstance(exc, str) else describe(exc), error=True)

    def show_info(self, text: str) -> None:
        self.banner.show_message(text, error=False)

    def clear_error(self) -> None:
        """Something worked, or the person moved on: an error shown before is out of date."""
        self.banner.clear_error()

    def clear_messages(self) -> None:
        self.banner.clear()

    def _place_banner(self) -> None:
        h = self.heading.geometry()
        gap = self.fontMetrics().averageCharWidth() * 3
        text_width = self.heading.fontMetrics().horizontalAdvance(self.heading.text())
        left = h.x() + (text_width + gap if self.heading.text() else 0)
        width = max(h.right() - left, self.fontMetrics().averageCharWidth() * 30)
        left = min(left, h.right() - width)
        height = max(h.height(), self.banner.heightForWidth(width))
        self.banner.setGeometry(left, h.y(), width, height)
        self.banner.raise_()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_banner()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._place_banner()
