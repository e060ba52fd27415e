"""The record commands of ``edunode``: init, id, status, check, courses, lessons, learners,
enrolments, progress, results, attendance, and the export of them all. No business rules live
here: each command calls Node methods, which validate and write.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from edunode.cli.common import (
    Out,
    add_command,
    fields,
    new_pin,
    new_pin_option,
    pin,
    pin_option,
    plural,
    table,
)
from edunode.errors import ValidationError

if TYPE_CHECKING:  # the Node (SQLAlchemy, automerge) is imported only once a command runs
    from edunode.service.node import Node


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add the record subcommands to ``commands`` (an argparse subparsers group)."""

    def add(group: Any, name: str, func: Any, help: str) -> argparse.ArgumentParser:
        return add_command(group, common, name, func, help)

    def ids(p: argparse.ArgumentParser, *names: str) -> None:
        for name in names:
            p.add_argument(f"{name}_id", metavar=f"{name.upper()}_ID")

    def body_options(p: argparse.ArgumentParser) -> None:
        body = p.add_mutually_exclusive_group()
        body.add_argument("--body", metavar="TEXT", help="lesson text")
        body.add_argument("--body-file", metavar="PATH", help="read the lesson text from a file")

    p = add(commands, "init", cmd_init, "make a new node in the data folder")
    p.set_defaults(without_node=True)
    p.add_argument("--name", required=True, metavar="NODE_NAME", help="a name for this PC")
    school = p.add_mutually_exclusive_group(required=True)
    school.add_argument("--school", metavar="SCHOOL_NAME", help="found a new school with this name")
    school.add_argument("--join", action="store_true", help="no school yet: join one later")
    school.add_argument(
        "--archive",
        action="store_true",
        help="a headless archive for a district: no school; schools link to it as a "
        "community peer and it keeps and relays their shared courses and profiles",
    )
    p.add_argument(
        "--store-url",
        metavar="URL",
        help="keep the store in this database, e.g. postgresql://USER@HOST/DB "
        "(default: SQLite in the data folder)",
    )
    new_pin_option(p)
    add(commands, "id", cmd_id, "show this node's ID, name and school")
    add(commands, "status", cmd_status, "show the node and what its store holds")
    add(commands, "check", cmd_check, "verify every stored change, signature and projection")
    p = add(
        commands,
        "repair",
        cmd_repair,
        "mend a damaged store: salvage the file, drop damaged changes, rebuild the rest",
    )
    p.set_defaults(without_node=True)  # it opens a store that may not open

    course = commands.add_parser("course", parents=[common], help="create, list and show courses")
    course_cmds = course.add_subparsers(dest="subcommand", metavar="ACTION", required=True)
    p = add(course_cmds, "create", cmd_course_create, "create a course")
    p.add_argument("--title", required=True)
    for opt in ("subject", "level", "summary"):
        p.add_argument(f"--{opt}", default="")
    p.add_argument("--language", metavar="CODE", default="", help="e.g. en, fr, sw, pt-BR")
    p.add_argument("--private", action="store_true", help="keep the course inside this school")
    p = add(course_cmds, "list", cmd_course_list, "list courses")
    p.add_argument("--search", metavar="Q", default="")
    p = add(course_cmds, "show", cmd_course_show, "show a course with its modules and lessons")
    ids(p, "course")
    for name, func, text in (
        ("share", cmd_course_share, "let another school's PCs edit a course of this school"),
        ("unshare", cmd_course_unshare, "stop another school editing a course of this school"),
    ):
        p = add(course_cmds, name, func, f"{text} (admin PIN)")
        ids(p, "course")
        p.add_argument("--school", required=True, metavar="SCHOOL_ID")
        pin_option(p)

    lesson = commands.add_parser("lesson", parents=[common], help="add and edit lessons")
    lesson_cmds = lesson.add_subparsers(dest="subcommand", metavar="ACTION", required=True)
    p = add(lesson_cmds, "add", cmd_lesson_add, "add a lesson to a module (made if new)")
    ids(p, "course")
    p.add_argument("--module", required=True, metavar="MODULE_TITLE")
    p.add_argument("--title", required=True)
    body_options(p)
    p = add(lesson_cmds, "edit", cmd_lesson_edit, "replace a lesson's text and/or title")
    ids(p, "lesson")
    p.add_argument("--title")
    body_options(p)

    learner = commands.add_parser("learner", parents=[common], help="add, list and show learners")
    learner_cmds = learner.add_subparsers(dest="subcommand", metavar="ACTION", required=True)
    p = add(learner_cmds, "add", cmd_learner_add, "add a learner to this school")
    p.add_argument("--name", required=True)
    p.add_argument("--birth-year", type=int, metavar="YYYY")
    p.add_argument("--guardian", metavar="TEXT", help="guardian contact")
    p = add(learner_cmds, "list", cmd_learner_list, "list learners")
    p.add_argument("--search", metavar="Q", default="")
    p.add_argument("--course", metavar="ID", help="only learners enrolled in this course")
    p.add_argument(
        "--all", action="store_true", help="with the learners transferred to other schools"
    )
    p = add(learner_cmds, "show", cmd_learner_show, "show a learner's full record")
    ids(p, "learner")
    p = add(learner_cmds, "purge", cmd_learner_purge, "delete a learner transferred away from "
            "every PC of this school, keeping only the ID and date (admin PIN)")  # fmt: skip
    ids(p, "learner")
    pin_option(p)
    p = add(learner_cmds, "plan", cmd_learner_plan, "set the learner's own pace in a course")
    ids(p, "learner")
    p.add_argument("--course", required=True, metavar="COURSE_ID")
    p.add_argument("--pace", required=True, type=int, metavar="N", help="lessons a week, 1-50")
    p = add(
        learner_cmds,
        "import-csv",
        cmd_learner_import_csv,
        "add a whole class from a CSV file (name, birth year, guardian): all rows or none",
    )
    p.add_argument("file", metavar="FILE", help="the class list (UTF-8 CSV, ',' or ';')")
    p.add_argument("--course", metavar="COURSE_ID", help="also enrol them all in this course")

    p = add(commands, "enrol", cmd_enrol, "enrol a learner in a course")
    ids(p, "learner", "course")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="default: today")
    p = add(commands, "progress", cmd_progress, "record a completed lesson")
    ids(p, "learner", "lesson")
    p.add_argument("--minutes", type=int, default=0, metavar="N")
    p = add(commands, "result", cmd_result, "record an assessment result")
    ids(p, "learner", "course")
    p.add_argument("--title", required=True)
    p.add_argument("--score", required=True, type=float, metavar="S")
    p.add_argument("--max", required=True, type=float, metavar="M")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="default: today")
    p = add(commands, "attendance", cmd_attendance, "record attendance for a day")
    ids(p, "learner")
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    presence = p.add_mutually_exclusive_group(required=True)
    presence.add_argument("--present", dest="present", action="store_true")
    presence.add_argument("--absent", dest="present", action="store_false")

    p = add(
        commands,
        "export",
        cmd_export,
        "write all of this school's records to a new folder as CSV files and one JSON file "
        "(admin PIN)",
    )
    p.add_argument(
        "--out", required=True, metavar="DIR", help="a new (or empty) folder to write into"
    )
    pin_option(p)


