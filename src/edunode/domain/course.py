"""The course document: metadata, maintainers, modules and lessons.

Modules and lessons are maps keyed by a random ID with a ``position`` number, so that a
reorder is one small change that merges (last writer wins) rather than a delete and a copy
that would lose a lesson body's history. Lesson bodies are Automerge text with one element
per character, so concurrent edits of one lesson merge per character.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from edunode import crdt, identity
from edunode.domain import validate
from edunode.domain.meta import random_id
from edunode.errors import NotFoundError, ValidationError

FIELDS = ("title", "subject", "level", "language", "summary")
MAX_BODY = 200_000


def clean_fields(**fields: str | None) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in fields.items():
        if value is None:
            continue
        if key == "title":
            out[key] = validate.text(value, "course title", required=True)
        elif key == "language":
            out[key] = validate.language(value)
        elif key == "summary":
            out[key] = validate.text(value, "summary", limit=2000)
        elif key in ("subject", "level"):
            out[key] = validate.text(value, key, limit=100)
        else:
            raise ValidationError(f"a course has no field '{key}'")
    return out


def create(tx: crdt.Transaction, fields: dict[str, str]) -> None:
    for key in FIELDS:
        crdt.put(tx, crdt.ROOT, key, fields.get(key, ""))
    tx.put_object(crdt.ROOT, "maintainers", crdt.O.Map)  # the owning school is implicit
    tx.put_object(crdt.ROOT, "modules", crdt.O.Map)


def add_maintainer(
    tx: crdt.Transaction, course_id: str, school_id: str, signer: identity.NodeIdentity
) -> None:
    """Let another school maintain this course (the first grant, round 0): a grant signed
    by a member of the owner. Later rounds: :func:`change_maintainer`."""
    maintainers = crdt.get_obj(tx, crdt.ROOT, "maintainers")
    if maintainers is None:
        maintainers = tx.put_object(crdt.ROOT, "maintainers", crdt.O.Map)
    sig = signer.sign(identity.maintainer_message(course_id, school_id))
    crdt.put_map(tx, maintainers, school_id, {"by": signer.public_key, "sig": sig})


# Maintenance moves in rounds per school: round 0 is the plain grant above (stored under the
# school's ID); every later grant or revocation is stored under ``<school ID>/<round>``,
# signed by a member of the owning school. A school maintains the course when its latest
# valid round is a grant. Entries are never rewritten or dropped (``verify_batch`` refuses a
# batch that would), so every PC reads the same rounds. A revocation carries a cut-off: for
# each PC of the revoked school, the seq of its last change to the course the owner held.
_KEY_SEQ = 36  # a cut-off record: the node key (32 bytes) and its last accepted seq (4)


@dataclass(frozen=True)
class Maintenance:
    key: str  # the map key
    school: str
    round: int
    action: str  # "grant" or "revoke"
    by: bytes
    cutoff: bytes = b""


def encode_key_cutoff(cutoff: Mapping[bytes, int]) -> bytes:
    return b"".join(sorted(k + int(seq).to_bytes(4, "big") for k, seq in cutoff.items()))


def decode_key_cutoff(blob: bytes) -> dict[bytes, int]:
    return {
        blob[i : i + 32]: int.from_bytes(blob[i + 32 : i + _KEY_SEQ], "big")
        for i in range(0, len(blob) - len(blob) % _KEY_SEQ, _KEY_SEQ)
    }


def change_maintainer(
    tx: crdt.Transaction,
    course_id: str,
    school_id: str,
    signer: identity.NodeIdentity,
    action: str,
    round_: int,
    cutoff: Mapping[bytes, int] | None = None,
) -> None:
    """Write round ``round_`` (≥ 1) of a school's maintenance: a grant or a revocation."""
    if action not in ("grant", "revoke") or round_ < 1:
        raise ValueError("a maintenance round is a grant or a revocation, numbered from 1")
    maintainers = crdt.get_obj(tx, crdt.ROOT, "maintainers")
    if maintainers is None:
        maintainers = tx.put_object(crdt.ROOT, "maintainers", crdt.O.Map)
    blob = encode_key_cutoff(cutoff or {}) if action == "revoke" else b""
    message = identity.maintainer_change_message(course_id, school_id, action, round_, blob)
    crdt.put_map(tx, maintainers, f"{school_id}/{round_}", {
        "action": action, "by": signer.public_key, "sig": signer.sign(message), "cutoff": blob,
    })  # fmt: skip


