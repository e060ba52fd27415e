"""Two nodes on different databases sync over real TLS on 127.0.0.1 (issue 16): a school PC
on SQLite and a node on PostgreSQL, each with a course whose title is as long as a title may
be and whose case-folded copy is longer still ("ß" folds to "ss"). On PostgreSQL such a
title used to fail to store, and the link carrying it failed and reconnected for good."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from tests.sync.netutil import (
    PIN,
    course_titles,
    in_sync,
    learner_names,
    link,
    service,
    stop_all,
    wait_for,
)

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


HOLD = 5.0


def test_a_running_serve_pushes_a_commit_that_became_visible_late(
    tmp_path: Path, store_url: str
) -> None:
    """The late-commit case with a running serve: writer A (a CLI, say) takes its log
    position and is slow to commit; writer B (another process) writes after it. The serve on
    the same store, polling the log, must push both to a PC of the school, live. Before the
    write lock, B committed first on PostgreSQL, the serve's mark moved past A's position,
    and A's learner was not sent until the next reconnect."""
    url = None if store_url.startswith("sqlite") else store_url
    office = Node.init(tmp_path / "office", name="Office", school_name="Hill School",
                       admin_pin=PIN, store_url=url)  # fmt: skip
    lab = Node.init(tmp_path / "lab", name="Lab PC", school_name=None, admin_pin=PIN)
    so, sl = service(office), service(lab)
    writer_a, writer_b = Node(office.paths.home), Node(office.paths.home)  # two processes
    inside, release = threading.Event(), threading.Event()
    made: dict[str, str] = {}

    def slow_a() -> None:
        with writer_a.store.write():
            made["a"] = writer_a.add_learner("Amina")  # in the log, not yet committed
            inside.set()
            release.wait(HOLD)

    def quick_b() -> None:
        made["b"] = writer_b.add_learner("Baraka")

    try:
        link((lab, sl), (office, so), "school")
        wait_for(lambda: lab.school_id == office.school_id, what="the lab PC in the school")
        wait_for(lambda: in_sync((so, lab.node_id)), what="in sync")
        a = threading.Thread(target=slow_a, name="writer a")
        a.start()
        assert inside.wait(HOLD)
        b = threading.Thread(target=quick_b, name="writer b")
        b.start()
        b.join(1.0)  # the serve polls every 0.2 s meanwhile
        release.set()
        a.join(HOLD)
        b.join(HOLD)
        assert set(made) == {"a", "b"}
        wait_for(lambda: learner_names(lab) == {"Amina", "Baraka"}, what="both learners")
    finally:
        release.set()
        stop_all(sl, so)
        writer_a.close()
        writer_b.close()
    for node in (office, lab):
        assert node.check() == []
        node.close()
