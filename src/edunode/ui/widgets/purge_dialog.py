"""Purge: a learner transferred away leaves no personal data behind (issue 10 item 2).

The dialog says what goes, from which PCs, that it cannot be undone, and asks the admin
PIN; ``Node.purge_learner`` then writes the signed instruction every PC of this school
applies (``service/purge.py``). Esc and Cancel delete nothing; a wrong PIN is said in the
dialog, which stays open.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from edunode.ui.widgets.bundle_summary import html_paragraphs, html_text
from edunode.ui.widgets.dialogs import PinDialog


class PurgeDialog(PinDialog):
    def __init__(self, parent: QWidget, name: str) -> None:
        explanation = html_paragraphs(
            "<b>"
            + html_text(
                QCoreApplication.translate(
                    "PurgeDialog", "Delete {name}'s record from every PC of this school?"
                ),
                name=name,
            )
            + "</b>",
            html_text(
                QCoreApplication.translate(
                    "PurgeDialog",
                    "Their profile, courses, results, attendance, progress, notes and the "
                    "record bundles kept here are deleted from this PC now, and from every "
                    "other PC of this school as it syncs. Each PC keeps only a line in its "
                    "activity with the learner's ID and the date.",
                )
            ),
            html_text(
                QCoreApplication.translate(
                    "PurgeDialog", "This cannot be undone. {name}'s new school keeps their record."
                ),
                name=name,
            ),
        )
        super().__init__(
            parent,
            QCoreApplication.translate("PurgeDialog", "Purge the record of {name}").format(
                name=name
            ),
            explanation,
            action=QCoreApplication.translate("PurgeDialog", "&Delete for good"),
        )
        self.ok.setObjectName("danger")