def maintenance(
    course_id: str, state: Mapping[str, crdt.Plain], owner_members: set[bytes]
) -> list[Maintenance]:
    """The valid rounds of every school's maintenance, signed by a member of the owner."""
    raw = state.get("maintainers")
    out: list[Maintenance] = []
    for key, entry in raw.items() if isinstance(raw, dict) else ():
        if not isinstance(entry, dict):
            continue
        by, sig = entry.get("by"), entry.get("sig")
        if not (isinstance(by, bytes) and isinstance(sig, bytes) and by in owner_members):
            continue
        school_id, _, number = str(key).partition("/")
        if not number:  # round 0: the plain grant
            if identity.verify_signature(by, identity.maintainer_message(course_id, school_id),
                                         sig):  # fmt: skip
                out.append(Maintenance(str(key), school_id, 0, "grant", by))
            continue
        action, blob = entry.get("action"), entry.get("cutoff", b"")
        if not number.isdigit() or action not in ("grant", "revoke") or not isinstance(blob, bytes):
            continue
        round_ = int(number)
        if not 1 <= round_ < 1 << 31 or len(blob) % _KEY_SEQ or (action == "grant" and blob):
            continue
        message = identity.maintainer_change_message(course_id, school_id, str(action), round_,
                                                     blob)  # fmt: skip
        if identity.verify_signature(by, message, sig):
            out.append(Maintenance(str(key), school_id, round_, str(action), by, blob))
    return out


def _latest(entries: list[Maintenance]) -> dict[str, Maintenance]:
    latest: dict[str, Maintenance] = {}
    for e in entries:
        held = latest.get(e.school)
        # within one round, a revocation wins (the safer reading of two admins at once)
        if held is None or (e.round, e.action == "revoke") > (held.round, held.action == "revoke"):
            latest[e.school] = e
    return latest


def maintainer_schools(
    course_id: str, state: Mapping[str, crdt.Plain], owner_members: set[bytes]
) -> set[str]:
    """Schools whose latest valid round of maintenance is a grant."""
    latest = _latest(maintenance(course_id, state, owner_members))
    return {school for school, e in latest.items() if e.action == "grant"}


def revocations(
    course_id: str, state: Mapping[str, crdt.Plain], owner_members: set[bytes]
) -> list[Maintenance]:
    """The latest round of each school no longer maintaining the course, when revoked."""
    latest = _latest(maintenance(course_id, state, owner_members))
    return [e for e in latest.values() if e.action == "revoke"]


def next_round(state: Mapping[str, crdt.Plain], school_id: str) -> int:
    """The number for a school's next round of maintenance (any entry counts, valid or not:
    an entry is never rewritten)."""
    raw = state.get("maintainers")
    rounds = [0]
    for key in raw if isinstance(raw, dict) else ():
        school, _, number = str(key).partition("/")
        if school == school_id:
            rounds.append(int(number) if number.isdigit() else 0)
    return max(rounds) + 1


def update(tx: crdt.Transaction, fields: dict[str, str]) -> None:
    for key, value in fields.items():
        crdt.put(tx, crdt.ROOT, key, value)


def _modules(tx: crdt.Transaction) -> bytes:
    obj = crdt.get_obj(tx, crdt.ROOT, "modules")
    if obj is None:
        raise ValidationError("this course document has no modules")
    return obj


