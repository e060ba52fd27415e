"""First run: name this PC, start a new school or join one, say where EduNode may look for
other PCs (the network consent: nothing listens before this is answered), choose the admin PIN.

Joining makes a node without a school. The link request (as *member of my school*) is then
sent from the Community page to a PC of that school found on the network; once its admin
approves, this PC receives the school and takes it as its own.
"""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from edunode.service import interfaces
from edunode.ui import validation
from edunode.ui.bridge import Bridge, describe
from edunode.ui.widgets.forms import error_label
from edunode.ui.widgets.network_choice import NetworkChoice


def _intro(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class NamePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to EduNode"))
        self.setSubTitle(
            self.tr("EduNode keeps your school's courses and learner records on this PC.")
        )
        self.name = QLineEdit(socket.gethostname()[:60])
        self.name.setAccessibleName(self.tr("Name of this PC"))
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Name of this PC:"), self.name)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _intro(
                self.tr(
                    "Give this PC a name that people will recognise, such as “Library PC” or “Grade 5 classroom”."  # noqa: E501
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        self.name.textChanged.connect(self._changed)

    def problem(self) -> str:
        return validation.text(
            self.name.text(), self.tr("name of this PC"), required=True, limit=100
        )

    def _changed(self) -> None:
        problem = self.problem()
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.problem()


class SchoolPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your school"))
        self.setSubTitle(self.tr("Is this the first PC of your school to use EduNode?"))
        self.create = QRadioButton(self.tr("&Start a new school"))
        self.join = QRadioButton(self.tr("&Join a school that already uses EduNode on another PC"))
        self.create.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.create)
        group.addButton(self.join)
        self.school = QLineEdit()
        self.school.setPlaceholderText(self.tr("e.g. Hillside Primary School"))
        self.school.setAccessibleName(self.tr("School name"))
        self.join_help = _intro(
            self.tr(
                "After setup, open Community, choose a PC of your school in the list of PCs "
                "found on the network and ask to join its school. When its admin approves, "
                "this PC receives the school's courses and learners."
            )
        )
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("School &name:"), self.school)
        layout = QVBoxLayout(self)
        layout.addWidget(self.create)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addWidget(self.join)
        layout.addWidget(self.join_help)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.school.textChanged.connect(self._changed)
        self.create.toggled.connect(self._changed)
        self._changed()

    def school_name(self) -> str | None:
        return self.school.text().strip() if self.create.isChecked() else None

    def problem(self) -> str:
        if self.join.isChecked():
            return ""
        return validation.text(self.school.text(), self.tr("school name"), required=True)

    def _changed(self) -> None:
        self.school.setEnabled(self.create.isChecked())
        self.join_help.setEnabled(self.join.isChecked())
        problem = self.problem() if self.school.text() else ""
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.problem()


class NetworkPage(QWizardPage):
    """The consent to look for and answer other PCs, and where (or nowhere)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Finding other PCs"))
        self.setSubTitle(self.tr("May EduNode use the network, and which connections?"))
        self.consent = _intro(
            self.tr(
                "EduNode will look for other EduNode PCs on this network and answer them, so "
                "that the PCs of your school and community can find each other. Nothing is "
                "shared with another PC until an admin of this PC approves a link with it. "
                "Without a network, records go from PC to PC on a USB stick."
            )
        )
        self.choice = NetworkChoice(interfaces.list_interfaces())
        self.note = _intro(self.tr("You can change this later in Settings › Network."))
        self.note.setObjectName("muted")
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.consent)
        layout.addSpacing(6)
        layout.addWidget(self.choice)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.note)
        self.choice.changed.connect(self._changed)

    def value(self) -> list[str] | None:
        """The choice; no network at all while nothing was chosen."""
        return self.choice.value() if self.choice.chosen() else []

    def _changed(self) -> None:
        problem = self.choice.problem() if self.choice.chosen() else ""
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.choice.problem()


def make_node(home: Path, interfaces_choice: list[str] | None, **fields: Any) -> Any:
    """Node.init, then the network choice saved before anything can listen (worker side)."""
    from edunode.service.node import Node

    node = Node.init(home, **fields)
    try:
        interfaces.save_choice(node.store, interfaces_choice)
    except BaseException:
        node.close()
        raise
    return node


class PinPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Admin PIN"))
        self.setSubTitle(
            self.tr("Approving links with other PCs and other admin actions ask for this PIN.")
        )
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("Admin PIN"))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Admin PIN again"))
        self.error = error_label()
        self.state = QLabel()
        self.state.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Admin &PIN:"), self.pin)
        form.addRow(self.tr("&Again:"), self.confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _intro(self.tr("Choose at least 6 digits. Keep it for the people who run the school."))
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.state)
        self.pin.textChanged.connect(self._changed)
        self.confirm.textChanged.connect(self._changed)

    def problem(self) -> str:
        return validation.new_pin(self.pin.text(), self.confirm.text())

    def _changed(self) -> None:
        problem = self.problem() if self.pin.text() and self.confirm.text() else ""
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.problem()


class FirstRunWizard(QWizard):
    def __init__(self, home: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home = Path(home)
        self.node: Any = None
        self._creating = False
        self.bridge = Bridge()
        self.setWindowTitle(self.tr("Set up EduNode"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.name_page = NamePage()
        self.school_page = SchoolPage()
        self.network_page = NetworkPage()
        self.pin_page = PinPage()
        for page in (self.name_page, self.school_page, self.network_page, self.pin_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Start using EduNode"))
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.fontMetrics().height() * 30)

    def accept(self) -> None:
        if self.node is not None:
            super().accept()
            return
        if self._creating:
            return
        self._creating = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self.pin_page.state.setText(self.tr("Setting up this PC (making its key and its store)…"))
        self.bridge.run(
            make_node,
            self.home,
            self.network_page.value(),
            name=self.name_page.name.text().strip(),
            school_name=self.school_page.school_name(),
            admin_pin=self.pin_page.pin.text(),
            on_ok=self._created,
            on_error=self._failed,
        )

    def _created(self, node: Any) -> None:
        self.node = node
        self._creating = False
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._creating = False
        self.pin_page.state.setText("")
        self.pin_page.error.setText(describe(exc))
        self.pin_page.error.show()
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.button(QWizard.WizardButton.BackButton).setEnabled(True)

    def shutdown(self) -> None:
        self.bridge.shutdown()
