"""Progress for long work, as a teacher sees it: a box with a bar and "12 of 40 documents"
while USB packages are written or read (with a Cancel that keeps whole packages), and during
a real sync on 127.0.0.1 a bar per peer on the Community page and "Syncing with River PC:
… of … changes" in the status bar.

Real nodes, real files standing in for the stick, real TLS sessions on loopback; the only
stand-in is the folder chooser (a native dialog can't be driven offscreen).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.sync.netutil import PIN as OTHER_PIN
from tests.sync.netutil import address, service, stop_all
from tests.ui.uihelpers import PIN, idle, new_pin_dialog, page, submit

from edunode.service import usb
from edunode.service.node import Node
from edunode.sync.pipeline import SessionConfig

pytestmark = pytest.mark.gui


@pytest.fixture
def lab(tmp_path: Path) -> Iterator[Node]:
    n = Node.init(tmp_path / "lab", name="Hill Lab", school_name=None, admin_pin=OTHER_PIN)
    yield n
    n.close()


def usb_linked(node: Node, other: Node, folder: Path, role: str) -> None:
    """Both PCs introduce themselves on ``folder``, read each other, and approve."""
    folder.mkdir(exist_ok=True)
    usb.introduce(node, folder)
    usb.introduce(other, folder)
    usb.import_folder(other, folder)
    usb.import_folder(node, folder)
    node.approve(other.node_id, role, PIN)
    other.approve(node.node_id, role, OTHER_PIN)


def community_on(qtbot: Any, window: Any, folder: Path, monkeypatch: Any) -> Any:
    community = page(qtbot, window, "community")
    monkeypatch.setattr(community, "choose_folder", lambda title: str(folder))
    return community


def finished(qtbot: Any, community: Any) -> Any:
    """Wait for the USB progress box to have opened and closed again; return it."""
    qtbot.waitUntil(lambda: community.usb_progress is not None, timeout=10_000)
    box = community.usb_progress
    qtbot.waitUntil(lambda: box._finished and not box.isVisible(), timeout=60_000)
    return box


def test_writing_packages_shows_counts_that_end_at_the_total(
    qtbot: Any, window: Any, node: Node, lab: Node, tmp_path: Path, monkeypatch: Any
) -> None:
    usb_linked(node, lab, tmp_path / "intro", "school")
    with node.batch():
        for n in range(300):
            node.add_learner(f"Learner {n}")
    stick = tmp_path / "stick"
    stick.mkdir()
    community = community_on(qtbot, window, stick, monkeypatch)
    community.write_button.click()
    submit(qtbot, new_pin_dialog(qtbot, community), PIN)  # a PC of this school: learner records

    box = finished(qtbot, community)
    total = len(node.documents_for(lab.node_id))
    assert total > 300
    assert len(box.figures) > 2, "the count moved on more than once"
    assert [d for d, _ in box.figures] == sorted(d for d, _ in box.figures)
    assert box.figures[-1] == (total, total)
    assert box.bar.maximum() == box.bar.value() == total
    assert box.counts.text() == f"{total} of {total} documents"
    assert box.cancel_button.isVisibleTo(box)
    report = community.usb_report
    qtbot.waitUntil(lambda: report is not None and report.isVisible())
    assert "Hill Lab" in report.text()
    assert (stick / usb.SUBFOLDER / usb.package_name(node.node_id, lab.node_id)).is_file()


def test_cancel_while_reading_the_stick_keeps_whole_packages(
    qtbot: Any, window: Any, node: Node, tmp_path: Path, monkeypatch: Any
) -> None:
    """Cancel at once: the stick is read package by package, so whatever was read when the
    stop came is whole, and the rest is not there at all."""
    others = []
    stick = tmp_path / "stick"
    stick.mkdir()
    for n, word in enumerate(("River", "Lake", "Forest")):
        other = Node.init(
            tmp_path / word, name=f"{word} PC", school_name=f"{word} School", admin_pin=OTHER_PIN
        )
        usb_linked(node, other, tmp_path / f"intro-{n}", "community")
        with other.batch():
            for k in range(40):
                other.add_lesson(other.create_course(f"{word} {k}"), "Unit", "One", "Text.")
        usb.export_package(other, stick, node.node_id, None)
        others.append(other)
    community = community_on(qtbot, window, stick, monkeypatch)
    community.read_button.click()
    qtbot.waitUntil(lambda: community.usb_progress is not None, timeout=10_000)
    community.usb_progress.cancel_button.click()
    box = finished(qtbot, community)
    assert box.counts.text() == "Stopping at the next safe point…" or box.figures
    idle(qtbot, community.bridge)

    whole = 0
    for other in others:
        docs = [d for d, _ in other.documents_for(node.node_id)]
        held = [d for d in docs if node.docs.maybe(d) is not None]
        assert held in ([], docs), f"{other.name}: a package half read"
        for d in held:
            assert set(node.docs.get(d).doc.get_heads()) == set(other.docs.get(d).doc.get_heads())
        whole += bool(held)
    if whole < len(others):  # stopped before the end: the page says so, as a note
        qtbot.waitUntil(lambda: "was stopped after" in community.banner.text())
    for other in others:
        other.close()


@pytest.mark.net
def test_a_real_sync_shows_a_bar_per_peer_and_the_peer_in_the_status_bar(
    qtbot: Any, window: Any, ctx: Any, node: Node, tmp_path: Path
) -> None:
    river = Node.init(
        tmp_path / "river", name="River PC", school_name="River School", admin_pin=OTHER_PIN
    )
    with river.batch():
        for k in range(200):
            river.add_lesson(river.create_course(f"River course {k}"), "Unit", "One", "Text.")
    community = page(qtbot, window, "community")
    bars: list[tuple[str, int, int]] = []
    community.sync_panel.changed.connect(lambda peer, done, total: bars.append((peer, done, total)))
    status: list[str] = []
    ctx.bridge.syncProgress.connect(lambda _ev: status.append(window.sync_label.text()))
    small = SessionConfig(
        handshake_timeout=1.0, idle_timeout=10.0, ping_interval=2.0, frame_budget=16 * 1024
    )
    mine = service(node, config=small)
    ctx.network = mine
    theirs = service(river, config=small)
    try:
        theirs.link(address(mine))
        node.approve(river.node_id, "community", PIN)
        river.approve(node.node_id, "community", OTHER_PIN)
        qtbot.waitUntil(lambda: len(node.list_courses()) == 200, timeout=30_000)
        qtbot.waitUntil(
            lambda: any(p == river.node_id and d == t for p, d, t in bars), timeout=15_000
        )
    finally:
        stop_all(theirs, mine)
        ctx.network = None
        river.close()
    figures = [(d, t) for p, d, t in bars if p == river.node_id]
    done = [d for d, _ in figures]
    assert len(set(done)) > 2, f"the bar moved on more than once: {figures}"
    assert done == sorted(done), "the bar never goes back"
    assert figures[-1][0] == figures[-1][1] > 0
    assert any(s.startswith("Syncing with River PC: ") and "changes" in s for s in status)
    qtbot.waitUntil(lambda: window.sync_label.text().startswith("Last sync"), timeout=10_000)


def test_the_bridge_brings_figures_to_the_gui_thread_and_cancel_stops_the_work(
    qtbot: Any, ctx: Any
) -> None:
    import threading
    import time

    from edunode.errors import Cancelled
    from edunode.progress import checkpoint

    steps = 2000

    def work(*, progress: Any, cancel: Any) -> str:  # a long task with a safe point per step
        for n in range(steps):
            checkpoint(cancel, n, steps, "the test work")
            time.sleep(0.001)
            progress(n + 1, steps)
        return "done"

    seen: list[int] = []
    where: set[Any] = set()
    failed: list[BaseException] = []

    def moved(done: int, total: int) -> None:
        seen.append(done)
        where.add(threading.current_thread())

    cancel = ctx.bridge.run_with_progress(
        work, on_progress=moved, on_ok=lambda _r: None, on_error=failed.append
    )
    qtbot.waitUntil(lambda: len(seen) >= 3, timeout=10_000)
    cancel.set()
    qtbot.waitUntil(lambda: bool(failed), timeout=10_000)
    assert isinstance(failed[0], Cancelled) and failed[0].facts["done"] < steps
    assert where == {threading.main_thread()}
    assert seen == sorted(seen) and seen[-1] == failed[0].facts["done"]
