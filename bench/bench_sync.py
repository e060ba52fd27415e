"""Sync between nodes over TLS on 127.0.0.1 (issue 3's benchmarks).

Figures, each beside its target:

* **initial sync** of a school — 1,000 learners × 20 records, 50 courses — from node A to a
  fresh PC B that joins the school over the link: wall time from B starting its network
  service until its session is in sync (every change verified, signatures checked, stored,
  projected), as a ratio to the floor: in-process Automerge sync of the same documents
  (``generate_sync_message``/``receive_sync_message`` between each of A's documents and a
  fresh one, messages handed over in memory, no signing, no store, no network) — target ≤ 2×;
* **bytes on the wire** for that sync (TCP payload both ways on B's socket, i.e. TLS records,
  read from the kernel's ``TCP_INFO``) as a ratio to the summed ``save()`` of the documents —
  target ≤ 1.5×; Automerge's own sync-message bytes are printed for information;
* **live latency** from a commit on A (the call to ``record_attendance`` starting) to the
  change being committed on B (B's ``ChangesApplied`` event), 200 commits one after
  another — targets p50 < 100 ms, p99 < 500 ms;
* **ten nodes**, each of its own school, linked in a *chain* as community peers (9 hops, the
  worst case of any connected topology): one edit of a shared course on the first node until
  it is committed on all ten — target < 2 s (worst of 5 edits);
* **Kolibri-sized school**: 1,000 learners × 73 records; initial sync to a fresh member —
  targets < 5 s and < 5 MB on the wire — then B goes offline, 10 learners get 5 new records
  each on A, B comes back: from B's network start to in sync, median of 3 rounds — target
  < 0.2 s. Kolibri 0.19's figures on this kind of 2-core machine are printed beside them
  (about 530 s and 108 MB for the full sync, 8.6 s for the incremental one).

A and B are two processes, as two PCs are: this process builds A's store, measures the
floor, then starts A as a child (``python -m bench.bench_sync peer HOME``: a NetworkService
that commits on command and prints when it did) and runs B itself. Times are taken with
``time.perf_counter`` (CLOCK_MONOTONIC, the same clock in both processes). The ten nodes run
in this process, one event-loop thread and one store thread each. Zeroconf is off; B dials A
at the address it learnt from its link request. ``EDUNODE_BENCH_SCALE`` scales learners and
courses.
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import socket
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from edunode.demo.polling import wait_until

LEARNERS = 1_000
RECORDS = 20
KOLIBRI_RECORDS = 73
COURSES = 50
LESSONS = 6  # per course: 2 modules of 3
LIVE_COMMITS = 200
CHAIN = 10
CHAIN_TRIALS = 5
CHANGED_LEARNERS = 10
NEW_RECORDS = 5  # per changed learner in the incremental sync
INCREMENTAL_ROUNDS = 3
BUILD_BATCH = 100  # learners per store transaction while building
PIN = "123456"
LOOPBACK = ["127.0.0.1"]

TARGET_RATIO = 2.0
TARGET_BYTES_RATIO = 1.5
TARGET_P50_MS, TARGET_P99_MS = 100.0, 500.0
TARGET_CHAIN_S = 2.0
TARGET_KOLIBRI_S, TARGET_KOLIBRI_MB, TARGET_INCREMENTAL_S = 5.0, 5.0, 0.2
KOLIBRI = {"full_s": 530.0, "full_mb": 108.0, "incremental_s": 8.6}

A_, R_, P_ = "attendance", "result", "progress"
PLAN = [A_, R_, P_, A_, R_, P_, A_, R_, P_, A_, R_, P_, R_, A_, P_, R_, A_, R_, P_, R_]


def day(n: int) -> str:
    return f"2025-{1 + (n // 28) % 12:02d}-{1 + n % 28:02d}"


# --------------------------------------------------------------------------- building


def build_school(
    home: Path, learners: int, records: int, courses: int
) -> tuple[Any, dict[str, Any]]:
    """A school PC with ``courses`` courses and ``learners`` learners, each enrolled with
    ``records`` records (attendance, results, lesson progress): one signed change each."""
    from edunode.service.node import Node

    started = time.perf_counter()
    node = Node.init(home, name="Office PC", school_name="Bench School", admin_pin=PIN)
    made: list[tuple[str, list[str]]] = []
    with node.batch():
        for c in range(courses):
            course_id = node.create_course(f"Course {c:03d}", subject="maths", level=f"P{c % 7}")
            lessons = [
                node.add_lesson(course_id, f"Unit {k // 3 + 1}", f"Lesson {k + 1}",
                                f"Lesson body {c}.{k}: read, write, count.")
                for k in range(LESSONS)
            ]  # fmt: skip
            made.append((course_id, lessons))
    ids: list[str] = []
    for first in range(0, learners, BUILD_BATCH):
        with node.batch():
            for i in range(first, min(first + BUILD_BATCH, learners)):
                learner = node.add_learner(f"Learner {i:05d}", birth_year=2010 + i % 8)
                course_id, lessons = made[i % courses]
                node.enrol(learner, course_id, "2025-01-06")
                for r in range(records):
                    record(node, learner, course_id, lessons, i, r)
                ids.append(learner)
    info = {"build_s": time.perf_counter() - started, "learners": ids, "courses": made}
    return node, info


def record(node: Any, learner: str, course_id: str, lessons: list[str], i: int, r: int) -> None:
    kind = PLAN[r % len(PLAN)]
    if kind == A_:
        node.record_attendance(learner, day(r), (i + r) % 9 != 0)
    elif kind == R_:
        node.record_result(learner, course_id, f"Quiz {r}", (i * 7 + r) % 11, 10, day(r))
    else:
        node.record_progress(learner, lessons[r % len(lessons)], 10 + r % 30, date=day(r))


def count_changes(node: Any) -> int:
    from sqlalchemy import func, select

    from edunode.store import schema as t

    return int(node.store.query(select(func.count().label("n")).select_from(t.changes))[0]["n"])


# --------------------------------------------------------------------------- the floor


def automerge_floor(node: Any) -> dict[str, float]:
    """In-process Automerge sync of every document of ``node`` into fresh documents."""
    import automerge.core as am

    docs = []
    saved = 0
    for doc_id, _meta in node.store.documents():
        data = node.docs.get(doc_id).doc.save()
        saved += len(data)
        docs.append(am.Document.load(data))
    seconds, _ = _sync_all(docs, measure=False)
    _, message_bytes = _sync_all(docs, measure=True)  # a second pass: encoding is not timed
    return {"s": seconds, "save_bytes": saved, "message_bytes": message_bytes, "docs": len(docs)}


def _sync_all(docs: list[Any], *, measure: bool) -> tuple[float, int]:
    """Sync each document into a fresh one; (seconds, sync-message bytes if ``measure``)."""
    import automerge.core as am

    started = time.perf_counter()
    message_bytes = 0
    for doc in docs:
        fresh = am.Document()
        ours, theirs = am.SyncState(), am.SyncState()
        for _ in range(100):  # converges in 2-3 rounds; bounded anyway
            out = doc.generate_sync_message(ours)
            if out is not None:
                message_bytes += len(out.encode()) if measure else 0
                fresh.receive_sync_message(theirs, out)
            back = fresh.generate_sync_message(theirs)
            if back is not None:
                message_bytes += len(back.encode()) if measure else 0
                doc.receive_sync_message(ours, back)
            if out is None and back is None:
                break
        if fresh.get_heads() != doc.get_heads():
            raise RuntimeError("the in-process Automerge sync did not converge")
    return time.perf_counter() - started, message_bytes


# --------------------------------------------------------------------------- network plumbing


def network(node: Any, **kw: Any) -> Any:
    from edunode.service.network import NetworkService
    from edunode.sync.pipeline import SessionConfig

    return NetworkService(
        node,
        port=kw.pop("port", 0),
        interfaces=LOOPBACK,
        discover=False,
        config=SessionConfig(handshake_timeout=5.0, idle_timeout=60.0, ping_interval=20.0),
        poll_interval=0.5,
        backoff=(0.05, 1.0),
        **kw,
    ).start()


def tcp_bytes(session: Any) -> tuple[int, int] | None:
    """(bytes sent and acknowledged, bytes received) on the session's TCP socket: the TLS
    records, as the kernel counts them (``tcpi_bytes_acked``/``tcpi_bytes_received``)."""
    writer = getattr(session, "_writer", None)
    sock = writer.get_extra_info("socket") if writer is not None else None
    if sock is None or not hasattr(socket, "TCP_INFO"):
        return None
    try:
        raw = sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_INFO, 256)
    except OSError:
        return None
    if len(raw) < 136:
        return None
    acked, received = struct.unpack_from("=QQ", raw, 120)
    return int(acked), int(received)


class Synced:
    """Starts B's network and waits (polling every 1 ms) until its session with A is in sync."""

    def __init__(self, b: Any, a_id: str, timeout: float = 600) -> None:
        started = time.perf_counter()
        self.service = network(b, serve=False)
        deadline = time.monotonic() + timeout
        while True:
            done = [s for s in self.service.sessions(a_id) if s.in_sync.is_set()]
            if done:
                break
            if time.monotonic() > deadline:
                self.service.stop()
                raise RuntimeError(f"not in sync after {timeout:g} s")
            time.sleep(0.001)
        self.seconds = time.perf_counter() - started
        self.session = done[0]
        self.wire = tcp_bytes(self.session)
        self.frames = (self.session.conn.bytes_sent, self.session.conn.bytes_received)

    @property
    def wire_total(self) -> int:
        return sum(self.wire) if self.wire else sum(self.frames)


