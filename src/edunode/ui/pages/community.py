"""Community: link requests waiting for the admin, linked PCs, PCs found on the network,
the USB stick for PCs that never share a network, and refused / revoked ones. Every
decision asks for the admin PIN. Live: a request or a peer coming online shows up without a
refresh."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from edunode.service import usb
from edunode.ui.bridge import describe
from edunode.ui.context import Context
from edunode.ui.formatting import when
from edunode.ui.widgets import dialogs
from edunode.ui.widgets.dialogs import PinDialog
from edunode.ui.widgets.page import Page
from edunode.ui.widgets.tables import cell, read_only_table

ONLINE_REFRESH_MS = 10_000
LINK_TIMEOUT_S = 15.0


def community_facts(node: Any) -> dict[str, Any]:
    """Peers by state, and this node's school (worker side)."""
    info = node.info()
    return {"peers": node.peers.list(), "school_id": info["school_id"], "school": info["school"]}


def approved_peers(node: Any) -> list[dict[str, Any]]:
    """The PCs that get a package (worker side), read afresh: the table may be a moment old."""
    return [p for p in node.peers.list() if p["state"] == "approved"]


def write_packages(
    node: Any, folder: str, peers: list[dict[str, Any]], pin: str | None
) -> list[dict[str, Any]]:
    """A package for each of ``peers`` in ``folder`` (worker side). The PIN is checked before
    the first file is written, so a wrong PIN leaves the stick as it was even when a
    community peer's package (which needs no PIN) comes first."""
    if any(p["role"] == "school" for p in peers):
        node.check_admin_pin(pin)
    return [usb.export_package(node, Path(folder), p["node_id"], pin) for p in peers]


