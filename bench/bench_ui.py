"""The desktop app at school scale: 10,000 learners in the store (issue 4).

Figures:
* start to rows: from launching a fresh process to the Learners page showing its first rows
  (interpreter start, imports, opening the Node, the window, the first page of 200) —
  target < 1.5 s;
* memory: peak RSS of that process, after the sync below — target < 400 MB;
* longest UI stall while a 20,000-change sync is received: a QTimer ticking every 5 ms on
  the GUI thread measures the gaps while another thread feeds 20,000 changes (1,000 learner
  documents of 20 changes each, made on another PC of the school) through
  ``node.receive_changes`` — as the network's store thread does — and the pages refresh
  from the resulting events — target < 100 ms.

The store is built once in a temporary folder by a child process
(``python -m bench.bench_ui build DIR SCALE``); the window runs offscreen in another child
(``python -m bench.bench_ui window DIR``), which prints one JSON line.
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import peak_rss_mb

LEARNERS = 10_000
SYNC_DOCS = 1_000
SYNC_CHANGES_PER_DOC = 20  # 20,000 changes in all
BATCH = 500
TARGET_START_S = 1.5
TARGET_RSS_MB = 400.0
TARGET_STALL_MS = 100.0
TICK_MS = 5


# --------------------------------------------------------------------------- build


def build(home: Path, scale: float) -> dict[str, Any]:
    from edunode.service.node import Node

    started = time.perf_counter()
    n_learners = max(1, round(LEARNERS * scale))
    n_docs = max(1, round(SYNC_DOCS * scale))
    node = Node.init(
        home / "node", name="Library PC", school_name="Hill School", admin_pin="246810"
    )
    course = node.create_course("Fractions", "Mathematics")
    lessons = [node.add_lesson(course, "Numbers", f"Lesson {i}") for i in range(5)]
    for start in range(0, n_learners, BATCH):
        with node.batch():
            for n in range(start, min(n_learners, start + BATCH)):
                learner = node.add_learner(f"Learner {n:05d}", 2010 + n % 6)
                if n % 4 == 0:
                    node.enrol(learner, course)
                    node.record_progress(learner, lessons[n % 5], 30)
    # Another PC of the school makes the documents that the sync will bring.
    other = Node.init(home / "other", name="Lab PC", school_name=None)
    node.add_school_member(other.public_key, "Lab PC", "member")
    changes, sigs = node.docs.outgoing(node.school_id, [])
    other.receive_changes(node.school_id, [c.data for c in changes], dict(sigs), node.node_id)
    assert other.adopt_school(node.school_id)
    for start in range(0, n_docs, BATCH):
        with other.batch():
            for n in range(start, min(n_docs, start + BATCH)):
                learner = other.add_learner(f"New learner {n:04d}")
                for day in range(SYNC_CHANGES_PER_DOC - 2):  # + genesis and profile: 20
                    other.record_attendance(learner, f"2025-03-{1 + day:02d}", day % 7 != 3)
    batches = []
    for doc_id, _meta in other.store.documents("learner"):
        changes, sigs = other.docs.outgoing(doc_id, [])
        batches.append((doc_id, [c.data for c in changes], dict(sigs)))
    (home / "sync.pickle").write_bytes(pickle.dumps({"origin": other.node_id, "batches": batches}))
    node.close()
    other.close()
    return {
        "learners": n_learners,
        "sync_changes": sum(len(b[1]) for b in batches),
        "seconds": round(time.perf_counter() - started, 1),
    }


# --------------------------------------------------------------------------- window


def window(home: Path) -> dict[str, Any]:
    """Runs in a fresh process, launched at ``EDUNODE_BENCH_T0``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import threading

    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from edunode.service.node import Node
    from edunode.ui.bridge import Bridge
    from edunode.ui.context import Context, settings_for
    from edunode.ui.main_window import MainWindow

    t0 = float(os.environ["EDUNODE_BENCH_T0"])
    app = QApplication([sys.argv[0]])
    node = Node(home / "node")
    bridge = Bridge(node)
    ctx = Context(
        node=node, bridge=bridge, settings=settings_for(home / "node"), home=home / "node"
    )
    win = MainWindow(ctx, remember=False)
    win.resize(1280, 800)
    win.show_page("learners")
    win.show()
    learners = win.pages["learners"]
    out: dict[str, Any] = {}

    def rows_shown() -> None:
        if learners.model.rowCount() and "start_s" not in out:
            app.processEvents()  # paint them
            out["start_s"] = time.time() - t0
            out["rows"] = learners.model.rowCount()
            app.quit()

    learners.model.loaded.connect(rows_shown)
    QTimer.singleShot(30_000, app.quit)
    app.exec()

    # Let the window settle (first full paint, the rest of the page's data) before measuring.
    QTimer.singleShot(1000, app.quit)
    app.exec()

    # The sync: another thread feeds 20,000 changes while the GUI thread ticks every 5 ms.
    data = pickle.loads((home / "sync.pickle").read_bytes())
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]
    done = threading.Event()
    fed = [0]

    def tick() -> None:
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6 - TICK_MS)  # beyond the timer's own interval
        last[0] = now
        if done.is_set():
            app.quit()

    def feed() -> None:
        try:
            for doc_id, changes, sigs in data["batches"]:
                fed[0] += node.receive_changes(doc_id, changes, sigs, data["origin"])
        finally:
            done.set()

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    timer.start()
    feeder = threading.Thread(target=feed, name="bench-sync")
    started = time.perf_counter()
    QTimer.singleShot(0, feeder.start)
    app.exec()
    feeder.join()
    out["sync_s"] = time.perf_counter() - started
    out["fed"] = fed[0]
    out["stall_ms"] = max(gaps) if gaps else 0.0
    out["ticks"] = len(gaps)
    # Let the page take in the new learners, as it would after a real sync.
    QTimer.singleShot(3000, app.quit)
    app.exec()
    out["rss_mb"] = peak_rss_mb()
    win.shutdown()
    bridge.shutdown()
    node.close()
    return out