def mb(n: float) -> str:
    return f"{n / 1e6:.2f} MB"


# --------------------------------------------------------------------------- the figures


ROOT = Path(__file__).resolve().parent.parent


def child_env() -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }


def build_in_child(home: Path, learners: int, records: int, courses: int) -> dict[str, Any]:
    """Build A's store in a child process (``python -m bench.bench_sync build ...``): B then
    runs in a process that did not just sign and store tens of thousands of changes, as on a
    real second PC (a heap that built A made B's figures ~30 % slower and noisier)."""
    out = subprocess.run(
        [sys.executable, "-m", "bench.bench_sync", "build", str(home),
         str(learners), str(records), str(courses)],
        cwd=ROOT, env=child_env(), check=True, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def build_main(home: Path, learners: int, records: int, courses: int) -> None:
    node, info = build_school(home, learners, records, courses)
    info["changes"] = count_changes(node)
    node.close()
    print(json.dumps(info), flush=True)


class Peer:
    """Node A in a child process: serving, not dialing; commits when told to."""

    def __init__(self, home: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bench.bench_sync", "peer", str(home)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=child_env(),
        )
        hello = self.read()
        self.port, self.node_id = int(hello["port"]), str(hello["id"])

    def read(self) -> dict[str, Any]:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"node A exited ({self.proc.wait(10)})")
        return dict(json.loads(line))

    def ask(self, **command: Any) -> dict[str, Any]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(command) + "\n")
        self.proc.stdin.flush()
        answer = self.read()
        if "error" in answer:
            raise RuntimeError(f"node A: {answer['error']}")
        return answer

    def close(self) -> None:
        if self.proc.poll() is None:
            try:
                self.ask(cmd="quit")
                self.proc.wait(30)
            except Exception:  # noqa: BLE001 - make sure it is gone, by its PID
                self.proc.kill()
                self.proc.wait(10)


