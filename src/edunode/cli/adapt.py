"""The adapted-course commands of ``edunode course`` (issue 14 item 2): ``adapt``,
``updates`` and ``take-update``. No business rules live here: each command calls a Node
method, which validates and writes (bad input: one line, exit 2, nothing written).

``take-update`` on a lesson edited here as well as in the original prints both texts (side
by side on a wide terminal, one after the other on a narrow one), writes nothing and exits
1 until the teacher chooses: ``--use upstream``, ``--use mine`` or ``--text-file FILE``.
"""

from __future__ import annotations

import argparse
import shutil
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any

from edunode.cli.common import Out, add_command, command_group, plural, table
from edunode.errors import ValidationError

if TYPE_CHECKING:  # the Node is imported only once a command runs
    from edunode.service.node import Node

NEEDS_A_CHOICE = 1  # exit code: both texts shown, nothing written
SIDE_BY_SIDE = 60  # columns from which the two texts are printed side by side


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add ``adapt``, ``updates`` and ``take-update`` to the ``course`` subcommands (made
    by ``records.py``, which registers first)."""
    course_cmds = command_group(commands, "course")

    def add(name: str, func: Any, help: str) -> argparse.ArgumentParser:
        p = add_command(course_cmds, common, name, func, help)
        p.add_argument("course_id", metavar="COURSE_ID")
        return p

    p = add("adapt", cmd_course_adapt,
            "make a course of this school from any course this PC holds (modules and lessons "
            "copied; the original is named as its source)")  # fmt: skip
    p.add_argument("--title", help="the new course's title (default: the original's)")
    p.add_argument("--private", action="store_true", help="keep the course inside this school")
    add("updates", cmd_course_updates,
        "list the lessons changed in an adapted course's original since they were copied")
    p = add("take-update", cmd_course_take_update,
            "bring one lesson's change from the original into an adapted course")  # fmt: skip
    p.add_argument("--lesson", required=True, metavar="LESSON_ID",
                   help="this course's lesson (for one new in the original: its ID there, "
                        "as 'course updates' lists it)")  # fmt: skip
    choice = p.add_mutually_exclusive_group()
    choice.add_argument("--use", choices=("upstream", "mine"),
                        help="for a lesson edited here too: take the original's text, or keep "
                             "this course's")  # fmt: skip
    choice.add_argument("--text-file", metavar="PATH",
                        help="for a lesson edited here too: the two texts combined, "
                             "from a file")  # fmt: skip


def attribution(a: dict[str, Any] | None) -> str:
    if not a:
        return ""
    return f"«{a['title']}» by {a['school_name'] or a['school']} [{a['course']}]"


def cmd_course_adapt(node: Node, args: argparse.Namespace) -> Out:
    course_id = node.adapt_course(args.course_id, args.title, shared=not args.private)
    return Out(node.course(course_id), lambda c: c["id"])


def _updates_text(u: dict[str, Any]) -> str:
    where = f"{u['title']} [{u['course']}], adapted from {attribution(u['adapted_from'])}"
    if not u["updates"]:
        return f"{where}\nno lesson changed in the original course since it was adapted"
    rows = [{**x, "state": _state(x)} for x in u["updates"]]
    cols = [("lesson", "LESSON"), ("title", "TITLE"), ("upstream_title", "IN THE ORIGINAL"),
            ("state", "STATE")]  # fmt: skip
    return "\n".join([
        where,
        f"{plural(len(rows), 'lesson')} changed in the original course:",
        table(rows, cols, ""),
        f"take one: edunode course take-update {u['course']} --lesson LESSON_ID",
    ])  # fmt: skip


def _state(x: dict[str, Any]) -> str:
    if x["new"]:
        return "new in the original"
    return "changed here too" if x["edited_here"] else "changed there"


def cmd_course_updates(node: Node, args: argparse.Namespace) -> Out:
    return Out(node.course_updates(args.course_id), _updates_text)


def _read_text(path_text: str) -> str:
    path = Path(path_text)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValidationError(f"the text file {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise ValidationError(f"cannot read the text file {path}: {reason}") from None


def _wrapped(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for line in text.splitlines() or [""]:
        lines += textwrap.wrap(line, width, replace_whitespace=False) or [""]
    return lines


def both_texts(left: tuple[str, str], right: tuple[str, str], columns: int) -> str:
    """Two titled texts side by side in ``columns`` columns, or one after the other when
    that is too narrow for two."""
    if columns < SIDE_BY_SIDE:
        return "\n".join(
            f"--- {title} ---\n{text}" for title, text in (left, right)
        )
    width = (columns - 3) // 2
    a, b = _wrapped(left[1], width), _wrapped(right[1], width)
    a += [""] * (len(b) - len(a))
    b += [""] * (len(a) - len(b))
    rule = f"{'-' * width}-+-{'-' * width}"
    rows = [f"{left[0][:width].ljust(width)} | {right[0][:width]}", rule]
    rows += [f"{x.ljust(width)} | {y}".rstrip() for x, y in zip(a, b, strict=True)]
    return "\n".join(rows)


def _taken_text(r: dict[str, Any]) -> str:
    if r.get("new"):
        if r["state"] == "kept":
            return f"lesson {r['lesson']} of the original not added (no longer listed)"
        return f"lesson {r['lesson']} of the original added as lesson {r['added']}"
    if r["state"] != "choose":
        said = {"taken": "now has the original's text",
                "kept": "keeps its own text (the update is dismissed)",
                "combined": "now has the combined text"}[r["state"]]  # fmt: skip
        return f"lesson {r['lesson']} {said}"
    columns = shutil.get_terminal_size((100, 24)).columns
    return "\n".join([
        f"lesson {r['lesson']} changed both in the original and here:",
        both_texts((f"the original: {r['upstream_title']}", r["upstream_body"]),
                   (f"this course: {r['title']}", r["body"]), columns),  # fmt: skip
        "nothing changed. Choose with --use upstream, --use mine, or --text-file FILE "
        "(the two combined).",
    ])  # fmt: skip


def cmd_course_take_update(node: Node, args: argparse.Namespace) -> Out:
    text = _read_text(args.text_file) if args.text_file is not None else None
    result = node.take_course_update(args.course_id, args.lesson, args.use, text)
    return Out(result, _taken_text, NEEDS_A_CHOICE if result["state"] == "choose" else 0)
