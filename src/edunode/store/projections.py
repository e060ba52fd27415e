"""Turn a document's plain view into rows of the read projections, and compare them."""

from __future__ import annotations

import time
from collections.abc import Collection
from typing import Any

from sqlalchemy import Connection, delete, select

from edunode.collation import Collator
from edunode.store import schema as t
from edunode.store.bulk import bulk_insert


def course_rows(
    doc_id: str, meta_school: str, scope: str, view: dict[str, Any]
) -> dict[Any, list[dict[str, Any]]]:
    lessons = []
    ordinal = 0
    for module in view["modules"]:
        for lesson in module["lessons"]:
            lessons.append(
                {
                    "id": lesson["id"],
                    "course_id": doc_id,
                    "module_id": module["id"],
                    "module_title": module["title"],
                    "title": lesson["title"],
                    "ordinal": ordinal,
                }
            )
            ordinal += 1
    course = {
        "id": doc_id,
        "title": view["title"],
        "title_fold": view["title"].casefold(),
        "subject": view["subject"],
        "level": view["level"],
        "language": view["language"],
        "summary": view["summary"],
        "school": meta_school,
        "scope": scope,
        "maintainers": ",".join(view["maintainers"]),
        "modules": len(view["modules"]),
        "lessons": len(lessons),
    }
    return {t.p_courses: [course], t.p_lessons: lessons}


def learner_rows(doc_id: str, school: str, view: dict[str, Any]) -> dict[Any, list[dict[str, Any]]]:
    return {
        t.p_learners: [
            {
                "id": doc_id,
                "name": view["name"],
                "name_fold": view["name"].casefold(),
                "birth_year": view["birth_year"],
                "school": school,
                "enrolments": sum(1 for e in view["enrolments"] if e["status"] == "active"),
            }
        ],
        t.p_enrolments: [
            {
                "learner_id": doc_id,
                "course_id": e["course"],
                "status": e["status"],
                "date": e["date"],
            }
            for e in view["enrolments"]
        ],
        t.p_progress: [
            {
                "learner_id": doc_id,
                "lesson_id": p["lesson"],
                "course_id": p["course"],
                "completed": p["completed"],
                "minutes": p["minutes"],
            }
            for p in view["progress"]
        ],
        t.p_results: [
            {
                "learner_id": doc_id,
                "result_id": r["id"],
                "course_id": r["course"],
                "title": r["title"],
                "score": r["score"],
                "max": r["max"],
                "date": r["date"],
            }
            for r in view["results"]
        ],
        t.p_attendance: [
            {"learner_id": doc_id, "date": a["date"], "present": a["present"]}
            for a in view["attendance"]
        ],
    }


COLLECTION_TABLES = {
    "enrolments": t.p_enrolments,
    "progress": t.p_progress,
    "results": t.p_results,
    "attendance": t.p_attendance,
}


def tables_for(collections: frozenset[str]) -> set[Any]:
    """Learner projection tables to refresh when these collections changed (the learner's
    own row always: it counts enrolments and carries ``updated``)."""
    return {t.p_learners, t.p_enrolments} | {
        COLLECTION_TABLES[c] for c in collections if c in COLLECTION_TABLES
    }


def _key_column(table: Any) -> Any:
    return (
        table.c.id
        if "id" in table.c and table is not t.p_lessons
        else (table.c.course_id if table is t.p_lessons else table.c.learner_id)
    )


def with_sort_keys(
    table: Any, items: list[dict[str, Any]], collator: Collator
) -> list[dict[str, Any]]:
    """``items`` with their collation key, for the tables lists are ordered by."""
    source = t.SORTED_BY.get(table.name)
    if source is None:
        return items
    return [{**item, "sort_key": collator.key(item[source])} for item in items]


def replace_many(
    conn: Connection,
    by_doc: dict[str, dict[Any, list[dict[str, Any]]]],
    new: Collection[str] = (),
    collator: Collator | None = None,
) -> None:
    """Replace the projection rows of many documents: one DELETE and one INSERT per table.
    Documents in ``new`` were created in this transaction: they have no rows to delete.
    Rows of the list tables get their collation key from ``collator`` (root order: None)."""
    collator = collator or Collator()
    now = time.time()
    tables: dict[Any, tuple[list[str], list[dict[str, Any]]]] = {}
    for doc_id, rows in by_doc.items():
        for table, items in rows.items():
            ids, all_items = tables.setdefault(table, ([], []))
            if doc_id not in new:
                ids.append(doc_id)
            all_items.extend(items)
    for table, (ids, items) in tables.items():
        for i in range(0, len(ids), 500):
            conn.execute(delete(table).where(_key_column(table).in_(ids[i : i + 500])))
        if items:
            if "updated" in table.c:
                items = [{**item, "updated": now} for item in items]
            bulk_insert(conn, table, with_sort_keys(table, items, collator))


def changed_tables(
    fresh: dict[Any, list[dict[str, Any]]], before: dict[Any, list[dict[str, Any]]] | None
) -> dict[Any, list[dict[str, Any]]]:
    """The projection tables to rewrite for one document: those whose rows differ from what
    we last wrote (all when unknown), and always the main row, which carries ``updated``.
    Recording one result then rewrites the learner's results, not also their attendance,
    progress and enrolments."""
    if before is None:
        return fresh
    return {
        table: items
        for table, items in fresh.items()
        if "updated" in table.c or before.get(table) != items
    }


def differences(
    conn: Connection,
    doc_id: str,
    rows: dict[Any, list[dict[str, Any]]],
    collator: Collator | None = None,
) -> list[str]:
    """Names of projection tables whose rows for ``doc_id`` differ from ``rows`` (with their
    collation keys made by ``collator``)."""
    problems = []
    for table, expected in rows.items():
        expected = with_sort_keys(table, expected, collator or Collator())
        cols = [c for c in table.c if c.name != "updated"]
        stored = conn.execute(select(*cols).where(_key_column(table) == doc_id)).mappings().all()

        def norm(items: Any, cols: list[Any] = cols) -> list[tuple[Any, ...]]:
            return sorted(tuple(str(item[c.name]) for c in cols) for item in items)

        if norm(stored) != norm(expected):
            problems.append(table.name)
    return problems
