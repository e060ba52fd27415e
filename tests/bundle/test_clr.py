"""bundle/clr.py: the bundle's credential is a conformant 1EdTech CLR 2.0 ClrCredential.

A real node's bundle, read as a JSON-LD processor and a CLR / Open Badges 3.0 consumer
would: the three contexts in order, every term defined (expansion drops nothing: pyld's
``on_property_dropped`` hook, what JSON-LD safe mode refuses), canonicalization that loads
only the shipped contexts and never a socket, and the shapes CLR 2.0 and OB 3.0 require
(the required fields of each class, Results matching ResultDescriptions, enumerations).
The published JSON Schemas for CLR 2.0.1 / OB 3.0.3 were not in any source reachable from
here (the 1EdTech validator ships only VC 1.1-era draft-04 ones), so the required fields
are checked below from the specifications' data models.
"""

from __future__ import annotations

import copy
import socket
from pathlib import Path
from typing import Any

import pytest
from pyld import jsonld
from tests.sync.netutil import make_node

from edunode.bundle import clr, contexts, proofset, rdfc, transfer
from edunode.errors import BundleError

# OB 3.0 IdentifierTypeEnum and ResultType, ResultStatusType, AchievementType (extensible
# with "ext:"), from the specification's data model.
IDENTIFIER_TYPES = {
    "name", "sourcedId", "systemId", "productId", "userName", "accountId", "emailAddress",
    "nationalIdentityNumber", "isbn", "issn", "lisSourcedId", "oneRosterSourcedId",
    "sisSourcedId", "ltiContextId", "ltiDeploymentId", "ltiToolId", "ltiPlatformId",
    "ltiUserId", "identifier",
}  # fmt: skip
RESULT_TYPES = {
    "GradePointAverage", "LetterGrade", "Percent", "PerformanceLevel", "PredictedScore",
    "RawScore", "Result", "RubricCriterion", "RubricCriterionLevel", "RubricScore",
    "ScaledScore", "Status",
}  # fmt: skip
RESULT_STATUSES = {"Completed", "Enrolled", "Failed", "InProgress", "OnHold", "Provisional",
                   "Withdrew"}  # fmt: skip


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    home = tmp_path_factory.mktemp("clr") / "hill"
    node = make_node(home, "Hill Office", "Hill School")
    try:
        fractions = node.create_course("Fractions", subject="maths")
        lesson = node.add_lesson(fractions, "Unit 1", "Halves", "One half.")
        node.add_lesson(fractions, "Unit 1", "Quarters", "One quarter.")
        club = node.create_course("中文 阅读", shared=False)
        asha = node.add_learner("Asha Mwangi", birth_year=2014)
        node.enrol(asha, fractions, "2025-01-06")
        node.enrol(asha, club, "2025-01-07")
        node.set_enrolment_status(asha, club, "withdrawn")
        node.record_result(asha, fractions, "Quiz 1", 7, 10, "2025-02-03")
        node.record_result(asha, fractions, "Quiz 2", 8.5, 10, "2025-02-10")
        node.record_attendance(asha, "2025-02-03", True)
        node.record_attendance(asha, "2025-02-04", False)
        node.record_attendance(asha, "2025-02-05", True)
        node.record_progress(asha, lesson, 25, date="2025-02-03")
        return transfer.build(node, asha)
    finally:
        node.close()


