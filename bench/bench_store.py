"""The store at school scale: 10,000 learners × 20 records, 50 courses (DESIGN §2, §5).

Figures:
* durable signed changes per second when recording in batches of 500 (target ≥ 2,000/s):
  each record is one Automerge change, signed, appended to the log with its signature and
  reflected in the read projections, committed with ``synchronous=FULL``. Each batch gives
  one record to each of 500 learners (a year group's quiz, a register). Round 0 goes down
  the whole school, so beyond ``MAX_OPEN`` learners most documents must be reloaded from
  the store; rounds 1-19 then go group by group, as a term does, with the group's
  documents in memory. Both are reported, with the rate per CPU-second (the machine may be
  shared);
* the raw-Automerge floor for the same edits (in memory, unsigned, unstored) and our ratio;
* opening the store (``Node(home)``) and listing every learner, in a fresh process
  (target < 1 s);
* peak memory (RSS high-water mark) of the building process and of the open+list
  process (target < 300 MB each).

The build and the open run in their own subprocesses so that each one's memory high-water
mark and caches are its own: ``python -m bench.bench_store build HOME SCALE`` and
``python -m bench.bench_store open HOME`` print one JSON line each.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import peak_rss_mb

LEARNERS = 10_000
COURSES = 50
RECORDS = 20  # per learner: results, attendance and lesson progress
BATCH = 500
RAW_SAMPLE = 20_000  # edits timed for the raw-Automerge floor

TARGET_RATE = 2_000.0
TARGET_OPEN_S = 1.0
TARGET_RSS_MB = 300.0
TARGET_BACKUP_S, TARGET_BACKUP_RATIO = 10.0, 1.2

# One learner's 20 records in the order a term produces them: 8 results, 6 attendance
# days, 6 lessons of progress.
A, R, P = "attendance", "result", "progress"
PLAN = [A, R, P, A, R, P, A, R, P, A, R, P, R, A, P, R, A, R, P, R]
assert len(PLAN) == RECORDS


def day(n: int) -> str:
    return f"2025-{1 + (n // 28) % 12:02d}-{1 + n % 28:02d}"


# --------------------------------------------------------------------------- build


def build(home: Path, scale: float) -> dict[str, Any]:
    from edunode.service.node import Node

    n_learners = max(1, round(LEARNERS * scale))
    n_courses = max(1, round(COURSES * scale))
    node = Node.init(home, name="Bench PC", school_name="Bench School")
    out: dict[str, Any] = {"learners": n_learners, "courses": n_courses}

    started = time.perf_counter()
    courses: list[tuple[str, list[str]]] = []
    with node.batch():
        for c in range(n_courses):
            course_id = node.create_course(
                f"Course {c:03d}", subject="maths", level=f"P{1 + c % 7}"
            )
            lessons = [
                node.add_lesson(
                    course_id,
                    f"Unit {m + 1}",
                    f"Lesson {m + 1}.{k + 1}",
                    f"Lesson body {c}.{m}.{k}: read, write, count.",
                )
                for m in range(2)
                for k in range(3)
            ]
            courses.append((course_id, lessons))
    out["courses_s"] = time.perf_counter() - started

    started = time.perf_counter()
    learners: list[str] = []
    for first in range(0, n_learners, BATCH):
        with node.batch():
            for i in range(first, min(first + BATCH, n_learners)):
                learner_id = node.add_learner(f"Learner {i:05d}", birth_year=2010 + i % 8)
                node.enrol(learner_id, courses[i % n_courses][0], "2025-01-06")
                learners.append(learner_id)
    out["learners_s"] = time.perf_counter() - started

    # Records, in batches of 500: each batch gives one record to each of 500 learners (a
    # year group's quiz, a register), so every record is its own document commit.
    #  * round 0 goes down the whole school: most documents are not in memory (cold);
    #  * rounds 1-19 go group by group, as a term does (documents in memory, warm).
    rows_before = count_changes(node)
    timings: dict[str, float] = {}
    counts: dict[str, int] = {}

    def record_batch(r: int, first: int) -> None:
        kind = PLAN[r]
        t0 = time.perf_counter()
        with node.batch():
            for i in range(first, min(first + BATCH, n_learners)):
                learner_id = learners[i]
                course_id, lessons = courses[i % n_courses]
                if kind == "result":
                    score = (i * 7 + r) % 11
                    node.record_result(learner_id, course_id, f"Quiz {r}", score, 10, day(r))
                elif kind == "attendance":
                    node.record_attendance(learner_id, day(r), (i + r) % 9 != 0)
                else:
                    lesson = lessons[r % len(lessons)]
                    node.record_progress(learner_id, lesson, 10 + r, completed=True, date=day(r))
        key = "cold" if r == 0 else kind
        timings[key] = timings.get(key, 0.0) + time.perf_counter() - t0
        counts[key] = counts.get(key, 0) + min(BATCH, n_learners - first)

    started = time.perf_counter()
    cpu_started = time.process_time()
    for first in range(0, n_learners, BATCH):
        record_batch(0, first)
    for first in range(0, n_learners, BATCH):
        for r in range(1, RECORDS):
            record_batch(r, first)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    stored = count_changes(node) - rows_before
    out.update(
        records=sum(counts.values()),
        stored_changes=stored,
        records_s=elapsed,
        rate=stored / elapsed,
        cpu_rate=stored / cpu,
        rates={k: counts[k] / timings[k] for k in timings if timings[k]},
        total_changes=count_changes(node),
        db_mb=(home / "edunode.db").stat().st_size / 2**20,
        rss_mb=peak_rss_mb(),
    )
    node.close()
    return out


def count_changes(node: Any) -> int:
    from sqlalchemy import func, select

    from edunode.store import schema as t

    return int(node.store.query(select(func.count().label("n")).select_from(t.changes))[0]["n"])


# --------------------------------------------------------------------------- open + list


def open_and_list(home: Path) -> dict[str, Any]:
    t0 = time.perf_counter()
    from edunode.service.node import Node

    imported = time.perf_counter()
    node = Node(home)
    opened = time.perf_counter()
    learners = node.list_learners()
    listed = time.perf_counter()
    first = node.learner(learners[len(learners) // 2]["id"])
    detail = time.perf_counter()
    node.close()
    return {
        "import_s": imported - t0,
        "open_s": opened - imported,
        "list_s": listed - opened,
        "open_list_s": listed - imported,
        "listed": len(learners),
        "detail_s": detail - listed,
        "detail_records": len(first["results"]) + len(first["attendance"]) + len(first["progress"]),
        "rss_mb": peak_rss_mb(),
    }


# --------------------------------------------------------------------------- backup


def backup_and_restore(home: Path, work: Path) -> dict[str, Any]:
    """Issue 11: an encrypted backup of the whole store and its restore onto a new PC
    (new key, handover signed over every document the old key wrote)."""
    from edunode.service import backup, restore
    from edunode.service.node import Node

    work.mkdir(parents=True, exist_ok=True)
    node = Node(home)
    node.set_admin_pin("135790")
    store_bytes = backup.db_size(node.paths)
    started = time.perf_counter()
    done = node.backup(work / "school.edunode-backup", "bench passphrase", "135790")
    backup_s = time.perf_counter() - started
    node.close()
    started = time.perf_counter()
    restored = restore.restore(Path(done["path"]), "bench passphrase", work / "restored")
    restore_s = time.perf_counter() - started
    return {
        "backup_s": backup_s, "restore_s": restore_s, "backup_bytes": done["bytes"],
        "store_bytes": store_bytes, "handed_over": restored["documents_handed_over"],
    }  # fmt: skip


# --------------------------------------------------------------------------- raw floor


def raw_floor(n: int) -> float:
    """Changes/s for the same kind of edit on in-memory Automerge documents, nothing else."""
    from edunode import crdt
    from edunode.domain import learner
    from edunode.domain.meta import Meta, genesis

    actor = b"\x01" * 32
    docs = []
    for i in range(max(1, n // RECORDS)):
        _, doc = genesis(actor, Meta(kind="learner", school="s" * 24, scope="school"))
        with doc.transaction() as tx:
            learner.create(tx, {"name": f"Learner {i}"})
        docs.append(doc)
    started = time.perf_counter()
    made = 0
    for r in range(RECORDS):
        for doc in docs:
            before = crdt.heads(doc)
            with doc.transaction() as tx:
                learner.record_result(tx, "c" * 24, f"Quiz {r}", 5.0, 10.0, day(r))
            crdt.changes_since(doc, before)  # the new change's bytes, as a commit needs
            made += 1
    return made / (time.perf_counter() - started)


# --------------------------------------------------------------------------- driver


def _child(*args: str) -> dict[str, Any]:
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.run(
        [sys.executable, "-m", "bench.bench_store", *args],
        cwd=root,
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")]),
        },
    )
    if proc.returncode != 0:
        raise RuntimeError(f"bench_store {args[0]} failed:\n{proc.stderr[-3000:]}")
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def run(report: Any) -> None:
    from bench import scale

    factor = scale()
    with tempfile.TemporaryDirectory(prefix="edunode-bench-store-") as tmp:
        home = Path(tmp) / "node"
        print(
            f"  building {max(1, round(LEARNERS * factor)):,} learners × {RECORDS} records, "
            f"{max(1, round(COURSES * factor))} courses in {home} ...",
            flush=True,
        )
        built = _child("build", str(home), repr(factor))
        opened = _child("open", str(home))
        backed = _child("backup", str(home), str(Path(tmp) / "backup"))
    floor = raw_floor(max(RECORDS, min(RAW_SAMPLE, built["records"])))

    rate = built["rate"]
    report(
        f"durable signed changes/s (records, batches of {BATCH})",
        f"{rate:,.0f}/s",
        f"≥ {TARGET_RATE:,.0f}/s",
        rate >= TARGET_RATE,
    )
    rates = built["rates"]
    # Round 0 walks the whole school: beyond MAX_OPEN documents, each record reloads one.
    from edunode.service.documents import MAX_OPEN

    cold = built["learners"] + built["courses"] + 1 > MAX_OPEN
    where = "documents not in memory" if cold else "documents in memory at this scale"
    report(f"  … round 0 across the school ({where})", f"{rates.pop('cold'):,.0f}/s")
    for kind, kind_rate in sorted(rates.items()):
        report(f"  … {kind}, documents in memory", f"{kind_rate:,.0f}/s")
    report(
        "  … per CPU-second of this process (I/O waits and other load excluded)",
        f"{built['cpu_rate']:,.0f}/s",
    )
    report("raw Automerge floor (same edits in memory)", f"{floor:,.0f}/s")
    report("  ratio floor / ours", f"{floor / rate:.1f}×")
    report(
        f"open store + list {opened['listed']:,} learners (fresh process)",
        f"{opened['open_list_s']:.3f} s",
        f"< {TARGET_OPEN_S:g} s",
        opened["open_list_s"] < TARGET_OPEN_S and opened["listed"] == built["learners"],
    )
    report("  … of which Node(home)", f"{opened['open_s']:.3f} s")
    report("  … then open one learner's record", f"{opened['detail_s'] * 1000:.1f} ms")
    report(
        "peak RSS, building process",
        f"{built['rss_mb']:.0f} MB",
        f"< {TARGET_RSS_MB:g} MB",
        built["rss_mb"] < TARGET_RSS_MB,
    )
    report(
        "peak RSS, open + list process",
        f"{opened['rss_mb']:.0f} MB",
        f"< {TARGET_RSS_MB:g} MB",
        opened["rss_mb"] < TARGET_RSS_MB,
    )
    report(
        "store size",
        f"{built['db_mb']:.0f} MB, {built['total_changes']:,} changes "
        f"(build: learners {built['learners_s']:.0f} s, records {built['records_s']:.0f} s)",
    )
    ratio = backed["backup_bytes"] / max(1, backed["store_bytes"])
    report("encrypted backup of the store (issue 11)", f"{backed['backup_s']:.1f} s",
           f"< {TARGET_BACKUP_S:g} s", backed["backup_s"] < TARGET_BACKUP_S)  # fmt: skip
    report(
        "  … backup size / store size",
        f"{ratio:.2f}× ({backed['backup_bytes'] / 2**20:.0f} MB of a "
        f"{backed['store_bytes'] / 2**20:.0f} MB store)",
        f"< {TARGET_BACKUP_RATIO:g}×",
        ratio < TARGET_BACKUP_RATIO,
    )
    report(
        f"restore onto a new PC (verify, unpack, handover of {backed['handed_over']:,} documents)",
        f"{backed['restore_s']:.1f} s",
        f"< {TARGET_BACKUP_S:g} s",
        backed["restore_s"] < TARGET_BACKUP_S,
    )


if __name__ == "__main__":
    command, home_arg = sys.argv[1], Path(sys.argv[2])
    if command == "build":
        result = build(home_arg, float(sys.argv[3]))
    elif command == "open":
        result = open_and_list(home_arg)
    elif command == "backup":
        result = backup_and_restore(home_arg, Path(sys.argv[3]))
    else:
        raise SystemExit(f"unknown command {command!r}")
    print(json.dumps(result))
