"""Reading courses and lessons from their projections (``p_courses``, ``p_lessons``).

The projections are derived from the course documents (``store/projections.py`` writes
them); lists and look-ups read them here instead of opening every document.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, or_, select

from edunode.store import schema as t
from edunode.store.repo import Store

# Built once: recording progress looks a lesson's course up for every record.
_LESSON_COURSE = select(t.p_lessons.c.course_id).where(t.p_lessons.c.id == bindparam("lesson_id"))


# What a list row carries: every column but the collation key it is ordered by.
_LISTED = [c for c in t.p_courses.c if c.name != "sort_key"]


class CourseRecords:
    def __init__(self, store: Store) -> None:
        self.store = store

    def lesson_course(self, lesson_id: str) -> str | None:
        """The course a lesson belongs to (None: no such lesson here)."""
        rows = self.store.query(_LESSON_COURSE, {"lesson_id": lesson_id})
        return str(rows[0]["course_id"]) if rows else None

    def courses(
        self, search: str = "", limit: int | None = None, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Courses by title in the locale's collation order; ``search`` matches the title
        or the subject, ignoring case."""
        query = select(*_LISTED).order_by(t.p_courses.c.sort_key, t.p_courses.c.id)
        if search:
            like = f"%{search.casefold()}%"
            query = query.where(
                or_(t.p_courses.c.title_fold.like(like), t.p_courses.c.subject.ilike(like))
            )
        if limit is not None:
            query = query.limit(limit).offset(offset)
        return [dict(r) for r in self.store.query(query)]

    def lessons(self, course_id: str) -> list[dict[str, Any]]:
        """A course's lessons in course order."""
        return [
            dict(r)
            for r in self.store.query(
                select(t.p_lessons)
                .where(t.p_lessons.c.course_id == course_id)
                .order_by(t.p_lessons.c.ordinal)
            )
        ]
