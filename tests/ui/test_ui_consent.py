"""Network consent at first run (issue 12 item 14): the wizard says what EduNode does on the
network and lets the person choose the connections (or none) before anything listens; the
service then listens only there; Settings changes it; ``serve`` follows it unless told
otherwise. Only 127.0.0.1 is ever chosen, listened on or dialled here."""

from __future__ import annotations

import ipaddress
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard
from tests.ui.uihelpers import PIN, page

from edunode.service import interfaces
from edunode.service.node import Node

pytestmark = pytest.mark.gui
ENV = {k: v for k, v in os.environ.items() if not k.startswith("EDUNODE_")}


def listening() -> set[tuple[str, int]]:
    """(address, port) of every TCP socket of this process that listens, and of every UDP
    socket it has bound, read from /proc (the kernel's view, not the service's)."""
    inodes = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found = set()
    for table in ("tcp", "tcp6", "udp", "udp6"):
        with open(f"/proc/net/{table}") as f:
            rows = [line.split() for line in f.readlines()[1:]]
        for row in rows:
            address, port = row[1].split(":")
            if row[9] not in inodes or (table.startswith("tcp") and row[3] != "0A"):
                continue
            raw = bytes.fromhex(address)
            if len(raw) == 4:
                ip = str(ipaddress.IPv4Address(raw[::-1]))
            else:  # four little-endian 32-bit words
                ip = str(
                    ipaddress.IPv6Address(b"".join(raw[i : i + 4][::-1] for i in (0, 4, 8, 12)))
                )
            found.add((ip, int(port, 16)))
    return found


def tick(qtbot: Any, button: Any) -> None:
    """Click a radio button or check box on its indicator (a click far right of its label
    is not on the button)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def through_the_wizard(qtbot: Any, home: Path, choose: Any) -> Node:
    from edunode.ui.wizard import FirstRunWizard

    wizard = FirstRunWizard(home)
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.keyClicks(wizard.school_page.school, "Hill School")
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)  # the name
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)  # the school
    network = wizard.network_page
    assert wizard.currentPage() is network
    assert not next_button.isEnabled()  # nothing is chosen for the person
    choose(network.choice)
    assert next_button.isEnabled()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.pin_page
    qtbot.keyClicks(wizard.pin_page.pin, PIN)
    qtbot.keyClicks(wizard.pin_page.confirm, PIN)
    with qtbot.waitSignal(wizard.accepted, timeout=20_000):
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
    wizard.shutdown()
    return wizard.node


def test_the_wizard_asks_before_anything_listens(qtbot: Any, tmp_path: Path) -> None:
    from edunode.ui.wizard import FirstRunWizard

    wizard = FirstRunWizard(tmp_path / "new")
    qtbot.addWidget(wizard)
    page_ = wizard.network_page
    text = page_.consent.text()
    assert "look for other EduNode PCs on this network and answer them" in text
    assert "Nothing is shared with another PC until an admin" in text
    choice = page_.choice
    labels = [box.text() for box, _ in choice.boxes]
    assert any("127.0.0.1" in label and "this PC only" in label for label in labels), labels
    assert {a for _, a in choice.boxes} == {i.address for i in interfaces.list_interfaces()}
    assert "USB sticks only" in choice.no_network.text()
    assert "Settings" in page_.note.text()
    assert not page_.isComplete()
    wizard.shutdown()


def test_only_loopback_chosen_listens_only_on_loopback(qtbot: Any, tmp_path: Path) -> None:
    from edunode.ui.app import start_network

    def only_loopback(choice: Any) -> None:
        tick(qtbot, choice.some_interfaces)
        box = next(b for b, address in choice.boxes if address == "127.0.0.1")
        tick(qtbot, box)
        assert choice.interfaces.text() == "127.0.0.1"

    node = through_the_wizard(qtbot, tmp_path / "lo", only_loopback)
    try:
        assert interfaces.choice(node.store) == ["127.0.0.1"]
        before = listening()
        service = start_network(node, port=0)
        try:
            assert service is not None and service.interfaces == ["127.0.0.1"]
            server = service._server._server  # the asyncio server under the TLS server
            bound = {s.getsockname()[:2] for s in server.sockets}
            assert bound == {("127.0.0.1", service.port)}
            new_tcp = {(ip, port) for ip, port in listening() - before if port == service.port}
            assert new_tcp == {("127.0.0.1", service.port)}  # the kernel agrees
        finally:
            service.stop()
    finally:
        node.close()


def test_no_network_chosen_means_nothing_listens(qtbot: Any, tmp_path: Path) -> None:
    from edunode.ui.app import start_network

    node = through_the_wizard(
        qtbot,
        tmp_path / "usb",
        lambda choice: tick(qtbot, choice.no_network),
    )
    try:
        assert interfaces.choice(node.store) == []
        before = listening()
        assert start_network(node, port=0) is None
        assert listening() == before  # no server, no discovery socket
    finally:
        node.close()


def test_settings_changes_the_choice(qtbot: Any, window: Any, node: Node) -> None:
    settings = page(qtbot, window, "settings")
    assert settings.all_interfaces.isChecked()  # a node made by `edunode init`: every connection
    tick(qtbot, settings.no_network)
    assert settings.save_network.isEnabled()
    qtbot.mouseClick(settings.save_network, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: interfaces.choice(node.store) == [])
    tick(qtbot, settings.some_interfaces)
    assert not settings.save_network.isEnabled()
    box = next(b for b, address in settings.network.boxes if address == "127.0.0.1")
    tick(qtbot, box)
    qtbot.keyClicks(settings.interfaces, ", lo")
    assert box.isChecked()
    settings.interfaces.clear()  # typing takes the box out again
    assert not box.isChecked()
    qtbot.keyClicks(settings.interfaces, "127.0.0.1")
    assert box.isChecked()
    qtbot.keyClick(settings.interfaces, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: interfaces.choice(node.store) == ["127.0.0.1"])


def test_connection_names_become_their_addresses() -> None:
    lo = next(i.name for i in interfaces.list_interfaces() if i.address == "127.0.0.1")
    assert "127.0.0.1" in interfaces.resolve([lo])
    assert interfaces.resolve(["127.0.0.1", "127.0.0.1"]) == ["127.0.0.1"]
    with pytest.raises(Exception, match="no network connection called 'nosuch0'"):
        interfaces.resolve(["nosuch0"])


def test_serve_follows_the_choice_unless_told_otherwise(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with Node.init(home, name="Office PC", school_name="Hill School") as n:
        interfaces.save_choice(n.store, [])
    cmd = [sys.executable, "-m", "edunode", "--home", str(home), "serve", "--port", "0"]
    refused = subprocess.run(
        [*cmd, "--for", "0"], capture_output=True, text=True, env=ENV, timeout=60
    )
    assert refused.returncode == 2
    assert "set up to use no network (USB sticks only)" in refused.stderr
    assert "--interfaces" in refused.stderr
    overridden = subprocess.run(
        [*cmd, "--interfaces", "127.0.0.1", "--for", "0.3"],
        capture_output=True, text=True, env=ENV, timeout=60,
    )  # fmt: skip
    assert overridden.returncode == 0, overridden.stderr
    with Node(home) as n:
        interfaces.save_choice(n.store, ["127.0.0.1"])
    followed = subprocess.run(
        [*cmd, "--for", "0.3"], capture_output=True, text=True, env=ENV, timeout=60
    )
    assert followed.returncode == 0, followed.stderr
    assert "listening on port" in (home / "edunode.log").read_text(encoding="utf-8")
