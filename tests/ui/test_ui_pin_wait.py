"""The PIN dialog after several wrong PINs (issue 9 item 5): it says how long to wait, in
the dialog, and its OK button counts down; the right PIN typed during the wait changes
nothing. Real widgets offscreen, a real Node."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.ui.uihelpers import PIN, names, page, submit

from edunode.service.node import Node

pytestmark = pytest.mark.gui


def test_the_pin_dialog_shows_the_wait(qtbot: Any, window: Any, node: Node, tmp_path: Path) -> None:
    other = Node.init(tmp_path / "river", name="River PC", school_name="River School")
    node.peers.request_received(other.certificate_pem(), other.name, "River School", "")
    other_id = other.node_id
    other.close()
    community = page(qtbot, window, "community")
    community.reload()
    qtbot.waitUntil(lambda: names(community.pending) == ["River PC"], timeout=5000)
    community.pending.selectRow(0)
    community.approve_button.click()
    dialog = community.pin_dialog
    assert dialog is not None and dialog.isVisible()
    ok_text = dialog.ok.text()

    for n in (1, 2):
        submit(qtbot, dialog, "000000")
        qtbot.waitUntil(lambda n=n: node.admin_pin.failures()[0] == n and dialog.ok.isEnabled())
        assert "PIN is not correct" in dialog.error.text() and "wait" not in dialog.error.text()
    submit(qtbot, dialog, "000000")
    qtbot.waitUntil(lambda: "wait 8 s before the next try" in dialog.error.text())
    assert "3 failed tries" in dialog.error.text() and dialog.error.isVisible()
    assert dialog.isVisible() and not dialog.ok.isEnabled()
    assert dialog.ok.text().startswith("Wait ") and dialog.ok.text().endswith(" s")
    assert 0 < dialog.waiting() <= 8

    dialog.pin.clear()
    qtbot.keyClicks(dialog.pin, PIN)  # the right PIN, during the wait: OK stays off
    assert not dialog.ok.isEnabled()
    dialog.ok.click()
    qtbot.wait(200)
    assert dialog.isVisible() and node.peers.get(other_id)["state"] == "pending"
    assert names(community.pending) == ["River PC"]
    assert ok_text != dialog.ok.text()
