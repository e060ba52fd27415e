"""Adapted courses (issue 14 item 2): a course of this school made from another course.

The new course is a document of its own: its modules and lessons are copies, so nothing a
teacher does to the original ever changes it. Its root keeps an ``adapted_from`` map (the
original's course ID, school, title and the heads that were copied), and each copied lesson
an ``upstream`` map: the original lesson's ID, the SHA-256 of the text it was based on and
the title it was based on. From these alone any PC tells, per lesson, whether the original
changed since (its text or title differs from the base) and whether this course's lesson was
edited since (its own text or title differs from the base). Taking an update moves the base.
``adapted_from.known`` maps every original lesson this course has seen (copied, taken or
turned down) to true, so a lesson added to the original later is listed as new (a map, not
a list: two PCs taking two new lessons at once both count).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from edunode import crdt
from edunode.domain import course


def text_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Source:
    course: str
    school: str
    title: str
    heads: tuple[str, ...]  # hex
    on: str  # the day it was adapted


@dataclass(frozen=True)
class Link:
    lesson: str  # the original lesson's ID
    base: str  # SHA-256 (hex) of the original's text when last copied or taken
    title: str  # the original's title then


def copy(tx: crdt.Transaction, original: Mapping[str, Any], source: Source) -> dict[str, str]:
    """Copy the modules and lessons of ``original`` (a :func:`course.view`) into a new
    course made by :func:`course.create`, and record where they came from. Returns the new
    lesson IDs by original lesson ID."""
    known = {le["id"]: True for m in original["modules"] for le in m["lessons"]}
    crdt.put_map(tx, crdt.ROOT, "adapted_from", {
        "course": source.course, "school": source.school, "title": source.title,
        "heads": ",".join(source.heads), "on": source.on, "known": known,
    })  # fmt: skip
    lessons: dict[str, str] = {}
    for module in original["modules"]:
        module_id = course.add_module(tx, module["title"])
        crdt.put(tx, course.module_obj(tx, module_id), "upstream", module["id"])
        for lesson in module["lessons"]:
            lesson_id = course.add_lesson(tx, module_id, lesson["title"], lesson["body"])
            set_base(tx, lesson_id, lesson["id"], lesson["body"], lesson["title"])
            lessons[lesson["id"]] = lesson_id
    return lessons


def set_base(tx: crdt.Transaction, lesson_id: str, upstream: str, body: str, title: str) -> None:
    """Note the original lesson and the text (and title) this lesson is now based on."""
    obj = course.lesson_obj(tx, lesson_id)
    crdt.put_map(tx, obj, "upstream", {"lesson": upstream, "base": text_hash(body),
                                       "title": title})  # fmt: skip


def mark_known(tx: crdt.Transaction, upstream: str) -> None:
    """Note that this course has seen the original's lesson ``upstream`` (taken or not)."""
    record = crdt.get_obj(tx, crdt.ROOT, "adapted_from")
    if record is None:
        return
    known = crdt.get_obj(tx, record, "known")
    if known is None:
        known = tx.put_object(record, "known", crdt.O.Map)
    crdt.put(tx, known, upstream, True)


def module_from(tx: crdt.Transaction, upstream: str, title: str) -> str:
    """This course's module that came from the original's module ``upstream``; else one
    with the same title; else a new one (noted as coming from it)."""
    modules = crdt.get_obj(tx, crdt.ROOT, "modules") or b""
    for key in tx.keys(modules) if modules else ():
        child = crdt.get_obj(tx, modules, key)
        if child is not None and crdt.get_value(tx, child, "upstream") == upstream:
            return str(key)
    found = course.find_module(tx, title)
    if found is not None:
        return found
    module_id = course.add_module(tx, title)
    crdt.put(tx, course.module_obj(tx, module_id), "upstream", upstream)
    return module_id


def known(state: Mapping[str, crdt.Plain]) -> set[str]:
    raw = state.get("adapted_from")
    seen = raw.get("known") if isinstance(raw, dict) else None
    return {str(k) for k in seen} if isinstance(seen, dict) else set()


def source(state: Mapping[str, crdt.Plain]) -> Source | None:
    raw = state.get("adapted_from")
    if not isinstance(raw, dict) or not isinstance(raw.get("course"), str):
        return None
    heads = str(raw.get("heads") or "")
    return Source(
        course=str(raw["course"]),
        school=str(raw.get("school") or ""),
        title=str(raw.get("title") or ""),
        heads=tuple(h for h in heads.split(",") if h),
        on=str(raw.get("on") or ""),
    )


def links(state: Mapping[str, crdt.Plain]) -> dict[str, Link]:
    """Each adapted lesson's link to its original lesson, by this course's lesson ID."""
    out: dict[str, Link] = {}
    modules = state.get("modules")
    for module in modules.values() if isinstance(modules, dict) else ():
        lessons = module.get("lessons") if isinstance(module, dict) else None
        for lesson_id, lesson in lessons.items() if isinstance(lessons, dict) else ():
            up = lesson.get("upstream") if isinstance(lesson, dict) else None
            if isinstance(up, dict) and isinstance(up.get("lesson"), str):
                out[lesson_id] = Link(str(up["lesson"]), str(up.get("base") or ""),
                                      str(up.get("title") or ""))  # fmt: skip
    return out


@dataclass(frozen=True)
class Update:
    lesson: str  # this course's lesson
    upstream: str  # the original's lesson
    title: str  # this course's title of it
    upstream_title: str
    body: str  # this course's text
    upstream_body: str
    edited_here: bool  # changed in this course since the base
    new: bool = False  # added to the original since: ``lesson`` is the original's ID
    module: str = ""  # for a new lesson: the original's module and its title
    module_title: str = ""


def updates(mine: Mapping[str, Any], original: Mapping[str, Any],
            linked: Mapping[str, Link], seen: set[str]) -> list[Update]:  # fmt: skip
    """The lessons of ``mine`` (a course view) whose original lesson in ``original`` (a
    course view) changed since the base, in this course's order; then the original's
    lessons this course has never seen, in the original's order. A lesson gone from the
    original has nothing to take and is not listed."""
    theirs = {le["id"]: le for m in original["modules"] for le in m["lessons"]}
    found = []
    for module in mine["modules"]:
        for lesson in module["lessons"]:
            link = linked.get(lesson["id"])
            up = theirs.get(link.lesson) if link else None
            if link is None or up is None:
                continue
            if text_hash(up["body"]) == link.base and up["title"] == link.title:
                continue
            edited = (text_hash(lesson["body"]) != link.base or lesson["title"] != link.title) and (
                (lesson["body"], lesson["title"]) != (up["body"], up["title"])
            )  # the same edit made on both sides is no choice to make
            found.append(Update(lesson["id"], link.lesson, lesson["title"], up["title"],
                                lesson["body"], up["body"], edited))  # fmt: skip
    taken = seen | {link.lesson for link in linked.values()}
    for module in original["modules"]:
        for up in module["lessons"]:
            if up["id"] not in taken:
                found.append(Update(up["id"], up["id"], "", up["title"], "", up["body"], False,
                                    True, module["id"], module["title"]))  # fmt: skip
    return found
