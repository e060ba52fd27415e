"""A small horizontal bar chart drawn with QPainter: one row per label (a school), one thin
bar per figure (completion, average result, attendance) from 0 to 100 %, the value written
after it; a row without figures shows a note instead ("fewer than 5 learners").

It grows in height with its rows (put it in a scroll area) and costs one paint: at 30
schools it draws in a few milliseconds, far cheaper than a QtCharts scene."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from edunode.ui import formatting

COLOURS = ("#2f6f9f", "#e39b2d", "#4c9a5b")  # as the Reports page's own chart


@dataclass(frozen=True)
class BarRow:
    label: str
    values: tuple[float | None, ...]  # percentages, 0–100 (None: not recorded)
    note: str = ""  # shown instead of bars (a small group)
    strong: bool = False  # this school: drawn in bold


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[BarRow] = []
        self.series: list[str] = []
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_rows(self, series: list[str], rows: list[BarRow], empty_text: str = "") -> None:
        self.series, self.rows, self.empty_text = series, rows, empty_text
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    # ------------------------------------------------------------------ geometry

    def _line(self) -> int:
        return self.fontMetrics().height()

    def _step(self) -> int:
        """One bar and its value's line."""
        return self._line() + 1

    def _row_height(self) -> int:
        return max(len(self.series), 1) * self._step() + self._line() // 2

    def sizeHint(self) -> QSize:
        line = self._line()
        legend = line * 2
        body = len(self.rows) * self._row_height() if self.rows else line * 3
        return QSize(self.fontMetrics().averageCharWidth() * 70, legend + body + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 40, self.sizeHint().height())

    # ------------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        metrics = self.fontMetrics()
        line = self._line()
        width = self.width()
        # the legend
        x = 4
        for name, colour in zip(self.series, COLOURS, strict=False):
            painter.fillRect(QRectF(x, line // 2, line * 0.8, line * 0.8), QColor(colour))
            x += int(line * 1.1)
            painter.setPen(text)
            painter.drawText(x, line + line // 4, name)
            x += metrics.horizontalAdvance(name) + line
        top = line * 2
        if not self.rows:
            painter.setPen(muted)
            painter.drawText(QRectF(0, top, width, line * 3), Qt.AlignmentFlag.AlignCenter,
                             self.empty_text)  # fmt: skip
            return
        label_w = min(
            max(metrics.horizontalAdvance(r.label) for r in self.rows) + line,
            width // 3,
        )
        value_w = metrics.horizontalAdvance("100.0 %") + line // 2
        bar_w = max(width - label_w - value_w - 8, 10)
        row_h = self._row_height()
        bold = QFont(self.font())
        bold.setBold(True)
        step = self._step()
        thick = max(int(line * 0.6), 4)
        for n, row in enumerate(self.rows):
            y = top + n * row_h
            painter.setFont(bold if row.strong else self.font())
            painter.setPen(text)
            label = metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, label_w - line // 2)
            painter.drawText(QRectF(0, y, label_w - line // 2, row_h),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             label)  # fmt: skip
            painter.setFont(self.font())
            if row.note:
                painter.setPen(muted)
                painter.drawText(QRectF(label_w, y, bar_w + value_w, row_h),
                                 Qt.AlignmentFlag.AlignVCenter, row.note)  # fmt: skip
                continue
            by = y + (row_h - len(row.values) * step) / 2
            for value, colour in zip(row.values, COLOURS, strict=False):
                length = 0.0 if value is None else bar_w * max(0.0, min(value, 100.0)) / 100
                painter.fillRect(QRectF(label_w, by + (step - thick) / 2, length, thick),
                                 QColor(colour))  # fmt: skip
                painter.setPen(muted)
                shown = "—" if value is None else formatting.percent(value / 100, 1)
                painter.drawText(QRectF(label_w + length + 4, by, value_w, step),
                                 Qt.AlignmentFlag.AlignVCenter, shown)  # fmt: skip
                by += step
        painter.end()
