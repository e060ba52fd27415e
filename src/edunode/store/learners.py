"""Reading learners from their projections (``p_learners`` and the per-collection tables).

The projections are derived from the learner documents (``store/projections.py`` writes
them): lists, counts and the summaries reports need, at 10,000 learners, come from a
handful of queries here instead of opening every document.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from edunode.store import schema as t
from edunode.store.repo import Store

# What a list row carries: every column but the collation key it is ordered by.
_LISTED = [c for c in t.p_learners.c if c.name != "sort_key"]


class LearnerRecords:
    def __init__(self, store: Store) -> None:
        self.store = store

    def learners(
        self,
        search: str = "",
        *,
        course_id: str | None = None,
        status: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        school: str | None = None,
    ) -> list[dict[str, Any]]:
        """Learners by name in the locale's collation order; ``search`` matches the name
        ignoring case, ``course_id`` and ``status`` keep those with such an enrolment;
        ``school`` those whose record that school holds (not transferred away)."""
        query = select(*_LISTED).order_by(t.p_learners.c.sort_key, t.p_learners.c.id)
        if school is not None:
            query = query.where(t.p_learners.c.school == school)
        if search:
            query = query.where(t.p_learners.c.name_fold.like(f"%{search.casefold()}%"))
        if course_id or status:
            sub = select(t.p_enrolments.c.learner_id)
            if course_id:
                sub = sub.where(t.p_enrolments.c.course_id == course_id)
            if status:
                sub = sub.where(t.p_enrolments.c.status == status)
            query = query.where(t.p_learners.c.id.in_(sub))
        if limit is not None:
            query = query.limit(limit).offset(offset)
        return [dict(r) for r in self.store.query(query)]

    def count(self, school: str | None = None) -> int:
        query = select(func.count().label("n")).select_from(t.p_learners)
        if school is not None:
            query = query.where(t.p_learners.c.school == school)
        return int(self.store.query(query)[0]["n"])

    def summaries(self, school: str | None = None) -> dict[str, dict[str, Any]]:
        """Every learner's record as plain views (profile, enrolments, progress, results,
        attendance), keyed by learner ID: one query per table (``school``: only the
        learners that school holds)."""
        held = select(t.p_learners)
        if school is not None:
            held = held.where(t.p_learners.c.school == school)
        out: dict[str, dict[str, Any]] = {
            r["id"]: {
                "id": r["id"],
                "name": r["name"],
                "birth_year": r["birth_year"],
                "school": r["school"],
                "enrolments": [],
                "progress": [],
                "results": [],
                "attendance": [],
            }  # fmt: skip
            for r in self.store.query(held)
        }
        for r in self.store.query(select(t.p_enrolments)):
            if r["learner_id"] in out:
                out[r["learner_id"]]["enrolments"].append(
                    {"course": r["course_id"], "status": r["status"], "date": r["date"]}
                )
        for r in self.store.query(select(t.p_progress)):
            if r["learner_id"] in out:
                out[r["learner_id"]]["progress"].append(
                    {
                        "lesson": r["lesson_id"],
                        "course": r["course_id"],
                        "completed": bool(r["completed"]),
                        "minutes": r["minutes"],
                    }
                )
        for r in self.store.query(select(t.p_results)):
            if r["learner_id"] in out:
                out[r["learner_id"]]["results"].append(
                    {
                        "course": r["course_id"],
                        "title": r["title"],
                        "score": r["score"],
                        "max": r["max"],
                        "date": r["date"],
                    }
                )
        for r in self.store.query(select(t.p_attendance)):
            if r["learner_id"] in out:
                out[r["learner_id"]]["attendance"].append(
                    {"date": r["date"], "present": bool(r["present"])}
                )
        return out
