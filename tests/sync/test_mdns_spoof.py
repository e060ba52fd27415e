"""mDNS announcements can't rewrite or bury known peers (issue 9, item 8).

Anyone on the LAN can announce any node ID. An announcement is a hint for the dialer, kept
in memory; it must not change the stored name, school, host or port of a node that sent a
signed link request (a later approval writes that name into the signed school document),
and a flood of fake IDs must not leave an unbounded number of permanent "discovered" rows.

Real zeroconf bound to 127.0.0.1: the victim is a real NetworkService with discovery on,
the spoofer a second zeroconf instance announcing services it made up.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.sync.netutil import (
    DISCOVERY,
    LOOPBACK,
    link,
    log_lines,
    make_node,
    service,
    wait_for,
)
from zeroconf.asyncio import AsyncZeroconf

from edunode import identity
from edunode.service import peers as peers_module
from edunode.service.loop import LoopThread
from edunode.service.network import NetworkService
from edunode.service.node import Node
from edunode.store import PeerRecords
from edunode.sync import messages as m
from edunode.sync.discovery import PeerInfo

pytestmark = pytest.mark.net

FAKES = 120


class Spoofer:
    """A zeroconf instance on 127.0.0.1 announcing whatever PeerInfo it is given."""

    def __init__(self) -> None:
        self.thread = LoopThread("spoofer").start()
        self.azc: AsyncZeroconf | None = None

    def announce(self, peers: list[PeerInfo]) -> None:
        async def go() -> None:
            if self.azc is None:
                self.azc = AsyncZeroconf(interfaces=LOOPBACK)
            infos = [p.to_service_info(host_ttl=int(DISCOVERY["host_ttl"])) for p in peers]
            # no probing for a name clash: a spoofer doesn't care (and 120 probes take long)
            waits = [
                await self.azc.async_register_service(i, cooperating_responders=True) for i in infos
            ]
            await asyncio.gather(*waits)

        self.thread.call(go(), timeout=120)

    def goodbye(self) -> None:
        async def go() -> None:
            if self.azc is not None:
                await self.azc.async_unregister_all_services()

        self.thread.call(go(), timeout=60)

    def close(self) -> None:
        async def go() -> None:
            if self.azc is not None:
                await self.azc.async_close()

        try:
            self.thread.call(go(), timeout=30)
        finally:
            self.thread.stop()


@pytest.fixture
def spoofer() -> Iterator[Spoofer]:
    s = Spoofer()
    try:
        yield s
    finally:
        s.close()


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Node, NetworkService, Node]]:
    """The victim (discovery on) and a PC it approved, whose service is then stopped."""
    victim = make_node(tmp_path / "victim", "Office PC", "Hill School")
    friend = make_node(tmp_path / "friend", "Library PC", "Hill School")
    sv = service(victim, discover=True)
    sf = service(friend)
    try:
        link((friend, sf), (victim, sv), "community")
        sf.stop()
        yield victim, sv, friend
    finally:
        sf.stop()
        sv.stop()
        friend.close()
        victim.close()


def fake_rows(node: Node, ids: set[str]) -> list[dict[str, Any]]:
    return [p for p in node.peers.list() if p["id"] in ids]


def settled(
    value: Callable[[], object], what: str, quiet: float = 2.0, timeout: float = 60
) -> None:
    """Wait until ``value()`` stopped changing for ``quiet`` seconds (the store thread of the
    victim may lag behind the callbacks of discovery on a busy machine)."""
    deadline = time.monotonic() + timeout
    last, since = value(), time.monotonic()
    while time.monotonic() - since < quiet:
        assert time.monotonic() < deadline, f"waited {timeout} s for {what}"
        time.sleep(0.2)
        now = value()
        if now != last:
            last, since = now, time.monotonic()


def test_announcement_cannot_rewrite_an_approved_peer(
    pair: tuple[Node, NetworkService, Node],
    spoofer: Spoofer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    victim, _, friend = pair
    caplog.set_level(logging.INFO, logger="edunode.network")
    before = victim.peers.get(friend.node_id)
    assert before is not None and before["state"] == "approved"
    fake = PeerInfo(
        friend.node_id, "Spoofed Name", "Evil School", m.PROTOCOL_VERSION, "127.0.0.1", 9
    )
    spoofer.announce([fake])
    wait_for(lambda: "found Spoofed Name" in log_lines(caplog), 20, "the announcement")
    # the store write (today's code) follows the callback on the store thread
    keys = ("name", "school", "school_id", "host", "port", "state", "role")
    settled(lambda: {k: (victim.peers.get(friend.node_id) or {}).get(k) for k in keys}, "the store")
    after = victim.peers.get(friend.node_id)
    assert after is not None
    for key in keys:
        assert after[key] == before[key], key
    assert after["name"] == "Library PC"


def test_fake_announcements_are_capped_and_expire(
    pair: tuple[Node, NetworkService, Node],
    spoofer: Spoofer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    victim, _, _ = pair
    caplog.set_level(logging.INFO, logger="edunode.network")
    fakes = [
        PeerInfo(
            identity.NodeIdentity.generate().node_id,
            f"Fake {n}",
            "Nowhere",
            m.PROTOCOL_VERSION,
            "127.0.0.1",
            20000 + n,
        )  # fmt: skip
        for n in range(FAKES)
    ]
    ids = {f.node_id for f in fakes}
    spoofer.announce(fakes)

    def found() -> int:
        text = log_lines(caplog)
        return sum(1 for f in fakes if f"found {f.name} (Nowhere)" in text)

    wait_for(lambda: found() == FAKES, 90, "every fake to be found")
    settled(lambda: {p["id"] for p in fake_rows(victim, ids)}, "the store to catch up")
    discovered = [p for p in victim.peers.list() if p["state"] == "discovered"]
    assert len(discovered) <= peers_module.MAX_DISCOVERED
    assert len(fake_rows(victim, ids)) >= peers_module.MAX_DISCOVERED - 10  # others may announce

    spoofer.goodbye()  # the fakes stop announcing
    records = PeerRecords(victim.store)

    def aged_out() -> bool:
        """Pretend the fakes were last announced long ago, until the victim drops them."""
        left = fake_rows(victim, ids)
        for row in left:  # again at each look: a refresh may race with the goodbye
            records.update(row["id"], announced=time.time() - peers_module.DISCOVERED_EXPIRY - 5)
        return not left

    deadline = time.monotonic() + 30
    while not aged_out():
        assert time.monotonic() < deadline, "the fake rows did not expire"
        time.sleep(0.5)
    friend_rows = [p for p in victim.peers.list() if p["state"] == "approved"]
    assert len(friend_rows) == 1  # an approved peer never expires
