"""A school's community summary: figures per shared course that name no learner.

One community document of kind ``summary`` per school (owned by it, so only its PCs may
write it: the one verification function's rule for every document). Its root key
``summary`` holds the current publication as one map, replaced whole by each publication
(one signed change), so two PCs publishing at once never mix their figures:

    {"school": S, "published_on": "2026-03-27", "published_at": "...Z",
     "period": {"from": "2025-03-28", "to": "2026-03-27"}, "min_group": 5,
     "learners": 212 | None,
     "courses": {COURSE_ID: {"learners": 37 | None, "completion": 61.2 | None,
                             "average_result": 70.4 | None, "attendance": 93.1 | None}}}

A group (the school's learners, a course's learners) under :data:`MIN_GROUP` is published
as ``learners: None`` with no figures ("fewer than 5"); percentages are rounded to one
decimal. :func:`check` is the content rule ``verify_batch`` applies on every PC: a summary
holding a small group, an individual figure or any other field is refused whole, whoever
sends it (decision 0016).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from edunode.domain.meta import looks_like_doc_id

KIND = "summary"
MIN_GROUP = 5
MAX_COURSES = 2_000
MAX_LEARNERS = 10_000_000
PERIOD_DAYS = 365  # the default period: the year up to the day of publication
FIGURES = ("completion", "average_result", "attendance")
TOP_KEYS = frozenset(
    {"school", "published_on", "published_at", "period", "min_group", "learners", "courses"}
)
COURSE_KEYS = frozenset({"learners", *FIGURES})


def default_period(today: dt.date) -> tuple[dt.date, dt.date]:
    return today - dt.timedelta(days=PERIOD_DAYS - 1), today


def _pct(part: float, whole: float) -> float | None:
    return round(100.0 * part / whole, 1) if whole else None


def _group(count: int) -> int | None:
    return count if count >= MIN_GROUP else None


def course_figures(
    course_id: str,
    lesson_ids: set[str],
    learners: Iterable[Mapping[str, Any]],
    start: str,
    end: str,
) -> dict[str, Any] | None:
    """One shared course's published figures from its learners' plain summaries (as
    ``LearnerRecords.summaries`` gives them), or None when no learner of the school takes it.

    The definitions are the Reports page's (``ui/records.course_figures``): learners with an
    enrolment not withdrawn (enrolled by the period's end); completion, lessons done over
    lessons × learners; average result, total score over total maximum; attendance, days
    present over days recorded since each learner's enrolment — results and attendance
    dated within the period."""
    count = done = possible = present = days = 0
    score = top = 0.0
    for learner in learners:
        enrolment = next((e for e in learner["enrolments"] if e["course"] == course_id), None)
        if enrolment is None or enrolment["status"] == "withdrawn" or enrolment["date"] > end:
            continue
        count += 1
        done += sum(1 for p in learner["progress"] if p["completed"] and p["lesson"] in lesson_ids)
        possible += len(lesson_ids)
        for r in learner["results"]:
            if r["course"] == course_id and start <= r["date"] <= end:
                score += float(r["score"])
                top += float(r["max"])
        for a in learner["attendance"]:
            if a["date"] >= enrolment["date"] and start <= a["date"] <= end:
                days += 1
                present += 1 if a["present"] else 0
    if count == 0:
        return None
    if count < MIN_GROUP:
        return {"learners": None, **dict.fromkeys(FIGURES)}
    return {
        "learners": count,
        "completion": _pct(done, possible),
        "average_result": _pct(score, top),
        "attendance": _pct(present, days),
    }


def build(
    school_id: str,
    learners: Sequence[Mapping[str, Any]],
    shared_lessons: Mapping[str, set[str]],
    period: tuple[dt.date, dt.date],
    published_at: dt.datetime,
) -> dict[str, Any]:
    """The publication: ``learners`` are this school's learners' plain summaries,
    ``shared_lessons`` each shared course's lesson IDs."""
    start, end = (d.isoformat() for d in period)
    courses = {}
    for course_id in sorted(shared_lessons):
        figures = course_figures(course_id, shared_lessons[course_id], learners, start, end)
        if figures is not None:
            courses[course_id] = figures
    return {
        "school": school_id,
        "published_on": published_at.date().isoformat(),
        "published_at": published_at.replace(microsecond=0).isoformat(),
        "period": {"from": start, "to": end},
        "min_group": MIN_GROUP,
        "learners": _group(len(learners)),
        "courses": courses,
    }


def _is_day(value: object) -> bool:
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _count_ok(value: object) -> bool:
    if value is None:
        return True
    return (
        isinstance(value, int)
        and not isinstance(value, bool)
        and (MIN_GROUP <= value <= MAX_LEARNERS)
    )


def _percent_ok(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return 0 <= value <= 100 and round(float(value), 1) == float(value)


def problem(school_id: str, found: object) -> str:
    """Why ``found`` is not a publication of ``school_id`` that names no learner, or ""."""
    if not isinstance(found, dict) or set(found) != TOP_KEYS:
        return "a community summary holds other fields than a school's totals"
    if found["school"] != school_id or found["min_group"] != MIN_GROUP:
        return "a community summary names another school or another smallest group"
    period = found["period"]
    if not (
        _is_day(found["published_on"])
        and isinstance(found["published_at"], str)
        and len(found["published_at"]) <= 40
        and isinstance(period, dict)
        and set(period) == {"from", "to"}
        and _is_day(period["from"])
        and _is_day(period["to"])
        and period["from"] <= period["to"]
    ):
        return "a community summary has no valid dates"
    if not _count_ok(found["learners"]):
        return f"a community summary counts a group under {MIN_GROUP} learners"
    courses = found["courses"]
    if not isinstance(courses, dict) or len(courses) > MAX_COURSES:
        return "a community summary's courses are not valid"
    for course_id, figures in courses.items():
        if not looks_like_doc_id(course_id) or not isinstance(figures, dict):
            return "a community summary's courses are not valid"
        if set(figures) != COURSE_KEYS:
            return "a community summary holds other fields than a course's totals"
        if not _count_ok(figures["learners"]):
            return f"a community summary counts a group under {MIN_GROUP} learners"
        if not all(_percent_ok(figures[k]) for k in FIGURES):
            return "a community summary's figures are not percentages to one decimal"
        if figures["learners"] is None and any(figures[k] is not None for k in FIGURES):
            return f"a community summary gives figures for a group under {MIN_GROUP} learners"
    return ""


def check(school_id: str, state: Mapping[str, Any]) -> str:
    """The content rule: only ``meta`` and a valid ``summary`` at the root."""
    extra = set(state) - {"meta", "summary"}
    if extra:
        return "a community summary holds other fields than a school's totals"
    if "summary" not in state:
        return ""
    return problem(school_id, state["summary"])


def view(doc_id: str, school_id: str, state: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The publication as it stands, or None when there is none (or it is not valid)."""
    found = state.get("summary") if state else None
    if found is None or problem(school_id, found):
        return None
    assert isinstance(found, dict)
    return {"id": doc_id, **found}