# --------------------------------------------------------------------------- driver


def _child(*args: str, env: dict[str, str] | None = None, timeout: float = 1800) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "bench.bench_ui", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        cwd=Path(__file__).resolve().parent.parent,
    )
    if done.returncode != 0:
        raise RuntimeError(f"bench_ui {args[0]} failed: {done.stderr.strip()[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(report: Any) -> None:
    from bench import scale

    factor = scale()
    with tempfile.TemporaryDirectory(prefix="edunode-bench-ui-") as tmp:
        home = Path(tmp)
        built = _child("build", str(home), str(factor))
        report("store built", f"{built['learners']:,} learners in {built['seconds']} s")
        env = {"EDUNODE_BENCH_T0": repr(time.time()), "QT_QPA_PLATFORM": "offscreen"}
        got = _child("window", str(home), env=env)
        report(
            f"start to Learners rows ({built['learners']:,} learners)",
            f"{got['start_s']:.2f} s",
            f"< {TARGET_START_S} s",
            got["start_s"] < TARGET_START_S,
        )
        report(
            "memory (peak RSS of the window process)",
            f"{got['rss_mb']:.0f} MB",
            f"< {TARGET_RSS_MB:.0f} MB",
            got["rss_mb"] < TARGET_RSS_MB,
        )
        report(
            f"longest UI stall during a {got['fed']:,}-change sync",
            f"{got['stall_ms']:.0f} ms",
            f"< {TARGET_STALL_MS:.0f} ms",
            got["stall_ms"] < TARGET_STALL_MS,
        )
        report(
            "sync applied while the window stayed live",
            f"{got['fed'] / max(got['sync_s'], 1e-9):,.0f} changes/s",
        )


def main(argv: list[str]) -> int:
    if argv[:1] == ["build"]:
        print(json.dumps(build(Path(argv[1]), float(argv[2]))))
        return 0
    if argv[:1] == ["window"]:
        print(json.dumps(window(Path(argv[1]))))
        return 0
    print("usage: python -m bench.bench_ui build DIR SCALE | window DIR", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
