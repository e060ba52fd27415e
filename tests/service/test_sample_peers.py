"""Sample data never reaches a real network (issue 9 item 11): the made-up PCs that
``edunode sample-data`` lists have addresses on this PC (127.0.0.0/8, port 9), and a running
network service on the sample home never dials them, not even for ``sync --once`` or a link.

A real sample home, a real NetworkService on 127.0.0.1; where the test may listen on the
sample addresses (port 9 needs privileges), it checks that no connection arrives there.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.sync.netutil import service

from edunode.demo.sample_data import make_sample
from edunode.errors import ValidationError
from edunode.service.dialer import SAMPLE_PORT, SKIPPED
from edunode.service.node import Node


@contextlib.contextmanager
def listening_on(hosts: list[str], port: int) -> Iterator[list[socket.socket]]:
    """Listeners on the sample addresses, when this account may bind port 9 (else none)."""
    socks: list[socket.socket] = []
    try:
        for host in hosts:
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                s.bind((host, port))
            except OSError:
                s.close()
                continue
            s.listen(8)
            s.setblocking(False)
            socks.append(s)
        yield socks
    finally:
        for s in socks:
            s.close()


def connections(socks: list[socket.socket]) -> int:
    count = 0
    for s in socks:
        with contextlib.suppress(BlockingIOError):
            while True:
                conn, _ = s.accept()
                conn.close()
                count += 1
    return count


@pytest.fixture
def sample_home(tmp_path: Path) -> Path:
    home = tmp_path / "sample"
    make_sample(home, learners=3)
    return home


def test_sample_peers_live_on_this_pc_at_the_discard_port(sample_home: Path) -> None:
    with Node(sample_home) as node:
        peers = node.peers.list()
    assert len(peers) == 4 and any(p["state"] == "approved" for p in peers)
    for p in peers:
        assert ipaddress.ip_address(p["host"]) in ipaddress.ip_network("127.0.0.0/8"), p
        assert p["port"] == SAMPLE_PORT, p


def test_a_network_service_on_the_sample_home_never_dials_them(sample_home: Path) -> None:
    node = Node(sample_home)
    peers = node.peers.list()
    approved = [p for p in peers if p["state"] == "approved"]
    assert approved and all(p["host"].startswith("127.") for p in peers)
    with listening_on(sorted({p["host"] for p in peers}), SAMPLE_PORT) as socks:
        svc = service(node)
        try:
            time.sleep(1.5)  # several dial rounds at the test back-off (0.1 s .. 1 s)
            results = svc.sync_once(timeout=5)
            assert [(r["id"], r["result"]) for r in results] == [
                (p["id"], "skipped") for p in approved
            ]
            for p in approved:
                link = svc._peers[p["id"]]
                assert link.attempts == 0 and link.outcome == SKIPPED and not link.sessions
            for p in peers:
                with pytest.raises(ValidationError, match="sample data"):
                    svc.link(p["id"])
            assert connections(socks) == 0
        finally:
            svc.stop()
            node.close()
