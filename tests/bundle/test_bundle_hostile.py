"""Hostile record bundles and hostile places to write them (issue 9, items 1, 3 and 10).

Anyone can found a school, so every part of a bundle — the school, its members, the
learner's record — can be made by an attacker with real keys; each bundle below is. The
real ``edunode`` CLI runs each attack in a subprocess. A timeout there is not a speed test:
it is far above what the operation needs and only turns a hang into a failure; the
assertions are that the command finished, refused with a reason, and wrote nothing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from tests.helpers import join_school, raw_db, send_doc, sync
from tests.sync.netutil import cli, make_node

from edunode import crdt
from edunode.bundle import clr, transfer
from edunode.domain import learner as learner_domain
from edunode.service.node import Node

HANG = 60  # seconds: a hang exceeds it, the refusal takes a few
CANARY = b"the canary: nothing may write here\n"
SQLITE = b"SQLite format 3\x00"


@pytest.fixture
def evil(tmp_path: Path):
    """Evil School, founded by the attacker: a shared course with a lesson, a learner."""
    node = make_node(tmp_path / "evil", "Evil Office", "Evil School")
    course = node.create_course("Fractions")
    lesson = node.add_lesson(course, "Unit 1", "Halves")
    asha = node.add_learner("Asha", birth_year=2014)
    node.enrol(asha, course, "2025-01-06")
    yield node, asha, course, lesson
    node.close()


@pytest.fixture
def river(tmp_path: Path) -> Path:
    """River School's PC, closed: the CLI runs on it."""
    node = make_node(tmp_path / "river", "River Office", "River School")
    node.close()
    return node.paths.home


def write(path: Path, bundle: dict[str, Any]) -> Path:
    path.write_text(json.dumps(bundle), encoding="utf-8")
    return path


def reforged(node: Node, learner_id: str, bundle: dict[str, Any]) -> dict[str, Any]:
    """``bundle`` with the learner's history as ``node`` holds it now, re-committed and
    re-signed by ``node`` (a member of the school, as the attacker is of their own)."""
    bundle["documents"][-1] = transfer.signed_history(node, learner_id)
    credential = clr.unsigned(bundle["credential"])
    digest = transfer.history_digest(bundle["documents"])
    credential["relatedResource"][0]["digestSRI"] = clr.history_sri(digest)
    bundle["credential"] = clr.sign(credential, node.identity.private_key)
    return bundle


