"""The learner document: identity fields, enrolments, progress, results, attendance, notes,
and the learner's own plan (a pace per course, and goals).

Collections are maps keyed by something that makes concurrent writes merge sensibly:
enrolments by course ID, progress by lesson ID (minutes are an Automerge counter, so time
recorded on two PCs adds up), results by a random ID, attendance by date, plans by course
ID, goals by a short random key (each field its own key, so marking one goal done on one PC
and rewording it on another both stay).
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from typing import Any

from edunode import crdt
from edunode.domain import validate
from edunode.domain.meta import random_id
from edunode.errors import ValidationError

ENROLMENT_STATES = ("active", "completed", "withdrawn")


def clean_profile(
    name: str | None = None,
    birth_year: int | None = None,
    guardian: str | None = None,
    *,
    creating: bool = False,
) -> dict[str, object]:
    out: dict[str, object] = {}
    if name is not None or creating:
        out["name"] = validate.text(name, "learner's name", required=True)
    if birth_year is not None:
        out["birth_year"] = validate.birth_year(birth_year)
    if guardian is not None:
        out["guardian"] = validate.text(guardian, "guardian contact", limit=300)
    return out


def create(tx: crdt.Transaction, profile: dict[str, object], notes: str = "") -> None:
    crdt.put(tx, crdt.ROOT, "name", profile["name"])
    crdt.put(tx, crdt.ROOT, "birth_year", profile.get("birth_year"))
    crdt.put(tx, crdt.ROOT, "guardian", profile.get("guardian", ""))
    crdt.new_text(tx, crdt.ROOT, "notes", notes)
    for key in ("enrolments", "progress", "results", "attendance", "plans", "goals"):
        tx.put_object(crdt.ROOT, key, crdt.O.Map)
    tx.put_object(crdt.ROOT, "transfers", crdt.O.List)


def update_profile(tx: crdt.Transaction, profile: dict[str, object]) -> None:
    for key, value in profile.items():
        crdt.put(tx, crdt.ROOT, key, value)


def set_notes(tx: crdt.Transaction, notes: str) -> None:
    if len(notes) > 20_000:
        raise ValidationError("the notes are too long (at most 20,000 characters)")
    obj = crdt.get_obj(tx, crdt.ROOT, "notes")
    if obj is None:
        crdt.new_text(tx, crdt.ROOT, "notes", notes)
    else:
        crdt.splice_text(tx, obj, tx.text(obj), notes)


def _map(tx: crdt.Transaction, key: str) -> bytes:
    obj = crdt.get_obj(tx, crdt.ROOT, key)
    if obj is None:
        obj = tx.put_object(crdt.ROOT, key, crdt.O.Map)
    return obj


def enrol(tx: crdt.Transaction, course_id: str, date: str) -> None:
    enrolments = _map(tx, "enrolments")
    existing = crdt.get_obj(tx, enrolments, course_id)
    if existing is not None and crdt.get_value(tx, existing, "status") == "active":
        raise ValidationError("this learner is already enrolled in that course")
    crdt.put_map(tx, enrolments, course_id, {"date": date, "status": "active"})


def set_enrolment_status(tx: crdt.Transaction, course_id: str, status: str) -> None:
    if status not in ENROLMENT_STATES:
        raise ValidationError(f"an enrolment is one of: {', '.join(ENROLMENT_STATES)}")
    entry = crdt.get_obj(tx, _map(tx, "enrolments"), course_id)
    if entry is None:
        raise ValidationError("this learner is not enrolled in that course")
    crdt.put(tx, entry, "status", status)


def is_enrolled(tx: crdt.Transaction, course_id: str) -> bool:
    entry = crdt.get_obj(tx, _map(tx, "enrolments"), course_id)
    return entry is not None and crdt.get_value(tx, entry, "status") in ("active", "completed")


def record_progress(
    tx: crdt.Transaction,
    lesson_id: str,
    course_id: str,
    minutes: int,
    date: str,
    completed: bool,
    writer: str,
) -> None:
    """Mark a lesson done (or not) and add time spent.

    Minutes are kept per writing node (``minutes_by``) and summed on reading, so time
    recorded for one learner on two PCs at once adds up instead of one overwriting the
    other. (Automerge counters would do this, but automerge 1.0.0rc1 panics on them.)
    """
    progress = _map(tx, "progress")
    entry = crdt.get_obj(tx, progress, lesson_id)
    if entry is None:
        entry = crdt.put_map(tx, progress, lesson_id, {"course": course_id})
    crdt.put(tx, entry, "completed", completed)
    crdt.put(tx, entry, "date", date)
    if minutes:
        by = crdt.get_obj(tx, entry, "minutes_by")
        if by is None:
            by = tx.put_object(entry, "minutes_by", crdt.O.Map)
        before = crdt.get_value(tx, by, writer)
        crdt.put(tx, by, writer, (before if isinstance(before, int) else 0) + minutes)


def _minutes(entry: Mapping[str, crdt.Plain]) -> int:
    by = entry.get("minutes_by")
    if not isinstance(by, dict):
        return 0
    return sum(v for v in by.values() if isinstance(v, int) and not isinstance(v, bool))


def record_result(
    tx: crdt.Transaction, course_id: str, title: str, score: float, max_score: float, date: str
) -> str:
    result_id = random_id()
    crdt.put_map(
        tx,
        _map(tx, "results"),
        result_id,
        {"course": course_id, "title": title, "score": score, "max": max_score, "date": date},
    )
    return result_id


def record_attendance(tx: crdt.Transaction, date: str, present: bool) -> None:
    crdt.put_map(tx, _map(tx, "attendance"), date, {"present": present})


def set_plan(tx: crdt.Transaction, course_id: str, pace: int, date: str) -> None:
    if not is_enrolled(tx, course_id):
        raise ValidationError("this learner is not enrolled in that course")
    plans = _map(tx, "plans")
    entry = crdt.get_obj(tx, plans, course_id)
    if entry is None:
        crdt.put_map(tx, plans, course_id, {"pace": pace, "date": date})
    else:
        crdt.put(tx, entry, "pace", pace)
        crdt.put(tx, entry, "date", date)


def add_goal(tx: crdt.Transaction, text: str, course_id: str, by: str, date: str) -> str:
    """A new goal under a short key (six hex digits: a teacher types ``LEARNER_ID/KEY``)."""
    goals = _map(tx, "goals")
    key = secrets.token_hex(3)
    while crdt.get_obj(tx, goals, key) is not None:
        key = secrets.token_hex(3)
    crdt.put_map(
        tx,
        goals,
        key,
        {"text": text, "course": course_id, "by": by, "done": False, "date": date, "done_on": ""},
    )
    return key


def put_goal(tx: crdt.Transaction, key: str, fields: Mapping[str, object]) -> None:
    """A goal under a given key (a record bundle's import keeps the learner's goal IDs)."""
    crdt.put_map(tx, _map(tx, "goals"), key, fields)


def update_goal(tx: crdt.Transaction, goal: str, fields: Mapping[str, object]) -> None:
    entry = crdt.get_obj(tx, _map(tx, "goals"), goal)
    if entry is None:
        raise ValidationError(f"this learner has no goal {goal}")
    for key, value in fields.items():
        crdt.put(tx, entry, key, value)


def _num(value: crdt.Plain) -> float:
    """A number from a document value; anything else (a hostile or damaged value) is 0."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return 0.0
    return float(value) if value == value and abs(value) != float("inf") else 0.0


