"""The "Back up now" dialog: where to, the passphrase (twice) and the admin PIN.

Like the PIN dialog it is window-modal but not blocking: the page opens it and reacts to
``submitted``; a wrong PIN or a missing folder is shown inside the dialog, which stays open
(with the fields as typed) until the backup is written or the person cancels. Esc, Cancel
and the close button only close it: nothing has been written before OK.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from edunode.ui import validation
from edunode.ui.widgets.forms import LiveForm, error_label


def masked(name: str) -> QLineEdit:
    """A field whose text is not shown (a passphrase, a PIN); ``name`` for screen readers."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class BackupNowDialog(QDialog):
    submitted = Signal(str, str, str)  # folder, passphrase, pin

    def __init__(
        self,
        parent: QWidget,
        folder: str,
        choose_folder: Callable[[str], str | None],
    ) -> None:
        super().__init__(parent)
        self._choose_folder = choose_folder
        self.setWindowTitle(self.tr("Back up now"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "EduNode writes one encrypted file with all of this PC's records, settings "
                "and keys. Nobody can open it without the passphrase, not even EduNode: "
                "write the passphrase down and keep it apart from the stick."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.folder = QLineEdit(folder)
        self.folder.setAccessibleName(self.tr("Folder for the backup"))
        self.choose = QPushButton(self.tr("C&hoose…"))
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose)
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, row)
        self.passphrase = masked(self.tr("Backup passphrase"))
        self.again = masked(self.tr("Backup passphrase again"))
        form.addRow(self.tr("Pass&phrase:"), self.passphrase)
        form.addRow(self.tr("A&gain:"), self.again)
        self.pin = masked(self.tr("Admin PIN"))
        form.addRow(self.tr("Admin P&IN:"), self.pin)
        layout.addLayout(form)
        self.problems = error_label()
        layout.addWidget(self.problems)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Back up"))
        self._ok_text = self.ok.text()
        layout.addWidget(self.buttons)
        self._busy = False
        self._wait_until = 0.0
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._tick)
        self.form = LiveForm(self.ok, self.problems, self._check, self, ready=self._ready)
        self.form.watch(self.folder, self.passphrase, self.again, self.pin)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.choose.clicked.connect(self._choose)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        (self.passphrase if folder else self.folder).setFocus()

    def _check(self) -> list[tuple[QWidget, str]]:
        return [
            (self.folder, validation.backup_folder(self.folder.text())),
            (self.again, validation.backup_passphrase(self.passphrase.text(), self.again.text())),
        ]

    def _ready(self) -> bool:
        return bool(self.pin.text()) and not self._busy and self.waiting() <= 0

    def _choose(self) -> None:
        chosen = self._choose_folder(self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _submit(self) -> None:
        if not self.form.recheck():
            self.form.reveal()
            return
        self._busy = True
        self.error.hide()
        self.form.recheck()
        self.submitted.emit(self.folder.text().strip(), self.passphrase.text(), self.pin.text())

    def show_error(self, text: str, *, wait: float = 0.0) -> None:
        """The backup failed (a wrong PIN, no folder): say so; the person may try again."""
        self._busy = False
        self.error.setText(text)
        self.error.show()
        self.pin.selectAll()
        self.pin.setFocus()
        self._wait_until = time.monotonic() + wait if wait > 0 else 0.0
        if wait > 0:
            self._countdown.start()
        self._tick()

    def waiting(self) -> float:
        return max(0.0, self._wait_until - time.monotonic())

    def _tick(self) -> None:
        left = self.waiting()
        if left <= 0:
            self._countdown.stop()
            self.ok.setText(self._ok_text)
        else:
            self.ok.setText(self.tr("Wait {seconds} s").format(seconds=math.ceil(left)))
        self.form.recheck()

    def reject(self) -> None:
        """Esc, Cancel, the close button: close, unless the backup is being written (its
        progress box is on top then, and the file must be finished or not started)."""
        if self._busy:
            return
        super().reject()
