"""Slow or huge connections must not starve a node's server (issue 9, item 6).

Each attack runs against a real server on 127.0.0.1 (an in-process NetworkService, or an
``edunode serve`` child process for the memory test) with real TLS sockets. The attackers
are strangers: anonymous TLS clients, as anyone on the school network can be. To come from
several addresses, as several machines would, they bind source addresses in 127.0.0.0/8
(every one of them is loopback on Linux); they only ever talk to 127.0.0.1.

Time only bounds: every wait has a generous limit that a connection left open (the bug)
exceeds, and every loop is bounded.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import struct
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from tests.sync.netutil import (
    Served,
    learner_names,
    link,
    make_node,
    run_async,
    service,
    stop_all,
    wait_for,
)

from edunode.errors import RemoteProtocolError
from edunode.service.network import MAX_UNSETTLED, NetworkService
from edunode.service.node import Node
from edunode.sync import messages as m
from edunode.sync.framing import MAX_FRAME, MAX_STRANGER_FRAME, FrameDecoder
from edunode.sync.pipeline import SessionConfig
from edunode.sync.protocol import Connection, ConnectionClosed
from edunode.sync.tls import MAX_TLS_PER_ADDRESS, client_context

pytestmark = pytest.mark.net

PER_ADDRESS = 4  # the cap on a stranger address's unsettled connections (service/network.py)
HOLD = SessionConfig(handshake_timeout=30.0, idle_timeout=30.0, ping_interval=5.0)
CLOSE_BOUND = 10.0  # a refused or oversized connection is closed well within this


def source(i: int) -> str:
    """The i-th attacker address (127.0.0.2, 127.0.0.3, …): loopback, as another machine."""
    return f"127.0.0.{2 + i}"


@dataclass
class Pair:
    victim: Node
    friend: Node  # a PC of the victim's school, approved both ways
    stranger: Node  # never linked: its Hello is what the attackers send
    sv: NetworkService


@contextlib.contextmanager
def pair(home: Path, config: SessionConfig) -> Iterator[Pair]:
    """A victim serving with ``config``, and a friend linked to it whose own service is
    stopped again: the friend reaches the victim only by dialing it (``sync --once``)."""
    victim = make_node(home / "v", "Victim PC", "Hill School")
    friend = make_node(home / "f", "Friend PC", None)
    stranger = make_node(home / "s", "Stranger PC", None)
    victim.add_learner("Amina Juma")
    sv, sf = service(victim, config=config), service(friend)
    try:
        link((victim, sv), (friend, sf), "school")
        wait_for(lambda: learner_names(friend) == {"Amina Juma"}, what="first sync")
        sf.stop()
        yield Pair(victim, friend, stranger, sv)
    finally:
        stop_all(sv, sf)
        for node in (victim, friend, stranger):
            node.close()


def sync_once(friend: Node) -> dict[str, object]:
    """What ``edunode sync --once`` does on the friend: dial the victim, wait for in-sync."""
    once = service(friend, serve=False, dial=False)
    try:
        (result,) = once.sync_once(20)
    finally:
        once.stop()
    return result


def hello(node: Node, purpose: str) -> bytes:
    conn = Connection("client")
    return conn.send(
        conn.hello(node.node_id, node.name, "", "", purpose, 0)  # a stranger: no school
    )


# --------------------------------------------------------------------------- the stranger


class Stranger:
    """One anonymous TLS connection to the victim from ``src``."""

    def __init__(self, node: Node, port: int, src: str) -> None:
        self.node, self.port, self.src = node, port, src
        self.conn = Connection("client")
        self.received: list[object] = []
        self.errors: list[str] = []  # codes of the Error messages the victim sent
        self.closed_at: float | None = None

    async def open(self) -> None:
        ctx = client_context(self.node.identity, self.node.certificate_pem(), False)
        self.reader, self.writer = await asyncio.wait_for(
            asyncio.open_connection(
                "127.0.0.1", self.port, ssl=ctx, local_addr=(self.src, 0), ssl_handshake_timeout=10
            ),
            10,
        )

    async def write(self, data: bytes) -> bool:
        """Send ``data``; False once the victim has closed the connection."""
        if self.closed_at is not None:
            return False
        try:
            self.writer.write(data)
            await asyncio.wait_for(self.writer.drain(), 10)
        except (OSError, ssl.SSLError, ConnectionError, asyncio.TimeoutError):
            return False
        return True

    async def read_event(self, timeout: float) -> object:
        """The next message from the victim, or ConnectionClosed (EOF, reset)."""
        deadline = time.monotonic() + timeout
        for _ in range(10_000):  # bounded: each turn reads something or ends
            pending = [e for e in self.received if not isinstance(e, ConnectionClosed)]
            if pending or (self.received and isinstance(self.received[-1], ConnectionClosed)):
                return self.received.pop(0)
            left = deadline - time.monotonic()
            if left <= 0:
                raise asyncio.TimeoutError
            try:
                data = await asyncio.wait_for(self.reader.read(65536), left)
            except asyncio.TimeoutError:  # an OSError too, since Python 3.11
                raise
            except (OSError, ssl.SSLError, ConnectionError):
                data = b""
            if not data:
                self.closed_at = time.monotonic()
                self.received.append(ConnectionClosed())
            else:
                events = self.conn.receive_data(data)
                self.errors += [e.code for e in events if isinstance(e, m.Error)]
                self.received.extend(events)
        raise AssertionError("read_event did not finish")

    async def until_closed(self, timeout: float) -> list[object]:
        """Every message until the victim closes the connection (TimeoutError if it does not)."""
        out: list[object] = []
        deadline = time.monotonic() + timeout
        for _ in range(100):
            event = await self.read_event(max(0.0, deadline - time.monotonic()))
            if isinstance(event, ConnectionClosed):
                return out
            out.append(event)
        raise AssertionError("the victim kept talking")

    async def link_hello(self) -> m.Hello | None:
        """Send a Hello for a link request: the victim's Hello back (None: refused)."""
        data = self.conn.send(self.conn.hello(self.node.node_id, self.node.name, "", "", "link", 0))
        if not await self.write(data):
            return None
        event = await self.read_event(CLOSE_BOUND)
        return event if isinstance(event, m.Hello) else None

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.writer.close()


