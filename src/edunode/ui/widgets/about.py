"""About EduNode: the version, this PC's name and full node ID, and the data folder (opened
from Settings). Everything in it can be selected and copied, e.g. for a support call."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from edunode import __version__


def _value(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget, *, name: str, node_id: str, home: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About EduNode"))
        title = QLabel(self.tr("EduNode {version}").format(version=__version__))
        title.setObjectName("subHeading")
        intro = QLabel(
            self.tr(
                "School records that stay on the school's own PCs and sync between them, "
                "with or without the internet."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.version = _value(__version__)
        self.name = _value(name)
        self.node_id = _value(node_id)
        self.node_id.setToolTip(
            self.tr("Other admins compare this ID when they link with this PC.")
        )
        self.folder = _value(str(home))
        form.addRow(self.tr("Version:"), self.version)
        form.addRow(self.tr("This PC:"), self.name)
        form.addRow(self.tr("Node ID:"), self.node_id)
        form.addRow(self.tr("Data folder:"), self.folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(node_id) + 160)
