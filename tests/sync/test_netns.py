"""Multi-host: three nodes in their own network namespaces, joined by veth pairs to a bridge,
discover each other over real multicast, link and approve by CLI, converge; then one PC's link
is taken down, both sides edit, the link comes back up, and everything converges again.

Needs root and ``ip`` (iproute2) with network namespaces; skipped with the reason otherwise.
The test creates everything it uses and deletes it in a ``finally``: four namespaces named
after this process (the bridge lives in a namespace of its own, so the host's interfaces are
never touched) and the private subnet 10.213.77.0/24, which exists only inside them. Each
``edunode serve`` binds its listener and zeroconf to its veth address only. Every wait is
bounded.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.sync.netutil import EDUNODE, PIN, cli, wait_for

pytestmark = [pytest.mark.net, pytest.mark.slow]

SUBNET = "10.213.77"
PREFIX = f"edu{os.getpid() % 100_000}"
NODES = {  # short name: (node name, --school or None to join, address)
    "a": ("Hill Office", "Hill School", f"{SUBNET}.11"),
    "b": ("Hill Lab", None, f"{SUBNET}.12"),
    "c": ("Vale Office", "Vale School", f"{SUBNET}.13"),
}


def _why_not() -> str | None:
    """None when this test can run here, else the reason it is skipped."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return "needs root to create network namespaces"
    if shutil.which("ip") is None:
        return "needs the 'ip' command (iproute2)"
    probe = f"{PREFIX}-probe"
    done = subprocess.run(["ip", "netns", "add", probe], capture_output=True, text=True)
    if done.returncode != 0:
        return f"'ip netns add' is not permitted here: {done.stderr.strip()}"
    subprocess.run(["ip", "netns", "del", probe], capture_output=True)
    return None


def ip(*args: str) -> None:
    done = subprocess.run(["ip", *args], capture_output=True, text=True, timeout=10)
    if done.returncode != 0:
        raise AssertionError(f"ip {' '.join(args)}: {done.stderr.strip()}")


def ns(x: str) -> str:
    return f"{PREFIX}-{x}"


@pytest.fixture
def network() -> Iterator[dict[str, str]]:
    """Namespaces ``ns(x)`` for each node, joined to a bridge in ``ns('sw')``; yields each
    node's address."""
    reason = _why_not()
    if reason:
        pytest.skip(reason)
    made: list[str] = []
    try:
        for name in ["sw", *NODES]:
            ip("netns", "add", ns(name))
            made.append(ns(name))
            ip("-n", ns(name), "link", "set", "lo", "up")
        sw = ns("sw")
        ip("-n", sw, "link", "add", "br0", "type", "bridge", "mcast_snooping", "0")
        ip("-n", sw, "link", "set", "br0", "up")
        for x, (_, _, addr) in NODES.items():
            # both ends are made inside namespaces: the host's own namespace is never touched
            ip("-n", ns(x), "link", "add", "eth0", "type", "veth", "peer", "name", f"p{x}",
               "netns", sw)  # fmt: skip
            ip("-n", sw, "link", "set", f"p{x}", "master", "br0")
            ip("-n", sw, "link", "set", f"p{x}", "up")
            ip("-n", ns(x), "addr", "add", f"{addr}/24", "dev", "eth0")
            ip("-n", ns(x), "link", "set", "eth0", "multicast", "on", "up")
            ip("-n", ns(x), "route", "add", "224.0.0.0/4", "dev", "eth0")
        yield {x: addr for x, (_, _, addr) in NODES.items()}
    finally:
        for name in reversed(made):
            subprocess.run(["ip", "netns", "del", name], capture_output=True, timeout=10)


class NsServed:
    """``edunode serve`` inside a namespace, bound to one address; stderr to a file."""

    def __init__(self, home: Path, x: str, addr: str) -> None:
        self.home, self.x = home, x
        self.log = home.parent / f"{home.name}.serve.log"
        self.out = self.log.open("a")
        start = self.log.stat().st_size
        self.proc = subprocess.Popen(
            [
                "ip",
                "netns",
                "exec",
                ns(x),
                *EDUNODE,
                "--home",
                str(home),
                "serve",
                "--port",
                "0",
                "--interfaces",
                addr,
            ],  # fmt: skip
            stdout=subprocess.DEVNULL,
            stderr=self.out,
            env={**os.environ, "EDUNODE_ADMIN_PIN": PIN},
        )
        wait_for(
            lambda: "listening on port" in self.text()[start:] or self.proc.poll() is not None,
            timeout=20,
            what=f"serve in {ns(x)}",
        )
        assert self.proc.poll() is None, self.text()

    def text(self) -> str:
        return self.log.read_text()

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)  # `ip netns exec` execs: this PID is serve
        try:
            return self.proc.wait(15)
        except subprocess.TimeoutExpired:
            self.proc.kill()  # only the PID we started
            self.proc.wait(5)
            return -9
        finally:
            self.out.close()


