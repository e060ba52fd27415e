"""The repository facade: transactions, documents and their metas, the change log,
snapshots, settings and the audit trail. The small repositories beside it (``peers.py``,
``courses.py``, ``learners.py``) and ``clocks.py`` build their SQL on its transactions;
nothing outside store/ writes SQL.

One contract on every supported database (SQLite, PostgreSQL; decision 0012a): a write
transaction holds the store's one write lock from its first statement to its commit. On
SQLite that is ``BEGIN IMMEDIATE``; on PostgreSQL a transaction-scoped advisory lock
(``pg_advisory_xact_lock``) taken first thing in the transaction, at READ COMMITTED, so
every statement after it sees what the previous writer committed. So writers of a document
(a CLI beside ``edunode serve``, several ``serve`` processes of an archive) never work from
a stale copy, a change's ``seq`` and its log position ``seq_no`` are assigned under the lock,
and log positions become visible in the order they were assigned: "what changed after
position N" cannot miss a commit that became visible late. Readers take no lock.
SQLite runs in WAL mode with ``synchronous=FULL``: once a transaction commits, the change
and its signature survive a crash or a power cut.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import (
    Connection,
    Engine,
    bindparam,
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from edunode import crdt
from edunode.collation import Collator, collator_for
from edunode.domain.meta import Meta
from edunode.errors import StoreError, StoreMissing
from edunode.store import migrations, projections
from edunode.store import schema as t
from edunode.store.bulk import bulk_insert
from edunode.store.trouble import translate, where

T = TypeVar("T")

# Built once: a bulk sync looks up every new document it receives (and finds nothing).
_META_BY_ID = select(t.documents).where(t.documents.c.doc_id == bindparam("doc_id"))


# The databases EduNode keeps its store in: each has its own way to hold the write lock.
SUPPORTED = ("sqlite", "postgresql")
# The key of the PostgreSQL advisory lock that is the store's write lock ("EduN").
WRITE_LOCK_KEY = 0x4564754E


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def shown_url(url: str) -> str:
    """``url`` as it may appear in a message or a log line: the password masked. A URL that
    cannot be parsed is not shown at all (where its password is cannot be told)."""
    try:
        return str(make_url(url).render_as_string(hide_password=True))
    except Exception:  # noqa: BLE001 - unparsable: say what it starts with, no more
        scheme = re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", url)
        return f"{scheme.group(0) if scheme else ''}… (not a valid database URL)"


def _without_password(text: str, url: str) -> str:
    """A driver's message with the URL's password replaced, should the driver echo it."""
    try:
        password = make_url(url).password
    except Exception:  # noqa: BLE001 - unparsable: nothing to look for
        return text
    return text.replace(str(password), "***") if password else text


class Store:
    """The store at ``url``. ``create`` (the default, for ``edunode init`` and tests) makes
    the tables of a new store; without it a store that is missing, empty or holds no
    EduNode tables is refused with :class:`StoreMissing` instead of being made anew: a data
    folder with a key and settings whose records file vanished or was cut to 0 bytes has
    lost its records, and an empty store in its place would hide that."""

    def __init__(self, url: str, *, create: bool = True) -> None:
        self.url = url
        self._local = threading.local()
        self._metas: dict[str, Meta] = {}  # meta is immutable once written: cache it
        self._metas_loaded = False  # all committed metas are in _metas
        self.extras: dict[str, Any] = {}  # caches kept by modules built on the store
        self._collator: tuple[str, Collator] = ("", Collator())  # (its locale, collator)
        shown = shown_url(url)
        try:
            parsed = make_url(url)
        except (SQLAlchemyError, ValueError) as exc:
            raise StoreError(f"cannot open the store at {shown}: {exc}") from None
        backend = parsed.get_backend_name()
        if backend not in SUPPORTED:
            raise StoreError(
                f"cannot open the store at {shown}: EduNode keeps its store in SQLite or "
                f"PostgreSQL, not {backend}"
            )
        options: dict[str, Any] = {}
        if backend == "postgresql":
            if parsed.drivername == "postgresql":  # the driver EduNode ships: psycopg 3
                parsed = parsed.set(drivername="postgresql+psycopg")
            # The write lock relies on each statement seeing the latest commits.
            options["isolation_level"] = "READ COMMITTED"
        path = where(url)
        if not create and path is not None:
            missing = not path.exists()
            if missing or path.stat().st_size == 0:
                raise _missing(str(path), "missing" if missing else "empty")
        try:
            self.engine: Engine = create_engine(parsed, **options)
        except (SQLAlchemyError, ValueError, ImportError) as exc:
            raise StoreError(
                f"cannot open the store at {shown}: {_without_password(str(exc), url)}"
            ) from None
        if backend == "sqlite":
            _configure_sqlite(self.engine)
        else:
            _configure_postgresql(self.engine)
        try:
            with self.write() as conn:
                if not create and migrations.current_version(conn) == 0:
                    raise _missing(self.public_url(), "empty")
                migrations.upgrade(conn)
        except DBAPIError as exc:  # not worded by write(): a server that cannot be reached
            self.engine.dispose()
            reason = _without_password(str(exc.orig).strip(), url)
            raise StoreError(f"cannot open the store at {shown}: {reason}") from None
        except BaseException:  # worded (damaged, locked, missing…) or not ours: as it is
            self.engine.dispose()
            raise

    def close(self) -> None:
        self.engine.dispose()

    def reset_caches(self) -> None:
        """Forget everything kept in memory about the store's rows (after its file was
        replaced by a repair): metas and the caches of the modules built on it."""
        self._metas.clear()
        self._metas_loaded = False
        self.extras.clear()

    def backend(self) -> str:
        """The database's kind: ``sqlite``, ``postgresql``, …"""
        return str(self.engine.url.get_backend_name())

    def public_url(self) -> str:
        """The store's URL as it may be shown to a person (no password)."""
        return str(self.engine.url.render_as_string(hide_password=True))

    # ------------------------------------------------------------------ transactions

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction; nested calls on the same thread join the outer one."""
        outer = getattr(self._local, "conn", None)
        if outer is not None:
            yield outer
            return
        try:
            with self.engine.connect() as conn:
                conn = conn.execution_options(edunode_write=True)
                with conn.begin():
                    self._local.conn = conn
                    self._local.absent = set()
                    try:
                        yield conn
                    finally:
                        self._local.conn = None
                        self._local.absent = set()
        except DBAPIError as exc:  # rolled back whole by now: say why in words
            worded = translate(exc, self.url)
            if worded is None:
                raise
            raise worded from exc

    def writing(self) -> bool:
        """Whether this thread is inside a write transaction."""
        return getattr(self._local, "conn", None) is not None

    @contextmanager
    def read(self) -> Iterator[Connection]:
        outer = getattr(self._local, "conn", None)
        if outer is not None:
            yield outer
            return
        try:
            with self.engine.connect() as conn, conn.begin():
                yield conn
        except DBAPIError as exc:  # a full disk, a lock, damage: in words (trouble.py)
            worded = translate(exc, self.url)
            if worded is None:
                raise
            raise worded from exc

    # ------------------------------------------------------------------ documents & log

    @staticmethod
    def document_row(doc_id: str, meta: Meta) -> dict[str, Any]:
        now = time.time()
        return {
            "doc_id": doc_id,
            "kind": meta.kind,
            "school": meta.school,
            "scope": meta.scope,
            "founder": meta.founder,
            "created": now,
            "updated": now,
        }

    def add_document(self, conn: Connection, doc_id: str, meta: Meta) -> None:
        self.add_documents(conn, [self.document_row(doc_id, meta)])

    def add_documents(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        bulk_insert(conn, t.documents, rows)

    def meta(self, doc_id: str) -> Meta | None:
        cached = self._metas.get(doc_id)
        if cached is not None:
            return cached
        if doc_id in getattr(self._local, "absent", ()):
            return None
        if not self._metas_loaded and getattr(self._local, "conn", None) is None:
            self.documents()  # first look-up: load them all in one query
            if doc_id in self._metas:
                return self._metas[doc_id]
        with self.read() as conn:
            row = conn.execute(_META_BY_ID, {"doc_id": doc_id}).first()
        if row is None:
            return None
        meta = Meta(kind=row.kind, school=row.school, scope=row.scope, founder=row.founder)
        self._metas[doc_id] = meta
        return meta

    def prefetch_metas(self, doc_ids: Sequence[str]) -> None:
        """Inside a write transaction: look up the metas of many documents in one query.
        Those not found are remembered as absent until the transaction ends (it holds the
        write lock, so nobody else can add them meanwhile): a bulk sync, where every
        document is new, then asks the database once per frame, not once per document."""
        conn = getattr(self._local, "conn", None)
        wanted = [d for d in dict.fromkeys(doc_ids) if d not in self._metas]
        if conn is None or not wanted:
            return
        found: set[str] = set()
        for i in range(0, len(wanted), 500):
            rows = conn.execute(
                select(t.documents).where(t.documents.c.doc_id.in_(wanted[i : i + 500]))
            ).all()
            for r in rows:
                found.add(r.doc_id)
                self._metas[r.doc_id] = Meta(
                    kind=r.kind, school=r.school, scope=r.scope, founder=r.founder
                )
        self._local.absent.update(d for d in wanted if d not in found)

    def remember_meta(self, doc_id: str, meta: Meta) -> None:
        """Cache the meta of a document being created in the current transaction."""
        self._metas[doc_id] = meta
        getattr(self._local, "absent", set()).discard(doc_id)

    def forget_meta(self, doc_id: str) -> None:
        """Drop a cached meta (its document's creation was rolled back)."""
        self._metas.pop(doc_id, None)

    def documents(self, kind: str | None = None) -> list[tuple[str, Meta]]:
        query = select(t.documents).order_by(t.documents.c.created, t.documents.c.doc_id)
        if kind:
            query = query.where(t.documents.c.kind == kind)
        with self.read() as conn:
            rows = conn.execute(query).all()
        out = [
            (r.doc_id, Meta(kind=r.kind, school=r.school, scope=r.scope, founder=r.founder))
            for r in rows
        ]
        if kind is None and getattr(self._local, "conn", None) is None:
            self._metas.update(out)  # committed rows only: safe to cache
            self._metas_loaded = True
        return out

    @staticmethod
    def change_rows(
        doc_id: str, new: Sequence[crdt.ChangeInfo], signatures: dict[bytes, bytes], origin: str
    ) -> list[dict[str, Any]]:
        now = time.time()
        return [
            {
                "doc_id": doc_id,
                "hash": c.hash,
                "actor": c.actor,
                "seq": c.seq,
                "data": c.data,
                "signature": signatures.get(c.hash),
                "origin": origin,
                "received": now,
            }
            for c in new
        ]

    def insert_changes(self, conn: Connection, rows: list[dict[str, Any]]) -> dict[str, int]:
        """Append change rows (one statement); returns each document's newest seq_no."""
        bulk_insert(conn, t.changes, rows)
        doc_ids = sorted({r["doc_id"] for r in rows})
        newest: dict[str, int] = {}
        for i in range(0, len(doc_ids), 500):
            chunk = doc_ids[i : i + 500]
            for doc_id, seq_no in conn.execute(
                select(t.changes.c.doc_id, func.max(t.changes.c.seq_no))
                .where(t.changes.c.doc_id.in_(chunk))
                .group_by(t.changes.c.doc_id)
            ):
                newest[doc_id] = int(seq_no)
        return newest

    def touch_documents(self, conn: Connection, doc_ids: Sequence[str]) -> None:
        if doc_ids:
            conn.execute(
                update(t.documents)
                .where(t.documents.c.doc_id == bindparam("d"))
                .values(updated=time.time()),
                [{"d": d} for d in doc_ids],
            )

    def last_seq_no(self, conn: Connection, doc_id: str | None = None) -> int:
        query = select(func.max(t.changes.c.seq_no))
        if doc_id is not None:
            query = query.where(t.changes.c.doc_id == doc_id)
        return int(conn.execute(query).scalar() or 0)

    def changes(self, doc_id: str, after_seq_no: int = 0) -> list[tuple[int, bytes]]:
        with self.read() as conn:
            rows = conn.execute(
                select(t.changes.c.seq_no, t.changes.c.data)
                .where(t.changes.c.doc_id == doc_id, t.changes.c.seq_no > after_seq_no)
                .order_by(t.changes.c.seq_no)
            ).all()
        return [(r.seq_no, r.data) for r in rows]

    def changed_documents(self, after_seq_no: int) -> list[tuple[str, int]]:
        """Documents with log entries after ``after_seq_no``, with their newest seq_no."""
        with self.read() as conn:
            rows = conn.execute(
                select(t.changes.c.doc_id, func.max(t.changes.c.seq_no))
                .where(t.changes.c.seq_no > after_seq_no)
                .group_by(t.changes.c.doc_id)
            ).all()
        return [(r[0], int(r[1])) for r in rows]

    def documents_written_by(self, actor: bytes) -> list[str]:
        with self.read() as conn:
            rows = conn.execute(
                select(t.changes.c.doc_id).where(t.changes.c.actor == actor).distinct()
            ).all()
        return [r[0] for r in rows]

    def author_tip(self, doc_id: str, actor: bytes) -> tuple[int, bytes] | None:
        """The newest change of ``actor`` in ``doc_id`` held here: (seq, hash)."""
        with self.read() as conn:
            row = conn.execute(
                select(t.changes.c.seq, t.changes.c.hash)
                .where(t.changes.c.doc_id == doc_id, t.changes.c.actor == actor)
                .order_by(t.changes.c.seq.desc())
                .limit(1)
            ).first()
        return (int(row.seq), bytes(row.hash)) if row else None

    def author_tips(self, actor: bytes) -> dict[str, tuple[int, bytes]]:
        """For every document ``actor`` wrote, its newest change held here: (seq, hash).
        The newest seq per document comes from the (doc, actor, seq) index alone; only
        those rows are then read for their hash."""
        c = t.changes.c
        newest = (
            select(c.doc_id.label("doc_id"), func.max(c.seq).label("seq"))
            .where(c.actor == actor)
            .group_by(c.doc_id)
            .subquery()
        )
        query = select(c.doc_id, c.seq, c.hash).join(
            newest, (c.doc_id == newest.c.doc_id) & (c.seq == newest.c.seq)
        ).where(c.actor == actor)
        with self.read() as conn:
            return {row.doc_id: (int(row.seq), bytes(row.hash)) for row in conn.execute(query)}

    def signatures(self, doc_id: str, hashes: Sequence[bytes]) -> dict[bytes, bytes]:
        out: dict[bytes, bytes] = {}
        with self.read() as conn:
            for i in range(0, len(hashes), 500):
                chunk = list(hashes[i : i + 500])
                rows = conn.execute(
                    select(t.changes.c.hash, t.changes.c.signature).where(
                        t.changes.c.doc_id == doc_id,
                        t.changes.c.hash.in_(chunk),
                        t.changes.c.signature.is_not(None),
                    )
                ).all()
                out.update({r.hash: r.signature for r in rows})
        return out

    def known_hashes(self, doc_id: str, hashes: Sequence[bytes]) -> list[bytes]:
        """Which of ``hashes`` are changes of ``doc_id`` held in the log."""
        if not hashes:
            return []
        rows = self.query(
            select(t.changes.c.hash).where(
                t.changes.c.doc_id == doc_id, t.changes.c.hash.in_(list(hashes))
            )
        )
        return [r["hash"] for r in rows]

    def all_changes(self) -> Iterator[Any]:
        with self.read() as conn:
            yield from conn.execute(select(t.changes).order_by(t.changes.c.seq_no))

    # ------------------------------------------------------------------ snapshots

    def snapshot(self, doc_id: str) -> tuple[bytes, int] | None:
        with self.read() as conn:
            row = conn.execute(
                select(t.snapshots.c.data, t.snapshots.c.last_seq_no).where(
                    t.snapshots.c.doc_id == doc_id
                )
            ).first()
        return (row.data, row.last_seq_no) if row else None

    def put_snapshot(self, conn: Connection, doc_id: str, data: bytes, last_seq_no: int) -> None:
        conn.execute(delete(t.snapshots).where(t.snapshots.c.doc_id == doc_id))
        conn.execute(
            insert(t.snapshots).values(
                doc_id=doc_id, data=data, last_seq_no=last_seq_no, created=time.time()
            )
        )

    def delete_snapshots(self) -> int:
        with self.write() as conn:
            return conn.execute(delete(t.snapshots)).rowcount or 0

    # ------------------------------------------------------------------ projections

    def replace_projection(
        self, conn: Connection, doc_id: str, rows: dict[Any, list[dict[str, Any]]]
    ) -> None:
        projections.replace_many(conn, {doc_id: rows}, collator=self.collator(conn))

    def replace_projections(
        self,
        conn: Connection,
        rows: dict[str, dict[Any, list[dict[str, Any]]]],
        new: Collection[str] = (),
    ) -> None:
        projections.replace_many(conn, rows, new, self.collator(conn))

    def projection_differences(
        self, doc_id: str, rows: dict[Any, list[dict[str, Any]]]
    ) -> list[str]:
        with self.read() as conn:
            return projections.differences(conn, doc_id, rows, self.collator(conn))

    # ------------------------------------------------------------------ collation

    def collator(self, conn: Connection | None = None) -> Collator:
        """The collator the list projections' sort keys follow. Read from the store in the
        caller's transaction (one indexed look-up): another process may have changed it."""
        if conn is None:
            with self.read() as c:
                return self.collator(c)
        row = conn.execute(
            select(t.settings.c.value).where(t.settings.c.key == migrations.COLLATION_LOCALE)
        ).first()
        locale = json.loads(row[0]) if row else ""
        if self._collator[0] != locale:
            self._collator = (locale, collator_for(locale))
        return self._collator[1]

    def collation_locale(self) -> str | None:
        """The locale the lists are sorted for (``""``: the root order; None: none chosen)."""
        value = self.setting(migrations.COLLATION_LOCALE, None)
        return None if value is None else str(value)

    def use_collation(self, locale: str) -> bool:
        """Sort the lists for ``locale`` from now on: rebuilds every sort key, in one
        transaction, when they were made with other rules. Returns whether it rebuilt."""
        wanted = collator_for(locale).name
        if self.collation_locale() == locale and self.setting(migrations.COLLATION_NAME) == wanted:
            return False  # the usual case, without taking the write lock
        with self.write() as conn:
            row = conn.execute(
                select(t.settings.c.value).where(t.settings.c.key == migrations.COLLATION_NAME)
            ).first()
            if row is not None and json.loads(row[0]) == wanted:
                self.set_setting(migrations.COLLATION_LOCALE, locale)  # same rules: keep keys
                return False
            migrations.rebuild_sort_keys(conn, locale)
            return True

    def sort_key(self, text: str) -> bytes:
        """``text``'s collation key, as the lists are sorted (for lists kept in memory)."""
        return self.collator().key(text)

    def query(self, statement: Any, params: dict[str, Any] | None = None) -> list[Any]:
        """Rows as mappings; ``params`` bind a statement built once with ``bindparam``."""
        with self.read() as conn:
            return list(conn.execute(statement, params).mappings().all())

    # ------------------------------------------------------------------ settings & audit

    def setting(self, key: str, default: Any = None) -> Any:
        with self.read() as conn:
            row = conn.execute(select(t.settings.c.value).where(t.settings.c.key == key)).first()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value: Any) -> None:
        with self.write() as conn:
            conn.execute(delete(t.settings).where(t.settings.c.key == key))
            conn.execute(insert(t.settings).values(key=key, value=json.dumps(value)))

    def update_setting(self, key: str, update: Callable[[Any], tuple[Any, T]]) -> T:
        """Read setting ``key`` (None when absent), store ``update(value)[0]`` and return
        ``update(value)[1]``, in one write transaction: two processes counting something
        in the same setting (wrong admin PINs) never lose a count."""
        with self.write() as conn:
            row = conn.execute(select(t.settings.c.value).where(t.settings.c.key == key)).first()
            value, result = update(json.loads(row[0]) if row else None)
            conn.execute(delete(t.settings).where(t.settings.c.key == key))
            conn.execute(insert(t.settings).values(key=key, value=json.dumps(value)))
        return result

    def audit(self, action: str, detail: str, peer_id: str = "") -> None:
        with self.write() as conn:
            conn.execute(
                insert(t.audit).values(
                    ts=time.time(), action=action, detail=detail, peer_id=peer_id
                )
            )

    def audit_log(self, limit: int = 500, action: str | None = None) -> list[Any]:
        query = select(t.audit).order_by(t.audit.c.id.desc()).limit(limit)
        if action:
            query = query.where(t.audit.c.action == action)
        return self.query(query)


def _missing(where: str, how: str) -> StoreMissing:
    return StoreMissing(
        f"This PC's records file ({where}) is {how}, although this data folder holds the "
        "PC's key and settings: the records were lost (a disk fault, or the file was moved "
        "or deleted). EduNode does not start with empty records in their place. Put the file "
        "back if you moved it, or restore the latest backup (see 'edunode repair' for where "
        "it is); then the other PCs of the school send what they hold at the next sync.",
        kind="missing",
        path=where,
    )


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # let SQLAlchemy's begin event issue BEGIN
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA busy_timeout=15000")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get("edunode_write")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _configure_postgresql(engine: Engine) -> None:
    """The write lock on PostgreSQL: ``BEGIN IMMEDIATE``'s guarantees (decision 0012a)."""

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if conn.get_execution_options().get("edunode_write"):
            # The first statement of the transaction: everything after it runs with the
            # lock held and (READ COMMITTED) sees every commit of the writers before.
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")
