"""Link-request floods against a real node (issue 9, item 7).

A flood of link requests, each from a fresh key (so per-node rate limits don't apply), must
not bury a real PC's request: pending requests are limited per source address (the newest
few of each address are kept), a full list makes room for an address that has fewer
requests waiting than the busiest one, old pending requests expire, every dropped request is
counted where the admin looks (``edunode peers``, the Community page), and a request that is
not recorded is answered ``busy``, never ``received``.

The victim is a real NetworkService on 127.0.0.1; the flood comes over real TLS from another
loopback address (127.0.0.5), the real PC from 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.sync.netutil import address, cli, make_node, run_async, service

from edunode import identity
from edunode.errors import SyncError
from edunode.service import peers as peers_module
from edunode.service.network import NetworkService
from edunode.service.node import Node
from edunode.store import PeerRecords
from edunode.sync import messages as m
from edunode.sync.linking import link_proof_message, request_link
from edunode.sync.tls import client_context

pytestmark = pytest.mark.net

FLOOD_SOURCE = "127.0.0.5"
FLOOD_SIZE = 60  # more than the global cap of 50: today's code filled the list with these


@pytest.fixture
def victim(tmp_path: Path) -> Iterator[tuple[Node, NetworkService]]:
    node = make_node(tmp_path / "victim", "Office PC", "Hill School")
    svc = service(node, dial=False)
    try:
        yield node, svc
    finally:
        svc.stop()
        node.close()


@pytest.fixture
def real_pc(tmp_path: Path) -> Iterator[Node]:
    node = make_node(tmp_path / "real", "Grade 5 classroom", None)
    try:
        yield node
    finally:
        node.close()


async def _fake_request(port: int, server_key: bytes, source: str, n: int) -> tuple[str, str]:
    """One link request from a brand-new key, over TLS from ``source``: (node ID, reply)."""
    fake = identity.NodeIdentity.generate()
    cert = fake.certificate_pem(f"Fake {n}")
    ctx = client_context(fake, cert, False)  # anonymous, like every link request
    reader, writer = await asyncio.wait_for(
        asyncio.open_connection("127.0.0.1", port, ssl=ctx, local_addr=(source, 0)), 10
    )
    try:
        hello = m.Hello(
            m.PROTOCOL_VERSION, m.MIN_PROTOCOL_VERSION, fake.node_id, f"Fake {n}", "", "",
            "link", 0,
        )  # fmt: skip
        proof = fake.sign(link_proof_message(server_key, cert))
        _, reply, _, _ = await request_link(
            reader,
            writer,
            hello,
            lambda commitment: m.LinkRequest(f"Fake {n}", "", "", cert, proof, commitment),
            10,
        )
    finally:
        writer.close()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(writer.wait_closed(), 1)
    return fake.node_id, reply.state


def flood(svc: NetworkService, server_key: bytes, count: int, source: str) -> list[tuple[str, str]]:
    async def go() -> list[tuple[str, str]]:
        return [await _fake_request(svc.port, server_key, source, n) for n in range(count)]

    result: list[tuple[str, str]] = run_async(go(), timeout=120)
    return result


def pending(node: Node) -> list[dict[str, Any]]:
    return [p for p in node.peers.list() if p["state"] == "pending"]


def file_request(node: Node, source: str, n: int) -> tuple[str, str | None]:
    """A link request filed straight through the service API (real SQLite), from ``source``."""
    fake = identity.NodeIdentity.generate()
    state = node.peers.request_received(
        fake.certificate_pem(f"Filler {n}"), f"Filler {n}", "", "", source, 47310
    )
    return fake.node_id, state


def test_flood_from_one_address_does_not_bury_a_real_request(
    victim: tuple[Node, NetworkService], real_pc: Node
) -> None:
    node, svc = victim
    replies = flood(svc, node.public_key, FLOOD_SIZE, FLOOD_SOURCE)
    # every reply is honest: each request was recorded when it was answered "pending"
    assert {state for _, state in replies} == {"pending"}
    waiting = pending(node)
    from_flood = [p for p in waiting if p["source"] == FLOOD_SOURCE]
    assert len(from_flood) == peers_module.MAX_PER_SOURCE
    # the newest requests of that address are the ones kept
    assert {p["id"] for p in from_flood} == {
        nid for nid, _ in replies[-peers_module.MAX_PER_SOURCE :]
    }

    once = service(real_pc, serve=False, dial=False)
    try:
        sent = once.link(address(svc))
    finally:
        once.stop()
    assert sent["reply"] == "pending"
    row = node.peers.get(real_pc.node_id)
    assert row is not None and row["state"] == "pending" and row["source"] == "127.0.0.1"
    assert row["code"] == sent["code"]

    dropped = node.peers.dropped_requests()
    assert dropped["count"] == FLOOD_SIZE - peers_module.MAX_PER_SOURCE
    assert dropped["last"] is not None and time.time() - dropped["last"] < 120

    home = node.paths.home
    text = cli(home, "peers").stdout
    assert "Grade 5 classroom" in text
    assert f"{dropped['count']} link requests dropped" in text
    summary = json.loads(cli(home, "--json", "peers", "--summary").stdout)
    assert summary["dropped_requests"]["count"] == dropped["count"]
    assert summary["dropped_requests"]["last"] is not None
    assert real_pc.node_id in {p["id"] for p in summary["peers"]}
    rows = json.loads(cli(home, "--json", "peers").stdout)
    assert isinstance(rows, list)  # the plain listing keeps its shape


def test_full_list_makes_room_for_a_new_address_and_refuses_honestly(
    victim: tuple[Node, NetworkService], real_pc: Node
) -> None:
    node, svc = victim
    cap = peers_module.MAX_PENDING
    # 25 addresses with 2 requests each fill the list; 127.0.0.1 is one of them
    sources = ["127.0.0.1"] + [f"127.0.1.{i}" for i in range(1, cap // 2)]
    filled = [file_request(node, src, i) for i in range(2) for src in sources]
    assert {state for _, state in filled} == {"pending"}
    assert len(pending(node)) == cap

    # an address as busy as the busiest one gets an honest "busy", and nothing is recorded
    once = service(real_pc, serve=False, dial=False)
    try:
        with pytest.raises(SyncError) as refused:
            once.link(address(svc))
    finally:
        once.stop()
    assert refused.value.code == "busy"
    assert "not recorded" in str(refused.value)
    assert node.peers.get(real_pc.node_id) is None
    assert real_pc.peers.get(node.node_id) is None  # the requester did not record it either
    assert node.peers.dropped_requests()["count"] == 1

    # an address with fewer waiting than the busiest one evicts the busiest one's oldest
    newcomer, state = file_request(node, "127.0.2.1", 99)
    assert state == "pending"
    waiting = {p["id"] for p in pending(node)}
    assert len(waiting) == cap and newcomer in waiting
    assert filled[0][0] not in waiting  # the oldest request of a busiest address
    assert node.peers.dropped_requests()["count"] == 2


def test_pending_requests_expire(victim: tuple[Node, NetworkService]) -> None:
    node, _ = victim
    old, _ = file_request(node, "127.0.3.1", 1)
    recent, _ = file_request(node, "127.0.3.2", 2)
    records = PeerRecords(node.store)
    records.update(old, last_request=time.time() - peers_module.PENDING_EXPIRY - 60)
    records.update(recent, last_request=time.time() - peers_module.PENDING_EXPIRY + 3600)
    file_request(node, "127.0.3.3", 3)  # any new request sweeps expired ones first
    assert node.peers.get(old) is None
    assert node.peers.get(recent) is not None
    assert any(e["action"] == "link_expired" and e["peer_id"] == old for e in node.audit_log())
