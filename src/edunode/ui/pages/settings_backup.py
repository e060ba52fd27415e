"""Settings › Backup: automatic backups (folder, how often, how many to keep, passphrase),
what happened last, and Back up now (issue 11 items 1 and 2; decision 0013).

The section is a group box that the Settings page places; it talks to the Node only through
the bridge. Backups (the one the person asks for and the automatic ones the window starts)
run on the bridge's ``backup`` lane: one thread, so two never run at once, and a backup that
takes a minute holds up neither saving nor the other pages.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from edunode.progress import CancelCheck, Progress
from edunode.ui import validation
from edunode.ui.bridge import describe
from edunode.ui.formatting import number, when
from edunode.ui.widgets.backup_dialog import BackupNowDialog, masked
from edunode.ui.widgets.dialogs import PinDialog
from edunode.ui.widgets.forms import LiveForm, error_label, submit_on_enter
from edunode.ui.widgets.page import Page
from edunode.ui.widgets.progress import PROGRESS_DELAY_MS, ProgressDialog, run_with_dialog

LANE = "backup"
EVERY = (6, 12, 24, 48, 168)  # the schedules offered, in hours (the Node takes 1 h … 31 days)
DEFAULT_EVERY, DEFAULT_KEEP = 24, 7


# ---------------------------------------------------------------------- worker side


def backup_status(node: Any) -> dict[str, Any]:
    return dict(node.backups.status())


def configure(
    node: Any, folder: str, passphrase: str, pin: str, every_hours: float, keep: int
) -> dict[str, Any]:
    return dict(node.backups.configure(folder, passphrase, pin, every_hours=every_hours, keep=keep))


def back_up_now(
    node: Any,
    folder: str,
    passphrase: str,
    pin: str,
    *,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,  # noqa: ARG001 (one file, written whole or not at all)
) -> dict[str, Any]:
    return dict(node.backup(folder, passphrase, pin, progress))


def tick(node: Any, *, progress: Progress | None = None, cancel: CancelCheck | None = None) -> Any:
    """The window's timer: an automatic backup if one is due (``AutoBackups.tick`` looks at
    most once a minute), then the status to show."""
    del cancel  # an automatic backup runs to its end; it is one atomic file
    made = node.backups.tick(progress)
    return {"made": made, "status": dict(node.backups.status())}


def timestamp(iso: str) -> float | None:
    try:
        return dt.datetime.fromisoformat(iso).timestamp() if iso else None
    except ValueError:
        return None


# ---------------------------------------------------------------------- the section


class BackupSection(QGroupBox):
    """Settings › Backup (see the module docstring)."""

    status_changed = Signal(dict)  # node.backups.status(), after each look

    def __init__(self, page: Page) -> None:
        super().__init__()
        self.setTitle(self.tr("Backup"))
        self.page = page
        self.ctx, self.bridge, self.node = page.ctx, page.bridge, page.node
        self.status: dict[str, Any] = {}
        self.pin_dialog: PinDialog | None = None
        self.now_dialog: BackupNowDialog | None = None
        self.progress: ProgressDialog | None = None
        self.setObjectName("backupSection")

        column = QVBoxLayout(self)
        explain = QLabel(
            self.tr(
                "A backup is one encrypted file with all of this PC's records, settings and "
                "keys. Keep it on a USB stick or a second disk, away from this PC. If the PC "
                "breaks, the backup and its passphrase bring everything back on a new PC."
            )
        )
        explain.setWordWrap(True)
        explain.setObjectName("muted")
        column.addWidget(explain)

        facts = QFormLayout()
        self.last = QLabel()
        self.last.setWordWrap(True)
        self.last_file = QLabel()
        self.last_file.setObjectName("muted")
        self.last_file.setWordWrap(True)
        self.last_file.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.next = QLabel()
        self.next.setWordWrap(True)
        self.failure = QLabel()
        self.failure.setObjectName("fieldError")
        self.failure.setWordWrap(True)
        self.failure.hide()
        facts.addRow(self.tr("Last backup:"), self.last)
        facts.addRow("", self.last_file)
        facts.addRow(self.tr("Automatic backups:"), self.next)
        facts.addRow("", self.failure)
        column.addLayout(facts)
        self.back_up = QPushButton(self.tr("Back &up now…"))
        self.back_up.setObjectName("primary")
        self.back_up.setToolTip(self.tr("Write a backup now (admin PIN and a passphrase)"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.back_up)
        column.addLayout(row)

        heading = QLabel(self.tr("Automatic backups while EduNode runs"))
        bold = heading.font()
        bold.setBold(True)
        heading.setFont(bold)
        column.addWidget(heading)
        form = QFormLayout()
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Folder for automatic backups"))
        self.folder.setPlaceholderText(self.tr("A folder on a USB stick or a second disk"))
        self.choose = QPushButton(self.tr("C&hoose…"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose)
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder_row)
        self.every = QComboBox()
        self.every.setAccessibleName(self.tr("How often"))
        for hours in EVERY:
            self.every.addItem(self.every_text(hours), float(hours))
        self.every.setCurrentIndex(EVERY.index(DEFAULT_EVERY))
        every_label = QLabel(self.tr("How &often:"))
        every_label.setBuddy(self.every)
        form.addRow(every_label, self.every)
        self.keep = QSpinBox()
        self.keep.setRange(1, 365)
        self.keep.setValue(DEFAULT_KEEP)
        self.keep.setAccessibleName(self.tr("How many backups to keep"))
        keep_note = QLabel(self.tr("of this PC's newest backups; older ones are deleted"))
        keep_note.setObjectName("muted")
        keep_note.setWordWrap(True)
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep)
        keep_row.addWidget(keep_note, 1)
        keep_label = QLabel(self.tr("&Keep:"))
        keep_label.setBuddy(self.keep)
        form.addRow(keep_label, keep_row)
        self.passphrase = masked(self.tr("Backup passphrase"))
        self.again = masked(self.tr("Backup passphrase again"))
        pass_label = QLabel(self.tr("Pass&phrase:"))
        pass_label.setBuddy(self.passphrase)
        form.addRow(pass_label, self.passphrase)
        again_label = QLabel(self.tr("Passphrase &again:"))
        again_label.setBuddy(self.again)
        form.addRow(again_label, self.again)
        remember = QLabel(
            self.tr(
                "At least 8 characters. Whoever restores a backup needs this passphrase, and "
                "nobody can recover it, not even EduNode: write it down and keep it somewhere "
                "safe, apart from the stick."
            )
        )
        remember.setObjectName("note")
        remember.setWordWrap(True)
        form.addRow(remember)
        self.pin = masked(self.tr("Admin PIN"))
        pin_label = QLabel(self.tr("Admin P&IN:"))
        pin_label.setBuddy(self.pin)
        form.addRow(pin_label, self.pin)
        column.addLayout(form)
        self.errors = error_label()
        column.addWidget(self.errors)
        self.turn_off = QPushButton(self.tr("&Turn off…"))
        self.turn_off.setToolTip(self.tr("Stop the automatic backups (the files stay)"))
        self.save = QPushButton(self.tr("&Save backup settings"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.turn_off)
        buttons.addWidget(self.save)
        column.addLayout(buttons)

        self.form = LiveForm(self.save, self.errors, self._check, self)
        self.form.watch(self.folder, self.passphrase, self.again, self.pin)
        self.choose.clicked.connect(self._choose)
        self.save.clicked.connect(self._save)
        self.turn_off.clicked.connect(self.ask_turn_off)
        self.back_up.clicked.connect(self.ask_back_up)
        submit_on_enter(self.save, self.folder, self.passphrase, self.again, self.pin)
        self.turn_off.setEnabled(False)
        self.show_status({})

    def tab_order(self) -> list[QWidget]:
        return [self.back_up, self.folder, self.choose, self.every, self.keep,
                self.passphrase, self.again, self.pin, self.turn_off, self.save]  # fmt: skip

    def every_text(self, hours: float) -> str:
        if hours == 24:
            return self.tr("Every day")
        if hours == 168:
            return self.tr("Every week")
        if hours % 24 == 0:
            return self.tr("Every {days} days").format(days=int(hours // 24))
        return self.tr("Every {hours} hours").format(hours=f"{hours:g}")

    # ------------------------------------------------------------------ status

    def refresh(self) -> None:
        self.bridge.run(backup_status, self.node, on_ok=self.show_status, on_error=lambda _e: None)

    def show_status(self, status: dict[str, Any]) -> None:
        first = not self.status and bool(status)
        self.status = status
        last = timestamp(str(status.get("last_backup") or ""))
        if last is None:
            self.last.setText(self.tr("never"))
        else:
            days = status.get("days_since_last") or 0
            text = when(last, self.tr("never"))
            if days:
                text += " " + self.tr("(%n days ago)", "", int(days))
            self.last.setText(text)
        self.last_file.setText(str(status.get("last_path") or ""))
        self.last_file.setVisible(bool(status.get("last_path")))
        if not status.get("configured"):
            self.next.setText(self.tr("Off. Choose a folder and a passphrase below."))
        else:
            due = timestamp(str(status.get("next_due") or ""))
            folder = status.get("folder", "")
            self.next.setText(
                (
                    self.tr("{every}, to {folder}. The next one is due now.")
                    if status.get("due") or due is None
                    else self.tr("{every}, to {folder}. Next: {when}.")
                ).format(
                    every=self.every_text(float(status.get("every_hours") or DEFAULT_EVERY)),
                    folder=folder,
                    when=when(due, ""),
                )
            )
        error = str(status.get("last_error") or "")
        self.failure.setText(
            self.tr("The last automatic backup failed: {reason}").format(reason=error)
            if error
            else ""
        )
        self.failure.setVisible(bool(error))
        self.turn_off.setEnabled(bool(status.get("configured")))
        if first and status.get("configured"):
            self._fill(status)
        self.status_changed.emit(status)

    def _fill(self, status: dict[str, Any]) -> None:
        """The saved schedule in the fields (the passphrase is never shown)."""
        self.folder.setText(str(status.get("folder", "")))
        hours = float(status.get("every_hours") or DEFAULT_EVERY)
        index = self.every.findData(hours)
        if index < 0:
            self.every.addItem(self.every_text(hours), hours)
            index = self.every.count() - 1
        self.every.setCurrentIndex(index)
        self.keep.setValue(int(status.get("keep") or DEFAULT_KEEP))
        self.form.reset()

    # ------------------------------------------------------------------ the schedule

    def _check(self) -> list[tuple[QWidget, str]]:
        return [
            (self.folder, validation.backup_folder(self.folder.text())),
            (self.again, validation.backup_passphrase(self.passphrase.text(), self.again.text())),
            (self.pin, "" if self.pin.text() else self.tr("Please type the admin PIN.")),
        ]

    def choose_folder(self, start: str) -> str | None:
        """A folder for backups, or None when cancelled (tests replace this: a native
        folder dialog can't be driven offscreen). Starts where the last one was."""
        begin = start or str(self.ctx.settings.value("backup/folder", "") or Path.home())
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder for the backups"), begin
        )
        if not folder:
            return None
        self.ctx.settings.setValue("backup/folder", folder)
        return str(folder)

    def _choose(self) -> None:
        chosen = self.choose_folder(self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _save(self) -> None:
        if not self.form.recheck():
            self.form.reveal()
            return
        every = float(self.every.currentData())

        def saved(status: dict[str, Any]) -> None:
            for w in (self.passphrase, self.again, self.pin):
                w.clear()
            self.form.reset()
            self.show_status(status)
            self.page.show_info(
                self.tr("Automatic backups are on: {every}, to {folder}.").format(
                    every=self.every_text(every), folder=status.get("folder", "")
                )
            )

        self.bridge.run(
            configure,
            self.node,
            self.folder.text().strip(),
            self.passphrase.text(),
            self.pin.text(),
            every,
            self.keep.value(),
            on_ok=saved,
            on_error=self.page.show_error,
        )

    def ask_turn_off(self) -> PinDialog:
        dialog = PinDialog(
            self,
            self.tr("Turn off automatic backups"),
            self.tr(
                "EduNode stops making backups by itself and forgets the passphrase. The "
                "backups already made stay where they are."
            ),
            action=self.tr("Turn off"),
        )
        self.pin_dialog = dialog

        def off(status: dict[str, Any]) -> None:
            dialog.accept()
            self.show_status(status)
            self.page.show_info(self.tr("Automatic backups are off."))

        def submitted(pin: str, _role: str) -> None:
            self.bridge.run(
                self.node.backups.disable,
                pin,
                on_ok=off,
                on_error=lambda exc: dialog.show_error(
                    describe(exc), wait=getattr(exc, "wait", 0.0)
                ),
            )

        dialog.submitted.connect(submitted)
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ back up now

    def ask_back_up(self) -> BackupNowDialog:
        folder = str(
            self.status.get("folder") or self.ctx.settings.value("backup/folder", "") or ""
        )
        dialog = BackupNowDialog(self, folder, self.choose_folder)
        self.now_dialog = dialog

        def written(done: dict[str, Any]) -> None:
            dialog.accept()
            self.refresh()
            self.page.show_info(self.tr("Backup written to {path}.").format(path=done["path"]))

        def submitted(folder: str, passphrase: str, pin: str) -> None:
            self.ctx.settings.setValue("backup/folder", folder)
            self.progress = run_with_dialog(
                dialog,
                self.bridge,
                self.tr("Backing up"),
                self.tr("Writing the encrypted backup to {folder}…").format(folder=folder),
                self.counts,
                back_up_now,
                self.node,
                folder,
                passphrase,
                pin,
                on_ok=written,
                on_error=lambda exc: dialog.show_error(
                    describe(exc), wait=getattr(exc, "wait", 0.0)
                ),
                cancellable=False,
                delay_ms=PROGRESS_DELAY_MS,
                lane=LANE,
            )

        dialog.submitted.connect(submitted)
        dialog.open()
        return dialog

    def counts(self, done: int, total: int) -> str:
        return self.tr("{done} of {total} MB").format(
            done=number(done / 1e6, 1), total=number(total / 1e6, 1)
        )
