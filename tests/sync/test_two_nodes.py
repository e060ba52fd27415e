"""Two and three nodes on 127.0.0.1: discover, request, compare codes, approve, converge.

The first test runs real ``edunode serve`` processes and drives them with the CLI (link,
approve, peers --json, sync --once); the others run NetworkService instances in-process (one
loop thread each) for speed. Zeroconf binds to 127.0.0.1 only.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from tests.sync.netutil import (
    FAST,
    PIN,
    Served,
    WireLog,
    cli,
    course_titles,
    in_sync,
    learner_names,
    link,
    make_node,
    service,
    stop_all,
    wait_for,
)

from edunode.service.node import Node
from edunode.sync import messages as m
from edunode.sync.pipeline import SessionConfig

pytestmark = pytest.mark.net


def as_json(done: object) -> object:
    return json.loads(done.stdout)  # type: ignore[attr-defined]


def peer_row(home: Path, node_id: str) -> dict[str, object] | None:
    rows = as_json(cli(home, "--json", "peers"))
    assert isinstance(rows, list)
    for row in rows:
        assert {"id", "name", "school", "state", "code", "role", "online"} <= row.keys()
    return next((r for r in rows if r["id"] == node_id), None)


def read(home: Path, fn: object) -> object:
    with Node(home) as node:
        return fn(node)  # type: ignore[operator]


def test_two_serve_processes_link_by_cli_and_converge(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a_id = as_json(
        cli(
            a,
            "--json",
            "init",
            "--name",
            "Office PC",
            "--school",
            "Hill School",
            "--admin-pin",
            PIN,
        )
    )["id"]  # type: ignore[index]
    b_id = as_json(cli(b, "--json", "init", "--name", "Lab PC", "--join", "--admin-pin", PIN))["id"]  # type: ignore[index]
    course = as_json(cli(a, "--json", "course", "create", "--title", "Fractions"))["id"]  # type: ignore[index]
    lesson = as_json(
        cli(
            a,
            "--json",
            "lesson",
            "add",
            course,
            "--module",
            "Unit 1",
            "--title",
            "Halves",
            "--body",
            "One half.",
        )
    )["id"]  # type: ignore[index]
    learner = as_json(cli(a, "--json", "learner", "add", "--name", "Amina Juma"))["id"]  # type: ignore[index]

    sa, sb = Served(a), Served(b)
    try:
        # discovery over mDNS on 127.0.0.1, then a link request by node ID
        wait_for(lambda: peer_row(a, b_id), timeout=15, what="A discovers B")
        sent = as_json(cli(a, "--json", "link", b_id))
        assert sent["state"] == "requested" and sent["reply"] == "pending"  # type: ignore[index]
        pending = wait_for(lambda: peer_row(b, a_id), what="B shows the request")
        assert pending["state"] == "pending" and pending["name"] == "Office PC"
        assert pending["code"] == sent["code"]  # type: ignore[index]  # both screens agree

        cli(b, "approve", a_id[:15], "--role", "school")  # PIN from $EDUNODE_ADMIN_PIN
        cli(a, "approve", b_id, "--role", "school")
        wait_for(
            lambda: learner in [le["id"] for le in read(b, lambda n: n.list_learners())],  # type: ignore[attr-defined]
            timeout=10,
            what="B receives the learner",
        )
        assert read(b, lambda n: n.school_name) == "Hill School"  # B adopted the school
        row = wait_for(lambda: (r := peer_row(a, b_id)) and r["online"] and r, what="B online at A")
        assert row["state"] == "approved" and row["role"] == "school"

        done = cli(b, "--json", "sync", "--once", "--timeout", "15")
        assert [r["result"] for r in as_json(done)] == ["in_sync"]  # type: ignore[index, union-attr]

        # B goes offline; both edit the same lesson; B comes back: the edits merge
        assert sb.stop() == 0
        cli(a, "lesson", "edit", lesson, "--body", "One half. Two halves make a whole.")
        cli(b, "lesson", "edit", lesson, "--body", "Lesson 1: One half.")
        sb = Served(b)
        merged = "Lesson 1: One half. Two halves make a whole."
        wait_for(
            lambda: (
                read(a, lambda n: n.lesson_body(lesson)) == merged
                and read(b, lambda n: n.lesson_body(lesson)) == merged
            ),
            timeout=10,
            what="merge",
        )

        # a CLI command on a home whose `serve` is running: picked up within a moment
        geometry = as_json(cli(a, "--json", "course", "create", "--title", "Geometry"))["id"]
        wait_for(
            lambda: read(b, lambda n: n.docs.maybe(geometry) is not None),
            timeout=5,
            what="a CLI change pushed by the running serve",
        )
        cli(a, "revoke", b_id)
        wait_for(
            lambda: "closed the connection: not_approved" in sb.text(),
            timeout=5,
            what="the revoke drops the connection at once",
        )
    finally:
        codes = (sa.stop(), sb.stop())
    assert codes == (0, 0)
    log = sa.text()
    assert "found Lab PC" in log and "sync with Lab PC" in log
    assert "link request from Office PC" in sb.text()


def test_concurrent_lesson_edits_merge_over_the_network(tmp_path: Path) -> None:
    a = make_node(tmp_path / "a", "A", "Hill School")
    b = make_node(tmp_path / "b", "B", None)
    course = a.create_course("Reading")
    lesson = a.add_lesson(course, "Unit 1", "Sounds", "The cat sat.")
    sa, sb = service(a), service(b)
    try:
        link((a, sa), (b, sb), "school")
        wait_for(
            lambda: b.docs.maybe(course) and b.lesson_body(lesson) == "The cat sat.",
            what="course on B",
        )
        stop_all(sa, sb)  # apart: both edit the same text
        a.edit_lesson(lesson, body="The black cat sat.")
        b.edit_lesson(lesson, body="The cat sat on the mat.")
        sa, sb = service(a, port=sa.port), service(b, port=sb.port)
        merged = "The black cat sat on the mat."
        wait_for(
            lambda: a.lesson_body(lesson) == merged and b.lesson_body(lesson) == merged,
            what="merge",
        )
        # live: an edit on one shows on the other within a moment
        started = time.monotonic()
        a.edit_lesson(lesson, body="The black cat sat on the red mat.")
        wait_for(lambda: b.lesson_body(lesson) == "The black cat sat on the red mat.", timeout=3)
        assert time.monotonic() - started < 3
    finally:
        stop_all(sa, sb)
        a.close()
        b.close()


def test_three_nodes_discover_link_and_converge(tmp_path: Path) -> None:
    a = make_node(tmp_path / "a", "Hill Office", "Hill School")
    b = make_node(tmp_path / "b", "Hill Lab", None)
    c = make_node(tmp_path / "c", "Vale Office", "Vale School")
    a.create_course("Fractions")
    private = a.create_course("Staff notes", shared=False)
    a.add_learner("Amina Juma")
    c.create_course("Rivers")
    sa, sb, sc = (service(n, discover=True) for n in (a, b, c))
    try:
        for node in (a, b, c):  # every node discovers the two others (and never itself)
            others = {n.node_id for n in (a, b, c)} - {node.node_id}
            wait_for(
                # other test runs on this machine may announce nodes too: a subset, not equal
                lambda node=node, others=others: others <= {p["id"] for p in node.peers.list()},
                timeout=15,
                what=f"{node.name} discovers the others",
            )
        link((a, sa), (b, sb), "school")
        link((a, sa), (c, sc), "community")
        link((b, sb), (c, sc), "community")
        wait_for(
            lambda: (
                course_titles(c) == {"Fractions", "Rivers"}
                and course_titles(b) == {"Fractions", "Rivers", "Staff notes"}
            ),
            what="courses converge",
        )
        assert course_titles(a) == {"Fractions", "Rivers", "Staff notes"}
        assert learner_names(b) == {"Amina Juma"} and learner_names(c) == set()
        assert c.docs.maybe(private) is None
        # live: new things made on any node reach the nodes whose links share them
        b.add_learner("Baraka Ali")
        c.create_course("Mountains")
        wait_for(
            lambda: (
                learner_names(a) == {"Amina Juma", "Baraka Ali"}
                and "Mountains" in course_titles(a)
                and "Mountains" in course_titles(b)
            ),
            timeout=5,
        )
        assert learner_names(c) == set()
        assert all(c.peers.get(n.node_id)["state"] == "approved" for n in (a, b))
        assert c.peers.get(c.node_id) is None  # a node never lists itself
    finally:
        stop_all(sa, sb, sc)
        for n in (a, b, c):
            n.close()


def test_interrupted_sync_resumes_without_resending(tmp_path: Path) -> None:
    a = make_node(tmp_path / "a", "A", "Hill School")
    b = make_node(tmp_path / "b", "B", None)
    with a.batch():
        learners = [a.add_learner(f"Learner {i:03d}") for i in range(120)]
    small = SessionConfig(
        handshake_timeout=1.0,
        idle_timeout=4.0,
        ping_interval=1.0,
        frame_budget=4000,
        docs_per_query=10,
    )
    first = WireLog()
    sa = service(a, config=small, observer=first)
    sb = service(b, config=small)
    try:
        link((a, sa), (b, sb), "school")
        # cut B off after a few frames have been applied there
        wait_for(lambda: b.count_learners() >= 20, what="part of the sync")
        sb.stop()
        got = {le["id"] for le in b.list_learners()}
        assert 20 <= len(got) < len(learners), "the cut should come mid-sync"
        second = WireLog()
        sa.stop()
        sa = service(a, port=sa.port, config=small, observer=second)
        sb = service(b, port=sb.port, config=small)
        wait_for(lambda: b.count_learners() == len(learners), what="resumed sync")
        resent = second.doc_ids_sent(b.node_id) & got
        changes = [
            bt.doc_id
            for msg in second.sent[b.node_id]
            if isinstance(msg, m.Changes)
            for bt in msg.batches
        ]
        assert not set(changes) & got, f"{len(resent)} documents already received were sent again"
    finally:
        stop_all(sa, sb)
        a.close()
        b.close()


def test_sync_once_reports_in_sync_and_unreachable(tmp_path: Path) -> None:
    a = make_node(tmp_path / "a", "A", "Hill School")
    c = make_node(tmp_path / "c", "C", "Vale School")
    a.create_course("Fractions")
    sa, sc = service(a), service(c, config=FAST)
    try:
        link((a, sa), (c, sc), "community")
        wait_for(lambda: in_sync((sa, c.node_id)), what="first sync")
        once = service(c, serve=False, dial=False)  # what `edunode sync --once` runs
        try:
            (result,) = once.sync_once(10)
        finally:
            once.stop()
        assert result["result"] == "in_sync"
        sa.stop()
        once = service(c, serve=False, dial=False)
        try:
            (result,) = once.sync_once(10)
        finally:
            once.stop()
        assert result["result"] == "unreachable"
    finally:
        stop_all(sa, sc)
        a.close()
        c.close()


def test_a_quiet_link_stays_up_on_pings(tmp_path: Path) -> None:
    a = make_node(tmp_path / "a", "A", "Hill School")
    c = make_node(tmp_path / "c", "C", "Vale School")
    quick = SessionConfig(handshake_timeout=1.0, idle_timeout=1.5, ping_interval=0.4)
    sa, sc = service(a, config=quick), service(c, config=quick)
    try:
        link((a, sa), (c, sc), "community")
        wait_for(lambda: in_sync((sa, c.node_id), (sc, a.node_id)), what="first sync")
        (session,) = sa.sessions(c.node_id)
        time.sleep(3 * quick.idle_timeout)  # nothing to sync: only pings cross
        assert sa.sessions(c.node_id) == [session] and not session.closed.is_set()
        a.create_course("Fractions")
        wait_for(lambda: course_titles(c) == {"Fractions"}, timeout=5, what="still live")
    finally:
        stop_all(sa, sc)
        a.close()
        c.close()
