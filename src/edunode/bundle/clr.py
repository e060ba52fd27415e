"""The bundle's credential: a 1EdTech CLR 2.0 ``ClrCredential`` of Open Badges 3.0
``AchievementCredential``s, built from a learner record (and rebuilt from it to verify).

1EdTech Comprehensive Learner Record Standard v2.0 and Open Badges Specification v3.0,
with their published JSON-LD contexts (:mod:`edunode.bundle.contexts`)::

    ClrCredential (issuer: the exporting PC's did:key, a Profile named after the school)
      credentialSubject: ClrSubject (id urn:edunode:learner:ID; identifier: the learner's
          name and birth year as IdentityObjects)
        verifiableCredential: one AchievementCredential per course, and one for attendance
          credentialSubject: AchievementSubject (the same id and name)
            achievement: Achievement (achievementType Course; name, description, criteria;
                resultDescription: one per assessment, "Lessons completed", "Enrolment")
            result: a Result per ResultDescription (value, or status for the enrolment)
      relatedResource: the signed history, by its SHA-256 (digestSRI)

Every term is one the contexts define (``tests/bundle/test_clr.py`` expands the credential
and checks that nothing is dropped); values of extensible enumerations that the standards
do not name are ``ext:`` ones (``ext:Attendance``, ``ext:edunodeSchoolId``,
``ext:birthYear``). No extension context: a validator would have to fetch it.

Everything here is a pure function of its inputs, so :func:`build` run on the verified
record gives exactly what the exporting PC signed (:mod:`edunode.bundle.verify` compares
them): a credential can't claim a score the signed history does not hold. The embedded
credentials' IDs derive from the CLR's, so the one random value is the CLR's ``id``.
"""

from __future__ import annotations

import base64
import uuid
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from edunode.bundle import contexts, proofset, rdfc
from edunode.errors import BundleError

CLR_CONTEXT = [contexts.VC_V2, contexts.CLR_V2, contexts.OB_V3]
OB_CONTEXT = [contexts.VC_V2, contexts.OB_V3]
LEARNER = "urn:edunode:learner:"
COURSE = "urn:edunode:course:"
HISTORY = "urn:edunode:history:"
# A credential is canonicalized (RDFC) as a whole, in time that grows with its size: bounded
# far past any learner's record (six years: 12 courses, 300 results) so that a hostile one
# can't take minutes to check.
MAX_COURSES = 500
MAX_RESULTS = 10_000
# ClrSubject.verifiableCredential (CLR 2.0 context: a @set, so an embedded credential is a
# node of the CLR's own graph, linked from the subject)
EMBEDS = "https://purl.imsglobal.org/spec/vc/clr/vocab.html#verifiableCredential"
MEMBER_TYPE = ["VerifiableCredential", "AchievementCredential"]
PROOF_KEYS = frozenset(
    {"type", "cryptosuite", "created", "verificationMethod", "proofPurpose", "proofValue"}
)
# Result statuses (OB 3.0 ResultStatusType) for the enrolment states of a learner record.
ENROLMENT_STATUS = {"active": "Enrolled", "completed": "Completed", "withdrawn": "Withdrew"}


@dataclass(frozen=True)
class Issue:
    """Who issues the credential, when, and for which history: what is not in the record."""

    credential_id: str  # urn:uuid:..., the one random value
    issuer_did: str
    school_id: str
    school_name: str
    issued: str  # validFrom, "YYYY-MM-DDTHH:MM:SSZ"
    learner_id: str
    history_sha256: str  # hex, the digest of the bundle's documents


