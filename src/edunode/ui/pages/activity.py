"""Activity: the audit log (links, approvals, revocations, rejected changes with their
reason, imports, exports, PIN changes), filterable by kind and by text."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

from edunode.ui.context import Context
from edunode.ui.widgets.page import Page
from edunode.ui.widgets.tables import tidy

AUDIT_LIMIT = 5000
ACTION_ROLE = Qt.ItemDataRole.UserRole + 1


class ActionFilter(QSortFilterProxyModel):
    """Rows whose action is in the chosen group and whose text contains the search."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.actions: set[str] | None = None
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def set_actions(self, actions: set[str] | None) -> None:
        self.beginFilterChange()
        self.actions = actions
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Any) -> bool:
        if self.actions is not None:
            action = self.sourceModel().index(row, 1, parent).data(ACTION_ROLE)
            if action not in self.actions:
                return False
        return super().filterAcceptsRow(row, parent)


class ActivityPage(Page):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_heading(self.tr("Activity"))
        self.labels = {
            "init": self.tr("Node created"),
            "rename": self.tr("PC renamed"),
            "link_request": self.tr("Link request received"),
            "link_sent": self.tr("Link request sent"),
            "approve": self.tr("Link approved"),
            "refuse": self.tr("Link refused"),
            "block": self.tr("PC blocked"),
            "unblock": self.tr("PC unblocked"),
            "revoke": self.tr("Link revoked"),
            "rejected": self.tr("Changes rejected"),
            "incident": self.tr("Incident"),
            "pin_changed": self.tr("Admin PIN changed"),
            "pin_refused": self.tr("Wrong admin PIN"),
            "member_added": self.tr("PC joined the school"),
            "member_removed": self.tr("PC removed from the school"),
            "joined": self.tr("Joined a school"),
            "maintainer_added": self.tr("Course maintainer added"),
            "import": self.tr("Import"),
            "export": self.tr("Export"),
            "bundle_import": self.tr("Record bundle imported"),
            "bundle_export": self.tr("Record bundle exported"),
            "usb_introduce": self.tr("Introduction written to USB"),
            "usb_export": self.tr("USB package written"),
            "usb_import": self.tr("USB package imported"),
            "usb_refused": self.tr("USB package refused"),
        }
        self.groups: list[tuple[str, set[str] | None]] = [
            (self.tr("Everything"), None),
            (self.tr("Link requests"), {"link_request", "link_sent"}),
            (self.tr("Approvals"), {"approve", "unblock"}),
            (self.tr("Refusals and blocks"), {"refuse", "block"}),
            (self.tr("Revocations"), {"revoke"}),
            (self.tr("Rejected changes"), {"rejected", "incident"}),
            (
                self.tr("Imports and exports"),
                {
                    "import",
                    "export",
                    "bundle_import",
                    "bundle_export",
                    "usb_introduce",
                    "usb_import",
                    "usb_export",
                    "usb_refused",
                },
            ),
            (self.tr("Admin PIN"), {"pin_changed", "pin_refused"}),
            (self.tr("School membership"), {"member_added", "member_removed", "joined"}),
        ]
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of activity"))
        for label, _ in self.groups:
            self.kind.addItem(label)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by text (a name, a school, a reason…)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Filter activity"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.kind)
        top.addWidget(self.search, 1)
        self.outer.addLayout(top)
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("What"), self.tr("Details"), self.tr("PC")]
        )
        self.proxy = ActionFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Activity"))
        tidy(self.table, stretch=2)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.outer.addWidget(self.table, 1)
        self.count = QLabel()
        self.count.setObjectName("muted")
        self.outer.addWidget(self.count)
        QWidget.setTabOrder(self.kind, self.search)
        QWidget.setTabOrder(self.search, self.table)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(150)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(self._filter_timer.start)
        self.kind.currentIndexChanged.connect(self._apply_filter)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        self.bridge.auditRecorded.connect(lambda *_: self.reload_soon())

    def title(self) -> str:
        return self.tr("Activity")

    def reload(self) -> None:
        self.bridge.run(self.node.audit_log, AUDIT_LIMIT, on_ok=self._got, on_error=self.show_error)

    def _got(self, rows: list[dict[str, Any]]) -> None:
        self.model.setRowCount(0)
        for r in rows:
            moment = dt.datetime.fromtimestamp(r["ts"]).strftime("%Y-%m-%d %H:%M:%S")
            what = QStandardItem(
                self.labels.get(r["action"], r["action"].replace("_", " ").capitalize())
            )
            what.setData(r["action"], ACTION_ROLE)
            if r["action"] in ("rejected", "incident", "pin_refused", "block", "usb_refused"):
                what.setForeground(Qt.GlobalColor.darkRed)
            peer = r.get("peer_id") or ""
            pc = QStandardItem(peer.split("-")[0] if peer else "")
            pc.setToolTip(peer)
            text = r["detail"][:1].upper() + r["detail"][1:]
            detail = QStandardItem(text)
            detail.setToolTip(r["detail"])
            self.model.appendRow([QStandardItem(moment), what, detail, pc])
        self._apply_filter()
        self.mark_loaded()

    def _apply_filter(self) -> None:
        self._filter_timer.stop()
        self.proxy.set_actions(self.groups[self.kind.currentIndex()][1])
        self.proxy.setFilterFixedString(self.search.text().strip())
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(
            self.tr("{shown} of %n entries", "", total).format(shown=shown)
            if shown != total
            else self.tr("%n entries", "", total)
        )

    def focus_first(self) -> None:
        self.kind.setFocus()
