"""What a link shares: over a community link, learner records and private courses never
leave the node — checked in the peer's store and in every message that crossed the wire.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.sync.netutil import (
    PIN,
    WireLog,
    course_titles,
    in_sync,
    learner_names,
    link,
    make_node,
    service,
    stop_all,
    wait_for,
)

from edunode.store import schema as t
from edunode.sync import messages as m

pytestmark = pytest.mark.net


def stored_doc_ids(node: object) -> set[str]:
    rows = node.store.query(select(t.changes.c.doc_id).distinct())  # type: ignore[attr-defined]
    return {r["doc_id"] for r in rows}


def test_community_link_never_carries_school_records(tmp_path: Path) -> None:
    hill = make_node(tmp_path / "hill", "Hill Office", "Hill School")
    member = make_node(tmp_path / "member", "Hill Lab", None)
    vale = make_node(tmp_path / "vale", "Vale Office", "Vale School")
    shared = hill.create_course("Fractions")
    lesson = hill.add_lesson(shared, "Unit 1", "Halves", "One half.")
    private = hill.create_course("Staff notes", shared=False)
    learner = hill.add_learner("Amina Juma", birth_year=2014)
    hill.enrol(learner, shared)
    vale_course = vale.create_course("Rivers")
    vale_learner = vale.add_learner("Baraka Ali")
    secret = {learner, private}

    wire_hill, wire_vale = WireLog(), WireLog()
    sh = service(hill, observer=wire_hill)
    sm = service(member)
    sv = service(vale, observer=wire_vale)
    try:
        link((hill, sh), (member, sm), "school")
        link((hill, sh), (vale, sv), "community")
        wait_for(lambda: in_sync((sh, vale.node_id), (sh, member.node_id)), what="first sync")
        # live changes after the first sync: only the shared course's may go to Vale
        hill.record_progress(learner, lesson, 20)
        hill.update_course(private, summary="not for other schools")
        second = hill.add_learner("Chausiku Said")
        hill.edit_lesson(lesson, body="One half. Two quarters.")
        wait_for(
            lambda: (
                vale.lesson_body(lesson) == "One half. Two quarters."
                and learner_names(member) == {"Amina Juma", "Chausiku Said"}
            ),
            what="live changes",
        )
        secret.add(second)

        # the member PC of the same school holds everything of its school ...
        assert course_titles(member) == {"Fractions", "Staff notes", "Rivers"}
        # ... the other school holds the shared course and the school profile, nothing else
        assert course_titles(vale) == {"Fractions", "Rivers"}
        assert learner_names(vale) == {"Baraka Ali"}
        assert not stored_doc_ids(vale) & secret
        assert {d for d, _ in vale.store.documents()} == {
            vale.school_id,
            vale_course,
            vale_learner,
            hill.school_id,
            shared,
        }
        # ... and no message Hill sent to Vale even named a school-scoped document
        assert wire_hill.doc_ids_sent(vale.node_id) == {hill.school_id, shared}
        assert secret <= wire_hill.doc_ids_sent(member.node_id)
        # Vale did not offer its own learner to Hill either
        assert vale_learner not in wire_vale.doc_ids_sent(hill.node_id)
        assert vale_learner not in stored_doc_ids(hill)
        changes_to_vale = [
            b
            for msg in wire_hill.sent[vale.node_id]
            if isinstance(msg, m.Changes)
            for b in msg.batches
        ]
        assert changes_to_vale and {b.doc_id for b in changes_to_vale} <= {hill.school_id, shared}
    finally:
        stop_all(sh, sm, sv)
        for node in (hill, member, vale):
            node.close()


def test_removed_member_stops_receiving_school_records(tmp_path: Path) -> None:
    hill = make_node(tmp_path / "hill", "Hill Office", "Hill School")
    member = make_node(tmp_path / "member", "Hill Lab", None)
    hill.add_learner("Amina Juma")
    wire = WireLog()
    sh, sm = service(hill, observer=wire), service(member)
    try:
        link((hill, sh), (member, sm), "school")
        wait_for(lambda: learner_names(member) == {"Amina Juma"}, what="member in sync")
        hill.revoke(member.node_id, PIN)  # also removes the PC from the school (signed)
        wait_for(lambda: not sh.connected(member.node_id), timeout=3, what="dropped at once")
        late = hill.add_learner("Late Learner")
        time.sleep(0.6)  # longer than the poll interval: no reconnect, no push
        assert late not in wire.doc_ids_sent(member.node_id)
        assert not sh.connected(member.node_id)
        assert learner_names(member) == {"Amina Juma"}
    finally:
        stop_all(sh, sm)
        hill.close()
        member.close()


def test_a_school_relayed_live_arrives_before_its_courses(tmp_path: Path) -> None:
    """Vale is connected to Hill when Ridge, whom Vale has never met, links to Hill with
    its courses: Hill passes Ridge's school and courses on to Vale in one live push. Vale
    must receive the school first — a course of a school it does not know yet is refused
    as not authorised and the session torn down (seen in the district benchmark)."""
    hill = make_node(tmp_path / "hill", "Hill Office", "Hill School")
    vale = make_node(tmp_path / "vale", "Vale Office", "Vale School")
    ridge = make_node(tmp_path / "ridge", "Ridge Office", "Ridge School")
    titles = {f"Ridge course {i}" for i in range(40)}
    for title in sorted(titles):
        ridge.create_course(title)
    watch = WireLog()
    s_hill, s_vale, s_ridge = service(hill, observer=watch), service(vale), service(ridge)
    try:
        link((vale, s_vale), (hill, s_hill), "community")
        wait_for(lambda: in_sync((s_vale, hill.node_id)), what="Vale and Hill in sync")
        link((ridge, s_ridge), (hill, s_hill), "community")
        wait_for(lambda: titles <= course_titles(vale), timeout=30, what="Ridge's courses at Vale")
        assert len(vale.store.documents("school")) == 3
        assert vale.peers.get(hill.node_id)["incidents"] == 0  # type: ignore[index]
        ridge_school = ridge.school_id
        order = [
            b.doc_id
            for msg in watch.sent[vale.node_id]
            if isinstance(msg, m.Changes)
            for b in msg.batches
        ]
        ridge_docs = {d for d, meta in vale.store.documents() if meta.school == ridge_school}
        relayed = [d for d in order if d in ridge_docs | {ridge_school}]
        assert relayed and relayed[0] == ridge_school, "Ridge's school must come first"
    finally:
        stop_all(s_hill, s_vale, s_ridge)
        for node in (hill, vale, ridge):
            node.close()
