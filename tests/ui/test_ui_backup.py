"""Backups in the window (issue 11 items 1 and 2): Settings › Backup configured through its
fields, Back up now with a progress bar ending full and a file that verifies with the
passphrase, a wrong PIN refused in words with nothing written, Esc in every new dialog, the
banner of a one-PC school with no backup, and the timer's automatic backup off the GUI
thread.

A real Node and SQLite in tmp_path, real widgets offscreen; the only stand-in is the folder
chooser (a native dialog can't be driven offscreen).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from tests.ui.uihelpers import PIN, idle, page, submit

from edunode.service import backup
from edunode.service.node import Node

pytestmark = pytest.mark.gui

PASSPHRASE = "river of stones"


def section_on(qtbot: Any, window: Any, *, timer: bool = False) -> Any:
    """Settings › Backup, loaded. Without ``timer`` the window's automatic backups are
    stopped, so a test of the fields is not crossed by a backup that comes due."""
    if not timer:
        window.backup_timer.stop()
        window._backup_first.stop()
    settings = page(qtbot, window, "settings")
    qtbot.waitUntil(lambda: bool(settings.backup.status))
    return settings.backup


def files(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"*{backup.SUFFIX}"))


def test_saving_backup_settings_through_the_fields(
    qtbot: Any, window: Any, node: Node, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    section = section_on(qtbot, window)
    assert section.last.text() == "never"
    assert section.every.currentText() == "Every day" and section.keep.value() == 7
    assert not section.save.isEnabled()
    qtbot.keyClicks(section.folder, str(stick))
    qtbot.keyClicks(section.passphrase, "short")
    qtbot.keyClicks(section.again, "short")
    assert "at least 8 characters" in section.errors.text()
    section.passphrase.clear()
    section.again.clear()
    qtbot.keyClicks(section.passphrase, PASSPHRASE)
    qtbot.keyClicks(section.again, PASSPHRASE + "x")
    assert "not the same" in section.errors.text()
    section.again.clear()
    qtbot.keyClicks(section.again, PASSPHRASE)
    section.every.setCurrentIndex(section.every.findText("Every week"))
    section.keep.setValue(3)
    qtbot.keyClicks(section.pin, PIN)
    assert section.save.isEnabled()
    section.save.click()

    qtbot.waitUntil(lambda: node.backups.status()["configured"])
    status = node.backups.status()
    assert status["folder"] == str(stick.resolve())
    assert status["every_hours"] == 168 and status["keep"] == 3
    qtbot.waitUntil(lambda: "Every week, to" in section.next.text())
    assert section.passphrase.text() == section.pin.text() == ""  # not left on screen
    qtbot.waitUntil(lambda: "Automatic backups are on" in section.page.banner.text())
    assert section.turn_off.isEnabled()

    # Turn off: the admin PIN in its own dialog; a wrong one is said there.
    section.turn_off.click()
    dialog = section.pin_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    submit(qtbot, dialog, "000000")
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "PIN" in dialog.error.text()
    assert node.backups.status()["configured"]
    qtbot.waitUntil(lambda: dialog.waiting() <= 0, timeout=15_000)
    submit(qtbot, dialog, PIN)
    qtbot.waitUntil(lambda: not node.backups.status()["configured"])
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: section.next.text().startswith("Off."))


def test_a_missing_folder_is_refused_in_words(
    qtbot: Any, window: Any, node: Node, tmp_path: Path
) -> None:
    section = section_on(qtbot, window)
    qtbot.keyClicks(section.folder, str(tmp_path / "no-stick"))
    qtbot.keyClicks(section.passphrase, PASSPHRASE)
    qtbot.keyClicks(section.again, PASSPHRASE)
    qtbot.keyClicks(section.pin, PIN)
    section.save.click()
    banner = section.page.banner
    qtbot.waitUntil(lambda: banner.is_error)
    assert "does not exist" in banner.text() and "Traceback" not in banner.text()
    assert not node.backups.status()["configured"]


def back_up_dialog(qtbot: Any, section: Any, folder: Path, pin: str) -> Any:
    section.back_up.click()
    dialog = section.now_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    if dialog.folder.text() != str(folder.resolve()):  # filled in with the schedule's
        dialog.folder.clear()
        qtbot.keyClicks(dialog.folder, str(folder))
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.again, PASSPHRASE)
    qtbot.keyClicks(dialog.pin, pin)
    assert dialog.ok.isEnabled()
    return dialog


def test_back_up_now_writes_a_file_that_verifies_and_the_bar_ends_full(
    qtbot: Any, window: Any, node: Node, tmp_path: Path
) -> None:
    for n in range(50):
        node.add_learner(f"Learner {n}")
    stick = tmp_path / "stick"
    stick.mkdir()
    section = section_on(qtbot, window)
    qtbot.waitUntil(lambda: "never been backed up" in window.backup_banner.text())
    dialog = back_up_dialog(qtbot, section, stick, PIN)
    dialog.ok.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)

    [written] = files(stick)
    header = backup.verify_backup(written, PASSPHRASE)
    assert header.fields["node_id"] == node.node_id
    box = section.progress
    total = box.figures[-1][1]
    assert total > 0 and box.figures[-1] == (total, total)
    assert box.bar.maximum() == box.bar.value() == total
    assert not box.isVisible()
    assert str(written) in section.page.banner.text()
    qtbot.waitUntil(lambda: section.last_file.text() == str(written))
    assert "never" not in section.last.text()
    qtbot.waitUntil(lambda: window.backup_banner.isHidden())  # a backup was made


def test_a_wrong_pin_is_said_in_the_dialog_and_nothing_is_written(
    qtbot: Any, window: Any, node: Node, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    section = section_on(qtbot, window)
    dialog = back_up_dialog(qtbot, section, stick, "999999")
    dialog.ok.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert "PIN" in dialog.error.text() and "Traceback" not in dialog.error.text()
    assert dialog.isVisible()
    assert files(stick) == [] and list(stick.iterdir()) == []
    assert node.store.setting("last_backup") is None
    idle(qtbot, window.bridge)


def test_esc_closes_every_new_dialog_safely(
    qtbot: Any, window: Any, node: Node, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    node.backups.configure(stick, PASSPHRASE, PIN)
    section = section_on(qtbot, window)
    errors: list[str] = []
    window.bridge.failed.connect(errors.append)

    # Back up now, fresh and half filled in.
    for typed in ("", "half"):
        section.back_up.click()
        dialog = section.now_dialog
        qtbot.waitUntil(lambda dialog=dialog: dialog.isVisible())
        qtbot.keyClicks(dialog.passphrase, typed)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda dialog=dialog: not dialog.isVisible())

    # Turn off's PIN dialog.
    section.turn_off.click()
    pin_dialog = section.pin_dialog
    qtbot.waitUntil(lambda: pin_dialog.isVisible())
    qtbot.keyClick(pin_dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not pin_dialog.isVisible())
    assert node.backups.status()["configured"]

    # Esc while the backup is written: the file is finished, then the dialog closes.
    dialog = back_up_dialog(qtbot, section, stick, PIN)
    dialog.ok.click()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = section.progress
    if box is not None and box.isVisible():
        qtbot.keyClick(box, Qt.Key.Key_Escape)  # it can't be stopped: nothing happens
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    assert files(stick)  # the manual one (and the automatic one, if it came first)
    for written in files(stick):
        backup.verify_backup(written, PASSPHRASE)
    idle(qtbot, window.bridge)
    assert errors == []


def test_the_banner_of_a_one_pc_school_with_no_backup(
    qtbot: Any, window: Any, node: Node, tmp_path: Path
) -> None:
    banner = window.backup_banner
    qtbot.waitUntil(lambda: banner.isVisible())
    assert "only on this PC" in banner.text() and "never been backed up" in banner.text()
    assert banner.button.width() >= banner.button.sizeHint().width()  # not cut short
    banner.button.click()
    settings = window.pages["settings"]
    assert window.current_page_name() == "settings"
    qtbot.waitUntil(lambda: settings.backup.folder.hasFocus())

    stick = tmp_path / "stick"
    stick.mkdir()
    node.backup(stick, PASSPHRASE, PIN)  # e.g. `edunode backup` beside the window
    qtbot.waitUntil(lambda: banner.isHidden())
    assert banner.text() == ""


def test_the_timer_makes_a_due_backup_off_the_gui_thread(
    qtbot: Any, window: Any, node: Node, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    node.backups.configure(stick, PASSPHRASE, PIN)
    threads: list[threading.Thread] = []
    running, most = [0], [0]
    real_tick = node.backups.tick

    def tick(progress: Any = None) -> Any:
        threads.append(threading.current_thread())
        running[0] += 1
        most[0] = max(most[0], running[0])
        try:
            return real_tick(progress)
        finally:
            running[0] -= 1

    node.backups.tick = tick  # type: ignore[method-assign]
    window.backup_timer.setInterval(20)
    qtbot.waitUntil(lambda: len(files(stick)) == 1, timeout=30_000)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert most[0] == 1  # never two at once
    backup.verify_backup(files(stick)[0], PASSPHRASE)
    qtbot.waitUntil(lambda: "Automatic backup written to" in window.statusBar().currentMessage())
    qtbot.waitUntil(lambda: window.backup_banner.isHidden())
    settings = section_on(qtbot, window, timer=True)
    qtbot.waitUntil(lambda: settings.last_file.text() == str(files(stick)[0]))
    window.backup_timer.stop()
    idle(qtbot, window.bridge)
    assert node.backups.status()["last_error"] == ""


def test_the_activity_page_names_the_backup_actions(qtbot: Any, window: Any) -> None:
    activity = page(qtbot, window, "activity")
    actions = ("backup_made", "backup_failed", "backup_scheduled", "restored", "handover",
               "backup_sent", "vault_stored", "vault_sent", "vault_allowed")  # fmt: skip
    assert [activity.labels[a] for a in actions] == [
        "Backup made",
        "Backup failed",
        "Automatic backups changed",
        "Restored from a backup",
        "Took the place of the backed-up PC",
        "Backup sent to the archive",
        "A school's backup kept",
        "A school's backup sent back",
        "PC allowed to fetch a school's backups",
    ]
    groups = dict(activity.groups)
    assert groups["Backups and restores"] == set(actions)
