"""Hostile peers against a real node: each is refused with a clear log line, nothing of what
it sent is applied, and the node keeps serving its other peers.

The victim runs a real NetworkService (TLS on 127.0.0.1) with a friendly member PC linked
to it. The attackers are small raw clients written here on top of the protocol module: they
speak the protocol correctly up to the point where they cheat, with hooks to forge
signatures, tamper with change bytes, replay changes and break framing.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from tests.helpers import fingerprint, forge_change, send_doc
from tests.sync.netutil import (
    PIN,
    address,
    learner_names,
    link,
    log_lines,
    make_node,
    run_async,
    service,
    stop_all,
    wait_for,
)

from edunode import crdt
from edunode.errors import SyncError
from edunode.service.network import NetworkService
from edunode.service.node import Node
from edunode.sync import messages as m
from edunode.sync.protocol import Connection, ConnectionClosed
from edunode.sync.tls import client_context, open_connection

pytestmark = pytest.mark.net


@dataclass
class World:
    victim: Node
    friend: Node  # a PC of the victim's school, linked and live
    hostile: Node  # another school's PC, approved by the victim as a community peer
    sv: NetworkService
    sf: NetworkService
    course: str  # the victim's shared course (the hostile node holds a copy)
    own_course: str  # the hostile node's own course
    own_learner: str  # a learner of the hostile node's school
    home: Path


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    home = tmp_path_factory.mktemp("hostile")
    victim = make_node(home / "v", "Victim PC", "Hill School")
    friend = make_node(home / "f", "Friend PC", None)
    hostile = make_node(home / "h", "Hostile PC", "Evil School")
    course = victim.create_course("Fractions")
    victim.add_lesson(course, "Unit 1", "Halves", "One half.")
    victim.add_learner("Amina Juma")
    own_course = hostile.create_course("Propaganda")
    own_learner = hostile.add_learner("Eve Evil")
    send_doc(victim, hostile, victim.school_id)  # what community peers legitimately hold
    send_doc(victim, hostile, course)
    send_doc(hostile, victim, hostile.school_id)
    sv, sf = service(victim), service(friend)
    link((victim, sv), (friend, sf), "school")
    wait_for(lambda: learner_names(friend) == {"Amina Juma"}, what="friend in sync")
    once = NetworkService(hostile, serve=False, discover=False, dial=False).start()
    try:
        once.link(address(sv))
    finally:
        once.stop()
    victim.approve(hostile.node_id, "community", PIN)
    wait_for(lambda: victim.peers.get(hostile.node_id)["state"] == "approved")
    yield World(victim, friend, hostile, sv, sf, course, own_course, own_learner, home)
    stop_all(sv, sf)
    for node in (victim, friend, hostile):
        node.close()


# --------------------------------------------------------------------------- the raw client


class Raw:
    """A client that speaks the protocol through :class:`Connection`, and can cheat."""

    def __init__(self, node: Node, port: int, victim_id: str) -> None:
        self.node, self.port, self.victim_id = node, port, victim_id
        self.conn = Connection("client")
        self.events: list[object] = []

    async def open(self, *, present_certificate: bool = True) -> None:
        node = self.node
        ctx = client_context(node.identity, node.certificate_pem(), present_certificate)
        self.reader, self.writer, _ = await open_connection(
            "127.0.0.1", self.port, ctx, self.victim_id, 5
        )

    async def send(self, message: m.Message) -> None:
        self.writer.write(self.conn.send(message))
        await self.writer.drain()

    async def send_raw(self, data: bytes) -> None:
        self.writer.write(data)
        await self.writer.drain()

    async def read_until(
        self, stop: Callable[[object], bool], timeout: float = 5.0
    ) -> list[object]:
        """Read events until one satisfies ``stop``, the connection ends, or ``timeout``."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while loop.time() < deadline:
            try:
                data = await asyncio.wait_for(self.reader.read(65536), deadline - loop.time())
                new = self.conn.receive_data(data) if data else [ConnectionClosed()]
            except (OSError, asyncio.TimeoutError, SyncError):
                new = [ConnectionClosed()]
            self.events.extend(new)
            if any(stop(e) or isinstance(e, ConnectionClosed) for e in new):
                break
        return self.events

    async def hello(self, purpose: str = "sync") -> None:
        node = self.node
        await self.send(
            self.conn.hello(node.node_id, node.name, node.school_name, node.school_id, purpose)
        )
        await self.read_until(lambda e: isinstance(e, m.Hello))

    async def to_exchange(self) -> None:
        """Handshake and inventories: after this, Changes may be sent."""
        await self.hello()
        await self.send(m.Inventory((), complete=True))
        await self.read_until(lambda e: isinstance(e, m.Inventory) and e.complete)

    async def close(self) -> None:
        self.writer.close()
        with contextlib.suppress(OSError, asyncio.TimeoutError):
            await asyncio.wait_for(self.writer.wait_closed(), 1)