def serve_peer(home: Path) -> None:
    """The child: ``python -m bench.bench_sync peer HOME`` (one JSON line per answer)."""
    from edunode.service.node import Node

    node = Node(home)
    service = network(node, dial=False)
    print(json.dumps({"port": service.port, "id": node.node_id}), flush=True)
    try:
        for line in sys.stdin:
            command = json.loads(line)
            try:
                if command["cmd"] == "quit":
                    print(json.dumps({"ok": True}), flush=True)
                    break
                if command["cmd"] == "approve":
                    node.approve(command["id"], "school", PIN)
                    answer: dict[str, Any] = {"ok": True}
                elif command["cmd"] == "attendance":  # one commit, timed from the call
                    started = time.perf_counter()
                    node.record_attendance(command["learner"], command["day"], True)
                    answer = {"t0": started, "t1": time.perf_counter()}
                elif command["cmd"] == "edit":  # the incremental changes, in one transaction
                    with node.batch():
                        for learner, course_id, lessons, i in command["learners"]:
                            for r in range(NEW_RECORDS):
                                at = 200 + 10 * command.get("round", 0) + r
                                record(node, learner, course_id, lessons, i, at)
                    answer = {"ok": True}
                else:
                    answer = {"error": f"unknown command {command['cmd']}"}
            except Exception as exc:  # noqa: BLE001 - reported to the parent
                answer = {"error": f"{type(exc).__name__}: {exc}"}
            print(json.dumps(answer), flush=True)
    finally:
        service.stop()
        node.close()