def _text(value: crdt.Plain, limit: int = 200) -> str:
    return value[:limit] if isinstance(value, str) else ""


PROFILE = ("name", "birth_year", "guardian")


def read_part(doc: crdt.Readable, collections: frozenset[str]) -> dict[str, crdt.Plain]:
    """The profile fields, the enrolments and the named collections only (a partial state)."""
    state: dict[str, crdt.Plain] = {key: crdt.get_value(doc, crdt.ROOT, key) for key in PROFILE}
    for key in {"enrolments", *collections}:
        obj = crdt.get_obj(doc, crdt.ROOT, key)
        if obj is not None:
            state[key] = crdt.read(doc, obj)
    return state


def view(state: Mapping[str, crdt.Plain]) -> dict[str, Any]:
    """A plain view of a learner for readers (CLI, UI, projections, bundles)."""

    def entries(key: str) -> list[tuple[str, dict[str, crdt.Plain]]]:
        raw = state.get(key)
        return (
            sorted((k, v) for k, v in raw.items() if isinstance(v, dict))
            if isinstance(raw, dict)
            else []
        )

    birth = state.get("birth_year")
    return {
        "name": _text(state.get("name")),
        "birth_year": birth if isinstance(birth, int) and not isinstance(birth, bool) else None,
        "guardian": str(state.get("guardian") or ""),
        "notes": str(state.get("notes") or ""),
        "enrolments": [
            {"course": k, "date": str(v.get("date", "")), "status": str(v.get("status", "active"))}
            for k, v in entries("enrolments")
        ],
        "progress": [
            {
                "lesson": k,
                "course": str(v.get("course", "")),
                "completed": bool(v.get("completed")),
                "minutes": _minutes(v),
                "date": str(v.get("date", "")),
            }
            for k, v in entries("progress")
        ],
        "results": sorted(
            (
                {
                    "id": k,
                    "course": str(v.get("course", "")),
                    "title": str(v.get("title", "")),
                    "score": _num(v.get("score")),
                    "max": _num(v.get("max")),
                    "date": str(v.get("date", "")),
                }
                for k, v in entries("results")
            ),
            key=lambda r: (r["date"], r["title"], r["id"]),
        ),
        "attendance": [
            {"date": k, "present": bool(v.get("present"))} for k, v in entries("attendance")
        ],
        "plans": [
            {"course": k, "pace": _pace(v.get("pace")), "date": _text(v.get("date"), 10)}
            for k, v in entries("plans")
        ],
        "goals": [
            {
                "goal": k,
                "text": _text(v.get("text"), 300),
                "course": _text(v.get("course"), 64),
                "by": _text(v.get("by"), 10),
                "done": bool(v.get("done")),
                "done_on": _text(v.get("done_on"), 10),
                "date": _text(v.get("date"), 10),
            }
            for k, v in sorted(entries("goals"), key=lambda kv: (str(kv[1].get("date", "")), kv[0]))
        ],
    }


def _pace(value: crdt.Plain) -> int:
    """A stored pace, kept to the allowed range whatever another PC wrote."""
    if isinstance(value, bool) or not isinstance(value, int):
        return 1
    return max(1, min(50, value))


# What a learner change did, told from the map keys it writes (``crdt.columns.map_keys``),
# for the activity feed: the first match names it.
_ACTIVITY = (
    ("result", frozenset({"score", "max"})),
    ("attendance", frozenset({"present"})),
    ("progress", frozenset({"completed", "minutes"})),
    ("enrolment", frozenset({"status"})),
    ("profile", frozenset({"name", "birth_year", "guardian"})),
)


def activity(keys: frozenset[str]) -> list[str]:
    """The kinds of record some learner changes wrote (``result``, ``attendance``,
    ``progress``, ``enrolment``, ``profile``), from the map keys they wrote; ``record``
    when none of them (notes, a transfer)."""
    found = [name for name, marks in _ACTIVITY if keys & marks]
    return found or ["record"]
