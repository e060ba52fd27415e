"""Discovery: PeerInfo <-> ServiceInfo offline, then real zeroconf bound to 127.0.0.1 only."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable, Coroutine
from typing import Any

import pytest
from zeroconf import ServiceInfo
from zeroconf.asyncio import AsyncZeroconf

from edunode.identity import NodeIdentity
from edunode.sync.discovery import SERVICE_TYPE, PeerInfo, ZeroconfDiscovery, instance_name

LOOPBACK = ["127.0.0.1"]
HOST_TTL = 2  # seconds; production keeps zeroconf's 120


def make_peer(name: str, port: int = 4000, school: str = "Hill School") -> PeerInfo:
    return PeerInfo(NodeIdentity.generate().node_id, name, school, 1, "127.0.0.1", port)


class Recorder:
    """Collects callbacks; ``events`` keeps their order."""

    def __init__(self) -> None:
        self.events: list[tuple[str, str]] = []
        self.found: dict[str, PeerInfo] = {}

    def on_found(self, peer: PeerInfo) -> None:
        self.events.append(("found", peer.node_id))
        self.found[peer.node_id] = peer

    def on_lost(self, node_id: str) -> None:
        self.events.append(("lost", node_id))
        self.found.pop(node_id, None)

    def about(self, node_id: str) -> list[str]:
        """The events about one node (other test runs may announce on 127.0.0.1 too)."""
        return [kind for kind, nid in self.events if nid == node_id]


def fast_discovery(
    own: PeerInfo, on_found: Callable[[PeerInfo], None], on_lost: Callable[[str], None]
) -> ZeroconfDiscovery:
    """Short TTL and frequent checks, so a vanished peer is noticed in a few seconds."""
    return ZeroconfDiscovery(
        own,
        LOOPBACK,
        on_found,
        on_lost,
        host_ttl=HOST_TTL,
        check_interval=0.5,
        resolve_timeout=1.0,
    )


def discovery(own: PeerInfo, rec: Recorder) -> ZeroconfDiscovery:
    return fast_discovery(own, rec.on_found, rec.on_lost)


async def until(predicate: Callable[[], bool], timeout: float = 8.0) -> None:
    """Poll (bounded in time) until ``predicate()`` holds; fail the test otherwise."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        await asyncio.sleep(0.05)


def run(coro: Coroutine[Any, Any, None], limit: float = 25) -> None:
    asyncio.run(asyncio.wait_for(coro, limit))
    assert [t for t in threading.enumerate() if t.name.startswith("zeroconf")] == []


# --------------------------------------------------------------------------- offline


def test_instance_name_is_derived_from_the_node_id_and_fits_a_label() -> None:
    node_id = NodeIdentity.generate().node_id
    name = instance_name(node_id)
    label = name[: -len("." + SERVICE_TYPE)]
    assert label == node_id.replace("-", "")
    assert len(label.encode()) <= 63
    assert instance_name(node_id.lower()) == name


def test_peer_info_round_trips_through_service_info() -> None:
    peer = make_peer("Salle 2 — Écoles", port=45123, school="École du Lac")
    info = peer.to_service_info()
    assert info.type == SERVICE_TYPE
    assert info.name == instance_name(peer.node_id)
    assert info.decoded_properties == {
        "id": peer.node_id,
        "name": peer.name,
        "school": peer.school,
        "proto": "1",
    }
    assert PeerInfo.from_service_info(info) == peer


def test_long_names_are_truncated_to_fit_txt_strings() -> None:
    peer = make_peer("é" * 300, school="x" * 400)
    info = peer.to_service_info()
    back = PeerInfo.from_service_info(info)
    assert back is not None
    assert len(back.name.encode()) <= 200 and back.name == "é" * 100
    assert len(back.school) == 200


def _raw_info(name: str, props: dict[str, str], port: int = 4000) -> ServiceInfo:
    return ServiceInfo(
        SERVICE_TYPE,
        name,
        port=port,
        properties=props,
        server="raw-test.local.",
        parsed_addresses=["127.0.0.1"],
    )


def bad_services() -> list[tuple[str, ServiceInfo]]:
    node_id = NodeIdentity.generate().node_id
    name = instance_name(node_id)
    good = {"id": node_id, "name": "n", "school": "s", "proto": "1"}
    typo = node_id[:-1] + ("B" if node_id.endswith("A") else "A")
    return [
        ("not a node ID", _raw_info(name, {**good, "id": "AAAA-BBBB"})),
        ("check character", _raw_info(name, {**good, "id": typo})),
        ("lacks name", _raw_info(name, {k: v for k, v in good.items() if k != "name"})),
        ("not a number", _raw_info(name, {**good, "proto": "one"})),
        ("not a number", _raw_info(name, {**good, "proto": "-1"})),
        ("port 0", _raw_info(name, good, port=0)),
        ("does not match", _raw_info("someone-else." + SERVICE_TYPE, good)),
    ]


def test_malformed_service_info_gives_none_and_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    for expected, info in bad_services():
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="edunode.sync.discovery"):
            assert PeerInfo.from_service_info(info) is None, expected
        assert expected in caplog.text, (expected, caplog.text)


def test_service_without_address_is_ignored(caplog: pytest.LogCaptureFixture) -> None:
    info = make_peer("a").to_service_info()
    info.addresses = []
    with caplog.at_level(logging.WARNING):
        assert PeerInfo.from_service_info(info) is None
    assert "no address" in caplog.text


def test_interfaces_must_not_be_an_empty_list() -> None:
    with pytest.raises(ValueError):
        ZeroconfDiscovery(make_peer("a"), [], lambda p: None, lambda n: None)


# --------------------------------------------------------------------------- real zeroconf


