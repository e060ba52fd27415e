"""The store on a real SQLite file and on a real PostgreSQL server: snapshots rebuild from
the log, migrations are versioned, WAL is on (SQLite), and a failed batch leaves neither the
database nor memory half-written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, text, update
from tests.helpers import doc_ids, fingerprint, raw_db, table_rows

from edunode import crdt
from edunode.errors import StoreError, ValidationError
from edunode.events import ChangesApplied
from edunode.service.documents import SNAPSHOT_EVERY
from edunode.service.node import Node
from edunode.store import Store, migrations
from edunode.store import schema as t

ALL_TABLES = [table for table in t.metadata.sorted_tables if table is not t.schema_version]


@pytest.fixture
def node(tmp_path: Path, store_url: str) -> Iterator[Node]:
    """A school node on each backend in turn (SQLite, then a real PostgreSQL server)."""
    url = None if store_url.startswith("sqlite") else store_url  # SQLite: the home's own file
    n = Node.init(tmp_path / "home", name="Office PC", school_name="Hill School", store_url=url)
    yield n
    n.close()


@pytest.fixture
def sqlite_only(node: Node) -> None:
    """For a test of the SQLite file itself (its pragmas, the raw file)."""
    if node.store.backend() != "sqlite":
        pytest.skip("about the SQLite file: PostgreSQL has no such file")


def busy_school(node: Node) -> dict[str, str]:
    """A course and two learners, one of them with more changes than SNAPSHOT_EVERY."""
    course = node.create_course("Reading", subject="literacy", language="sw")
    lesson = node.add_lesson(course, "Unit 1", "Sounds", "Ma me mi mo mu.")
    busy = node.add_learner("Amina Juma", birth_year=2014)
    quiet = node.add_learner("Baraka Ali")
    with node.batch():
        node.enrol(busy, course, "2025-01-06")
        node.enrol(quiet, course, "2025-01-06")
        for i in range(SNAPSHOT_EVERY + 30):
            node.record_attendance(busy, f"2025-{1 + i // 28:02d}-{1 + i % 28:02d}", i % 5 != 0)
        node.record_progress(busy, lesson, 25, completed=True, date="2025-02-01")
        node.record_result(quiet, course, "Quiz 1", 7, 10, "2025-02-02")
    for i in range(SNAPSHOT_EVERY + 5):  # one change per transaction, too
        node.edit_lesson(lesson, body=f"Ma me mi mo mu. ({i})")
    return {"course": course, "lesson": lesson, "busy": busy, "quiet": quiet}


def states(node: Node) -> dict[str, Any]:
    return {
        d: (crdt.heads(node.docs.get(d).doc), crdt.read(node.docs.get(d).doc))
        for d in doc_ids(node)
    }


def log_heads(node: Node, doc_id: str) -> list[bytes]:
    """The heads of the document rebuilt from the change log alone."""
    doc = crdt.new_document(b"\x00" * 32)
    crdt.apply(doc, [data for _, data in node.store.changes(doc_id)])
    return crdt.heads(doc)


def count_rows(node: Node) -> dict[str, int]:
    return {table.name: table_rows(node, table) for table in ALL_TABLES}


# --------------------------------------------------------------------------- snapshots


def test_snapshots_are_written_and_can_be_deleted(node: Node) -> None:
    ids = busy_school(node)
    assert node.store.snapshot(ids["busy"]) is not None
    assert node.store.snapshot(ids["course"]) is not None
    assert node.store.snapshot(ids["quiet"]) is None  # too few changes to need one
    before = states(node)
    projections_before = fingerprint(node)["projections"]
    home = node.paths.home

    # A fresh process loads from snapshot + the log after it: same documents.
    with Node(home) as again:
        assert states(again) == before

    assert node.store.delete_snapshots() >= 2
    assert table_rows(node, t.snapshots) == 0
    with Node(home) as rebuilt:
        assert states(rebuilt) == before
        assert fingerprint(rebuilt)["projections"] == projections_before
        assert rebuilt.check() == []
        # Writing goes on; the next snapshot comes after enough new changes.
        with rebuilt.batch():
            for i in range(SNAPSHOT_EVERY):
                rebuilt.record_attendance(
                    ids["busy"], f"2026-{1 + i // 28:02d}-{1 + i % 28:02d}", True
                )
        assert rebuilt.store.snapshot(ids["busy"]) is not None
        assert rebuilt.check() == []


def test_damaged_snapshot_is_reported_and_the_log_still_serves(node: Node) -> None:
    ids = busy_school(node)
    before = states(node)
    with node.store.write() as conn:
        conn.execute(
            update(t.snapshots).where(t.snapshots.c.doc_id == ids["busy"]).values(data=b"junk")
        )
    with Node(node.paths.home) as reopened:
        assert states(reopened) == before  # loaded from the log instead
        problems = reopened.check()
        assert problems == [
            f"{ids['busy']}: the snapshot cannot be read (delete snapshots to rebuild)"
        ]
        reopened.store.delete_snapshots()
        assert reopened.check() == []


def test_stale_snapshot_catches_up_from_the_log(node: Node) -> None:
    ids = busy_school(node)
    snap = node.store.snapshot(ids["busy"])
    assert snap is not None
    node.record_attendance(ids["busy"], "2026-06-01", False)  # after the snapshot
    with Node(node.paths.home) as reopened:
        assert reopened.learner(ids["busy"]) == node.learner(ids["busy"])
        assert crdt.heads(reopened.docs.get(ids["busy"]).doc) == log_heads(node, ids["busy"])


# --------------------------------------------------------------------------- migrations


def version(store: Store) -> int:
    with store.read() as conn:
        return migrations.current_version(conn)


def test_fresh_store_has_the_current_schema(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'fresh.db'}")
    try:
        assert version(store) == migrations.CURRENT == len(migrations.MIGRATIONS)
        with store.read() as conn:
            assert conn.execute(text("SELECT count(*) FROM schema_version")).scalar() == 1
    finally:
        store.close()
    # Opening again upgrades nothing and keeps one version row.
    store = Store(f"sqlite:///{tmp_path / 'fresh.db'}")
    try:
        assert version(store) == migrations.CURRENT
        with store.read() as conn:
            assert conn.execute(text("SELECT count(*) FROM schema_version")).scalar() == 1
    finally:
        store.close()


@pytest.mark.usefixtures("sqlite_only")
def test_store_written_by_a_newer_edunode_is_refused(node: Node) -> None:
    node.close()
    db = node.paths.db
    with raw_db(db) as raw:
        raw.execute("UPDATE schema_version SET version = ?", (migrations.CURRENT + 1,))
    with pytest.raises(StoreError) as info:
        Store(f"sqlite:///{db}")
    message = str(info.value)
    assert "newer EduNode" in message and "update EduNode" in message
    assert info.value.version == migrations.CURRENT + 1
    with pytest.raises(StoreError, match="newer EduNode"):
        Node(node.paths.home)
    with raw_db(db) as raw:  # and nothing was touched
        assert raw.execute("SELECT version FROM schema_version").fetchall() == [
            (migrations.CURRENT + 1,)
        ]


def test_migrations_run_in_order_each_in_the_transaction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'm.db'}"
    Store(url).close()
    base = migrations.CURRENT  # the schema a store made today is at

    def add_table(conn: Connection) -> None:
        conn.execute(text("CREATE TABLE extra (x INTEGER)"))

    def broken(conn: Connection) -> None:
        conn.execute(text("CREATE TABLE half_done (x INTEGER)"))
        raise RuntimeError("migration bug")

    # A failing migration leaves the store at its old version, without half its work.
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, add_table, broken])
    monkeypatch.setattr(migrations, "CURRENT", len(migrations.MIGRATIONS))
    with pytest.raises(RuntimeError, match="migration bug"):
        Store(url)
    with raw_db(tmp_path / "m.db") as raw:
        assert raw.execute("SELECT version FROM schema_version").fetchall() == [(base,)]
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "extra" not in tables and "half_done" not in tables

    # Without the broken one, the new migration runs and the version moves on.
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:-1])
    monkeypatch.setattr(migrations, "CURRENT", len(migrations.MIGRATIONS))
    store = Store(url)
    try:
        assert version(store) == base + 1
    finally:
        store.close()


# --------------------------------------------------------------------------- SQLite settings


@pytest.mark.usefixtures("sqlite_only")
def test_wal_mode_and_full_sync(node: Node) -> None:
    with node.store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    node.add_learner("Amina")
    assert node.paths.db.with_name(node.paths.db.name + "-wal").exists()


# --------------------------------------------------------------------------- batches


def test_failed_batch_writes_nothing(node: Node) -> None:
    course = node.create_course("Maths")
    existing = node.add_learner("Amina")
    node.enrol(existing, course, "2025-01-06")
    rows, before = count_rows(node), fingerprint(node)
    heads_before = {d: crdt.heads(node.docs.get(d).doc) for d in doc_ids(node)}
    events: list[ChangesApplied] = []
    node.bus.subscribe(ChangesApplied, events.append)

    created: list[str] = []
    with pytest.raises(ValidationError, match="above the maximum"), node.batch():
        created.append(node.add_learner("Baraka"))
        node.enrol(created[0], course, "2025-01-07")
        node.record_result(existing, course, "Quiz 1", 8, 10, "2025-02-01")
        node.record_attendance(existing, "2025-02-01", True)
        node.update_course(course, title="Mathematics")
        node.record_result(existing, course, "Quiz 2", 11, 10, "2025-02-02")  # refused

    assert count_rows(node) == rows
    assert fingerprint(node) == before
    assert events == []  # nothing is announced that did not commit
    assert node.store.meta(created[0]) is None
    assert node.docs.maybe(created[0]) is None
    with pytest.raises(Exception):  # noqa: B017 - NotFoundError or ValidationError
        node.learner(created[0])
    # In memory, every document is what the log says, not what the batch had done.
    for doc_id in doc_ids(node):
        assert (
            crdt.heads(node.docs.get(doc_id).doc) == heads_before[doc_id] == log_heads(node, doc_id)
        )
    assert node.course(course)["title"] == "Maths"
    assert node.learner(existing)["results"] == []
    assert node.check() == []

    # The node carries on normally afterwards.
    node.record_result(existing, course, "Quiz 1", 8, 10, "2025-02-01")
    assert [r["title"] for r in node.learner(existing)["results"]] == ["Quiz 1"]
    with Node(node.paths.home) as reopened:
        assert reopened.learner(existing) == node.learner(existing)
        assert reopened.check() == []


def test_batch_failing_in_user_code_writes_nothing(node: Node) -> None:
    learner = node.add_learner("Amina")
    rows = count_rows(node)

    class Boom(Exception):
        pass

    with pytest.raises(Boom), node.batch():
        for i in range(50):
            node.record_attendance(learner, f"2025-03-{1 + i % 28:02d}", True)
            if i == 30:
                raise Boom
    assert count_rows(node) == rows
    assert node.learner(learner)["attendance"] == []
    assert crdt.heads(node.docs.get(learner).doc) == log_heads(node, learner)
    assert node.check() == []


def test_successful_batch_is_one_commit(node: Node) -> None:
    learner = node.add_learner("Amina")
    events: list[ChangesApplied] = []
    node.bus.subscribe(ChangesApplied, events.append)
    rows = table_rows(node, t.changes)
    with node.batch():
        for day in range(1, 11):
            node.record_attendance(learner, f"2025-04-{day:02d}", True)
        assert events == []  # announced only after the commit
    assert table_rows(node, t.changes) == rows + 10
    assert sum(e.count for e in events) == 10
    assert len(node.learner(learner)["attendance"]) == 10
    assert node.check() == []


def test_metas_of_a_frame_are_looked_up_in_one_query(node: Node, tmp_path: Path) -> None:
    """A bulk sync asks for the meta of every document of a frame, nearly all new: one
    query for the frame; 'absent' holds only while the write transaction (and its lock)
    lasts, so a document another process adds later is found."""
    from sqlalchemy import event

    course = node.create_course("Reading")
    store = Store(node.store.url)  # a second handle, as another process would have
    other = Store(node.store.url)
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", seen)
    missing, later = "a" * 24, "b" * 24
    try:
        with store.write():
            statements.clear()
            store.prefetch_metas([course, missing, later])
            assert len(statements) == 1
            assert store.meta(course) is not None and store.meta(course).kind == "course"
            assert store.meta(missing) is None and store.meta(later) is None
            assert len(statements) == 1  # answered from the prefetch
            meta = store.meta(course)
            store.remember_meta(missing, meta)  # created in this transaction
            assert store.meta(missing) == meta
        with other.write() as conn:  # after our lock is gone, someone else adds `later`
            other.add_document(conn, later, meta)
        assert store.meta(later) == meta
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)
        store.close()
        other.close()


def test_clocks_kept_in_memory_follow_every_writer(node: Node) -> None:
    """Sessions start from the clocks of every document; they are kept per store and
    refreshed from the log position, so writes by this node and by another process on the
    same data folder (a CLI beside `serve`) both show, and they always equal a fresh read."""
    from edunode.store import clocks

    course = node.create_course("Reading")
    learner = node.add_learner("Amina Juma")
    docs = [course, learner]
    first = clocks.clocks(node.store, docs)
    assert first == clocks._read_clocks(node.store, docs)
    node.add_lesson(course, "Unit 1", "Sounds", "Ma me mi.")  # this process
    other = Node(node.paths.home)  # another process's handle on the same folder
    try:
        other.record_attendance(learner, "2025-03-03", True)
    finally:
        other.close()
    now = clocks.clocks(node.store, docs)
    assert now == clocks._read_clocks(node.store, docs)
    for doc_id in docs:
        (seq_before,) = (s for s, _ in first[doc_id].values())
        (seq_after,) = (s for s, _ in now[doc_id].values())
        assert seq_after > seq_before
    now[course].clear()  # callers get copies: the kept clocks are not theirs to change
    assert clocks.clocks(node.store, [course]) == clocks._read_clocks(node.store, [course])
    with node.store.write():  # inside a transaction: read from the database itself
        assert clocks.clocks(node.store, docs) == clocks._read_clocks(node.store, docs)
