"""Progress and Cancel of long blocking work: USB packages, record bundles, sample data.

Real nodes, real SQLite stores, real files in a folder standing in for the stick. A cancel
is a plain callable that says "stop" from a given safe point on; what the store holds after
it is compared with what the senders hold: whole packages (whole transactions) only.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from tests.service.test_usb import usb_link
from tests.sync.netutil import PIN, make_node

from edunode.bundle import transfer
from edunode.demo.sample_data import LEARNER_GROUP, make_sample
from edunode.errors import Cancelled
from edunode.service import usb
from edunode.service.node import Node


def stop_after(calls: int):
    """A cancel check that says stop from its ``calls + 1``-th consultation on."""
    seen = {"n": 0}

    def cancel() -> bool:
        seen["n"] += 1
        return seen["n"] > calls

    return cancel


def heads(node: Node, doc_id: str) -> set[bytes]:
    return set(node.docs.get(doc_id).doc.get_heads())


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def test_export_reports_documents_as_it_goes_and_ends_at_the_total(
    tmp_path: Path, stick: Path
) -> None:
    office = make_node(tmp_path / "office", "Hill Office", "Hill School")
    lab = make_node(tmp_path / "lab", "Hill Lab", None)
    intro = tmp_path / "intro"
    intro.mkdir()
    usb_link(office, lab, intro, "school")
    with office.batch():
        for n in range(130):
            office.add_learner(f"Learner {n}")
    seen: list[tuple[int, int]] = []
    done = usb.export_package(
        office, stick, lab.node_id, PIN, progress=lambda d, t: seen.append((d, t))
    )
    total = len(office.documents_for(lab.node_id))
    assert total > 2 * usb.EXPORT_GROUP
    assert len(seen) > 2, "progress is reported more than once"
    assert [d for d, _ in seen] == sorted(d for d, _ in seen), "never goes back"
    assert {t for _, t in seen} == {total}
    assert seen[-1] == (total, total)
    assert done["documents"] > 130
    office.close()
    lab.close()


def test_a_cancelled_export_leaves_the_previous_package_as_it_was(
    tmp_path: Path, stick: Path
) -> None:
    office = make_node(tmp_path / "office", "Hill Office", "Hill School")
    lab = make_node(tmp_path / "lab", "Hill Lab", None)
    intro = tmp_path / "intro"
    intro.mkdir()
    usb_link(office, lab, intro, "school")
    usb.export_package(office, stick, lab.node_id, PIN)
    path = stick / usb.SUBFOLDER / usb.package_name(office.node_id, lab.node_id)
    before = path.read_bytes()
    with office.batch():
        for n in range(120):
            office.add_learner(f"Learner {n}")
    stop = threading.Event()

    def progress(done: int, total: int) -> None:
        if done >= usb.EXPORT_GROUP:
            stop.set()  # the person presses Cancel after the first group

    with pytest.raises(Cancelled) as caught:
        usb.export_package(office, stick, lab.node_id, PIN, progress=progress, cancel=stop)
    assert caught.value.facts["done"] == usb.EXPORT_GROUP
    assert path.read_bytes() == before
    assert sorted(p.name for p in (stick / usb.SUBFOLDER).iterdir()) == [path.name]
    office.close()
    lab.close()


def test_cancel_between_packages_leaves_whole_packages_only(tmp_path: Path, stick: Path) -> None:
    """Two schools' packages on one stick; Cancel after the first: every document of the
    first is here exactly as its school has it, nothing of the second; reading the stick
    again brings the second."""
    valley = make_node(tmp_path / "valley", "Valley Office", "Valley School")
    river = make_node(tmp_path / "river", "River Office", "River School")
    lake = make_node(tmp_path / "lake", "Lake Office", "Lake School")
    for other, intro in ((river, "intro-river"), (lake, "intro-lake")):
        (tmp_path / intro).mkdir()
        usb_link(valley, other, tmp_path / intro, "community")
    made: dict[str, list[str]] = {}
    for other, word in ((river, "River"), (lake, "Lake")):
        with other.batch():
            made[other.node_id] = []
            for n in range(30):
                title = f"{word} course {n}"
                other.add_lesson(other.create_course(title), "Unit", "One", "Text.")
                made[other.node_id].append(title)
    usb.export_package(river, stick, valley.node_id, PIN)
    usb.export_package(lake, stick, valley.node_id, PIN)
    first = stick / usb.SUBFOLDER / usb.package_name(river.node_id, valley.node_id)
    second = stick / usb.SUBFOLDER / usb.package_name(lake.node_id, valley.node_id)
    os.utime(first, (1_000_000, 1_000_000))  # read oldest first: River's, then Lake's
    os.utime(second, (2_000_000, 2_000_000))

    seen: list[tuple[int, int]] = []
    with pytest.raises(Cancelled) as caught:
        usb.import_folder(
            valley, stick, progress=lambda d, t: seen.append((d, t)), cancel=stop_after(1)
        )
    assert caught.value.facts["done"] == 1  # one file of two read
    titles = {c["title"] for c in valley.list_courses()}
    assert titles >= set(made[river.node_id])
    assert not titles & set(made[lake.node_id])
    for doc_id, _ in river.documents_for(valley.node_id):  # each exactly as River has it
        assert heads(valley, doc_id) == heads(river, doc_id)
    assert all(valley.docs.maybe(d) is None for d, _ in lake.documents_for(valley.node_id))
    river_docs = len(river.documents_for(valley.node_id))
    total = river_docs + len(lake.documents_for(valley.node_id))
    assert seen[0] == (0, total) and seen[-1] == (river_docs, total)
    assert len(seen) > 2

    results = usb.import_folder(valley, stick)  # again, without Cancel: the rest comes in
    assert [r["state"] for r in results] == ["imported", "imported"]
    assert {c["title"] for c in valley.list_courses()} >= set(made[lake.node_id])
    for node in (valley, river, lake):
        node.close()


def test_a_cancelled_bundle_import_stores_nothing(tmp_path: Path) -> None:
    hill = make_node(tmp_path / "hill", "Hill Office", "Hill School")
    river = make_node(tmp_path / "river", "River Office", "River School")
    course = hill.create_course("Fractions", subject="maths")
    asha = hill.add_learner("Asha Mwangi", birth_year=2014)
    hill.enrol(asha, course, "2025-01-06")
    hill.record_result(asha, course, "Quiz 1", 7, 10, "2025-02-03")
    out = tmp_path / "asha.json"
    steps: list[tuple[int, int]] = []
    transfer.export_bundle(hill, asha, out, PIN, progress=lambda d, t: steps.append((d, t)))
    assert steps[-1] == (transfer.EXPORT_STEPS, transfer.EXPORT_STEPS) and len(steps) > 2
    documents_before = {d for d, _ in river.store.documents()}

    for calls in range(4):  # stop at each safe point in turn: the first, ..., before the commit
        with pytest.raises(Cancelled):
            transfer.import_bundle(river, out, PIN, cancel=stop_after(calls))
        assert {d for d, _ in river.store.documents()} == documents_before
        assert river.list_learners() == [] and river.list_courses() == []
        assert not (river.paths.home / transfer.TRANSFERS).exists() or not any(
            (river.paths.home / transfer.TRANSFERS).iterdir()
        )
    seen: list[tuple[int, int]] = []
    done = transfer.import_bundle(river, out, PIN, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] and len(seen) > 2
    assert [le["name"] for le in river.list_learners()] == ["Asha Mwangi"]
    assert river.learner(done["id"])["results"][0]["score"] == 7
    hill.close()
    river.close()


def test_sample_data_reports_learners_and_a_cancel_keeps_whole_groups(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        make_sample(
            tmp_path / "sample",
            learners=LEARNER_GROUP * 2 + 3,
            progress=lambda d, t: seen.append((d, t)),
            cancel=stop_after(1),
        )
    assert seen == [(0, 23), (LEARNER_GROUP, 23)]
    with Node(tmp_path / "sample") as node:
        assert node.count_learners() == LEARNER_GROUP
        assert not node.store.setting("sample_data")
        assert node.check() == []
