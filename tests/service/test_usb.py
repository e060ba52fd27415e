"""USB sneakernet: PCs that never share a network link and sync through a folder.

Real parts throughout: real nodes and SQLite stores, real files in a folder standing in for
the stick, the real ``edunode`` CLI in subprocesses for the end-to-end story. The only fault
injected by hand is a failing rename (a stick pulled out mid-write), which a test can't
produce with a real stick.
"""

from __future__ import annotations

import json
import os
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.helpers import change_rows, forge_change, raw_db
from tests.sync.netutil import PIN, cli, make_node

from edunode import crdt
from edunode.errors import PermissionDenied, ValidationError
from edunode.files import atomic as safe_files
from edunode.service import usb
from edunode.service.node import Node
from edunode.sync import messages as m
from edunode.sync.framing import encode_frame
from edunode.sync.wire import Writer


def usb_link(a: Node, b: Node, stick: Path, role_ab: str, role_ba: str | None = None) -> str:
    """Link ``a`` and ``b`` through introductions on the stick; both approve. Returns the
    verification code, after checking that both screens show the same one."""
    usb.introduce(a, stick)
    usb.introduce(b, stick)
    (seen_by_b,) = [r for r in usb.import_folder(b, stick) if r["state"] == "introduced"]
    (seen_by_a,) = [r for r in usb.import_folder(a, stick) if r["state"] == "introduced"]
    assert seen_by_a["code"] == seen_by_b["code"], "both screens must show the same code"
    assert a.peers.get(b.node_id)["state"] == b.peers.get(a.node_id)["state"] == "pending"
    a.approve(b.node_id, role_ab, PIN)
    b.approve(a.node_id, role_ba or role_ab, PIN)
    return str(seen_by_a["code"])


def carry(src: Node, dst: Node, stick: Path) -> dict:
    """``src`` writes its package for ``dst``; ``dst`` reads the stick. ``dst``'s result."""
    usb.export_package(src, stick, dst.node_id, PIN)
    name = usb.package_name(src.node_id, dst.node_id)
    (result,) = [r for r in usb.import_folder(dst, stick) if Path(r["path"]).name == name]
    return result


def package_path(src: Node, dst: Node, stick: Path) -> Path:
    return stick / usb.SUBFOLDER / usb.package_name(src.node_id, dst.node_id)


def package_docs(path: Path) -> set[str]:
    """Document IDs inside a package, read by the module's own parser."""
    data = path.read_bytes()
    _, start = usb.read_header(data)
    body = memoryview(data)[: -usb.SIGNATURE_BYTES]
    return {b.doc_id for message in usb._frames(body, start) for b in message.batches}


def documents(node: Node) -> dict[str, tuple[str, object]]:
    return {d: (meta.kind, crdt.read(node.docs.get(d).doc)) for d, meta in node.store.documents()}


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


@pytest.fixture
def school(tmp_path: Path, stick: Path):
    """Hill Office (founded Hill School) and Hill Lab (a new PC), linked by USB as school."""
    a = make_node(tmp_path / "office", "Hill Office", "Hill School")
    b = make_node(tmp_path / "lab", "Hill Lab", None)
    usb_link(a, b, stick, "school")
    yield a, b
    a.close()
    b.close()


# --------------------------------------------------------------------------- the story