@pytest.fixture
def stranger(tmp_path: Path) -> Iterator[Node]:
    node = make_node(tmp_path / "stranger", "Stranger PC", "Nowhere School")
    yield node
    node.close()


def errors(events: list[object]) -> list[m.Error]:
    return [e for e in events if isinstance(e, m.Error)]


def data_messages(events: list[object]) -> list[object]:
    return [e for e in events if isinstance(e, (m.Inventory, m.Changes))]


# --------------------------------------------------------------------------- the checks


@pytest.fixture
def watch(world: World, caplog: pytest.LogCaptureFixture) -> Iterator[Callable[..., None]]:
    """Snapshot the victim; afterwards check: nothing applied, a log line, still serving."""
    caplog.set_level(logging.INFO)
    before = fingerprint(world.victim)
    friend_sessions = set(world.sv.sessions(world.friend.node_id))
    incidents = world.victim.peers.get(world.hostile.node_id)["incidents"]
    checked: list[bool] = []

    def check(log_text: str, *, incident: bool = True) -> None:
        wait_for(lambda: log_text in log_lines(caplog), timeout=5, what=f"log line {log_text!r}")
        assert fingerprint(world.victim) == before, "something of the attack was applied"
        if incident:
            wait_for(
                lambda: world.victim.peers.get(world.hostile.node_id)["incidents"] > incidents,
                timeout=3,
                what="incident recorded",
            )
        checked.append(True)

    yield check
    assert checked, "the test did not check its outcome"
    # the friendly member PC was not disturbed and is still served live
    assert set(world.sv.sessions(world.friend.node_id)) == friend_sessions
    name = f"Still served {len(learner_names(world.victim))}"
    world.friend.add_learner(name)
    wait_for(lambda: name in learner_names(world.victim), timeout=5, what="the victim still serves")


def attack(
    world: World, body: Callable[[Raw], Any], node: Node | None = None, *, anonymous: bool = False
) -> list[object]:
    """Connect as ``node`` (the hostile PC by default), run ``body``, read until an Error."""

    async def go() -> list[object]:
        raw = Raw(node if node is not None else world.hostile, world.sv.port, world.victim.node_id)
        await raw.open(present_certificate=not anonymous)
        try:
            await body(raw)
            return await raw.read_until(lambda e: isinstance(e, m.Error), timeout=5)
        finally:
            await raw.close()

    return run_async(go())


def changes_of(src: Node, doc_id: str) -> tuple[list[bytes], dict[bytes, bytes]]:
    changes, sigs = src.docs.outgoing(doc_id, [])  # everything, with each author's tip signature
    return [c.data for c in changes], sigs


def vandalise(tx: Any) -> None:
    crdt.put(tx, crdt.ROOT, "vandal", "was here")


# --------------------------------------------------------------------------- the attacks


def test_forged_signature(world: World, watch: Callable[..., None]) -> None:
    data, sigs = changes_of(world.hostile, world.own_course)
    forged = tuple((h, os.urandom(64)) for h in sigs)

    async def body(raw: Raw) -> None:
        await raw.to_exchange()
        await raw.send(m.Changes((m.DocChanges(world.own_course, tuple(data), forged),)))

    events = attack(world, body)
    assert [e.code for e in errors(events)] == ["rejected"]
    watch("bad_signature")


