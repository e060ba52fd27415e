"""Importing a verified bundle at the new school (admin PIN), in one store transaction."""

from __future__ import annotations

import os
import re
import secrets
from pathlib import Path
from typing import TYPE_CHECKING, Any

from edunode.domain import learner as learner_domain
from edunode.domain import plan as plan_domain
from edunode.domain import validate
from edunode.domain.verify import verify_batch
from edunode.errors import BundleError, RejectedChanges, ValidationError
from edunode.files import private as privacy
from edunode.files.atomic import WriteRefused, write_atomic
from edunode.identity import short_id
from edunode.progress import CancelCheck, Progress, checkpoint, report

if TYPE_CHECKING:
    from edunode.service.node import Node
from edunode.bundle.file import SUFFIX, TRANSFERS, Checked, _read, parse
from edunode.bundle.verify import describe, verify


def import_bundle(
    node: Node,
    path: Path,
    pin: str | None,
    *,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> dict[str, Any]:
    """Verify the bundle at ``path`` and make the learner in this school (admin PIN).

    Everything the import stores — the bundle's school and course documents, the new
    learner and the kept bundle — goes in one store transaction after the last check: a
    refused import leaves the store as it was (nothing planted to sync on to peers).

    ``progress(done, total)`` counts the bundle's documents (verified, then each stored)
    and the new learner; ``cancel`` is consulted between them, inside the one transaction,
    and last just before its commit: a stop rolls back everything."""
    node.check_admin_pin(pin)
    raw = _read(path)
    checked = verify(parse(raw))
    steps = len(checked.documents) + 1  # the documents kept, then the new learner
    what = "importing the record bundle"
    report(progress, 0, steps)
    if checked.school_id == node.school_id:
        raise BundleError(
            f"{checked.record['name']} is already a learner of this school: nothing to import"
        )
    if not node.school_id:
        raise BundleError("this PC has no school yet: join or found one first")
    home = node.paths.home
    archive = home / TRANSFERS / f"{checked.digest[:32]}{SUFFIX}"
    if archive.exists():
        raise BundleError(f"this bundle was imported before ({archive.name})")
    origin = f"bundle:{checked.digest[:16]}"
    kept = False
    try:
        with node.batch():  # one transaction; any refusal below rolls it all back
            for n, (doc_id, changes, sigs) in enumerate(checked.documents[:-1]):
                checkpoint(cancel, n, steps, what)  # verified community documents first:
                node.receive_changes(doc_id, changes, sigs, origin)  # records refer to them
                report(progress, n + 1, steps)
            _check_against_what_we_know(node, checked)
            report(progress, steps - 1, steps)
            checkpoint(cancel, steps - 1, steps, what)
            learner_id = _make_learner(node, checked)
            checkpoint(cancel, steps - 1, steps, what)  # the last point before the commit
            _write_archive(home, archive, raw)  # last, so only a commit can follow it
            kept = True
    except BaseException:
        if kept:  # the commit itself failed: the bundle was not imported after all
            archive.unlink(missing_ok=True)
        raise
    report(progress, steps, steps)
    node.audit(
        "bundle_import",
        f"{checked.record['name']} transferred from {checked.school_name} by record bundle "
        f"{checked.digest[:12]}; new learner {learner_id}",
    )
    return {**describe(checked), "id": learner_id, "archive": str(archive)}


def _check_against_what_we_know(node: Node, checked: Checked) -> None:
    """``verify`` judged the bundle by the school document it carries. This PC may know that
    school's document better (a community peer gets every update): a PC removed from the
    school — a stolen laptop — can't have signed the credential or written the record."""
    if checked.issuer_key not in node.docs.school_members(checked.school_id):
        raise BundleError(
            f"the bundle was signed by a PC that {checked.school_name} no longer counts as its "
            "own (removed from the school): ask the school for a new bundle"
        )
    doc_id, changes, sigs = checked.documents[-1]
    try:
        verify_batch(
            doc_id, None, None, changes, sigs, node.docs.writers,
            actor=node.public_key, members_of=node.docs.school_members,
            removed=node.docs.removal_records, cutoffs=node.docs.cutoffs,
            vouched=node.docs.vouched,
        )  # fmt: skip
    except RejectedChanges as exc:
        raise BundleError(
            f"the record does not check out against what this PC knows of "
            f"{checked.school_name}: {exc}"
        ) from None


def _make_learner(node: Node, checked: Checked) -> str:
    """The new learner and every record this school can hold, in one transaction."""
    record = checked.record
    with node.batch():
        held = {c for c in checked.courses if node.docs.maybe(c) is not None}
        note = (
            f"Transferred from {checked.school_name} with a verified record bundle "
            f"({str(checked.credential['validFrom'])[:10]}, {checked.digest[:12]})."
        )
        skipped = sorted({r["course"] for r in record["results"]} - held)
        if skipped:
            titles = ", ".join(checked.courses.get(c, "") or c for c in skipped)
            note += f" Results of courses not held here, kept in the bundle: {titles}."
        notes = (record["notes"] + "\n\n" if record["notes"] else "") + note
        learner_id = node.add_learner(
            record["name"], record["birth_year"], record["guardian"] or None, notes
        )
        enrolments = [e for e in record["enrolments"] if e["course"] in held]
        for e in enrolments:  # active while the records go in; final status at the end
            node.enrol(learner_id, e["course"], e["date"] or None)
        for r in record["results"]:
            if r["course"] in held:
                node.record_result(
                    learner_id, r["course"], r["title"], r["score"], r["max"], r["date"] or None
                )
        for a in record["attendance"]:
            node.record_attendance(learner_id, a["date"], a["present"])
        lessons = {  # from the documents: the courses may have come in this transaction
            lesson["id"]: c
            for c in held
            for module in node.course(c)["modules"]
            for lesson in module["lessons"]
        }
        for p in record["progress"]:
            if p["lesson"] in lessons:  # a lesson the course no longer has stays in the bundle
                _replay_progress(node, learner_id, lessons[p["lesson"]], p)
        for e in enrolments:
            if e["status"] != "active":
                node.set_enrolment_status(learner_id, e["course"], e["status"])
        _replay_plan(node, learner_id, record, {e["course"] for e in enrolments})
    return learner_id


_GOAL_KEY = re.compile(r"^[0-9a-f]{6}$")


def _day(value: str) -> str:
    """A date of the record as this school takes one; else today (``verify`` bounded it)."""
    try:
        return validate.date(value or None)
    except ValidationError:
        return validate.date(None)


def _replay_plan(node: Node, learner_id: str, record: dict[str, Any], enrolled: set[str]) -> None:
    """The learner's own plan: the pace in each course held here, and every goal (its course
    kept only when held here), with the goal keys, dates and done marks of the record."""
    plans = [p for p in record.get("plans", []) if p["course"] in enrolled]
    goals = record.get("goals", [])
    if not plans and not goals:
        return

    def edit(tx: Any) -> None:
        for p in plans:
            learner_domain.set_plan(tx, p["course"], plan_domain.clean_pace(p["pace"]),
                                    _day(p["date"]))  # fmt: skip
        for g in goals:
            key = g["goal"] if _GOAL_KEY.match(g["goal"]) else secrets.token_hex(3)
            learner_domain.put_goal(tx, key, {
                "text": g["text"], "course": g["course"] if g["course"] in enrolled else "",
                "by": g["by"], "done": g["done"], "done_on": g["done_on"], "date": g["date"],
            })  # fmt: skip

    node.docs.change(learner_id, edit, touched=frozenset({"plans", "goals"}))


def _replay_progress(node: Node, learner_id: str, course_id: str, p: dict[str, Any]) -> None:
    """A lesson's progress in one write: its minutes, summed over many sessions, as one
    total (``verify`` bounded it). ``Node.record_progress`` takes one session, at most a
    day's minutes; this is the same edit without that limit."""
    lesson = p["lesson"]
    day = validate.date(p["date"] or None)
    minutes = int(p["minutes"])
    writer = short_id(node.node_id)

    def edit(tx: Any) -> None:
        if learner_domain.is_enrolled(tx, course_id):  # as Node.record_progress requires
            learner_domain.record_progress(
                tx, lesson, course_id, minutes, day, p["completed"], writer
            )

    node.docs.change(learner_id, edit, touched=frozenset({"progress"}))


def _write_archive(home: Path, archive: Path, raw: bytes) -> None:
    """Keep the bundle, atomically (its presence is what refuses a second import)."""
    try:  # the data folder may itself be a link the user made (its real place is meant);
        real = Path(os.path.realpath(home))  # transfers/ below it must not be one
        privacy.private_dir(real / archive.parent.relative_to(home))
        write_atomic(real, archive.relative_to(home), raw, mode=0o600, make_folders=True)
    except WriteRefused as exc:
        raise BundleError(f"the bundle could not be kept in {archive.parent}: {exc}") from None
    except OSError as exc:
        raise BundleError(
            f"the learner was enrolled, but the bundle could not be kept in {archive.parent}: "
            f"{exc.strerror or exc}"
        ) from None
