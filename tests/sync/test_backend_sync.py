"""Two nodes on different databases sync over real TLS on 127.0.0.1 (issue 16): a school PC
on SQLite and a node on PostgreSQL, each with a course whose title is as long as a title may
be and whose case-folded copy is longer still ("ß" folds to "ss"). On PostgreSQL such a
title used to fail to store, and the link carrying it failed and reconnected for good."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.sync.netutil import PIN, course_titles, in_sync, link, service, stop_all, wait_for

from edunode.service.node import Node

pytestmark = pytest.mark.net

LONG = "ß" * 200


def test_a_sqlite_pc_and_a_postgresql_node_sync_the_longest_titles(
    tmp_path: Path, pg_url: str
) -> None:
    hill = Node.init(tmp_path / "hill", name="Hill Office", school_name="Hill School",
                     admin_pin=PIN)  # fmt: skip
    vale = Node.init(tmp_path / "vale", name="Vale Office", school_name="Vale School",
                     admin_pin=PIN, store_url=pg_url)  # fmt: skip
    assert (hill.store.backend(), vale.store.backend()) == ("sqlite", "postgresql")
    hill.create_course(LONG, summary="from the SQLite PC")
    vale.create_course("ẞ" + "ss" * 99 + "!", summary="from the PostgreSQL node")
    vale.add_learner("Straße " * 28 + "Groß")  # school data: stays at Vale
    sh, sv = service(hill), service(vale)
    try:
        link((hill, sh), (vale, sv), "community")
        both = {LONG, "ẞ" + "ss" * 99 + "!"}
        wait_for(lambda: course_titles(hill) == both == course_titles(vale), what="both courses")
        wait_for(lambda: in_sync((sh, vale.node_id), (sv, hill.node_id)), what="in sync")
        assert hill.list_learners() == []
    finally:
        stop_all(sh, sv)
    for node in (hill, vale):
        assert node.check() == []
        node.close()
