"""Checking a bundle completely and offline: proof, digest, every signed change, the issuer,
and that the credential claims exactly what the verified record holds.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from edunode import crdt
from edunode.bundle import clr, proofset, rdfc, vc
from edunode.bundle.file import (
    MAX_DATE_TEXT,
    MAX_ENTRIES,
    MAX_ID,
    MAX_LESSON_MINUTES,
    VERIFIER_KEY,
    Checked,
    documents_of,
    history_digest,
)
from edunode.domain import course as course_domain
from edunode.domain import custody
from edunode.domain import learner as learner_domain
from edunode.domain import school as school_domain
from edunode.domain.meta import Meta
from edunode.domain.verify import verify_batch
from edunode.errors import BundleError, RejectedChanges

# The school documents verified so far: the document, its meta and its state (read once)
Schools = dict[str, tuple[crdt.Document, Meta, dict[str, Any]]]


def _state(doc: crdt.Document) -> dict[str, Any]:
    """A verified document's state (verify_batch has checked it reads as a map)."""
    state = crdt.read(doc)
    if not isinstance(state, dict):
        raise BundleError("the bundle's history holds a document that is not a record")
    return state


def _verify_doc(
    doc_id: str, changes: list[bytes], signatures: dict[bytes, bytes], schools: Schools
) -> tuple[crdt.Document, Meta, dict[str, Any]]:
    """One document of the history, verified from nothing as the network would, against the
    school documents verified before it; the document, its meta and its state."""
    read: dict[int, tuple[crdt.Document, list[bytes], dict[str, Any]]] = {}

    def state_of(doc: crdt.Document) -> dict[str, Any]:
        # The rule's questions are asked of the same fork several times: its state is read
        # once per set of heads (a document's state is a function of its heads).
        heads = crdt.heads(doc)
        kept = read.get(id(doc))
        if kept is not None and kept[0] is doc and kept[1] == heads:
            return kept[2]
        state = _state(doc)
        read[id(doc)] = (doc, heads, state)
        return state

    def members(school_id: str) -> set[bytes]:
        if school_id not in schools:
            return set()
        _, meta, state = schools[school_id]
        return school_domain.active_keys(school_id, state, meta.founder)

    def writers(d: str, meta: Meta, doc: crdt.Document) -> set[bytes]:
        if meta.kind == "school":
            return school_domain.active_keys(d, state_of(doc), meta.founder)
        if meta.kind == "learner":
            return members(custody.of(d, meta.school, doc).holder)
        keys = members(meta.school)
        if meta.kind == "course":
            state = state_of(doc)
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
        _, meta, state = schools[school_id]
        return school_domain.removals(school_id, state, meta.founder)

    def entries(d: str, meta: Meta, doc: crdt.Document) -> list[school_domain.Removal]:
        if meta.kind == "school":
            return school_domain.removals(d, state_of(doc), meta.founder)
        found = removals(meta.school)
        if meta.kind == "learner":
            for school_id in custody.of(d, meta.school, doc).chain[1:]:
                found += removals(school_id)
        if meta.kind == "course":
            owners = members(meta.school)
            for granted in course_domain.maintainer_schools(d, state_of(doc), owners):
                found += removals(granted)
        return found

    def cutoffs(d: str, meta: Meta, doc: crdt.Document) -> dict[bytes, int]:
        return school_domain.cutoffs(entries(d, meta, doc), d)

    def vouched(d: str, meta: Meta, doc: crdt.Document) -> dict[bytes, bytes]:
        return school_domain.handover_heads(entries(d, meta, doc), d)

    def custody_rule(
        d: str, meta: Meta, before: crdt.Document | None, fork: crdt.Document,
        new: list[crdt.ChangeInfo],
    ) -> tuple[str, dict[bytes, set[bytes]] | None]:  # fmt: skip
        return custody.check_changes(d, meta.school, before, fork, new, members)

    try:
        verified = verify_batch(
            doc_id, None, None, changes, signatures, writers,
            actor=VERIFIER_KEY, members_of=members, removed=removed, cutoffs=cutoffs,
            vouched=vouched, custody=custody_rule,
        )  # fmt: skip
    except RejectedChanges as exc:
        raise BundleError(f"the bundle's signed history does not check out: {exc}") from None
    state = verified.state if verified.state is not None else _state(verified.doc)
    return verified.doc, verified.meta, state


