"""The learner's record bundle: export at one school, verify offline, import at another.

Real nodes and stores in tmp_path, the real CLI in subprocesses for the story; every forged
bundle below is made with real keys (a re-signed credential is what an attacker who holds
a school PC's key could make), so each check is shown to stand on its own.
"""

from __future__ import annotations

import base64
import copy
import json
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.helpers import join_school, send_doc, sync
from tests.sync.netutil import PIN, cli, make_node

from edunode.bundle import clr, proofset, transfer, vc
from edunode.errors import BundleError, PermissionDenied
from edunode.service.node import Node


@pytest.fixture
def hill(tmp_path: Path):
    """Hill School with a learner who has a record in a shared and in a private course."""
    node = make_node(tmp_path / "hill", "Hill Office", "Hill School")
    shared = node.create_course("Fractions", subject="maths")
    lesson = node.add_lesson(shared, "Unit 1", "Halves", "One half.")
    private = node.create_course("Staff club", shared=False)
    asha = node.add_learner("Asha Mwangi", birth_year=2014, notes="Likes maths.")
    node.enrol(asha, shared, "2025-01-06")
    node.enrol(asha, private, "2025-01-07")
    node.record_result(asha, shared, "Quiz 1", 7, 10, "2025-02-03")
    node.record_result(asha, shared, "Quiz 2", 8.5, 10, "2025-02-10")
    node.record_result(asha, private, "Chess", 3, 5, "2025-02-11")
    node.record_attendance(asha, "2025-02-03", True)
    node.record_attendance(asha, "2025-02-04", False)
    node.record_progress(asha, lesson, 25, date="2025-02-03")
    node.add_learner("Baraka")  # another learner: never in Asha's bundle
    yield node, asha, shared, private
    node.close()


@pytest.fixture
def river(tmp_path: Path):
    node = make_node(tmp_path / "river", "River Office", "River School")
    yield node
    node.close()


def bundle_of(hill) -> dict:
    node, asha, _, _ = hill
    return transfer.build(node, asha)


def resign(credential: dict, node: Node) -> dict:
    """The credential and the ones it embeds re-signed by ``node``'s key, as their issuer."""
    unsigned = clr.unsigned(credential)
    issuer = {**unsigned["issuer"], "id": vc.did_key(node.public_key)}
    unsigned["issuer"] = issuer
    for member in unsigned["credentialSubject"]["verifiableCredential"]:
        member["issuer"] = issuer
    return clr.sign(unsigned, node.identity.private_key)


def with_digest(bundle: dict, node: Node) -> dict:
    """The credential naming the digest of the bundle's (changed) history, re-signed."""
    cred = copy.deepcopy(bundle["credential"])
    digest = transfer.history_digest(bundle["documents"])
    cred["relatedResource"][0]["digestSRI"] = clr.history_sri(digest)
    return resign(cred, node)


def result_of(credential: dict, title: str) -> dict:
    """The Result of the assessment called ``title``, in its course's credential."""
    for member in credential["credentialSubject"]["verifiableCredential"]:
        subject = member["credentialSubject"]
        for description in subject["achievement"]["resultDescription"]:
            if description["name"] == title:
                return next(
                    r for r in subject["result"] if r["resultDescription"] == description["id"]
                )
    raise AssertionError(f"no result {title!r}")


def refused(bundle: dict, reason: str) -> None:
    with pytest.raises(BundleError, match=reason):
        transfer.verify(transfer.parse(json.dumps(bundle).encode()))


# --------------------------------------------------------------------------- the story


