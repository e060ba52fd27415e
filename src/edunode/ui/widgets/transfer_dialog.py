"""The transfer dialog of a learner's page: where the learner goes (a school this PC knows,
or "Not known yet" for an open release), the folder their record bundle and its printable
transcript are saved in side by side, and the admin PIN; and the work it starts.

The dialog is a :class:`PinDialog` with three rows more: Esc and Cancel close it having
written nothing; a folder that does not exist is said in the dialog, which stays open (as
a wrong PIN is). :func:`transfer_learner` is the worker side: the signed release and the
bundle in one transaction (``transfer.export_bundle``), then the transcript from the file
just written.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from edunode.bundle import transfer
from edunode.bundle.transcript import write_transcript_pdf
from edunode.errors import BundleError
from edunode.progress import CancelCheck, Progress, report
from edunode.ui.widgets.dialogs import PinDialog

TRANSCRIPT_SUFFIX = "-transcript.pdf"


def _safe(name: str) -> str:
    """A learner's name as a file name: the characters no file system takes replaced."""
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", name).strip(" ._")[:80] or "learner"


def bundle_file_name(name: str) -> str:
    """``<Name>.edunode-learner.json``."""
    return f"{_safe(name)}{transfer.SUFFIX}"


def transcript_file_name(name: str) -> str:
    """``<Name>-transcript.pdf``, beside the bundle."""
    return f"{_safe(name)}{TRANSCRIPT_SUFFIX}"


def transfer_learner(
    node: Any,
    learner_id: str,
    name: str,
    folder: str,
    pin: str,
    *,
    to: str,
    transcript: bool,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> dict[str, Any]:
    """Release the learner to ``to`` ("" = open) and save their bundle in ``folder``, then
    (``transcript``) its PDF beside it (worker side). The release and the bundle are one
    transaction (a stop or a refusal leaves neither); the transcript comes after, from the
    file written, so a transcript that can't be written leaves the transfer done and says
    so (``pdf_error``): it can be printed again from the bundle."""
    where = Path(folder)
    steps = transfer.EXPORT_STEPS + (1 if transcript else 0)

    def counted(done: int, _total: int) -> None:
        report(progress, done, steps)

    done = transfer.export_bundle(
        node, learner_id, where / bundle_file_name(name), pin,
        to=to or None, progress=counted, cancel=cancel,
    )  # fmt: skip
    done = {**done, "pdf": "", "pdf_error": ""}
    if transcript:
        pdf = where / transcript_file_name(name)
        try:
            write_transcript_pdf(Path(done["path"]).read_bytes(), pdf)
        except (BundleError, OSError) as exc:
            return {**done, "pdf_error": str(exc)}
        report(progress, steps, steps)
        done["pdf"] = str(pdf)
    return done


class TransferDialog(PinDialog):
    """To which school, where to save, the transcript too, and the admin PIN."""

    def __init__(
        self,
        parent: QWidget,
        name: str,
        schools: dict[str, str],
        folder: str,
        explanation: str,
    ) -> None:
        super().__init__(
            parent,
            self.tr("Transfer {name} to another school").format(name=name),
            explanation,
            action=self.tr("&Transfer"),
        )
        self.learner_name = name
        self.destination = QComboBox()
        self.destination.setAccessibleName(self.tr("The school the learner moves to"))
        for school_id, school in sorted(schools.items(), key=lambda s: (s[1].casefold(), s[0])):
            self.destination.addItem(school, school_id)
            self.destination.setItemData(
                self.destination.count() - 1,
                self.tr("School ID: {id}").format(id=school_id),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.destination.addItem(self.tr("Not known yet (an open record bundle)"), "")
        self.destination.setItemData(
            self.destination.count() - 1,
            self.tr("The first school that imports the bundle takes the record"),
            Qt.ItemDataRole.ToolTipRole,
        )
        if schools:  # no school is guessed: the person picks one (or "Not known yet")
            self.destination.setPlaceholderText(self.tr("Choose the new school"))
            self.destination.setCurrentIndex(-1)
        else:
            self.destination.setCurrentIndex(0)
        self.destination.currentIndexChanged.connect(lambda _i: self.error.hide())
        self.folder = QLineEdit(folder)
        self.folder.setAccessibleName(self.tr("Folder to save the record bundle in"))
        self.browse = QPushButton(self.tr("C&hoose…"))
        self.browse.setToolTip(self.tr("Choose the folder, e.g. on a USB stick"))
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.setContentsMargins(0, 0, 0, 0)
        where.addWidget(self.folder, 1)
        where.addWidget(self.browse)
        self.transcript = QCheckBox(self.tr("Also save the printable &transcript (PDF)"))
        self.transcript.setChecked(True)
        self.files = QLabel()
        self.files.setObjectName("muted")
        self.files.setWordWrap(True)
        self.form.insertRow(0, self.tr("&Moves to:"), self.destination)
        save_in = QLabel(self.tr("&Save in:"))
        save_in.setBuddy(self.folder)  # a layout is no buddy: the & would show
        self.form.insertRow(1, save_in, where)
        self.form.insertRow(2, "", self.transcript)
        self.form.insertRow(3, "", self.files)
        self.transcript.toggled.connect(self._show_files)
        self.destination.currentIndexChanged.connect(self._show_files)
        self.folder.textChanged.connect(lambda _t: self.error.hide())
        self._show_files()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        self.destination.setFocus()

    # ------------------------------------------------------------------ what was chosen

    def school(self) -> str:
        """The school ID chosen ("" = not known yet: an open release)."""
        return str(self.destination.currentData() or "")

    def chosen_folder(self) -> str:
        return self.folder.text().strip()

    def wants_transcript(self) -> bool:
        return self.transcript.isChecked()

    def _show_files(self) -> None:
        bundle = bundle_file_name(self.learner_name)
        self.files.setText(
            self.tr("Saves {bundle} and {pdf} in that folder.").format(
                bundle=bundle, pdf=transcript_file_name(self.learner_name)
            )
            if self.wants_transcript()
            else self.tr("Saves {bundle} in that folder.").format(bundle=bundle)
        )

    def problem(self) -> str:
        if self.destination.currentIndex() < 0:
            return self.tr("Choose the school the learner moves to, or “Not known yet”.")
        folder = self.chosen_folder()
        if not folder:
            return self.tr("Choose the folder to save the record bundle in.")
        if not Path(folder).is_dir():
            return self.tr("There is no folder {folder}: choose one that exists.").format(
                folder=folder
            )
        return ""

    # ------------------------------------------------------------------ folder

    def choose_folder(self, start: str) -> str | None:
        """The folder picked, or None (tests type the folder instead: a native dialog
        can't be driven offscreen)."""
        path = QFileDialog.getExistingDirectory(self, self.tr("Save the record bundle in"), start)
        return path or None

    def _browse(self) -> None:
        picked = self.choose_folder(self.chosen_folder() or str(Path.home()))
        if picked:
            self.folder.setText(picked)
