"""The plan commands of ``edunode`` (issue 14): a learner's goals, who needs help, and the
community summary (``summary publish``, ``report community``).

``edunode learner plan`` (the pace) sits with the other learner commands in ``records.py``.
A goal's ID is ``LEARNER_ID/GOAL``, printed by ``goal add`` and by ``learner show``. No
business rules live here: each command calls a Node method, which validates and writes
(bad input: one line, exit 2, nothing written).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from edunode.cli.common import Out, add_command, plural, table

if TYPE_CHECKING:  # the Node is imported only once a command runs
    from edunode.service.node import Node


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    def add(group: Any, name: str, func: Any, help: str) -> argparse.ArgumentParser:
        return add_command(group, common, name, func, help)

    goal = commands.add_parser("goal", parents=[common], help="a learner's own goals")
    goal_cmds = goal.add_subparsers(dest="subcommand", metavar="ACTION", required=True)
    p = add(goal_cmds, "add", cmd_goal_add, "add a goal to a learner's plan")
    p.add_argument("learner_id", metavar="LEARNER_ID")
    p.add_argument("--text", required=True, metavar="T", help="the goal, in words")
    p.add_argument("--course", metavar="COURSE_ID", help="the course it belongs to")
    p.add_argument("--by", metavar="YYYY-MM-DD", help="the target date")
    p = add(goal_cmds, "done", cmd_goal_done, "mark a goal done")
    p.add_argument("goal_id", metavar="GOAL_ID", help="LEARNER_ID/GOAL, as 'goal add' printed")
    p.add_argument("--undo", action="store_true", help="mark it not done again")
    p = add(goal_cmds, "edit", cmd_goal_edit, "reword a goal or change its target date")
    p.add_argument("goal_id", metavar="GOAL_ID")
    p.add_argument("--text", metavar="T")
    p.add_argument("--by", metavar="YYYY-MM-DD", help="the target date ('' for none)")

    report = commands.add_parser("report", parents=[common], help="reports for the teacher")
    report_cmds = report.add_subparsers(dest="subcommand", metavar="REPORT", required=True)
    p = add(
        report_cmds,
        "help",
        cmd_report_help,
        "this school's active learners who need help: behind their own plan, falling "
        "results or absent the last school days, with the reasons",
    )
    p.add_argument("--today", metavar="YYYY-MM-DD", help="judge as of this day (default: today)")
    p = add(
        report_cmds,
        "community",
        cmd_report_community,
        "compare the schools course by course from their community summaries (groups of "
        "at least 5 learners; no learner's data)",
    )
    p.add_argument("--course", metavar="COURSE_ID", help="only this course")
    p.add_argument("--csv", metavar="FILE", help="also write the comparison to this CSV file")

    summary = commands.add_parser(
        "summary", parents=[common], help="this school's community summary (no learner's data)"
    )
    summary_cmds = summary.add_subparsers(dest="subcommand", metavar="ACTION", required=True)
    p = add(
        summary_cmds,
        "publish",
        cmd_summary_publish,
        "publish this school's signed summary to the community now: per shared course the "
        "number of learners, completion, average result and attendance, only for groups of "
        "at least 5 (also done once a day by the window and 'serve')",
    )
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD",
                   help="start of the period (default: a year before --to)")  # fmt: skip
    p.add_argument("--to", dest="end", metavar="YYYY-MM-DD",
                   help="end of the period (default: today)")  # fmt: skip


def _goal_text(g: dict[str, Any]) -> str:
    by = f" by {g['by']}" if g["by"] else ""
    return f"{g['id']}  {'done' if g['done'] else 'open'}  {g['text']}{by}"


def cmd_goal_add(node: Node, args: argparse.Namespace) -> Out:
    goal_id = node.add_goal(args.learner_id, args.text, args.course, args.by)
    return Out(node.goal(goal_id), lambda g: g["id"])


def cmd_goal_done(node: Node, args: argparse.Namespace) -> Out:
    node.edit_goal(args.goal_id, done=not args.undo)
    return Out(node.goal(args.goal_id), _goal_text)


def cmd_goal_edit(node: Node, args: argparse.Namespace) -> Out:
    node.edit_goal(args.goal_id, text=args.text, by=args.by)
    return Out(node.goal(args.goal_id), _goal_text)


def cmd_report_help(node: Node, args: argparse.Namespace) -> Out:
    rows = node.needs_help(args.today)

    def human(found: list[dict[str, Any]]) -> str:
        if not found:
            return "no learner needs help by these rules"
        lines = [f"{plural(len(found), 'learner')} may need help:"]
        for r in found:
            lines.append(f"{r['name']} [{r['id']}]")
            lines += [f"  - {reason['text']}" for reason in r["reasons"]]
        return "\n".join(lines)

    return Out(rows, human)


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f} %"


def _summary_text(s: dict[str, Any]) -> str:
    small = sum(1 for f in s["courses"].values() if f["learners"] is None)
    return (
        f"community summary published on {s['published_on']} (period {s['period']['from']} to "
        f"{s['period']['to']}): {plural(len(s['courses']), 'shared course')}"
        + (f", {small} with fewer than 5 learners (no figures)" if small else "")
    )


def cmd_summary_publish(node: Node, args: argparse.Namespace) -> Out:
    return Out(node.publish_summary(args.start, args.end), _summary_text)


def cmd_report_community(node: Node, args: argparse.Namespace) -> Out:
    found = node.community_report(args.course)
    if args.csv:
        node.community_report_csv(args.csv)

    def human(r: dict[str, Any]) -> str:
        if not r["schools"]:
            return "no community summary here yet ('edunode summary publish' makes this school's)"
        lines = [
            f"{s['school']}: published {s['published_on']} "
            f"({s['period']['from']} to {s['period']['to']})"
            for s in r["schools"]
        ]
        for c in r["courses"]:
            rows = [
                {
                    "school": x["school"],
                    "learners": "fewer than 5" if x["small"] else x["learners"],
                    "completion": _pct(x["completion"]),
                    "average": _pct(x["average_result"]),
                    "attendance": _pct(x["attendance"]),
                }
                for x in c["schools"]
            ]
            cols = [("school", "SCHOOL"), ("learners", "LEARNERS"), ("completion", "COMPLETION"),
                    ("average", "AVERAGE"), ("attendance", "ATTENDANCE")]  # fmt: skip
            lines += ["", c["title"], table(rows, cols, "")]
        return "\n".join(lines)

    return Out(found, human)