def receive_work(home_a: Path, tmp: Path) -> dict[str, float]:
    """B's part of the initial sync in one thread, without network or contention: the
    frames A would send, decoded, signature-checked and received by a fresh member."""
    from edunode.service.node import Node
    from edunode.service.replica import NodeReplica
    from edunode.store import clocks
    from edunode.sync import messages as m
    from edunode.sync import packing
    from edunode.sync.pipeline import SessionConfig

    shutil.copytree(home_a, tmp / "a-alone")  # A's admin adds B to the school: on a copy
    a = Node(tmp / "a-alone")
    b = Node.init(tmp / "b-alone", name="Lab PC", school_name=None, admin_pin=PIN)
    try:
        a.peers.request_received(b.certificate_pem(), "Lab PC", "", "")
        a.approve(b.node_id, "school", PIN)
        b.peers.request_received(a.certificate_pem(), "Office PC", "Bench School", a.school_id)
        b.approve(a.node_id, "school", PIN)
        docs = [d for d, _ in a.store.documents()]
        step = SessionConfig().docs_per_query
        frames = []
        for i in range(0, len(docs), step):
            batches = []
            for doc_id, rows in clocks.all_changes(a.store, docs[i : i + step]).items():
                tips: dict[bytes, Any] = {}
                for r in rows:
                    if r.actor not in tips or r.seq > tips[r.actor].seq:
                        tips[r.actor] = r
                sigs = tuple((r.hash, r.signature) for r in tips.values() if r.signature)
                batches.append(m.DocChanges(doc_id, tuple(r.data for r in rows), sigs))
            frames += [
                m.encode(msg) for msg in packing.pack_changes(batches, SessionConfig().frame_budget)
            ]
        replica = NodeReplica(b)
        t0 = time.perf_counter()
        decoded = [m.decode(kind, payload) for kind, payload in frames]
        t1 = time.perf_counter()
        for message in decoded:
            assert isinstance(message, m.Changes)
            replica.precheck(a.node_id, message.batches)
        t2 = time.perf_counter()
        for message in decoded:
            assert isinstance(message, m.Changes)
            replica.receive(a.node_id, message.batches)
        t3 = time.perf_counter()
        return {"decode": t1 - t0, "signatures": t2 - t1, "receive": t3 - t2, "total": t3 - t0}
    finally:
        a.close()
        b.close()


def connect_fresh_member(peer: Peer, b: Any) -> None:
    """B asks A for a link (from a one-off service that does not listen) and both approve;
    nothing flows until B starts a service that dials A."""
    once = network(b, serve=False, dial=False)
    try:
        once.link(f"127.0.0.1:{peer.port}")
    finally:
        once.stop()
    b.approve(peer.node_id, "school", PIN)
    peer.ask(cmd="approve", id=b.node_id)