# ---------------------------------------------------------------------- output


def _node_text(info: dict[str, Any], *more: tuple[str, Any]) -> str:
    school = info["school"] or "(none yet: this node will join a school over the network)"
    if info.get("archive"):
        school = "(none: an archive; schools link to it as a community peer)"
    return fields([("node ID", info["node_id"]), ("name", info["name"]), ("school", school), *more])


def _course_text(c: dict[str, Any]) -> str:
    head = [
        ("course", f"{c['title']} [{c['id']}]"),
        ("subject", c["subject"]),
        ("level", c["level"]),
        ("language", c["language"]),
        ("summary", c["summary"]),
        ("sharing", "shared with the community" if c["shared"] else "private to this school"),
        ("adapted from", _source(c.get("adapted_from"))),
        ("maintained by", ", ".join(
            f"{m['name'] or m['id']}" + (" (owner)" if m["owner"] else "")
            for m in c.get("maintained_by", [])
        )),
    ]  # fmt: skip
    lines = [fields([p for p in head if p[1]])]
    for module in c["modules"]:
        lines.append(f"  module {module['title']} [{module['id']}]")
        lines += [f"    lesson {le['title']} [{le['id']}]" for le in module["lessons"]]
    if not c["modules"]:
        lines.append("  (no lessons yet)")
    return "\n".join(lines)


def _source(a: dict[str, Any] | None) -> str:
    """An adapted course's original: «title» by school [course ID] (cli/adapt.py)."""
    return f"«{a['title']}» by {a['school_name'] or a['school']} [{a['course']}]" if a else ""


