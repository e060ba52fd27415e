"""The school's data in open formats (``edunode export``, issue 11 item 7).

An admin (PIN) writes every course, lesson, learner, enrolment, result, progress and
attendance record of *this* school into a new folder: one CSV file per kind and
``school.json`` holding everything in one document. For the head teacher's own use (a
spreadsheet) and for moving to other software; the choices are in docs/USER_GUIDE.md
("The school's data in open formats").

- Read through the Node only (``list_learners``, ``learner``, ``list_courses``, ``course``):
  the same views the CLI and the window show, nothing read around them.
- Only this school's learners: a PC may hold another school's learner documents (it moved
  schools, say), and those never appear. Courses: those this school owns, and any other
  school's community course one of its learners is enrolled in or has a record of, so every
  ID in the records finds its course.
- CSV: UTF-8 without a BOM, a header row, RFC 4180 quoting (the ``csv`` module, CRLF line
  ends), stable IDs in every row so the files join. A text cell that a spreadsheet would
  run as a formula (it starts with ``= + - @``, a tab or a carriage return) gets a leading
  apostrophe (:func:`cell`); ``school.json`` keeps every value exactly.
- Written safely: everything is read and rendered first, then written file by file
  (:func:`~edunode.files.atomic.write_atomic`, mode 0600) into a hidden folder beside the
  one asked for, which is renamed to it last. An export that fails or is interrupted never
  leaves a folder that looks whole.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import os
import secrets
import shutil
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Protocol

from edunode import __version__
from edunode.errors import ExportError
from edunode.files.atomic import WriteRefused, write_atomic


class SchoolRecords(Protocol):
    """What the export reads and calls: the Node (``Node.export_school`` passes itself)."""

    @property
    def node_id(self) -> str: ...
    @property
    def name(self) -> str: ...
    def check_admin_pin(self, pin: str | None) -> None: ...
    def school(self) -> dict[str, Any]: ...
    def school_names(self) -> dict[str, str]: ...
    def list_learners(self) -> list[dict[str, Any]]: ...
    def learner(self, learner_id: str) -> dict[str, Any]: ...
    def list_courses(self) -> list[dict[str, Any]]: ...
    def course(self, course_id: str) -> dict[str, Any]: ...
    def audit(self, action: str, detail: str) -> None: ...


FORMAT = "edunode-school-export"
VERSION = 1
JSON_FILE = "school.json"

#: Each CSV file's columns, in order. IDs come first; ``*_name`` and ``*_title`` columns
#: beside an ID are copies for reading (the ID is what joins).
COLUMNS: dict[str, tuple[str, ...]] = {
    "courses.csv": (
        "course_id", "title", "subject", "level", "language", "summary", "sharing",
        "owner_school_id", "owner_school_name", "modules", "lessons",
    ),
    "lessons.csv": (
        "lesson_id", "course_id", "course_title", "module_id", "module_title",
        "module_number", "lesson_number", "title", "body",
    ),
    "learners.csv": ("learner_id", "name", "birth_year", "guardian", "notes", "school_id"),
    "enrolments.csv": (
        "learner_id", "learner_name", "course_id", "course_title", "date", "status",
    ),
    "results.csv": (
        "result_id", "learner_id", "learner_name", "course_id", "course_title", "title",
        "score", "max", "date",
    ),
    "progress.csv": (
        "learner_id", "learner_name", "lesson_id", "lesson_title", "course_id", "completed",
        "minutes", "date",
    ),
    "attendance.csv": ("learner_id", "learner_name", "date", "present"),
}  # fmt: skip
FILES = (*COLUMNS, JSON_FILE)

# What a spreadsheet takes for the start of a formula (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


# --------------------------------------------------------------------------- reading


def collect(node: SchoolRecords, *, now: dt.datetime | None = None) -> dict[str, Any]:
    """Everything of this school as one plain document (what ``school.json`` holds)."""
    school = node.school()  # PermissionDenied when this PC has no school
    school_id = school["id"]
    learners = [
        _learner(node.learner(row["id"]))
        for row in node.list_learners()
        if row["school"] == school_id
    ]
    records = ("enrolments", "progress", "results")
    wanted = {e["course"] for le in learners for key in records for e in le[key]}
    names = node.school_names()
    courses = [
        _course(node.course(row["id"]), names)
        for row in node.list_courses()
        if row["school"] == school_id or row["id"] in wanted
    ]
    when = (now or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc)
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": when.isoformat(timespec="seconds").replace("+00:00", "Z"),
        "exported_by": {"node_id": node.node_id, "name": node.name, "edunode": __version__},
        "school": {"id": school_id, "name": school["name"], "members": school["members"]},
        "counts": {},  # filled in by tables(): one count per CSV file
        "courses": courses,
        "learners": learners,
    }


def _learner(view: Mapping[str, Any]) -> dict[str, Any]:
    keys = ("id", "name", "birth_year", "guardian", "notes", "school",
            "enrolments", "progress", "results", "attendance")  # fmt: skip
    return {k: view[k] for k in keys}


def _course(view: Mapping[str, Any], school_names: Mapping[str, str]) -> dict[str, Any]:
    """A course as the export shows it: list order is course order (no positions)."""
    return {
        "id": view["id"],
        **{k: view[k] for k in ("title", "subject", "level", "language", "summary")},
        "sharing": "community" if view["shared"] else "school",
        "owner_school": {"id": view["school"], "name": school_names.get(view["school"], "")},
        "maintainers": view["maintainers"],
        "modules": [
            {
                "id": m["id"],
                "title": m["title"],
                "lessons": [
                    {"id": le["id"], "title": le["title"], "body": le["body"]}
                    for le in m["lessons"]
                ],
            }
            for m in view["modules"]
        ],
    }


def tables(document: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The CSV files' rows (keyed as :data:`COLUMNS`), from :func:`collect`'s document;
    sets its ``counts``."""
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in COLUMNS}
    titles: dict[str, str] = {}
    lessons: dict[str, str] = {}
    for c in document["courses"]:
        titles[c["id"]] = c["title"]
        rows["courses.csv"].append({
            "course_id": c["id"], "title": c["title"], "subject": c["subject"],
            "level": c["level"], "language": c["language"], "summary": c["summary"],
            "sharing": c["sharing"], "owner_school_id": c["owner_school"]["id"],
            "owner_school_name": c["owner_school"]["name"], "modules": len(c["modules"]),
            "lessons": sum(len(m["lessons"]) for m in c["modules"]),
        })  # fmt: skip
        for m_number, m in enumerate(c["modules"], 1):
            for l_number, le in enumerate(m["lessons"], 1):
                lessons[le["id"]] = le["title"]
                rows["lessons.csv"].append({
                    "lesson_id": le["id"], "course_id": c["id"], "course_title": c["title"],
                    "module_id": m["id"], "module_title": m["title"],
                    "module_number": m_number, "lesson_number": l_number,
                    "title": le["title"], "body": le["body"],
                })  # fmt: skip
    for le in document["learners"]:
        who = {"learner_id": le["id"], "learner_name": le["name"]}
        rows["learners.csv"].append({
            "learner_id": le["id"], "name": le["name"], "birth_year": le["birth_year"],
            "guardian": le["guardian"], "notes": le["notes"], "school_id": le["school"],
        })  # fmt: skip
        for e in le["enrolments"]:
            rows["enrolments.csv"].append({
                **who, "course_id": e["course"], "course_title": titles.get(e["course"], ""),
                "date": e["date"], "status": e["status"],
            })  # fmt: skip
        for r in le["results"]:
            rows["results.csv"].append({
                "result_id": r["id"], **who, "course_id": r["course"],
                "course_title": titles.get(r["course"], ""), "title": r["title"],
                "score": r["score"], "max": r["max"], "date": r["date"],
            })  # fmt: skip
        for p in le["progress"]:
            rows["progress.csv"].append({
                **who, "lesson_id": p["lesson"], "lesson_title": lessons.get(p["lesson"], ""),
                "course_id": p["course"], "completed": p["completed"], "minutes": p["minutes"],
                "date": p["date"],
            })  # fmt: skip
        for a in le["attendance"]:
            rows["attendance.csv"].append({**who, "date": a["date"], "present": a["present"]})
    document["counts"] = {name.removesuffix(".csv"): len(r) for name, r in rows.items()}
    return rows


