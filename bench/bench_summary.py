"""Community insight (issue 14 item 5): the community summary and the Community view.

Figures:
* summary publication for a school of 1,000 learners (each in two of eight shared courses,
  with progress, results and attendance): ``Node.publish_summary`` from the projections to
  the signed change in the store, first publication and a later one — target < 1 s;
* the Community view with 30 schools' summaries (ten shared courses each, received through
  the one verification function): from ``Node.community_report`` to the Reports page's
  Community view built, filled and painted offscreen — target < 0.5 s.

The Qt part runs in a child process (``python -m bench.bench_summary view DIR``), which
prints one JSON line.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

LEARNERS = 1_000
COURSES = 8
SCHOOLS = 30
VIEW_COURSES = 10
TARGET_PUBLISH_S = 1.0
TARGET_VIEW_S = 0.5


def _school(home: Path, n_learners: int) -> tuple[Any, float, float]:
    from edunode.service.node import Node

    node = Node.init(home, name="Office", school_name="Hill School")
    courses = [node.create_course(f"Course {c}") for c in range(COURSES)]
    lessons = {c: [node.add_lesson(c, "Unit", f"Lesson {i}") for i in range(6)] for c in courses}
    for start in range(0, n_learners, 250):
        with node.batch():
            for n in range(start, min(n_learners, start + 250)):
                lid = node.add_learner(f"Learner {n:04d}", 2010 + n % 6)
                for c in (courses[n % COURSES], courses[(n + 3) % COURSES]):
                    node.enrol(lid, c, "2026-01-05")
                    for lesson in lessons[c][: n % 6]:
                        node.record_progress(lid, lesson, 20)
                    node.record_result(lid, c, "Quiz", n % 11, 10, "2026-02-01")
                node.record_attendance(lid, "2026-02-02", n % 9 != 0)
    started = time.perf_counter()
    node.publish_summary()
    first = time.perf_counter() - started
    started = time.perf_counter()
    node.publish_summary()
    return node, first, time.perf_counter() - started


def build_view(home: Path, n_schools: int) -> None:
    """A node holding its ten shared courses and the summaries of ``n_schools`` schools
    teaching them, each received as the network would deliver it."""
    from edunode import crdt
    from edunode.domain import summary
    from edunode.domain.meta import Meta
    from edunode.service.node import Node

    viewer = Node.init(home / "viewer", name="Office", school_name="Hill School")
    courses = [viewer.create_course(f"Shared course {c}") for c in range(VIEW_COURSES)]
    lessons = {c: {f"l{c}{i}" for i in range(8)} for c in courses}
    now = dt.datetime.now(dt.timezone.utc)
    for s in range(n_schools):
        other = Node.init(home / f"s{s}", name="PC", school_name=f"School {s:02d}")
        learners = [
            {
                "enrolments": [
                    {
                        "course": courses[(k + j) % VIEW_COURSES],
                        "status": "active",
                        "date": "2026-01-05",
                    }
                    for j in range(3)
                ],
                "progress": [],
                "results": [],
                "attendance": [],
            }  # fmt: skip
            for k in range(40 + s)
        ]
        period = summary.default_period(now.date())
        built = summary.build(other.school_id, learners, lessons, period, now)
        meta = Meta(kind="summary", school=other.school_id, scope="community")
        doc_id, _ = other.docs.create(
            meta, lambda tx, b=built: crdt.put_map(tx, crdt.ROOT, "summary", b)
        )
        for d in (other.school_id, doc_id):
            changes, sigs = other.docs.outgoing(d, [])
            viewer.receive_changes(d, [c.data for c in changes], dict(sigs), other.node_id)
        other.close()
    viewer.close()


def view(home: Path) -> dict[str, Any]:
    """Runs in a fresh process: time the Community view from the data to the painted view."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from edunode.service.node import Node
    from edunode.ui.bridge import Bridge
    from edunode.ui.context import Context, settings_for
    from edunode.ui.pages.reports_community import CommunityView

    app = QApplication([sys.argv[0]])
    node = Node(home / "viewer")
    bridge = Bridge(node)
    ctx = Context(node=node, bridge=bridge, settings=settings_for(node.paths.home),
                  home=node.paths.home)  # fmt: skip
    times = []
    for _ in range(3):
        node.docs.reload()  # every round opens every summary document again
        started = time.perf_counter()
        report = node.community_report()
        widget = CommunityView(ctx, page=None)
        widget.resize(1280, 700)
        widget.show_report(report)
        widget.show()
        app.processEvents()
        widget.grab()  # painted
        times.append(time.perf_counter() - started)
        widget.close()
        widget.deleteLater()
        app.processEvents()
    bridge.shutdown()
    node.close()
    return {
        "seconds": max(times),
        "schools": len(report["schools"]),
        "rows": sum(len(c["schools"]) for c in report["courses"]),
    }


def _child(*args: str, timeout: float = 900) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "bench.bench_summary", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=Path(__file__).resolve().parent.parent,
    )
    if done.returncode != 0:
        raise RuntimeError(f"bench_summary {args[0]} failed: {done.stderr.strip()[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(report: Any) -> None:
    from bench import scaled

    n_learners = scaled(LEARNERS, 10)
    with tempfile.TemporaryDirectory(prefix="edunode-bench-summary-") as tmp:
        home = Path(tmp)
        node, first, again = _school(home / "school", n_learners)
        node.close()
        worst = max(first, again)
        report(
            f"summary publication, {n_learners:,} learners",
            f"{first:.2f} s first, {again:.2f} s again",
            f"< {TARGET_PUBLISH_S} s",
            worst < TARGET_PUBLISH_S,
        )
        n_schools = scaled(SCHOOLS, 2)
        build_view(home / "view", n_schools)
        got = _child("view", str(home / "view"))
        report(
            f"Community view, {got['schools']} schools ({got['rows']} course rows)",
            f"{got['seconds']:.3f} s",
            f"< {TARGET_VIEW_S} s",
            got["seconds"] < TARGET_VIEW_S,
        )


def main(argv: list[str]) -> int:
    if argv[:1] == ["view"]:
        print(json.dumps(view(Path(argv[1]))))
        return 0
    print("usage: python -m bench.bench_summary view DIR", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
