"""The window offers Repair when it finds damage at start (issue 11 item 4): a real store
whose learner list page is damaged on disk, the real window offscreen. Esc says "later" and
changes nothing; Repair rebuilds the list and says what it did."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from edunode.service.node import Node

pytestmark = pytest.mark.gui


@pytest.fixture
def node(tmp_path: Path) -> Iterator[Node]:  # damaged before the window opens
    home = tmp_path / "home"
    made = Node.init(home, name="Classroom PC", school_name="Hill School")
    for i in range(40):
        made.add_learner(f"Learner {i:02d}")
    made.close()
    db = home / "edunode.db"
    raw = sqlite3.connect(db)
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = raw.execute("PRAGMA page_size").fetchone()[0]
    page = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = 'p_learners'").fetchone()[0]
    raw.close()
    with open(db, "r+b") as f:
        f.seek(page * size - size // 2)
        f.write(b"\xff" * (size // 2))
    n = Node(home)
    yield n
    n.close()


def offer(qtbot: Any, window: Any) -> Any:
    qtbot.waitUntil(lambda: window.repair_offer is not None and window.repair_offer.isVisible(),
                    timeout=10_000)  # fmt: skip
    return window.repair_offer


def test_esc_means_later_and_repair_rebuilds(qtbot: Any, window: Any, node: Node) -> None:
    dialog = offer(qtbot, window)
    assert "p_learners" in dialog.informativeText()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.repair_offer is None, timeout=5_000)
    assert "offered again at the next start" in window.statusBar().currentMessage()
    assert node.damage()  # nothing was changed

    window._damage_found(node.damage())  # as at the next start
    dialog = offer(qtbot, window)
    qtbot.mouseClick(dialog.repair_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.repair_report is not None and window.repair_report.isVisible(),
                    timeout=10_000)  # fmt: skip
    assert "The records were repaired." in window.repair_report.text()
    assert node.damage() == []
    assert len(node.list_learners()) == 40
    qtbot.keyClick(window.repair_report, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.repair_report.isVisible(), timeout=5_000)


def test_community_page_shows_a_peer_that_keeps_failing(
    qtbot: Any, window: Any, node: Node
) -> None:
    from edunode.events import PeerTrouble

    window._damage_found([])  # (the damage offer is another test's)
    page = window.pages["community"]
    peer = "ABCDEFG-HIJKLMN-OPQRSTU-VWXYZ23-4567ABC-DEFGHIJ-KLMNOPQ-RSTUVWX"
    node.bus.publish(PeerTrouble(peer_id=peer, name="Office PC",
                                 problem="unavailable: the other PC could not store the changes",
                                 retry_in=8.0))  # fmt: skip
    qtbot.waitUntil(lambda: page.trouble_note.text() != "", timeout=5_000)
    assert "Office PC" in page.trouble_note.text() and "could not store" in page.trouble_note.text()
    assert "8 s" in page.trouble_note.text()
    node.bus.publish(PeerTrouble(peer_id=peer, name="Office PC", problem=""))
    qtbot.waitUntil(lambda: page.trouble_note.text() == "", timeout=5_000)
