"""The log file in the data folder (issue 12 item 2): a PC set up through the wizard logs
from its first run, an unexpected error's message names the file, the file is private and
rotates, Settings opens the folder, and ``edunode serve`` (a real subprocess) logs there too."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import QApplication, QWizard
from tests.ui.uihelpers import PIN, page

from edunode.files import log as logfile

pytestmark = pytest.mark.gui
ENV = {k: v for k, v in os.environ.items() if not k.startswith("EDUNODE_")}


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


class Teacher:
    """Drives ``edunode.ui.app.run`` as a person would, from inside its event loops: the
    wizard's pages (typing, choosing, Next, Finish), then the window."""

    def __init__(self, qtbot: Any, then: Any) -> None:
        self.qtbot, self.then = qtbot, then
        self.step = "wizard"
        self.seen: dict[str, Any] = {}
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def top(self, kind: str) -> Any:
        return next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if type(w).__name__ == kind and w.isVisible()
            ),
            None,
        )

    def tick(self) -> None:
        try:
            self._tick()
        except Exception as exc:  # noqa: BLE001 - surface it in the test, end the run
            self.seen["error"] = exc
            self.timer.stop()
            QApplication.closeAllWindows()

    def _tick(self) -> None:
        if self.step == "wizard":
            wizard = self.top("FirstRunWizard")
            if wizard is None:
                return
            self.seen["log during wizard"] = (wizard.home / logfile.LOG_FILE).exists()
            qtbot = self.qtbot
            wizard.name_page.name.clear()
            qtbot.keyClicks(wizard.name_page.name, "Grade 5 classroom")
            wizard.button(QWizard.WizardButton.NextButton).click()
            qtbot.keyClicks(wizard.school_page.school, "Hillside School")
            wizard.button(QWizard.WizardButton.NextButton).click()
            wizard.network_page.choice.no_network.click()  # USB only: nothing listens
            wizard.button(QWizard.WizardButton.NextButton).click()
            qtbot.keyClicks(wizard.pin_page.pin, PIN)
            qtbot.keyClicks(wizard.pin_page.confirm, PIN)
            wizard.button(QWizard.WizardButton.FinishButton).click()
            self.step = "window"
        elif self.step == "window":
            window = self.top("MainWindow")
            if window is None or window.current_page() is None:
                return
            self.step = "done"
            self.then(window, self)


def test_wizard_pc_logs_to_its_data_folder_and_errors_name_the_file(
    qtbot: Any, tmp_path: Path
) -> None:
    from edunode.ui import app

    home = tmp_path / "new pc"
    log = home / logfile.LOG_FILE

    def in_window(window: Any, teacher: Teacher) -> None:
        def boom() -> None:
            raise ZeroDivisionError("a bug in a worker job")

        window.ctx.bridge.run(boom)  # an error EduNode did not expect, nobody handles it

        def shown() -> None:
            banner = window.current_page().banner
            if "did not expect" in banner.text():
                teacher.seen["banner"] = banner.text()
                checker.stop()
                window.close()

        checker = QTimer(window)
        checker.setInterval(50)
        checker.timeout.connect(shown)
        checker.start()

    teacher = Teacher(qtbot, in_window)
    hook = sys.excepthook
    try:
        assert app.run(home, network=False) == 0
    finally:
        teacher.timer.stop()
        sys.excepthook = hook
    assert "error" not in teacher.seen, teacher.seen.get("error")
    assert teacher.seen["log during wizard"], "no log file while the wizard was open"
    assert log.exists() and mode(log) == 0o600
    assert f"The details were written to the log: {log}" in teacher.seen["banner"]
    text = log.read_text(encoding="utf-8")
    assert "ZeroDivisionError: a bug in a worker job" in text  # the details, with traceback
    assert "Traceback" in text
    assert logfile.current() is None  # the run closed its log


def test_the_log_rotates_and_every_file_is_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logfile, "MAX_BYTES", 2_000)
    home = tmp_path / "home"
    with logfile.to_folder(home) as path:
        assert mode(home) == 0o700  # made by the log: private
        for n in range(200):
            logging.getLogger("edunode.test").info("line %d of the log, long enough to rotate", n)
    old = sorted(home.glob("edunode.log.*"))
    assert [p.name for p in old] == [f"edunode.log.{n}" for n in range(1, logfile.BACKUPS + 1)]
    for p in [path, *old]:
        assert mode(p) == 0o600, p
        assert p.stat().st_size <= 2_000
    assert "line 199 of the log" in path.read_text(encoding="utf-8")
    assert logfile.current() is None


def test_settings_opens_the_data_folder(qtbot: Any, window: Any, node: Any) -> None:
    settings = page(qtbot, window, "settings")
    opened: list[QUrl] = []
    settings.open_url = lambda url: opened.append(url) or True
    assert settings.open_folder.text().replace("&", "") == "Open data folder"
    qtbot.mouseClick(settings.open_folder, _left())
    assert opened == [QUrl.fromLocalFile(str(node.paths.home))]
    assert logfile.LOG_FILE in settings.open_folder.toolTip()

    settings.open_url = lambda url: False  # no file manager on this PC
    qtbot.mouseClick(settings.open_folder, _left())
    qtbot.waitUntil(lambda: str(node.paths.home) in settings.banner.text())


def _left() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_serve_logs_to_the_data_folder(tmp_path: Path) -> None:
    home = tmp_path / "served"
    edunode = [sys.executable, "-m", "edunode", "--home", str(home)]
    made = subprocess.run(
        [*edunode, "init", "--name", "Office PC", "--school", "Hill School"],
        capture_output=True, text=True, env=ENV, timeout=60,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    served = subprocess.run(
        [*edunode, "serve", "--port", "0", "--interfaces", "127.0.0.1", "--for", "0.5"],
        capture_output=True, text=True, env=ENV, timeout=60,
    )  # fmt: skip
    assert served.returncode == 0, served.stderr
    log = home / logfile.LOG_FILE
    assert mode(log) == 0o600
    text = log.read_text(encoding="utf-8")
    assert "Office PC" in text and "is on the network, listening on port" in text
    assert "stopped" in text