def test_tampered_change_bytes(world: World, watch: Callable[..., None]) -> None:
    data, sigs = changes_of(world.hostile, world.own_course)
    last = bytearray(data[-1])
    last[len(last) // 2] ^= 0x40
    tampered = [*data[:-1], bytes(last)]
    signatures = ((crdt.change_hash(bytes(last)), next(iter(sigs.values()))),)

    async def body(raw: Raw) -> None:
        await raw.to_exchange()
        await raw.send(m.Changes((m.DocChanges(world.own_course, tuple(tampered), signatures),)))

    assert [e.code for e in errors(attack(world, body))] == ["rejected"]
    watch("malformed")


def test_change_by_an_actor_not_allowed_to_write(world: World, watch: Callable[..., None]) -> None:
    new, sigs = forge_change(world.hostile, world.course, vandalise)  # validly signed by itself

    async def body(raw: Raw) -> None:
        await raw.to_exchange()
        await raw.send(
            m.Changes(
                (m.DocChanges(world.course, tuple(c.data for c in new), tuple(sigs.items())),)
            )
        )

    assert [e.code for e in errors(attack(world, body))] == ["rejected"]
    watch("not_authorized")


def test_valid_change_replayed_into_another_document(
    world: World, watch: Callable[..., None]
) -> None:
    new, sigs = forge_change(world.hostile, world.own_course, vandalise)  # valid for its own course

    async def body(raw: Raw) -> None:
        await raw.to_exchange()
        await raw.send(
            m.Changes(
                (m.DocChanges(world.course, tuple(c.data for c in new), tuple(sigs.items())),)
            )
        )

    assert [e.code for e in errors(attack(world, body))] == ["rejected"]
    watch("rejected changes from Hostile PC")


def test_signature_replayed_from_another_document(world: World, watch: Callable[..., None]) -> None:
    new, sigs = forge_change(world.hostile, world.own_course, vandalise, sign_as=world.course)
    data, old_sigs = changes_of(world.hostile, world.own_course)

    async def body(raw: Raw) -> None:
        await raw.to_exchange()
        batch = (*data, *(c.data for c in new))
        await raw.send(
            m.Changes((m.DocChanges(world.own_course, batch, (*old_sigs.items(), *sigs.items())),))
        )

    assert [e.code for e in errors(attack(world, body))] == ["rejected"]
    watch("bad_signature")


def test_another_schools_learner_is_refused(world: World, watch: Callable[..., None]) -> None:
    # validly signed by a member of its school (whose profile the victim holds), so it would
    # verify: it is refused because learner records stay inside their school
    data, sigs = changes_of(world.hostile, world.own_learner)

    async def body(raw: Raw) -> None:
        await raw.to_exchange()
        await raw.send(
            m.Changes((m.DocChanges(world.own_learner, tuple(data), tuple(sigs.items())),))
        )

    assert [e.code for e in errors(attack(world, body))] == ["rejected"]
    watch("out_of_scope")


def test_unapproved_node_gets_no_data(
    world: World, watch: Callable[..., None], stranger: Node
) -> None:
    async def anonymous(raw: Raw) -> None:  # an unknown node may only send a link request
        await raw.send(raw.conn.hello(stranger.node_id, stranger.name, "", "", "sync"))

    events = attack(world, anonymous, node=stranger, anonymous=True)
    assert data_messages(events) == [] and [e.code for e in errors(events)] == ["not_approved"]

    # with its own certificate, unknown here, it does not even get through TLS
    async def identified(raw: Raw) -> None:
        with contextlib.suppress(OSError):  # the server may already have dropped it
            await raw.send(raw.conn.hello(stranger.node_id, stranger.name, "", "", "sync"))

    events = attack(world, identified, node=stranger)
    assert not any(isinstance(e, (m.Hello, m.Inventory, m.Changes)) for e in events)
    watch("it is not linked", incident=False)


def test_revoked_node_is_dropped_and_refused(
    world: World, watch: Callable[..., None], tmp_path: Path
) -> None:
    rogue = make_node(tmp_path / "r", "Rogue PC", "Rogue School")
    try:
        once = NetworkService(rogue, serve=False, discover=False, dial=False).start()
        try:
            once.link(address(world.sv))
        finally:
            once.stop()
        world.victim.approve(rogue.node_id, "community", PIN)

        async def live_then_revoked() -> list[object]:
            raw = Raw(rogue, world.sv.port, world.victim.node_id)
            for _ in range(40):  # the server's trust anchors follow the approval within a moment
                try:
                    await raw.open()
                    await raw.to_exchange()
                    break
                except (SyncError, OSError):
                    await asyncio.sleep(0.1)
                    raw = Raw(rogue, world.sv.port, world.victim.node_id)
            assert any(isinstance(e, m.Inventory) for e in raw.events), "the approved node syncs"
            await asyncio.get_running_loop().run_in_executor(
                None, world.victim.revoke, rogue.node_id, PIN
            )
            events = await raw.read_until(lambda e: isinstance(e, m.Error), timeout=3)
            await raw.close()
            return events

        events = run_async(live_then_revoked())
        assert [e.code for e in errors(events)] == ["not_approved"], "dropped at once"

        async def reconnect(raw: Raw) -> None:
            await raw.send(raw.conn.hello(rogue.node_id, rogue.name, "", "", "sync"))

        events = attack(world, reconnect, node=rogue)
        assert data_messages(events) == [] and [e.code for e in errors(events)] == ["not_approved"]
        watch("its link is revoked", incident=False)
    finally:
        rogue.close()


def test_garbage_bytes(world: World, watch: Callable[..., None]) -> None:
    async def body(raw: Raw) -> None:
        await raw.hello()
        await raw.send_raw(b"\x00\x00\x00\x09\x05" + os.urandom(8) + os.urandom(200))

    events = attack(world, body)
    assert errors(events) and not any(isinstance(e, m.Changes) for e in events)
    watch("closing the connection with Hostile PC")


def test_oversized_frame(world: World, watch: Callable[..., None]) -> None:
    async def body(raw: Raw) -> None:
        await raw.hello()
        await raw.send_raw(
            struct.pack(">IB", 512 * 1024 * 1024, m.MessageType.CHANGES) + b"x" * 100
        )

    events = attack(world, body)
    assert [e.code for e in errors(events)] == ["oversized_frame"]
    watch("the limit is")


def test_silent_connection_is_timed_out(world: World, watch: Callable[..., None]) -> None:
    async def body(raw: Raw) -> None:
        pass  # connect, then say nothing

    events = attack(world, body)
    assert [e.code for e in errors(events)] == ["timeout"] and data_messages(events) == []
    watch("said nothing", incident=False)


def test_link_request_that_breaks_its_commitment_is_not_recorded(
    world: World, watch: Callable[..., None], stranger: Node
) -> None:
    """A requester that reveals another nonce than it committed to (it would be choosing its
    nonce after seeing ours, to steer the verification code) is refused; no request is
    recorded, so no admin ever sees a code for it."""
    from edunode import identity
    from edunode.sync.linking import link_proof_message

    async def cheat(raw: Raw) -> None:
        await raw.hello("link")
        cert = stranger.certificate_pem()
        proof = stranger.identity.sign(link_proof_message(world.victim.public_key, cert))
        committed = identity.link_nonce()
        await raw.send(
            m.LinkRequest(stranger.name, "", "", cert, proof, identity.link_commitment(committed))
        )
        await raw.read_until(lambda e: isinstance(e, m.LinkChallenge))
        await raw.send(m.LinkReveal(identity.link_nonce()))  # not the committed one

    events = attack(world, cheat, node=stranger, anonymous=True)
    assert any(isinstance(e, m.LinkChallenge) for e in events)
    assert [e.code for e in errors(events)] == ["bad_request"]
    assert not any(isinstance(e, m.LinkReply) for e in events)
    assert world.victim.peers.get(stranger.node_id) is None
    watch("it revealed a nonce it had not committed to", incident=False)


def test_repeated_link_requests_cannot_reroll_the_code(
    world: World, stranger: Node, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each request makes a new code. A machine in the middle that keeps asking could wait
    for the code here to match the one it showed the other admin; so a pending node may ask
    again once a minute, and a request that was not recorded leaves both codes as they were
    (both screens still agree)."""
    from edunode.service import peers as peers_module

    once = service(stranger, serve=False, dial=False, discover=False)
    try:
        first = once.link(address(world.sv))
        assert first["reply"] == "pending"
        again = once.link(address(world.sv))  # at once: not recorded
        assert again["reply"] == "received" and again["code"] == first["code"]
        assert world.victim.peers.get(stranger.node_id)["code"] == first["code"]
        monkeypatch.setattr(peers_module, "PENDING_RETRY", 0.0)  # a minute later
        later = once.link(address(world.sv))
        assert later["reply"] == "pending"
        assert world.victim.peers.get(stranger.node_id)["code"] == later["code"]
    finally:
        once.stop()
