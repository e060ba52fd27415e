"""A district archive (issue 16, decision 0012a): ``edunode init --archive --store-url`` on
PostgreSQL, run as two real ``edunode serve`` processes over that one database, with three
schools linking to it as a community peer, two to one process and one to the other.

The archive keeps every school's community documents (courses, school profiles), relays
them between schools that never meet (a school on one process gets what a school on the
other wrote: the second process notices the first's commits in the shared log), never
holds a learner, and stays sound.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.sync.netutil import PIN, Served, cli, course_titles, service, stop_all, wait_for

from edunode.errors import ValidationError
from edunode.service.network import NetworkService
from edunode.service.node import Node

pytestmark = [pytest.mark.net, pytest.mark.slow]


def link_to_archive(school: Node, svc: NetworkService, archive: Node, port: int) -> None:
    """The school asks the archive process at ``port``; the archive's admin and the
    school's compare the code and approve each other as community peers."""
    sent = svc.link(f"127.0.0.1:{port}")
    pending = archive.peers.get(school.node_id)
    assert pending is not None and pending["state"] == "pending"
    assert pending["code"] == sent["code"]
    with pytest.raises(ValidationError, match="archive node"):
        archive.approve(school.node_id, "school", PIN)  # an archive has no school to join
    archive.approve(school.node_id, "community", PIN)
    school.approve(archive.node_id, "community", PIN)
    wait_for(lambda: svc.connected(archive.node_id), timeout=20, what="the archive connection")


def test_two_archive_serves_over_one_database_relay_between_three_schools(
    tmp_path: Path, pg_url: str
) -> None:
    home = tmp_path / "archive"
    made = json.loads(
        cli(home, "--json", "init", "--name", "District Archive", "--archive",
            "--store-url", pg_url, "--admin-pin", PIN).stdout
    )  # fmt: skip
    assert made["archive"] is True and made["school"] == ""
    names = ["Hill", "Vale", "Ridge"]
    schools = [
        Node.init(
            tmp_path / n.lower(), name=f"{n} Office", school_name=f"{n} School", admin_pin=PIN
        )  # fmt: skip
        for n in names
    ]
    titles = set()
    for n, school in zip(names, schools, strict=False):
        for subject in ("Maths", "Reading"):
            school.create_course(f"{n} {subject}", summary=f"{subject} at {n}")
            titles.add(f"{n} {subject}")
        school.add_learner(f"Pupil of {n}")  # school data: never leaves the school
    services = [service(s) for s in schools]
    archive = Node(home)
    first = second = None
    try:
        first, second = Served(home), Served(home)  # two processes, one data folder and DB
        assert first.port != second.port
        ports = (first.port, second.port, first.port)  # Hill, Ridge: first; Vale: second
        for school, svc, port in zip(schools, services, ports, strict=True):
            link_to_archive(school, svc, archive, port)
        # Every school ends up with every school's courses and profile, though Vale (on
        # the second process) never met Hill or Ridge (on the first).
        for school in schools:
            wait_for(lambda s=school: course_titles(s) == titles, timeout=30,  # type: ignore[misc]
                     what=f"every course at {school.name}")  # fmt: skip
            assert len(school.store.documents("school")) == 3
        # A live edit at Ridge (first process) reaches Vale (second process) at once.
        ridge_maths = next(
            c["id"] for c in schools[2].list_courses() if c["title"] == "Ridge Maths"
        )
        schools[2].update_course(ridge_maths, title="Ridge Mathematics")
        wait_for(lambda: "Ridge Mathematics" in course_titles(schools[1]), timeout=20,
                 what="the edit relayed through both archive processes")  # fmt: skip
    finally:
        stop_all(*services)
        for proc in (first, second):
            if proc is not None:
                assert proc.stop() == 0, proc.text()
    assert "Traceback" not in first.text()  # type: ignore[union-attr]
    with Node(home) as node:  # the archive after both processes wrote into it at once
        assert course_titles(node) == titles - {"Ridge Maths"} | {"Ridge Mathematics"}
        assert len(node.store.documents("school")) == 3
        assert node.list_learners() == [] and node.store.documents("learner") == []
        assert node.check() == []
        assert node.store.backend() == "postgresql"
    archive.close()
    for school in schools:
        assert school.check() == []
        assert len(school.list_learners()) == 1
        school.close()
