"""Adapting a course (issue 14 item 2): a new course of this school made from any course this
PC holds, which then hears of the lessons changed in the original and takes them one by one.

Nothing changes in the adapted course unless a teacher takes an update: the original is a
separate document, read here only to compare (docs/decisions/0015-adapted-courses.md).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from edunode import crdt
from edunode.domain import adapted, course
from edunode.domain.meta import Meta
from edunode.errors import NotFoundError, PermissionDenied, ValidationError
from edunode.service.admin import Audit, NodeSettings
from edunode.service.courses import Courses
from edunode.service.documents import Documents
from edunode.service.opendoc import Tx

CHOICES = ("upstream", "mine")


class Adaptations:
    def __init__(
        self, docs: Documents, courses: Courses, settings: NodeSettings, audit: Audit
    ) -> None:
        self.docs = docs
        self.courses = courses
        self.settings = settings
        self._audit = audit

    def adapt(self, course_id: str, title: str | None = None, *, shared: bool = True) -> str:
        """A new course of this school with the modules and lessons of ``course_id``."""
        original = self.courses.view(course_id)  # an unknown course: NotFoundError
        fields = {key: original[key] for key in course.FIELDS}
        if title is not None:
            fields["title"] = title
        cleaned = course.clean_fields(**fields)
        school_id = self.settings.require_school()
        od = self.docs.get(course_id)
        source = adapted.Source(
            course=course_id,
            school=od.meta.school,
            title=original["title"],
            heads=tuple(h.hex() for h in crdt.heads(od.doc)),
            on=dt.date.today().isoformat(),
        )
        meta = Meta(kind="course", school=school_id, scope="community" if shared else "school")

        def build(tx: Tx) -> None:
            course.create(tx, cleaned)
            adapted.copy(tx, original, source)

        new_id, _ = self.docs.create(meta, build)
        self._audit("course_adapted", f"course {new_id} adapted from course {course_id}", "")
        return new_id

    def _both(self, course_id: str) -> tuple[dict[str, Any], adapted.Source, dict[str, Any]]:
        mine = self.courses.view(course_id)
        src = adapted.source(self.docs.state(course_id))
        if src is None:
            raise ValidationError(f"course {course_id} was not adapted from another course")
        held = self.docs.maybe(src.course)
        if held is None or held.meta.kind != "course":
            raise NotFoundError(
                f"the original course {src.course} is not held on this PC any more"
            )
        return mine, src, course.view(self.docs.state(src.course))

    def _updates(self, course_id: str) -> tuple[dict[str, Any], list[adapted.Update]]:
        mine, _, original = self._both(course_id)
        state = self.docs.state(course_id)
        linked = adapted.links(state)
        return mine, adapted.updates(mine, original, linked, adapted.known(state))

    def updates(self, course_id: str) -> dict[str, Any]:
        """The lessons changed in the original since they were adapted (or last taken)."""
        mine, found = self._updates(course_id)
        return {
            "course": course_id,
            "title": mine["title"],
            "adapted_from": mine.get("adapted_from"),
            "updates": [_entry(u) for u in found],
        }

    def take(
        self,
        course_id: str,
        lesson_id: str,
        use: str | None = None,
        text: str | None = None,
    ) -> dict[str, Any]:
        """Bring one lesson's change in. A lesson not edited here since takes the original's
        text and title. One edited here needs a choice: ``use`` "upstream" or "mine", or
        ``text`` (the two combined); without one nothing is written and the result's
        ``state`` is "choose", with both texts."""
        if use is not None and use not in CHOICES:
            raise ValidationError(f"--use is upstream or mine, not '{use}'")
        if use is not None and text is not None:
            raise ValidationError("give --use or a combined text, not both")
        mine, found = self._updates(course_id)
        if not mine["editable"]:  # listing is for anyone; taking is for its editors
            raise PermissionDenied(f"this PC may not edit course {course_id}")
        update = next((u for u in found if u.lesson == lesson_id), None)
        if update is None:
            if not any(le["id"] == lesson_id for m in mine["modules"] for le in m["lessons"]):
                raise NotFoundError(f"there is no lesson {lesson_id} in course {course_id}")
            raise ValidationError(
                f"lesson {lesson_id} has no update from the original course to take"
            )
        if text is not None:
            course.check_body(text)
        result = {**_entry(update), "course": course_id}
        if update.new:
            return self._take_new(course_id, update, use, text, result)
        if use == "mine":
            body, title, state = update.body, update.title, "kept"
        elif text is not None:
            body, state = text, "combined"
            title = update.upstream_title if update.title == _base_title(
                self.docs.state(course_id), lesson_id) else update.title  # fmt: skip
        elif use == "upstream" or not update.edited_here:
            body, title, state = update.upstream_body, update.upstream_title, "taken"
        else:  # edited here too and no choice yet: nothing is written
            return {**result, "state": "choose"}

        def edit(tx: Tx) -> None:
            if title != update.title:
                course.rename(tx, lesson_id, title, lesson=True)
            if body != update.body:
                course.set_lesson_body(tx, lesson_id, body)
                course.mark_edited(tx, lesson_id, self.courses.me.node_id,
                                   dt.date.today().isoformat())  # fmt: skip
            adapted.set_base(tx, lesson_id, update.upstream, update.upstream_body,
                             update.upstream_title)  # fmt: skip

        self.docs.change(course_id, edit)
        self._audit(
            "course_update_taken",
            f"lesson {lesson_id} of course {course_id}: update from the original {state}",
            "",
        )
        return {**result, "state": state, "body": body, "title": title}


    def _take_new(self, course_id: str, update: adapted.Update, use: str | None,
                  text: str | None, result: dict[str, Any]) -> dict[str, Any]:  # fmt: skip
        """A lesson added to the original: added here (its text, or ``text``), or with
        ``use`` "mine" turned down; either way it is no longer listed."""
        state = "kept" if use == "mine" else "combined" if text is not None else "taken"
        body = update.upstream_body if text is None else text

        def edit(tx: Tx) -> str:
            adapted.mark_known(tx, update.upstream)
            if state == "kept":
                return ""
            module_id = adapted.module_from(tx, update.module, update.module_title)
            lesson_id = course.add_lesson(tx, module_id, update.upstream_title, body)
            adapted.set_base(tx, lesson_id, update.upstream, update.upstream_body,
                             update.upstream_title)  # fmt: skip
            course.mark_edited(tx, lesson_id, self.courses.me.node_id,
                               dt.date.today().isoformat())  # fmt: skip
            return lesson_id

        lesson_id = str(self.docs.change(course_id, edit))
        self._audit(
            "course_update_taken",
            f"new lesson {update.upstream} of the original of course {course_id}: {state}",
            "",
        )
        return {**result, "state": state, "added": lesson_id, "body": body if lesson_id else "",
                "title": update.upstream_title if lesson_id else ""}  # fmt: skip


def _base_title(state: dict[str, Any], lesson_id: str) -> str:
    link = adapted.links(state).get(lesson_id)
    return link.title if link else ""


def _entry(u: adapted.Update) -> dict[str, Any]:
    return {
        "lesson": u.lesson,
        "upstream_lesson": u.upstream,
        "title": u.title,
        "upstream_title": u.upstream_title,
        "edited_here": u.edited_here,
        "new": u.new,
        "body": u.body,
        "upstream_body": u.upstream_body,
    }