def _next_position(tx: crdt.Transaction, obj: bytes) -> float:
    positions = []
    for key in tx.keys(obj):
        child = crdt.get_obj(tx, obj, key)
        pos = crdt.get_value(tx, child, "position") if child else None
        if isinstance(pos, (int, float)):
            positions.append(float(pos))
    return max(positions, default=0.0) + 1.0


def find_module(tx: crdt.Transaction, title: str) -> str | None:
    modules = _modules(tx)
    wanted = title.strip().casefold()
    for key in tx.keys(modules):
        child = crdt.get_obj(tx, modules, key)
        if child and str(crdt.get_value(tx, child, "title") or "").casefold() == wanted:
            return str(key)
    return None


def add_module(tx: crdt.Transaction, title: str) -> str:
    title = validate.text(title, "module title", required=True)
    modules = _modules(tx)
    module_id = random_id()
    obj = crdt.put_map(
        tx, modules, module_id, {"title": title, "position": _next_position(tx, modules)}
    )
    tx.put_object(obj, "lessons", crdt.O.Map)
    return module_id


def _module(tx: crdt.Transaction, module_id: str) -> bytes:
    obj = crdt.get_obj(tx, _modules(tx), module_id)
    if obj is None:
        raise NotFoundError(f"there is no module {module_id} in this course")
    return obj


def _lesson(tx: crdt.Transaction, lesson_id: str) -> bytes:
    modules = _modules(tx)
    for key in tx.keys(modules):
        lessons = crdt.get_obj(tx, crdt.get_obj(tx, modules, key) or b"", "lessons")
        if lessons:
            obj = crdt.get_obj(tx, lessons, lesson_id)
            if obj is not None:
                return obj
    raise NotFoundError(f"there is no lesson {lesson_id} in this course")


module_obj = _module  # for domain/adapted.py, which notes where a module and lesson came from
lesson_obj = _lesson


def add_lesson(tx: crdt.Transaction, module_id: str, title: str, body: str = "") -> str:
    title = validate.text(title, "lesson title", required=True)
    check_body(body)
    lessons = crdt.get_obj(tx, _module(tx, module_id), "lessons")
    assert lessons is not None
    lesson_id = random_id()
    obj = crdt.put_map(
        tx, lessons, lesson_id, {"title": title, "position": _next_position(tx, lessons)}
    )
    crdt.new_text(tx, obj, "body", body)
    return lesson_id


def check_body(body: str) -> str:
    if len(body) > MAX_BODY:
        raise ValidationError(
            f"the lesson text is too long ({len(body)} characters, at most {MAX_BODY})"
        )
    return body


def set_lesson_body(tx: crdt.Transaction, lesson_id: str, body: str) -> None:
    check_body(body)
    lesson = _lesson(tx, lesson_id)
    text = crdt.get_obj(tx, lesson, "body")
    if text is None:
        crdt.new_text(tx, lesson, "body", body)
    else:
        crdt.splice_text(tx, text, tx.text(text), body)


def mark_edited(tx: crdt.Transaction, lesson_id: str, node_id: str, day: str) -> None:
    """Note which PC last changed a lesson, and on which day (shown in the course editor,
    so co-maintaining schools see who wrote what). Written only when it changes."""
    lesson = _lesson(tx, lesson_id)
    for key, value in (("edited_by", node_id), ("edited_on", day)):
        if crdt.get_value(tx, lesson, key) != value:
            crdt.put(tx, lesson, key, value)


def rename(tx: crdt.Transaction, item_id: str, title: str, *, lesson: bool) -> None:
    title = validate.text(title, "lesson title" if lesson else "module title", required=True)
    obj = _lesson(tx, item_id) if lesson else _module(tx, item_id)
    crdt.put(tx, obj, "title", title)


