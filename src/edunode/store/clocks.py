"""What the change log holds per document and author: the reads that sync is built on.

A node's set of changes of one document is closed under dependencies (nothing is stored
before its dependencies) and each author's changes form one chain (``seq`` 1, 2, 3, … each
depending on the one before). So the set is described exactly by a *clock*: for each author,
its highest ``seq`` and the hash of that change. Two nodes with equal clocks hold the same
changes, and what a peer lacks is, per author, the changes above the ``seq`` it has. The
hash guards against one author having written two different changes with the same ``seq``
(a PC restored from an old backup): equal numbers with different hashes are detected
instead of being taken as equal.

These are read from the store alone, without loading any Automerge document: that keeps
the sending side of a bulk sync to a few indexed queries.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import and_, func, or_, select

from edunode.store import schema as t
from edunode.store.repo import Store

#: author key -> (highest seq, hash of that change)
Clock = dict[bytes, tuple[int, bytes]]

_CHUNK = 500  # parameters per IN (...) query
_MAX_OR = 64  # above this many authors, filter in Python rather than in SQL
_REREAD_AFTER = 5_000  # new log entries above which kept clocks are read again whole


@dataclass(frozen=True)
class Row:
    hash: bytes
    actor: bytes
    seq: int
    data: bytes
    signature: bytes | None


def _chunks(items: Sequence[str]) -> Iterable[list[str]]:
    for i in range(0, len(items), _CHUNK):
        yield list(items[i : i + _CHUNK])


def clocks(store: Store, doc_ids: Sequence[str]) -> dict[str, Clock]:
    """The clock of each document in ``doc_ids`` (documents without changes are absent).

    Every session starts with the clocks of every document in scope, so they are kept in
    memory per store and brought up to date from the log's newest position: only documents
    with entries after the position last seen are read again (whoever wrote them, this
    process or a CLI beside it). Inside a write transaction they are read from the database,
    which then includes what that transaction has not committed yet.
    """
    if store.writing():
        return _read_clocks(store, doc_ids)
    cache: _ClockCache = store.extras.setdefault("clocks", _ClockCache())
    with cache.lock:
        position = log_position(store)
        if cache.clocks is None or position - cache.position > _REREAD_AFTER:
            cache.clocks = _read_clocks(store, None)  # after a bulk sync: one grouped scan
        elif position != cache.position:
            changed, _ = changed_since(store, cache.position)
            cache.clocks.update(_read_clocks(store, sorted(changed)))
        cache.position = position
        known = cache.clocks
        return {d: dict(known[d]) for d in doc_ids if d in known}


@dataclass
class _ClockCache:
    clocks: dict[str, Clock] | None = None
    position: int = 0  # the log position ``clocks`` reflects (at least)
    lock: threading.Lock = field(default_factory=threading.Lock)


def _read_clocks(store: Store, doc_ids: Sequence[str] | None) -> dict[str, Clock]:
    """Clocks from the database: of ``doc_ids``, or of every document (None)."""
    c = t.changes
    out: dict[str, Clock] = {}
    wanted = set(doc_ids) if doc_ids is not None else None
    everything = wanted is None or len(wanted) > 4 * _CHUNK
    groups = [None] if everything else list(_chunks(sorted(wanted or ())))
    for group in groups:
        top = select(c.c.doc_id, c.c.actor, func.max(c.c.seq).label("top"))
        if group is not None:
            top = top.where(c.c.doc_id.in_(group))
        sub = top.group_by(c.c.doc_id, c.c.actor).subquery()
        query = select(c.c.doc_id, c.c.actor, c.c.seq, c.c.hash).join(
            sub,
            and_(c.c.doc_id == sub.c.doc_id, c.c.actor == sub.c.actor, c.c.seq == sub.c.top),
        )
        for r in store.query(query):
            if wanted is None or r["doc_id"] in wanted:
                out.setdefault(r["doc_id"], {})[r["actor"]] = (int(r["seq"]), r["hash"])
    return out


def _rows(store: Store, where: object) -> list[tuple[str, Row]]:
    c = t.changes.c
    query = (
        select(c.doc_id, c.hash, c.actor, c.seq, c.data, c.signature)
        .where(where)  # type: ignore[arg-type]
        .order_by(c.seq_no)
    )
    return [
        (r["doc_id"], Row(r["hash"], r["actor"], int(r["seq"]), r["data"], r["signature"]))
        for r in store.query(query)
    ]


def all_changes(store: Store, doc_ids: Sequence[str]) -> dict[str, list[Row]]:
    """Every change of each document, in log (causal) order."""
    out: dict[str, list[Row]] = {d: [] for d in doc_ids}
    for group in _chunks(list(doc_ids)):
        for doc_id, row in _rows(store, t.changes.c.doc_id.in_(group)):
            out[doc_id].append(row)
    return out


def changes_from(store: Store, doc_id: str, have: Mapping[bytes, int]) -> list[Row]:
    """The changes of ``doc_id`` whose ``seq`` is at least ``have[author]`` (all changes of
    authors not in ``have``), in log order. The change *at* ``have[author]`` is included so
    the caller can check that both sides mean the same change by that number."""
    c = t.changes.c
    where = c.doc_id == doc_id
    if have and len(have) <= _MAX_OR:
        where = and_(
            where,
            or_(
                c.actor.not_in(list(have)),
                *(and_(c.actor == a, c.seq >= s) for a, s in have.items()),
            ),
        )
    rows = [row for _, row in _rows(store, where)]
    return [r for r in rows if r.seq >= have.get(r.actor, 0)]


def changed_since(store: Store, seq_no: int) -> tuple[dict[str, str], int]:
    """Documents with log entries after position ``seq_no``, each with the origin of those
    entries ("" when several), and the newest position."""
    c = t.changes.c
    rows = store.query(
        select(c.doc_id, c.origin, func.max(c.seq_no).label("top"))
        .where(c.seq_no > seq_no)
        .group_by(c.doc_id, c.origin)
    )
    newest = max((int(r["top"]) for r in rows), default=seq_no)
    origins: dict[str, str] = {}
    for r in rows:
        origins[r["doc_id"]] = r["origin"] if r["doc_id"] not in origins else ""
    return origins, newest


def log_position(store: Store) -> int:
    """The newest position in the change log (0 when empty)."""
    rows = store.query(select(func.max(t.changes.c.seq_no).label("top")))
    return int(rows[0]["top"] or 0)
