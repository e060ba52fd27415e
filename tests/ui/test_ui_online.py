""" "Online" only when this process has proof (issue 12 item 7): a stale ``last_seen`` left
in the store by an earlier run does not count, a live connection does, and a peer that goes
away is offline at once, not ~30 s later. Everything on 127.0.0.1."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.sync.netutil import PIN, link, service, stop_all
from tests.ui.uihelpers import idle, page

from edunode import identity
from edunode.service.node import Node

pytestmark = [pytest.mark.gui, pytest.mark.net]


@pytest.fixture
def stale_home(tmp_path: Path) -> Path:
    """A data folder whose peers table says an approved peer was seen just now: a previous
    run's leftover, for a PC that does not exist."""
    home = tmp_path / "home"
    with Node.init(home, name="Classroom PC", school_name="Hill School", admin_pin=PIN) as n:
        ghost = identity.NodeIdentity.generate()
        n.peers.request_received(ghost.certificate_pem("Ghost PC"), "Ghost PC", "Old School", "")
        n.approve(ghost.node_id, "community", PIN)
        n.peers.seen(ghost.node_id, "127.0.0.1", 9)
        row = n.peers.records.row(ghost.node_id)
        assert row is not None and time.time() - row["last_seen"] < 5
    return home


@pytest.fixture
def reopened(stale_home: Path) -> Iterator[Node]:
    n = Node(stale_home)  # a new run of EduNode on that folder
    yield n
    n.close()


@pytest.fixture
def river(tmp_path: Path) -> Iterator[Node]:
    n = Node.init(tmp_path / "river", name="River PC", school_name="River", admin_pin=PIN)
    yield n
    n.close()


def make_window(qtbot: Any, node: Node) -> tuple[Any, Any]:
    from edunode.ui.bridge import Bridge
    from edunode.ui.context import Context, settings_for
    from edunode.ui.main_window import MainWindow

    bridge = Bridge(node)
    ctx = Context(
        node=node, bridge=bridge, settings=settings_for(node.paths.home), home=node.paths.home
    )
    window = MainWindow(ctx, remember=False)
    qtbot.addWidget(window)
    window.show()
    return window, ctx


def test_nobody_is_online_at_start_whatever_the_store_says(
    qtbot: Any, reopened: Node, river: Node
) -> None:
    window, ctx = make_window(qtbot, reopened)
    mine = service(reopened)
    ctx.network = mine
    theirs = None
    try:
        qtbot.waitUntil(lambda: window.peers_label.text() != "")
        assert window.peers_label.text() == "Peers online: 0 of 1"
        community = page(qtbot, window, "community")
        assert community.linked.item(0, 3).text() == "Offline"  # the ghost

        theirs = service(river)
        link((reopened, mine), (river, theirs), "community")  # a real connection proves it
        qtbot.waitUntil(lambda: window.peers_label.text() == "Peers online: 1 of 2", timeout=5000)
        theirs.stop()  # River PC goes away: offline as soon as its connection drops
        qtbot.waitUntil(lambda: window.peers_label.text() == "Peers online: 0 of 2", timeout=5000)
    finally:
        window.shutdown()
        idle(qtbot, ctx.bridge)
        ctx.bridge.shutdown()
        stop_all(*(s for s in (theirs, mine) if s is not None))


def test_the_cli_still_reads_a_serve_in_another_process(reopened: Node) -> None:
    """``edunode peers`` reports what a serve in another process last saw (its last_seen)."""
    assert [p["online"] for p in reopened.peers.list()] == [False]  # this process: no proof
    reopened.peers.from_store = True
    assert [p["online"] for p in reopened.peers.list()] == [True]
