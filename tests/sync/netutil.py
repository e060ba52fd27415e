"""Helpers for network tests: nodes with services on 127.0.0.1, links, waits, wire logs.

Everything binds to 127.0.0.1 only (zeroconf too). Every wait is bounded. Import as
``from tests.sync.netutil import ...``.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from edunode.demo.polling import wait_until
from edunode.service.network import NetworkService
from edunode.service.node import Node
from edunode.sync import messages as m
from edunode.sync.pipeline import SessionConfig

LOOPBACK = ["127.0.0.1"]
PIN = "123456"
FAST = SessionConfig(handshake_timeout=1.0, idle_timeout=10.0, ping_interval=2.0)
DISCOVERY = {"host_ttl": 2, "check_interval": 0.5, "resolve_timeout": 1.0}


def wait_for(predicate: Callable[[], Any], timeout: float = 10.0, what: str = "condition") -> Any:
    """Poll until ``predicate()`` is truthy (returned); AssertionError after ``timeout``."""
    return wait_until(predicate, timeout, what, error=AssertionError)


def make_node(home: Path, name: str, school: str | None) -> Node:
    return Node.init(home, name=name, school_name=school, admin_pin=PIN)


class WireLog:
    """Observer for NetworkService: every message a session sent or received, by peer."""

    def __init__(self) -> None:
        self.sent: dict[str, list[m.Message]] = defaultdict(list)
        self.received: dict[str, list[m.Message]] = defaultdict(list)

    def __call__(self, direction: str, peer: str, message: m.Message) -> None:
        (self.sent if direction == "sent" else self.received)[peer].append(message)

    def doc_ids_sent(self, peer: str) -> set[str]:
        """Every document ID named in an Inventory or Changes message sent to ``peer``."""
        ids: set[str] = set()
        for message in self.sent[peer]:
            if isinstance(message, m.Inventory):
                ids |= {e.doc_id for e in message.entries}
            elif isinstance(message, m.Changes):
                ids |= {b.doc_id for b in message.batches}
        return ids


def service(
    node: Node, *, port: int = 0, discover: bool = False, observer: WireLog | None = None, **kw: Any
) -> NetworkService:
    return NetworkService(
        node,
        port=port,
        interfaces=LOOPBACK,
        discover=discover,
        config=kw.pop("config", FAST),
        poll_interval=0.2,
        backoff=(0.1, 1.0),
        discovery_options=DISCOVERY,
        observer=observer,
        **kw,
    ).start()


def address(svc: NetworkService) -> str:
    return f"127.0.0.1:{svc.port}"


def link(
    a: tuple[Node, NetworkService],
    b: tuple[Node, NetworkService],
    role_ab: str,
    role_ba: str | None = None,
) -> None:
    """``a`` sends ``b`` a link request; both compare codes and approve (``a`` gives ``b``
    ``role_ab``, ``b`` gives ``a`` ``role_ba``); wait until they are connected."""
    (na, sa), (nb, sb) = a, b
    sent = sa.link(address(sb))
    pending = nb.peers.get(na.node_id)
    assert pending is not None and pending["state"] == "pending"
    assert pending["code"] == sent["code"], "both screens must show the same code"
    nb.approve(na.node_id, role_ba or role_ab, PIN)
    na.approve(nb.node_id, role_ab, PIN)
    wait_for(lambda: sa.connected(nb.node_id) and sb.connected(na.node_id), what="connection")


def in_sync(*pairs: tuple[NetworkService, str]) -> bool:
    return all(any(s.in_sync.is_set() for s in svc.sessions(peer)) for svc, peer in pairs)


def stop_all(*services: NetworkService) -> None:
    for svc in services:
        svc.stop()


def course_titles(node: Node) -> set[str]:
    return {c["title"] for c in node.list_courses()}


def learner_names(node: Node) -> set[str]:
    return {le["name"] for le in node.list_learners()}


def log_lines(caplog: Any) -> str:
    return "\n".join(r.getMessage() for r in caplog.records)


# --------------------------------------------------------------------------- subprocesses

EDUNODE = [sys.executable, "-m", "edunode"]


def cli(
    home: Path, *args: str, check: bool = True, timeout: float = 30
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "EDUNODE_ADMIN_PIN": PIN}
    done = subprocess.run(
        [*EDUNODE, "--home", str(home), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )
    if check and done.returncode != 0:
        raise AssertionError(f"edunode {' '.join(args)} failed ({done.returncode}): {done.stderr}")
    return done


class Served:
    """``edunode serve`` in a child process; its stderr goes to a file we can read."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.log = home.parent / f"{home.name}.serve.log"
        self.out = self.log.open("a")
        self.proc = subprocess.Popen(
            [*EDUNODE, "--home", str(home), "serve", "--port", "0", "--interfaces", "127.0.0.1"],
            stdout=subprocess.DEVNULL,
            stderr=self.out,
            env={**os.environ, "EDUNODE_ADMIN_PIN": PIN},
        )
        start = len(self.text())
        found = wait_for(
            lambda: (
                re.search(r"listening on port (\d+)", self.text()[start:])
                or self.proc.poll() is not None
            ),
            timeout=20,
            what="serve to start",
        )
        assert self.proc.poll() is None, self.text()
        self.port = int(found.group(1))

    def text(self) -> str:
        return self.log.read_text()

    def stop(self, timeout: float = 15) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()  # only the PID we started
            self.proc.wait(5)
            raise AssertionError(f"serve did not stop on SIGTERM:\n{self.text()}") from None
        finally:
            self.out.close()


@contextmanager
def served(*homes: Path) -> Iterator[list[Served]]:
    procs: list[Served] = []
    try:
        for home in homes:
            procs.append(Served(home))
        yield procs
    finally:
        for proc in procs:
            if proc.proc.poll() is None:
                proc.stop()


def run_async(coro: Any, timeout: float = 20) -> Any:
    return asyncio.run(asyncio.wait_for(coro, timeout))
