"""Settings: this PC's name, the admin PIN, backups, network interfaces, data folder,
language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from edunode.files import log as logfile
from edunode.service import interfaces
from edunode.ui import validation
from edunode.ui.context import Context
from edunode.ui.i18n import available_languages, language_label
from edunode.ui.pages.settings_backup import BackupSection
from edunode.ui.widgets.about import AboutDialog
from edunode.ui.widgets.forms import LiveForm, error_label, submit_on_enter
from edunode.ui.widgets.network_choice import NetworkChoice
from edunode.ui.widgets.page import Page


def settings_facts(node: Any) -> dict[str, Any]:
    """What the settings page shows (worker side)."""
    return {**node.info(), "interfaces": interfaces.choice(node.store)}


def save_interfaces(node: Any, value: list[str] | None) -> None:
    interfaces.save_choice(node.store, value)


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for w in widgets:
        row.addWidget(w)
    return row


class SettingsPage(Page):
    open_url = staticmethod(QDesktopServices.openUrl)  # replaced in tests

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_heading(self.tr("Settings"))
        self.facts: dict[str, Any] = {}
        body = QWidget()
        body.setMaximumWidth(self.fontMetrics().averageCharWidth() * 110)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        self.outer.addWidget(scroll, 1)

        # This PC.
        box = QGroupBox(self.tr("This PC"))
        form = QFormLayout(box)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name of this PC"))
        self.save_name = QPushButton(self.tr("Save &name"))
        self.name_errors = error_label()
        name_row = QHBoxLayout()
        name_row.addWidget(self.name, 1)
        name_row.addWidget(self.save_name)
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.name)
        form.addRow(name_label, name_row)
        form.addRow("", self.name_errors)
        self.node_id = QLabel()
        self.node_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.node_id.setToolTip(
            self.tr("Other admins compare this ID when they link with this PC.")
        )
        form.addRow(self.tr("Node ID:"), self.node_id)
        self.school = QLabel()
        form.addRow(self.tr("School:"), self.school)
        self.folder = QLabel(str(ctx.home))
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setWordWrap(True)
        self.open_folder = QPushButton(self.tr("&Open data folder"))
        self.open_folder.setToolTip(
            self.tr("The records, this PC's key and the log file ({file}) are kept here.").format(
                file=logfile.LOG_FILE
            )
        )
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.open_folder)
        form.addRow(self.tr("Data folder:"), folder_row)
        self.about_button = QPushButton(self.tr("A&bout EduNode…"))
        self.about_button.setToolTip(self.tr("Version, node ID and data folder"))
        self.about_dialog: AboutDialog | None = None
        form.addRow(_row(self.about_button))
        column.addWidget(box)
        self.name_form = LiveForm(
            self.save_name,
            self.name_errors,
            self._check_name,
            self,
            ready=lambda: bool(self.facts) and self.name.text().strip() != self.facts.get("name"),
        ).watch(self.name)

        # Admin PIN.
        box = QGroupBox(self.tr("Admin PIN"))
        form = QFormLayout(box)
        self.old_pin = QLineEdit()
        self.new_pin = QLineEdit()
        self.again_pin = QLineEdit()
        for w, name in (
            (self.old_pin, self.tr("Current admin PIN")),
            (self.new_pin, self.tr("New admin PIN")),
            (self.again_pin, self.tr("New admin PIN again")),
        ):
            w.setEchoMode(QLineEdit.EchoMode.Password)
            w.setAccessibleName(name)
        self.old_label = QLabel(self.tr("C&urrent PIN:"))
        self.old_label.setBuddy(self.old_pin)
        form.addRow(self.old_label, self.old_pin)
        form.addRow(self.tr("Ne&w PIN:"), self.new_pin)
        form.addRow(self.tr("A&gain:"), self.again_pin)
        self.pin_errors = error_label()
        form.addRow(self.pin_errors)
        self.change_pin = QPushButton(self.tr("&Change PIN"))
        form.addRow(_row(self.change_pin))
        column.addWidget(box)
        self.pin_form = LiveForm(self.change_pin, self.pin_errors, self._check_pin, self)
        self.pin_form.watch(self.old_pin, self.new_pin, self.again_pin)

        # Backup (pages/settings_backup.py).
        self.backup = BackupSection(self)
        column.addWidget(self.backup)

        # Network.
        box = QGroupBox(self.tr("Network"))
        form = QVBoxLayout(box)
        explain = QLabel(
            self.tr(
                "EduNode looks for other EduNode PCs on the network and answers them. "
                "Nothing is shared with a PC until an admin approves a link with it."
            )
        )
        explain.setWordWrap(True)
        self.network = NetworkChoice(interfaces.list_interfaces())
        self.all_interfaces = self.network.all_interfaces
        self.some_interfaces = self.network.some_interfaces
        self.no_network = self.network.no_network
        self.interfaces = self.network.interfaces
        self.net_errors = error_label()
        self.save_network = QPushButton(self.tr("Save net&work settings"))
        note = QLabel(self.tr("Takes effect the next time EduNode starts."))
        note.setObjectName("muted")
        form.addWidget(explain)
        form.addWidget(self.network)
        form.addWidget(self.net_errors)
        form.addLayout(_row(note, self.save_network))
        column.addWidget(box)
        self.net_form = LiveForm(self.save_network, self.net_errors, self._check_network, self)
        self.net_form.watch(self.interfaces)
        self.network.changed.connect(self.net_form.recheck)

        # Language.
        box = QGroupBox(self.tr("Language"))
        form = QHBoxLayout(box)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        system = language_label(QLocale.system().name())
        self.language.addItem(
            self.tr("Same as the computer ({name})").format(name=system)
            if system
            else self.tr("Same as the computer"),
            "",
        )
        for code in available_languages():
            self.language.addItem(language_label(code) or code, code)
        saved = str(ctx.settings.value("language", "") or "")
        self.language.setCurrentIndex(max(self.language.findData(saved), 0))
        self.language_note = QLabel()
        self.language_note.setObjectName("muted")
        form.addWidget(self.language, 1)
        form.addWidget(self.language_note, 2)
        column.addWidget(box)
        column.addStretch(1)

        order = [
            self.name,
            self.save_name,
            self.open_folder,
            self.about_button,
            self.old_pin,
            self.new_pin,
            self.again_pin,
            self.change_pin,
            *self.backup.tab_order(),
            self.all_interfaces,
            self.some_interfaces,
            *(box for box, _ in self.network.boxes),
            self.interfaces,
            self.no_network,
            self.save_network,
            self.language,
        ]
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)
        self.save_name.clicked.connect(self._save_name)
        self.change_pin.clicked.connect(self._change_pin)
        self.save_network.clicked.connect(self._save_network)
        self.open_folder.clicked.connect(self.show_folder)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.about_button.clicked.connect(self.show_about)
        submit_on_enter(self.save_name, self.name)
        submit_on_enter(self.change_pin, self.old_pin, self.new_pin, self.again_pin)
        submit_on_enter(self.save_network, self.interfaces)

    def title(self) -> str:
        return self.tr("Settings")

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        self.bridge.run(settings_facts, self.node, on_ok=self._got, on_error=self.show_error)
        self.backup.refresh()

    def _got(self, facts: dict[str, Any]) -> None:
        first = not self.facts
        self.facts = facts
        if first or self.name.text().strip() == "":
            self.name.setText(facts["name"])
            self.name_form.reset()
        self.node_id.setText(facts["node_id"])
        self.school.setText(facts["school"] or self.tr("Not in a school yet"))
        has_pin = bool(facts["admin_pin_set"])
        self.old_pin.setVisible(has_pin)
        self.old_label.setVisible(has_pin)
        if first:
            self.network.set_value(facts["interfaces"])
            self.net_form.reset()
        self.name_form.recheck()
        self.mark_loaded()

    # ------------------------------------------------------------------ checks

    def _check_name(self) -> list[tuple[QWidget, str]]:
        return [
            (
                self.name,
                validation.text(
                    self.name.text(), self.tr("name of this PC"), required=True, limit=100
                ),
            )
        ]

    def _check_pin(self) -> list[tuple[QWidget, str]]:
        problems = []
        if self.facts.get("admin_pin_set") and not self.old_pin.text():
            problems.append((self.old_pin, self.tr("Please type the current admin PIN.")))
        problems.append(
            (self.new_pin, validation.new_pin(self.new_pin.text(), self.again_pin.text()))
        )
        return problems

    def _check_network(self) -> list[tuple[QWidget, str]]:
        problems: list[tuple[QWidget, str]] = [(self.interfaces, self.network.problem())]
        return problems

    # ------------------------------------------------------------------ saving

    def _save_name(self) -> None:
        name = self.name.text().strip()

        def saved(_: Any) -> None:
            self.facts["name"] = name
            self.name_form.reset()
            self.show_info(self.tr("This PC is now called “{name}”.").format(name=name))

        self.bridge.run(self.node.rename, name, on_ok=saved, on_error=self.show_error)

    def _change_pin(self) -> None:
        if not self.pin_form.recheck():
            return
        old = self.old_pin.text() if self.facts.get("admin_pin_set") else None

        def changed(_: Any) -> None:
            for w in (self.old_pin, self.new_pin, self.again_pin):
                w.clear()
            self.pin_form.reset()
            self.facts["admin_pin_set"] = True
            self.old_pin.setVisible(True)
            self.old_label.setVisible(True)
            self.show_info(self.tr("The admin PIN was changed."))

        self.bridge.run(
            self.node.set_admin_pin,
            self.new_pin.text(),
            old,
            on_ok=changed,
            on_error=self.show_error,
        )

    def _save_network(self) -> None:
        value = self.network.value()
        self.bridge.run(
            save_interfaces,
            self.node,
            value,
            on_ok=lambda _: self.show_info(
                self.tr("Network settings saved. Restart EduNode to use them.")
            ),
            on_error=self.show_error,
        )

    def _language_changed(self) -> None:
        self.ctx.settings.setValue("language", self.language.currentData())
        self.language_note.setText(
            self.tr("The new language is used the next time EduNode starts.")
        )

    def show_folder(self) -> None:
        """Open the data folder in the file manager (tests replace :attr:`open_url`)."""
        if not self.open_url(QUrl.fromLocalFile(str(self.ctx.home))):
            self.show_error(
                self.tr("The folder could not be opened. It is {folder}").format(
                    folder=self.ctx.home
                )
            )

    def show_about(self) -> None:
        self.about_dialog = AboutDialog(
            self,
            name=str(self.facts.get("name", "")),
            node_id=str(self.facts.get("node_id", "")),
            home=self.ctx.home,
        )
        self.about_dialog.open()

    def focus_first(self) -> None:
        self.name.setFocus()

    def show_backup(self) -> None:
        """Bring Settings › Backup into view (the window's backup banner), focus on its
        first field."""
        self.scroll.verticalScrollBar().setValue(self.backup.geometry().top())
        if self.backup.status.get("configured"):
            self.backup.back_up.setFocus()
        else:
            self.backup.folder.setFocus()