def verify(bundle: dict[str, Any]) -> Checked:
    """Check a parsed bundle completely (see the module docstring); BundleError naming the
    first problem otherwise. Needs nothing but the bundle: works on any PC, offline."""
    credential = bundle.get("credential")
    if not isinstance(credential, dict):
        raise BundleError("the bundle holds no credential")
    embedded = _shape(credential)
    # The eddsa-jcs-2022 proofs first: quick, and a changed claim is refused before the
    # history is read. The eddsa-rdfc-2022 ones last (RDF canonicalization is the slow
    # part), on a credential proven equal to the one the verified record gives.
    issuer_key = proofset.verify(credential, suites=(vc.CRYPTOSUITE,))
    for member in embedded:
        if proofset.verify(member, suites=(vc.CRYPTOSUITE,)) != issuer_key:
            raise BundleError("a credential inside the record was signed by another key")
    documents = documents_of(bundle)
    raw_documents = bundle["documents"]
    issued = credential.get("validFrom")
    if not isinstance(issued, str) or len(issued) > MAX_DATE_TEXT:
        raise BundleError("the credential has no valid issue date")
    try:
        dt.datetime.fromisoformat(issued.replace("Z", "+00:00"))
    except ValueError:
        raise BundleError("the credential has no valid issue date") from None
    digest = history_digest(raw_documents)  # before any change is parsed: is this the history?
    related = credential.get("relatedResource")
    sri = clr.history_sri(digest)
    if not (isinstance(related, list) and any(
        isinstance(r, dict) and r.get("digestSRI") == sri for r in related
    )):  # fmt: skip
        raise BundleError("the credential does not match the history it came with")

    schools: Schools = {}
    courses: dict[str, str] = {}
    learner: tuple[str, crdt.Document, dict[str, Any]] | None = None
    learner_meta: Meta | None = None
    for doc_id, changes, sigs in documents:
        if learner is not None:
            raise BundleError("the bundle's history holds a document after the learner's")
        doc, meta, state = _verify_doc(doc_id, changes, sigs, schools)
        if meta.kind == "school" and not courses:
            schools[doc_id] = (doc, meta, state)
        elif meta.kind == "course" and meta.scope == "community" and schools:
            courses[doc_id] = str(state.get("title", ""))
        elif meta.kind == "learner" and meta.school in schools:
            learner, learner_meta = (doc_id, doc, state), meta
        else:
            raise BundleError("the bundle's history holds a document it should not")
    if learner is None or learner_meta is None:
        raise BundleError("the bundle's history holds no learner record")
    # The school giving the learner: the one the record's newest release is from (a bundle
    # of an older EduNode carries none: the school that made the record). Its document is
    # the bundle's first.
    held = custody.of(learner[0], learner_meta.school, learner[1])
    last = held.steps[-1] if held.steps else None
    release = last if last is not None and last.kind == custody.RELEASE else None
    school_id = release.school if release is not None else held.holder
    if school_id != next(iter(schools)):
        raise BundleError(
            "the bundle was not given by the school holding the record (its custody entries "
            "say another school)"
        )
    _, school_meta, school_state = schools[school_id]
    members = school_domain.active_keys(school_id, school_state, school_meta.founder)
    if issuer_key not in members:
        raise BundleError(
            "the credential was signed by a PC that is not a member of the learner's school"
        )

    record = learner_domain.view(learner[2])
    check_bounds(record)
    titles = {**clr.titles(credential), **courses}  # private courses: the credential's word
    issuer = credential.get("issuer")
    school_name = str(school_state.get("name", ""))
    if isinstance(issuer, dict) and issuer.get("name") not in (None, school_name):
        raise BundleError("the credential names another school than its history")
    credential_id = credential.get("id")
    if not isinstance(credential_id, str) or len(credential_id) > MAX_ID + 9:
        raise BundleError("the credential has no valid id")
    issue = clr.Issue(
        credential_id=credential_id,
        issuer_did=vc.did_key(issuer_key),
        school_id=school_id,
        school_name=school_name,
        issued=issued,
        learner_id=learner[0],
        history_sha256=digest,
    )
    if _text(clr.unsigned(credential)) != _text(clr.build(record, titles, issue)):
        raise BundleError("the credential's summary does not match the signed learner record")
    # Each course credential's own, then the CLR's: canonicalized from its members' forms
    # just computed (clr.canonical), which is right because it is the one build made.
    for member in embedded:
        if proofset.verify(member, suites=(rdfc.CRYPTOSUITE,)) != issuer_key:
            raise BundleError("a credential inside the record was signed by another key")
    if (
        proofset.verify(credential, suites=(rdfc.CRYPTOSUITE,), canonical=clr.canonical)
        != issuer_key
    ):
        raise BundleError("the credential was signed by another key than its course credentials")
    proofs = [
        {
            "cryptosuite": suite,
            "verified": True,
            "credentials": 1 + len(embedded),
            "verification_method": vc.verification_method(issuer_key),
        }
        for suite in proofset.SUITES
    ]
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
        proofs=proofs,
        release_id=release.id if release is not None else None,
        release_to=release.to if release is not None else None,
        release_date=release.date if release is not None else "",
        home_school=learner_meta.school,
    )


def _shape(credential: dict[str, Any]) -> list[dict[str, Any]]:
    """The credential is a ClrCredential of at most MAX_COURSES + 1 credentials; those."""
    if credential.get("type") != ["VerifiableCredential", "ClrCredential"]:
        raise BundleError("the credential is not a Comprehensive Learner Record (ClrCredential)")
    subject = credential.get("credentialSubject")
    if not isinstance(subject, dict):
        raise BundleError("the credential has no subject")
    members = subject.get("verifiableCredential")
    if not isinstance(members, list) or not members:
        raise BundleError("the credential's subject holds no course credentials")
    if len(members) > clr.MAX_COURSES + 1:
        raise BundleError(
            f"the credential holds {len(members):,} credentials, more than a record carries "
            f"(at most {clr.MAX_COURSES + 1:,})"
        )
    if not all(isinstance(m, dict) for m in members):
        raise BundleError("the credential's subject holds something that is not a credential")
    return members


def _text(value: object) -> str:
    """Compared as JSON text with sorted keys, so that 0 is not False and 1.0 is not 1 (the
    credential is plain JSON: its eddsa-jcs-2022 proofs were checked)."""
    try:
        return json.dumps(value, sort_keys=True, ensure_ascii=False, allow_nan=False)
    except (ValueError, TypeError, RecursionError):
        raise BundleError("the credential holds values that are not plain JSON") from None


def check_bounds(record: dict[str, Any]) -> None:
    """Refuse a record holding more than any learner's, before anything is built from it."""
    for key, what in [("enrolments", "enrolments"), ("results", "results"),
                      ("attendance", "attendance days"), ("progress", "lessons"),
                      ("plans", "plans"), ("goals", "goals")]:  # fmt: skip
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
        "proofs": checked.proofs,
        "released_to": checked.release_to,  # a school ID, "" (open) or None (no release)
        "released_on": checked.release_date,
    }