def initial_and_live(report: Any, tmp: Path, learners: int, courses: int) -> None:
    from edunode.events import ChangesApplied
    from edunode.service.node import Node

    print(f"  building A: {learners:,} learners × {RECORDS} records, {courses} courses ...")
    built = build_in_child(tmp / "a", learners, RECORDS, courses)
    total = built["changes"]
    print(f"  built in {built['build_s']:.0f} s: {total:,} changes; measuring the floor ...")
    a = Node(tmp / "a")
    floor = automerge_floor(a)
    a.close()
    del a
    gc.collect()
    alone = receive_work(tmp / "a", tmp)
    gc.collect()
    b = Node.init(tmp / "b", name="Lab PC", school_name=None, admin_pin=PIN)
    peer = Peer(tmp / "a")
    sb = None
    try:
        connect_fresh_member(peer, b)
        sync = Synced(b, peer.node_id)
        sb = sync.service
        changes = count_changes(b)
        if changes != total + 1:  # + A's signed change adding B to the school
            raise RuntimeError(f"B holds {changes:,} changes, A {total + 1:,}")
        ratio = sync.seconds / floor["s"]
        report(
            f"initial sync, {learners:,} learners × {RECORDS} + {courses} courses "
            f"({changes:,} changes, {floor['docs']:,} documents)",
            f"{sync.seconds:.2f} s",
        )
        report("  in-process Automerge sync of the same documents (floor)", f"{floor['s']:.2f} s")
        report(
            "  ratio to the floor", f"{ratio:.2f}×", f"≤ {TARGET_RATIO:g}×", ratio <= TARGET_RATIO
        )
        report(
            "  … B's work alone, one thread, no network (decode + signatures + verify/store)",
            f"{alone['total']:.2f} s = {alone['total'] / floor['s']:.1f}× the floor "
            f"({alone['decode']:.2f} + {alone['signatures']:.2f} + {alone['receive']:.2f})",
        )
        wire = sync.wire_total
        bytes_ratio = wire / floor["save_bytes"]
        how = "TLS records, TCP_INFO" if sync.wire else "frames; TLS not counted"
        report(f"  bytes on the wire, both ways ({how})", mb(wire))
        report("  summed save() of the documents", mb(floor["save_bytes"]))
        report(
            "  ratio wire / save()",
            f"{bytes_ratio:.2f}×",
            f"≤ {TARGET_BYTES_RATIO:g}×",
            bytes_ratio <= TARGET_BYTES_RATIO,
        )
        report(
            "  Automerge's own sync messages for the same (information)", mb(floor["message_bytes"])
        )

        # ---- live latency: a commit on A (its own process) → committed on B
        seen: dict[str, float] = {}
        arrived = threading.Condition()

        def on_applied(event: Any) -> None:
            if event.origin == peer.node_id:
                with arrived:
                    seen[event.doc_id] = time.perf_counter()
                    arrived.notify_all()

        unsubscribe = b.bus.subscribe(ChangesApplied, on_applied)
        ids = built["learners"]
        latencies, commits = [], []
        try:
            for n in range(LIVE_COMMITS):
                learner = ids[(n * 37) % len(ids)]
                with arrived:
                    seen.pop(learner, None)
                done = peer.ask(cmd="attendance", learner=learner, day=day(100 + n))
                with arrived:
                    if not arrived.wait_for(lambda lid=learner: lid in seen, 10):
                        raise RuntimeError("a live change did not arrive within 10 s")
                    latencies.append(seen[learner] - done["t0"])
                commits.append(done["t1"] - done["t0"])
        finally:
            unsubscribe()
        latencies.sort()
        p50 = statistics.median(latencies) * 1000
        p99 = latencies[min(len(latencies) - 1, round(0.99 * len(latencies)) - 1)] * 1000
        report(f"live latency commit on A → committed on B ({LIVE_COMMITS} commits), p50",
               f"{p50:.1f} ms", f"< {TARGET_P50_MS:g} ms", p50 < TARGET_P50_MS)  # fmt: skip
        report("  p99", f"{p99:.1f} ms", f"< {TARGET_P99_MS:g} ms", p99 < TARGET_P99_MS)
        report("  max", f"{latencies[-1] * 1000:.1f} ms")
        report("  … of which the commit itself on A (sign, store), median",
               f"{statistics.median(commits) * 1000:.1f} ms")  # fmt: skip
    finally:
        if sb is not None:
            sb.stop()
        peer.close()
        b.close()


def ten_nodes(report: Any, tmp: Path) -> None:
    from edunode.events import ChangesApplied
    from edunode.service.node import Node

    nodes = [
        Node.init(tmp / f"n{i}", name=f"PC {i}", school_name=f"School {i}", admin_pin=PIN)
        for i in range(CHAIN)
    ]
    course = nodes[0].create_course("Shared maths")
    lesson = nodes[0].add_lesson(course, "Unit 1", "Counting", "One, two.")
    services: list[Any] = []
    try:
        services = [network(n) for n in nodes]
        for i in range(CHAIN - 1):  # a chain: PC i ↔ PC i+1, community peers
            a, b = nodes[i], nodes[i + 1]
            services[i].link(f"127.0.0.1:{services[i + 1].port}")
            b.approve(a.node_id, "community", PIN)
            a.approve(b.node_id, "community", PIN)
        wait(lambda: all(n.docs.maybe(course) is not None for n in nodes), 60, "the chain's sync")
        arrivals: dict[int, float] = {}
        lock = threading.Lock()

        def watcher(i: int) -> Callable[[Any], None]:
            def on_applied(event: Any) -> None:
                if event.doc_id == course and event.origin != "local":
                    with lock:
                        arrivals.setdefault(i, time.perf_counter())

            return on_applied

        unsubscribe = [n.bus.subscribe(ChangesApplied, watcher(i)) for i, n in enumerate(nodes)]
        worst = []
        try:
            for trial in range(CHAIN_TRIALS):
                with lock:
                    arrivals.clear()
                started = time.perf_counter()
                nodes[0].edit_lesson(lesson, body=f"One, two, {trial + 3}.")
                wait(lambda: len(arrivals) == CHAIN - 1, 30, "the edit at every node")
                worst.append(max(arrivals.values()) - started)
                time.sleep(0.2)
        finally:
            for u in unsubscribe:
                u()
        slowest = max(worst)
        report(
            f"one change reaches all {CHAIN} nodes (chain of community links, "
            f"{CHAIN - 1} hops), worst of {CHAIN_TRIALS}",
            f"{slowest:.3f} s",
            f"< {TARGET_CHAIN_S:g} s",
            slowest < TARGET_CHAIN_S,
        )
        report("  median of the trials", f"{statistics.median(worst):.3f} s")
    finally:
        for s in services:
            s.stop()
        for n in nodes:
            n.close()