def _learner_text(le: dict[str, Any]) -> str:
    head = [("learner", f"{le['name']} [{le['id']}]"), ("birth year", le["birth_year"] or "-"),
            ("guardian", le["guardian"] or "-"), ("school", le["school"] or "-")]  # fmt: skip
    if le.get("status") == "transferred":
        to = le["transferred_to"] or "an open release (whichever school imports it)"
        head.append(("status", f"transferred to {to} on {le['transferred_on']} (read-only)"))
    sections = {
        "enrolments": [
            f"{e['course']}  since {e['date']}  ({e['status']})" for e in le["enrolments"]
        ],
        "progress": [
            f"{p['lesson']}  {'completed' if p['completed'] else 'started'}  {p['minutes']} min"
            f"  {p['date']}" for p in le["progress"]
        ],
        "results": [
            f"{r['date']}  {r['title']}  {r['score']:g}/{r['max']:g}  course {r['course']}"
            for r in le["results"]
        ],
        "attendance": [
            f"{a['date']}  {'present' if a['present'] else 'absent'}" for a in le["attendance"]
        ],
        "pathway": [
            f"{p['course']}  {p['status']}  {p['done']} of {p['total']} lessons done, "
            f"{p['expected']} expected at {p['pace']} a week" for p in le.get("pathway", [])
        ],
        "goals": [
            f"{le['id']}/{g['goal']}  {'done' if g['done'] else 'open'}  {g['text']}"
            + (f"  by {g['by']}" if g["by"] else "") for g in le["goals"]
        ],
    }  # fmt: skip
    lines = [fields(head)]
    for title, items in sections.items():
        lines += [f"{title}:" + ("" if items else " none"), *(f"  {item}" for item in items)]
    return "\n".join(lines)


# ---------------------------------------------------------------------- commands


