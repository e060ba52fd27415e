"""Checking a bundle completely and offline: proof, digest, every signed change, the issuer,
and that the credential claims exactly what the verified record holds.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from edunode import crdt
from edunode.bundle import vc
from edunode.bundle.file import (
    MAX_DATE_TEXT,
    MAX_ENTRIES,
    MAX_LESSON_MINUTES,
    VERIFIER_KEY,
    Checked,
    documents_of,
    history_digest,
    summary,
)
from edunode.domain import course as course_domain
from edunode.domain import learner as learner_domain
from edunode.domain import school as school_domain
from edunode.domain.meta import Meta
from edunode.domain.verify import verify_batch
from edunode.errors import BundleError, RejectedChanges

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
    documents = documents_of(bundle)
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
    digest = history_digest(raw_documents)  # before any change is parsed: is this the history?
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
    check_bounds(record)
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


def check_bounds(record: dict[str, Any]) -> None:
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
