"""Community: link requests waiting for the admin, linked PCs, PCs found on the network,
the USB stick for PCs that never share a network, and refused / revoked ones. Every
decision asks for the admin PIN. Live: a request or a peer coming online shows up without a
refresh."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
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

from edunode.events import PeerTrouble
from edunode.ui.bridge import describe
from edunode.ui.context import Context
from edunode.ui.formatting import when
from edunode.ui.pages.community_usb import UsbStickActions
from edunode.ui.widgets import dialogs
from edunode.ui.widgets.dialogs import PinDialog
from edunode.ui.widgets.page import Page
from edunode.ui.widgets.progress import SyncProgressPanel
from edunode.ui.widgets.tables import cell, read_only_table

ONLINE_REFRESH_MS = 10_000
LINK_TIMEOUT_S = 15.0


def community_facts(node: Any) -> dict[str, Any]:
    """Peers by state, this node's school, and the link requests dropped (worker side)."""
    info = node.info()
    return {
        "peers": node.peers.list(),
        "school_id": info["school_id"],
        "school": info["school"],
        "dropped": node.peers.dropped_requests(),
    }


class CommunityPage(UsbStickActions, Page):
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
        self.dropped_note = QLabel()  # link requests dropped in a flood: shown only if any
        self.dropped_note.setObjectName("muted")
        self.dropped_note.setWordWrap(True)
        self.dropped_note.hide()
        self._boxes[id(self.pending)][1].addWidget(self.dropped_note)

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
        self.sync_panel = SyncProgressPanel()
        self._boxes[id(self.linked)][1].addWidget(self.sync_panel)
        self.bridge.syncProgress.connect(self.sync_panel.update_peer)
        # Linked PCs whose sessions keep failing (the network backs off): the problem, in words.
        self.troubles: dict[str, str] = {}
        self.trouble_note = QLabel()
        self.trouble_note.setObjectName("note")
        self.trouble_note.setWordWrap(True)
        self.trouble_note.hide()
        self._boxes[id(self.linked)][1].addWidget(self.trouble_note)
        self.bridge.event.connect(self._on_event)
        self.sync_button = QPushButton(self.tr("S&ync now"))
        self.sync_button.setToolTip(
            self.tr("Connect to every linked PC that can be reached and exchange changes now")
        )
        self.revoke_button = QPushButton(self.tr("Re&voke…"))
        self._buttons(self.linked, [self.sync_button, self.revoke_button])

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
        self.sync_button.clicked.connect(self.sync_now)
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
            self.sync_button,
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

    # ------------------------------------------------------------------ loading

    def _on_event(self, ev: object) -> None:
        if not isinstance(ev, PeerTrouble):
            return
        name = ev.name or ev.peer_id.split("-")[0]
        if ev.problem:
            text = self.tr("Sync with {name} keeps failing: {problem}.")
            text = text.format(name=name, problem=ev.problem.rstrip("."))
            if ev.retry_in:
                text += self.tr(" Next try in {s} s.").format(s=f"{ev.retry_in:.0f}")
            self.troubles[ev.peer_id] = text
        else:
            self.troubles.pop(ev.peer_id, None)
        self.trouble_note.setText("\n".join(self.troubles.values()))
        self.trouble_note.setVisible(bool(self.troubles))

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
        self._show_dropped(facts["dropped"])
        self._update_buttons()
        self.mark_loaded()

    def _show_dropped(self, dropped: dict[str, Any]) -> None:
        count = dropped["count"]
        self.dropped_note.setVisible(bool(count))
        if count:
            self.dropped_note.setText(
                self.tr(
                    "%n link requests were dropped: too many were waiting, or newer ones "
                    "from the same address replaced them (last: {when}). If a PC you expect "
                    "is not listed, ask it to send its request again.",
                    "",
                    count,
                ).format(when=when(dropped["last"], self.tr("never")))
            )

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
        can_sync = callable(getattr(self.ctx.network, "sync_now", None))
        self.sync_button.setEnabled(can_sync and self.linked.isVisibleTo(self))
        self.sync_button.setToolTip(
            self.tr("Connect to every linked PC that can be reached and exchange changes now")
            if can_sync
            else tip
        )

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

    def sync_now(self) -> None:
        """Reconcile with every reachable linked PC at once; returns at once too (the
        figures come as the peers answer: a bar each, and the status bar)."""
        sync = getattr(self.ctx.network, "sync_now", None)
        if not callable(sync):
            self.show_error(self.tr("The network service is not running on this PC."))
            return
        sync()
        self.show_info(
            self.tr("Syncing with every linked PC that can be reached. Progress shows below.")
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

    def focus_first(self) -> None:
        self.pending.setFocus()
