"""Errors a teacher meets are sentences that say what happened and what to try, never
"[Errno 111] Connect call failed" (issue 12 item 6). Real failures: a link request to a
closed port on 127.0.0.1, a USB stick "folder" that is a file, a folder under /sys that
even root may not write, a store file that is not a database."""

from __future__ import annotations

import errno
import socket
from pathlib import Path
from typing import Any

import pytest
from tests.sync.netutil import service
from tests.ui.uihelpers import idle, names, page

from edunode import identity
from edunode.explain import explain
from edunode.service.node import Node

pytestmark = pytest.mark.gui
RAW = ("Errno", "errno", "Connect call failed", "Traceback", "OSError", "sqlite3")


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def plain(text: str) -> None:
    for raw in RAW:
        assert raw not in text, f"{raw!r} shown to a person: {text}"


def test_asking_a_pc_that_does_not_answer(qtbot: Any, window: Any, ctx: Any, node: Node) -> None:
    ghost = identity.NodeIdentity.generate()
    port = closed_port()
    node.peers.discovered(ghost.node_id, "Ghost PC", "River School", "127.0.0.1", port)
    mine = service(node)
    ctx.network = mine
    try:
        community = page(qtbot, window, "community")
        qtbot.waitUntil(lambda: names(community.found) == ["Ghost PC"])
        community.found.selectRow(0)
        community.ask_button.click()
        qtbot.waitUntil(lambda: "try again" in community.banner.text(), timeout=20_000)
        text = community.banner.text()
        plain(text)
        assert text.startswith(f"Could not connect to 127.0.0.1:{port}.")
        assert "did not accept the connection: EduNode may not be running there" in text
        assert "Check that EduNode is open on the other PC" in text
    finally:
        idle(qtbot, ctx.bridge)
        ctx.network = None
        mine.stop()


@pytest.mark.parametrize(
    "stick, says, tries",
    [
        ("file", "/EduNode is not a folder.", "Choose a folder"),
        ("/sys", "EduNode is not allowed to use that file or folder.", "Choose another folder"),
    ],
)
def test_a_usb_stick_that_cannot_be_written(
    qtbot: Any,
    window: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    stick: str,
    says: str,
    tries: str,
) -> None:
    if stick == "file":  # the stick holds a file called EduNode where the folder goes
        folder = tmp_path / "stick"
        folder.mkdir()
        (folder / "EduNode").write_text("not a folder")
    else:  # sysfs refuses new folders, even to root
        folder = Path(stick)
    community = page(qtbot, window, "community")
    monkeypatch.setattr(community, "choose_folder", lambda title: str(folder))
    community.introduce_button.click()
    qtbot.waitUntil(lambda: says in community.banner.text(), timeout=10_000)
    text = community.banner.text()
    plain(text)
    assert text.startswith("Could not write ")
    assert tries in text  # what to try


def test_every_errno_of_the_issue_has_a_sentence() -> None:
    for number, words in [
        (errno.ENETUNREACH, "not connected to that network"),
        (errno.ECONNREFUSED, "did not accept the connection"),
        (errno.ETIMEDOUT, "took too long to answer"),
        (errno.EHOSTUNREACH, "no way to reach that PC"),
        (errno.EACCES, "not allowed to use that file or folder"),
        (errno.ENOSPC, "is full"),
        (errno.EROFS, "can only be read, not written"),
    ]:
        text = explain(OSError(number, "raw words"))
        assert words in text and "raw words" not in text, text
    dns = explain(socket.gaierror(socket.EAI_NONAME, "Name or service not known"))
    assert "could not be found on the network" in dns and "address" in dns


def test_a_damaged_store_is_told_in_words(tmp_path: Path) -> None:
    from edunode.errors import StoreError
    from edunode.store import Store

    bad = tmp_path / "edunode.db"
    bad.write_bytes(b"this is not a database file at all" * 100)
    with pytest.raises(StoreError) as caught:
        Store(f"sqlite:///{bad}").close()
    text = explain(caught.value)
    plain(text)
    assert "is damaged." in text and "edunode check" in text and "edunode repair" in text