def build(record: dict[str, Any], courses: dict[str, str], issue: Issue) -> dict[str, Any]:
    """The unsigned ClrCredential of ``record`` (``learner_domain.view``); ``courses`` gives
    the titles. Each entry is looked at once: linear in the record, however many courses a
    hostile one names."""
    by_course = _by_course(record)
    if len(by_course) > MAX_COURSES:
        raise BundleError(
            f"the record names {len(by_course):,} courses, more than a credential carries "
            f"(at most {MAX_COURSES:,})"
        )
    if len(record["results"]) > MAX_RESULTS:
        raise BundleError(
            f"the record holds {len(record['results']):,} results, more than a credential "
            f"carries (at most {MAX_RESULTS:,})"
        )
    learner = LEARNER + issue.learner_id
    identity = [_identity("name", record["name"])]
    clr_identity = list(identity)
    if record.get("birth_year") is not None:
        clr_identity.append(_identity("ext:birthYear", str(record["birth_year"])))
    issuer = _issuer(issue)
    members = [
        _course_credential(course, courses.get(course, ""), parts, learner, identity, issuer, issue)
        for course, parts in sorted(by_course.items())
    ]
    members.append(_attendance_credential(record, learner, identity, issuer, issue))
    return {
        "@context": list(CLR_CONTEXT),
        "id": issue.credential_id,
        "type": ["VerifiableCredential", "ClrCredential"],
        "issuer": issuer,
        "validFrom": issue.issued,
        "name": f"Learning record of {record['name']}",
        "description": (
            f"The learning record {issue.school_name} keeps of {record['name']}: each "
            "course with its enrolment, results and lessons completed, and attendance."
        ),
        "credentialSubject": {
            "id": learner,
            "type": ["ClrSubject"],
            "identifier": clr_identity,
            "verifiableCredential": members,
        },
        "relatedResource": [
            {
                "id": HISTORY + issue.learner_id,
                "digestSRI": history_sri(issue.history_sha256),
                "mediaType": "application/json",
            }
        ],
    }


def sign(credential: dict[str, Any], private_key: Ed25519PrivateKey) -> dict[str, Any]:
    """Each embedded credential given its proof set, then the ClrCredential its own; every
    proof dated ``validFrom``."""
    created = credential["validFrom"]
    subject = credential["credentialSubject"]
    signed_members = [
        proofset.sign(m, private_key, created=created) for m in subject["verifiableCredential"]
    ]
    with_members = {
        **credential,
        "credentialSubject": {**subject, "verifiableCredential": signed_members},
    }
    return proofset.sign(with_members, private_key, created=created, canonical=canonical)


def canonical(unsecured: dict[str, Any]) -> str:
    """The RDFC-1.0 canonical N-Quads of a ClrCredential without its proof (its members
    signed), from the canonical forms of its parts: the CLR without its members, each member
    without its proofs (canonicalized already, when it was signed or checked) and each
    member's proofs; plus the links from the subject to the members.

    The same as :func:`rdfc.canonicalize` of the whole (``tests/bundle/test_clr.py`` checks
    it), for a credential :func:`build` made: the CLR context defines five terms, none of
    which a member of that shape uses, so a member embedded reads exactly as on its own, and
    ``verifiableCredential`` is a plain set there, so a member's nodes are the CLR's own.
    Callers pass only such credentials (export signs them; verify has compared the
    credential with the one rebuilt from the record first); anything of another shape is
    canonicalized whole. Half the work: the members are not expanded a second time."""
    return rdfc.canonicalize_by(unsecured, "clr.canonical", _canonical)


def _canonical(unsecured: dict[str, Any]) -> str:
    parts = _parts(unsecured)
    if parts is None:
        return rdfc.canonicalize(unsecured)
    shell, members = parts
    subject = ("IRI", shell["credentialSubject"]["id"])
    # Every member's proofs in one document (each member named by its id and types, which
    # bring the VC context's `proof`): one expansion, not one per member.
    proofs = {
        "@context": list(OB_CONTEXT),
        "@graph": [{key: m[key] for key in ("id", "type", "proof")} for m in members],
    }
    quads = [rdfc.canonical_form(shell).quads, rdfc.canonical_form(proofs).quads]
    quads += [
        rdfc.canonical_form({key: value for key, value in m.items() if key != "proof"}).quads
        for m in members
    ]
    links: list[rdfc.Quad] = [
        (subject, EMBEDS, ("IRI", m["id"], None, None), None) for m in members
    ]
    return rdfc.canonicalize_union([*quads, links])


