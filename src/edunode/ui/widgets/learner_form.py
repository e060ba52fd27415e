"""The learner profile form (name, birth year, guardian contact), checked as you type.
Used by the Add learner dialog and the learner's Profile tab."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from edunode.ui import validation
from edunode.ui.widgets.forms import LiveForm, Problems, error_label


class ProfileFields(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Learner's name"))
        self.birth_year = QLineEdit()
        self.birth_year.setPlaceholderText(self.tr("e.g. 2015 (optional)"))
        self.birth_year.setMaxLength(4)
        self.birth_year.setAccessibleName(self.tr("Birth year"))
        self.guardian = QLineEdit()
        self.guardian.setPlaceholderText(
            self.tr("Name and phone of a parent or guardian (optional)")
        )
        self.guardian.setAccessibleName(self.tr("Guardian contact"))
        for field in (self.birth_year, self.guardian):  # the hint is read in full
            hint = field.fontMetrics().horizontalAdvance(field.placeholderText())
            field.setMinimumWidth(hint + 4 * field.fontMetrics().averageCharWidth())
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Birth year:"), self.birth_year)
        form.addRow(self.tr("&Guardian contact:"), self.guardian)
        QWidget.setTabOrder(self.name, self.birth_year)
        QWidget.setTabOrder(self.birth_year, self.guardian)

    def check(self) -> Problems:
        return [
            (
                self.name,
                validation.text(self.name.text(), self.tr("learner's name"), required=True),
            ),
            (self.birth_year, validation.birth_year(self.birth_year.text())),
            (
                self.guardian,
                validation.text(self.guardian.text(), self.tr("guardian contact"), limit=300),
            ),
        ]

    def values(self) -> dict[str, Any]:
        year = self.birth_year.text().strip()
        return {
            "name": self.name.text().strip(),
            "birth_year": int(year) if year.isdigit() else None,
            "guardian": self.guardian.text().strip(),
        }

    def set_values(self, learner: dict[str, Any]) -> None:
        self.name.setText(learner.get("name", ""))
        year = learner.get("birth_year")
        self.birth_year.setText(str(year) if year else "")
        self.guardian.setText(learner.get("guardian", ""))

    def watched(self) -> list[QWidget]:
        return [self.name, self.birth_year, self.guardian]


class NewLearnerDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a learner"))
        self.fields = ProfileFields()
        self.errors = error_label()
        self.add = QPushButton(self.tr("&Add learner"))
        self.add.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.add, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.live = LiveForm(self.add, self.errors, self.fields.check, self).watch(
            *self.fields.watched()
        )
        self.fields.name.setFocus()
        self.resize(self.sizeHint().expandedTo(self.fontMetrics().boundingRect("M" * 40).size()))

    def accept(self) -> None:
        if self.live.recheck():
            super().accept()
        else:
            self.live.reveal()