async def open_all(strangers: list[Stranger]) -> None:
    await asyncio.gather(*(s.open() for s in strangers))


# --------------------------------------------------------------------------- (a) slowloris


DRIBBLE_EVERY = 1.5  # s between two bytes: well under the handshake timeout below
SLOW = SessionConfig(handshake_timeout=6.0, idle_timeout=10.0, ping_interval=2.0)
DRIBBLE_BYTES = 24  # × 1.5 s = 36 s: longer than any bound below, so only the victim ends it
SLOWLORIS_BOUND = 25.0  # s from connecting: Hello deadline 6 s, link request deadline 18 s


async def dribble(stranger: Stranger, data: bytes) -> None:
    for i in range(min(DRIBBLE_BYTES, len(data))):
        if not await stranger.write(data[i : i + 1]):
            return
        with contextlib.suppress(asyncio.TimeoutError):
            await stranger.read_event(DRIBBLE_EVERY)  # returns early once the victim closes
        if stranger.closed_at is not None:
            return


@pytest.mark.slow
def test_slowloris_is_cut_by_the_total_handshake_deadline(tmp_path: Path) -> None:
    """MAX_UNSETTLED strangers dribble a byte every 1.5 s (the Hello, or the link request
    after a Hello): each is closed by the total deadline, long before it finishes, and
    while they hold every slot the approved friend still connects and syncs."""
    with pair(tmp_path, SLOW) as p:
        p.victim.add_learner("Baraka Otieno")
        addresses = MAX_UNSETTLED // PER_ADDRESS
        strangers = [
            Stranger(p.stranger, p.sv.port, source(i % addresses)) for i in range(MAX_UNSETTLED)
        ]
        linking = strangers[:PER_ADDRESS]  # these dribble their link request instead
        sync_hello = hello(p.stranger, "sync")
        request = struct.pack(">IB", 2000, 2) + bytes(range(64))  # a LinkRequest, never whole

        async def attack() -> tuple[dict[str, object], list[bool], list[float]]:
            start = time.monotonic()
            await open_all(strangers)
            for s in linking:
                assert await s.link_hello() is not None, "a link request must get a Hello back"
            # The first byte of each, so that every stranger holds a session on the victim.
            for s in strangers:
                assert await s.write((request if s in linking else sync_hello)[:1])
            attacks = [
                asyncio.ensure_future(dribble(s, (request if s in linking else sync_hello)[1:]))
                for s in strangers
            ]
            result = await asyncio.get_running_loop().run_in_executor(None, sync_once, p.friend)
            open_then = [s.closed_at is None for s in strangers]
            await asyncio.wait_for(asyncio.gather(*attacks), 2 * DRIBBLE_BYTES * DRIBBLE_EVERY)
            lasted = [(s.closed_at or time.monotonic()) - start for s in strangers]
            for s in strangers:
                s.close()
            return result, open_then, lasted

        result, open_then, lasted = run_async(attack(), 120)
        assert result["result"] == "in_sync", result
        assert "Baraka Otieno" in learner_names(p.friend)
        assert all(open_then), "the strangers were already gone: the attack proved nothing"
        assert all(s.errors == ["timeout"] for s in strangers), [s.errors for s in strangers]
        assert max(lasted) < SLOWLORIS_BOUND, (
            f"a slow stranger held its slot for {max(lasted):.1f} s"
        )