def credential(bundle: dict[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(bundle["credential"])


def members(cred: dict[str, Any]) -> list[dict[str, Any]]:
    return cred["credentialSubject"]["verifiableCredential"]


# --------------------------------------------------------------------------- JSON-LD


def test_contexts_are_the_three_in_order(bundle) -> None:
    cred = credential(bundle)
    assert cred["@context"] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    for member in members(cred):
        assert member["@context"] == [contexts.VC_V2, contexts.OB_V3]


def test_expansion_drops_no_term(bundle) -> None:
    """What JSON-LD safe mode refuses is a term that does not expand: none does, in the
    credential, its members, or their proofs."""
    dropped: list[Any] = []
    expanded = jsonld.expand(
        credential(bundle), {"documentLoader": rdfc.SHIPPED}, on_property_dropped=dropped.append
    )
    assert dropped == []
    # ... and what was kept is everything: the learner's name and a score are in RDF
    text = repr(expanded)
    assert "Asha Mwangi" in text and "'8.5'" in text and "中文 阅读" in text
    assert "https://purl.imsglobal.org/spec/vc/ob/vocab.html#Result" in text


def test_the_same_processor_drops_the_old_credentials_terms() -> None:
    """The check has teeth: the credential of before (v2 context only) loses its terms."""
    old = {
        "@context": [contexts.VC_V2],
        "type": ["VerifiableCredential", "ClrCredential"],
        "credentialSubject": {"achievement": [{"result": [{"score": 7}]}], "birthYear": 2014},
    }
    dropped: list[Any] = []
    jsonld.expand(old, {"documentLoader": rdfc.SHIPPED}, on_property_dropped=dropped.append)
    assert {"achievement", "birthYear"} <= set(dropped)
    with pytest.raises(BundleError, match="do not define .*achievement"):
        rdfc.canonicalize(old)


def test_every_value_survives_expansion_and_compaction(bundle) -> None:
    """Every text, number and truth value of the credential is in its expanded form, and
    compacting that back gives the same RDF dataset: nothing was lost on the way. (The
    compacted JSON itself differs: the CLR context types ``identifier`` as a value IRI, so
    compaction writes IRIs where the credential has terms.)"""
    cred = credential(bundle)
    options = {"documentLoader": rdfc.SHIPPED}
    expanded = jsonld.expand(cred, options)

    def leaves(node: Any, skip: tuple[str, ...] = ("@context",)) -> list[Any]:
        if isinstance(node, dict):
            return [x for k, v in node.items() if k not in skip for x in leaves(v, skip)]
        if isinstance(node, list):
            return [x for v in node for x in leaves(v, skip)]
        return [node]

    kept = set(map(repr, leaves(expanded)))
    # type names and the proof purpose (a vocabulary term) become IRIs; every other value
    # stays as it is
    values = leaves(cred, skip=("@context", "type"))
    missing = [v for v in values if repr(v) not in kept and v != "assertionMethod"]
    assert missing == []
    back = jsonld.compact(expanded, {"@context": cred["@context"]}, options)
    assert rdfc.canonicalize(back) == rdfc.canonicalize(cred)


def test_canonicalization_uses_only_shipped_contexts_and_no_network(bundle, monkeypatch) -> None:
    asked: list[str] = []

    def loader(url: str, options: Any = None) -> dict[str, Any]:
        asked.append(url)
        return rdfc.SHIPPED(url, options)

    def no_socket(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("canonicalization opened a socket")

    monkeypatch.setattr(socket, "socket", no_socket)
    monkeypatch.setattr(socket, "create_connection", no_socket)
    canonical = rdfc.canonicalize(credential(bundle), loader)
    assert set(asked) == {contexts.VC_V2, contexts.CLR_V2, contexts.OB_V3}
    assert "_:c14n0" in canonical and "Asha Mwangi" in canonical
    assert proofset.verify(credential(bundle)) == proofset.verify(members(credential(bundle))[0])


# --------------------------------------------------------------------------- CLR 2.0 / OB 3.0


def test_clr_credential_shape(bundle) -> None:
    cred = credential(bundle)
    for field in ("@context", "id", "type", "issuer", "validFrom", "name", "credentialSubject"):
        assert field in cred
    assert cred["type"] == ["VerifiableCredential", "ClrCredential"]
    assert cred["id"].startswith("urn:uuid:")
    issuer = cred["issuer"]
    assert issuer["type"] == ["Profile"] and issuer["id"].startswith("did:key:z6Mk")
    (school,) = issuer["otherIdentifier"]
    assert school["type"] == "IdentifierEntry" and school["identifierType"] == "ext:edunodeSchoolId"
    subject = cred["credentialSubject"]
    assert subject["type"] == ["ClrSubject"] and subject["id"].startswith("urn:edunode:learner:")
    kinds = {i["identityType"]: i["identityHash"] for i in subject["identifier"]}
    assert kinds == {"name": "Asha Mwangi", "ext:birthYear": "2014"}
    assert all(
        i["type"] == "IdentityObject" and i["hashed"] is False for i in subject["identifier"]
    )
    # the history, by its digest
    (history,) = cred["relatedResource"]
    assert history["digestSRI"] == clr.history_sri(transfer.history_digest(bundle["documents"]))


def test_one_signed_achievement_credential_per_course_and_one_for_attendance(bundle) -> None:
    cred = credential(bundle)
    key = proofset.verify(cred)
    names = []
    for member in members(cred):
        assert member["type"] == ["VerifiableCredential", "AchievementCredential"]
        for field in ("id", "issuer", "validFrom", "name", "credentialSubject"):
            assert field in member
        assert member["issuer"] == cred["issuer"]
        assert [p["cryptosuite"] for p in member["proof"]] == list(proofset.SUITES)
        assert proofset.verify(member) == key
        subject = member["credentialSubject"]
        assert (
            subject["type"] == ["AchievementSubject"]
            and subject["id"] == cred["credentialSubject"]["id"]
        )
        achievement = subject["achievement"]
        for field in ("id", "type", "criteria", "description", "name"):
            assert achievement[field], field
        assert achievement["criteria"]["narrative"]
        names.append((achievement["name"], achievement["achievementType"]))
    assert names[-1] == ("Attendance", "ext:Attendance")  # courses by ID, then attendance
    assert sorted(names[:-1]) == [("Fractions", "Course"), ("中文 阅读", "Course")]
    assert len({m["id"] for m in members(cred)}) == 3


def results_by_name(member: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each Result, under the name of the ResultDescription it points to (which must exist)."""
    subject = member["credentialSubject"]
    descriptions = {d["id"]: d for d in subject["achievement"]["resultDescription"]}
    out = {}
    for result in subject["result"]:
        assert result["type"] == ["Result"]
        description = descriptions[result["resultDescription"]]
        assert description["type"] == ["ResultDescription"]
        assert description["resultType"] in RESULT_TYPES
        out[description["name"]] = {**description, **result}
    assert len(out) == len(descriptions)  # one Result per description, none left over
    return out


def test_results_are_results_on_the_achievement_subject(bundle) -> None:
    by_name = {m["name"]: m for m in members(credential(bundle))}
    fractions = results_by_name(by_name["Fractions"])
    assert fractions["Quiz 1"]["value"] == "7" and fractions["Quiz 1"]["valueMax"] == "10"
    assert fractions["Quiz 2"]["value"] == "8.5"
    assert fractions["Lessons completed"]["value"] == "1"
    assert fractions["Enrolment"]["status"] == "Enrolled"
    assert by_name["Fractions"]["credentialSubject"]["activityStartDate"] == "2025-01-06"
    club = results_by_name(by_name["中文 阅读"])
    assert club["Enrolment"]["status"] == "Withdrew"
    assert club["Lessons completed"]["value"] == "0"
    attendance = by_name["Attendance"]
    days = results_by_name(attendance)["Days present"]
    assert (days["value"], days["valueMin"], days["valueMax"]) == ("2", "0", "3")
    subject = attendance["credentialSubject"]
    assert (subject["activityStartDate"], subject["activityEndDate"]) == (
        "2025-02-03", "2025-02-05",
    )  # fmt: skip
    for member in members(credential(bundle)):
        for r in results_by_name(member).values():
            assert "status" not in r or r["status"] in RESULT_STATUSES


def test_identifier_types_are_allowed_ones_or_extensions(bundle) -> None:
    found = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key in ("identifierType", "identityType", "achievementType"):
                if key in node:
                    found.append(node[key])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(credential(bundle))
    assert found
    for value in found:
        assert value in IDENTIFIER_TYPES or value == "Course" or value.startswith("ext:"), value


def test_build_is_a_pure_function_of_the_record(bundle) -> None:
    """Verification rebuilds the credential from the verified record: the same inputs give
    the same bytes, whatever the order the record lists its entries in."""
    checked = transfer.verify(bundle)
    issue = clr.Issue(
        credential_id=bundle["credential"]["id"],
        issuer_did=bundle["credential"]["issuer"]["id"],
        school_id=checked.school_id,
        school_name=checked.school_name,
        issued=bundle["credential"]["validFrom"],
        learner_id=checked.learner_id,
        history_sha256=checked.digest,
    )
    built = clr.build(checked.record, checked.courses, issue)
    assert built == clr.unsigned(bundle["credential"])
    shuffled = {k: (list(reversed(v)) if isinstance(v, list) else v)
                for k, v in checked.record.items()}  # fmt: skip
    assert (
        clr.build(shuffled, checked.courses, issue)["credentialSubject"]["identifier"]
        == (built["credentialSubject"]["identifier"])
    )


def test_too_large_a_record_is_refused_with_a_reason() -> None:
    issue = clr.Issue(
        "urn:uuid:0", "did:key:z6Mk", "S", "Hill", "2026-01-01T00:00:00Z", "L", "0" * 64
    )
    record: dict[str, Any] = {"name": "A", "birth_year": None, "enrolments": [], "progress": [],
                              "attendance": [], "results": []}  # fmt: skip
    many = dict(record, enrolments=[{"course": f"c{i}", "date": "", "status": "active"}
                                    for i in range(clr.MAX_COURSES + 1)])  # fmt: skip
    with pytest.raises(BundleError, match="more than a credential carries"):
        clr.build(many, {}, issue)
    assert clr.build(record, {}, issue)["credentialSubject"]["identifier"] == [
        {"type": "IdentityObject", "hashed": False, "identityHash": "A", "identityType": "name"}
    ]


def test_contexts_ship_as_package_data() -> None:
    """The files are in the package (pyproject package-data), not fetched nor in tests/."""
    import edunode.bundle.contexts as package

    folder = Path(package.__file__).parent
    assert sorted(p.name for p in folder.glob("*.json*")) == sorted(contexts.FILES.values())
    text = (Path(__file__).parents[2] / "pyproject.toml").read_text()
    assert "bundle/contexts/*.json" in text and "bundle/contexts/*.jsonld" in text


def test_a_cached_canonical_form_is_the_one_canonicalizing_gives(bundle) -> None:
    """Export signs and then verifies the same credential, so the second canonicalization
    comes from a cache. It must equal a fresh one, and a changed claim must not hit it."""
    member = copy.deepcopy(members(credential(bundle))[0])
    member.pop("proof", None)
    rdfc.forget_canonical_forms()
    fresh = rdfc.canonicalize(member)
    assert rdfc.canonicalize(member) == fresh  # from the cache
    rdfc.forget_canonical_forms()
    assert rdfc.canonicalize(member) == fresh  # and computed again
    member["name"] = "A changed claim"
    changed = rdfc.canonicalize(member)
    assert changed != fresh and "A changed claim" in changed
