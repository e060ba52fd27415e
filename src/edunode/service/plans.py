"""Each learner's own plan — a pace per course and goals — and who needs help.

Plans and goals live in the learner's document (``domain/learner.py``), so they sync with it
and travel in the learner's record bundle; the rules are ``domain/plan.py``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from edunode.domain import learner, plan, validate
from edunode.errors import ValidationError
from edunode.service.courses import Courses
from edunode.service.documents import Documents
from edunode.service.learners import Learners

TOUCHED = frozenset({"plans", "goals"})  # no projection: only the document holds them


def _day(value: str | dt.date | None) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(validate.date(value))


class Plans:
    def __init__(self, docs: Documents, learners: Learners, courses: Courses) -> None:
        self.docs = docs
        self.learners = learners
        self.courses = courses

    # ------------------------------------------------------------------ writing

    def set_plan(self, learner_id: str, course_id: str, pace: int) -> None:
        self.docs.require(learner_id, "learner")
        self.docs.require(course_id, "course")
        pace = plan.clean_pace(pace)
        day = validate.date(None)
        self.docs.change(
            learner_id, lambda tx: learner.set_plan(tx, course_id, pace, day), touched=TOUCHED
        )

    def add_goal(
        self, learner_id: str, text: str, course_id: str | None = None, by: str | None = None
    ) -> str:
        """The new goal's ID, ``LEARNER_ID/KEY``."""
        self.docs.require(learner_id, "learner")
        if course_id:
            self.docs.require(course_id, "course")
        text = validate.text(text, "goal", required=True, limit=plan.GOAL_TEXT_LIMIT)
        target = plan.clean_target(by)
        day = validate.date(None)
        key = self.docs.change(
            learner_id,
            lambda tx: learner.add_goal(tx, text, course_id or "", target, day),
            touched=TOUCHED,
        )
        return f"{learner_id}/{key}"

    def edit_goal(
        self,
        goal_id: str,
        *,
        text: str | None = None,
        by: str | None = None,
        done: bool | None = None,
    ) -> None:
        learner_id, key = plan.parse_goal_ref(goal_id)
        self.docs.require(learner_id, "learner")
        fields: dict[str, object] = {}
        if text is not None:
            fields["text"] = validate.text(text, "goal", required=True, limit=plan.GOAL_TEXT_LIMIT)
        if by is not None:
            fields["by"] = plan.clean_target(by)
        if done is not None:
            fields["done"] = done
            fields["done_on"] = validate.date(None) if done else ""
        if not fields:
            raise ValidationError("nothing to change: give the goal's text, date or done")
        self.docs.change(
            learner_id, lambda tx: learner.update_goal(tx, key, fields), touched=TOUCHED
        )

    def goal(self, goal_id: str) -> dict[str, Any]:
        learner_id, key = plan.parse_goal_ref(goal_id)
        for g in self.learners.view(learner_id)["goals"]:
            if g["goal"] == key:
                return {"id": goal_id, "learner": learner_id, **g}
        raise ValidationError(f"this learner has no goal {key}")

    # ------------------------------------------------------------------ reading

    def _lessons(self, course_ids: set[str]) -> tuple[dict[str, list[str]], dict[str, str]]:
        lessons: dict[str, list[str]] = {}
        titles: dict[str, str] = {}
        for c in course_ids:
            if self.docs.maybe(c) is None:
                continue
            lessons[c] = [le["id"] for le in self.courses.lessons(c)]
            titles[c] = str(self.docs.state(c).get("title", "")) or c
        return lessons, titles

    def pathway_status(
        self, learner_id: str, today: str | dt.date | None = None
    ) -> list[dict[str, Any]]:
        """Each enrolment's pace status against the learner's own plan (``domain/plan.py``)."""
        view = self.learners.view(learner_id)
        lessons, _ = self._lessons({e["course"] for e in view["enrolments"]})
        return plan.pathway_status(view, lessons, _day(today))

    def needs_help(
        self, school_id: str, today: str | dt.date | None = None
    ) -> list[dict[str, Any]]:
        """This school's active learners who are behind their plan, whose results fall or
        who were absent the last school days, each with the reasons; ordered by name.

        The candidates come from the projections; each one's plan is read from their
        document (plans have no projection)."""
        day = _day(today)
        active = [
            s
            for s in self.learners.summaries().values()
            if s["school"] == school_id and any(e["status"] == "active" for e in s["enrolments"])
        ]
        courses = {e["course"] for s in active for e in s["enrolments"]}
        courses |= {r["course"] for s in active for r in s["results"]}
        lessons, titles = self._lessons(courses)
        out = []
        for s in active:
            view = self.learners.view(s["id"])
            reasons = plan.help_reasons(view, lessons, titles, day)
            if reasons:
                out.append({"id": s["id"], "name": view["name"], "reasons": reasons})
        return sorted(out, key=lambda r: (r["name"].casefold(), r["id"]))
