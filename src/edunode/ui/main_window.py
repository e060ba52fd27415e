"""The main window: navigation between the pages and a status bar with this node's name and
ID, peers online and the last sync; a banner while the records have no recent backup, and
the timer that runs the automatic backups. Remembers its size and last page (in the data
folder)."""

from __future__ import annotations

import gc
from typing import Any

from PySide6.QtCore import QByteArray, QLocale, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from edunode.events import SyncProgress
from edunode.service.auto_backup import STALE_DAYS
from edunode.ui.bridge import describe
from edunode.ui.context import Context
from edunode.ui.formatting import when
from edunode.ui.pages import settings_backup
from edunode.ui.pages.activity import ActivityPage
from edunode.ui.pages.community import CommunityPage
from edunode.ui.pages.courses import CoursesPage
from edunode.ui.pages.learners import LearnersPage
from edunode.ui.pages.reports import ReportsPage
from edunode.ui.pages.resources import ResourcesPage
from edunode.ui.pages.settings import SettingsPage
from edunode.ui.widgets.banner import BackupBanner
from edunode.ui.widgets.page import Page
from edunode.ui.widgets.progress import sync_status
from edunode.ui.widgets.repair import RepairOffer, repair_summary

PAGES = ("courses", "learners", "community", "activity", "reports", "resources", "settings")
STATUS_EVERY_MS = 15_000
BACKUP_EVERY_MS = 30_000  # the automatic backups' timer (AutoBackups.tick looks once a minute)
BACKUP_FIRST_MS = 5_000  # the first look after the window opens
# The community summary (service/summary.py): published when the last is a day old; the
# first look a minute after the window opens, then every ten minutes.
SUMMARY_EVERY_MS, SUMMARY_FIRST_MS = 600_000, 60_000
BACKUP_ACTIONS = ("backup_made", "backup_failed", "backup_scheduled", "restored", "handover")


def _freeze_heap() -> None:
    gc.collect()
    gc.freeze()


def status_facts(node: Any) -> dict[str, Any]:
    """What the status bar shows (worker side)."""
    info = node.info()
    peers = node.peers.list()
    approved = [p for p in peers if p["state"] == "approved"]
    return {
        "name": info["name"],
        "node_id": info["node_id"],
        "school": info["school"],
        "approved": len(approved),
        "online": sum(1 for p in approved if p["online"]),
        "pending": sum(1 for p in peers if p["state"] == "pending"),
        "last_sync": max((p["last_sync"] or 0 for p in peers), default=0) or None,
    }


def short_id(node_id: str) -> str:
    """The first group of a node ID, enough to tell PCs apart at a glance (the Activity
    page shows peers the same way)."""
    return node_id.split("-")[0]


NOTICE_MS = 8000  # how long "… sent N changes" stays in the status bar
NOTICE_EVERY_MS = 1000  # received changes are added up and told at most this often