def _parts(unsecured: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]] | None:
    """The CLR without its members, and its members, when the credential has the shape
    :func:`canonical` relies on; None otherwise."""
    subject = unsecured.get("credentialSubject")
    if unsecured.get("@context") != CLR_CONTEXT or "proof" in unsecured:
        return None
    if not isinstance(subject, dict) or not _iri(subject.get("id")):
        return None
    found = subject.get("verifiableCredential")
    if not isinstance(found, list) or not found:
        return None
    for member in found:
        if not (
            isinstance(member, dict)
            and member.get("@context") == OB_CONTEXT
            and member.get("type") == MEMBER_TYPE
            and _iri(member.get("id"))
            and isinstance(member.get("proof"), list)
            and all(_plain_proof(p) for p in member["proof"])
        ):  # fmt: skip
            return None
    shell = {
        **unsecured,
        "credentialSubject": {k: v for k, v in subject.items() if k != "verifiableCredential"},
    }
    return shell, found


def _plain_proof(proof: object) -> bool:
    """A proof of the two a member carries: text values only (and an eddsa-jcs-2022 proof's
    copy of the member's ``@context``), no node of its own."""
    return (
        isinstance(proof, dict)
        and proof.keys() <= PROOF_KEYS | {"@context"}
        and proof.get("@context", OB_CONTEXT) == OB_CONTEXT
        and all(isinstance(v, str) for k, v in proof.items() if k != "@context")
    )


def _iri(value: object) -> bool:
    return isinstance(value, str) and value.startswith(("urn:", "did:", "https:"))


def history_sri(sha256_hex: str) -> str:
    """The W3C Subresource Integrity form of a SHA-256 digest: ``sha256-`` + base64."""
    return "sha256-" + base64.b64encode(bytes.fromhex(sha256_hex)).decode("ascii")


def members(credential: dict[str, Any]) -> list[Any]:
    """The credentials a ClrCredential embeds (whatever they are: the caller checks)."""
    subject = credential.get("credentialSubject")
    found = subject.get("verifiableCredential") if isinstance(subject, dict) else None
    return found if isinstance(found, list) else []


def unsigned(credential: dict[str, Any]) -> dict[str, Any]:
    """The credential without its proofs and without its members' proofs: what
    :func:`build` makes."""
    out = {k: v for k, v in credential.items() if k != "proof"}
    subject = out.get("credentialSubject")
    if isinstance(subject, dict) and isinstance(subject.get("verifiableCredential"), list):
        out["credentialSubject"] = {
            **subject,
            "verifiableCredential": [
                {k: v for k, v in m.items() if k != "proof"} if isinstance(m, dict) else m
                for m in subject["verifiableCredential"]
            ],
        }
    return out


def titles(credential: dict[str, Any]) -> dict[str, str]:
    """Course ID -> title as the credential's achievements name them (private courses travel
    as titles only)."""
    found: dict[str, str] = {}
    for member in members(credential):
        subject = member.get("credentialSubject") if isinstance(member, dict) else None
        achievement = subject.get("achievement") if isinstance(subject, dict) else None
        if not isinstance(achievement, dict):
            continue
        ident, name = achievement.get("id"), achievement.get("name")
        if isinstance(ident, str) and ident.startswith(COURSE) and isinstance(name, str):
            found[ident.removeprefix(COURSE)] = name
    return found


# --- the parts ----------------------------------------------------------------------------


