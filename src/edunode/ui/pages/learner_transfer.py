"""The learner page's transfer and purge (issue 10 items 6 and 2): a mixin of
``LearnerDetail``, which owns the widgets and the record these use.

Transfer: the dialog (``widgets/transfer_dialog.py``) → the signed release, the bundle and
its transcript, off the GUI thread with the progress box and its Cancel. Purge, for a
learner transferred away: what goes, that it can't be undone, the admin PIN →
``Node.purge_learner`` → back to the list.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any, cast

from PySide6.QtWidgets import QWidget

from edunode.ui.bridge import describe
from edunode.ui.widgets.bundle_summary import html_paragraphs, html_text
from edunode.ui.widgets.dialogs import PinDialog
from edunode.ui.widgets.progress import PROGRESS_DELAY_MS, ProgressDialog, run_with_dialog
from edunode.ui.widgets.purge_dialog import PurgeDialog
from edunode.ui.widgets.transfer_dialog import TransferDialog, transfer_learner


class TransferActions:
    """Needs from the page: ``ctx``, ``node``, ``bridge``, ``learner_id``, ``record``,
    ``read_only``, ``info`` and ``purged`` (signals), ``tr`` and ``reload``."""

    ctx: Any
    node: Any
    bridge: Any
    learner_id: str | None
    record: dict[str, Any] | None
    pin_dialog: PinDialog | None
    bundle_progress: ProgressDialog | None
    info: Any
    purged: Any
    tr: Any
    reload: Any

    @property
    def read_only(self) -> bool:
        """The learner transferred away: their record is kept here, not written."""
        return self.record is not None and self.record["learner"]["status"] == "transferred"

    def _page(self) -> QWidget:
        return cast(QWidget, self)

    # ------------------------------------------------------------------ transfer

    def export_bundle(self) -> None:
        """The transfer dialog (where to, where to save, admin PIN) → the signed release,
        the bundle and its transcript, written off the GUI thread. Esc or Cancel: nothing."""
        if self.learner_id is None or self.record is None or self.read_only:
            return
        learner_id, name = self.learner_id, self.record["learner"]["name"]
        schools = self.record["schools"]
        folder = str(self.ctx.settings.value("bundle/folder", "") or Path.home())
        explanation = html_paragraphs(
            html_text(
                self.tr(
                    "{name}'s record (profile, courses, results, attendance and progress) is "
                    "signed over to their new school and saved as a record bundle they carry "
                    "there. From then this school keeps it read-only."
                ),
                name=name,
            ),
            html_text(
                self.tr(
                    "The files are not encrypted: hand them only to the learner or their "
                    "guardian."
                )
            ),
        )
        dialog = TransferDialog(self._page(), name, schools, folder, explanation)
        self.pin_dialog = dialog

        def written(done: dict[str, Any]) -> None:
            dialog.accept()
            self.ctx.settings.setValue("bundle/folder", dialog.chosen_folder())
            to = done["to"]
            said = (
                self.tr("{name} is transferred to {school}.").format(
                    name=done["name"], school=schools.get(to) or to
                )
                if to
                else self.tr("{name} is given an open record bundle.").format(name=done["name"])
            )
            if done["pdf"]:
                said += " " + self.tr(
                    "The record bundle and the transcript are saved in {folder}."
                ).format(folder=dialog.chosen_folder())
            else:
                said += " " + self.tr("The record bundle is saved as {path}.").format(
                    path=done["path"]
                )
            if done["pdf_error"]:
                said += " " + self.tr("The transcript could not be written: {error}").format(
                    error=done["pdf_error"]
                )
            self.info.emit(said)
            self.reload()

        def stopped(exc: BaseException) -> None:
            dialog.reject()
            self.info.emit(describe(exc))

        def submitted(pin: str, _role: str) -> None:
            work = partial(
                transfer_learner, to=dialog.school(), transcript=dialog.wants_transcript()
            )
            self.bundle_progress = run_with_dialog(
                dialog,
                self.bridge,
                self.tr("Transferring {name}").format(name=name),
                self.tr("Writing the signed record of {name}…").format(name=name),
                lambda done, total: self.tr("{done} of {total} steps").format(
                    done=done, total=total
                ),
                work,
                self.node,
                learner_id,
                name,
                dialog.chosen_folder(),
                pin,
                on_ok=written,
                on_error=lambda exc: dialog.show_error(
                    describe(exc), wait=getattr(exc, "wait", 0.0)
                ),
                on_cancelled=stopped,
                delay_ms=PROGRESS_DELAY_MS,
            )

        dialog.submitted.connect(submitted)
        dialog.open()

    # ------------------------------------------------------------------ purge

    def purge(self) -> None:
        """What goes and that it can't be undone, the admin PIN → ``purge_learner`` (off
        the GUI thread) → back to the list. Esc or Cancel: nothing is deleted."""
        if self.learner_id is None or self.record is None or not self.read_only:
            return
        learner_id, name = self.learner_id, self.record["learner"]["name"]
        dialog = PurgeDialog(self._page(), name)
        self.pin_dialog = dialog

        def done(_: dict[str, Any]) -> None:
            dialog.accept()
            self.learner_id, self.record = None, None
            self.info.emit(
                self.tr(
                    "{name}'s record is deleted from this PC; the other PCs of this school "
                    "delete it as they sync."
                ).format(name=name)
            )
            self.purged.emit(learner_id)

        def submitted(pin: str, _role: str) -> None:
            self.bridge.run(
                self.node.purge_learner,
                learner_id,
                pin,
                on_ok=done,
                on_error=lambda exc: dialog.show_error(
                    describe(exc), wait=getattr(exc, "wait", 0.0)
                ),
            )

        dialog.submitted.connect(submitted)
        dialog.open()
