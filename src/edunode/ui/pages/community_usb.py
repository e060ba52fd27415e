"""The Community page's USB stick actions: introduce this PC, write packages, read the stick.

What the stick brings lands in the page's own sections (a link request in the requests
table); each step ends in a report box that stays until closed, since a verification code is
read out over the phone. :class:`UsbStickActions` is mixed into ``CommunityPage``, which
provides ``node``, ``bridge``, ``ctx``, ``sections``, ``show_error``/``show_info``,
``_pin_action`` and ``reload``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from edunode.errors import Cancelled
from edunode.progress import CancelCheck, Progress
from edunode.service import usb
from edunode.ui.bridge import describe
from edunode.ui.widgets.progress import ProgressDialog, run_with_dialog


def approved_peers(node: Any) -> list[dict[str, Any]]:
    """The PCs that get a package (worker side), read afresh: the table may be a moment old."""
    return [p for p in node.peers.list() if p["state"] == "approved"]


def checked_pin(node: Any, pin: str) -> str:
    """``pin`` once it proved right (worker side): the PIN dialog closes, the writing starts."""
    node.check_admin_pin(pin)
    return pin


def write_packages(
    node: Any,
    folder: str,
    peers: list[dict[str, Any]],
    pin: str | None,
    *,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> list[dict[str, Any]]:
    """A package for each of ``peers`` in ``folder`` (worker side). The PIN is checked before
    the first file is written, so a wrong PIN leaves the stick as it was even when a
    community peer's package (which needs no PIN) comes first.

    ``progress`` counts documents over all the packages; a cancel stops before the next
    package is written (each package is one file, written whole or not at all)."""
    if any(p["role"] == "school" for p in peers):
        node.check_admin_pin(pin)
    sizes = [len(node.documents_for(p["node_id"])) for p in peers]
    total = sum(sizes)
    written = []
    for n, p in enumerate(peers):
        moved = _overall(progress, sum(sizes[:n]), total)
        written.append(
            usb.export_package(node, Path(folder), p["node_id"], pin, progress=moved, cancel=cancel)
        )
    return written


def _overall(progress: Progress | None, before: int, total: int) -> Progress:
    """One package's progress as progress over all of them. (A function of its own, not a
    closure in the loop: pyside6-lupdate loses the class context below after a ``def`` in a
    ``for``, and the USB strings would then go untranslated.)"""

    def moved(done: int, _total: int) -> None:
        if progress is not None:
            progress(min(before + done, total), total)

    return moved


class UsbStickActions:
    """The stick's three actions and their reports (see the module docstring)."""

    usb_report: QMessageBox | None
    usb_progress: ProgressDialog | None = None
    node: Any
    bridge: Any
    ctx: Any
    sections: Any

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
            self._run_write(folder, peers, None)
            return
        node = self.node
        self._pin_action(  # the PIN is checked in the dialog; the writing shows its progress
            self.tr("Write packages"),
            self.tr(
                "Write packages for {names} to {folder}? A package for a PC of this school "
                "carries the learner records: keep the stick safe."
            ).format(names=", ".join(p["name"] for p in peers), folder=folder),
            self.tr("Write"),
            lambda pin, _role: checked_pin(node, pin),
            lambda pin: self._run_write(folder, peers, pin),
        )

    def _run_write(self, folder: str, peers: list[dict[str, Any]], pin: str | None) -> None:
        self._progress_dialog(
            run_with_dialog(
                self,
                self.bridge,
                self.tr("Writing packages"),
                self.tr("Writing packages for {names} to {folder}…").format(
                    names=", ".join(p["name"] for p in peers), folder=folder
                ),
                self._documents,
                write_packages,
                self.node,
                folder,
                peers,
                pin,
                on_ok=self._packages_written,
                on_error=self.show_error,
                on_cancelled=self._usb_cancelled,
            )
        )

    def _progress_dialog(self, dialog: ProgressDialog) -> None:
        """Keep the newest progress box (tests read what it showed); let the last one go."""
        if self.usb_progress is not None:
            self.usb_progress.deleteLater()
        self.usb_progress = dialog

    def _documents(self, done: int, total: int) -> str:
        return self.tr("{done} of {total} documents").format(done=done, total=total)

    def _usb_cancelled(self, exc: Cancelled) -> None:
        self.show_info(describe(exc))
        self.reload()

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
        self._progress_dialog(
            run_with_dialog(
                self,
                self.bridge,
                self.tr("Reading the USB stick"),
                self.tr(
                    "Reading the packages in {folder}… Cancel stops after the package being read: "
                    "each package is taken whole."
                ).format(folder=folder),
                self._documents,
                usb.import_folder,
                self.node,
                Path(folder),
                on_ok=self._stick_read,
                on_error=self.show_error,
                on_cancelled=self._usb_cancelled,
            )
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
            return self.tr("Imported %n new changes from {name}.", "", r["received"]).format(
                name=name
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