def _by_course(record: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Enrolment, results and lessons completed per course, each entry looked at once."""
    out: dict[str, dict[str, Any]] = {}

    def part(course: str) -> dict[str, Any]:
        return out.setdefault(course, {"enrolment": None, "results": [], "completed": 0})

    for e in record["enrolments"]:
        entry = part(e["course"])
        if entry["enrolment"] is None:
            entry["enrolment"] = e
    for r in record["results"]:
        part(r["course"])["results"].append(r)
    for p in record["progress"]:
        if p["completed"] and p["course"] in out:
            out[p["course"]]["completed"] += 1
    return out


def _identity(kind: str, value: str) -> dict[str, Any]:
    return {"type": "IdentityObject", "hashed": False, "identityHash": value, "identityType": kind}


def _issuer(issue: Issue) -> dict[str, Any]:
    return {
        "id": issue.issuer_did,
        "type": ["Profile"],
        "name": issue.school_name,
        "otherIdentifier": [
            {
                "type": "IdentifierEntry",
                "identifier": issue.school_id,
                "identifierType": "ext:edunodeSchoolId",
            }
        ],
    }


def _member_id(issue: Issue, what: str) -> str:
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'{issue.credential_id}#{what}')}"


def _achievement_credential(
    what: str, name: str, subject: dict[str, Any], issuer: dict[str, Any], issue: Issue
) -> dict[str, Any]:
    return {
        "@context": list(OB_CONTEXT),
        "id": _member_id(issue, what),
        "type": ["VerifiableCredential", "AchievementCredential"],
        "issuer": issuer,
        "validFrom": issue.issued,
        "name": name,
        "credentialSubject": subject,
    }


def _description(ident: str, name: str, kind: str, **values: str) -> dict[str, Any]:
    return {"id": ident, "type": ["ResultDescription"], "name": name, "resultType": kind, **values}


def _result(description: str, **values: str) -> dict[str, Any]:
    return {"type": ["Result"], "resultDescription": description, **values}


def _number(value: float) -> str:
    """A score as text (OB 3.0 ``Result.value`` is a string): 17, 17.5, never 17.0."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _course_credential(
    course: str,
    title: str,
    parts: dict[str, Any],
    learner: str,
    identity: list[dict[str, Any]],
    issuer: dict[str, Any],
    issue: Issue,
) -> dict[str, Any]:
    achievement_id = COURSE + course
    name = title or f"Course {course}"
    descriptions: list[dict[str, Any]] = []
    results: list[dict[str, Any]] = []
    enrolment = parts["enrolment"]
    if enrolment is not None:
        ident = f"{achievement_id}:enrolment"
        descriptions.append(_description(ident, "Enrolment", "Status"))
        status = ENROLMENT_STATUS.get(enrolment["status"], "Enrolled")
        results.append(_result(ident, status=status))
    ident = f"{achievement_id}:lessons-completed"
    descriptions.append(_description(ident, "Lessons completed", "RawScore", valueMin="0"))
    results.append(_result(ident, value=str(parts["completed"])))
    for r in parts["results"]:
        ident = f"{achievement_id}:result:{r['id']}"
        descriptions.append(
            _description(
                ident, r["title"] or "Result", "RawScore", valueMin="0", valueMax=_number(r["max"])
            )
        )
        results.append(_result(ident, value=_number(r["score"])))
    subject: dict[str, Any] = {
        "id": learner,
        "type": ["AchievementSubject"],
        "identifier": identity,
    }
    if enrolment is not None and enrolment["date"]:
        subject["activityStartDate"] = enrolment["date"]
    subject["achievement"] = {
        "id": achievement_id,
        "type": ["Achievement"],
        "achievementType": "Course",
        "name": name,
        "description": f"The course {name} at {issue.school_name}.",
        "criteria": {
            "narrative": (
                f"Enrolment in {name}, the results of its assessments and the lessons "
                f"completed, as the teachers of {issue.school_name} recorded them."
            )
        },
        "resultDescription": descriptions,
    }
    subject["result"] = results
    return _achievement_credential(f"course:{course}", name, subject, issuer, issue)


def _attendance_credential(
    record: dict[str, Any],
    learner: str,
    identity: list[dict[str, Any]],
    issuer: dict[str, Any],
    issue: Issue,
) -> dict[str, Any]:
    days = [a["date"] for a in record["attendance"]]
    present = sum(1 for a in record["attendance"] if a["present"])
    achievement_id = f"urn:edunode:school:{issue.school_id}:attendance"
    ident = f"{achievement_id}:days-present"
    subject: dict[str, Any] = {
        "id": learner,
        "type": ["AchievementSubject"],
        "identifier": identity,
    }
    if days:
        subject["activityStartDate"] = min(days)
        subject["activityEndDate"] = max(days)
    subject["achievement"] = {
        "id": achievement_id,
        "type": ["Achievement"],
        "achievementType": "ext:Attendance",
        "name": "Attendance",
        "description": (
            f"The school days {issue.school_name} recorded attendance for, and on how many "
            "of them the learner was present."
        ),
        "criteria": {"narrative": "Present on a school day, as the day's register records."},
        "resultDescription": [
            _description(ident, "Days present", "RawScore", valueMin="0", valueMax=str(len(days)))
        ],
    }
    subject["result"] = [_result(ident, value=str(present))]
    return _achievement_credential("attendance", "Attendance", subject, issuer, issue)
