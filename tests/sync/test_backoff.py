"""A failing peer session backs off (issue 11 item 6): when B can't store what A sends (its
disk is full: the fault is injected into B's store writes, the one part a test can't make
fail on demand in-process), the sessions between them back off — growing delays, a cap, one
log line per step — instead of reconnecting at once hundreds of times. Real TLS on
127.0.0.1."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

import pytest
from tests.sync.netutil import FAST, LOOPBACK, WireLog, link, make_node, stop_all, wait_for

from edunode.errors import DiskFull
from edunode.events import PeerTrouble
from edunode.service.network import NetworkService
from edunode.service.node import Node
from edunode.sync import messages as m

pytestmark = pytest.mark.net


def serve(node: Node, observer: WireLog | None = None) -> NetworkService:
    return NetworkService(
        node, port=0, interfaces=LOOPBACK, discover=False, config=FAST, poll_interval=0.2,
        backoff=(0.5, 30.0), observer=observer,
    ).start()  # fmt: skip


def test_a_lasting_apply_error_backs_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    a = make_node(tmp_path / "a", "A", "Hill School")
    b = make_node(tmp_path / "b", "B", None)
    wire = WireLog()
    sa, sb = serve(a, wire), serve(b)
    troubles: list[PeerTrouble] = []
    b.bus.subscribe(PeerTrouble, troubles.append)
    try:
        link((a, sa), (b, sb), "school")
        wait_for(lambda: b.school_id == a.school_id, what="B joins the school")

        def full(*_args: Any, **_kw: Any) -> int:
            raise DiskFull("The disk is full: the last change could not be saved.", kind="full")

        monkeypatch.setattr(b.docs, "receive", full)
        caplog.set_level(logging.INFO)
        caplog.clear()
        hellos = len(wire.received[b.node_id])
        a.add_learner("Ama")  # B must take it, and can't
        started = time.monotonic()
        time.sleep(5)
        sessions = sum(isinstance(x, m.Hello) for x in wire.received[b.node_id][hellos:])
        assert 2 <= sessions <= 6, f"{sessions} sessions in 5 s"
        lines = [r for r in caplog.records if "next try in" in r.getMessage()]
        # one line per back-off step on each side (both back off), never one per retry loop
        # (the session up when the learner was added ended too: sessions + 1 endings)
        assert 1 <= len(lines) <= 2 * (sessions + 1), [r.getMessage() for r in lines]
        assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
        assert "disk is full" in sb.problems()[a.node_id]  # for the Community page
        assert troubles and "disk is full" in troubles[-1].problem
        assert time.monotonic() - started < 7

        monkeypatch.undo()  # space again: the next try works and the problem clears
        sb.sync_now()
        wait_for(lambda: b.docs.maybe(next(iter(x["id"] for x in a.list_learners()))),
                 timeout=15, what="the learner on B")  # fmt: skip
        wait_for(lambda: a.node_id not in sb.problems(), timeout=5, what="problem cleared")
    finally:
        stop_all(sa, sb)
        a.close()
        b.close()