def test_a_learner_moves_school_with_a_bundle_by_the_cli(hill, river, tmp_path: Path) -> None:
    node, asha, shared, private = hill
    hill_home, river_home = node.paths.home, river.paths.home
    node.close()
    river.close()
    out = tmp_path / "asha.edunode-learner.json"
    done = cli(hill_home, "bundle", "export", asha, "--out", str(out))  # PIN from the env
    assert done.returncode == 0 and "Asha Mwangi" in done.stdout
    assert stat.S_IMODE(out.stat().st_mode) == 0o600  # learner data: the owner only

    data = json.loads(out.read_text())
    inside = {d["id"] for d in data["documents"]}
    assert asha in inside and shared in inside
    assert private not in inside  # a private course never leaves its school
    assert len(inside) == 3  # Hill School, Fractions, Asha: no other learner

    # anyone can check it, on a PC where EduNode was never set up
    checked = json.loads(cli(tmp_path / "nowhere", "--json", "bundle", "verify", str(out)).stdout)
    assert not (tmp_path / "nowhere").exists()  # verifying made nothing
    damaged = tmp_path / "damaged.json"
    assert out.read_text().count('"value": "7"') == 1
    damaged.write_text(out.read_text().replace('"value": "7"', '"value": "10"'))
    bad = cli(tmp_path / "nowhere", "bundle", "verify", str(damaged), check=False)
    assert bad.returncode != 0 and "Traceback" not in bad.stderr and "edunode:" in bad.stderr
    assert checked["learner"] == "Asha Mwangi" and checked["school"] == "Hill School"
    assert checked["results"] == 3 and checked["attendance_days"] == 2
    assert [(p["cryptosuite"], p["verified"], p["credentials"]) for p in checked["proofs"]] == [
        ("eddsa-rdfc-2022", True, 4), ("eddsa-jcs-2022", True, 4),
    ]  # fmt: skip  # the record, its two courses and its attendance
    shown = cli(tmp_path / "nowhere", "bundle", "verify", str(out)).stdout
    assert "eddsa-rdfc-2022: checks out" in shown and "eddsa-jcs-2022: checks out" in shown

    got = json.loads(cli(river_home, "--json", "bundle", "import", str(out)).stdout)
    assert got["id"] == asha and got["unchanged"] is False  # the same learner, continued
    with Node(river_home) as r:
        moved = r.learner(got["id"])
        assert moved["name"] == "Asha Mwangi" and moved["birth_year"] == 2014
        assert moved["status"] == "active" and moved["school"] == r.school_id
        assert [(x["title"], x["score"], x["max"]) for x in moved["results"]] == [
            ("Quiz 1", 7.0, 10.0), ("Quiz 2", 8.5, 10.0), ("Chess", 3.0, 5.0),
        ]  # fmt: skip  # every record Hill wrote, the private course's result too
        assert [(a["date"], a["present"]) for a in moved["attendance"]] == [
            ("2025-02-03", True), ("2025-02-04", False),
        ]  # fmt: skip
        assert {e["course"] for e in moved["enrolments"]} == {shared, private}
        assert [p["minutes"] for p in moved["progress"]] == [25]
        assert moved["notes"].startswith("Likes maths.")
        assert r.course(shared)["title"] == "Fractions"  # the shared course came along
        assert r.docs.maybe(private) is None  # a private course never leaves its school
        assert r.check() == []
        assert "bundle_import" in {e["action"] for e in r.audit_log()}
    shown = json.loads(cli(hill_home, "--json", "learner", "show", asha).stdout)
    assert shown["status"] == "transferred" and shown["transferred_to"] == ""
    assert shown["transferred_on"] == shown["custody"][0]["date"]
    late = cli(hill_home, "result", asha, shared, "--title", "Late", "--score", "1", "--max",
               "2", check=False)  # fmt: skip
    assert late.returncode == 2 and "transferred" in late.stderr and "read-only" in late.stderr
    assert len(late.stderr.strip().splitlines()) == 1 and "Traceback" not in late.stderr
    listed = cli(hill_home, "learner", "list", "--all").stdout
    assert "Asha Mwangi" in listed and "transferred" in listed
    assert "Asha Mwangi" not in cli(hill_home, "learner", "list").stdout
    with Node(hill_home) as h:  # Hill keeps the history, read-only, out of its lists
        gone = h.learner(asha)
        assert gone["status"] == "transferred" and gone["transferred_on"]
        assert gone["transferred_to"] == ""  # no --to: an open release
        assert asha not in {x["id"] for x in h.list_learners()}
        assert asha in {x["id"] for x in h.list_learners(everyone=True)}
    again = cli(river_home, "bundle", "import", str(out))
    assert "nothing changed" in again.stdout and "Traceback" not in again.stderr


