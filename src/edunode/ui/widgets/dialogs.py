"""Dialogs: a yes/no confirmation, a line of text (checked as typed), and the admin PIN dialog.

``confirm`` and ``ask_text`` are module functions that pages call as
``dialogs.confirm(...)``, so tests can replace them (pytest-qt's advice for modal boxes).
The PIN dialog is not modal-blocking: the page opens it and reacts to ``submitted``; a
wrong PIN is shown inside the dialog, which stays open.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from edunode.ui.widgets.text_dialog import TextDialog


def confirm(parent: QWidget, title: str, text: str, *, action: str = "") -> bool:
    """Ask before something that cannot be undone; the safe answer is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(
        action or QCoreApplication.translate("Dialogs", "Yes"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    no = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


def ask_text(
    parent: QWidget, title: str, label: str, text: str = "", *, what: str = ""
) -> str | None:
    """One line of text from the user (checked as typed; ``what`` names it in the message,
    e.g. "module title"), or None when cancelled."""
    dialog = TextDialog(parent, title, label, text, what=what)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class PinDialog(QDialog):
    """Asks for the admin PIN before an admin action (and the role, when approving)."""

    submitted = Signal(str, str)  # pin, role ("" when no role is asked)

    def __init__(
        self,
        parent: QWidget,
        title: str,
        explanation: str,
        *,
        code: str = "",
        ask_role: bool = False,
        action: str = "",
    ) -> None:
        super().__init__(parent)
        self._ask_role = ask_role
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        intro = QLabel(explanation)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if code:
            caption = QLabel(self.tr("Verification code (the same on both screens):"))
            self.code = QLabel(code)
            self.code.setObjectName("verificationCode")
            self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.code.setMinimumHeight(self.code.sizeHint().height() * 2)
            layout.addWidget(caption)
            layout.addWidget(self.code)
        self.form = form = QFormLayout()  # a dialog built on this one adds its rows here
        self.role = QComboBox()
        self.role.addItem(self.tr("Community peer: shares courses"), "community")
        self.role.addItem(self.tr("Member of my school: shares learners too"), "school")
        if ask_role:
            form.addRow(self.tr("&Link as:"), self.role)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("Admin PIN"))
        form.addRow(self.tr("Admin &PIN:"), self.pin)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if action:
            self.ok.setText(action)
        self._ok_text = self.ok.text()
        self.ok.setEnabled(False)
        self._wait_until = 0.0  # monotonic time before which no PIN may be tried
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._tick)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.pin.textChanged.connect(lambda _t: self._update_ok())
        self.pin.setFocus()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def _submit(self) -> None:
        problem = self.problem()
        if problem:
            self.show_error(problem)
            return
        self.ok.setEnabled(False)
        self.error.hide()
        self.submitted.emit(self.pin.text(), self.role.currentData() if self._ask_role else "")

    def show_error(self, text: str, *, wait: float = 0.0) -> None:
        """The action failed (e.g. a wrong PIN): say so and let the person try again.
        ``wait``: seconds before the node takes another PIN (after several wrong ones); the
        message stays, and the OK button counts down until then."""
        self.error.setText(text)
        self.error.show()
        self.pin.selectAll()
        self.pin.setFocus()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self._wait_until = time.monotonic() + wait if wait > 0 else 0.0
        if wait > 0:
            self._countdown.start()
        self._tick()

    def problem(self) -> str:
        """What is wrong with the dialog's other fields, in one line ("" when nothing):
        a dialog built on this one checks its own fields here before anything is run."""
        return ""

    def waiting(self) -> float:
        """Seconds left before another PIN may be tried (0 when it may be now)."""
        return max(0.0, self._wait_until - time.monotonic())

    def _tick(self) -> None:
        left = self.waiting()
        if left <= 0:
            self._countdown.stop()
            self.ok.setText(self._ok_text)
        else:
            self.ok.setText(self.tr("Wait {seconds} s").format(seconds=math.ceil(left)))
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok.setEnabled(bool(self.pin.text()) and self.waiting() <= 0)
