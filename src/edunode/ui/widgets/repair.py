"""The offer to repair a damaged store, shown when the window finds damage at start.

The database's own checks run on the worker as the window opens (``Node.damage``); when
they find something, this dialog says what and offers *Repair* (``Node.repair``: salvage
what reads, drop damaged changes so a peer sends them again, rebuild the projections) or
*Later* (Esc). The outcome is shown in a second message: what was done, what is still
missing, and the latest backup when changes were lost."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class RepairOffer(QMessageBox):
    def __init__(self, problems: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The records file is damaged"))
        self.setIcon(QMessageBox.Icon.Warning)
        self.setText(
            self.tr(
                "EduNode found damage in this PC's records file. Repair keeps every record "
                "that still reads, rebuilds the lists from the change log and fetches damaged "
                "changes again from the school's other PCs at the next sync."
            )
        )
        shown = problems[:5] + ([self.tr("… and {n} more").format(n=len(problems) - 5)]
                                if len(problems) > 5 else [])  # fmt: skip
        self.setInformativeText("\n".join(shown))
        self.repair_button = self.addButton(self.tr("&Repair"), QMessageBox.ButtonRole.AcceptRole)
        self.later_button = self.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.repair_button)
        self.setEscapeButton(self.later_button)


def repair_summary(report: dict[str, Any]) -> str:
    """The outcome of a repair in sentences, translated under the dialog's own context
    (``RepairOffer``): a bare ``tr(...)`` is filed by lupdate under no class at all, and
    the caller's ``self.tr`` looks it up under the caller's class, so neither would match."""
    lines = [QCoreApplication.translate("RepairOffer", "The records were repaired.")]
    lines += [f"• {step}" for step in report.get("steps", [])]
    lost = report.get("lost", {})
    if lost:
        lines.append(
            QCoreApplication.translate("RepairOffer", "Could not be read: {what}.").format(
                what=", ".join(f"{n} × {table}" for table, n in sorted(lost.items()))
            )
        )
    missing = report.get("missing", {})
    if missing:
        lines.append(
            QCoreApplication.translate(
                "RepairOffer",
                "{n} record(s) still miss changes: they come back at the next sync with a PC of "
                "the school that has them.",
            ).format(n=len(missing))  # fmt: skip
        )
    if report.get("backup"):
        backup = QCoreApplication.translate("RepairOffer", "The latest backup is {path}.")
        lines.append(backup.format(path=report["backup"]))
    return "\n".join(lines)
