"""Community page: a link request shows up live; approve (with a role) and revoke behind
the admin PIN; a wrong PIN is explained in the dialog and changes nothing."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.ui.uihelpers import PIN, names, page, submit

from edunode.events import PeerOnline
from edunode.service.node import Node

pytestmark = pytest.mark.gui


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Node]:
    n = Node.init(tmp_path / "river", name="River PC", school_name="River School")
    yield n
    n.close()


def from_network(fn: Any) -> None:
    """Run as the network thread would."""
    t = threading.Thread(target=fn)
    t.start()
    t.join(30)


def test_approve_and_revoke_with_the_pin(qtbot: Any, window: Any, node: Node, other: Node) -> None:
    community = page(qtbot, window, "community")
    assert names(community.pending) == []

    from_network(
        lambda: node.peers.request_received(
            other.certificate_pem(), other.name, "River School", other.school_id, "127.0.0.1", 1
        )
    )
    qtbot.waitUntil(
        lambda: names(community.pending) == ["River PC"], timeout=5000
    )  # no click needed
    code = node.peers.get(other.node_id)["code"]
    assert community.pending.item(0, 2).text() == code
    qtbot.waitUntil(lambda: window.nav.item(2).text().endswith("(1)"))  # the count in the menu

    community.pending.selectRow(0)
    community.approve_button.click()
    dialog = community.pin_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.code.text() == code
    assert dialog.role.currentData() == "community"  # another school: a community peer
    submit(qtbot, dialog, "0000")
    qtbot.waitUntil(lambda: not dialog.error.isHidden())
    assert "PIN is not correct" in dialog.error.text() and dialog.isVisible()
    assert node.peers.get(other.node_id)["state"] == "pending"

    submit(qtbot, dialog, PIN)
    qtbot.waitUntil(lambda: names(community.linked) == ["River PC"])
    assert not dialog.isVisible()
    assert node.peers.get(other.node_id)["role"] == "community"
    assert community.linked.item(0, 2).text() == "Community peer"
    assert community.linked.item(0, 3).text() == "Offline"

    def online() -> None:
        node.peers.seen(other.node_id)
        node.peers.record_sync(other.node_id, sent=5, received=7)
        node.bus.publish(PeerOnline(node_id=other.node_id, online=True))

    from_network(online)
    qtbot.waitUntil(lambda: community.linked.item(0, 3).text() == "● Online")
    assert [community.linked.item(0, c).text() for c in (5, 6, 7)] == ["7", "5", "0"]
    qtbot.waitUntil(lambda: window.peers_label.text() == "Peers online: 1 of 1")

    community.linked.selectRow(0)
    community.revoke_button.click()
    dialog = community.pin_dialog
    submit(qtbot, dialog, PIN)
    qtbot.waitUntil(lambda: names(community.closed) == ["River PC"])
    assert community.closed.item(0, 2).text() == "Revoked"
    assert node.peers.get(other.node_id)["state"] == "revoked"
    assert names(community.linked) == []


def test_refuse_a_request(qtbot: Any, window: Any, node: Node, other: Node) -> None:
    node.peers.request_received(
        other.certificate_pem(), other.name, "River School", other.school_id
    )
    community = page(qtbot, window, "community")
    qtbot.waitUntil(lambda: names(community.pending) == ["River PC"])
    community.pending.selectRow(0)
    community.refuse_button.click()
    submit(qtbot, community.pin_dialog, PIN)
    qtbot.waitUntil(lambda: names(community.closed) == ["River PC"])
    assert node.peers.get(other.node_id)["state"] == "refused"
    activity = page(qtbot, window, "activity")
    qtbot.waitUntil(lambda: activity.model.rowCount() >= 3)
    assert any(
        "refused" in activity.model.item(r, 2).text() for r in range(activity.model.rowCount())
    )