# --------------------------------------------------------------------------- (b) per address


def test_one_address_holds_only_a_few_unsettled_connections(tmp_path: Path) -> None:
    with pair(tmp_path, HOLD) as p:
        held = [Stranger(p.stranger, p.sv.port, source(0)) for _ in range(PER_ADDRESS)]
        extra = Stranger(p.stranger, p.sv.port, source(0))
        elsewhere = Stranger(p.stranger, p.sv.port, source(1))

        async def attack() -> tuple[list[bool], bool, bool]:
            try:
                await open_all(held)
                accepted = [await s.link_hello() is not None for s in held]
                await extra.open()
                refused = await extra.link_hello() is None
                await elsewhere.open()
                served = await elsewhere.link_hello() is not None
                return accepted, refused, served
            finally:
                for s in [*held, extra, elsewhere]:
                    s.close()

        accepted, refused, served = run_async(attack(), 60)
        assert all(accepted), "the first connections from an address are served"
        assert refused, f"a {PER_ADDRESS + 1}th unsettled connection from one address was served"
        assert served, "another address is not affected by the cap"


@pytest.mark.skipif(sys.version_info < (3, 11), reason="counted only with StreamWriter.start_tls")
def test_one_address_holds_only_a_few_tls_handshakes(tmp_path: Path) -> None:
    """TCP connections that never start their TLS handshake are capped per address too: one
    more from that address is closed at once, other addresses and the approved friend are
    served."""
    with pair(tmp_path, HOLD) as p:
        p.victim.add_learner("Baraka Otieno")
        extra = Stranger(p.stranger, p.sv.port, source(0))
        elsewhere = Stranger(p.stranger, p.sv.port, source(1))

        async def attack() -> tuple[str, bool, dict[str, object]]:
            silent = []
            try:
                for _ in range(MAX_TLS_PER_ADDRESS):  # plain TCP: not even a ClientHello
                    silent.append(
                        await asyncio.wait_for(
                            asyncio.open_connection(
                                "127.0.0.1", p.sv.port, local_addr=(source(0), 0)
                            ),
                            10,
                        )
                    )
                try:
                    await extra.open()
                    outcome = "served"
                except asyncio.TimeoutError:
                    outcome = "hung"
                except (OSError, ssl.SSLError):
                    outcome = "refused"
                await elsewhere.open()
                served = await elsewhere.link_hello() is not None
                loop = asyncio.get_running_loop()
                result = await loop.run_in_executor(None, sync_once, p.friend)
                return outcome, served, result
            finally:
                for s in [extra, elsewhere]:
                    s.close()
                for _, writer in silent:
                    writer.close()

        outcome, served, result = run_async(attack(), 60)
        assert outcome == "refused", f"one TLS handshake too many from an address was {outcome}"
        assert served, "another address is not affected by the cap"
        assert result["result"] == "in_sync", result
        assert "Baraka Otieno" in learner_names(p.friend)


# --------------------------------------------------------------------------- (c) huge frame


@pytest.mark.parametrize("length", [MAX_FRAME, 1024 * 1024])
def test_a_huge_first_frame_is_refused_at_its_length(tmp_path: Path, length: int) -> None:
    """A stranger announcing a big first frame is told ``oversized_frame`` and closed after
    the 5-byte header: the victim never waits for (or buffers) the body."""
    with pair(tmp_path, HOLD) as p:
        s = Stranger(p.stranger, p.sv.port, source(0))

        async def attack() -> list[object]:
            try:
                await s.open()
                assert await s.write(struct.pack(">IB", length, 1))
                return await s.until_closed(CLOSE_BOUND)
            finally:
                s.close()

        events = run_async(attack(), 30)
        codes = [e.code for e in events if isinstance(e, m.Error)]
        assert codes == ["oversized_frame"], events


