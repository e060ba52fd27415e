"""What a verified record bundle holds, shown before any PIN is asked: the learner, the
school that gave it, when, what it holds, its fingerprint (as on the printed transcript),
where it was released to and each proof by name with a check mark.

``summary_html`` builds the text (escaped: names come from another school); the
:class:`BundleSummaryDialog` shows it with Continue and Cancel (Esc). A bundle this school
can't take (released to another school, or an older bundle that releases nobody) says why
and offers no Continue: nothing is asked, nothing imported.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from edunode.ui import formatting


def html_paragraphs(*paragraphs: str) -> str:
    """Paragraphs for a dialog's rich-text label; the callers escape what they put in
    (names may come from another school), see :func:`html_text`."""
    return "".join(f"<p>{p}</p>" for p in paragraphs if p)


def html_text(template: str, **values: Any) -> str:
    """``template.format(**values)`` with the template and every value escaped for rich text."""
    return escape(template).format(**{k: escape(str(v)) for k, v in values.items()})


def refusal(held: dict[str, Any], ours: str, schools: dict[str, str]) -> str:
    """Why this school can't take the bundle, seen from what it says ("" when it can)."""
    to = held.get("released_to", ours)
    name = held["learner"]
    if to is None:
        return QCoreApplication.translate(
            "BundleSummaryDialog",
            "This bundle does not give {name}'s record to another school (an older EduNode "
            "made it): ask {school} for a new one.",
        ).format(name=name, school=held["school"])
    if held.get("school_id") == ours:
        return QCoreApplication.translate(
            "BundleSummaryDialog",
            "This bundle was given by this school: it is for the school the learner moves to.",
        )
    if to and to != ours:
        return QCoreApplication.translate(
            "BundleSummaryDialog",
            "This bundle gives {name} to {school}, not to this school: ask for a bundle made "
            "out to this one, or an open one.",
        ).format(name=name, school=schools.get(to) or to)
    return ""


def summary_html(
    held: dict[str, Any], ours: str = "", schools: dict[str, str] | None = None
) -> str:
    """The summary of ``held`` (``transfer.describe`` of a verified bundle) as rich text;
    ``ours``: this school's ID, ``schools``: the names of the schools this PC knows."""
    schools = schools or {}
    who = (
        QCoreApplication.translate(
            "BundleSummaryDialog",
            "The record bundle of {name} (born {year}) from {school} checks out:",
        )
        if held.get("birth_year")
        else QCoreApplication.translate(
            "BundleSummaryDialog", "The record bundle of {name} from {school} checks out:"
        )
    )
    courses = "; ".join(
        QCoreApplication.translate(
            "BundleSummaryDialog", "{course}: %n results", "", c["results"]
        ).format(course=c["title"] or c["id"])
        for c in held["courses"]
    )
    to = held.get("released_to", ours)
    if to is None:
        released = QCoreApplication.translate("BundleSummaryDialog", "nobody (an older bundle)")
    elif not to:
        released = QCoreApplication.translate(
            "BundleSummaryDialog",
            "any school (an open record bundle: the first school to import it)",
        )
    elif to == ours:
        released = QCoreApplication.translate("BundleSummaryDialog", "this school")
    else:
        released = schools.get(to) or to
    if held.get("released_on"):
        released = QCoreApplication.translate("BundleSummaryDialog", "{school}, on {date}").format(
            school=released, date=formatting.day(str(held["released_on"]))
        )
    digest = str(held.get("digest", ""))
    facts = [
        html_text(
            QCoreApplication.translate("BundleSummaryDialog", "From: {school} (school ID {id})"),
            school=held["school"],
            id=held["school_id"],
        ),  # fmt: skip
        html_text(
            QCoreApplication.translate("BundleSummaryDialog", "Issued: {date}"),
            date=formatting.day(str(held["issued"])[:10]),
        ),
        html_text(
            QCoreApplication.translate("BundleSummaryDialog", "Courses: {courses}"),
            courses=courses or QCoreApplication.translate("BundleSummaryDialog", "none"),
        ),
        html_text(
            QCoreApplication.translate(
                "BundleSummaryDialog", "Results: {results} · Days of attendance: {days}"
            ),
            results=held.get("results", sum(c["results"] for c in held["courses"])),
            days=held["attendance_days"],
        ),
        html_text(
            QCoreApplication.translate("BundleSummaryDialog", "Released to: {school}"),
            school=released,
        ),
    ]
    if digest:
        facts.append(
            html_text(
                QCoreApplication.translate(
                    "BundleSummaryDialog", "Fingerprint (as on the printed transcript):"
                )
            )
            + f"<br><tt>{escape(digest[:32])}<br>{escape(digest[32:])}</tt>"
        )
    proofs = [
        f"{escape(str(p['cryptosuite']))} {'✓' if p.get('verified') else '✗'}"
        for p in held.get("proofs", [])
    ]
    if proofs:
        facts.append(
            html_text(QCoreApplication.translate("BundleSummaryDialog", "Proofs:"))
            + " "
            + " &nbsp; ".join(proofs)
        )
    why = refusal(held, ours, schools) if ours else ""
    return html_paragraphs(
        html_text(who, name=held["learner"], year=held.get("birth_year"), school=held["school"]),
        "<br>".join(facts),
        html_text(
            QCoreApplication.translate(
                "BundleSummaryDialog",
                "Its signatures and every change in it check out: a PC of that school made "
                "them. Whether the school is who it says is your call: compare its school ID "
                "with the one the old school gives you by phone.",
            )
        ),
        f"<b>{html_text(why)}</b>"
        if why
        else html_text(
            QCoreApplication.translate(
                "BundleSummaryDialog",
                "Import continues {name}'s record at this school: the same learner, with "
                "every record the old school wrote. The admin PIN is asked next.",
            ),
            name=held["learner"],
        ),
    )


class BundleSummaryDialog(QDialog):
    """The summary with Continue (to the admin PIN) and Cancel; Esc cancels."""

    def __init__(
        self, parent: QWidget, held: dict[str, Any], ours: str, schools: dict[str, str]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a record bundle"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.held = held
        self.why = refusal(held, ours, schools)
        self.text = QLabel(summary_html(held, ours, schools))
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.proceed = self.buttons.addButton(
            self.tr("&Continue…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.proceed.setEnabled(not self.why)
        self.proceed.setVisible(not self.why)
        if not self.why:
            self.proceed.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