class CommunityPage(Page):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_heading(self.tr("Community"))
        self.peers: dict[str, dict[str, Any]] = {}
        self.school_id = ""
        self.pin_dialog: PinDialog | None = None
        self.usb_report: QMessageBox | None = None
        self._placeholders: dict[int, QLabel] = {}
        self._boxes: dict[int, tuple[QGroupBox, QVBoxLayout]] = {}
        self.no_school = QLabel(
            self.tr(
                "This PC is not in a school yet. Choose a PC of your school under “Found on the "
                "network” and ask to join its school; its admin approves with their PIN."
            )
        )
        self.no_school.setObjectName("note")
        self.no_school.setWordWrap(True)
        self.no_school.hide()
        self.outer.addWidget(self.no_school)

        body = QWidget()
        self.sections = QVBoxLayout(body)
        self.sections.setContentsMargins(0, 0, 8, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        self.outer.addWidget(scroll, 1)

        self.pending = self._section(
            self.tr("Link requests waiting for you"),
            [self.tr("Name"), self.tr("School"), self.tr("Verification code")],
            self.tr("No link request is waiting."),
        )
        self.approve_button = QPushButton(self.tr("&Approve…"))
        self.refuse_button = QPushButton(self.tr("&Refuse…"))
        self.block_button = QPushButton(self.tr("&Block…"))
        self.block_button.setToolTip(self.tr("Refuse and ignore every later request from this PC"))
        self._buttons(self.pending, [self.approve_button, self.refuse_button, self.block_button])

        self.linked = self._section(
            self.tr("Linked PCs"),
            [
                self.tr("Name"),
                self.tr("School"),
                self.tr("Role"),
                self.tr("Online"),
                self.tr("Last sync"),
                self.tr("Received"),
                self.tr("Sent"),
                self.tr("Rejected"),
            ],
            self.tr(
                "No PC is linked yet. Approve a request above, or ask a PC found on the network."
            ),
        )
        self.linked.setToolTip(
            self.tr("Received and Sent count changes; Rejected counts changes refused as invalid")
        )
        self.revoke_button = QPushButton(self.tr("Re&voke…"))
        self._buttons(self.linked, [self.revoke_button])

        self.found = self._section(
            self.tr("Found on the network"),
            [self.tr("Name"), self.tr("School"), self.tr("State")],
            self.tr("No other EduNode PC found yet."),
        )
        self.ask_button = QPushButton(self.tr("Ask to &link"))
        self.ask_school_button = QPushButton(self.tr("Ask to &join its school"))
        self._buttons(self.found, [self.ask_button, self.ask_school_button])

        self.introduce_button = QPushButton(self.tr("&Introduce this PC…"))
        self.write_button = QPushButton(self.tr("&Write packages…"))
        self.read_button = QPushButton(self.tr("Rea&d from stick…"))
        self._usb_box([self.introduce_button, self.write_button, self.read_button])

        self.closed = self._section(
            self.tr("Refused, blocked and revoked"),
            [self.tr("Name"), self.tr("School"), self.tr("State")],
            self.tr("None."),
        )
        self.reapprove_button = QPushButton(self.tr("Approve a&gain…"))
        self._buttons(self.closed, [self.reapprove_button])
        self.sections.addStretch(1)

        self.approve_button.clicked.connect(lambda: self.approve(self.pending))
        self.reapprove_button.clicked.connect(lambda: self.approve(self.closed))
        self.refuse_button.clicked.connect(lambda: self.refuse(block=False))
        self.block_button.clicked.connect(lambda: self.refuse(block=True))
        self.revoke_button.clicked.connect(self.revoke)
        self.ask_button.clicked.connect(lambda: self.ask("community"))
        self.ask_school_button.clicked.connect(lambda: self.ask("school"))
        self.introduce_button.clicked.connect(self.introduce)
        self.write_button.clicked.connect(self.write_to_stick)
        self.read_button.clicked.connect(self.read_stick)
        for table in (self.pending, self.linked, self.found, self.closed):
            table.itemSelectionChanged.connect(self._update_buttons)
        order = [
            self.pending,
            self.approve_button,
            self.refuse_button,
            self.block_button,
            self.linked,
            self.revoke_button,
            self.found,
            self.ask_button,
            self.ask_school_button,
            self.introduce_button,
            self.write_button,
            self.read_button,
            self.closed,
            self.reapprove_button,
        ]
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)

        for signal in (
            self.bridge.linkRequested,
            self.bridge.linkChanged,
            self.bridge.peerOnline,
            self.bridge.peerFound,
            self.bridge.peerLost,
            self.bridge.syncCompleted,
        ):
            signal.connect(self.reload_soon)
        self._tick = QTimer(self)
        self._tick.setInterval(ONLINE_REFRESH_MS)
        self._tick.timeout.connect(lambda: self.reload() if self.isVisible() else None)
        self._tick.start()
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Community")

    # ------------------------------------------------------------------ layout helpers

    def _section(self, title: str, columns: list[str], empty: str) -> QTableWidget:
        box = QGroupBox(title)
        table = read_only_table(columns)
        table.setAccessibleName(title)
        rows = self.fontMetrics().height() * 2
        table.setMinimumHeight(rows * 3)
        table.setMaximumHeight(rows * 7)
        placeholder = QLabel(empty)
        placeholder.setObjectName("muted")
        layout = QVBoxLayout(box)
        layout.addWidget(table)
        layout.addWidget(placeholder)
        self.sections.addWidget(box)
        self._placeholders[id(table)] = placeholder
        self._boxes[id(table)] = (box, layout)
        return table

    def _buttons(self, table: QTableWidget, buttons: list[QPushButton]) -> None:
        _, layout = self._boxes[id(table)]
        row = QHBoxLayout()
        row.addStretch(1)
        for b in buttons:
            row.addWidget(b)
        layout.addLayout(row)

    def _usb_box(self, buttons: list[QPushButton]) -> None:
        """The USB stick: no table of its own, what it finds lands in the sections above."""
        box = QGroupBox(self.tr("USB stick"))
        note = QLabel(
            self.tr(
                "For PCs that never share a network. Each PC introduces itself on the stick "
                "once; read the other PC's introduction, compare the verification code by "
                "phone and approve it above. Then write packages on one PC and read them on "
                "the other."
            )
        )
        note.setObjectName("muted")
        note.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addWidget(note)
        row = QHBoxLayout()
        row.addStretch(1)
        for b in buttons:
            row.addWidget(b)
        layout.addLayout(row)
        self.sections.addWidget(box)

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        self.bridge.run(community_facts, self.node, on_ok=self._got, on_error=self.show_error)

    def _got(self, facts: dict[str, Any]) -> None:
        self.school_id = facts["school_id"]
        self.no_school.setVisible(not self.school_id)
        peers = facts["peers"]
        self.peers = {p["node_id"]: p for p in peers}
        role_names = {
            "community": self.tr("Community peer"),
            "school": self.tr("Member of this school"),
        }
        state_names = {
            "discovered": self.tr("Found"),
            "requested": self.tr("Request sent, waiting for their admin"),
            "refused": self.tr("Refused"),
            "blocked": self.tr("Blocked"),
            "revoked": self.tr("Revoked"),
        }
        self._fill(
            self.pending,
            [p for p in peers if p["state"] == "pending"],
            lambda p: [p["name"], p["school"] or self.tr("(no school yet)"), p["code"] or ""],
        )
        self._fill(
            self.linked,
            [p for p in peers if p["state"] == "approved"],
            lambda p: [
                p["name"],
                p["school"],
                role_names.get(p["role"] or "", p["role"] or ""),
                self.tr("● Online") if p["online"] else self.tr("Offline"),
                when(p["last_sync"], self.tr("never")),
                p["changes_in"],
                p["changes_out"],
                p["incidents"],
            ],
        )
        self._fill(
            self.found,
            [p for p in peers if p["state"] in ("discovered", "requested")],
            lambda p: [p["name"], p["school"], state_names[p["state"]]],
        )
        self._fill(
            self.closed,
            [p for p in peers if p["state"] in ("refused", "blocked", "revoked")],
            lambda p: [p["name"], p["school"], state_names[p["state"]]],
        )
        self._update_buttons()
        self.mark_loaded()

    def _fill(self, table: QTableWidget, peers: list[dict[str, Any]], values: Any) -> None:
        selected = self.selected_id(table)
        table.setRowCount(len(peers))
        for r, p in enumerate(peers):
            for c, v in enumerate(values(p)):
                table.setItem(
                    r, c, cell(v, p["node_id"] if c == 0 else None, right=isinstance(v, int))
                )
            table.item(r, 0).setToolTip(self.tr("Node ID {id}").format(id=p["node_id"]))
            if p["node_id"] == selected:
                table.selectRow(r)
        if peers and table.currentRow() < 0:
            table.selectRow(0)
        self._placeholders[id(table)].setVisible(not peers)
        table.setVisible(bool(peers))

    def selected_id(self, table: QTableWidget) -> str | None:
        row = table.currentRow()
        item = table.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_buttons(self) -> None:
        has = {
            t: self.selected_id(t) is not None and t.isVisibleTo(self)
            for t in (self.pending, self.linked, self.found, self.closed)
        }
        for b in (self.approve_button, self.refuse_button, self.block_button):
            b.setEnabled(has[self.pending])
        self.revoke_button.setEnabled(has[self.linked])
        self.reapprove_button.setEnabled(has[self.closed])
        can_ask = self._request_method() is not None
        self.ask_button.setEnabled(has[self.found] and can_ask and bool(self.school_id))
        self.ask_school_button.setEnabled(has[self.found] and can_ask and not self.school_id)
        tip = "" if can_ask else self.tr("The network service is not running on this PC.")
        self.ask_button.setToolTip(tip)
        self.ask_school_button.setToolTip(tip)

    # ------------------------------------------------------------------ admin actions

    def _pin_action(
        self,
        title: str,
        explanation: str,
        action: str,
        work: Any,
        done: str | Callable[[Any], None],
        *,
        code: str = "",
        ask_role: bool = False,
        default_role: str = "community",
    ) -> PinDialog:
        dialog = PinDialog(self, title, explanation, code=code, ask_role=ask_role, action=action)
        if ask_role:
            dialog.role.setCurrentIndex(max(dialog.role.findData(default_role), 0))
        self.pin_dialog = dialog

        def submitted(pin: str, role: str) -> None:
            def ok(result: Any) -> None:
                dialog.accept()
                if callable(done):
                    done(result)
                else:
                    self.show_info(done)
                self.reload()

            self.bridge.run(
                work,
                pin,
                role,
                on_ok=ok,
                on_error=lambda exc: dialog.show_error(
                    describe(exc), wait=getattr(exc, "wait", 0.0)
                ),
            )

        dialog.submitted.connect(submitted)
        dialog.open()
        return dialog

    def approve(self, table: QTableWidget) -> None:
        node_id = self.selected_id(table)
        if node_id is None:
            return
        p = self.peers[node_id]
        same_school = bool(p["school_id"]) and p["school_id"] == self.school_id
        self._pin_action(
            self.tr("Approve the link"),
            self.tr(
                "Link with “{name}” ({school})? First check that its screen shows the same "
                "verification code. A member of this school also receives the learner records."
            ).format(name=p["name"], school=p["school"] or self.tr("no school yet")),
            self.tr("Approve"),
            lambda pin, role: self.node.approve(node_id, role, pin),
            self.tr("Linked with {name}.").format(name=p["name"]),
            code=p["code"] or "",
            ask_role=True,
            default_role="school" if same_school or not p["school_id"] else "community",
        )

    def refuse(self, *, block: bool) -> None:
        node_id = self.selected_id(self.pending)
        if node_id is None:
            return
        p = self.peers[node_id]
        if block:
            text = self.tr("Refuse “{name}” and ignore its requests from now on?").format(
                name=p["name"]
            )
        else:
            text = self.tr("Refuse the link request from “{name}”? It may ask again later.").format(
                name=p["name"]
            )
        self._pin_action(
            self.tr("Block") if block else self.tr("Refuse the request"),
            text,
            self.tr("Block") if block else self.tr("Refuse"),
            lambda pin, _role: self.node.refuse(node_id, pin, block=block),
            self.tr("{name} blocked.").format(name=p["name"])
            if block
            else self.tr("Request from {name} refused.").format(name=p["name"]),
        )

    def revoke(self) -> None:
        node_id = self.selected_id(self.linked)
        if node_id is None:
            return
        p = self.peers[node_id]
        self._pin_action(
            self.tr("Revoke the link"),
            self.tr(
                "Stop all exchange with “{name}” now? What it already received stays there. "
                "A PC of this school is also removed from the school."
            ).format(name=p["name"]),
            self.tr("Revoke"),
            lambda pin, _role: self.node.revoke(node_id, pin),
            self.tr("Link with {name} revoked.").format(name=p["name"]),
        )

    def _request_method(self) -> Any:
        """``link(node_id)`` of the running network service, or None without one."""
        network = self.ctx.network
        link = getattr(network, "link", None) if network is not None else None
        return (lambda node_id: link(node_id, LINK_TIMEOUT_S)) if callable(link) else None

    def ask(self, role: str) -> None:
        node_id = self.selected_id(self.found)
        method = self._request_method()
        if node_id is None or method is None:
            return
        p = self.peers[node_id]
        if role == "school" and not dialogs.confirm(
            self,
            self.tr("Join a school"),
            self.tr("Ask “{name}” to let this PC join its school “{school}”?").format(
                name=p["name"], school=p["school"]
            ),
            action=self.tr("Ask to join"),
        ):
            return

        def sent(_: Any) -> None:
            self.show_info(
                self.tr(
                    "Request sent to {name}. Its admin should see the verification code {code}; "
                    "approve it here too when it appears."
                ).format(name=p["name"], code=self.peers.get(node_id, p).get("code") or "")
            )
            self.reload()

        self.bridge.run(method, node_id, on_ok=sent, on_error=self.show_error)

    # ------------------------------------------------------------------ USB stick

    def choose_folder(self, title: str) -> str | None:
        """The stick's folder, or None when cancelled (tests replace this: a native folder
        dialog can't be driven offscreen). Starts where the stick was last time."""
        start = str(self.ctx.settings.value("usb/folder", "") or Path.home())
        folder = QFileDialog.getExistingDirectory(self, title, start)
        if not folder:
            return None
        self.ctx.settings.setValue("usb/folder", folder)
        return folder

    def introduce(self) -> None:
        folder = self.choose_folder(self.tr("Introduce this PC on the USB stick"))
        if folder is None:
            return

        def written(done: dict[str, Any]) -> None:
            self.show_info(
                self.tr(
                    "Introduction of this PC written to {path}. On the other PC, choose "
                    "“Read from stick…”, compare the verification code by phone and approve."
                ).format(path=done["path"])
            )

        self.bridge.run(
            usb.introduce, self.node, Path(folder), on_ok=written, on_error=self.show_error
        )

    def write_to_stick(self) -> None:
        folder = self.choose_folder(self.tr("Write packages to the USB stick"))
        if folder is None:
            return
        self.bridge.run(
            approved_peers,
            self.node,
            on_ok=lambda peers: self._write_packages(folder, peers),
            on_error=self.show_error,
        )

    def _write_packages(self, folder: str, peers: list[dict[str, Any]]) -> None:
        """Ask for the PIN only when a package carries learner records (a PC of this school)."""
        if not peers:
            self.show_error(
                self.tr(
                    "Link with a PC first: no PC is linked with this one, so there is nothing "
                    "to write. Introduce both PCs on the stick, read each other's introduction "
                    "and approve it; then write packages."
                )
            )
            return
        if not any(p["role"] == "school" for p in peers):
            self.bridge.run(
                write_packages,
                self.node,
                folder,
                peers,
                None,
                on_ok=self._packages_written,
                on_error=self.show_error,
            )
            return
        self._pin_action(
            self.tr("Write packages"),
            self.tr(
                "Write packages for {names} to {folder}? A package for a PC of this school "
                "carries the learner records: keep the stick safe."
            ).format(names=", ".join(p["name"] for p in peers), folder=folder),
            self.tr("Write"),
            lambda pin, _role: write_packages(self.node, folder, peers, pin),
            self._packages_written,
        )

    def _packages_written(self, rows: list[dict[str, Any]]) -> None:
        lines = [
            self.tr("{name}: {documents} documents, {changes} changes").format(
                name=r["name"], documents=r["documents"], changes=r["changes"]
            )
            for r in rows
        ]
        self._report(
            self.tr("Packages written"),
            [
                self.tr("Written to {folder}:").format(folder=Path(rows[0]["path"]).parent),
                "\n".join(lines),
                self.tr("On each of those PCs, choose “Read from stick…”."),
            ],
        )

    def read_stick(self) -> None:
        folder = self.choose_folder(self.tr("Read from the USB stick"))
        if folder is None:
            return
        self.bridge.run(
            usb.import_folder,
            self.node,
            Path(folder),
            on_ok=self._stick_read,
            on_error=self.show_error,
        )

    def _stick_read(self, results: list[dict[str, Any]]) -> None:
        """Say what became of each file, then reload: a link request read from the stick
        belongs in the table of requests. Requests and news come first; the files skipped
        (this PC's own, those for other PCs) are on every stick that has been used."""
        first = {"introduced": 0, "imported": 1, "refused": 2}
        results = sorted(results, key=lambda r: first.get(r["state"], 3))
        self._report(
            self.tr("Read from the USB stick"),
            [self._outcome(r) for r in results],
            warning=any(r["state"] == "refused" for r in results),
        )
        self.reload()

    def _outcome(self, r: dict[str, Any]) -> str:
        name = r["name"] or self.tr("an unknown PC")
        if r["state"] == "imported" and r["received"]:
            return self.tr("Imported {n} new changes from {name}.").format(
                n=r["received"], name=name
            )
        if r["state"] == "imported":
            return self.tr("Nothing new from {name}: this PC already had all of it.").format(
                name=name
            )
        if r["state"] == "introduced":
            return self.tr(
                "Link request from {name}, verification code {code}: compare it by phone with "
                "the admin of that PC, then approve it under “Link requests waiting for you”."
            ).format(name=name, code=r["code"])
        template = (
            self.tr("Skipped {file} from {name}: {reason}.")
            if r["state"] == "skipped"
            else self.tr("Refused {file} from {name}: {reason}.")
        )
        return template.format(file=Path(r["path"]).name, name=name, reason=r["reason"])

    def _report(self, title: str, paragraphs: list[str], *, warning: bool = False) -> QMessageBox:
        """What a USB step did, in a box that stays until closed (a verification code is read
        out over the phone); plain text, since names come from other PCs."""
        if self.usb_report is not None:
            self.usb_report.close()
            self.usb_report.deleteLater()
        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        box = QMessageBox(icon, title, "", QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText("\n\n".join(paragraphs))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.usb_report = box
        box.open()
        return box

    def focus_first(self) -> None:
        self.pending.setFocus()