# --------------------------------------------------------------------------- rendering


def cell(value: Any) -> str:
    """One CSV cell: text a spreadsheet would run as a formula gets a leading apostrophe
    (shown, not run; the apostrophe is the whole change); booleans are ``true``/``false``,
    whole numbers have no ``.0``, nothing is empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, int):
        return str(value)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def render_csv(columns: Iterable[str], rows: Iterable[Mapping[str, Any]]) -> bytes:
    """RFC 4180: a header row, CRLF line ends, quotes where a cell needs them; UTF-8."""
    columns = list(columns)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(columns)
    writer.writerows([cell(row[c]) for c in columns] for row in rows)
    return buffer.getvalue().encode("utf-8")


def render(document: dict[str, Any]) -> dict[str, bytes]:
    """Every file's bytes, by name (:data:`FILES`)."""
    rows = tables(document)
    files = {name: render_csv(COLUMNS[name], rows[name]) for name in COLUMNS}
    files[JSON_FILE] = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode()
    return files


# --------------------------------------------------------------------------- writing


def check_folder(out: Path) -> None:
    """ExportError unless ``out`` is a folder that can be made, or an empty one."""
    if out.is_symlink():
        raise ExportError(f"{out} is a link: give a new folder to export into", path=str(out))
    if out.exists():
        if not out.is_dir():
            raise ExportError(
                f"{out} is a file, not a folder: give a new folder to export into", path=str(out)
            )
        try:
            empty = not any(out.iterdir())
        except OSError as exc:
            raise ExportError(f"{out} can't be read: {exc.strerror or exc}") from None
        if not empty:
            raise ExportError(
                f"the folder {out} is not empty: give a new or empty folder, so no file of "
                "an earlier export is mistaken for part of this one",
                path=str(out),
            )
    parent = out.parent
    if not parent.is_dir():
        raise ExportError(f"the folder {parent} does not exist", path=str(out))


