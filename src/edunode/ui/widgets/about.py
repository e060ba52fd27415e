"""About EduNode (Settings' button, the sidebar's, F1): the version, this PC's name, node ID
and data folder, the licence, and the libraries EduNode is built from with their versions
and licences (from edunode.about). Everything in it can be selected, e.g. for a support call."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from edunode import about


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget, *, name: str, node_id: str, home: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About EduNode"))
        facts = about.facts()
        selectable = Qt.TextInteractionFlag.TextSelectableByMouse
        self.version = QLabel(facts["edunode"])
        self.node_id = QLabel(node_id)
        self.folder = QLabel(str(home))
        self.licence = QLabel(about.LICENCE)
        for label in (self.version, self.node_id, self.folder, self.licence):
            label.setTextInteractionFlags(selectable)
        self.node_id.setWordWrap(True)
        self.node_id.setToolTip(
            self.tr("Other admins compare this ID when they link with this PC.")
        )
        self.heading = QLabel(self.tr("EduNode {version}").format(version=facts["edunode"]))
        self.heading.setObjectName("aboutHeading")
        blurb = QLabel(
            self.tr(
                "School records that stay on the school's own PCs and sync between them, "
                "with or without the internet."
            )
        )
        blurb.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Version:"), self.version)
        self.name = QLabel(name)
        self.name.setTextInteractionFlags(selectable)
        form.addRow(self.tr("This PC:"), self.name)
        form.addRow(self.tr("Node ID:"), self.node_id)
        form.addRow(self.tr("Data folder:"), self.folder)
        form.addRow(self.tr("Licence:"), self.licence)
        form.addRow(self.tr("Python:"), QLabel(facts["python"]))
        libraries = about.libraries()
        self.libraries = QTableWidget(len(libraries), 3)
        self.libraries.setHorizontalHeaderLabels(
            [self.tr("Library"), self.tr("Version"), self.tr("Licence")]
        )
        self.libraries.setAccessibleName(self.tr("Libraries used"))
        self.libraries.verticalHeader().hide()
        self.libraries.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, lib in enumerate(libraries):
            for col, text in enumerate((lib.name, lib.version or "—", lib.licence or "?")):
                self.libraries.setItem(row, col, QTableWidgetItem(text))
        self.libraries.resizeColumnsToContents()
        self.libraries.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(blurb)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("EduNode is built with these libraries:")))
        layout.addWidget(self.libraries, 1)
        layout.addWidget(buttons)
        self.resize(620, 520)
