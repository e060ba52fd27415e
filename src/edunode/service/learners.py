"""Learners: their profile, enrolments, progress, results and attendance, and the lists
and summaries read from the projections.

A learner's record is a school document: it never leaves the school (``links.py``), and
only PCs of that school may write it.
"""

from __future__ import annotations

from typing import Any

from edunode import identity
from edunode.domain import custody, learner, validate
from edunode.domain.meta import Meta
from edunode.errors import ValidationError
from edunode.identity import NodeIdentity
from edunode.service.admin import NodeSettings
from edunode.service.courses import Courses
from edunode.service.documents import Documents
from edunode.service.opendoc import Tx
from edunode.store import LearnerRecords


class Learners:
    def __init__(
        self,
        docs: Documents,
        records: LearnerRecords,
        me: NodeIdentity,
        settings: NodeSettings,
        courses: Courses,
    ) -> None:
        self.docs = docs
        self.records = records
        self.me = me
        self.settings = settings
        self.courses = courses

    # ------------------------------------------------------------------ writing

    def add(
        self, name: str, birth_year: int | None = None, guardian: str | None = None, notes: str = ""
    ) -> str:
        profile = learner.clean_profile(name, birth_year, guardian, creating=True)
        school_id = self.settings.require_school()
        meta = Meta(kind="learner", school=school_id, scope="school")
        learner_id, _ = self.docs.create(meta, lambda tx: learner.create(tx, profile, notes))
        return learner_id

    def update(
        self,
        learner_id: str,
        *,
        name: str | None = None,
        birth_year: int | None = None,
        guardian: str | None = None,
        notes: str | None = None,
    ) -> None:
        self.docs.require(learner_id, "learner")
        profile = learner.clean_profile(name, birth_year, guardian)

        def edit(tx: Tx) -> None:
            learner.update_profile(tx, profile)
            if notes is not None:
                learner.set_notes(tx, notes)

        self.docs.change(learner_id, edit)

    def enrol(self, learner_id: str, course_id: str, date: str | None = None) -> None:
        self.docs.require(learner_id, "learner")
        self.docs.require(course_id, "course")
        day = validate.date(date)
        self.docs.change(
            learner_id,
            lambda tx: learner.enrol(tx, course_id, day),
            touched=frozenset({"enrolments"}),
        )

    def set_enrolment_status(self, learner_id: str, course_id: str, status: str) -> None:
        self.docs.require(learner_id, "learner")
        self.docs.change(learner_id, lambda tx: learner.set_enrolment_status(tx, course_id, status))

    def record_progress(
        self,
        learner_id: str,
        lesson_id: str,
        minutes: int = 0,
        *,
        completed: bool = True,
        date: str | None = None,
    ) -> None:
        self.docs.require(learner_id, "learner")
        course_id = self.courses.lesson_course(lesson_id)
        minutes = validate.minutes(minutes)
        day = validate.date(date)
        by = identity.short_id(self.me.node_id)

        def edit(tx: Tx) -> None:
            if not learner.is_enrolled(tx, course_id):
                raise ValidationError("the learner is not enrolled in this lesson's course")
            learner.record_progress(tx, lesson_id, course_id, minutes, day, completed, by)

        self.docs.change(learner_id, edit, touched=frozenset({"progress"}))

    def record_result(
        self,
        learner_id: str,
        course_id: str,
        title: str,
        score: float,
        max_score: float,
        date: str | None = None,
    ) -> str:
        self.docs.require(learner_id, "learner")
        self.docs.require(course_id, "course")
        title = validate.text(title, "result title", required=True)
        score, max_score = validate.score(score, max_score)
        day = validate.date(date)
        return str(
            self.docs.change(
                learner_id,
                lambda tx: learner.record_result(tx, course_id, title, score, max_score, day),
                touched=frozenset({"results"}),
            )
        )

    def record_attendance(self, learner_id: str, date: str | None, present: bool) -> None:
        self.docs.require(learner_id, "learner")
        day = validate.date(date)
        self.docs.change(
            learner_id,
            lambda tx: learner.record_attendance(tx, day, present),
            touched=frozenset({"attendance"}),
        )

    # ------------------------------------------------------------------ reading

    def view(self, learner_id: str) -> dict[str, Any]:
        """The learner's record, with where it is kept: ``status`` is ``active`` while this
        school holds it, ``transferred`` once it was given to another school (with
        ``transferred_to``, a school ID or "" for an open release, and ``transferred_on``)."""
        self.docs.require(learner_id, "learner")
        od = self.docs.get(learner_id)
        held = custody.of(learner_id, od.meta.school, od.doc)
        ours = self.settings.school_id
        gone = held.released_by(ours) if ours else None
        return {
            "id": learner_id,
            **learner.view(self.docs.state(learner_id)),
            "school": held.holder,
            "home_school": od.meta.school,
            "status": "transferred" if gone is not None else "active",
            "transferred_to": gone.to if gone is not None else "",
            "transferred_on": gone.date if gone is not None else "",
            "custody": [
                {"type": s.kind, "school": s.school, "to": s.to, "date": s.date, "id": s.id}
                for s in held.steps
            ],
        }

    def find(
        self,
        search: str = "",
        *,
        course_id: str | None = None,
        status: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        everyone: bool = False,
    ) -> list[dict[str, Any]]:
        """Learners by name, from the projection (see ``LearnerRecords.learners``): those
        this school holds, or with ``everyone`` those transferred away too."""
        return self.records.learners(
            search, course_id=course_id, status=status, limit=limit, offset=offset,
            school=None if everyone else self._held(),
        )  # fmt: skip

    def summaries(self) -> dict[str, dict[str, Any]]:
        """Every learner's record this school holds as plain views, read from the
        projections (not the documents): what reports need, at 10,000 learners, in a
        handful of queries. A learner transferred away is in none."""
        return self.records.summaries(self._held())

    def count(self) -> int:
        return self.records.count(self._held())

    def _held(self) -> str | None:
        """The school whose learners the lists show (None: no school, no filter)."""
        return self.settings.school_id or None