@pytest.mark.net
def test_two_instances_find_each_other_not_themselves_and_see_renames() -> None:
    a, b = make_peer("Room A", 4001), make_peer("Room B", 4002)
    rec_a, rec_b = Recorder(), Recorder()

    async def main() -> None:
        da, db = discovery(a, rec_a), discovery(b, rec_b)
        await asyncio.gather(da.start(), db.start())
        try:
            await until(lambda: b.node_id in rec_a.found and a.node_id in rec_b.found)
            assert rec_a.found[b.node_id] == b
            assert rec_b.found[a.node_id] == a
            renamed = PeerInfo(b.node_id, "Library", b.school, 1, "127.0.0.1", 4003)
            await db.update(renamed)
            await until(lambda: rec_a.found.get(b.node_id) == renamed)
            await asyncio.sleep(HOST_TTL + 0.5)  # records expire once; still present
            assert rec_a.found[b.node_id] == renamed
            assert da.peers[b.node_id] == renamed
            await db.close()
            await until(lambda: b.node_id not in rec_a.found)  # goodbye packet
        finally:
            await da.close()
            await db.close()

    run(main())
    assert all(node_id != a.node_id for _, node_id in rec_a.events)
    assert all(node_id != b.node_id for _, node_id in rec_b.events)
    assert rec_a.about(b.node_id) == ["found", "found", "lost"]  # found, renamed, goodbye
    assert ("lost", a.node_id) not in rec_b.events  # b was closed first: no late callbacks


@pytest.mark.net
def test_no_callbacks_after_close_and_a_failing_callback_is_contained(
    caplog: pytest.LogCaptureFixture,
) -> None:
    a, b = make_peer("A"), make_peer("B")
    rec_b = Recorder()
    calls: list[object] = []

    def explode(peer: PeerInfo) -> None:
        calls.append(peer)
        raise RuntimeError("callback bug")

    async def main() -> None:
        da = fast_discovery(a, explode, calls.append)
        db = discovery(b, rec_b)
        await asyncio.gather(da.start(), db.start())
        try:
            # Only B counts: another EduNode announcing on 127.0.0.1 (a test that ran just
            # before, another process) may be found too, and must not stall the wait.
            await until(lambda: b in calls and a.node_id in rec_b.found)
            await da.close()
            await db.close()  # b says goodbye; a is closed and must stay silent
            await asyncio.sleep(0.5)
        finally:
            await da.close()
            await db.close()

    with caplog.at_level(logging.ERROR, logger="edunode.sync.discovery"):
        run(main())
    assert [c for c in calls if c in (b, b.node_id)] == [b]
    assert "callback" in caplog.text


_CHILD = textwrap.dedent(
    """
    import asyncio, sys
    from edunode.sync.discovery import PeerInfo, ZeroconfDiscovery

    async def main():
        own = PeerInfo(sys.argv[1], "child", "", 1, "127.0.0.1", 4100)
        d = ZeroconfDiscovery(own, ["127.0.0.1"], lambda p: None, lambda n: None,
                              host_ttl=2, check_interval=0.5, resolve_timeout=1.0)
        await d.start()
        print("ready", flush=True)
        await asyncio.sleep(30)  # bounded: the test kills us long before
        await d.close()

    asyncio.run(main())
    """
)


@pytest.mark.net
def test_peer_in_another_process_is_found_then_lost_after_sigkill() -> None:
    """No goodbye is sent; loss comes from the short host TTL and the liveness check."""
    own, child_id = make_peer("parent"), NodeIdentity.generate().node_id
    rec = Recorder()

    async def main() -> None:
        d = discovery(own, rec)
        await d.start()
        proc = subprocess.Popen(
            [sys.executable, "-c", _CHILD, child_id],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        try:
            await until(lambda: child_id in rec.found, timeout=10)
            assert rec.found[child_id].name == "child"
            os.kill(proc.pid, signal.SIGKILL)
            await asyncio.get_running_loop().run_in_executor(None, proc.wait, 5)
            await until(lambda: child_id not in rec.found, timeout=12)
            assert rec.about(child_id) == ["found", "lost"]
        finally:
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait(5)
            assert proc.stdout is not None
            proc.stdout.close()
            await d.close()

    run(main())


@pytest.mark.net
def test_malformed_txt_is_ignored_with_a_log_line(caplog: pytest.LogCaptureFixture) -> None:
    own, good = make_peer("me"), make_peer("good")
    rec = Recorder()
    bad_name = instance_name(NodeIdentity.generate().node_id)
    bad = ServiceInfo(
        SERVICE_TYPE,
        bad_name,
        port=4200,
        properties={"id": "not-a-node-id", "name": "x", "school": "", "proto": "v1"},
        server="raw-bad.local.",
        parsed_addresses=["127.0.0.1"],
        host_ttl=2,
    )

    async def main() -> None:
        raw = AsyncZeroconf(interfaces=LOOPBACK)
        d, dg = discovery(own, rec), discovery(good, Recorder())
        try:
            registered = await raw.async_register_service(bad)
            await asyncio.gather(registered, d.start(), dg.start())
            await until(lambda: good.node_id in rec.found)
            await until(lambda: bad_name in caplog.text)
            await asyncio.sleep(HOST_TTL + 0.5)  # re-checked: no new warning
        finally:
            await d.close()
            await dg.close()
            await raw.async_close()

    with caplog.at_level(logging.WARNING, logger="edunode.sync.discovery"):
        run(main())
    assert good.node_id in rec.found
    assert all(peer.port != 4200 for peer in rec.found.values())
    warnings = [r for r in caplog.records if bad_name in r.getMessage()]
    assert len(warnings) == 2  # once per discovery instance (d and dg), not once per check
    assert "not a node ID" in warnings[0].getMessage()