def in_ns(x: str, home: Path, *args: str, timeout: float = 30) -> Any:
    """An edunode command inside node ``x``'s namespace (for those that use the network)."""
    done = subprocess.run(
        ["ip", "netns", "exec", ns(x), *EDUNODE, "--home", str(home), "--json", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "EDUNODE_ADMIN_PIN": PIN},
    )
    assert done.returncode == 0, f"edunode {' '.join(args)} in {ns(x)}: {done.stderr}"
    return json.loads(done.stdout)


def as_json(home: Path, *args: str) -> Any:
    return json.loads(cli(home, "--json", *args).stdout)


def peer(home: Path, node_id: str) -> dict[str, Any] | None:
    return next((p for p in as_json(home, "peers") if p["id"] == node_id), None)


def names(home: Path, what: str) -> set[str]:
    key = "title" if what == "course" else "name"
    return {row[key] for row in as_json(home, what, "list")}


def test_nodes_in_namespaces_discover_link_converge_and_survive_a_link_down(
    tmp_path: Path, network: dict[str, str]
) -> None:
    homes = {x: tmp_path / x for x in NODES}
    ids: dict[str, str] = {}
    for x, (name, school, _) in NODES.items():
        founding = ["--school", school] if school else ["--join"]
        ids[x] = as_json(homes[x], "init", "--name", name, *founding, "--admin-pin", PIN)["id"]
    a, b, c = homes["a"], homes["b"], homes["c"]
    cli(a, "course", "create", "--title", "Fractions")
    cli(a, "course", "create", "--title", "Staff notes", "--private")
    cli(a, "learner", "add", "--name", "Amina Juma")
    cli(c, "course", "create", "--title", "Rivers")
    cli(c, "learner", "add", "--name", "Baraka Ali")

    served: dict[str, NsServed] = {}
    try:
        for x, addr in network.items():
            served[x] = NsServed(homes[x], x, addr)
        # ---- discovery over real multicast between namespaces
        for x, home in homes.items():
            for y in NODES:
                if y != x:
                    row = wait_for(
                        lambda home=home, y=y: peer(home, ids[y]),
                        timeout=30,
                        what=f"{x} discovers {y} over mDNS",
                    )
                    assert row["host"] == network[y], row  # announced on its veth address
        # ---- link requests sent from inside the namespaces; admins approve by CLI
        sent = in_ns("b", b, "link", ids["a"])
        assert sent["code"] == wait_for(lambda: peer(a, ids["b"]))["code"]
        cli(a, "approve", ids["b"], "--role", "school")
        cli(b, "approve", ids["a"], "--role", "school")
        sent = in_ns("c", c, "link", ids["a"])
        assert sent["code"] == wait_for(lambda: peer(a, ids["c"]))["code"]
        cli(a, "approve", ids["c"], "--role", "community")
        cli(c, "approve", ids["a"], "--role", "community")
        wait_for(
            lambda: (
                names(b, "learner") == {"Amina Juma"}
                and names(b, "course") == {"Fractions", "Staff notes", "Rivers"}
                and names(c, "course") == {"Fractions", "Rivers"}
                and names(a, "course") == {"Fractions", "Staff notes", "Rivers"}
            ),
            timeout=30,
            what="first convergence",
        )
        assert as_json(b, "id")["school"] == "Hill School"
        assert names(c, "learner") == {"Baraka Ali"}  # Hill's learner never left Hill
        assert re.search(r"sync with Hill Office \S+ done", served["b"].text())

        # ---- Hill Lab's cable is pulled; both sides keep working
        ip("-n", ns("b"), "link", "set", "eth0", "down")
        down_at = time.monotonic()
        cli(a, "learner", "add", "--name", "Chausiku Said")
        cli(b, "learner", "add", "--name", "Dalila Omar")
        cli(b, "course", "create", "--title", "Geometry")
        wait_for(lambda: "Geometry" not in names(a, "course"), timeout=1)
        time.sleep(max(0.0, 2.5 - (time.monotonic() - down_at)))  # pushes stall meanwhile
        assert "Chausiku Said" not in names(b, "learner"), "the link was supposed to be down"
        assert "Dalila Omar" not in names(a, "learner")
        ip("-n", ns("b"), "link", "set", "eth0", "up")
        everyone = {"Amina Juma", "Chausiku Said", "Dalila Omar"}
        wait_for(
            lambda: (
                names(a, "learner") == everyone
                and names(b, "learner") == everyone
                and "Geometry" in names(c, "course")
            ),
            timeout=45,
            what="convergence after the link came back up",
        )
        assert names(c, "learner") == {"Baraka Ali"}
        assert names(c, "course") == {"Fractions", "Rivers", "Geometry"}
    finally:
        codes = {x: s.stop() for x, s in served.items()}
    assert codes == {x: 0 for x in served}, codes
    for home in homes.values():
        cli(home, "check")
