"""A dialog that asks for one line of text (a module's or a lesson's title), checked as it
is typed like every form of the window."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from edunode.ui import validation
from edunode.ui.widgets.forms import LiveForm, Problems, error_label


class TextDialog(QDialog):
    """One line of text, checked as it is typed like every form (OK disabled and a message
    under the field while it is invalid): a title is required and is one short line."""

    def __init__(
        self, parent: QWidget | None, title: str, label: str, text: str = "", *, what: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.what = what or self.tr("title")
        self.field = QLineEdit(text)
        self.field.setAccessibleName(label.rstrip(":"))
        caption = QLabel(label)
        caption.setBuddy(self.field)
        caption.setWordWrap(True)
        self.errors = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.field)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self.live = LiveForm(self.ok, self.errors, self.check, self).watch(self.field)
        self.field.selectAll()
        self.field.setFocus()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)

    def check(self) -> Problems:
        return [(self.field, validation.text(self.field.text(), self.what, required=True))]

    def value(self) -> str:
        return self.field.text().strip()

    def accept(self) -> None:
        if self.live.recheck():  # Enter on an invalid title keeps the dialog open
            super().accept()
        else:
            self.live.reveal()