class MainWindow(QMainWindow):
    def __init__(self, ctx: Context, *, remember: bool = True) -> None:
        super().__init__()
        self.ctx = ctx
        self.bridge = ctx.bridge
        self._remember = remember
        # Lists sort as the window's language (or the computer's) sorts names; this runs on
        # the worker before any page asks for a list (the worker keeps the order of requests).
        language = str(ctx.settings.value("language", "") or "") or QLocale.system().name()
        self.bridge.run(ctx.node.use_collation, language, on_error=lambda _e: None)
        self.setWindowTitle("EduNode")
        self.setMinimumSize(720, 480)

        self.brand = QLabel("EduNode")
        self.brand.setObjectName("brand")
        self.brand_school = QLabel()
        self.brand_school.setObjectName("brandSchool")
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.stack = QStackedWidget()
        self.pages: dict[str, Page] = {
            "courses": CoursesPage(ctx),
            "learners": LearnersPage(ctx),
            "community": CommunityPage(ctx),
            "activity": ActivityPage(ctx),
            "reports": ReportsPage(ctx),
            "resources": ResourcesPage(ctx),
            "settings": SettingsPage(ctx),
        }
        for n, (name, page) in enumerate(self.pages.items(), start=1):
            item = QListWidgetItem(page.title())
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(self.tr("{page} (Ctrl+{n})").format(page=page.title(), n=n))
            self.nav.addItem(item)
            self.stack.addWidget(page)
            QShortcut(QKeySequence(f"Ctrl+{n}"), self, activated=lambda name=name: self.go_to(name))
        self.nav.setFixedWidth(max(190, self.nav.sizeHintForColumn(0) + 48))
        side = QWidget()
        side.setObjectName("side")
        side.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # dark under the box
        sv = QVBoxLayout(side)
        sv.setContentsMargins(0, 0, 0, 0)
        sv.setSpacing(0)
        sv.addWidget(self.brand)
        sv.addWidget(self.brand_school)
        sv.addWidget(self.nav, 1)
        self.about_dialog: QWidget | None = None
        self.about_button = QPushButton(self.tr("About EduNode"))
        self.about_button.setToolTip(self.tr("Version, node ID, data folder and licences (F1)"))
        self.about_button.clicked.connect(self.show_about)
        QShortcut(QKeySequence(Qt.Key.Key_F1), self, activated=self.show_about)
        sv.addWidget(self.about_button)
        self.brand.setFixedWidth(self.nav.width())
        self.brand_school.setFixedWidth(self.nav.width())
        self.brand_school.setWordWrap(True)
        # The backup warning sits at the foot of the side column, under the pages' names:
        # seen on every page, and it takes no height from any (1024×768, see DESKTOP.md).
        self.backup_banner = BackupBanner()
        self.backup_banner.set_up.connect(self.show_backup_settings)
        # The side column is wide enough for the box's button in every language.
        button = self.backup_banner.button.sizeHint().width() + 2 * 10 + 16
        if button > self.nav.width():
            self.nav.setFixedWidth(button)
            self.brand.setFixedWidth(button)
            self.brand_school.setFixedWidth(button)
        self.backup_banner.setFixedWidth(self.nav.width() - 16)
        sv.addWidget(self.backup_banner, 0, Qt.AlignmentFlag.AlignHCenter)
        sv.addSpacing(8)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(side)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.node_label = QLabel()
        self.node_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.peers_label = QLabel()
        self.sync_label = QLabel()
        self.network_label = QLabel()
        bar = self.statusBar()
        bar.addWidget(self.node_label, 1)
        bar.addPermanentWidget(self.network_label)
        bar.addPermanentWidget(self.peers_label)
        bar.addPermanentWidget(self.sync_label)
        self.network_label.hide()

        self._syncing: dict[str, SyncProgress] = {}  # peers whose bulk exchange is under way
        self._last_sync_text = ""
        self.bridge.syncProgress.connect(self._sync_progress)

        self.nav.currentRowChanged.connect(self._nav_changed)
        self.bridge.failed.connect(self.show_error)
        self.last_notice = ""
        self._received: dict[str, int] = {}  # origin → changes not told yet
        self._pc_names: dict[str, str] = {}  # origin → its name, once looked up
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(NOTICE_EVERY_MS)
        self._notice_timer.timeout.connect(self._tell_received)
        self.bridge.changesReceived.connect(self._changes_received)
        self.bridge.linkChanged.connect(lambda *_: self._pc_names.clear())
        for signal in (
            self.bridge.linkChanged,
            self.bridge.peerOnline,
            self.bridge.syncCompleted,
            self.bridge.linkRequested,
        ):
            signal.connect(self._status_soon)
        self.bridge.auditRecorded.connect(
            lambda action, _d: self._status_soon() if action in ("rename", "joined") else None
        )
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(300)
        self._status_timer.timeout.connect(self.refresh_status)
        self._tick = QTimer(self)
        self._tick.setInterval(STATUS_EVERY_MS)
        self._tick.timeout.connect(self.refresh_status)
        self._tick.start()

        # Automatic backups: the timer looks, the backup lane does the work (never two).
        self._backup_running = False
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_EVERY_MS)
        self.backup_timer.timeout.connect(self.backup_tick)
        self.backup_timer.start()
        self._backup_first = QTimer(self)
        self._backup_first.setSingleShot(True)
        self._backup_first.setInterval(BACKUP_FIRST_MS)
        self._backup_first.timeout.connect(self.backup_tick)
        self._backup_first.start()
        self.summary_timer = QTimer(self)
        self.summary_timer.setInterval(SUMMARY_FIRST_MS)
        self.summary_timer.timeout.connect(self.summary_tick)
        self.summary_timer.start()
        settings_page = self.pages["settings"]
        assert isinstance(settings_page, SettingsPage)
        settings_page.backup.status_changed.connect(self._show_backup_banner)
        self.bridge.auditRecorded.connect(
            lambda action, _d: self.refresh_backup() if action in BACKUP_ACTIONS else None
        )

        settings = ctx.settings
        geometry = settings.value("window/geometry")
        if remember and isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        self._frozen = False
        for page in self.pages.values():
            page.loaded.connect(self._settle_memory)
        last = str(settings.value("window/page", "courses") or "courses") if remember else "courses"
        self.show_page(last if last in self.pages else "courses")
        self.refresh_status()
        self.refresh_backup()
        self.repair_offer: RepairOffer | None = None
        self.repair_report: QMessageBox | None = None
        # The database's own checks, on the worker: damage found at start is offered Repair.
        self.bridge.run(ctx.node.damage, on_ok=self._damage_found, on_error=lambda _e: None)

    # ------------------------------------------------------------------ damage

    def _damage_found(self, problems: list[str]) -> None:
        if not problems or self.repair_offer is not None:
            return
        self.repair_offer = RepairOffer(problems, self)
        self.repair_offer.finished.connect(self._repair_answered)
        self.repair_offer.open()

    def _repair_answered(self, _result: int) -> None:
        offer = self.repair_offer
        assert offer is not None
        self.repair_offer = None
        if offer.clickedButton() is not offer.repair_button:
            self.statusBar().showMessage(
                self.tr("The records file is damaged: Repair is offered again at the next start."),
                15_000,
            )
            return
        self.statusBar().showMessage(self.tr("Repairing the records…"))
        self.bridge.run(self.ctx.node.repair, on_ok=self._repaired)

    def _repaired(self, report: dict[str, Any]) -> None:
        self.statusBar().showMessage(self.tr("The records were repaired."), 15_000)
        self.repair_report = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Repair"), repair_summary(report),
            QMessageBox.StandardButton.Ok, self,
        )  # fmt: skip
        self.repair_report.open()
        for page in self.pages.values():
            page.reload_soon()

    # ------------------------------------------------------------------ pages

    def show_page(self, name: str) -> None:
        if name not in self.pages:
            return
        row = list(self.pages).index(name)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        else:
            self._nav_changed(row)

    def go_to(self, name: str) -> None:
        """Show a page and put the keyboard focus on its first control (Ctrl+1 … Ctrl+6)."""
        self.show_page(name)
        self.pages[name].focus_first()

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        name = list(self.pages)[row]
        page = self.pages[name]
        if self.stack.currentWidget() is not page:  # a message belongs to the page it was on
            for other in self.pages.values():
                other.clear_messages()
        self.stack.setCurrentWidget(page)
        page.activate()
        if self._remember:
            self.ctx.settings.setValue("window/page", name)

    def current_page(self) -> Page | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Page) else None

    def current_page_name(self) -> str:
        page = self.current_page()
        return next((n for n, p in self.pages.items() if p is page), "")

    def _settle_memory(self) -> None:
        """Once the first page is up: move what exists now out of the garbage collector's
        way, so that a full collection during a big sync does not freeze the window."""
        if not self._frozen:
            self._frozen = True
            QTimer.singleShot(0, _freeze_heap)

    def show_about(self) -> None:
        """The About dialog (the sidebar's button, F1): version, node ID, folder, licences."""
        from edunode.ui.widgets.about import AboutDialog

        node = self.ctx.node
        self.about_dialog = AboutDialog(
            self, name=node.info()["name"], node_id=node.node_id, home=self.ctx.home
        )
        self.about_dialog.open()

    # ------------------------------------------------------------------ status bar

    def _changes_received(self, origin: str, count: int) -> None:
        """A short notice when another PC's changes arrive: "Hill Library sent 12 changes".
        Bursts are added up and told at most once a second, so a big sync costs the
        worker one name look-up per PC, not one per burst."""
        if origin.startswith("bundle:"):
            return  # the Learners page says what an imported bundle brought
        self._received[origin] = self._received.get(origin, 0) + count
        if not self._notice_timer.isActive():
            self._notice_timer.start()

    def _tell_received(self) -> None:
        received, self._received = self._received, {}
        for origin, count in received.items():

            def show(name: str, count: int = count, origin: str = origin) -> None:
                self._pc_names[origin] = name
                self.last_notice = self.tr("{name} sent %n changes", "", count).format(name=name)
                self.statusBar().showMessage(self.last_notice, NOTICE_MS)

            if origin in self._pc_names:
                show(self._pc_names[origin])
            else:
                self.bridge.run(self.ctx.node.pc_name, origin, on_ok=show, on_error=lambda _e: None)

    def _status_soon(self, *_: Any) -> None:
        self._status_timer.start()

    def refresh_status(self) -> None:
        self.bridge.run(
            status_facts, self.ctx.node, on_ok=self._show_status, on_error=lambda _e: None
        )

    def _show_status(self, facts: dict[str, Any]) -> None:
        self.node_label.setText(
            self.tr("{name} · ID {short}…").format(
                name=facts["name"], short=short_id(facts["node_id"])
            )
        )
        self.node_label.setToolTip(
            self.tr(
                "Node ID {id}. Other admins compare this ID when they link with this PC "
                "(Settings shows it in full)."
            ).format(id=facts["node_id"])
        )
        self.brand_school.setText(facts["school"] or self.tr("Not in a school yet"))
        self.peers_label.setText(
            self.tr("Peers online: {online} of {approved}").format(
                online=facts["online"], approved=facts["approved"]
            )
        )
        self._last_sync_text = self.tr("Last sync: {when}").format(
            when=when(facts["last_sync"], self.tr("never"))
        )
        if not self._syncing:  # while a sync runs, its figures stand there
            self.sync_label.setText(self._last_sync_text)
        pending = facts["pending"]
        item = self.nav.item(list(self.pages).index("community"))
        title = self.pages["community"].title()
        item.setText(f"{title}  ({pending})" if pending else title)

    def _sync_progress(self, ev: SyncProgress) -> None:
        """ "Syncing with Hill Library: 120 of 800 changes" while a bulk exchange runs."""
        if ev.finished:
            self._syncing.pop(ev.peer_id, None)
        else:
            self._syncing[ev.peer_id] = ev
        text = sync_status(self, self._syncing)
        self.sync_label.setText(text or self._last_sync_text)
        if not text:
            self._status_soon()  # the last sync's time

    # ------------------------------------------------------------------ backups

    def refresh_backup(self) -> None:
        """Ask for the backups' status; the banner and Settings › Backup follow it."""
        self.bridge.run(
            settings_backup.backup_status,
            self.ctx.node,
            on_ok=self._backup_status,
            on_error=lambda _e: None,
        )

    def backup_tick(self) -> None:
        """The timer: an automatic backup if one is due, on the backup lane (one at a time;
        a tick while the last one runs is skipped), then the status."""
        if self._backup_running:
            return
        self._backup_running = True

        def done(result: dict[str, Any]) -> None:
            self._backup_running = False
            made = result["made"]
            if made and not made.get("failed"):
                self.statusBar().showMessage(
                    self.tr("Automatic backup written to {path}").format(path=made["path"]),
                    NOTICE_MS,
                )
            elif self.backup_progress_shown:
                self.statusBar().clearMessage()
            self.backup_progress_shown = False
            self._backup_status(result["status"])

        def failed(_exc: BaseException) -> None:
            self._backup_running = False

        self.backup_progress_shown = False
        self.bridge.run_with_progress(
            settings_backup.tick,
            self.ctx.node,
            on_progress=self._backup_progress,
            on_ok=done,
            on_error=failed,
            lane=settings_backup.LANE,
        )

    def summary_tick(self) -> None:
        """The timer: this school's community summary, when the last one is a day old
        (on the background worker; failures are in the audit trail, never a dialog)."""
        self.summary_timer.setInterval(SUMMARY_EVERY_MS)

        def done(published: dict[str, Any] | None) -> None:
            if published is not None:
                self.statusBar().showMessage(
                    self.tr("This school's community summary was published."), NOTICE_MS
                )

        self.bridge.run(
            self.ctx.node.summaries.run_if_due, on_ok=done, on_error=lambda _e: None,
            background=True,
        )  # fmt: skip

    backup_progress_shown = False

    def _backup_progress(self, done: int, total: int) -> None:
        self.backup_progress_shown = True
        self.statusBar().showMessage(
            self.tr("Automatic backup: {percent} %").format(
                percent=100 * done // total if total else 0
            )
        )

    def _backup_status(self, status: dict[str, Any]) -> None:
        settings = self.pages["settings"]
        assert isinstance(settings, SettingsPage)
        settings.backup.show_status(status)  # emits status_changed: the banner follows

    def _show_backup_banner(self, status: dict[str, Any]) -> None:
        self.backup_banner.show_warning(self.backup_warning(status))

    def backup_warning(self, status: dict[str, Any]) -> str:
        """The banner's words for ``status["warning"]`` (the Node's own sentence is in
        English; the window says the same in its language)."""
        if not status.get("warning"):
            return ""
        days = status.get("days_since_last")
        if status.get("one_pc") and (days is None or days >= STALE_DAYS):
            if days is None:
                return self.tr(
                    "This school's records are only on this PC and have never been backed "
                    "up. If the PC breaks, they are lost."
                )
            return self.tr(
                "This school's records are only on this PC and have not been backed up for "
                "%n days. If the PC breaks, they are lost.",
                "",
                int(days),
            )
        if status.get("last_error"):
            return self.tr("The last automatic backup failed: {reason}").format(
                reason=status["last_error"]
            )
        return str(status["warning"])

    def show_backup_settings(self) -> None:
        self.show_page("settings")
        settings = self.pages["settings"]
        assert isinstance(settings, SettingsPage)
        settings.show_backup()

    # ------------------------------------------------------------------ network

    def set_network_note(self, text: str) -> None:
        self.network_label.setText(text)
        self.network_label.setVisible(bool(text))

    def network_started(self, service: Any) -> None:
        self.ctx.network = service
        self.set_network_note(
            self.tr("Network on") if service is not None else self.tr("No network (USB only)")
        )
        self.network_label.setToolTip(
            ""
            if service is not None
            else self.tr("This PC does not use the network: see Settings › Network.")
        )
        self.pages["community"].reload_soon()

    def network_failed(self, exc: BaseException) -> None:
        self.set_network_note(self.tr("Network off"))
        self.network_label.setToolTip(describe(exc))
        self.statusBar().showMessage(
            self.tr("The network could not start: {reason}").format(reason=describe(exc)), 15_000
        )

    def show_error(self, text: str) -> None:
        page = self.current_page()
        if page is not None:
            page.show_error(text)
        else:
            self.statusBar().showMessage(text, 10_000)

    # ------------------------------------------------------------------ closing

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._remember:
            self.ctx.settings.setValue("window/geometry", self.saveGeometry())
            self.ctx.settings.sync()
        self.flush()
        super().closeEvent(event)

    def flush(self) -> None:
        """Save what is being typed (lesson text)."""
        courses = self.pages["courses"]
        assert isinstance(courses, CoursesPage)
        courses.editor.lesson_editor.leave()

    def shutdown(self) -> None:
        self._tick.stop()
        self.backup_timer.stop()
        self._backup_first.stop()
        self.summary_timer.stop()
        self._status_timer.stop()
        self.flush()
