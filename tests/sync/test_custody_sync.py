"""Custody over a real sync (TLS on loopback): the release reaches the old school's other
PC, the continued record reaches the new school's other PC and comes back with its
records, and neither school's PCs send the learner's record to the other school."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.sync.netutil import PIN, WireLog, in_sync, link, make_node, service, stop_all, wait_for

from edunode.bundle import transfer
from edunode.service.node import Node

pytestmark = pytest.mark.net


def _status(node: Node, learner_id: str) -> str:
    return node.learner(learner_id)["status"] if node.store.meta(learner_id) else ""


def test_custody_travels_within_each_school_and_not_between_them(tmp_path: Path) -> None:
    hill = make_node(tmp_path / "hill", "Hill Office", "Hill School")
    lab = Node.init(tmp_path / "lab", name="Hill Lab", school_name=None, admin_pin=PIN)
    river = make_node(tmp_path / "river", "River Office", "River School")
    annex = Node.init(tmp_path / "annex", name="River Annex", school_name=None, admin_pin=PIN)
    course = hill.create_course("Fractions")
    asha = hill.add_learner("Asha Mwangi", birth_year=2014)
    hill.enrol(asha, course, "2025-01-06")
    hill.record_result(asha, course, "Quiz 1", 7, 10, "2025-02-03")
    wire_hill, wire_river = WireLog(), WireLog()
    sh, sl = service(hill, observer=wire_hill), service(lab)
    sr, sa = service(river, observer=wire_river), service(annex)
    try:
        link((lab, sl), (hill, sh), "school")
        link((annex, sa), (river, sr), "school")
        link((river, sr), (hill, sh), "community")
        wait_for(lambda: _status(lab, asha) == "active", what="Asha at the lab")
        wait_for(lambda: hill.store.meta(river.school_id) is not None, what="River's school")

        transfer.export_bundle(hill, asha, tmp_path / "asha.json", PIN, to=river.school_id)
        wait_for(lambda: _status(lab, asha) == "transferred", what="the release at the lab")

        assert transfer.import_bundle(river, tmp_path / "asha.json", PIN)["id"] == asha
        wait_for(lambda: _status(annex, asha) == "active", what="Asha at the annex")
        annex.record_result(asha, course, "Annex test", 9, 10, "2025-03-01")
        wait_for(
            lambda: len(river.learner(asha)["results"]) == 2, what="the annex's result at River"
        )
        wait_for(
            lambda: in_sync((sh, river.node_id), (sr, hill.node_id), (sr, annex.node_id)),
            what="all in sync",
        )
    finally:
        stop_all(sh, sl, sr, sa)
    try:
        assert [r["title"] for r in annex.learner(asha)["results"]] == ["Quiz 1", "Annex test"]
        assert len(hill.learner(asha)["results"]) == 1  # Hill never got River's records
        # a learner's record is school data: never sent across the community link
        assert asha not in wire_hill.doc_ids_sent(river.node_id)
        assert asha not in wire_river.doc_ids_sent(hill.node_id)
        for node in (hill, lab, river, annex):
            assert node.check() == [], node.name
    finally:
        for node in (hill, lab, river, annex):
            node.close()