def _read_body(args: argparse.Namespace) -> str | None:
    if getattr(args, "body_file", None) is None:
        return getattr(args, "body", None)
    path = Path(args.body_file)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValidationError(f"the body file {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise ValidationError(f"cannot read the body file {path}: {reason}") from None


def _find_lesson(node: Node, lesson_id: str) -> dict[str, Any]:
    course_id = node.lesson_course(lesson_id)
    for module in node.course(course_id)["modules"]:
        for lesson in module["lessons"]:
            if lesson["id"] == lesson_id:
                return {"id": lesson_id, "course": course_id, "module": module["id"],
                        "module_title": module["title"], "title": lesson["title"],
                        "body": lesson["body"]}  # fmt: skip
    raise ValidationError(f"lesson {lesson_id} is not in its course any more")


def _learner_entry(node: Node, learner_id: str, section: str, key: str, value: str) -> Any:
    entries = [e for e in node.learner(learner_id)[section] if e[key] == value]
    return {"learner": learner_id, **(entries[-1] if entries else {key: value})}


def cmd_init(args: argparse.Namespace) -> Out:
    from edunode.service.node import Node

    with Node.init(
        args.home,
        name=args.name,
        school_name=args.school,
        admin_pin=new_pin(args),
        store_url=args.store_url,
        archive=args.archive,
    ) as node:
        return Out(node.info(), _node_text)


def cmd_id(node: Node, args: argparse.Namespace) -> Out:
    return Out(node.info(), _node_text)


def cmd_status(node: Node, args: argparse.Namespace) -> Out:
    backend = node.store.backend()
    sqlite = backend == "sqlite" and node.store.url == f"sqlite:///{node.paths.db}"
    store = str(node.paths.db) if sqlite else node.store.public_url()  # never the password
    counts = {"courses": len(node.list_courses()), "learners": node.count_learners()}
    backups = node.backups.status()
    replaced_by = node.membership.replaced_by()
    status = {**node.info(), **counts, "store": store, "backend": backend,
              "backup": backups, "replaced_by": replaced_by}  # fmt: skip
    last = backups["last_backup"] or "never"
    more = [("backup", f"last made {last}" if backups["last_backup"] else "never made")]
    if replaced_by:
        more.append(("replaced", f"by {replaced_by} (a restored backup): this PC no longer "
                                 "writes the school's records"))  # fmt: skip
    if backups["warning"]:
        more.append(("warning", backups["warning"]))
    return Out(
        status,
        lambda s: _node_text(s, *counts.items(), ("store", store), ("backend", backend), *more),
    )


def cmd_course_create(node: Node, args: argparse.Namespace) -> Out:
    course_id = node.create_course(
        args.title, args.subject, args.level, args.language, args.summary, shared=not args.private
    )
    return Out(node.course(course_id), lambda c: c["id"])


def cmd_course_list(node: Node, args: argparse.Namespace) -> Out:
    cols = [("id", "ID"), ("title", "TITLE"), ("subject", "SUBJECT"), ("level", "LEVEL"),
            ("language", "LANG"), ("lessons", "LESSONS")]  # fmt: skip
    return Out(node.list_courses(args.search), lambda rows: table(rows, cols, "no courses"))


def cmd_course_show(node: Node, args: argparse.Namespace) -> Out:
    return Out(node.course(args.course_id), _course_text)


def cmd_course_share(node: Node, args: argparse.Namespace) -> Out:
    return Out(node.share_course(args.course_id, args.school, pin(args)), _course_text)


def cmd_course_unshare(node: Node, args: argparse.Namespace) -> Out:
    return Out(node.unshare_course(args.course_id, args.school, pin(args)), _course_text)


def cmd_lesson_add(node: Node, args: argparse.Namespace) -> Out:
    body = _read_body(args) or ""
    lesson_id = node.add_lesson(args.course_id, args.module, args.title, body)
    return Out(_find_lesson(node, lesson_id), lambda le: le["id"])


def cmd_lesson_edit(node: Node, args: argparse.Namespace) -> Out:
    body = _read_body(args)
    if body is None and args.title is None:
        raise ValidationError("nothing to change: give --body, --body-file or --title")
    node.edit_lesson(args.lesson_id, body=body, title=args.title)
    return Out(_find_lesson(node, args.lesson_id), lambda le: f"lesson {le['id']} saved")


def cmd_learner_add(node: Node, args: argparse.Namespace) -> Out:
    learner_id = node.add_learner(args.name, args.birth_year, args.guardian)
    return Out(node.learner(learner_id), lambda le: le["id"])


def cmd_learner_list(node: Node, args: argparse.Namespace) -> Out:
    if args.course:
        node.course(args.course)  # an unknown course is an error, not an empty list
    rows = node.list_learners(args.search, course_id=args.course, everyone=args.all)
    cols = [("id", "ID"), ("name", "NAME"), ("birth_year", "BORN"), ("enrolments", "COURSES")]
    if args.all:  # who is still here, and who moved on
        ours = node.school_id
        rows = [{**r, "status": "active" if r["school"] == ours else "transferred"} for r in rows]
        cols.append(("status", "STATUS"))
    return Out(rows, lambda r: table(r, cols, "no learners"))


def cmd_learner_import_csv(node: Node, args: argparse.Namespace) -> Out:
    from edunode.service.class_list import read_class_list_file

    class_list = read_class_list_file(args.file)
    learner_ids = node.import_class_list(class_list, args.course)
    rows = [{"id": i, "name": r.name, "birth_year": r.birth_year}
            for i, r in zip(learner_ids, class_list.rows, strict=True)]  # fmt: skip

    def human(found: list[dict[str, Any]]) -> str:
        where = f", enrolled in {args.course}" if args.course else ""
        return f"imported {plural(len(found), 'learner')}{where}"

    return Out(rows, human)


def cmd_learner_show(node: Node, args: argparse.Namespace) -> Out:
    record = node.learner(args.learner_id)
    return Out({**record, "pathway": node.pathway_status(args.learner_id)}, _learner_text)


def cmd_learner_purge(node: Node, args: argparse.Namespace) -> Out:
    def human(d: dict[str, Any]) -> str:
        if not d["removed"]:
            return f"learner {d['id']} was purged on {d['date']} already"
        return (f"learner {d['id']} purged from this PC on {d['date']}; the school's other "
                "PCs do so as they receive the school's document")  # fmt: skip

    return Out(node.purge_learner(args.learner_id, pin(args)), human)


def cmd_learner_plan(node: Node, args: argparse.Namespace) -> Out:
    node.set_plan(args.learner_id, args.course, args.pace)
    entry = _learner_entry(node, args.learner_id, "plans", "course", args.course)
    return Out(entry, lambda e: f"{e['learner']}: {e['pace']} lessons a week in {e['course']}")


def cmd_enrol(node: Node, args: argparse.Namespace) -> Out:
    node.enrol(args.learner_id, args.course_id, args.date)
    entry = _learner_entry(node, args.learner_id, "enrolments", "course", args.course_id)
    return Out(entry, lambda e: f"enrolled {e['learner']} in {e['course']} from {e['date']}")


def cmd_progress(node: Node, args: argparse.Namespace) -> Out:
    node.record_progress(args.learner_id, args.lesson_id, args.minutes)
    entry = _learner_entry(node, args.learner_id, "progress", "lesson", args.lesson_id)
    return Out(entry, lambda e: f"{e['lesson']} completed ({e['minutes']} min)")


def cmd_result(node: Node, args: argparse.Namespace) -> Out:
    result_id = node.record_result(
        args.learner_id, args.course_id, args.title, args.score, args.max, args.date
    )
    entry = _learner_entry(node, args.learner_id, "results", "id", result_id)
    return Out(entry, lambda e: e["id"])


def cmd_attendance(node: Node, args: argparse.Namespace) -> Out:
    node.record_attendance(args.learner_id, args.date, args.present)
    day = dt.date.fromisoformat(args.date.strip()).isoformat()  # as the Node stored it
    entry = _learner_entry(node, args.learner_id, "attendance", "date", day)
    return Out(entry, lambda e: f"{e['date']}: {'present' if e['present'] else 'absent'}")


def cmd_export(node: Node, args: argparse.Namespace) -> Out:
    done = node.export_school(args.out, pin(args))

    def human(d: dict[str, Any]) -> str:
        files = d["files"]
        lines = [f"{d['school']}'s data written to {d['path']}:"]
        lines += [f"  {name}  {plural(f['rows'], 'row')}" for name, f in files.items()
                  if "rows" in f]  # fmt: skip
        whole = files["school.json"]
        lines.append(f"  school.json  {plural(whole['learners'], 'learner')}, "
                     f"{plural(whole['courses'], 'course')}: everything in one file")  # fmt: skip
        return "\n".join(lines)

    return Out(done, human)


def cmd_repair(args: argparse.Namespace) -> Out:
    from edunode.config import Paths, resolve_home
    from edunode.errors import StoreDamaged, StoreMissing
    from edunode.service import repair
    from edunode.service.node import Node

    paths = Paths(resolve_home(args.home))
    if not paths.initialised():
        raise ValidationError(f"no EduNode here yet ({paths.home}); nothing to repair")
    before = None
    try:
        node = Node(paths.home)
    except StoreMissing as exc:
        found = repair.latest_backup(paths.home)
        where = (
            f"The latest backup is {found}: restore it with 'edunode restore {found} --home "
            f"{paths.home}' (move this data folder aside first)."
            if found
            else "No backup was found in the backup folder: if another PC of the school holds "
            "the records, set this PC up again and link it to that PC."
        )
        return Out({"repaired": False, "error": str(exc), "backup": str(found or "")},
                   lambda o: f"{o['error']}\n{where}", 2)  # fmt: skip
    except StoreDamaged:
        before = repair.salvage_home(paths)
        node = Node(paths.home)
    with node:
        report = node.repair(before)
    return Out(report, _repair_text, 0)


def _repair_text(r: dict[str, Any]) -> str:
    lines = [f"- {step}" for step in r["steps"]] or ["- nothing needed mending"]
    for name, count in sorted(r["lost"].items()):
        lines.append(f"lost: {plural(count, 'row')} of {name} could not be read")
    for doc_id, entry in sorted(r["missing"].items()):
        by = sorted(entry["from"].items())
        authors = ", ".join(f"PC {n.split('-')[0]} from #{s}" for n, s in by)
        what = "every change" if entry.get("whole") else plural(len(entry["hashes"]), "change")
        lines.append(
            f"still missing: {doc_id}: {what}"
            + (f" ({authors})" if authors else "")
            + " — they come back at the next sync with a PC that has them"
        )
    if r["backup"]:
        lines.append(f"the latest backup is {r['backup']}: restore it if no other PC holds these")
    elif r["lost"].get("changes") or r["missing"]:
        lines.append("no backup was found: only another PC of the school can send what is missing")
    return "\n".join(lines)


def cmd_check(node: Node, args: argparse.Namespace) -> Out:
    problems = node.check()
    report = {"sound": not problems, "problems": problems}
    return Out(report, lambda r: "\n".join(problems) or "store is sound", 1 if problems else 0)
