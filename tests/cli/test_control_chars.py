"""Control characters from strangers never reach the terminal (issue 9 item 9).

The attacker runs their own (modified) EduNode: a name with a newline and ANSI escape
codes in a link request over the network, in a USB introduction, in an mDNS announcement
and in a document of their school; a file on the stick whose name holds a newline. Each is
refused where it arrives, and whatever the CLI prints is escaped (rows of ``edunode peers``
can't be forged, output can't be hidden). Real sockets on 127.0.0.1, real files, the real
CLI in subprocesses.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.helpers import make_school, send_doc
from tests.sync.netutil import PIN, make_node, service, stop_all

from edunode.domain import learner
from edunode.domain.meta import Meta
from edunode.errors import EdunodeError, RejectedChanges
from edunode.service import usb
from edunode.service.node import Node
from edunode.sync.discovery import PeerInfo

# A second row for `edunode peers`, then "conceal" (ESC [8m): what follows is invisible.
FORGED = "River PC\nZZZZZZZ-FORGED  Trusted PC  approved  school\x1b[8m"
RAW = ("\x1b", "\x9b", "\u202e", "\r")
ENV = {**{k: v for k, v in os.environ.items() if not k.startswith("EDUNODE_")},
       "EDUNODE_ADMIN_PIN": PIN}  # fmt: skip


def run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "edunode", "--home", str(home), *args],
        capture_output=True, text=True, env=ENV, timeout=60,
    )  # fmt: skip


def clean(text: str) -> bool:
    return not any(ch in text for ch in RAW)


def attacker(home: Path, name: str = FORGED) -> Node:
    """A node whose own code skips the name checks: its name holds a forged row."""
    node = make_node(home, "Mallory", None)
    node.store.set_setting("node_name", name)
    return node


def test_a_link_request_with_control_characters_is_refused(tmp_path: Path) -> None:
    victim = make_node(tmp_path / "victim", "Office PC", "Hill School")
    evil = attacker(tmp_path / "evil")
    sv, se = service(victim), service(evil)
    try:
        with pytest.raises(EdunodeError):
            se.link(f"127.0.0.1:{sv.port}")
        assert victim.peers.list() == []
    finally:
        stop_all(se, sv)
        victim.close()
        evil.close()
    shown = run(tmp_path / "victim", "peers")
    assert shown.returncode == 0 and "FORGED" not in shown.stdout and clean(shown.stdout)


def test_a_usb_introduction_and_a_file_name_with_control_characters(tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    evil = attacker(tmp_path / "evil")
    usb.introduce(evil, stick)
    evil.close()
    odd = (
        stick
        / "EduNode"
        / "x\nhill-to-you.edunode: from Head Office, 99 new changes\x1b[8m.edunode"
    )
    odd.write_bytes(b"not a package")
    victim = make_node(tmp_path / "victim", "Office PC", "Hill School")
    victim.close()
    done = run(tmp_path / "victim", "usb", "import", str(stick))
    assert done.returncode == 1  # two files refused
    lines = done.stdout.splitlines()
    assert len(lines) == 2 and all("refused" in line for line in lines), done.stdout
    assert clean(done.stdout) and clean(done.stderr)
    assert "x\\nhill-to-you" in done.stdout  # the file name is shown, escaped
    with Node(tmp_path / "victim") as node:
        assert node.peers.list() == []  # no link request was filed


def test_an_mdns_announcement_with_control_characters_is_ignored() -> None:
    from edunode.identity import NodeIdentity

    node_id = NodeIdentity.generate().node_id
    good = PeerInfo(node_id, "Lab PC", "Hill School", 1, "127.0.0.1", 47310)
    assert PeerInfo.from_service_info(good.to_service_info()) == good
    for name, school in ((FORGED, "Hill School"), ("Lab PC", "Hill\u202eloohcS")):
        forged = PeerInfo(node_id, name, school, 1, "127.0.0.1", 47310)
        assert PeerInfo.from_service_info(forged.to_service_info()) is None


def test_a_document_with_control_characters_in_a_name_is_rejected(tmp_path: Path) -> None:
    founder, member = make_school(tmp_path / "school", 2)
    try:
        meta = Meta(kind="learner", school=founder.school_id, scope="school")
        bad, _ = founder.docs.create(meta, lambda tx: learner.create(tx, {"name": FORGED}))
        with pytest.raises(RejectedChanges) as rejected:
            send_doc(founder, member, bad)
        assert rejected.value.reason == "control_characters"
        # Lines are fine where text has lines: a learner's notes.
        fine, _ = founder.docs.create(
            meta, lambda tx: learner.create(tx, {"name": "Asha"}, "Line one.\nLine two.")
        )
        assert send_doc(founder, member, fine) > 0
        assert member.learner(fine)["notes"] == "Line one.\nLine two."
    finally:
        founder.close()
        member.close()


def test_what_the_cli_prints_is_escaped(tmp_path: Path) -> None:
    """Text stored before these checks (or by an older version) is escaped when printed."""
    home = tmp_path / "victim"
    with make_node(home, "Office PC", "Hill School") as node:
        other = make_node(tmp_path / "other", "x", None)
        node.peers.request_received(other.certificate_pem(), FORGED, "Hill\x9b2J", "")
        other.close()
    table = run(home, "peers")
    assert table.returncode == 0 and clean(table.stdout), table.stdout
    assert len(table.stdout.splitlines()) == 2  # the heading and one row, not a forged one
    assert "River PC\\nZZZZZZZ-FORGED" in table.stdout and "\\x1b[8m" in table.stdout
    as_json = run(home, "--json", "peers")
    assert clean(as_json.stdout) and json.loads(as_json.stdout)[0]["name"] == FORGED
    # Names typed in now are refused: C1 controls and bidi overrides too, not just C0.
    for name in ("Asha\x9b31m", "Asha\u202eahsA", "Asha\x7f"):
        added = run(home, "learner", "add", "--name", name)
        assert added.returncode == 2 and "one line of text" in added.stderr


def test_the_wire_refuses_control_characters_but_not_a_tab() -> None:
    from edunode.errors import RemoteProtocolError
    from edunode.identity import NodeIdentity
    from edunode.sync import messages as m

    node_id = NodeIdentity.generate().node_id

    def hello(name: str) -> m.Hello:
        return m.Hello(m.PROTOCOL_VERSION, m.MIN_PROTOCOL_VERSION, node_id, name, "Hill", "",
                       "sync", 47310)  # fmt: skip

    assert m.decode(*m.encode(hello("Lab\tPC"))) == hello("Lab\tPC")  # older names may hold one
    for bad in (FORGED, "Lab\rPC", "Lab\x9bPC", "Lab\u2028PC", "Lab\u202ePC", "Lab\x7f"):
        with pytest.raises(RemoteProtocolError, match="control characters"):
            m.decode(*m.encode(hello(bad)))
    error = m.decode(*m.encode(m.Error("bad\ncode", "line one\nline two\x1b[8m")))
    assert error == m.Error("bad code", "line one line two [8m")  # ours are sent on one line
