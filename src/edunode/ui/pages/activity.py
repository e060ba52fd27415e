"""Activity: what happened, newest first — teaching activity (courses, lessons, learners,
results and registers created or changed here or received from other PCs, by which PC;
``Node.teaching_activity``, derived from the change log) beside the audit log (links,
approvals, revocations, rejected changes with their reason, imports, exports, PIN
changes); filterable by kind, by where it came from and by text."""

from __future__ import annotations

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

from edunode.ui import formatting
from edunode.ui.context import Context
from edunode.ui.widgets.page import Page
from edunode.ui.widgets.tables import tidy

AUDIT_LIMIT = 5000
FEED_LIMIT = 5000  # changes read for the teaching activity
ACTION_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's tags (an audit action, t_… for teaching)
FROM_ROLE = Qt.ItemDataRole.UserRole + 2  # "here" or "elsewhere"


def fetch_activity(node: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The audit log and the teaching activity (worker side)."""
    return node.audit_log(AUDIT_LIMIT), node.teaching_activity(FEED_LIMIT)


class ActionFilter(QSortFilterProxyModel):
    """Rows with a tag in the chosen group, from the chosen side, containing the search."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.actions: set[str] | None = None
        self.origin: str | None = None
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def set_actions(self, actions: set[str] | None, origin: str | None = None) -> None:
        self.beginFilterChange()
        self.actions = actions
        self.origin = origin
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Any) -> bool:
        item = self.sourceModel().index(row, 1, parent)
        if self.actions is not None:
            tags = item.data(ACTION_ROLE) or ()
            if not self.actions.intersection(tags):
                return False
        if self.origin is not None and item.data(FROM_ROLE) != self.origin:
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
            "maintainer_removed": self.tr("Course maintainer removed"),
            "course_adapted": self.tr("Course adapted"),
            "course_update_taken": self.tr("Update taken from an original course"),
            "import": self.tr("Import"),
            "export": self.tr("Export"),
            "bundle_import": self.tr("Record bundle imported"),
            "bundle_export": self.tr("Record bundle exported"),
            "learner_purged": self.tr("Learner's record purged"),
            "school_export": self.tr("School data exported"),
            "usb_introduce": self.tr("Introduction written to USB"),
            "usb_export": self.tr("USB package written"),
            "usb_import": self.tr("USB package imported"),
            "usb_refused": self.tr("USB package refused"),
            "link_expired": self.tr("Link request expired"),
            "repair": self.tr("Records repaired"),
            "need_posted": self.tr("Need posted"),
            "offer_posted": self.tr("Offer posted"),
            "fund_created": self.tr("Fund created"),
            "fund_contribution": self.tr("Contribution recorded"),
            "fund_proposal": self.tr("Allocation proposed"),
            "fund_approval": self.tr("Allocation approved"),
            "backup_made": self.tr("Backup made"),
            "backup_failed": self.tr("Backup failed"),
            "backup_scheduled": self.tr("Automatic backups changed"),
            "restored": self.tr("Restored from a backup"),
            "handover": self.tr("Took the place of the backed-up PC"),
            "backup_sent": self.tr("Backup sent to the archive"),
            "vault_stored": self.tr("A school's backup kept"),
            "vault_sent": self.tr("A school's backup sent back"),
            "vault_allowed": self.tr("PC allowed to fetch a school's backups"),
            "summary_published": self.tr("Community summary published"),
            "summary_failed": self.tr("Community summary not published"),
        }
        self.teaching = {
            ("course", "created"): self.tr("Course created"),
            ("course", "details"): self.tr("Course details changed"),
            ("course", "lessons"): self.tr("Lessons changed"),
            ("course", "maintainers"): self.tr("Course maintainers changed"),
            ("learner", "created"): self.tr("Learner added"),
            ("learner", "result"): self.tr("Result recorded"),
            ("learner", "attendance"): self.tr("Attendance recorded"),
            ("learner", "progress"): self.tr("Progress recorded"),
            ("learner", "enrolment"): self.tr("Enrolment changed"),
            ("learner", "profile"): self.tr("Learner details changed"),
            ("learner", "record"): self.tr("Learner record changed"),
        }
        self.parts = {
            "created": self.tr("created"),
            "details": self.tr("details"),
            "lessons": self.tr("lessons"),
            "maintainers": self.tr("maintainers"),
            "result": self.tr("results"),
            "attendance": self.tr("attendance"),
            "progress": self.tr("progress"),
            "enrolment": self.tr("enrolments"),
            "profile": self.tr("details"),
            "record": self.tr("record"),
        }
        self.groups: list[tuple[str, set[str] | None]] = [
            (self.tr("Everything"), None),
            (self.tr("Teaching activity"), {"teaching"}),
            (self.tr("Courses and lessons"), {"t_course"}),
            (self.tr("Learners"), {"t_learner"}),
            (self.tr("Results"), {"t_result"}),
            (self.tr("Registers and attendance"), {"t_attendance"}),
            (self.tr("Link requests"), {"link_request", "link_sent", "link_expired"}),
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
                    "learner_purged",
                    "school_export",
                    "usb_introduce",
                    "usb_import",
                    "usb_export",
                    "usb_refused",
                },
            ),
            (
                self.tr("Backups and restores"),
                {"backup_made", "backup_failed", "backup_scheduled", "restored", "handover",
                 "backup_sent", "vault_stored", "vault_sent", "vault_allowed"},  # fmt: skip
            ),
            (self.tr("Admin PIN"), {"pin_changed", "pin_refused"}),
            (self.tr("School membership"), {"member_added", "member_removed", "joined"}),
            (
                self.tr("Needs, offers and funds"),
                {
                    "need_posted",
                    "offer_posted",
                    "fund_created",
                    "fund_contribution",
                    "fund_proposal",
                    "fund_approval",
                },
            ),
        ]
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of activity"))
        for label, _ in self.groups:
            self.kind.addItem(label)
        self.origin = QComboBox()
        self.origin.setAccessibleName(self.tr("Where it happened"))
        for label, value in (
            (self.tr("On any PC"), None),
            (self.tr("On this PC"), "here"),
            (self.tr("Received from other PCs"), "elsewhere"),
        ):
            self.origin.addItem(label, value)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by text (a name, a school, a reason…)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Filter activity"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.kind)
        top.addWidget(self.origin)
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
        QWidget.setTabOrder(self.kind, self.origin)
        QWidget.setTabOrder(self.origin, self.search)
        QWidget.setTabOrder(self.search, self.table)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(150)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(self._filter_timer.start)
        self.kind.currentIndexChanged.connect(self._apply_filter)
        self.origin.currentIndexChanged.connect(self._apply_filter)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        self.bridge.auditRecorded.connect(lambda *_: self.reload_soon())
        self.bridge.changesApplied.connect(
            lambda _d, kind, _o: self.reload_soon() if kind in ("course", "learner") else None
        )

    def title(self) -> str:
        return self.tr("Activity")

    def reload(self) -> None:
        self.bridge.run(fetch_activity, self.node, on_ok=self._got, on_error=self.show_error)

    def _got(self, result: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
        audit, teaching = result
        self.model.setRowCount(0)
        rows = [(r["ts"], 1, r) for r in audit] + [(r["ts"], 0, r) for r in teaching]
        rows.sort(key=lambda x: (x[0], x[1]), reverse=True)
        for _ts, is_audit, r in rows:
            if is_audit:
                self._audit_row(r)
            else:
                self._teaching_row(r)
        self._apply_filter()
        self.mark_loaded()

    def _teaching_row(self, r: dict[str, Any]) -> None:
        moment = formatting.moment(r["ts"])
        first = r["what"][0]
        what = QStandardItem(self.teaching.get((r["kind"], first), first.capitalize()))
        tags = ["teaching", f"t_{r['kind']}", *(f"t_{w}" for w in r["what"])]
        what.setData(tags, ACTION_ROLE)
        what.setData("elsewhere" if r["received"] else "here", FROM_ROLE)
        parts = ", ".join(dict.fromkeys(self.parts.get(w, w) for w in r["what"]))
        title = r["title"] or (
            self.tr("a course") if r["kind"] == "course" else self.tr("a learner")
        )
        text = self.tr("{title}: {parts} (%n changes)", "", r["changes"]).format(
            title=title, parts=parts
        )
        if r["received"]:
            text += " · " + self.tr("received from {pc}").format(pc=r["origin_name"])
        detail = QStandardItem(text)
        detail.setToolTip(text)
        pc = QStandardItem(r["author_name"])
        pc.setToolTip(r["author"])
        self.model.appendRow([QStandardItem(moment), what, detail, pc])

    def _audit_row(self, r: dict[str, Any]) -> None:
        moment = formatting.moment(r["ts"])
        what = QStandardItem(
            self.labels.get(r["action"], r["action"].replace("_", " ").capitalize())
        )
        what.setData([r["action"]], ACTION_ROLE)
        what.setData("elsewhere" if r.get("peer_id") else "here", FROM_ROLE)
        if r["action"] in ("rejected", "incident", "pin_refused", "block", "usb_refused"):
            what.setForeground(Qt.GlobalColor.darkRed)
        peer = r.get("peer_id") or ""
        pc = QStandardItem(peer.split("-")[0] if peer else "")
        pc.setToolTip(peer)
        text = r["detail"][:1].upper() + r["detail"][1:]
        detail = QStandardItem(text)
        detail.setToolTip(r["detail"])
        self.model.appendRow([QStandardItem(moment), what, detail, pc])

    def _apply_filter(self) -> None:
        self._filter_timer.stop()
        self.proxy.set_actions(self.groups[self.kind.currentIndex()][1], self.origin.currentData())
        self.proxy.setFilterFixedString(self.search.text().strip())
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(
            self.tr("{shown} of %n entries", "", total).format(shown=shown)
            if shown != total
            else self.tr("%n entries", "", total)
        )

    def focus_first(self) -> None:
        self.kind.setFocus()