def test_two_pcs_off_the_network_link_and_sync_by_usb_with_the_cli(tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    office, lab = tmp_path / "office", tmp_path / "lab"
    assert cli(office, "init", "--name", "Hill Office", "--school", "Hill School",
               "--admin-pin", PIN).returncode == 0  # fmt: skip
    assert cli(lab, "init", "--name", "Hill Lab", "--join", "--admin-pin", PIN).returncode == 0
    office_id = json.loads(cli(office, "--json", "id").stdout)["id"]
    lab_id = json.loads(cli(lab, "--json", "id").stdout)["id"]

    def read(home: Path) -> list[dict]:
        return list(json.loads(cli(home, "--json", "usb", "import", str(stick)).stdout))

    cli(office, "usb", "introduce", str(stick))
    cli(lab, "usb", "introduce", str(stick))
    (at_lab,) = [r for r in read(lab) if r["state"] == "introduced"]
    (at_office,) = [r for r in read(office) if r["state"] == "introduced"]
    assert at_lab["from"] == office_id and at_office["from"] == lab_id
    assert at_lab["code"] == at_office["code"]  # the admins compare it by phone
    peers = {p["id"]: p for p in json.loads(cli(office, "--json", "peers").stdout)}
    assert peers[lab_id]["state"] == "pending" and peers[lab_id]["code"] == at_office["code"]
    cli(office, "approve", lab_id, "--role", "school")
    cli(lab, "approve", office_id, "--role", "school")

    course = json.loads(cli(office, "--json", "course", "create", "--title", "Fractions").stdout)
    asha = json.loads(cli(office, "--json", "learner", "add", "--name", "Asha").stdout)["id"]
    wrote = json.loads(cli(office, "--json", "usb", "export", str(stick)).stdout)
    assert [w["to"] for w in wrote] == [lab_id] and wrote[0]["role"] == "school"
    (got,) = [r for r in read(lab) if r["state"] == "imported"]
    assert got["from"] == office_id and got["received"] == wrote[0]["changes"]
    assert json.loads(cli(lab, "--json", "id").stdout)["school"] == "Hill School"  # joined
    lab_learners = json.loads(cli(lab, "--json", "learner", "list").stdout)
    assert [le["id"] for le in lab_learners] == [asha]
    assert course["id"] in {
        c["id"] for c in json.loads(cli(lab, "--json", "course", "list").stdout)
    }

    # ... and back: the Lab's record reaches the Office on the next trip of the stick
    cli(lab, "attendance", asha, "--date", "2025-03-04", "--absent")
    baraka = json.loads(cli(lab, "--json", "learner", "add", "--name", "Baraka").stdout)["id"]
    cli(lab, "usb", "export", str(stick))
    owed = log(lab) - log(office)
    assert owed
    (back,) = [r for r in read(office) if r["state"] == "imported"]
    assert back["received"] == len(owed)
    assert log(office) == log(lab)
    office_learners = {
        le["id"] for le in json.loads(cli(office, "--json", "learner", "list").stdout)
    }
    assert office_learners == {asha, baraka}
    for home in (office, lab):
        assert cli(home, "check").returncode == 0
    with Node(office) as node:
        actions = {entry["action"] for entry in node.audit_log()}
    assert {"usb_introduce", "usb_export", "usb_import"} <= actions


def log(home: Path) -> set[tuple[str, bytes]]:
    with raw_db(home / "edunode.db", readonly=True) as db:
        return set(db.execute("SELECT doc_id, hash FROM changes"))


def test_both_directions_converge_with_a_concurrent_lesson_edit(school, stick: Path) -> None:
    a, b = school
    course = a.create_course("Reading")
    lesson = a.add_lesson(course, "Unit 1", "Sounds", "Habari ya asubuhi.")
    assert carry(a, b, stick)["state"] == "imported"
    a.edit_lesson(lesson, body="Habari za asubuhi.")
    b.edit_lesson(lesson, body="Habari ya asubuhi, watoto.")
    carry(a, b, stick)
    carry(b, a, stick)
    assert a.lesson_body(lesson) == b.lesson_body(lesson) == "Habari za asubuhi, watoto."
    assert documents(a) == documents(b)
    again = carry(a, b, stick)  # the same package twice: nothing new, nothing duplicated
    assert again["state"] == "imported" and again["received"] == 0
    assert change_rows(a) == change_rows(b)
    assert a.check() == [] and b.check() == []


def test_a_document_split_over_frames_arrives_whole(
    school, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = school
    course = a.create_course("Long texts")
    for i in range(40):  # forty changes of about 500 bytes each
        a.add_lesson(course, "Unit 1", f"Story {i}", f"Part {i}: " + "story " * 60)
    monkeypatch.setattr(usb, "FRAME_BUDGET", 2_000)  # many small frames, the course in parts
    result = carry(a, b, stick)
    header, _ = usb.read_header(package_path(a, b, stick).read_bytes())
    assert header.frames > 3
    data = package_path(a, b, stick).read_bytes()
    body = memoryview(data)[: -usb.SIGNATURE_BYTES]
    parts = [batch for msg in usb._frames(body, usb.read_header(data)[1]) for batch in msg.batches]
    assert sum(batch.doc_id == course and batch.more for batch in parts) >= 2  # split
    assert result["state"] == "imported"
    assert documents(a) == documents(b)


# --------------------------------------------------------------------------- scope


def test_a_community_package_holds_no_learner_records_or_private_courses(
    tmp_path: Path, stick: Path
) -> None:
    a = make_node(tmp_path / "hill", "Hill Office", "Hill School")
    c = make_node(tmp_path / "river", "River Office", "学校" * 100)  # 600 bytes of UTF-8
    try:
        usb_link(a, c, stick, "community")
        shared = a.create_course("Fractions")
        private = a.create_course("Staff notes", shared=False)
        learner = a.add_learner("Asha")
        a.enrol(learner, shared, "2025-01-06")
        written = usb.export_package(a, stick, c.node_id, pin=None)  # no PIN: nothing private
        inside = package_docs(Path(written["path"]))
        assert shared in inside and a.school_id in inside
        assert learner not in inside and private not in inside
        assert carry(a, c, stick)["state"] == "imported"
        kinds = {kind for kind, _ in documents(c).values()}
        assert "learner" not in {
            meta.kind for d, meta in c.store.documents() if meta.school == a.school_id
        }
        assert "course" in kinds and shared in documents(c) and private not in documents(c)

        # River revokes the link: Hill's next package is refused, nothing from it applied
        c.revoke(a.node_id, PIN)
        a.update_course(shared, title="Fractions and decimals")
        rows = change_rows(c)
        result = carry(a, c, stick)
        assert result["state"] == "refused" and "no approved link" in result["reason"]
        assert change_rows(c) == rows
    finally:
        a.close()
        c.close()


def test_a_school_package_needs_the_admin_pin(school, stick: Path) -> None:
    a, b = school
    a.add_learner("Asha")
    with pytest.raises(PermissionDenied, match="PIN"):
        usb.export_package(a, stick, b.node_id, "9999")
    assert not package_path(a, b, stick).exists()


def test_no_package_for_a_pc_without_an_approved_link(tmp_path: Path, stick: Path) -> None:
    a = make_node(tmp_path / "a", "Hill Office", "Hill School")
    b = make_node(tmp_path / "b", "Stranger", None)
    try:
        usb.introduce(b, stick)
        usb.import_folder(a, stick)  # pending, not approved
        with pytest.raises(ValidationError, match="no approved link"):
            usb.export_package(a, stick, b.node_id, PIN)
    finally:
        a.close()
        b.close()


# --------------------------------------------------------------------------- the stick


def test_a_write_cut_short_keeps_the_previous_package(
    school, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = school
    a.add_learner("Asha")
    usb.export_package(a, stick, b.node_id, PIN)
    path = package_path(a, b, stick)
    before = path.read_bytes()
    a.add_learner("Baraka")

    def pulled_out(src: object, dst: object, **dir_fds: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(safe_files.os, "replace", pulled_out)
    with pytest.raises(usb.UsbError, match="could not write .*Input/output error"):
        usb.export_package(a, stick, b.node_id, PIN)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == sorted(
        [path.name, usb.introduction_name(a.node_id), usb.introduction_name(b.node_id)]
    )
    assert carry(a, b, stick)["state"] == "imported"


def test_missing_folder_and_empty_folder_are_named(school, tmp_path: Path) -> None:
    a, b = school
    with pytest.raises(usb.UsbError, match="does not exist"):
        usb.export_package(a, tmp_path / "no-stick", b.node_id, PIN)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(usb.UsbError, match="no EduNode package"):
        usb.import_folder(a, empty)
    done = cli(a.paths.home, "usb", "import", str(tmp_path / "no-stick"), check=False)
    assert done.returncode != 0 and "does not exist" in done.stderr
    assert "Traceback" not in done.stderr


# --------------------------------------------------------------------------- hostile files


def signed_package(sender: Node, recipient: Node, messages: list[m.Changes], **kw: int) -> bytes:
    """A package signed by ``sender`` holding ``messages`` as given (forged or not)."""
    header = usb.Header(
        sender.node_id, recipient.node_id, sender.name, sender.school_name, 0,
        kw.get("frames", len(messages)), 0, 0,
    )  # fmt: skip
    path = recipient.paths.home / "forged.edunode"
    usb.write_package(path, sender.identity, header, messages)
    return path.read_bytes()


def resign(sender: Node, body: bytes) -> bytes:
    return body + sender.identity.sign(usb.SIGNING_DOMAIN + usb.hashlib.sha256(body).digest())


def read_one(node: Node, stick: Path, data: bytes) -> dict:
    folder = stick / usb.SUBFOLDER
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    path = folder / "package.edunode"
    path.write_bytes(data)
    (result,) = usb.import_folder(node, stick)
    return result


def test_hostile_packages_are_refused_with_a_reason_and_nothing_applied(
    school, stick: Path, tmp_path: Path
) -> None:
    a, b = school
    course = a.create_course("Fractions")
    good = usb.export_package(a, stick, b.node_id, PIN)
    valid = Path(good["path"]).read_bytes()
    rows = change_rows(b)

    def refused(data: bytes, reason: str) -> None:
        result = read_one(b, stick, data)
        assert result["state"] == "refused", result
        assert reason in result["reason"], result["reason"]
        assert change_rows(b) == rows

    refused(b"", "not an EduNode USB package")
    refused(b"PK\x03\x04 a zip file", "not an EduNode USB package")
    refused(valid[: len(usb.MAGIC) + 3], "header is damaged")
    refused(valid[:-1], "signature does not match")
    refused(valid[:-200], "signature does not match")
    flipped = bytearray(valid)
    flipped[len(valid) // 2] ^= 0x01
    refused(bytes(flipped), "signature does not match")
    future = bytearray(valid)
    future[len(usb.MAGIC)] = usb.FORMAT + 1
    refused(bytes(future), "update EduNode")

    # signed by a PC this one never approved
    stranger = make_node(tmp_path / "stranger", "Stranger", None)
    try:
        header, start = usb.read_header(valid)
        w = Writer()
        w.raw(usb.MAGIC)
        w.out.append(usb.FORMAT)
        for text in (stranger.node_id, b.node_id, "Stranger", ""):
            w.text(text)
        for n in (0, header.frames, 0, 0):
            w.uint(n)
        w.raw(valid[start : -usb.SIGNATURE_BYTES])
        refused(resign(stranger, bytes(w.out)), "no approved link")
    finally:
        stranger.close()

    # signed by the approved Office, but with a change whose signature is forged
    changes, _ = forge_change(a, course, lambda tx: crdt.put(tx, crdt.ROOT, "title", "Hacked"))
    forged = m.Changes((m.DocChanges(course, tuple(c.data for c in changes), ()),))
    result = read_one(b, stick, signed_package(a, b, [forged]))
    assert result["state"] == "refused" and "rejected" in result["reason"]
    assert b.peers.get(a.node_id)["incidents"] == 1
    assert change_rows(b) == rows

    # a frame that inflates past the limit (a decompression bomb), a frame of another
    # type, a package shorter than its header says: all refused, signed or not
    bomb_payload = zlib.compress(b"\x00" * (usb.MAX_MESSAGE + 10), 9)
    body = valid[: -usb.SIGNATURE_BYTES]
    _, start = usb.read_header(valid)
    for frames, reason in [
        (encode_frame(m.MessageType.CHANGES, bomb_payload, max_frame=usb.MAX_FRAME), "inflates"),
        (encode_frame(m.MessageType.PING, zlib.compress(b"")), "type"),
        (b"", "ends in the middle"),
        (encode_frame(m.MessageType.CHANGES, b"not zlib"), "damaged compressed data"),
        (encode_frame(m.MessageType.CHANGES, zlib.compress(b"x" * 50)[:-4]), "cut short"),
        (b"\x00\x00\x10", "cut short"),
    ]:
        header_only = body[:start]
        refused(resign(a, header_only + frames), reason)
    assert b.check() == []


def test_another_pcs_package_is_skipped_not_refused(tmp_path: Path, school, stick: Path) -> None:
    a, b = school
    c = make_node(tmp_path / "c", "Hill Library", None)
    try:
        written = usb.export_package(a, stick, b.node_id, PIN)
        rows = change_rows(c)
        result = read_one(c, stick, Path(written["path"]).read_bytes())
        assert result["state"] == "skipped" and "another PC" in result["reason"]
        assert change_rows(c) == rows
    finally:
        c.close()


def test_damaged_or_blocked_introductions(tmp_path: Path, stick: Path) -> None:
    a = make_node(tmp_path / "a", "Hill Office", "Hill School")
    b = make_node(tmp_path / "b", "Pest", None)
    try:
        intro = Path(usb.introduce(b, stick)["path"])
        data = intro.read_bytes()
        for bad, reason in [
            (data[:-1] + bytes([data[-1] ^ 1]), "signature does not match"),
            (data[:-1], "damaged"),
            (data[: len(usb.INTRO_MAGIC) + 5], "cut short"),
            (data[: len(usb.INTRO_MAGIC) + 1] + b"\xff" * 80, "damaged"),
        ]:
            result = read_one(a, stick, bad)
            assert result["state"] == "refused" and reason in result["reason"], result
            assert a.peers.get(b.node_id) is None
        assert read_one(a, stick, data)["state"] == "introduced"
        a.refuse(b.node_id, PIN, block=True)
        result = read_one(a, stick, data)
        assert result["state"] == "skipped" and "blocked" in result["reason"]
        assert a.peers.get(b.node_id)["state"] == "blocked"
    finally:
        a.close()
        b.close()


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_any_damage_to_a_package_is_refused_or_harmless(school, stick: Path, data) -> None:
    """Cut, flip or splice a valid package anywhere: the import never raises and refuses it
    with a reason (the signature covers every byte), and the store stays sound."""
    a, b = school
    a_docs = {d for d, _ in a.store.documents()}
    valid = Path(usb.export_package(a, stick, b.node_id, PIN)["path"]).read_bytes()
    damaged = bytearray(valid)
    kind = data.draw(st.sampled_from(["cut", "flip", "insert"]))
    at = data.draw(st.integers(0, 10**9)) % len(valid)  # lengths may vary
    if kind == "cut":
        damaged = damaged[:at]
    elif kind == "flip":
        damaged[at] ^= data.draw(st.integers(1, 255))
    else:
        damaged[at:at] = data.draw(st.binary(min_size=1, max_size=8))
    result = read_one(b, stick, bytes(damaged))
    assert result["state"] == "refused" and result["reason"]
    assert {d for d, _ in b.store.documents()} <= a_docs
    assert b.check() == []


def test_a_package_read_on_a_running_pc_reaches_its_network_peers(
    tmp_path: Path, stick: Path
) -> None:
    """What arrives by USB is committed like what arrives by network: a PC that reads the
    stick passes it on to its online peers (the CLI writes; the node's service notices)."""
    from tests.sync.netutil import link, service, stop_all, wait_for

    office = make_node(tmp_path / "office", "Hill Office", "Hill School")
    lab = make_node(tmp_path / "lab", "Hill Lab", None)
    annex = make_node(tmp_path / "annex", "Hill Annex", None)
    s_office, s_annex = service(office), service(annex)
    try:
        link((office, s_office), (annex, s_annex), "school")
        usb_link(office, lab, stick, "school")
        carry(office, lab, stick)  # Lab joins the school by USB
        lab.add_learner("Offline Learner")
        usb.export_package(lab, stick, office.node_id, PIN)
        done = cli(office.paths.home, "--json", "usb", "import", str(stick))
        assert done.returncode == 0
        wait_for(
            lambda: "Offline Learner" in {le["name"] for le in annex.list_learners()},
            timeout=20,
            what="the learner read from the stick reaches the annex over the network",
        )
    finally:
        stop_all(s_office, s_annex)
        for node in (office, lab, annex):
            node.close()
    assert os.path.exists(stick / usb.SUBFOLDER)


def test_an_introduction_with_an_unreadable_certificate_does_not_block_the_stick(
    school, stick: Path
) -> None:
    """Anyone can put a file on a stick: an introduction whose certificate names an unknown
    key algorithm is refused on its own, and the real package beside it is still read."""
    import time

    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    a, b = school
    a.add_learner("Asha")
    for old in (stick / usb.SUBFOLDER).iterdir():
        old.unlink()
    usb.export_package(a, stick, b.node_id, PIN)
    der = x509.load_pem_x509_certificate(a.certificate_pem()).public_bytes(Encoding.DER)
    ed25519 = bytes.fromhex("06032b6570")  # the OID 1.3.101.112, in the key's algorithm
    at = [i for i in range(len(der)) if der.startswith(ed25519, i)][1]
    unknown = der[:at] + bytes.fromhex("06032a0304") + der[at + 5 :]  # OID 1.2.3.4
    w = Writer()
    w.raw(usb.INTRO_MAGIC)
    w.out.append(usb.FORMAT)
    w.blob(unknown, m.MAX_CERT)
    for text in ("x", "y", "z"):
        w.text(text)
    w.uint(int(time.time()))
    intro = stick / usb.SUBFOLDER / "0000000-introduction.edunode"
    intro.write_bytes(bytes(w.out) + b"\0" * 64)
    os.utime(intro, (1, 1))  # read first
    results = {Path(r["path"]).name: r for r in usb.import_folder(b, stick)}
    assert results[intro.name]["state"] == "refused"
    assert "damaged" in results[intro.name]["reason"]
    assert results[usb.package_name(a.node_id, b.node_id)]["state"] == "imported"
    assert [le["name"] for le in b.list_learners()] == ["Asha"]