def write_folder(out: Path, files: Mapping[str, bytes]) -> None:
    """Write ``files`` into a hidden folder beside ``out`` (each atomically, 0600), then
    rename that folder to ``out``; on any failure remove it again."""
    check_folder(out)
    staging = out.parent / f".{out.name}.{secrets.token_hex(6)}.partial"
    try:
        os.mkdir(staging, 0o700)
    except OSError as exc:
        hint = (  # the export is made beside the folder and renamed: it needs the parent
            f"; give a new folder inside it instead, e.g. {out / 'school-export'}"
            if out.is_dir()
            else ""
        )
        raise ExportError(
            f"can't write in {out.parent}: {exc.strerror or exc}{hint}", path=str(out)
        ) from None
    try:
        for name, data in files.items():
            write_atomic(staging, name, data, mode=0o600)
        _into_place(staging, out)
    except WriteRefused as exc:
        _remove(staging)
        raise ExportError(f"could not write the export into {out}: {exc}") from None
    except BaseException:
        _remove(staging)
        raise


def _into_place(staging: Path, out: Path) -> None:
    """Rename ``staging`` to ``out``; an empty folder there is replaced, nothing else."""
    try:
        if os.name == "nt" and out.is_dir():  # pragma: no cover - Windows renames no folder over
            os.rmdir(out)
        os.replace(staging, out)  # POSIX: atomically over an empty folder, never a full one
    except OSError as exc:  # write_folder removes the hidden folder
        if out.exists() and (not out.is_dir() or any(out.iterdir())):
            raise ExportError(
                f"{out} was filled while the export was written: nothing was exported",
                path=str(out),
            ) from None
        reason = exc.strerror or exc
        raise ExportError(f"could not write the export into {out}: {reason}") from None


def _remove(staging: Path) -> None:
    with contextlib.suppress(OSError):
        shutil.rmtree(staging)


def _count(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def export_school(node: SchoolRecords, out: Path, pin: str | None) -> dict[str, Any]:
    """Write this school's data to the new folder ``out`` (admin PIN) and return what was
    written: the folder, the school, and per file its rows (CSV) or records (JSON)."""
    node.check_admin_pin(pin)
    out = Path(os.path.abspath(out))
    check_folder(out)  # before the reading: a wrong folder is said at once
    document = collect(node)
    files = render(document)
    write_folder(out, files)
    counts = document["counts"]
    node.audit(
        "school_export",
        f"school data exported to {out}: {_count(counts['learners'], 'learner')}, "
        f"{_count(counts['courses'], 'course')}",
    )
    rows = {f"{kind}.csv": {"rows": n} for kind, n in counts.items()}
    rows[JSON_FILE] = {"courses": counts["courses"], "learners": counts["learners"]}
    return {
        "path": str(out),
        "school": document["school"]["name"],
        "school_id": document["school"]["id"],
        "files": {
            name: {"path": str(out / name), "bytes": len(data), **rows[name]}
            for name, data in files.items()
        },
    }