def test_the_credential_alone_verifies_with_a_standard_check(hill) -> None:
    """What any verifier checks: each proof over each credential, by the did:key it names;
    here with nothing from EduNode but the proof checks themselves."""
    node, *_ = hill
    credential = bundle_of(hill)["credential"]
    assert [p["cryptosuite"] for p in credential["proof"]] == ["eddsa-rdfc-2022", "eddsa-jcs-2022"]
    assert credential["issuer"]["id"] == vc.did_key(node.public_key)
    assert credential["type"] == ["VerifiableCredential", "ClrCredential"]
    assert proofset.verify(credential) == node.public_key
    members = credential["credentialSubject"]["verifiableCredential"]
    assert len(members) == 3  # Fractions, Staff club, attendance
    for member in members:
        assert member["type"] == ["VerifiableCredential", "AchievementCredential"]
        assert proofset.verify(member) == node.public_key
    name = credential["credentialSubject"]["identifier"][0]
    assert (name["identityType"], name["identityHash"]) == ("name", "Asha Mwangi")


def test_export_needs_the_admin_pin(hill, tmp_path: Path) -> None:
    node, asha, _, _ = hill
    out = tmp_path / "b.json"
    with pytest.raises(PermissionDenied):
        transfer.export_bundle(node, asha, out, "9999")
    assert not out.exists()


# --------------------------------------------------------------------------- forgeries


def test_a_summary_that_lies_is_refused_even_when_properly_signed(hill) -> None:
    node, *_ = hill
    bundle = bundle_of(hill)
    cred = copy.deepcopy(bundle["credential"])
    result_of(cred, "Quiz 1")["value"] = "10"  # 7 → 10
    bundle["credential"] = resign(cred, node)  # a valid proof by a real member
    refused(bundle, "summary does not match the signed learner record")


def test_a_credential_signed_by_someone_outside_the_school_is_refused(hill, river) -> None:
    bundle = bundle_of(hill)
    bundle["credential"] = resign(bundle["credential"], river)
    refused(bundle, "not a member of the learner's school")


def test_changed_history_is_refused(hill) -> None:
    node, asha, _, _ = hill
    bundle = bundle_of(hill)
    learner = bundle["documents"][-1]
    data = bytearray(base64.b64decode(learner["changes"][-1]))
    data[-3] ^= 0x01
    learner["changes"][-1] = base64.b64encode(bytes(data)).decode()
    refused(bundle, "does not match the history")  # the digest the issuer signed
    # ... and with the digest recomputed and re-signed by a member, the changes themselves
    bundle["credential"] = with_digest(bundle, node)
    refused(bundle, "signed history does not check out")


def test_a_record_of_another_learner_swapped_in_is_refused(hill) -> None:
    node, asha, _, _ = hill
    bundle = bundle_of(hill)
    baraka = next(le["id"] for le in node.list_learners() if le["name"] == "Baraka")
    other = transfer.build(node, baraka)
    bundle["documents"][-1] = other["documents"][-1]
    bundle["credential"] = with_digest(bundle, node)
    refused(bundle, "summary does not match")


def test_an_unsigned_edit_to_the_credential_breaks_its_proof(hill) -> None:
    bundle = bundle_of(hill)
    bundle["credential"]["credentialSubject"]["identifier"][0]["identityHash"] = "Someone Else"
    with pytest.raises(BundleError, match="does not match its content"):
        transfer.verify(bundle)
    checks = proofset.check_each(bundle["credential"])
    assert [c.ok for c in checks] == [False, False]  # both proofs fail


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "not JSON"),
        (b"\xff\xfe", "not JSON"),
        (b"[1, 2]", "not an EduNode record bundle"),
        (b'{"format": "something-else"}', "not an EduNode record bundle"),
        (b'{"format": "edunode-learner-bundle", "version": 99}', "update EduNode"),
        (b"[" * 100_000, "not JSON"),
    ],
)
def test_files_that_are_not_bundles(data: bytes, reason: str) -> None:
    with pytest.raises(BundleError, match=reason):
        transfer.verify(transfer.parse(data))


