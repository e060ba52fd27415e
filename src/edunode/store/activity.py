"""The teaching-activity feed, derived from the change log (issue 12 item 13).

The log knows, for every change, its document, its author (the actor key), where it came
from (``origin``: ``local``, the peer that sent it, ``bundle:…``) and when it was stored.
:meth:`ActivityRecords.feed` reads the newest changes to courses and learners and folds
runs of changes to one document by one author from one origin into one entry; the
document's title comes from the projections (``p_courses.title``, ``p_learners.name``) and
what the changes did from the map keys they write (``crdt.columns.map_keys``), which
service/ puts in words (``domain.course.activity`` / ``domain.learner.activity``).
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from edunode.crdt.binary import parse_header
from edunode.crdt.columns import map_keys
from edunode.store import schema as t
from edunode.store.repo import Store

GAP_SECONDS = 600.0  # changes further apart than this start a new entry
KINDS = ("course", "learner")


@dataclass
class ActivityEntry:
    doc_id: str
    kind: str  # course | learner
    title: str  # the course's title or the learner's name ("" when not projected)
    actor: bytes  # who wrote the changes
    origin: str  # local, a peer's node ID, bundle:…
    first: float  # when the earliest of them was stored here
    last: float  # … and the newest
    changes: int = 0
    created: bool = False  # the entry holds the document's first change
    keys: set[str] = field(default_factory=set)  # map keys the changes wrote

    def as_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "kind": self.kind,
            "title": self.title,
            "actor": self.actor,
            "origin": self.origin,
            "first": self.first,
            "last": self.last,
            "changes": self.changes,
            "created": self.created,
            "keys": frozenset(self.keys),
        }


class ActivityRecords:
    def __init__(self, store: Store) -> None:
        self.store = store

    def feed(self, limit: int = 5000, *, received_only: bool = False) -> list[dict[str, Any]]:
        """Entries for the newest ``limit`` changes to courses and learners, newest first.
        ``received_only`` keeps changes that came from elsewhere (not made on this PC)."""
        c, d = t.changes, t.documents
        query = (
            select(
                c.c.doc_id,
                c.c.actor,
                c.c.seq,
                c.c.origin,
                c.c.received,
                c.c.data,
                d.c.kind,
                d.c.founder,
            )  # fmt: skip
            .join(d, d.c.doc_id == c.c.doc_id)
            .where(d.c.kind.in_(KINDS))
            .order_by(c.c.seq_no.desc())
            .limit(limit)
        )
        if received_only:
            query = query.where(c.c.origin != "local")
        rows = self.store.query(query)
        entries: list[ActivityEntry] = []
        open_entries: dict[tuple[str, bytes, str], ActivityEntry] = {}
        for r in rows:  # newest first
            key = (r["doc_id"], bytes(r["actor"]), r["origin"])
            entry = open_entries.get(key)
            if entry is None or entry.first - r["received"] > GAP_SECONDS:
                entry = ActivityEntry(
                    r["doc_id"], r["kind"], "", key[1], r["origin"], r["received"], r["received"]
                )
                open_entries[key] = entry
                entries.append(entry)
            entry.first = min(entry.first, r["received"])
            entry.changes += 1
            if r["seq"] == 1 and _genesis(bytes(r["data"])):
                entry.created = True
            with suppress(ValueError):  # a compressed or odd change: counted, not described
                entry.keys |= map_keys(bytes(r["data"]))
        self._titles(entries)
        return [e.as_dict() for e in entries]

    def _titles(self, entries: list[ActivityEntry]) -> None:
        for kind, table, column in (
            ("course", t.p_courses, t.p_courses.c.title),
            ("learner", t.p_learners, t.p_learners.c.name),
        ):
            ids = sorted({e.doc_id for e in entries if e.kind == kind})
            titles: dict[str, str] = {}
            for i in range(0, len(ids), 500):
                for r in self.store.query(
                    select(table.c.id, column.label("title")).where(
                        table.c.id.in_(ids[i : i + 500])
                    )
                ):
                    titles[r["id"]] = r["title"]
            for e in entries:
                if e.kind == kind:
                    e.title = titles.get(e.doc_id, "")


def _genesis(data: bytes) -> bool:
    """Whether a change is a document's first (it depends on nothing)."""
    try:
        return not parse_header(data).deps
    except ValueError:
        return False
