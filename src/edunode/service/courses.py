"""Courses: creating and editing them (modules, lessons, their order), reading them whole,
and listing them from the projections.

A course belongs to the school that created it; ``shared`` courses are community
documents every linked school receives, and the owning school may let another school's
PCs edit one (a signed maintainer grant).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from edunode import crdt
from edunode.domain import adapted, course, validate
from edunode.domain.meta import Meta
from edunode.errors import NotFoundError, PermissionDenied, ValidationError
from edunode.identity import NodeIdentity
from edunode.service.admin import Audit, NodeSettings
from edunode.service.documents import Documents
from edunode.service.opendoc import Tx
from edunode.store import CourseRecords


class Courses:
    def __init__(
        self,
        docs: Documents,
        records: CourseRecords,
        me: NodeIdentity,
        settings: NodeSettings,
        audit: Audit,
    ) -> None:
        self.docs = docs
        self.records = records
        self.me = me
        self.settings = settings
        self._audit = audit

    # ------------------------------------------------------------------ writing

    def create(
        self,
        title: str,
        subject: str = "",
        level: str = "",
        language: str = "",
        summary: str = "",
        *,
        shared: bool = True,
    ) -> str:
        fields = course.clean_fields(
            title=title, subject=subject, level=level, language=language, summary=summary
        )
        school_id = self.settings.require_school()
        meta = Meta(kind="course", school=school_id, scope="community" if shared else "school")
        course_id, _ = self.docs.create(meta, lambda tx: course.create(tx, fields))
        return course_id

    def update(self, course_id: str, **fields: str | None) -> None:
        self.docs.require(course_id, "course")
        cleaned = course.clean_fields(**fields)
        self.docs.change(course_id, lambda tx: course.update(tx, cleaned))

    def add_module(self, course_id: str, title: str) -> str:
        self.docs.require(course_id, "course")
        return str(self.docs.change(course_id, lambda tx: course.add_module(tx, title)))

    def add_lesson(self, course_id: str, module: str, title: str, body: str = "") -> str:
        """Add a lesson to the module named (title or ID); the module is created if new."""
        self.docs.require(course_id, "course")
        validate.text(module, "module title", required=True)

        def edit(tx: Tx) -> str:
            existing = crdt.get_obj(tx, crdt.get_obj(tx, crdt.ROOT, "modules") or b"", module)
            module_id = module if existing else course.find_module(tx, module)
            if module_id is None:
                module_id = course.add_module(tx, module)
            lesson_id = course.add_lesson(tx, module_id, title, body)
            course.mark_edited(tx, lesson_id, self.me.node_id, dt.date.today().isoformat())
            return lesson_id

        return str(self.docs.change(course_id, edit))

    def edit_lesson(
        self, lesson_id: str, *, body: str | None = None, title: str | None = None
    ) -> None:
        course_id = self.lesson_course(lesson_id)

        def edit(tx: Tx) -> None:
            if title is not None:
                course.rename(tx, lesson_id, title, lesson=True)
            if body is not None:
                course.set_lesson_body(tx, lesson_id, body)
            course.mark_edited(tx, lesson_id, self.me.node_id, dt.date.today().isoformat())

        self.docs.change(course_id, edit)

    def rename_module(self, course_id: str, module_id: str, title: str) -> None:
        self.docs.require(course_id, "course")
        self.docs.change(course_id, lambda tx: course.rename(tx, module_id, title, lesson=False))

    def move_item(self, course_id: str, item_id: str, position: float, *, lesson: bool) -> None:
        self.docs.require(course_id, "course")
        self.docs.change(course_id, lambda tx: course.move(tx, item_id, position, lesson=lesson))

    def delete_item(self, course_id: str, item_id: str, *, lesson: bool) -> None:
        self.docs.require(course_id, "course")
        self.docs.change(course_id, lambda tx: course.delete(tx, item_id, lesson=lesson))

    def add_maintainer(self, course_id: str, school_id: str) -> None:
        """Let another school's PCs edit a course of this school (a signed grant)."""
        self._own_course_and_other_school(course_id, school_id, "add")
        self.docs.change(
            course_id, lambda tx: course.add_maintainer(tx, course_id, school_id, self.me)
        )
        self._audit("maintainer_added", f"school {school_id} may now edit course {course_id}", "")

    def _own_course_and_other_school(self, course_id: str, school_id: str, verb: str) -> None:
        self.docs.require(course_id, "course")
        self.docs.require(school_id, "school")
        meta = self.docs.store.meta(course_id)
        assert meta is not None  # required above
        if meta.school != self.settings.school_id:
            raise PermissionDenied(f"only the school that owns a course can {verb} maintainers")
        if school_id == meta.school:
            raise ValidationError("that is this course's own school: it always maintains it")

    def _maintainers(self, course_id: str) -> set[str]:
        od = self.docs.get(course_id)
        owners = self.docs.school_members(od.meta.school)
        return course.maintainer_schools(course_id, self.docs.state(course_id), owners)

    def share(self, course_id: str, school_id: str) -> dict[str, Any]:
        """Make another school a maintainer: its PCs may then edit the course (issue 14)."""
        self._own_course_and_other_school(course_id, school_id, "add")
        if school_id in self._maintainers(course_id):
            raise ValidationError(f"school {school_id} already maintains this course")
        state = self.docs.state(course_id)
        if not isinstance(state.get("maintainers"), dict) or school_id not in state["maintainers"]:
            edit = lambda tx: course.add_maintainer(tx, course_id, school_id, self.me)  # noqa: E731
        else:  # it maintained the course before: a new round
            n = course.next_round(state, school_id)
            edit = lambda tx: course.change_maintainer(  # noqa: E731
                tx, course_id, school_id, self.me, "grant", n
            )
        self.docs.change(course_id, edit)
        self._audit("maintainer_added", f"school {school_id} may now edit course {course_id}", "")
        return self.view(course_id)

    def unshare(self, course_id: str, school_id: str) -> dict[str, Any]:
        """Stop another school maintaining a course. The revocation carries, for each PC of
        that school, its last change to the course held here: later ones are refused
        everywhere, whoever built on them (as a removal's cut-off, ADR 0001)."""
        self._own_course_and_other_school(course_id, school_id, "remove")
        if school_id not in self._maintainers(course_id):
            raise ValidationError(f"school {school_id} does not maintain this course")
        tip = self.docs.author_tip(course_id)
        cutoff = {
            key: (tip(key) or (0, b""))[0] for key in self.docs.school_members(school_id)
        }
        n = course.next_round(self.docs.state(course_id), school_id)
        self.docs.change(
            course_id,
            lambda tx: course.change_maintainer(
                tx, course_id, school_id, self.me, "revoke", n, cutoff
            ),
        )
        self._audit(
            "maintainer_removed", f"school {school_id} may no longer edit course {course_id}", ""
        )
        return self.view(course_id)

    # ------------------------------------------------------------------ reading

    def lesson_course(self, lesson_id: str) -> str:
        course_id = self.records.lesson_course(lesson_id)
        if course_id is None:
            raise NotFoundError(f"there is no lesson with ID {lesson_id}", lesson_id=lesson_id)
        return course_id

    def lesson_body(self, lesson_id: str) -> str:
        for module in self.view(self.lesson_course(lesson_id))["modules"]:
            for lesson in module["lessons"]:
                if lesson["id"] == lesson_id:
                    return str(lesson["body"])
        raise NotFoundError(f"there is no lesson with ID {lesson_id}")

    def view(self, course_id: str) -> dict[str, Any]:
        """The whole course as plain data, with who maintains it and whether we may edit."""
        self.docs.require(course_id, "course")
        od = self.docs.get(course_id)
        state = self.docs.state(course_id)
        view = course.view(state)
        owners = self.docs.school_members(od.meta.school)
        view["maintainers"] = [
            od.meta.school,
            *sorted(course.maintainer_schools(course_id, state, owners)),
        ]
        view["maintained_by"] = [
            {"id": s, "name": self._school_name(s), "owner": s == od.meta.school}
            for s in view["maintainers"]
        ]
        return {
            "id": course_id,
            **view,
            "school": od.meta.school,
            "scope": od.meta.scope,
            "shared": od.meta.scope == "community",
            "editable": self.me.public_key in self.docs.writers(course_id, od.meta, od.doc),
            "adapted_from": self._attribution(state),
        }

    def _attribution(self, state: dict[str, Any]) -> dict[str, Any] | None:
        """Where an adapted course came from (issue 14 item 2), or None."""
        src = adapted.source(state)
        if src is None:
            return None
        od = self.docs.maybe(src.course)
        held = od is not None and od.meta.kind == "course"
        title = str(self.docs.state(src.course).get("title") or src.title) if held else src.title
        return {"course": src.course, "school": src.school, "title": title,
                "school_name": self._school_name(src.school), "heads": list(src.heads),
                "on": src.on, "held": held}  # fmt: skip

    def _school_name(self, school_id: str) -> str:
        od = self.docs.maybe(school_id)
        if od is None or od.meta.kind != "school":
            return ""
        return str(self.docs.state(school_id).get("name", ""))

    def find(
        self, search: str = "", limit: int | None = None, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Courses by title, from the projection; ``search`` matches title or subject."""
        return [
            {
                **r,
                "shared": r["scope"] == "community",
                "maintainers": r["maintainers"].split(","),
            }
            for r in self.records.courses(search, limit, offset)
        ]

    def lessons(self, course_id: str) -> list[dict[str, Any]]:
        return self.records.lessons(course_id)
