"""Reports for continuous improvement: per course completion, average result, attendance
and learners behind their pathway, as a chart and a table; community figures as totals
only; export as CSV; and this school's learners who need help, with the reasons
(``domain/plan.py``). "This school / Community" at the top switches to the Community view
(``reports_community.py``): the schools' published summaries compared course by course.

The table and the chart sit side by side when the page is wide enough for both to be read
in full (every course title, the legend), one above the other otherwise (e.g. at 1024×768):
nothing is cut to "Cou…"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from edunode.ui import formatting, records
from edunode.ui.context import Context
from edunode.ui.pages.reports_community import CommunityView
from edunode.ui.widgets.page import Page
from edunode.ui.widgets.tables import cell, read_only_table, tidy

CHART_COURSES = 12  # the chart shows the courses with the most learners


def _figure_box(caption: str) -> tuple[QFrame, QLabel]:
    box = QFrame()
    box.setObjectName("figureBox")
    value = QLabel("—")
    value.setObjectName("figure")
    label = QLabel(caption)
    label.setObjectName("figureCaption")
    label.setWordWrap(True)
    layout = QVBoxLayout(box)
    layout.addWidget(value)
    layout.addWidget(label)
    return box, value


class ReportsPage(Page):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_heading(self.tr("Reports"))
        self.figures: list[records.CourseFigures] = []
        self._refresh_timer.setInterval(2000)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        self.export_button.setEnabled(False)
        self.state = QLabel()
        self.state.setObjectName("muted")
        top = QHBoxLayout()
        self.help_button = QPushButton(self.tr("Who needs &help"))
        self.help_button.setCheckable(True)
        self.help_button.setToolTip(self.tr("Show the learners who need help instead of the chart"))
        top.addWidget(self.state, 1)
        top.addWidget(self.help_button)
        top.addWidget(self.refresh_button)
        top.addWidget(self.export_button)
        # "This school" (the figures below) or "Community" (the schools compared)
        self.school_button = QPushButton(self.tr("This &school"))
        self.community_button = QPushButton(self.tr("&Community"))
        self.community_button.setToolTip(
            self.tr("Compare the schools course by course, from the summaries they publish")
        )
        views = QButtonGroup(self)
        for button in (self.school_button, self.community_button):
            button.setCheckable(True)
            views.addButton(button)
        self.school_button.setChecked(True)
        # one row: the switch, then the tools of the view shown (no height taken from it)
        self.community = CommunityView(ctx, self)
        school_tools = QWidget()
        school_tools.setLayout(top)
        top.setContentsMargins(0, 0, 0, 0)
        self.tools = QStackedWidget()
        self.tools.addWidget(school_tools)
        self.tools.addWidget(self.community.tools)
        switch = QHBoxLayout()
        switch.setSpacing(0)
        switch.addWidget(self.school_button)
        switch.addWidget(self.community_button)
        switch.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        switch.addWidget(self.tools, 1)
        self.outer.addLayout(switch)
        self.school_view = QWidget()
        school_layout = QVBoxLayout(self.school_view)
        school_layout.setContentsMargins(0, 0, 0, 0)
        self.views = QStackedWidget()
        self.views.addWidget(self.school_view)
        self.views.addWidget(self.community)
        self.outer.addWidget(self.views, 1)
        self._community_loaded = False

        grid = QGridLayout()
        self.values: dict[str, QLabel] = {}
        captions = [
            ("courses", self.tr("courses (yours and those shared with you)")),
            ("schools", self.tr("schools offering them")),
            ("learners", self.tr("learners in this school")),
            ("completion", self.tr("of lessons completed")),
            ("average_result", self.tr("average result")),
            ("attendance", self.tr("attendance")),
            ("behind", self.tr("learners behind their pathway")),
        ]
        for n, (key, caption) in enumerate(captions):
            box, value = _figure_box(caption)
            self.values[key] = value
            grid.addWidget(box, 0, n)
        school_layout.addLayout(grid)

        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setBackgroundRoundness(4)
        self.chart.setMargins(QMargins(6, 6, 6, 6))
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(self.fontMetrics().height() * 14)
        self.chart_view.setAccessibleName(
            self.tr("Chart of completion, results and attendance per course")
        )
        self.table = read_only_table(
            [
                self.tr("Course"),
                self.tr("Learners"),
                self.tr("Completion"),
                self.tr("Average result"),
                self.tr("Attendance"),
                self.tr("Behind pathway"),
            ]
        )
        self.table.setAccessibleName(self.tr("Figures per course"))
        self.chart_view.setMinimumWidth(self.chart_width())
        self.help_heading = QLabel(self.tr("Who needs help"))
        self.help_heading.setObjectName("subHeading")
        self.help_table = read_only_table([self.tr("Learner"), self.tr("Why")])
        self.help_table.setAccessibleName(self.tr("Learners who need help"))
        tidy(self.help_table, stretch=1)
        rules = self.tr(
            "Active learners of this school behind their own plan (more than one lesson under "
            "their pace since they enrolled), whose last three results in a course fell one "
            "after another or average 15 points under the earlier ones, or who were absent "
            "the last three recorded school days."
        )
        self.help_heading.setToolTip(rules)
        self.help_table.setToolTip(rules)
        self.help_rows: list[dict[str, Any]] = []
        # The chart and the help list share the space beside (or under) the figures, one at a
        # time (the button at the top switches), so neither takes the other's height.
        help_page = QWidget()
        column = QVBoxLayout(help_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.help_heading)
        column.addWidget(self.help_table, 1)
        self.lower = QStackedWidget()
        self.lower.addWidget(self.chart_view)
        self.lower.addWidget(help_page)
        self.help_page = help_page
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.lower)
        split.setChildrenCollapsible(False)
        self.split = split
        school_layout.addWidget(split, 1)
        note = QLabel(
            self.tr(
                "Completion: lessons done out of all lessons of the course, for its learners. "
                "Behind: active learners more than one lesson below a pace of one lesson a week "
                "since they enrolled. Community figures are totals only: no learner's data."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("muted")
        school_layout.addWidget(note)
        QWidget.setTabOrder(self.school_button, self.community_button)
        QWidget.setTabOrder(self.community_button, self.help_button)
        QWidget.setTabOrder(self.help_button, self.refresh_button)
        QWidget.setTabOrder(self.refresh_button, self.export_button)
        QWidget.setTabOrder(self.export_button, self.table)
        self.refresh_button.clicked.connect(self.reload)
        self.export_button.clicked.connect(self._export_clicked)
        self.help_button.toggled.connect(self.show_help)
        self.community_button.toggled.connect(self.show_community)
        self.bridge.changesApplied.connect(
            lambda _d, kind, _o: self.reload_soon()
            if kind in ("learner", "course", "summary")
            else None
        )

    def title(self) -> str:
        return self.tr("Reports")

    # ------------------------------------------------------------------ layout

    def chart_width(self) -> int:
        """The narrowest chart whose legend and course names are still read in full."""
        return self.fontMetrics().averageCharWidth() * 70

    def table_width(self) -> int:
        """The table's width with every course title and column heading in full."""
        header = self.table.horizontalHeader()
        margin = 2 * (self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        longest = max(
            (self.table.fontMetrics().horizontalAdvance(f.title) for f in self.figures),
            default=0,
        )
        title = max(longest + margin + 4, header.sectionSizeHint(0))
        others = sum(
            max(header.sectionSizeHint(c), self.table.sizeHintForColumn(c))
            for c in range(1, header.count())
        )
        scroll = self.table.verticalScrollBar().sizeHint().width()
        return title + others + scroll + 2 * self.table.frameWidth()

    def _arrange(self) -> None:
        """Side by side when both fit, else the table above the chart."""
        width, height = self.split.width(), self.split.height()
        table = self.table_width()
        legend = self.chart.legend()
        if width >= table + self.chart_width() + self.split.handleWidth():
            self.split.setOrientation(Qt.Orientation.Horizontal)
            legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
            self.split.setSizes([table, width - table])
        else:  # wide and low: the legend beside the bars leaves them the height
            self.split.setOrientation(Qt.Orientation.Vertical)
            legend.setAlignment(Qt.AlignmentFlag.AlignRight)
            rows = self.table.rowCount()
            wanted = (
                self.table.horizontalHeader().height()
                + max(rows, 3) * self.table.verticalHeader().defaultSectionSize()
                + 2 * self.table.frameWidth()
                + 2
            )
            shown = min(wanted, max(height - self.chart_view.minimumHeight(), height * 2 // 5))
            self.split.setSizes([shown, max(height - shown, 1)])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        if self._community_loaded:
            self.community.reload()
        self.state.setText(self.tr("Working out the figures…"))
        self.refresh_button.setEnabled(False)
        self.bridge.run(
            records.report, self.node, on_ok=self._got, on_error=self._failed, background=True
        )

    def _failed(self, exc: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.state.setText("")
        self.show_error(exc)

    def _got(self, result: dict[str, Any]) -> None:
        self.clear_error()
        self.refresh_button.setEnabled(True)
        self.figures = result["courses"]
        c = result["community"]
        self.values["courses"].setText(str(c["courses"]))
        self.values["schools"].setText(str(c["schools"]))
        self.values["learners"].setText(str(c["learners"]))
        for key in ("completion", "average_result", "attendance"):
            self.values[key].setText(formatting.percent(c[key]))
        self.values["behind"].setText(str(c["behind"]))
        self.state.setText(self.tr("%n courses", "", len(self.figures)))
        self._fill_table()
        self._fill_help(result.get("help", []))
        self._fill_chart()
        self._arrange()
        self.export_button.setEnabled(bool(self.figures))
        self.mark_loaded()

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.figures))
        for r, f in enumerate(self.figures):
            behind = cell(f.behind, right=True)
            if f.behind_names:
                behind.setToolTip(", ".join(f.behind_names))
            for col, item in enumerate(
                [
                    cell(f.title),
                    cell(f.learners, right=True),
                    cell(formatting.percent(f.completion), right=True),
                    cell(formatting.percent(f.average_result), right=True),
                    cell(formatting.percent(f.attendance), right=True),
                    behind,
                ]
            ):
                self.table.setItem(r, col, item)

    def show_community(self, on: bool = True) -> None:
        """The Community view (``on``) or this school's figures."""
        self.views.setCurrentWidget(self.community if on else self.school_view)
        self.tools.setCurrentIndex(1 if on else 0)
        (self.community_button if on else self.school_button).setChecked(True)
        if on and not self._community_loaded:
            self._community_loaded = True
            self.community.reload()

    def show_help(self, on: bool = True) -> None:
        """The help list (``on``) or the chart beside the figures."""
        self.lower.setCurrentWidget(self.help_page if on else self.chart_view)
        if self.help_button.isChecked() != on:
            self.help_button.setChecked(on)

    def reason_text(self, reason: dict[str, Any]) -> str:
        """One reason a learner needs help, in the window's language."""
        if reason["kind"] == "behind":
            return self.tr(
                "behind their plan in {course}: {done} lessons done, {expected} expected by now "
                "at {pace} a week"
            ).format(
                course=reason["course_title"],
                done=formatting.number(reason["done"]),
                expected=formatting.number(reason["expected"]),
                pace=formatting.number(reason["pace"]),
            )
        if reason["kind"] == "falling":
            return self.tr("falling results in {course}: the last three {results}").format(
                course=reason["course_title"],
                results=", ".join(formatting.percent(p / 100) for p in reason["last"]),
            )
        return self.tr("absent the last {days} recorded school days (since {day})").format(
            days=formatting.number(reason["days"]), day=formatting.day(reason["since"])
        )

    def _fill_help(self, rows: list[dict[str, Any]]) -> None:
        self.help_rows = rows
        self.help_heading.setText(
            self.tr("Who needs help ({n})").format(n=formatting.number(len(rows)))
            if rows
            else self.tr("Who needs help: nobody by these rules")
        )
        self.help_button.setText(
            self.tr("Who needs &help ({n})").format(n=formatting.number(len(rows)))
            if rows
            else self.tr("Who needs &help")
        )
        self.help_table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            self.help_table.setItem(r, 0, cell(row["name"], row["id"]))
            self.help_table.setItem(
                r, 1, cell("; ".join(self.reason_text(x) for x in row["reasons"]))
            )

    def _fill_chart(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        shown = sorted((f for f in self.figures if f.learners), key=lambda f: -f.learners)[
            :CHART_COURSES
        ]
        shown.reverse()  # horizontal bars are drawn bottom-up
        series = QHorizontalBarSeries()
        colours = ("#2f6f9f", "#e39b2d", "#4c9a5b")
        names = (self.tr("Completion %"), self.tr("Average result %"), self.tr("Attendance %"))
        getters = ("completion", "average_result", "attendance")
        for name, colour, getter in zip(names, colours, getters, strict=True):
            bars = QBarSet(name)
            bars.setColor(QColor(colour))
            bars.setBorderColor(QColor(colour))
            for f in shown:
                value = getattr(f, getter)
                bars.append(0.0 if value is None else round(value * 100, 1))
            series.append(bars)
        series.setBarWidth(0.75)
        self.chart.addSeries(series)
        courses = QBarCategoryAxis()
        courses.append([f.title if len(f.title) <= 32 else f.title[:31] + "…" for f in shown])
        scale = QValueAxis()
        scale.setRange(0, 100)
        scale.setTickCount(6)
        scale.setLabelFormat("%d")
        self.chart.addAxis(courses, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(scale, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(courses)
        series.attachAxis(scale)
        self.chart.setTitle(
            self.tr("Per course (the {n} with most learners)").format(n=len(shown))
            if len(self.figures) > CHART_COURSES
            else ""
        )

    # ------------------------------------------------------------------ export

    def export_csv(self, path: str | Path) -> Path:
        """Write the per-course figures to ``path`` (what the Export button does)."""
        return records.export_csv(self.figures, path)

    def _export_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the report"),
            str(Path.home() / "edunode-report.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if not path:
            return
        try:
            written = self.export_csv(path)
        except OSError as exc:
            self.show_error(
                self.tr("Could not write {path}: {reason}").format(
                    path=path, reason=exc.strerror or exc
                )
            )
            return
        self.show_info(self.tr("Report saved to {path}.").format(path=written))

    def focus_first(self) -> None:
        self.refresh_button.setFocus()
