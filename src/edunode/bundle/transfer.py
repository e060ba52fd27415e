"""The learner's record bundle: one file a learner who changes school carries (DESIGN §7).

A bundle is one JSON file::

    {"format": "edunode-learner-bundle", "version": 1,
     "credential": {... a W3C Verifiable Credential, eddsa-jcs-2022 proof by did:key ...},
     "documents": [{"id": ..., "changes": [base64 ...], "signatures": {hex hash: base64}}, ...]}

``documents`` is the signed history: the learner's school document (who could write the
record), the community courses the learner was enrolled in or has results for with the
school documents of the schools that own or maintain them, and last the learner's document.
The credential summarises the record (profile, enrolments, results, attendance, progress,
shaped after 1EdTech CLR 2.0: a subject with achievements and their results) and
commits to the history by a SHA-256 over its canonical JSON (RFC 8785), so one signature
covers the summary and, through the digest, every change. Any standard verifier can check
the credential offline; :func:`verify` checks everything:

1. the file is a bundle of a version this code reads (bounded size, bounded counts);
2. the credential's proof (eddsa-jcs-2022, did:key issuer);
3. the history: each document verified as the network would (``domain.verify``), the school
   first, whose members then decide who may have written the learner and the courses;
4. the issuer's key is a member of that school;
5. the digest matches the history, and the credential's summary is exactly the summary
   recomputed from the verified learner document: the credential can't claim a score the
   signed history does not hold.

Every number and length is bounded before it is used and every check is linear, so a
hostile bundle (anyone can found a school) costs time in proportion to its size.

Importing (:func:`import_bundle`, admin PIN) verifies, stores the school and course
documents (verified community documents, as a community peer would send), and makes a new
learner in *this* school with the same profile and records (the old document belongs to the
old school, which alone may write it), noting where they came from; the bundle is kept in
``<home>/transfers/``. All of that is one store transaction, after every check: a refused
import stores nothing.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import rfc8785

from edunode import crdt
from edunode.bundle import vc
from edunode.domain import course as course_domain
from edunode.domain import learner as learner_domain
from edunode.domain import school as school_domain
from edunode.domain import validate
from edunode.domain.meta import Meta
from edunode.domain.verify import verify_batch
from edunode.errors import BundleError, RejectedChanges
from edunode.files import private as privacy
from edunode.files.atomic import WriteRefused, write_atomic
from edunode.identity import short_id
from edunode.progress import CancelCheck, Progress, checkpoint, report

if TYPE_CHECKING:
    from edunode.service.node import Node

FORMAT = "edunode-learner-bundle"
VERSION = 1
SUFFIX = ".edunode-learner.json"
MAX_BYTES = 64 * 1024 * 1024
MAX_DOCUMENTS = 500
MAX_CHANGES = 200_000
CONTEXT = ["https://www.w3.org/ns/credentials/v2"]
TRANSFERS = "transfers"
# Every number and length is bounded before it is used, so each bundle operation costs time
# in proportion to the file's size (a hostile bundle can't hang the PC that reads it).
MAX_ENTRIES = 50_000  # per collection of a record: enrolments, results, attendance, progress
MAX_LESSON_MINUTES = 24 * 60 * 3660  # a lesson's minutes, summed: ten years of whole days
MAX_DIGITS = 400  # a JSON integer (JCS then refuses any past 2**53, with a reason)
MAX_ID = 64  # a document ID (32 characters today)
HASH_HEX = 64  # a change hash, in hex
MAX_SIGNATURE_B64 = 88  # an Ed25519 signature, base64
MAX_DATE_TEXT = 40  # validFrom: "2025-02-03T10:00:00Z"
VERIFIER_KEY = b"\x00" * 32  # the actor set on verification forks (nothing is written)


@dataclass
class Checked:
    """What :func:`verify` established about a bundle."""

    credential: dict[str, Any]
    issuer_key: bytes
    school_id: str
    school_name: str
    learner_id: str
    record: dict[str, Any]  # learner_domain.view of the verified learner document
    courses: dict[str, str]  # course ID -> title, for the courses in the bundle
    digest: str
    documents: list[tuple[str, list[bytes], dict[bytes, bytes]]] = field(repr=False)


# --------------------------------------------------------------------------- summary


def summary(record: dict[str, Any], courses: dict[str, str]) -> dict[str, Any]:
    """The credential's subject for a learner record (what :func:`verify` recomputes).
    Each entry is looked at once (grouped by course first): the cost is linear in the
    record, however many courses a hostile record names."""
    present = [a for a in record["attendance"] if a["present"]]
    days = [a["date"] for a in record["attendance"]]
    enrolment: dict[str, dict[str, Any]] = {}
    for e in record["enrolments"]:
        enrolment.setdefault(e["course"], {"date": e["date"], "status": e["status"]})
    results: dict[str, list[dict[str, Any]]] = {}
    for r in record["results"]:
        results.setdefault(r["course"], []).append(
            {"title": r["title"], "score": _number(r["score"]), "max": _number(r["max"]),
             "date": r["date"]}
        )  # fmt: skip
    completed: dict[str, int] = {}
    for p in record["progress"]:
        if p["completed"]:
            completed[p["course"]] = completed.get(p["course"], 0) + 1
    return {
        "type": ["ClrSubject"],
        "name": record["name"],
        "birthYear": record["birth_year"],
        "achievement": [
            {
                "id": f"urn:edunode:course:{c}",
                "type": ["Achievement"],
                "achievementType": "Course",
                "name": courses.get(c, ""),
                "enrolment": enrolment.get(c),
                "result": results.get(c, []),
                "lessonsCompleted": completed.get(c, 0),
            }
            for c in sorted(set(enrolment) | set(results))
        ],
        "attendance": {
            "days": len(days),
            "present": len(present),
            "from": min(days, default=""),
            "to": max(days, default=""),
        },
    }


def _number(value: float) -> int | float:
    """Scores as JSON numbers JCS writes the same everywhere (whole numbers as integers)."""
    return int(value) if float(value).is_integer() else float(value)


def _digest(documents: list[dict[str, Any]]) -> str:
    try:
        return hashlib.sha256(rfc8785.dumps(documents)).hexdigest()
    except (ValueError, TypeError, RecursionError):  # NaN, 1e999, a 31-digit number...
        raise BundleError("the bundle's history holds values that are not plain JSON") from None


# --------------------------------------------------------------------------- export


def _history(node: Node, doc_id: str) -> dict[str, Any]:
    changes, signatures = node.docs.outgoing(doc_id, [])
    return {
        "id": doc_id,
        "changes": [base64.b64encode(c.data).decode("ascii") for c in changes],
        "signatures": {h.hex(): base64.b64encode(s).decode("ascii") for h, s in signatures.items()},
    }


def build(node: Node, learner_id: str, *, now: dt.datetime | None = None) -> dict[str, Any]:
    """The bundle for one learner of this node's school, as a JSON-able dict."""
    record = node.learner(learner_id)
    meta = node.docs.get(learner_id).meta
    if meta.school != node.school_id:
        raise BundleError("only a learner of this PC's own school can be given a bundle")
    wanted = {e["course"] for e in record["enrolments"]} | {r["course"] for r in record["results"]}
    courses: dict[str, str] = {}
    course_docs = []
    for course_id in sorted(wanted):
        held = node.docs.maybe(course_id)
        if held is None:
            continue
        courses[course_id] = str(node.docs.state(course_id).get("title", ""))
        if held.meta.scope == "community":  # a private course stays in its school
            course_docs.append(_history(node, course_id))
    schools = [node.school_id]
    for entry in course_docs:
        state = node.docs.state(entry["id"])
        owner = node.docs.get(entry["id"]).meta.school
        granted = course_domain.maintainer_schools(
            entry["id"], state, node.docs.school_members(owner)
        )
        for school_id in [owner, *sorted(granted)]:
            if school_id not in schools and node.docs.maybe(school_id) is not None:
                schools.append(school_id)
    documents = [
        *(_history(node, s) for s in schools),
        *course_docs,
        _history(node, learner_id),
    ]
    issued = (now or dt.datetime.now(dt.timezone.utc)).replace(microsecond=0)
    stamp = issued.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    subject = summary(learner_domain.view(node.docs.state(learner_id)), courses)
    subject["id"] = f"urn:edunode:learner:{learner_id}"
    subject["history"] = {"digestSha256": _digest(documents), "documents": len(documents)}
    credential = {
        "@context": CONTEXT,
        "id": f"urn:uuid:{uuid.uuid4()}",
        "type": ["VerifiableCredential", "ClrCredential"],
        "issuer": {
            "id": vc.did_key(node.public_key),
            "type": ["Profile"],
            "name": node.school_name,
            "otherIdentifier": [
                {
                    "type": "IdentifierEntry",
                    "identifier": node.school_id,
                    "identifierType": "edunodeSchool",
                }
            ],  # fmt: skip
        },
        "validFrom": stamp,
        "name": f"Learning record of {record['name']}",
        "credentialSubject": subject,
    }
    signed = vc.add_proof(credential, node.identity.private_key, created=stamp)
    return {"format": FORMAT, "version": VERSION, "credential": signed, "documents": documents}


