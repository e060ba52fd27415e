"""Community page in a link-request flood: the admin still sees the real request, and a
muted line says how many requests were dropped (issue 9, item 7)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from tests.ui.uihelpers import names, page

from edunode import identity
from edunode.service import peers as peers_module
from edunode.service.node import Node

pytestmark = pytest.mark.gui


def test_flood_is_counted_and_the_real_request_shows(
    qtbot: Any, window: Any, node: Node, tmp_path: Path
) -> None:
    community = page(qtbot, window, "community")
    assert community.dropped_note.isHidden()
    real = Node.init(tmp_path / "real", name="Grade 5 classroom", school_name=None)
    try:

        def flood_then_real() -> None:  # as the network thread would
            for n in range(10):
                fake = identity.NodeIdentity.generate()
                node.peers.request_received(
                    fake.certificate_pem("x"), f"Fake {n}", "", "", "127.0.0.5", 1
                )
            node.peers.request_received(real.certificate_pem(), real.name, "", "", "127.0.0.1", 1)

        t = threading.Thread(target=flood_then_real)
        t.start()
        t.join(30)
        dropped = 10 - peers_module.MAX_PER_SOURCE
        qtbot.waitUntil(lambda: "Grade 5 classroom" in names(community.pending), timeout=5000)
        qtbot.waitUntil(lambda: not community.dropped_note.isHidden(), timeout=5000)
        assert len(names(community.pending)) == peers_module.MAX_PER_SOURCE + 1
        assert f"{dropped} link requests were dropped" in community.dropped_note.text()
    finally:
        real.close()
