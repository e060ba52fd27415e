"""A school's community summary: groups of five or more, no learner-level field, one
document replaced by each publication, published once a day, and refused by every PC when
a forged one holds a small group or a learner's data (the one verification function)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from tests.helpers import send_doc

from edunode import crdt
from edunode.domain import summary
from edunode.domain.meta import Meta
from edunode.errors import RejectedChanges
from edunode.service.node import Node

NAMES = [f"Pupil{i} Mwangi" for i in range(9)]


def school_with_classes(home: Path, name: str = "Hill School") -> tuple[Node, dict[str, Any]]:
    """Six learners in Maths, three of them also in Art, all in a private course."""
    node = Node.init(home, name="Office", school_name=name, admin_pin="123456")
    maths = node.create_course("Maths")
    lessons = [node.add_lesson(maths, "Unit 1", f"Lesson {i}") for i in range(4)]
    art = node.create_course("Art")
    private = node.create_course("Staff notes", shared=False)
    ids = []
    with node.batch():
        for i, learner_name in enumerate(NAMES[:6]):
            lid = node.add_learner(learner_name, 2013)
            ids.append(lid)
            node.enrol(lid, maths, "2026-01-05")
            node.enrol(lid, private, "2026-01-05")
            if i < 3:
                node.enrol(lid, art, "2026-01-05")
            for lesson in lessons[: i % 4 + 1]:
                node.record_progress(lid, lesson, 15)
            node.record_result(lid, maths, "Quiz", 5 + i % 5, 10, "2026-02-01")
            node.record_attendance(lid, "2026-02-02", i != 0)
    return node, {"maths": maths, "art": art, "private": private, "ids": ids}


def test_summary_has_only_groups_of_five_and_no_learner_field(tmp_path: Path) -> None:
    node, c = school_with_classes(tmp_path / "hill")
    try:
        published = node.publish_summary()
        assert set(published) == summary.TOP_KEYS | {"id"}
        assert published["learners"] == 6
        assert set(published["courses"]) == {c["maths"], c["art"]}  # the private one: never
        maths = published["courses"][c["maths"]]
        # completion 1+2+3+4+1+2 = 13 of 24 lessons; results 5+6+7+8+9+5 = 40 of 60; 5 of 6 present
        assert maths == {"learners": 6, "completion": 54.2, "average_result": 66.7,
                         "attendance": 83.3}  # fmt: skip
        art = published["courses"][c["art"]]
        assert art == {"learners": None, "completion": None, "average_result": None,
                       "attendance": None}  # fmt: skip
        state = node.docs.state(published["id"])
        text = json.dumps(state, default=str)
        for secret in [*NAMES[:6], *c["ids"], "2013", c["private"], "birth"]:
            assert secret not in text
        assert summary.check(node.school_id, state) == ""
    finally:
        node.close()


def test_publishing_again_replaces_the_figures_in_the_same_document(tmp_path: Path) -> None:
    node, c = school_with_classes(tmp_path / "hill")
    try:
        first = node.publish_summary()
        for name in ("Late One", "Late Two"):
            node.enrol(node.add_learner(name), c["art"], "2026-03-02")
        second = node.publish_summary("2026-01-01", "2026-06-30")
        assert second["id"] == first["id"]
        assert [d for d, _ in node.store.documents("summary")] == [first["id"]]
        assert second["period"] == {"from": "2026-01-01", "to": "2026-06-30"}
        assert second["courses"][c["art"]]["learners"] == 5  # now a group of five
        assert node.community_report()["schools"][0]["learners"] == 8
        actions = [a["action"] for a in node.audit_log(action="summary_published")]
        assert len(actions) == 2
    finally:
        node.close()


def test_published_once_a_day_by_the_tick(tmp_path: Path) -> None:
    node, _ = school_with_classes(tmp_path / "hill")
    now = [dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.timezone.utc)]
    node.summaries.clock = lambda: now[0]
    try:
        assert node.summaries.run_if_due() is not None  # none yet: publish
        now[0] += dt.timedelta(hours=23)
        assert node.summaries.run_if_due() is None  # less than a day old
        now[0] += dt.timedelta(hours=2)
        again = node.summaries.run_if_due()
        assert again is not None and again["published_on"] == "2026-03-03"
        assert node.summaries.tick() is None  # just published: not due
    finally:
        node.close()


def _forge(node: Node, content: dict[str, Any]) -> str:
    """A summary document written straight through Documents, past the service's checks,
    as a modified EduNode would."""
    meta = Meta(kind="summary", school=node.school_id, scope="community")

    def put(tx: Any) -> None:
        crdt.put_map(tx, crdt.ROOT, "summary", content)

    doc_id, _ = node.docs.create(meta, put)
    return doc_id


@pytest.mark.parametrize(
    "damage",
    ["small group", "learner name", "individual figure", "figures for a small group"],
)
def test_a_forged_summary_is_refused_by_the_peer(tmp_path: Path, damage: str) -> None:
    hill, c = school_with_classes(tmp_path / "hill")
    vale = Node.init(tmp_path / "vale", name="Vale PC", school_name="Vale School")
    try:
        send_doc(hill, vale, hill.school_id)
        good = hill.summaries.build()
        bad = json.loads(json.dumps(good))
        maths = bad["courses"][c["maths"]]
        if damage == "small group":
            maths["learners"] = 3
        elif damage == "learner name":
            bad["names"] = NAMES[0]
        elif damage == "individual figure":
            maths["scores"] = "7,8,9"
        else:
            bad["courses"][c["art"]]["completion"] = 50.0
        forged = _forge(hill, bad)
        with pytest.raises(RejectedChanges) as refused:
            send_doc(hill, vale, forged)
        assert "summary" in str(refused.value)
        assert vale.store.meta(forged) is None  # nothing of it kept
        assert send_doc(hill, vale, _forge(hill, good)) >= 1  # the honest one goes through
    finally:
        hill.close()
        vale.close()
