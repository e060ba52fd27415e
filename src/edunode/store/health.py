"""The database's own health: its integrity check, and salvaging a damaged SQLite file.

:func:`findings` runs what the database offers — for SQLite ``PRAGMA integrity_check`` and
``PRAGMA foreign_key_check``, then a read of every row of every table (a damaged text cell
passes the integrity check and fails only when read) — and says per table what is wrong, so
that ``edunode check`` can give the next step: an index is rebuilt from its table, a
projection or snapshot table from the change log, and the change log itself is salvaged.
Other databases get the full read only.

:func:`salvage` copies every row that still reads from a damaged SQLite file into a new file
with the same schema, row by row around the pages that don't read, and swaps it in; the
damaged file is kept beside it (``edunode.db.damaged-<time>``). Derived tables (projections,
snapshots) are not copied: the caller rebuilds them from the log.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select, text
from sqlalchemy.exc import DBAPIError

from edunode.store import schema as t
from edunode.store.repo import Store, sqlite_url

#: Tables rebuilt from the change log: a damage there loses nothing.
DERIVED = frozenset({"snapshots", *(tb.name for tb in t.LEARNER_PROJECTIONS),
                     *(tb.name for tb in t.COURSE_PROJECTIONS)})  # fmt: skip
_TREE = re.compile(r"\b(?:Tree|tree) (\d+)\b")
_PAGE = re.compile(r"\b(?:Page|page) (\d+)\b")
_INDEX = re.compile(r"\bindex (\w+)")
_MAX_LINES = 200


@dataclass(frozen=True)
class Finding:
    """One problem the database reports: in ``table`` (or its index ``index``), or in the
    file itself (``table`` "")."""

    table: str
    what: str
    index: str = ""

    @property
    def derived(self) -> bool:
        return self.table in DERIVED


def findings(store: Store) -> list[Finding]:
    """What the database's own checks find wrong, one entry per table (or index) affected."""
    out: list[Finding] = []
    try:
        with store.engine.connect() as conn:
            if store.backend() == "sqlite":
                out += _sqlite_checks(conn)
            out += _read_everything(conn, {f.table for f in out if not f.index})
    except DBAPIError as exc:  # the file can't even be read: its first pages are gone
        out.append(Finding("", f"the database file cannot be read ({exc.orig})"))
    return out


def _sqlite_checks(conn: Connection) -> list[Finding]:
    roots = _roots(conn)
    rows = None
    for pragma in ("integrity_check", "quick_check"):  # the full check may stop at a bad page
        try:
            rows = conn.exec_driver_sql(f"PRAGMA {pragma}({_MAX_LINES})").all()
            break
        except DBAPIError:
            conn.rollback()
    if rows is None:  # neither gets through: look at each table and index on its own
        return _each_tree(conn)
    lines = [ln.strip() for r in rows for ln in str(r[0]).splitlines() if ln.strip()]
    lines = [ln for ln in lines if not ln.startswith("*** in database")]
    by_key: dict[tuple[str, str], list[str]] = {}
    if lines != ["ok"]:
        for line in lines:
            table, index = "", ""
            m_index, m_tree, m_page = _INDEX.search(line), _TREE.search(line), _PAGE.search(line)
            if m_index and m_index.group(1) in roots.values():
                index = m_index.group(1)
            elif m_tree and int(m_tree.group(1)) in roots:
                index = roots[int(m_tree.group(1))]
            elif m_page:
                index = _owner(conn, int(m_page.group(1)), roots)
            if index:
                table = _table_of(conn, index)
                if table == index:
                    index = ""
            by_key.setdefault((table, index), []).append(line)
    out = [
        Finding(table, f"{len(found)} problem(s), e.g. {found[0]}", index)
        for (table, index), found in by_key.items()
    ]
    for row in conn.exec_driver_sql("PRAGMA foreign_key_check"):
        out.append(Finding(str(row[0]), f"row {row[1]} refers to a missing row of {row[2]}"))
    return out


def _each_tree(conn: Connection) -> list[Finding]:
    """Per table: does it read whole (without indexes), and does each of its indexes."""
    out: list[Finding] = []
    trees = conn.exec_driver_sql(
        "SELECT type, name, tbl_name FROM sqlite_master WHERE type IN ('table', 'index') "
        "AND name NOT LIKE 'sqlite_%' ORDER BY type DESC"
    ).all()
    bad_tables: set[str] = set()
    for kind, name, table in trees:
        if kind == "index" and table in bad_tables:
            continue
        how = "NOT INDEXED" if kind == "table" else f'INDEXED BY "{name}"'
        query = f'SELECT count(*) FROM "{table}" {how}'
        if kind == "table":  # every column of every row, not only the page structure
            query = f'SELECT count(*) FROM (SELECT * FROM "{table}" NOT INDEXED)'
        try:
            conn.exec_driver_sql(query).all()
            if kind == "index":
                conn.exec_driver_sql(
                    f'SELECT count(*) FROM "{table}" INDEXED BY "{name}" WHERE rowid >= 0'
                ).all()
        except DBAPIError as exc:
            conn.rollback()
            if kind == "table":
                bad_tables.add(str(table))
                out.append(Finding(str(table), f"its pages do not read ({exc.orig})"))
            else:
                out.append(Finding(str(table), f"its pages do not read ({exc.orig})", str(name)))
    return out


