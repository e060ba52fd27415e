"""The community summary over a real sync (TLS on loopback) and a USB package: the second
school receives it and ``report community --json`` there shows both schools; no learner's
name, ID or birth year, and no group under five, is in the bytes that crossed or in the
peer's data folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.sync.netutil import (
    WireLog,
    cli,
    in_sync,
    link,
    make_node,
    service,
    stop_all,
    wait_for,
)

from edunode import crdt
from edunode.domain import summary
from edunode.service import usb
from edunode.service.node import Node
from edunode.sync import messages as m

pytestmark = pytest.mark.net

HILL = [f"Hillpupil{i} Otieno" for i in range(6)]
VALE = [f"Valepupil{i} Njeri" for i in range(5)]
BIRTH = 2011


def _class(node: Node, names: list[str], course: str, small: str | None = None) -> list[str]:
    ids = []
    with node.batch():
        for i, name in enumerate(names):
            lid = node.add_learner(name, BIRTH)
            ids.append(lid)
            node.enrol(lid, course, "2026-01-05")
            if small and i < 3:
                node.enrol(lid, small, "2026-01-05")
            node.record_result(lid, course, "Quiz", 6 + i % 4, 10, "2026-02-01")
            node.record_attendance(lid, "2026-02-02", True)
    return ids


def _secrets_absent(blob: bytes, secrets: list[str]) -> None:
    for secret in secrets:
        assert secret.encode() not in blob, f"{secret!r} left the school"


def _states(changes: dict[str, list[bytes]]) -> dict[str, object]:
    """Each document rebuilt from the change bytes that crossed (inflating what Automerge
    compressed), read back as plain values."""
    out = {}
    for doc_id, items in changes.items():
        doc = crdt.new_document(b"\x01" * 32)
        crdt.apply(doc, items)
        out[doc_id] = crdt.read(doc)
    return out


def test_summary_syncs_and_names_no_learner(tmp_path: Path) -> None:
    hill = make_node(tmp_path / "hill", "Hill Office", "Hill School")
    vale = make_node(tmp_path / "vale", "Vale Office", "Vale School")
    maths = hill.create_course("Maths")
    hill.add_lesson(maths, "Unit 1", "Counting")
    art = hill.create_course("Art")
    hill_ids = _class(hill, HILL, maths, small=art)
    wire = WireLog()
    sh, sv = service(hill, observer=wire), service(vale)
    try:
        link((hill, sh), (vale, sv), "community")
        wait_for(lambda: vale.store.meta(maths) is not None, what="the shared course at Vale")
        _class(vale, VALE, maths)
        mine = hill.publish_summary()
        theirs = vale.publish_summary()
        wait_for(
            lambda: (
                vale.store.meta(mine["id"]) is not None
                and hill.store.meta(theirs["id"]) is not None
                and in_sync((sh, vale.node_id))
            ),
            what="both summaries across",
        )
        report = json.loads(cli(vale.paths.home, "report", "community", "--json").stdout)
    finally:
        stop_all(sh, sv)

    try:
        assert {s["school"] for s in report["schools"]} == {"Hill School", "Vale School"}
        (row,) = [c for c in report["courses"] if c["course_id"] == maths]
        by_school = {x["school"]: x for x in row["schools"]}
        assert by_school["Hill School"]["learners"] == 6
        assert by_school["Vale School"]["learners"] == 5
        assert by_school["Hill School"]["average_result"] == 71.7  # 6+7+8+9+6+7 = 43 of 60
        (small,) = [c for c in report["courses"] if c["course_id"] == art]
        assert small["schools"][0]["small"] and small["schools"][0]["learners"] is None

        # on the wire: every message Hill sent Vale, as the bytes it encodes to
        secrets = [*HILL, *hill_ids]
        sent = wire.sent[vale.node_id]
        _secrets_absent(b"".join(m.encode(msg)[1] for msg in sent), secrets)
        changes: dict[str, list[bytes]] = {}
        for msg in sent:
            if isinstance(msg, m.Changes):
                for batch in msg.batches:
                    changes.setdefault(batch.doc_id, []).extend(batch.changes)
        assert mine["id"] in changes
        states = _states(changes)
        _secrets_absent(json.dumps(states, default=str).encode(), secrets)
        published = states[mine["id"]]
        assert isinstance(published, dict) and summary.check(hill.school_id, published) == ""
        assert set(published["summary"]) == summary.TOP_KEYS
        assert BIRTH not in _values(published)
        for figures in published["summary"]["courses"].values():
            assert figures["learners"] is None or figures["learners"] >= 5
            assert set(figures) == summary.COURSE_KEYS

        # in the peer's files: the store, its WAL, the log, everything in the data folder
        # (the search would find them: Hill's own folder holds the names)
        assert any(
            HILL[0].encode() in p.read_bytes() for p in hill.paths.home.rglob("*") if p.is_file()
        )
        for path in vale.paths.home.rglob("*"):
            if path.is_file():
                _secrets_absent(path.read_bytes(), secrets)
        for doc_id, _ in vale.store.documents():
            _secrets_absent(json.dumps(vale.docs.state(doc_id), default=str).encode(), secrets)

        # and on a USB stick for a community peer: the package's bytes, its frames inflated
        stick = tmp_path / "stick"
        stick.mkdir()
        usb.export_package(hill, stick, vale.node_id, None)
        for path in stick.rglob("*"):
            if path.is_file():
                _secrets_absent(path.read_bytes(), secrets)
    finally:
        hill.close()
        vale.close()


def _values(state: object) -> list[object]:
    if isinstance(state, dict):
        return [v for x in state.values() for v in _values(x)]
    if isinstance(state, list):
        return [v for x in state for v in _values(x)]
    return [state]


def test_serve_publishes_the_summary_by_itself(tmp_path: Path) -> None:
    home = tmp_path / "hill"
    with make_node(home, "Hill Office", "Hill School") as node:
        maths = node.create_course("Maths")
        _class(node, HILL[:5], maths)
    cli(home, "serve", "--port", "0", "--interfaces", "127.0.0.1", "--for", "1")
    with Node(home) as node:
        found = node.summaries.last_published()
        assert found is not None and found["courses"][maths]["learners"] == 5
        assert not node.summaries.due()  # published today: the next one tomorrow
