"""The Reports page's Community view: the schools compared course by course, from the
summaries each school publishes (``service/summary.py``, decision 0016).

A table of every shared course × school (learners, completion, average result,
attendance, when published), a bar chart of one course's schools (the course chosen above
it, or the row chosen in the table), CSV export through a file dialog, and "Publish now"
for this school's own summary. Groups under five learners show "fewer than 5" and no
figures: that is all a school publishes of them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from edunode.errors import EdunodeError
from edunode.ui import formatting
from edunode.ui.context import Context
from edunode.ui.widgets.bar_chart import BarChart, BarRow
from edunode.ui.widgets.tables import cell, read_only_table

FIGURES = ("completion", "average_result", "attendance")


class CommunityView(QWidget):
    """Lives in the Reports page; ``page`` shows its messages."""

    def __init__(self, ctx: Context, page: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.page = ctx, page
        self.bridge, self.node = ctx.bridge, ctx.node
        self.report: dict[str, Any] = {"schools": [], "courses": []}
        self.rows: list[tuple[dict[str, Any], dict[str, Any]]] = []  # (course, school row)
        self.state = QLabel()
        self.state.setObjectName("muted")
        self.state.setWordWrap(True)
        self.course_box = QComboBox()
        self.course_box.setAccessibleName(self.tr("Course shown in the chart"))
        self.course_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.publish_button = QPushButton(self.tr("&Publish now"))
        self.publish_button.setToolTip(
            self.tr(
                "Publish this school's summary now: its totals per shared course (they are "
                "also sent once a day while EduNode runs)"
            )
        )
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.export_button = QPushButton(self.tr("E&xport CSV…"))
        self.export_button.setEnabled(False)
        self.tools = QWidget()  # the Reports page puts it in its top row
        top = QHBoxLayout(self.tools)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.state, 1)
        top.addWidget(QLabel(self.tr("Chart:")))
        top.addWidget(self.course_box)
        top.addWidget(self.publish_button)
        top.addWidget(self.refresh_button)
        top.addWidget(self.export_button)

        self.table = read_only_table(
            [
                self.tr("Course"),
                self.tr("School"),
                self.tr("Learners"),
                self.tr("Completion"),
                self.tr("Average result"),
                self.tr("Attendance"),
                self.tr("Published"),
            ]
        )
        self.table.setAccessibleName(self.tr("Figures per course and school"))
        header = self.table.horizontalHeader()
        for col in range(header.count()):  # sized to their contents once filled
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.chart = BarChart()
        self.chart.setAccessibleName(self.tr("Chart of the schools' figures for one course"))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        scroll.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        self.scroll = scroll
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(scroll)
        split.setChildrenCollapsible(False)
        self.split = split
        note = QLabel(
            self.tr(
                "Each school publishes totals per shared course, only for groups of at least "
                "5 learners (a smaller group shows as \u201cfewer than 5\u201d): no learner's "
                "name, ID, birth year or own figure leaves a school."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split, 1)
        layout.addWidget(note)
        self.publish_button.clicked.connect(self.publish)
        self.refresh_button.clicked.connect(self.reload)
        self.export_button.clicked.connect(self._export_clicked)
        self.course_box.currentIndexChanged.connect(lambda _i: self._fill_chart())
        self.table.currentCellChanged.connect(self._row_chosen)

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        self.refresh_button.setEnabled(False)
        self.bridge.run(
            self.node.community_report, on_ok=self.show_report, on_error=self._failed,
            background=True,
        )  # fmt: skip

    def _failed(self, exc: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.page.show_error(exc)

    def publish(self) -> None:
        self.publish_button.setEnabled(False)

        def done(found: dict[str, Any]) -> None:
            self.publish_button.setEnabled(True)
            self.page.show_info(
                self.tr("This school's summary was published ({n} shared courses).").format(
                    n=formatting.number(len(found["courses"]))
                )
            )
            self.reload()

        def failed(exc: BaseException) -> None:
            self.publish_button.setEnabled(True)
            self.page.show_error(exc)

        self.bridge.run(self.node.publish_summary, on_ok=done, on_error=failed)

    def show_report(self, report: dict[str, Any]) -> None:
        """Fill the table, the course choice and the chart from ``community_report()``."""
        self.refresh_button.setEnabled(True)
        self.report = report
        schools = report["schools"]
        mine = next((s for s in schools if s["mine"]), None)
        parts = [self.tr("%n schools", "", len(schools))]
        if mine is not None:
            parts.append(
                self.tr("this school's summary published {day}").format(
                    day=formatting.day(mine["published_on"])
                )
            )
        elif self.node.school_id:
            parts.append(self.tr("this school has not published a summary yet"))
        self.state.setText(" · ".join(parts))
        self.rows = [(c, row) for c in report["courses"] for row in c["schools"]]
        self._fill_table()
        chosen = self.course_box.currentData()
        self.course_box.blockSignals(True)
        self.course_box.clear()
        for c in report["courses"]:
            self.course_box.addItem(c["title"], c["course_id"])
        at = self.course_box.findData(chosen) if chosen else -1
        if at < 0 and report["courses"]:  # first: the course the most schools report on
            widest = max(report["courses"], key=lambda c: len(c["schools"]))
            at = self.course_box.findData(widest["course_id"])
        self.course_box.setCurrentIndex(at)
        self.course_box.blockSignals(False)
        self._fill_chart()
        self.export_button.setEnabled(bool(self.rows))

    def learners_text(self, row: dict[str, Any]) -> str:
        return self.tr("fewer than 5") if row["small"] else formatting.number(row["learners"])

    def _fill_table(self) -> None:
        table = self.table
        table.setUpdatesEnabled(False)
        published = {s["school_id"]: s["published_on"] for s in self.report["schools"]}
        table.setRowCount(len(self.rows))
        for r, (course, row) in enumerate(self.rows):
            school = cell(row["school"], row["school_id"])
            if row["mine"]:
                font = school.font()
                font.setBold(True)
                school.setFont(font)
            items = [
                cell(course["title"], course["course_id"]),
                school,
                cell(self.learners_text(row), right=True),
                *(cell(_pct(row[k]), right=True) for k in FIGURES),
                cell(formatting.day(published.get(row["school_id"], ""))),
            ]
            for col, item in enumerate(items):
                table.setItem(r, col, item)
        table.resizeColumnsToContents()  # once, not per cell: every title and figure in full
        table.setUpdatesEnabled(True)
        self._arrange()

    def _arrange(self) -> None:
        """Side by side when the table's columns and a readable chart both fit (the table
        as wide as it needs), else the table above the chart."""
        table = self.table
        needed = table.horizontalHeader().length() + table.verticalScrollBar().sizeHint().width()
        needed += 2 * table.frameWidth()
        width, height = self.split.width(), self.split.height()
        chart = self.chart.sizeHint().width()
        if width >= needed + chart + self.split.handleWidth():
            self.split.setOrientation(Qt.Orientation.Horizontal)
            self.split.setSizes([needed, width - needed])
        else:
            self.split.setOrientation(Qt.Orientation.Vertical)
            shown = height * 9 // 20
            self.split.setSizes([shown, max(height - shown, 1)])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _row_chosen(self, row: int, *_: int) -> None:
        if 0 <= row < len(self.rows):
            at = self.course_box.findData(self.rows[row][0]["course_id"])
            if at >= 0 and at != self.course_box.currentIndex():
                self.course_box.setCurrentIndex(at)

    def _fill_chart(self) -> None:
        chosen = self.course_box.currentData()
        course = next((c for c in self.report["courses"] if c["course_id"] == chosen), None)
        series = [self.tr("Completion %"), self.tr("Average result %"), self.tr("Attendance %")]
        rows = [
            BarRow(
                label=row["school"],
                values=tuple(row[k] for k in FIGURES),
                note=self.tr("fewer than 5 learners") if row["small"] else "",
                strong=row["mine"],
            )
            for row in (course["schools"] if course else [])
        ]
        self.chart.set_rows(
            series,
            rows,
            self.tr(
                "No community summary yet: schools publish theirs once a day while EduNode "
                "runs, and they arrive with the shared courses."
            ),
        )

    # ------------------------------------------------------------------ export

    def export_csv(self, path: str | Path) -> Path:
        """Write the comparison to ``path`` (what the Export button does)."""
        self.node.community_report_csv(path)
        return Path(path)

    def _export_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the community comparison"),
            str(Path.home() / "edunode-community.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if not path:
            return
        try:
            written = self.export_csv(path)
        except EdunodeError as exc:  # a folder that can't be written: shown in words
            self.page.show_error(exc)
            return
        self.page.show_info(self.tr("Comparison saved to {path}.").format(path=written))


def _pct(value: float | None) -> str:
    return formatting.percent(None if value is None else value / 100, 1)