def _vm(pid: int, field: str) -> int:
    """A /proc/PID/status field in KiB (VmRSS now, VmHWM the peak)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise AssertionError(f"no {field} in /proc/{pid}/status")


@pytest.mark.slow
def test_huge_first_frames_do_not_grow_a_serve(tmp_path: Path) -> None:
    """Twelve strangers from twelve addresses each announce a 16 MiB first frame and send
    15 MiB of it: ``edunode serve`` (a child process) must not buffer them (that was +180 MiB)."""
    home = tmp_path / "v"
    make_node(home, "Victim PC", "Hill School").close()
    stranger = make_node(tmp_path / "s", "Stranger PC", None)
    body = bytes(256 * 1024)
    served = Served(home)
    try:
        before = _vm(served.proc.pid, "VmRSS")
        strangers = [Stranger(stranger, served.port, source(i)) for i in range(12)]

        async def flood(s: Stranger) -> int:
            await s.open()
            sent = 0
            if await s.write(struct.pack(">IB", MAX_FRAME, 1)):
                for _ in range(60):  # 15 MiB at most
                    if not await s.write(body):
                        break
                    sent += len(body)
            return sent

        async def attack() -> list[int]:
            try:
                return await asyncio.gather(*(flood(s) for s in strangers))
            finally:
                for s in strangers:
                    s.close()

        run_async(attack(), 120)
        assert served.proc.poll() is None, served.text()
        grew = (_vm(served.proc.pid, "VmHWM") - before) // 1024
        assert grew < 80, f"serve grew by {grew} MiB under huge first frames"
    finally:
        served.stop()
        stranger.close()


# --------------------------------------------------------------------------- (d) approved peer


def test_an_approved_peer_is_admitted_when_the_unsettled_limit_is_full(tmp_path: Path) -> None:
    with pair(tmp_path, HOLD) as p:
        p.victim.add_learner("Baraka Otieno")
        strangers = [
            Stranger(p.stranger, p.sv.port, source(i // PER_ADDRESS)) for i in range(MAX_UNSETTLED)
        ]
        one_more = Stranger(p.stranger, p.sv.port, source(MAX_UNSETTLED))

        async def attack() -> tuple[list[bool], bool, dict[str, object]]:
            try:
                await open_all(strangers)
                held = [await s.link_hello() is not None for s in strangers]
                await one_more.open()
                full = await one_more.link_hello() is None
                loop = asyncio.get_running_loop()
                result = await loop.run_in_executor(None, sync_once, p.friend)
                return held, full, result
            finally:
                for s in [*strangers, one_more]:
                    s.close()

        held, full, result = run_async(attack(), 90)
        assert all(held), "each stranger holds a slot"
        assert full, "the unsettled limit was not full: the test proves nothing"
        assert result["result"] == "in_sync", result
        assert "Baraka Otieno" in learner_names(p.friend)


# --------------------------------------------------------------------------- the limits, sans-IO


def test_the_stranger_frame_limit_is_raised_only_for_an_identified_peer() -> None:
    """What the server does with a connection (sync/session.py): small limits first, the
    full ones once the peer is admitted; a lowered limit refuses at the header."""
    big = struct.pack(">IB", MAX_STRANGER_FRAME + 1, 1)
    stranger = Connection("server")
    stranger.set_limits(max_frame=MAX_STRANGER_FRAME, max_message=MAX_STRANGER_FRAME)
    with pytest.raises(RemoteProtocolError) as refused:
        stranger.receive_data(big)
    assert refused.value.facts["code"] == "oversized_frame"
    admitted = Connection("server")
    admitted.set_limits(max_frame=MAX_STRANGER_FRAME, max_message=MAX_STRANGER_FRAME)
    admitted.set_limits(max_frame=MAX_FRAME, max_message=16 * 1024 * 1024)
    assert admitted.receive_data(big) == []  # waits for the body
    decoder = FrameDecoder()
    decoder.max_frame = MAX_STRANGER_FRAME
    with pytest.raises(RemoteProtocolError):
        decoder.feed(big)