def test_damaged_history_entries(hill) -> None:
    bundle = bundle_of(hill)
    for damage, reason in [
        (lambda b: b.update(documents="nothing"), "missing or damaged"),
        (lambda b: b.update(documents=b["documents"][:1]), "missing or damaged"),
        (lambda b: b["documents"][0].update(changes=["%%%"]), "damaged"),
        (lambda b: b["documents"][0].update(signatures={"zz": "AAAA"}), "damaged"),
        (lambda b: b["documents"][0].pop("id"), "damaged"),
        (lambda b: b["documents"].reverse(), "does not match the history"),
        (lambda b: b.pop("credential"), "no credential"),
    ]:
        broken = copy.deepcopy(bundle)
        damage(broken)
        with pytest.raises(BundleError, match=reason):
            transfer.verify(broken)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_any_damage_to_the_file_is_refused(hill, data) -> None:
    """Flip, cut or insert bytes anywhere in the file: BundleError, never another exception,
    unless the damage lands where JSON ignores it (whitespace) and the bundle still checks."""
    raw = json.dumps(bundle_of(hill)).encode()
    damaged = bytearray(raw)
    at = data.draw(st.integers(0, 10**9)) % len(raw)  # the file's length varies
    kind = data.draw(st.sampled_from(["flip", "cut", "insert"]))
    if kind == "flip":
        damaged[at] ^= data.draw(st.integers(1, 255))
    elif kind == "cut":
        damaged = damaged[:at]
    else:
        damaged[at:at] = data.draw(st.binary(min_size=1, max_size=4))
    try:
        checked = transfer.verify(transfer.parse(bytes(damaged)))
    except BundleError as exc:
        assert str(exc)
    else:  # only harmless damage survives: the record is the one that was signed
        assert checked.record["name"] == "Asha Mwangi"
        assert checked.digest == transfer.verify(transfer.parse(raw)).digest


def test_a_history_out_of_order_is_refused_even_when_re_signed(hill) -> None:
    """The learner's school must come first (it decides who may write the rest) and the
    learner last; a member who reorders the history and re-signs gains nothing."""
    node, *_ = hill
    bundle = bundle_of(hill)
    bundle["documents"].reverse()
    bundle["credential"] = with_digest(bundle, node)
    refused(bundle, "does not check out|should not|after the learner")


# --------------------------------------------------------------------------- review findings


def test_a_pc_removed_from_the_school_cannot_bring_in_a_forged_learner(tmp_path: Path) -> None:
    """A stolen laptop, removed from Hill School, never hears of it and forges a learner.
    The bundle checks out against the school document it carries (nothing offline can know
    better), but River holds Hill's current school document and refuses it."""
    office = make_node(tmp_path / "office", "Hill Office", "Hill School")
    river = make_node(tmp_path / "river", "River Office", "River School")
    lab = join_school(office, tmp_path / "lab", "Hill Lab")
    try:
        course = office.create_course("Fractions")
        sync(office, lab)
        office.remove_school_member(lab.node_id)
        send_doc(office, river, office.school_id)  # River, a community peer, is up to date
        fake = lab.add_learner("Mallory", birth_year=2012)
        lab.enrol(fake, course, "2025-01-06")
        lab.record_result(fake, course, "Final exam", 100, 100, "2025-06-01")
        out = tmp_path / "mallory.json"
        transfer.release(lab, fake, "")  # the laptop never heard of its removal
        out.write_text(json.dumps(transfer.build(lab, fake)))
        assert transfer.verify(transfer.load(out)).record["name"] == "Mallory"
        with pytest.raises(BundleError, match="no longer counts as its own"):
            transfer.import_bundle(river, out, PIN)
        assert river.list_learners() == []
    finally:
        for node in (office, river, lab):
            node.close()