def move(tx: crdt.Transaction, item_id: str, position: float, *, lesson: bool) -> None:
    obj = _lesson(tx, item_id) if lesson else _module(tx, item_id)
    crdt.put(tx, obj, "position", float(position))


def delete(tx: crdt.Transaction, item_id: str, *, lesson: bool) -> None:
    modules = _modules(tx)
    if not lesson:
        _module(tx, item_id)
        tx.delete(modules, item_id)
        return
    for key in tx.keys(modules):
        lessons = crdt.get_obj(tx, crdt.get_obj(tx, modules, key) or b"", "lessons")
        if lessons and crdt.get_obj(tx, lessons, item_id) is not None:
            tx.delete(lessons, item_id)
            return
    raise NotFoundError(f"there is no lesson {item_id} in this course")


def _position(value: crdt.Plain) -> float:
    """A module's or lesson's position: ``float(value or 0)``, which raises TypeError for a
    map, a list or a timestamp (and ValueError for a string that is not a number)."""
    if isinstance(value, (dict, list, datetime)):
        if value:
            raise TypeError(f"a position must be a number, not {type(value).__name__}")
        return 0.0
    return float(value or 0)


def _ordered(items: crdt.Plain) -> list[tuple[str, dict[str, crdt.Plain]]]:
    if not isinstance(items, dict):
        return []
    pairs = [(k, v) for k, v in items.items() if isinstance(v, dict)]
    return sorted(pairs, key=lambda kv: (_position(kv[1].get("position")), kv[0]))


def view(state: Mapping[str, crdt.Plain]) -> dict[str, Any]:
    """A plain, ordered view of a course for readers (CLI, UI, projections)."""
    modules = []
    for module_id, module in _ordered(state.get("modules")):
        lessons = [
            {
                "id": lesson_id,
                "title": str(lesson.get("title", "")),
                "body": str(lesson.get("body", "")),
                "position": _position(lesson.get("position")),
                "edited_by": str(lesson.get("edited_by", "")),
                "edited_on": str(lesson.get("edited_on", "")),
            }
            for lesson_id, lesson in _ordered(module.get("lessons"))
        ]
        modules.append(
            {
                "id": module_id,
                "title": str(module.get("title", "")),
                "position": _position(module.get("position")),
                "lessons": lessons,
            }
        )
    return {
        **{key: str(state.get(key) or "") for key in FIELDS},
        "maintainers": _unchecked_maintainers(state),
        "modules": modules,
    }


def _unchecked_maintainers(state: Mapping[str, crdt.Plain]) -> list[str]:
    """For the course list: schools whose latest round is a grant, signatures unchecked
    (``Courses.view`` and the writers rule check them)."""
    raw = state.get("maintainers")
    latest: dict[str, tuple[int, bool]] = {}
    for key, entry in raw.items() if isinstance(raw, dict) else ():
        school, _, number = str(key).partition("/")
        if number and not number.isdigit():
            continue
        revoke = isinstance(entry, dict) and entry.get("action") == "revoke"
        mark = (int(number) if number else 0, revoke)
        if school not in latest or mark > latest[school]:
            latest[school] = mark
    return sorted(school for school, (_, revoke) in latest.items() if not revoke)


# What a course change did, told from the map keys it writes (``crdt.columns.map_keys``).
_DETAILS = frozenset({"subject", "level", "language", "summary"})
_MAINTAINERS = frozenset({"by", "sig", "action", "cutoff"})


def activity(keys: frozenset[str]) -> list[str]:
    """The parts of a course some changes wrote: ``details`` (subject, level, language,
    summary), ``maintainers`` (a grant), ``lessons`` (modules and lessons added, renamed,
    moved, deleted, their text edited — text edits write no map key)."""
    found = []
    if keys & _DETAILS:
        found.append("details")
    if keys & _MAINTAINERS:
        found.append("maintainers")
    if not found or keys - _DETAILS - _MAINTAINERS - {"title"}:
        found.append("lessons")
    return found
