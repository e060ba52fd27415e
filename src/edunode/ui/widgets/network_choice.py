"""Where EduNode may look for and answer other EduNode PCs: every network connection, only
some, or none (USB sticks only). The first-run wizard and Settings › Network show it.

Its value is the node setting ``interfaces`` (``service/interfaces.py``): None for all, a
list of addresses or connection names, or ``[]`` for none. The field holds the list; each of
this PC's addresses also has a check box that adds itself to the field or takes itself out.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from edunode.service.interfaces import Interface


def parse_interfaces(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


class NetworkChoice(QWidget):
    changed = Signal()

    def __init__(self, available: list[Interface], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.all_interfaces = QRadioButton(
            self.tr("Find and answer other PCs on &all network connections")
        )
        self.some_interfaces = QRadioButton(self.tr("Only on these &addresses or connections:"))
        self.no_network = QRadioButton(
            self.tr("On &no network: this PC exchanges records on USB sticks only")
        )
        self.group = QButtonGroup(self)
        for button in (self.all_interfaces, self.some_interfaces, self.no_network):
            self.group.addButton(button)
        self.interfaces = QLineEdit()
        self.interfaces.setPlaceholderText(self.tr("e.g. 192.168.1.20, eth0"))
        self.interfaces.setAccessibleName(self.tr("Addresses or connections"))
        self.boxes: list[tuple[QCheckBox, str]] = []
        picks = QWidget()
        picks_layout = QVBoxLayout(picks)
        picks_layout.setContentsMargins(24, 0, 0, 0)
        picks_layout.setSpacing(2)
        for interface in available:
            label = (
                self.tr("{name}: {address} (this PC only, for testing)")
                if interface.loopback
                else self.tr("{name}: {address}")
            ).format(name=interface.name, address=interface.address)
            box = QCheckBox(label)
            box.setAccessibleName(label)
            box.toggled.connect(lambda on, a=interface.address: self._picked(a, on))
            self.boxes.append((box, interface.address))
            picks_layout.addWidget(box)
        picks_layout.addWidget(self.interfaces)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.all_interfaces)
        layout.addWidget(self.some_interfaces)
        layout.addWidget(picks)
        layout.addWidget(self.no_network)
        self.interfaces.textChanged.connect(self._typed)
        self.group.buttonToggled.connect(lambda *_: self._mode())
        self._mode()

    # ------------------------------------------------------------------ value

    def chosen(self) -> bool:
        return self.group.checkedButton() is not None

    def value(self) -> list[str] | None:
        """None: every connection; []: none; else the addresses and connection names."""
        if self.all_interfaces.isChecked():
            return None
        if self.some_interfaces.isChecked():
            return parse_interfaces(self.interfaces.text())
        return []

    def set_value(self, value: list[str] | None) -> None:
        if value is None:
            self.all_interfaces.setChecked(True)
        elif not value:
            self.no_network.setChecked(True)
        else:
            self.some_interfaces.setChecked(True)
            self.interfaces.setText(", ".join(value))
        self._mode()

    def problem(self) -> str:
        if not self.chosen():
            return self.tr("Choose where EduNode may look for other PCs, or choose no network.")
        if self.some_interfaces.isChecked() and not parse_interfaces(self.interfaces.text()):
            return self.tr("Type at least one address or interface name, separated by commas.")
        return ""

    # ------------------------------------------------------------------ keeping in step

    def _mode(self) -> None:
        some = self.some_interfaces.isChecked()
        self.interfaces.setEnabled(some)
        for box, _ in self.boxes:
            box.setEnabled(some)
        self.changed.emit()

    def _picked(self, address: str, on: bool) -> None:
        items = parse_interfaces(self.interfaces.text())
        if on and address not in items:
            items.append(address)
        elif not on and address in items:
            items.remove(address)
        else:
            return
        self.interfaces.setText(", ".join(items))

    def _typed(self) -> None:
        items = set(parse_interfaces(self.interfaces.text()))
        for box, address in self.boxes:
            if box.isChecked() != (address in items):
                box.blockSignals(True)
                box.setChecked(address in items)
                box.blockSignals(False)
        self.changed.emit()
