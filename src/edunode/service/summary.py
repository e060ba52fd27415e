"""Community insight without personal data (issue 14 item 5, decision 0016).

Each school publishes a summary of itself as a community document of kind ``summary``
(``domain/summary.py``): per shared course its learners' number, completion, average
result and attendance, only for groups of at least five. It travels to every approved
peer and archive like a shared course; only the school's PCs may write it, and every PC
refuses one holding a smaller group or a learner-level field (the content rule of the one
verification function). A publication replaces the previous figures in the same document
(one more signed change). :meth:`Summaries.tick`, called by ``serve``'s loop and the
window's timer, publishes when this school's last publication is a day old.

:meth:`Summaries.community` compares the schools course by course from every summary
this PC holds: what the Reports page's Community view and ``edunode report community``
show.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from edunode import crdt, identity
from edunode.domain import summary, validate
from edunode.domain.meta import Meta
from edunode.errors import EdunodeError, NotFoundError, ValidationError
from edunode.service.admin import Audit, NodeSettings
from edunode.service.courses import Courses
from edunode.service.documents import Documents
from edunode.service.learners import Learners
from edunode.service.opendoc import Tx

EVERY_S = 24 * 3600.0  # publish again once the last publication is this old
CHECK_S = 600.0  # how often ``tick`` looks
CSV_HEADER = [
    "course",
    "course_id",
    "school",
    "school_id",
    "learners",
    "completion_percent",
    "average_result_percent",
    "attendance_percent",
    "published_on",
    "period_from",
    "period_to",
]
SMALL = "fewer than 5"

Clock = Callable[[], dt.datetime]


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _day(text: str | None, what: str) -> dt.date | None:
    if text is None or not str(text).strip():
        return None
    return dt.date.fromisoformat(validate.date(str(text).strip(), what))


class Summaries:
    def __init__(
        self,
        docs: Documents,
        settings: NodeSettings,
        audit: Audit,
        learners: Learners,
        courses: Courses,
        school_names: Callable[[], dict[str, str]],
        clock: Clock = _utc_now,
    ) -> None:
        self.docs = docs
        self.settings = settings
        self._audit = audit
        self.learners = learners
        self.courses = courses
        self._school_names = school_names
        self.clock = clock
        self._checked = -CHECK_S

    # ------------------------------------------------------------------ publishing

    def _documents_of(self, school_id: str) -> list[str]:
        held = self.docs.store.documents(summary.KIND)
        return sorted(d for d, m in held if m.school == school_id)

    def build(self, start: str | None = None, end: str | None = None) -> dict[str, Any]:
        """This school's publication as it would be published now (nothing written)."""
        school_id = self.settings.require_school()
        now = self.clock()
        first, last = summary.default_period(now.date())
        to_day = _day(end, "period end (--to)") or last
        from_day = _day(start, "period start (--from)") or (
            first if end is None else to_day - dt.timedelta(days=summary.PERIOD_DAYS - 1)
        )
        if from_day > to_day:
            raise ValidationError("the period's start (--from) must not be after its end (--to)")
        if to_day > now.date():
            raise ValidationError("the period can't end after today (--to)")
        mine = [s for s in self.learners.summaries().values() if s["school"] == school_id]
        taken = {e["course"] for s in mine for e in s["enrolments"]}
        shared: dict[str, set[str]] = {}
        for course_id in taken:
            meta = self.docs.store.meta(course_id)
            if meta is not None and meta.kind == "course" and meta.scope == "community":
                shared[course_id] = {le["id"] for le in self.courses.lessons(course_id)}
        built = summary.build(school_id, mine, shared, (from_day, to_day), now)
        why = summary.problem(school_id, built)
        assert not why, why  # what we publish passes the rule every peer applies
        return built

    def publish(
        self, start: str | None = None, end: str | None = None, *, automatic: bool = False
    ) -> dict[str, Any]:
        """Publish this school's summary (the same document, a new signed change)."""
        built = self.build(start, end)  # every check first: nothing written on bad input
        school_id = built["school"]

        def put(tx: Tx) -> None:
            crdt.put_map(tx, crdt.ROOT, "summary", built)

        held = self._documents_of(school_id)
        if held:
            doc_id = held[0]  # the same one on every PC once they have met
            self.docs.change(doc_id, put)
        else:
            meta = Meta(kind=summary.KIND, school=school_id, scope="community")
            doc_id, _ = self.docs.create(meta, put)
        courses = len(built["courses"])
        how = "automatically" if automatic else "by hand"
        self._audit(
            "summary_published",
            f"community summary published {how} ({courses} shared course(s), period "
            f"{built['period']['from']} to {built['period']['to']})",
            "",
        )
        found = summary.view(doc_id, school_id, self.docs.state(doc_id))
        assert found is not None
        return found

    def last_published(self, school_id: str | None = None) -> dict[str, Any] | None:
        """The newest publication of the school (this one by default) held here."""
        school_id = school_id if school_id is not None else self.settings.school_id
        best = None
        for doc_id in self._documents_of(school_id) if school_id else []:
            found = summary.view(doc_id, school_id, self.docs.state(doc_id))
            if found is not None and (best is None or found["published_at"] > best["published_at"]):
                best = found
        return best

    def due(self) -> bool:
        if not self.settings.school_id:
            return False  # an archive, or a PC that has not joined its school yet
        last = self.last_published()
        if last is None:
            return True
        try:
            at = dt.datetime.fromisoformat(last["published_at"])
        except ValueError:
            return True
        return (self.clock() - at).total_seconds() >= EVERY_S

    def run_if_due(self) -> dict[str, Any] | None:
        """Publish when the last publication is a day old; never raises (``serve`` and
        the window go on whatever happens)."""
        try:
            if not self.due():
                return None
            return self.publish(automatic=True)
        except EdunodeError as exc:
            self._audit("summary_failed", f"the community summary was not published: {exc}", "")
            return None

    def tick(self) -> dict[str, Any] | None:
        """Called often (``serve``'s loop, the window's timer); looks every ``CHECK_S``."""
        now = time.monotonic()
        if now - self._checked < CHECK_S:
            return None
        self._checked = now
        return self.run_if_due()

    # ------------------------------------------------------------------ comparing

    def community(self, course: str | None = None) -> dict[str, Any]:
        """Every school's latest summary held here, compared course by course."""
        names = self._school_names()
        if course is not None:
            course = course.strip()
            self.docs.require(course, "course")
        latest: dict[str, dict[str, Any]] = {}
        for doc_id, meta in self.docs.store.documents(summary.KIND):
            found = summary.view(doc_id, meta.school, self.docs.state(doc_id))
            if found is None:
                continue
            held = latest.get(meta.school)
            if held is None or (found["published_at"], doc_id) > (held["published_at"], held["id"]):
                latest[meta.school] = found
        mine = self.settings.school_id
        schools = [
            {
                "school_id": sid,
                "school": names.get(sid) or identity.short_id(sid),
                "mine": sid == mine,
                "published_on": s["published_on"],
                "period": dict(s["period"]),
                "learners": s["learners"],
            }
            for sid, s in latest.items()
        ]
        schools.sort(key=lambda s: (not s["mine"], s["school"].casefold(), s["school_id"]))
        titles = {c["id"]: c for c in self.courses.find()}
        by_course: dict[str, list[dict[str, Any]]] = {}
        for school in schools:
            for course_id, fig in latest[school["school_id"]]["courses"].items():
                if course is not None and course_id != course:
                    continue
                by_course.setdefault(course_id, []).append(
                    {
                        "school_id": school["school_id"],
                        "school": school["school"],
                        "mine": school["mine"],
                        "small": fig["learners"] is None,
                        **fig,
                    }
                )
        courses: list[dict[str, Any]] = []
        for course_id, rows in by_course.items():
            held = titles.get(course_id)
            courses.append(
                {
                    "course_id": course_id,
                    "title": held["title"] if held else identity.short_id(course_id),
                    "owner": held["school"] if held else "",
                    "schools": rows,
                }
            )
        courses.sort(key=lambda c: (c["title"].casefold(), c["course_id"]))
        return {"min_group": summary.MIN_GROUP, "schools": schools, "courses": courses}

    def community_csv(self, path: str | Path | None = None) -> str:
        """The comparison as CSV, one row per course and school (numbers only); written to
        ``path`` when given."""
        report = self.community()
        periods = {s["school_id"]: s for s in report["schools"]}
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(CSV_HEADER)
        for c in report["courses"]:
            for row in c["schools"]:
                school = periods[row["school_id"]]
                writer.writerow(
                    [
                        _cell(c["title"]),
                        c["course_id"],
                        _cell(row["school"]),
                        row["school_id"],
                        SMALL if row["small"] else row["learners"],
                        *("" if row[k] is None else f"{row[k]:.1f}" for k in summary.FIGURES),
                        school["published_on"],
                        school["period"]["from"],
                        school["period"]["to"],
                    ]
                )
        text = out.getvalue()
        if path is not None:
            try:
                Path(path).write_text(text, encoding="utf-8", newline="")
            except OSError as exc:
                raise ValidationError(f"could not write {path}: {exc.strerror or exc}") from None
        return text

    def summary_of(self, school: str) -> dict[str, Any]:
        found = self.last_published(school)
        if found is None:
            raise NotFoundError(f"no community summary of school {school} on this PC")
        return found


def _cell(text: str) -> str:
    """A text cell a spreadsheet will not run as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