def test_honest_records_import_whole(hill, river, tmp_path: Path) -> None:
    """A withdrawal after progress, and more minutes on a lesson than one recording takes."""
    node, asha, shared, _ = hill
    lesson = node.add_lesson(shared, "Unit 1", "Quarters", "One quarter.")
    for day in range(1, 27):  # 26 sessions of an hour: 1,560 minutes in all
        node.record_progress(asha, lesson, 60, date=f"2025-03-{day:02d}")
    node.set_enrolment_status(asha, shared, "withdrawn")
    out = tmp_path / "asha.json"
    transfer.export_bundle(node, asha, out, PIN)
    moved = river.learner(transfer.import_bundle(river, out, PIN)["id"])
    assert [e["status"] for e in moved["enrolments"] if e["course"] == shared] == ["withdrawn"]
    assert sorted(p["minutes"] for p in moved["progress"]) == [25, 1560]


def test_an_unacceptable_record_is_caught_at_export(tmp_path: Path) -> None:
    """A learner created by a PC later removed from the school can't be verified anywhere
    (the network refuses it too): export says so instead of handing over a useless file."""
    office = make_node(tmp_path / "office", "Hill Office", "Hill School")
    lab = join_school(office, tmp_path / "lab", "Hill Lab")
    try:
        learner = lab.add_learner("Asha")
        send_doc(lab, office, learner)
        office.remove_school_member(lab.node_id)
        out = tmp_path / "asha.json"
        with pytest.raises(BundleError, match="can't be given as a bundle yet"):
            transfer.export_bundle(office, learner, out, PIN)
        assert not out.exists()
    finally:
        office.close()
        lab.close()


def test_values_jcs_cannot_write_and_malformed_fields_are_refused(hill) -> None:
    """Each reaches its own check: history damage needs no signature to be noticed; the
    credential's fields are damaged and then re-signed by a member."""
    node, *_ = hill
    for damage, reason in [
        (lambda b: b["documents"][0].update(extra=float("inf")), "not plain JSON"),
        (lambda b: b["documents"][0].update(extra=10**31), "not plain JSON"),
    ]:
        broken = bundle_of(hill)
        damage(broken)
        refused(broken, reason)
    for field, value, reason in [
        ("verifiableCredential", 5, "holds no course credentials"),
        ("verifiableCredential", [], "holds no course credentials"),
        ("verifiableCredential", ["x"], "not a credential"),
        ("validFrom", {"a": 1}, "no valid issue date"),
        ("type", ["VerifiableCredential"], "not a Comprehensive Learner Record"),
        ("id", 7, "no valid id"),
    ]:
        broken = bundle_of(hill)
        cred = copy.deepcopy(broken["credential"])
        if field == "verifiableCredential":
            cred["credentialSubject"]["verifiableCredential"] = value
        else:
            cred[field] = value
        unsigned = {k: v for k, v in cred.items() if k != "proof"}
        broken["credential"] = {  # only the jcs proof: checked before the history is
            **unsigned,
            "proof": [
                cred["proof"][0],
                vc.jcs_proof(unsigned, node.identity.private_key, created="2026-01-01T00:00:00Z"),
            ],
        }
        refused(broken, reason)


def test_scores_stay_within_what_json_keeps_exact(hill) -> None:
    """A maximum above a million is refused at entry, so every score a bundle carries is a
    number JSON and JCS write exactly (the reviewer found 2**53 broke export instead)."""
    from edunode.errors import ValidationError

    node, asha, shared, _ = hill
    with pytest.raises(ValidationError, match="at most 1,000,000"):
        node.record_result(asha, shared, "Huge", 1, 2**53, "2025-03-01")
    node.record_result(asha, shared, "Big but fine", 999_999.5, 1_000_000, "2025-03-01")
    assert transfer.verify(bundle_of(hill)).record["results"][-1]["score"] == 999_999.5