EXPORT_STEPS = 3  # read the history and sign, check it as the new school will, write


def export_bundle(
    node: Node,
    learner_id: str,
    path: Path,
    pin: str | None,
    *,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> dict[str, Any]:
    """Write the bundle for ``learner_id`` to ``path`` (admin PIN: learner data leaves the
    school on purpose). Written atomically; readable by the owner only.

    ``progress`` counts the ``EXPORT_STEPS`` steps; ``cancel`` is consulted before each, so
    a stop leaves no file (the one write is the last step)."""
    node.check_admin_pin(pin)
    what = "writing the record bundle"
    report(progress, 0, EXPORT_STEPS)
    bundle = build(node, learner_id)
    data = json.dumps(bundle, ensure_ascii=False, indent=1).encode("utf-8")
    report(progress, 1, EXPORT_STEPS)
    checkpoint(cancel, 1, EXPORT_STEPS, what)
    try:  # what the new school will check, checked here: no file nobody can accept
        verify(parse(data))
    except BundleError as exc:
        raise BundleError(f"this record can't be given as a bundle yet: {exc}") from None
    report(progress, 2, EXPORT_STEPS)
    checkpoint(cancel, 2, EXPORT_STEPS, what)
    path = Path(path)
    try:  # the folder the user chose, never through a link: it may be on a stick
        write_atomic(path.parent, path.name, data, mode=0o600)
    except WriteRefused as exc:
        raise BundleError(f"could not write {path}: {exc}") from None
    report(progress, EXPORT_STEPS, EXPORT_STEPS)
    subject = bundle["credential"]["credentialSubject"]
    node.audit(
        "bundle_export",
        f"record bundle of {subject['name']} ({learner_id}) written to {path}",
    )
    return {"path": str(path), "learner": learner_id, "name": subject["name"], "bytes": len(data)}


# --------------------------------------------------------------------------- verify


def load(path: Path) -> dict[str, Any]:
    """A bundle file's JSON; BundleError when it can't be one."""
    return parse(_read(path))


def _read(path: Path) -> bytes:
    try:
        size = Path(path).stat().st_size
        if size > MAX_BYTES:
            raise BundleError(f"the file is larger than {MAX_BYTES // 2**20} MB: not a bundle")
        return Path(path).read_bytes()
    except OSError as exc:
        raise BundleError(f"the file {path} can't be read ({exc.strerror or exc})") from None


def _integer(text: str) -> int:
    """A JSON integer, refused past MAX_DIGITS before it is converted (int() of a long run
    of digits is quadratic where Python does not limit it, as 3.10 does not)."""
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise ValueError("an integer too long")
    return int(text)


def parse(data: bytes) -> dict[str, Any]:
    try:
        bundle = json.loads(data.decode("utf-8"), parse_int=_integer)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleError("the file is not a record bundle (not JSON)") from None
    if not isinstance(bundle, dict) or bundle.get("format") != FORMAT:
        raise BundleError("the file is not an EduNode record bundle")
    if bundle.get("version") != VERSION:
        raise BundleError(
            f"the bundle is version {bundle.get('version')!r}; this EduNode reads version "
            f"{VERSION}: update EduNode"
        )
    return bundle


def _documents(bundle: dict[str, Any]) -> list[tuple[str, list[bytes], dict[bytes, bytes]]]:
    docs = bundle.get("documents")
    if not isinstance(docs, list) or not 2 <= len(docs) <= MAX_DOCUMENTS:
        raise BundleError("the bundle's history is missing or damaged")
    out = []
    total = 0
    try:
        for entry in docs:
            doc_id, changes, sigs = entry["id"], entry["changes"], entry["signatures"]
            if not (isinstance(doc_id, str) and isinstance(changes, list)
                    and isinstance(sigs, dict) and len(doc_id) <= MAX_ID):  # fmt: skip
                raise TypeError
            total += len(changes)
            if total > MAX_CHANGES:
                raise BundleError("the bundle's history is larger than any learner's")
            if not all(isinstance(h, str) and len(h) == HASH_HEX and isinstance(s, str)
                       and len(s) <= MAX_SIGNATURE_B64 for h, s in sigs.items()):  # fmt: skip
                raise TypeError
            out.append((
                doc_id,
                [base64.b64decode(c, validate=True) for c in changes],
                {bytes.fromhex(h): base64.b64decode(s, validate=True) for h, s in sigs.items()},
            ))  # fmt: skip
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise BundleError("the bundle's history is damaged") from None
    return out


Schools = dict[str, tuple[crdt.Document, Meta]]


def _state(doc: crdt.Document) -> dict[str, Any]:
    """A verified document's state (verify_batch has checked it reads as a map)."""
    state = crdt.read(doc)
    if not isinstance(state, dict):
        raise BundleError("the bundle's history holds a document that is not a record")
    return state


def _verify_doc(
    doc_id: str, changes: list[bytes], signatures: dict[bytes, bytes], schools: Schools
) -> tuple[crdt.Document, Meta]:
    """One document of the history, verified from nothing as the network would, against the
    school documents verified before it."""

    def members(school_id: str) -> set[bytes]:
        if school_id not in schools:
            return set()
        doc, meta = schools[school_id]
        return school_domain.active_keys(school_id, _state(doc), meta.founder)

    def writers(d: str, meta: Meta, doc: crdt.Document) -> set[bytes]:
        if meta.kind == "school":
            return school_domain.active_keys(d, _state(doc), meta.founder)
        keys = members(meta.school)
        if meta.kind == "course":
            state = _state(doc)
            for granted in course_domain.maintainer_schools(d, state, set(keys)):
                keys |= members(granted)
        return keys

    def removed(d: str, meta: Meta, doc: crdt.Document) -> set[school_domain.Removal]:
        if meta.kind != "school":
            return set()
        return school_domain.removal_records(d, doc, meta.founder)

    def removals(school_id: str) -> list[school_domain.Removal]:
        if school_id not in schools:
            return []
        doc, meta = schools[school_id]
        return school_domain.removals(school_id, _state(doc), meta.founder)

    def cutoffs(d: str, meta: Meta, doc: crdt.Document) -> dict[bytes, int]:
        if meta.kind == "school":
            return school_domain.cutoffs(school_domain.removals(d, _state(doc), meta.founder), d)
        entries = removals(meta.school)
        if meta.kind == "course":
            owners = members(meta.school)
            for granted in course_domain.maintainer_schools(d, _state(doc), owners):
                entries += removals(granted)
        return school_domain.cutoffs(entries, d)

    try:
        verified = verify_batch(
            doc_id, None, None, changes, signatures, writers,
            actor=VERIFIER_KEY, members_of=members, removed=removed, cutoffs=cutoffs,
        )  # fmt: skip
    except RejectedChanges as exc:
        raise BundleError(f"the bundle's signed history does not check out: {exc}") from None
    return verified.doc, verified.meta


def verify(bundle: dict[str, Any]) -> Checked:
    """Check a parsed bundle completely (see the module docstring); BundleError naming the
    first problem otherwise. Needs nothing but the bundle: works on any PC, offline."""
    credential = bundle.get("credential")
    if not isinstance(credential, dict):
        raise BundleError("the bundle holds no credential")
    issuer_key = vc.verify_proof(credential)
    documents = _documents(bundle)
    raw_documents = bundle["documents"]
    subject = credential.get("credentialSubject")
    if not isinstance(subject, dict):
        raise BundleError("the credential has no subject")
    if not isinstance(subject.get("achievement"), list):
        raise BundleError("the credential's subject lists no courses")
    issued = credential.get("validFrom")
    if not isinstance(issued, str) or len(issued) > MAX_DATE_TEXT:
        raise BundleError("the credential has no valid issue date")
    try:
        dt.datetime.fromisoformat(issued.replace("Z", "+00:00"))
    except ValueError:
        raise BundleError("the credential has no valid issue date") from None
    digest = _digest(raw_documents)  # before any change is parsed: is this the history?
    history = subject.get("history")
    if not isinstance(history, dict) or history.get("digestSha256") != digest:
        raise BundleError("the credential does not match the history it came with")

    schools: Schools = {}
    courses: dict[str, str] = {}
    learner: tuple[str, crdt.Document] | None = None
    for doc_id, changes, sigs in documents:
        if learner is not None:
            raise BundleError("the bundle's history holds a document after the learner's")
        doc, meta = _verify_doc(doc_id, changes, sigs, schools)
        state = _state(doc)
        if meta.kind == "school" and not courses:
            schools[doc_id] = (doc, meta)
        elif meta.kind == "course" and meta.scope == "community" and schools:
            courses[doc_id] = str(state.get("title", ""))
        elif meta.kind == "learner" and schools and meta.school == next(iter(schools)):
            learner = (doc_id, doc)
        else:
            raise BundleError("the bundle's history holds a document it should not")
    if learner is None:
        raise BundleError("the bundle's history holds no learner record")
    school_id = next(iter(schools))
    school_doc, school_meta = schools[school_id]
    members = school_domain.active_keys(school_id, _state(school_doc), school_meta.founder)
    if issuer_key not in members:
        raise BundleError(
            "the credential was signed by a PC that is not a member of the learner's school"
        )

    record = learner_domain.view(_state(learner[1]))
    _check_bounds(record)
    claimed = {k: v for k, v in subject.items() if k not in ("id", "history")}
    private_titles = {  # private courses travel as titles only: take the credential's word
        a["id"].removeprefix("urn:edunode:course:"): a.get("name", "")
        for a in subject.get("achievement", [])
        if isinstance(a, dict) and isinstance(a.get("id"), str)
    }
    titles = {**private_titles, **courses}
    expected_id = f"urn:edunode:learner:{learner[0]}"
    if claimed != summary(record, titles) or subject.get("id") != expected_id:
        raise BundleError("the credential's summary does not match the signed learner record")
    issuer = credential.get("issuer")
    school_name = str(_state(school_doc).get("name", ""))
    if isinstance(issuer, dict) and issuer.get("name") not in (None, school_name):
        raise BundleError("the credential names another school than its history")
    return Checked(
        credential=credential,
        issuer_key=issuer_key,
        school_id=school_id,
        school_name=school_name,
        learner_id=learner[0],
        record=record,
        courses=titles,
        digest=digest,
        documents=documents,
    )


def _check_bounds(record: dict[str, Any]) -> None:
    """Refuse a record holding more than any learner's, before anything is built from it."""
    for key, what in [("enrolments", "enrolments"), ("results", "results"),
                      ("attendance", "attendance days"), ("progress", "lessons")]:  # fmt: skip
        if len(record[key]) > MAX_ENTRIES:
            raise BundleError(
                f"the record holds {len(record[key]):,} {what}, more than any learner's "
                f"(at most {MAX_ENTRIES:,})"
            )
    for p in record["progress"]:
        if not 0 <= p["minutes"] <= MAX_LESSON_MINUTES:
            raise BundleError(
                f"the record claims {p['minutes']:,} minutes on one lesson, more than any "
                f"learner spends (at most {MAX_LESSON_MINUTES:,}, ten years of whole days)"
            )


def describe(checked: Checked) -> dict[str, Any]:
    """A plain description of a verified bundle, for the CLI and the window."""
    record = checked.record
    results: dict[str, int] = {}
    for r in record["results"]:
        results[r["course"]] = results.get(r["course"], 0) + 1
    return {
        "learner": record["name"],
        "birth_year": record["birth_year"],
        "school": checked.school_name,
        "school_id": checked.school_id,
        "issued": checked.credential.get("validFrom", ""),
        "issuer": vc.did_key(checked.issuer_key),
        "courses": [
            {"id": c, "title": checked.courses.get(c, ""), "results": results.get(c, 0)}
            for c in sorted({e["course"] for e in record["enrolments"]} | set(results))
        ],  # fmt: skip
        "results": len(record["results"]),
        "attendance_days": len(record["attendance"]),
        "digest": checked.digest,
    }


# --------------------------------------------------------------------------- import


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
    return learner_id


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