def store_rows(home: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table but the audit log, read from the file (read-only). The admin
    PIN's lock-out counter is left out too: the PIN check, made before any import work,
    counts the try first and resets it on success (service/admin_pin.py) — bookkeeping of
    the check, not something the import wrote."""
    with raw_db(home / "edunode.db", readonly=True) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        rows = {
            table: sorted(db.execute(f'SELECT * FROM "{table}"'), key=repr)
            for table in tables
            if table != "audit"
        }
    rows["settings"] = [r for r in rows["settings"] if r[0] != "admin_pin_failures"]
    return rows


def refused(done, *words: str) -> None:
    assert done.returncode != 0, done.stdout
    assert "Traceback" not in done.stderr and "edunode:" in done.stderr, done.stderr
    for word in words:
        assert word in done.stderr, done.stderr


# --------------------------------------------------------------------------- item 1


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_bundle_export_does_not_write_through_planted_links(evil, tmp_path: Path) -> None:
    node, asha, _, _ = evil
    home = node.paths.home
    others = [node.add_learner(name) for name in ("Baraka", "Chausiku")]  # one export each
    node.close()
    stick = tmp_path / "stick"
    stick.mkdir()
    bird = tmp_path / "canary"
    bird.write_bytes(CANARY)

    # a link at the old temporary name, to the PC's own database
    (stick / ".asha.json.partial").symlink_to(home / "edunode.db")
    cli(home, "bundle", "export", asha, "--out", str(stick / "asha.json"))
    assert (home / "edunode.db").read_bytes()[:16] == SQLITE
    assert cli(home, "check", check=False).returncode == 0
    assert (stick / "asha.json").is_file() and not (stick / "asha.json").is_symlink()
    assert transfer.verify(transfer.load(stick / "asha.json")).record["name"] == "Asha"

    # a link at the final name is replaced by the bundle, never written through
    (stick / "again.json").symlink_to(bird)
    cli(home, "bundle", "export", others[0], "--out", str(stick / "again.json"))
    assert bird.read_bytes() == CANARY
    assert (stick / "again.json").is_file() and not (stick / "again.json").is_symlink()

    # a folder that is a link to somewhere else is refused
    victim = tmp_path / "victim"
    victim.mkdir()
    (stick / "Bundles").symlink_to(victim, target_is_directory=True)
    done = cli(home, "bundle", "export", others[1], "--out", str(stick / "Bundles" / "a.json"),
               check=False)  # fmt: skip
    refused(done, "link")
    with Node(home) as again:  # a refused export released nobody
        assert again.learner(others[1])["status"] == "active"
    assert list(victim.iterdir()) == []
    assert sorted(p.name for p in stick.iterdir() if p.name.endswith(".partial")) == [
        ".asha.json.partial"  # the planted link, left alone; no temporary file of ours
    ]


# --------------------------------------------------------------------------- item 3


def test_a_bundle_claiming_endless_minutes_is_refused_at_once(evil, river: Path) -> None:
    """10**15 minutes on one lesson: the old import recorded them a day at a time (seven
    hundred billion writes). A number is bounded before it is used; honest totals above a
    day's minutes go in as one write (``test_honest_records_import_whole``)."""
    node, asha, course, lesson = evil
    writer = node.node_id[-8:]
    node.docs.change(
        asha,
        lambda tx: learner_domain.record_progress(
            tx, lesson, course, 10**15, "2025-02-03", True, writer
        ),
    )
    path = write(river.parent / "endless.json", transfer.build(node, asha))
    before = store_rows(river)
    refused(cli(river, "bundle", "import", str(path), check=False, timeout=HANG), "minutes")
    refused(cli(river, "bundle", "verify", str(path), check=False, timeout=HANG), "minutes")
    assert store_rows(river) == before


@pytest.mark.parametrize("where", ["verificationMethod", "issuer", "proofValue"])
def test_an_overlong_key_or_signature_is_refused_before_it_is_decoded(
    evil, tmp_path: Path, where: str
) -> None:
    """base58 decoding is quadratic: a 600 kB did:key took minutes. A did:key is about 56
    characters and a signature at most 89, so anything longer is refused unread."""
    node, asha, _, _ = evil
    bundle = transfer.build(node, asha)
    long = "z" + "2" * 600_000
    credential = bundle["credential"]
    jcs = credential["proof"][1]  # checked first
    if where == "verificationMethod":
        jcs["verificationMethod"] = "did:key:" + long
    elif where == "issuer":
        credential["issuer"]["id"] = "did:key:" + long
    else:
        jcs["proofValue"] = long
    path = write(tmp_path / f"{where}.json", bundle)
    refused(cli(tmp_path / "nowhere", "bundle", "verify", str(path), check=False, timeout=HANG),
            "too long")  # fmt: skip


def test_a_record_with_many_courses_costs_time_in_proportion(evil, tmp_path: Path) -> None:
    """30,000 enrolments and 30,000 results, each in a course of its own: the summary was
    recomputed course by course over every entry (1.8 billion steps). Now each entry is
    looked at once; the record is refused (no credential carries 60,000 courses)."""
    node, asha, _, _ = evil
    bundle = transfer.build(node, asha)
    count = 30_000

    def many(tx: Any) -> None:
        enrolments = learner_domain._map(tx, "enrolments")
        results = learner_domain._map(tx, "results")
        for i in range(count):
            entry = {"date": "2025-01-06", "status": "active"}
            crdt.put_map(tx, enrolments, f"{i:032x}", entry)
            crdt.put_map(tx, results, f"r{i:031x}", {
                "course": f"{i + count:032x}", "title": "Quiz", "score": 1.0, "max": 2.0,
                "date": "2025-02-03",
            })  # fmt: skip

    node.docs.change(asha, many)
    path = write(tmp_path / "many.json", reforged(node, asha, bundle))
    refused(cli(tmp_path / "nowhere", "bundle", "verify", str(path), check=False, timeout=HANG),
            "more than a credential carries")  # fmt: skip


# --------------------------------------------------------------------------- item 10


def test_a_refused_import_leaves_the_store_as_it_was(tmp_path: Path) -> None:
    """A PC removed from Hill School forges a learner enrolled in a shared course River has
    never seen. The old import stored the course before its last check refused the bundle,
    and the planted course then synced to every peer; now nothing is stored."""
    office = make_node(tmp_path / "office", "Hill Office", "Hill School")
    river = make_node(tmp_path / "river", "River Office", "River School")
    lab = join_school(office, tmp_path / "lab", "Hill Lab")
    try:
        course = office.create_course("Planted course")
        sync(office, lab)
        office.remove_school_member(lab.node_id)
        send_doc(office, river, office.school_id)  # River knows of the removal
        fake = lab.add_learner("Mallory", birth_year=2012)
        lab.enrol(fake, course, "2025-01-06")
        transfer.release(lab, fake, "")  # the laptop never heard of its removal
        path = write(tmp_path / "mallory.json", transfer.build(lab, fake))
    finally:
        for node in (office, lab, river):
            node.close()
    home = river.paths.home
    before = store_rows(home)
    assert course not in {row[0] for row in before["documents"]}
    done = cli(home, "bundle", "import", str(path), check=False, timeout=HANG)
    refused(done, "no longer counts as its own")
    assert store_rows(home) == before
    assert not (home / transfer.TRANSFERS).exists() or not any(
        (home / transfer.TRANSFERS).iterdir()
    )