def _roots(conn: Connection) -> dict[int, str]:
    rows = conn.exec_driver_sql(
        "SELECT rootpage, name FROM sqlite_master WHERE type IN ('table', 'index')"
    )
    return {int(r[0]): str(r[1]) for r in rows if r[0]}


def _owner(conn: Connection, page: int, roots: dict[int, str]) -> str:
    """The table or index a page belongs to: a root page by the schema, another one by
    SQLite's ``dbstat`` table when it is there and still reads."""
    if page in roots:
        return roots[page]
    try:
        row = conn.exec_driver_sql("SELECT name FROM dbstat WHERE pageno = ?", (page,)).first()
    except DBAPIError:
        conn.rollback()
        return ""
    return str(row[0]) if row else ""


def _table_of(conn: Connection, name: str) -> str:
    row = conn.exec_driver_sql("SELECT tbl_name FROM sqlite_master WHERE name = ?", (name,)).first()
    return str(row[0]) if row else ""


def _read_everything(conn: Connection, known: set[str]) -> list[Finding]:
    """Read every row of every EduNode table (a damaged cell fails only when read)."""
    out = []
    for table in t.metadata.sorted_tables:
        if table.name in known:
            continue
        try:
            for _ in conn.execute(select(table)).yield_per(2000):
                pass
        except DBAPIError as exc:
            out.append(Finding(table.name, f"rows cannot be read ({exc.orig})"))
            with suppress(DBAPIError):
                conn.rollback()
    return out


def rebuild_indexes(store: Store) -> None:
    """Rebuild every index from its table (SQLite ``REINDEX``): heals a damaged index."""
    if store.backend() == "sqlite":
        with store.write() as conn:
            conn.execute(text("REINDEX"))


def clear_derived(store: Store) -> None:
    """Empty the projections and snapshots (the caller rebuilds them from the log)."""
    with store.write() as conn:
        for name in sorted(DERIVED):
            conn.execute(t.metadata.tables[name].delete())


def drop_changes(store: Store, seq_nos: list[int]) -> None:
    """Take these change rows out of the log (damaged, or built on one that is): the next
    sync fetches them again from a peer that holds them."""
    with store.write() as conn:
        for i in range(0, len(seq_nos), 500):
            conn.execute(t.changes.delete().where(t.changes.c.seq_no.in_(seq_nos[i : i + 500])))


def forget_documents(store: Store, doc_ids: list[str]) -> None:
    """Take documents that have no change left out of the documents list: a peer's copy
    then arrives as a new document."""
    with store.write() as conn:
        for i in range(0, len(doc_ids), 500):
            chunk = doc_ids[i : i + 500]
            conn.execute(t.documents.delete().where(t.documents.c.doc_id.in_(chunk)))
    for doc_id in doc_ids:
        store.forget_meta(doc_id)


# ---------------------------------------------------------------------- salvage


@dataclass
class Salvaged:
    """What :func:`salvage` kept: rows copied and rows lost per table, where the damaged
    file was kept, and the changes (by ``seq_no``) that could not be read."""

    copied: dict[str, int] = field(default_factory=dict)
    lost: dict[str, int] = field(default_factory=dict)
    kept_at: str = ""
    lost_changes: list[int] = field(default_factory=list)


def sqlite_file(store: Store) -> Path | None:
    """The store's SQLite file, or None (another database, or in memory)."""
    name = store.engine.url.database or ""
    if store.backend() != "sqlite" or not name or name == ":memory:":
        return None
    return Path(name)


