"""A learner's own plan: the rules over plain views (pure Python, no documents, no clock).

- **Pace** (``pace_status``): a learner enrolled in a course on day E, at a pace of P lessons a
  week (their plan, else ``DEFAULT_PACE``), is expected on day T to have done
  ``expected = min(lessons of the course, floor(P × (T − E in days) / 7))`` lessons. With
  ``done`` the lessons of the course marked completed: **behind** when
  ``done < expected − GRACE_LESSONS``, **ahead** when ``done > expected``, **on track** otherwise.
- **Who needs help** (``help_reasons``), for an active learner (at least one active enrolment):
  behind their plan in an active course (the pace rule); falling results in a course — the
  last three results (by date) each lower, in percent, than the one before, or the average of
  the last three at least ``FALL_POINTS`` percentage points under the average of the results
  before them (at least three of those); absent on each of the last ``ABSENT_DAYS`` recorded
  school days (days with an attendance entry).

``docs/USER_GUIDE.md`` ("A learner's own plan") says the same for teachers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from edunode.errors import ValidationError

DEFAULT_PACE = 1  # lessons a week for a learner without a plan in the course
PACE_MIN, PACE_MAX = 1, 50  # 50 lessons a week is ten a school day: above it is a typo
GRACE_LESSONS = 1  # behind means more than this many lessons under the expected count
FALL_POINTS = 15.0  # percentage points
ABSENT_DAYS = 3
GOAL_TEXT_LIMIT = 300
STATES = ("ahead", "on track", "behind")


def clean_pace(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not PACE_MIN <= value <= PACE_MAX:
        raise ValidationError(
            f"the pace must be a whole number of lessons a week from {PACE_MIN} to {PACE_MAX}"
        )
    return value


def clean_target(value: str | None, today: dt.date | None = None) -> str:
    """A goal's target date: '' for none, else YYYY-MM-DD from 1900 to ten years ahead."""
    if value is None or not value.strip():
        return ""
    try:
        parsed = dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ValidationError(
            f"'{value}' is not a target date (use YYYY-MM-DD, e.g. 2026-03-14)"
        ) from None
    limit = (today or dt.date.today()) + dt.timedelta(days=3660)
    if parsed.year < 1900 or parsed > limit:
        raise ValidationError(f"the target date {parsed.isoformat()} is out of range")
    return parsed.isoformat()


def parse_goal_ref(ref: str) -> tuple[str, str]:
    """``LEARNER_ID/GOAL`` (what ``goal add`` prints) as (learner ID, goal key)."""
    learner_id, sep, goal = ref.strip().partition("/")
    if not sep or not learner_id or not goal or "/" in goal:
        raise ValidationError(
            f"'{ref}' is not a goal ID (use LEARNER_ID/GOAL, as 'goal add' printed it)"
        )
    return learner_id, goal


def expected_done(enrolled: str, pace: int, total: int, today: dt.date) -> int:
    try:
        start = dt.date.fromisoformat(enrolled)
    except ValueError:
        return 0
    return max(0, min(total, pace * (today - start).days // 7))


def pace_status(done: int, enrolled: str, pace: int, total: int, today: dt.date) -> dict[str, Any]:
    expected = expected_done(enrolled, pace, total, today)
    if done < expected - GRACE_LESSONS:
        state = "behind"
    elif done > expected:
        state = "ahead"
    else:
        state = "on track"
    return {"status": state, "done": done, "expected": expected, "total": total, "pace": pace}


def pathway_status(
    view: Mapping[str, Any], lessons: Mapping[str, Sequence[str]], today: dt.date
) -> list[dict[str, Any]]:
    """Each enrolment's pace status (``lessons``: course ID → its lesson IDs, in order)."""
    paces = {p["course"]: p["pace"] for p in view.get("plans", [])}
    out = []
    for e in view["enrolments"]:
        ids = set(lessons.get(e["course"], ()))
        done = sum(1 for p in view["progress"] if p["completed"] and p["lesson"] in ids)
        pace = paces.get(e["course"], DEFAULT_PACE)
        out.append(
            {
                "course": e["course"],
                "enrolment": e["status"],
                "planned": e["course"] in paces,
                **pace_status(done, e["date"], pace, len(ids), today),
            }
        )
    return out


def _percents(results: Sequence[Mapping[str, Any]]) -> list[float]:
    return [100.0 * r["score"] / r["max"] for r in results if r["max"]]


def falling(percents: Sequence[float]) -> bool:
    last = percents[-3:]
    if len(last) == 3 and last[0] > last[1] > last[2]:
        return True
    earlier = percents[:-3]
    return len(earlier) >= 3 and sum(earlier) / len(earlier) - sum(last) / 3 >= FALL_POINTS


def absent_streak(attendance: Sequence[Mapping[str, Any]]) -> list[str]:
    """The recorded days, newest last, of the learner's current run of absences."""
    run: list[str] = []
    for a in sorted(attendance, key=lambda a: str(a["date"]), reverse=True):
        if a["present"]:
            break
        run.append(str(a["date"]))
    return run[::-1]


def help_reasons(
    view: Mapping[str, Any],
    lessons: Mapping[str, Sequence[str]],
    titles: Mapping[str, str],
    today: dt.date,
) -> list[dict[str, Any]]:
    """Why a learner needs help, each reason a dict with ``kind`` and its figures and
    ``text`` (English words; the window words them in its language from the figures)."""
    reasons: list[dict[str, Any]] = []
    for s in pathway_status(view, lessons, today):
        if s["enrolment"] == "active" and s["status"] == "behind":
            title = titles.get(s["course"], s["course"])
            reasons.append(
                {
                    "kind": "behind",
                    "course": s["course"],
                    "course_title": title,
                    "done": s["done"],
                    "expected": s["expected"],
                    "pace": s["pace"],
                    "text": f"behind their plan in {title}: {s['done']} lessons done, "
                    f"{s['expected']} expected by now at {s['pace']} a week",
                }
            )
    by_course: dict[str, list[Mapping[str, Any]]] = {}
    for r in sorted(view["results"], key=lambda r: (r["date"], r.get("title", ""))):
        by_course.setdefault(r["course"], []).append(r)
    for course, results in sorted(by_course.items()):
        percents = _percents(results)
        if falling(percents):
            title = titles.get(course, course)
            shown = [round(p) for p in percents[-3:]]
            reasons.append(
                {
                    "kind": "falling",
                    "course": course,
                    "course_title": title,
                    "last": shown,
                    "text": f"falling results in {title}: the last three "
                    + ", ".join(f"{p} %" for p in shown),
                }
            )
    run = absent_streak(view["attendance"])
    if len(run) >= ABSENT_DAYS:
        reasons.append(
            {
                "kind": "absent",
                "days": len(run),
                "since": run[0],
                "text": f"absent the last {len(run)} recorded school days (since {run[0]})",
            }
        )
    return reasons