def kolibri(report: Any, tmp: Path, learners: int, courses: int) -> None:
    from edunode.service.node import Node

    print(f"  building A: {learners:,} learners × {KOLIBRI_RECORDS} records ...")
    built = build_in_child(tmp / "ka", learners, KOLIBRI_RECORDS, courses)
    total = built["changes"]
    print(f"  built in {built['build_s']:.0f} s: {total:,} changes")
    b = Node.init(tmp / "kb", name="Lab PC", school_name=None, admin_pin=PIN)
    peer = Peer(tmp / "ka")
    try:
        connect_fresh_member(peer, b)
        sync = Synced(b, peer.node_id)
        sync.service.stop()
        records = learners * KOLIBRI_RECORDS
        report(
            f"Kolibri-sized school ({learners:,} learners × {KOLIBRI_RECORDS} = {records:,} "
            f"records, {total:,} changes): initial sync (Kolibri 0.19: ~{KOLIBRI['full_s']:.0f} s)",
            f"{sync.seconds:.2f} s",
            f"< {TARGET_KOLIBRI_S:g} s",
            sync.seconds < TARGET_KOLIBRI_S,
        )
        wire = sync.wire_total
        report(
            f"  bytes on the wire (Kolibri 0.19: ~{KOLIBRI['full_mb']:.0f} MB)",
            mb(wire),
            f"< {TARGET_KOLIBRI_MB:g} MB",
            wire / 1e6 < TARGET_KOLIBRI_MB,
        )
        # B goes offline; 10 learners get new records on A; B comes back. Three rounds
        # (different learners each time): the median is the figure, the slowest is shown.
        step = max(1, len(built["learners"]) // CHANGED_LEARNERS)
        rounds = []
        for n in range(INCREMENTAL_ROUNDS):
            changed = [
                (built["learners"][i], *built["courses"][i % len(built["courses"])], i)
                for i in range(n, len(built["learners"]), step)
            ][:CHANGED_LEARNERS]
            peer.ask(cmd="edit", learners=changed, round=n)
            again = Synced(b, peer.node_id)
            again.service.stop()
            rounds.append(again)
        rounds.sort(key=lambda r: r.seconds)
        middle = rounds[len(rounds) // 2]
        report(
            f"  incremental sync of {len(changed)} changed learners after a reconnect, median of "
            f"{len(rounds)} (Kolibri 0.19: {KOLIBRI['incremental_s']:g} s)",
            f"{middle.seconds * 1000:.0f} ms",
            f"< {TARGET_INCREMENTAL_S * 1000:.0f} ms",
            middle.seconds < TARGET_INCREMENTAL_S,
        )
        report(
            "  … slowest round; what one round received",
            f"{rounds[-1].seconds * 1000:.0f} ms; {middle.session.received} changes, "
            f"{mb(middle.wire_total)} on the wire",
        )
    finally:
        peer.close()
        b.close()


def wait(predicate: Callable[[], Any], timeout: float, what: str) -> Any:
    return wait_until(predicate, timeout, what, error=RuntimeError, interval=0.005)


def run(report: Any) -> None:
    from bench import scaled

    learners, courses = scaled(LEARNERS), scaled(COURSES)
    with tempfile.TemporaryDirectory(prefix="edunode-bench-sync-") as tmp:
        initial_and_live(report, Path(tmp), learners, courses)
    with tempfile.TemporaryDirectory(prefix="edunode-bench-sync-") as tmp:
        ten_nodes(report, Path(tmp))
    with tempfile.TemporaryDirectory(prefix="edunode-bench-sync-") as tmp:
        kolibri(report, Path(tmp), learners, courses)


if __name__ == "__main__":
    if sys.argv[1:2] == ["peer"] and len(sys.argv) == 3:
        serve_peer(Path(sys.argv[2]))
    elif sys.argv[1:2] == ["build"] and len(sys.argv) == 6:
        build_main(Path(sys.argv[2]), *(int(a) for a in sys.argv[3:]))
    else:
        raise SystemExit(
            "usage: python -m bench.bench_sync peer HOME | build HOME LEARNERS RECORDS COURSES"
        )
