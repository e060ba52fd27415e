"""Sync now: the Community page's button makes this PC reconcile with its linked PCs at once.

Two real nodes on 127.0.0.1, neither dialing by itself (so nothing would connect without
the button): after the press the window's PC connects, and a course made after the press
reaches the other PC. Without a network service the button is disabled.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.sync.netutil import PIN as OTHER_PIN
from tests.sync.netutil import address, course_titles, service, stop_all
from tests.ui.uihelpers import PIN, names, page

from edunode.service.node import Node

pytestmark = [pytest.mark.gui, pytest.mark.net]


def test_sync_now_connects_and_a_later_change_reaches_the_other_pc(
    qtbot: Any, window: Any, ctx: Any, node: Node, tmp_path: Path
) -> None:
    river = Node.init(
        tmp_path / "river", name="River PC", school_name="River School", admin_pin=OTHER_PIN
    )
    community = page(qtbot, window, "community")
    assert not community.sync_button.isEnabled()  # no network service yet
    mine = service(node, dial=False)
    theirs = service(river, dial=False)
    ctx.network = mine
    try:
        theirs.link(address(mine))
        node.approve(river.node_id, "community", PIN)
        river.approve(node.node_id, "community", OTHER_PIN)
        community.reload()
        qtbot.waitUntil(lambda: names(community.linked) == ["River PC"], timeout=10_000)
        qtbot.waitUntil(community.sync_button.isEnabled)
        qtbot.wait(1500)  # long enough for a dialing service to have connected
        assert not mine.connected(river.node_id) and not theirs.connected(node.node_id)

        community.sync_button.click()
        title = "Made after the press"
        node.create_course(title)
        qtbot.waitUntil(lambda: title in course_titles(river), timeout=15_000)
        assert mine.connected(river.node_id)
        assert "Syncing with every linked PC" in community.banner.text()
    finally:
        stop_all(theirs, mine)
        ctx.network = None
        river.close()
