"""Every page is usable at 1024×768 (a common school PC screen): no course title cut to
"Cou…" in Reports, a legend that reads in full, nothing squeezed below its minimum size,
and ``edunode gui --screenshot --size WxH`` to look at it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QGraphicsTextItem, QStyle, QStyleFactory
from tests.ui.uihelpers import page

from edunode.demo.sample_data import make_sample
from edunode.service.node import Node
from edunode.ui.main_window import PAGES
from edunode.ui.style import apply_style

pytestmark = pytest.mark.gui

SIZE = (1024, 768)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample school, made once for this file (each test works on a copy)."""
    home = tmp_path_factory.mktemp("sample") / "home"
    make_sample(home, learners=24)
    return home


@pytest.fixture
def small(qtbot: Any, qapp: Any, tmp_path: Path, sample: Path) -> Iterator[Any]:
    """The sample school in a 1024×768 window with the app's look."""
    from edunode.ui.bridge import Bridge
    from edunode.ui.context import Context, settings_for
    from edunode.ui.main_window import MainWindow

    sheet, palette, style = qapp.styleSheet(), qapp.palette(), qapp.style().name()
    apply_style(qapp)
    home = tmp_path / "sample"
    shutil.copytree(sample, home)
    node = Node(home)
    bridge = Bridge(node)
    ctx = Context(node=node, bridge=bridge, settings=settings_for(home), home=home)
    window = MainWindow(ctx, remember=False)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    qtbot.waitUntil(lambda: window.size().toTuple() == SIZE)
    yield window
    window.shutdown()
    qtbot.waitUntil(lambda: not bridge.busy, timeout=10_000)
    bridge.shutdown()
    node.close()
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setStyle(QStyleFactory.create(style))


def chart_texts(reports: Any) -> list[str]:
    scene = reports.chart_view.scene()
    return [i.toPlainText() for i in scene.items() if isinstance(i, QGraphicsTextItem)]


def test_reports_show_every_course_title_and_the_legend_in_full(
    qtbot: Any, small: Any, tmp_path: Path
) -> None:
    reports = page(qtbot, small, "reports")
    qtbot.waitUntil(lambda: reports.table.rowCount() >= 8)
    qtbot.wait(50)  # the chart lays out on the next turn
    small.grab().save(str(tmp_path / "ui-reports-1024.png"))
    table = reports.table
    titles = [table.item(r, 0).text() for r in range(table.rowCount())]
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    longest = max(table.fontMetrics().horizontalAdvance(t) for t in titles)
    assert table.columnWidth(0) >= longest + margin, (table.columnWidth(0), longest)
    # Every other column shows its heading in full.
    header = table.horizontalHeader()
    for col in range(1, header.count()):
        assert table.columnWidth(col) >= header.sectionSizeHint(col) - 1, col
    # The table fits the page: no sideways scrolling.
    assert table.horizontalScrollBar().maximum() == 0

    texts = chart_texts(reports)
    legend = [m.label() for m in reports.chart.legend().markers()]
    assert legend == ["Completion %", "Average result %", "Attendance %"]
    for label in legend:
        assert label in texts, (label, texts)
    shown = [f.title for f in reports.figures if f.learners]
    for title in shown:  # the chart's course names, as written (up to 32 characters)
        assert (title if len(title) <= 32 else title[:31] + "…") in texts, (title, texts)
    assert not [t for t in texts if t.endswith(("...", "…")) and t[:-1] not in shown]


@pytest.mark.parametrize("name", PAGES)
def test_every_page_fits_1024_by_768(qtbot: Any, small: Any, name: str) -> None:
    p = page(qtbot, small, name)
    qtbot.wait(20)
    hint = p.minimumSizeHint()
    assert hint.width() <= p.width() and hint.height() <= p.height(), (hint, p.size())
    assert small.minimumSizeHint().width() <= SIZE[0]
    label = small.node_label  # the status bar: the PC's name and a short ID, not cut
    assert label.width() >= label.fontMetrics().horizontalAdvance(label.text())


def test_views_fit_1024_by_768(qtbot: Any, small: Any) -> None:
    courses = page(qtbot, small, "courses")
    courses.open_course(courses.model.row(0)["id"])
    qtbot.waitUntil(lambda: courses.editor.course is not None)
    for button in courses.editor.findChildren(type(courses.new_button)):
        if button.isVisible():
            assert button.width() >= button.minimumSizeHint().width(), button.text()
    learners = page(qtbot, small, "learners")
    learners.open_learner(learners.model.row(0)["id"])
    qtbot.waitUntil(lambda: learners.detail.record is not None)
    detail = learners.detail
    for tab in range(detail.tabs.count()):
        detail.tabs.setCurrentIndex(tab)
        widget = detail.tabs.currentWidget()
        hint = widget.minimumSizeHint()
        assert hint.width() <= widget.width() and hint.height() <= widget.height(), tab
    learners.take_register()
    qtbot.waitUntil(lambda: learners.register.table.rowCount() > 0)
    register = learners.register
    assert register.minimumSizeHint().width() <= register.width()


@pytest.mark.slow
def test_screenshot_at_a_chosen_size(tmp_path: Path) -> None:
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("EDUNODE_")},
        "QT_QPA_PLATFORM": "offscreen",
    }
    home = tmp_path / "home"

    def edunode(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "edunode", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )

    assert edunode("sample-data", "--home", str(home), "--learners", "12").returncode == 0
    png = tmp_path / "reports.png"
    shot = edunode(
        "gui",
        "--home",
        str(home),
        "--no-network",
        "--screenshot",
        str(png),
        "--page",
        "reports",
        "--size",
        "1024x768",
    )
    assert shot.returncode == 0, shot.stderr
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert (int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")) == SIZE
    bad = edunode("gui", "--home", str(home), "--screenshot", str(png), "--size", "big")
    assert bad.returncode == 2 and "1024x768" in bad.stderr
