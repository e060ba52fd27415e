"""Community page, USB stick: introduce, read the other PC's introduction as a link request,
write packages behind the admin PIN and read the other PC's package back.

Real nodes, real files in a folder standing in for the stick; the other PC is a plain Node
driven through ``edunode.service.usb`` as its own window would. The only stand-in is the
folder chooser (a native dialog can't be driven offscreen).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from tests.ui.uihelpers import PIN, idle, names, new_pin_dialog, page, shown, submit

from edunode.service import usb
from edunode.service.node import Node

pytestmark = pytest.mark.gui


@pytest.fixture
def lab(tmp_path: Path) -> Iterator[Node]:
    """A new PC of no school yet, which never shares a network with the window's PC."""
    n = Node.init(tmp_path / "lab", name="Hill Lab", school_name=None, admin_pin=PIN)
    yield n
    n.close()


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def community_on(qtbot: Any, window: Any, folder: Path, monkeypatch: Any) -> Any:
    """The Community page, whose folder chooser answers ``folder``."""
    community = page(qtbot, window, "community")
    monkeypatch.setattr(community, "choose_folder", lambda title: str(folder))
    return community


def report(qtbot: Any, community: Any, before: Any = None) -> str:
    """Wait for a new summary box, read it, close it."""
    box = shown(qtbot, community, "usb_report", before)
    text = str(box.text())
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not box.isVisible())
    return text


def learner_names(node: Node) -> set[str]:
    return {le["name"] for le in node.list_learners()}


def packages(stick: Path) -> list[str]:
    folder = stick / usb.SUBFOLDER
    return sorted(p.name for p in folder.glob(f"*{usb.SUFFIX}")) if folder.is_dir() else []


def test_link_and_sync_two_pcs_by_usb_stick(
    qtbot: Any, window: Any, node: Node, lab: Node, stick: Path, monkeypatch: Any
) -> None:
    community = community_on(qtbot, window, stick, monkeypatch)

    # This PC introduces itself; the Lab reads the stick and introduces itself in turn.
    community.introduce_button.click()
    qtbot.waitUntil(lambda: "Introduction of this PC written to" in community.banner.text())
    introduction = stick / usb.SUBFOLDER / usb.introduction_name(node.node_id)
    assert introduction.is_file() and str(introduction) in community.banner.text()
    (at_lab,) = usb.import_folder(lab, stick)
    assert at_lab["state"] == "introduced" and at_lab["from"] == node.node_id
    usb.introduce(lab, stick)

    # Reading the stick here shows the Lab's request with the code the Lab's admin sees.
    community.read_button.click()
    text = report(qtbot, community)
    assert text.startswith(f"Link request from Hill Lab, verification code {at_lab['code']}")
    assert "this PC's own introduction" in text  # our own file on the stick: skipped
    qtbot.waitUntil(lambda: names(community.pending) == ["Hill Lab"])
    assert community.pending.item(0, 2).text() == at_lab["code"]

    # Both admins approve (here through the page) as members of one school.
    community.pending.selectRow(0)
    community.approve_button.click()
    approving = community.pin_dialog
    assert approving.code.text() == at_lab["code"]
    assert approving.role.currentData() == "school"  # no school yet: a member of ours
    submit(qtbot, approving, PIN)
    qtbot.waitUntil(lambda: names(community.linked) == ["Hill Lab"])
    lab.approve(node.node_id, "school", PIN)

    # A learner added here reaches the Lab in the package written behind the PIN.
    idle(qtbot, window.ctx.bridge)
    node.add_learner("Asha")
    before = community.usb_report
    community.write_button.click()
    submit(qtbot, new_pin_dialog(qtbot, community, approving), PIN)
    written = report(qtbot, community, before)
    assert f"Written to {stick / usb.SUBFOLDER}" in written
    assert "Hill Lab: " in written and " documents, " in written
    assert usb.package_name(node.node_id, lab.node_id) in packages(stick)
    (got,) = [r for r in usb.import_folder(lab, stick) if r["state"] == "imported"]
    assert got["from"] == node.node_id and got["received"] > 0
    assert learner_names(lab) == {"Asha"}

    # ... and back: the Lab's learner comes in when this PC reads the stick.
    lab.add_learner("Baraka")
    usb.export_package(lab, stick, node.node_id, PIN)
    before = community.usb_report
    community.read_button.click()
    qtbot.waitUntil(lambda: learner_names(node) == {"Asha", "Baraka"}, timeout=10_000)
    text = report(qtbot, community, before)
    assert text.startswith("Imported ") and "new changes from Hill Lab." in text
    assert "addressed to another PC" in text  # the package written for the Lab
    assert names(community.linked) == ["Hill Lab"]


def test_reading_a_folder_without_packages_says_so(
    qtbot: Any, window: Any, stick: Path, monkeypatch: Any
) -> None:
    community = community_on(qtbot, window, stick, monkeypatch)
    community.read_button.click()
    qtbot.waitUntil(lambda: "There is no EduNode package in" in community.banner.text())
    assert str(stick) in community.banner.text()
    assert "Traceback" not in community.banner.text()
    assert community.usb_report is None


def test_writing_without_a_linked_pc_says_link_first(
    qtbot: Any, window: Any, stick: Path, monkeypatch: Any
) -> None:
    community = community_on(qtbot, window, stick, monkeypatch)
    community.write_button.click()
    qtbot.waitUntil(lambda: community.banner.text().startswith("Link with a PC first:"))
    assert community.pin_dialog is None and packages(stick) == []


def test_a_wrong_pin_writes_no_package(
    qtbot: Any, window: Any, node: Node, lab: Node, stick: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    """A community peer's package needs no PIN, but it is not written either when the PIN
    for the school's package is wrong: nothing reaches the stick."""
    alpha = Node.init(tmp_path / "alpha", name="Alpha PC", school_name="Alpha School")
    try:
        for peer, role in ((alpha, "community"), (lab, "school")):
            node.peers.request_received(
                peer.certificate_pem(), peer.name, peer.school_name, peer.school_id
            )
            node.approve(peer.node_id, role, PIN)
        community = community_on(qtbot, window, stick, monkeypatch)
        qtbot.waitUntil(lambda: names(community.linked) == ["Alpha PC", "Hill Lab"])

        community.write_button.click()
        dialog = new_pin_dialog(qtbot, community, None)
        submit(qtbot, dialog, "0000")
        qtbot.waitUntil(lambda: not dialog.error.isHidden())
        assert "PIN is not correct" in dialog.error.text() and dialog.isVisible()
        assert packages(stick) == [] and community.usb_report is None
        dialog.reject()
    finally:
        alpha.close()