def salvage(path: Path) -> Salvaged:
    """Copy what still reads of the SQLite file ``path`` into a new one and swap it in
    (nobody may have it open: a Store on it must be disposed first)."""
    fresh = path.with_name(path.name + ".salvage")
    for leftover in _family(fresh):
        leftover.unlink(missing_ok=True)
    Store(sqlite_url(fresh)).close()  # the schema, at the current version
    result = Salvaged()
    with (
        closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as src,
        closing(sqlite3.connect(fresh)) as dst,
    ):
        src.text_factory = bytes  # a damaged text cell still copies (as the bytes it holds)
        dst.execute("PRAGMA foreign_keys=OFF")
        dst.execute("DELETE FROM settings")  # made by the new schema: the old ones follow
        top = None
        with suppress(sqlite3.DatabaseError):  # seq_no is never reused, even after this
            row = src.execute("SELECT seq FROM sqlite_sequence WHERE name = 'changes'").fetchone()
            top = int(row[0]) if row else 0
        for name in (tb.name for tb in t.metadata.sorted_tables):
            if name in DERIVED or name == "schema_version":  # the new file's is current
                continue
            copied, lost, missing = _copy_table(src, dst, name, top if name == "changes" else None)
            result.copied[name], result.lost[name] = copied, lost
            if name == "changes":
                result.lost_changes = missing
                if top is not None:  # seq_no has no gaps (AUTOINCREMENT, rolled back whole)
                    result.lost[name] = max(lost, top - copied)
                    dst.execute("INSERT OR REPLACE INTO sqlite_sequence (name, seq) "
                                "VALUES ('changes', ?)", (top,))  # fmt: skip
        dst.commit()
        with closing(dst.cursor()) as cur:
            cur.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if hasattr(os, "sync"):
        os.sync()
    stamp = time.strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.name}.damaged-{stamp}")
    for old, suffix in zip(_family(path), ("", "-wal", "-shm"), strict=True):
        if old.exists():
            os.replace(old, kept.with_name(kept.name + suffix))
    for new, suffix in zip(_family(fresh), ("", "-wal", "-shm"), strict=True):
        if new.exists():
            os.replace(new, path.with_name(path.name + suffix))
    result.kept_at = str(kept)
    return result


def _family(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [_text(r[1]) for r in conn.execute(f'PRAGMA table_info("{table}")')]


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def _copy_table(
    src: sqlite3.Connection, dst: sqlite3.Connection, table: str, top: int | None
) -> tuple[int, int, list[int]]:
    """Copy the rows of ``table`` that read; returns (copied, lost, rowids lost)."""
    try:
        have = set(_columns(src, table))
    except sqlite3.DatabaseError:
        have = set()
    columns = [c for c in _columns(dst, table) if c in have]
    if not columns:
        return 0, 0, []
    names = ", ".join(f'"{c}"' for c in columns)
    insert = f'INSERT OR IGNORE INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})'
    texts = {c for c, kind in _types(dst, table).items() if "CHAR" in kind or "TEXT" in kind}
    copied, lost_ids = 0, list[int]()
    for rowid, row in _readable_rows(src, table, names, lost_ids, top):
        del rowid
        values = [
            v.decode("utf-8", "replace") if isinstance(v, bytes) and c in texts else v
            for c, v in zip(columns, row, strict=True)
        ]
        dst.execute(insert, values)
        copied += 1
    return copied, len(lost_ids), lost_ids


def _types(conn: sqlite3.Connection, table: str) -> dict[str, str]:
    return {_text(r[1]): _text(r[2]).upper()
            for r in conn.execute(f'PRAGMA table_info("{table}")')}  # fmt: skip


_GIVE_UP = 100_000  # rowids probed one by one past the last row read before giving up


def _readable_rows(
    src: sqlite3.Connection, table: str, names: str, lost: list[int], top: int | None
) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """Every row of ``table`` that reads, in rowid order, stepping over unreadable ones
    one rowid at a time (a damaged leaf page holds a few dozen rows). ``top``: the highest
    rowid there may be, when known."""
    if top is None:
        try:
            top = src.execute(f'SELECT max(rowid) FROM "{table}" NOT INDEXED').fetchone()[0]
        except sqlite3.DatabaseError:
            top = None
    after = 0
    probes = 0
    while True:
        try:
            cur = src.execute(
                f'SELECT rowid, {names} FROM "{table}" NOT INDEXED WHERE rowid > ? ORDER BY rowid',
                (after,),
            )
            for row in cur:
                after = int(row[0])
                yield after, tuple(row[1:])
            return
        except sqlite3.DatabaseError:
            pass
        # ``after + 1`` (or the page holding it) does not read: try the next rowids alone.
        while True:
            after += 1
            probes += 1
            if (top is not None and after > top) or probes > _GIVE_UP:
                return
            try:
                row = src.execute(
                    f'SELECT rowid, {names} FROM "{table}" NOT INDEXED WHERE rowid = ?', (after,)
                ).fetchone()
            except sqlite3.DatabaseError:
                lost.append(after)
                continue
            if row is not None:
                probes = 0
                yield after, tuple(row[1:])
                break
