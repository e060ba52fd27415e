"""Figures computed from a learner's record: the pathway through a course and the
per-course report. Pure Python over the Node's plain views (no Qt, no SQL), so they are
tested on their own; the pages run them on the bridge's worker.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

LESSON_PACE_DAYS = 7  # the expected pace: one lesson a week from the enrolment date
GRACE_LESSONS = 1  # behind means more than this many lessons under the expected pace


def pathway(lessons: list[dict[str, Any]], progress: list[dict[str, Any]]) -> dict[str, Any]:
    """Each lesson of a course (in order) as done / current / next / later, with time spent."""
    by_lesson = {p["lesson"]: p for p in progress}
    items = []
    current = nxt = None
    for lesson in lessons:
        entry = by_lesson.get(lesson["id"])
        done = bool(entry and entry["completed"])
        if done:
            state = "done"
        elif current is None:
            state, current = "current", lesson["id"]
        elif nxt is None:
            state, nxt = "next", lesson["id"]
        else:
            state = "later"
        items.append(
            {
                "id": lesson["id"],
                "title": lesson["title"],
                "module": lesson.get("module_title", ""),
                "state": state,
                "minutes": int(entry["minutes"]) if entry else 0,
                "date": entry["date"] if entry else "",
            }
        )
    ids = {le["id"] for le in lessons}
    return {
        "items": items,
        "done": sum(1 for i in items if i["state"] == "done"),
        "total": len(items),
        "minutes": sum(p["minutes"] for p in progress if p["lesson"] in ids),
        "current": current,
        "next": nxt,
    }


def expected_done(enrolled: str, total: int, today: dt.date) -> int:
    try:
        start = dt.date.fromisoformat(enrolled)
    except ValueError:
        return 0
    return max(0, min(total, (today - start).days // LESSON_PACE_DAYS))


def is_behind(done: int, enrolled: str, total: int, today: dt.date) -> bool:
    return done + GRACE_LESSONS < expected_done(enrolled, total, today)


def duration(minutes: int) -> str:
    hours, mins = divmod(int(minutes), 60)
    if hours and mins:
        return f"{hours} h {mins:02d} min"
    return f"{hours} h" if hours else f"{mins} min"


@dataclass
class CourseFigures:
    course_id: str
    title: str
    learners: int = 0
    completed_lessons: int = 0
    possible_lessons: int = 0
    score: float = 0.0
    max_score: float = 0.0
    results: int = 0
    present: int = 0
    attendance_days: int = 0
    behind: int = 0
    behind_names: list[str] = field(default_factory=list)

    @property
    def completion(self) -> float | None:
        return self.completed_lessons / self.possible_lessons if self.possible_lessons else None

    @property
    def average_result(self) -> float | None:
        return self.score / self.max_score if self.max_score else None

    @property
    def attendance(self) -> float | None:
        return self.present / self.attendance_days if self.attendance_days else None


def course_figures(
    course: dict[str, Any],
    lessons: list[dict[str, Any]],
    learners: Iterable[dict[str, Any]],
    today: dt.date | None = None,
) -> CourseFigures:
    """One course's figures from its lessons and the full views of its enrolled learners.

    Completion: lessons done over lessons × learners (active and completed enrolments).
    Average result: total score over total maximum of the results recorded for the course.
    Attendance: days present over days recorded, for the learners of the course.
    Behind: active learners more than one lesson under one lesson a week since enrolment.
    """
    today = today or dt.date.today()
    fig = CourseFigures(course_id=course["id"], title=course["title"])
    lesson_ids = {le["id"] for le in lessons}
    for learner in learners:
        enrolment = next((e for e in learner["enrolments"] if e["course"] == course["id"]), None)
        if enrolment is None or enrolment["status"] == "withdrawn":
            continue
        fig.learners += 1
        done = sum(1 for p in learner["progress"] if p["completed"] and p["lesson"] in lesson_ids)
        fig.completed_lessons += done
        fig.possible_lessons += len(lesson_ids)
        for r in learner["results"]:
            if r["course"] == course["id"]:
                fig.score += r["score"]
                fig.max_score += r["max"]
                fig.results += 1
        for a in learner["attendance"]:
            if a["date"] >= enrolment["date"]:
                fig.attendance_days += 1
                fig.present += 1 if a["present"] else 0
        if enrolment["status"] == "active" and is_behind(
            done, enrolment["date"], len(lesson_ids), today
        ):
            fig.behind += 1
            fig.behind_names.append(learner["name"])
    return fig


def report(node: Any, today: dt.date | None = None) -> dict[str, Any]:
    """Every course's figures and the community-wide aggregates (worker side).

    Uses only the Node's API. Learners' records come from the read projections in a few
    queries (``Node.learner_summaries``), whatever the number of learners or courses.
    Community figures are sums and counts: no name leaves this function for them.
    """
    courses = node.list_courses()
    learner_ids: dict[str, set[str]] = {}
    for c in courses:
        for row in node.list_learners(course_id=c["id"]):
            learner_ids.setdefault(row["id"], set()).add(c["id"])
    summaries = node.learner_summaries()  # from the projections: no document is opened
    views = {lid: summaries[lid] for lid in learner_ids if lid in summaries}
    figures = []
    for c in courses:
        members = [views[lid] for lid, cs in learner_ids.items() if c["id"] in cs and lid in views]
        figures.append(course_figures(c, node.lessons(c["id"]), members, today))
    schools = {c["school"] for c in courses if c["school"]}
    needs_help = node.needs_help(today) if node.school_id else []
    totals = CourseFigures(course_id="", title="")
    for f in figures:
        for key in (
            "learners",
            "completed_lessons",
            "possible_lessons",
            "score",
            "max_score",
            "present",
            "attendance_days",
            "behind",
            "results",
        ):
            setattr(totals, key, getattr(totals, key) + getattr(f, key))
    return {
        "courses": figures,
        "help": needs_help,
        "community": {
            "courses": len(courses),
            "shared_courses": sum(1 for c in courses if c["shared"]),
            "schools": len(schools),
            "learners": node.count_learners(),
            "completion": totals.completion,
            "average_result": totals.average_result,
            "attendance": totals.attendance,
            "behind": totals.behind,
        },
    }


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f} %"


CSV_HEADER = [
    "course",
    "learners",
    "completion_percent",
    "average_result_percent",
    "attendance_percent",
    "learners_behind",
    "results_recorded",
]


def export_csv(figures: list[CourseFigures], path: str | Path) -> Path:
    """Write the per-course figures as CSV (UTF-8, one row per course). Numbers only."""
    target = Path(path)

    def pct(value: float | None) -> str:
        return "" if value is None else f"{value * 100:.1f}"

    with target.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(CSV_HEADER)
        for fig in figures:
            writer.writerow(
                [
                    fig.title,
                    fig.learners,
                    pct(fig.completion),
                    pct(fig.average_result),
                    pct(fig.attendance),
                    fig.behind,
                    fig.results,
                ]
            )
    return target
