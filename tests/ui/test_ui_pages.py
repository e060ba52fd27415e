"""Activity, Reports and Settings pages, the main window and the first-run wizard."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from tests.ui.uihelpers import PIN, idle, page

from edunode.service.node import Node

pytestmark = pytest.mark.gui


def test_activity_filters_by_kind_and_text(
    qtbot: Any, window: Any, node: Node, tmp_path: Path
) -> None:
    other = Node.init(tmp_path / "river", name="River PC", school_name="River School")
    node.peers.request_received(
        other.certificate_pem(), other.name, "River School", other.school_id
    )
    node.approve(other.node_id, "community", PIN)
    other.close()
    node.rename("Library PC")
    activity = page(qtbot, window, "activity")
    total = activity.model.rowCount()
    assert total >= 4
    activity.kind.setCurrentIndex([g[0] for g in activity.groups].index("Approvals"))
    assert activity.proxy.rowCount() == 1
    assert "approved as community peer" in activity.proxy.index(0, 2).data()
    activity.kind.setCurrentIndex(0)
    qtbot.keyClicks(activity.search, "library")
    qtbot.waitUntil(lambda: activity.proxy.rowCount() == 1)
    assert activity.count.text() == f"1 of {total} entries"
    # A new entry shows up without a refresh.
    node.audit("export", "report exported")
    qtbot.waitUntil(lambda: activity.model.rowCount() == total + 1)


def test_reports_figures_and_csv(qtbot: Any, window: Any, node: Node, tmp_path: Path) -> None:
    course_id = node.create_course("Fractions")
    lessons = [node.add_lesson(course_id, "Numbers", f"Lesson {i}") for i in range(4)]
    start = (dt.date.today() - dt.timedelta(days=70)).isoformat()  # 10 weeks: 4 lessons expected
    a, b = node.add_learner("Amina"), node.add_learner("Baraka")
    for learner in (a, b):
        node.enrol(learner, course_id, start)
    for lesson in lessons:
        node.record_progress(a, lesson, 30)
    node.record_progress(b, lessons[0], 30)
    node.record_result(a, course_id, "Quiz", 18, 20)
    node.record_result(b, course_id, "Quiz", 10, 20)
    today = dt.date.today().isoformat()
    node.record_attendance(a, today, True)
    node.record_attendance(b, today, False)

    reports = page(qtbot, window, "reports")
    [fig] = reports.figures
    assert fig.learners == 2
    assert fig.completion == pytest.approx(5 / 8)
    assert fig.average_result == pytest.approx(28 / 40)
    assert fig.attendance == pytest.approx(0.5)
    assert fig.behind == 1 and fig.behind_names == ["Baraka"]
    assert [reports.table.item(0, c).text() for c in range(6)] == [
        "Fractions",
        "2",
        "62%",
        "70%",
        "50%",
        "1",
    ]
    assert reports.values["learners"].text() == "2"
    assert len(reports.chart.series()) == 1

    path = reports.export_csv(tmp_path / "report.csv")
    rows = list(csv.reader(path.open(encoding="utf-8")))
    assert rows[0][0] == "course" and rows[1] == [
        "Fractions",
        "2",
        "62.5",
        "70.0",
        "50.0",
        "1",
        "2",
    ]
    assert "Amina" not in path.read_text() and "Baraka" not in path.read_text()  # numbers only


def test_settings_rename_pin_and_network(qtbot: Any, window: Any, node: Node) -> None:
    settings = page(qtbot, window, "settings")
    assert settings.folder.text() == str(node.paths.home)
    assert not settings.save_name.isEnabled()  # unchanged
    settings.name.clear()
    assert "Please enter the name of this PC" in settings.name_errors.text()
    qtbot.keyClicks(settings.name, "Library PC")
    settings.save_name.click()
    qtbot.waitUntil(lambda: node.name == "Library PC")
    qtbot.waitUntil(lambda: window.node_label.text().startswith("Library PC · ID "))

    qtbot.keyClicks(settings.old_pin, "9999")
    qtbot.keyClicks(settings.new_pin, "135790")
    qtbot.keyClicks(settings.again_pin, "135791")
    assert not settings.change_pin.isEnabled() and "not the same" in settings.pin_errors.text()
    settings.again_pin.clear()
    qtbot.keyClicks(settings.again_pin, "135790")
    settings.change_pin.click()
    qtbot.waitUntil(lambda: "PIN is not correct" in settings.banner.text())  # the old PIN was wrong
    settings.old_pin.clear()
    qtbot.keyClicks(settings.old_pin, PIN)
    settings.change_pin.click()
    qtbot.waitUntil(lambda: "was changed" in settings.banner.text())
    node.check_admin_pin("135790")

    settings.some_interfaces.setChecked(True)
    assert not settings.save_network.isEnabled()
    qtbot.keyClicks(settings.interfaces, "127.0.0.1, eth0")
    settings.save_network.click()
    qtbot.waitUntil(lambda: node.store.setting("interfaces") == ["127.0.0.1", "eth0"])


def test_window_status_and_memory(qtbot: Any, ctx: Any, node: Node) -> None:
    from edunode.ui.main_window import MainWindow

    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    # The status bar: the PC's name and the first group of its ID; the full ID in the tooltip
    # (and in Settings and About).
    qtbot.waitUntil(lambda: "· ID " in w.node_label.text())
    assert w.node_label.text() == f"Classroom PC · ID {node.node_id.split('-')[0]}…"
    assert node.node_id in w.node_label.toolTip()
    assert (
        w.peers_label.text() == "Peers online: 0 of 0" and w.sync_label.text() == "Last sync: never"
    )
    assert w.brand_school.text() == "Hill School"
    w.show_page("reports")
    w.resize(780, 560)
    qtbot.waitUntil(lambda: w.pages["reports"].is_loaded)
    w.close()
    idle(qtbot, ctx.bridge)
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert again.current_page_name() == "reports"
    assert (again.width(), again.height()) == (780, 560)  # the offscreen screen is 800 wide
    again.show()
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow)
    for n, name in enumerate(again.pages, start=1):  # Ctrl+1 … Ctrl+6
        qtbot.keyClick(again, str(n), modifier=qtbot_ctrl())
        assert again.current_page_name() == name
    again.shutdown()
    idle(qtbot, ctx.bridge)


def qtbot_ctrl() -> Any:
    from PySide6.QtCore import Qt

    return Qt.KeyboardModifier.ControlModifier


def test_first_run_wizard_makes_the_node(qtbot: Any, tmp_path: Path) -> None:
    from edunode.ui.wizard import FirstRunWizard

    home = tmp_path / "new"
    wizard = FirstRunWizard(home)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.name_page.name.clear()
    assert not wizard.name_page.isComplete()
    qtbot.keyClicks(wizard.name_page.name, "Grade 5 classroom")
    wizard.next()
    assert not wizard.school_page.isComplete()
    qtbot.keyClicks(wizard.school_page.school, "Hillside School")
    assert wizard.school_page.isComplete()
    wizard.next()
    qtbot.keyClicks(wizard.pin_page.pin, "2468")
    qtbot.keyClicks(wizard.pin_page.confirm, "2468")
    assert not wizard.pin_page.isComplete() and "at least 6" in wizard.pin_page.error.text()
    qtbot.keyClicks(wizard.pin_page.pin, "10")
    qtbot.keyClicks(wizard.pin_page.confirm, "10")
    assert wizard.pin_page.isComplete()
    with qtbot.waitSignal(wizard.accepted, timeout=20_000):
        wizard.accept()
    node = wizard.node
    wizard.shutdown()
    try:
        assert node.info()["name"] == "Grade 5 classroom" and node.school_name == "Hillside School"
        node.check_admin_pin("246810")
    finally:
        node.close()


def test_joining_makes_a_node_without_a_school(qtbot: Any, tmp_path: Path) -> None:
    from edunode.ui.wizard import FirstRunWizard

    wizard = FirstRunWizard(tmp_path / "join")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.school_page.join.setChecked(True)
    assert wizard.school_page.isComplete() and wizard.school_page.school_name() is None
    wizard.next()
    qtbot.keyClicks(wizard.pin_page.pin, "246810")
    qtbot.keyClicks(wizard.pin_page.confirm, "246810")
    with qtbot.waitSignal(wizard.accepted, timeout=20_000):
        wizard.accept()
    node = wizard.node
    wizard.shutdown()
    try:
        assert node.school_id == ""
    finally:
        node.close()
